"""Read the secretary's member list (a CSV saved from WPS or Excel) into rows, with plain
Chinese problems and line numbers (no Qt)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import QT_TRANSLATE_NOOP, translate
from .members import clean

# Column titles a secretary may write, and the field each one fills.
HEADERS = {
    "姓名": "name",
    "名字": "name",
    "支部": "branch",
    "党支部": "branch",
    "所在支部": "branch",
    "编号": "number",
    "党员编号": "number",
    "照片": "photo",
    "榜上名字": "board_name",
    "光荣榜名字": "board_name",
    "上榜": "on_board",
}
YES = {"是", "上", "上榜", "显示", "1", "yes", "y", "true"}
NO = {"否", "不", "不上", "不上榜", "隐藏", "0", "no", "n", "false"}


def _t(text: str, *values: object) -> str:
    """A text for the secretary's screen, translated (English source), %1... filled in."""
    return translate("MemberImport", text, *values)


@dataclass
class MemberRow:
    line: int
    name: str
    branch: str = ""
    number: str = ""
    photo: Path | None = None
    board_name: str = ""
    on_board: bool = True


@dataclass
class ImportResult:
    rows: list[MemberRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "第3行：……"; any problem stops the import
    added: int = 0  # filled by apply_member_list (storage/member_apply.py)
    updated: int = 0
    photo_problems: list[str] = field(default_factory=list)  # the member is registered without it
    warnings: list[str] = field(default_factory=list)  # e.g. the backup before the import failed


def decode_list(data: bytes) -> str | None:
    """UTF-8 (with or without BOM) or GBK/GB18030, which WPS and Excel use for "CSV" on Chinese Windows."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read_member_list(path: Path) -> ImportResult:
    result = ImportResult()
    try:
        text = decode_list(path.read_bytes())
    except OSError:
        result.problems.append(
            _t(QT_TRANSLATE_NOOP("MemberImport", "Cannot open the file %1. Please check that its name is right."), path)
        )
        return result
    if text is None:
        result.problems.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "Cannot read the text of this file. In WPS or Excel, use Save As, CSV (comma separated), and try again.",
                )
            )
        )
        return result
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = "\t" if first_line.count("\t") > first_line.count(",") else ","
    records = _records(text, delimiter, result.problems)
    if records is None:
        return result
    while records and not any(cell.strip() for cell in records[0]):
        records.pop(0)
    if not records:
        result.problems.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "This file is empty. Write the column names in the first row (姓名,支部,编号,照片), then one member a row.",
                )
            )
        )
        return result
    columns = [HEADERS.get(clean(cell)) for cell in records[0]]
    if "name" not in columns:
        result.problems.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "Row 1 must name the columns, and one must be 姓名. For example: 姓名,支部,编号,照片",
                )
            )
        )
        return result
    unknown = [clean(cell) for cell, column in zip(records[0], columns, strict=False) if column is None and clean(cell)]
    if unknown:
        result.problems.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "Row 1: unknown column names %1. The columns that can be used: 姓名、支部、编号、照片、榜上名字、上榜",
                ),
                "、".join(unknown),
            )
        )
        return result
    numbers: dict[str, int] = {}
    for line, cells in enumerate(records[1:], start=2):
        values = {column: clean(cell) for column, cell in zip(columns, cells, strict=False) if column}
        if not any(values.values()):
            continue  # a blank row in the sheet
        row = _row(line, values, path.parent, result.problems)
        if row is None:
            continue
        if row.number:
            if row.number in numbers:
                result.problems.append(
                    _t(
                        QT_TRANSLATE_NOOP("MemberImport", "Row %1: the number %2 is the same as in row %3"),
                        line,
                        row.number,
                        numbers[row.number],
                    )
                )
                continue
            numbers[row.number] = line
        result.rows.append(row)
    if not result.rows and not result.problems:
        result.problems.append(
            _t(
                QT_TRANSLATE_NOOP(
                    "MemberImport",
                    "The table has only the column names and no members. Write one member a row from row 2.",
                )
            )
        )
    return result


def _records(text: str, delimiter: str, problems: list[str]) -> list[list[str]] | None:
    """The rows of the sheet, whatever its line ends (Windows, old Mac CR, Unix, mixed); None
    (and a problem with its line) when a cell is too big or the file is not a table."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for cells in reader:
            records.append(cells)
    except csv.Error as error:
        line = reader.line_num or 1
        if "field larger than field limit" in str(error):
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP(
                        "MemberImport",
                        "Row %1: a cell holds too much text (over %2 KB). Is this another file taken for the list, "
                        "or is a quotation mark not closed?",
                    ),
                    line,
                    csv.field_size_limit() // 1024,
                )
            )
        else:
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP(
                        "MemberImport",
                        "Row %1: cannot read this row. In WPS or Excel, use Save As, CSV (comma separated), and try again.",
                    ),
                    line,
                )
            )
        return None
    return records


def _row(line: int, values: dict[str, str], folder: Path, problems: list[str]) -> MemberRow | None:
    name = values.get("name", "")
    if not name:
        problems.append(_t(QT_TRANSLATE_NOOP("MemberImport", "Row %1: no name written"), line))
        return None
    if len(name) > 20:
        problems.append(
            _t(
                QT_TRANSLATE_NOOP("MemberImport", "Row %1: the name %2… is too long; write the name only"),
                line,
                name[:20],
            )
        )
        return None
    on_board_text = values.get("on_board", "").lower()
    if on_board_text and on_board_text not in YES | NO:
        problems.append(
            _t(
                QT_TRANSLATE_NOOP("MemberImport", "Row %1: write 是 or 否 under 上榜; it says %2"),
                line,
                values["on_board"],
            )
        )
        return None
    photo = None
    if values.get("photo"):
        photo = Path(values["photo"])
        photo = photo if photo.is_absolute() else folder / photo
        try:
            found = photo.is_file()
        except (OSError, ValueError):  # a name too long, a NUL in it
            found = False
        if not found:
            problems.append(
                _t(
                    QT_TRANSLATE_NOOP(
                        "MemberImport", "Row %1: cannot find the photo %2 (photos go in the same folder as the list)"
                    ),
                    line,
                    values["photo"],
                )
            )
            return None
    return MemberRow(
        line,
        name,
        values.get("branch", ""),
        values.get("number", ""),
        photo,
        values.get("board_name", ""),
        on_board_text not in NO,
    )
