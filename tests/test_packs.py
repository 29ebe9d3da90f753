"""Signed lesson packs: made, read, imported all or nothing (a SIGKILL in the middle included), refused
with nothing changed. Real files, real zips, a real database."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import signal
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from nacl.signing import SigningKey

from desktop_app.lessons import load_library
from desktop_app.packs import (
    FORMAT,
    MAX_FILES,
    PackNeedsConfirmation,
    PackRefused,
    TrustedIssuers,
    build_pack,
    generate_keys,
    import_pack,
    inspect_pack,
    load_private_key,
    name_is_safe,
    read_public_key,
)
from desktop_app.packs import errors as E
from desktop_app.packs.importer import PAUSE_ENV, WORK_PREFIX
from desktop_app.packs.safety import Budget, copy_counted
from desktop_app.paths import imported_lessons_dir

from .conftest import LESSONS, ROOT

COURSE = "编号：pk\n名称：测试课程\n顺序：1\n"


def lesson_text(lesson_id: str, order: int, body: str = "这是课文的正文。", extra: str = "") -> str:
    return f"编号：{lesson_id}\n标题：第{order}课\n顺序：{order}\n{extra}\n【正文】\n{body}\n"


def write_lessons(folder: Path, lessons: dict[str, str], course: str = COURSE, course_dir: str = "01-pk") -> Path:
    """folder/course_dir with a 课程.txt and lessons {file name: text}."""
    target = folder / course_dir
    target.mkdir(parents=True, exist_ok=True)
    (target / "课程.txt").write_text(course, encoding="utf-8")
    for name, text in lessons.items():
        (target / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def key(tmp_path: Path) -> tuple[Path, str]:
    (tmp_path / "keys").mkdir()
    return generate_keys(tmp_path / "keys" / "author.key", "某某县委宣传部")


@pytest.fixture
def good(tmp_path: Path, key) -> Path:
    """A signed pack of two lessons, one with a picture."""
    folder = write_lessons(
        tmp_path / "src-good",
        {"01.txt": lesson_text("pk-01", 1, extra="图片：图/天安门.png"), "02.txt": lesson_text("pk-02", 2)},
    )
    (folder / "01-pk" / "图").mkdir()
    (folder / "01-pk" / "图" / "天安门.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    return build_pack(folder, tmp_path / "good.zip", key[0])


def snapshot(data_dir: Path) -> dict[str, str]:
    """Every file of the imported lessons with its SHA-256 (what "exactly as before" means)."""
    root = imported_lessons_dir(data_dir)
    if not root.exists():
        return {}
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


# -- crafting packs ---------------------------------------------------------------------------
def read_zip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_zip(path: Path, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            archive.writestr(info, data)
    return path


def craft(
    path: Path,
    key_file: Path | None,
    files: dict[str, bytes],
    change=None,
    extra: list[tuple[zipfile.ZipInfo | str, bytes]] = (),
    listed_extra: list[tuple[zipfile.ZipInfo, bytes]] = (),
) -> Path:
    """A pack of files {path under lessons/: bytes} with a true manifest (changed by change(dict)),
    signed with key_file; extra entries are not in the manifest, listed_extra ones are."""
    manifest = {
        "format": FORMAT,
        "issuer": "",
        "public_key": "",
        "created": "2026-12-01T08:00:00+00:00",
        "courses": [{"id": "pk", "title": "测试课程"}],
        "lessons": [{"id": "pk-01", "title": "第1课", "course": "pk"}],
        "files": [
            {"path": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in [*files.items(), *((i.filename.removeprefix("lessons/"), d) for i, d in listed_extra)]
        ],
    }
    private = load_private_key(key_file) if key_file else None
    if private:
        manifest["issuer"], manifest["public_key"] = private.issuer, private.public_key
    if change:
        change(manifest)
    data = json.dumps(manifest, ensure_ascii=False).encode("utf-8")
    entries = [(f"lessons/{name}", content) for name, content in files.items()]
    entries += [*listed_extra, *extra, ("manifest.json", data)]
    if private:
        entries.append(("manifest.sig", private.signing_key.sign(data).signature))
    return write_zip(path, entries)


def one_lesson() -> dict[str, bytes]:
    return {"01-pk/课程.txt": COURSE.encode(), "01-pk/01.txt": lesson_text("pk-01", 1).encode()}


def special(name: str, mode: int, data: bytes = b"x") -> tuple[zipfile.ZipInfo, bytes]:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    return info, data


# -- round trip -------------------------------------------------------------------------------
def test_build_inspect_import_round_trip(good: Path, key, data_dir: Path):
    info = inspect_pack(good, {key[1]})
    assert (info.issuer, info.public_key, info.signed, info.trusted) == ("某某县委宣传部", key[1], True, True)
    assert (info.lesson_count, info.courses, info.files) == (2, ["测试课程"], 4)
    assert info.unpacked_bytes == sum(len(data) for name, data in read_zip(good).items() if name.startswith("lessons/"))
    names = set(read_zip(good))
    assert {"manifest.json", "manifest.sig", "lessons/01-pk/课程.txt", "lessons/01-pk/图/天安门.png"} <= names

    result = import_pack(good, data_dir, {key[1]})
    assert (result.added, result.replaced, result.issuer) == (["pk-01", "pk-02"], [], "某某县委宣传部")
    library = load_library([imported_lessons_dir(data_dir)])
    assert sorted(library.lessons) == ["pk-01", "pk-02"] and not library.errors
    assert library.lessons["pk-01"].media[0].read_bytes().startswith(b"\x89PNG")
    assert not list(data_dir.glob(WORK_PREFIX + "*"))

    again = import_pack(good, data_dir, {key[1]})
    assert (again.added, again.replaced) == ([], ["pk-01", "pk-02"])


def test_the_private_key_never_goes_into_a_pack(tmp_path: Path, key, good: Path):
    seed = json.loads(key[0].read_text(encoding="utf-8"))["private_key"]
    assert oct(key[0].stat().st_mode & 0o777) == "0o600"
    assert all(seed.encode() not in data for data in read_zip(good).values())
    assert "private_key" not in key[0].with_suffix(".pub").read_text(encoding="utf-8")
    folder = write_lessons(tmp_path / "src", {"01.txt": lesson_text("pk-01", 1, extra="附件：author.key")})
    (folder / "01-pk" / "author.key").write_bytes(key[0].read_bytes())
    with pytest.raises(PackRefused) as refused:
        build_pack(folder, tmp_path / "leak.zip", key[0])
    assert refused.value.text == E.BUILD_PRIVATE_KEY and refused.value.args_ == ("01-pk/author.key",)
    assert not (tmp_path / "leak.zip").exists()


def test_a_key_file_is_never_overwritten(key):
    with pytest.raises(PackRefused) as refused:
        generate_keys(key[0], "别人")
    assert refused.value.text == E.KEY_EXISTS


def test_build_refuses_broken_lessons_and_says_which(tmp_path: Path, key):
    folder = write_lessons(
        tmp_path / "src", {"01.txt": lesson_text("pk-01", 1), "02.txt": "编号：pk-02\n标题：第2课\n顺序：2\n"}
    )
    with pytest.raises(PackRefused) as refused:
        build_pack(folder, tmp_path / "p.zip", key[0])
    assert refused.value.text == E.BUILD_BROKEN and "01-pk/02.txt" in refused.value.args_[0]
    assert not (tmp_path / "p.zip").exists()
    with pytest.raises(PackRefused) as empty:
        build_pack(tmp_path / "src" / "nothing-here", tmp_path / "p.zip", key[0])
    assert empty.value.text in (E.BUILD_BROKEN, E.BUILD_NO_LESSONS)


def test_an_unsigned_pack_has_no_signature_and_no_issuer(tmp_path: Path):
    folder = write_lessons(tmp_path / "src", {"01.txt": lesson_text("pk-01", 1)})
    pack = build_pack(folder, tmp_path / "u.zip", None)
    assert "manifest.sig" not in read_zip(pack)
    assert json.loads(read_zip(pack)["manifest.json"])["issuer"] == ""


# -- confirmation -----------------------------------------------------------------------------
def test_unsigned_and_unknown_issuers_need_a_confirmation(tmp_path: Path, good: Path, key, data_dir: Path):
    folder = write_lessons(tmp_path / "src", {"01.txt": lesson_text("pk-01", 1)})
    unsigned = build_pack(folder, tmp_path / "u.zip", None)
    with pytest.raises(PackNeedsConfirmation) as asked:
        import_pack(unsigned, data_dir, {key[1]})
    assert asked.value.text == E.NOT_SIGNED and not asked.value.info.signed
    with pytest.raises(PackNeedsConfirmation) as unknown:
        import_pack(good, data_dir, set())
    assert unknown.value.text == E.UNKNOWN_ISSUER and unknown.value.args_ == ("某某县委宣传部",)
    assert isinstance(unknown.value, PackRefused) and unknown.value.info.signed and not unknown.value.info.trusted
    assert snapshot(data_dir) == {}

    assert import_pack(good, data_dir, set(), allow_untrusted=True).added == ["pk-01", "pk-02"]
    other = tmp_path / "other-data"
    assert import_pack(unsigned, other, set(), allow_untrusted=True).issuer == ""
    assert (imported_lessons_dir(other) / "unsigned" / "01-pk" / "01.txt").is_file()


# -- refusals: nothing changed ----------------------------------------------------------------
def refused_without_change(pack: Path, data_dir: Path, trusted: set[str], text: str) -> PackRefused:
    before = snapshot(data_dir)
    with pytest.raises(PackRefused) as refused:
        inspect_pack(pack, trusted)
        import_pack(pack, data_dir, trusted, allow_untrusted=True)
    assert refused.value.text == text, refused.value.text
    with pytest.raises(PackRefused):
        import_pack(pack, data_dir, trusted, allow_untrusted=True)
    assert snapshot(data_dir) == before
    assert not list(data_dir.glob(WORK_PREFIX + "*"))
    assert refused.value.message()  # translated, arguments filled
    return refused.value


@pytest.fixture
def imported(good: Path, key, data_dir: Path) -> set[str]:
    """The data folder holds the good pack's lessons already: a refusal must leave them as they are."""
    import_pack(good, data_dir, {key[1]})
    return {key[1]}


