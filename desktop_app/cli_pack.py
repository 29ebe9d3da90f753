"""`desktop-app pack`: the lesson author makes signed packs; the secretary imports them on the kiosk."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)


def add_pack_parser(commands) -> None:
    pack = commands.add_parser("pack", help="make, sign and import lesson packs")
    actions = pack.add_subparsers(dest="pack_command", required=True)
    keygen = actions.add_parser("keygen", help="make a signing key pair (the author's, never on a kiosk)")
    keygen.add_argument(
        "--out", type=Path, required=True, help="the private key file to write (the .pub goes beside it)"
    )
    keygen.add_argument("--issuer", required=True, help="who signs, e.g. 某某县委宣传部")
    build = actions.add_parser("build", help="check a lesson folder and make a pack of it")
    build.add_argument("dir", type=Path, help="the folder holding the course folders")
    build.add_argument("--out", type=Path, required=True, help="the pack to write (.zip)")
    build.add_argument("--key", type=Path, help="the private key file to sign with (without: unsigned)")
    imported = actions.add_parser("import", help="import a pack into this program's lessons")
    imported.add_argument("file", type=Path)
    imported.add_argument("--yes", action="store_true", help="import an unsigned pack or one of an untrusted issuer")
    trust = actions.add_parser("trust", help="trust the packs signed with this public key (.pub file)")
    trust.add_argument("pubfile", type=Path)


def _say(message: str) -> None:
    print(message, file=sys.stderr)


def cmd_pack(args: argparse.Namespace, data_dir: Path) -> int:
    from .context import setup_logging
    from .i18n import core_application
    from .packs import PackRefused

    core_application(args.language)  # the refusals are written for the screen; printed in Chinese too
    if args.pack_command in ("import", "trust"):
        setup_logging(data_dir)  # the technical detail of a refusal goes to the kiosk's log
    try:
        if args.pack_command == "keygen":
            return _keygen(args)
        if args.pack_command == "build":
            return _build(args)
        if args.pack_command == "trust":
            return _trust(args, data_dir)
        return _import(args, data_dir)
    except PackRefused as refused:
        _say(refused.message())
        return 2


def _keygen(args: argparse.Namespace) -> int:
    from .packs import generate_keys

    private, public = generate_keys(args.out, args.issuer)
    print(f"签名钥匙做好了。私钥在：{private.resolve()}")
    print("私钥只能留在做课程包的电脑上，好好保管：不要拷到学习站上，也不要放进课文文件夹或课程包里。")
    print(
        f"公钥在：{private.with_suffix('.pub').resolve()}，把它交给各个学习站，用 desktop-app pack trust 加进信任名单。"
    )
    print(f"公钥：{public}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from .packs import build_pack, inspect_pack

    out = build_pack(args.dir, args.out, args.key)
    info = inspect_pack(out, set())
    signed = f"签名：{info.issuer}" if info.signed else "没有签名（学习站导入时要确认）"
    print(f"课程包做好了：{out}，{len(info.courses)} 门课程、{info.lesson_count} 课、{info.files} 个文件，{signed}")
    return 0


def _trust(args: argparse.Namespace, data_dir: Path) -> int:
    from .packs import TrustedIssuers, read_public_key

    issuer, public = read_public_key(args.pubfile)
    try:
        TrustedIssuers(data_dir).add(public, issuer)
    except OSError as error:
        log.error("Cannot write the trusted issuers: %s", error)
        _say(f"没能把“{issuer}”加进信任名单：这个文件夹不能写入，或者磁盘满了。（{data_dir}）")
        return 2
    print(f"已经信任“{issuer}”：以后他签名的课程包可以直接导入。")
    return 0


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    from .packs import PackNeedsConfirmation, TrustedIssuers, import_pack, inspect_pack

    trusted = TrustedIssuers(data_dir).keys()
    info = inspect_pack(args.file, trusted)
    if not info.signed:
        print("这个课程包没有签名，不知道是谁做的。")
    elif info.trusted:
        print(f"这个课程包是“{info.issuer}”做的，在信任名单里。")
    else:
        print(f"这个课程包是“{info.issuer}”签名的，不在信任名单里。")
    print(f"里面有 {len(info.courses)} 门课程、{info.lesson_count} 课：{'、'.join(info.courses)}")
    try:
        result = import_pack(args.file, data_dir, trusted, allow_untrusted=args.yes)
    except PackNeedsConfirmation as confirmation:
        _say(confirmation.message())
        _say("确认要导入的话，请在命令后面加上 --yes 再运行一次。什么都没有改动。")
        return 2
    print(f"导入完成：新加 {len(result.added)} 课，更新 {len(result.replaced)} 课。下次打开学习站就能看到。")
    return 0
