"""Simplified / traditional conversion through OpenCC (loaded with the first conversion: a
home screen in simplified characters needs none)."""

from __future__ import annotations

from functools import cache

SIMPLIFIED = "simplified"
TRADITIONAL_TW = "traditional-tw"
TRADITIONAL_HK = "traditional-hk"
SCRIPTS = (SIMPLIFIED, TRADITIONAL_TW, TRADITIONAL_HK)

_CONFIGS = {TRADITIONAL_TW: "s2tw.json", TRADITIONAL_HK: "s2hk.json"}


@cache
def _converter(config: str):
    import opencc  # 2.7 MiB, and 2.5 MiB more for a converter

    return opencc.OpenCC(config)


def convert(text: str, script: str) -> str:
    """Text (written in simplified characters) shown in the member's script."""
    config = _CONFIGS.get(script)
    if config is None or not text:
        return text
    return _converter(config).convert(text)


def to_simplified(text: str) -> str:
    """Traditional (Taiwan, Hong Kong or standard) text turned to simplified, for searching."""
    if not text:
        return text
    return _converter("t2s.json").convert(text)
