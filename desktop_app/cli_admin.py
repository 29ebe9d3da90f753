"""`desktop-app admin`: what the secretary (or the technician) does on the machine itself.

`admin reset-pin` clears a forgotten secretary's PIN (and its lock); every record is kept. It is
a local command on purpose: whoever can type it at the kiosk could also copy the data folder.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

log = logging.getLogger(__name__)


def add_admin_parser(commands) -> None:
    admin = commands.add_parser("admin", help="the secretary's tasks on the machine itself")
    actions = admin.add_subparsers(dest="admin_command", required=True)
    reset = actions.add_parser("reset-pin", help="clear a forgotten secretary's PIN; every record is kept")
    reset.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def cmd_admin(args: argparse.Namespace, data_dir: Path) -> int:
    from .cli_members import open_records_or_say
    from .storage.pin import PinStore

    db = open_records_or_say(data_dir)
    if db is None:
        return 1
    try:
        store = PinStore(db)
        if not store.is_set():
            print("还没有设过支部书记密码，不用清除。下次打开“支部书记用”时，会请您设一个密码。")
            return 0
        if not args.yes and not _confirmed():
            print("没有清除，密码还是原来的。")
            return 1
        store.reset()
        log.warning("The secretary's PIN was cleared with `desktop-app admin reset-pin` in %s", data_dir)
        print("支部书记密码已经清除。所有学习记录都保留着，一条也没有删。")
        print("下次打开“支部书记用”时，会请您设一个新密码。")
        return 0
    finally:
        db.close()


def _confirmed() -> bool:
    try:
        answer = input("要清除支部书记密码吗？学习记录不会动。确认请输入 y 再按回车：")
    except EOFError:  # no terminal to ask on: only with --yes
        print()
        return False
    return answer.strip().lower() in {"y", "yes", "是", "确认"}
