"""What a pack may hold: safe relative names, ordinary files only, and limits on how many files and
how many bytes (checked on the declared sizes first, then counted again while unpacking: a zip's
headers are not trusted)."""

from __future__ import annotations

import hashlib
import stat
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

from .errors import BOMB, DAMAGED_FILE, NOT_REGULAR, TOO_BIG, TOO_MANY_FILES, UNREADABLE_ENTRY, UNSAFE_NAME, PackRefused

MB = 1_000_000
MAX_FILES = 2000  # lesson files and the media they name
MAX_UNPACKED = 500 * MB  # all of them together, unpacked
MAX_RATIO = 100  # unpacked : packed, for one file ...
RATIO_MIN_SIZE = 1 << 20  # ... of at least this size (a lesson text of 1 MB at most never hits it)
MAX_NAME = 400  # characters of a relative path
MAX_PART = 200  # bytes (UTF-8) of one folder or file name
MAX_DEPTH = 16
CHUNK = 1 << 20

_FORBIDDEN = set('\\:*?"<>|')  # never in a name on Windows; "\\" and ":" also lead elsewhere there
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


def name_is_safe(name: str) -> bool:
    """A relative path with "/" between its parts that stays where it is put on Linux and Windows:
    no "..", no "\\", no ":" (drive letters, streams), no leading "/", no control characters, no
    empty or "." parts, no part Windows changes or reserves (a trailing dot or space, CON, NUL...)."""
    if not name or len(name) > MAX_NAME or name.startswith("/") or ".." in name:
        return False
    if any(char in _FORBIDDEN or ord(char) < 32 or ord(char) == 127 for char in name):
        return False
    parts = name.split("/")
    if len(parts) > MAX_DEPTH:
        return False
    for part in parts:
        if part in ("", ".") or part != part.rstrip(". ") or len(part.encode("utf-8", "surrogatepass")) > MAX_PART:
            return False
        if part.split(".")[0].strip().lower() in _RESERVED:
            return False
    return True


def check_name(name: str) -> str:
    if not name_is_safe(name):
        raise PackRefused(UNSAFE_NAME, name)
    return name


def name_key(name: str) -> str:
    """Two names that are the same file on Windows or macOS (case, Unicode form) have one key."""
    import unicodedata

    return unicodedata.normalize("NFC", name).casefold()


def check_entry(info: zipfile.ZipInfo) -> None:
    """A zip entry that is an ordinary file or folder, readable without a password."""
    check_name(info.filename.removesuffix("/") if info.is_dir() else info.filename)
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind == stat.S_IFLNK or kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise PackRefused(NOT_REGULAR, info.filename)
    if kind == stat.S_IFDIR and not info.is_dir():
        raise PackRefused(NOT_REGULAR, info.filename)
    if info.flag_bits & 0x1 or info.compress_type not in _METHODS:
        raise PackRefused(UNREADABLE_ENTRY, info.filename)


def check_declared(infos: list[zipfile.ZipInfo]) -> None:
    """The limits on what the headers say (before anything is unpacked)."""
    files = [info for info in infos if not info.is_dir()]
    if len(files) > MAX_FILES:
        raise PackRefused(TOO_MANY_FILES, len(files), MAX_FILES)
    total = sum(info.file_size for info in files)
    if total > MAX_UNPACKED:
        raise PackRefused(TOO_BIG, _mb(total), _mb(MAX_UNPACKED))
    for info in files:
        if info.file_size >= RATIO_MIN_SIZE and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackRefused(BOMB, info.filename)


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".removesuffix(".0")


@dataclass
class Budget:
    """Bytes unpacked so far, counted as they come (the headers may lie)."""

    total: int = 0
    limit: int = MAX_UNPACKED


def copy_counted(source: BinaryIO, write, name: str, declared: int, packed: int, budget: Budget) -> str:
    """Copy one entry through write(chunk), counting: never more than its declared size, never
    more than the budget, never over the ratio; returns the SHA-256 (hex) of what was copied."""
    digest = hashlib.sha256()
    got = 0
    while True:
        chunk = source.read(min(CHUNK, declared + 1 - got))  # got <= declared here
        if not chunk:
            break
        got += len(chunk)
        budget.total += len(chunk)
        if got > declared:
            raise PackRefused(DAMAGED_FILE, name)
        if budget.total > budget.limit:
            raise PackRefused(TOO_BIG, _mb(budget.total), _mb(budget.limit))
        if got >= RATIO_MIN_SIZE and got > MAX_RATIO * max(packed, 1):
            raise PackRefused(BOMB, name)
        digest.update(chunk)
        write(chunk)
    if got != declared:
        raise PackRefused(DAMAGED_FILE, name)
    return digest.hexdigest()
