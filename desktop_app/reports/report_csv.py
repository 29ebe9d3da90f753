"""The secretary's report as CSV for WPS and Excel: UTF-8 with a BOM, so that both open the
Chinese correctly with a double click (no Qt)."""

from __future__ import annotations

from pathlib import Path

from ..storage import files
from .secretary import Report, day_text, hours_text


def header(report: Report) -> list[str]:
    return [
        "姓名",
        "同名区分",
        "支部",
        "党员编号",
        "本月学习小时数",
        f"本季学习小时数（{report.season_start.isoformat()}起）",
        "已学完课文篇数",
        "最近一次学习",
        "测验平均分",
        "本月答题得分",
        "本月是否学习",
    ]


def rows(report: Report) -> list[list[str]]:
    return [
        [
            row.name,
            row.second_line,
            row.branch,
            row.number,
            hours_text(row.hours_month),
            hours_text(row.hours_season),
            str(row.lessons_finished),
            day_text(row.last_visit),
            "" if row.quiz_average is None else f"{row.quiz_average:.1f}",
            str(row.points_month),
            "是" if row.studied_this_month else "否",
        ]
        for row in report.rows
    ]


def write_csv(report: Report, out: Path) -> None:
    """Write the report to out (replacing it only once the whole file is written); a cell that
    begins like a formula (= + - @, tab, CR) is kept as text."""
    files.write_csv(Path(out), [header(report), *rows(report)])
