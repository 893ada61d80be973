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
    "due_date": ("Due date", "截止日期"),
    "visit_id": ("Visit", "来访/出访"),
    "activity_id": ("Activity", "活动记录"),
}


def entity_label(entity: str, locale: str = "en") -> str:
    pair = ENTITIES.get(entity)
    if pair is None:
        return entity.replace("_", " ").capitalize()
    return pair[1] if locale.startswith("zh") else pair[0]


def field_label(field: str, locale: str = "en") -> str:
    pair = FIELDS.get(field)
    if pair is None:
        return field.replace("_", " ").capitalize()
    return pair[1] if locale.startswith("zh") else pair[0]
