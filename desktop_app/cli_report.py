"""`desktop-app report`: the secretary's study report as CSV or PDF (being written)."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_report_parser(commands) -> None:
    report = commands.add_parser("report", help="the secretary's study report (CSV or PDF)")
    report.add_argument("--format", choices=["csv", "pdf"], required=True)
    report.add_argument("--out", type=Path, required=True)
    report.add_argument("--month", help="YYYY-MM (default: this month)")
    report.add_argument("--branch", help="only this branch (支部)")


def cmd_report(args: argparse.Namespace, data_dir: Path, lesson_paths: list[Path]) -> int:
    raise NotImplementedError
