"""Read-aloud: sentences, Chinese number reading, pinyin for espeak-ng, the render worker (no widgets)."""
