"""Where a numbered name files in a list: numbers by their value ("2型" before "11型", "Phase 2"
before "Phase 10"), the rest as the organisations sort (field test 76: a catalogue of "type 1" …
"type 24" listed type 10 after type 1, and the Chinese key dropped the digits altogether).

The keys compare as plain strings, so SQL sorts by them (``petdesk_numbered_en``/``_zh`` in ``db.py``):
each run of digits is padded with zeros to a fixed width."""

from __future__ import annotations

import re
from functools import lru_cache

from petdesk.services.names import organisation_sort_key_en, organisation_sort_key_zh

_DIGITS = re.compile(r"(\d+)")
#: Numbers are padded to this many digits; a longer one still sorts after every shorter one.
WIDTH = 12


def _padded(text: str) -> str:
    return _DIGITS.sub(lambda d: d.group().zfill(WIDTH), text)


@lru_cache(maxsize=20_000)
def numbered_key_en(name_en: str, name_zh: str = "") -> str:
    """English order: the English name's key (no case, no leading "The") with its numbers padded.
    A Chinese name alone files by its pinyin, its numbers padded in their place: the pinyin key
    drops digits, so "污泥干化（11型）" came before "（2型）" in the English window."""
    if name_en.strip() or not name_zh.strip():
        return _padded(organisation_sort_key_en(name_en=name_en, name_zh=name_zh))
    parts = []
    for i, part in enumerate(_DIGITS.split(name_zh.strip())):
        if i % 2:
            parts.append(part.zfill(WIDTH))
        elif part and (key := organisation_sort_key_en(name_en="", name_zh=part).strip()):
            parts.append(key)
    return " ".join(parts) + "\x01" + organisation_sort_key_en(name_en="", name_zh=name_zh)


@lru_cache(maxsize=20_000)
def numbered_key_zh(name_en: str, name_zh: str = "") -> str:
    """Chinese order: by the pinyin of the Chinese name, its numbers by value in their place (the
    pinyin key leaves digits out); then the pinyin key itself, for tones and characters. Without a
    Chinese name, as the English one sorts."""
    zh = name_zh.strip()
    if not zh:
        return numbered_key_en(name_en) if name_en.strip() else "\uffff"
    parts = []
    for i, part in enumerate(_DIGITS.split(zh)):
        if i % 2:
            parts.append(part.zfill(WIDTH))
        elif part:
            parts.append(organisation_sort_key_zh(name_en="", name_zh=part).split("\x01")[0])
    return " ".join(parts) + "\x01" + organisation_sort_key_zh(name_en=name_en, name_zh=zh)


def numbered_key(language: str, name_en: str, name_zh: str) -> str:
    """The key of a name shown in ``language`` ("zh…" Chinese, else English)."""
    return (
        numbered_key_zh(name_en, name_zh) if language.startswith("zh") else numbered_key_en(name_en, name_zh)
    )