@pytest.mark.parametrize(
    "name",
    ["../evil.txt", "01-pk/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "C:evil.txt", "01-pk\\..\\evil.txt"],
)
def test_names_that_escape_are_refused(tmp_path: Path, key, imported, data_dir: Path, name: str):
    files = {**one_lesson(), name: b"evil"}
    refused = refused_without_change(craft(tmp_path / "p.zip", key[0], files), data_dir, imported, E.UNSAFE_NAME)
    assert refused.args_[0].endswith("evil.txt")
    assert not (data_dir.parent / "evil.txt").exists() and not Path("/etc/evil.txt").exists()


@pytest.mark.parametrize("mode", [stat.S_IFLNK | 0o777, stat.S_IFCHR | 0o644, stat.S_IFIFO | 0o644, stat.S_IFBLK])
def test_links_devices_and_other_entries_are_refused(tmp_path: Path, key, imported, data_dir: Path, mode: int):
    entry = special("lessons/01-pk/link.txt", mode, b"/etc/passwd")
    pack = craft(tmp_path / "p.zip", key[0], one_lesson(), listed_extra=[entry])
    refused_without_change(pack, data_dir, imported, E.NOT_REGULAR)


def test_a_file_not_in_the_manifest_is_refused(tmp_path: Path, key, imported, data_dir: Path):
    pack = craft(tmp_path / "p.zip", key[0], one_lesson(), extra=[("lessons/01-pk/02.txt", b"hidden")])
    assert refused_without_change(pack, data_dir, imported, E.NOT_LISTED).args_ == ("lessons/01-pk/02.txt",)
    outside = craft(tmp_path / "q.zip", key[0], one_lesson(), extra=[("autorun.inf", b"x")])
    refused_without_change(outside, data_dir, imported, E.NOT_LISTED)


def test_two_entries_of_one_name_are_refused(tmp_path: Path, key, imported, data_dir: Path):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name
        pack = craft(tmp_path / "p.zip", key[0], one_lesson(), extra=[("lessons/01-pk/01.txt", b"other")])
    refused_without_change(pack, data_dir, imported, E.MALFORMED)


def test_too_many_files_are_refused(tmp_path: Path, key, imported, data_dir: Path):
    files = {**one_lesson(), **{f"01-pk/media/{n}.png": b"x" for n in range(MAX_FILES)}}
    refused = refused_without_change(craft(tmp_path / "p.zip", key[0], files), data_dir, imported, E.TOO_MANY_FILES)
    assert refused.args_[1] == str(MAX_FILES)


def _lie_about_size(pack: Path, name: str, size: int) -> None:
    """Write size as the unpacked size of name in the zip's central directory (what zipfile reads)."""
    data = bytearray(pack.read_bytes())
    encoded = name.encode("utf-8")
    at = data.index(b"PK\x01\x02")
    while True:
        length = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + length] == encoded:
            data[at + 24 : at + 28] = size.to_bytes(4, "little")
            break
        extra = int.from_bytes(data[at + 30 : at + 32], "little") + int.from_bytes(data[at + 32 : at + 34], "little")
        at = data.index(b"PK\x01\x02", at + 46 + length + extra)
    pack.write_bytes(bytes(data))


