"""Chinese text: script conversion, pinyin, search (no Qt)."""
