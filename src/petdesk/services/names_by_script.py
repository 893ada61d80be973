"""Which language a name in CJK script belongs to, and how to split it (issue 13).

Chinese, Japanese and Korean names share the family-first order, but not the rest: a Japanese
name's reading comes from the file (kana), never from Mandarin pinyin, and Korean Hangul names
split after the one- or two-syllable family name.
"""

from __future__ import annotations

import re

from petdesk.services import names_indic
from petdesk.services.japanese_surnames import has_japanese_sign, known_family_name
from petdesk.services.names import HAN_CLASS

#: Kana, but not the katakana middle dot (U+30FB): Chinese input methods type it in transliterated
#: foreign names (玛丽・安), so alone it says nothing about the language.
_KANA_RE = re.compile(r"[\u3040-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN_RE = re.compile(f"[{HAN_CLASS}]")

#: Korean family names of two syllables (the rest have one).
KOREAN_COMPOUND_FAMILY = ("남궁", "황보", "제갈", "선우", "독고", "사공", "서문", "동방", "망절")

#: Encodings whose files come from Japanese programs and phones.
JAPANESE_ENCODINGS = ("shift_jis", "shift-jis", "sjis", "cp932", "ms932", "euc-jp", "euc_jp", "iso-2022-jp")


def has_kana(text: str) -> bool:
    return bool(_KANA_RE.search(text or ""))


def has_hangul(text: str) -> bool:
    return bool(_HANGUL_RE.search(text or ""))


def has_native_script(text: str) -> bool:
    """Han, kana or hangul: a name that belongs in the native (CJK) name fields."""
    return bool(_HAN_RE.search(text or "") or has_kana(text) or has_hangul(text))


def language_of(text: str, hint: str = "") -> str:
    """ "ja", "ko" or "" (Chinese, the default) for a name in CJK script.

    Kana mean Japanese and hangul Korean whatever the hint; Han characters alone follow the hint
    (a LANGUAGE parameter, a kana reading, a Shift_JIS file). A name in an Indian script is in the
    hint's Indian language, else its script's ("hi" for Devanagari), and so is no text with such a
    hint (petdesk's "Name language" column): "" took मीना कुमारी for Chinese, and an edit or a
    re-import lost the language (field test 107)."""
    hint = (hint or "").lower()
    if indic := names_indic.indic_language(text):
        return hint if hint in names_indic.LANGUAGES else indic
    if not text and hint in names_indic.LANGUAGES:
        return hint
    if has_kana(text) or has_japanese_sign(text):  # 佐々木 翔: 々 is written in Japanese names only
        return "ja"
    if has_hangul(text):
        return "ko"
    if hint.startswith("ja") or hint in JAPANESE_ENCODINGS:
        return "ja"
    if hint.startswith("ko"):
        return "ko"
    return ""


#: Titles Korean lists write after the name ("박지훈 부장"): job titles, and the honorifics 님/씨.
KOREAN_TITLES = frozenset({
    "회장", "부회장", "사장", "부사장", "대표", "대표이사", "전무", "상무",
    "이사", "본부장", "실장", "국장", "부장", "차장", "과장", "팀장",
    "계장", "대리", "주임", "사원", "주무관", "사무관", "서기관", "시장",
    "부시장", "구청장", "청장", "원장", "소장", "센터장", "교수", "박사",
    "위원", "의원", "선생님", "님", "씨",
})  # fmt: skip
#: Of those, the ones that are a form of address (the honorific), not a position.
KOREAN_HONORIFICS = frozenset({"님", "씨", "선생님", "교수", "박사"})


def korean_title_after_name(full: str) -> tuple[str, str]:
    """("박지훈", "부장") from "박지훈 부장": a known title written after the name, split off;
    (full, "") when there is none."""
    words = (full or "").split()
    if len(words) >= 2 and words[-1] in KOREAN_TITLES and has_hangul(words[0]):
        return " ".join(words[:-1]), words[-1]
    return full, ""


#: Courtesy words a Japanese list writes after a name ("中村 さくら 様"): never part of the name.
#: 様 and 殿 are Japanese forms (Chinese writes 样 and uses neither after a name); さん is kana.
JAPANESE_HONORIFICS = ("さま", "さん", "様", "殿")


def japanese_honorific_after_name(full: str) -> tuple[str, str]:
    """("中村 さくら", "様") from "中村 さくら 様" or "中村さくら様": a courtesy word after a Japanese name,
    split off (field test 115: a business card's 様 was stored as part of the given name); (full, "")
    when there is none. 殿 is split off only after a space or a name in kana, as it could end a name."""
    text = (full or "").replace("\u3000", " ").rstrip()
    for word in JAPANESE_HONORIFICS:
        name = text.removesuffix(word)
        if name == text or not name.strip():
            continue
        if word == "殿" and not (name != name.rstrip() or has_kana(name)):
            continue
        return name.rstrip(), word
    return full, ""


def split_korean_name(full: str) -> tuple[str, str]:
    """Split "김민준" into ("김", "민준") and "남궁민수" into ("남궁", "민수")."""
    full = re.sub(r"\s+", "", full or "")
    if not full:
        return "", ""
    if len(full) >= 3 and full[:2] in KOREAN_COMPOUND_FAMILY:
        return full[:2], full[2:]
    return full[:1], full[1:]


def split_japanese_name(full: str) -> tuple[str, str]:
    """Japanese names are written family first, often with a space ("山田 太郎"), which is the split;
    without one a common family name decides ("佐々木翔" -> 佐々木 / 翔, ``japanese_surnames``), else
    the boundary cannot be known and the whole name stays the family name."""
    parts = (full or "").replace("\u3000", " ").split()
    if len(parts) >= 2:
        return parts[0], "".join(parts[1:])
    whole = (full or "").strip()
    if family := known_family_name(whole):
        return family, whole[len(family) :]
    return whole, ""
