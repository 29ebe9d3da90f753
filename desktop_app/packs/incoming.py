"""The pack the secretary chose, copied from the USB stick into the data folder before anything is
read (no Qt): what is asked about is exactly what is imported, and the stick can be pulled out as
soon as the copy is made. A copy is removed when the question is answered; the leftovers of a
program that was stopped meanwhile are removed the next time."""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from ..paths import packs_dir
from .errors import TOO_BIG, PackRefused
from .safety import CHUNK, MAX_UNPACKED, MB

log = logging.getLogger(__name__)
COPY_PREFIX = ".chosen-"
MAX_PACK_FILE = MAX_UNPACKED + 50 * MB  # a zip holds at most this much (with its headers)


class CopyFailed(Exception):
    """The chosen file could not be copied. on_stick: it could not be read (the stick was pulled
    out, say); else it could not be written here (the disk is full, say). Nothing is left behind."""

    def __init__(self, on_stick: bool):
        super().__init__("reading the chosen file" if on_stick else "writing the copy")
        self.on_stick = on_stick


def take_in(source: Path, data_dir: Path) -> Path:
    """A copy of source in DATA/packs, to be removed with let_go(). Raises CopyFailed, or
    PackRefused for a file far bigger than any pack may be (not copied at all)."""
    source = Path(source)
    folder = packs_dir(Path(data_dir))
    try:
        size = os.stat(source).st_size
        reader = open(source, "rb")
    except OSError as error:
        log.error("Cannot read the chosen pack %s", source, exc_info=True)
        raise CopyFailed(on_stick=True) from error
    with reader:
        if size > MAX_PACK_FILE:
            raise PackRefused(TOO_BIG, f"{size / MB:.0f}", f"{MAX_UNPACKED / MB:.0f}")
        copy = folder / f"{COPY_PREFIX}{secrets.token_hex(6)}.zip"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            writer = open(copy, "xb")
        except OSError as error:
            log.error("Cannot make a copy of the chosen pack in %s", folder, exc_info=True)
            raise CopyFailed(on_stick=False) from error
        try:
            with writer:
                _copy(reader, writer, source, copy)
        except BaseException:
            let_go(copy)
            raise
    return copy


def _copy(reader, writer, source: Path, copy: Path) -> None:
    while True:
        try:
            chunk = reader.read(CHUNK)
        except OSError as error:
            log.error("Reading the chosen pack %s stopped", source, exc_info=True)
            raise CopyFailed(on_stick=True) from error
        if not chunk:
            return
        try:
            writer.write(chunk)
        except OSError as error:
            log.error("Cannot write the copy %s of the chosen pack", copy, exc_info=True)
            raise CopyFailed(on_stick=False) from error


def let_go(copy: Path | None) -> None:
    """Remove a copy made by take_in (nothing happens for None or a copy already gone)."""
    if copy is None:
        return
    try:
        copy.unlink(missing_ok=True)
    except OSError:
        log.warning("Cannot remove the copy %s of a chosen pack", copy, exc_info=True)


def let_go_of_all(data_dir: Path) -> None:
    """Remove the copies a program stopped in the middle of a question left behind."""
    folder = packs_dir(Path(data_dir))
    for copy in folder.glob(COPY_PREFIX + "*.zip") if folder.is_dir() else ():
        let_go(copy)
