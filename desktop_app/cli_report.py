"""`desktop-app report`: the secretary's study report as CSV or PDF."""

from __future__ import annotations

import argparse
import logging
import sys
from datetime import date
from pathlib import Path

log = logging.getLogger(__name__)


def add_report_parser(commands) -> None:
    report = commands.add_parser("report", help="the secretary's study report (CSV or PDF)")
    report.add_argument("--format", choices=["csv", "pdf"], required=True)
    report.add_argument("--out", type=Path, required=True)
    report.add_argument("--month", help="YYYY-MM (default: this month)")
    report.add_argument("--branch", help="only this branch (支部)")


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def _folder_problem(out: Path) -> str | None:
    """Why the report cannot go to out, in plain words; None when the folder is there (or the
    question cannot even be asked: writing then says what is wrong)."""
    try:
        if out.is_dir():
            return f"“{out}”是一个文件夹。请在后面写上文件名，比如 {out / '学习情况.csv'}"
        if not out.parent.is_dir():
            return f"没有“{out.parent}”这个文件夹。请先建好这个文件夹，或者换一个地方存报表。"
    except OSError:  # a name too long for the disk, say
        log.info("Cannot check the folder of %s", out, exc_info=True)
    return None


def cmd_report(args: argparse.Namespace, data_dir: Path, lesson_paths: list[Path] | None) -> int:
    from .context import setup_logging
    from .reports.secretary import MONTH_HINT, month_label, parse_month
    from .storage.problems import RecordsProblem

    today = date.today()
    month = parse_month(args.month) if args.month is not None else today.strftime("%Y-%m")
    if month is None:
        _say(f"看不懂月份“{args.month}”。{MONTH_HINT}")
        return 2
    out = args.out.expanduser()
    problem = _folder_problem(out)
    if problem:
        _say(f"没法存报表：{problem}")
        return 1
    setup_logging(data_dir)
    try:
        return _make(args, data_dir, lesson_paths, month, out, today, month_label(month))
    except RecordsProblem as problem:  # a read-only folder, a database of a newer program
        _say(problem.message)
        return 1
    except Exception:  # the detail is for the log; the secretary gets a plain sentence
        log.exception("Report %s for %s to %s failed", args.format, month, out)
        _say(f"没能做出报表。详细情况记在日志里：{data_dir / 'logs' / 'desktop-app.log'}")
        return 1


def _make(args, data_dir: Path, lesson_paths: list[Path] | None, month: str, out: Path, today: date, label: str) -> int:
    from .context import create_context
    from .reports.secretary import branches, build_report
    from .storage.files import WriteFailed
    from .storage.members import clean

    context = create_context(data_dir, lesson_paths)
    for notice in context.notices:  # the records were damaged and restored: the report is from the backup
        _say(notice)
    try:
        if args.branch is not None:
            known = branches(context.db)
            if clean(args.branch) not in known:
                listed = f"现有的支部：{'、'.join(known)}" if known else "名单里的党员都还没有填写支部。"
                _say(f"没有叫“{args.branch}”的支部。{listed}")
                return 2
        report = build_report(context.db, context.library, month, args.branch, today=today)
    finally:
        context.db.close()
    try:
        if args.format == "csv":
            from .reports.report_csv import write_csv

            write_csv(report, out)
        else:
            from .reports.report_pdf import ensure_gui_application, write_pdf

            ensure_gui_application()  # offscreen (cli.py set QT_QPA_PLATFORM)
            write_pdf(report, out)
    except WriteFailed as failed:  # a full disk, say: the old report is kept
        log.exception("Writing the report to %s failed", out)
        _say(str(failed))
        return 1
    except OSError:
        log.exception("Writing the report to %s failed", out)
        _say(
            f"没法把报表写到“{out}”：这个地方不能写入，或者文件正被别的程序（比如 WPS、Excel）打开着。"
            "请关掉它，或者换一个地方再试。"
        )
        return 1
    log.info("Report for %s (%s members) written to %s", month, len(report.rows), out)
    print(f"报表已存好：{out}。共 {len(report.rows)} 名党员，{label}还没有学习的有 {len(report.not_studied)} 人。")
    return 0
