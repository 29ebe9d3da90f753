"""WAV to MP3 for the little players (唱戏机, 老人机): mono, 64 kbit/s, encoded by LAME through
`lameenc`, tagged (title, track n/m, album) with `mutagen` in ID3v2.3, which old players read;
written whole or not at all (no Qt)."""

from __future__ import annotations

import wave
from array import array
from pathlib import Path

import lameenc
from mutagen.id3 import ID3, TALB, TIT2, TPE1, TRCK

from ..storage.files import replacing

BIT_RATE = 64  # kbit/s: plain speech, and every cheap player plays it
ARTIST = "党员学习站"
PLAYER_RATES = (22050, 44100)  # what every cheap player plays; anything else is resampled by LAME


def mono_pcm(path: Path) -> tuple[bytes, int]:
    """16-bit mono samples of a WAV file (a stereo recording mixed down) and its sample rate."""
    with wave.open(str(path), "rb") as sound:
        if sound.getsampwidth() != 2:
            raise ValueError(f"{path.name}: only 16-bit WAV recordings can be put on a player")
        channels, rate = sound.getnchannels(), sound.getframerate()
        frames = sound.readframes(sound.getnframes())
    if channels == 1:
        return frames, rate
    samples = array("h", frames)
    mixed = array("h", (sum(samples[i : i + channels]) // channels for i in range(0, len(samples), channels)))
    return mixed.tobytes(), rate


def out_rate(rate: int) -> int:
    """The MP3's sample rate: the WAV's when a player plays it, else the nearer of 22.05/44.1 kHz."""
    if rate in PLAYER_RATES:
        return rate
    return 44100 if rate > 32000 else 22050


def encode(pcm: bytes, rate: int) -> bytes:
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE)
    encoder.set_in_sample_rate(rate)
    encoder.set_out_sample_rate(out_rate(rate))
    encoder.set_channels(1)
    encoder.set_quality(2)
    return bytes(encoder.encode(pcm) + encoder.flush())


def write_mp3(pcm: bytes, rate: int, out: Path, title: str, track: int, total: int, album: str) -> float:
    """out written whole (a temporary name beside it until then); returns the seconds of sound."""
    data = encode(pcm, rate)
    with replacing(out) as partial:
        partial.write_bytes(data)
        tags = ID3()
        tags.add(TIT2(encoding=3, text=title))
        tags.add(TRCK(encoding=3, text=f"{track}/{total}"))
        tags.add(TALB(encoding=3, text=album))
        tags.add(TPE1(encoding=3, text=ARTIST))
        tags.save(str(partial), v2_version=3)
    return len(pcm) / 2 / rate
