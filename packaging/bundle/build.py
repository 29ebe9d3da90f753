"""Build the installable program on Linux: the PyInstaller bundle (one folder), a tar.gz of it, and
a .deb that installs it under /opt/desktop-app with a `desktop-app` command and a menu entry.

    .venv/bin/python packaging/bundle/build.py [--out dist/]

Prints the sizes beside the installed PySide6 wheels. The Windows installer
(packaging/windows/desktop-app.iss) cannot be built here: it needs Inno Setup on Windows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app import __version__  # noqa: E402

SPEC = ROOT / "packaging" / "bundle" / "desktop-app.spec"
ICON = ROOT / "packaging" / "bundle" / "desktop-app.png"  # made by make_icon(); the .ico beside it for Windows
# What the bundle needs from the system (the reference: ./run's list): a Chinese font, the speech
# engine, and the X, OpenGL, sound and printing libraries Qt loads.
DEPENDS = [
    "espeak-ng",
    "fonts-noto-cjk",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libdbus-1-3",
    "libglib2.0-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxrender1",
    "libxi6",
    "libxrandr2",
    "libpulse0",
    "libcups2",
    "libwayland-cursor0",
    "libwayland-egl1",
]
DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Name=Study Station
Name[zh_CN]=党员学习站
Comment=Large-print study program for Party members
Comment[zh_CN]=大字学习、听读课文
Exec=desktop-app
Icon=desktop-app
Terminal=false
Categories=Education;
"""
LAUNCHER = """#!/bin/sh
exec /opt/desktop-app/desktop-app "$@"
"""


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle(work: Path) -> Path:
    """The PyInstaller one-folder bundle; the translations' .qm built first."""
    from desktop_app.i18n import ensure_translations_built

    ensure_translations_built()
    pyinstaller = Path(sys.executable).parent / "pyinstaller"
    subprocess.run(
        [str(pyinstaller), "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build"), str(SPEC)],
        check=True,
    )  # fmt: skip
    return work / "dist" / "desktop-app"


def make_icon(out: Path) -> None:
    """A red square with a large white 学, drawn with Qt (256 px): packaging/bundle/desktop-app.png
    (and, scaled, desktop-app.ico) were made with it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

    from desktop_app.fonts import FONT_FAMILIES

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#B71C1C"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 40, 40)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPixelSize(180)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(QRectF(0, 0, 256, 256), Qt.AlignmentFlag.AlignCenter, "学")
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"cannot write {out}")


def make_tarball(bundle: Path, out: Path) -> Path:
    with tarfile.open(out, "w:gz") as tar:
        tar.add(bundle, arcname="desktop-app")
    return out


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def make_deb(bundle: Path, out_dir: Path) -> Path:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "root"
        shutil.copytree(bundle, root / "opt" / "desktop-app", symlinks=True)
        launcher = root / "usr" / "bin" / "desktop-app"
        launcher.parent.mkdir(parents=True)
        launcher.write_text(LAUNCHER, encoding="utf-8")
        launcher.chmod(0o755)
        (root / "usr" / "share" / "applications").mkdir(parents=True)
        (root / "usr" / "share" / "applications" / "desktop-app.desktop").write_text(DESKTOP_ENTRY, encoding="utf-8")
        icon = root / "usr" / "share" / "icons" / "hicolor" / "256x256" / "apps" / "desktop-app.png"
        icon.parent.mkdir(parents=True)
        shutil.copy2(ICON, icon)
        doc = root / "usr" / "share" / "doc" / "desktop-app"
        doc.mkdir(parents=True)
        for name in ("study-station.service", "study-station.desktop", "study-station-supervise"):
            shutil.copy2(ROOT / "packaging" / "linux" / name, doc / name)
        shutil.copy2(ROOT / "packaging" / "README.md", doc / "README.kiosk.md")
        control = root / "DEBIAN" / "control"
        control.parent.mkdir()
        installed_kib = size_of(root) // 1024
        control.write_text(
            f"Package: desktop-app\nVersion: {__version__}\nArchitecture: {architecture()}\n"
            f"Maintainer: Study Station team <study-station@localhost>\nInstalled-Size: {installed_kib}\n"
            f"Depends: {', '.join(DEPENDS)}\nSection: education\nPriority: optional\n"
            "Description: 党员学习站 - large-print study program for elderly Party members\n"
            " Lessons in very large print, read aloud with the sentence highlighted, quizzes and\n"
            " study records; for a touch kiosk in a community centre or a laptop at home, offline.\n",
            encoding="utf-8",
        )
        out = out_dir / f"desktop-app_{__version__}_{architecture()}.deb"
        subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)], check=True,
                       capture_output=True)  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--bundle", type=Path, help="an existing bundle folder (skip PyInstaller)")
    options = parser.parse_args()
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        bundle = options.bundle or build_bundle(Path(work))
        tarball = make_tarball(bundle, options.out / f"desktop-app-{__version__}-linux.tar.gz")
        deb = make_deb(bundle, options.out)
        import PySide6
        import shiboken6

        wheels = size_of(Path(PySide6.__file__).parent) + size_of(Path(shiboken6.__file__).parent)
        print(f"{'what':32} {'MB':>8}")
        for name, path in (("bundle on disk", bundle), ("tar.gz", tarball), (".deb", deb)):
            print(f"{name:32} {size_of(path) / 1e6:8.1f}")
        print(f"{'installed PySide6 + shiboken6':32} {wheels / 1e6:8.1f}")
        if options.bundle is None:
            shutil.copytree(bundle, options.out / "desktop-app", dirs_exist_ok=True, symlinks=True)
    print(f"written: {tarball}, {deb}")


if __name__ == "__main__":
    main()
