# ruff: noqa: E501  (a data table reads best one concept per line)
"""A shared bilingual vocabulary of environmental-technology terms, so that a city need written in
Chinese finds technologies described in English and the reverse, without any network service.

Each concept has English phrases (matched as whole words, lower case, simple plural folded) and
Chinese phrases (matched as substrings). Text in either language maps to the same concept keys.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: concept -> (sector code or "", English phrases, Chinese phrases)
CONCEPTS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "wastewater": ("wastewater", ("wastewater", "sewage", "effluent"), ("污水", "废水")),
    "sludge": ("wastewater", ("sludge", "biosolid"), ("污泥",)),
    "membrane": ("water", ("membrane", "ultrafiltration", "reverse osmosis", "mbr"), ("膜", "超滤", "反渗透")),
    "drinking_water": ("water", ("drinking water", "potable water", "water supply"), ("饮用水", "自来水", "供水")),
    "desalination": ("water", ("desalination", "seawater"), ("海水淡化", "淡化")),
    "leakage": ("water", ("leak", "leakage", "non-revenue water", "pipe network"), ("漏损", "管网", "漏水")),
    "river": ("water", ("river", "lake", "black and odorous", "water body", "eutrophication", "tributary", "river basin"), ("河道", "河流", "湖泊", "黑臭", "水体", "富营养化", "支流", "干流", "流域")),
    "water_quality": ("water", ("water quality", "water-quality"), ("水质",)),
    "stormwater": ("sponge_city", ("stormwater", "rainwater", "flood", "flooding", "sponge city", "permeable", "waterlogging"), ("雨水", "内涝", "海绵城市", "洪涝", "透水")),
    "industrial_water": ("wastewater", ("industrial wastewater", "zero liquid discharge", "textile", "dyeing", "industrial park", "chemical park"), ("工业废水", "零排放", "印染", "工业园区", "化工园区", "园区废水", "园区污水")),
    "saline_wastewater": ("wastewater", ("high-salinity", "high salinity", "brine", "hypersaline", "evaporation and crystallisation", "evaporation and crystallization"), ("高盐", "含盐废水", "浓盐水", "蒸发结晶")),
    "rural_sanitation": ("wastewater", ("rural", "village", "decentralised", "decentralized", "septic"), ("农村", "乡村", "分散式", "化粪池")),
    "air_quality": ("air", ("air pollution", "air quality", "smog", "haze"), ("大气污染", "空气质量", "雾霾")),
    "particulate": ("air", ("particulate", "pm2.5", "pm10", "dust"), ("颗粒物", "粉尘", "扬尘")),
    "nox_sox": ("air", ("nox", "nitrogen oxide", "denitrification", "sox", "sulphur", "sulfur", "desulphurisation", "desulfurization", "flue gas"), ("氮氧化物", "脱硝", "脱硫", "二氧化硫", "烟气")),
    "voc": ("air", ("voc", "volatile organic", "odour", "odor"), ("挥发性有机物", "异味", "臭气")),
    "municipal_waste": ("waste", ("municipal solid waste", "solid waste", "household waste", "garbage", "landfill", "refuse"), ("生活垃圾", "固体废物", "固废", "垃圾", "填埋")),
    "waste_sorting": ("waste", ("sorting", "waste separation", "source separation"), ("垃圾分类", "分拣", "分类")),
    "food_waste": ("waste", ("food waste", "kitchen waste", "organic waste", "anaerobic digestion", "biogas"), ("餐厨垃圾", "厨余垃圾", "有机垃圾", "厌氧消化", "沼气")),
    "incineration": ("waste", ("incineration", "waste-to-energy", "waste to energy"), ("焚烧", "垃圾发电")),
    "recycling": ("circular", ("recycling", "recycle", "reuse", "circular economy", "secondary raw material"), ("回收利用", "废品回收", "电池回收", "材料回收", "再生", "循环经济", "资源化", "再利用")),
    "plastics": ("circular", ("plastic", "packaging"), ("塑料", "包装")),
    "construction_waste": ("circular", ("construction waste", "demolition"), ("建筑垃圾", "拆除")),
    "hazardous": ("waste", ("hazardous waste", "medical waste", "fly ash"), ("危险废物", "危废", "医疗废物", "飞灰")),
    "soil": ("soil", ("soil", "contaminated land", "brownfield", "remediation"), ("土壤", "污染场地", "棕地", "修复")),
    # Arid north-west China: sand control and revegetation, not contaminated-land remediation (field test 81).
    "desertification": ("soil", ("desertification", "desertified", "sand fixation", "sand control", "sandy land", "revegetation", "dune", "sandstorm"), ("荒漠化", "沙化", "固沙", "治沙", "防沙", "沙漠", "风沙", "沙尘", "植被恢复")),
    "arid": ("", ("arid", "semi-arid", "drought", "dryland", "water scarcity"), ("干旱", "旱区", "缺水")),
    "heavy_metal": ("soil", ("heavy metal", "cadmium", "arsenic", "chromium"), ("重金属", "镉", "砷", "铬")),
    "groundwater": ("soil", ("groundwater",), ("地下水",)),
    "solar": ("renewables", ("solar", "photovoltaic", "pv"), ("太阳能", "光伏")),
    "wind": ("renewables", ("wind power", "wind turbine", "wind"), ("风电", "风能", "风力")),
    # Northern China's winter: coal burnt in every courtyard is replaced by clean heating (field test 81).
    "clean_heating": ("efficiency", ("clean heating", "coal replacement", "coal-to-electricity", "coal-to-gas", "coal-free heating"), ("清洁取暖", "清洁供暖", "煤改电", "煤改气", "散煤", "燃煤散烧", "替代燃煤")),
    "heat_pump": ("efficiency", ("heat pump", "geothermal"), ("热泵", "地热", "地源")),
    "district_heating": ("efficiency", ("district heating", "heating", "waste heat", "heat recovery"), ("集中供热", "供暖", "供热", "余热")),
    "storage": ("renewables", ("battery", "energy storage", "storage"), ("储能", "电池")),
    "hydrogen": ("renewables", ("hydrogen", "fuel cell"), ("氢能", "制氢", "燃料电池")),
    "lighting": ("efficiency", ("led", "street lighting", "street light", "lighting"), ("照明", "路灯")),
    "industrial_efficiency": ("efficiency", ("energy efficiency", "energy saving", "motor", "boiler", "compressed air"), ("节能", "能效", "电机", "锅炉", "空压")),
    "building_retrofit": ("buildings", ("building retrofit", "deep retrofit", "green building", "passive house", "near-zero energy"), ("建筑改造", "既有建筑", "老旧小区", "绿色建筑", "被动房", "近零能耗")),
    "insulation": ("buildings", ("insulation", "building envelope", "facade"), ("保温", "外墙", "围护结构")),
    "smart_grid": ("efficiency", ("smart grid", "microgrid", "demand response"), ("智能电网", "微电网", "需求响应")),
    "electric_vehicle": ("transport", ("electric bus", "electric vehicle", "ev", "charging", "e-mobility"), ("电动公交", "电动汽车", "新能源汽车", "充电")),
    "public_transport": ("transport", ("public transport", "bus rapid transit", "brt", "metro", "cycling", "bike sharing"), ("公共交通", "公交", "快速公交", "地铁", "骑行", "共享单车")),
    "logistics": ("transport", ("logistics", "freight", "delivery"), ("物流", "货运", "配送")),
    "monitoring": ("monitoring", ("monitoring", "sensor", "online monitoring", "real-time", "dashboard"), ("监测", "传感器", "在线监测", "实时")),
    "remote_sensing": ("monitoring", ("remote sensing", "satellite", "drone", "uav"), ("遥感", "卫星", "无人机")),
    "carbon_accounting": ("low_carbon", ("carbon accounting", "greenhouse gas inventory", "ghg", "emission inventory", "carbon footprint", "carbon neutrality", "net zero"), ("碳核算", "温室气体清单", "排放清单", "碳足迹", "碳中和", "净零")),
    "ccus": ("low_carbon", ("carbon capture", "ccus", "ccs"), ("碳捕集", "碳捕获")),
    "methane": ("low_carbon", ("methane", "landfill gas"), ("甲烷", "填埋气")),
    "urban_green": ("biodiversity", ("urban green", "green space", "urban park", "tree", "wetland", "biodiversity"), ("城市绿地", "绿地", "公园", "树木", "湿地", "生物多样性")),
    "heat_island": ("adaptation", ("heat island", "heatwave", "cooling", "shade"), ("热岛", "高温", "热浪", "降温")),
    "coastal": ("adaptation", ("coastal", "sea level", "storm surge"), ("海岸", "海平面", "风暴潮")),
    "agriculture": ("", ("agriculture", "farm", "farmland", "manure", "livestock"), ("农业", "农田", "粪污", "畜禽")),
    "rain_garden": ("sponge_city", ("rain garden", "bioretention"), ("雨水花园", "生物滞留")),
    "cement": ("", ("cement", "clinker"), ("水泥", "熟料")),
    "nutrients": ("wastewater", ("nitrogen", "phosphorus", "nutrient removal"), ("脱氮", "除磷", "总氮", "总磷", "氮磷")),
}


#: Phrases so general that sharing one says little about fit: "资源化" (put to use) is written of
#: sludge, food waste and rubble alike, and ranked food-waste digestion above sludge dewatering for a
#: sewage-sludge need (field test 63). A concept found through these alone counts little.
GENERIC_PHRASES = frozenset({"资源化", "再利用", "再生", "reuse", "分类", "实时", "real-time", "高温"})


def _fold(word: str) -> str:
    """Lower case and a naive singular, so "membranes" and "membrane" meet."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*", re.IGNORECASE)


