"""Labels for people instead of stored codes, in the interface's language (no Qt).

Stored values stay codes (``FR``, ``zh``, ``low_carbon``, ``Asia/Shanghai``); what the window, the
command line and documents show goes through here: countries and languages named by CLDR (babel)
in the interface's language, technology areas and enum values from ``vocab``, time zones by city
and country with their current UTC offset, a name with its honorific where each language puts it,
and lists joined the way each language joins them.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location

from petdesk import hangul, i18n, vocab


def _zh(locale: str) -> bool:
    return i18n.is_chinese(locale)


@cache
def _cldr(locale: str) -> Locale:
    return Locale.parse("zh_CN") if _zh(locale) else Locale.parse("en_GB")


def country_name(code: str, locale: str) -> str:
    """ "France" / "法国" for ``FR``; petdesk's own names first, then CLDR's; unknown codes as they are."""
    if not code:
        return ""
    upper = code.strip().upper()
    if upper in vocab.NAMED_COUNTRIES:
        return vocab.country_name(upper, locale)
    return _cldr(locale).territories.get(upper, code)


@cache
def _country_codes() -> frozenset[str]:
    territories = _cldr("en").territories
    return frozenset(c for c in territories if isinstance(c, str) and len(c) == 2 and c.isalpha())


@cache
def _countries_by_name() -> dict[str, str]:
    """Every country's English and Chinese name (petdesk's and CLDR's), folded, to its code."""
    found: dict[str, str] = {}
    for code in _country_codes():
        for locale in ("en", "zh_CN"):
            found.setdefault(country_name(code, locale).casefold(), code)
            found.setdefault(_cldr(locale).territories.get(code, code).casefold(), code)
    return found


def _fold(name: str) -> str:
    """A name without case and Latin accents ("Österreich" -> "osterreich"); kana keep their marks
    (ド is not ト)."""
    decomposed = unicodedata.normalize("NFKD", name.strip().translate(_APOSTROPHES))
    return "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f").casefold()


#: Apostrophes a name may be typed with: CLDR writes "Côte d’Ivoire", a keyboard "Côte d'Ivoire"
#: (field test 87: a form's country was unknown).
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})


@cache
def _countries_in_every_language() -> dict[str, frozenset[str]]:
    """Folded country name -> the codes it names, in every language babel has (field test 65:
    "Deutschland", "Allemagne", "ドイツ" were unknown). Built on the first name English and Chinese do
    not know, once (one or two seconds). Regional variants (de_CH, fr_CA) name countries as their
    language does, so the languages and scripts alone are read."""
    from babel import localedata

    codes = _country_codes()
    found: dict[str, set[str]] = {}
    # babel keeps every locale it loads: 185 MB held for good by one import of a French "Pays"
    # column (orgcountry53). Those loaded here alone are let go as they are read.
    # (babel's private caches, under its lock: a window's thread may be loading a locale meanwhile)
    held = [
        d for d in (getattr(localedata, n, None) for n in ("_cache", "_dict_cache")) if isinstance(d, dict)
    ]
    lock = getattr(localedata, "_cache_lock", None) or nullcontext()
    kept = {"root", *(key for loaded in held for key in loaded)}
    for identifier in localedata.locale_identifiers():
        try:
            loc = Locale.parse(identifier)
        except (ValueError, LookupError):
            continue
        if not loc.territory:
            for code, name in loc.territories.items():
                if code in codes:
                    found.setdefault(_fold(name), set()).add(code)
        with lock:
            for loaded in held:
                for key in [k for k in loaded if k not in kept]:
                    del loaded[key]
    return {name: frozenset(named) for name, named in found.items()}


def country_codes_named(text: str) -> frozenset[str]:
    """Every code ``text`` could mean: one for a code or a name in English or Chinese, else those
    it names in any language (case and accents aside); more than one when languages disagree."""
    typed = text.strip()
    if not typed:
        return frozenset()
    if typed.upper() in _country_codes():
        return frozenset({typed.upper()})
    known = _countries_by_name().get(typed.casefold())
    if known:
        return frozenset({known})
    return _countries_in_every_language().get(_fold(typed), frozenset())


def country_code(text: str) -> str | None:
    """The two-letter code a user means by ``text``: a code ("de") or a country's name in English
    or Chinese ("Germany", "德国"); ``None`` if it names no country. Blank stays blank."""
    typed = text.strip()
    if not typed:
        return ""
    if typed.upper() in _country_codes():
        return typed.upper()
    return _countries_by_name().get(typed.casefold())