def test_a_total_over_the_limit_is_refused_on_the_declared_sizes(tmp_path: Path, key, imported, data_dir: Path):
    pack = craft(tmp_path / "p.zip", key[0], {**one_lesson(), "01-pk/a.mp4": b"x" * 1000})
    _lie_about_size(pack, "lessons/01-pk/a.mp4", 600_000_000)
    refused = refused_without_change(pack, data_dir, imported, E.TOO_BIG)
    assert refused.args_ == ("600", "500")


def test_a_header_that_lies_is_not_trusted(tmp_path: Path, key, imported, data_dir: Path):
    """The manifest and the header both say 10 bytes; the entry holds 100,000: never more than 10 are
    written, and the pack is refused."""
    body = b"a" * 100_000

    def small(manifest):
        manifest["files"][-1]["size"] = 10

    pack = craft(tmp_path / "p.zip", key[0], {**one_lesson(), "01-pk/big.mp3": body}, change=small)
    _lie_about_size(pack, "lessons/01-pk/big.mp3", 10)
    before = snapshot(data_dir)
    with pytest.raises(PackRefused):
        import_pack(pack, data_dir, imported)
    assert snapshot(data_dir) == before and not list(data_dir.glob(WORK_PREFIX + "*"))


def test_bytes_are_counted_while_unpacking():
    out = io.BytesIO()
    with pytest.raises(PackRefused) as longer:
        copy_counted(io.BytesIO(b"x" * 20), out.write, "a.txt", 10, 20, Budget())
    assert longer.value.text == E.DAMAGED_FILE and len(out.getvalue()) <= 11
    with pytest.raises(PackRefused) as over:
        copy_counted(io.BytesIO(b"x" * 5000), io.BytesIO().write, "b.txt", 5000, 5000, Budget(total=0, limit=4000))
    assert over.value.text == E.TOO_BIG
    with pytest.raises(PackRefused) as bomb:
        copy_counted(io.BytesIO(bytes(3 << 20)), io.BytesIO().write, "c.wav", 3 << 20, 1000, Budget())
    assert bomb.value.text == E.BOMB
    with pytest.raises(PackRefused) as shorter:
        copy_counted(io.BytesIO(b"x" * 5), io.BytesIO().write, "d.txt", 10, 10, Budget())
    assert shorter.value.text == E.DAMAGED_FILE


