"""The secretary's PIN that guards 支部书记用 (no Qt).

Only a salted scrypt hash is stored, with the scrypt parameters it was made with, never the
digits. MAX_TRIES wrong PINs in a row lock it for LOCK_MINUTES; the count and the lock are in the
database, so a restart does not undo them. While locked, nothing is hashed. A forgotten PIN is
cleared on the machine itself with `desktop-app admin reset-pin`, which keeps every record.

Times are aware datetimes in UTC; every method takes `now` so that tests run a simulated clock.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from .writes import write

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

MAX_TRIES = 5
LOCK_MINUTES = 5
MIN_DIGITS, MAX_DIGITS = 4, 8
# scrypt: 16 MiB and about 50 ms per check on a 2-core kiosk; stored per PIN, so raising them
# later upgrades each PIN at its next right check.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
_PIN = re.compile(f"[0-9]{{{MIN_DIGITS},{MAX_DIGITS}}}")


@dataclass(frozen=True)
class PinResult:
    ok: bool
    locked_until: datetime | None = None  # when locked: the time (UTC) it opens again
    tries_left: int = MAX_TRIES  # wrong tries left before the lock; 0 while locked


def valid_pin(pin: object) -> bool:
    """4 to 8 ASCII digits (not the other scripts' digits str.isdigit() takes)."""
    return isinstance(pin, str) and _PIN.fullmatch(pin) is not None


def _utc(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(UTC)
    return now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r + 1024, dklen=HASH_BYTES)


class PinStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def is_set(self) -> bool:
        return self.db.execute("SELECT 1 FROM secretary_pin WHERE id = 1").fetchone() is not None

    def set_pin(self, pin: str, now: datetime | None = None) -> None:
        """Store a new PIN (the screen asks for the old one first); the failed tries start again.
        Raises ValueError unless it is 4 to 8 ASCII digits."""
        if not valid_pin(pin):
            raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
        salt = os.urandom(SALT_BYTES)
        digest = _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        at = _utc(now).isoformat(timespec="seconds")

        def work(db: sqlite_utils.Database) -> None:
            db.execute(
                "INSERT INTO secretary_pin (id, salt, hash, n, r, p, set_at) VALUES (1, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET salt = excluded.salt, hash = excluded.hash, n = excluded.n, "
                "r = excluded.r, p = excluded.p, set_at = excluded.set_at",
                [salt, digest, SCRYPT_N, SCRYPT_R, SCRYPT_P, at],
            )
            db.execute("DELETE FROM pin_attempts")

        write(self.db, "setting the secretary's PIN", work, keep=False, wait=10)
        log.info("The secretary's PIN was set")

    def locked_until(self, now: datetime | None = None) -> datetime | None:
        """The time (UTC) the PIN opens again, or None when it is not locked."""
        failed, until = self._attempts(_utc(now))
        return until

    def check(self, pin: str, now: datetime | None = None) -> PinResult:
        """Is it the PIN? A wrong one (or one that is not 4 to 8 digits) counts as a wrong try;
        while locked it is refused without being looked at. With no PIN set: not ok, not counted
        (the screen asks for a new PIN instead: is_set())."""
        now = _utc(now)
        failed, until = self._attempts(now)
        if until is not None:
            return PinResult(False, until, 0)
        row = self.db.execute("SELECT salt, hash, n, r, p FROM secretary_pin WHERE id = 1").fetchone()
        if row is None:
            return PinResult(False, None, MAX_TRIES)
        salt, stored, n, r, p = row
        right = valid_pin(pin) and hmac.compare_digest(_hash(pin, bytes(salt), n, r, p), bytes(stored))
        if right:
            if failed:
                write(self.db, "a right PIN", lambda db: db.execute("DELETE FROM pin_attempts"), keep=False, wait=10)
            if (n, r, p) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):
                self.set_pin(pin, now)  # made with older parameters: hashed again with today's
            return PinResult(True, None, MAX_TRIES)
        return write(self.db, "a wrong PIN", lambda db: self._count_wrong(db, now), keep=False, wait=10)

    def reset(self) -> None:
        """No PIN and no lock any more (`desktop-app admin reset-pin`); nothing else is touched."""

        def work(db: sqlite_utils.Database) -> None:
            db.execute("DELETE FROM secretary_pin")
            db.execute("DELETE FROM pin_attempts")

        write(self.db, "clearing the secretary's PIN", work, keep=False, wait=10)
        log.warning("The secretary's PIN was cleared")

    def _count_wrong(self, db: sqlite_utils.Database, now: datetime) -> PinResult:
        # Read again inside the write's transaction: two programs checking at once both count.
        failed, until = self._attempts(now)
        if until is not None:
            return PinResult(False, until, 0)
        failed += 1
        if failed >= MAX_TRIES:
            until = now + timedelta(minutes=LOCK_MINUTES)
            self._store(db, 0, until)
            log.warning("%d wrong PINs in a row: locked until %s", MAX_TRIES, until.isoformat(timespec="seconds"))
            return PinResult(False, until, 0)
        self._store(db, failed, None)
        return PinResult(False, None, MAX_TRIES - failed)

    def _attempts(self, now: datetime) -> tuple[int, datetime | None]:
        """(wrong tries in a row, locked until): a lock that has run out is no lock and leaves
        a fresh count. A lock further ahead than LOCK_MINUTES (the clock was set back) lasts
        LOCK_MINUTES from now, not until the clock catches up."""
        row = self.db.execute("SELECT failed, locked_until FROM pin_attempts WHERE id = 1").fetchone()
        if row is None:
            return 0, None
        failed, text = row
        if not text:
            return int(failed), None
        longest = now + timedelta(minutes=LOCK_MINUTES)
        try:
            until = _utc(datetime.fromisoformat(text))
        except ValueError:
            until = None  # unreadable: locked, as it was meant to be
        if until is not None and until <= now:
            return 0, None
        if until is None or until > longest:
            until = longest
            write(self.db, "the PIN's lock", lambda db: self._store(db, 0, longest), keep=False, wait=10)
        return 0, until

    @staticmethod
    def _store(db: sqlite_utils.Database, failed: int, until: datetime | None) -> None:
        db.execute(
            "INSERT INTO pin_attempts (id, failed, locked_until) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET failed = excluded.failed, locked_until = excluded.locked_until",
            [failed, until.isoformat() if until is not None else None],
        )
