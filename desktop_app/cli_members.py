"""`desktop-app members`: the secretary registers the members of a shared kiosk."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def add_members_parser(commands) -> None:
    members = commands.add_parser("members", help="register the members of a shared kiosk")
    actions = members.add_subparsers(dest="members_command", required=True)
    add = actions.add_parser("add", help="register one member")
    add.add_argument("--name", required=True, help="姓名")
    add.add_argument("--branch", default="", help="支部")
    add.add_argument("--number", default="", help="member number (编号)")
    add.add_argument("--photo", type=Path, help="a JPG or PNG photo")
    add.add_argument("--board-name", default="", help="name shown on the leaderboard (default: the name)")
    add.add_argument("--hide-from-board", action="store_true", help="do not show this member on the leaderboard")
    imported = actions.add_parser("import", help="register or update members from a CSV list (姓名,支部,编号,照片,...)")
    imported.add_argument("file", type=Path)
    actions.add_parser("list", help="list the registered members")


def open_records_or_say(data_dir: Path):
    """The records for a command, what was noticed on opening them said on stderr; None (said
    too) when they cannot be opened."""
    from .context import open_records
    from .storage.problems import RecordsProblem

    try:
        db, notices = open_records(data_dir)
    except RecordsProblem as problem:
        print(problem.message, file=sys.stderr)
        return None
    for notice in notices:
        print(notice, file=sys.stderr)
    return db


def cmd_members(args: argparse.Namespace, data_dir: Path) -> int:
    from .i18n import core_application
    from .storage.members import MemberStore

    core_application(args.language)  # the list's problems are written for the screen, in English
    db = open_records_or_say(data_dir)
    if db is None:
        return 1
    try:
        store = MemberStore(db)
        if args.members_command == "add":
            return _add(args, store, data_dir)
        if args.members_command == "import":
            return _import(args.file, store, data_dir)
        return _list(store)
    finally:
        db.close()


def _add(args: argparse.Namespace, store, data_dir: Path) -> int:
    from .storage.members import clean
    from .storage.photos import PhotoError, store_photo

    if not clean(args.name):
        print("请写上姓名：--name 张三", file=sys.stderr)
        return 2
    if clean(args.number) and store.find(args.name, args.branch, args.number):
        print(f"编号 {clean(args.number)} 已经有人用了，请用 desktop-app members list 查看", file=sys.stderr)
        return 2
    if args.photo is not None and not args.photo.is_file():
        print(f"找不到照片文件：{args.photo}", file=sys.stderr)
        return 2
    member_id = store.add(
        args.name, args.branch, args.number, board_name=args.board_name, on_board=not args.hide_from_board
    )
    if args.photo is not None:
        try:
            store.update(member_id, photo=store_photo(args.photo, data_dir, member_id))
        except PhotoError as error:
            print(f"{error}。党员已经登记了，只是没有照片", file=sys.stderr)
    print(f"已登记：{clean(args.name)}")
    _warn_ambiguous(store)
    return 0


def _import(path: Path, store, data_dir: Path) -> int:
    from .storage.member_apply import apply_member_list
    from .storage.member_import import read_member_list
    from .storage.problems import RecordsProblem

    result = read_member_list(path)
    for problem in result.problems:
        print(f"{path.name} {problem}", file=sys.stderr)
    if result.problems:
        print("名单里有问题，一个人也没有导入。改好以后再导入一次。", file=sys.stderr)
        return 1
    try:
        apply_member_list(store, result.rows, data_dir, result)
    except RecordsProblem as problem:  # another import is running
        print(problem.message, file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(warning, file=sys.stderr)
    for problem in result.photo_problems:
        print(f"{path.name} {problem}（这位党员已经登记，只是没有照片）", file=sys.stderr)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if not result.problems:
        print(f"导入完成：新登记 {result.added} 人，更新 {result.updated} 人。")
    log.info("Imported members from %s: %d added, %d updated", path, result.added, result.updated)
    _warn_ambiguous(store)
    return 1 if result.problems else 0


def _list(store) -> int:
    members = store.all()
    if not members:
        print(
            "还没有登记党员。用 desktop-app members add --name 姓名 --branch 支部 登记，或用 members import 名单.csv 导入"
        )
    for member in members:
        board = member.leaderboard_name or "（不上榜）"
        print(
            f"{member.name}\t{member.branch or '-'}\t{member.number or '-'}\t{'有照片' if member.photo else '无照片'}\t{board}"
        )
    return 0


def _warn_ambiguous(store) -> None:
    from .storage.members import ambiguous

    for group in ambiguous(store.all()):
        first = group[0]
        where = f"（{first.branch}）" if first.branch else ""
        print(f"注意：{first.name}{where}有 {len(group)} 位，又都没有编号，选名字时分不清。请给他们填上编号。")
