"""The members of a shared kiosk: who they are, how the picker finds them and tells them apart
(no Qt)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text.names import name_initials, name_pinyin
from ..text.script import to_simplified
from .writes import write

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = "id, name, branch, number, photo, board_name, on_board, pinyin, initials, left_at"


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    branch: str = ""
    number: str = ""  # member number as the branch writes it; "" when not given
    photo: str = ""  # file name in DATA/photos; "" for none
    board_name: str = ""  # name on the leaderboard; "" = the member's name
    on_board: bool = True
    pinyin: str = ""  # "zeng guo fan"
    initials: str = ""  # "zgf cgf": the surname reading first
    left_at: str = ""  # when the secretary took them off the list (ISO UTC); "" while on it

    @property
    def letter(self) -> str:
        """The letter of the picker's row of initials ("#" for a name without pinyin)."""
        first = self.initials.split(" ")[0] if self.initials else ""
        return first[0].upper() if first else "#"

    @property
    def leaderboard_name(self) -> str | None:
        return (self.board_name or self.name) if self.on_board else None


class MemberStore:
    def __init__(self, db: sqlite_utils.Database):
        self.db = db

    def add(
        self,
        name: str,
        branch: str = "",
        number: str = "",
        photo: str = "",
        board_name: str = "",
        on_board: bool = True,
    ) -> int:
        name = clean(name)
        if not name:
            raise ValueError("a member needs a name")
        cursor = write(
            self.db,
            f"registering {name}",
            lambda db: db.execute(
                """INSERT INTO members (name, created_at, branch, number, photo, board_name, on_board, pinyin, initials)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    name,
                    _now(),
                    clean(branch),
                    clean(number),
                    photo,
                    clean(board_name),
                    int(on_board),
                    " ".join(name_pinyin(name)),
                    " ".join(name_initials(name)),
                ],
            ),
            keep=False,
            wait=10,
        )
        return cursor.lastrowid

    def update(self, member_id: int, **fields) -> None:
        allowed = {"name", "branch", "number", "photo", "board_name", "on_board"}
        if not fields or set(fields) - allowed:
            raise ValueError(f"cannot update {sorted(set(fields) - allowed)}")
        values = {
            key: (clean(value) if isinstance(value, str) and key != "photo" else value) for key, value in fields.items()
        }
        if "on_board" in values:
            values["on_board"] = int(bool(values["on_board"]))
        if "name" in values:
            if not values["name"]:
                raise ValueError("a member needs a name")
            values["pinyin"] = " ".join(name_pinyin(values["name"]))
            values["initials"] = " ".join(name_initials(values["name"]))
        assignments = ", ".join(f"{key} = ?" for key in values)
        write(
            self.db,
            f"updating member {member_id}",
            lambda db: db.execute(f"UPDATE members SET {assignments} WHERE id = ?", [*values.values(), member_id]),
            keep=False,
            wait=10,
        )

    def get(self, member_id: int) -> Member | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM members WHERE id = ?", [member_id]).fetchone()
        return _member(row) if row else None

    def all(self, include_left: bool = False) -> list[Member]:
        """Every registered member (not the one of home use), in pinyin order; the members who
        left the list (mark_left) only with include_left."""
        on_list = "" if include_left else "AND left_at IS NULL"
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM members WHERE home = 0 {on_list} ORDER BY pinyin, name, branch, id"
        )
        return [_member(row) for row in rows]

    def left(self) -> list[Member]:
        """The members taken off the list, in pinyin order (the secretary can bring them back)."""
        rows = self.db.execute(
            f"SELECT {_COLUMNS} FROM members WHERE home = 0 AND left_at IS NOT NULL ORDER BY pinyin, name, branch, id"
        )
        return [_member(row) for row in rows]

    def mark_left(self, member_id: int) -> None:
        """Off the list (移出名单): gone from the picker and the leaderboard; nothing is deleted,
        their progress, study time and answers stay in the records."""
        self._set_left(member_id, _now())

    def bring_back(self, member_id: int) -> None:
        self._set_left(member_id, None)

    def _set_left(self, member_id: int, when: str | None) -> None:
        write(
            self.db,
            f"member {member_id} {'left' if when else 'back'}",
            lambda db: db.execute("UPDATE members SET left_at = ? WHERE id = ?", [when, member_id]),
            keep=False,
            wait=10,
        )

    def find(self, name: str, branch: str = "", number: str = "") -> Member | None:
        """The member a list row means: by number when it has one, else by name and branch."""
        if clean(number):
            row = self.db.execute(
                f"SELECT {_COLUMNS} FROM members WHERE home = 0 AND number = ?", [clean(number)]
            ).fetchone()
        else:
            row = self.db.execute(
                f"SELECT {_COLUMNS} FROM members WHERE home = 0 AND name = ? AND branch = ? AND number = ''",
                [clean(name), clean(branch)],
            ).fetchone()
        return _member(row) if row else None

    def clash(self, name: str, branch: str = "", number: str = "", member_id: int | None = None) -> Member | None:
        """Another member (on the list or left) the same entry would mean, as find() and the list
        import match them: one with the same number, else one of the same name and branch
        without a number. The secretary's form refuses to save such a member."""
        if clean(number):
            where, values = "number = ?", [clean(number)]
        else:
            where, values = "name = ? AND branch = ? AND number = ''", [clean(name), clean(branch)]
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM members WHERE home = 0 AND {where} AND id != ? ORDER BY id",
            [*values, -1 if member_id is None else member_id],
        ).fetchone()
        return _member(row) if row else None


def clean(text: str) -> str:
    """Spaces at the ends dropped, inner runs of spaces made one (names typed in Excel)."""
    return " ".join(str(text).split())


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _member(row: Sequence) -> Member:
    return Member(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]), row[7], row[8], row[9] or "")


