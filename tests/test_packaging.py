"""The installable program (issue 14): the PyInstaller spec, the Inno Setup script and the .deb's
control checked as far as Linux allows, and one slow test that builds the bundle and the .deb for
real, installs the .deb into a clean minimal Debian 12 root and runs `desktop-app --self-test` there."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from . import debian_root

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "desktop-app.spec"
ISS = PACKAGING / "windows" / "desktop-app.iss"


def spec_paths() -> list[str]:
    """Every here("...") the spec names (all its paths go through here())."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), str(SPEC))
    return [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "here" and node.args
        if isinstance(node.args[0], ast.Constant)
    ]


def test_the_spec_compiles_and_every_path_it_names_exists():
    compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    named = spec_paths()
    assert {"lessons", "resources/translations", "desktop_app/__main__.py", "packaging/windows/desktop-app.ico"} <= set(
        named
    )
    assert [name for name in named if not (ROOT / name).exists()] == []


def test_the_spec_bundles_every_file_the_program_reads_from_resources():
    named = set(spec_paths())
    shipped = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix != ".qm"  # the .qm are built from the .ts at build time
    ]
    missing = [name for name in shipped if not any(name == n or name.startswith(n + "/") for n in named)]
    assert missing == []


def test_the_spec_keeps_only_chinese_qt_translations_and_no_unused_plugin():
    namespace: dict = {"SPECPATH": str(PACKAGING)}
    source = SPEC.read_text(encoding="utf-8").split("\ndatas = [")[0]  # helpers only: no build here
    exec(compile(source, str(SPEC), "exec"), namespace)
    exec(compile(_block("PLUGIN_FOLDERS_UNUSED", "\na = Analysis("), str(SPEC), "exec"), namespace)
    wanted = namespace["wanted"]
    assert wanted("PySide6/Qt/translations/qtbase_zh_CN.qm") and not wanted("PySide6/Qt/translations/qtbase_de.qm")
    assert not wanted("PySide6/Qt/translations/qt_help_zh_CN.qm")
    assert wanted("PySide6/Qt/plugins/platforms/libqxcb.so") and wanted("PySide6/Qt/plugins/platforms/libqoffscreen.so")
    assert not wanted("PySide6/Qt/plugins/platforms/libqvnc.so")
    assert not wanted("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so")
    assert not wanted("PySide6/Qt/plugins/tls/libqopensslbackend.so") and wanted("libgnutls.so.30")
    exec(compile(_block("QT_UNUSED = [", "\n# Qt plugins"), str(SPEC), "exec"), namespace)
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.Qt3DCore"} <= set(
        namespace["excludes"]
    )
    assert not {"PySide6.QtMultimedia", "PySide6.QtNetwork", "PySide6.QtPdf"} & set(namespace["excludes"])


def _block(start: str, end: str) -> str:
    text = SPEC.read_text(encoding="utf-8")
    return text[text.index(start) : text.index(end)]


def run_packages() -> set[str]:
    """The system packages ./run installs (its packages=( ... ) list)."""
    text = (ROOT / "run").read_text(encoding="utf-8")
    block = text[text.index("packages=(") : text.index(")", text.index("packages=("))]
    lines = [line.split("#")[0] for line in block.removeprefix("packages=(").splitlines()]
    return set(" ".join(lines).split())


def test_the_deb_depends_on_every_system_package_run_installs():
    sys.path.insert(0, str(PACKAGING))
    try:
        import build_linux
    finally:
        sys.path.remove(str(PACKAGING))
    control = build_linux.control(1234)
    fields = dict(line.split(": ", 1) for line in control.splitlines() if line and not line.startswith(" "))
    depends = {item.split()[0] for item in fields["Depends"].split(", ")}
    assert run_packages() <= depends and {"espeak-ng", "fonts-noto-cjk"} <= depends
    assert fields["Package"] == "desktop-app" and fields["Installed-Size"] == "1234"
    assert re.fullmatch(r"\d+\.\d+\.\d+", fields["Version"])


def test_the_menu_entry_is_in_chinese_with_the_icon():
    entry = (PACKAGING / "desktop-app.desktop").read_text(encoding="utf-8")
    assert "\nName=党员学习站\n" in entry and "\nIcon=desktop-app\n" in entry
    png = (PACKAGING / "desktop-app.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20]) == 256 == int.from_bytes(png[20:24])


def iss_sources() -> list[str]:
    return re.findall(r'Source:\s*"([^"]+)"', ISS.read_text(encoding="utf-8-sig"))


def test_the_inno_setup_script_names_only_files_that_exist():
    sources = iss_sources()
    assert sources, "no Source: lines"
    here = ISS.parent
    for source in sources:
        path = source.replace("\\", "/").removesuffix("/*")
        if path.startswith("{#BundleDir}"):  # made by PyInstaller on Windows: the spec's COLLECT name
            assert 'name="desktop-app"' in SPEC.read_text()
            continue
        assert (here / path).exists(), source


def test_the_inno_setup_script_has_the_chinese_shortcuts_and_keeps_the_records():
    text = ISS.read_text(encoding="utf-8-sig")
    assert re.search(r'Name:\s*"\{autoprograms\}\\党员学习站"', text)
    assert re.search(r'Name:\s*"\{autodesktop\}\\党员学习站"', text)
    assert "desktop-app-gui.exe" in text and "{localappdata}\\desktop-app" in text
    assert "kiosk" in text.lower() and "install-startup-task.ps1" in text


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_the_deb_installs_into_a_clean_debian_12_and_its_self_test_passes(tmp_path: Path):
    try:
        debian_root.pristine_root()
    except debian_root.CannotMakeRoot as error:
        pytest.fail(f"cannot make a clean Debian 12 root on this machine: {error}")
    built = subprocess.run(
        [sys.executable, str(PACKAGING / "build_linux.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    deb = Path(built.stdout.splitlines()[-1])
    assert deb.suffix == ".deb" and deb.is_file()
    print(built.stdout)  # the sizes, with -s

    with debian_root.fresh_root() as root:
        assert not (root / "usr/bin/python3").exists()  # the bundle brings its own Python
        installed = debian_root.install_deb(root, deb)
        assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr[-3000:]
        assert (root / "opt/desktop-app/desktop-app").is_file()
        assert (root / "usr/share/applications/desktop-app.desktop").is_file()
        assert not (root / "etc/xdg/autostart/study-station.desktop").exists()  # the kiosk is not enabled
        libraries = "/opt/desktop-app/_internal:/opt/desktop-app/_internal/PySide6/Qt/lib"
        missing = debian_root.in_root(
            root,
            ["sh", "-c", f"find /opt/desktop-app -name '*.so*' -exec env LD_LIBRARY_PATH={libraries} ldd {{}} + "
             "| grep 'not found' | sort -u"],
        )  # fmt: skip
        assert missing.stdout.strip() == "", missing.stdout  # every Qt plugin's system library is a Depends
        debian_root.in_root(root, ["useradd", "-m", "member"])
        done = debian_root.in_root(
            root, ["env", "QT_QPA_PLATFORM=offscreen", "desktop-app", "--self-test"], user="member"
        )
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert lines[-1].startswith("自检通过") and [line[0] for line in lines[:-1]] == ["✓"] * 6