def country_code_in_any_language(text: str) -> str | None:
    """As :func:`country_code`, and a name in any language babel knows ("Deutschland", "Allemagne",
    "ドイツ"), as an imported file writes it; ``None`` for no country or more than one. The editors
    keep to English and Chinese (what their country box offers)."""
    if not text.strip():
        return ""
    named = country_codes_named(text)
    return next(iter(named)) if len(named) == 1 else None


def language_name(code: str, locale: str) -> str:
    """ "Zulu" / "祖鲁语" for ``zu``; ``zh_Hant`` and ``pt-BR`` are understood."""
    if not code:
        return ""
    cldr = _cldr(locale)
    normal = code.strip().replace("-", "_")
    try:
        parsed = Locale.parse(normal)
        name = parsed.get_display_name(cldr)
        if name:
            return name
    except (ValueError, TypeError, LookupError, UnknownLocaleError):
        # a name a roster gave ("英语"): babel refuses it as no locale, and `petdesk contact` and the
        # history of the person failed once it changed (field test 94)
        pass
    return cldr.languages.get(normal.lower(), code)


#: Codes stored as plain text (not enums): code -> (English, Chinese).
TRAVEL_MODES = {
    "flight": ("Flight", "航班"),
    "train": ("Train", "火车"),
    "car": ("Car", "汽车"),
    "other": ("Other transport", "其他交通方式"),
}
GIFT_DIRECTIONS = {"given": ("Given", "赠出"), "received": ("Received", "收到")}
#: How a training participant attends (``services.attendance_mode``, 0062).
ATTENDANCE_MODES = {"in_person": ("in person", "线下"), "online": ("online", "线上")}
#: The dress codes the item dialog offers. An item stores the English text of the one chosen,
#: whatever the window's language, and every reader shows it in its own language: chosen in the
#: Chinese window it used to be stored in Chinese, and so printed in the dossier's English column
#: (field defect 8). Older items that hold a Chinese preset are read as that preset.
DRESS_CODES = {
    "Business attire": ("Business attire", "商务正装"),
    "Formal (dark suit)": ("Formal (dark suit)", "正式（深色西装）"),
    "Smart casual": ("Smart casual", "商务休闲"),
    "Casual": ("Casual", "便装"),
    "Site visit: sturdy shoes": ("Site visit: sturdy shoes", "现场考察：请穿结实的鞋"),
}
#: Genders as the importers store them (vCard's M/F/O/N/U, lower-cased).
GENDERS = {
    "f": ("Female", "女"),
    "m": ("Male", "男"),
    "o": ("Other", "其他"),
    "n": ("None or not applicable", "无或不适用"),
    "u": ("Unknown", "未知"),
}
#: Spellings of genders in older data and other programs, read as the codes above (case folded):
#: the codes in capitals (vCard's), the words the demo and older versions stored, the labels.
GENDER_ALIASES = {
    **{code: code for code in GENDERS},
    **{name.casefold(): code for code, names in GENDERS.items() for name in names},
    "male": "m",
    "female": "f",
    "other": "o",
    "男": "m",
    "女": "f",
    # Vietnamese lists' "Giới tính" column (field test 93: stored as the words, shown untranslated)
    "nam": "m",
    "nữ": "f",
}


def gender_code(text: str) -> str:
    """The code of a stored gender ("Male" -> "m"); a spelling not known as it is."""
    return GENDER_ALIASES.get(text.casefold(), text)


def code_label(table: dict[str, tuple[str, str]], code: str, locale: str) -> str:
    """The label of a plain-text code from ``table``; an unknown code (a newer office's) as it is."""
    names = table.get(code)
    if names is None:
        return code
    return names[1] if _zh(locale) else names[0]


