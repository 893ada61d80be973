# ruff: noqa: E501  (bilingual demo records read best one field per line)
"""Demo data of the cooperation pipeline: real funders, project partners and stage moves,
a bilingual technology catalogue, city needs, matches in every state and green-finance leads.

Called once from the demo generator after its projects. The organisation count is part of the
generator's plan, so funders are not added: a few generated enterprises become the real funders
(GEF, GCF, ADB, AIIB, World Bank and national funds). Ids come from the generator's seeded random
source, so the same seed gives the same rows.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from petdesk import models as m
from petdesk.models.enums import (
    FinanceInstrument,
    FinanceStage,
    MatchState,
    MilestoneKind,
    NeedStatus,
    OrgKind,
    PartnerRole,
    ProjectStatus,
)  # fmt: skip
from petdesk.models.types import read_stored_time
from petdesk.services.needs import NeedRow
from petdesk.services.project_dates import dates_matter
from petdesk.services.tech_matching import rank
from petdesk.services.technologies import ReferenceView, TechnologyRow

if TYPE_CHECKING:
    from petdesk.demo.generator import _Generator

#: (English, Chinese, short English, country, the demo project fund it stands for)
FUNDERS = (
    ("Global Environment Facility (GEF)", "全球环境基金", "GEF", "US", "Global Environment Facility (GEF)"),
    ("Green Climate Fund (GCF)", "绿色气候基金", "GCF", "KR", "Green Climate Fund (GCF)"),
    ("Asian Development Bank (ADB)", "亚洲开发银行", "ADB", "PH", "Asian Development Bank"),
    ("Asian Infrastructure Investment Bank (AIIB)", "亚洲基础设施投资银行", "AIIB", "CN", ""),
    ("World Bank", "世界银行", "WB", "US", "World Bank"),
    ("South-South Cooperation Assistance Fund", "南南合作援助基金", "SSCAF", "CN", "South-South Cooperation Assistance Fund"),
    ("International Climate Initiative (IKI)", "国际气候倡议", "IKI", "DE", "International Climate Initiative (IKI)"),
    ("Central Fund for Ecological and Environmental Protection", "中央生态环境资金", "CFEEP", "CN", "Central Fund for Ecological and Environmental Protection"),
)  # fmt: skip

#: Funds the projects name that are not among ``FUNDERS``: (short name, country).
OTHER_FUNDERS = {
    "EU SWITCH-Asia Programme": ("SWITCH-Asia", "BE"),
    "KfW Development Bank": ("KfW", "DE"),
    "Sida": ("Sida", "SE"),
    "JICA Technical Cooperation": ("JICA", "JP"),
}


def _add_funder(
    gen: _Generator,
    en: str,
    zh: str,
    funder_ids: dict[str, str],
    *,
    key: str = "",
    short: str = "",
    country: str = "",
) -> str:
    """A fund organisation of its own, for a funder no generated enterprise became (small demos
    have few spare enterprises). Its id is the one any office gives a funder of that name."""
    from petdesk.services.funders import funder_id

    short, country = (short, country) if short or country else OTHER_FUNDERS.get(en, ("", ""))
    org_id = funder_id(en, zh)
    slug = "".join(ch for ch in (short or en).lower() if ch.isalnum()) or "fund"
    website = f"https://www.{slug}.example"
    from petdesk.demo.generator import _json, _ts

    # a fixed stamp: drawing one from the seeded source would change every row made after it
    created = updated = _ts(gen.anchor_dt - dt.timedelta(days=1000))
    added = gen.bulk.conn.execute(
        "INSERT OR IGNORE INTO organisation (id, created_at, updated_at, deleted_at, name_en, name_zh, "
        "short_name_en, short_name_zh, aliases, kind, country, city_en, city_zh, address_en, address_zh, "
        "website, technology_areas, is_member_city, notes, tags, source) "
        "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, '[]', ?, ?, '', '', '', '', ?, ?, 0, '', '[]', 'demo')",
        (
            org_id,
            created,
            updated,
            en,
            zh,
            short,
            zh,
            OrgKind.FUND.value,
            country,
            website,
            _json(["green_finance"]),
        ),
    ).rowcount
    gen.bulk.counts["organisation"] += max(added, 0)  # the counts the demo reports are of the file
    funder_ids[key or en] = org_id
    return org_id


#: (key, sector, name EN, name ZH, description EN, description ZH, key figures EN, key figures ZH, TRL,
#:  certifications, tags, references as (place EN, place ZH, country, year, scale))
TECHNOLOGIES: tuple[tuple[Any, ...], ...] = (
    ("mbr", "wastewater", "Compact membrane bioreactor", "紧凑型膜生物反应器",
     "Membrane bioreactor for municipal sewage with nitrogen and phosphorus removal on a small footprint.",
     "用于城市污水处理的膜生物反应器，脱氮除磷，占地小。",
     "Effluent COD < 30 mg/L; footprint 40% of a conventional plant", "出水COD低于30毫克/升；占地为传统工艺的40%",
     9, ("ISO 9001",), ("membrane", "sewage"), (("Wuxi", "无锡", "CN", 2021, "50,000 m³/day"), ("Hamburg", "汉堡", "DE", 2019, "20,000 m³/day"))),
    ("rural_ww", "wastewater", "Decentralised village wastewater unit", "农村分散式污水处理一体化设备",
     "Packaged decentralised sewage treatment for villages; replaces overflowing septic tanks, low energy use.",
     "适用于乡村的分散式污水处理一体化设备，替代化粪池，低能耗运行。",
     "0.3 kWh/m³; 5–500 m³/day", "吨水电耗0.3千瓦时；处理规模5–500吨/天",
     8, (), ("rural", "sewage"), (("Huzhou", "湖州", "CN", 2020, "120 villages"),)),
    ("river", "water", "Black and odorous river restoration", "黑臭水体生态修复",
     "Aeration, sediment treatment and floating wetlands restore black and odorous urban rivers.",
     "曝气、底泥处理和生态浮岛相结合，治理城市黑臭水体。",
     "Dissolved oxygen > 2 mg/L within 3 months", "3个月内溶解氧高于2毫克/升",
     8, (), ("river",), (("Shenzhen", "深圳", "CN", 2018, "12 km"), ("Bangkok", "曼谷", "TH", 2022, "3 km"))),
    ("leak", "water", "Acoustic leak detection for water networks", "供水管网声学漏损检测",
     "Acoustic sensors find leaks in the water supply pipe network and cut non-revenue water.",
     "声学传感器定位供水管网漏损点，降低产销差。",
     "Non-revenue water down from 28% to 12%", "产销差率由28%降至12%",
     9, ("CE",), ("leakage", "smart water"), (("Chengdu", "成都", "CN", 2021, "1,800 km of mains"),)),
    ("sponge", "sponge_city", "Permeable paving and rain gardens", "透水铺装与雨水花园",
     "Permeable pavement, bioretention and rain gardens let stormwater soak in and reduce waterlogging.",
     "透水铺装、生物滞留设施和雨水花园促进雨水下渗，缓解城市内涝。",
     "Runoff reduced by 70% for a 30 mm rain", "30毫米降雨径流削减70%",
     9, (), ("stormwater", "sponge city"), (("Wuhan", "武汉", "CN", 2017, "38 km²"),)),
    ("bag_filter", "air", "High-efficiency bag filter", "高效袋式除尘器",
     "Removes dust and particulate matter (PM2.5, PM10) from cement kilns and steel plants.",
     "去除水泥窑和钢铁厂烟气中的粉尘和颗粒物（PM2.5、PM10）。",
     "Outlet dust < 5 mg/Nm³", "出口粉尘浓度低于5毫克/标准立方米",
     9, ("ISO 14001",), ("dust", "cement"), (("Tangshan", "唐山", "CN", 2019, "5,000 t/day clinker line"), ("Hai Phong", "海防", "VN", 2023, "2 kilns"))),
    ("scr", "air", "Low-temperature SCR denitrification", "低温SCR脱硝",
     "Selective catalytic reduction of nitrogen oxides in flue gas from boilers and industrial furnaces at 180 °C.",
     "在180摄氏度下对锅炉和工业炉窑烟气中的氮氧化物进行选择性催化还原。",
     "NOx < 50 mg/Nm³", "氮氧化物低于50毫克/标准立方米",
     8, (), ("NOx", "flue gas"), (("Handan", "邯郸", "CN", 2020, "3 boilers"),)),
    ("sensors", "monitoring", "Low-cost air quality sensor network", "低成本空气质量传感网络",
     "A dense network of calibrated sensors for real-time air quality monitoring, with an open dashboard.",
     "由校准传感器组成的高密度网络，实时监测空气质量，配有公开数据看板。",
     "1 sensor per km²; data every minute", "每平方公里1个传感器；每分钟上传数据",
     8, (), ("air quality", "open data"), (("Chiang Mai", "清迈", "TH", 2022, "150 sensors"), ("Beijing", "北京", "CN", 2020, "1,000 sensors"))),
    ("methane_sat", "monitoring", "Satellite methane detection", "卫星甲烷监测",
     "Remote sensing of methane from landfills and gas pipelines using satellite data.",
     "利用卫星遥感数据监测垃圾填埋场和燃气管道的甲烷排放。",
     "Detects plumes above 100 kg/h", "可识别每小时100千克以上的排放羽流",
     7, (), ("methane", "satellite"), ()),
    ("sorting", "waste", "Optical sorting of municipal waste", "生活垃圾光学分选",
     "Automated optical sorting of municipal solid waste and recyclables, supporting source separation.",
     "对生活垃圾和可回收物进行自动化光学分选，配合垃圾分类。",
     "Recovers 85% of PET and HDPE", "PET和HDPE回收率85%",
     9, ("CE",), ("sorting", "recycling"), (("Seoul", "首尔", "KR", 2018, "300 t/day"), ("Shanghai", "上海", "CN", 2021, "500 t/day"))),
    ("food_ad", "waste", "Food waste anaerobic digestion", "餐厨垃圾厌氧消化",
     "Kitchen and food waste is digested anaerobically to biogas; the digestate becomes fertiliser.",
     "餐厨垃圾和厨余垃圾经厌氧消化产生沼气，沼渣制成肥料。",
     "110 m³ biogas per tonne", "每吨产沼气110立方米",
     9, (), ("food waste", "biogas"), (("Ningbo", "宁波", "CN", 2019, "400 t/day"),)),
    ("cd_waste", "circular", "Construction waste to recycled aggregate", "建筑垃圾再生骨料",
     "Crushing and sorting of construction and demolition waste into recycled aggregate.",
     "建筑垃圾经破碎分选制成再生骨料，资源化利用率超过90%。",
     "Over 90% recycled", "资源化率超过90%",
     9, (), ("construction waste",), (("Xi'an", "西安", "CN", 2020, "1 Mt/year"),)),
    ("battery", "circular", "EV battery second life and recycling", "动力电池梯次利用与回收",
     "Retired electric vehicle batteries are reused for storage, then recycled for lithium, nickel and cobalt.",
     "退役新能源汽车动力电池先梯次用于储能，再回收锂、镍、钴。",
     "98% of nickel and cobalt recovered", "镍钴回收率98%",
     8, (), ("battery", "recycling"), (("Changsha", "长沙", "CN", 2022, "20,000 t/year"),)),
    ("phyto", "soil", "Phytoremediation of cadmium farmland", "镉污染农田植物修复",
     "Hyperaccumulator plants remove cadmium and arsenic from contaminated farmland soil.",
     "利用超富集植物去除污染农田土壤中的镉和砷。",
     "Cadmium down 30% in three seasons", "三季后镉含量下降30%",
     7, (), ("heavy metals", "farmland"), (("Zhuzhou", "株洲", "CN", 2019, "200 ha"),)),
    ("thermal_desorb", "soil", "In-situ thermal desorption", "原位热脱附",
     "In-situ thermal desorption cleans soil at brownfield sites contaminated with organic pollutants.",
     "原位热脱附修复有机物污染场地土壤。",
     "99% removal of petroleum hydrocarbons", "石油烃去除率99%",
     8, (), ("brownfield",), (("Changzhou", "常州", "CN", 2021, "2 ha"),)),
    ("rooftop_pv", "renewables", "Rooftop solar for public buildings", "公共建筑屋顶光伏",
     "Photovoltaic systems on schools and hospitals, with net metering.",
     "在学校和医院屋顶建设光伏系统，余电上网。",
     "1 MWp per 10,000 m² of roof", "每万平方米屋顶装机1兆瓦",
     9, ("IEC 61215",), ("solar",), (("Manila", "马尼拉", "PH", 2021, "40 schools"),)),
    ("heat_pump", "efficiency", "Sewage-source heat pumps for district heating", "污水源热泵集中供热",
     "Large heat pumps recover waste heat from sewage for district heating networks.",
     "大型热泵回收污水余热，用于集中供热。",
     "COP 3.5; replaces coal boilers", "能效比3.5；替代燃煤锅炉",
     9, (), ("heat pump", "heating"), (("Aarhus", "奥胡斯", "DK", 2017, "20 MW"), ("Harbin", "哈尔滨", "CN", 2020, "40 MW"))),
    ("led", "efficiency", "Smart LED street lighting", "智慧LED路灯",
     "Retrofit of street lights to LED with smart dimming.",
     "城市路灯LED改造和智能调光。",
     "60% less electricity", "节电60%",
     9, (), ("street lighting",), (("Kuala Lumpur", "吉隆坡", "MY", 2019, "50,000 lamps"),)),
    ("passive", "buildings", "Passive house deep retrofit", "被动房深度节能改造",
     "Deep retrofit of apartment buildings: insulation, building envelope, heat-recovery ventilation, near-zero energy.",
     "住宅建筑深度节能改造：保温、围护结构、热回收通风，实现近零能耗。",
     "Heating demand below 25 kWh/m²a", "采暖需求低于每年每平方米25千瓦时",
     9, ("PHI",), ("retrofit", "insulation"), (("Frankfurt", "法兰克福", "DE", 2015, "300 flats"), ("Qingdao", "青岛", "CN", 2022, "12 buildings"))),
    ("ebus", "transport", "Electric buses with depot charging", "电动公交与场站充电",
     "Electric bus fleets with depot charging and charging management for city public transport.",
     "为城市公共交通提供电动公交车队、场站充电和充电管理。",
     "1.2 kWh/km; 300 km range", "百公里电耗120千瓦时；续航300公里",
     9, (), ("electric bus", "charging"), (("Shenzhen", "深圳", "CN", 2017, "16,000 buses"), ("Santiago", "圣地亚哥", "CL", 2020, "400 buses"))),
    ("brt", "transport", "Bus rapid transit planning", "快速公交系统规划",
     "Planning and design of bus rapid transit and public transport networks.",
     "快速公交和公共交通线网规划设计。",
     "Travel time down 30%", "出行时间缩短30%",
     9, (), ("BRT",), (("Guangzhou", "广州", "CN", 2010, "22 km"),)),
    ("ghg", "low_carbon", "City greenhouse gas inventory tool", "城市温室气体清单工具",
     "Carbon accounting and greenhouse gas inventory for city governments, with carbon neutrality roadmaps.",
     "面向市政府的碳核算和温室气体清单工具，并编制碳中和路线图。",
     "GPC-compliant", "符合GPC标准",
     9, (), ("carbon accounting",), (("Yokohama", "横滨", "JP", 2019, "city-wide"), ("Chengdu", "成都", "CN", 2021, "city-wide"))),
    ("wetland", "biodiversity", "Constructed wetland park", "人工湿地公园",
     "An urban wetland park that polishes river water and creates green space for biodiversity.",
     "城市湿地公园净化河水，提供绿地，提升生物多样性。",
     "5,000 m³/day polished", "每天净化5000立方米",
     8, (), ("wetland",), (("Kunming", "昆明", "CN", 2018, "60 ha"),)),
    ("cool_roof", "adaptation", "Cool roofs and street shade", "冷屋顶与街道遮阴",
     "Reflective roofs and street shade reduce the urban heat island during heatwaves.",
     "反射屋顶和街道遮阴缓解高温热浪期间的城市热岛效应。",
     "Roof surface up to 20 °C cooler", "屋面温度最多降低20摄氏度",
     8, (), ("heat",), (("Ahmedabad", "艾哈迈达巴德", "IN", 2017, "15,000 roofs"),)),
)  # fmt: skip

#: (sector, title EN, title ZH, problem EN, problem ZH, scale, budget from, budget to, currency,
#:  deadline in days from the anchor, status, tags, matched technologies with their states)
NEEDS: tuple[tuple[Any, ...], ...] = (
    ("wastewater", "Upgrade of the municipal sewage plant", "城市污水厂提标改造",
     "The sewage plant must meet the new standard for nitrogen and phosphorus, but there is no land to expand.",
     "污水厂须达到新的脱氮除磷排放标准，但没有扩建用地。",
     "100,000 m³/day", 20_000_000, 60_000_000, "CNY", 200, NeedStatus.MATCHING, ("sewage",),
     (("mbr", MatchState.MEETING_HELD),)),
    ("wastewater", "Sanitation for 80 villages", "80个村庄污水治理",
     "Rural villages have no sewage treatment; septic tanks overflow in the rainy season.",
     "农村没有污水处理设施，雨季化粪池溢流。",
     "80 villages", 5_000_000, 15_000_000, "CNY", 120, NeedStatus.MATCHING, ("rural",),
     (("rural_ww", MatchState.PILOT),)),
    ("water", "Black and odorous canals", "黑臭河道治理",
     "Several canals in the old town are black and smell in summer.",
     "老城区多条河道夏季发黑发臭。",
     "9 km", 1_000_000, 4_000_000, "USD", 300, NeedStatus.OPEN, (), ()),
    ("water", "Water losses in the supply network", "供水管网漏损严重",
     "The water supply pipe network loses 30% of drinking water through leakage.",
     "供水管网漏损率达30%，大量饮用水流失。",
     "1,200 km of mains", 500_000, 2_000_000, "USD", 90, NeedStatus.MATCHING, ("leakage",),
     (("leak", MatchState.AGREEMENT),)),
    ("sponge_city", "Waterlogging in the new district", "新区内涝",
     "Streets in the new district flood after every heavy rain.",
     "新区每逢暴雨街道积水内涝。",
     "12 km²", None, None, "CNY", 240, NeedStatus.OPEN, ("stormwater",),
     (("sponge", MatchState.INTRODUCED),)),
    ("air", "Dust from cement plants", "水泥厂粉尘超标",
     "Three cement plants exceed the dust limits.",
     "三家水泥厂粉尘排放超标。",
     "3 plants", 2_000_000, 8_000_000, "CNY", 150, NeedStatus.MATCHING, ("cement",),
     (("bag_filter", MatchState.SUGGESTED), ("scr", MatchState.NO_AGREEMENT))),
    ("monitoring", "A city air quality network", "城市空气质量监测网络",
     "The city wants real-time air quality data for every district.",
     "市政府希望获得各区实时空气质量数据。",
     "25 districts", 100_000, 400_000, "USD", 60, NeedStatus.OPEN, ("air quality",),
     (("sensors", MatchState.SUGGESTED),)),
    ("waste", "Food waste from 2 million residents", "两百万人口的餐厨垃圾",
     "Kitchen waste is landfilled; the landfill is nearly full.",
     "餐厨垃圾目前填埋处理，填埋场即将封场。",
     "400 t/day", 50_000_000, 120_000_000, "CNY", 365, NeedStatus.MATCHING, ("food waste",),
     (("food_ad", MatchState.MEETING_HELD), ("sorting", MatchState.SUGGESTED))),
    ("efficiency", "Coal-free district heating", "集中供热去煤",
     "District heating still burns coal; the city wants to recover waste heat from sewage with heat pumps.",
     "集中供热仍以燃煤为主，希望用热泵回收污水余热。",
     "2 million m² heated", 80_000_000, 150_000_000, "CNY", 400, NeedStatus.MATCHING, ("heating",),
     (("heat_pump", MatchState.PILOT),)),
    ("buildings", "Retrofit of 1980s housing estates", "老旧小区节能改造",
     "Old housing estates lose heat through walls without insulation.",
     "老旧小区外墙无保温，冬季热损失大。",
     "40 buildings", 3_000_000, 9_000_000, "EUR", 270, NeedStatus.OPEN, ("retrofit",),
     (("passive", MatchState.INTRODUCED),)),
    ("transport", "Electrifying the bus fleet", "公交电动化",
     "The city wants to replace 500 diesel buses with electric buses and needs charging depots.",
     "市里计划用电动公交替换500辆柴油公交，需要建设充电场站。",
     "500 buses", 100_000_000, 200_000_000, "CNY", 180, NeedStatus.SOLVED, ("electric bus",),
     (("ebus", MatchState.AGREEMENT),)),
    ("low_carbon", "A carbon neutrality roadmap", "碳中和路线图",
     "The city government needs a greenhouse gas inventory and a carbon neutrality roadmap.",
     "市政府需要编制温室气体清单和碳中和路线图。",
     "city-wide", 50_000, 200_000, "USD", 100, NeedStatus.OPEN, (),
     (("ghg", MatchState.SUGGESTED),)),
    ("soil", "Cadmium in rice paddies", "稻田镉污染",
     "Heavy metal (cadmium) contaminated farmland soil around a former smelter.",
     "原冶炼厂周边农田土壤镉污染。",
     "300 ha", 10_000_000, 30_000_000, "CNY", 330, NeedStatus.OPEN, ("heavy metals",),
     (("phyto", MatchState.NO_AGREEMENT),)),
)  # fmt: skip

_STAGE_PATH = (
    ProjectStatus.IDEA,
    ProjectStatus.PREPARING,
    ProjectStatus.SUBMITTED,
    ProjectStatus.APPROVED,
    ProjectStatus.RUNNING,
    ProjectStatus.CLOSED,
)  # fmt: skip


def _cols(gen: _Generator, table: str, columns: tuple[str, ...]) -> None:
    gen.bulk.table(m.Base.metadata.tables[table], columns)


def _ended_milestone(
    kind: MilestoneKind, stage: ProjectStatus, moved_on: dict[ProjectStatus, dt.date], ahead: int
) -> tuple[dt.date, bool]:
    """(due, done) of a milestone of a project that is over: dated before its end, as history.
    The concept note went in a few days before the application; the progress report was sent
    before a project closed, and never owed by one turned down (field test 37: ended projects had
    open milestones dated after they ended)."""
    if kind is MilestoneKind.DEADLINE:
        return moved_on[ProjectStatus.SUBMITTED] - dt.timedelta(days=ahead % 7), True
    return moved_on[stage] - dt.timedelta(days=1 + ahead % 7), stage is ProjectStatus.CLOSED


def make_pipeline(gen: _Generator) -> None:
    """Add the pipeline's demo rows through the generator's bulk writer and random source."""
    from petdesk.demo.generator import _json, _ts, _uuid

    rng, salt = gen.rng, gen.salt
    bulk = gen.bulk
    conn = bulk.conn
    bulk.flush_all()
    anchor = gen.anchor
    base = ("id", "created_at", "updated_at", "deleted_at")

    def stamp(days_back: int) -> tuple[int, int]:
        return gen.stamps(gen.anchor_dt - dt.timedelta(days=days_back))

    # -- funders: enterprises from the end of the list become the real funders -------------------
    # Only enterprises nobody works at and no visit, training or activity mentions: the rest of the
    # demo (dossiers, lists) stays exactly as the generator made it.
    used = {
        r[0]
        for r in conn.execute(
            "SELECT organisation_id FROM affiliation UNION SELECT organisation_id FROM itinerary_organisation "
            "UNION SELECT host_organisation_id FROM visit UNION SELECT visiting_organisation_id FROM visit "
            "UNION SELECT organiser_id FROM training UNION SELECT organisation_id FROM activity "
            "UNION SELECT organisation_id FROM follow_up UNION SELECT lead_organisation_id FROM project"
        )
    }
    enterprises = [
        o for o in gen.orgs if o.kind is OrgKind.ENTERPRISE and o.id not in used and not o.contacts
    ]
    funder_ids: dict[str, str] = {}
    for (en, zh, short, country, fund_key), org in zip(FUNDERS, reversed(enterprises), strict=False):
        conn.execute(
            "UPDATE organisation SET name_en = ?, name_zh = ?, short_name_en = ?, short_name_zh = ?, kind = ?, "
            "country = ?, aliases = '[]', technology_areas = ?, source = 'demo' WHERE id = ?",
            (en, zh, short, zh, OrgKind.FUND.value, country, _json(["green_finance"]), org.id),
        )
        org.kind, org.name_en, org.name_zh = OrgKind.FUND, en, zh
        funder_ids[fund_key or en] = org.id
    for en, zh, short, country, fund_key in FUNDERS:  # funders the enterprises did not cover
        if (fund_key or en) not in funder_ids:
            _add_funder(gen, en, zh, funder_ids, key=fund_key or en, short=short, country=country)
    cities = [o for o in gen.orgs if o.kind is OrgKind.CITY_GOVERNMENT]
    # one city government per city, so that the needs come from many places
    by_city: dict[str, Any] = {}
    for o in cities:
        by_city.setdefault(o.city.code, o)
    need_cities = list(by_city.values())
    providers = [o for o in gen.orgs if o.kind in (OrgKind.ENTERPRISE, OrgKind.UNIVERSITY)]

    # -- projects: funder, programme, money, partners, stage moves, milestones -------------------
    _cols(gen, "project_stage_change", (*base, "project_id", "stage", "previous_stage", "changed_on", "note"))
    _cols(gen, "project_partner", (*base, "project_id", "organisation_id", "role"))
    _cols(gen, "project_milestone", (*base, "project_id", "kind", "title_en", "title_zh", "due", "done"))
    projects = conn.execute(
        "SELECT id, status, amount, lead_organisation_id, created_at, currency FROM project ORDER BY created_at, id"
    ).fetchall()
    for rank_, (pid, status, amount, lead_id, created, _currency) in enumerate(projects):
        fund_en, fund_zh = gen.project_funds.get(pid, ("", ""))
        funder = funder_ids.get(fund_en) or (
            _add_funder(gen, fund_en, fund_zh, funder_ids) if fund_en else None
        )
        stage = ProjectStatus(status)
        approved = None
        if stage in (ProjectStatus.APPROVED, ProjectStatus.RUNNING, ProjectStatus.CLOSED) and amount:
            approved = round(amount * rng.choice((0.8, 0.9, 1.0)), -3)
        cofin = round(amount * rng.choice((0.2, 0.5, 1.0)), -3) if amount else None
        conn.execute(
            "UPDATE project SET funder_organisation_id = ?, programme_en = ?, programme_zh = ?, amount_approved = ?, "
            "cofinancing = ?, cofinancing_note = ?, documents = ?, board_rank = ? WHERE id = ?",
            (
                funder,
                f"{anchor.year} call for proposals",
                f"{anchor.year}年度项目征集",
                approved,
                cofin,
                "City budget and partner contributions in kind",
                _json([f"https://docs.example/projects/{pid[:8]}/concept-note.pdf"]),
                rank_,
                pid,
            ),
        )
        path = (
            _STAGE_PATH if stage is not ProjectStatus.REJECTED else (*_STAGE_PATH[:3], ProjectStatus.REJECTED)
        )
        steps = path[: path.index(stage) + 1]
        day = read_stored_time(created).date()
        previous = ""
        moved_on: dict[ProjectStatus, dt.date] = {}
        for step in steps:
            moved_on[step] = min(day, anchor)
            c, u = _ts(gen.day_dt(moved_on[step])), _ts(gen.day_dt(moved_on[step]))
            bulk.add(
                "project_stage_change",
                (_uuid(rng, salt), c, u, None, pid, step.value, previous, moved_on[step].isoformat(), ""),
            )
            previous = step.value
            day += dt.timedelta(days=rng.randint(20, 120))
        c, u = stamp(300)
        if lead_id:
            bulk.add("project_partner", (_uuid(rng, salt), c, u, None, pid, lead_id, PartnerRole.LEAD.value))
        city = rng.choice(cities)
        if city.id != lead_id:
            bulk.add(
                "project_partner",
                (_uuid(rng, salt), c, u, None, pid, city.id, PartnerRole.BENEFICIARY_CITY.value),
            )
        prov = rng.choice(providers)
        bulk.add(
            "project_partner",
            (_uuid(rng, salt), c, u, None, pid, prov.id, PartnerRole.TECHNOLOGY_PROVIDER.value),
        )
        for kind, en, zh, days in (
            (MilestoneKind.DEADLINE, "Concept note due", "概念说明截止", 30),
            (MilestoneKind.REPORT, "Progress report due", "进展报告截止", 120),
        ):
            ahead = days + rng.randint(0, 60)  # (drawn for every project: the later draws stay as they were)
            if dates_matter(stage):
                due, done = anchor + dt.timedelta(days=ahead), False
            else:
                due, done = _ended_milestone(kind, stage, moved_on, ahead)
            row = (_uuid(rng, salt), c, u, None, pid, kind.value, en, zh, due.isoformat(), int(done))
            bulk.add("project_milestone", row)

    # -- technologies and references -------------------------------------------------------------
    _cols(
        gen,
        "technology",
        (
            *base,
            "name_en",
            "name_zh",
            "provider_organisation_id",
            "sector",
            "description_en",
            "description_zh",
            "key_figures_en",
            "key_figures_zh",
            "trl",
            "certifications",
            "tags",
            "licence",
            "share_consent",
            "source",
        ),
    )
    _cols(
        gen,
        "technology_reference",
        (*base, "technology_id", "place_en", "place_zh", "country", "year", "scale"),
    )
    tech_ids: dict[str, str] = {}
    tech_rows: list[TechnologyRow] = []
    for key, sector, n_en, n_zh, d_en, d_zh, k_en, k_zh, trl, certs, tags, refs in TECHNOLOGIES:
        tid = _uuid(rng, salt)
        tech_ids[key] = tid
        prov = rng.choice(providers)
        c, u = stamp(700)
        bulk.add(
            "technology",
            (
                tid,
                c,
                u,
                None,
                n_en,
                n_zh,
                prov.id,
                sector,
                d_en,
                d_zh,
                k_en,
                k_zh,
                trl,
                _json(list(certs)),
                _json(list(tags)),
                "CC-BY-4.0",
                1,
                "demo",
            ),
        )
        for place_en, place_zh, country, year, scale in refs:
            bulk.add(
                "technology_reference",
                (_uuid(rng, salt), c, u, None, tid, place_en, place_zh, country, year, scale),
            )
        tech_rows.append(
            TechnologyRow(
                tid,
                n_en,
                n_zh,
                sector,
                prov.id,
                prov.name_en,
                prov.name_zh,
                prov.country,
                d_en,
                d_zh,
                k_en,
                k_zh,
                trl,
                list(tags),
                list(certs),
                "CC-BY-4.0",
                True,
                [ReferenceView(p_en, p_zh, ctry, yr, sc) for p_en, p_zh, ctry, yr, sc in refs],
            )
        )

    # -- city needs and their matches ------------------------------------------------------------
    _cols(
        gen,
        "city_need",
        (
            *base,
            "city_organisation_id",
            "title_en",
            "title_zh",
            "sector",
            "problem_en",
            "problem_zh",
            "scale",
            "budget_min",
            "budget_max",
            "currency",
            "deadline",
            "status",
            "tags",
            "licence",
            "share_consent",
            "source",
        ),
    )
    _cols(
        gen,
        "tech_match",
        (
            *base,
            "need_id",
            "technology_id",
            "state",
            "score",
            "explanation",
            "state_changed_on",
            "notes",
        ),
    )
    _cols(
        gen,
        "finance_lead",
        (
            *base,
            "title_en",
            "title_zh",
            "instrument",
            "amount",
            "currency",
            "stage",
            "investor_organisation_id",
            "project_id",
            "need_id",
            "notes",
        ),
    )
    funders: list[str | None] = [*funder_ids.values()] or [None]
    instruments = list(FinanceInstrument)
    stages = list(FinanceStage)
    for i, (sector, t_en, t_zh, p_en, p_zh, scale, lo, hi, cur, days, status, tags, matches) in enumerate(
        NEEDS
    ):
        nid = _uuid(rng, salt)
        city = need_cities[i % len(need_cities)]
        c, u = stamp(400)
        deadline = (anchor + dt.timedelta(days=days)).isoformat()
        bulk.add(
            "city_need",
            (
                nid,
                c,
                u,
                None,
                city.id,
                t_en,
                t_zh,
                sector,
                p_en,
                p_zh,
                scale,
                lo,
                hi,
                cur,
                deadline,
                status.value,
                _json(list(tags)),
                "CC-BY-4.0",
                1,
                "demo",
            ),
        )
        need = NeedRow(
            nid,
            t_en,
            t_zh,
            city.id,
            city.city.en,
            city.city.zh,
            city.country,
            sector,
            p_en,
            p_zh,
            scale,
            lo,
            hi,
            cur,
            None,
            status,
            list(tags),
            "CC-BY-4.0",
            True,
        )
        ranked = {r.technology.id: r for r in rank(need, tech_rows, top=None)}
        for key, state in matches:
            r = ranked.get(tech_ids[key])
            changed = (anchor - dt.timedelta(days=rng.randint(1, 90))).isoformat()
            bulk.add(
                "tech_match",
                (
                    _uuid(rng, salt),
                    c,
                    u,
                    None,
                    nid,
                    tech_ids[key],
                    state.value,
                    r.score if r else 0.0,
                    r.explain("en") if r else "",
                    changed,
                    "",
                ),
            )
        if lo and i % 2 == 0:
            bulk.add(
                "finance_lead",
                (
                    _uuid(rng, salt),
                    c,
                    u,
                    None,
                    f"Financing: {t_en}",
                    f"融资：{t_zh}",
                    instruments[i % len(instruments)].value,
                    hi,
                    cur,
                    stages[i % len(stages)].value,
                    funders[i % len(funders)],
                    None,
                    nid,
                    "",
                ),
            )
    for j, (pid, _status, amount, _lead, _created, currency) in enumerate(projects[:4]):
        c, u = stamp(200)
        bulk.add(
            "finance_lead",
            (
                _uuid(rng, salt),
                c,
                u,
                None,
                "Co-financing for the project",
                "项目配套融资",
                instruments[(j + 1) % len(instruments)].value,
                amount,
                currency,
                stages[j % len(stages)].value,
                funders[(j + 3) % len(funders)],
                pid,
                None,
                "",
            ),
        )
    bulk.flush_all()
