"""Draw the program's icon with Qt: a red square with a big white 学, 256x256.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

writes packaging/desktop-app.png (the menu entry's icon on Linux) and packaging/windows/desktop-app.ico
(the program's and the shortcuts' icon on Windows). Both are committed; run this again only to change
the picture. QtGui only (no widgets).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PNG = HERE / "desktop-app.png"
ICO = HERE / "windows" / "desktop-app.ico"
SIZE = 256
RED = "#c8102e"  # the Party's red


def draw(size: int = SIZE):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath

    sys.path.insert(0, str(HERE.parent))
    from desktop_app.fonts import FONT_FAMILIES

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    corner = size * 0.12
    path = QPainterPath()
    path.addRoundedRect(QRectF(0, 0, size, size), corner, corner)
    painter.fillPath(path, QColor(RED))
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(int(size * 0.72))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size * 0.97), Qt.AlignmentFlag.AlignCenter, "学")
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts need it)
    image = draw()
    ICO.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(PNG), "PNG") or not image.save(str(ICO), "ICO"):
        print("图标没能写出来", file=sys.stderr)
        return 1
    print(f"{PNG}\n{ICO}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
