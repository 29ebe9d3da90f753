"""The secretary's report saved onto a USB stick: the CSV and the PDF in the folder 学习站报表,
each written whole or not at all (a temporary file, checked, then moved into place), then flushed
so that the stick may be pulled out (QtGui for the PDF, no widgets)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..storage.files import flush_to_disk
from .report_csv import write_csv
from .report_pdf import write_pdf
from .secretary import Report

FOLDER_NAME = "学习站报表"
NAME_LIMIT = 40  # characters of a branch's name in a file name: FAT32 and Windows take 255 in all
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')  # not in a file name on FAT32, NTFS or ext4


class StickGone(OSError):
    """The stick is not there (taken out before or while the report was written)."""


@dataclass(frozen=True)
class SavedReport:
    folder: Path
    csv: Path
    pdf: Path
    pages: int


def safe_name(text: str, limit: int = NAME_LIMIT) -> str:
    """text as part of a file name on any stick: no character a file system refuses, no leading
    or trailing dots and spaces, at most limit characters ('' when nothing is left)."""
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", text))
    text = re.sub(r"\s+", " ", text).strip(" .")
    return text[:limit].rstrip(" .")


def file_stem(report: Report) -> str:
    """学习情况-2026年11月, with the branch when the report is of one branch."""
    parts = ["学习情况", report.month_label]
    branch = safe_name(report.branch or "")
    if branch:
        parts.append(branch)
    return "-".join(parts)


def save_report(report: Report, root: Path) -> SavedReport:
    """Write the report as CSV and PDF into root/学习站报表 (root: the stick's folder) and flush
    both to the stick: when this returns, pulling the stick out loses nothing.

    Raises StickGone when root is not there; WriteFailed (plain Chinese) or OSError when a file
    cannot be written whole (a full stick, a stick taken out while writing): no half file is left,
    an older report of the same name is kept."""
    root = Path(root)
    if not root.is_dir():
        raise StickGone(f"{root} is not there")
    folder = root / FOLDER_NAME
    try:
        folder.mkdir(exist_ok=True)  # never parents=True: that would make the folder of a stick taken out
    except FileNotFoundError as error:
        raise StickGone(f"{root} is not there") from error
    stem = file_stem(report)
    csv_path, pdf_path = folder / f"{stem}.csv", folder / f"{stem}.pdf"
    write_csv(report, csv_path)
    pages = write_pdf(report, pdf_path)
    flush_to_disk([csv_path, pdf_path], [root])
    return SavedReport(folder, csv_path, pdf_path, pages)
