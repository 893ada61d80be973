"""Names of kinds of records and of fields in both languages, for previews and the conflicts view.

Bilingual pairs of our own (like the dossier's labels) because these names come from the data
model, not from source strings a translation tool can find; terms follow the project glossary.
"""

from __future__ import annotations

ENTITIES: dict[str, tuple[str, str]] = {
    "office": ("Office", "办公室"),
    "organisation": ("Organisation", "合作机构"),
    "contact": ("Contact", "联系人"),
    "contact_method": ("Contact method", "联系方式"),
    "affiliation": ("Affiliation", "任职经历"),
    "visit": ("Visit", "来访/出访"),
    "visit_participant": ("Visit participant", "代表团成员"),
    "itinerary_item": ("Itinerary item", "日程安排"),
    "itinerary_organisation": ("Itinerary organisation", "日程相关机构"),
    "itinerary_attendee": ("Itinerary attendee", "日程参加人员"),
    "follow_up": ("Follow-up action", "后续行动"),
    "training": ("Training", "培训"),
    "training_session": ("Training session", "培训课程"),
    "session_trainer": ("Session trainer", "培训讲师"),
    # a person's registration for a training, whatever their role (学员 is an attendee only)
    "training_participant": ("Registration", "报名"),
    "attendance": ("Attendance", "出勤"),
    "activity": ("Activity", "活动记录"),
    "project": ("Project", "项目"),
    "merge_record": ("Merge record", "合并记录"),
    "duplicate_dismissal": ("Dismissed duplicate", "已忽略的重复项"),
    # logistics, the pipeline and technology matching (English as the fallback spelled them)
    "travel_leg": ("Travel leg", "行程段"),
    "travel_leg_traveller": ("Travel leg traveller", "行程段乘客"),
    "accommodation": ("Accommodation", "住宿"),
    "room_assignment": ("Room assignment", "房间分配"),
    "vehicle": ("Vehicle", "车辆"),
    "vehicle_assignment": ("Vehicle assignment", "车辆安排"),
    "vehicle_rider": ("Vehicle rider", "车辆乘客"),
    "emergency_entry": ("Emergency sheet entry", "紧急联络表条目"),
    "gift": ("Gift", "礼品"),
    "project_stage_change": ("Project stage change", "项目阶段变更"),
    "project_partner": ("Project partner", "项目合作方"),
    "project_milestone": ("Project milestone", "项目里程碑"),
    "project_link": ("Project link", "项目关联"),
    "technology": ("Technology", "技术"),
    "technology_reference": ("Technology reference", "技术应用案例"),
    "city_need": ("City need", "城市需求"),
    "tech_match": ("Tech match", "技术对接"),
    "finance_lead": ("Finance lead", "融资线索"),
}

