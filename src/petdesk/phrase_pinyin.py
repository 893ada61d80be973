"""Pinyin read by phrase (重庆 is chóng qìng, not zhòng qìng), as pypinyin's ``lazy_pinyin`` reads
it, without importing pypinyin.

Importing pypinyin keeps its phrase dictionary as 47,000 lists of lists of strings and a set of
every prefix: some 55 MB, for as long as the process lives. The window needed it only to sort a
few hundred titles and organisation names, and went past issue 17's 300 MB with it (field test
47). Here the same data file is read into one string per phrase (about 8 MB), and pypinyin's
segmentation (longest phrase first, ``pypinyin.seg.mmseg`` in its strict mode) and its TONE3
style are followed exactly: ``tests/core/test_phrase_pinyin.py`` compares both over every phrase
and character of its dictionaries.
"""

from __future__ import annotations

import bisect
import importlib.util
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

#: The characters pypinyin reads (its ``RE_HANS``, pypinyin 0.55); other runs pass through as written.
_HANS = (
    "\u3007\ue815-\ue864\ufa18\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0002a6df\U0002a703-\U0002b73f\U0002b740-\U0002b81d\U0002b825-\U0002bf6e"
    "\U0002c029-\U0002ce93\U0002d016\U0002d11b-\U0002ebd9\U0002f80a-\U0002fa1f"
    "\U00030000-\U0003134a\U000300f7-\U00031288\U00030edd\U00030ede\U00031350-\U00032389"
)
_HANS_RUNS_RE = re.compile(f"([{_HANS}]+)")

#: Tone-marked letters: (letter without the mark, tone).
_MARKED = {
    "ā": ("a", 1), "á": ("a", 2), "ǎ": ("a", 3), "à": ("a", 4),
    "ē": ("e", 1), "é": ("e", 2), "ě": ("e", 3), "è": ("e", 4),
    "ī": ("i", 1), "í": ("i", 2), "ǐ": ("i", 3), "ì": ("i", 4),
    "ō": ("o", 1), "ó": ("o", 2), "ǒ": ("o", 3), "ò": ("o", 4),
    "ū": ("u", 1), "ú": ("u", 2), "ǔ": ("u", 3), "ù": ("u", 4),
    "ǖ": ("v", 1), "ǘ": ("v", 2), "ǚ": ("v", 3), "ǜ": ("v", 4),
    "ń": ("n", 2), "ň": ("n", 3), "ǹ": ("n", 4), "ḿ": ("m", 2),
    "ế": ("ê", 2), "ề": ("ê", 4),
    "\u0304": ("", 1), "\u0301": ("", 2), "\u030c": ("", 3), "\u0300": ("", 4),
}  # fmt: skip


@dataclass(frozen=True)
class PhraseTable:
    #: Phrase -> its readings with tone marks, joined by spaces ("重庆" -> "chóng qìng").
    readings: dict[str, str]
    #: The phrases in order, to tell whether a text is the start of one.
    ordered: list[str]
    #: Code point -> a character's readings, most common first ("zhōng,zhòng").
    chars: dict[int, str]


def _data_file(name: str) -> str:
    spec = importlib.util.find_spec("pypinyin")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = os.path.join(folder, name)
        if os.path.exists(path):
            return path
    raise FileNotFoundError(f"pypinyin's {name} was not found")


def _read_phrases(path: str) -> dict[str, str]:
    """Phrase -> first readings, read line by line: pypinyin writes one JSON token a line, and
    decoding the whole file at once held 35 MB of lists for a moment. Another layout is decoded whole."""
    readings: dict[str, str] = {}
    phrase: str | None = None
    syllables: list[str] = []
    in_group = first_in_group = False
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip().rstrip(",")
            if line.endswith(": ["):
                phrase, syllables = json.loads(line[:-3]), []
            elif line == "[":
                in_group = first_in_group = True
            elif line == "]":
                if in_group:
                    in_group = False
                elif phrase is not None:
                    readings[phrase] = " ".join(syllables)
                    phrase = None
            elif line.startswith('"') and in_group:
                if first_in_group:
                    syllables.append(json.loads(line))
                first_in_group = False
            elif line not in ("{", "}", ""):
                return _decode_whole(path)
    return readings


