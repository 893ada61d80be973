"""Bilingual words of the dossier: every label exists in English and Chinese at once.

A dossier prints both languages side by side whatever the interface language, so labels are pairs.
Chinese terms follow the shared glossary and ``translations/GLOSSARY.md``. The Chinese side goes
through the core gettext catalogue (``translations/core/zh_CN.po``) when it
has the string, so translators can improve a label without touching code; the built-in Chinese below
(terms from the project glossary) is what prints otherwise.
"""

from __future__ import annotations

import contextlib
import enum
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

from petdesk import vocab
from petdesk.i18n import translator
from petdesk.language import reader_first
from petdesk.models.enums import VisitDirection

#: Under a name printed in pinyin because the person has no Latin spelling on record (``data.PersonInfo``).
STAND_IN_NOTE = "pinyin; no spelling of their own on record"
#: Under a Japanese name printed in Hepburn from its kana reading, for want of a Latin one.
KANA_STAND_IN_NOTE = "Hepburn romaji; no spelling of their own on record"

#: The two languages of every dossier, in the default print order.
LANGS = ("en", "zh")

#: The print order of the dossier being laid out (a Chinese office hands out Chinese-first dossiers).
_ORDER: ContextVar[tuple[str, str]] = ContextVar("dossier_lang_order", default=LANGS)


def order() -> tuple[str, str]:
    """The two languages in print order for the dossier now being laid out."""
    return _ORDER.get()


def cell_language(lang: str) -> str:
    """The language a shared column's cell (``lang`` "both") writes its words in: the first one,
    so a Chinese-first dossier says 柏林时间, not "Berlin time" (field test trainfollow60)."""
    return order()[0] if lang == "both" else lang


@contextlib.contextmanager
def first_language(lang: str) -> Iterator[tuple[str, str]]:
    """Lay out with ``lang`` ("en" or "zh"/"zh_CN") first, for the duration of the block."""
    first = reader_first(lang)
    langs = (first, "en" if first == "zh" else "zh")
    token = _ORDER.set(langs)
    try:
        yield langs
    finally:
        _ORDER.reset(token)


@dataclass(frozen=True)
class Bi:
    """A text in English and Chinese. An empty side falls back to the other one."""

    en: str = ""
    zh: str = ""

    def get(self, lang: str) -> str:
        if lang.startswith("zh"):
            return self.zh or self.en
        return self.en or self.zh

    def __bool__(self) -> bool:
        return bool(self.en or self.zh)

    def both(self, sep: str = "\n") -> str:
        """Both sides in print order (see :func:`order`), once if they are the same."""
        if not self.en or not self.zh or self.en == self.zh:
            return self.en or self.zh
        first, second = order()
        return f"{self.get(first)}{sep}{self.get(second)}"


