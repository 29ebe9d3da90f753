"""Refresh the .ts sources from the code and fill in translations.

    python tools/update_translations.py                 # run lupdate, list unfinished entries
    python tools/update_translations.py --fill MAP.json # also fill entries from {"source": "译文"}

The .ts files are the committed sources; the .qm files are built at start-up (not committed).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "desktop_app_zh_CN.ts"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--fill", type=Path)
    args = parser.parse_args()
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (ROOT / "desktop_app").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(TS), "-target-language", "zh_CN", "-no-obsolete"], check=True)
    mapping = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else {}
    tree = ET.parse(TS)
    unfinished = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") == "unfinished":
            if source in mapping:
                translation.text = mapping[source]
                del translation.attrib["type"]
            else:
                unfinished.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for source in unfinished:
        print("unfinished:", source)
    return 1 if unfinished else 0


if __name__ == "__main__":
    raise SystemExit(main())