def _spelling(text: str) -> str:
    """Full-width and half-width punctuation, case and spaces set aside: "正式(深色西装)" is the preset."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


@cache
def _dress_codes_by_spelling() -> dict[str, str]:
    return {_spelling(name): code for code, names in DRESS_CODES.items() for name in names}


def dress_code_value(text: str) -> str:
    """What an item stores for a dress code: a preset's English text when ``text`` is a preset in
    either language, else the text as the user typed it."""
    text = text.strip()
    return _dress_codes_by_spelling().get(_spelling(text), text)


#: Dress codes typed in the item dialog's free text rather than chosen, as (English, Chinese, other
#: spellings in either language): the dossier prints each in both languages, not the typed words in
#: both columns (protocol-office field test). The presets (:data:`DRESS_CODES`) are known too.
COMMON_DRESS_CODES = (
    ("Business formal", "商务正装", ("business formal attire", "formal business attire", "business suit")),
    ("Formal attire", "正装", ("formal", "formal dress", "formal wear", "正式着装", "正式服装")),
    ("Business casual", "商务便装", ("business casual attire", "商务休闲装")),
    ("Smart casual", "商务休闲", ("smart-casual", "smart casual attire")),
    ("National dress", "民族服装", ("national costume", "traditional dress", "national attire", "民族服饰")),
    ("Lounge suit", "深色西装", ("lounge suits", "dark suit", "西装", "西服")),
    ("Black tie", "晚礼服（黑领结）", ("black-tie", "黑领结", "晚礼服")),
    ("Casual", "便装", ("casual wear", "casual attire", "休闲装", "便服")),
)


@cache
def _common_dress_codes() -> dict[str, tuple[str, str]]:
    named = {_spelling(n): names for names in DRESS_CODES.values() for n in names}
    for en, zh, others in COMMON_DRESS_CODES:
        for name in (en, zh, *others):
            named.setdefault(_spelling(name), (en, zh))
    return named


def dress_code_names(text: str) -> tuple[str, str] | None:
    """A dress code's (English, Chinese) names when it is a preset or a common one in either
    language ("business casual", "正装", "Lounge suit"), else None: printed as typed."""
    return _common_dress_codes().get(_spelling(dress_code_value(text)))


def dress_code_label(text: str, locale: str) -> str:
    """A stored dress code in ``locale``'s language when it is a preset (stored in English, or in
    Chinese by older versions), else as typed."""
    code = dress_code_value(text)
    return code_label(DRESS_CODES, code, locale) if code in DRESS_CODES else text


def enum_label(member: enum.Enum, locale: str) -> str:
    return vocab.label(member, locale)


def technology_areas(codes: Iterable[str], locale: str) -> str:
    """ "Water treatment, Sponge city" / "水处理、海绵城市"."""
    return join_like([vocab.technology_area_label(c, locale) for c in codes], locale)


def languages(codes: Iterable[str], locale: str) -> str:
    return join_like([language_name(c, locale) for c in codes], locale)


def join_like(items: Sequence[str], locale: str) -> str:
    """Like items of one list: "A, B, C" / "A、B、C" (、 only here, between items of one kind)."""
    items = [i for i in items if i]
    return ("、" if _zh(locale) else ", ").join(items)


def join_parts(items: Sequence[str], locale: str) -> str:
    """Unlike parts of one line (a job · an organisation · a city): never 、."""
    return " · ".join(i for i in items if i)


# --- punctuation ------------------------------------------------------------------------------

_CJK = r"[\u3400-\u9fff\uf900-\ufaff]"
_FULL = {"(": "（", ")": "）", ":": "：", ";": "；", ",": "，", "?": "？", "!": "！"}


def bracket(text: str, note: str, locale: str) -> str:
    """ "Phone (mobile)" / "电话（手机）": full-width brackets around Chinese."""
    if not note:
        return text
    return f"{text}（{note}）" if _zh(locale) else f"{text} ({note})"


def _wide(char: str) -> bool:
    """A Chinese character or full-width punctuation (（）。，), which a space never separates."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def _korean(char: str) -> bool:
    return hangul.is_hangul_syllable(char)


def chinese_spacing(sentence: str) -> str:
    """A Chinese sentence with its spaces kept only beside Latin letters and digits: "自第 7 场课程起，
    由 欧阳斌振 替代" reads "自第 7 场课程起，由欧阳斌振替代", "由 Stefan Müller 替代" keeps its spaces
    (field test 36, §10). Templates put a space around each name; this takes away the ones between
    Chinese on both sides. No-break spaces inside a name are left alone."""
    kept: list[str] = []
    for n, char in enumerate(sentence):
        between_chinese = bool(kept) and _wide(kept[-1]) and n + 1 < len(sentence) and _wide(sentence[n + 1])
        # Korean separates its words by spaces: 박지훈 부장 keeps its space inside a Chinese sentence
        between_korean = between_chinese and _korean(kept[-1]) and _korean(sentence[n + 1])
        if char == " " and between_chinese and not between_korean:
            continue
        kept.append(char)
    return "".join(kept)


