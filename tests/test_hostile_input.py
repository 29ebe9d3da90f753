"""Text that should not run or crash (issue 9): formula cells in every CSV the program writes,
member lists with any line ends and oversized cells, names read once for long lists."""

from __future__ import annotations

import csv
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.reports.report_csv import write_csv as write_report_csv
from desktop_app.reports.secretary import build_report
from desktop_app.storage import open_database
from desktop_app.storage.files import FORMULA_STARTS, csv_safe, write_csv
from desktop_app.storage.member_import import read_member_list
from desktop_app.storage.members import MemberStore
from desktop_app.text.names import name_initials, name_keys, name_pinyin

cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30) | st.sampled_from(
    ["=1+1", "+86 138", "-2", "@SUM(A1)", "\t=cmd", "\r=x", '=HYPERLINK("http://x")', "'=already"]
)


@given(cells)
def test_a_safe_cell_never_starts_a_formula_and_keeps_the_text(cell: str):
    safe = csv_safe(cell)
    assert not safe.startswith(FORMULA_STARTS)
    assert safe == cell or (safe == "'" + cell and cell.startswith(FORMULA_STARTS))


@given(st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=5))
def test_every_cell_written_to_a_csv_is_safe(tmp_path_factory, rows):
    out = tmp_path_factory.mktemp("csv") / "out.csv"
    write_csv(out, rows)
    with open(out, encoding="utf-8-sig", newline="") as file:
        read = list(csv.reader(file))
    assert read == [[csv_safe(cell) for cell in row] for row in rows]
    assert all(not cell.startswith(FORMULA_STARTS) for row in read for cell in row)


def test_the_report_csv_neutralises_names_branches_and_numbers(tmp_path: Path):
    db = open_database(None)
    store = MemberStore(db)
    store.add('=HYPERLINK("http://evil","点我")', branch="+第一支部", number="-1001")
    store.add("@王秀英", branch="第二支部", number="2002")
    out = tmp_path / "学习情况.csv"
    write_report_csv(build_report(db), out)
    with open(out, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil","点我")' in cells and "'+第一支部" in cells and "'-1001" in cells
    assert "'@王秀英" in cells and "2002" in cells
    assert not any(cell.startswith(FORMULA_STARTS) for cell in cells)


LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r"])


@given(st.lists(st.tuples(st.sampled_from(["李秀兰", "王建国", "曾国藩", "张 三"]), LINE_ENDS), min_size=1, max_size=8))
def test_any_line_ends_read_the_same_members(tmp_path_factory, rows):
    text = "姓名,支部\r" + "".join(f"{name},第一支部{end}" for name, end in rows)
    path = tmp_path_factory.mktemp("list") / "名单.csv"
    path.write_bytes(text.encode("utf-8"))
    result = read_member_list(path)
    assert result.problems == []
    assert [row.name for row in result.rows] == [" ".join(name.split()) for name, _ in rows]


@given(st.binary(max_size=400), st.lists(LINE_ENDS, max_size=6))
def test_random_bytes_never_raise(tmp_path_factory, data: bytes, ends):
    text = b"\xe5\xa7\x93\xe5\x90\x8d,\xe7\x85\xa7\xe7\x89\x87" + b"".join(end.encode() + data for end in ends) + data
    path = tmp_path_factory.mktemp("list") / "名单.csv"
    path.write_bytes(text)
    result = read_member_list(path)  # never raises
    assert result.rows or result.problems


def test_a_cell_over_128_kb_is_a_line_numbered_message(tmp_path: Path):
    path = tmp_path / "名单.csv"
    path.write_text("姓名,支部\r\n李秀兰,第一支部\r\n王建国," + "党" * 140_000 + "\r\n", encoding="utf-8")
    result = read_member_list(path)
    assert any(problem.startswith("第3行") and "128 KB" in problem for problem in result.problems)


def test_a_cr_only_list_from_an_old_mac_excel_imports(tmp_path: Path):
    path = tmp_path / "名单.csv"
    path.write_bytes("姓名,支部,编号\r李秀兰,第一支部,1001\r王建国,第二支部,1002\r".encode("gb18030"))
    result = read_member_list(path)
    assert result.problems == [] and [row.number for row in result.rows] == ["1001", "1002"]


@given(st.text(min_size=1, max_size=6))
def test_name_keys_are_the_pinyin_and_initials_of_the_picker(name: str):
    assert name_keys(name) == (" ".join(name_pinyin(name)), " ".join(name_initials(name)))
