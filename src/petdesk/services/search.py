"""Search as you type over organisations and contacts, and the index that makes it instant.

Layout (migration ``0002_search``):

* ``search_entry``: one row per live organisation or contact with what the lists show and sort keys
  for both interface languages (``sort_en`` Latin surname order, ``sort_zh`` pinyin order), so lists
  filter, sort and page in SQL.
* ``search_fts``: FTS5 trigram index over ``search_entry.text`` (folded names in both scripts, pinyin
  with and without spaces, e-mails, phone digits, tags), kept in sync by SQL triggers. Trigrams answer
  substring queries of three or more characters: the index gives the entries holding all of a term's
  trigrams (it keeps no positions: ``detail=none``, migration ``0020_search_slim``) and the term is
  checked on the row's text. Row ids are in English name order below :data:`TAIL_BASE`, so that
  a broad term's first page is read off the index in that order (:func:`_walk_plan`).
* ``search_gram``: one- and two-character keys (Chinese characters and pairs, first letters of words
  and syllables, initials), because the trigram index cannot answer 张 or 张伟; keyed (gram, is_org,
  entry id), which below :data:`TAIL_BASE` is English name order, with the entry's place in pinyin
  order beside it (migration ``0022_search_compact``: one table for both orders, integers only).
* ``search_dirty``: SQL triggers on contact, organisation, contact_method and affiliation record
  changed entities here, whoever wrote them (window, import, sync). Pinyin needs Python, so the queue
  is worked off after every ORM flush and before every commit (listeners at the end of this module),
  and in bulk by :func:`rebuild_search_index` after the demo generator's raw inserts.

A contact also matches a query through its current organisation (search "北京" or "ministry" and
find the people who work there) via ``org_id`` (the organisation's entry), so organisation names are
indexed and stored once: a person's row reads them, and sorts by them, through that entry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import re
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise
from typing import TYPE_CHECKING, Any, cast

from petdesk import (
    arabic_names,
    bulkload,
    chinese_names,
    city_names,
    connection,
    filipino_names,
    hangul,
    kana,
    khmer_myanmar_latin,
    romanise,
    thai_latin,
)
from petdesk.connection import begin_real_transaction, session_sqlite
from petdesk.han_script import simplified, written_forms
from petdesk.office_country import office_country
from petdesk.persian_letters import PERSIAN_FORMS_GLOB
from petdesk.quoting import quoted
from petdesk.rows_as_json import write_rows
from petdesk.search_order import HAN_ONLY_PARTS, SORTS
from petdesk.search_order import INDEXED_SORTS as _INDEXED_SORTS
from petdesk.search_order import order_by as _order_by
from petdesk.search_order import org_column as _org_column
from petdesk.search_triggers import DIRTY_TRIGGERS, FTS_TRIGGERS
from petdesk.services import names
from petdesk.services.matching import (
    BELARUS,
    PHONE_CHANNELS,
    PINYIN_SYLLABLES,
    TRUNK_8_CODES,
    TRUNK_8_COUNTRIES,
    in_latin_letters,
    international_from_digits,
    korean_name_spellings,
    normalize_phone,
    phone_number_part,
    reads_as_chinese_latin_name,
    split_country_code,
    typed_trunk_8,
    written_international,
)
from petdesk.stored_times import stored_time
from petdesk.sync import touches

if TYPE_CHECKING:  # commands that read plain SQL search without importing SQLAlchemy
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CONTACT = "contact"
ORGANISATION = "organisation"
KINDS = (CONTACT, ORGANISATION)


_CHUNK = 500
#: Source rows computed per step of :func:`rebuild_search_index` (bounded memory at any size).
_REBUILD_CHUNK = 2000
#: Above this many changed entities, :func:`refresh_search_index` rebuilds the whole index instead.
BULK_THRESHOLD = 5000
_SEP = " ; "


# -- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SearchRow:
    """One organisation or contact as the lists and the command line show it."""

    entity_id: str
    kind: str
    name_en: str
    name_zh: str
    org_entity_id: str | None
    org_name_en: str
    org_name_zh: str
    position_en: str
    position_zh: str
    email: str
    phone: str
    city_en: str
    city_zh: str
    country: str
    tags: str
    updated_at: int
    #: A person's names when the entry has no Latin one (``search_order.HAN_ONLY_PARTS``), else None.
    han_only: str | None = None

    def name(self, language: str) -> str:
        if self.han_only and not language.startswith("zh"):  # 张伟 is "Zhang Wei" to an English reader
            return names.latin_stand_in_of_row(self.han_only) or self.name_en
        if language.startswith("zh") and self._latin_before_other_script():
            return self.name_en  # Kavita Joshi, not कविता जोशी, to a Chinese reader (field test 107)
        return names.organisation_display_name(language, name_en=self.name_en, name_zh=self.name_zh)

    def _latin_before_other_script(self) -> bool:
        """A name in a script Chinese readers do not read (Devanagari) in the Chinese name's place,
        with a Latin one beside it (names.latin_name_first)."""
        return names.latin_name_first(self.name_zh) and in_latin_letters(self.name_en)

    def other_name(self, language: str) -> str:
        shown = self.name(language)
        if language.startswith("zh") and (hepburn := names.kana_stand_in_of_row(self.han_only)):
            return hepburn  # 外文姓名 "Kato Yumi" for 加藤由美, as the dossier prints it (field test 78)
        chinese_first = language.startswith("zh") and not self._latin_before_other_script()
        other = self.name_en if chinese_first else self.name_zh
        if other == shown and khmer_myanmar_latin.has_khmer_or_myanmar(shown):
            return khmer_myanmar_latin.latin(shown)  # សុខ ចាន់ណា "Sok Channa": readers of neither script
        return "" if other == shown else other

    def organisation(self, language: str) -> str:
        return names.organisation_display_name(language, name_en=self.org_name_en, name_zh=self.org_name_zh)

    def position(self, language: str) -> str:
        if language.startswith("zh"):
            return self.position_zh or self.position_en
        return self.position_en or self.position_zh

    def city(self, language: str) -> str:
        return city_names.shown_city(self.city_en, self.city_zh, language)

    def for_scripts(self) -> dict[str, Any]:
        """The row as ``search --json`` gives it: each name only in the field of its script (the
        index fills a missing one with the other, which a script could not tell from a real Chinese
        name), and the time as ISO 8601 with its offset like every other JSON output (field test 20,
        defect 8)."""
        from petdesk.stored_times import wire_time

        data = {f: getattr(self, f) for f in self.__dataclass_fields__ if f != "han_only"}
        for en, zh in (("name_en", "name_zh"), ("org_name_en", "org_name_zh")):
            if data[en] == data[zh]:
                data[en if _HAN.search(data[zh]) else zh] = ""
        data["updated_at"] = wire_time(self.updated_at) if self.updated_at else None
        return data


#: The organisation's names as a person's row shows them (either script when one is missing).
_ORG_NAME_EN = _org_column("coalesce(nullif(o.name_en, ''), o.name_zh)")
_ORG_NAME_ZH = _org_column("coalesce(nullif(o.name_zh, ''), o.name_en)")
_ROW_COLUMNS = (
    "e.entity_id, e.kind, e.name_en, e.name_zh, "
    "(SELECT o.entity_id FROM search_entry o WHERE o.id = e.org_id), "
    f"{_ORG_NAME_EN}, {_ORG_NAME_ZH}, "
    "e.position_en, e.position_zh, e.email, e.phone, e.city_en, e.city_zh, e.country, e.tags, e.updated_at, "
    f"{HAN_ONLY_PARTS}"
)


# -- query parsing ----------------------------------------------------------------------------

_PHONE_QUERY = re.compile(r"^\+?[\d\s\-().]+$")
_SCRIPT_SPLIT = re.compile(f"([{names.HAN_CLASS}]+)")
_HAN = re.compile(f"[{names.HAN_CLASS}]")


#: Pinyin syllables of two letters or more (one letter is an initial, never "a", "e" or "o").
_SYLLABLES = PINYIN_SYLLABLES
_LONGEST_SYLLABLE = 6


def _national_digits(digits: str, international: bool = False) -> str:
    """The digits of a whole phone number as searched: without a country code or trunk zero.

    A number is stored as written, its key with the country code ("8613800138004") or without
    ("13800138004"), and found by the digits it contains; so a query pasted with the code (from
    WeChat or caller ID: "+86 138 0013 8004", "0086…", "8613800138004") is looked for by its
    national part, and one with a trunk zero ("028 8888 0001") without it, which both forms
    contain (field test 35, D4). Duplicates compare numbers alike (``matching.phone_key``): a
    query written with its code (``international``) is split where the key splits it, so "+49 030
    1234567" (a trunk zero after the code) finds "030 1234567" too."""
    if international and len(split_country_code(digits)[1]) >= _SHORTEST_NATIONAL:
        return split_country_code(digits)[1]
    # At a Kazakh or Russian office "8701123" is the start of "8 701 123 45 67" as dialled at home,
    # which "+7 701 123 45 67" (keyed "77011234567") holds without its trunk "8" (kzphone59); at a
    # Belarusian one "8029123" is "+375 29 123 …" without its "8 0" (phones60)
    if len(digits) > _SHORTEST_NATIONAL and (trunk := typed_trunk_8(digits, office_country())):
        return digits[trunk:]
    read_as = international_from_digits(digits)
    if read_as:
        return digits[len(read_as.split()[0]) - 1 :]  # "+86 138 …": drop "86"
    # The start of a number typed as dialled at home ("0871651" for "+86 871 6512 3456", stored
    # tidied and keyed "8687165123456"): without its trunk zero too (phones57). Leaving out a leading
    # digit only widens a substring search: whatever held "0871651" holds "871651".
    if len(digits) > _SHORTEST_NATIONAL and digits[0] == "0":
        return digits[1:]
    return digits


def _trunk_8_abroad(digits: str) -> str:
    """At an office where no trunk "8" is dialled (Beijing), a query typed as a Kazakh, Russian or
    Belarusian partner's card writes their number ("8701123" of "8 701 123 45 67", "8029123" of "8
    029 123 45 67") as dialled from abroad ("7701123", "37529123"), which "+7 701 …" and "+375 29 …"
    hold; "" for any other query. Looked for besides the digits as typed, which a query has no record
    to decide against: "871 6512 3456" is also Kunming's number without its trunk zero."""
    if office_country() in TRUNK_8_CODES or len(digits) <= _SHORTEST_NATIONAL:
        return ""  # at a KZ/RU/BY office :func:`_national_digits` drops the trunk itself
    for country in TRUNK_8_COUNTRIES | {BELARUS}:
        if trunk := typed_trunk_8(digits, country):
            return TRUNK_8_CODES[country] + digits[trunk:]
    return ""


#: Digits a number query keeps at the least once its trunk zero or country code is left out: a
#: shorter one ("0871", "+86 8") is looked for as typed, as it would find too much otherwise.
_SHORTEST_NATIONAL = 5


def _pinyin_units(text: str) -> list[str]:
    """``text`` read as pinyin from the left, the longest syllable at each place, any other letter
    on its own: "chentc" -> chen, t, c."""
    units: list[str] = []
    i = 0
    while i < len(text):
        size = next(
            (n for n in range(min(_LONGEST_SYLLABLE, len(text) - i), 1, -1) if text[i : i + n] in _SYLLABLES),
            1,
        )
        units.append(text[i : i + size])
        i += size
    return units


@dataclass(frozen=True)
class Term:
    """One part of a query; every term must match (AND)."""

    text: str
    #: Its passport spelling when it was typed in the 2021 Kazakh Latin alphabet ("qasymova" ->
    #: "kasymova"), looked for besides; "" for any other term.
    kazakh: str = ""
    #: A number typed with a Kazakh, Russian or Belarusian trunk "8" at another office, as dialled
    #: from abroad (:func:`_trunk_8_abroad`), looked for besides; "" for any other term.
    abroad: str = ""

    @property
    def short(self) -> bool:
        """Too short for the trigram index: answered from ``search_gram``."""
        return len(self.text) < 3

    @property
    def abbreviated_name(self) -> tuple[str, str] | None:
        """For whole syllables followed by initials ("chentc", "wangzc": how pinyin input methods
        abbreviate a name of three or more characters), what an entry holds instead of the text:
        the name's initials, which the index stores for such names (:func:`_name_parts`), and the
        spaced pinyin up to the first initial ("chen t"); None for any other term."""
        if self.short or not (self.text.isascii() and self.text.isalpha()):
            return None
        units = _pinyin_units(self.text)
        syllables = next((n for n, unit in enumerate(units) if len(unit) == 1), len(units))
        if len(units) < 3 or syllables == 0 or syllables == len(units):
            return None
        if any(len(unit) > 1 for unit in units[syllables:]):
            return None  # "muller": not a name's syllables and then its initials
        return names.initials(units), " ".join(units[: syllables + 1])

    @property
    def oo_spelling(self) -> str | None:
        """A Latin term with "oo" written "ou" ("mansoori" -> "mansouri"), as the index holds a name
        spelt with "oo" besides (:func:`_oo_as_ou`); None for any other term."""
        if self.short or "oo" not in self.text or not self.text.isascii():
            return None
        return self.text.replace("oo", "ou")

    @property
    def vowels_folded(self) -> str | None:
        """A Latin term with the vowels of Arabic names folded ("mansouri" -> "mansuri",
        :func:`arabic_names.fold_vowels`), as the index holds an Arabic name besides; None if the same."""
        if self.short or not self.text.isascii():
            return None
        folded = arabic_names.fold_vowels(self.text)
        # "lee" folds to "li": too short for the trigram index, and no Arabic name's spelling
        return folded if folded != self.text and len(folded) >= 3 else None

    @property
    def apostrophe_dropped(self) -> str | None:
        """A term with an apostrophe inside a word, of any kind, without it ("g'ayrat" -> "gayrat"): the
        index holds names so besides (Gʻayrat's "gayrat", O'Brien's run-together "obrien"), and a
        keyboard types ' where the name has ʻ or ’ (passports53); None for any other term."""
        if self.short:
            return None
        dropped = _TYPED_APOSTROPHE.sub("", self.text)
        return dropped if dropped != self.text and len(dropped) >= 3 else None

    @property
    def spellings(self) -> list[str]:
        """The texts an entry may hold for this term: as typed, its "ou" spelling, its Arabic vowels
        folded, its kana in the other kana script. A German "mueller" is looked for as typed: the index
        holds Müller's e-spelling (:func:`_umlauts_as_e`)."""
        out = [self.text]
        if self.kazakh and not self.short:
            out.append(self.kazakh)  # "Qasymova" finds Қасымова, indexed as "kasymova" (field test 121)
        if self.abroad:
            out.append(self.abroad)
        if (dropped := self.apostrophe_dropped) is not None:
            out.append(dropped)
        if (oo := self.oo_spelling) is not None:
            out.append(oo)
        if (folded := self.vowels_folded) is not None and folded not in out:
            out.append(folded)
        if (swapped := kana.other_script(self.text)) != self.text:
            out.append(swapped)  # "かとう" finds the reading カトウ (field test 78)
        if not self.short and romanise.has_letters_to_romanise(self.text):
            # typed in Cyrillic, a name is also looked for by its passport spelling, which the index
            # holds for Cyrillic names: Kazakh "Нұрлан" finds the Russian spelling Нурлан and back
            # (field test 121: either found only itself)
            out += [s for s in _romanised(self.text) if s not in out and len(s) >= 3]
        if (filipino := filipino_names.other_search_spelling(self.text)) is not None:
            out.append(filipino)  # "Maria Cristina" finds "Ma. Cristina" and back (field test 126)
        if "'" in self.text:
            # a name saved from a form or a Mac has the typographic apostrophe (N’Guessan): the
            # index keeps names as written, so both are looked for (field test 87)
            out.append(self.text.replace("'", _TYPOGRAPHIC_APOSTROPHE))
        return out


#: The apostrophe as word processors and phones write it; the index holds a name as it was saved.
_TYPOGRAPHIC_APOSTROPHE = "\u2019"
#: Apostrophes and their look-alikes as typed (’ ‘ ʼ ′ `), looked for as the straight one and ’.
_TYPED_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018\u02bc\u2032`", "'"))
#: An apostrophe inside a term's word: ASCII ' or Uzbek ʻ. The look-alikes (’ ‘ ʼ ′ `) are ' by then
#: (:data:`_TYPED_APOSTROPHES`, applied before a query is split into terms).
_TYPED_APOSTROPHE = re.compile(r"(?<=\w)['\u02bb](?=\w)")

#: al-/el- before a typed word of three letters or more (Al-Mansoori, el-Sayed)
_TYPED_ARTICLE = re.compile(r"^(?:al|el)[-\u2010\u2011](?=\w{3})", re.IGNORECASE)


def _fts_query(term: Term) -> str:
    """The FTS5 query for the entries that may match a long ``term`` (abbreviated names and "oo"
    spelt "ou" included)."""
    plain = _spellings_query(term)
    abbreviated = term.abbreviated_name
    if abbreviated is None:
        return plain
    initials, spaced = abbreviated
    return f"({plain}) OR ({trigram_query(initials)} AND {trigram_query(spaced)})"


def _spellings_query(term: Term) -> str:
    """The FTS5 query matching any of ``term``'s spellings (:attr:`Term.spellings`)."""
    spellings = term.spellings
    if len(spellings) == 1:
        return trigram_query(spellings[0])
    # The grams all spellings share are asked for once: (C AND A) OR (C AND B) read the posting list
    # of a common gram ("man" of "mansouri", "mansuri") once per spelling, 3x slower with three
    grams = [dict.fromkeys(s[i : i + 3] for i in range(len(s) - 2)) for s in spellings]
    common = [g for g in grams[0] if all(g in other for other in grams[1:])]
    rest = [[g for g in own if g not in common] for own in grams]
    shared = " AND ".join(_fts_phrase(g) for g in common)
    if not common or any(not own for own in rest):
        return shared or " OR ".join(f"({trigram_query(s)})" for s in spellings)
    either = " OR ".join("(" + " AND ".join(_fts_phrase(g) for g in own) + ")" for own in rest)
    return f"{shared} AND ({either})"


def _spelling_checks(term: Term, column: str) -> list[str]:
    """One condition per spelling of ``term`` (:attr:`Term.spellings`) on ``column`` (``alias.text``).
    The Arabic-vowel spelling matches at the start of a word only (after a space, hyphen, apostrophe,
    "@" or "."): "meena" folded to "mina" found Aminata inside her name. The term as typed still
    matches anywhere, as pinyin run together needs ("yinhang" in Chongqing's "chongqingyinhang")."""
    folded = term.vowels_folded
    return [
        f"instr({_WORD_STARTS.format(column=column)}, ' ' || ?) > 0"
        if spelling == folded and n > 0
        else f"instr({column}, ?) > 0"
        for n, spelling in enumerate(term.spellings)
    ]


#: An entry's text with the characters that begin a word inside it (Al-Mansoori, O'Brien, an e-mail
#: address's parts) as spaces, and a space before it: a word start is then " " + the word.
_WORD_STARTS = (
    "(' ' || replace(replace(replace(replace({column}, '-', ' '), char(39), ' '), '@', ' '), '.', ' '))"
)


