"""A clean minimal Debian 12 root for the packaging test, made as ../shared/tools/fresh-debian does:
debootstrap --variant=minbase into a folder kept pristine under /var/tmp (built once), a fresh copy
of it for every run, chroot into it. Downloaded packages are kept beside it (apt's archives folder
is bound in) so a second run does not download fonts-noto-cjk again. Needs root and debootstrap."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from pathlib import Path

PRISTINE = Path(os.environ.get("DESKTOP_APP_DEB_ROOT", "/var/tmp/desktop-app-deb-root")).with_suffix(".pristine")
ARCHIVES = PRISTINE.with_name("desktop-app-apt-archives")
READY = ".desktop-app-ready"  # the pristine root was made and its package lists fetched
ENV = ["env", "-i", "PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", "DEBIAN_FRONTEND=noninteractive"]


class CannotMakeRoot(Exception):
    """The machine cannot make a Debian root (not root, no debootstrap, no mirror)."""


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, **kwargs)


def _mirror() -> str:
    sources = Path("/etc/apt/sources.list.d/debian.sources")
    if sources.exists():
        for line in sources.read_text().splitlines():
            if line.startswith("URIs:"):
                return line.split()[1]
    return "http://deb.debian.org/debian"


def pristine_root() -> Path:
    if os.geteuid() != 0:
        raise CannotMakeRoot(
            "this test installs the .deb into a Debian 12 root with debootstrap and chroot: run it as root"
        )
    if (PRISTINE / READY).exists():
        return PRISTINE
    if shutil.which("debootstrap") is None:
        _run(["apt-get", "update", "-qq"])
        done = _run(
            ["apt-get", "install", "-y", "-qq", "debootstrap"], env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        )
        if shutil.which("debootstrap") is None:
            raise CannotMakeRoot(f"debootstrap could not be installed: {done.stderr[-2000:]}")
    shutil.rmtree(PRISTINE, ignore_errors=True)
    done = _run(["debootstrap", "--variant=minbase", "bookworm", str(PRISTINE), _mirror()])
    if done.returncode:
        raise CannotMakeRoot(f"debootstrap failed: {(done.stdout + done.stderr)[-3000:]}")
    _copy_host_config(PRISTINE)
    done = _run(["chroot", str(PRISTINE), *ENV, "apt-get", "update", "-q"])
    if done.returncode:
        raise CannotMakeRoot(f"apt-get update failed in the new root: {(done.stdout + done.stderr)[-3000:]}")
    (PRISTINE / READY).touch()
    return PRISTINE


def _copy_host_config(root: Path) -> None:
    """The host's apt sources and DNS, as fresh-debian copies them."""
    sources = Path("/etc/apt/sources.list.d/debian.sources")
    if sources.exists():
        shutil.copy(sources, root / "etc/apt/sources.list.d/")
        (root / "etc/apt/sources.list").unlink(missing_ok=True)
    if Path("/etc/resolv.conf").exists():
        shutil.copy("/etc/resolv.conf", root / "etc/resolv.conf", follow_symlinks=True)


@contextmanager
def fresh_root():
    """A fresh copy of the pristine root (one per run: two runs at once do not meet) with /proc, /dev
    and apt's archives mounted; unmounted and removed after."""
    pristine = pristine_root()
    root = Path(tempfile.mkdtemp(prefix="desktop-app-deb-root-", dir=PRISTINE.parent)) / "root"
    done = _run(["cp", "-a", str(pristine), str(root)])
    if done.returncode:
        raise CannotMakeRoot(f"could not copy the pristine root: {done.stderr}")
    _copy_host_config(root)
    (ARCHIVES / "partial").mkdir(parents=True, exist_ok=True)
    mounts = [
        ["mount", "-t", "proc", "proc", str(root / "proc")],
        ["mount", "--bind", "/dev", str(root / "dev")],
        ["mount", "--bind", str(ARCHIVES), str(root / "var/cache/apt/archives")],
    ]
    try:
        for mount in mounts:
            done = _run(mount)
            if done.returncode:
                raise CannotMakeRoot(f"{' '.join(mount)}: {done.stderr}")
        yield root
    finally:
        _unmount(root)
        if not any(_mounted(root / point) for point in ("proc", "dev", "var/cache/apt/archives")):
            _run(["rm", "-rf", "--one-file-system", str(root.parent)])


def _mounted(path: Path) -> bool:
    """A mount point? (/proc/self/mountinfo: os.path.ismount misses a bind mount of the same disk.)"""
    points = {line.split()[4] for line in Path("/proc/self/mountinfo").read_text().splitlines()}
    return str(path) in points


def _unmount(root: Path) -> None:
    for point in ("var/cache/apt/archives", "dev", "proc"):
        if _mounted(root / point) and _run(["umount", str(root / point)]).returncode:
            _run(["umount", "-l", str(root / point)])


def in_root(root: Path, command: list[str], user: str | None = None, timeout: int = 900) -> subprocess.CompletedProcess:
    userspec = [f"--userspec={user}:{user}"] if user else []
    home = f"HOME=/home/{user}" if user else "HOME=/root"
    return _run(["chroot", *userspec, str(root), *ENV, home, *command], timeout=timeout)


def install_deb(root: Path, deb: Path) -> subprocess.CompletedProcess:
    """apt-get install ./the.deb; with fresh package lists when the kept ones are out of date."""
    shutil.copy(deb, root / "tmp" / deb.name)
    command = ["apt-get", "install", "-y", "-q", f"/tmp/{deb.name}"]
    done = in_root(root, command)
    if done.returncode:
        in_root(root, ["apt-get", "update", "-q"])
        done = in_root(root, command)
    return done
