"""Write tests/data/shipped_lessons_readings.tsv: every sentence of every shipped lesson, as
`desktop-app lessons preview` splits it (title, headings, sentences, quiz questions, options and
explanations), with the pinyin the engine speaks, for a human to review.

    .venv/bin/python tools/shipped_readings.py

The file is a reviewed corpus, not a copy of the engine: after running this script, read every
new line's pinyin (the script lists them) and correct by hand what the engine gets wrong, then fix
the engine (mandarin_rules.py, resources/pronunciations.txt) so that tests/test_shipped_readings.py
passes, or list the sentence there as a known failure. Lines already in the file keep their
reviewed pinyin; sentences no longer in any lesson are dropped.

Format as tests/data/mandarin_corpus.tsv: sentence TAB expected pinyin TAB class (the lesson id).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.context import load_program_readings  # noqa: E402
from desktop_app.lessons import load_library  # noqa: E402
from desktop_app.lessons.units import lesson_units, quiz_units  # noqa: E402
from desktop_app.speech.corpus import load_corpus, syllables_of  # noqa: E402
from desktop_app.speech.speech_text import to_pinyin  # noqa: E402

LESSONS = ROOT / "lessons"
OUT = ROOT / "tests" / "data" / "shipped_lessons_readings.tsv"
HEADER = """\
# The shipped lessons' sentences with their reviewed pinyin: one sentence a line, TAB, the pinyin
# espeak-ng should be given, TAB, the lesson id. Written by tools/shipped_readings.py from the
# engine's output and then reviewed by hand (tests/test_shipped_readings.py checks the engine
# against it). Same convention as tests/data/mandarin_corpus.tsv: tone-numbered syllables, 5 for
# the neutral tone, 一/不 as spoken, 3-3 left to the voice, numbers and symbols as they are said.
"""


def lesson_sentences() -> list[tuple[str, str, dict[str, tuple[str, ...]]]]:
    """(lesson id, sentence, the readings it is spoken with) for every unit the preview prints."""
    program, _ = load_program_readings()
    library = load_library([LESSONS])
    result = []
    for lesson_id in sorted(library.lessons):
        lesson = library.lessons[lesson_id]
        readings = {**program, **lesson.readings}
        units = lesson_units(lesson) + [unit for question in quiz_units(lesson) for unit in question]
        seen = set()
        for unit in units:
            if unit.text not in seen:
                seen.add(unit.text)
                result.append((lesson_id, unit.text, readings))
    return result


def main() -> int:
    reviewed = {(e.kind, e.text): " ".join(e.expected) for e in load_corpus(OUT)} if OUT.is_file() else {}
    lines, new = [], []
    for lesson_id, text, readings in lesson_sentences():
        expected = reviewed.get((lesson_id, text))
        if expected is None:
            expected = " ".join(syllables_of(to_pinyin(text, readings)))
            new.append(f"{lesson_id}: {text}\n    {expected}")
        lines.append(f"{text}\t{expected}\t{lesson_id}")
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(lines)} sentences, {len(new)} new (review them):")
    for item in new:
        print(item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
