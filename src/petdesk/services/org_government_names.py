"""Chinese government bodies named by their common organ words alone, for :mod:`org_kind_guess`
(round 62, organkind62's leftover: 德阳市外事办公室, "Chongqing Foreign Affairs Office", "Deyang
Development and Reform Commission" and "Sichuan Ecology and Environment Department" were imported
as enterprises, since no "municipal", "department of", "bureau" or Chinese ending it knew was there).

An organ word says "government" only after a Chinese place: 办公室 and "Office" are also a
company's, a project's or a university's. A place is a province, a city petdesk knows, or a word
spelt in pinyin ("Deyang"); the organ word must end the name or be followed by "of", "for" or "on"
("Chengdu Office Supplies", "Chengdu Department Store" are shops). Company words keep a company one
("… Co., Ltd.", "… Group", "Representative Office").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from petdesk import city_names
from petdesk.enums import OrgKind  # not models.enums: this reads names only
from petdesk.services.matching import pinyin_word

#: China's provinces and autonomous regions as their governments' English names begin: a body of
#: one is filed as a ministry/agency, as org_kind_guess files 四川省生态环境厅.
_PROVINCE_LIST = """anhui fujian gansu guangdong guizhou hainan hebei heilongjiang henan hubei hunan
    jiangsu jiangxi jilin liaoning qinghai shaanxi shandong shanxi sichuan yunnan zhejiang guangxi
    ningxia xinjiang tibet xizang"""
PROVINCES_EN = frozenset(_PROVINCE_LIST.split()) | {"inner mongolia"}
_PROVINCES_ZH = (
    "安徽", "福建", "甘肃", "广东", "贵州", "海南", "河北", "黑龙江", "河南", "湖北", "湖南", "江苏",
    "江西", "吉林", "辽宁", "青海", "陕西", "山东", "山西", "四川", "云南", "浙江", "广西", "宁夏",
    "新疆", "西藏", "内蒙古",
)  # fmt: skip
#: Words spelt in pinyin that are no place: the country (whose bodies say "national" or
#: "ministry") and English words that start a body's name ("Mining Administration", "Human
#: Resources Department" of a company).
_NOT_PLACE_LIST = """china sino mining mine mines human change long sun man men gang bang hang tie die
    lie pie gene dining den bin tan fan ban pin ping guide line pine tune range shine anti lane tone
    zone bone hunting"""
_NOT_PLACES = frozenset(_NOT_PLACE_LIST.split())

# --- Chinese -------------------------------------------------------------------------------------

#: Endings of a government's offices that are also a company's or a project's (中德合作项目办公室).
ZH_OFFICE_ENDINGS = ("办公室", "外事办", "外办")
#: A name that starts with a place: 德阳市…, 四川省…, 成都市旌阳区…, 国务院….
_ZH_PLACE = re.compile(r"^(国家|国务院|中华人民共和国|.{1,8}?(省|市|自治区|特别行政区|区|县|州|盟|旗))")
#: Words of other bodies inside such a name: 四川大学外事办公室 is the university's office.
_ZH_OTHER_BODIES = (
    "大学", "学院", "研究院", "研究所", "协会", "学会", "研究会", "基金会", "公司", "集团", "企业",
)  # fmt: skip
#: Words ending in a place's character that name no place (review 62: 中国环保产业联盟办公室 and
#: 城市环境研究中心办公室 were guessed city governments): an alliance, the EU, ASEAN, a supermarket, a
#: neighbourhood; and "city" as the name's first word (晋城市 and 成都市 end in 城市 and 都市 too).
_ZH_NOT_PLACES = ("联盟", "欧盟", "东盟", "超市", "社区")
_ZH_CITY_WORDS = ("城市", "都市")


def chinese_office_is_government(name_zh: str) -> bool:
    """Whether a name ending in 办公室, 外事办 or 外办 is a government's: it starts with a place
    (德阳市外事办公室, 四川外事办公室) and names no other body (四川大学外事办公室)."""
    if not name_zh.endswith(ZH_OFFICE_ENDINGS) or any(word in name_zh for word in _ZH_OTHER_BODIES):
        return False
    place = _ZH_PLACE.match(name_zh)
    # 中国城市…: the country and "city" as a word (round 63: 中国城市科学研究会北京办公室), no place
    if place is not None and (
        place.group(0).endswith(_ZH_NOT_PLACES)
        or place.group(0) in _ZH_CITY_WORDS
        or place.group(0).startswith("中国")
    ):
        place = None
    return place is not None or name_zh.startswith(_PROVINCES_ZH) or "人民政府" in name_zh


# --- English -------------------------------------------------------------------------------------

_EN_PEOPLES_GOVERNMENT = re.compile(r"\bpeople['’`]?s government\b", re.I)
#: An organ word at the end of the name or followed by "of", "for", "on" (not "Office Supplies").
_EN_ORGAN = re.compile(
    r"\b(office|commission|committee|department|administration|bureau|government)(\s+(of|for|on)\b.*)?$",
    re.I,
)
#: A company or a company's office, though it starts with a place and ends in an organ word.
_EN_COMPANY = re.compile(
    r"\b(co(?!-)|company|corp|(?<!leading )group|holdings?|ltd|limited|inc"
    r"|representative office|liaison office|sales office|branch office|project office)\b",
    re.I,
)
#: A company's legal form after its name ("Siemens AG", "Veolia S.A.", "Enel S.p.A."): the short
#: capitals only as written, so "sa" or "ag" inside a place's name are no company (polish63b).
EN_LEGAL_FORM = re.compile(
    r"(?<![\w.])(?:AG|SE|SA|S\.A\.?|S\.p\.A\.?|SpA|N\.V\.?|NV|B\.V\.?|BV|K\.K\.?|Pty"
    r"|(?i:gmbh|ltd|limited|inc|llc|plc|corp|corporation|co(?!-)))(?![\w-])",
)
_EN_HIGHER = re.compile(r"\b(province|provincial|autonomous region)\b", re.I)
_EN_LOCAL = re.compile(r"\b(municipal|municipality|city|county|district|prefecture)\b", re.I)


#: Words that make an "… Office" a government's after a word only spelt like pinyin.
_EN_OFFICE_OF_GOVERNMENT = re.compile(
    r"\b(foreign affairs|government|municipal|municipality|city|county|district|prefecture|province"
    r"|provincial|autonomous region)\b",
    re.I,
)
#: "<place> Office of <owner>": the owner's office there when the owner names no government body.
_EN_OFFICE_OF = re.compile(r"\boffice\s+(?:of|for)\s+(?:the\s+)?(?P<owner>.+)$", re.I)
#: An owner in capitals ("GIZ", "UNDP"): an organisation's acronym, not a government's function.
_EN_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&-]{1,9}$")
_EN_GOVERNMENT_WORDS = re.compile(
    r"\b(government|municipal|municipality|city|county|district|prefecture|province|provincial"
    r"|autonomous region|people['’`]?s|ministry|bureau|commission|committee|department|administration"
    r"|leading group|affairs)\b",
    re.I,
)

#: Words that make an owner an organisation rather than a function ("Office of Poverty Alleviation").
_EN_ORGANISATION_WORDS = re.compile(
    r"\b(agency|bank|fund|foundation|university|institute|academy|association|federation|chamber"
    r"|company|corporation|group|gmbh|programme|program|news|network|alliance|facility|organi[sz]ation)\b",
    re.I,
)


def office_owner(name_en: str) -> str:
    """The organisation whose office "<place> Office of <owner>" is, else "": "Changsha Office of
    GIZ" is GIZ's (round 63), "Sichuan Office of the Leading Group for Climate Change" a province's."""
    found = _EN_OFFICE_OF.search(" ".join(name_en.split()))
    if found is None:
        return ""
    owner = found.group("owner").strip(" .,")
    if _EN_GOVERNMENT_WORDS.search(owner) or _only_place(_words(owner)):
        return ""
    named = _EN_ACRONYM.match(owner) or _EN_ORGANISATION_WORDS.search(owner) or EN_LEGAL_FORM.search(owner)
    return owner if named else ""