def latin_words(text: str) -> list[str]:
    return [_fold(w.strip(".-")) for w in _WORD.findall(text or "") if w.strip(".-")]


@lru_cache(maxsize=1)
def _english_index() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for key, (_sector, en, _zh) in CONCEPTS.items():
        for phrase in en:
            out[tuple(latin_words(phrase))] = key
    return out


@lru_cache(maxsize=1)
def _chinese_terms_by_first_character() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for key, (_sector, _en, zh) in CONCEPTS.items():
        for term in zh:
            out.setdefault(term[0], []).append((term, key))
    return out


def concepts(text: str) -> set[str]:
    """The concept keys the text mentions, in either language."""
    found: set[str] = set()
    if not text:
        return found
    # Only the terms whose first character the text has: matching ranks every technology, and
    # trying all 300 terms on each took a fifth of a second (field test 26, timings).
    by_first = _chinese_terms_by_first_character()
    for first in by_first.keys() & set(text):
        found.update(key for term, key in by_first[first] if key not in found and term in text)
    words = latin_words(text)
    index = _english_index()
    for n in (4, 3, 2, 1):
        for i in range(len(words) - n + 1):
            concept = index.get(tuple(words[i : i + n]))
            if concept:
                found.add(concept)
    return found


def concept_label(key: str, lang: str) -> str:
    _sector, en, zh = CONCEPTS[key]
    return zh[0] if lang.startswith("zh") else en[0]


