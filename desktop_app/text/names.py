"""Pinyin of people's names, for the member picker: surnames read as surnames (曾 is Zēng, not
céng), initials for the letter row and for search (no Qt)."""

from __future__ import annotations

from .script import to_simplified

# Surnames whose everyday reading differs from their reading as a surname (first syllables).
# Two-character surnames come first so that 尉迟 is not read as 尉 + 迟.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"),
    "万俟": ("mo", "qi"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "单于": ("chan", "yu"),
    "曾": ("zeng",),
    "单": ("shan",),
    "解": ("xie",),
    "仇": ("qiu",),
    "朴": ("piao",),
    "查": ("zha",),
    "区": ("ou",),
    "乐": ("yue",),
    "盖": ("ge",),
    "覃": ("qin",),
    "缪": ("miao",),
    "翟": ("zhai",),
    "召": ("shao",),
    "折": ("she",),
    "员": ("yun",),
    "句": ("gou",),
    "祭": ("zhai",),
    "繁": ("po",),
    "种": ("chong",),
    "秘": ("bi",),
    "隗": ("wei",),
    "冼": ("xian",),
    "薄": ("bo",),
    "牟": ("mou",),
    "尉": ("wei",),
    "沈": ("shen",),
    "重": ("chong",),
    "阚": ("kan",),
    "过": ("guo",),
    "番": ("pan",),
    "蕃": ("pi",),
    "宓": ("mi",),
    "訾": ("zi",),
}


def _syllables(text: str) -> list[str]:
    """Toneless pinyin, one item per character; a character without pinyin stays itself."""
    from .reading_table import plain_syllables  # its table loads when first needed, not at start

    return plain_syllables(text)


def name_pinyin(name: str) -> list[str]:
    """Syllables of a name with the surname read as a surname: "曾国藩" -> ["zeng", "guo", "fan"]."""
    name = to_simplified("".join(name.split()))
    for surname in sorted(SURNAME_READINGS, key=len, reverse=True):
        if name.startswith(surname) and len(name) > len(surname):
            return [*SURNAME_READINGS[surname], *_syllables(name[len(surname) :])]
    return _syllables(name)


def _letters(syllables: list[str]) -> str:
    return "".join(s[0] for s in syllables if s and s[0].isascii() and s[0].isalpha()).lower()


def name_initials(name: str) -> tuple[str, ...]:
    """Initials to search by: the surname reading first, then the everyday one when it differs
    (a member may type "c" for 曾)."""
    first = _letters(name_pinyin(name))
    everyday = _letters(_syllables(to_simplified("".join(name.split()))))
    return (first,) if everyday in ("", first) else (first, everyday)


def name_keys(name: str) -> tuple[str, str]:
    """What the picker stores for a name: its pinyin ("zeng guo fan") and its initials ("zgf cgf"),
    computed once (the same as name_pinyin and name_initials, for importing long lists)."""
    simplified = to_simplified("".join(name.split()))
    everyday_syllables = _syllables(simplified)
    syllables = everyday_syllables
    for surname in sorted(SURNAME_READINGS, key=len, reverse=True):
        if simplified.startswith(surname) and len(simplified) > len(surname):
            syllables = [*SURNAME_READINGS[surname], *_syllables(simplified[len(surname) :])]
            break
    first, everyday = _letters(syllables), _letters(everyday_syllables)
    initials = (first,) if everyday in ("", first) else (first, everyday)
    return " ".join(syllables), " ".join(initials)


def first_letter(name: str) -> str:
    """The letter of the row of initials this name is found under ("#" when none)."""
    initials = name_initials(name)[0]
    return initials[0].upper() if initials else "#"


def sort_key(name: str) -> tuple[str, str]:
    return (" ".join(name_pinyin(name)), name)
