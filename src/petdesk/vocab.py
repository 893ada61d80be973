"""Shared bilingual vocabularies: technology areas, labels of every enum, countries and cities.

One table per kind of term so that the window, the command line, the dossiers and the demo data
call the same thing by the same name in each language (terms follow ``shared/GLOSSARY.md``).
These are data, not translations of interface text: a dossier needs both languages at once.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from petdesk.enums import (
    ActivityKind,
    AttendanceStatus,
    ChannelLabel,
    ContactChannel,
    FollowUpStatus,
    ItineraryKind,
    NameOrder,
    OrgKind,
    ParticipantRole,
    ProjectStatus,
    TrainingRole,
    TrainingStatus,
    VisitDirection,
    VisitStatus,
)

#: Technology areas of environmental-technology cooperation: code -> (English, Chinese).
TECHNOLOGY_AREAS: dict[str, tuple[str, str]] = {
    "water": ("Water treatment", "水处理"),
    "air": ("Air pollution control", "大气污染防治"),
    "waste": ("Solid waste management", "固体废物处理处置"),
    "soil": ("Soil remediation", "土壤修复"),
    "renewables": ("Renewable energy", "可再生能源"),
    "efficiency": ("Energy efficiency", "节能增效"),
    "buildings": ("Green buildings", "绿色建筑"),
    "transport": ("Sustainable transport", "绿色交通"),
    "circular": ("Circular economy", "循环经济"),
    "adaptation": ("Climate adaptation", "气候适应"),
    "monitoring": ("Environmental monitoring", "环境监测"),
    "sponge_city": ("Sponge city", "海绵城市"),
    "low_carbon": ("Low-carbon development", "低碳发展"),
    "biodiversity": ("Biodiversity and urban nature", "生物多样性与城市自然"),
    "green_finance": ("Green investment and financing", "绿色投融资"),
}


#: Sectors of the technology catalogue and city needs: the technology areas plus wastewater (kept
#: apart so that the demo generator's random choices among the areas stay as they were).
SECTORS: dict[str, tuple[str, str]] = {**TECHNOLOGY_AREAS, "wastewater": ("Wastewater", "污水处理")}


def _zh(locale: str) -> bool:
    return locale.lower().replace("-", "_").startswith("zh")


def technology_area_label(code: str, locale: str = "en") -> str:
    """The name of a technology area; an unknown code (from a newer office) is shown as it is."""
    names = SECTORS.get(code)
    if names is None:
        return code
    return names[1] if _zh(locale) else names[0]


#: Labels of every enum member of ``models/enums.py``: (member, (English, Chinese)). A list, not a
#: dict: StrEnum members of one value are equal keys, and an itinerary's "meeting" (会谈) was
#: overwritten by an activity's (会议).
_MEMBER_LABELS: tuple[tuple[enum.Enum, tuple[str, str]], ...] = (
    (OrgKind.CITY_GOVERNMENT, ("City government", "市政府")),
    (OrgKind.MINISTRY_AGENCY, ("Ministry / agency", "部委/机构")),
    (OrgKind.ENTERPRISE, ("Enterprise", "企业")),
    (OrgKind.FUND, ("Fund / financial institution", "基金/金融机构")),
    (OrgKind.UNIVERSITY, ("University / research institute", "高校/科研院所")),
    (OrgKind.NGO, ("NGO", "非政府组织")),
    (OrgKind.HUB_OFFICE, ("Hub office", "枢纽伙伴办公室")),
    (ContactChannel.EMAIL, ("E-mail", "电子邮件")),
    (ContactChannel.PHONE, ("Phone", "电话")),
    (ContactChannel.WECHAT, ("WeChat", "微信")),
    (ContactChannel.WHATSAPP, ("WhatsApp", "WhatsApp")),
    (ContactChannel.LINE, ("LINE", "LINE")),
    (ContactChannel.TELEGRAM, ("Telegram", "Telegram")),
    (ContactChannel.SKYPE, ("Skype", "Skype")),
    (ContactChannel.FAX, ("Fax", "传真")),
    (ChannelLabel.WORK, ("Work", "工作")),
    (ChannelLabel.MOBILE, ("Mobile", "手机")),
    (ChannelLabel.HOME, ("Home", "住宅")),
    (ChannelLabel.OTHER, ("Other", "其他")),
    (NameOrder.FAMILY_FIRST, ("Family name first", "姓在前")),
    (NameOrder.GIVEN_FIRST, ("Given name first", "名在前")),
    (VisitDirection.INBOUND, ("Inbound", "来访")),
    (VisitDirection.OUTBOUND, ("Outbound", "出访")),
    (VisitStatus.PLANNED, ("Planned", "计划中")),
    (VisitStatus.CONFIRMED, ("Confirmed", "已确认")),
    (VisitStatus.DONE, ("Done", "已完成")),
    (VisitStatus.CANCELLED, ("Cancelled", "已取消")),
    (ParticipantRole.HEAD, ("Head of delegation", "团长")),
    (ParticipantRole.DELEGATE, ("Delegate", "团员")),
    (ParticipantRole.HOST, ("Host", "接待方")),
    (ParticipantRole.INTERPRETER, ("Interpreter", "翻译")),
    (ParticipantRole.DRIVER, ("Driver", "司机")),
    (ParticipantRole.ORGANISER, ("Organiser", "组织方")),
    (ParticipantRole.STAFF, ("Staff", "工作人员")),
    (ItineraryKind.MEETING, ("Meeting", "会谈")),
    (ItineraryKind.SITE_VISIT, ("Site visit", "实地考察")),
    (ItineraryKind.BANQUET, ("Banquet", "宴请")),
    (ItineraryKind.TRANSFER, ("Transfer", "交通/转场")),
    (ItineraryKind.TRAINING_SESSION, ("Training session", "培训课程")),
    (ItineraryKind.FREE_TIME, ("Free time", "自由活动")),
    (TrainingStatus.PLANNED, ("Planned", "计划中")),
    (TrainingStatus.CONFIRMED, ("Confirmed", "已确认")),
    (TrainingStatus.DONE, ("Done", "已完成")),
    (TrainingStatus.CANCELLED, ("Cancelled", "已取消")),
    (TrainingRole.ATTENDEE, ("Attendee", "学员")),
    (TrainingRole.TRAINER, ("Trainer", "培训讲师")),
    (TrainingRole.ORGANISER, ("Organiser", "组织方")),
    (TrainingRole.INTERPRETER, ("Interpreter", "翻译")),
    (AttendanceStatus.PRESENT, ("Present", "出席")),
    (AttendanceStatus.ABSENT, ("Absent", "缺席")),
    (AttendanceStatus.EXCUSED, ("Excused", "请假")),
    (ActivityKind.CALL, ("Call", "电话")),
    (ActivityKind.MEETING, ("Meeting", "会议")),
    (ActivityKind.EMAIL, ("E-mail", "电子邮件")),
    (ActivityKind.NOTE, ("Note", "备注")),
    (FollowUpStatus.OPEN, ("Open", "待办")),
    (FollowUpStatus.DONE, ("Done", "已完成")),
    (FollowUpStatus.DROPPED, ("Dropped", "已放弃")),
    (ProjectStatus.IDEA, ("Idea", "构想")),
    (ProjectStatus.PREPARING, ("Concept note", "概念说明")),
    (ProjectStatus.SUBMITTED, ("Submitted", "已提交")),
    (ProjectStatus.APPROVED, ("Approved", "已批准")),
    (ProjectStatus.REJECTED, ("Rejected", "未获批准")),
    (ProjectStatus.RUNNING, ("Running", "实施中")),
    (ProjectStatus.CLOSED, ("Closed", "已结项")),
)
#: member -> (English, Chinese); members of equal value share one entry (use :func:`label`).
ENUM_LABELS: dict[enum.Enum, tuple[str, str]] = dict(_MEMBER_LABELS)


def label(member: enum.Enum, locale: str = "en") -> str:
    """The name of an enum value for people, in English or (for any ``zh*`` locale) Chinese."""
    # By type first: StrEnum members of one value are equal keys, so a need's "open" found the
    # follow-up's 待办, not 待对接 (field test 9, the match result), and a meeting on an
    # itinerary an activity's 会议, not 会谈.
    names = _LABELS_BY_TYPE.get((type(member), member.value)) or ENUM_LABELS.get(member)
    if names is None:
        return str(member.value).replace("_", " ").capitalize()
    return names[1] if _zh(locale) else names[0]


def stored_label(cls: type[enum.StrEnum], value: str, locale: str = "en") -> str:
    """:func:`label` of a value read from the file; a value this release does not know (a newer
    office's) as it is stored, so what is shown is what the file holds."""
    member = cls._value2member_map_.get(value)
    return label(member, locale) if isinstance(member, enum.Enum) else value


#: Countries of the cities below: ISO 3166-1 alpha-2 -> (English, Chinese).
COUNTRIES: dict[str, tuple[str, str]] = {
    "CN": ("China", "中国"),
    "DE": ("Germany", "德国"),
    "SE": ("Sweden", "瑞典"),
    "DK": ("Denmark", "丹麦"),
    "FR": ("France", "法国"),
    "NL": ("Netherlands", "荷兰"),
    "FI": ("Finland", "芬兰"),
    "KR": ("Republic of Korea", "韩国"),
    "JP": ("Japan", "日本"),
    "SG": ("Singapore", "新加坡"),
    "ZA": ("South Africa", "南非"),
    "BR": ("Brazil", "巴西"),
    "CA": ("Canada", "加拿大"),
    "GB": ("United Kingdom", "英国"),
}
#: The countries petdesk names itself: those above, and states whose Chinese name in CLDR is not the
#: one China's Foreign Ministry uses (CLDR says 蒙古; field test 119). Apart from COUNTRIES, whose
#: list the demo draws partner countries from (Mongolia there broke the demo: no demonym).
NAMED_COUNTRIES: dict[str, tuple[str, str]] = {**COUNTRIES, "MN": ("Mongolia", "蒙古国")}


def country_name(code: str, locale: str = "en") -> str:
    names = NAMED_COUNTRIES.get(code.upper())
    if names is None:
        return code
    return names[1] if _zh(locale) else names[0]


@dataclass(frozen=True)
class City:
    """A real city the office works with, with the IANA zone its local times are given in."""

    code: str
    en: str
    zh: str
    #: ISO 3166-1 alpha-2.
    country: str
    timezone: str

    def name(self, locale: str = "en") -> str:
        return self.zh if _zh(locale) else self.en


CITIES: tuple[City, ...] = (
    City("beijing", "Beijing", "北京", "CN", "Asia/Shanghai"),
    City("shanghai", "Shanghai", "上海", "CN", "Asia/Shanghai"),
    City("tianjin", "Tianjin", "天津", "CN", "Asia/Shanghai"),
    City("chongqing", "Chongqing", "重庆", "CN", "Asia/Shanghai"),
    City("guangzhou", "Guangzhou", "广州", "CN", "Asia/Shanghai"),
    City("shenzhen", "Shenzhen", "深圳", "CN", "Asia/Shanghai"),
    City("qingdao", "Qingdao", "青岛", "CN", "Asia/Shanghai"),
    City("hangzhou", "Hangzhou", "杭州", "CN", "Asia/Shanghai"),
    City("nanjing", "Nanjing", "南京", "CN", "Asia/Shanghai"),
    City("wuhan", "Wuhan", "武汉", "CN", "Asia/Shanghai"),
    City("chengdu", "Chengdu", "成都", "CN", "Asia/Shanghai"),
    City("xian", "Xi'an", "西安", "CN", "Asia/Shanghai"),
    City("xiamen", "Xiamen", "厦门", "CN", "Asia/Shanghai"),
    City("dalian", "Dalian", "大连", "CN", "Asia/Shanghai"),
    City("kunming", "Kunming", "昆明", "CN", "Asia/Shanghai"),
    City("zhenjiang", "Zhenjiang", "镇江", "CN", "Asia/Shanghai"),
    City("yixing", "Yixing", "宜兴", "CN", "Asia/Shanghai"),
    City("changsha", "Changsha", "长沙", "CN", "Asia/Shanghai"),
    City("ningbo", "Ningbo", "宁波", "CN", "Asia/Shanghai"),
    City("suzhou", "Suzhou", "苏州", "CN", "Asia/Shanghai"),
    City("haikou", "Haikou", "海口", "CN", "Asia/Shanghai"),
    City("hong_kong", "Hong Kong", "香港", "CN", "Asia/Hong_Kong"),
    City("bonn", "Bonn", "波恩", "DE", "Europe/Berlin"),
    City("berlin", "Berlin", "柏林", "DE", "Europe/Berlin"),
    City("freiburg", "Freiburg", "弗莱堡", "DE", "Europe/Berlin"),
    City("hamburg", "Hamburg", "汉堡", "DE", "Europe/Berlin"),
    City("malmo", "Malmö", "马尔默", "SE", "Europe/Stockholm"),
    City("stockholm", "Stockholm", "斯德哥尔摩", "SE", "Europe/Stockholm"),
    City("copenhagen", "Copenhagen", "哥本哈根", "DK", "Europe/Copenhagen"),
    City("paris", "Paris", "巴黎", "FR", "Europe/Paris"),
    City("lyon", "Lyon", "里昂", "FR", "Europe/Paris"),
    City("rotterdam", "Rotterdam", "鹿特丹", "NL", "Europe/Amsterdam"),
    City("helsinki", "Helsinki", "赫尔辛基", "FI", "Europe/Helsinki"),
    City("london", "London", "伦敦", "GB", "Europe/London"),
    City("seoul", "Seoul", "首尔", "KR", "Asia/Seoul"),
    City("suwon", "Suwon", "水原", "KR", "Asia/Seoul"),
    City("tokyo", "Tokyo", "东京", "JP", "Asia/Tokyo"),
    City("yokohama", "Yokohama", "横滨", "JP", "Asia/Tokyo"),
    City("kitakyushu", "Kitakyushu", "北九州", "JP", "Asia/Tokyo"),
    City("singapore", "Singapore", "新加坡", "SG", "Asia/Singapore"),
    City("cape_town", "Cape Town", "开普敦", "ZA", "Africa/Johannesburg"),
    City("johannesburg", "Johannesburg", "约翰内斯堡", "ZA", "Africa/Johannesburg"),
    City("sao_paulo", "São Paulo", "圣保罗", "BR", "America/Sao_Paulo"),
    City("curitiba", "Curitiba", "库里蒂巴", "BR", "America/Sao_Paulo"),
    City("toronto", "Toronto", "多伦多", "CA", "America/Toronto"),
    City("vancouver", "Vancouver", "温哥华", "CA", "America/Vancouver"),
)

CITIES_BY_CODE: dict[str, City] = {city.code: city for city in CITIES}

#: More cities known only for their time zone (a venue typed, an office's name): kept apart from
#: ``CITIES`` so that the demo data drawn from those stays as it is. Cities that name an IANA zone
#: of their own (Vienna, Zurich, Amsterdam …) are known through it.
ZONE_CITIES: tuple[City, ...] = (
    # the north-west, where hub offices joined (field test 81: 兰州市 stayed Chinese in English lists)
    City("lanzhou", "Lanzhou", "兰州", "CN", "Asia/Shanghai"),
    City("xining", "Xining", "西宁", "CN", "Asia/Shanghai"),
    City("yinchuan", "Yinchuan", "银川", "CN", "Asia/Shanghai"),
    City("hohhot", "Hohhot", "呼和浩特", "CN", "Asia/Shanghai"),
    City("baotou", "Baotou", "包头", "CN", "Asia/Shanghai"),
    City("stuttgart", "Stuttgart", "斯图加特", "DE", "Europe/Berlin"),
    City("munich", "Munich", "慕尼黑", "DE", "Europe/Berlin"),
    City("frankfurt", "Frankfurt", "法兰克福", "DE", "Europe/Berlin"),
    City("cologne", "Cologne", "科隆", "DE", "Europe/Berlin"),
    City("dusseldorf", "Düsseldorf", "杜塞尔多夫", "DE", "Europe/Berlin"),
    City("dresden", "Dresden", "德累斯顿", "DE", "Europe/Berlin"),
    City("leipzig", "Leipzig", "莱比锡", "DE", "Europe/Berlin"),
    City("karlsruhe", "Karlsruhe", "卡尔斯鲁厄", "DE", "Europe/Berlin"),
    City("hanover", "Hanover", "汉诺威", "DE", "Europe/Berlin"),
    City("gothenburg", "Gothenburg", "哥德堡", "SE", "Europe/Stockholm"),
    City("geneva", "Geneva", "日内瓦", "CH", "Europe/Zurich"),
    City("milan", "Milan", "米兰", "IT", "Europe/Rome"),
    City("barcelona", "Barcelona", "巴塞罗那", "ES", "Europe/Madrid"),
    City("manchester", "Manchester", "曼彻斯特", "GB", "Europe/London"),
    City("osaka", "Osaka", "大阪", "JP", "Asia/Tokyo"),
    City("busan", "Busan", "釜山", "KR", "Asia/Seoul"),
    # The hub office's region (Jiangsu, Anhui, Zhejiang): a needs import named half of 18 city
    # governments in Chinese only, so English lists and the fair guide said 无锡市 (field test 76).
    # 泰州 and 台州 are both "Taizhou" in English: left out, so that "Taizhou" names neither.
    City("wuxi", "Wuxi", "无锡", "CN", "Asia/Shanghai"),
    City("changzhou", "Changzhou", "常州", "CN", "Asia/Shanghai"),
    City("yangzhou", "Yangzhou", "扬州", "CN", "Asia/Shanghai"),
    City("nantong", "Nantong", "南通", "CN", "Asia/Shanghai"),
    City("yancheng", "Yancheng", "盐城", "CN", "Asia/Shanghai"),
    City("huaian", "Huai'an", "淮安", "CN", "Asia/Shanghai"),
    City("suqian", "Suqian", "宿迁", "CN", "Asia/Shanghai"),
    City("xuzhou", "Xuzhou", "徐州", "CN", "Asia/Shanghai"),
    City("lianyungang", "Lianyungang", "连云港", "CN", "Asia/Shanghai"),
    City("hefei", "Hefei", "合肥", "CN", "Asia/Shanghai"),
    City("wuhu", "Wuhu", "芜湖", "CN", "Asia/Shanghai"),
    City("jiaxing", "Jiaxing", "嘉兴", "CN", "Asia/Shanghai"),
    # Mexico, where a hub office joined: the dossier's Chinese side said "Mexico City" (field test 116)
    City("mexico_city", "Mexico City", "墨西哥城", "MX", "America/Mexico_City"),
    City("monterrey", "Monterrey", "蒙特雷", "MX", "America/Monterrey"),
    City("guadalajara", "Guadalajara", "瓜达拉哈拉", "MX", "America/Mexico_City"),
    # The Istanbul hub office's country (field test 114: İstanbul stayed Latin in the Chinese dossier)
    City("istanbul", "Istanbul", "伊斯坦布尔", "TR", "Europe/Istanbul"),
    City("ankara", "Ankara", "安卡拉", "TR", "Europe/Istanbul"),
    City("izmir", "Izmir", "伊兹密尔", "TR", "Europe/Istanbul"),
    City("bursa", "Bursa", "布尔萨", "TR", "Europe/Istanbul"),
    # The Cairo hub office's country (field test 118: "Cairo" stayed Latin in the Chinese dossier)
    City("cairo", "Cairo", "开罗", "EG", "Africa/Cairo"),
    City("giza", "Giza", "吉萨", "EG", "Africa/Cairo"),
    City("alexandria", "Alexandria", "亚历山大", "EG", "Africa/Cairo"),
    City("aswan", "Aswan", "阿斯旺", "EG", "Africa/Cairo"),
    City("port_said", "Port Said", "塞得港", "EG", "Africa/Cairo"),
    City("luxor", "Luxor", "卢克索", "EG", "Africa/Cairo"),
    City("antalya", "Antalya", "安塔利亚", "TR", "Europe/Istanbul"),
    City("gaziantep", "Gaziantep", "加济安泰普", "TR", "Europe/Istanbul"),
    # Mongolia's hub office (field test 119): Ulaanbaatar stayed Latin in the Chinese dossier
    City("ulaanbaatar", "Ulaanbaatar", "乌兰巴托", "MN", "Asia/Ulaanbaatar"),
    City("darkhan", "Darkhan", "达尔汗", "MN", "Asia/Ulaanbaatar"),
    City("erdenet", "Erdenet", "额尔登特", "MN", "Asia/Ulaanbaatar"),
    # the hubs in Warsaw and Prague and the cities a delegation visits from them (field test 124; not
    # in CITIES, whose countries the demo draws partners from)
    City("warsaw", "Warsaw", "华沙", "PL", "Europe/Warsaw"),
    City("krakow", "Kraków", "克拉科夫", "PL", "Europe/Warsaw"),
    City("prague", "Prague", "布拉格", "CZ", "Europe/Prague"),
    City("brno", "Brno", "布尔诺", "CZ", "Europe/Prague"),
    # Kazakhstan's hub office (field test 121): Almaty and Astana stayed Latin (or Cyrillic) in the
    # Chinese dossier; Asia/Almaty, which Astana shares, is UTC+5 since 1 March 2024 (tzdata 2024a)
    City("almaty", "Almaty", "阿拉木图", "KZ", "Asia/Almaty"),
    City("astana", "Astana", "阿斯塔纳", "KZ", "Asia/Almaty"),
    City("shymkent", "Shymkent", "奇姆肯特", "KZ", "Asia/Almaty"),
    # The Bangkok, Tehran and Manila hub offices (field tests 120, 125, 126): their cities stayed Latin
    # on a dossier's Chinese side
    City("bangkok", "Bangkok", "曼谷", "TH", "Asia/Bangkok"),
    City("chiang_mai", "Chiang Mai", "清迈", "TH", "Asia/Bangkok"),
    City("tehran", "Tehran", "德黑兰", "IR", "Asia/Tehran"),
    City("isfahan", "Isfahan", "伊斯法罕", "IR", "Asia/Tehran"),
    City("manila", "Manila", "马尼拉", "PH", "Asia/Manila"),
    City("quezon_city", "Quezon City", "奎松市", "PH", "Asia/Manila"),
    City("cebu", "Cebu", "宿务", "PH", "Asia/Manila"),
    # The Nairobi office's country (field test 117): "Nairobi" stayed Latin on the Chinese side
    City("nairobi", "Nairobi", "内罗毕", "KE", "Africa/Nairobi"),
    City("mombasa", "Mombasa", "蒙巴萨", "KE", "Africa/Nairobi"),
    City("kisumu", "Kisumu", "基苏木", "KE", "Africa/Nairobi"),
    City("nakuru", "Nakuru", "纳库鲁", "KE", "Africa/Nairobi"),
    # The Dhaka and Karachi hub offices' countries (field test 122: "Dhaka" stayed Latin in Chinese)
    City("dhaka", "Dhaka", "达卡", "BD", "Asia/Dhaka"),
    City("chattogram", "Chattogram", "吉大港", "BD", "Asia/Dhaka"),
    City("karachi", "Karachi", "卡拉奇", "PK", "Asia/Karachi"),
    City("lahore", "Lahore", "拉合尔", "PK", "Asia/Karachi"),
    City("islamabad", "Islamabad", "伊斯兰堡", "PK", "Asia/Karachi"),
    # The Buenos Aires and Santiago hub offices (field test 123): a delegation's cities stayed Latin
    # on the dossier's Chinese side
    City("buenos_aires", "Buenos Aires", "布宜诺斯艾利斯", "AR", "America/Argentina/Buenos_Aires"),
    City("cordoba_ar", "Córdoba", "科尔多瓦", "AR", "America/Argentina/Cordoba"),
    City("rosario", "Rosario", "罗萨里奥", "AR", "America/Argentina/Cordoba"),
    City("mendoza", "Mendoza", "门多萨", "AR", "America/Argentina/Mendoza"),
    City("santiago_cl", "Santiago", "圣地亚哥", "CL", "America/Santiago"),
    City("valparaiso", "Valparaíso", "瓦尔帕莱索", "CL", "America/Santiago"),
    City("vina_del_mar", "Viña del Mar", "比尼亚德尔马", "CL", "America/Santiago"),
)
#: Cities' names in their own language, as their offices write them: (name, code of the city).
LOCAL_CITY_NAMES: tuple[tuple[str, str], ...] = (
    ("Улаанбаатар", "ulaanbaatar"),
    ("Ulan Bator", "ulaanbaatar"),
    ("Дархан", "darkhan"),
    ("Эрдэнэт", "erdenet"),
    ("Алматы", "almaty"),
    ("Алма-Ата", "almaty"),
    ("Alma-Ata", "almaty"),
    ("Астана", "astana"),
    ("Нур-Султан", "astana"),  # Astana's name from 2019 to 2022, still in older records
    ("Nur-Sultan", "astana"),
    ("Нұр-Сұлтан", "astana"),
    ("Шымкент", "shymkent"),
    ("Ciudad de México", "mexico_city"),
    ("Ciudad de Mexico", "mexico_city"),
    ("CDMX", "mexico_city"),
    ("México, D.F.", "mexico_city"),
    ("México D.F.", "mexico_city"),
    ("กรุงเทพมหานคร", "bangkok"),
    ("กรุงเทพฯ", "bangkok"),
    ("เชียงใหม่", "chiang_mai"),
    ("تهران", "tehran"),
    ("اصفهان", "isfahan"),
    ("Esfahan", "isfahan"),
    ("Cebu City", "cebu"),
    ("Chittagong", "chattogram"),  # the English name until 2018, still in many lists
    ("ঢাকা", "dhaka"),
    ("চট্টগ্রাম", "chattogram"),
    ("کراچی", "karachi"),
    ("لاہور", "lahore"),
    ("اسلام آباد", "islamabad"),
    ("Ciudad Autónoma de Buenos Aires", "buenos_aires"),
    ("Ciudad de Buenos Aires", "buenos_aires"),
    ("CABA", "buenos_aires"),
    ("Cordoba", "cordoba_ar"),
    ("Santiago de Chile", "santiago_cl"),
    ("Valparaiso", "valparaiso"),
    ("Vina del Mar", "vina_del_mar"),
)


def city(code: str) -> City:
    """The city with this code (KeyError for an unknown one)."""
    return CITIES_BY_CODE[code]


def _pipeline_labels() -> dict[enum.Enum, tuple[str, str]]:
    """Labels of the cooperation pipeline's vocabularies (projects, matches, finance)."""
    from petdesk.enums import (
        FinanceInstrument,
        FinanceStage,
        MatchState,
        MilestoneKind,
        NeedStatus,
        PartnerRole,
    )

    return {
        PartnerRole.LEAD: ("Lead", "牵头单位"),
        PartnerRole.PARTNER: ("Partner", "合作伙伴"),
        PartnerRole.BENEFICIARY_CITY: ("Beneficiary city", "受益城市"),
        PartnerRole.TECHNOLOGY_PROVIDER: ("Technology provider", "技术提供方"),
        MilestoneKind.MILESTONE: ("Milestone", "里程碑"),
        MilestoneKind.REPORT: ("Report due", "报告截止"),
        MilestoneKind.DEADLINE: ("Deadline", "截止日期"),
        NeedStatus.OPEN: ("Open", "待对接"),
        NeedStatus.MATCHING: ("Matching", "对接中"),
        NeedStatus.SOLVED: ("Solved", "已解决"),
        NeedStatus.WITHDRAWN: ("Withdrawn", "已撤回"),
        MatchState.SUGGESTED: ("Suggested", "推荐"),
        MatchState.INTRODUCED: ("Introduced", "已引荐"),
        MatchState.MEETING_HELD: ("Meeting held", "已会谈"),
        MatchState.PILOT: ("Pilot", "试点"),
        MatchState.AGREEMENT: ("Agreement", "达成协议"),
        MatchState.NO_AGREEMENT: ("No agreement", "未达成协议"),
        FinanceInstrument.GRANT: ("Grant", "赠款"),
        FinanceInstrument.CONCESSIONAL_LOAN: ("Concessional loan", "优惠贷款"),
        FinanceInstrument.GREEN_BOND: ("Green bond", "绿色债券"),
        FinanceInstrument.EQUITY: ("Equity", "股权投资"),
        FinanceInstrument.GUARANTEE: ("Guarantee", "担保"),
        FinanceStage.PROSPECT: ("Prospect", "线索"),
        FinanceStage.DISCUSSION: ("In discussion", "洽谈中"),
        FinanceStage.APPLICATION: ("Application", "申请中"),
        FinanceStage.COMMITTED: ("Committed", "已承诺"),
        FinanceStage.DISBURSED: ("Disbursed", "已拨付"),
        FinanceStage.DROPPED: ("Dropped", "已放弃"),
    }


# StrEnum members with the same value are equal dict keys (FollowUpStatus.OPEN == NeedStatus.OPEN):
# a pipeline term never overrides an older one of the same value.
ENUM_LABELS.update({k: v for k, v in _pipeline_labels().items() if k not in ENUM_LABELS})
#: Every label by (enum type, value): what ENUM_LABELS cannot hold for members of equal value.
_LABELS_BY_TYPE: dict[tuple[type, object], tuple[str, str]] = {
    (type(k), k.value): v for k, v in (*_MEMBER_LABELS, *_pipeline_labels().items())
}


#: Common scales of a city need or a reference installation, stored as typed (free text):
#: normalised form -> (English, Chinese). Other scales ("40 buildings") are shown as they are.
SCALES: dict[str, tuple[str, str]] = {
    "city-wide": ("City-wide", "全市"),
    "citywide": ("City-wide", "全市"),
    "district": ("District", "区级"),
    "district-wide": ("District-wide", "全区"),
    "province-wide": ("Province-wide", "全省"),
    "provincial": ("Provincial", "省级"),
    "regional": ("Regional", "区域"),
    "national": ("National", "全国"),
    "pilot": ("Pilot", "试点"),
    "demonstration": ("Demonstration", "示范"),
}


def scale_label(scale: str, locale: str = "en") -> str:
    """A stored scale in the language of ``locale`` when it is a common one ("city-wide" → 全市),
    else as typed."""
    key = "-".join(scale.strip().lower().replace("_", " ").split())
    names = SCALES.get(key)
    if names is None:
        return scale
    return names[1] if _zh(locale) else names[0]