def concept_sector(key: str) -> str:
    return CONCEPTS[key][0]


def _has_words(words: list[str], phrase: str) -> bool:
    wanted = latin_words(phrase)
    n = len(wanted)
    return any(words[i : i + n] == wanted for i in range(len(words) - n + 1))


def phrase_in(key: str, text: str, lang: str) -> str:
    """The phrase of concept ``key`` that ``text`` uses, in ``lang``'s language when the text has one,
    else in the other; "" when it has none. A reason that says only the concept's name ("municipal
    solid waste") for a need that wrote "landfill" reads as if the need said so (field test 58)."""
    _sector, en, zh = CONCEPTS[key]
    words = latin_words(text)
    in_chinese = next((p for p in zh if p in text), "")
    in_english = next((p for p in en if _has_words(words, p)), "")
    first, other = (in_chinese, in_english) if lang.startswith("zh") else (in_english, in_chinese)
    return first or other


def generic_in(key: str, text: str) -> bool:
    """Whether ``text`` mentions concept ``key`` only through :data:`GENERIC_PHRASES`."""
    _sector, en, zh = CONCEPTS[key]
    words = latin_words(text)
    said = [p for p in zh if p in text] + [p for p in en if _has_words(words, p)]
    return bool(said) and all(p in GENERIC_PHRASES for p in said)
