"""`desktop-app --self-test`, run as an installer's last step would: the real program in a new
process (fonts, records, espeak-ng, a screen), and a machine without a Chinese font, made for real
with a fontconfig that finds no font."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

WAIT = 180


def self_test(env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=WAIT,
        env={**os.environ, **(env or {})},
    )


def test_the_self_test_checks_everything_and_passes_here(tmp_path: Path):
    done = self_test({"HOME": str(tmp_path)})  # writes only in its temporary folder
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line[0] for line in lines[:-1]] == ["✓"] * 6
    assert any("中文字体" in line for line in lines) and any("读出来了" in line for line in lines)
    assert any("首页画出来了" in line for line in lines) and lines[-1].startswith("自检通过")
    ours = [p for p in tmp_path.rglob("*") if "desktop-app" in p.name or p.suffix in (".db", ".wav", ".png")]
    assert ours == []  # nothing of the program left behind (PulseAudio keeps its own ~/.config/pulse)


def test_a_missing_chinese_font_is_named_with_what_to_install(tmp_path: Path):
    (tmp_path / "fonts.conf").write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    done = self_test({"FONTCONFIG_FILE": str(tmp_path / "fonts.conf")})
    assert done.returncode == 1
    assert "✗ 没有中文字体" in done.stdout and "fonts-noto-cjk" in done.stdout
    assert done.stdout.splitlines()[-1].startswith("自检没有通过")


def test_a_speech_engine_that_cannot_start_is_named_with_what_to_install(tmp_path: Path):
    # espeak-ng without its voice data (ESPEAK_DATA_PATH at an empty folder) cannot start, for real,
    # as on a machine where espeak-ng-data is missing; the other checks still run and pass.
    done = self_test({"ESPEAK_DATA_PATH": str(tmp_path), "HOME": str(tmp_path)})
    lines = done.stdout.splitlines()
    assert done.returncode == 1, done.stdout + done.stderr
    assert [line for line in lines if line.startswith("✗")] == [
        "✗ 不能朗读：这台电脑没有可用的朗读软件（Linux 上请安装 espeak-ng：sudo apt-get install espeak-ng）"
    ]
    assert any("首页画出来了" in line for line in lines) and lines[-1].startswith("自检没有通过：1 项")
