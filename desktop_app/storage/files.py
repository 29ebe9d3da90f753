"""Every file the program writes is written whole or not at all: to a temporary file beside the
target, checked complete, then moved into place. A failure leaves the old file as it was
(no Qt)."""

from __future__ import annotations

import csv
import logging
import os
import secrets
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

log = logging.getLogger(__name__)

PARTIAL_SUFFIX = ".part"  # an unfinished file (a kill or a power cut in the middle of writing)
PARTIAL_AGE_SECONDS = 300.0


class IncompleteFile(ValueError):
    """A file that was written but is not whole (a full disk, a writer that gave up)."""


class WriteFailed(OSError):
    """A file could not be written whole; the old one is kept. str() is plain Chinese."""


def full_disk_message(out: Path) -> str:
    return (
        f"没能把“{out.name}”存好：磁盘可能满了，或者这个地方不能写入。原来的文件没有动。"
        f"请删掉一些不要的文件腾出地方，或者换一个地方再试。（{out.parent}）"
    )


def temporary_beside(out: Path) -> Path:
    return out.with_name(f".{out.name}.{os.getpid()}-{secrets.token_hex(4)}{PARTIAL_SUFFIX}")


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself survive a power cut (POSIX; Windows has no directory handles)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


@contextmanager
def replacing(out: Path, check: Callable[[Path], None] | None = None) -> Iterator[Path]:
    """A temporary file beside out to write to. When the block ends it is synced, checked
    (check raises IncompleteFile when the file is not whole; an empty file is never whole) and
    only then takes out's place. Any failure raises WriteFailed and leaves out untouched."""
    out = Path(out)
    temp = temporary_beside(out)
    try:
        yield temp
        try:
            with open(temp, "r+b") as written:
                written.flush()
                os.fsync(written.fileno())
            if temp.stat().st_size == 0:
                raise IncompleteFile("the file is empty")
            if check is not None:
                check(temp)
            os.replace(temp, out)
        except (OSError, IncompleteFile) as error:
            log.error("Writing %s failed: %s", out, error)
            raise WriteFailed(full_disk_message(out)) from error
        _fsync_folder(out.parent)
    except OSError as error:
        if not isinstance(error, WriteFailed):
            log.error("Writing %s failed: %s", out, error)
            raise WriteFailed(full_disk_message(out)) from error
        raise
    finally:
        temp.unlink(missing_ok=True)


def remove_partial_files(folder: Path, older_than: float = PARTIAL_AGE_SECONDS) -> list[Path]:
    """Unfinished files left by an interrupted write (`*.part`) and not touched for older_than
    seconds (one being written by another program right now is left alone): removed."""
    removed = []
    try:
        candidates = list(folder.glob(f"*{PARTIAL_SUFFIX}")) if folder.is_dir() else []
    except OSError:
        return removed
    now = time.time()
    for partial in candidates:
        try:
            if now - partial.stat().st_mtime < older_than:
                continue
            partial.unlink()
            removed.append(partial)
        except OSError:
            log.warning("Cannot remove the unfinished file %s", partial, exc_info=True)
    if removed:
        log.info("Removed %d unfinished files in %s", len(removed), folder)
    return removed


# -- checks -----------------------------------------------------------------------------------
def check_pdf_structure(path: Path) -> None:
    """A PDF begins with %PDF- and ends with %%EOF (a file cut off by a full disk does not)."""
    with open(path, "rb") as file:
        head = file.read(5)
        file.seek(0, os.SEEK_END)
        size = file.tell()
        file.seek(max(0, size - 1024))
        tail = file.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise IncompleteFile(f"{path} is not a whole PDF ({size} bytes)")


def check_jpeg(path: Path) -> None:
    with open(path, "rb") as file:
        head = file.read(2)
        file.seek(-2, os.SEEK_END)
        tail = file.read(2)
    if head != b"\xff\xd8" or tail != b"\xff\xd9":
        raise IncompleteFile(f"{path} is not a whole JPEG")


def check_size(expected: int) -> Callable[[Path], None]:
    def check(path: Path) -> None:
        size = path.stat().st_size
        if size != expected:
            raise IncompleteFile(f"{path} has {size} bytes, not {expected}")

    return check


# -- CSV --------------------------------------------------------------------------------------
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(cell: object) -> str:
    """A cell WPS and Excel show as text and never run as a formula (OWASP: a leading ')."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(out: Path, rows: Iterable[Iterable[object]]) -> None:
    """A CSV for WPS and Excel: UTF-8 with a BOM (a double click shows the Chinese), commas, CRLF,
    every cell made safe from formula injection; written whole or not at all."""
    with replacing(Path(out)) as temp:
        with open(temp, "w", encoding="utf-8-sig", newline="") as file:
            writer = csv.writer(file)
            count = 0
            for row in rows:
                writer.writerow([csv_safe(cell) for cell in row])
                count += 1
        if count == 0:
            raise IncompleteFile("no rows")


def free_space(folder: Path) -> int | None:
    """Room left on the disk or stick of folder, in bytes; None when it cannot be told."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def flush_to_disk(paths: Iterable[Path], folders: Iterable[Path] = ()) -> None:
    """Make what was written to these files, and the entries of their folders (and of folders:
    a new folder's own entry in the stick's root, say), be on the disk itself, not only in the
    computer's memory: after this, pulling a USB stick out loses nothing. Raises OSError when the
    drive refuses (taken out already, say). Windows has no folder handles: its files are enough."""
    every = set(map(Path, folders))
    for path in paths:
        with open(path, "rb+") as file:
            os.fsync(file.fileno())
        every.add(Path(path).parent)
    if sys.platform != "win32":
        for folder in every:
            handle = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(handle)
            finally:
                os.close(handle)
