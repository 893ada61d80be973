"""Keys for recognising the same person or organisation across files, spellings and scripts.

Used by the importer (does this row already exist?) and the duplicate finder (are these two rows one
person?). Kept apart from the search service on purpose: search wants prefixes and ranking, matching
wants canonical keys that compare equal.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from petdesk import hangul, romanise
from petdesk.chinese_names import OTHER_ROMANISATIONS, UNDECOMPOSED_LETTERS
from petdesk.enums import ContactChannel
from petdesk.han_script import simplified, simplified_name
from petdesk.persian_letters import as_arabic_letters
from petdesk.services import names

#: Two-character family names; anything else takes the first character as the family name.
COMPOUND_SURNAMES = frozenset(
    """欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 独孤 南宫
    西门 申屠 澹台 万俟 闻人 钟离 太史 呼延 百里 东郭 公冶 濮阳 淳于 单于 赫连 拓跋""".split()  # noqa: SIM905
) | frozenset(
    # traditional forms, and the Japanese ones a Shift_JIS file writes (欧陽 暁峰 was 欧 / 陽暁峰)
    "歐陽 欧陽 司馬 諸葛 公孫 長孫 南宮 鍾離 軒轅 獨孤".split()  # noqa: SIM905
)

#: Family names whose reading differs from the character's most common reading: the one table
#: in ``names`` (sorting and search read it too), as (toneless, with tone marks).
SURNAME_READINGS = {
    family: (names.surname_reading(family) or "", names.surname_reading(family, tones=True) or "")
    for family in names.SURNAME_READINGS
}

_CJK_RE = re.compile(f"[{names.HAN_CLASS}]")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def has_cjk(text: str) -> bool:
    """Whether the text contains Chinese characters (a name in Chinese script)."""
    return bool(_CJK_RE.search(text or ""))


def split_chinese_name(full: str) -> tuple[str, str]:
    """Split "张伟" into ("张", "伟") and "欧阳修" into ("欧阳", "修"); Chinese names are family first.

    A name with a middle dot is a foreign name transliterated, written given name first: "阿卜杜拉·艾买提"
    is family 艾买提 and given "阿卜杜拉·", the dot kept at the end of the given name so that the name
    is written back as it came (``names.chinese_name``); with several dots the last one separates."""
    full = re.sub(r"\s+", "", full or "")
    dot = max(full.rfind(d) for d in names.NAME_DOTS)
    if 0 < dot < len(full) - 1:
        return full[dot + 1 :], full[: dot + 1]
    full = full.strip(names.NAME_DOTS)
    if not full:
        return "", ""
    if len(full) >= 3 and full[:2] in COMPOUND_SURNAMES:
        return full[:2], full[2:]
    if len(full) == 1:
        return full, ""
    return full[:1], full[1:]


def normalize_email(value: str) -> str:
    """The key of an e-mail address: trimmed, lower-cased, a "mailto:" (of a vCard or link) removed."""
    value = (value or "").strip()
    if value[:7].lower() == "mailto:":
        value = value[7:]
    return value.strip().lower()


#: Full-width ASCII (U+FF01-FF5E, as a Chinese input method types "＠" and letters) and the
#: ideographic space: their NFKC forms.
_FULL_WIDTH_ASCII = str.maketrans(
    {ch: unicodedata.normalize("NFKC", ch) for ch in map(chr, range(0xFF01, 0xFF5F))}
)


def half_width_latin(value: str) -> str:
    """``value`` with full-width ASCII made ASCII ("lixl＠qq.com" -> "lixl@qq.com", "Ｘｉａｏｍｉｎｇ"
    -> "Xiaoming") and the ideographic space a space, as :func:`half_width_phone` folds a number's
    digits; other characters (an IDN's, kana) stay. For Latin-script fields only (names, e-mail,
    website), on save and on import: Chinese-script fields keep their full-width punctuation."""
    return value.translate(_FULL_WIDTH_ASCII).replace("\u3000", " ")


def looks_like_email(value: str) -> bool:
    return bool(_EMAIL_RE.match((value or "").strip()))


_NON_DIGIT = re.compile(r"\D+")
#: "+49 (0)170 …": the trunk prefix a number carries in brackets after its country code, which is not
#: dialled from abroad (nor at all after the country code).
_TRUNK_AFTER_CODE = re.compile(r"^(\s*(?:\+|00)\s*\d{1,3})[\s.\-]*\(\s*0\s*\)")
#: An extension written after the number: "ext. 12", "x12", "#12", "转12", "分机 12". Not part of
#: the line: the window accepts a number with one (``validation.phone_problem``) and it is no key.
EXTENSION = re.compile(r"\s*(?:ext\.?|x|#|转|分机)\s*\d{1,6}$", re.IGNORECASE)
#: In an ASCII phone value, what only :func:`normalize_phone` reads right: a letter ("tel:", "ext.
#: 12", "x12"), "#" (an extension: keep in step with :data:`EXTENSION`), a bracket (a trunk zero),
#: ";" (a tel: URI's parameters). An ASCII value with none of them is keyed as its digits without a
#: leading "00", which the sync and the duplicate finder take in bulk.
NOT_PLAIN_PHONE = re.compile(r"[A-Za-z#(;]")


#: Full-width digits, "+", brackets and separators (as a Chinese input method types them) and the
#: ideographic space: their NFKC forms. Other characters of a phone value ("转", letters) stay.
_FULL_WIDTH_PHONE = str.maketrans(
    {ch: unicodedata.normalize("NFKC", ch) for ch in "０１２３４５６７８９＋－（）．／＃\u3000"}
)


def half_width_phone(value: str) -> str:
    """``value`` with full-width digits and signs made ASCII ("１３８ ００１３" -> "138 0013"): how
    a phone number is stored and shown (field test 14, defect 8: it kept the full-width form,
    which looked spaced out and was cut off in the lists)."""
    return value.translate(_FULL_WIDTH_PHONE)


def without_trunk_zero(value: str) -> str:
    """``value`` without a "(0)" after its country code ("+49 (0)30 123456" -> "+49 30 123456")."""
    return _TRUNK_AFTER_CODE.sub(r"\1 ", value)


def phone_number_part(value: str) -> str:
    """The number a phone value dials, as written: full-width characters (a Chinese input method's
    "＋８６") made ASCII, a "tel:" and the URI's parameters (";ext=12") removed, and a written
    extension ("ext. 12", "x12", "转 12"). What the window checks (``validation.phone_problem``)
    and what the key is made of."""
    value = (value or "").strip()
    if not value.isascii():
        value = unicodedata.normalize("NFKC", value)
    if value[:4].lower() == "tel:":
        value = value[4:].split(";", 1)[0]
    return EXTENSION.sub("", value.strip())


def normalize_phone(value: str) -> str:
    """The key of a phone number: the digits of :func:`phone_number_part`, a "00" international
    prefix left out as a "+" is ("0049 30 …" and "+49 30 …" are "4930…"), and a "(0)" after the
    country code too ("+49 (0)170 1234567" is "+49 170 1234567")."""
    # After a ";" come parameters (a vCard's TEL carries ";ext=" without "tel:" too) or a second
    # number: the key is the first number's.
    value = phone_number_part((value or "").split(";", 1)[0])
    if "(" in value:
        value = without_trunk_zero(value)
    digits = _NON_DIGIT.sub("", value)
    if not digits.isascii():  # digits of other scripts (Arabic-Indic ...), which NFKC leaves
        digits = "".join(str(unicodedata.digit(ch)) for ch in digits)
    if digits.startswith("00"):
        digits = digits[2:]
    return digits


#: Channels whose values are phone numbers. WhatsApp is one: an account is a phone number, and
#: the same number is written as a phone and as a WhatsApp alike, so it is keyed, searched and
#: compared as a number.
PHONE_CHANNELS = frozenset(
    {ContactChannel.PHONE.value, ContactChannel.FAX.value, ContactChannel.WHATSAPP.value}
)


def method_key(channel: str, value: str) -> str:
    """``contact_method.normalized``, the key search, ``contacts.find_contacts``, the importers, the
    duplicate finder and the sync compare a contact method by: :func:`normalize_email` for an
    e-mail, :func:`normalize_phone` for a number (:data:`PHONE_CHANNELS`), other ids (WeChat,
    LINE ...) trimmed and without case. Every office and every way in (window, file, sync) keys
    with this one function, so that keys made in different places compare equal."""
    if channel == ContactChannel.EMAIL:
        return normalize_email(value)
    if channel in PHONE_CHANNELS:
        return normalize_phone(value)
    return (value or "").strip().casefold()


#: Country calling codes of two digits (ITU-T E.164; they are prefix-free): "1" and "7" are the
#: codes of one digit, every other code has three.
_TWO_DIGIT_CODES = frozenset(
    """20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58
    60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98""".split()  # noqa: SIM905
)


def split_country_code(digits: str) -> tuple[str, str]:
    """(country code, national number) of the digits of an international number (after "+" or
    "00"). A "0" written after the code ("+49 030 …", a trunk zero not dialled from abroad) is left
    out but for Italy, whose fixed numbers keep it."""
    size = 1 if digits[:1] in ("1", "7") else 2 if digits[:2] in _TWO_DIGIT_CODES else 3
    code, national = digits[:size], digits[size:]
    if national[:1] == "0" and code != "39":
        national = national[1:]
    return code, national


#: Countries that dial a national number with a trunk "8" before its ten digits: "8 701 123 45 67"
#: is "+7 701 123 45 67" in Kazakhstan and Russia (which share the code 7). Elsewhere a leading 8 is
#: no trunk prefix: Kunming's "871 6512 3456" without its trunk zero. Belarus has its own rule.
TRUNK_8_COUNTRIES = frozenset({"KZ", "RU"})
#: Belarus dials "8 0" before a nine-digit national number: "8 029 123 45 67" is "+375 29 123 45 67".
BELARUS = "BY"
#: Countries whose numbers :func:`trunk_8_national` reads, with their calling codes.
TRUNK_8_CODES = {"KZ": "7", "RU": "7", BELARUS: "375"}
#: First digits of a Kazakh or Russian national number (Russia 3xx, 4xx, 8xx, 9xx; Kazakhstan 7xx):
#: after "8", a "0" or "1" is an international prefix ("8 10 …") or no such number.
CODE_7_FIRST_DIGITS = frozenset("34789")


def trunk_8_national(digits: str, country: str) -> str:
    """The national number of a Kazakh or Russian number written at home ("87011234567" as "8 701
    123 45 67" is dialled, or "77011234567", a "+" a spreadsheet lost) when ``country`` (the
    office's, the contact's, the column's) is one of :data:`TRUNK_8_COUNTRIES`, or of a Belarusian
    one ("80291234567" as "8 029 123 45 67", or "375291234567") when it is Belarus; else ""."""
    if (
        country in TRUNK_8_COUNTRIES
        and len(digits) == 11
        and digits[0] in "78"
        and digits[1] in CODE_7_FIRST_DIGITS
    ):
        return digits[1:]
    if country == BELARUS and digits[2:3] not in ("", "0"):
        if len(digits) == 11 and digits[:2] == "80":
            return digits[2:]
        if len(digits) == 12 and digits[:3] == "375" and digits[3] != "0":
            return digits[3:]
    return ""


def typed_trunk_8(digits: str, country: str) -> int:
    """How many leading digits of a number typed (or begun) as dialled at home in ``country`` are
    its trunk prefix, which the international form has not: 1 for "8 701 …" in Kazakhstan or
    Russia, 2 for "8 029 …" in Belarus, else 0. For search, where the query may be a number's start."""
    if country in TRUNK_8_COUNTRIES and digits[:1] == "8" and digits[1:2] in CODE_7_FIRST_DIGITS:
        return 1
    if country == BELARUS and digits[:2] == "80" and digits[2:3] not in ("", "0"):
        return 2
    return 0


def may_read_by_country(key: str) -> bool:
    """Whether a phone key read at the office may be another read in a record's country
    (:func:`reading_country`): 11 or 12 digits starting as a trunk "8" number does ("8 701 …",
    "8 029 …", "77011234567", "375 29 …"). Only such numbers need their record's country looked up."""
    return len(key) in (11, 12) and key[0] in "378"


def reading_country(record: str, office: str) -> str:
    """The country a record's number typed without a code is read in for the trunk "8": the
    record's own (a contact's address or organisation, an import row's column) when it dials one,
    else the office's. A Kazakh partner's "8 701 …" is "+7 701 …" at a Beijing office too."""
    return record if record in TRUNK_8_CODES else office


def national_number(digits: str, international: bool, country: str = "") -> tuple[str, str]:
    """(country code or "" when unknown, national significant number) of a number's digits
    (:func:`normalize_phone`'s, without "00"), ``international`` when it was written with "+" or
    "00". The country is known from a code, or inferred: 11 digits starting with 1[3-9] are a
    Chinese mobile, and so are they after a bare "86" (a "+" a spreadsheet lost), as is "86" before
    a number of 10-11 digits (an area code and line). A trunk "0" ("010 …", "030 …") says the
    number is national, not which country's: the country stays unknown. Where numbers are read as
    Kazakh or Russian (``country``, :func:`trunk_8_national`), "8 701 …" is "+7 701 …"; as
    Belarusian, "8 029 …" is "+375 29 …"."""
    if international:
        return split_country_code(digits)
    if digits[:1] == "0":
        return "", digits[1:]
    if country and (national := trunk_8_national(digits, country)):
        return TRUNK_8_CODES[country], national
    if len(digits) == 11 and digits[0] == "1" and digits[1] in "3456789":  # (run for every phone)
        return "86", digits
    if digits[:2] == "86" and len(digits) in (12, 13) and digits[2] != "0":
        return "86", digits[2:]
    return "", digits


#: A number written as international: a "+" before its first digit, or "00" as its first digits.
_INTERNATIONAL = re.compile(r"[^\d+]*\+|\D*0\D*0")


def written_international(written: str) -> bool:
    """Whether a number (:func:`phone_number_part`) is written with its country code."""
    return _INTERNATIONAL.match(written) is not None


def phone_parts(value: str, country: str = "") -> tuple[str, str]:
    """:func:`national_number` of a phone value as written ("+86 138 0013 8004" -> ("86",
    "13800138004"), "030 1234567" -> ("", "301234567")), read as a number of ``country`` where
    that decides (:func:`trunk_8_national`)."""
    written = phone_number_part((value or "").split(";", 1)[0])
    return national_number(normalize_phone(value), written_international(written), country)


def phone_key(value: str, country: str = "") -> str:
    """The key two numbers of one line share: its national significant number, whole, after the
    country code when there is one ("+86 138 0013 8004", "0086 138…", "86 138…" and "13800138004"
    are "13800138004"; "+86 10 6512 3456" and "(010) 6512 3456" are "1065123456"; "+49 30 1234567",
    "+49 (0)30 1234567" and "030 1234567" are "301234567").

    Never a part of the number: "138 0013 8004" and "158 0013 8004" are two people's mobiles,
    though their last nine digits agree (field test 35), as are "010 6512 3456" (Beijing) and
    "020 6512 3456" (Guangzhou). A number without country information (no "+", "00" or trunk zero,
    not a Chinese mobile) is taken as a national number whose trunk zero was lost (spreadsheets drop
    it: "1065123456"): it meets a number whose national number is the same digits, of the same
    length, and no shorter tail (a local "6512 3456" does not meet "+86 10 6512 3456": other area
    codes have that line too).

    The country is not part of the key: "030 1234567" (a trunk zero, no country) must meet "+49 30
    1234567", so one national number written in two countries shares a key (rare: national
    numbers of different countries seldom coincide whole).

    ``country`` is where the number is read (:func:`reading_country`): in Kazakhstan and Russia
    "8 701 123 45 67" is "+7 701 123 45 67", in Belarus "8 029 123 45 67" is "+375 29 123 45 67"
    (:func:`trunk_8_national`). Without one (the sync's
    collapse of one person's copies, which every office must do alike) a leading 8 stays a digit."""
    return phone_parts(value, country)[1]


def same_method_key(channel: str, value: str) -> str:
    """What makes two methods of one person the same (the importer, a merge and the sync collapse
    them): a number by its line (:func:`phone_key`), anything else by :func:`method_key`."""
    if channel in PHONE_CHANNELS:
        return phone_key(value)
    return method_key(channel, value)


#: Pinyin syllables of two letters or more: search reads "chentc" as chen + t + c with them, and
#: the duplicate finder does not take Zhang / Zheng for one surname misspelt.
PINYIN_SYLLABLE_LIST = """ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
    ca cai can cang cao
    ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui
    chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die
    ding diu dong dou du duan dui dun duo ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai
    gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei
    hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu
    ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la
    lai lan lang lao le lei len leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue
    lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai
    nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nun nuo nv
    nve ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao
    qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run
    ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua
    shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng
    ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian
    xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu
    yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi
    zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo"""
PINYIN_SYLLABLES = frozenset(PINYIN_SYLLABLE_LIST.split())


#: Chinese family names as Latin letters write them besides pinyin: Hong Kong's and Taiwan's ("Lee" 李).
_CHINESE_SURNAME_SPELLINGS = frozenset(s for spellings in OTHER_ROMANISATIONS.values() for s in spellings)


def reads_as_chinese_latin_name(family: str, given: str) -> bool:
    """Whether a name written in Latin letters only reads as a Chinese one: the family name spells
    a Chinese surname (pinyin, or Hong Kong's and Taiwan's "Lee", "Chan") and the given name is
    pinyin ("Wei", "Xiaoming", "Xiao-Ming"). "Lee Wei" is Chinese; "Lee Minho" and "Choe Ji-u" are
    not (ho, u are no pinyin). A name that reads both ways ("Lee Min") counts as Chinese."""
    surname = fold_latin(family)
    words = [w for w in (fold_latin(part) for part in given.replace("-", " ").split()) if w]
    if not words or not (surname in _CHINESE_SURNAME_SPELLINGS or pinyin_word(surname, most=2)):
        return False
    return all(pinyin_word(w, most=4) for w in words)


def pinyin_word(word: str, most: int) -> bool:
    """Whether ``word`` is made of at most ``most`` pinyin syllables."""
    fewest = [0] + [most + 1] * len(word)  # the fewest syllables that spell word[:end]
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            if word[start:end] in PINYIN_SYLLABLES:
                fewest[end] = min(fewest[end], fewest[start] + 1)
    return bool(word) and fewest[-1] <= most


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with exactly one letter added, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) == len(b):
        return a[start + 1 :] == b[start + 1 :]
    return a[start:] == b[start + 1 :]