_BUILTIN_ZH: dict[str, str] = {
    # the partner overview (dossier.partner_overview)
    "Partner overview": "合作伙伴概览",
    "Recent activities": "近期活动",
    "Matched technologies": "已对接的技术",
    "Nobody works here at present.": "目前无人在此任职。",
    "Nothing logged yet.": "尚无活动记录。",
    "No visits.": "没有访问。",
    "No matched technologies.": "没有已对接的技术。",
    "People": "人员",
    "Visit": "访问",
    "Visits": "访问",
    "Projects": "项目",
    # clashes on the programme (the window's "⚠ 冲突 … 处（仅作提醒，不影响保存）")
    "Clashes in this programme": "本日程的冲突",
    "warnings; each is marked below": "仅作提醒，已在下方逐项标出",
    "Overlaps with “{item}” for {who}": "与“{item}”时间重叠（{who}）",
    "Too little time to travel to or from “{item}” for {who}": "与“{item}”之间转场时间不足（{who}）",
    "Outside the visit's dates": "超出访问日期",
    "Cannot be in {city} then by the travel plan (“{item}”) for {who}": (
        "按行程（“{item}”），{who}此时不可能在{city}"
    ),
    "the whole delegation": "全团",
    "{n} people": "{n} 人",
    "1 person": "1 人",
    # a meal's own dietary tally on its programme line (field test 86)
    "At this meal": "本餐用餐",
    # late substitutes in a training (services.trainings.replace_attendee)
    "replacing {name}": "替代 {name}",
    "{then} (now: {now})": "{then}（现名：{now}）",
    "replacing {name} from session {n}": "自第 {n} 节课起替代 {name}",
    "replaced by {name} from session {n}": "自第 {n} 节课起由 {name} 替代",
    "replaced from session {n}": "自第 {n} 节课起由他人替代",
    "substitute from session {n}": "自第 {n} 节课起替补",
    # the project overview (report projects)
    "Project overview": "项目概览",
    "Stage": "阶段",
    "Funder": "资助方",
    "Funding programme": "资助计划",
    "Requested": "申请金额",
    "Approved": "批准金额",
    "Co-financing": "配套资金",
    "Next deadline": "下一个截止日期",
    "Application deadline": "申请截止日期",
    "Partner": "合作伙伴",
    "Partners": "合作伙伴",
    "Role in the project": "项目角色",
    "Milestone": "里程碑",
    "Done": "完成",
    "done": "已完成",
    "open": "未完成",
    "Currency": "币种",
    "Money per currency (never summed across currencies)": "各币种资金（不跨币种合计）",
    "No projects.": "没有项目。",
    "No amounts yet.": "尚无金额。",
    "No partners yet.": "尚无合作伙伴。",
    "No milestones yet.": "尚无里程碑。",
    # document kinds and sections
    "Visit dossier": "接待资料手册",
    "Outbound visit dossier": "出访资料手册",
    "Training dossier": "培训资料手册",
    "Name cards": "桌签",
    "Programme": "日程安排",
    "Meeting briefings": "会谈简报",
    "Briefing": "简报",
    "Participants": "参加人员",
    "Participant profiles": "人员简介",
    "Contact sheet": "通讯录",
    "Notes": "备注",
    "Trainers": "培训讲师",
    "Participant list": "参加人员名单",  # attendees and organisers: 学员 are the graded only
    "Sign-in sheet": "签到表",
    # a training's lodging page (dossier.training_lodging)
    "Lodging list": "住宿名单",
    "Rooms per night": "每晚所需房间",
    "Check-in": "入住日期",
    "Check-out": "退房日期",
    "Nights": "晚数",
    "Night": "日期（晚）",
    "Room type": "房型",
    "Guests": "入住人数",
    "Rooms": "房间数",
    "Nobody needs a room.": "无人需要住宿。",
    "Cover": "封面",
    "Purpose": "访问目的",
    "Expected outcomes": "预期成果",
    "Description": "简介",
    # field labels
    "Dates": "日期",
    "Date": "日期",
    "Time": "时间",
    "Status": "状态",
    "Direction": "类型",
    "Host": "接待方",
    "Host phone": "接待方电话",
    "Visiting organisation": "访问单位",
    "Head of delegation": "团长",
    "Delegation": "代表团",
    "Organiser": "主办单位",
    "Venue": "地点",
    "Topic": "主题",
    "Sessions": "课程",
    "Session": "课程",
    "Room": "教室",
    "Place": "地点",
    "Address": "地址",
    "Postal code": "邮政编码",
    "Item": "事项",
    "When and where": "时间与地点",
    "Host organisation": "接待单位",
    "Organisations": "相关机构",
    "Kind": "类别",
    "City": "城市",
    "Country": "国家",
    "Website": "网站",
    "Member city": "会员城市",
    "Technology areas": "技术领域",
    "Notes on the organisation": "机构备注",
    "People attending": "出席人员",
    "Previous interactions": "以往往来",
    "Technologies and projects of interest": "关注的技术与项目",
    "Open follow-ups": "待办后续行动",
    "Project": "项目",
    "Fund": "资金来源",
    "Amount": "金额",
    "Deadline": "截止日期",
    "Owner": "负责人",
    "Follow-up": "后续行动",
    "Meeting attendee": "会谈出席人员",
    "Due": "到期日",  # 截止日期 is a deadline (a milestone kind, the project's)
    "Name": "姓名",
    "Position": "职务",
    "Organisation": "所属机构",
    "Department": "部门",
    "Role": "身份",
    "Languages": "语言",
    "Dietary requirements": "饮食要求",
    "Accessibility needs": "无障碍需求",
    "Phone": "电话",
    "E-mail": "电子邮件",
    "Messaging": "即时通讯",
    "Emergency contact": "紧急联系人",
    "Subject": "事由",
    "With": "对象",
    "Logged by": "记录人",
    "No.": "序号",
    "Signature": "签名",
    "Sessions taught": "授课课程",
    "Interpreters": "翻译",
    "Sessions interpreted": "担任翻译的课程",
    "Registered": "报名日期",
    "Generated": "生成于",
    "Yes": "是",
    "No": "否",
    "None recorded.": "暂无记录。",
    "No attendees recorded.": "暂无出席人员记录。",
    "Whole delegation and hosts (nobody ticked).": "代表团全体成员及接待方（未单独勾选出席人员）。",
    "No earlier interactions in the activity log.": "活动记录中暂无以往往来。",
    "No open follow-ups.": "暂无待办后续行动。",
    "No projects or technology areas recorded.": "暂无项目或技术领域记录。",
    "No items in the programme yet.": "日程尚未安排。",
    "Times are local to each place.": "所有时间均为当地时间。",
    "Times are in {zone}; an item in another zone also gives its local time.": (
        "时间均为{zone}；其他时区的事项另注当地时间。"
    ),
    "{zone} until {date}": "{zone}，至{date}",
    "{place} time": "{place}时间",
    # the banquet sheet (dossier.banquet): one page for the restaurant
    "Banquet sheet": "宴会单",
    "Seating by precedence": "按礼宾次序排座",  # a meeting's own clock after the visit's: "Berlin time 09:00"
    "{zone} from {date}": "{zone}，自{date}起",
    "Please sign once for each session you attend.": "请在参加的每一场次签名。",
    "Head count": "人数统计",
    "participants": "名人员",
    "to": "至",
    "Contents": "目录",
    "Restricted — contains personal data": "内部资料——含个人信息",
    "As of": "截至",
    "Printed": "打印于",
    "Data as of": "数据截至",
    "Changes since {when}": "自 {when} 以来的变更",
    "No changes recorded since then.": "此后没有记录到变更。",
    "When": "时间",
    "Part": "部分",
    "Change": "变更",
    "By": "修改人",
    "version": "版本",
    "Visit at a glance": "访问概览",
    "Delegation list": "代表团名单",
    "Delegation and host lists": "代表团及接待方名单",
    "Office contact": "本处联系人",
    "Host list": "接待方名单",
    "Organisation profiles": "机构简介",
    "Heads of delegation": "团长",
    "Cities": "城市",
    "Time zone": "时区",
    "Venue address": "培训地点地址",
    "Attendance and certificates": "出勤与结业证书",
    "Attendance": "出勤",
    "Certificate": "结业证书",
    "Certificate No.": "证书编号",
    "Break": "茶歇",
    "Lunch": "午餐",
    "Dinner": "晚餐",
    "Trainer": "培训讲师",
    # visit logistics (issue 14)
    "Travel, hotels and cars": "交通、住宿与用车",
    "Travel": "交通安排",
    "Hotels and rooming": "酒店与房间分配",
    "Open questions: {questions}": "待定事项：{questions}",
    "Cars and drivers": "车辆与司机",
    "No transport planned yet.": "尚未安排交通。",
    "Gifts": "礼品",
    "Gift": "礼品",
    "Given": "赠送",
    "Received": "收受",
    "Giver": "赠送方",
    "Recipient": "接受方",
    "Flight": "航班",
    "Train": "火车",
    "Car": "车辆",
    "Other transport": "其他交通方式",
    "Journey": "行程",
    "Departs": "出发",
    "Arrives": "到达",
    "Travellers": "乘客",
    "Room no.": "房间号",
    "Vehicle": "车辆",
    "Driver": "司机",
    # who rides in which car (field test 52, defect 7)
    "Riders": "乘车人员",
    "{n} seats": "{n} 个座位",
    "Over capacity: {riders} riders": "超员：{riders} 人乘坐",
    "Interpreter": "翻译",
    "Dress code": "着装要求",
    "Seating": "座次",
    "Hotel": "酒店",
    "Hotels": "酒店",
    "Emergency contacts": "紧急联络",
    "24-hour duty officer": "24小时值班人员",
    "Embassy or consulate": "使领馆",
    "Local emergency numbers": "当地紧急电话",
    "Nearest hospital": "附近医院",
    "Keep this page with you during the visit.": "访问期间请随身携带本页。",
    # an emergency sheet entry's place and days (field test 52, defect 8)
    "Whole visit": "整个访问期间",
    "from {day}": "自{day}起",
    "until {day}": "至{day}",
    # technologies, needs and matches of the organisations visited (dossier.pipeline)
    "Technologies and needs": "技术与需求",
    "Technologies provided": "提供的技术",
    "Needs of the city": "城市需求",
    "Technology matches": "技术对接",
    "Technology": "技术",
    "Sector": "领域",
    "TRL": "TRL",
    "City need": "城市需求",
    "Technologies that fit": "适用技术",
    "State": "进展",
    "Since": "日期",
    # the partner overview's people (review of round 56): since when they hold the post
    "In post since": "任职起始",
    # under an activity's subject typed in Chinese only, in the English half (review of round 56)
    "(written in Chinese only)": "（仅有中文）",
    # a match result (dossier.match_report, field test 9)
    "Match result": "技术对接结果",
    "Technologies that fit, best first": "适用技术（按匹配度排序）",
    "Shortlist": "候选清单",
    "On the shortlist": "已列入候选清单",
    "Note": "备注",
    "Score": "得分",
    "Why it fits": "匹配理由",
    "Sector fit": "领域匹配",
    "Details": "内容",
    "Problem": "问题描述",
    "Budget": "预算",
    "Scale": "规模",
    "Office": "办公室",
    "No technology in the catalogue fits this need.": "技术目录中没有适合此需求的技术。",
    "Nothing is on the shortlist of this need yet.": "此需求的候选清单中还没有技术。",
    # the calendar's printed range (dossier.calendar_print, issue 16)
    "Calendar": "日历",
    "All day": "全天",
    "Nothing on the calendar in this range.": "此时间段内日历上没有安排。",
    STAND_IN_NOTE: "拼音；未记录本人的拼写",
    KANA_STAND_IN_NOTE: "赫本式罗马字；未记录本人的拼写",
    # one briefing for a daily meeting, and the glance page's count of the programme (field test 85)
    "held daily": "每日举行",
    "Daily, {first} to {last}": "{first}至{last}每日",
    "except {days}": "{days}除外",
    "1 item": "共 1 项",
    "{n} items": "共 {n} 项",
    "1 meeting briefing": "会谈简报 1 份",
    "{n} meeting briefings": "会谈简报 {n} 份",
    # a meeting briefing's technologies of the organisations met (field test 76)
    "In short": "简介",
}