FIELDS: dict[str, tuple[str, str]] = {
    "name": ("Name", "名称"),
    "name_en": ("Name (English)", "名称（英文）"),
    "name_zh": ("Name (Chinese)", "名称（中文）"),
    "family_name": ("Family name", "姓（拉丁字母）"),
    "given_name": ("Given name", "名（拉丁字母）"),
    "family_name_zh": ("Family name (Chinese)", "姓"),
    "given_name_zh": ("Given name (Chinese)", "名"),
    "title_en": ("Title (English)", "标题（英文）"),
    "title_zh": ("Title (Chinese)", "标题（中文）"),
    "notes": ("Notes", "备注"),
    "tags": ("Tags", "标签"),
    "languages": ("Languages", "语言"),
    "dietary_needs": ("Dietary requirements", "饮食要求"),
    "accessibility_needs": ("Accessibility needs", "无障碍需求"),
    "emergency_contact": ("Emergency contact", "紧急联系人"),
    "honorific_en": ("Honorific (English)", "称谓（英文）"),
    "honorific_zh": ("Honorific (Chinese)", "称谓（中文）"),
    "position_en": ("Position (English)", "职务（英文）"),
    "position_zh": ("Position (Chinese)", "职务（中文）"),
    "value": ("Value", "内容"),
    "status": ("Status", "状态"),
    "start_date": ("Start date", "开始日期"),
    "end_date": ("End date", "结束日期"),
    "starts_at": ("Starts", "开始时间"),
    "ends_at": ("Ends", "结束时间"),
    "region": ("Region", "地区"),
    "website": ("Website", "网站"),
    "deleted_at": ("Deletion", "删除状态"),
    "contact_id": ("Person", "联系人"),
    "organisation_id": ("Organisation", "合作机构"),
    "position": ("Place in the list", "排列顺序"),
    "channel": ("Kind", "方式"),
    "label": ("Label", "用途"),
    "technology_areas": ("Technology areas", "技术领域"),
    "undone_at": ("Undone", "撤销时间"),
    # the rest of a person's and an organisation's fields, as their editors label them
    "name_order": ("Written as", "书写顺序"),
    "name_order_chosen": ("Name order chosen by hand", "书写顺序为手动选择"),
    "name_hanja": ("Hanja", "韩文汉字"),
    "nationality": ("Nationality", "国籍"),
    "passport_number": ("Passport number", "护照号码"),
    "passport_expiry": ("Passport expiry date", "护照有效期至"),
    "visa_note": ("Visa note", "签证备注"),
    "do_not_contact": ("Do not contact", "请勿联系"),
    "postal_code": ("Postal code", "邮政编码"),
    "gender": ("Gender", "性别"),
    "middle_name": ("Middle name", "中间名"),
    "name_suffix": ("Name suffix", "姓名后缀"),
    "nickname": ("Nickname", "昵称"),
    "phonetic_family_name": ("Family name (reading)", "姓（读音）"),
    "phonetic_given_name": ("Given name (reading)", "名（读音）"),
    "native_name_language": ("Language of the name", "姓名语言"),
    "birthday": ("Birthday", "生日"),
    "anniversary": ("Anniversary", "纪念日"),
    "addresses": ("Postal addresses", "通信地址"),
    "websites": ("Web pages", "网页"),
    "related_names": ("Related people", "相关人员"),
    "other_handles": ("Other messaging", "其他即时通讯"),
    "photo": ("Photo", "照片"),
    "source": ("Source", "来源"),
    "created_at": ("Created", "创建时间"),
    "updated_at": ("Last changed", "修改时间"),
    "short_name_en": ("Short name (English)", "简称（英文）"),
    "short_name_zh": ("Short name (Chinese)", "简称（中文）"),
    "aliases": ("Other names", "其他名称"),
    "kind": ("Kind", "类型"),
    "country": ("Country", "国家"),
    "city_en": ("City (English)", "城市（英文）"),
    "city_zh": ("City (Chinese)", "城市（中文）"),
    "address_en": ("Address (English)", "地址（英文）"),
    "address_zh": ("Address (Chinese)", "地址（中文）"),
    "is_member_city": ("Member city", "会员城市"),
    "normalized": ("Value as compared", "比对用内容"),
    "department_en": ("Department (English)", "部门（英文）"),
    "department_zh": ("Department (Chinese)", "部门（中文）"),
    "is_primary": ("Main position", "主要职务"),
    # links to a person from the office's records (what an erasure clears)
    "owner_id": ("Owner", "负责人"),
    "host_contact_id": ("Host or chair", "主持人"),
    "interpreter_contact_id": ("Interpreter", "翻译"),
    "investor_contact_id": ("Investor contact", "投资方联系人"),
    "description_en": ("Description (English)", "描述（英文）"),
    "description_zh": ("Description (Chinese)", "描述（中文）"),
    "due_date": ("Due date", "到期日"),
    "visit_id": ("Visit", "来访/出访"),
    "activity_id": ("Activity", "活动记录"),
    # every other kind's fields, as their editors (and the technology catalogue) label them
    "entity": ("Kind of record", "记录类型"),
    "first_id": ("One record", "记录一"),
    "second_id": ("Other record", "记录二"),
    "kept_id": ("Record kept", "保留的记录"),
    "merged_id": ("Record merged into it", "并入的记录"),
    "merged_at": ("Merged", "合并时间"),
    "author": ("Logged by", "记录人"),
    "summary": ("Summary", "摘要"),
    "payload": ("What the merge moved", "合并转移的内容"),
    "city_organisation_id": ("City", "城市"),
    "sector": ("Sector", "领域"),
    "problem_en": ("Problem (English)", "问题（英文）"),
    "problem_zh": ("Problem (Chinese)", "问题（中文）"),
    "scale": ("Scale", "规模"),
    "budget_min": ("Budget from", "预算下限"),
    "budget_max": ("Budget up to", "预算上限"),
    "currency": ("Currency", "币种"),
    "deadline": ("Deadline", "截止日期"),
    "deadline_time": ("Deadline time", "截止时间"),
    "deadline_zone": ("Deadline time zone", "截止时间所在时区"),
    "licence": ("Licence for sharing", "共享许可"),
    "share_consent": ("Consent to share", "同意共享"),
    "amount": ("Amount", "金额"),
    "lead_organisation_id": ("Lead organisation", "牵头机构"),
    "funder_organisation_id": ("Funder", "资助方"),
    "programme_en": ("Programme (English)", "资助计划（英文）"),
    "programme_zh": ("Programme (Chinese)", "资助计划（中文）"),
    "amount_approved": ("Amount approved", "批准金额"),
    "cofinancing": ("Co-financing", "配套资金"),
    "cofinancing_note": ("Co-financing note", "配套资金说明"),
    "documents": ("Documents", "文件"),
    "board_rank": ("Place on the board", "看板排列顺序"),
    "provider_organisation_id": ("Provider", "技术提供方"),
    "key_figures_en": ("Key figures (English)", "关键指标（英文）"),
    "key_figures_zh": ("Key figures (Chinese)", "关键指标（中文）"),
    "trl": ("TRL", "技术成熟度"),
    "certifications": ("Certifications", "认证"),
    "topic_en": ("Topic (English)", "主题（英文）"),
    "topic_zh": ("Topic (Chinese)", "主题（中文）"),
    "venue_en": ("Venue (English)", "地点（英文）"),
    "venue_zh": ("Venue (Chinese)", "地点（中文）"),
    "venue_address_en": ("Venue address (English)", "场地地址（英文）"),
    "venue_address_zh": ("Venue address (Chinese)", "场地地址（中文）"),
    "timezone": ("Time zone", "时区"),
    "organiser_id": ("Organiser", "主办单位"),
    "direction": ("Direction", "来访/出访"),
    "host_organisation_id": ("Host organisation", "接待单位"),
    "visiting_organisation_id": ("Visiting organisation", "访问单位"),
    "purpose_en": ("Purpose (English)", "访问目的（英文）"),
    "purpose_zh": ("Purpose (Chinese)", "访问目的（中文）"),
    "outcomes_en": ("Expected outcomes (English)", "预期成果（英文）"),
    "outcomes_zh": ("Expected outcomes (Chinese)", "预期成果（中文）"),
    "duty_officer_name": ("24-hour duty officer", "24小时值班人员"),
    "duty_officer_phone": ("Duty officer's phone", "值班人员电话"),
    "embassy": ("Embassy or consulate", "使领馆"),
    "emergency_numbers": ("Local emergency numbers", "当地紧急电话"),
    "hospital": ("Nearest hospital", "附近医院"),
    "head_count": ("Head count", "人数"),
    "hotel": ("Hotel", "酒店"),
    "address": ("Address", "地址"),
    "phone": ("Phone", "电话"),
    "email": ("E-mail", "电子邮件"),
    "check_in": ("Check-in", "入住日期"),
    "place": ("Place", "地点"),
    "starts_on": ("First day", "起始日期"),
    "ends_on": ("Last day", "结束日期"),
    "check_out": ("Check-out", "退房日期"),
    "occurred_at": ("When", "时间"),
    "subject": ("Subject", "主题"),
    "body": ("Notes", "备注"),
    "instrument": ("Instrument", "融资工具"),
    "stage": ("Stage", "阶段"),
    "investor_organisation_id": ("Investor", "投资方"),
    "project_id": ("Project", "项目"),
    "need_id": ("City need", "城市需求"),
    "description": ("Description", "描述"),
    "giver": ("From", "赠送方"),
    "recipient": ("To", "受赠方"),
    "place_en": ("Place (English)", "地点（英文）"),
    "place_zh": ("Place (Chinese)", "地点（中文）"),
    "dress_code": ("Dress code", "着装要求"),
    "seating_note": ("Seating", "座次"),
    "all_day": ("All day", "全天"),
    "external_attendees": ("Attendees from outside", "外部参加人员"),
    "alarms": ("Reminders", "提醒"),
    "source_uid": ("Calendar event id", "日历事件编号"),
    "source_sequence": ("Calendar event version", "日历事件版本"),
    "due": ("Due", "到期日"),
    "done": ("Done", "已完成"),
    "role": ("Role", "身份"),
    "previous_stage": ("Previous stage", "原阶段"),
    "changed_on": ("Changed on", "变更日期"),
    "note": ("Note", "备注"),
    "technology_id": ("Technology", "技术"),
    "year": ("Year", "年份"),
    "training_id": ("Training", "培训"),
    "registered_on": ("Registered", "报名日期"),
    "room_en": ("Room (English)", "教室（英文）"),
    "room_zh": ("Room (Chinese)", "教室（中文）"),
    "online": ("Held online", "线上举办"),
    "room": ("Room", "房间"),
    "mode": ("Mode", "方式"),
    "number": ("Number", "班次"),
    "carrier": ("Carrier", "承运公司"),
    "from_place": ("From", "出发地"),
    "to_place": ("To", "目的地"),
    "departs_at": ("Departs", "出发时间"),
    "departs_timezone": ("Time zone of departure", "出发地时区"),
    "arrives_at": ("Arrives", "到达时间"),
    "arrives_timezone": ("Time zone of arrival", "到达地时区"),
    "vehicle": ("Vehicle", "车辆"),
    "driver_name": ("Driver", "司机"),
    "driver_phone": ("Driver's phone", "司机电话"),
    "precedence": ("Order of precedence", "礼宾次序"),
    "form_of_address_en": ("Form of address (English)", "称谓（英文）"),
    "form_of_address_zh": ("Form of address (Chinese)", "称谓（中文）"),
    "session_id": ("Session", "课程"),
    "item_id": ("Itinerary item", "日程事项"),
    "accommodation_id": ("Hotel", "酒店"),
    "leg_id": ("Travel leg", "行程段"),
    "vehicle_id": ("Vehicle", "车辆"),
    "assignment_id": ("Vehicle assignment", "车辆安排"),
    "seats": ("Seats", "座位数"),
    "state": ("State", "状态"),
    "score": ("Score", "得分"),
    "explanation": ("Why it fits", "匹配理由"),
    "state_changed_on": ("State changed on", "状态变更日期"),
}

