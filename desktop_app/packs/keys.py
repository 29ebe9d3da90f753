"""Signing keys (Ed25519, PyNaCl): the issuer's private key file, kept by the lesson author and
never on a kiosk or in a pack, and the public key file beside it that kiosks trust.

Both are small JSON files: {"format": 1, "issuer": ..., "private_key": hex, "public_key": hex}
(mode 0600), and {"format": 1, "issuer": ..., "public_key": hex} for the .pub file.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from nacl.signing import SigningKey, VerifyKey

from .errors import KEY_BAD, KEY_CANNOT_WRITE, KEY_EXISTS, KEY_IS_PRIVATE, KEY_NO_ISSUER, PackRefused

log = logging.getLogger(__name__)
KEY_FORMAT = 1
KEY_FILE_LIMIT = 64_000
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class PrivateKey:
    issuer: str
    seed: bytes  # the 32 bytes the signing key is made of

    @property
    def signing_key(self) -> SigningKey:
        return SigningKey(self.seed)

    @property
    def public_key(self) -> str:
        return self.signing_key.verify_key.encode().hex()


def is_public_key(text: object) -> bool:
    """A public key as packs and the trusted list write it: 64 lower-case hex digits of a valid key."""
    if not isinstance(text, str) or not _HEX64.match(text):
        return False
    try:
        VerifyKey(bytes.fromhex(text))
    except Exception:  # noqa: BLE001 (PyNaCl raises several kinds for a bad point)
        return False
    return True


def clean_issuer(issuer: str) -> str:
    return " ".join(str(issuer).split())[:100]


def generate_keys(out: Path, issuer: str) -> tuple[Path, str]:
    """A new key pair: the private key file at out (mode 0600) and the public one at out.with_suffix(".pub").
    Returns (the private key file, the public key hex). An existing file is never overwritten."""
    out = Path(out)
    issuer = clean_issuer(issuer)
    if not issuer:
        raise PackRefused(KEY_NO_ISSUER)
    public_path = out.with_suffix(".pub")
    if public_path == out:
        raise PackRefused(KEY_BAD, out.name)
    for path in (out, public_path):
        if os.path.lexists(path):
            raise PackRefused(KEY_EXISTS, path)
    key = SigningKey.generate()
    public = key.verify_key.encode().hex()
    private_text = {"format": KEY_FORMAT, "issuer": issuer, "private_key": key.encode().hex(), "public_key": public}
    try:
        _write_new(out, private_text, 0o600)
        try:
            _write_new(public_path, {"format": KEY_FORMAT, "issuer": issuer, "public_key": public}, 0o644)
        except OSError:
            out.unlink(missing_ok=True)
            raise
    except OSError as error:
        log.error("Cannot write the key files %s: %s", out, error)
        raise PackRefused(KEY_CANNOT_WRITE, out, error.strerror or error) from error
    log.info("Made the signing key of %s (%s) in %s", issuer, public, out)
    return out, public


def _write_new(path: Path, content: dict, mode: int) -> None:
    data = (json.dumps(content, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(path, mode)  # whatever the umask


def _read_json(path: Path) -> dict:
    try:
        with open(path, "rb") as file:
            data = file.read(KEY_FILE_LIMIT + 1)
    except OSError as error:
        raise PackRefused(KEY_BAD, error.strerror or error) from error
    try:
        if len(data) > KEY_FILE_LIMIT:
            raise ValueError("too big")
        content = json.loads(data.decode("utf-8-sig"))
        if not isinstance(content, dict):
            raise ValueError("not an object")
    except ValueError as error:
        log.warning("Key file %s cannot be read: %s", path, error)
        raise PackRefused(KEY_BAD, path.name) from error
    return content


def load_private_key(path: Path) -> PrivateKey:
    content = _read_json(Path(path))
    seed_hex, issuer = content.get("private_key"), content.get("issuer")
    if not isinstance(seed_hex, str) or not _HEX64.match(seed_hex) or not isinstance(issuer, str):
        raise PackRefused(KEY_BAD, Path(path).name)
    key = PrivateKey(clean_issuer(issuer), bytes.fromhex(seed_hex))
    if not key.issuer or content.get("public_key", key.public_key) != key.public_key:
        raise PackRefused(KEY_BAD, Path(path).name)
    return key


def read_public_key(path: Path) -> tuple[str, str]:
    """(issuer, public key hex) of a .pub file; a private key file is refused (it is not to be copied about)."""
    content = _read_json(Path(path))
    public, issuer = content.get("public_key"), content.get("issuer")
    if "private_key" in content:
        raise PackRefused(KEY_IS_PRIVATE, Path(path).name)
    if not is_public_key(public) or not isinstance(issuer, str) or not clean_issuer(issuer):
        raise PackRefused(KEY_BAD, Path(path).name)
    return clean_issuer(issuer), public