def clauses(items: Sequence[str], locale: str) -> str:
    """Clauses of one statement: "retired on 5 Dec 2026; last import …" / "已于 … 停用；最近导入 …"."""
    return ("；" if _zh(locale) else "; ").join(i for i in items if i)


def colon(label: str, locale: str) -> str:
    """ "Languages:" / "语言：" (a label before its value)."""
    return f"{label}：" if _zh(locale) else f"{label}:"


def sentences(*texts: str) -> str:
    """Sentences one after another: a space after a Latin one, none after a Chinese one ending
    in a full-width mark ("Restored. Import it?" / "已恢复。要导入吗？")."""
    out = ""
    for text in filter(None, texts):
        out += text if not out or out.endswith(("。", "？", "！", "）")) else " " + text
    return out


def labelled(label: str, value: str, locale: str) -> str:
    """ "Added: 3 Feb 2027" / "新增：2027年2月3日" (no space after a full-width colon)."""
    return f"{label}：{value}" if _zh(locale) else f"{label}: {value}"


def full_width(text: str) -> str:
    """Half-width brackets and punctuation beside Chinese made full-width ("电话 (手机):")."""
    text = re.sub(rf"\s*\(({_CJK}[^()]*)\)", r"（\1）", text)
    return re.sub(rf"({_CJK}|）)\s*([:;,?!])(?=\s|$)", lambda m: m.group(1) + _FULL[m.group(2)], text)


# --- names ------------------------------------------------------------------------------------


def script_language(name: str) -> str:
    """ "ko" for a name in Hangul, "ja" for one with kana, "" otherwise (Han alone reads as Chinese):
    the language of a native name whose record does not say it. The import's and the exports' rule
    (``names_by_script.language_of``), so a card and a dossier never disagree on a name."""
    from petdesk.services.names_by_script import language_of  # labels loads no service at import

    return language_of(name)


def native_name_with_title(name: str, title: str, language: str = "") -> str:
    """A native (CJK) name with the title or honorific written after it, as its own language does.

    Chinese glues them (张伟主任, 崔心雯女士); so does Japanese, in running text and in the Foreign
    Ministry's lists (山田太郎部長, 佐藤様). Korean puts a space, as it does between words: 박지훈 부장,
    김민준 님. ``language`` is the record's ``native_name_language`` ("zh"/"ja"/"ko"); when it is
    empty the name's script decides."""
    if not title:
        return name
    if not name:
        return title
    language = (language or script_language(name)).lower()
    # Korean, and a name in a script Chinese titles do not join (मीना कुमारी 女士), keep a space
    apart = language.startswith("ko") or not re.search(_CJK, name)
    return f"{name} {title}" if apart else f"{name}{title}"


def with_honorific(
    name: str,
    honorific: str,
    locale: str,
    *,
    chinese_name: bool | None = None,
    name_language: str = "",
) -> str:
    """The name with its honorific where the language puts it: "Dr Anna Berg", "崔心雯女士".

    In Chinese the title follows the name (崔心雯女士, 阿达姆斯博士, 박지훈 부장: see
    :func:`native_name_with_title`); in English it comes first."""
    if not honorific:
        return name
    if not name:
        return honorific
    if _zh(locale):
        if chinese_name is None:
            chinese_name = bool(re.search(_CJK, name))
        if chinese_name:
            return native_name_with_title(name, honorific, name_language)
        return f"{name} {honorific}"
    return f"{honorific} {name}"


# --- time zones -------------------------------------------------------------------------------

#: Zones offered: real places only (no ``Etc/*``, ``Factory``, ``localtime``, ``posixrules``,
#: old aliases such as ``US/Eastern``); UTC is added once, by name.
_PLACE = re.compile(r"^(Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)/")


@dataclass(frozen=True)
class ZoneChoice:
    zone: str
    label: str
    #: Current offset from UTC in minutes (sorting, and "UTC+08:00" in the label).
    offset: int
    #: City and country words in both languages, for searching ("berlin", "德国").
    keywords: str


