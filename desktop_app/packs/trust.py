"""The issuers a kiosk trusts: {public key hex: issuer name} in DATA/packs/trusted-issuers.json,
written whole or not at all (a temporary file, then os.replace). A damaged file is logged and read
as an empty list: packs then ask for a confirmation, nothing breaks."""

from __future__ import annotations

import json
import logging
import os
import secrets
from pathlib import Path

from ..paths import packs_dir
from .errors import KEY_BAD, PackRefused
from .keys import clean_issuer, is_public_key

log = logging.getLogger(__name__)
TRUSTED_FILE_NAME = "trusted-issuers.json"
TRUSTED_FILE_LIMIT = 1_000_000


class TrustedIssuers:
    def __init__(self, data_dir: Path):
        self.path = packs_dir(Path(data_dir)) / TRUSTED_FILE_NAME

    def all(self) -> dict[str, str]:
        """{public key hex: issuer name}; empty when there is no list or it cannot be read."""
        try:
            with open(self.path, "rb") as file:
                data = file.read(TRUSTED_FILE_LIMIT + 1)
        except FileNotFoundError:
            return {}
        except OSError:
            log.warning("Cannot read the trusted issuers %s", self.path, exc_info=True)
            return {}
        try:
            if len(data) > TRUSTED_FILE_LIMIT:
                raise ValueError("too big")
            content = json.loads(data.decode("utf-8"))
            if not isinstance(content, dict):
                raise ValueError("not an object")
        except (ValueError, RecursionError) as error:
            log.error("The trusted issuers file %s is damaged (%s); no issuer is trusted", self.path, error)
            return {}
        return {
            key: clean_issuer(name) for key, name in content.items() if is_public_key(key) and isinstance(name, str)
        }

    def keys(self) -> set[str]:
        """What import_pack and inspect_pack take as trusted."""
        return set(self.all())

    def add(self, public_key: str, issuer: str) -> None:
        if not is_public_key(public_key):
            raise PackRefused(KEY_BAD, public_key[:20])
        issuers = self.all()
        issuers[public_key] = clean_issuer(issuer)
        self._write(issuers)
        log.info("Trusting packs of %s (%s)", issuer, public_key)

    def remove(self, public_key: str) -> bool:
        issuers = self.all()
        if issuers.pop(public_key, None) is None:
            return False
        self._write(issuers)
        log.info("No longer trusting packs of %s", public_key)
        return True

    def _write(self, issuers: dict[str, str]) -> None:
        """Raises OSError when the list cannot be written; the old one is then as it was."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_name(f".{self.path.name}.{os.getpid()}-{secrets.token_hex(4)}.part")
        try:
            with open(temp, "w", encoding="utf-8") as file:
                json.dump(issuers, file, ensure_ascii=False, indent=1, sort_keys=True)
                file.write("\n")
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, self.path)
        finally:
            temp.unlink(missing_ok=True)
