"""Build the Linux bundle, its tar.gz and the .deb, and print their sizes (issue 14).

    .venv/bin/python packaging/build_linux.py [--out DIR]

1. PyInstaller with packaging/desktop-app.spec (from this venv) into DIR/dist/desktop-app;
2. DIR/desktop-app-VERSION-linux-ARCH.tar.gz of that folder;
3. DIR/desktop-app_VERSION_ARCH.deb (dpkg-deb): the bundle under /opt/desktop-app, the commands
   /usr/bin/desktop-app and /usr/bin/desktop-app-gui, the menu entry (党员学习站) and its icon, and
   the kiosk files under /usr/share/doc/desktop-app/kiosk/ (not enabled);
4. the sizes: the bundle on disk, the .deb, the tar.gz, beside the installed PySide6 wheels.
The last line printed is the .deb's path. Needs dpkg-deb (Debian, Ubuntu, UOS, Kylin).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "desktop-app"
INSTALL_DIR = Path("opt") / NAME
KIOSK_FILES = ["study-station.service", "study-station.desktop", "study-station-supervise", "README.kiosk"]


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True, text=True).stdout.strip()


def build_bundle(out: Path) -> Path:
    """PyInstaller from the running venv; the build folder is thrown away, the bundle kept."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "build"),
            str(HERE / f"{NAME}.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    bundle = out / "dist" / NAME
    if not (bundle / NAME).is_file():
        raise SystemExit(f"PyInstaller made no {bundle / NAME}")
    return bundle


def make_tarball(bundle: Path, out: Path) -> Path:
    tarball = out / f"{NAME}-{version()}-linux-{architecture()}.tar.gz"
    subprocess.run(
        ["tar", "--owner=0", "--group=0", "-czf", str(tarball), "-C", str(bundle.parent), bundle.name], check=True
    )
    return tarball


def stage_deb(bundle: Path, stage: Path) -> None:
    """The .deb's files in stage/, as they are installed from /."""
    if stage.exists():
        shutil.rmtree(stage)
    shutil.copytree(bundle, stage / INSTALL_DIR, symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for command in (NAME, f"{NAME}-gui"):  # the frozen program finds itself through /proc/self/exe
        (bin_dir / command).symlink_to(Path("/") / INSTALL_DIR / NAME)
    share = stage / "usr" / "share"
    applications = share / "applications"
    applications.mkdir(parents=True)
    shutil.copy(HERE / f"{NAME}.desktop", applications / f"{NAME}.desktop")
    icons = share / "icons" / "hicolor" / "256x256" / "apps"
    icons.mkdir(parents=True)
    shutil.copy(HERE / f"{NAME}.png", icons / f"{NAME}.png")
    kiosk = share / "doc" / NAME / "kiosk"
    kiosk.mkdir(parents=True)
    for name in KIOSK_FILES:
        shutil.copy(HERE / "linux" / name, kiosk / name)
    for path in stage.rglob("*"):  # dpkg wants plain modes: 755 folders and programs, 644 the rest
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    (control_dir / "control").write_text(control(disk_usage(stage) // 1024), encoding="utf-8")


def control(installed_kib: int) -> str:
    template = (HERE / "linux" / "deb-control").read_text(encoding="utf-8")
    return template.format(version=version(), architecture=architecture(), installed_size=installed_kib)


def make_deb(bundle: Path, out: Path) -> Path:
    stage = out / "deb"
    stage_deb(bundle, stage)
    deb = out / f"{NAME}_{version()}_{architecture()}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)], check=True)
    shutil.rmtree(stage)
    return deb


def disk_usage(path: Path) -> int:
    """Bytes on disk (du), as a file manager shows a folder."""
    done = subprocess.run(["du", "-s", "--block-size=1", str(path)], check=True, capture_output=True, text=True)
    return int(done.stdout.split()[0])


def pyside_wheels() -> int:
    import PySide6
    import shiboken6

    return sum(disk_usage(Path(module.__file__).parent) for module in (PySide6, shiboken6))


def figures(bundle: Path, tarball: Path, deb: Path) -> list[str]:
    wheels = pyside_wheels()
    rows = [
        ("bundle on disk (dist/desktop-app)", disk_usage(bundle)),
        (f".deb ({deb.name})", deb.stat().st_size),
        (f"tar.gz ({tarball.name})", tarball.stat().st_size),
        ("installed PySide6 + shiboken6 wheels (site-packages)", wheels),
    ]
    return [f"{name:<58} {size / 2**20:8.1f} MiB  {size / wheels:5.2f}x the wheels" for name, size in rows]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build-linux", help="folder for the bundle and packages")
    args = parser.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        print("没有 dpkg-deb：请在 Debian、Ubuntu、统信 UOS 或麒麟上运行（sudo apt-get install dpkg）", file=sys.stderr)
        return 1
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    bundle = build_bundle(out)
    tarball = make_tarball(bundle, out)
    deb = make_deb(bundle, out)
    for line in figures(bundle, tarball, deb):
        print(line)
    print(deb)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