def test_a_compression_ratio_over_the_limit_is_refused(tmp_path: Path, key, imported, data_dir: Path):
    files = {**one_lesson(), "01-pk/silence.wav": bytes(2_000_000)}  # deflates about 1000:1
    refused = refused_without_change(craft(tmp_path / "p.zip", key[0], files), data_dir, imported, E.BOMB)
    assert refused.args_ == ("lessons/01-pk/silence.wav",)


def test_a_hash_mismatch_is_refused(tmp_path: Path, key, imported, data_dir: Path):
    def wrong(manifest):
        manifest["files"][1]["sha256"] = hashlib.sha256(b"something else").hexdigest()

    pack = craft(tmp_path / "p.zip", key[0], one_lesson(), change=wrong)
    assert refused_without_change(pack, data_dir, imported, E.DAMAGED_FILE).args_ == ("01-pk/01.txt",)


def test_a_changed_file_breaks_the_signature(tmp_path: Path, key, imported, data_dir: Path, good: Path):
    entries = read_zip(good)
    manifest = json.loads(entries["manifest.json"])
    entries["lessons/01-pk/02.txt"] = lesson_text("pk-02", 2, "被人改过的课文。").encode()
    manifest["files"] = [
        {
            **f,
            "size": len(entries["lessons/" + f["path"]]),
            "sha256": hashlib.sha256(entries["lessons/" + f["path"]]).hexdigest(),
        }
        for f in manifest["files"]
    ]
    entries["manifest.json"] = json.dumps(manifest, ensure_ascii=False).encode()
    pack = write_zip(tmp_path / "p.zip", list(entries.items()))
    refused_without_change(pack, data_dir, imported, E.BAD_SIGNATURE)

    entries["manifest.sig"] = b"short"
    refused_without_change(write_zip(tmp_path / "q.zip", list(entries.items())), data_dir, imported, E.BAD_SIGNATURE)
    other = SigningKey.generate()  # signed by someone else under the author's name
    entries["manifest.sig"] = other.sign(entries["manifest.json"]).signature
    refused_without_change(write_zip(tmp_path / "r.zip", list(entries.items())), data_dir, imported, E.BAD_SIGNATURE)


