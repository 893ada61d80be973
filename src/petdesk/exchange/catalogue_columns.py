"""What a technology or need catalogue's headers and sector cells mean, in English or Chinese.

The catalogue columns are documented by their English names (``title_zh``, ``budget_max`` ...), but
the file a city bureau sends is headed 城市 / 领域 / 需求名称 / 预算上限（万元） and names sectors the
short way (固体废物, 节能). These tables let both through; a header or sector that could mean two
things is refused rather than guessed.
"""

from __future__ import annotations

import re
from functools import cache

from petdesk.quoting import quoted
from petdesk.vocab import SECTORS

#: A header that numbers the rows: not data, left out.
IGNORED = ""

_COMMON: dict[str, tuple[str, ...]] = {
    "id": ("uuid", "petdesk id"),
    "sector": (
        "领域",
        "行业",
        "所属领域",
        "技术领域",
        "所属行业",
        "行业领域",
        "类别",
        "门类",
        "领域行业",
        "sector",
        "field",
        "应用领域",
    ),
    "tags": ("标签", "关键词", "关键字", "keywords", "tag"),
    "licence": ("许可", "许可协议", "授权", "license"),
    "consent": ("同意共享", "同意", "可共享", "是否同意共享", "是否共享"),
    IGNORED: ("序号", "编号", "行号", "no", "number", "#"),
}
_NEED: dict[str, tuple[str, ...]] = {
    "title_zh": (
        "需求",
        "需求名称",
        "名称",
        "标题",
        "需求标题",
        "技术需求",
        "需求内容",
        "中文名称",
        "项目名称",
    ),
    # "Need title (EN)" beside "需求标题（中文）": the agency's bilingual template (field test 76)
    "title_en": (
        "title",
        "need",
        "need title",
        "need name",
        "英文名称",
        "需求英文",
        "英文标题",
        "需求名称英文",
    ),
    # 需求单位 / 申报单位: the bureau that asks, as a Development and Reform Commission's list
    # names it (field test 97); the import makes it the need's city organisation.
    "city": (
        "城市",
        "所在城市",
        "城市名称",
        "城市政府",
        "地区",
        "地市",
        "市",
        "city government",
        "需求单位",
        "申报单位",
        "需求方",
    ),
    "problem_zh": (
        "描述",
        "问题描述",
        "需求描述",
        "问题",
        "说明",
        "现状",
        "现状与问题",
        "具体问题",
        "具体描述",
        "需求说明",
        "具体内容",
    ),
    "problem_en": (
        "problem",
        "description",
        "problem description",
        "need description",
        "英文描述",
        "问题描述英文",
    ),
    "scale": ("规模", "项目规模", "处理规模"),
    "budget_min": ("预算下限", "最低预算", "预算最低", "budget from"),
    "budget_max": (
        "预算上限",
        "最高预算",
        "预算最高",
        "预算",
        "budget",
        "budget to",
        "投资估算",
        "估算投资",
        "总投资",
        "预计投资",
        "计划投资",
        "投资额",
    ),
    "currency": ("币种", "货币", "币别"),
    "deadline": (
        "截止日期",
        "截止时间",
        "截止",
        "期限",
        "完成期限",
        "due",
        "due date",
        "计划时间",
        "计划完成时间",
        "完成时间",
        "时间要求",
    ),
    "status": ("状态",),
    "contact": ("联系人", "联系方式", "联系人及电话", "contact", "contact person"),
    # the contact's phone and the list's remarks: no field of their own, kept with the problem
    "phone": ("联系电话", "电话", "手机", "联系人电话", "phone", "telephone", "tel"),
    "remarks": ("备注", "备注说明", "remarks", "notes", "note"),
}
_TECHNOLOGY: dict[str, tuple[str, ...]] = {
    "name_zh": ("技术名称", "名称", "中文名称", "技术", "技术名", "技术中文名称", "chinese name"),
    "name_en": (
        "name",
        "英文名称",
        "技术名称英文",
        "技术英文名称",
        "technology name",
        "technology",
        "english name",
    ),
    "provider": (
        "提供方",
        "供应商",
        "企业",
        "技术提供方",
        "公司",
        "提供单位",
        "技术提供单位",
        "企业名称",
        "公司名称",
        "supplier",
        "company",
        "technology provider",
    ),
    "description_zh": ("描述", "技术描述", "简介", "说明", "技术简介", "技术介绍", "介绍", "中文简介"),
    "description_en": ("description", "英文描述", "英文简介", "english description", "summary"),
    "key_figures_zh": ("关键指标", "技术指标", "主要指标"),
    "key_figures_en": ("key figures",),
    "trl": ("技术成熟度", "成熟度", "readiness", "technology readiness level", "trl level"),
    "certifications": ("认证", "证书", "certificates", "certification"),
    # The provider's country: a new provider gets it (field test 44, §6).
    "provider_country": ("country", "provider country", "国家", "国别", "所在国家", "提供方国家"),
    "references": (
        "参考项目",
        "案例",
        "应用案例",
        "典型案例",
        "reference projects",
        "reference installations",
    ),
}
#: Units in a budget header: the figures are in ten thousands (万元, how Chinese budgets are written).
_TEN_THOUSANDS = ("万元", "万")
_UNITS = ("人民币", "元", "rmb", "cny")
#: What a header may add to say a column's language: "Description (EN)", "Name (ZH)", "简介（中文）".
_LANGUAGES = {
    "en": "en",
    "english": "en",
    "英文": "en",
    "zh": "zh",
    "cn": "zh",
    "chinese": "zh",
    "中文": "zh",
}
#: What stands between the two halves of a bilingual header: "Provider / 提供方".
_HALVES = re.compile(r"\s*[/|｜／]\s*")
#: Where a header without a separator turns from Chinese to English or back: "技术简介 Description".
_SCRIPT_TURN = re.compile(r"(?<=[\u4e00-\u9fff）)])\s*(?=[A-Za-z])|(?<=[A-Za-z)])\s*(?=[\u4e00-\u9fff])")
#: Ends a column whose header names a field in both languages at once ("技术简介 Description": the
#: description, English or Chinese): the cells decide which (``flat.columns_for``).
EITHER_LANGUAGE = "_*"


