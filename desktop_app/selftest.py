"""`desktop-app --self-test`: after installing, check in a minute that this computer can run the
program (issue 14): a database in a temporary folder, the lessons, one sentence read aloud into a
WAV file through the real speech worker, one screen drawn to a PNG. Each check is printed in plain
Chinese; what is missing is named with what to install. Exit status 0 when all is well, else 1.
Nothing is written outside the temporary folder."""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
import wave
from collections.abc import Callable
from pathlib import Path

SENTENCE = "党员学习站自检，声音正常。"


class Missing(Exception):
    """A check failed; the message says what to do, in plain Chinese."""


def check_qt() -> str:
    try:
        from PySide6.QtWidgets import QApplication  # noqa: F401  (loads Qt's libraries)
    except ImportError as error:
        raise Missing(
            f"Qt 的库没能载入（{error}）。Linux 上请安装：sudo apt-get install libegl1 libgl1 libxkbcommon0"
        ) from error
    from PySide6 import __version__

    return f"Qt 界面库 {__version__}"


def check_font() -> str:
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        raise Missing("没有中文字体，字会显示成方块。Linux 上请安装：sudo apt-get install fonts-noto-cjk")
    from .fonts import FONT_FAMILIES

    preferred = [family for family in FONT_FAMILIES if family in families]
    return f"中文字体：{(preferred or families)[0]}"


def check_records(folder: Path) -> str:
    from .context import create_context

    context = create_context(folder / "data", None)
    try:
        count = len(context.library.lessons)
        if not count:
            raise Missing("没有找到课文。程序可能没装完整，请重新安装")
        errors = len(context.library.errors)
    finally:
        context.db.close()
    return f"学习记录可以保存；课文 {count} 篇" + (
        f"（{errors} 处课文问题，书记可以在“问题列表”里看）" if errors else ""
    )


def check_speech(folder: Path) -> str:
    from .cli import speech_problem_text
    from .speech.export import SpeechUnavailable, join_wavs, render_all
    from .speech.service import SpeechService

    service = SpeechService(folder / "speech")
    try:
        paths = render_all(service, [SENTENCE], "mandarin", {}, timeout_ms=60000)
    except SpeechUnavailable as error:
        raise Missing(f"不能朗读：{speech_problem_text(error.problem)}") from error
    finally:
        service.stop()
    if not paths or paths[0] is None:
        raise Missing("朗读软件没能读出这一句。Linux 上请安装：sudo apt-get install espeak-ng")
    out = folder / "自检.wav"
    seconds = join_wavs([paths[0]], out)
    with wave.open(str(out)) as sound:
        if sound.getnframes() == 0:
            raise Missing("朗读出来的声音是空的。请重新安装 espeak-ng")
    return f"朗读：“{SENTENCE}”读出来了，{seconds:.1f} 秒"


def check_sound_output() -> str:
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as error:
        raise Missing(f"声音的库没能载入（{error}）。Linux 上请安装：sudo apt-get install libpulse0") from error
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return "声音库正常；这台电脑现在没有接音箱或耳机（接上就能听）"
    return f"声音从“{outputs[0].description()}”放出来"


def check_screen(folder: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from .context import create_context
    from .gui.main_window import MainWindow

    context = create_context(folder / "screen", None)
    window = MainWindow(context)
    try:
        window.resize(1366, 768)
        window.show()
        for _ in range(5):
            QApplication.processEvents()
        image = window.grab().toImage()
        out = folder / "自检.png"
        if image.isNull() or not image.save(str(out)):
            raise Missing("画不出程序的画面。Linux 上请安装：sudo apt-get install libegl1 libgl1 libfontconfig1")
        colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
        if len(colours) < 3:
            raise Missing("画出来的画面是空白的。请检查显卡驱动，或者告诉技术人员")
    finally:
        window.speech.stop()
        window.close()
        window.deleteLater()
        context.db.close()
    return f"画面：首页画出来了（{image.width()}×{image.height()}）"


def run(out=print) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a check, not a window for the member
    with tempfile.TemporaryDirectory(prefix="desktop-app-self-test-") as name:
        folder = Path(name)
        checks: list[tuple[str, Callable[[], str]]] = [("Qt", check_qt)]
        failed = 0
        for title, check in checks:
            failed += _one(title, check, out)
        if failed:
            out("自检没有通过：请按上面说的装好，再运行一次 desktop-app --self-test")
            return 1
        from .gui.app import create_application

        app = create_application()  # noqa: F841 (fonts, the worker's QProcess, the screen)
        for title, check in [
            ("font", check_font),
            ("records", lambda: check_records(folder)),
            ("speech", lambda: check_speech(folder)),
            ("sound", check_sound_output),
            ("screen", lambda: check_screen(folder)),
        ]:
            failed += _one(title, check, out)
    if failed:
        out(f"自检没有通过：{failed} 项有问题，请按上面说的办，再运行一次 desktop-app --self-test")
        return 1
    out("自检通过：这台电脑可以用党员学习站")
    return 0


def _one(title: str, check: Callable[[], str], out) -> int:
    try:
        out(f"✓ {check()}")
        return 0
    except Missing as missing:
        out(f"✗ {missing}")
    except Exception as error:  # noqa: BLE001  (an unexpected failure is a failed check, with its detail)
        out(f"✗ {title} 检查出错：{error}")
        traceback.print_exc(file=sys.stderr)
    return 1