@pytest.mark.parametrize(
    "manifest",
    [
        b"not json at all",
        b"[1, 2]",
        b'{"format": "1", "files": [], "lessons": [], "courses": []}',
        b'{"format": 1, "files": [{"path": "01-pk/01.txt", "size": -1, "sha256": "00"}], "lessons": [], "courses": []}',
        b'{"format": 1, "files": "all", "lessons": [], "courses": []}',
        b'{"format": 1, "public_key": "zz", "files": [], "lessons": [], "courses": []}',
        "\ufeff{}".encode() + b"\xff",
    ],
)
def test_a_malformed_manifest_is_refused(tmp_path: Path, imported, data_dir: Path, manifest: bytes):
    entries = [(f"lessons/{name}", data) for name, data in one_lesson().items()] + [("manifest.json", manifest)]
    refused_without_change(write_zip(tmp_path / "p.zip", entries), data_dir, imported, E.MALFORMED)


def test_a_missing_manifest_is_refused(tmp_path: Path, imported, data_dir: Path):
    entries = [(f"lessons/{name}", data) for name, data in one_lesson().items()]
    refused_without_change(write_zip(tmp_path / "p.zip", entries), data_dir, imported, E.MALFORMED)


def test_a_pack_of_a_newer_program_is_refused(tmp_path: Path, key, imported, data_dir: Path):
    def newer(manifest):
        manifest["format"] = FORMAT + 1

    pack = craft(tmp_path / "p.zip", key[0], one_lesson(), change=newer)
    refused_without_change(pack, data_dir, imported, E.NEWER)


def test_not_a_zip_and_no_file_are_refused(tmp_path: Path, imported, data_dir: Path):
    (tmp_path / "p.zip").write_bytes(b"MZ this is a program, not a pack" * 100)
    refused_without_change(tmp_path / "p.zip", data_dir, imported, E.NOT_A_ZIP)
    (tmp_path / "half.zip").write_bytes(read_zip_bytes_cut(tmp_path))
    refused_without_change(tmp_path / "half.zip", data_dir, imported, E.NOT_A_ZIP)
    refused_without_change(tmp_path / "missing.zip", data_dir, imported, E.CANNOT_OPEN)


