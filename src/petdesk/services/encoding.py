"""Guess the text encoding of a file by how plausible each reading is, not by "the first codec that
decodes" (GB18030 decodes almost any bytes, so a Windows-1252 "Jörg Müller" became "J鰎g M黮ler").

Every candidate codec that decodes the bytes strictly gives a reading; each reading is scored by the
characters it contains: common characters of one script score high (GB2312 level-1 hanzi, Big5
frequent hanzi, JIS level-1 kanji, kana, KS X 1001 hangul, European accented letters, Cyrillic),
rare symbols, control characters and private-use code points score low, and a word that mixes
scripts ("J鰎g") or a Latin word made mostly of accented letters ("Ïðèâåò") is penalised. The best
reading wins; when the runner-up is close the result says so and keeps both readings to show.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from petdesk.i18n import N_
from petdesk.quoting import quoted

#: Codecs tried after UTF-8, in the order used to break exact ties.
CANDIDATES = (
    "gb18030",
    "big5",
    # Windows' Shift_JIS (what Excel and Outlook on Japanese Windows write, and what browsers read
    # for the label "Shift_JIS"): Python's strict shift_jis refuses its extra characters (髙, 﨑, ①,
    # ㈱), and a file with one of them fell through to a GB18030 reading of mojibake (field test 78).
    "cp932",
    "euc-kr",
    "cp1252",
    # Windows-1250: what Outlook and Excel on Polish, Czech, Slovak, Hungarian ... Windows write
    # (field test 124). Without it a Polish file was read as Windows-1251 ("Tytuі", "Imiк") and
    # every name column was ignored. After Windows-1252, which reads German the same: chosen only
    # when it reads better.
    "cp1250",
    # Windows-1258: what Excel on Vietnamese Windows saves as "CSV" (field test 93). After Windows-1252,
    # which reads the same bytes as the same letters in a Western file.
    "cp1258",
    # Windows-1254: what Excel on Turkish Windows saves as "CSV (noktalı virgülle ayrılmış)" (field
    # test 114). Windows-1252 read "İbrahim Çelik, Soyadı" as "Ýbrahim Çelik, Soyadý"; after
    # Windows-1258, which wins a tie, so a Vietnamese file stays Vietnamese.
    "cp1254",
    # Windows-1256: what Outlook and Excel on Arabic Windows write (field test 118). Read as
    # Windows-1251 its letters were Cyrillic ("ЗбЗУг ЗбГжб" for "الاسم الأول"), every column ignored:
    # before Windows-1251 to win the tie, and a Cyrillic word in mixed case ("ЗбЗУг") scores low.
    "cp1256",
    # Windows-874 (TIS-620 with a few Windows symbols): what Outlook and Excel on Thai Windows write
    # (field test 120). Not tried before, its Thai letters were read as Windows-1251 Cyrillic
    # ("¤У№УЛ№йТЄЧиН" for "คำนำหน้าชื่อ") and every column was ignored.
    "cp874",
    "cp1251",
)

#: Codecs that decode every byte the one before them does, to other letters in a few places
#: (Windows-1258 reads a Portuguese "ã" as "ă"): chosen only when they read better, never offered as
#: a close second, or every Portuguese or Italian file would ask which reading is right.
_ONLY_WHEN_BETTER = frozenset({"cp1258", "cp1254", "cp1250"})

#: Scores closer than this are "close": the import says so and shows both readings.
CLOSE_MARGIN = 0.15

#: Only the first part of a large file is scored (the whole file must still decode).
_SAMPLE_CHARS = 200_000

#: Accented letters common in European languages (German, French, Spanish, Portuguese, Italian,
#: Dutch, Nordic, Polish, Czech, Turkish ...).
_COMMON_LATIN = set(
    "äöüßÄÖÜéèêëÉÈÊËàâáÀÂÁçÇñÑîïíìÎÏÍôóòõÔÓÒÕûúùÛÚÙÿåÅæÆøØœŒãÃąćęłńśźżĄĆĘŁŃŚŹŻčďěňřšťůžČĎĚŇŘŠŤŮŽğĞıİşŞ"
)
#: Letters only Vietnamese writes: ă ơ ư đ and the letters with tone marks (ạ … ỹ, U+1EA0–U+1EF9).
_VIETNAMESE = set("ăĂơƠưƯđĐ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}
#: Typographic punctuation Windows programs and CJK text use all the time.
#: Czech read as Windows-1252 gives letters of the same score ("Dvoøák", "Pøíjmení", "Èeská"); no
#: language writes a grave or "ø" in one word with an acute "á í ý ú" or "š ž" (French and Italian
#: have no "á", Nordic languages no "í"), so such a word counts as mixed.
_GRAVE_OR_SLASHED = set("àèìòùøÀÈÌÒÙØ")
_ACUTE_OR_CARON = set("áíýúšžÁÍÝÚŠŽ")
_COMMON_PUNCT = set("“”‘’–—…•€«»·°§、。，：；！？（）《》「」『』【】～・　¥£©®™")


class EncodingError(ValueError):
    """Bytes that no candidate reads (only when the user named one codec that does not fit)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line
        self.reason = message


