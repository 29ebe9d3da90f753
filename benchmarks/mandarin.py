"""Mandarin reading candidates scored on the corpus (tests/data/mandarin_corpus.tsv).

    .venv/bin/python benchmarks/mandarin.py [--wrong CANDIDATE]

Each candidate runs in a process of its own (some change pypinyin's dictionaries for good) and
is given the same text: numbers, units and symbols written out by desktop_app/speech/numbers.py.
Printed for each: syllable and sentence accuracy, time per sentence (and its ratio to today's
path, measured in the same run), and the cost of the first sentence (imports, dictionaries).

  a   today's path: pypinyin's phrase dictionary and its own 一/不/3-3 tone changes
  a+  pypinyin's phrase dictionary cut from both sides, with this program's added words and its
      一/不 changes, without the rules (what the rules add is e - a+)
  b   pypinyin on jieba's words, with jieba's part of speech for the role-dependent characters
  c1  pypinyin-dict's large_pinyin phrase data loaded into pypinyin (c2: cc_cedict, c3: zdic_cibs)
  d   g2pM (a neural model shipped in its package; needs numpy)
  e   this program: phrase dictionary, rules on the words around a character, 一/不 changes
  e+j e on jieba's words and part of speech instead of the phrase dictionary's longest match
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CANDIDATES = ["a", "a+", "b", "c1", "c2", "c3", "d", "e", "e+j"]
NAMES = {
    "a": "today's path (pypinyin phrases + its tone changes)",
    "a+": "pypinyin phrases cut both ways + added words + 一/不",
    "b": "pypinyin on jieba words + jieba part of speech",
    "c1": "pypinyin-dict large_pinyin phrases",
    "c2": "pypinyin-dict cc_cedict phrases",
    "c3": "pypinyin-dict zdic_cibs phrases",
    "d": "g2pM",
    "e": "this program (phrases + rules + 一/不)",
    "e+j": "this program on jieba words",
}
# b: the reading of a one-character word by its part of speech (jieba's tags).
POS_READINGS = {
    ("长", "a"): "chang2",
    ("长", "v"): "zhang3",
    ("还", "v"): "huan2",
    ("还", "d"): "hai2",
    ("教", "v"): "jiao1",
    ("种", "v"): "zhong4",
    ("种", "q"): "zhong3",
    ("种", "m"): "zhong3",
    ("得", "ud"): "de5",
    ("得", "v"): "de2",
    ("调", "v"): "tiao2",
    ("铺", "v"): "pu1",
    ("铺", "n"): "pu4",
    ("数", "v"): "shu3",
    ("数", "n"): "shu4",
    ("干", "a"): "gan1",
    ("干", "v"): "gan4",
    ("只", "q"): "zhi1",
    ("只", "d"): "zhi3",
    ("着", "v"): "zhao2",
    ("着", "uz"): "zhe5",
    ("没", "v"): "mei2",
    ("没", "d"): "mei2",
    ("背", "v"): "bei1",
}


def _assemble(text: str, syllables: list) -> str:
    from desktop_app.speech.speech_text import LETTERS

    words = []
    for char, syllable in zip(text, syllables, strict=True):
        if syllable is not None:
            words.append(syllable)
        elif char.isascii() and char.upper() in LETTERS:
            words.extend(LETTERS[char.upper()].split())
    return " ".join(words)


def reader(candidate: str):
    """text -> pinyin string, for one candidate (imports and loads happen here)."""
    from desktop_app.context import load_program_readings
    from desktop_app.speech.numbers import normalize_numbers
    from desktop_app.speech.speech_text import to_pinyin
    from desktop_app.text import mandarin

    fixed, _ = load_program_readings()
    if candidate == "a":
        from pypinyin import Style, lazy_pinyin

        return lambda text: " ".join(
            s.replace("ü", "v")
            for s in lazy_pinyin(
                normalize_numbers(text),
                style=Style.TONE3,
                neutral_tone_with_five=True,
                tone_sandhi=True,
                errors="ignore",
            )
        )
    if candidate in ("a+", "c1", "c2", "c3"):
        if candidate != "a+":
            module = {"c1": "large_pinyin", "c2": "cc_cedict", "c3": "zdic_cibs"}[candidate]
            __import__(f"pypinyin_dict.phrase_pinyin_data.{module}", fromlist=["load"]).load()
            from desktop_app.text.reading_table import use_pypinyin_phrases

            use_pypinyin_phrases()  # the program reads through its table, made again from them

        def read(text: str) -> str:
            text = normalize_numbers(text)
            return _assemble(text, mandarin.tone_changes(text, mandarin.analyse(text, fixed, rules=False)[0]))

        return read
    if candidate == "b":
        mandarin.SEGMENTER = "jieba"

        def read(text: str) -> str:
            text = normalize_numbers(text)
            syllables, words = mandarin.analyse(text, fixed, rules=False)
            for index, word in enumerate(words):
                if word is None:
                    continue
                if word.end - word.start == 1 and (text[index], word.tag) in POS_READINGS:
                    syllables[index] = POS_READINGS[(text[index], word.tag)]
                if word.tag.startswith("nr") and index == word.start and text[index] in mandarin.SURNAMES:
                    syllables[index] = mandarin.SURNAMES[text[index]][0]
            return _assemble(text, mandarin.tone_changes(text, syllables))

        return read
    if candidate == "d":
        from g2pM import G2pM

        model = G2pM()

        def read(text: str) -> str:
            text = normalize_numbers(text)
            out = model(text, tone=True, char_split=False)
            syllables = [s if mandarin.is_reading_char(c) else None for c, s in zip(text, out, strict=True)]
            return _assemble(text, mandarin.tone_changes(text, [s and s.replace("u:", "v") for s in syllables]))

        return read
    if candidate == "e+j":
        mandarin.SEGMENTER = "jieba"
    return lambda text: to_pinyin(text, fixed)


def run_one(candidate: str) -> dict:
    from desktop_app.speech.corpus import load_corpus, score

    entries = load_corpus()
    started = time.perf_counter()
    try:
        read = reader(candidate)
        read(entries[0].text)
    except ImportError as error:
        return {"candidate": candidate, "missing": str(error)}
    first = time.perf_counter() - started
    started = time.perf_counter()
    result = score(read, entries)
    each = (time.perf_counter() - started) / len(entries)
    later = score(read, [e for e in entries if e.kind == "后写"])
    return {
        "candidate": candidate,
        "syllables": result.syllable_accuracy,
        "sentences": result.sentence_accuracy,
        "right_sentences": result.right_sentences,
        "count": result.sentences,
        "later_sentences": later.sentence_accuracy,
        "later_count": later.sentences,
        "each_ms": each * 1000,
        "first_ms": first * 1000,
        "wrong": [[entry.line, entry.text, " ".join(entry.expected), " ".join(got)] for entry, got in result.wrong],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--wrong", metavar="CANDIDATE", help="also list the sentences this candidate gets wrong")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one), ensure_ascii=False))
        return 0
    results = []
    for candidate in CANDIDATES:
        done = subprocess.run(
            [sys.executable, __file__, "--one", candidate], capture_output=True, text=True, cwd=ROOT, check=False
        )
        if done.returncode != 0:
            results.append({"candidate": candidate, "missing": done.stderr.strip().splitlines()[-1:]})
            continue
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    today = next(r for r in results if r["candidate"] == "a")
    print(f"corpus: {today['count']} sentences; 'later': the {today['later_count']} written after the rules were set")
    print(
        f"{'':4} {'candidate':52} {'syllables':>9} {'sentences':>9} {'later':>7} {'ms/sentence':>11} {'vs a':>6} {'first':>9}"
    )
    for r in results:
        if "missing" in r:
            print(f"{r['candidate']:4} {NAMES[r['candidate']]:52} not available: {r['missing']}")
            continue
        print(
            f"{r['candidate']:4} {NAMES[r['candidate']]:52} {r['syllables']:9.2%} {r['sentences']:9.2%} "
            f"{r['later_sentences']:7.1%} "
            f"{r['each_ms']:11.2f} {r['each_ms'] / today['each_ms']:5.1f}x {r['first_ms']:7.0f}ms"
        )
    if args.wrong:
        for line, text, expected, got in next(r for r in results if r["candidate"] == args.wrong).get("wrong", []):
            print(f"{line}: {text}\n    expected {expected}\n    got      {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