@lru_cache(maxsize=16384)
def _simplified(name: str) -> str:
    """A name in simplified characters, lower case (remembered: the search box asks per key)."""
    return to_simplified(name).lower()


def letters_in_use(members: Iterable[Member]) -> list[str]:
    return sorted({member.letter for member in members}, key=lambda letter: (letter == "#", letter))


def matches(member: Member, query: str) -> bool:
    """A search box entry: part of the name (traditional or simplified), the start of the pinyin
    initials ("lm") or of the full pinyin ("liming"), or digits of the member number."""
    needle = to_simplified("".join(query.split())).lower()
    if not needle:
        return True
    if needle in _simplified(member.name):
        return True
    if needle.isascii() and needle.isalpha():
        if any(initials.startswith(needle) for initials in member.initials.split()):
            return True
        return member.pinyin.replace(" ", "").startswith(needle)
    return needle.isdigit() and needle in member.number


def filter_members(members: Iterable[Member], letter: str = "", query: str = "") -> list[Member]:
    return [m for m in members if (not letter or m.letter == letter) and matches(m, query)]


def _tail(number: str, size: int = 4) -> str:
    return number[-size:]


def tell_apart(members: Iterable[Member]) -> dict[int, str]:
    """A second line for members who share a name: their branch, else the last digits of their
    number, else both. Members with a name of their own get none."""
    by_name: dict[str, list[Member]] = defaultdict(list)
    for member in members:
        by_name[member.name].append(member)
    lines: dict[int, str] = {}
    for group in by_name.values():
        if len(group) < 2:
            continue
        branches_differ = len({m.branch for m in group}) == len(group) and all(m.branch for m in group)
        for member in group:
            same_branch = [m for m in group if m.branch == member.branch]
            if branches_differ or (member.branch and len(same_branch) == 1):
                lines[member.id] = member.branch
                continue
            size = 4
            while (
                size < len(member.number)
                and sum(_tail(m.number, size) == _tail(member.number, size) for m in same_branch) > 1
            ):
                size += 1
            tail = f"尾号{_tail(member.number, size)}" if member.number else ""
            lines[member.id] = (
                " ".join(part for part in (member.branch, tail) if part) or f"第{group.index(member) + 1}位"
            )
    return lines


def ambiguous(members: Iterable[Member]) -> list[list[Member]]:
    """Groups of members the picker cannot tell apart (same name, branch and no number): the
    secretary should give them numbers."""
    groups: dict[tuple[str, str, str], list[Member]] = defaultdict(list)
    for member in members:
        groups[(member.name, member.branch, member.number)].append(member)
    return [group for group in groups.values() if len(group) > 1]
