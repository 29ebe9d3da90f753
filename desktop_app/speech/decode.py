"""Any recording Qt's multimedia backend can read (MP3, M4A, OGG, WAV) as 16-bit mono samples, for
a lesson's recorded narration put on a player (QtMultimedia, no widgets; a QCoreApplication must
exist)."""

from __future__ import annotations

from pathlib import Path

DECODE_RATE = 22050
TIMEOUT_MS = 300000


def decoded_pcm(path: Path, rate: int = DECODE_RATE) -> tuple[bytes, int]:
    """path decoded whole to 16-bit mono at rate; ValueError when it cannot be decoded."""
    from PySide6.QtCore import QEventLoop, QTimer, QUrl
    from PySide6.QtMultimedia import QAudioDecoder, QAudioFormat

    wanted = QAudioFormat()
    wanted.setSampleRate(rate)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    decoder = QAudioDecoder()
    decoder.setAudioFormat(wanted)
    decoder.setSource(QUrl.fromLocalFile(str(path)))
    pieces: list[bytes] = []
    got = [rate, 1]

    def take() -> None:
        buffer = decoder.read()
        form = buffer.format()
        got[:] = [form.sampleRate(), form.channelCount()]
        if form.sampleFormat() != QAudioFormat.SampleFormat.Int16:
            raise ValueError(f"{path.name}: decoded as {form.sampleFormat()}, not 16-bit")
        pieces.append(bytes(buffer.constData()))

    loop = QEventLoop()
    decoder.bufferReady.connect(take)
    decoder.finished.connect(loop.quit)
    decoder.error.connect(lambda *_: loop.quit())
    QTimer.singleShot(TIMEOUT_MS, loop.quit)
    decoder.start()
    loop.exec()
    decoder.stop()
    if decoder.error() != QAudioDecoder.Error.NoError or not pieces:
        raise ValueError(f"{path.name}: cannot be decoded ({decoder.errorString()})")
    if got[1] != 1:
        raise ValueError(f"{path.name}: decoded with {got[1]} channels")
    return b"".join(pieces), got[0]