def read_zip_bytes_cut(tmp_path: Path) -> bytes:
    whole = write_zip(tmp_path / "whole.zip", [("manifest.json", b"{}")]).read_bytes()
    return whole[: len(whole) // 2]


def test_an_empty_pack_is_refused(tmp_path: Path, key, imported, data_dir: Path):
    refused_without_change(write_zip(tmp_path / "p.zip", []), data_dir, imported, E.EMPTY)

    def no_lessons(manifest):
        manifest["lessons"] = []

    refused_without_change(craft(tmp_path / "q.zip", key[0], {}, change=no_lessons), data_dir, imported, E.EMPTY)


def test_a_pack_with_a_broken_lesson_is_refused(tmp_path: Path, key, imported, data_dir: Path):
    files = {**one_lesson(), "01-pk/02.txt": "编号：pk-02\n标题：没有正文\n顺序：2\n".encode()}
    refused = refused_without_change(craft(tmp_path / "p.zip", key[0], files), data_dir, imported, E.BROKEN_LESSONS)
    assert "01-pk/02.txt" in refused.args_[0]


def test_a_pack_whose_lessons_clash_with_imported_ones_is_refused(tmp_path: Path, imported, data_dir: Path):
    """Another issuer's course of the same id: the checker says so, nothing changes."""
    other = generate_keys(tmp_path / "other.key", "另一个乡镇")
    files = {"01-pk/课程.txt": COURSE.encode(), "01-pk/09.txt": lesson_text("pk-09", 9).encode()}
    refused_without_change(craft(tmp_path / "p.zip", other[0], files), data_dir, imported, E.BROKEN_LESSONS)


# -- member names (hypothesis) -----------------------------------------------------------------
SAFE_CHARS = st.sampled_from("abcxyzABC0123456789-_党课学习图片录音第一二三")
PART = st.text(SAFE_CHARS, min_size=1, max_size=12)
SAFE_NAME = st.builds(
    lambda parts, ext: "/".join(parts) + ext,
    st.lists(PART, min_size=1, max_size=5),
    st.sampled_from(["", ".txt", ".mp3"]),
)


def _not_reserved(name: str) -> bool:
    reserved = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
    return all(part.split(".")[0].lower() not in reserved for part in name.split("/"))


@given(SAFE_NAME)
def test_plain_relative_names_are_accepted(name: str):
    assume(_not_reserved(name))
    assert name_is_safe(name)


@given(SAFE_NAME, st.sampled_from(["..", "\\", ":", "../", "/..", "C:", "\\\\"]), st.integers(min_value=0))
def test_names_with_dot_dot_backslash_or_colon_are_refused(name: str, bad: str, where: int):
    at = where % (len(name) + 1)
    assert not name_is_safe(name[:at] + bad + name[at:])


@given(SAFE_NAME)
def test_names_from_the_root_are_refused(name: str):
    assert not name_is_safe("/" + name)
    assert not name_is_safe("//" + name)


@pytest.mark.parametrize("name", ["", "a//b.txt", "./a.txt", "a/./b", "a.", "a /b", "CON", "nul.txt", "a\x00b", "a\nb"])
def test_odd_names_are_refused(name: str):
    assert not name_is_safe(name)


# -- a kill in the middle ----------------------------------------------------------------------
IMPORT_SCRIPT = """
import sys
from pathlib import Path
from desktop_app.packs import import_pack
import_pack(Path(sys.argv[1]), Path(sys.argv[2]), {sys.argv[3]})
print("imported", flush=True)
"""


def start_import(pack: Path, data_dir: Path, public_key: str, stage: str) -> subprocess.Popen:
    env = {**os.environ, PAUSE_ENV: f"{stage}:60", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", IMPORT_SCRIPT, str(pack), str(data_dir), public_key],
        env=env,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def newer_pack(tmp_path: Path, key_file: Path) -> Path:
    folder = write_lessons(
        tmp_path / "src-v2",
        {
            "01.txt": lesson_text("pk-01", 1, "第一课改过了。"),
            "02.txt": lesson_text("pk-02", 2, "第二课也改过了。"),
            "03.txt": lesson_text("pk-03", 3),
        },
    )
    return build_pack(folder, tmp_path / "v2.zip", key_file)


@pytest.mark.parametrize("stage", ["unpacked-one", "unpacked", "merged", "checked", "swapping", "swapped"])
def test_a_kill_in_the_middle_leaves_the_lessons_as_before(tmp_path: Path, key, imported, data_dir: Path, stage):
    from desktop_app.context import create_context

    before = snapshot(data_dir)
    v2 = newer_pack(tmp_path, key[0])
    process = start_import(v2, data_dir, key[1], stage)
    try:
        line = process.stderr.readline()
        assert f"paused at {stage}" in line, line + process.stderr.read()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
        process.stderr.close()
        process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    assert list(data_dir.glob(WORK_PREFIX + "*"))  # the unfinished import left its folder
    if stage == "swapping":
        assert not imported_lessons_dir(data_dir).exists()  # between the two renames ...

    context = create_context(data_dir)  # ... the next start puts the old lessons back first
    try:
        after = snapshot(data_dir)
        if stage == "swapped":  # past the second rename: the new lessons are in, whole
            assert after != before and "pk-03" in context.library.lessons
        else:
            assert after == before
            assert "pk-03" not in context.library.lessons and "pk-01" in context.library.lessons
    finally:
        context.db.close()
    assert not list(data_dir.glob(WORK_PREFIX + "*"))

    result = import_pack(v2, data_dir, {key[1]})  # and the next import works
    assert "pk-03" in result.added + result.replaced
    assert not list(data_dir.glob(WORK_PREFIX + "*"))


def test_the_next_import_cleans_what_a_killed_one_left(tmp_path: Path, key, imported, data_dir: Path):
    process = start_import(newer_pack(tmp_path, key[0]), data_dir, key[1], "merged")
    try:
        assert "paused at merged" in process.stderr.readline()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        process.stderr.close()
        process.stdout.close()
    assert list(data_dir.glob(WORK_PREFIX + "*"))
    third = build_pack(
        write_lessons(tmp_path / "src-v3", {"07.txt": lesson_text("pk-07", 7)}, course_dir="02-pk"),
        tmp_path / "v3.zip",
        key[0],
    )
    with pytest.raises(PackRefused):  # the same course id in another folder of the same pack: refused ...
        import_pack(third, data_dir, {key[1]})
    assert not list(data_dir.glob(WORK_PREFIX + "*"))  # ... and the leftovers are gone all the same


# -- progress and the program's library ---------------------------------------------------------
def test_progress_survives_a_reimport(tmp_path: Path, key, good: Path, data_dir: Path, monkeypatch):
    from desktop_app.context import create_context

    monkeypatch.setenv("DESKTOP_APP_LESSONS", str(write_lessons(tmp_path / "shipped", {})))
    import_pack(good, data_dir, {key[1]})
    context = create_context(data_dir)
    try:
        assert "pk-01" in context.library.lessons
        context.progress.record_position(context.member_id, "pk-01", 7, 1, finished=True)
        member = context.member_id
    finally:
        context.db.close()

    result = import_pack(newer_pack(tmp_path, key[0]), data_dir, {key[1]})
    assert result.replaced == ["pk-01", "pk-02"] and result.added == ["pk-03"]
    context = create_context(data_dir)
    try:
        assert context.library.lessons["pk-01"].text == "第一课改过了。"
        progress = context.progress.get(member, "pk-01")
        assert (progress.state, progress.position) == ("finished", 7)
        assert not context.library.errors
    finally:
        context.db.close()


def test_an_imported_lesson_takes_the_place_of_a_shipped_one(tmp_path: Path, key, data_dir: Path, monkeypatch):
    from desktop_app.context import create_context

    shipped = write_lessons(tmp_path / "shipped", {"01.txt": lesson_text("pk-01", 1, "随程序发的旧课文。")})
    monkeypatch.setenv("DESKTOP_APP_LESSONS", str(shipped))
    update = write_lessons(tmp_path / "update", {"01.txt": lesson_text("pk-01", 1, "县里发来的新课文。")})
    import_pack(build_pack(update, tmp_path / "u.zip", key[0]), data_dir, {key[1]})
    context = create_context(data_dir)
    try:
        assert context.library.lessons["pk-01"].text == "县里发来的新课文。"
        assert not context.library.problems
    finally:
        context.db.close()
    context = create_context(data_dir, [shipped])  # explicit paths: only those
    try:
        assert context.library.lessons["pk-01"].text == "随程序发的旧课文。"
    finally:
        context.db.close()


# -- trusted issuers --------------------------------------------------------------------------
def test_trusted_issuers_add_remove_and_a_damaged_file(key, data_dir: Path, caplog):
    trusted = TrustedIssuers(data_dir)
    assert trusted.all() == {}
    trusted.add(key[1], "某某县委宣传部")
    assert TrustedIssuers(data_dir).all() == {key[1]: "某某县委宣传部"}
    assert not list(trusted.path.parent.glob("*.part"))
    assert trusted.remove(key[1]) and not trusted.remove(key[1]) and trusted.all() == {}
    with pytest.raises(PackRefused):
        trusted.add("not a key", "谁")
    trusted.path.write_bytes(b"{broken")
    with caplog.at_level(logging.ERROR):
        assert trusted.all() == {}
    assert "damaged" in caplog.text
    trusted.add(key[1], "某某县委宣传部")  # the damaged list is replaced whole
    assert trusted.keys() == {key[1]}


def test_the_public_key_file_names_its_issuer(key):
    assert read_public_key(key[0].with_suffix(".pub")) == ("某某县委宣传部", key[1])
    with pytest.raises(PackRefused) as private:
        read_public_key(key[0])
    assert private.value.text == E.KEY_IS_PRIVATE


# -- the command line ---------------------------------------------------------------------------
def test_cli_keygen_build_trust_import(tmp_path: Path, data_dir: Path, capsys):
    from desktop_app.cli import main

    keyfile = tmp_path / "author" / "县委.key"
    keyfile.parent.mkdir()
    assert main(["pack", "keygen", "--out", str(keyfile), "--issuer", "某某县委宣传部"]) == 0
    said = capsys.readouterr().out
    assert str(keyfile.resolve()) in said and "不要拷到学习站上" in said
    folder = write_lessons(tmp_path / "src", {"01.txt": lesson_text("pk-01", 1)})
    pack = tmp_path / "课程包.zip"
    assert main(["pack", "build", str(folder), "--out", str(pack), "--key", str(keyfile)]) == 0
    assert "课程包做好了" in capsys.readouterr().out

    data = ["--data-dir", str(data_dir)]
    assert main([*data, "pack", "import", str(pack)]) == 2
    out = capsys.readouterr()
    assert "不在信任名单里" in out.out and "--yes" in out.err
    assert snapshot(data_dir) == {}
    assert main([*data, "pack", "trust", str(keyfile.with_suffix(".pub"))]) == 0
    assert "已经信任“某某县委宣传部”" in capsys.readouterr().out
    assert main([*data, "pack", "import", str(pack)]) == 0
    out = capsys.readouterr().out
    assert "在信任名单里" in out and "导入完成：新加 1 课" in out

    unsigned = tmp_path / "unsigned.zip"
    assert main(["pack", "build", str(folder), "--out", str(unsigned)]) == 0
    assert main([*data, "pack", "import", str(unsigned)]) == 2
    assert "没有签名" in capsys.readouterr().out
    assert main([*data, "pack", "import", str(unsigned), "--yes"]) == 2  # its course is the signed pack's
    assert ".pack-import" not in capsys.readouterr().err  # the clash is said with the lessons' own folders
    fresh = ["--data-dir", str(tmp_path / "fresh")]
    assert main([*fresh, "pack", "import", str(unsigned), "--yes"]) == 0
    (tmp_path / "bad.zip").write_bytes(b"nope")
    assert main([*data, "pack", "import", str(tmp_path / "bad.zip")]) == 2
    assert capsys.readouterr().err.strip()


def test_cli_in_a_subprocess_refuses_a_broken_folder(tmp_path: Path):
    folder = write_lessons(tmp_path / "src", {"01.txt": "编号：pk-01\n"})
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "pack", "build", str(folder), "--out", str(tmp_path / "p.zip")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert done.returncode == 2 and "01-pk/01.txt" in done.stderr
    assert not (tmp_path / "p.zip").exists()


# -- the shipped lessons as a pack --------------------------------------------------------------
def test_the_shipped_lessons_build_and_import_with_the_test_key(tmp_path: Path, data_dir: Path):
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_shipped_pack.py"), str(tmp_path / "shipped.zip")],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    issuer, public = read_public_key(ROOT / "packaging" / "test-pack-key" / "test-pack.pub")
    trusted = TrustedIssuers(data_dir)
    trusted.add(public, issuer)
    shipped = load_library([LESSONS])
    info = inspect_pack(tmp_path / "shipped.zip", trusted.keys())
    assert info.trusted and info.lesson_count == len(shipped.lessons)
    result = import_pack(tmp_path / "shipped.zip", data_dir, trusted.keys())
    assert sorted(result.added) == sorted(shipped.lessons)
    assert len(load_library([imported_lessons_dir(data_dir)]).lessons) == len(shipped.lessons)
    assert "test key only" in (ROOT / "packaging" / "test-pack-key" / "README.md").read_text(encoding="utf-8").lower()


def test_the_command_line_sees_the_imported_lessons(tmp_path: Path, data_dir: Path, capsys):
    from desktop_app.cli import main

    folder = write_lessons(tmp_path / "src", {"01.txt": lesson_text("pk-01", 1, "导入的课文正文。")})
    pack = tmp_path / "课程包.zip"
    assert main(["pack", "build", str(folder), "--out", str(pack)]) == 0
    data = ["--data-dir", str(data_dir)]
    assert main([*data, "pack", "import", str(pack), "--yes"]) == 0
    capsys.readouterr()
    assert main([*data, "lessons", "list", "--json"]) == 0
    ids = {row["id"] for row in json.loads(capsys.readouterr().out)}
    assert "pk-01" in ids and len(ids) > 1  # the imported lesson beside the shipped ones
    assert main([*data, "lessons", "check"]) == 0
    assert main([*data, "lessons", "preview", "pk-01"]) == 0
    assert "导入的课文正文" in capsys.readouterr().out
    assert main([*data, "report", "--format", "csv", "--out", str(tmp_path / "r.csv")]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "other"), "lessons", "list", "--json"]) == 0
    assert "pk-01" not in {row["id"] for row in json.loads(capsys.readouterr().out)}  # another folder: not there