def _text_check(term: Term, column: str = "e.text") -> tuple[str, list[Any]]:
    """A condition on entry ``e``'s text (or ``column``) that holds when it contains a long ``term``."""
    own = term.spellings
    checks = _spelling_checks(term, column)
    abbreviated = term.abbreviated_name
    if abbreviated is not None:
        checks.append(f"(instr({column}, ?) > 0 AND instr({column}, ?) > 0)")
        own.extend(abbreviated)
    return (checks[0] if len(checks) == 1 else "(" + " OR ".join(checks) + ")"), own


#: The letters of the 2021 Kazakh Latin alphabet a passport spells otherwise than folding does:
#: Ш ş "sh", Ч ç "ch"; Қ q below. The others fold to the passport's letter (Ә ä a, Ғ ğ g, Ң ñ n,
#: Ө ö o, Ұ ū u, Ү ü u), and Ж j is indexed besides zh (:func:`romanise.spellings`).
_KAZAKH_LATIN = str.maketrans({"ş": "sh", "Ş": "Sh", "ç": "ch", "Ç": "Ch"})
#: Қ's q, not pinyin's (qi, qu: "Qiao", "Quan" are Chinese names).
_KAZAKH_Q = re.compile(r"q(?![iu])", re.IGNORECASE)


def kazakh_latin_as_passport(word: str) -> str:
    """``word`` read as the 2021 Kazakh Latin alphabet, in the passport spelling the index holds
    for Kazakh Cyrillic names ("Qasymova" -> "Kasymova", "Şynar" -> "Shynar")."""
    return _KAZAKH_Q.sub(lambda m: "k" if m[0] == "q" else "K", word.translate(_KAZAKH_LATIN))


def parse_query(query: str) -> list[Term]:
    """Split a typed query into terms, folded as the index is ("Zhāng  Wěi" -> zhang, wei).

    A query of digits (with spaces, dashes, brackets, an extension) is one phone-number term, keyed
    as the index keys numbers ("0049 30 …" and "+49 (0)30 …" are "4930…"); runs of Chinese
    characters and Latin letters are separate terms ("张wei" -> 张, wei).
    """
    query = query.strip()
    if not query:
        return []
    number = phone_number_part(query)
    if _PHONE_QUERY.match(number) and sum(ch.isdigit() for ch in number) >= 3:
        digits = normalize_phone(number)
        international = written_international(number)
        # a few digits are looked for as typed ("007" is not "7")
        return [
            Term(
                _national_digits(digits, international)
                if len(digits) >= 3
                else "".join(ch for ch in number if ch.isdigit()),
                abroad="" if international else _trunk_8_abroad(digits),
            )
        ]
    terms: list[Term] = []
    # A typed middle dot (安娜·林德奎斯特, or a look-alike: ‧ • ・) separates name parts as a space does
    query = names.dots_as_spaces(query).translate(_TYPED_APOSTROPHES)
    for word in query.split():
        # "Al-Mansoori" is looked for as "mansoori": the Arabic article and its hyphen are not part of
        # the name as others write it ("Al Mansouri", field test 75), as a sort key leaves them out
        word = _TYPED_ARTICLE.sub("", word)
        if names.is_latin_initials(word):  # "W.K." is looked for as the index keys it: "wk"
            word = word.replace(".", "")
        # Han characters as the index keys them, Simplified: 張偉 and 张伟 find each other
        parts = [p for part in _SCRIPT_SPLIT.split(simplified(names.fold(word))) if (p := part.strip())]
        kazakh = names.fold(kazakh_latin_as_passport(word)) if len(parts) == 1 else ""
        terms += [Term(part, kazakh if kazakh != part else "") for part in parts]
    # Longest first: the most selective term drives the query.
    seen: set[str] = set()
    unique = [t for t in terms if not (t.text in seen or seen.add(t.text))]  # type: ignore[func-returns-value]
    return sorted(unique, key=lambda t: -len(t.text))


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def trigram_query(text: str) -> str:
    """The FTS5 query for the entries whose text may contain ``text``: its trigrams, ANDed.

    The index keeps no positions (``detail=none``, migration ``0020_search_slim``: a third of the
    size), so it cannot match a phrase: it narrows the entries down, and the row's own text is then
    checked with ``instr`` where the row is read anyway (:func:`_probe_sql`)."""
    grams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
    return " AND ".join(_fts_phrase(g) for g in grams)


def _through_organisation(term: Term) -> bool:
    """Whether people match ``term`` through their organisation's name: for Chinese, and for Latin
    words of four letters or more. Not for "zh" or "zha", the first keystrokes of a person's name,
    which would bring in everyone at every 中国… and 浙江… organisation."""
    return names.has_cjk(term.text) or len(term.text) >= 4


def _organisations_sql(term: Term) -> tuple[str, list[Any]]:
    """SQL selecting the entry ids of the organisations whose own text matches ``term``."""
    if term.short:
        return "SELECT g.entry_id FROM search_gram g WHERE g.gram = ? AND g.is_org = 1", [term.text]
    check = " OR ".join(_spelling_checks(term, "o.text"))
    # Every organisation's row id is at least the smallest one: FTS5 skips the people below it
    # (all of them after a rebuild, which numbers organisations last) without reading their rows.
    return (
        "SELECT o.id FROM (SELECT rowid AS id FROM search_fts WHERE search_fts MATCH ? "
        "AND rowid >= (SELECT min(id) FROM search_entry WHERE kind = 'organisation')) m "
        f"CROSS JOIN search_entry o ON o.id = m.id WHERE o.kind = 'organisation' AND ({check})",
        [_spellings_query(term), *term.spellings],
    )


def _set_sql(term: Term, kind: str | None) -> tuple[str, list[Any]]:
    """SQL selecting the ids of the entries that may match ``term``, directly or (contacts) through
    their current organisation: exactly those for short terms, a superset for trigram terms (the
    caller adds the term's :func:`_probe_sql` condition). Drives a query from a selective term."""
    if len(term.text) == 1 and not names.has_cjk(term.text):
        # Only one-letter words typed ("z w"): names starting with the letter.
        own, params = "SELECT id FROM search_entry WHERE substr(sort_en, 1, 1) = ?", [term.text]
    elif term.short:
        own, params = "SELECT entry_id FROM search_gram WHERE gram = ?", [term.text]
    else:
        own, params = "SELECT rowid FROM search_fts WHERE search_fts MATCH ?", [_fts_query(term)]
    if kind == ORGANISATION or not _through_organisation(term):
        return own, params
    orgs, org_params = _organisations_sql(term)
    return f"{own} UNION SELECT c.id FROM search_entry c WHERE c.org_id IN ({orgs})", [
        *params,
        *org_params,
    ]


def _probe_sql(term: Term, kind: str | None) -> tuple[str, list[Any]]:
    """A condition on entry ``e`` that holds when it matches ``term``.

    Gram terms are checked per entry by primary key (about a microsecond), trigram terms on the
    row's own text; organisations matching the term are found once per statement into an
    in-memory list that each person's organisation is looked up in.
    """
    if len(term.text) == 1 and not names.has_cjk(term.text):
        # One letter beside other terms: a word of the entry starts with it ("zhang w").
        return "instr(' ' || e.text, ?) > 0", [" " + term.text]
    if term.short:
        # The whole primary key: one B-tree probe.
        own, own_params = (
            "EXISTS (SELECT 1 FROM search_gram g WHERE g.gram = ? AND g.is_org = (e.kind = 'organisation') "
            "AND g.entry_id = e.id)",
            [term.text],
        )
    else:
        own, own_params = _text_check(term)
    if kind == ORGANISATION or not _through_organisation(term):
        return own, own_params
    orgs, org_params = _organisations_sql(term)
    return f"({own} OR e.org_id IN ({orgs}))", [*own_params, *org_params]


#: Sorts in key order, read in that order off an index: (kind, column), or for the organisation the
#: organisations' entries by (kind, sort key) and each one's people by ``org_id`` (:func:`_org_order_plan`).
#: Filters a list can add to a search: key -> value (empty values are ignored).
FILTERS = ("tag", "country", "unchanged")

#: An entry untouched since the cut-off: no real edit of it or its parts since (round 51: a restore,
#: an undo, a re-index, a sync re-stamp or a bulk tag moved ``updated_at`` and counted as a touch;
#: ``petdesk.sync.touches`` says what a real edit is), and no call, meeting, e-mail or note logged
#: with it since (a logged call is a touch too). The last real edit is stored (``last_touch``), so
#: the candidates are a range of ``(kind, at)`` (touched52: read from the log at every search it took
#: 1.1-1.5 s CPU at 100,000 contacts with a full log), and the entries with no row (no log, written in
#: bulk) a range of ``(kind, updated_at)``: a row for every record cost 9.2 MB on a 100,000-contact
#: demo (sparse52). Those entries' ids less the touched ones' come from covering indexes: asking each
#: old entry whether it has a touch read it for its ``entity_id`` (0.44 s CPU at 1 year; so 0.30-0.35 s).
#: The activities are looked up by the touch's ``entity_id``, inside the list: by the
#: entry's, each candidate's entry was read for it (0.50 s CPU at 1 year, 71,408 found; so 0.27 s).
_NOT_CALLED = (
    "NOT EXISTS (SELECT 1 FROM activity a WHERE a.contact_id = {id} AND a.deleted_at IS NULL "
    "AND a.occurred_at >= ?) AND NOT EXISTS (SELECT 1 FROM activity a WHERE a.organisation_id = {id} "
    "AND a.deleted_at IS NULL AND a.occurred_at >= ?)"
)
_UNCHANGED_SQL = (
    "e.id IN (SELECT u.id FROM last_touch t CROSS JOIN search_entry u ON u.entity_id = t.entity_id "
    "WHERE t.kind IN ('contact', 'organisation') AND t.at < ? AND "
    + _NOT_CALLED.format(id="t.entity_id")
    + " UNION ALL SELECT o.id FROM search_entry o WHERE o.id IN (SELECT u.id FROM search_entry u "
    "WHERE u.kind IN ('contact', 'organisation') AND u.updated_at < ? EXCEPT SELECT u.id FROM last_touch t "
    "CROSS JOIN search_entry u ON u.entity_id = t.entity_id) AND "
    + _NOT_CALLED.format(id="o.entity_id")
    + ")"
)


def unchanged_cutoff(years: int, today: dt.date | None = None) -> int:
    """The stored time ``years`` whole years before ``today`` (at midnight UTC; 29 February
    falls back to the 28th)."""
    day = today or dt.datetime.now(dt.UTC).date()
    years = min(years, day.year - 1)  # at most back to year 1: nothing is older ("--untouched-for 3000")
    try:
        then = day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year without it
        then = day.replace(year=day.year - years, day=28)
    return stored_time(dt.datetime(then.year, then.month, then.day, tzinfo=dt.UTC))


def _filter_sql(
    filters: dict[str, str] | None, *, untouched_read_once: bool = False
) -> tuple[list[str], list[Any]]:
    """Conditions on entry ``e`` for the list's filters: a tag (whole tag, any case), a country
    (the organisation's, for people), and "unchanged" for this many years (field test 69,
    defect 3: the year-end cleanup's first question, "who has nobody touched for three years?",
    had no answer in the window). ``untouched_read_once``: "unchanged" as a look-up in the CTE
    ``untouched`` (:func:`_with_untouched`), for plans that repeat their conditions."""
    conds: list[str] = []
    params: list[Any] = []
    for key, value in (filters or {}).items():
        if not value:
            continue
        if key == "tag":
            conds.append("instr(', ' || lower(e.tags) || ', ', ', ' || lower(?) || ', ') > 0")
            params.append(value)
        elif key == "country":
            conds.append("e.country = ?")
            params.append(value)
        elif key == "unchanged" and untouched_read_once:
            conds.append("e.id IN untouched")
        elif key == "unchanged":
            cutoff = unchanged_cutoff(int(value))
            conds.append(_UNCHANGED_SQL)
            params += [cutoff] * _UNCHANGED_SQL.count("?")
        else:
            raise ValueError(f"cannot filter by {quoted(key)}; choose one of {', '.join(FILTERS)}")
    return conds, params


@dataclass(frozen=True)
class QueryPlan:
    """The SQL for one page of a search, and which way it was driven (for benchmarks)."""

    sql: str
    params: list[Any]
    #: "all" (no query), "letter" (one letter: a sort-key range), "ordered" (one or two characters:
    #: a page in name order off the gram index), "walk" (a trigram term's entries in name order off
    #: the index's row ids) or "drive" (the longest term's matches, sorted).
    strategy: str


def _with_untouched(plan: QueryPlan, filters: dict[str, str] | None) -> QueryPlan:
    """``plan`` (a ``WITH`` statement whose conditions say ``e.id IN untouched``) with the entries
    the "unchanged" filter keeps read first, once, as the CTE ``untouched``. The walk plan repeats
    its conditions in each of its eight branches, and SQLite read the change log's lists once per
    copy: "zhang" untouched for a year took 4.3 s, now 1.8 s, "berg" 4.9 s, now 1.8 s (100,000
    contacts, 570,000 log rows, a loaded machine). Plans holding the filter once read it faster inline."""
    years = (filters or {}).get("unchanged")
    if not years:
        return plan
    cte = f"untouched(id) AS MATERIALIZED (SELECT e.id FROM search_entry e WHERE {_UNCHANGED_SQL})"
    params = [unchanged_cutoff(int(years))] * _UNCHANGED_SQL.count("?")
    body = plan.sql.removeprefix("WITH ")
    return QueryPlan(f"WITH {cte}, {body}", [*params, *plan.params], plan.strategy)


def _plan(
    conn: sqlite3.Connection | None,
    query: str,
    kind: str | None,
    language: str,
    sort: str,
    descending: bool,
    *,
    select: str,
    paged: bool = True,
    limit: int = 50,
    offset: int = 0,
    filters: dict[str, str] | None = None,
) -> QueryPlan:
    """The SQL and parameters (limit and offset included) for one page, or the count."""
    terms = parse_query(query)
    order = _order_by(sort, language, descending)
    kind_sql, kind_params = ("e.kind = ?", [kind]) if kind else ("1", [])
    filter_conds, filter_params = _filter_sql(filters)
    if filter_conds and not terms:
        kind_sql = " AND ".join([kind_sql, *filter_conds])
        kind_params = [*kind_params, *filter_params]
    tail = f" ORDER BY {order} LIMIT ? OFFSET ?" if paged else ""
    window = [limit, offset] if paged else []
    if not terms:
        if paged and sort == "organisation":
            return _org_order_plan(select, kind_sql, kind_params, language, descending, limit, offset)
        return QueryPlan(
            f"SELECT {select} FROM search_entry e WHERE {kind_sql}{tail}", [*kind_params, *window], "all"
        )
    lone_letter = len(terms) == 1 and len(terms[0].text) == 1 and not names.has_cjk(terms[0].text)
    if lone_letter:
        # One letter alone: names starting with it, like the letter tabs of an address book.
        key = "e.sort_zh" if language.startswith("zh") else "e.sort_en"
        letter = terms[0].text
        where = " AND ".join([kind_sql, *filter_conds])
        return QueryPlan(
            f"SELECT {select} FROM search_entry e WHERE {where} AND {key} >= ? AND {key} < ?{tail}",
            [*kind_params, *filter_params, letter, chr(ord(letter) + 1), *window],
            "letter",
        )
    driver, others = terms[0], terms[1:]
    probes, probe_params = [], []
    for term in others:
        cond, p = _probe_sql(term, kind)
        probes.append(cond)
        probe_params.extend(p)
    probes += filter_conds  # the filters narrow the driving term's matches like another term
    probe_params += filter_params
    if (
        paged
        and kind
        and sort == "name"
        and not descending
        and not language.startswith("zh")
        and not driver.short
    ):
        exact_keys = _exact_sort_keys(query)
        if exact_keys is not None:
            once_conds, once_params = _filter_sql(filters, untouched_read_once=True)
            walk = _walk_plan(
                conn, driver, others, kind, query, select, once_conds, once_params, exact_keys, limit, offset
            )
            return _with_untouched(walk, filters)
    if (
        paged
        and kind
        and sort == "name"
        and driver.short
        and (len(driver.text) > 1 or names.has_cjk(driver.text))
    ):
        return _ordered_gram_plan(
            conn, driver, kind, language, descending, select, probes, probe_params, limit, offset
        )
    drive_sql, params = _set_sql(driver, kind)
    conds, cond_params = [kind_sql], [*kind_params]
    if not driver.short:
        # The trigram index gives a superset: the driving term is checked on the row like the others.
        check, check_params = _probe_sql(driver, kind)
        conds.append(check)
        cond_params += check_params
    conds += probes
    cond_params += probe_params
    matches = f"FROM cand CROSS JOIN search_entry e ON e.id = cand.id WHERE {' AND '.join(conds)}"
    if not paged:
        return QueryPlan(
            f"WITH cand(id) AS ({drive_sql}) SELECT {select} {matches}", [*params, *cond_params], "drive"
        )
    rank, rank_params = order, list[Any]()
    if sort == "name" and not descending:
        # A whole name typed ("zhang wei", "zhangwei") puts that person before the longer names
        # containing it (Zhang Weiming); then the sort order goes on as usual.
        rank, rank_params = _typed_rank(query, order)
    # The matches are ranked by their ids and sort keys alone and only the page's rows are read
    # whole: the sorter does not carry every column of the thousands of people "zhan" matches.
    sql = (
        f"WITH cand(id) AS ({drive_sql}), "
        f"page(id) AS (SELECT e.id {matches} ORDER BY {rank} LIMIT ? OFFSET ?) "
        f"SELECT {select} FROM page CROSS JOIN search_entry e ON e.id = page.id ORDER BY {rank}"
    )
    return QueryPlan(sql, [*params, *cond_params, *rank_params, *window, *rank_params], "drive")


#: Above every sort key that starts with a given text: the end of that text's sort-key range.
SORT_KEY_END = "\U0010ffff"
#: Row ids from here on are entries indexed one by one since the last rebuild, in no order; the
#: rebuild numbers every entry below it in (kind, English sort key) order, so that a trigram term's
#: entries come off the index in name order (:func:`_walk_plan`).
TAIL_BASE = 1 << 40
#: Names up to this many letters are listed with spaces anywhere between the letters; longer
#: ones (up to :data:`_MAX_EXACT_LETTERS`) with up to :data:`_MAX_EXACT_SPACES` spaces.
_ALL_SPACINGS_LETTERS = 8
_MAX_EXACT_LETTERS = 16
_MAX_EXACT_SPACES = 3


def _spacings(letters: str) -> Iterator[str]:
    """``letters`` with spaces between them, as a sort key may hold them ("zhangwei" -> "zhang wei")."""
    most = len(letters) - 1 if len(letters) <= _ALL_SPACINGS_LETTERS else _MAX_EXACT_SPACES
    for count in range(most + 1):
        for cuts in combinations(range(1, len(letters)), count):
            bounds = (0, *cuts, len(letters))
            yield " ".join(letters[a:b] for a, b in pairwise(bounds))