@cache
def _zh_catalogue() -> object:
    return translator("zh_CN")


def label(en: str) -> Bi:
    """The English label with its Chinese counterpart."""
    tr = _zh_catalogue()
    zh = tr(en)  # type: ignore[operator]
    if zh == en:
        zh = _BUILTIN_ZH.get(en, en)
    return Bi(en, zh)


#: Where the printed page says more than the window, on purpose: the cover prints the direction
#: alone before the status ("Inbound visit · Confirmed"), without the "Direction" column heading
#: that tells the window's reader what "Inbound" is about.
_PRINTED_OTHERWISE: dict[enum.Enum, tuple[str, str]] = {
    VisitDirection.INBOUND: ("Inbound visit", "来访"),
    VisitDirection.OUTBOUND: ("Outbound visit", "出访"),
}


def enum_label(value: enum.Enum | None) -> Bi:
    """The printed name of a closed-vocabulary value in both languages: the window's words
    (:func:`petdesk.vocab.label`), so that a dossier and the screen call a status the same.

    Not looked up in the gettext catalogue: one English word ("Open", "Done") means different
    things in different places, and the catalogue has no context to tell them apart."""
    if value is None:
        return Bi()
    # vocab.label looks members up by (type, value), so "meeting" stays 会谈 on an itinerary
    # and 会议 in the activity log; an unknown value (from a newer office) prints its stored value.
    pair = _PRINTED_OTHERWISE.get(value) if isinstance(value, VisitDirection) else None
    if pair is None:
        pair = (vocab.label(value, "en"), vocab.label(value, "zh_CN"))
    return Bi(*pair)


def builtin_catalogue() -> dict[str, str]:
    """English → Chinese of every built-in label (to seed the core catalogue)."""
    table = dict(_BUILTIN_ZH)
    table.update(dict(vocab.ENUM_LABELS.values()))
    table.update(dict(_PRINTED_OTHERWISE.values()))
    return table