def fold(header: str) -> str:
    """A header without case, spaces, brackets and punctuation (full-width too)."""
    return re.sub(r"[\s_:：.*（）()\-/、【】\[\]]+", "", (header or "").strip().casefold())


@cache  # the same table for every header of a file: built once per kind, not per header
def _aliases(kind: str, known: tuple[str, ...]) -> dict[str, str]:
    table = {**_COMMON, **(_NEED if kind == "needs" else _TECHNOLOGY)}
    out = {fold(column): column for column in known}
    for column, spellings in table.items():
        for spelling in spellings:
            out.setdefault(fold(spelling), column)
    return out


def column_for(header: str, kind: str, known: tuple[str, ...]) -> tuple[str | None, float]:
    """The catalogue column ``header`` names (``IGNORED`` for a row number, ``None`` if none) and
    the factor its figures are multiplied by (10,000 for a budget "in 万元"). A bilingual header
    ("Provider / 提供方", "技术简介 Description") names a column when its halves agree on it, and a
    field in either language (ending in ``EITHER_LANGUAGE``) when they name it in both."""
    found = _one_column_for(header, kind, known)
    if found[0] is not None:
        return found
    for separator in (_HALVES, _SCRIPT_TURN):
        halves = [half for half in separator.split(header or "") if half.strip()]
        if len(halves) < 2:
            continue
        guesses = {_one_column_for(half, kind, known) for half in halves} - {(None, 1.0)}
        if len(guesses) == 1:
            return guesses.pop()
        stems = {column.rpartition("_")[0] for column, _factor in guesses if column}
        languages = {column.rpartition("_")[2] for column, _factor in guesses if column}
        if len(stems) == 1 and languages == {"en", "zh"}:  # "技术简介 Description": one field, two words
            return f"{stems.pop()}{EITHER_LANGUAGE}", 1.0
    return None, 1.0


