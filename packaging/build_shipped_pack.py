"""Make the program's own lessons (lessons/) into a signed pack, with the TEST key of
packaging/test-pack-key/ (a test key only: anyone can read it, so no kiosk should trust it for
real packs).

    python packaging/build_shipped_pack.py OUT.zip
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_KEY = ROOT / "packaging" / "test-pack-key" / "test-pack.key"
TEST_PUBLIC_KEY = TEST_KEY.with_suffix(".pub")


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT))
    from desktop_app.i18n import core_application
    from desktop_app.packs import PackRefused, build_pack

    parser = argparse.ArgumentParser(description="build the shipped lessons as a pack signed with the test key")
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    core_application()
    try:
        out = build_pack(ROOT / "lessons", args.out, TEST_KEY)
    except PackRefused as refused:
        print(refused.message(), file=sys.stderr)
        return 2
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