#: Visits, trainings, sessions and programme items are named (名称) where projects, needs and leads
#: are titled (标题).
_NAMED: dict[str, tuple[str, str]] = {
    "title_en": ("Title (English)", "名称（英文）"),
    "title_zh": ("Title (Chinese)", "名称（中文）"),
}

#: Where one kind's editor names a field otherwise than the table above: kind -> field -> names.
KIND_FIELDS: dict[str, dict[str, tuple[str, str]]] = {
    "visit": {**_NAMED, "timezone": ("Main time zone", "主要时区")},
    "training": {
        **_NAMED,
        "description_en": ("Description (English)", "简介（英文）"),
        "description_zh": ("Description (Chinese)", "简介（中文）"),
        "timezone": ("Time zone of the venue", "培训地点时区"),
    },
    "training_session": {**_NAMED, "timezone": ("Time zone of the venue", "培训地点时区")},
    "itinerary_item": {**_NAMED, "timezone": ("Time zone of the place", "当地时区")},
    "follow_up": {
        "description_en": ("Action (English)", "行动事项（英文）"),
        "description_zh": ("Action (Chinese)", "行动事项（中文）"),
    },
    # the project editor's words: a project's status is the stage on the board
    "project": {"amount": ("Amount requested", "申请金额"), "status": ("Stage", "阶段")},
    "gift": {"direction": ("Given or received", "赠送或收受"), "description": ("Gift", "礼品")},
    "merge_record": {"author": ("Merged by", "合并人")},
    "session_trainer": {"contact_id": ("Trainer", "培训讲师")},
    "attendance": {"status": ("Attendance", "出勤")},
    # the substitute dialog's words (gui/trainings/substitute.py)
    "training_participant": {
        "replaced_by_id": ("Substitute", "替补学员"),
        "replaced_from_id": ("Substitute from session", "接替起始课程"),
        # the Lodging tab's words (gui/trainings/lodging.py)
        "lodging_needed": ("Needs a room", "需要住宿"),
        "lodging_hotel": ("Hotel", "酒店"),
        "lodging_check_in": ("Check-in", "入住日期"),
        "lodging_check_out": ("Check-out", "退房日期"),
        "lodging_room": ("Room", "房型"),
        "lodging_note": ("Lodging note", "住宿备注"),
        # the participant list's attendance mode (services.attendance_mode)
        "attendance_mode": ("Attends", "参会方式"),
    },
}