def _one_column_for(header: str, kind: str, known: tuple[str, ...]) -> tuple[str | None, float]:
    aliases = _aliases(kind, known)
    folded = fold(header)
    if folded in aliases:
        return aliases[folded], 1.0
    factor = 1.0
    for unit in _TEN_THOUSANDS:
        if folded.endswith(unit):
            folded, factor = folded[: -len(unit)], 10_000.0
            break
    else:
        for unit in _UNITS:
            if folded.endswith(unit):
                folded = folded[: -len(unit)]
                break
    column = aliases.get(folded)
    if column is None and factor == 1.0:
        column = _in_language(folded, aliases)
    if column is None or (factor != 1.0 and not column.startswith("budget")):
        return None, 1.0
    return column, factor


def unit_factor(header: str) -> float:
    """The factor a budget column's figures are multiplied by, from its header's unit: 10,000 for
    "投资估算（万元）", whatever field the column was chosen for by hand (field test 97: mapped with
    --map or in the window, 1,200万元 was stored as 1,200 yuan)."""
    folded = fold(header)
    return 10_000.0 if any(folded.endswith(unit) for unit in _TEN_THOUSANDS) else 1.0


def _in_language(folded: str, aliases: dict[str, str]) -> str | None:
    """The column a header names with its language added ("descriptionen", "namezh"): the field in
    that language when the field has two (a language-free field as it is)."""
    for word, language in _LANGUAGES.items():
        base = folded.removesuffix(word) if folded.endswith(word) else folded.removeprefix(word)
        column = aliases.get(base) if base and base != folded else None
        if column:
            stem, underscore, suffix = column.rpartition("_")
            return f"{stem}_{language}" if underscore and suffix in ("en", "zh") else column
    return None


#: Short names offices use for a sector that no label begins with or contains, and the usual words
#: of a bureau's files for one (field test 26, §5: 供水 and "Water supply" were refused). Keys are
#: written case-folded; a word that could mean two sectors (生态修复, 排放) is left out.
SECTOR_ALIASES: dict[str, str] = {
    # water supply and water resources
    "供水": "water",
    "给水": "water",
    "饮用水": "water",
    "自来水": "water",
    "水务": "water",
    "水资源": "water",
    "水环境": "water",
    "water supply": "water",
    "drinking water": "water",
    "water resources": "water",
    "water management": "water",
    # wastewater
    "废水": "wastewater",
    "排水": "wastewater",
    "中水": "wastewater",
    "再生水": "wastewater",
    "污泥": "wastewater",
    "sewage": "wastewater",
    "sewerage": "wastewater",
    "sanitation": "wastewater",
    "wastewater treatment": "wastewater",
    # air
    "大气": "air",
    "空气": "air",
    "废气": "air",
    "大气污染": "air",
    "大气治理": "air",
    "烟气治理": "air",
    "air quality": "air",
    "air pollution": "air",
    # solid waste
    "固废": "waste",
    "垃圾": "waste",
    "固体废物": "waste",
    "生活垃圾": "waste",
    "危废": "waste",
    "危险废物": "waste",
    "餐厨垃圾": "waste",
    "solid waste": "waste",
    "waste management": "waste",
    "municipal solid waste": "waste",
    # soil
    "土壤": "soil",
    "土壤治理": "soil",
    "场地修复": "soil",
    "污染场地": "soil",
    "contaminated land": "soil",
    "contaminated sites": "soil",
    "remediation": "soil",
    # renewable energy
    "新能源": "renewables",
    "清洁能源": "renewables",
    "光伏": "renewables",
    "太阳能": "renewables",
    "风电": "renewables",
    "风能": "renewables",
    "solar": "renewables",
    "solar energy": "renewables",
    "wind energy": "renewables",
    "clean energy": "renewables",
    # energy efficiency
    "节能减排": "efficiency",
    "能效": "efficiency",
    "节能降耗": "efficiency",
    "energy saving": "efficiency",
    "energy conservation": "efficiency",
    # buildings
    "建筑节能": "buildings",
    "建筑": "buildings",
    "green building": "buildings",
    "buildings": "buildings",
    # transport
    "交通": "transport",
    "公共交通": "transport",
    "新能源汽车": "transport",
    "电动汽车": "transport",
    "transport": "transport",
    "transportation": "transport",
    "green transport": "transport",
    "mobility": "transport",
    "electric vehicles": "transport",
    # circular economy
    "资源循环": "circular",
    "资源化": "circular",
    "资源综合利用": "circular",
    "再生资源": "circular",
    "recycling": "circular",
    # climate adaptation
    "韧性城市": "adaptation",
    "防洪": "adaptation",
    "climate resilience": "adaptation",
    "resilience": "adaptation",
    # monitoring
    "监测": "monitoring",
    "在线监测": "monitoring",
    "智慧环保": "monitoring",
    # sponge city
    "雨水": "sponge_city",
    "雨水管理": "sponge_city",
    "内涝": "sponge_city",
    "stormwater": "sponge_city",
    # low carbon
    "碳": "low_carbon",
    "双碳": "low_carbon",
    "低碳": "low_carbon",
    "碳中和": "low_carbon",
    "碳达峰": "low_carbon",
    "减碳": "low_carbon",
    "carbon": "low_carbon",
    "decarbonisation": "low_carbon",
    "decarbonization": "low_carbon",
    "climate mitigation": "low_carbon",
    # biodiversity
    "生态": "biodiversity",
    "城市绿化": "biodiversity",
    "园林绿化": "biodiversity",
    "湿地": "biodiversity",
    "urban greening": "biodiversity",
    "green space": "biodiversity",
    "nature-based solutions": "biodiversity",
    # green finance
    "绿色金融": "green_finance",
    "投融资": "green_finance",
    "green finance": "green_finance",
    "climate finance": "green_finance",
}


