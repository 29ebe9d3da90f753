"""Read a pack without unpacking it: every entry, the manifest and its signature checked."""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from .errors import (
    BAD_SIGNATURE,
    CANNOT_OPEN,
    DAMAGED_FILE,
    EMPTY,
    MALFORMED,
    NOT_A_ZIP,
    NOT_LISTED,
    TOO_MANY_FILES,
    PackRefused,
)
from .manifest import (
    LESSONS_PREFIX,
    MANIFEST_LIMIT,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    SIGNATURE_SIZE,
    Manifest,
    parse_manifest,
)
from .safety import MAX_FILES, check_declared, check_entry, name_key

log = logging.getLogger(__name__)


@dataclass
class PackInfo:
    issuer: str  # "" for an unsigned pack (whatever its manifest says)
    public_key: str
    signed: bool
    trusted: bool
    lesson_count: int
    courses: list[str]  # course titles
    files: int
    unpacked_bytes: int


@dataclass
class OpenPack:
    """A pack whose manifest and entries were checked; entries: manifest path -> its zip entry."""

    zip: zipfile.ZipFile
    manifest: Manifest
    info: PackInfo
    entries: dict[str, zipfile.ZipInfo] = field(default_factory=dict)


def inspect_pack(zip_path: Path, trusted: set[str]) -> PackInfo:
    """Who made a pack, whether it is signed and trusted, and what it holds. Raises PackRefused
    for anything wrong (nothing is unpacked, nothing is written)."""
    with open_pack(zip_path, trusted) as pack:
        return pack.info


@contextmanager
def open_pack(zip_path: Path, trusted: set[str]) -> Iterator[OpenPack]:
    zip_path = Path(zip_path)
    try:
        archive = zipfile.ZipFile(zip_path)
    except zipfile.BadZipFile as error:
        log.warning("Pack %s is not a zip file: %s", zip_path, error)
        raise PackRefused(NOT_A_ZIP) from error
    except OSError as error:
        log.warning("Cannot open the pack %s: %s", zip_path, error)
        raise PackRefused(CANNOT_OPEN, error.strerror or error) from error
    except (ValueError, NotImplementedError, EOFError) as error:  # a header zipfile cannot even parse
        log.warning("Pack %s cannot be read as a zip: %s", zip_path, error)
        raise PackRefused(NOT_A_ZIP) from error
    with archive:
        try:
            yield _check(archive, trusted)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, ValueError) as error:
            log.warning("Pack %s is damaged: %s", zip_path, error)
            raise PackRefused(MALFORMED) from error


def _check(archive: zipfile.ZipFile, trusted: set[str]) -> OpenPack:
    infos = archive.infolist()
    if not infos:
        raise PackRefused(EMPTY)
    if len(infos) > 2 * MAX_FILES + 2:  # folders may have entries of their own; files are counted below
        raise PackRefused(TOO_MANY_FILES, len(infos), MAX_FILES)
    seen: set[str] = set()
    for info in infos:
        check_entry(info)
        key = name_key(info.filename.removesuffix("/"))
        if key in seen:  # two entries of one name: the one checked might not be the one unpacked
            log.warning("Pack has two entries named %r", info.filename)
            raise PackRefused(MALFORMED)
        seen.add(key)
    check_declared(infos)
    by_name = {info.filename: info for info in infos}
    manifest_info = by_name.get(MANIFEST_NAME)
    if manifest_info is None:
        log.warning("Pack has no %s", MANIFEST_NAME)
        raise PackRefused(MALFORMED)
    data = _read_small(archive, manifest_info, MANIFEST_LIMIT)
    manifest = parse_manifest(data)
    signed = _verify(archive, by_name.get(SIGNATURE_NAME), manifest, data)

    entries: dict[str, zipfile.ZipInfo] = {}
    keys: set[str] = set()
    for entry in manifest.files:
        key = name_key(entry.path)
        if key in keys:
            log.warning("The manifest names %r twice", entry.path)
            raise PackRefused(MALFORMED)
        keys.add(key)
        info = by_name.get(LESSONS_PREFIX + entry.path)
        if info is None or info.is_dir():
            log.warning("The manifest names %r, which the pack does not hold", entry.path)
            raise PackRefused(DAMAGED_FILE, entry.path)
        if info.file_size != entry.size:
            log.warning("%r: %d bytes in the zip, %d in the manifest", entry.path, info.file_size, entry.size)
            raise PackRefused(DAMAGED_FILE, entry.path)
        entries[entry.path] = info
    listed = {LESSONS_PREFIX + path for path in entries} | {MANIFEST_NAME, SIGNATURE_NAME}
    for info in infos:
        if info.is_dir():
            if info.filename == LESSONS_PREFIX or info.filename.startswith(LESSONS_PREFIX):
                continue
            raise PackRefused(NOT_LISTED, info.filename)
        if info.filename not in listed:
            raise PackRefused(NOT_LISTED, info.filename)
    if not manifest.files or not manifest.lessons:
        raise PackRefused(EMPTY)
    info = PackInfo(
        issuer=manifest.issuer if signed else "",
        public_key=manifest.public_key if signed else "",
        signed=signed,
        trusted=signed and manifest.public_key in trusted,
        lesson_count=len(manifest.lessons),
        courses=[course.title for course in manifest.courses],
        files=len(manifest.files),
        unpacked_bytes=sum(entry.size for entry in manifest.files),
    )
    return OpenPack(archive, manifest, info, entries)


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        log.warning("%s has %d bytes", info.filename, info.file_size)
        raise PackRefused(MALFORMED)
    with archive.open(info) as entry:
        data = entry.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise PackRefused(MALFORMED)
    return data


def _verify(archive: zipfile.ZipFile, info: zipfile.ZipInfo | None, manifest: Manifest, data: bytes) -> bool:
    """True for a good signature, False for none; PackRefused for a bad one."""
    if info is None:
        return False
    if info.file_size != SIGNATURE_SIZE:
        log.warning("Pack signature of %d bytes", info.file_size)
        raise PackRefused(BAD_SIGNATURE)
    signature = _read_small(archive, info, SIGNATURE_SIZE)
    if len(signature) != SIGNATURE_SIZE or not manifest.public_key:
        log.warning("Pack signature of %d bytes, public key %r", len(signature), manifest.public_key)
        raise PackRefused(BAD_SIGNATURE)
    try:
        VerifyKey(bytes.fromhex(manifest.public_key)).verify(data, signature)
    except BadSignatureError as error:
        log.warning("Pack signature does not match its manifest (key %s)", manifest.public_key)
        raise PackRefused(BAD_SIGNATURE) from error
    return True