def _exact_sort_keys(query: str) -> list[str] | None:
    """The English sort keys an entry named exactly as typed can have (the drive plan ranks first the
    entries whose name, sort key, or sort key without spaces is what was typed), so that the walk
    plan finds them by the sort-key index; None when there are too many to list."""
    if names.has_cjk(query):
        return None
    typed = " ".join(names.fold(w) for w in query.split())
    compact = typed.replace(" ", "")
    if not compact or len(compact) > _MAX_EXACT_LETTERS:
        return None
    keys = {typed, names.organisation_sort_key_en(name_en=typed), *_spacings(compact)}
    words = typed.split(" ")
    for i in range(len(words) + 1):  # a person's name typed in either order
        first, last = " ".join(words[:i]), " ".join(words[i:])
        keys.add(names.person_sort_key_en(family=first, given=last))
        keys.add(names.person_sort_key_en(family=last, given=first))
    return sorted(keys)


def _walk_plan(
    conn: sqlite3.Connection | None,
    driver: Term,
    others: list[Term],
    kind: str,
    query: str,
    select: str,
    filter_conds: list[str],
    filter_params: list[Any],
    exact_keys: list[str],
    limit: int,
    offset: int,
) -> QueryPlan:
    """A trigram term in English name order: read the entries holding the trigrams of every long
    term off the index in row id order, which below :data:`TAIL_BASE` is name order, and stop when
    the page is full ("zhan" matches 7,000 people; ranking them all cost 30-40 ms). Added to those,
    each read by row id and cut at the page as well: the people of the organisations a term matches
    (they match it without holding it); then every entry indexed since the last rebuild, and the
    entries named exactly as typed (found by sort key), which rank first. The handful is then
    ranked as the drive plan does."""
    need = offset + limit
    # Entries indexed one by one since the last rebuild (none in a fresh file: then not asked for).
    tail = _has_tail(conn)
    ctes: list[str] = []
    params: list[Any] = []
    long_terms = [driver, *(t for t in others if not t.short)]
    fts_query = " AND ".join(f"({_fts_query(t)})" for t in long_terms)
    floor = ""
    if kind == ORGANISATION:  # organisations are numbered after people
        floor = " AND f.rowid >= (SELECT min(id) FROM search_entry WHERE kind = 'organisation')"
    # (source of entries, its parameters, its row id column), each read in row id order
    sources: list[tuple[str, list[Any], str]] = [
        (
            f"FROM search_fts f CROSS JOIN search_entry e ON e.id = f.rowid WHERE search_fts MATCH ?{floor}",
            [fts_query],
            "f.rowid",
        )
    ]
    # Names with no Latin sort key whose romanised word starts with the typed word rank with the
    # sort-key matches (_word_start_sql); they lie past every Latin name: read off the sort-key index.
    word, word_params = _word_start_sql(query)
    if word_params:
        sources.append((f"FROM search_entry e WHERE e.kind = ? AND {word}", [kind, *word_params], "e.id"))
    # Each long term's condition on the row; its organisations are found once, in a CTE.
    checks: dict[int, tuple[str, list[Any]]] = {}
    for n, term in enumerate(long_terms):
        checks[n] = _text_check(term)
        if kind != CONTACT or not _through_organisation(term):
            continue
        orgs, org_params = _organisations_sql(term)
        ctes.append(f"orgs{n}(id) AS MATERIALIZED ({orgs})")
        params += org_params
        members = f"e.org_id IN (SELECT id FROM orgs{n})"
        sources.append((f"FROM search_entry e WHERE {members}", [], "e.id"))
        own, own_params = checks[n]
        checks[n] = (f"({own} OR {members})", own_params)
    match, match_params = checks[0]
    probes, probe_params = (
        [c for c, _p in list(checks.values())[1:]],
        [p for _c, ps in list(checks.values())[1:] for p in ps],
    )
    for term in others:
        if term.short:
            cond, cond_params = _probe_sql(term, kind)
            probes.append(cond)
            probe_params += cond_params
    probes += filter_conds
    probe_params += filter_params
    extra = "".join(f" AND {p}" for p in probes)
    # "+e.kind": each source finds its entries, never a walk over every person of the kind
    full, full_params = f"+e.kind = ? AND {match}{extra}", [kind, *match_params, *probe_params]
    parts: list[str] = []
    for source, source_params, row_id in sources:
        parts.append(
            f"SELECT * FROM (SELECT e.id {source} AND {row_id} < {TAIL_BASE} AND {full} "
            f"ORDER BY {row_id} LIMIT ?)"
        )
        params += [*source_params, *full_params, need]
        if tail:
            parts.append(f"SELECT e.id {source} AND {row_id} >= {TAIL_BASE} AND {full}")
            params += [*source_params, *full_params]
    marks = ", ".join("?" * len(exact_keys))
    parts.append(
        f"SELECT e.id FROM search_entry e WHERE e.kind = ? AND e.sort_en IN ({marks}) AND {match}{extra}"
    )
    params += [kind, *exact_keys, *match_params, *probe_params]
    # Sort keys starting with the typed text, which rank next, may lie past the page in name order
    # ("Lund University" after every "lund…" in pinyin): read those off the sort-key index too.
    for typed in _typed_sort_keys(query):
        parts.append(
            f"SELECT * FROM (SELECT e.id FROM search_entry e WHERE e.kind = ? AND e.sort_en >= ? "
            f"AND e.sort_en < ? AND {match}{extra} ORDER BY e.sort_en LIMIT ?)"
        )
        params += [kind, typed, typed + SORT_KEY_END, *match_params, *probe_params, need]
    ctes.append(f"hits(id) AS ({' UNION '.join(parts)})")
    rank, rank_params = _typed_rank(query, "e.sort_en ASC, e.id ASC")
    sql = (
        f"WITH {', '.join(ctes)} SELECT {select} FROM hits CROSS JOIN search_entry e ON e.id = hits.id "
        f"ORDER BY {rank} LIMIT ? OFFSET ?"
    )
    params += [*rank_params, limit, offset]
    return QueryPlan(sql, params, "walk")


def _typed_rank(query: str, order: str) -> tuple[str, list[Any]]:
    """The ORDER BY of a typed search in name order, and its parameters: a whole name typed ("zhang
    wei", "zhangwei") first, before the longer names containing it (Zhang Weiming); then the names
    whose English sort key starts with the typed text, before those matching elsewhere or only
    through the pinyin of a Chinese name ("Lund" ranks Lund University above 伦敦 London Water
    Utility, read "lundun"), and with them a Hangul or kana name romanised with a word starting
    with it (:func:`_word_start_sql`); then ``order``. Sort-key ranges, not any word of the name:
    the walk plan reads those off the sort-key index, so its pages stay those of the full ranking."""
    typed, *romanised = _typed_sort_keys(query)
    word, word_params = _word_start_sql(query)
    # The Chinese name is shown (and stored) as entered: 张伟 ranks 張偉 first as 張偉 does
    zh_forms = written_forms(query.strip()) if names.has_cjk(query) else [query.strip()]
    # Петрова typed files as "petrova", as a person's or an organisation's English key has it
    same = "".join(" OR e.sort_en = ? OR replace(e.sort_en, ' ', '') = ?" for _k in romanised)
    starts = "".join(" OR e.sort_en >= ? AND e.sort_en < ?" for _k in romanised)
    rank = (
        f"(lower(e.name_en) = ? OR e.sort_en = ? OR replace(e.sort_en, ' ', '') = ?{same} "
        f"OR e.name_zh IN ({', '.join('?' * len(zh_forms))})) = 0, "
        f"(e.sort_en >= ? AND e.sort_en < ?{starts} OR {word}) = 0, {order}"
    )
    return rank, [
        typed,
        typed,
        typed.replace(" ", ""),
        *[p for k in romanised for p in (k, k.replace(" ", ""))],
        *zh_forms,
        typed,
        typed + SORT_KEY_END,
        *[p for k in romanised for p in (k, k + SORT_KEY_END)],
        *word_params,
    ]


def _typed_sort_keys(query: str) -> list[str]:
    """The typed text as sort keys start: folded, then for Cyrillic or Greek letters their Latin
    spelling too, as English sort keys have them (:func:`names.person_sort_key_en`,
    :func:`names.organisation_sort_key_en`)."""
    typed = " ".join(names.fold(w) for w in query.split())
    if not (romanise.has_letters_to_romanise(typed) or romanise.has_devanagari(typed)):
        return [typed]
    latin = " ".join(names.latin_sort_text(w) for w in query.split())
    return [typed] if latin == typed else [typed, latin]


def _word_start_sql(query: str) -> tuple[str, list[Any]]:
    """A condition on entry ``e``: a name with no Latin sort key (Hangul or kana alone: 홍길동 sorts
    as "홍 길동", after every Latin name) has a word starting with the first typed word in its
    romanised forms. Such a name ranks with the names whose sort key starts with it: "hong" listed
    홍길동 531st, behind everyone at a Chongqing organisation (field test 51). A name in Latin
    letters or pinyin is ranked by its sort key already. Always false for a word that is not three
    letters or more (shorter words are ranked by :func:`_ordered_gram_plan`) or is Chinese."""
    words = [names.fold(w) for w in query.split()]
    first = words[0] if words else ""
    if len(first) < 3 or names.has_cjk(first):
        return "0", []
    return "(e.sort_en >= ? AND instr(' ' || e.text, ?) > 0)", [NON_LATIN_SORT_KEYS, " " + first]


#: Sort keys from here on are names with no Latin form: Hangul (stored decomposed, its jamo from
#: U+1100 on) and kana. They sort after every Latin one.
NON_LATIN_SORT_KEYS = "\u1100"


def _has_tail(conn: sqlite3.Connection | None) -> bool:
    """Whether entries were indexed one by one since the last rebuild (unknown without a connection)."""
    return (
        conn is None
        or conn.execute("SELECT coalesce(max(id), 0) FROM search_entry").fetchone()[0] >= TAIL_BASE
    )


def _org_order_plan(
    select: str,
    conds: str,
    cond_params: list[Any],
    language: str,
    descending: bool,
    limit: int,
    offset: int,
) -> QueryPlan:
    """Every entry (no query) by organisation: the organisations' entries in name order, each one's
    people by ``org_id``, until the page is full; then the entries without an organisation (sorted
    last, as if their organisation were named U+FFFF), in row order. The same order as sorting on
    the organisation's sort key and row id, without sorting 100,000 rows."""
    key = "sort_zh" if language.startswith("zh") else "sort_en"
    direction = "DESC" if descending else "ASC"
    with_org = (
        f"SELECT e.id AS id, o.{key} AS okey FROM search_entry o "
        "CROSS JOIN search_entry e ON e.org_id = o.id "
        f"WHERE o.kind = 'organisation' AND {conds} ORDER BY o.{key} {direction}, e.id {direction} LIMIT ?"
    )
    without = (
        f"SELECT e.id AS id, char(65535) AS okey FROM search_entry e WHERE e.org_id IS NULL AND {conds} "
        f"ORDER BY e.id {direction} LIMIT ?"
    )
    sql = (
        f"WITH page(id, okey) AS (SELECT * FROM ({with_org}) UNION ALL SELECT * FROM ({without})) "
        f"SELECT {select} FROM page CROSS JOIN search_entry e ON e.id = page.id "
        f"ORDER BY page.okey {direction}, page.id {direction} LIMIT ? OFFSET ?"
    )
    need = offset + limit
    return QueryPlan(sql, [*cond_params, need, *cond_params, need, limit, offset], "all")


#: Up to this many people at the organisations a one- or two-character query matches, they are
#: sorted; beyond it, all people are walked in name order until the page is full.
_SORT_MEMBERS_AT_MOST = 2000


def _ordered_gram_plan(
    conn: sqlite3.Connection | None,
    driver: Term,
    kind: str,
    language: str,
    descending: bool,
    select: str,
    probes: list[str],
    probe_params: list[Any],
    limit: int,
    offset: int,
) -> QueryPlan:
    """One or two characters: read the key's entries in name order off ``search_gram`` and stop
    when the page is full (张 matches 7% of people; sorting them all costs 20 ms, this costs one
    index range). In English order the key's rows are read in entry id order, which below
    :data:`TAIL_BASE` is that order; in Chinese order the rows' ``rank_zh`` picks the first ones
    (a bounded sort of the key's rows, which hold it, without reading any entry). Entries indexed
    one by one since the last rebuild and people found through their organisation are merged in;
    the handful is sorted by the full key."""
    zh = language.startswith("zh")
    key = "sort_zh" if zh else "sort_en"
    place = "g.rank_zh" if zh else "g.entry_id"
    direction = "DESC" if descending else "ASC"
    need = offset + limit
    extra = "".join(f" AND {p}" for p in probes)
    is_org = 1 if kind == ORGANISATION else 0
    matches = (
        f"FROM search_gram g CROSS JOIN search_entry e ON e.id = g.entry_id "
        f"WHERE g.gram = ? AND g.is_org = ?{extra}"
    )
    if probes:
        first = (
            f"SELECT e.id AS rid, e.{key} AS skey {matches} AND {place} < {TAIL_BASE} "
            f"ORDER BY {place} {direction} LIMIT ?"
        )
        params: list[Any] = [driver.text, is_org, *probe_params, need]
    else:  # the first rows come off the gram table alone; only their entries are read
        first = (
            f"SELECT e.id AS rid, e.{key} AS skey FROM (SELECT g.entry_id FROM search_gram g "
            f"WHERE g.gram = ? AND g.is_org = ? AND {place} < {TAIL_BASE} "
            f"ORDER BY {place} {direction} LIMIT ?) h "
            "CROSS JOIN search_entry e ON e.id = h.entry_id"
        )
        params = [driver.text, is_org, need]
    parts = [f"SELECT * FROM ({first})"]
    if _has_tail(conn):
        parts.append(f"SELECT e.id, e.{key} {matches} AND {place} >= {TAIL_BASE}")
        params += [driver.text, is_org, *probe_params]
    if kind == CONTACT and _through_organisation(driver):
        orgs = "SELECT entry_id FROM search_gram WHERE gram = ? AND is_org = 1"
        members = (
            0
            if conn is None
            else conn.execute(f"SELECT count(*) FROM search_entry WHERE org_id IN ({orgs})", [driver.text])
            .fetchone()[0]
        )  # fmt: skip
        if members > _SORT_MEMBERS_AT_MOST:
            # Many people (北京: 4,800): walk all people in name order and keep theirs until the
            # page is full (2 ms where sorting them took 12).
            parts.append(
                f"SELECT * FROM (SELECT e.id AS rid, e.{key} AS skey FROM search_entry e "
                f"INDEXED BY ix_search_entry_kind_{key} "
                f"WHERE e.kind = 'contact' AND e.org_id IN ({orgs}){extra} "
                f"ORDER BY e.{key} {direction}, e.id {direction} LIMIT ?)"
            )
        else:
            parts.append(
                # CROSS JOIN: start from the few matching organisations, never walk all people.
                f"SELECT * FROM (SELECT e.id AS rid, e.{key} AS skey FROM search_gram g "
                "CROSS JOIN search_entry e ON e.org_id = g.entry_id "
                f"WHERE g.gram = ? AND g.is_org = 1 AND e.kind = 'contact'{extra} "
                f"ORDER BY e.{key} {direction}, e.id {direction} LIMIT ?)"
            )
        params += [driver.text, *probe_params, need]
    sql = (
        f"WITH page(rid, skey) AS ({' UNION '.join(parts)}) "
        f"SELECT {select} FROM page CROSS JOIN search_entry e ON e.id = page.rid "
        f"ORDER BY page.skey {direction}, page.rid {direction} LIMIT ? OFFSET ?"
    )
    return QueryPlan(sql, [*params, limit, offset], "ordered")


def _dbapi(session: Session | sqlite3.Connection) -> sqlite3.Connection:
    """The sqlite3 connection under the session's transaction (bulk statements go straight to it),
    or the plain connection a quick command reads through."""
    if isinstance(session, connection.CONNECTIONS):
        return cast(sqlite3.Connection, session)
    return session_sqlite(cast("Session", session))


def search(
    session: Session | sqlite3.Connection,
    query: str,
    *,
    kind: str | None = None,
    language: str = "en",
    sort: str = "name",
    descending: bool = False,
    limit: int = 50,
    offset: int = 0,
    filters: dict[str, str] | None = None,
) -> list[SearchRow]:
    """One page of organisations and/or contacts matching ``query``, sorted in SQL.

    An empty query lists everything. ``language`` chooses the sort order of names (pinyin for
    Chinese, Latin surname order for English).
    """
    _check_kind(kind)
    conn = _dbapi(session)
    _use_cache(conn)
    plan = _plan(
        conn,
        query,
        kind,
        language,
        sort,
        descending,
        select=_ROW_COLUMNS,
        limit=limit,
        offset=offset,
        filters=filters,
    )
    rows = conn.execute(plan.sql, plan.params).fetchall()
    return [SearchRow(*row) for row in rows]


def count(
    session: Session | sqlite3.Connection,
    query: str,
    *,
    kind: str | None = None,
    filters: dict[str, str] | None = None,
) -> int:
    """How many entries match ``query`` (and ``filters``)."""
    _check_kind(kind)
    conn = _dbapi(session)
    _use_cache(conn)
    plan = _plan(None, query, kind, "en", "name", False, select="count(*)", paged=False, filters=filters)
    return int(conn.execute(plan.sql, plan.params).fetchone()[0])


def matching_ids(
    session: Session, query: str, *, kind: str | None = None, filters: dict[str, str] | None = None
) -> list[str]:
    """The ids of every entry matching ``query`` (bulk actions on "all N matching", not the
    rows a list happens to have loaded)."""
    _check_kind(kind)
    conn = _dbapi(session)
    _use_cache(conn)
    plan = _plan(None, query, kind, "en", "name", False, select="e.entity_id", paged=False, filters=filters)
    return [row[0] for row in conn.execute(plan.sql, plan.params)]


def matching_ids_sql(
    query: str, *, kind: str | None = None, filters: dict[str, str] | None = None
) -> tuple[str, list[Any]]:
    """The SQL (and parameters) selecting the ids of every entry matching ``query``, for
    set-based bulk work (``INSERT ... SELECT``) that must not hold 100,000 ids in Python."""
    _check_kind(kind)
    plan = _plan(None, query, kind, "en", "name", False, select="e.entity_id", paged=False, filters=filters)
    return plan.sql, plan.params


def position(
    session: Session,
    query: str,
    entity_id: str,
    *,
    kind: str | None = None,
    language: str = "en",
    sort: str = "name",
    descending: bool = False,
    filters: dict[str, str] | None = None,
) -> int:
    """Row number of ``entity_id`` in the list :func:`search` pages through, or -1.

    The whole list sorted by an indexed column is answered by a COUNT of the rows sorting before
    it (one index range on 100,000 contacts); a search's matches are few and read in order."""
    _check_kind(kind)
    conn = _dbapi(session)
    _use_cache(conn)
    if not parse_query(query) and sort in _INDEXED_SORTS and not any((filters or {}).values()):
        en, zh = SORTS[sort]
        column = zh if language.startswith("zh") else en
        kind_sql, kind_params = ("e.kind = ? AND ", [kind]) if kind else ("", [])
        me = conn.execute(
            f"SELECT {column}, e.id FROM search_entry e WHERE {kind_sql}e.entity_id = ?",
            [*kind_params, entity_id],
        ).fetchone()
        if me is None:
            return -1
        op = ">" if descending else "<"
        sql = f"SELECT count(*) FROM search_entry e WHERE {kind_sql}({column}, e.id) {op} (?, ?)"
        return int(conn.execute(sql, [*kind_params, *me]).fetchone()[0])
    total = count(session, query, kind=kind, filters=filters)
    plan = _plan(
        conn,
        query,
        kind,
        language,
        sort,
        descending,
        select="e.entity_id",
        limit=max(total, 1),
        offset=0,
        filters=filters,
    )
    for row_no, row in enumerate(conn.execute(plan.sql, plan.params)):
        if row[0] == entity_id:
            return row_no
    return -1


