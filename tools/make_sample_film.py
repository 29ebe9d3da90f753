"""Make the sample film shipped with the lesson “中风来了，最初几分钟怎么办” (issue 13):
slides drawn with Qt, each sentence spoken by espeak-ng through the program's own speech worker,
encoded with PyAV (H.264 and AAC in MP4), and its subtitles written as SRT with the `srt` library.

    .venv/bin/pip install -e ".[tools]"     # PyAV
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_sample_film.py

Writes lessons/05-jiankang/04-zhongfeng-pian.mp4 and .srt (kept under 2 MB).
"""

from __future__ import annotations

import sys
import tempfile
import wave
from datetime import timedelta
from fractions import Fraction
from pathlib import Path

import av
import srt
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.context import load_program_readings  # noqa: E402
from desktop_app.fonts import FONT_FAMILIES  # noqa: E402
from desktop_app.speech.export import render_all  # noqa: E402
from desktop_app.speech.service import SpeechService  # noqa: E402

OUT = ROOT / "lessons" / "05-jiankang" / "04-zhongfeng-pian"
WIDTH, HEIGHT, FPS = 960, 540, 5
PAUSE = 0.8  # seconds of quiet after each sentence
TITLE = "中风来了，最初几分钟怎么办"
SLIDES = [
    ("一眼认出中风", "看一张脸，歪没歪。"),
    ("一眼认出中风", "查两只胳膊，平举起来，有没有一边没劲。"),
    ("一眼认出中风", "聆听说话，清不清楚。"),
    ("一眼认出中风", "只要有一样，就要想到可能是中风。"),
    ("第一件事", "马上拨打120，记住发病的时间。"),
    ("等车的时候", "让病人躺好，吐了就把头偏向一边。"),
    ("千万别做", "不要喂水、喂饭、喂药。"),
    ("千万别做", "不要自己给病人吃阿司匹林、降压药。"),
    ("记住", "症状自己好了，也要去医院。"),
]
RED, WHITE, INK, PAPER = "#B71C1C", "#FFFFFF", "#1A1A1A", "#FFF8E7"


def slide(heading: str, text: str, title_card: bool) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGBA8888)
    image.fill(QColor(RED if title_card else PAPER))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setBold(True)
    if title_card:
        font.setPixelSize(64)
        painter.setFont(font)
        painter.setPen(QColor(WHITE))
        painter.drawText(
            QRectF(60, 0, WIDTH - 120, HEIGHT), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
        )
    else:
        painter.fillRect(QRectF(0, 0, WIDTH, 110), QColor(RED))
        font.setPixelSize(56)
        painter.setFont(font)
        painter.setPen(QColor(WHITE))
        painter.drawText(QRectF(40, 0, WIDTH - 80, 110), Qt.AlignmentFlag.AlignVCenter, heading)
        font.setPixelSize(72)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        painter.drawText(
            QRectF(60, 130, WIDTH - 120, HEIGHT - 160), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
        )
    painter.end()
    return image


def read_wav(path: Path) -> tuple[bytes, int]:
    with wave.open(str(path)) as wav:
        assert wav.getnchannels() == 1 and wav.getsampwidth() == 2, "the worker writes 16-bit mono"
        return wav.readframes(wav.getnframes()), wav.getframerate()


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (fonts, the worker)
    texts = [TITLE] + [text for _, text in SLIDES]
    readings, _ = load_program_readings()
    with tempfile.TemporaryDirectory() as cache:
        service = SpeechService(Path(cache))
        try:
            wavs = render_all(service, texts, "mandarin", readings)
        finally:
            service.stop()
        if any(path is None for path in wavs):
            raise SystemExit("espeak-ng could not say every sentence")
        sounds = [read_wav(path) for path in wavs]
    rate = sounds[0][1]
    out = av.open(str(OUT.with_suffix(".mp4")), "w")
    video = out.add_stream("libx264", rate=FPS)
    video.width, video.height, video.pix_fmt = WIDTH, HEIGHT, "yuv420p"
    video.options = {"crf": "28", "preset": "slow", "tune": "stillimage"}
    audio = out.add_stream("aac", rate=rate)
    audio.layout = "mono"
    audio.bit_rate = 48000
    cues, at, frame_number, sample_number = [], 0.0, 0, 0
    for index, ((pcm, _), text) in enumerate(zip(sounds, texts, strict=True)):
        heading = SLIDES[index - 1][0] if index else ""
        seconds = len(pcm) / 2 / rate + PAUSE
        cues.append(srt.Subtitle(index + 1, timedelta(seconds=at), timedelta(seconds=at + seconds - PAUSE / 2), text))
        picture = slide(heading, text, title_card=index == 0)
        frame = av.VideoFrame.from_bytes(bytes(picture.constBits()), WIDTH, HEIGHT, format="rgba").reformat(
            format="yuv420p"
        )
        for _ in range(round(seconds * FPS)):
            frame.pts = frame_number
            frame.time_base = Fraction(1, FPS)
            for packet in video.encode(frame):
                out.mux(packet)
            frame_number += 1
        samples = pcm + b"\0\0" * round(PAUSE * rate)
        sound = av.AudioFrame(format="s16", layout="mono", samples=len(samples) // 2)
        sound.planes[0].update(samples)
        sound.sample_rate, sound.pts, sound.time_base = rate, sample_number, Fraction(1, rate)
        for packet in audio.encode(sound):
            out.mux(packet)
        sample_number += len(samples) // 2
        at = frame_number / FPS
    for stream in (video, audio):
        for packet in stream.encode():
            out.mux(packet)
    out.close()
    OUT.with_suffix(".srt").write_text(srt.compose(cues), encoding="utf-8")
    size = OUT.with_suffix(".mp4").stat().st_size
    print(f"{OUT.with_suffix('.mp4').name}: {at:.1f} s, {size / 1e6:.2f} MB; {len(cues)} subtitles")


if __name__ == "__main__":
    main()