def _words(text: str) -> list[str]:
    folded = text.lower()
    if not text.isascii():  # accents off ("Xī'ān"); most names need none of this
        folded = unicodedata.normalize("NFKD", text).casefold()
        folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.findall(r"[a-z]+(?:['’][a-z]+)?", folded)


def _pinyin(word: str, most: int = 4) -> bool:
    """Whether ``word`` is spelt with at most ``most`` pinyin syllables ("deyang", "xi'an")."""
    return pinyin_word(re.sub(r"['’]", "", word), most)


@lru_cache(maxsize=4096)  # a file names few places many times
def _place_at_start(words: tuple[str, ...]) -> str:
    """The Chinese place an English name's first words are: "province", "city", or "" for none."""
    if words[:1] == ("the",):
        words = words[1:]
    if not words or words[0] in _NOT_PLACES:
        return ""
    if words[0] in PROVINCES_EN or " ".join(words[:2]) in PROVINCES_EN:
        return "province"
    for n in (2, 1):  # "Hong Kong" before "Hong"
        known = city_names.known_city(" ".join(words[:n]))
        if known is not None and known.country == "CN":
            return "city"
    # a word only spelt like pinyin ("Xinhua", "Bali") may be a news agency or a place abroad
    return "pinyin" if _pinyin(words[0]) else ""


def _only_place(words: list[str]) -> bool:
    """Whether ``words`` (an English name's, "the" aside) are a Chinese place and nothing more."""
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) == 1:
        return _place_at_start((words[0],)) != ""
    both = " ".join(words)
    known = city_names.known_city(both) if len(words) == 2 else None
    return len(words) == 2 and (both in PROVINCES_EN or (known is not None and known.country == "CN"))


def english_government_kind(name_en: str) -> OrgKind | None:
    """The kind of a Chinese government body an English name says by its organ words, else None:
    a province's body is a ministry/agency, a city's, county's or district's a city government."""
    name = " ".join(name_en.split())
    if not name or _EN_COMPANY.search(name) or EN_LEGAL_FORM.search(name):
        return None
    words = _words(name)
    place = _place_at_start(tuple(words[:3]))
    if not _EN_PEOPLES_GOVERNMENT.search(name) and not (place and _EN_ORGAN.search(name)):
        return None
    if words[-1:] == ["office"] and _only_place(words[:-1]):
        return None  # "Beijing Office": someone's office there, as a "… Representative Office" (review 62)
    if office_owner(name):
        return None  # "Changsha Office of GIZ" is GIZ's office (round 63)
    # "Xinhua News Office": a bare office after a word only spelt like pinyin is a government's only
    # when the name says so (round 63); a real place ("Chongqing …") needs no such word
    organ = _EN_ORGAN.search(name)
    bare_office = place == "pinyin" and organ is not None and organ.group(0).lower() == "office"
    if bare_office and not (_EN_OFFICE_OF_GOVERNMENT.search(name) or _EN_PEOPLES_GOVERNMENT.search(name)):
        return None
    if _EN_LOCAL.search(name):
        return OrgKind.CITY_GOVERNMENT
    if place == "province" or _EN_HIGHER.search(name):
        return OrgKind.MINISTRY_AGENCY
    return OrgKind.CITY_GOVERNMENT