def plan_query(
    session: Session,
    query: str,
    *,
    kind: str | None = None,
    language: str = "en",
    sort: str = "name",
    limit: int = 50,
    offset: int = 0,
) -> QueryPlan:
    """The plan :func:`search` would run for one page (for benchmarks and EXPLAIN)."""
    return _plan(
        _dbapi(session), query, kind, language, sort, False, select=_ROW_COLUMNS, limit=limit, offset=offset
    )


#: Page cache for search connections (KiB, as SQLite's negative cache_size): the index tables of
#: 100,000 contacts are some 60 MB, and the 2 MB default turns every candidate lookup into a read.
SEARCH_CACHE_KIB = 65536


def _use_cache(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA cache_size").fetchone()[0] != -SEARCH_CACHE_KIB:
        conn.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")


def _check_kind(kind: str | None) -> None:
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {quoted(kind)}; choose contact or organisation")


# -- building index rows ----------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", names.fold(text)) if w]


def _prefix_grams(words: Iterable[str], out: set[str]) -> None:
    """Two-letter word starts ("zh" for Zhang); one-letter queries go by sort key instead."""
    for w in words:
        if len(w) >= 2 and not names.has_cjk(w):
            out.add(w[:2])


def _initials_gram(syllables: list[str], out: set[str]) -> None:
    """The first two initials of a name of two syllables or more ("bj" for 北京…)."""
    first_two = names.initials(syllables)[:2]
    if len(first_two) == 2:
        out.add(first_two)


def _cjk_grams(text: str, out: set[str]) -> None:
    """Han characters and pairs of ``text``, which callers give Simplified (:func:`simplified`), as
    queries are looked up."""
    for run in _SCRIPT_SPLIT.findall(text):
        for i, ch in enumerate(run):
            out.add(ch)
            if i + 1 < len(run):
                out.add(run[i : i + 2])


@dataclass(slots=True)
class _Entry:
    entity_id: str
    kind: str
    #: The current organisation's id (its entry's row id is looked up when the row is written).
    org_entity_id: str | None
    name_en: str
    name_zh: str
    position_en: str
    position_zh: str
    email: str
    phone: str
    city_en: str
    city_zh: str
    country: str
    tags: str
    updated_at: int
    sort_en: str
    sort_zh: str
    text: str
    grams: set[str] | frozenset[str]

    def values(self, row_id: int, org_row_id: int | None, rank_zh: int) -> tuple:
        return (
            row_id,
            self.entity_id,
            self.kind,
            org_row_id,
            self.name_en,
            self.name_zh,
            self.position_en,
            self.position_zh,
            self.email,
            self.phone,
            self.city_en,
            self.city_zh,
            self.country,
            self.tags,
            self.updated_at,
            self.sort_en,
            self.sort_zh,
            self.text,
            " ".join(sorted(self.grams)),
            rank_zh,
        )

    def gram_rows(self, row_id: int, rank_zh: int) -> list[tuple]:
        """This entry's ``search_gram`` rows."""
        is_org = int(self.kind == ORGANISATION)
        return [(g, is_org, row_id, rank_zh) for g in self.grams]


_INSERT_GRAM = "INSERT OR IGNORE INTO search_gram (gram, is_org, entry_id, rank_zh) VALUES (?, ?, ?, ?)"
_DELETE_GRAM = "DELETE FROM search_gram WHERE gram = ? AND is_org = ? AND entry_id = ?"

#: Letters of a sort key that :func:`sort_code` keeps, and the classes of characters it tells apart.
_CODE_LENGTH = 12
_CODE_BASE = 32


def _code_class(ch: str) -> int:
    """Classes in code point order (what SQLite's BINARY collation compares): 0 is "the key has
    ended", so a shorter key sorts first, as in the text."""
    c = ord(ch)
    if c <= 0x20:
        return 1
    if c < 0x61:  # digits, punctuation
        return 2
    if c <= 0x7A:  # a-z: 3..28
        return 3 + c - 0x61
    if c < 0x3000:
        return 29
    if c < 0xFFFF:  # CJK and the rest of the BMP
        return 30
    return 31  # _LAST and beyond


def sort_code(key: str) -> int:
    """The first letters of a sort key as one integer that never sorts against the key: if
    a < b then sort_code(a) <= sort_code(b). Ties (same first 12 letters) are rare and are put in
    order by the full key when a page is read (see ``_ordered_gram_plan``)."""
    code = 0
    for i in range(_CODE_LENGTH):
        code = code * _CODE_BASE + (_code_class(key[i]) if i < len(key) else 0)
    return code


_ENTRY_COLUMNS = (
    "id, entity_id, kind, org_id, name_en, name_zh, position_en, position_zh, email, phone, city_en, "
    "city_zh, country, tags, updated_at, sort_en, sort_zh, text, grams, rank_zh"
)
#: Entries in one statement, from a JSON array of their :meth:`_Entry.values` (issue 17): the
#: FTS5 index flushes what it holds at each statement's savepoint, so one ``INSERT`` per row through
#: the ``search_fts_ai`` trigger wrote a segment a row (1.9 s CPU for 7,000 people, 0.5 s so).
_INSERT_ENTRIES = (
    f"INSERT INTO search_entry ({_ENTRY_COLUMNS}) SELECT "
    + ", ".join(f"value ->> {i}" for i in range(20))
    + " FROM json_each(?)"
)
#: :data:`_INSERT_ENTRIES` for one row, for rows JSON would cut (``rows_as_json``).
_INSERT_ENTRY = f"INSERT INTO search_entry ({_ENTRY_COLUMNS}) VALUES ({', '.join('?' * 20)})"


def _tags(raw: str | None) -> list[str]:
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(t) for t in value if str(t).strip()] if isinstance(value, list) else []


def _run_together(name: str) -> str:
    """An organisation's Latin name of several words without spaces ("greentechltd"), so that
    "greentech" finds Green Tech Ltd as brands are written either way; in reading order only, as
    nobody types an organisation's words backwards. One copy of the name per organisation: a few
    hundred beside tens of thousands of people."""
    words = _words(name)
    return "".join(words) if len(words) > 1 else ""


def _oo_as_ou(folded: str) -> str:
    """A folded Latin name with "oo" written "ou" ("al-mansoori" -> "al-mansouri"), "" without one:
    Gulf names are spelt both ways (Mansoori, Mansouri), so "mansouri" finds either (field test 75).
    Only the index holds the second form; a typed "oo" is looked for as "ou" too (:attr:`Term.spellings`)."""
    return folded.replace("oo", "ou") if "oo" in folded else ""


#: ä, ö, ü as German writes them without the dots (lower case: applied to a casefolded text).
_UMLAUTS_AS_E = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _umlauts_as_e(text: str) -> str:
    """``text`` folded with its German umlauts written ae, oe, ue ("Grüne Liga" -> "gruene liga"; a
    Mac's "Mu\u0308ller", NFD, too), "" without one: the spelling of an e-mail address or a keyboard
    without umlauts, so "mueller" finds Müller as an ordinary search (field test 74). Only the index
    holds it: widening the query instead made "choe" read every Cho (perf51: 2.8x slower)."""
    if text.isascii():
        return ""
    composed = unicodedata.normalize("NFC", text.casefold())
    respelt = composed.translate(_UMLAUTS_AS_E)
    return names.fold(respelt) if respelt != composed else ""


#: An apostrophe inside a word: Uzbek Latin's oʻ and gʻ (U+02BB, typed ‘ or ’ as often); not the ASCII
#: one, which search already reads as a word break (Xi'an, O'Brien)
_IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)[\u02bb\u02bc\u2018\u2019](?=\w)")


def _romanised(text: str) -> list[str]:
    """The Latin spellings of a text with Cyrillic or Greek letters (:func:`romanise.spellings`),
    [] for any other: what "irina" and "moskovsky" find Ирина and Московский университет by; of a
    Devanagari one its plain Hunterian spelling ("priya sharma" finds प्रिया शर्मा); of an Arabic or
    Thai one the usual spellings of its words ("mansouri" finds المنصوري, "siriporn" ศิริพร: the
    Gulf/Thai field test's names without a Latin reading). A name with an apostrophe inside a word
    also without it: "gayrat", "ozbekiston" find Gʻayrat and Oʻzbekiston (field test 82). Only the
    index holds them."""
    if (plain := _IN_WORD_APOSTROPHE.sub("", text)) != text:
        return [names.fold(plain), *_romanised(plain)]
    if romanise.has_devanagari(text):
        return [names.fold(romanise.devanagari_latin(text))]
    if khmer_myanmar_latin.has_khmer_or_myanmar(text):  # "channa" finds ចាន់ណា, "kyaw" ကျော်
        return [names.fold(reading)] if (reading := khmer_myanmar_latin.latin(text)) else []
    if romanise.has_arabic_or_thai(text):
        return [names.fold(s) for s in (*arabic_names.spellings(text), *thai_latin.spellings(text))]
    if not romanise.has_letters_to_romanise(text):
        return []
    return romanise.spellings(names.fold(text), names.fold(romanise.with_short_i_as_y(text)))


def _org_entry(row: sqlite3.Row | tuple) -> _Entry:
    (
        oid,
        name_en,
        name_zh,
        short_en,
        short_zh,
        aliases,
        city_en,
        city_zh,
        country,
        website,
        tags,
        updated,
    ) = row[:12]
    # its own phone and e-mail (0078); the rows of the re-index migrations before it have none
    phone, email = (str(v or "") for v in row[12:14]) if len(row) > 12 else ("", "")
    tag_list = _tags(tags)
    alias_list = _tags(aliases)
    # Московский университет, Πανεπιστήμιο Αθηνών: found by "moskovsky", "panepistimio" as people are
    romanised = [s for text in (name_en, short_en, *alias_list) for s in _romanised(text)]
    pinyin = names.pinyin_syllables(name_zh, phrase=True) if name_zh else []
    short_pinyin = names.pinyin_syllables(short_zh, phrase=True) if short_zh else []
    # A former Chinese name (深圳市人居环境委员会) is typed in pinyin as the current one is (field test 102)
    alias_pinyin = [names.pinyin_syllables(a, phrase=True) for a in alias_list if chinese_names.has_cjk(a)]
    text_parts = [
        names.fold(name_en),
        name_zh,
        names.fold(short_en),
        _run_together(name_en),
        _run_together(short_en),
        short_zh,
        " ".join(pinyin),
        "".join(pinyin),
        "".join(short_pinyin),
        # Initials as for people's names (field test 9, defect 10): Chinese users type "hbsw" for
        # 汉堡水务…; one short word of the text, which the trigram index answers from 3 letters.
        names.initials(pinyin),
        names.initials(short_pinyin),
        *(names.fold(a) for a in alias_list),
        *(form for syllables in alias_pinyin for form in (" ".join(syllables), "".join(syllables))),
        names.fold(city_en),
        city_zh,
        names.fold(website),
        # found by its switchboard's digits as a person by theirs, and by its e-mail
        normalize_phone(phone) if phone else "",
        email.lower(),
        *(names.fold(t) for t in tag_list),
        *romanised,
    ]
    # "gruene liga" finds the Grüne Liga (and, through it, its people)
    e_spelt = [s for text in (name_en, short_en, *alias_list) if (s := _umlauts_as_e(text))]
    text_parts += e_spelt
    grams: set[str] = set()
    for text in (name_en, short_en, *alias_list, *tag_list, *romanised, *e_spelt):
        _prefix_grams(_words(text), grams)
    _prefix_grams(pinyin, grams)
    for syllables in alias_pinyin:
        _prefix_grams(syllables, grams)
    for text in (name_zh, short_zh, *alias_list, city_zh):
        _cjk_grams(simplified(text), grams)
    if len(short_en.strip()) <= 2 and short_en.strip():
        grams.add(names.fold(short_en.strip()))
    # The first two initials as a key, as people's names have them: "bj" for 北京…, "qh" for
    # 清华… (field test 47, defect 3); the trigram index answers initials from three letters only.
    for syllables in (pinyin, short_pinyin):
        _initials_gram(syllables, grams)
    return _Entry(
        entity_id=oid,
        kind=ORGANISATION,
        org_entity_id=None,
        name_en=name_en,
        name_zh=name_zh,
        position_en="",
        position_zh="",
        email="",
        phone="",
        city_en=city_en,
        city_zh=city_zh,
        country=country,
        tags=", ".join(tag_list),
        updated_at=updated or 0,
        sort_en=names.organisation_sort_key_en(name_en=name_en, name_zh=name_zh),
        sort_zh=names.organisation_sort_key_zh(name_en=name_en, name_zh=name_zh),
        # Han characters Simplified, as queries are (migration 0049): a few thousand organisations
        text=simplified(_join_text(text_parts)),
        grams=grams,
    )


@dataclass(frozen=True, slots=True)
class _NameParts:
    """Everything of an index row that depends on the name alone (names repeat: computed once)."""

    name_en: str
    name_zh: str
    sort_en: str
    sort_zh: str
    text_parts: tuple[str, ...]
    grams: frozenset[str]
    #: The Latin name's words joined in the orders :attr:`text_parts` lack ("weizhangwei"), or "".
    #: Kept apart because migrations ``0030`` and ``0036`` find the older texts by their parts.
    joined_latin: str = ""


def _joined_latin(family: str, given: str, text_so_far: str) -> str:
    """A Latin name's words without spaces, in both orders, so that "zhangwei" and "weizhang" find
    Wei Zhang as "zhang wei" and "wei zhang" do (field test 25). Chinese names' pinyin already has
    this; only the orders not yet in ``text_so_far`` are added. Both orders fit in one word with
    the shorter part at both ends ("wei" + "zhang" + "wei" holds "weizhang" and "zhangwei"): the
    index counts every byte (issue 17), and the trigram index needs no more from it."""
    family, given = "".join(_words(family)), "".join(_words(given))
    if not (family and given):
        return ""
    missing = [w for w in (family + given, given + family) if w not in text_so_far]
    if len(missing) < 2:
        return "".join(missing)
    short, long = sorted((given, family), key=len)
    return short + long + short


def _other_chinese_forms(zh: str, family_zh: str, given_zh: str) -> list[str]:
    """The forms besides ``zh`` a transliterated name written given·family by our own rule is typed
    in: as stored, family first (林德奎斯特安娜), and without its dot (安娜林德奎斯特). Empty for
    every other name, whose index text stays as it was."""
    stored_order = f"{family_zh}{given_zh}"
    if not zh or zh == stored_order or names.given_first_in_chinese(family_zh, given_zh):
        return []
    return [stored_order, f"{given_zh}{family_zh}"]


def _korean_forms(family_ko: str, given_ko: str) -> tuple[list[str], list[str]]:
    """A Hangul name in Latin letters, for "kim", "minjun", "min-jun" or "kimminjun" to find 김민준:
    (text parts, words). Only the romanised forms, the fewest bytes (issue 17): "kim min-jun" (the
    given name's syllables hyphenated as RR allows, since a typed "min-jun" is one term), both
    orders joined in one word as :func:`_joined_latin` does ("kimminjunkim" holds "kimminjun",
    "minjunkim" and "minjun"), and the family name's other spellings ("gim"; 이 "yi rhee i").
    Empty for a name in another script."""
    spellings = korean_name_spellings(family_ko, given_ko)
    if not spellings:
        return [], []
    family, given = spellings[0]
    words = [w for w in (family, given) if w]
    parts = [" ".join(w for w in (family, "-".join(hangul.syllables(given_ko))) if w)]
    if family and given:
        short, long = sorted((family, given), key=len)
        parts.append(short + long + short)
    others = [f for f, _ in spellings[1:]]
    if others:
        parts.append(" ".join(others))
    return parts, words + others


def _kana_forms(family_zh: str, given_zh: str, *readings: str) -> tuple[list[str], set[str]]:
    """The kana of a Japanese name and of its stored reading (やまだ), and both in Hepburn
    ("yamada", "tarou" and "taro"), for "sakura" to find 佐藤さくら: (text parts, grams). Empty for
    a name and reading without kana (most people: nothing is added)."""
    words = [w for w in (family_zh, given_zh, *readings) if w and any(kana.is_kana(ch) for ch in w)]
    if not words:
        return [], set()
    latin = [kana.romanise(w) for w in words]
    short = [kana.short_vowels(w) for w in latin]
    grams: set[str] = set()
    _prefix_grams([*latin, *short], grams)
    folded = [names.fold(w) for w in words]  # as a query is folded: だ is looked up as た
    for word in folded:  # one and two kana, as _cjk_grams does for Han ("さく")
        grams.update(ch for ch in word if kana.is_kana(ch))
        grams.update(a + b for a, b in pairwise(word) if kana.is_kana(a) and kana.is_kana(b))
    return [" ".join(folded), " ".join(dict.fromkeys([*latin, *short]))], grams