@dataclass
class Reading:
    encoding: str
    text: str
    score: float
    #: The first line with non-ASCII characters, to show the user what this reading looks like.
    sample: str = ""


@dataclass
class Detection:
    """The chosen reading of a file, with the runner-up when it was close."""

    encoding: str
    text: str
    score: float = 1.0
    sample: str = ""
    #: "bom", "chosen" (the user named it), "ascii" or "guessed".
    how: str = "guessed"
    #: Other plausible readings, best first (only those within ``CLOSE_MARGIN``).
    close: list[Reading] = field(default_factory=list)
    #: Codecs named line by line inside the file (vCard ``CHARSET=``), when those decided.
    charsets: tuple[str, ...] = ()

    @property
    def is_close(self) -> bool:
        return bool(self.close)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


#: What a cut through a multi-byte character looks like to the decoders petdesk reads with.
_CUT_REASONS = ("unexpected end of data", "truncated data", "incomplete multibyte sequence")

#: Why a file that ends inside a character is refused (as a CSV whose last row lost columns is):
#: bytes were lost at the cut, so its last row is damaged and whatever followed it is missing,
#: and importing the rest would look complete when it is not.
ENDS_INSIDE_A_CHARACTER = "the file ends inside a character: the file seems truncated"


def _cut_inside_a_character(data: bytes, exc: UnicodeDecodeError) -> bool:
    """Whether the only bad bytes are an incomplete character at the very end of ``data``."""
    return exc.end == len(data) and exc.reason in _CUT_REASONS


def _truncated(data: bytes, exc: UnicodeDecodeError) -> EncodingError:
    return EncodingError(ENDS_INSIDE_A_CHARACTER, _line_of(data, exc.start))


def decode_strict(data: bytes, encoding: str) -> str:
    """``data`` in ``encoding``; ``EncodingError`` naming the first bad line otherwise."""
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise EncodingError(f"unknown encoding {quoted(encoding)}") from exc
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        if _cut_inside_a_character(data, exc):
            raise _truncated(data, exc) from exc
        raise EncodingError(
            f"bytes {data[exc.start : exc.start + 4]!r} are not valid {encoding} text",
            _line_of(data, exc.start),
        ) from exc


def sample_line(text: str, limit: int = 80) -> str:
    for line in text.splitlines():
        if any(ord(c) > 127 for c in line):
            # A spreadsheet's title row carries its empty cells: "通讯录（2026年11月）,,,,,,," (shots59).
            line = line.strip().rstrip(",;\t").rstrip()
            return line if len(line) <= limit else line[: limit - 1] + "…"
    return next((ln.strip()[:limit] for ln in text.splitlines() if ln.strip()), "")


@lru_cache(maxsize=65536)
def _han_score(ch: str) -> float:
    """Common hanzi/kanji score 1: GB2312 level 1, Big5 frequent (lead A4–C6), JIS level 1."""
    for codec, lo, hi in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6), ("shift_jis", 0x88, 0x98)):
        try:
            lead = ch.encode(codec)[0]
        except UnicodeEncodeError:
            continue
        if lo <= lead <= hi:
            return 1.0
    for codec in ("gb2312", "big5", "shift_jis", "euc-kr"):
        try:
            ch.encode(codec)
            return 0.2
        except UnicodeEncodeError:
            continue
    return -0.5


