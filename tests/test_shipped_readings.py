"""Every sentence of every shipped lesson is read with its reviewed pinyin
(tests/data/shipped_lessons_readings.tsv, written by tools/shipped_readings.py and reviewed by hand)."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable

from desktop_app.speech.corpus import Entry, load_corpus, score
from desktop_app.speech.speech_text import to_pinyin

from .conftest import ROOT

_spec = importlib.util.spec_from_file_location("shipped_readings", ROOT / "tools" / "shipped_readings.py")
assert _spec is not None and _spec.loader is not None
shipped_readings = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shipped_readings)

READINGS_FILE = shipped_readings.OUT
# (lesson id, sentence) the engine still reads otherwise than reviewed; keep this empty if you can.
KNOWN_FAILURES: frozenset[tuple[str, str]] = frozenset()

REVIEW = (
    "run `python tools/shipped_readings.py`, then review the pinyin of the new lines by hand "
    f"in {READINGS_FILE.relative_to(ROOT)}"
)

SENTENCES = shipped_readings.lesson_sentences()  # (lesson id, sentence, readings), as the preview prints them
ENTRIES = load_corpus(READINGS_FILE)


def unreviewed(entries: Iterable[Entry], sentences: Iterable[tuple[str, str, object]]) -> tuple[list, list]:
    """Sentences of the lessons not in the reviewed file, and reviewed lines no lesson has any more."""
    reviewed = {(e.kind, e.text) for e in entries}
    shipped = {(lesson_id, text) for lesson_id, text, _ in sentences}
    return sorted(shipped - reviewed), sorted(reviewed - shipped)


def misread(entries: Iterable[Entry], sentences: Iterable[tuple[str, str, object]]) -> list[tuple[Entry, list[str]]]:
    """Entries the engine reads otherwise than reviewed (scored as the corpus: an expected 5 accepts
    any tone), each spoken with its lesson's readings as read-aloud does."""
    readings = {(lesson_id, text): fixed for lesson_id, text, fixed in sentences}
    wrong = []
    by_lesson: dict[str, list[Entry]] = {}
    for entry in entries:
        by_lesson.setdefault(entry.kind, []).append(entry)
    for lesson_id, group in by_lesson.items():
        result = score(lambda text, lesson_id=lesson_id: to_pinyin(text, readings.get((lesson_id, text))), group)
        wrong.extend(result.wrong)
    return wrong


def test_every_shipped_sentence_has_a_reviewed_reading():
    assert len(SENTENCES) > 1000
    missing, stale = unreviewed(ENTRIES, SENTENCES)
    assert not missing, f"{len(missing)} lesson sentences have no reviewed reading ({REVIEW}): {missing[:5]}"
    assert not stale, f"{len(stale)} reviewed lines are no longer in any lesson ({REVIEW}): {stale[:5]}"
    assert len(ENTRIES) == len({(e.kind, e.text) for e in ENTRIES}), "a sentence is listed twice for one lesson"


def test_the_engine_reads_every_shipped_sentence_as_reviewed():
    wrong = misread(ENTRIES, SENTENCES)
    unexpected = [(e, got) for e, got in wrong if (e.kind, e.text) not in KNOWN_FAILURES]
    report = "\n".join(
        f"{e.line}: [{e.kind}] {e.text}\n    reviewed {' '.join(e.expected)}\n    engine   {' '.join(got)}"
        for e, got in unexpected
    )
    assert not unexpected, f"{len(unexpected)} shipped sentences read otherwise than reviewed:\n{report}"
    still = {(e.kind, e.text) for e, _ in wrong}
    assert KNOWN_FAILURES <= still, f"now read right, drop from KNOWN_FAILURES: {sorted(KNOWN_FAILURES - still)}"


def test_the_checks_can_fail():
    """A lesson sentence left out of the file, and a reading the engine does not give, are both caught."""
    lesson_id, text, _ = SENTENCES[0]
    kept = [e for e in ENTRIES if (e.kind, e.text) != (lesson_id, text)]
    assert unreviewed(kept, SENTENCES)[0] == [(lesson_id, text)]
    added = [*ENTRIES, Entry(0, "这句不在课文里。", ("zhe4",), lesson_id)]
    assert unreviewed(added, SENTENCES)[1] == [(lesson_id, "这句不在课文里。")]
    entry = next(e for e in ENTRIES if "长征" in e.text)
    expected = list(entry.expected)
    k = next(i for i, s in enumerate(expected) if s == "chang2" and expected[i + 1] == "zheng1")
    expected[k] = "zhang3"
    bad = Entry(entry.line, entry.text, tuple(expected), entry.kind)
    assert [e.text for e, _ in misread([bad], SENTENCES)] == [entry.text]