# Not cached: names repeat, but too seldom for a cache of whole names to pay (a million people have
# hundreds of thousands of distinct names; at 100,000 contacts a 20,000-name cache cost more CPU
# than it saved, and 40 MB); the readings of name parts are cached in ``names``.
def _name_parts(
    family: str,
    given: str,
    order: str,
    family_zh: str,
    given_zh: str,
    own_name: bool = False,
    readings: tuple[str, str] = ("", ""),
    country: str = "",
) -> _NameParts:
    """``own_name``: the Han name is the person's own (:func:`names.own_han_name`), never written
    given·family as a transliterated one is. ``readings``: the recorded (phonetic) family and given
    name, which an Arabic or Thai name sorts by."""
    family, given, family_zh, given_zh = family.strip(), given.strip(), family_zh.strip(), given_zh.strip()
    latin = f"{family} {given}" if order == "family_first" else f"{given} {family}"
    latin = latin.strip()
    zh = names.chinese_name(family_zh, given_zh, family="" if own_name else family, order=order)
    if zh:
        tone3 = names.pinyin_syllables(family_zh, surname=True, tones=True) + names.pinyin_syllables(
            given_zh, tones=True
        )
        pinyin_v = [s.rstrip("012345") for s in tone3]
        pinyin = [s.replace("ü", "u") for s in pinyin_v]
    else:
        pinyin = pinyin_v = []
    latin_words = _words(latin)
    # Ирина, Παπαδόπουλος: their Latin spellings, for "irina" and "papadopoulos" (field test 67)
    romanised = _romanised(latin)
    # The Han name keyed Simplified, as queries are (migration 0049): 张伟 finds 張偉. Only the
    # short parts that hold Han are converted: the whole text of 100,000 people cost 15 % more.
    zh_key = simplified(zh)
    text_parts = [names.fold(latin), zh_key]
    if pinyin:
        text_parts += [" ".join(pinyin), "".join(pinyin)]
        if pinyin_v != pinyin:  # 吕 is typed "lv" as often as "lu"
            text_parts.append("".join(pinyin_v).replace("ü", "v"))
    # 安娜·林德奎斯特 is still found as typed family first, or given first without its dot
    other_forms = [simplified(f) for f in _other_chinese_forms(zh, family_zh, given_zh)]
    text_parts += other_forms
    korean_parts, korean_words = _korean_forms(family_zh, given_zh)
    # "Choe Ji-u" in Latin letters only is found by "choi" too (field test 73); with a Han name
    # (孙浩 "Sun Hao") the Latin name is its pinyin, not a Korean spelling, and so is a Chinese
    # name in Latin letters only: "yi" and "rhee" found "Lee Wei"
    korean_latin = not (family_zh or given_zh) and not reads_as_chinese_latin_name(family, given)
    surname_variants = hangul.latin_surname_variants(family, given) if korean_latin else ()
    if surname_variants:
        korean_parts = [" ".join(surname_variants)]
    text_parts += korean_parts + romanised
    if respelt := _oo_as_ou(text_parts[0]):
        text_parts.append(respelt)
    grams: set[str] = set()
    if e_spelt := _umlauts_as_e(latin):  # "mueller", "aenne aermel" ("ae" finds Änne as "an" does)
        text_parts.append(e_spelt)
        _prefix_grams(_words(e_spelt), grams)
    _prefix_grams(surname_variants, grams)
    _prefix_grams(latin_words, grams)
    for spelling in romanised:
        _prefix_grams(_words(spelling), grams)
    _prefix_grams(korean_words, grams)
    _prefix_grams(pinyin, grams)
    if pinyin_v != pinyin:
        _prefix_grams([s.replace("ü", "v") for s in pinyin_v], grams)
    if zh:
        for form in (zh_key, *other_forms):
            _cjk_grams(form, grams)
    # "W.K. Chan", "WK Chan" for Chan Wai Kin (Hong Kong), "J.P. Morgan" for J. P. Morgan
    if given_initials := names.given_name_initials(given):
        if len(given_initials) == 2:
            grams.add(given_initials)
        else:
            text_parts.append(given_initials)
        if "." in given:  # "w k chan": each letter a word, as one-letter terms are looked for
            text_parts.append(" ".join(given_initials))
    for syllables in (pinyin, latin_words, korean_words[:2]):
        if len(syllables) == 2:
            ini = syllables[0][:1] + syllables[1][:1]
            grams.add(ini)
            grams.add(ini[::-1])
    if len(pinyin) >= 3:
        # Initials of three or more ("wzc" for 王泽超) are too long for a gram: one short word in
        # the text, which the trigram index answers ("chentc" too, with the spaced pinyin: Term).
        text_parts.append(names.initials(pinyin))
    return _NameParts(
        name_en=latin or zh,
        name_zh=zh or latin,
        sort_en=names.person_sort_key_en(
            family=family,
            given=given,
            family_zh=family_zh,
            given_zh=given_zh,
            reading_family=readings[0],
            reading_given=readings[1],
            country=country,
        ),
        sort_zh=names.person_sort_key_zh(
            family=family,
            given=given,
            family_zh=family_zh,
            given_zh=given_zh,
            order=order,
            own_name=own_name,
            reading_family=readings[0],
            reading_given=readings[1],
            country=country,
        ),
        text_parts=tuple(text_parts),
        grams=frozenset(grams),
        joined_latin=_joined_latin(family, given, _SEP.join(text_parts)),
    )


_NO_METHODS = ("", "", "")


def _latin_reading_of_other_script(family: str, given: str, *readings: str) -> str:
    """The recorded Latin reading of a name written in another script than Latin or Chinese/Japanese/
    Korean (Arabic, Thai …), "" for any other name: those are found by their own spellings."""
    reading = " ".join(r for r in readings if r)
    name = f"{family} {given}"
    if not reading or names.has_cjk(name) or in_latin_letters(name) or not in_latin_letters(reading):
        return ""
    return reading


def _contact_entry(row: tuple, methods: tuple[str, str, str], affiliation: tuple | None) -> _Entry:
    (cid, family, given, order, family_zh, given_zh, tags, updated, nickname, name_language, languages) = row[
        :11
    ]  # then the name's reading (see _kana_forms), its Hanja and the middle name
    tag_list = _tags(tags) if tags != "[]" else []
    own_name = names.own_han_name(name_language or "", _tags(languages) if languages != "[]" else [])
    # van der Merwe of South Africa files under V, of the Netherlands under M (names.filing_country)
    filing_country = names.filing_country(row[15] or "", affiliation[5] if affiliation else "")
    parts = _name_parts(
        family, given, order, family_zh, given_zh, own_name, (row[11] or "", row[12] or ""), filing_country
    )
    if (suffix := row[16] or "") and (family or given):  # "Juan dela Cruz Jr." in the lists (field test 126)
        latin = names.latin_name(family, given, order)
        parts = dataclasses.replace(
            parts,
            name_en=names.with_suffix(parts.name_en, suffix) if parts.name_en == latin else parts.name_en,
            name_zh=names.with_suffix(parts.name_zh, suffix) if parts.name_zh == latin else parts.name_zh,
        )
    method_text, email, phone = methods
    text_parts = [*parts.text_parts, parts.joined_latin]
    kana_parts, kana_grams = _kana_forms(family_zh, given_zh, *row[11:13])
    if kana_parts:
        text_parts += kana_parts
        parts = dataclasses.replace(parts, grams=parts.grams | kana_grams)
    if latin_reading := _latin_reading_of_other_script(family, given, *row[11:13]):
        # "mansouri" finds خالد المنصوري whose list gave "Khalid Al Mansouri" (field test 75)
        reading_grams: set[str] = set()
        _prefix_grams(_words(latin_reading), reading_grams)
        text_parts.append(names.fold(latin_reading))
        if respelt := _oo_as_ou(names.fold(latin_reading)):
            text_parts.append(respelt)
        parts = dataclasses.replace(parts, grams=parts.grams | reading_grams)
    if _arabic_name(family, given, row[11:13], name_language or ""):
        # "mansuri" finds Mansouri and Mansoori: the index holds an Arabic name's vowels folded, as
        # the query is (Term.vowels_folded); for Arabic names only, not everyone's "ou" and "ee"
        folded = [f for p in text_parts if p.isascii() and (f := arabic_names.fold_vowels(p)) != p]
        # "mohammed" and "muhammad" find Mohamed: the other spellings of a listed name word
        variants = [v for w in _words(f"{family} {given}") for v in arabic_names.latin_variants(w)]
        text_parts += folded
        if variants:
            text_parts.append(" ".join(variants))
            text_parts += [f for v in variants if (f := arabic_names.fold_vowels(v)) != v]
            variant_grams: set[str] = set()
            _prefix_grams(variants, variant_grams)
            parts = dataclasses.replace(parts, grams=parts.grams | variant_grams)
    if hanja := row[13]:  # 李敏鎬 beside 이민호, found as typed in Simplified too (李敏镐)
        hanja_grams: set[str] = set()
        text_parts.append(simplified(hanja))
        _cjk_grams(simplified(hanja), hanja_grams)
        parts = dataclasses.replace(parts, grams=parts.grams | hanja_grams)
    if method_text:
        text_parts.append(method_text if method_text.isascii() else simplified(names.fold(method_text)))
    # A nickname (老欧, an Android phone's) is found as a tag is: its words and Chinese characters;
    # so is a middle name, a patronymic above all (Нурлановна, "nurlanovna": field test 82)
    middle = row[14] or ""
    extra = [*tag_list, *(w for w in (nickname, middle, *_romanised(middle)) if w)]
    if extra:
        grams = set(parts.grams)
        for word in extra:
            text_parts.append(simplified(names.fold(word)))
            _prefix_grams(_words(word), grams)
            _cjk_grams(simplified(word), grams)
    else:
        grams = parts.grams  # type: ignore[assignment]
    org_id = pos_en = pos_zh = city_en = city_zh = country = ""
    if affiliation is not None:
        (org_id, pos_en, pos_zh, city_en, city_zh, country) = affiliation
    return _Entry(
        entity_id=cid,
        kind=CONTACT,
        org_entity_id=org_id or None,
        name_en=parts.name_en,
        name_zh=parts.name_zh,
        position_en=pos_en,
        position_zh=pos_zh,
        email=email,
        phone=phone,
        city_en=city_en,
        city_zh=city_zh,
        country=country,
        tags=", ".join(tag_list),
        updated_at=updated or 0,
        sort_en=parts.sort_en,
        sort_zh=parts.sort_zh,
        text=_join_text(text_parts),
        grams=grams,
    )


def _arabic_name(family: str, given: str, readings: Sequence[str | None], language: str) -> bool:
    """Whether a person's name is Arabic (:func:`arabic_names.reads_as_arabic`), its reading included;
    not a Chinese name in pinyin: "Tang Bin", "Zhou Bin" have no Arabic "bin", and "zhu" must not
    find Zhou by its folded "ou"."""
    if reads_as_chinese_latin_name(family, given):
        return False
    reading = " ".join(r for r in readings if r)
    return arabic_names.reads_as_arabic(f"{family} {given} {reading}", language)


def _join_text(parts: Iterable[str]) -> str:
    """Distinct non-empty parts in order (pinyin often repeats the Latin name)."""
    return _SEP.join(dict.fromkeys(p for p in parts if p))


_ORG_SELECT = (
    "SELECT id, name_en, name_zh, short_name_en, short_name_zh, aliases, city_en, city_zh, country, "
    "website, tags, updated_at, {channels} FROM organisation WHERE deleted_at IS NULL"
)


def _org_select(conn: sqlite3.Connection) -> str:
    """:data:`_ORG_SELECT` with the organisation's phone and e-mail, or two empty ones in a file
    before 0078 (the re-index migrations before it read organisations through here too)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(organisation)")}
    return _ORG_SELECT.format(channels="phone, email" if "phone" in columns else "'', ''")


_CONTACT_SELECT = (
    "SELECT id, family_name, given_name, name_order, family_name_zh, given_name_zh, tags, updated_at, "
    "nickname, native_name_language, languages, phonetic_family_name, phonetic_given_name, {hanja}, "
    "middle_name, {nationality}, {suffix} FROM contact WHERE deleted_at IS NULL"
)


def _contact_select(conn: sqlite3.Connection) -> str:
    """:data:`_CONTACT_SELECT` for this file: the migrations before ``0055_chosen_name_order_hanja``
    re-index a contact table without the Hanja column (and older ones without the nationality)."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(contact)")}
    return _CONTACT_SELECT.format(
        hanja="name_hanja" if "name_hanja" in columns else "''",
        nationality="nationality" if "nationality" in columns else "''",
        suffix="name_suffix" if "name_suffix" in columns else "''",
    )


#: Per contact: the searchable text of all its methods (phones as digits, the rest lower-cased),
#: its first e-mail and its first phone, aggregated by SQLite rather than row by row in Python.
_PHONE_CHANNELS = "(" + ", ".join(f"'{c}'" for c in sorted(PHONE_CHANNELS)) + ")"
_DIGITS = (
    "replace(replace(replace(replace(replace(replace(replace(value, ' ', ''), '-', ''), '+', ''), "
    "'(', ''), ')', ''), '.', ''), '/', '')"
)
_METHOD_SELECT = (
    "SELECT contact_id, "
    f"group_concat(CASE WHEN channel IN {_PHONE_CHANNELS} THEN coalesce(nullif(normalized, ''), {_DIGITS}) "
    "ELSE lower(value) END, ' ; '), "
    "min(CASE WHEN channel = 'email' THEN printf('%06d', position) || value END), "
    # a fax only when there is no phone: Outlook-ja's 勤務先 FAX comes before 勤務先電話 (field test 115)
    f"min(CASE WHEN channel IN {_PHONE_CHANNELS} "
    "THEN printf('%06d', position + (CASE WHEN channel = 'fax' THEN 500000 ELSE 0 END)) || value END) "
    "FROM contact_method WHERE deleted_at IS NULL"
)
#: Current affiliations with a live organisation; the primary and most recent one first per contact.
_AFFILIATION_SELECT = (
    "SELECT a.contact_id, a.organisation_id, a.position_en, a.position_zh, "
    "o.city_en, o.city_zh, o.country FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
    "WHERE a.deleted_at IS NULL AND a.end_date IS NULL AND o.deleted_at IS NULL"
)
_AFFILIATION_ORDER = " ORDER BY a.contact_id, a.is_primary DESC, a.start_date DESC"


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _in(ids: Sequence[str]) -> str:
    return "(" + ",".join("?" * len(ids)) + ")"


def _contacts_where(conn: sqlite3.Connection, cond: str, params: list[Any]) -> list[_Entry]:
    """Index rows of the live contacts whose id meets ``cond`` (SQL with ``{column}`` for the
    contact id column of each table read)."""
    methods: dict[str, tuple[str, str, str]] = {
        cid: (text or "", (email or "")[6:], (phone or "")[6:])
        for cid, text, email, phone in conn.execute(
            f"{_METHOD_SELECT} AND {cond.format(column='contact_id')} GROUP BY contact_id", params
        )
    }
    affiliations: dict[str, tuple] = {}
    for cid, *rest in conn.execute(
        f"{_AFFILIATION_SELECT} AND {cond.format(column='a.contact_id')}{_AFFILIATION_ORDER}", params
    ):
        affiliations.setdefault(cid, tuple(rest))
    return [
        _contact_entry(row, methods.get(row[0], _NO_METHODS), affiliations.get(row[0]))
        for row in conn.execute(f"{_contact_select(conn)} AND {cond.format(column='id')}", params)
    ]


def _contact_entries(conn: sqlite3.Connection, ids: Sequence[str] | None) -> list[_Entry]:
    """Index rows for the given live contacts (all live contacts when ``ids`` is None)."""
    if ids is None:
        return [e for chunk in _contact_entry_chunks(conn) for e in chunk]
    out: list[_Entry] = []
    for batch in _chunks(ids):
        out += _contacts_where(conn, f"{{column}} IN {_in(batch)}", list(batch))
    return out


def filing_order(
    session: Session | sqlite3.Connection, contact_ids: Sequence[str], language: str = "en"
) -> list[str]:
    """``contact_ids`` (live ones) in the contacts list's order for ``language``: by the sort keys the
    index would hold, worked out here, for callers that found them without the index (window63: an
    export by search without it came in raw ``family_name`` order, "van der Merwe" and 王 apart)."""
    entries = _contact_entries(_dbapi(session), list(dict.fromkeys(contact_ids)))
    zh = language.startswith("zh")
    entries.sort(key=lambda e: (e.sort_zh if zh else e.sort_en, e.entity_id))
    return [e.entity_id for e in entries]


def _contact_entry_chunks(conn: sqlite3.Connection, size: int = _REBUILD_CHUNK) -> Iterator[list[_Entry]]:
    """Index rows of every live contact, ``size`` contacts at a time in id order: each step reads a
    range of ids from each table by index, so memory stays the same at any number of contacts."""
    last = ""
    while True:
        ids = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM contact WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?", (last, size)
            )
        ]
        if not ids:
            return
        yield _contacts_where(conn, "{column} BETWEEN ? AND ?", [ids[0], ids[-1]])
        last = ids[-1]


def _org_entries(conn: sqlite3.Connection, ids: Sequence[str] | None) -> list[_Entry]:
    if ids is None:
        return [e for chunk in _org_entry_chunks(conn) for e in chunk]
    out: list[_Entry] = []
    select = _org_select(conn)
    for batch in _chunks(ids):
        out.extend(_org_entry(row) for row in conn.execute(select + f" AND id IN {_in(batch)}", list(batch)))
    return out


def _org_entry_chunks(conn: sqlite3.Connection, size: int = _REBUILD_CHUNK) -> Iterator[list[_Entry]]:
    last = ""
    select = _org_select(conn)
    while True:
        rows = conn.execute(select + " AND id > ? ORDER BY id LIMIT ?", (last, size)).fetchall()
        if not rows:
            return
        yield [_org_entry(row) for row in rows]
        last = rows[-1][0]


#: An entry's row id and place in Chinese name order, and the sort keys they were given for.
_Place = tuple[int, int, str, str]


def _delete_entries(conn: sqlite3.Connection, entity_ids: Sequence[str]) -> dict[str, _Place]:
    """Delete the entries of these entities; returns their places by entity id, for
    :func:`_insert_entries` to give back to those whose names sort as before."""
    places: dict[str, _Place] = {}
    for batch in _chunks(entity_ids):
        rows = conn.execute(
            "SELECT id, grams, kind = 'organisation', entity_id, rank_zh, sort_en, sort_zh "
            f"FROM search_entry WHERE entity_id IN {_in(batch)}",
            list(batch),
        ).fetchall()
        if not rows:
            continue
        delete_grams(conn, [r[:3] for r in rows])
        places.update((entity, (row_id, rank, en, zh)) for row_id, _g, _o, entity, rank, en, zh in rows)
        row_ids = [r[0] for r in rows]
        conn.execute(f"DELETE FROM search_entry WHERE id IN {_in(row_ids)}", row_ids)
    return places


def delete_grams(conn: Any, rows: Iterable[tuple[int, str, int]]) -> None:
    """Delete the gram rows of entries given as (id, grams, is_org), by primary key."""
    conn.executemany(_DELETE_GRAM, [(g, org, row_id) for row_id, grams, org in rows for g in grams.split()])


def _org_row_ids(conn: sqlite3.Connection, entries: list[_Entry]) -> dict[str, int]:
    """Entry row ids of the organisations of ``entries``, by organisation id."""
    wanted = sorted({e.org_entity_id for e in entries if e.org_entity_id})
    found: dict[str, int] = {}
    for batch in _chunks(wanted):
        found.update(
            (eid, row_id)
            for row_id, eid in conn.execute(
                f"SELECT id, entity_id FROM search_entry WHERE entity_id IN {_in(batch)}", list(batch)
            )
        )
    return found


def _insert_entries(
    conn: sqlite3.Connection, entries: list[_Entry], places: dict[str, _Place] | None = None
) -> None:
    """Insert index rows; the caller (``_reindex``) already holds the write lock, so max(id) is fresh.

    An entry whose name sorts as before gets its old row id and place back (``places``): the row id
    breaks ties between equal names, and an edited 王芳 moved among the other 85 (field test 47,
    defect 6). Others are numbered from :data:`TAIL_BASE` on (below it the rebuild's numbering is
    name order), and their place in Chinese name order is not known: :data:`TAIL_BASE` too."""
    if not entries:
        return
    places = places or {}
    kept: dict[int, tuple[int, int]] = {}  # position in ``entries`` -> (row id, rank_zh)
    for i, e in enumerate(entries):
        old = places.get(e.entity_id)
        if old is not None and old[2:] == (e.sort_en, e.sort_zh):
            kept[i] = old[:2]
    top = conn.execute("SELECT coalesce(max(id), 0) FROM search_entry").fetchone()[0]
    next_id = max(top, *(row_id for row_id, _rank in kept.values()), 0) + 1
    next_id = max(next_id, TAIL_BASE)
    numbered: list[tuple[_Entry, int, int]] = []
    for i, e in enumerate(entries):
        if i in kept:
            numbered.append((e, *kept[i]))
        else:
            numbered.append((e, next_id, TAIL_BASE))
            next_id += 1
    orgs = _org_row_ids(conn, entries)
    rows = [e.values(row_id, orgs.get(e.org_entity_id or ""), rank) for e, row_id, rank in numbered]
    write_rows(conn, _INSERT_ENTRIES, _INSERT_ENTRY, rows)
    conn.executemany(_INSERT_GRAM, (g for e, row_id, rank in numbered for g in e.gram_rows(row_id, rank)))