@lru_cache(maxsize=65536)
def _char_score(ch: str) -> tuple[float, str]:
    """(plausibility, script) of one non-ASCII character."""
    o = ord(ch)
    if 0x80 <= o <= 0x9F:
        return -5.0, ""
    if 0xAC00 <= o <= 0xD7A3:
        try:
            ch.encode("euc-kr")
            return 1.2, "ko"  # hangul outscores hanzi a little: EUC-KR hangul bytes are GB2312 hanzi too
        except UnicodeEncodeError:
            return 0.2, "ko"
    if 0x3040 <= o <= 0x30FF:
        return 1.0, "ja"
    if 0xFF61 <= o <= 0xFF9F:
        return 0.3, "ja"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF:
        return _han_score(ch), "han"
    if ch in _COMMON_LATIN or ch in _VIETNAMESE:
        return 1.0, "latin"
    if ch in _COMMON_PUNCT or 0xFF01 <= o <= 0xFF5E:
        return 0.8, ""
    if 0x0410 <= o <= 0x044F or o in (0x0401, 0x0451):
        return 1.0, "cyr"
    if 0x0621 <= o <= 0x064A:
        return 1.0, "ar"
    if 0x0E01 <= o <= 0x0E5B:  # Thai letters, vowel signs, tone marks and digits
        return 1.0, "th"
    if o in (0x200E, 0x200F, 0x060C, 0x061B, 0x061F):  # LRM, RLM, ، ؛ ؟ beside Arabic words
        return 1.0, ""
    category = unicodedata.category(ch)
    if category in ("Co", "Cn", "Cs"):
        return -3.0, ""
    if category.startswith("C"):
        return -5.0, ""
    if category in ("Zs",):
        return 0.5, ""
    if category.startswith("L"):
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            return 0.1, "latin"
        if name.startswith("CYRILLIC"):
            return 0.3, "cyr"
        if name.startswith("GREEK"):
            return 0.3, "greek"
        return 0.0, "other"
    return -1.0, ""  # symbols, marks, odd punctuation: rare in names and addresses


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
#: What written Thai never holds: a vowel sign or tone mark after no consonant, a preposed vowel
#: (เ แ โ ใ ไ) before no consonant, the rare signs ๏ ๚ ๛. Windows-874 decodes almost every byte,
#: so a GB18030 "姓名,单位" read as it is Thai letters too ("ะีร๛,ตฅฮป"), but not well-formed ones.
_THAI_ODD = re.compile(
    "(?<![\u0e01-\u0e2e\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]"
    "|[\u0e40-\u0e44](?![\u0e01-\u0e2e])|[\u0e4f\u0e5a\u0e5b]"
)


def _odd_thai(text: str) -> bool:
    """Whether more than one Thai character in fifty is one written Thai never holds (``_THAI_ODD``)."""
    sample = text[:_SAMPLE_CHARS]
    thai = len(re.findall("[\u0e01-\u0e5b]", sample))
    return len(_THAI_ODD.findall(sample)) * 50 > thai
_CYRILLIC_CASE_INSIDE = re.compile("[а-яё][А-ЯЁ]")
_WORD_RE = re.compile(r"[^\s,;:\"'()\[\]<>=|/\\@.!?]+")


def score(text: str) -> float:
    """Plausibility of a decoded text per non-ASCII character (higher is better; ~1 is clean)."""
    text = text[:_SAMPLE_CHARS]
    total = 0.0
    count = 0
    for ch in text:
        if ord(ch) < 128:
            if (ord(ch) < 32 and ch not in "\t\n\r") or ord(ch) == 127:
                total -= 5.0
                count += 1
            continue
        total += _char_score(ch)[0]
        count += 1
    if count == 0:
        return 1.0
    for word in _WORD_RE.findall(text):
        if word.isascii():
            continue
        scripts = set()
        accented = ascii_letters = 0
        for ch in word:
            if ch.isascii():
                if ch.isalpha():
                    scripts.add("latin")
                    ascii_letters += 1
                continue
            script = _char_score(ch)[1]
            if script:
                scripts.add(script)
            if script == "latin":
                accented += 1
        if "ja" in scripts:
            scripts.discard("han")  # kanji and kana belong together
        letters = set(word)
        if len(scripts) > 1 or (letters & _GRAVE_OR_SLASHED and letters & _ACUTE_OR_CARON):
            total -= 3.0
        elif scripts == {"cyr"} and _CYRILLIC_CASE_INSIDE.search(word):
            total -= 2.0  # "ЗбЗУг": Arabic read as Windows-1251 (lower case before upper case)
        elif scripts == {"latin"} and accented >= 2 and accented > ascii_letters:
            total -= 2.0 * accented  # "Ïðèâåò": Cyrillic read as Windows-1252
    return total / count


def _utf16_readings(data: bytes) -> list[str]:
    """UTF-16 without a byte-order mark: many NUL bytes on odd (LE) or even (BE) positions."""
    if len(data) < 4 or data.count(b"\x00") < len(data) // 4:
        return []
    even = data[0::2].count(b"\x00")
    odd = data[1::2].count(b"\x00")
    return ["utf-16-le"] if odd > even else ["utf-16-be"]


#: CP932's readings of the single bytes 80, A0, FD, FE and FF, which no Japanese text holds: a file
#: with them is not CP932 (Python reads them where strict Shift_JIS refused them).
_CP932_STRAYS = re.compile("[\x80\uf8f0-\uf8f3]")


def _decode(data: bytes, codec: str) -> str:
    text = data.decode(codec)
    if codec == "cp932" and (stray := _CP932_STRAYS.search(text)):
        raise UnicodeDecodeError(codec, data, stray.start(), stray.start() + 1, "not a CP932 character")
    return text