#: A readiness cell as catalogues write it: "6", "TRL 6", "TRL-6", "6级", "TRL6级" (field test 81).
_READINESS = re.compile(r"(?:trl\s*[-:]?\s*)?(\d+(?:\.0+)?)\s*级?")


def readiness_level(text: str) -> int | None:
    """The whole number a readiness cell gives, or None when it gives none (the caller says what is
    allowed). Full-width digits and colons, as WPS writes them, read as ASCII ones."""
    import unicodedata

    match = _READINESS.fullmatch(unicodedata.normalize("NFKC", text).strip().casefold())
    return int(float(match.group(1))) if match else None


def sector_names(locale_zh: bool) -> list[str]:
    """The sectors' names in one language, in the vocabulary's order."""
    return [zh if locale_zh else en for en, zh in SECTORS.values()]


def sector_code(text: str) -> str:
    """The sector code ``text`` names: a code, an English or Chinese label, an alias, or the unique
    beginning (else unique part) of a label. ``ValueError`` in a sentence messages.py translates."""
    wanted = text.strip().casefold()
    names = {code: (code, en.casefold(), zh) for code, (en, zh) in SECTORS.items()}
    for code, spellings in names.items():
        if wanted in spellings:
            return code
    if wanted in SECTOR_ALIASES:
        return SECTOR_ALIASES[wanted]
    for found in (
        {code for code, spellings in names.items() if any(s.startswith(wanted) for s in spellings)},
        {code for code, spellings in names.items() if any(wanted in s for s in spellings)},
    ):
        if len(found) == 1:
            return found.pop()
        if len(found) > 1:
            labels = ", ".join(SECTORS[code][0] for code in SECTORS if code in found)
            raise ValueError(f"the sector {quoted(text)} could be {labels}; write more of its name")
    labels = ", ".join(sector_names(locale_zh=False))
    raise ValueError(f"unknown sector {quoted(text)}; the sectors are {labels}")