def reindex(
    session: Session, *, contact_ids: Sequence[str] = (), organisation_ids: Sequence[str] = ()
) -> None:
    """Recompute the index rows of these entities (deleted ones drop out of the index)."""
    conn = _dbapi(session)
    _reindex(conn, list(contact_ids), list(organisation_ids))


def _take_write_lock(conn: sqlite3.Connection) -> None:
    """Hold the database's write lock before reading what will be rewritten. Reads made outside a
    write transaction can go stale when another connection indexes the same entities at the same
    time: both see no entry, both insert one ("UNIQUE constraint failed: search_entry...")."""
    conn.execute("UPDATE search_entry SET id = id WHERE 0")


def _reindex(conn: sqlite3.Connection, contact_ids: list[str], organisation_ids: list[str]) -> None:
    _take_write_lock(conn)
    if organisation_ids:
        # People whose current organisation changed name or was deleted/restored show it differently.
        extra: set[str] = set()
        for batch in _chunks(organisation_ids):
            extra.update(
                r[0]
                for r in conn.execute(
                    f"SELECT contact_id FROM affiliation WHERE deleted_at IS NULL AND end_date IS NULL "
                    f"AND organisation_id IN {_in(batch)}",
                    list(batch),
                )
            )
            extra.update(
                r[0]
                for r in conn.execute(
                    "SELECT c.entity_id FROM search_entry o CROSS JOIN search_entry c ON c.org_id = o.id "
                    f"WHERE o.entity_id IN {_in(batch)}",
                    list(batch),
                )
            )
        contact_ids = sorted(set(contact_ids) | extra)
        places = _delete_entries(conn, organisation_ids)
        _insert_entries(conn, _org_entries(conn, organisation_ids), places)
    if contact_ids:
        places = _delete_entries(conn, contact_ids)
        _insert_entries(conn, _contact_entries(conn, contact_ids), places)


#: Index rows of live contacts whose Chinese name has three characters or more (their text holds
#: the initials), in row id order (a walk of the primary key: "+" keeps the kind index out), with
#: what their name parts are computed from.
_LONG_CHINESE_NAMES = (
    "SELECT e.id, e.text, c.family_name, c.given_name, c.name_order, c.family_name_zh, c.given_name_zh "
    "FROM search_entry e CROSS JOIN contact c ON c.id = e.entity_id "
    "WHERE e.id > ? AND +e.kind = 'contact' AND c.deleted_at IS NULL "
    "AND length(c.family_name_zh) + length(c.given_name_zh) >= 3 ORDER BY e.id LIMIT ?"
)


def _text_with_initials(text: str, parts: _NameParts) -> str:
    """``text`` written before a name's initials joined its parts, as :func:`_contact_entry` writes
    it now: the name's parts lead the text, and the initials are the last of them."""
    for layout in (_join_text(parts.text_parts), _join_text(parts.text_parts[:-1])):
        rest = text[len(layout) :]
        if text.startswith(layout) and (not rest or rest.startswith(_SEP)):
            return _join_text(parts.text_parts) + rest
    return text  # neither layout: left as it is


def refresh_long_chinese_name_texts(conn: sqlite3.Connection) -> int:
    """Put the initials into the text of the entries of people with Chinese names of three
    characters or more (migration ``0030_name_initials``); returns how many changed.

    Each text is rewritten in place from the name alone (row ids, keys and the rest of the text
    stay), with the FTS trigger set aside: one rebuild of the FTS index from its content table took
    2 s at 100,000 contacts where re-indexing 62,000 changed rows one by one took 9-12 s."""
    begin_real_transaction(conn)
    trigger = _set_aside_fts_update_trigger(conn)
    changed = _rewrite_person_texts(conn, _LONG_CHINESE_NAMES, _text_with_initials)
    if changed:
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    conn.execute(trigger)
    return changed


def _set_aside_fts_update_trigger(conn: sqlite3.Connection) -> str:
    """Drop the FTS update trigger, for one rebuild of the FTS index after many rewritten texts;
    returns the statement that puts it back."""
    when, body = dict((name, (when, body)) for name, when, body in FTS_TRIGGERS)["search_fts_au"]
    conn.execute("DROP TRIGGER IF EXISTS search_fts_au")
    return f"CREATE TRIGGER search_fts_au {when} BEGIN {body} END"


def _rewrite_person_texts(
    conn: sqlite3.Connection, select: str, rewrite: Callable[[str, _NameParts], str]
) -> int:
    """Rewrite the text of the person entries ``select`` reads (row id, text, name columns) with
    ``rewrite``, a chunk at a time, each chunk written as it goes so memory stays bounded at a
    million; returns how many changed."""
    changed = 0
    last = 0
    while True:
        rows = conn.execute(select, (last, _REBUILD_CHUNK)).fetchall()
        if not rows:
            return changed
        updates = []
        for row_id, text, *name in rows:
            new_text = rewrite(text, _name_parts(*name))
            if new_text != text:
                updates.append((new_text, row_id))
        conn.executemany("UPDATE search_entry SET text = ? WHERE id = ?", updates)
        changed += len(updates)
        last = rows[-1][0]


#: Index rows of live organisations with a Chinese name, in row id order, with their source row.
_CHINESE_ORG_NAMES = (
    "SELECT e.id, e.text, o.id, o.name_en, o.name_zh, o.short_name_en, o.short_name_zh, o.aliases, "
    "o.city_en, o.city_zh, o.country, o.website, o.tags, o.updated_at "
    "FROM search_entry e JOIN organisation o ON o.id = e.entity_id "
    "WHERE e.id > ? AND e.kind = 'organisation' AND o.deleted_at IS NULL "
    "AND (o.name_zh != '' OR o.short_name_zh != '') ORDER BY e.id LIMIT ?"
)


def refresh_organisation_name_texts(conn: sqlite3.Connection) -> int:
    """Put the initials of organisations' Chinese names into their entries' text (migration
    ``0032_organisation_initials``); returns how many changed.

    Only organisation entries are read (through the kind index: a few thousand beside 100,000
    people); an organisation's text comes from its own row alone, so it is rebuilt whole. Each
    entry keeps its row id and grams."""
    begin_real_transaction(conn)
    return _write_texts(conn, _org_text_updates(conn, _CHINESE_ORG_NAMES))


#: :data:`_CHINESE_ORG_NAMES` with each entry's keys and place in Chinese name order.
_CHINESE_ORG_GRAMS = _CHINESE_ORG_NAMES.replace("SELECT e.id, e.text,", "SELECT e.id, e.grams, e.rank_zh,")


def refresh_organisation_grams(conn: sqlite3.Connection) -> int:
    """Give organisations' entries the keys :func:`_org_entry` writes now, their names' first two
    initials among them (migration ``0042_organisation_initials_keys``); returns how many changed.

    In place, through the kind index: row ids, texts and the FTS index stay, people's entries are
    not read (a few thousand organisations beside 100,000 people)."""
    begin_real_transaction(conn)
    changed = 0
    last = 0
    while rows := conn.execute(_CHINESE_ORG_GRAMS, (last, _REBUILD_CHUNK)).fetchall():
        for row_id, stored, rank_zh, *source in rows:
            old, new = set(stored.split()), set(_org_entry(tuple(source)).grams)
            if old == new:
                continue
            conn.executemany(_DELETE_GRAM, [(g, 1, row_id) for g in old - new])
            conn.executemany(_INSERT_GRAM, [(g, 1, row_id, rank_zh) for g in new - old])
            conn.execute("UPDATE search_entry SET grams = ? WHERE id = ?", (" ".join(sorted(new)), row_id))
            changed += 1
        last = rows[-1][0]
    return changed


def _org_text_updates(conn: sqlite3.Connection, select: str) -> list[tuple[str, int]]:
    """(new text, row id) for the organisation entries ``select`` reads whose text is not as
    :func:`_org_entry` writes it now."""
    updates: list[tuple[str, int]] = []
    last = 0
    while True:
        rows = conn.execute(select, (last, _REBUILD_CHUNK)).fetchall()
        if not rows:
            break
        for row_id, text, *source in rows:
            new_text = _org_entry(tuple(source)).text
            if new_text != text:
                updates.append((new_text, row_id))
        last = rows[-1][0]
    return updates


#: New texts of entries, from a JSON array of (text, row id), in one statement (issue 17): the FTS5
#: index flushes what it holds at each statement's savepoint, so one ``UPDATE`` a row through the
#: ``search_fts_au`` trigger wrote a segment a row (2,512 organisations: 1.06-1.30 s CPU, 0.26-0.30
#: s so). Without the trigger, ``executemany`` stays: there it is the cheaper (60,000 rows: 0.22-0.30
#: s against 0.35-0.43 s).
_UPDATE_TEXTS = (
    "UPDATE search_entry SET text = u.value ->> 0 FROM json_each(?) u WHERE search_entry.id = u.value ->> 1"
)
_UPDATE_TEXT = "UPDATE search_entry SET text = ? WHERE id = ?"


def _write_texts(conn: sqlite3.Connection, updates: list[tuple[str, int]]) -> int:
    """Write new texts (text, row id) into entries in place; returns how many. The FTS trigger
    re-indexes the changed rows, or, for many, is set aside for one rebuild of the FTS index."""
    if len(updates) <= 5000:  # re-indexing a row through the trigger costs a tenth of a millisecond
        write_rows(conn, _UPDATE_TEXTS, _UPDATE_TEXT, updates)
        return len(updates)
    trigger = _set_aside_fts_update_trigger(conn)
    conn.executemany("UPDATE search_entry SET text = ? WHERE id = ?", updates)
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    conn.execute(trigger)
    return len(updates)


#: Index rows of live contacts with a Latin family and given name, in row id order, with what
#: their name parts are computed from.
_LATIN_NAMES = (
    "SELECT e.id, e.text, c.family_name, c.given_name, c.name_order, c.family_name_zh, c.given_name_zh "
    "FROM search_entry e CROSS JOIN contact c ON c.id = e.entity_id "
    "WHERE e.id > ? AND +e.kind = 'contact' AND c.deleted_at IS NULL "
    "AND c.family_name <> '' AND c.given_name <> '' ORDER BY e.id LIMIT ?"
)
#: Index rows of live organisations with a Latin name or short name, as :data:`_CHINESE_ORG_NAMES`.
_LATIN_ORG_NAMES = _CHINESE_ORG_NAMES.replace(
    "(o.name_zh != '' OR o.short_name_zh != '')", "(o.name_en != '' OR o.short_name_en != '')"
)


def _text_with_joined_latin(text: str, parts: _NameParts) -> str:
    """``text`` written before a Latin name's joined words followed its name parts, as
    :func:`_contact_entry` writes it now."""
    old, new = _join_text(parts.text_parts), _join_text([*parts.text_parts, parts.joined_latin])
    if old == new or _starts_with_parts(text, new):
        return text  # nothing to add, or already added
    if _starts_with_parts(text, old):
        return new + text[len(old) :]
    return text  # another layout: left as it is


def _starts_with_parts(text: str, layout: str) -> bool:
    """Whether ``text`` starts with the joined parts ``layout``, whole (followed by a separator)."""
    return text.startswith(layout) and (len(text) == len(layout) or text.startswith(_SEP, len(layout)))


def refresh_joined_latin_texts(conn: sqlite3.Connection) -> int:
    """Put Latin names' words without spaces into the entries' text (migration
    ``0036_joined_latin_names``); returns how many changed. People's texts are rewritten in place
    from the name alone, a chunk at a time (memory stays bounded at a million), organisations'
    from their own rows (as :func:`refresh_organisation_name_texts`); row ids and grams stay, so
    the name order the walk plan relies on is kept. Most people change: the FTS trigger is set
    aside for one rebuild of the FTS index."""
    begin_real_transaction(conn)
    trigger = _set_aside_fts_update_trigger(conn)
    changed = _rewrite_person_texts(conn, _LATIN_NAMES, _text_with_joined_latin)
    org_updates = _org_text_updates(conn, _LATIN_ORG_NAMES)
    conn.executemany("UPDATE search_entry SET text = ? WHERE id = ?", org_updates)
    changed += len(org_updates)
    if changed:
        conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    conn.execute(trigger)
    return changed


#: Characters of planes 2 and 3 (CJK Extensions B-G) that searches split runs of Chinese at before
#: migration ``0033_rare_han_search``.
_RARE_HAN_RE = re.compile("[\U00020000-\U0003134f]")
#: Live records with a character beyond the BMP (its UTF-8 starts with byte F0) in a field whose
#: Chinese characters become keys of ``search_gram``: a scan of the rows that SQLite answers
#: without Python, then checked for Han characters in Python (most such rows are emoji).
_BEYOND_BMP_CONTACTS = (
    "SELECT id, family_name_zh || given_name_zh || tags FROM contact WHERE deleted_at IS NULL "
    "AND instr(CAST(family_name_zh || given_name_zh || tags AS BLOB), X'F0') > 0"
)
_BEYOND_BMP_ORGS = (
    "SELECT id, name_zh || short_name_zh || aliases || city_zh FROM organisation WHERE deleted_at IS NULL "
    "AND instr(CAST(name_zh || short_name_zh || aliases || city_zh AS BLOB), X'F0') > 0"
)


def reindex_rare_han_names(conn: sqlite3.Connection) -> int:
    """Re-index the records whose names hold Han characters of CJK Extensions B-G (周𫖯), which the
    index before ``0033_rare_han_search`` left out of their keys; returns how many were re-indexed.
    Every other entry is left as it is."""
    begin_real_transaction(conn)
    contact_ids = [cid for cid, text in conn.execute(_BEYOND_BMP_CONTACTS) if _RARE_HAN_RE.search(text)]
    org_ids = [oid for oid, text in conn.execute(_BEYOND_BMP_ORGS) if _RARE_HAN_RE.search(text)]
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


#: Live records with a non-ASCII character in a field whose Han characters become keys, with those
#: fields: SQLite skips the ASCII rows, Python keeps those with a Traditional character.
_NON_ASCII_CONTACTS = (
    "SELECT id, family_name || given_name || family_name_zh || given_name_zh || nickname || tags "
    "FROM contact WHERE deleted_at IS NULL AND length(CAST(family_name || given_name || family_name_zh "
    "|| given_name_zh || nickname || tags AS BLOB)) <> length(family_name || given_name || family_name_zh "
    "|| given_name_zh || nickname || tags)"
)
#: The contact methods written with more than ASCII (a WeChat name 張偉, an address 臺北市…).
_NON_ASCII_METHODS = (
    "SELECT m.contact_id, m.value FROM contact_method m JOIN contact c ON c.id = m.contact_id "
    "WHERE m.deleted_at IS NULL AND c.deleted_at IS NULL AND length(CAST(m.value AS BLOB)) <> length(m.value)"
)
_NON_ASCII_ORGS = (
    "SELECT id, name_en || name_zh || short_name_en || short_name_zh || aliases || city_zh || tags "
    "FROM organisation WHERE deleted_at IS NULL AND length(CAST(name_en || name_zh || short_name_en "
    "|| short_name_zh || aliases || city_zh || tags AS BLOB)) <> length(name_en || name_zh || "
    "short_name_en || short_name_zh || aliases || city_zh || tags)"
)


def with_traditional_han(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The live contacts and organisations whose indexed names, tags, aliases or contact methods
    hold a Traditional character (張偉, 臺北市環境保護局), by id."""
    contact_ids = [cid for cid, text in conn.execute(_NON_ASCII_CONTACTS) if simplified(text) != text]
    by_method = {cid for cid, text in conn.execute(_NON_ASCII_METHODS) if simplified(text) != text}
    contact_ids += sorted(by_method - set(contact_ids))
    org_ids = [oid for oid, text in conn.execute(_NON_ASCII_ORGS) if simplified(text) != text]
    return contact_ids, org_ids


def reindex_traditional_han(conn: sqlite3.Connection) -> int:
    """Re-index the records written with Traditional characters, whose keys the index before
    ``0049_traditional_han`` kept as written (张伟 did not find 張偉); returns how many were
    re-indexed. Every other entry stays as it is: its keys are already Simplified."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_traditional_han(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def reindex_traditional_han_people(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts written with Traditional characters: an English list files a
    Chinese-only name by the pinyin it shows, read Simplified (單偉 "Shan Wei" under S), where the
    index before review 49 read it as written ("dan"); returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, _org_ids = with_traditional_han(conn)
    _reindex(conn, contact_ids, [])
    return len(contact_ids)


#: Cyrillic (U+0400-U+04FF) and Greek (U+0370-U+03FF) letters in a GLOB class: SQLite compares a
#: class's ranges by code point.
_CYRILLIC_GREEK_GLOB = "*[\u0370-\u03ff\u0400-\u04ff]*"


def reindex_cyrillic_greek_people(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts with a Cyrillic or Greek name, whose index before field test 67 held
    no Latin spelling of it ("irina" found no Ирина until the person was edited) nor an English sort key
    in Latin letters (Петрова filed after Zhou); returns how many."""
    begin_real_transaction(conn)
    ids = _people_named(conn, _CYRILLIC_GREEK_GLOB)
    _reindex(conn, ids, [])
    return len(ids)


def _people_named(conn: sqlite3.Connection, glob: str) -> list[str]:
    """The live contacts with a family name, given name or nickname matching ``glob``, by id."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND (family_name GLOB ?1 OR given_name GLOB ?1 "
            "OR nickname GLOB ?1)",
            (glob,),
        )
    ]


#: Devanagari (U+0900-U+097F) in a GLOB class, beside :data:`_CYRILLIC_GREEK_GLOB`.
_DEVANAGARI_GLOB = "*[\u0900-\u097f]*"


def reindex_romanised_names(conn: sqlite3.Connection) -> int:
    """Re-index the live organisations and people with a name in Cyrillic, Greek or Devanagari, whose
    entries before ``0052_romanised_names`` sorted after every Latin name and held no Latin spelling
    (organisations: Московский университет after Zurich, "moskovsky" found nothing; people: शर्मा
    had none, and -ий had no "y" spelling, Достоевский "dostoevsky"); returns how many."""
    begin_real_transaction(conn)
    globs = (_CYRILLIC_GREEK_GLOB, _DEVANAGARI_GLOB)
    org_ids = {
        r[0]
        for glob in globs
        for r in conn.execute(
            "SELECT id FROM organisation WHERE deleted_at IS NULL AND (name_en GLOB ?1 "
            "OR short_name_en GLOB ?1 OR aliases GLOB ?1)",
            (glob,),
        )
    }
    contact_ids = {cid for glob in globs for cid in _people_named(conn, glob)}
    _reindex(conn, sorted(contact_ids), sorted(org_ids))
    return len(contact_ids) + len(org_ids)