def detect(data: bytes, encoding: str | None = None, candidates: tuple[str, ...] = CANDIDATES) -> Detection:
    """Decode ``data``: the named ``encoding``, a BOM, or the most plausible candidate."""
    if encoding:
        text = decode_strict(data, encoding)
        return Detection(encoding, text, sample=sample_line(text), how="chosen")
    if data.startswith(codecs.BOM_UTF8):
        text = decode_strict(data[3:], "utf-8")
        return Detection("utf-8-sig", text, sample=sample_line(text), how="bom")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = decode_strict(data, "utf-16")
        return Detection("utf-16", text, sample=sample_line(text), how="bom")
    if data.isascii() and b"\x00" not in data:
        text = data.decode("ascii")
        return Detection("utf-8", text, sample=sample_line(text), how="ascii")
    try:
        # Non-ASCII bytes that form valid UTF-8 by accident are rare beyond a character or two,
        # while any symbol a person may type is valid UTF-8: a UTF-8 reading always wins.
        text = data.decode("utf-8")
        return Detection("utf-8", text, sample=sample_line(text), how="utf-8")
    except UnicodeDecodeError as exc:
        # UTF-8 text cut inside its last character is still UTF-8 (a legacy codec would read it
        # as garbage such as "е§“еђЌ"); it is refused as truncated. The text before the cut must
        # hold non-ASCII UTF-8 itself: a Windows-1252 "café" ending in b"\xe9" is not UTF-8.
        if _cut_inside_a_character(data, exc) and not data[: exc.start].isascii():
            raise _truncated(data, exc) from exc
    readings: list[Reading] = []
    seen: dict[str, Reading] = {}
    for codec in (*_utf16_readings(data), *candidates):
        try:
            text = _decode(data, codec)
        except UnicodeDecodeError:
            continue
        if codec == "cp1258":  # its tone marks are bytes of their own, after the letter: composed
            text = unicodedata.normalize("NFC", text)
        if text in seen:  # GBK and GB18030 read most files the same
            continue
        value = score(text)
        if codec == "cp1256" and (value < 0.5 or not _ARABIC_LETTER.search(text)):
            continue  # Windows-1256 reads every byte: only a reading of Arabic words counts
        if codec == "cp874" and (value < 0.5 or not _THAI_LETTER.search(text) or _odd_thai(text)):
            continue  # likewise, only a reading of well-formed Thai words counts as Windows-874
        reading = Reading(codec, text, value, sample_line(text))
        seen[text] = reading
        readings.append(reading)
    if not readings:
        try:
            data.decode("utf-8")
            line = 0
        except UnicodeDecodeError as exc:
            line = _line_of(data, exc.start)
        raise EncodingError(
            "the text is not valid in any encoding petdesk tries (UTF-8, UTF-16, GB18030, Big5, "
            "Shift_JIS, EUC-KR, Windows-1252, Windows-1250, Windows-1251, Windows-1256, Windows-874); "
            "choose the file's encoding",
            line,
        )
    readings.sort(key=lambda r: -r.score)  # stable: ties keep the candidate order
    best = readings[0]
    close = [
        r for r in readings[1:] if best.score - r.score < CLOSE_MARGIN and r.encoding not in _ONLY_WHEN_BETTER
    ]
    return Detection(best.encoding, best.text, best.score, best.sample, "guessed", close)


#: How an encoding was found, as the preview says it.
_HOW = {"bom": N_("byte-order mark"), "chosen": N_("as chosen"), "ascii": N_("plain ASCII")}


#: How a reading was found for certain: a sample line shows nothing to check ("编码 utf-8（纯 ASCII）：
#: BEGIN:VCARD", import49). A guessed reading, or one the user chose, shows one.
_CERTAIN = frozenset({"bom", "ascii"})


def sample_helps(detection: Detection) -> bool:
    """Whether a sample line is worth showing: the reading was guessed or chosen, not certain."""
    return bool(detection.sample) and detection.how not in _CERTAIN


def describe(detection: Detection, _: Callable[[str], str] = lambda s: s) -> str:
    """One line for a preview: the encoding, how it was found and, unless that was certain, a sample
    line; ``_`` is a core translator (``petdesk.i18n.translator``)."""
    how = _(_HOW[detection.how]) if detection.how in _HOW else ""
    if detection.how == "charset":
        head = _("encoding as each line names it (CHARSET {charsets})").format(
            charsets=", ".join(detection.charsets)
        )
    elif how:
        head = _("encoding {encoding} ({how})").format(encoding=detection.encoding, how=how)
    else:
        head = _("encoding {encoding}").format(encoding=detection.encoding)
    if not sample_helps(detection):
        return head
    return _("{head}: {sample}").format(head=head, sample=detection.sample)


def python_knows(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
        return True
    except LookupError:
        return False
