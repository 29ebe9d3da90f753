"""Docs that cannot drift (README commands), and the command line's data folder."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

from desktop_app.cli import build_parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    blocks = re.findall(r"```\n(.*?)```", README, flags=re.S)
    return [line.split("#")[0].strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_readme_opens_with_the_two_commands_and_ci_runs_the_test_one():
    first_block = readme_commands()[:2]
    assert first_block == ["./run", "./run test"]
    ci = (ROOT / ".ci" / "run").read_text()
    assert "./run test" in ci.splitlines()[-1]


def test_every_desktop_app_command_in_the_readme_parses():
    commands = [c for c in readme_commands() if c.startswith("desktop-app")]
    assert len(commands) >= 8
    parser = build_parser()
    for command in commands:
        parser.parse_args(shlex.split(command)[1:])  # exits (fails the test) when not valid


def test_lesson_readme_example_is_a_valid_lesson(tmp_path: Path):
    from desktop_app.lessons import parse_lesson

    text = (ROOT / "lessons" / "README.md").read_text(encoding="utf-8")
    example = text.split("## 四、完整的例子")[1].split("```")[1]
    lesson, problems = parse_lesson(example, tmp_path / "example.txt", "dangzhang")
    assert problems == [] and lesson.id == "dangzhang-01" and len(lesson.quiz) == 3


def run(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if env_home is not None:
        env["XDG_DATA_HOME"] = str(env_home)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=120, env=env, cwd=ROOT
    )


def test_data_dir_holds_everything(tmp_path: Path):
    data = tmp_path / "kiosk"
    out = tmp_path / "shot.png"
    result = run(
        "--data-dir",
        str(data),
        "screenshot",
        "reader",
        "--lesson",
        "lilun-01",
        "--out",
        str(out),
        env_home=tmp_path / "xdg",
    )
    assert result.returncode == 0, result.stderr
    assert (data / "study.db").is_file() and (data / "logs" / "desktop-app.log").is_file()
    assert not (tmp_path / "xdg").exists()
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_without_data_dir_the_platform_folder_is_used(tmp_path: Path):
    result = run(
        "screenshot", "home", "--size", "1920x1080", "--out", str(tmp_path / "h.png"), env_home=tmp_path / "xdg"
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "xdg" / "desktop-app" / "study.db").is_file()


def test_screenshot_bad_input_gets_plain_messages(tmp_path: Path):
    out = str(tmp_path / "x.png")
    cases = [
        (["screenshot", "reader", "--lesson", "no-such", "--out", out], "找不到编号"),
        (["screenshot", "home", "--size", "big", "--out", out], "窗口大小"),
        (["screenshot", "home", "--text-size", "25", "--out", out], "字号 25"),
    ]
    for args, expected in cases:
        result = run("--data-dir", str(tmp_path / "d"), *args)
        assert result.returncode == 2 and expected in result.stderr, (args, result.stderr)


def test_speak_prints_the_pinyin_the_espeak_voice_speaks():
    result = run("speak", "--text", "银行行长说：2023年，30%的人来了。", "--pinyin")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "yin2 hang2 hang2 zhang3 shuo1, er4 ling2 er4 san1 nian2, bai3 fen1 zhi1 san1 shi2 de5 ren2 lai2 le5."
    )


def test_speak_renders_a_whole_lesson_to_one_wav(tmp_path: Path):
    import wave

    from desktop_app.lessons import load_library
    from desktop_app.lessons.units import lesson_units

    out = tmp_path / "lesson.wav"
    result = run("--data-dir", str(tmp_path / "d"), "speak", "--lesson", "jiankang-01", "--out", str(out))
    assert result.returncode == 0, result.stderr
    sentences = len(lesson_units(load_library([ROOT / "lessons"]).lessons["jiankang-01"]))
    assert f"{sentences} 句" in result.stdout
    with wave.open(str(out)) as wav:
        assert wav.getnframes() / wav.getframerate() > sentences * 0.8
    assert list((tmp_path / "d" / "cache" / "speech").rglob("*.wav"))


def test_speak_bad_input_gets_plain_messages(tmp_path: Path):
    result = run("speak", "--lesson", "nope", "--out", str(tmp_path / "x.wav"))
    assert result.returncode == 2 and "找不到编号" in result.stderr
    result = run("speak", "--text", "。。。", "--pinyin")
    assert result.returncode == 2 and "没有可以读的字" in result.stderr
    result = run("speak", "--text", "你好")
    assert result.returncode == 2 and "--out" in result.stderr


def test_a_second_start_brings_the_first_to_the_front(qapp, tmp_path: Path):
    import os
    import time

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    data = tmp_path / "kiosk"
    log = data / "logs" / "desktop-app.log"
    first = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not (log.exists() and "Started on" in log.read_text(encoding="utf-8")):
            assert first.poll() is None and time.monotonic() < deadline
            time.sleep(0.2)
        second = run("--data-dir", str(data))
        assert second.returncode == 0 and "已经打开了" in second.stdout
        deadline = time.monotonic() + 20
        while "come to the front" not in log.read_text(encoding="utf-8"):
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        first.kill()
        first.wait()
    # The first was killed (like a power cut): its lock is stale, the next start takes over.
    from desktop_app.gui.single_instance import SingleInstance

    instance = SingleInstance(data)
    assert instance.acquire()
    instance.release()


def test_a_plain_start_is_parsed_without_the_commands_and_every_command_is_known():
    from desktop_app.cli import COMMANDS, parse_arguments

    full = build_parser()
    (commands,) = [action for action in full._actions if action.dest == "command"]
    assert set(COMMANDS) == set(commands.choices)  # the quick parse knows every command by name
    args = parse_arguments(["--data-dir", "/tmp/x", "--lessons", "a", "--lessons", "b", "--kiosk"])
    assert (args.command, args.data_dir, args.lessons, args.kiosk) == (
        None,
        Path("/tmp/x"),
        [Path("a"), Path("b")],
        True,
    )
    assert parse_arguments(["lessons", "check"]).lessons_command == "check"
    assert parse_arguments(["--data-dir", "/tmp/x", "lessons", "list"]).command == "lessons"


def test_a_wrong_start_option_is_said_with_the_whole_usage(capsys):
    import pytest

    from desktop_app.cli import parse_arguments

    with pytest.raises(SystemExit) as raised:
        parse_arguments(["--data-dir", "/tmp/x", "--nonsense"])
    assert raised.value.code == 2
    said = capsys.readouterr().err
    assert "命令写得不对" in said and "--nonsense" in said
    assert "lessons" in said  # the usage of the whole parser, its commands included


def _start_beside(data: Path) -> subprocess.Popen:
    import os

    return subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data)],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _wait_for_log(process: subprocess.Popen, log: Path, words: str, seconds: float = 60) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not (log.exists() and words in log.read_text(encoding="utf-8")):
        assert process.poll() is None, "the second start ended early"
        assert time.monotonic() < deadline, f"no {words!r} in the log"
        time.sleep(0.1)


def test_a_second_start_before_the_first_listens_waits_for_it_and_brings_it_forward(qtbot, tmp_path: Path):
    """A double tap on the icon: the second start comes while the first holds the lock but has
    not painted (and so not listened) yet. It waits, then brings the first forward: no message."""
    from desktop_app.gui.single_instance import SingleInstance

    data = tmp_path / "kiosk"
    first = SingleInstance(data)
    assert first.acquire()
    second = _start_beside(data)
    try:
        _wait_for_log(second, data / "logs" / "desktop-app.log", "not listening yet: waiting")
        with qtbot.waitSignal(first.activated, timeout=20000):
            first.listen()
        out, _ = second.communicate(timeout=30)
        assert second.returncode == 0 and "已经打开了" in out
    finally:
        second.kill()
        second.wait()
        first.release()


def test_a_second_start_that_outlives_a_first_going_away_starts_itself(tmp_path: Path):
    from desktop_app.gui.single_instance import SingleInstance

    data = tmp_path / "kiosk"
    log = data / "logs" / "desktop-app.log"
    first = SingleInstance(data)
    assert first.acquire()
    second = _start_beside(data)
    try:
        _wait_for_log(second, log, "not listening yet: waiting")
        first.release()  # the first quits before it ever listened
        _wait_for_log(second, log, "Started on")
        assert not SingleInstance(data).acquire()  # the second holds the folder now
    finally:
        second.kill()
        second.wait()