def reindex_nicknames(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts with a nickname, which the index before ``0034_nickname_search``
    left out of their keys; returns how many were re-indexed. Every other entry stays as it is."""
    begin_real_transaction(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM contact WHERE deleted_at IS NULL AND nickname <> ''")]
    _reindex(conn, ids, [])
    return len(ids)


def reindex_transliterated_names(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts whose Chinese name may be a transliterated Western one, which the
    index before ``0039_transliterated_names`` kept family first (林德奎斯特安娜 for 安娜·林德奎斯特)
    in its name, text and Chinese sort key; returns how many were re-indexed. The cheap test in SQL
    takes a few more (Chinese people's own names); re-indexing those leaves them as they were."""
    begin_real_transaction(conn)
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND trim(family_name) <> '' "
            "AND length(trim(family_name_zh)) >= 2 AND trim(given_name_zh) <> '' "
            "AND name_order <> 'family_first'"
        )
    ]
    _reindex(conn, ids, [])
    return len(ids)


#: A GLOB class of the letters :data:`petdesk.chinese_names.UNDECOMPOSED_LETTERS` folds, in both
#: cases, for the records whose index entry ``0041_unaccented_letters`` makes again.
_UNDECOMPOSED_GLOB = "*[øØæÆœŒłŁđĐðÐþÞħĦı]*"


def reindex_undecomposed_letters(conn: sqlite3.Connection) -> int:
    """Re-index the live records with a letter that search folds since ``0041_unaccented_letters``
    (ø as o, æ as ae, ł as l …: "Soren" finds Søren); returns how many were re-indexed. Every
    other entry stays as it is."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_undecomposed_letters(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_undecomposed_letters(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The live contacts and organisations written with a letter search folds since
    ``0041_unaccented_letters`` (ø, æ, ł …), by id: a scan in SQL (a few among thousands)."""
    contact_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL "
            "AND (family_name || given_name || nickname || tags GLOB ? OR id IN "
            "(SELECT contact_id FROM contact_method WHERE deleted_at IS NULL AND value GLOB ?))",
            (_UNDECOMPOSED_GLOB, _UNDECOMPOSED_GLOB),
        )
    ]
    org_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM organisation WHERE deleted_at IS NULL "
            "AND name_en || short_name_en || aliases || city_en || website || tags GLOB ?",
            (_UNDECOMPOSED_GLOB,),
        )
    ]
    return contact_ids, org_ids


#: A GLOB class of the Hangul syllables (U+AC00–U+D7A3), for the records ``0043_korean_names`` re-indexes.
_HANGUL_GLOB = "*[가-힣]*"


def reindex_korean_names(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts with a Hangul name, whose romanisation the index before
    ``0043_korean_names`` left out ("kim" finds 김민준); returns how many were re-indexed. Every
    other entry stays as it is."""
    begin_real_transaction(conn)
    ids = with_hangul_names(conn)
    _reindex(conn, ids, [])
    return len(ids)


def with_hangul_names(conn: sqlite3.Connection) -> list[str]:
    """The live contacts whose native name holds a Hangul syllable, by id: a scan in SQL."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND family_name_zh || given_name_zh GLOB ?",
            (_HANGUL_GLOB,),
        )
    ]


#: The Korean family names whose spellings field test 73 added to (:data:`hangul.SURNAME_SPELLINGS`):
#: the Hangul-named people ``0053_korean_spellings`` re-indexes.
_RESPELT_KOREAN_FAMILIES = ("최", "이", "임", "남궁", "선우", "제갈", "황보", "독고", "사공")


def reindex_korean_spellings(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts whose index entry before ``0053_korean_spellings`` lacked a
    spelling of their Korean family name ("choe" did not find a Latin-only "Choi Ji-woo",
    "namkoong" not 남궁민, "rim" not 임수정); returns how many were re-indexed. Every other entry
    stays as it is."""
    begin_real_transaction(conn)
    ids = with_respelt_korean_families(conn)
    _reindex(conn, ids, [])
    return len(ids)


def reindex_latin_korean_spellings(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts named in Latin letters only by a Korean family name's spelling:
    before ``0055_chosen_name_order_hanja`` a Chinese name among them ("Lee Wei") carried the Korean
    spellings ("yi", "rhee"); returns how many were re-indexed."""
    begin_real_transaction(conn)
    ids = _latin_named_by_korean_spelling(conn)
    _reindex(conn, ids, [])
    return len(ids)


def _latin_named_by_korean_spelling(conn: sqlite3.Connection) -> list[str]:
    spellings = sorted(hangul.latin_surname_spellings())
    marks = ", ".join("?" * len(spellings))
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND trim(family_name_zh) = '' "
            f"AND trim(given_name_zh) = '' AND lower(trim(family_name)) IN ({marks})",
            spellings,
        )
    ]


def with_respelt_korean_families(conn: sqlite3.Connection) -> list[str]:
    """The live contacts named by a Hangul family name in :data:`_RESPELT_KOREAN_FAMILIES`, and those
    named in Latin letters only whose family name is a Korean family name's spelling, by id. The
    latter are chosen by their family name alone: their rebuilt entry adds the other spellings only
    where the given name reads as Korean (John Lee keeps his)."""
    spellings = sorted(hangul.latin_surname_spellings())
    families, latin = (", ".join("?" * len(names)) for names in (_RESPELT_KOREAN_FAMILIES, spellings))
    return [
        r[0]
        for r in conn.execute(
            f"SELECT id FROM contact WHERE deleted_at IS NULL AND (trim(family_name_zh) IN ({families}) "
            "OR (trim(family_name_zh) = '' AND trim(given_name_zh) = '' "
            f"AND lower(trim(family_name)) IN ({latin})))",
            [*_RESPELT_KOREAN_FAMILIES, *spellings],
        )
    ]


#: Arabic (U+0600-U+06FF) and Thai (U+0E00-U+0E7F) in a GLOB class.
_ARABIC_THAI_GLOB = "*[\u0600-\u06ff\u0e00-\u0e7f]*"


def reindex_filing_names(conn: sqlite3.Connection) -> int:
    """Re-index the live records whose entries before ``0057_filing_names`` filed or found them
    otherwise (round 51): a family name with a particle or the article al/el ("von Bülow" under V,
    "Al-Mansoori" under A), an Arabic or Thai name (after every Latin one), a name with "oo"
    ("mansouri" missed Al-Mansoori), and a name without Chinese in Cyrillic, Greek or Devanagari (the
    Chinese list now files it by its Latin spelling too); organisations in those scripts likewise.
    Returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_filing_names(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_filing_names(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The live contacts and organisations :func:`reindex_filing_names` re-indexes, by id: one scan
    of each table in SQL."""
    particles = sorted(names.SURNAME_PARTICLES)
    first_word = "substr(ltrim(family_name), 1, instr(ltrim(family_name), ' ') - 1)"
    scripts = (_CYRILLIC_GREEK_GLOB, _DEVANAGARI_GLOB)
    contact_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND ("
            f"{first_word} IN ({', '.join('?' * len(particles))}) "
            "OR lower(ltrim(family_name)) GLOB '[ae]l[- ]*' "
            "OR family_name || given_name || nickname GLOB ? "
            "OR lower(family_name || ' ' || given_name || ' ' || phonetic_family_name || ' ' "
            "|| phonetic_given_name) GLOB '*oo*' "
            "OR (family_name_zh || given_name_zh = '' AND (family_name || given_name GLOB ? "
            "OR family_name || given_name GLOB ?)))",
            [*particles, _ARABIC_THAI_GLOB, *scripts],
        )
    ]
    org_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM organisation WHERE deleted_at IS NULL AND (name_en GLOB ? "
            "OR (name_zh = '' AND (name_en GLOB ? OR name_en GLOB ?)))",
            [_ARABIC_THAI_GLOB, *scripts],
        )
    ]
    return contact_ids, org_ids


#: A German umlaut, composed or as a Mac writes it (a vowel and U+0308, the combining diaeresis).
_UMLAUT_GLOB = "*[äöüÄÖÜ\u0308]*"


def reindex_umlaut_spellings(conn: sqlite3.Connection) -> int:
    """Re-index the live people and organisations with a German umlaut in their Latin name, whose
    entries before ``0058_umlaut_spellings`` lacked its e-spelling ("mueller" for Müller: the query
    was widened instead, which cost every "choe" a read of every Cho); returns how many."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_umlauts(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_umlauts(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The ids :func:`reindex_umlaut_spellings` re-indexes: the names :func:`_umlauts_as_e` respells
    (and a few with another letter and U+0308, re-indexed as they were)."""
    contact_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND family_name || given_name GLOB ?",
            (_UMLAUT_GLOB,),
        )
    ]
    org_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM organisation WHERE deleted_at IS NULL "
            "AND name_en || short_name_en || aliases GLOB ?",
            (_UMLAUT_GLOB,),
        )
    ]
    return contact_ids, org_ids


def reindex_arabic_thai_spellings(conn: sqlite3.Connection) -> int:
    """Re-index the live people whose entries before ``0060_arabic_thai_spellings`` lacked the Latin
    spellings of an Arabic or Thai name ("siriporn", "mansouri" for names without a Latin reading),
    an Arabic name's folded vowels ("mansuri") or filed "Almansoori" under A; and the organisations
    with an Arabic or Thai name. Returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_arabic_thai_names(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_arabic_thai_names(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The ids :func:`reindex_arabic_thai_spellings` re-indexes. People are read in one scan and
    tested as the index tests them (:func:`arabic_names.reads_as_arabic`): SQL cannot tell a listed
    Arabic name from another; organisations by script alone."""
    contact_ids = [
        cid
        for cid, family, given, reading_family, reading_given, language in conn.execute(
            "SELECT id, family_name, given_name, phonetic_family_name, phonetic_given_name, "
            "native_name_language FROM contact WHERE deleted_at IS NULL"
        )
        if _arabic_name(family, given, (reading_family, reading_given), language or "")
        or thai_latin.has_thai(f"{family}{given}")
    ]
    org_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM organisation WHERE deleted_at IS NULL "
            "AND name_en || short_name_en || aliases GLOB ?",
            (_ARABIC_THAI_GLOB,),
        )
    ]
    return contact_ids, org_ids


def reindex_given_initials(conn: sqlite3.Connection) -> int:
    """Re-index the live people whose entries before ``0064_given_initials`` lacked their given name's
    initials ("wk" for Wai Kin or W.K.: Hong Kong's "W.K. Chan") or read 乾 as 干 in their pinyin and
    filing key (乾隆 Qianlong); returns how many."""
    begin_real_transaction(conn)
    contact_ids = with_given_initials_or_qian(conn)
    _reindex(conn, contact_ids, [])
    return len(contact_ids)


def with_given_initials_or_qian(conn: sqlite3.Connection) -> list[str]:
    """The ids :func:`reindex_given_initials` re-indexes: one scan, each given name tested as the
    index tests it (:func:`names.given_name_initials`), which SQL cannot say."""
    return [
        cid
        for cid, given, written in conn.execute(
            "SELECT id, given_name, family_name || given_name || family_name_zh || given_name_zh "
            "FROM contact WHERE deleted_at IS NULL"
        )
        if names.given_name_initials(given) or "乾" in written
    ]


#: A GLOB class of hiragana and katakana, for the records ``0046_kana_readings`` re-indexes.
_KANA_GLOB = "*[ぁ-ヺー]*"


def reindex_kana_names(conn: sqlite3.Connection) -> int:
    """Re-index the live contacts with kana in their name or its reading, which the index before
    ``0046_kana_readings`` held only as written (やまだ found nobody, "sakura" not 佐藤さくら);
    returns how many were re-indexed. Every other entry stays as it is."""
    begin_real_transaction(conn)
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND family_name_zh || given_name_zh "
            "|| phonetic_family_name || phonetic_given_name GLOB ?",
            (_KANA_GLOB,),
        )
    ]
    _reindex(conn, ids, [])
    return len(ids)


def reindex_japanese_sort(conn: sqlite3.Connection) -> int:
    """Re-index the live people without a Latin name whose family name has a kana reading, whose English
    sort key before ``0066_japanese_sort`` was their kanji's pinyin (佐藤 健 under "zuo teng", not his
    Hepburn "sato ken"); returns how many."""
    begin_real_transaction(conn)
    ids = with_japanese_sort(conn)
    _reindex(conn, ids, [])
    return len(ids)


def with_japanese_sort(conn: sqlite3.Connection) -> list[str]:
    """The ids :func:`reindex_japanese_sort` re-indexes (:func:`names.person_sort_key_en` files them by
    their reading's Hepburn)."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND trim(family_name || given_name) = '' "
            "AND phonetic_family_name GLOB ?",
            (_KANA_GLOB,),
        )
    ]


#: Cyrillic letters in a GLOB class (:data:`_CYRILLIC_GREEK_GLOB` without the Greek)
_CYRILLIC_GLOB = "*[\u0400-\u04ff]*"
#: The apostrophes :data:`_IN_WORD_APOSTROPHE` reads inside a word, in a GLOB class
_APOSTROPHE_GLOB = "*[\u02bb\u02bc\u2018\u2019]*"


def reindex_central_asian_spellings(conn: sqlite3.Connection) -> int:
    """Re-index the live records whose entries before ``0067_central_asian_spellings`` lacked field test
    82's spellings (a Kazakh letter, "ye" for a word's first е, Uzbek oʻ/gʻ without the ʻ) or a middle
    name, or filed a family name by a Romance particle ("da Silva" under D: field test 87) or by "la"
    after "de" ("de la Torre" under L: field test 90); returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_central_asian_spellings(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def _respelt_since_field_82(text: str) -> bool:
    return bool(_IN_WORD_APOSTROPHE.search(text)) or romanise.has_kazakh_or_word_start_e(names.fold(text))


#: The particles set aside since round 53: the Romance ones and "la", "las", "los" after "de" or "del"
_PARTICLES_SINCE_ROUND_53 = names.ROMANCE_PARTICLES | names.ARTICLES_AFTER_DE


def _filed_by_romance_particle(family: str) -> bool:
    """Whether a family name files otherwise since round 53 (:data:`names.ROMANCE_PARTICLES`, "de la
    Torre" under T: :data:`names.ARTICLES_AFTER_DE`)."""
    return not _PARTICLES_SINCE_ROUND_53.isdisjoint(names.leading_particles(family))


def with_central_asian_spellings(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The ids :func:`reindex_central_asian_spellings` re-indexes. The two rounds' changes share one
    migration so that a file is scanned once: SQL takes the candidates (a Cyrillic letter or an
    apostrophe in the name, a middle name, a family name starting in lower case) and each is tested as
    the index tests it, which SQL cannot say (a word's first е, a particle among the leading words)."""
    contact_ids = [
        cid
        for cid, family, given, middle in conn.execute(
            "SELECT id, family_name, given_name, middle_name FROM contact WHERE deleted_at IS NULL "
            "AND (middle_name <> '' OR family_name || ' ' || given_name GLOB ?1 "
            "OR family_name || ' ' || given_name GLOB ?2 OR ltrim(family_name) GLOB '[a-z]* *')",
            (_CYRILLIC_GLOB, _APOSTROPHE_GLOB),
        )
        if (middle or "").strip()
        or _respelt_since_field_82(f"{given} {family}")
        or _filed_by_romance_particle(family)
    ]
    org_ids = [
        oid
        for oid, *texts in conn.execute(
            "SELECT id, name_en, short_name_en, aliases FROM organisation WHERE deleted_at IS NULL "
            "AND (name_en || short_name_en || aliases GLOB ?1 "
            "OR name_en || short_name_en || aliases GLOB ?2)",
            (_CYRILLIC_GLOB, _APOSTROPHE_GLOB),
        )
        if any(_respelt_since_field_82(text) for text in (texts[0], texts[1], *_tags(texts[2])))
    ]
    return contact_ids, org_ids


#: Khmer and Burmese (Myanmar) letters in a GLOB class (:func:`khmer_myanmar_latin.has_khmer_or_myanmar`)
_KHMER_MYANMAR_GLOB = "*[\u1000-\u109f\u1780-\u17ff]*"


def _has_khmer_myanmar_reading(text: str) -> bool:
    return khmer_myanmar_latin.has_khmer_or_myanmar(text) and bool(khmer_myanmar_latin.latin(text))


def reindex_khmer_myanmar_readings(conn: sqlite3.Connection) -> int:
    """Re-index the live records whose entries before ``0073_khmer_myanmar_readings`` lacked a Khmer or
    Burmese name's Latin reading ("kyaw" found only people saved since) and filed it by its own letters
    after every Latin name; returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_khmer_myanmar_names(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_khmer_myanmar_names(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The ids :func:`reindex_khmer_myanmar_readings` re-indexes: the people with a Khmer or Burmese
    letter in any name field, found by one scan in SQL; the organisations whose name, short name or
    alias has a reading (:func:`khmer_myanmar_latin.latin`), as re-indexing an organisation rewrites its
    people's entries too, which would then be written again unchanged."""
    contact_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND family_name || given_name || middle_name "
            "|| family_name_zh || given_name_zh || phonetic_family_name || phonetic_given_name || nickname "
            "GLOB ?",
            (_KHMER_MYANMAR_GLOB,),
        )
    ]
    org_ids = [
        oid
        for oid, name, short, aliases in conn.execute(
            "SELECT id, name_en, short_name_en, aliases FROM organisation WHERE deleted_at IS NULL "
            "AND name_en || short_name_en || aliases GLOB ?",
            (_KHMER_MYANMAR_GLOB,),
        )
        if any(_has_khmer_myanmar_reading(text) for text in (name, short, *_tags(aliases)))
    ]
    return contact_ids, org_ids


def refresh_search_index(session: Session) -> int:
    """Bring the index rows of every entity marked dirty up to date; returns how many were done.

    Runs by itself after each ORM flush; call it after writing with plain SQL through a session.
    """
    return _refresh(_dbapi(session))


def catch_up(db: Any) -> int:
    """Work off what other processes queued (a command-line import of 100,000 contacts leaves
    them all): its own transaction, so the window does it once at start-up, as a task of its own,
    instead of inside whichever write comes first (the status count held the write lock for
    seconds: field test 34, defect 1)."""
    with db.reading() as session:
        if not has_queued(_dbapi(session)):
            return 0
    with db.transaction() as session:
        return refresh_search_index(session)


def queued_count(conn: sqlite3.Connection) -> int:
    """How many entities wait for their index rows (what a search that may not write misses)."""
    return int(conn.execute("SELECT count(DISTINCT entity_id) FROM search_dirty").fetchone()[0])


def has_queued(conn: sqlite3.Connection) -> bool:
    """Whether entities wait for their index rows (a search must bring them up to date first)."""
    return conn.execute("SELECT 1 FROM search_dirty LIMIT 1").fetchone() is not None or touches.queued(conn)


def _refresh(conn: sqlite3.Connection) -> int:
    if touches.queued(conn):  # the change log's last touches, with the index they filter
        _take_write_lock(conn)
        touches.settle(conn)
    last = conn.execute("SELECT max(seq) FROM search_dirty").fetchone()[0]
    if last is None:
        return 0
    # Another connection may be refreshing the same entries: lock first, then read again.
    _take_write_lock(conn)
    last = conn.execute("SELECT max(seq) FROM search_dirty").fetchone()[0]
    if last is None:
        return 0
    # Only as many as decide between the two ways are read: after an import of a million contacts
    # the queue names every one of them (reading them all held 250 MB through the rebuild).
    rows = conn.execute(
        "SELECT DISTINCT entity_id, kind FROM search_dirty WHERE seq <= ? LIMIT ?", (last, BULK_THRESHOLD + 1)
    ).fetchall()
    if len(rows) > BULK_THRESHOLD:
        # After bulk writes one pass over the tables beats thousands of small reindexes.
        return _rebuild(conn)
    contacts = [eid for eid, kind in rows if kind == CONTACT]
    orgs = [eid for eid, kind in rows if kind == ORGANISATION]
    _reindex(conn, contacts, orgs)
    conn.execute("DELETE FROM search_dirty WHERE seq <= ?", (last,))
    return len(rows)


def rebuild_search_index(session: Session) -> int:
    """Rebuild the whole index from the source tables (after bulk inserts); returns entries written.

    Runs in the caller's transaction, in bounded memory at any size: the source tables are read a
    range of ids at a time (no per-row queries); secondary indexes and the FTS trigger are dropped
    during the bulk insert and rebuilt once at the end. The phrase readings (some 11 MB), which only
    organisation names need, are let go after them unless they were read before (their packed
    form, 1.2 MB, stays: the next rebuild does not read pypinyin's file again); SQLite's sorts
    take as much memory as the connection's page cache, on top of it.
    """
    return _rebuild(_dbapi(session))


_REBUILT_TABLES = ("search_entry", "search_gram")


# Kept under their old names here too (tests and ``reindex`` read them from this module).
_DIRTY_TRIGGERS = DIRTY_TRIGGERS
_FTS_TRIGGERS = FTS_TRIGGERS


def restore_triggers(session: Session) -> list[str]:
    """Create any search trigger the database lacks; returns the names of those put back."""
    conn = _dbapi(session)
    begin_real_transaction(conn)
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    restored = []
    for name, when, body in (*_FTS_TRIGGERS, *_DIRTY_TRIGGERS):
        if name not in present:
            conn.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
            restored.append(name)
    return restored


#: Temporary tables of a rebuild: the computed entries and their keys, in source order, before they
#: are numbered in name order; and the numbering.
_STAGE_TABLES = ("search_stage", "search_stage_gram", "search_stage_order")


def _rebuild(conn: sqlite3.Connection) -> int:
    """Rebuild in bounded memory: the entries are computed a chunk of source rows at a time into
    temporary tables (which SQLite keeps on disk beyond its page cache), then numbered in name order
    and copied in that order by SQL, whose sorter also works within a bounded memory."""
    started = time.perf_counter()
    # DROP TRIGGER must not commit on its own: a kill would leave the triggers dropped for good.
    begin_real_transaction(conn)
    # Without triggers on search_entry, DELETE empties the tables at once and inserts go in bulk;
    # the FTS index is rebuilt from the content table at the end.
    trigger_sql = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'search_entry'"
    ).fetchall()
    for name, _sql in trigger_sql:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("DELETE FROM search_gram")
    conn.execute("DELETE FROM search_entry")
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_dirty")
    index_sql = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN {_in(_REBUILT_TABLES)}",
        _REBUILT_TABLES,
    ).fetchall()
    for name, _sql in index_sql:
        conn.execute(f'DROP INDEX "{name}"')
    steps = [("clear", time.perf_counter())]
    count, grams = _stage_entries(conn)
    # The caches of name readings are of no more use; SQLite's sorts below need the memory.
    names.clear_caches()
    bulkload.give_memory_back()
    steps.append(("compute", time.perf_counter()))
    # Row ids in (kind, English sort key) order, which _walk_plan and _ordered_gram_plan rely on, and
    # each entry's place in Chinese order; then the rows in row id order: B-tree appends.
    conn.execute(
        "CREATE TEMP TABLE search_stage_order "
        "(seq INTEGER PRIMARY KEY, id INTEGER NOT NULL, rank_zh INTEGER NOT NULL)"
    )
    conn.execute(
        "INSERT INTO search_stage_order (seq, id, rank_zh) "
        "SELECT seq, num, row_number() OVER (ORDER BY kind, sort_zh, num) FROM (SELECT s.id AS seq, s.kind, "
        "s.sort_zh, row_number() OVER (ORDER BY s.kind, s.sort_en, s.id) AS num FROM search_stage s)"
    )
    source = {"id": "m.id", "org_id": "om.id", "rank_zh": "m.rank_zh"}
    columns = ", ".join(source.get(c, f"s.{c}") for c in _ENTRY_COLUMNS.split(", "))
    conn.execute(
        f"INSERT INTO search_entry ({_ENTRY_COLUMNS}) SELECT {columns} FROM search_stage_order m "
        "CROSS JOIN search_stage s ON s.id = m.seq LEFT JOIN search_stage_order om ON om.seq = s.org_id "
        "ORDER BY m.id"
    )
    steps.append(("entries", time.perf_counter()))
    # In primary key order: B-tree appends.
    conn.execute(
        "INSERT INTO search_gram (gram, is_org, entry_id, rank_zh) SELECT g.gram, g.is_org, m.id, m.rank_zh "
        "FROM search_stage_gram g CROSS JOIN search_stage_order m ON m.seq = g.seq ORDER BY 1, 2, 3"
    )
    for table in _STAGE_TABLES:
        conn.execute(f"DROP TABLE temp.{table}")
    steps.append(("grams", time.perf_counter()))
    for _name, sql in index_sql:
        conn.execute(sql)
    steps.append(("indexes", time.perf_counter()))
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('rebuild')")
    steps.append(("fts", time.perf_counter()))
    for _name, sql in trigger_sql:
        conn.execute(sql)
    previous = started
    timings = []
    for label, at in steps:
        timings.append(f"{label} {at - previous:.2f}s")
        previous = at
    log.info("search index rebuilt: %d entries, %d grams (%s)", count, grams, ", ".join(timings))
    return count


