"""The packaging files, as far as Linux can check them: the PyInstaller spec parses and names only
files that exist, the .deb asks for every system package ./run installs, and the Inno Setup script
names files that exist and gives Chinese shortcuts. (The bundle itself is built and its self-test
run by packaging/bundle/build.py; see the README's "Installing".)"""

from __future__ import annotations

import ast
import re
import sys

from .conftest import ROOT

BUNDLE = ROOT / "packaging" / "bundle"
sys.path.insert(0, str(BUNDLE))

import build  # noqa: E402  (packaging/bundle/build.py)


def test_the_spec_parses_and_every_file_it_names_exists():
    source = (BUNDLE / "desktop-app.spec").read_text(encoding="utf-8")
    ast.parse(source)  # valid Python, as PyInstaller runs it
    named = ["/".join(re.findall(r'"([^"]+)"', chain)) for chain in re.findall(r'ROOT((?:\s*/\s*"[^"]+")+)', source)]
    assert len(named) >= 5
    for relative in named:
        assert (ROOT / relative).exists() or relative.endswith(".qm"), relative  # the .qm is built first
    assert "QtWebEngineCore" in source and "QtQml" in source  # left out
    assert (BUNDLE / "desktop-app.ico").exists()


def test_the_deb_depends_on_every_system_package_run_installs():
    run = (ROOT / "run").read_text(encoding="utf-8")
    listed = re.search(r"packages=\((.*?)\)", run, re.S).group(1)
    wanted = {word for line in listed.splitlines() for word in line.split("#")[0].split()}
    assert wanted <= set(build.DEPENDS), wanted - set(build.DEPENDS)
    assert "Name[zh_CN]=党员学习站" in build.DESKTOP_ENTRY and "Exec=desktop-app" in build.DESKTOP_ENTRY
    assert build.ICON.exists()


def test_the_inno_setup_script_names_files_that_exist_and_speaks_chinese():
    script = (ROOT / "packaging" / "windows" / "desktop-app.iss").read_text(encoding="utf-8")
    folder = ROOT / "packaging" / "windows"
    for source in re.findall(r'^Source: "([^"]+)"', script, re.M):
        if "dist\\" not in source:  # the bundle is built on Windows first
            assert (folder / source.replace("\\", "/")).exists(), source
    assert (folder / "../bundle/desktop-app.ico").resolve().exists()
    assert 'Name: "{group}\\{#AppName}"' in script and '#define AppName "党员学习站"' in script
    assert "{autodesktop}" in script and "学习记录" in script  # a desktop icon; the records kept unless asked
    assert "install-startup-task.ps1" in script and "-Command" in script  # the kiosk's autostart task