def offset_text(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "−"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


@cache  # ZoneInfo keeps only a few zones it is not given back: 400 were read from disk each time
def _zone_info(zone: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(zone)


#: The offset part of a zone's label ("UTC+08:00", "UTC−03:30", "UTC+01:00 → UTC+02:00").
OFFSET_IN_LABEL = re.compile(r"UTC[+−]\d\d:\d\d(?: → UTC[+−]\d\d:\d\d)?")


def offset_on_days(zone: str, days: Sequence[dt.date]) -> str:
    """The zone's offset on these days (at noon there), or at these wall-clock times (a naive
    datetime, its ``fold`` saying which of a repeated 02:30): "UTC+02:00", or "UTC+01:00 →
    UTC+02:00" when daylight saving begins or ends between them; "" for a zone Python does not know.
    A time, not its day: 02:30 on the night the clocks go back is summer time or not (field test 40)."""
    try:
        tz = _zone_info(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return ""
    texts: list[str] = []
    for day in days:
        moment = day if isinstance(day, dt.datetime) else dt.datetime.combine(day, dt.time(12))
        off = moment.replace(tzinfo=tz).utcoffset() or dt.timedelta(0)
        text = offset_text(int(off.total_seconds() // 60))
        if text not in texts:
            texts.append(text)
    return " → ".join(texts)


def label_on_days(label: str, zone: str, days: Sequence[dt.date]) -> str:
    """A zone's label (:func:`zone_label`) with the offset on ``days`` instead of the one it shows."""
    dated = offset_on_days(zone, days)
    return OFFSET_IN_LABEL.sub(dated, label, count=1) if dated else label


def _offset(zone: str, moment: dt.datetime) -> int:
    off = moment.astimezone(_zone_info(zone)).utcoffset() or dt.timedelta(0)
    return int(off.total_seconds() // 60)


@cache
def _zone_country() -> dict[str, str]:
    """IANA zone → ISO country, from the tz database's ``zone.tab`` (the system's, else tzdata's)."""
    import importlib.resources
    from pathlib import Path

    try:
        data = Path("/usr/share/zoneinfo/zone.tab").read_text(encoding="utf-8")
    except OSError:
        try:
            data = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
        except (ModuleNotFoundError, FileNotFoundError, OSError):
            data = ""
    out: dict[str, str] = {}
    for line in data.splitlines():
        parts = line.split("\t")
        if not line.startswith("#") and len(parts) >= 3:
            out.setdefault(parts[2], parts[0])
    return out


#: China Standard Time's IANA name and its links (tzdata ``backward``). Chinese readers call it
#: 北京时间 and English writers "Beijing time", never after Shanghai, the city the database
#: names it by. Asia/Urumqi is Xinjiang's own time (UTC+06:00), so not one of them.
BEIJING_TIME_ZONES = frozenset({"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "PRC"})


def beijing_time(zone: str, locale: str) -> str | None:
    """ "Beijing time" / "北京时间" for China's zone, None for any other zone."""
    if zone not in BEIJING_TIME_ZONES:
        return None
    return "北京时间" if _zh(locale) else "Beijing time"


def zone_label(zone: str, locale: str, moment: dt.datetime | None = None) -> str:
    """ "Berlin, Germany (UTC+01:00)" / "柏林，德国（UTC+01:00）" with the offset at ``moment`` (now);
    China's zone is "Beijing time (UTC+08:00)" / "北京时间（UTC+08:00）" (field test 77)."""
    moment = moment or dt.datetime.now(dt.UTC)
    try:
        minutes = _offset(zone, moment)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zone
    if zone == "UTC":
        return "协调世界时（UTC）" if _zh(locale) else "Coordinated Universal Time (UTC)"
    if beijing := beijing_time(zone, locale):
        return bracket(beijing, offset_text(minutes), locale)
    city = _city_name(zone, locale)
    country = _zone_country().get(zone)
    place = city
    if country:
        cname = country_name(country, locale)
        if cname and cname != city:
            place = f"{city}，{cname}" if _zh(locale) else f"{city}, {cname}"
    return bracket(place, offset_text(minutes), locale)


def zone_city(zone: str, locale: str) -> str | None:
    """The city a zone is named by ("Berlin" / "柏林"), None for a zone naming no place (UTC,
    Etc/GMT-3): the dossier labels a meeting's own clock with it ("Berlin time 09:00")."""
    if "/" not in zone or zone.startswith("Etc/"):
        return None
    return _city_name(zone, locale)


def zone_offset_label(zone: str, moment: dt.datetime) -> str:
    """A zone in a narrow table cell: its offset at ``moment`` ("UTC+08:00"), the same in both
    languages; :func:`zone_label` is the full name for its tooltip. "上海，中国（UTC+08:00）" was
    elided to "上海，中国..." in the itinerary, the offset lost."""
    try:
        return offset_text(_offset(zone, moment))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zone


#: Names a system may give UTC (``/etc/localtime`` → Etc/UTC).
UTC_NAMES = frozenset(
    ("UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Universal", "Universal", "Etc/Zulu", "Zulu", "UCT", "Etc/UCT")
)


@cache  # asked for every painted cell of the calendar's agenda
def zone_place(zone: str, locale: str) -> str:
    """A zone in a few words beside a time: "Berlin" / "柏林", "UTC" (not "Europe/Berlin"); China's
    zone by Beijing, "北京" ("{zone} time": 北京时间), as people there name it, not "上海"."""
    if zone in UTC_NAMES:
        return "UTC"
    try:
        zoneinfo.ZoneInfo(zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zone
    if zone in BEIJING_TIME_ZONES:
        return "北京" if _zh(locale) else "Beijing"
    return _city_name(zone, locale)


def leg_end_zone(place: str, zone: str, locale: str) -> str:
    """The zone beside a travel leg's time, named by the city the leg's place names when that city
    keeps the zone's time ("Wuhan WUH" → "武汉", "Malmö C" → "Malmö"), else as :func:`zone_place`:
    "08:00 上海" beside a Wuhan departure and "09:40 Stockholm" beside the Malmö arrival read as
    other cities (field test 77)."""
    from petdesk.city_names import city_in

    city = city_in(place)
    if city is not None and city.timezone == zone:
        return city.name(locale)
    return zone_place(zone, locale)


def _city_name(zone: str, locale: str) -> str:
    for c in vocab.CITIES:  # petdesk's own city names first (Bonn is Berlin's zone, not its name)
        if c.timezone == zone and zone.split("/")[-1].replace("_", " ") == c.en:
            return c.name(locale)
    try:
        return get_timezone_location(zone, locale=_cldr(locale), return_city=True)
    except (LookupError, ValueError):
        return zone.split("/")[-1].replace("_", " ")


@cache
def _choices(locale_key: str, hour: int) -> tuple[ZoneChoice, ...]:
    del hour  # part of the cache key: offsets change with daylight saving
    moment = dt.datetime.now(dt.UTC)
    out = []
    country_of = _zone_country()
    for zone in sorted(zoneinfo.available_timezones()):
        if not _PLACE.match(zone) or zone not in country_of:
            continue  # aliases and zones nobody lives in
        minutes = _offset(zone, moment)
        words = " ".join(
            {
                zone_label(zone, "en", moment),
                zone_label(zone, "zh_CN", moment),
                _city_name(zone, "en"),  # "shanghai" still finds Beijing time
                _city_name(zone, "zh_CN"),
                zone,
            }
        )
        out.append(ZoneChoice(zone, zone_label(zone, locale_key, moment), minutes, words.casefold()))
    out.append(ZoneChoice("UTC", zone_label("UTC", locale_key, moment), 0, "utc 协调世界时 gmt"))
    out.sort(key=lambda c: (c.offset, c.label))
    return tuple(out)


def zone_choices(locale: str) -> list[ZoneChoice]:
    """Every zone people live in, labelled by city and country with today's offset, west to east."""
    key = "zh_CN" if _zh(locale) else "en"
    return list(_choices(key, dt.datetime.now(dt.UTC).hour))


@cache
def _zone_names() -> dict[str, frozenset[str]]:
    """Each zone's names, casefolded: its IANA name, its last part ("new york") and its city in
    both languages ("berlin", "柏林"), mapped to the zones of that name."""
    out: dict[str, set[str]] = {}
    for choice in _choices("en", 0):
        zone = choice.zone
        names = {
            zone,
            zone.split("/")[-1].replace("_", " "),
            _city_name(zone, "en"),
            _city_name(zone, "zh_CN"),
        }
        for name in names:
            out.setdefault(name.casefold(), set()).add(zone)
    return {name: frozenset(zones) for name, zones in out.items()}


def zones_matching(text: str) -> list[str]:
    """The zones ``text`` names, typed rather than picked from a zone list ("柏林", "berlin",
    "Europe/Berlin"): those of that exact name, else those whose city, country or IANA name in
    either language contains it. One zone is a match; several or none are for the user to settle
    (field test 24: "柏林" typed in a zone box was refused as no IANA name)."""
    wanted = text.strip().casefold()
    if not wanted:
        return []
    if exact := _zone_names().get(wanted):
        return sorted(exact)
    return sorted({c.zone for c in _choices("en", 0) if wanted in c.keywords})
