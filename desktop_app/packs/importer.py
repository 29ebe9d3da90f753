"""Import a pack, all or nothing.

Imported lessons live in imported_lessons_dir(data_dir) (DATA/lessons), one folder per issuer:
"key-<first 16 hex digits of the public key>" for a signed pack, "unsigned" for the others. A new
pack of the same issuer is merged into its folder (its files take the place of files of the same
name), and a lesson whose id was imported before (from any pack) takes the old one's place: the old
lesson file is left out. Progress is kept by lesson id, so it stays. Media the old lesson named
stay in the folder.

How it stays all or nothing, a kill or a power cut at any moment included:

1. under an OS lock (gone with a killed process), leftovers of an earlier import are dealt with
   (recover_imports);
2. the pack is unpacked into DATA/.pack-import-XXXX/unpacked (same disk), every byte counted and
   every file's SHA-256 compared with the signed manifest, and its lessons checked on their own;
3. the new tree is made in .pack-import-XXXX/tree: the current imported folder linked file by file
   (hard links; copies where links cannot be made) with the pack's files put in, and checked whole;
4. the swap: DATA/lessons is renamed to .pack-import-XXXX/previous, the tree renamed to
   DATA/lessons, then the whole .pack-import-XXXX removed.

A kill before the swap leaves DATA/lessons as it was (the leftover folder is removed at the next
import or start). A kill between the two renames leaves no DATA/lessons but a "previous": the next
start or import puts it back, before any lesson is read. After the second rename the new lessons
are in.

DESKTOP_APP_PACK_PAUSE="stage[:seconds]" makes an import stop at a stage (for the kill test).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import shutil
import sys
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..lessons import Library, Problem, load_library
from ..paths import imported_lessons_dir, packs_dir
from .errors import BROKEN_LESSONS, BUSY, DAMAGED_FILE, EMPTY, NO_ROOM, PackNeedsConfirmation, PackRefused
from .safety import Budget, copy_counted

if TYPE_CHECKING:
    from filelock import FileLock

    from .reading import OpenPack, PackInfo

log = logging.getLogger(__name__)
WORK_PREFIX = ".pack-import-"
LOCK_NAME = "import.lock"
LOCK_WAIT_SECONDS = 5.0
ISSUER_FILE = "issuer.json"  # in each issuer's folder: who it is (not a lesson: not a .txt)
PAUSE_ENV = "DESKTOP_APP_PACK_PAUSE"
_NO_FOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)  # lesson ids not imported before
    replaced: list[str] = field(default_factory=list)  # lesson ids imported before, now replaced
    issuer: str = ""  # "" for an unsigned pack


def issuer_folder_name(info: PackInfo) -> str:
    return f"key-{info.public_key[:16]}" if info.signed else "unsigned"


def _stage(name: str) -> None:
    """A named moment of an import; the kill test stops here (DESKTOP_APP_PACK_PAUSE)."""
    wanted, _, seconds = os.environ.get(PAUSE_ENV, "").partition(":")
    if wanted == name:
        print(f"pack import paused at {name}", file=sys.stderr, flush=True)
        time.sleep(float(seconds or 60))


def _lock(data_dir: Path) -> FileLock:
    from filelock import FileLock  # only for an import or its leftovers: not at every start

    folder = packs_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return FileLock(str(folder / LOCK_NAME))


def _remove_tree(path: Path) -> None:
    def retry_writable(function, name, _error):  # a read-only file on Windows
        os.chmod(name, 0o700)
        function(name)

    try:
        if sys.version_info >= (3, 12):
            shutil.rmtree(path, onexc=retry_writable)
        else:
            shutil.rmtree(path, onerror=retry_writable)
    except OSError:
        log.warning("Cannot remove %s", path, exc_info=True)


def _recover(data_dir: Path) -> None:
    imported = imported_lessons_dir(data_dir)
    for work in sorted(data_dir.glob(WORK_PREFIX + "*")):
        previous = work / "previous"
        if not os.path.lexists(imported) and previous.is_dir():
            os.replace(previous, imported)  # killed in the middle of the swap: the old lessons go back
            log.warning("An import was stopped in the middle of the swap; the lessons of before are back")
        log.info("Removing the leftovers of an unfinished import: %s", work)
        _remove_tree(work)


def recover_imports(data_dir: Path, wait: float = 0.0) -> bool:
    """Undo or finish what a killed import left (see the module's docstring). False when another
    import is running (it does so itself); cheap when there is nothing to do."""
    data_dir = Path(data_dir)
    if not any(data_dir.glob(WORK_PREFIX + "*")):
        return True
    from filelock import Timeout

    lock = _lock(data_dir)
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        return False
    try:
        _recover(data_dir)
    except OSError:
        log.error("Cannot deal with the leftovers of an import in %s", data_dir, exc_info=True)
    finally:
        lock.release()
    return True


def import_pack(zip_path: Path, data_dir: Path, trusted: set[str], allow_untrusted: bool = False) -> ImportResult:
    """Check a pack and put its lessons among the imported ones, all or nothing.

    Raises PackNeedsConfirmation for an unsigned pack or an issuer not in trusted (public key hex)
    unless allow_untrusted, PackRefused for anything wrong; the imported lessons are then as before."""
    from filelock import Timeout

    data_dir = Path(data_dir)
    try:
        lock = _lock(data_dir)
        lock.acquire(timeout=LOCK_WAIT_SECONDS)
    except Timeout as error:
        raise PackRefused(BUSY) from error
    except OSError as error:
        log.error("Cannot prepare the import in %s: %s", data_dir, error)
        raise PackRefused(NO_ROOM) from error
    try:
        _recover(data_dir)
        from .reading import open_pack  # the signing library: only when a pack is imported

        with open_pack(zip_path, trusted) as pack:
            if not pack.info.trusted and not allow_untrusted:
                raise PackNeedsConfirmation(pack.info)
            work = data_dir / f"{WORK_PREFIX}{secrets.token_hex(6)}"
            try:
                result = _import(pack, data_dir, work)
            except OSError as error:
                log.error("Importing %s failed: %s", zip_path, error, exc_info=True)
                raise PackRefused(NO_ROOM) from error
            finally:
                if work.exists():
                    _remove_tree(work)
    finally:
        lock.release()
    log.info(
        "Imported %s from %r: %d added, %d replaced", zip_path, result.issuer, len(result.added), len(result.replaced)
    )
    return result


def _import(pack: OpenPack, data_dir: Path, work: Path) -> ImportResult:
    from .build import describe

    unpacked, tree = work / "unpacked", work / "tree"
    unpacked.mkdir(parents=True)
    _stage("unpacking")
    budget = Budget()
    for number, entry in enumerate(pack.manifest.files):
        _unpack_one(pack.zip, pack.entries[entry.path], entry.path, entry.size, entry.sha256, unpacked, budget)
        if number == 0:
            _stage("unpacked-one")
    _stage("unpacked")
    new = load_library([unpacked])
    if new.errors:
        raise PackRefused(BROKEN_LESSONS, describe(new.errors, unpacked))
    if not new.lessons:
        raise PackRefused(EMPTY)

    imported = imported_lessons_dir(data_dir)
    old = load_library([imported]) if imported.is_dir() else Library()
    new_ids = set(new.lessons)
    left_out = {lesson.path for lesson in old.lessons.values() if lesson.id in new_ids}
    if imported.is_dir():
        _link_tree(imported, tree, left_out)
    folder = tree / issuer_folder_name(pack.info)
    for entry in pack.manifest.files:
        _place(unpacked / entry.path, folder / entry.path)
    _write_issuer(folder, pack.info)
    _stage("merged")
    merged = load_library([tree])
    before = {_problem_key(problem, imported) for problem in old.errors}
    added_errors = [problem for problem in merged.errors if _problem_key(problem, tree) not in before]
    if added_errors:
        raise PackRefused(BROKEN_LESSONS, describe(added_errors, tree))
    _stage("checked")
    _swap(tree, imported, work / "previous")
    old_ids = set(old.lessons)
    return ImportResult(sorted(new_ids - old_ids), sorted(new_ids & old_ids), pack.info.issuer)


def _unpack_one(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str, size: int, sha256: str, root: Path, budget: Budget
) -> None:
    target = root / name
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NO_FOLLOW, 0o644)
    with os.fdopen(fd, "wb") as out, archive.open(info) as source:
        digest = copy_counted(source, out.write, name, size, info.compress_size, budget)
        out.flush()
        os.fsync(out.fileno())
    if digest != sha256:
        log.warning("%s: SHA-256 %s, the manifest says %s", name, digest, sha256)
        raise PackRefused(DAMAGED_FILE, name)


def _problem_key(problem: Problem, root: Path) -> tuple:
    """A problem with the folder it was found in taken out (the same problem before and after the merge)."""
    try:
        where = problem.path.relative_to(root).as_posix()
    except ValueError:
        where = str(problem.path)
    return where, problem.line, problem.template, tuple(arg.replace(str(root), "") for arg in problem.args)


def _link_tree(source: Path, target: Path, left_out: set[Path]) -> None:
    """target made with every file of source (hard links where the disk allows them), but left_out."""
    for folder, folders, files in os.walk(source):
        here = Path(folder)
        destination = target / here.relative_to(source)
        destination.mkdir(parents=True, exist_ok=True)
        for name in files:
            path = here / name
            if path in left_out or path.is_symlink():
                continue
            try:
                os.link(path, destination / name)
            except OSError:
                shutil.copy2(path, destination / name)
        folders[:] = [name for name in folders if not (here / name).is_symlink()]


def _place(source: Path, target: Path) -> None:
    """Move an unpacked file into the tree; what was in its way (a file, or a folder of that name) goes.
    A linked file is unlinked first, never written through (it is the live lesson's file too)."""
    current = target.parent
    blocking = []
    while not current.exists() or not current.is_dir():
        if os.path.lexists(current):
            blocking.append(current)
        current = current.parent
    for path in blocking:
        path.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.is_dir() and not target.is_symlink():
        shutil.rmtree(target)
    elif os.path.lexists(target):
        target.unlink()
    os.replace(source, target)


def _write_issuer(folder: Path, info: PackInfo) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ISSUER_FILE
    if os.path.lexists(path):
        path.unlink()
    content = {"issuer": info.issuer, "public_key": info.public_key, "signed": info.signed}
    path.write_text(json.dumps(content, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _swap(tree: Path, imported: Path, previous: Path) -> None:
    had = os.path.lexists(imported)
    if had:
        os.replace(imported, previous)
    _stage("swapping")
    try:
        os.replace(tree, imported)
    except OSError:
        if had:
            os.replace(previous, imported)
        raise
    _sync_folder(imported.parent)
    _stage("swapped")


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