def surnames_one_edit_apart(surnames: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs (sorted) of the folded ``surnames`` one letter apart (Lindquist / Lindqvist, Muller /
    Mueller), found through each one's forms with a letter dropped (two such surnames share one), so
    that the work grows with their number, not its square. Pinyin syllables are not paired with each
    other: Zhang / Zheng / Zhong are different families."""
    by_form: dict[str, list[str]] = defaultdict(list)
    for surname in sorted(set(surnames)):
        for form in {surname, *(surname[:i] + surname[i + 1 :] for i in range(len(surname)))}:
            by_form[form].append(surname)
    pairs = {
        (a, b)
        for group in by_form.values()
        if len(group) > 1
        for a, b in itertools.combinations(group, 2)
        if one_edit_apart(a, b) and not (a in PINYIN_SYLLABLES and b in PINYIN_SYLLABLES)
    }
    return sorted(pairs)


_NON_ASCII_LETTER = re.compile(r"[^a-z]+")
_NON_ASCII_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=131072)
def fold_latin(text: str) -> str:
    """Lower case, accents and tone marks removed, only letters kept ("Lǚ Xiao-Ming" -> "luxiaoming");
    ł, đ, ø … written as search writes them ("Wałęsa" -> "walesa": field test 124); Persian
    ی, ک as Arabic ي, ك ("علی" is "علي": field test 125)."""
    text = text or ""
    if text.isascii():
        return _NON_ASCII_LETTER.sub("", text.lower())
    text = unicodedata.normalize("NFKD", as_arabic_letters(text)).casefold().translate(UNDECOMPOSED_LETTERS)
    return "".join(ch for ch in text if ch.isalpha() and not unicodedata.combining(ch))


@lru_cache(maxsize=131072)
def fold_name_part(text: str) -> str:
    """:func:`fold_latin` keeping digits: "Person100" and "Person16", "Delegate 1" and "Delegate 2"
    are different names (field test 39, defect 3: every numbered name matched every other)."""
    text = text or ""
    if text.isascii():
        return _NON_ASCII_LETTER_OR_DIGIT.sub("", text.lower())
    text = unicodedata.normalize("NFKD", as_arabic_letters(text)).casefold().translate(UNDECOMPOSED_LETTERS)
    return "".join(ch for ch in text if (ch.isalpha() or ch.isdigit()) and not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def pinyin_syllables(text: str, tones: bool = False) -> tuple[str, ...]:
    """Pinyin of a Chinese string, one syllable per character (non-Chinese characters kept)."""
    from pypinyin import Style, lazy_pinyin  # on first use: 58 MB of tables (issue 18)

    style = Style.TONE if tones else Style.NORMAL
    return tuple(lazy_pinyin(text, style=style, errors="default", v_to_u=True))


@lru_cache(maxsize=65536)
def _char_pinyin(ch: str, tones: bool) -> str:
    """The reading of one character in a name, with tone marks or without ("张" -> "zhāng" /
    "zhang", "女" -> "nǚ" / "nü"): what pypinyin's ``lazy_pinyin(ch, style=TONE or NORMAL,
    v_to_u=True)`` gives, read from its character table (importing pypinyin itself costs a second),
    but for the characters names read otherwise (卜 is bǔ: ``names.NAME_CHAR_READINGS``)."""
    reading = names.name_char_reading(ch)
    if not reading:
        return ch
    return reading if tones else _toneless(reading)


def _toneless(reading: str) -> str:
    """``reading`` without its tone mark; the diaeresis of ü stays."""
    if reading.isascii():
        return reading
    kept = (c for c in unicodedata.normalize("NFD", reading) if c == "\u0308" or not unicodedata.combining(c))
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=65536)
def _name_pinyin(text: str, tones: bool) -> str:
    """Personal names are read character by character (cached), which is also much faster than
    phrase segmentation on 100,000 names."""
    return "".join(
        _char_pinyin(ch, tones) if _CJK_RE.match(ch) else ch for ch in text if ch not in names.NAME_DOTS
    )


def surname_pinyin(family_zh: str, tones: bool = False) -> str:
    """Pinyin of a Chinese family name, using the surname reading (单 -> Shan)."""
    if family_zh in SURNAME_READINGS:
        return SURNAME_READINGS[family_zh][1 if tones else 0]
    return _name_pinyin(family_zh, tones)


def given_pinyin(given_zh: str, tones: bool = False) -> str:
    return _name_pinyin(given_zh, tones)


def chinese_name_pinyin(family_zh: str, given_zh: str, tones: bool = False) -> tuple[str, str]:
    """("Zhang", "Xiaoming") for 张 + 小明: capitalised, syllables of the given name joined."""
    fam = surname_pinyin(family_zh, tones) if family_zh else ""
    giv = given_pinyin(given_zh, tones) if given_zh else ""
    return fam[:1].upper() + fam[1:], giv[:1].upper() + giv[1:]


def person_name_keys(
    family_name: str, given_name: str, family_name_zh: str, given_name_zh: str
) -> dict[str, str]:
    """Keys under which two records of one person meet, each with how it was formed.

    "Zhang Wei", "Wei Zhang", "ZHANG Wei" and 张伟 all give the key ``n:wei|zhang``: the order of
    family and given name is ignored (people and programs swap them), and a Chinese name is compared
    through its pinyin. 张伟 also gives ``zh:张伟`` for exact Chinese matches.
    """
    fam, giv = fold_latin(family_name), fold_latin(given_name)
    zh = f"{family_name_zh}{given_name_zh}".strip()
    romanised = korean_name_spellings(family_name_zh, given_name_zh)
    pf = fold_latin(surname_pinyin(family_name_zh)) if zh and family_name_zh and not romanised else ""
    pg = fold_latin(given_pinyin(given_name_zh)) if zh and given_name_zh and not romanised else ""
    keys = dict(name_keys_of_parts(fam, giv, zh, pf, pg, romanised))
    if (fam or giv) and not (fam and giv):  # a single name word: a weaker key of its own
        keys = {"n1:" + (fam or giv): "latin", **keys}
    return keys


def name_keys_of_parts(
    fam: str, giv: str, zh: str, pf: str, pg: str, romanised: Sequence[tuple[str, str]] = ()
) -> list[tuple[str, str]]:
    """:func:`person_name_keys` but single name words, in its order, from the parts already made:
    family and given name folded, the Chinese name, and the folded pinyin of its family and given
    names (for callers that fold each distinct part once); for a Korean name, ``romanised`` (its
    spellings, :func:`korean_name_spellings`) instead of pinyin."""
    latin = (f"n:{fam}|{giv}" if fam <= giv else f"n:{giv}|{fam}") if fam and giv else ""
    keys = [(latin, "latin")] if latin else []
    if zh:
        # Simplified: 陈志明 and 陳志明 (Taiwan's, Hong Kong's) are one name in two scripts
        keys.append(("zh:" + simplified_name(zh), "chinese"))
        readings = [(f, g, "romanised") for f, g in romanised] or [(pf, pg, "pinyin")]
        for family, given, kind in readings:
            key = (
                (f"n:{family}|{given}" if family <= given else f"n:{given}|{family}")
                if family and given
                else ""
            )
            if key and key != latin and all(key != k for k, _ in keys):
                keys.append((key, kind))
    for family, given in cyrillic_name_spellings(fam, giv):
        key = f"n:{family}|{given}" if family <= given else f"n:{given}|{family}"
        if key != latin and all(key != k for k, _ in keys):
            keys.append((key, "cyrillic"))
    return keys


def cyrillic_name_spellings(fam: str, giv: str) -> list[tuple[str, str]]:
    """(family, given) of a folded Cyrillic or Greek name in Latin letters, one pair per spelling
    (:func:`romanise.spellings`): Нурланова Айгерим meets the passport list's NURLANOVA AIGERIM
    (field test 82); [] for a name in another script or without both parts. Folding made й an и:
    after a vowel at the end it is read "y" too, as passports write it (Сергей "SERGEY")."""
    if not (fam and giv and romanise.has_letters_to_romanise(fam + giv)):
        return []

    def latin(part: str) -> list[str]:
        return romanise.spellings(part, _FINAL_SHORT_I.sub("y", part)) or [part]

    return [(f, g) for f in latin(fam) for g in latin(giv)]


#: и ending a folded word after a vowel: a й before folding, mostly (Сергей, Юрий, Николай)
_FINAL_SHORT_I = re.compile("(?<=[аеоуыэюяіөүұә])и$")


def korean_name_spellings(family_ko: str, given_ko: str) -> list[tuple[str, str]]:
    """(family, given) of a Hangul name in folded Latin letters, one pair per spelling of the family
    name ("김", "민준" -> ("kim", "minjun"), ("gim", "minjun")); [] for a name in another script."""
    if not has_hangul_syllable(family_ko + given_ko):
        return []
    return hangul.name_spellings(family_ko, given_ko)


def has_hangul_syllable(text: str) -> bool:
    return _HANGUL_SYLLABLE(text) is not None


#: A Hangul syllable (``hangul.is_hangul_syllable``), searched for in C: asked of every Chinese name
#: the duplicate finder keys (60,000 at 100,000 contacts), a loop over the characters took 0.2 s.
_HANGUL_SYLLABLE = re.compile(f"[{chr(hangul.FIRST_SYLLABLE)}-{chr(hangul.LAST_SYLLABLE)}]").search


_LEGAL_SUFFIXES = re.compile(
    r"(?:(?<![\w])(?:co\.?,?\s*ltd\.?|company limited|limited|ltd\.?|gmbh|inc\.?|corp\.?|corporation"
    r"|llc|plc|s\.a\.|ag)|股份有限公司|有限责任公司|有限公司|公司)\s*$",
    re.IGNORECASE,
)


def organisation_name_key(name: str) -> str:
    """A key equal for "Acme Co., Ltd." and "ACME Ltd", or 北京某某环保科技有限公司 and 北京某某环保科技,
    or 臺北市環境保護局 and 台北市环境保护局 (Han characters Simplified, before the suffixes go), or
    سازمان حفاظت محیط زیست typed in Persian and written محيط زيست by Windows-1256 (field test 125)."""
    text = simplified(unicodedata.normalize("NFKC", as_arabic_letters(name or ""))).strip()
    if not text:
        return ""
    previous = None
    while previous != text:
        previous = text
        text = _LEGAL_SUFFIXES.sub("", text).strip(" ,.()（）")
    text = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    text = without_latin_accents(text.casefold()).translate(UNDECOMPOSED_LETTERS)
    return "".join(ch for ch in text if ch.isalnum())


def without_latin_accents(text: str) -> str:
    """``text`` with the accents of Latin letters dropped: "Fundación Macondo" typed "Fundacion
    Macondo" in a Google export is one organisation (field test 110). Only marks on Latin letters
    go: a kana's dakuten (が is not か) and Hangul, recomposed, stay as written."""
    if text.isascii():  # no marks (most names): 5,000 of the 10,000 organisation names at 100,000 contacts
        return text
    kept: list[str] = []
    base_is_latin = False
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if not base_is_latin:
                kept.append(ch)
            continue
        base_is_latin = ch < "\u0250" or "\u1e00" <= ch <= "\u1eff"
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def same_chinese_name(a: str, b: str) -> bool:
    """Whether two names in Han characters are one, Traditional or Simplified (陳志明, 陈志明)."""
    return a == b or simplified_name(a) == simplified_name(b)