def _stage_entries(conn: sqlite3.Connection) -> tuple[int, int]:
    """Compute every entry, a chunk of source rows at a time, into the temporary tables (numbered
    in source order, organisations first; a person's ``org_id`` there is the organisation's number);
    returns (entries, gram rows)."""
    for table in _STAGE_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    stage_columns = _ENTRY_COLUMNS.replace("id, ", "id INTEGER PRIMARY KEY, ", 1)
    conn.execute(f"CREATE TEMP TABLE search_stage ({stage_columns})")
    conn.execute(
        "CREATE TEMP TABLE search_stage_gram (seq INTEGER NOT NULL, is_org INTEGER NOT NULL, gram TEXT)"
    )
    insert = f"INSERT INTO search_stage ({_ENTRY_COLUMNS}) VALUES ({', '.join('?' * 20)})"
    org_seqs: dict[str, int] = {}  # organisations are few beside their people
    seq = grams = 0

    def stage(chunk: list[_Entry]) -> None:
        nonlocal seq, grams
        rows, gram_rows = [], []
        for entry in chunk:
            seq += 1
            if entry.kind == ORGANISATION:
                org_seqs[entry.entity_id] = seq
            rows.append(entry.values(seq, org_seqs.get(entry.org_entity_id or ""), 0))
            gram_rows += [(seq, is_org, g) for g, is_org, _id, _rank in entry.gram_rows(seq, 0)]
        conn.executemany(insert, rows)
        conn.executemany("INSERT INTO search_stage_gram (seq, is_org, gram) VALUES (?, ?, ?)", gram_rows)
        grams += len(gram_rows)

    release_phrase_tables = names.phrase_tables_releasable()
    for chunk in _org_entry_chunks(conn):
        stage(chunk)
    # Organisation names are read by phrase (the phrase readings), people's by character: unless
    # someone else read them before, the readings are let go for the rest of the rebuild.
    if release_phrase_tables:
        names.release_phrase_tables()
    names.clear_caches()  # organisation names' readings and keys (at a million, tens of MB)
    bulkload.give_memory_back()
    for chunk in _contact_entry_chunks(conn):
        stage(chunk)
    return seq, grams


def check_index(session: Session) -> bool:
    """True when the FTS index agrees with its content table (for tests and diagnostics)."""
    try:
        _dbapi(session).execute("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")
    except connection.DatabaseError:
        return False
    return True


# -- keeping the index in step with ORM writes ------------------------------------------------

_WATCHED = {"contact", "organisation", "contact_method", "affiliation"}


def _mark_session_objects(session: Session, conn: sqlite3.Connection) -> None:
    """Mark the entities this flush touched, in case a source-table trigger is missing (a later
    migration that rebuilds a table in SQLite batch mode drops its triggers)."""
    marks: set[tuple[str, str]] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = getattr(obj, "__tablename__", None)
        if table not in _WATCHED:
            continue
        if table == "contact":
            marks.add((obj.id, CONTACT))
        elif table == "organisation":
            marks.add((obj.id, ORGANISATION))
        elif getattr(obj, "contact_id", None):
            marks.add((obj.contact_id, CONTACT))
    if marks:
        conn.executemany("INSERT INTO search_dirty (entity_id, kind) VALUES (?, ?)", list(marks))


def _index_ready(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_dirty'").fetchone()
        is not None
    )


#: Set ``session.info[DEFER_KEY] = True`` to skip the per-flush refresh during bulk work that ends
#: with :func:`rebuild_search_index` (the dirty queue still fills and is cleared by the rebuild).
DEFER_KEY = "petdesk.search.deferred"


def after_flush(session: Session) -> None:
    """Work off the dirty queue inside the flushing transaction (listener in ``models/search.py``)."""
    if session.info.get(DEFER_KEY):
        return
    conn = _dbapi(session)
    if not _index_ready(conn):  # a database not yet migrated to 0002_search
        return
    _mark_session_objects(session, conn)
    _refresh(conn)


def before_commit(session: Session) -> None:
    """Catch writes made with plain SQL through the session since the last flush."""
    if session.info.get(DEFER_KEY) or not session.in_transaction():
        return
    conn = _dbapi(session)
    if _index_ready(conn):
        _refresh(conn)


def reindex_particle_filing(conn: sqlite3.Connection) -> int:
    """Re-index the live people whose surname files with its particle since ``0074_particle_filing``:
    a lower-case particle first ("van der Merwe", "de Smet") and a country that files it as written
    (:data:`names.PARTICLE_FIRST_COUNTRIES`: South Africa, Namibia, Belgium), by nationality, else
    their organisation's (the country their entry holds); returns how many. Nobody else's key changes."""
    begin_real_transaction(conn)
    ids = with_particle_filing(conn)
    _reindex(conn, ids, [])
    return len(ids)


def with_particle_filing(conn: sqlite3.Connection) -> list[str]:
    """The ids :func:`reindex_particle_filing` re-indexes: found by a lower-case first word in SQL,
    then by its particles and country."""
    columns = {row[1] for row in conn.execute("PRAGMA table_info(contact)")}
    nationality = "c.nationality" if "nationality" in columns else "''"  # (an older file's, in tests)
    rows = conn.execute(
        f"SELECT c.id, c.family_name, {nationality}, coalesce(e.country, '') FROM contact c "
        "LEFT JOIN search_entry e ON e.entity_id = c.id WHERE c.deleted_at IS NULL "
        "AND c.family_name GLOB '[a-z]* *'"
    )
    return [
        cid
        for cid, family, nationality, org_country in rows
        if names.leading_particles(family)
        and names.files_particle_first(names.filing_country(nationality, org_country))
    ]


#: Arabic letters, and the Mongolian letters ө and ү, in a GLOB class
_ARABIC_GLOB = "*[\u0600-\u06ff]*"
_MONGOLIAN_LETTER_GLOB = "*[өүӨҮ]*"
#: A Mongolian father's name as written last in the family name: "Б.", "Ц.", "Батын", "Доржийн"
#: (:func:`mongolian_names.is_patronymic` decides; this only finds the candidates)
_FATHERS_NAME_GLOBS = ("*[А-ЯЁӨҮ].", "*[А-ЯЁӨҮ][а-яёөү].", "*[а-яёөү]ын", "*[а-яёөү]ийн")


def reindex_arabic_mongolian_readings(conn: sqlite3.Connection) -> int:
    """Re-index the live records whose entries ``0075_arabic_mongolian_readings`` changes: an Arabic
    name's other Latin spellings ("mohammed" finds Mohamed El-Sayed) and the Egyptian names added to
    the Arabic list (field test 118); a Mongolian ө's passport spelling ("ulziibayar" finds
    Өлзийбаяр) and a father's name first, filed by the given name ("Батын Болд" under Б for Болд:
    field test 119). Only the candidates found cheaply are recomputed, and only those whose entry
    differs are written; returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_arabic_mongolian_changes(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_arabic_mongolian_changes(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The ids :func:`reindex_arabic_mongolian_readings` re-indexes: of the candidates
    (:func:`arabic_mongolian_candidates`), those whose entry as computed now differs from the one on
    file, as a re-index would write it; an organisation's people follow it in :func:`_reindex`."""
    contact_ids, org_ids = arabic_mongolian_candidates(conn)
    return (
        _entries_changed(conn, _contact_entries(conn, contact_ids)),
        _entries_changed(conn, _org_entries(conn, org_ids)),
    )


def arabic_mongolian_candidates(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """People with an Arabic letter in a name field, a Latin name word with other listed Arabic
    spellings (:func:`arabic_names.latin_variants`, a dictionary look-up of the two name columns),
    a Mongolian ө or ү, a family name ending in a father's name, or a Cyrillic name and Mongolia as
    their country; organisations with an Arabic letter or ө/ү in a name."""
    name_fields = (
        "c.family_name || c.given_name || c.middle_name || c.phonetic_family_name || "
        "c.phonetic_given_name || c.nickname"
    )
    columns = {row[1] for row in conn.execute("PRAGMA table_info(contact)")}
    nationality = "c.nationality" if "nationality" in columns else "''"
    fathers = " OR ".join("c.family_name GLOB ?" for _glob in _FATHERS_NAME_GLOBS)
    contact_ids = [
        r[0]
        for r in conn.execute(
            f"SELECT c.id FROM contact c LEFT JOIN search_entry e ON e.entity_id = c.id "
            f"WHERE c.deleted_at IS NULL AND ({name_fields} GLOB ? OR {name_fields} GLOB ? OR {fathers} "
            f"OR (c.family_name || c.given_name GLOB ? AND 'MN' IN ({nationality}, e.country)))",
            (_ARABIC_GLOB, _MONGOLIAN_LETTER_GLOB, *_FATHERS_NAME_GLOBS, _CYRILLIC_GLOB),
        )
    ]
    seen = set(contact_ids)
    spelt: dict[str, bool] = {}  # per distinct word: a name word recurs across thousands of people

    def has_variants(word: str) -> bool:
        if (known := spelt.get(word)) is None:
            known = spelt[word] = bool(arabic_names.latin_variants(word))
        return known

    contact_ids += [
        cid
        for cid, family, given in conn.execute(
            "SELECT id, family_name, given_name FROM contact WHERE deleted_at IS NULL "
            "AND family_name || given_name GLOB '*[A-Za-z][A-Za-z][A-Za-z][A-Za-z]*'"
        )
        if cid not in seen and any(has_variants(w) for w in _words(f"{family} {given}"))
    ]
    org_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM organisation WHERE deleted_at IS NULL "
            "AND (name_en || short_name_en || aliases GLOB ? OR name_en || short_name_en || aliases GLOB ?)",
            (_ARABIC_GLOB, _MONGOLIAN_LETTER_GLOB),
        )
    ]
    return contact_ids, org_ids


#: any Thai letter in a GLOB: the names whose Latin reading ``0076_thai_ro_han`` may change (รร, and
#: since round 58's second look ห before ง, clusters after a preposed vowel, a last short vowel...)
_THAI_GLOB = "*[\u0e00-\u0e7f]*"


def reindex_thai_ro_han(conn: sqlite3.Connection) -> int:
    """Re-index the live records whose Thai reading changed in round 58: รร read letter by letter
    (อุตสาหกรรม "utsahakonrom", now "utsahakam": field test 120), แห่ง "ngae" (now "haeng"), ธรรมชาติ
    "thamchati" ("thammachat"), ไทย "thaii" ("thai") ...; only those whose entry changes are written.
    Returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_thai_ro_han_changes(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_thai_ro_han_changes(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The ids :func:`reindex_thai_ro_han` re-indexes: of the candidates
    (:func:`thai_ro_han_candidates`), those whose entry as computed now differs from the one on file."""
    contact_ids, org_ids = thai_ro_han_candidates(conn)
    return (
        _entries_changed(conn, _contact_entries(conn, contact_ids)),
        _entries_changed(conn, _org_entries(conn, org_ids)),
    )


def thai_ro_han_candidates(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The live people and organisations with a Thai letter in a name field, found by one scan in
    SQL: any Thai name may read differently (the unchanged ones are then left as they are)."""
    contact_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL AND family_name || given_name || middle_name "
            "|| phonetic_family_name || phonetic_given_name || nickname GLOB ?",
            (_THAI_GLOB,),
        )
    ]
    org_ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM organisation WHERE deleted_at IS NULL "
            "AND name_en || short_name_en || aliases GLOB ?",
            (_THAI_GLOB,),
        )
    ]
    return contact_ids, org_ids


def _entries_changed(conn: sqlite3.Connection, entries: list[_Entry]) -> list[str]:
    """The entity ids of ``entries`` whose row on file differs from them in any column a re-index
    writes from the record (its row id, organisation row and place come from the others)."""
    changed = []
    for start in range(0, len(entries), _CHUNK):
        batch = entries[start : start + _CHUNK]
        on_file = {
            row[0]: tuple(row[1:])
            for row in conn.execute(
                "SELECT entity_id, kind, name_en, name_zh, position_en, position_zh, email, phone, city_en, "
                "city_zh, country, tags, updated_at, sort_en, sort_zh, text, grams FROM search_entry "
                f"WHERE entity_id IN {_in([e.entity_id for e in batch])}",
                [e.entity_id for e in batch],
            )
        }
        for entry in batch:
            values = entry.values(0, None, 0)
            if on_file.get(entry.entity_id) != (values[2], *values[4:19]):
                changed.append(entry.entity_id)
    return changed


def reindex_persian_letters(conn: sqlite3.Connection) -> int:
    """Re-index the live records whose entry holds a Persian ی, ک, a final ى or a ZWNJ, which search
    folds as ي, ك and nothing since ``0077_persian_letters`` (علی found by علي: field test 125).
    Only the entries that change are written; returns how many were re-indexed."""
    begin_real_transaction(conn)
    contact_ids, org_ids = with_persian_letters(conn)
    _reindex(conn, contact_ids, org_ids)
    return len(contact_ids) + len(org_ids)


def with_persian_letters(conn: sqlite3.Connection) -> tuple[list[str], list[str]]:
    """The ids :func:`reindex_persian_letters` re-indexes: the entries on file written with one of
    the letters (a scan in SQL), of those the ones a re-index would now write otherwise."""
    ids: dict[str, list[str]] = {CONTACT: [], ORGANISATION: []}
    for entity_id, kind in conn.execute(
        "SELECT entity_id, kind FROM search_entry WHERE text || sort_en || sort_zh || grams GLOB ?",
        (PERSIAN_FORMS_GLOB,),
    ):
        ids.setdefault(kind, []).append(entity_id)
    return (
        _entries_changed(conn, _contact_entries(conn, ids[CONTACT])),
        _entries_changed(conn, _org_entries(conn, ids[ORGANISATION])),
    )
