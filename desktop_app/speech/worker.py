"""The render worker: a process of its own that turns text into WAV files through pyttsx3.

It can hang or crash without taking the interface with it; the service kills and restarts it.

Protocol, one JSON object a line. The worker first says what it has:
    {"ready": true, "engine": "espeak", "voices": {"mandarin": {"id": "...", "mode": "pinyin"}, ...}}
    {"ready": false, "error": "no-engine", "detail": "..."}
then answers each request {"id": 7, "text": "...", "voice": "<engine voice id>", "rate": 175, "out": "x.wav"}
with {"id": 7, "ok": true} once x.wav is complete, or {"id": 7, "ok": false, "error": "..."}.

Run it as `python -m desktop_app.speech.worker [--driver NAME]`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import wave
from pathlib import Path


def default_driver() -> str:
    if sys.platform == "win32":
        return "sapi5"
    if sys.platform == "darwin":
        return "nsss"
    return "espeak"


def _languages(voice) -> str:
    parts = []
    for language in getattr(voice, "languages", None) or []:
        parts.append(language.decode("utf-8", "ignore") if isinstance(language, bytes) else str(language))
    return " ".join(parts).lower()


def choose_voices(driver: str, voices: list) -> dict[str, dict[str, str]]:
    """Our voices (mandarin, cantonese) among the engine's, and how text must be given to each."""
    chosen: dict[str, dict[str, str]] = {}
    for voice in voices:
        vid = str(voice.id)
        lowered = vid.lower()
        described = f"{lowered} {str(voice.name).lower()} {_languages(voice)}"
        if driver == "espeak":
            if lowered.endswith("cmn-latn-pinyin"):
                chosen["mandarin"] = {"id": "cmn-latn-pinyin", "mode": "pinyin"}
            elif lowered.endswith("/yue") or lowered == "yue":
                chosen["cantonese"] = {"id": "yue", "mode": "chinese"}
            continue
        if any(
            tag in described
            for tag in (
                "zh-cn",
                "zh_cn",
                "chinese (simplified)",
                "huihui",
                "yaoyao",
                "kangkang",
                "ting-ting",
                "tingting",
                "0804",
            )
        ):
            chosen.setdefault("mandarin", {"id": vid, "mode": "chinese"})
        elif any(tag in described for tag in ("zh-hk", "zh_hk", "cantonese", "tracy", "sin-ji", "0c04")):
            chosen.setdefault("cantonese", {"id": vid, "mode": "chinese"})
    return chosen


def _frames(path: Path, timeout: float = 3.0) -> int:
    """Frames of sound in the WAV file once it is there (some drivers finish writing late); -1 if never."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with wave.open(str(path), "rb") as wav:
                return wav.getnframes()
        except (OSError, EOFError, wave.Error):
            time.sleep(0.01)
    return -1


def render(engine, text: str, voice: str, rate: int, path: Path, attempts: int = 3) -> None:
    """Write the text's speech to path. pyttsx3's espeak driver now and then cancels its own
    synthesis (its stop() races with the end of the previous sentence) and writes a WAV file with
    no sound: such a file is made again."""
    for _ in range(attempts):
        engine.setProperty("voice", voice)
        engine.setProperty("rate", rate)
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        if _frames(path) > 0:
            return
    raise RuntimeError("the engine wrote no sound")


def _die_with_parent() -> None:
    """On Linux, ask the kernel to end this worker when the program that started it ends."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass


def main(argv: list[str] | None = None) -> int:
    _die_with_parent()
    parser = argparse.ArgumentParser()
    parser.add_argument("--driver", default=default_driver())
    args = parser.parse_args(argv)

    # Replies go through a private copy of stdout; whatever the engine prints lands on stderr.
    replies = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    def send(message: dict) -> None:
        replies.write(json.dumps(message, ensure_ascii=False) + "\n")
        replies.flush()

    try:
        import pyttsx3

        engine = pyttsx3.init(args.driver)
        voices = choose_voices(args.driver, engine.getProperty("voices"))
    except Exception as error:  # no engine, no library, no COM server: all mean "cannot read aloud"
        send({"ready": False, "error": "no-engine", "detail": f"{type(error).__name__}: {error}"})
        return 1
    send({"ready": True, "engine": args.driver, "voices": voices})
    known = {voice["id"] for voice in voices.values()}

    for line in sys.stdin:
        try:
            request = json.loads(line)
        except json.JSONDecodeError:
            continue
        out = Path(request["out"])
        partial = out.with_name(out.name + ".part")
        try:
            if request["voice"] not in known:
                raise ValueError(f"no voice {request['voice']!r} in this engine")
            render(engine, request["text"], request["voice"], int(request.get("rate", 175)), partial)
            os.replace(partial, out)
        except Exception as error:
            partial.unlink(missing_ok=True)
            send({"id": request.get("id"), "ok": False, "error": f"{type(error).__name__}: {error}"})
            continue
        send({"id": request.get("id"), "ok": True})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