def native_names_differ(a: str, b: str) -> bool:
    """Whether two native-script names are two names: both written, in one script (Hangul 이민호 and
    its Hanja 李敏鎬 or Chinese 李敏镐 are one name in two scripts, not two names) and not the same
    name Traditional or Simplified."""
    from petdesk.bengali_names import bengali_name_key

    a, b = a.strip(), b.strip()
    if not (a and b) or has_hangul_syllable(a) != has_hangul_syllable(b):
        return False
    # মোঃ আব্দুর রহমান and মোহাম্মদ আব্দুর রহমান ("Md." and "Mohammad") were two names (field 122)
    return not same_chinese_name(a, b) and bengali_name_key(a) != bengali_name_key(b)


def names_conflict(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
    """Whether two people's names say they are different people: (family, given, family_zh, given_zh).

    Different Chinese names decide; without Chinese names on both sides, Latin names with no word in
    common decide. Names in different scripts only are no evidence either way (张伟 may go by
    "David Zhang"). Used so that a shared switchboard phone or team mailbox does not make two
    colleagues one person.
    """
    zh_a, zh_b = f"{a[2]}{a[3]}".strip(), f"{b[2]}{b[3]}".strip()
    if zh_a and zh_b and has_hangul_syllable(zh_a) == has_hangul_syllable(zh_b):
        return native_names_differ(zh_a, zh_b)
    # Hangul against Han characters (이민호 / 李敏镐, a Korean's Hanja or Chinese name) are two
    # scripts, no evidence: the Latin names decide, a Hangul name adding its own spellings.
    # Latin names: only when no word is shared ("David Zhang" and "Zhang Wei" may be one man;
    # romanisations vary), so "Anna Müller" and "Carlos Pérez" conflict, "Nina Li" and "Na Li" not.
    latin_a, latin_b = _latin_and_korean_words(a), _latin_and_korean_words(b)
    if latin_a and latin_b:
        return not latin_a & latin_b and not _same_whole_name(a, b)
    return False


def in_latin_letters(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin one (accents allowed); False without letters."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(unicodedata.name(ch, "").startswith("LATIN") for ch in letters)


def finder_names_conflict(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
    """:func:`names_conflict` for the duplicate finder's shared e-mail or phone, where names in two
    scripts are no evidence either way: خالد المنصوري and "Khalid Al-Mansoori" at one number were
    "(but different names)", scored too low to be listed (field test 75). The import keeps the stricter
    test: it must not rename an Arabic name into its Latin spelling."""
    if in_latin_letters(a[0] + a[1]) != in_latin_letters(b[0] + b[1]) and not (a[2] or a[3] or b[2] or b[3]):
        return False
    return names_conflict(a, b)


def _same_whole_name(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
    """One name split at another word: محمد / بن راشد and محمد بن / راشد, "Mohammed" / "bin Rashid"
    and "Mohammed bin" / "Rashid" (a list's columns against an address book's, field test 75)."""
    whole_a = {fold_latin(a[0] + a[1]), fold_latin(a[1] + a[0])} - {""}
    return bool(whole_a & {fold_latin(b[0] + b[1]), fold_latin(b[1] + b[0])})


def _latin_and_korean_words(parts: tuple[str, str, str, str]) -> set[str]:
    """The folded Latin family and given name, with a Hangul name's spellings ("박" "서준": park, pak,
    bak, seojun) when there is a Latin name to compare them with."""
    words = {w for w in (fold_latin(parts[0]), fold_latin(parts[1])) if w}
    if words:
        words.update(w for spelling in korean_name_spellings(parts[2], parts[3]) for w in spelling if w)
    return words


def family_names_differ(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
    """Whether two Latin-script names that share a word still name another family:
    (family, given, family_zh, given_zh), as for :func:`names_conflict`.

    "Carla Gmail" and "Carla Duplicada" do not conflict (one word in common) but may be two people, so
    a shared phone or e-mail alone must not let an import rename one into the other. Only when both
    sides have a Latin family and given name, and a word of one family name is among neither of the
    other's names: swapped order ("Wei Zhang"), a second surname ("García" / "García Pérez") and
    names in another script (张伟 / "Zhang Wei") are no difference.
    """
    if not (a[0] and a[1] and b[0] and b[1]):
        return False

    def words(text: str) -> set[str]:
        return {w for w in (fold_latin(part) for part in re.split(r"[\s\-‐'’.]+", text)) if w}

    # a Hangul family name's other spellings are the same family: 박 "PARK" and "Pak"
    family_a = words(a[0]) | set(hangul.surname_spellings(a[2]))
    family_b = words(b[0]) | set(hangul.surname_spellings(b[2]))
    if not family_a or not family_b:
        return False
    return not (family_a & (family_b | words(b[1])) and family_b & (family_a | words(a[1])))


def latin_names_differ(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
    """Whether both people have a name in Latin letters and neither name is the other's, words in any
    order: (family, given, family_zh, given_zh), as for :func:`names_conflict`.

    "Zhang Wen" and "Zhang Wei" differ although they share "Zhang" (two people called 张伟 at one
    organisation, field test 20); "Wei Zhang", "Zhang" alone, "Anna Maria Müller" for "Anna Müller"
    and "Xiaoming" for "Xiao-Ming" do not.
    """
    words_a, words_b = _latin_words(a), _latin_words(b)
    if not words_a or not words_b:
        return False
    return not (set(words_a) <= _with_joined(words_b) or set(words_b) <= _with_joined(words_a))


def latin_names_differ_in_any_spelling(a: tuple[str, str, str, str], b: tuple[str, str, str, str]) -> bool:
    """:func:`latin_names_differ` for every spelling of a Hangul name beside its Latin one: 박서준
    "PARK Seo-joon" is "Pak Seojun", but not "Pak Minho" (who merely shares a family spelling)."""
    return all(latin_names_differ(x, y) for x in _spelt(a) for y in _spelt(b))


def _spelt(parts: tuple[str, str, str, str]) -> list[tuple[str, str, str, str]]:
    """The parts as written and with the Hangul name's spellings ("박" "서준": pak seojun, park seojun)."""
    spelt = [parts]
    for family, given in korean_name_spellings(parts[2], parts[3]):
        spelt += [(family, given, "", ""), (family, parts[1] or given, "", "")]
    return spelt


def _latin_words(parts: tuple[str, str, str, str]) -> list[str]:
    text = f"{parts[0]} {parts[1]}"
    return [w for w in (fold_latin(part) for part in re.split(r"[\s\-‐'’.]+", text)) if w]


def _with_joined(words: list[str]) -> set[str]:
    """The words and each two neighbours written as one ("Xiao-Ming" is "xiao", "ming", "xiaoming")."""
    return set(words) | {first + second for first, second in itertools.pairwise(words)}


# --- numbers a spreadsheet kept as numbers ----------------------------------------------------------

#: Lengths of the national number (after the country code) of the countries whose numbers are read
#: as international when a spreadsheet stored them as plain numbers (the "+" lost). Countries not
#: listed are left as written: a wrong guess would make a number that cannot be dialled.
_NATIONAL_LENGTHS: dict[str, tuple[int, int]] = {
    "1": (10, 10), "7": (10, 10), "20": (8, 10), "27": (9, 9), "30": (10, 10), "31": (9, 9),
    "32": (8, 9), "33": (9, 9), "34": (9, 9), "36": (8, 9), "39": (6, 11), "40": (9, 9),
    "41": (9, 9), "43": (4, 13), "44": (9, 10), "45": (8, 8), "46": (7, 9), "47": (8, 8),
    "48": (9, 9), "49": (6, 11), "51": (8, 9), "52": (10, 10), "54": (10, 10), "55": (10, 11),
    "56": (9, 9), "57": (10, 10), "60": (8, 10), "61": (9, 9), "62": (8, 12), "63": (10, 10),
    "64": (8, 10), "65": (8, 8), "66": (8, 9), "81": (9, 10), "82": (8, 10), "84": (9, 10),
    "86": (10, 11), "90": (10, 10), "91": (10, 10), "92": (9, 10), "94": (9, 9), "98": (10, 10),
    "351": (9, 9), "352": (6, 11), "353": (7, 9), "358": (5, 12), "380": (9, 9), "420": (9, 9),
    "421": (9, 9), "852": (8, 8), "853": (8, 8), "855": (8, 9), "856": (8, 10), "880": (10, 10),
    "886": (8, 9), "971": (8, 9), "972": (8, 9), "976": (8, 8), "977": (8, 10),
}  # fmt: skip
#: A Chinese mobile number ("13912345678") is 11 digits starting with 1 like a North American one
#: with its "1": in a Chinese office's file it is the Chinese number.
_CHINESE_MOBILE = re.compile(r"^1[3-9]\d{9}$")
#: German area codes of two digits; three-digit ones end in 1 (0211, 0241) but for a few, the rest
#: have four (06196) or five.
_GERMAN_TWO = ("30", "40", "69", "89")
_GERMAN_THREE = frozenset({"208", "209", "212", "214", "228", "234", "335", "340", "345", "365", "375"})


def international_from_digits(digits: str) -> str:
    """A number a spreadsheet kept as a number ("4921145661234": its "+" lost) written as the
    international number it is ("+49 211 4566 1234"); "" when ``digits`` does not read as one
    (10–15 digits, starting with the code of a country in :data:`_NATIONAL_LENGTHS`, the national
    part of that country's length)."""
    if not (digits.isascii() and digits.isdigit() and 10 <= len(digits) <= 15) or _CHINESE_MOBILE.match(
        digits
    ):
        return ""
    for size in (1, 2, 3):
        code, national = digits[:size], digits[size:]
        lengths = _NATIONAL_LENGTHS.get(code)
        if lengths and lengths[0] <= len(national) <= lengths[1] and national[0] != "0":
            if code == "1" and national[0] == "1":
                return ""  # a North American area code never starts with 1
            if not _valid_international(digits):
                # "41998765432" is a Curitiba mobile typed without its "+55", not a Swiss number
                # "+41 998765432" nobody answers (field test 110): a wrong guess stays as typed
                return ""
            return f"+{code} {_grouped_national(code, national)}"
    return ""


def _valid_international(digits: str) -> bool:
    """Whether "+" and ``digits`` is a number in use by libphonenumber's plan of its country."""
    import phonenumbers  # not at import time: most callers never read a bare number

    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + digits))
    except phonenumbers.NumberParseException:
        return False


#: Countries whose 8-digit numbers are typed as two fours ("+852 9123 4567"): Hong Kong, Macau, Singapore.
_TWO_FOURS = frozenset({"852", "853", "65"})


def phone_from_number_cell(digits: str) -> str:
    """A phone number a spreadsheet cell held as a number, written as numbers of its country are typed
    and kept (import49: "13912345678" was stored bare beside a vCard's "139 1234 5678"): a Chinese
    mobile "139 1234 5678", an international number with its "+" back ("+49 231 1234 5678",
    "+852 9123 4567"); digits read as neither stay as they are (a wrong guess cannot be dialled)."""
    if _CHINESE_MOBILE.match(digits):
        return _grouped_national("86", digits)
    written = international_from_digits(digits)
    code, _, national = written[1:].partition(" ")
    if code in _TWO_FOURS and len(national) == 8 and national.isdigit():
        return f"+{code} {national[:4]} {national[4:]}"
    return written or digits


def _grouped_national(code: str, national: str) -> str:
    """The national part in the groups it is read in: area code (or mobile prefix), then the
    subscriber's number in fours from the end; for countries without a rule here, as it is."""
    if code == "49":
        if national[:2] in ("15", "16", "17"):
            area = 3  # mobile prefixes (0151, 0171)
        elif national[:2] in _GERMAN_TWO:
            area = 2
        elif national[2] == "1" or national[:3] in _GERMAN_THREE:
            area = 3
        else:
            area = 4
    elif code == "86":
        area = 3 if national[0] == "1" and len(national) == 11 else 2 if national[0] in "12" else 3
    else:
        return national
    rest = national[area:]
    groups = [rest[max(0, end - 4) : end] for end in range(len(rest), 0, -4)][::-1]
    if len(groups) > 1 and len(groups[0]) < 3:  # "5 5012" reads badly: "55012"
        groups[:2] = [groups[0] + groups[1]]
    return " ".join([national[:area], *groups])
