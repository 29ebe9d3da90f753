"""Render a list of sentences through the worker and join them into one WAV file (QtCore only)."""

from __future__ import annotations

import wave
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from ..storage.files import check_size, replacing
from .service import NO_ENGINE, NO_VOICE, SpeechService

PAUSE_SECONDS = 0.35  # between sentences, as a reader takes breath


class SpeechUnavailable(Exception):
    """Reading aloud is impossible here; .problem says why (service problem codes)."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


def wait_until_ready(service: SpeechService, timeout_ms: int = 20000) -> None:
    if service.available is None:
        loop = QEventLoop()
        service.readyChanged.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        service.start()
        if service.available is None:
            loop.exec()
    if not service.available:
        raise SpeechUnavailable(service.problem or NO_ENGINE)


def render_all(
    service: SpeechService,
    texts: list[str],
    voice: str,
    readings: Mapping[str, tuple[str, ...]] | None = None,
    timeout_ms: int = 120000,
) -> list[Path | None]:
    """Every text rendered (None for one the engine could not say), in order."""
    wait_until_ready(service)
    if not service.has_voice(voice):
        raise SpeechUnavailable(NO_VOICE)
    wanted: dict[str, list[int]] = {}
    results: list[Path | None] = [None] * len(texts)
    pending = set()
    loop = QEventLoop()

    def done(key: str, path: str | None) -> None:
        for index in wanted.get(key, []):
            results[index] = Path(path) if path else None
        pending.discard(key)
        if not pending:
            loop.quit()

    service.rendered.connect(lambda key, path: done(key, path))
    service.failed.connect(lambda key, reason: done(key, None))
    for index, text in enumerate(texts):
        asked = service.request(text, voice, readings)
        if asked is None:
            continue
        wanted.setdefault(asked[0], []).append(index)
        pending.add(asked[0])
    if pending:
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    return results


def join_wavs(paths: list[Path], out: Path, pause: float = PAUSE_SECONDS) -> float:
    """Concatenate WAV files of one format with a pause between them; returns seconds written."""
    out.parent.mkdir(parents=True, exist_ok=True)
    params = None
    frames_written = 0

    def whole(partial: Path) -> None:  # header and every frame on the disk
        frame_size = params.sampwidth * params.nchannels if params else 0
        check_size(44 + frames_written * frame_size)(partial)

    with replacing(out, whole) as partial:
        with wave.open(str(partial), "wb") as target:
            for path in paths:
                with wave.open(str(path), "rb") as source:
                    if params is None:
                        params = source.getparams()
                        target.setnchannels(params.nchannels)
                        target.setsampwidth(params.sampwidth)
                        target.setframerate(params.framerate)
                        silence = b"\x00" * int(params.framerate * pause) * params.sampwidth * params.nchannels
                    elif (source.getnchannels(), source.getsampwidth(), source.getframerate()) != (
                        params.nchannels,
                        params.sampwidth,
                        params.framerate,
                    ):
                        raise ValueError(f"{path} has another sound format")
                    if frames_written:
                        target.writeframes(silence)
                        frames_written += len(silence) // (params.sampwidth * params.nchannels)
                    frames = source.readframes(source.getnframes())
                    target.writeframes(frames)
                    frames_written += source.getnframes()
    return frames_written / params.framerate if params else 0.0