def _decode_whole(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as fh:
        return {phrase: " ".join(group[0] for group in groups) for phrase, groups in json.load(fh).items()}


@lru_cache(maxsize=1)
def _packed() -> bytes:
    """The phrase readings in order, as UTF-8 "phrase\nreading\n…" (1.2 MB): read from the data
    file once per process, on first use (0.4 s), and kept while the process lives, so that a
    :func:`table` let go of by a search index rebuild comes back in some 20 ms without reading and
    parsing the file again (each rebuild read it anew: 0.4 s each, in the window and in tests)."""
    readings = _read_phrases(_data_file("phrases_dict.json"))
    return "\n".join(f"{phrase}\n{readings[phrase]}" for phrase in sorted(readings)).encode()


@lru_cache(maxsize=1)
def table() -> PhraseTable:
    """The phrase readings for lookups (some 10 MB), unpacked on first use; a rebuild may let them
    go (``names.release_phrase_tables``), and the next use unpacks them again from :func:`_packed`."""
    from petdesk.chinese_names import char_readings

    fields = iter(_packed().decode().split("\n"))
    readings = dict(zip(fields, fields, strict=True))  # in order: the phrases are sorted
    return PhraseTable(readings, list(readings), char_readings())


def _starts_a_phrase(text: str, ordered: list[str]) -> bool:
    at = bisect.bisect_left(ordered, text)
    return at < len(ordered) and ordered[at].startswith(text)


def _words(run: str, phrases: PhraseTable) -> Iterator[str]:
    """A run of characters cut as ``pypinyin.seg.mmseg.Seg(no_non_phrases=True).cut`` cuts it: the
    longest phrase at each place, else one character; a tail that only begins a phrase is read
    character by character."""
    at = 0
    while at < len(run):
        rest = run[at:]
        longest = next((n for n in range(len(rest), 0, -1) if rest[:n] in phrases.readings), 0)
        if longest:
            yield rest[:longest]
            at += longest
        elif _starts_a_phrase(rest, phrases.ordered):
            yield from rest
            return
        else:
            yield rest[0]
            at += 1


def _tone3(reading: str) -> str:
    """pypinyin's TONE3 style, ü written v, the neutral tone 5: "lǜ" -> "lv4", "de" -> "de5"."""
    letters, tone = [], 5
    for ch in reading:
        letter, mark = _MARKED.get(ch, (ch, 0))
        letters.append(letter)
        tone = mark or tone
    return "".join(letters).replace("ü", "v") + str(tone)


def _readings_of(word: str, phrases: PhraseTable) -> list[str]:
    joined = phrases.readings.get(word)
    if joined is not None:
        return joined.split(" ")
    return [phrases.chars.get(ord(ch), ch).split(",", 1)[0] for ch in word]


def lazy_pinyin_normal(text: str) -> list[str]:
    """``pypinyin.lazy_pinyin(text)``: as :func:`lazy_pinyin_tone3`, without the tones ("lv", "zhong")."""
    return [s[:-1] if s[-1:].isdigit() else s for s in lazy_pinyin_tone3(text)]


def lazy_pinyin_tone3(text: str) -> list[str]:
    """``pypinyin.lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True)``: one syllable
    per character read, a phrase read as a phrase; what is not Chinese passes through as written."""
    phrases = table()
    out: list[str] = []
    for run in _HANS_RUNS_RE.split(text):
        if not run:
            continue
        if not _HANS_RUNS_RE.fullmatch(run):
            out.append(run)
            continue
        for word in _words(run, phrases):
            # (a character without a reading stays as it is, as pypinyin leaves it)
            out.extend(r if _HANS_RUNS_RE.match(r) else _tone3(r) for r in _readings_of(word, phrases))
    return out
