"""Make resources/chime.wav: the loudspeaker's chime before a broadcast, a soft two-tone "ding-dong"
(E5 then C5, bell-like with a quick attack and a slow fade), 1.6 s, mono, 22050 Hz, 16-bit.

Run: python tools/make_chime.py [OUT]  (only the standard library: wave and math)."""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
SECONDS = 1.6
TONES = ((659.25, 0.0), (523.25, 0.55))  # (Hz, start in seconds): E5, then C5


def sample(t: float) -> float:
    value = 0.0
    for frequency, start in TONES:
        if t < start:
            continue
        local = t - start
        envelope = min(1.0, local / 0.01) * math.exp(-3.2 * local)  # 10 ms attack, bell fade
        value += envelope * (
            math.sin(2 * math.pi * frequency * local)
            + 0.3 * math.sin(2 * math.pi * 2 * frequency * local)  # a touch of overtone
            + 0.1 * math.sin(2 * math.pi * 3 * frequency * local)
        )
    fade_out = min(1.0, (SECONDS - t) / 0.05)  # no click at the end
    return 0.38 * value * fade_out


def make(out: Path) -> Path:
    frames = b"".join(
        struct.pack("<h", max(-32767, min(32767, int(sample(i / RATE) * 32767)))) for i in range(int(RATE * SECONDS))
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(out), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(frames)
    return out


if __name__ == "__main__":
    target = (
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "resources" / "chime.wav"
    )
    print(make(target))