def entity_label(entity: str, locale: str = "en") -> str:
    pair = ENTITIES.get(entity)
    if pair is None:
        return entity.replace("_", " ").capitalize()
    return pair[1] if locale.startswith("zh") else pair[0]


def field_label(field: str, locale: str = "en", entity: str = "") -> str:
    """A field as the editor of ``entity`` labels it (a visit's title is its 名称, a project's its
    标题); without a kind, as most editors do."""
    pair = KIND_FIELDS.get(entity, {}).get(field) or FIELDS.get(field)
    if pair is None:
        return field.replace("_", " ").capitalize()
    return pair[1] if locale.startswith("zh") else pair[0]


#: The name in the other script (the ``*_name_zh`` fields), labelled by its language: a Hindi or
#: Korean name was shown as "Family name (Chinese)" (field test 107). Chinese needs no word for it.
_OTHER_SCRIPT = {
    "family_name_zh": ("Family name ({language})", "姓（{language}）"),
    "given_name_zh": ("Given name ({language})", "名（{language}）"),
}
#: A name in an Indian script is kept whole, in the family-name field.
_WHOLE_NAME = ("Name ({language})", "姓名（{language}）")


def name_field_label(
    field: str,
    locale: str = "en",
    entity: str = "contact",
    *,
    language: str = "",
    values: tuple[str, ...] = (),
) -> str:
    """:func:`field_label`, a person's name in the other script named after its ``language`` (the
    contact's ``native_name_language``) or, for a change in the history, the script of its
    ``values``: "Name (Hindi)" / "姓名（印地语）", "Family name (Korean)" / "姓（韩语）"."""
    pair = _OTHER_SCRIPT.get(field) if entity == "contact" else None
    if pair is None:
        return field_label(field, locale, entity)
    from petdesk.labels import language_name
    from petdesk.services import names_indic
    from petdesk.services.names_by_script import language_of

    language = language or next((found for v in values if v and (found := language_of(v))), "")
    if not language or language.startswith("zh"):
        return field_label(field, locale, entity)
    if language in names_indic.LANGUAGES and field == "family_name_zh":
        pair = _WHOLE_NAME
    return (pair[1] if locale.startswith("zh") else pair[0]).format(language=language_name(language, locale))
