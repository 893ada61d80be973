"""Import contacts and organisations from CSV, Excel (.xlsx) and vCard files.

Three steps, so that the window can show each one: *read* the file into a table (CSV/XLSX) or cards
(vCard) and turn it into records with a column mapping (guessed from English and Chinese headers, or
given); *plan* what each record does to the database (match existing records by id, e-mail, phone or
name, then add / update / skip); *apply* the plan. Everything that can be wrong with the file is found
while reading, before anything is written, and the caller applies the plan inside one transaction, so
a bad file changes nothing. Re-importing the same file finds every row already there and adds nothing.

A file of any size is imported in bounded memory (issue 17): it is checked from end to end first
(:func:`load_file`), then read again a chunk of :data:`CHUNK` records at a time while each chunk is
matched (through an indexed temporary table of keys, ``services/import_keys.py``, not a dictionary of
every contact) and written (new people with ``executemany``); the search index is brought up to date
once at the end. Plans and reports keep counts for every record and the records themselves for the
first :data:`KEEP`.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import io
import os
import re
import unicodedata
import uuid
import zipfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, Protocol, TextIO

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import dietary_words, hangul, no_answer, turkish_case
from petdesk import models as m
from petdesk.i18n import N_, office_country
from petdesk.ids import as_uuid, compact, forms, new_id, stored_form, with_compact_version
from petdesk.labels import GENDER_ALIASES, gender_code, join_like
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder, OrgKind
from petdesk.persian_letters import as_arabic_letters
from petdesk.quoting import quoted
from petdesk.services import (
    couple_names,
    csv_dialects,
    han_name_origin,
    honorifics,
    iberian_names,
    import_keys,
    import_source,
    japanese_surnames,
    lost_letters,
    mongolian_names,
    ms_forms,
    name_order_countries,
    name_remarks,
    name_spelling,
    names_indic,
    names_other_script,
    org_acronyms,
    patronymics,
    photos,
    postcodes,
    vcard,
)
from petdesk.services import encoding as encoding_service
from petdesk.services.duplicates import Bilingual, Reason, translate_reason
from petdesk.services.encoding import Detection, describe
from petdesk.services.matching import (
    COMPOUND_SURNAMES,
    chinese_name_pinyin,
    family_names_differ,
    fold_latin,
    half_width_latin,
    half_width_phone,
    has_cjk,
    in_latin_letters,
    international_from_digits,
    latin_names_differ,
    latin_names_differ_in_any_spelling,
    looks_like_email,
    method_key,
    names_conflict,
    normalize_phone,
    organisation_name_key,
    person_name_keys,
    phone_from_number_cell,
    phone_number_part,
    reads_as_chinese_latin_name,
    same_method_key,
    split_chinese_name,
)
from petdesk.services.name_case import name_from_capitals
from petdesk.services.name_readings import name_reading, readings_differ
from petdesk.services.names import (
    HAN_CLASS,
    chinese_name,
    is_latin_initials,
    is_vietnamese_name,
    name_order_of,
    starts_with_vietnamese_family_name,
    vietnamese_given_name,
)
from petdesk.services.names_by_script import (
    JAPANESE_ENCODINGS,
    JAPANESE_HONORIFICS,
    KOREAN_HONORIFICS,
    has_hangul,
    has_kana,
    has_native_script,
    japanese_honorific_after_name,
    korean_title_after_name,
    language_of,
    split_japanese_name,
    split_korean_name,
)
from petdesk.services.org_kind_guess import kind_from_name
from petdesk.services.partial_dates import is_unset_date, normalize_date
from petdesk.services.shared_lines import is_shared_line
from petdesk.sync.labels import field_label
from petdesk.textsafety import composed, without_formula_guard
from petdesk.unreadable_file import unreadable
from petdesk.vocab import label as vocab_label

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

Target = Literal["contacts", "organisations"]
OnMatch = Literal["update", "skip", "add"]
Action = Literal["add", "update", "skip"]

#: Encodings offered to the user when the guess is wrong (Chinese Excel writes GB18030/GBK).
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "gb18030",
    "gbk",
    "big5",
    "shift_jis",
    "cp932",
    "euc-kr",
    "utf-16",
    "cp1252",
    "cp1251",
    "cp1254",
    "cp1256",
    "cp874",
    "latin-1",
)


class ImportFileError(ValueError):
    """A file petdesk cannot import, with the line (or sheet row) that shows the problem."""

    def __init__(self, message: str, line: int = 0, unit: str = "line") -> None:
        super().__init__(f"{unit} {line}: {message}" if line else message)
        self.line = line
        self.unit = unit
        self.reason = message


# --- records ------------------------------------------------------------------------------------


@dataclass
class ContactRecord:
    """One person as read from a file, before it touches the database."""

    line: int = 0
    uid: str = ""
    family_name: str = ""
    given_name: str = ""
    #: None when the file does not tell (separate columns for family and given name).
    name_order: NameOrder | None = None
    family_name_zh: str = ""
    given_name_zh: str = ""
    honorific_en: str = ""
    honorific_zh: str = ""
    gender: str = ""
    organisation_en: str = ""
    organisation_zh: str = ""
    #: The organisation's name as read aloud (a card app's 会社名フリガナ): kept in its notes.
    organisation_reading: str = ""
    department_en: str = ""
    department_zh: str = ""
    position_en: str = ""
    position_zh: str = ""
    #: (channel, label, value)
    methods: list[tuple[ContactChannel, ChannelLabel, str]] = field(default_factory=list)
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    dietary_needs: str = ""
    accessibility_needs: str = ""
    emergency_contact: str = ""
    middle_name: str = ""
    name_suffix: str = ""
    nickname: str = ""
    phonetic_family_name: str = ""
    phonetic_given_name: str = ""
    #: Language of the native-script names: "" (Chinese), "ja" or "ko".
    native_name_language: str = ""
    #: A Korean name's Hanja (李敏鎬 beside 이민호).
    name_hanja: str = ""
    birthday: str = ""
    anniversary: str = ""
    #: Travel documents (0061): a two-letter country code, the number, the expiry as YYYY-MM-DD.
    nationality: str = ""
    passport_number: str = ""
    passport_expiry: str = ""
    addresses: list[dict[str, str]] = field(default_factory=list)
    websites: list[str] = field(default_factory=list)
    related_names: list[dict[str, str]] = field(default_factory=list)
    other_handles: list[dict[str, str]] = field(default_factory=list)
    photo: str = ""
    #: Properties or columns of the file that petdesk does not store, with how often they occurred.
    dropped: dict[str, int] = field(default_factory=dict)
    #: Problems with single values that did not stop the import (shown in the report).
    warnings: list[str] = field(default_factory=list)
    #: Empty rows of a worksheet just above this record's row, skipped (reported, not silent).
    blank_before: int = 0
    #: The file's own name-order column set :attr:`name_order` (no country overrides it).
    name_order_written: bool = False
    #: Its e-mail cell said "anonymous" (a Microsoft Forms answer given without signing in).
    anonymous_email: bool = False
    #: Values left out as invalid, as (kind, text): kept in the notes (``_note_rejected``).
    rejected: list[tuple[str, str]] = field(default_factory=list)

    def display_name(self) -> str:
        zh = chinese_name(self.family_name_zh, self.given_name_zh)
        latin = " ".join(
            p
            for p in (
                (self.family_name, self.given_name)
                # as it is stored: a Vietnamese name family first whatever the file said (field test 93)
                if name_order_of(
                    self.name_order, family=self.family_name, given=self.given_name, family_zh="", given_zh=""
                )
                == NameOrder.FAMILY_FIRST
                else (self.given_name, self.family_name)
            )
            if p
        )
        if zh and latin and self.native_name_language in names_indic.LANGUAGES:
            # the English name first, as the lists name her: "Meena Kumari (मीना कुमारी)" (field test 107)
            return f"{latin} ({zh})"
        if zh and latin:
            return f"{zh} ({latin})"
        return zh or latin or next((v for _, _, v in self.methods), "")

    @property
    def has_name(self) -> bool:
        return bool(self.family_name or self.given_name or self.family_name_zh or self.given_name_zh)


@dataclass
class OrganisationRecord:
    line: int = 0
    uid: str = ""
    name_en: str = ""
    name_zh: str = ""
    short_name_en: str = ""
    short_name_zh: str = ""
    aliases: list[str] = field(default_factory=list)
    kind: OrgKind | None = None
    #: A kind word petdesk does not know: a new row is then an enterprise, as the preview says;
    #: without one its name may say the kind (org_kind_guess).
    kind_unknown: bool = False
    country: str = ""
    city_en: str = ""
    city_zh: str = ""
    address_en: str = ""
    address_zh: str = ""
    postal_code: str = ""
    website: str = ""
    #: The organisation's own phone and e-mail (0078): its switchboard, "info@...".
    phone: str = ""
    email: str = ""
    technology_areas: list[str] = field(default_factory=list)
    is_member_city: bool | None = None
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: What the file carried that an organisation does not store (a company vCard's phone, logo ...).
    dropped: dict[str, int] = field(default_factory=dict)
    #: Empty rows of a worksheet just above this record's row (see ContactRecord).
    blank_before: int = 0

    def display_name(self) -> str:
        if self.name_zh and self.name_en:
            return f"{self.name_zh} ({self.name_en})"
        return self.name_zh or self.name_en

    @property
    def has_name(self) -> bool:
        return bool(self.name_en or self.name_zh)


Record = ContactRecord | OrganisationRecord


# --- column mapping -----------------------------------------------------------------------------

#: Fields a column can be mapped to, with an English label (the window translates the labels).
#: Fields without "_en"/"_zh" look at each value and put Chinese text into the Chinese field.
CONTACT_FIELDS: dict[str, str] = {
    "id": "petdesk ID",
    "full_name": "Full name (any script)",
    "family_name": "Family name",
    "given_name": "Given name",
    "name_order": "Name order",
    "name_zh": "Chinese name (full)",
    "family_name_zh": "Family name (Chinese/Japanese/Korean)",
    "given_name_zh": "Given name (Chinese/Japanese/Korean)",
    "name_latin": "Latin name (full)",
    "name_native": "Name in its own script (full)",
    "name_indic": "Name in an Indian script (full)",
    "honorific": "Honorific",
    "honorific_en": "Honorific (English)",
    "honorific_zh": "Honorific (Chinese)",
    "gender": "Gender",
    "organisation": "Organisation",
    "organisation_en": "Organisation (English)",
    "organisation_zh": "Organisation (Chinese)",
    "organisation_reading": "Organisation (reading)",
    "department": "Department",
    "department_en": "Department (English)",
    "department_zh": "Department (Chinese)",
    "position": "Position",
    "position_en": "Position (English)",
    "position_zh": "Position (Chinese)",
    "email": "E-mail",
    "phone": "Phone (work)",
    "mobile": "Mobile phone",
    "phone_home": "Phone (home)",
    "fax": "Fax",
    "wechat": "WeChat",
    "whatsapp": "WhatsApp",
    "skype": "Skype",
    "telegram": "Telegram",
    "line_id": "LINE",
    "qq": "QQ",
    "languages": "Languages",
    "dietary_needs": "Dietary requirements",
    "accessibility_needs": "Accessibility needs",
    "emergency_contact": "Emergency contact",
    "notes": "Notes",
    "employee_number": "Employee number",
    "card_exchange_date": "Date cards were exchanged",
    "tags": "Tags",
    "middle_name": "Middle name",
    "name_suffix": "Name suffix",
    "nickname": "Nickname",
    "phonetic_family_name": "Family name (reading)",
    "phonetic_given_name": "Given name (reading)",
    "phonetic_name": "Full name (reading)",
    "native_name_language": "Name language",
    "name_hanja": "Hanja",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "nationality": "Nationality",
    "passport_number": "Passport number",
    "passport_expiry": "Passport expiry date",
    "website": "Web page",
    "email_home": "E-mail (home)",
    "email_other": "E-mail (other)",
    "fax_home": "Fax (home)",
    "fax_other": "Fax (other)",
    "pager": "Pager",
    "phone_other": "Phone (other)",
    "im": "Messaging handle",
    "email_mobile": "E-mail (mobile)",
    "fax_mobile": "Fax (mobile)",
    "wechat_label": "WeChat label",
    "whatsapp_label": "WhatsApp label",
    "skype_label": "Skype label",
    "telegram_label": "Telegram label",
    "line_id_label": "LINE label",
    "related": "Related person",
    "related_spouse": "Spouse",
    "related_manager": "Manager",
    "related_assistant": "Assistant",
    "event": "Date (birthday/anniversary by type)",
    "birth_year": "Birth year",
    "birth_month": "Birth month",
    "birth_day": "Birth day",
    **{
        f"address_{label}_{part}": f"Address ({label_text}): {part_text}"
        for label, label_text in (("work", "work"), ("home", "home"), ("other", "other"))
        for part, part_text in (
            ("street", "street"),
            ("city", "city"),
            ("region", "region"),
            ("postcode", "postcode"),
            ("country", "country"),
            ("po_box", "PO box"),
        )
    },
    **{
        f"address_{part}": f"Address: {part_text}"
        for part, part_text in (
            ("formatted", "whole address"),
            ("street", "street"),
            ("city", "city"),
            ("region", "region"),
            ("postcode", "postcode"),
            ("country", "country"),
            ("po_box", "PO box"),
            ("extended", "extended"),
        )
    },
}

ORGANISATION_FIELDS: dict[str, str] = {
    "id": "petdesk ID",
    "name": "Name (any script)",
    "name_en": "Name (English)",
    "name_zh": "Name (Chinese)",
    "short_name": "Short name",
    "aliases": "Other names",
    "kind": "Kind",
    "country": "Country",
    "city": "City",
    "city_en": "City (English)",
    "city_zh": "City (Chinese)",
    "address": "Address",
    "postal_code": "Postal code",
    "website": "Website",
    "phone": "Phone",
    "email": "E-mail",
    "technology_areas": "Technology areas",
    "is_member_city": "Member city",
    "notes": "Notes",
    "tags": "Tags",
}

#: Korean lists' column of the name in Hanja (李敏鎬 beside 이민호): the contact's Hanja field when it
#: holds Han characters only, else the notes labelled with its header ("한자: 尹아름").
_HANJA_NAME_HEADERS = (
    "hanja",
    "namehanja",
    "한자",
    "한자성명",
    "성명(한자)",
    "한자이름",
    "이름(한자)",
    "한자명",
    "漢字",
)

#: Header spellings seen in office files, phone and mail-program exports (compared after folding
#: case, spaces and punctuation). Order matters only within one field.
_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "petdeskid", "uid", "编号"),
    "full_name": (
        "name",
        "fullname",
        "displayname",
        "姓名",
        "名字",
        "氏名",
        "이름",
        "성명",
        # Korean official lists: 성명(국문) is the name in Hangul beside 성명(영문) in Latin letters
        "성명(국문)",
        "국문성명",
        "성명(한글)",
        "한글성명",
        "한글이름",
        "联系人",
        "全名",
        "contact",
        "contactname",
        "聯絡人",
        "聯繫人",
        "联络人",
    ),
    # Korean 성 / 성씨 (Naver, Outlook-ko); 이름 beside it is the given name (_AMBIGUOUS_NAMES).
    "family_name": ("familyname", "lastname", "surname", "姓", "姓氏", "lastnamefamily", "성", "성씨"),
    "given_name": (
        "givenname",
        "givennames",
        "firstname",
        "forename",
        "名",
        "名字(名)",
        "firstnamegiven",
        "名前",
    ),
    "name_zh": ("chinesename", "中文名", "中文姓名", "namezh", "姓名中文"),
    # "Chinese family name" and "姓（中文）": the headers of petdesk's exports before Korean names
    "family_name_zh": ("familynamezh", "中文姓", "chinesefamilyname", "姓（中文）"),
    "given_name_zh": ("givennamezh", "中文名字", "chinesegivenname", "名（中文）"),
    "name_latin": (
        "englishname",
        "英文名",
        "英文姓名",
        "拼音",
        "拼音姓名",
        "latinname",
        "nameen",
        "성명(영문)",  # Korean official lists (passport spelling)
        "영문성명",
        "영문이름",
        "영문명",
        # Gulf, Thai and other delegation lists: "Name (English)" beside "Name (Arabic)"
        "nameenglish",
        "nameinenglish",
        "fullnameenglish",
        "englishfullname",
        "nameasinpassport",
        "passportname",
        # passport lists of Central Asian delegations (round 54): surname first, in capitals
        "fullnameasinpassport",
        "namesurname",
        "surnamename",
        "ローマ字",  # a Japanese 名簿 (TANAKA Makoto)
        "氏名ローマ字",
        "ローマ字氏名",
        "英字氏名",
        # a Cambodian ministry's list: "Name (Latin)" beside "ឈ្មោះ (Name in Khmer)" (field test 104)
        "namelatin",
        "nameinlatin",
        "romanisedname",
        "romanizedname",
        "nameromanised",
        "nameromanized",
    ),
    # The name in the person's own script when it is neither Latin nor Chinese/Japanese/Korean; one
    # list may have several such columns ("Name (Arabic)", "Name (Thai)"), each row filling one.
    "name_native": (
        "namenative",
        "nativename",
        "nameinnativescript",
        "nameinownlanguage",
        "localname",
        "namelocal",
        "namearabic",
        "nameinarabic",
        "arabicname",
        "الاسم",
        "الاسمالكامل",
        "namethai",
        "nameinthai",
        "thainame",
        "ชื่อ",
        "ชื่อนามสกุล",
        "ชื่อภาษาไทย",
        "namelao",
        "laoname",
        "ຊື່",
        # Khmer and Burmese (field test 104)
        "namekhmer",
        "nameinkhmer",
        "khmername",
        "ឈ្មោះ",
        "namemyanmar",
        "nameinmyanmar",
        "myanmarname",
        "nameburmese",
        "nameinburmese",
        "burmesename",
        "အမည်",
    ),
    # An Indian office's list: "Name (Hindi)" beside the English "Name", which stays the name (field
    # test 107, services.names_indic)
    "name_indic": (
        *(
            f"{pre}{lang}{post}"
            for lang in (
                *("hindi", "marathi", "bengali", "bangla", "punjabi", "gujarati", "odia", "oriya"),
                *("tamil", "telugu", "kannada", "malayalam"),
            )
            for pre, post in (("name", ""), ("namein", ""), ("", "name"))
        ),
        *("नाम", "हिंदीमेंनाम", "नामहिंदीमें"),
    ),
    "honorific": (
        "honorific",
        "title(honorific)",
        "prefix",
        "salutation",
        "称谓",
        "称呼",
        "尊称",
        "稱謂",
        "稱呼",
    ),
    "gender": (
        "gender",
        "sex",
        "性别",
        "性別",
        "성별",
    ),
    "organisation": (
        "organisation",
        "organization",
        "company",
        "employer",
        "单位",
        "工作单位",
        "公司",
        "机构",
        "所在单位",
        "單位",
        "会社",
        "会社名",
        "所属",  # a Japanese 名簿
        "所属先",
        "회사",
        "소속",
        "单位名称",
        "公司名称",
        "组织",
        "公司名稱",
        "單位名稱",
        "工作單位",
        "機構",
        "組織",
        "所屬單位",
        "服務單位",
        "企业名称",
        "企業名稱",
        "机构名称",
        "機構名稱",
    ),
    "organisation_en": ("organisationen", "organizationen", "companyen", "单位英文", "英文单位"),
    "organisation_zh": ("organisationzh", "organizationzh", "companyzh", "单位中文", "中文单位"),
    "department": (
        "department",
        "dept",
        "部门",
        "所在部门",  # WeCom (企业微信) member list
        "所属部门",
        "部署",  # Japanese
        "部署名",  # business-card apps (Sansan, Eight)
        "所属部署",
        "부서",
        "부서명",
        "科室",
        "处室",
        "部門",
        "處室",
    ),
    "position": (
        "position",
        "jobtitle",
        "title",
        "role",
        "职务",
        "职位",
        "职称",
        "岗位",
        "職務",
        "役職",
        "직위",
        "직책",
        "직함",  # Outlook-ko "Job Title"
        "직급",
        "头衔",
        "職稱",
        "職位",
        "頭銜",
        "崗位",
        "职务名称",
        "designation",  # Indian English for a job title (field test 107)
    ),
    "position_en": ("positionen", "jobtitleen", "职务英文", "英文职务"),
    "position_zh": ("positionzh", "jobtitlezh", "职务中文", "中文职务"),
    "email": (
        "email",
        "e-mail",
        "emailaddress",
        "e-mailaddress",
        "mail",
        "邮箱",
        "电子邮件",
        "电子邮箱",
        "邮件",
        "メール",
        "メールアドレス",
        "電子メールアドレス",
        "이메일",
        "이메일주소",
        "전자메일",
        "전자메일주소",  # Outlook-ko "전자 메일 주소"
        "email1",
        "e-mail1",
        "primaryemail",
        "email2",
        "e-mail2",
        "email3",
        "e-mail2address",
        "e-mail3address",
        "电邮",
        "电邮地址",
        "邮件地址",
        "邮箱地址",
        "电子邮件地址",
        "企业邮箱",  # DingTalk (钉钉) member list: the organisation's mailbox
        "enterpriseemail",
        "workemail",
        "電郵",
        "電郵地址",
        "電子郵件",
        "電子郵件地址",
        "電子郵箱",
        "郵箱",
        "郵件",
        "郵件地址",
    ),
    "phone": (
        "phone",
        "telephone",
        "tel",
        "workphone",
        "businessphone",
        "officephone",
        "phonenumber",
        "电话",
        "办公电话",
        "座机",
        "固定电话",
        "工作电话",
        "联系电话",
        "電話",
        "電話番号",
        "勤務先電話番号",
        "tel会社",  # business-card apps (Eight, Sansan): the company's, the section's, the direct line
        "tel部門",
        "tel直通",
        "전화",
        "전화번호",
        "근무처전화",  # Outlook-ko "Business Phone"
        "회사전화",
        "직장전화",
        "辦公電話",
        "聯絡電話",
        "聯繫電話",
        "固定電話",
        "工作電話",
        "座機",
        "電話號碼",
        "电话号码",
        "公司電話",
        # Indian lists: "Landline", "Phone No.", "Tel. No." (field test 107)
        "landline",
        "landlineno",
        "landlinenumber",
        "phoneno",
        "telno",
        "telephoneno",
        # DingTalk (钉钉) member list: the office extension, dialled inside the organisation
        "分机号",
        "分机",
        "分机号码",
        "extension",
        "extensionnumber",
        "ext",
        "extno",
        "分機",
        "分機號",
        "分機號碼",
    ),
    "mobile": (
        "mobile",
        "mobilephone",
        "cell",
        "cellphone",
        "handy",
        "手机",
        "手机号",
        "手机号码",
        "移动电话",
        "携帯",
        "携帯電話",
        "휴대폰",
        "휴대전화",
        "휴대폰번호",
        "핸드폰",
        "手機",
        "手機號",
        "手機號碼",
        "行動電話",
        "移動電話",
        "手提電話",
        "手提电话",
        "mobilenumber",
        "mobileno",
    ),
    # A person's own mailbox beside the organisation's (WeCom's 个人邮箱 next to 企业邮箱): home.
    "email_home": (
        "personalemail",
        "privateemail",
        "homeemail",
        "个人邮箱",
        "私人邮箱",
        "个人电子邮箱",
        "私人电子邮箱",
        "個人郵箱",
        "私人郵箱",
        "個人電郵",
        "私人電郵",
    ),
    "phone_home": (
        "homephone",
        "家庭电话",
        "住宅电话",
        "住宅電話",
        "家庭電話",
    ),
    "fax": (
        "fax",
        "businessfax",
        "传真",
        "傳真",
        "传真号码",
        "傳真號碼",
    ),
    "wechat": (
        "wechat",
        "wechatid",
        "weixin",
        "微信",
        "微信号",
        "微信帳號",
        "微信账号",
        "微信號",
    ),
    "whatsapp": ("whatsapp",),
    "skype": ("skype",),
    "telegram": ("telegram",),
    "line_id": ("line", "lineid"),
    "languages": (
        "languages",
        "language",
        "语言",
        "工作语言",
        "語言",
        "工作語言",
    ),
    "dietary_needs": ("dietaryneeds", "dietaryrequirements", "diet", "饮食要求", "饮食"),
    "accessibility_needs": ("accessibilityneeds", "accessibility", "无障碍需求"),
    "emergency_contact": ("emergencycontact", "紧急联系人"),
    "notes": (
        "notes",
        "note",
        "remarks",
        "comments",
        "备注",
        "说明",
        "備考",
        "メモ",
        "메모",
        "비고",
        "備註",
        "說明",
    ),
    # DingTalk (钉钉) member list: no field of its own, kept as a line of the notes ("工号：A0012")
    "employee_number": (
        "工号",
        "员工工号",
        "工號",
        "員工編號",
        "员工编号",
        "jobnumber",
        "jobno",
        "employeenumber",
        "employeeno",
        "employeeid",
        "staffid",
        "staffno",
    ),
    "name_hanja": _HANJA_NAME_HEADERS,
    "phonetic_family_name": ("フリガナ姓", "姓フリガナ", "せいよみ", "姓よみがな", "姓拼音"),
    "phonetic_given_name": ("フリガナ名", "名フリガナ", "めいよみ", "名よみがな", "名拼音"),
    # A business-card app's (Sansan, Eight) or a 名簿's one reading column: "サトウ ダイスケ"
    "phonetic_name": (
        "氏名カナ",
        "氏名フリガナ",
        "氏名よみがな",
        "フリガナ",
        "ふりがな",
        "よみがな",
        "カナ",
        "ヨミガナ",
    ),
    "birthday": (
        "birthday",
        "dateofbirth",
        "生日",
        "出生日期",
        "誕生日",
        "생일",
        "出生年月日",
    ),
    "website": (
        "website",
        "webpage",
        "homepage",
        "url",
        "网址",
        "网站",
        "ホームページ",
        "홈페이지",
        "網址",
        "網站",
        "主页",
        "主頁",
    ),
    "middle_name": ("middlename",),
    "nickname": (
        "nickname",
        "昵称",
        "ニックネーム",
        "별명",
        "暱稱",
        "别名",  # WeCom's alias (often an English name)
    ),
    "qq": ("qq", "qq号", "qq号码", "qq號", "qq號碼", "qqid"),
    # A lone address column of an office list is the work address (its parts, where they are split).
    "address_work_street": (
        "address",
        "地址",
        "通讯地址",
        "通訊地址",
        "联系地址",
        "聯絡地址",
        "聯繫地址",
        "办公地址",
        "辦公地址",
        "单位地址",
        "單位地址",
        "公司地址",
        "详细地址",
        "詳細地址",
        "街道",
        "街道地址",
        "办公地点",  # DingTalk (钉钉) member list
        "辦公地點",
        "officelocation",
        "worklocation",
        "住所",  # a Japanese business-card app's one address cell (field test 115)
    ),
    "address_work_city": ("city", "城市", "所在城市", "市", "县市", "縣市"),
    "address_work_region": (
        "state",
        "province",
        "region",
        "省份",
        "省",
        "所在省份",
        "省/自治区/直辖市",
        "州",
    ),
    "address_work_postcode": (
        "postcode",
        "postalcode",
        "zip",
        "zipcode",
        "邮编",
        "邮政编码",
        "郵編",
        "郵遞區號",
        "郵政編碼",
        "pincode",  # India's six-digit Postal Index Number (field test 107)
        "pin",
        "郵便番号",
    ),
    "address_work_country": (
        "country",
        "countryregion",
        "国家",
        "國家",
        "国家地区",
        "國家地區",
        "国别",
        "國別",
    ),
    "address_home_street": ("homeaddress", "家庭地址", "家庭住址", "住址", "住宅地址"),
    "tags": (
        "tags",
        "tag",
        "categories",
        "category",
        "labels",
        "group",
        "标签",
        "分组",
        "类别",
        "標籤",
        "類別",
        "分組",
    ),
}

#: One column for both parts of the name, "Name, Vorname" with "Müller, Hans" in it, as German lists
#: write them: the column named nothing petdesk knew and every row was skipped. Folded headers
#: keep their comma; the rows are read as a family and a given name column (``_family_comma_given``).
_FAMILY_HEADERS = ("name", "nachname", "familienname", "lastname", "surname", "nom")
_GIVEN_HEADERS = ("vorname", "vornamen", "firstname", "givenname", "givennames", "prénom", "prenom")
_FAMILY_COMMA_GIVEN = frozenset(f"{family},{given}" for family in _FAMILY_HEADERS for given in _GIVEN_HEADERS)

#: German, French, Spanish and Portuguese headers of participant and address lists typed by hand or
#: exported from a Portuguese-speaking phone or Google account (not a mail program's export, which
#: csv_dialects knows as a whole): "Vorname", "Funktion", "Telefon", "Sobrenome" ... "Titel" in a
#: German list is the academic title ("Dr."), hence the honorific. "Nom", "Nombre" and "Nome" alone
#: hold the whole name; beside a given-name (or family-name) column see _AMBIGUOUS_NAMES. Brazilian
#: "Apelido" is the nickname, Portugal's the family name: see _portuguese_apelido.
_EUROPEAN_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": (
        *sorted(_FAMILY_COMMA_GIVEN),
        "nom",
        "nombre",
        "nomcomplet",
        "nombrecompleto",
        "vollständigername",
        "nome",
        "nomecompleto",
    ),
    "family_name": (
        "nachname",
        "familienname",
        "zuname",
        "nomdefamille",
        "apellidos",
        "apellido",
        "sobrenome",
        "sobrenomes",
    ),
    "middle_name": ("nomedomeio", "segundonombre"),
    "nickname": ("apelido", "apodo", "alcunha"),
    # "Prénoms" (plural) heads the given names in francophone Africa's civil and passport lists
    "given_name": (
        "vorname",
        "vornamen",
        "prénom",
        "prenom",
        "prénoms",
        "prenoms",
        "nombredepila",
        "primeironome",
    ),
    "honorific": (
        "anrede",
        "titel",
        "akademischergrad",
        "civilité",
        "civilite",
        "titre",
        "tratamiento",
        "título",
    ),
    "gender": ("geschlecht", "sexe", "sexo"),
    "organisation": (
        "firma",
        "unternehmen",
        "institution",
        "behörde",
        "dienststelle",
        "einrichtung",
        # a German list's long headers ("Name der Organisation"), as a delegation's sheet writes them
        "namederorganisation",
        "namederfirma",
        "namederinstitution",
        "namedereinrichtung",
        "organisationsname",
        "firmenname",
        "société",
        "entreprise",
        "organisme",
        "empresa",
        "organización",
        "entidad",
        "institución",
        "organização",
        "organizacao",
        "instituição",
    ),
    "department": ("abteilung", "referat", "service", "departamento"),
    "position": ("funktion", "stellung", "fonction", "poste", "cargo", "puesto"),
    "email": ("e-mail-adresse", "emailadresse", "courriel", "adressee-mail", "correo", "correoelectrónico"),
    "phone": (
        "telefon",
        "telefonnummer",
        "tel",
        "téléphone",
        "telephone",
        "numérodetéléphone",
        "numerodetelephone",
        "teléfono",
        "telefono",
        "telefone",
        # the landline beside "Celular" in Colombian and Brazilian lists (field test 110: dropped)
        "teléfonofijo",
        "telefonofijo",
        "telefonefixo",
    ),
    "mobile": (
        "mobil",
        "mobiltelefon",
        "mobilnummer",
        "handynummer",
        "portable",
        "téléphonemobile",
        "telephonemobile",
        "téléphoneportable",
        "telephoneportable",
        "móvil",
        "celular",
        "telemóvel",
        "telemovel",
    ),
    "dietary_needs": ("régimealimentaire", "regimealimentaire", "restrictionsalimentaires"),
    "fax": ("telefax", "télécopie"),
    "notes": (
        "bemerkung",
        "bemerkungen",
        "anmerkungen",
        "notizen",
        "remarques",
        "observaciones",
        "notas",
        "observações",
        "observacoes",
        "anotações",
    ),
    "languages": ("sprache", "sprachen", "langue", "langues", "idioma", "idiomas"),
    "birthday": (
        "geburtstag",
        "geburtsdatum",
        "datedenaissance",
        "fechadenacimiento",
        "aniversário",
        "aniversario",
        "datadenascimento",
    ),
    "website": ("webseite", "internetseite", "siteweb", "sitioweb"),
    "address_work_street": (
        "straße",
        "strasse",
        "anschrift",
        "adresse",
        "rue",
        "dirección",
        "calle",
        "endereço",
    ),
    "address_work_city": ("ort", "stadt", "wohnort", "ville", "ciudad", "localidad", "cidade"),
    # "Estado" / "UF": the Brazilian state ("SP", "PR"), dropped before field test 110
    "address_work_region": ("bundesland", "région", "provincia", "estado", "uf"),
    "address_work_postcode": ("plz", "postleitzahl", "codepostal", "códigopostal", "cep"),
    "address_work_country": ("land", "staat", "pays", "país"),
    "tags": ("kategorie", "kategorien", "gruppe", "catégorie", "categoría", "grupo"),
}
#: Russian headers of 1C:Enterprise and Bitrix24 exports and of lists typed in Russian, Kazakh or
#: Uzbek (field test 82: a Windows-1251 export from Almaty named no column petdesk knew, so every
#: row was skipped). Отчество, the patronymic, is the middle name: never the family name.
_CYRILLIC_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": ("фио", "полноеимя", "контакт", "аты-жөні", "атыжөні", "fio", "ismisharifi"),
    "family_name": ("фамилия", "тегі", "familiya"),
    "given_name": ("имя", "аты", "ism", "ismi"),
    "middle_name": ("отчество", "әкесініңаты", "otasiningismi", "patronymic"),
    "honorific": ("обращение",),
    "gender": ("пол", "жынысы", "jinsi"),
    "organisation": ("организация", "компания", "названиекомпании", "предприятие", "ұйым", "tashkilot"),
    "department": ("отдел", "подразделение", "бөлім", "bolim"),
    "position": ("должность", "лауазымы", "lavozim", "lavozimi"),
    "email": ("рабочийemail", "электроннаяпочта", "эл.почта", "почта", "электрондықпошта"),
    "email_home": ("частныйemail", "личныйemail"),
    "phone": ("телефон", "рабочийтелефон", "телефонрабочий", "telefon"),
    "mobile": ("мобильныйтелефон", "мобильный", "сотовыйтелефон", "ұялытелефон"),
    "phone_home": ("домашнийтелефон",),
    "fax": ("факс",),
    "notes": ("комментарий", "примечание", "примечания", "izoh"),
    "birthday": ("датарождения", "туғанкүні", "tugilgansana"),
    "website": ("сайт", "веб-сайт", "корпоративныйсайт"),
    "address_work_street": ("адрес", "мекенжай", "manzil"),
    "address_work_city": ("город", "қала", "shahar"),
    "address_work_country": ("страна", "ел", "mamlakat"),
    "languages": ("язык", "языки", "тілдер"),
}
#: An embassy's or a registration form's passport columns (field test 82: the passport list's numbers,
#: nationalities and expiry dates had no field to go to, though the registration list asks for them).
_TRAVEL_DOCUMENT_HEADERS: dict[str, tuple[str, ...]] = {
    "nationality": ("nationality", "citizenship", "国籍", "гражданство", "азаматтығы", "fuqaroligi"),
    "passport_number": (
        "passportno",
        "passportnumber",
        "passportnr",
        "passport",
        "护照号",
        "护照号码",
        "номерпаспорта",
        "паспорт",
    ),
    "passport_expiry": (
        "dateofexpiry",
        "expirydate",
        "passportexpiry",
        "passportexpirydate",
        "passportvaliduntil",
        "护照有效期",
        "护照有效期至",
        "срокдействия",
        "срокдействияпаспорта",
    ),
}
#: German and French passport columns (field test 99: a Karlsruhe list's passport numbers were dropped).
_TRAVEL_DOCUMENT_HEADERS_EU: dict[str, tuple[str, ...]] = {
    "nationality": ("staatsangehörigkeit", "staatsangehoerigkeit", "nationalität", "nationalité"),
    "passport_number": (
        "reisepassnummer", "reisepassnr", "reisepassnr.", "passnummer", "passnr", "passnr.", "reisepass",
        "numérodepasseport", "numerodepasseport", "passeport",
    ),
    "passport_expiry": (
        "gültigbis", "gueltigbis", "passgültigbis", "reisepassgültigbis", "ablaufdatum",
        "datedexpiration", "validitédupasseport",
    ),
}  # fmt: skip
#: Vietnamese headers of lists typed in Excel (a delegation's list, a passport list), with and without
#: diacritics (field test 93: "Họ và tên", "Chức vụ", "Cơ quan", "Số hộ chiếu" named nothing petdesk
#: knew, so every row was skipped). "Tên" alone stays unmapped: some lists put the whole name under it.
_VIETNAMESE_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": ("họvàtên", "hovaten", "họtên", "hoten", "họvàtênđầyđủ"),
    "middle_name": ("tênđệm", "tendem", "tênlót", "tenlot"),
    "honorific": ("danhxưng", "danhxung", "xưnghô", "xungho"),
    "gender": ("giớitính", "gioitinh"),
    "organisation": (
        "cơquan", "coquan", "đơnvị", "donvi", "cơquanđơnvị", "coquandonvi", "đơnvịcôngtác",
        "donvicongtac", "nơicôngtác", "noicongtac", "côngty", "congty", "tổchức", "tochuc",
    ),
    "department": ("phòngban", "phongban", "bộphận", "bophan"),
    "position": ("chứcvụ", "chucvu", "chứcdanh", "chucdanh"),
    "email": ("thưđiệntử", "thudientu", "địachỉemail", "diachiemail"),
    "phone": ("điệnthoại", "dienthoai", "sốđiệnthoại", "sodienthoai", "sđt", "sdt"),
    "mobile": ("diđộng", "didong", "điệnthoạidiđộng", "dienthoaididong"),
    "birthday": ("ngàysinh", "ngaysinh", "ngàythángnămsinh", "ngaythangnamsinh"),
    "address_work_street": ("địachỉ", "diachi"),
    "address_work_city": ("tỉnhthànhphố", "tinhthanhpho", "thànhphố", "thanhpho"),
    "address_work_country": ("quốcgia", "quocgia"),
    "nationality": ("quốctịch", "quoctich"),
    "passport_number": ("sốhộchiếu", "sohochieu", "hộchiếu", "hochieu"),
    "passport_expiry": ("ngàyhếthạn", "ngayhethan", "ngàyhếthạnhộchiếu", "ngayhethanhochieu", "hạnhộchiếu"),
    "notes": ("ghichú", "ghichu"),
    "languages": ("ngônngữ", "ngonngu"),
    "dietary_needs": ("chếđộănuống", "chedoanuong", "ănkiêng", "ankieng"),
}  # fmt: skip
#: Mongolian headers of sheets typed in Excel (field test 119: "Овог", "Нэр", "Албан тушаал" named
#: nothing petdesk knew, so the whole file was refused). Овог is the patronymic that papers give as the
#: surname (the "BOLD" of "BOLD Bat-Erdene"), so it goes where a passport's surname goes.
_MONGOLIAN_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    # "Нэр" alone holds the whole name ("Д-р Б. Болд"); beside "Овог" the given name (_AMBIGUOUS_NAMES)
    "full_name": ("нэр", "овогнэр", "бүтэннэр", "овог,нэр"),
    "family_name": ("овог", "эцгийннэр", "эцэг/эхийннэр", "эцэгэхийннэр"),
    "given_name": ("өөрийннэр",),
    "position": ("албантушаал", "ажилалбантушаал", "тушаал"),
    "organisation": ("байгууллага", "ажлынгазар", "байгууллаганынэр", "компани"),
    "department": ("хэлтэс", "газар,хэлтэс"),
    "email": ("и-мэйл", "имэйл", "цахимшуудан", "e-mail", "и-мейл"),
    "phone": ("утас", "утасныдугаар", "ажлынутас"),
    "mobile": ("гарутас", "гарынутас"),
    "address_work_street": ("хаяг",),
    "address_work_city": ("хот", "аймаг,хот"),
    "address_work_country": ("улс",),
    "nationality": ("иргэншил",),
    "passport_number": ("гадаадпаспортындугаар", "паспортындугаар"),
    "gender": ("хүйс",),
    "birthday": ("төрсөнодор",),
    "notes": ("тайлбар", "тэмдэглэл"),
}
#: Headers of East African attendee lists typed in Excel and Google Forms (field test 117: a Nairobi
#: list's phones, counties and dietary needs were all dropped). "M-Pesa No." is the mobile-money
#: number, a second phone that is often the first one again.
_EAST_AFRICAN_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    "address_work_region": ("county", "countydistrictregion", "countydistrict", "district", "region"),
    "dietary_needs": ("dietary", "dietaryrequirement", "dietaryrestrictions", "dietarypreference"),
    "phone_other": ("mpesano", "mpesanumber", "mpesa"),
    # a Google Form's "Full name (as on ID/Passport)": every row was skipped for want of a name
    "full_name": ("fullnameasonidpassport", "fullnameasonid", "nameasonidpassport", "nameasonid"),
    "mobile": ("phonesafaricom", "phoneairtel", "phonenosafaricom", "mobilesafaricom"),
}
#: Persian headers: Outlook's fa-IR export ("نام", "نام خانوادگی", "عنوان" the prefix, "عنوان شغلی"
#: the job title) and Excel lists of Iranian offices (field test 125: every column was ignored and
#: nothing imported). Folded with the Arabic letters (:func:`_fold_header`): a Windows-1256 file
#: writes "نام خانوادگي".
_PERSIAN_CONTACT_HEADERS: dict[str, tuple[str, ...]] = {
    "full_name": ("نام", "نام و نام خانوادگی", "نام کامل"),
    "family_name": ("نام خانوادگی",),
    "given_name": ("نام کوچک",),
    "middle_name": ("نام میانی",),
    "name_suffix": ("پسوند",),
    "honorific": ("عنوان", "پیشوند"),
    "organisation": ("شرکت", "سازمان", "نام سازمان", "نام شرکت", "محل کار"),
    "department": ("بخش", "واحد"),
    "position": ("عنوان شغلی", "سمت", "شغل"),
    "email": ("آدرس ایمیل", "ایمیل", "پست الکترونیک", "نشانی پست الکترونیکی", "رایانامه"),
    "phone": ("تلفن محل کار", "تلفن کار", "تلفن", "تلفن ثابت"),
    "mobile": ("تلفن همراه", "موبایل", "شماره همراه", "همراه"),
    "phone_home": ("تلفن منزل",),
    "fax": ("دورنگار", "فکس", "نمابر"),
    "address_work_street": ("خیابان محل کار", "نشانی محل کار", "آدرس محل کار"),
    "address_work_city": ("شهر محل کار", "شهر"),
    "address_work_postcode": ("کد پستی محل کار", "کد پستی"),
    "address_work_country": ("کشور/منطقه محل کار", "کشور"),
    "notes": ("یادداشت‌ها", "یادداشت", "توضیحات"),
    "website": ("صفحه وب", "وب سایت", "وبگاه"),
    "gender": ("جنسیت",),
    "birthday": ("تاریخ تولد",),
}
#: Japanese business-card apps' columns (Eight, Sansan, Wantedly People) and a sign-up sheet's
#: "ID/Passport No." (round 62: all four were listed as dropped). The company's reading goes to the
#: organisation's notes (it has no reading field), the card-exchange date to the person's notes.
_CARD_APP_HEADERS: dict[str, tuple[str, ...]] = {
    "organisation_reading": (
        *("会社名フリガナ", "会社名カナ", "会社名よみがな", "会社名ふりがな", "会社フリガナ"),
        "会社名ヨミガナ",
    ),
    "honorific_en": ("敬称英語", "敬称英字", "英語敬称"),
    "card_exchange_date": ("名刺交換日", "名刺交換日時"),
    "passport_number": ("idpassportno", "idpassportnumber", "idorpassportno", "idorpassportnumber"),
}
for _table in (
    _CARD_APP_HEADERS,
    _PERSIAN_CONTACT_HEADERS,
    _EUROPEAN_CONTACT_HEADERS,
    _EAST_AFRICAN_CONTACT_HEADERS,
    _CYRILLIC_CONTACT_HEADERS,
    _MONGOLIAN_CONTACT_HEADERS,
    _TRAVEL_DOCUMENT_HEADERS,
    _TRAVEL_DOCUMENT_HEADERS_EU,
    _VIETNAMESE_CONTACT_HEADERS,
):
    for _field, _spellings in _table.items():
        _CONTACT_HEADERS[_field] = (*_CONTACT_HEADERS.get(_field, ()), *_spellings)

#: Headers that hold the whole name alone, but a part of it beside another name column: French
#: "Nom" + "Prénom" (the family name), Spanish "Nombre" + "Apellidos" (the given name), Korean
#: "이름" + "성" (Naver Contacts, Outlook-ko: the given name), German "Name" + "Vorname" (the family
#: name: field test 99 lost every family name of a Karlsruhe list as a "display name").
_AMBIGUOUS_NAMES = {
    "nom": "family_name",
    "nombre": "given_name",
    "nome": "given_name",
    "이름": "given_name",
    "name": "family_name",
    "нэр": "given_name",
    "نام": "given_name",  # Persian "نام" beside "نام خانوادگی" (Outlook fa-IR: field test 125)
}

_ORGANISATION_HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "petdeskid", "uid", "编号"),
    "name": (
        "name",
        "organisation",
        "organization",
        "company",
        "名称",
        "单位",
        "单位名称",
        "机构",
        "机构名称",
        "公司",
        "公司名称",
        # Spanish sheets (field test 123: a list of municipalities imported nothing)
        *("nombre", "nombredelaorganización", "organización", "institución", "entidad", "municipio"),
        "ชื่อองค์กร",  # Thai "organisation name" (field test 120)
        "ชื่อหน่วยงาน",
    ),
    # "Organisation (English)": a bilingual sheet's English column, both parts Latin (field test 120)
    "name_en": (
        *("nameen", "englishname", "英文名称", "英文名"),
        *("organisationenglish", "organizationenglish", "organisationnameenglish", "organizationnameenglish"),
    ),
    "name_zh": ("namezh", "chinesename", "中文名称", "中文名"),
    "short_name": ("shortname", "abbreviation", "简称"),
    "aliases": ("aliases", "alias", "othernames", "别名", "曾用名"),
    "kind": ("kind", "type", "category", "类型", "类别", "机构类型", "ประเภท"),
    "country": ("country", "国家", "国别", "país", "pais"),
    "city": ("city", "城市", "所在城市", "所在地", "ciudad", "localidad"),
    # petdesk's own exchange export writes the city in each language apart (field test 16, §4)
    "city_en": ("cityen", "cityenglish", "englishcity", "城市英文", "英文城市", "城市英文名", "所在城市英文"),
    "city_zh": ("cityzh", "citychinese", "chinesecity", "城市中文", "中文城市", "城市中文名", "所在城市中文"),
    "address": ("address", "地址", "通讯地址", "dirección", "direccion", "domicilio"),
    "postal_code": (
        *("postalcode", "postcode", "zip", "zipcode", "plz", "postleitzahl", "邮编", "邮政编码"),
        "pincode",  # India's PIN code (field test 107)
    ),
    "website": (
        *("website", "web", "url", "homepage", "网站", "网址", "主页"),
        *("sitioweb", "páginaweb", "เว็บไซต์"),
    ),
    # the organisation's own: a switchboard, an "info@" mailbox; Outlook's company phone
    "phone": (
        *("phone", "telephone", "tel", "phonenumber", "switchboard", "mainphone", "companymainphone"),
        *("businessphone", "officephone", "电话", "电话号码", "联系电话", "办公电话", "总机", "座机"),
        *("teléfono", "telefono", "telefon"),
    ),
    "email": (
        *("email", "e-mail", "emailaddress", "e-mailaddress", "mail", "generalemail", "infoemail"),
        *(
            "邮箱",
            "电子邮件",
            "电子邮箱",
            "电邮",
            "邮件",
            "邮箱地址",
            "电子邮件地址",
            "correo",
            "correoelectrónico",
        ),
    ),
    "technology_areas": ("technologyareas", "technologies", "technology", "技术领域", "领域"),
    "is_member_city": ("membercity", "ismembercity", "会员城市"),
    "notes": ("notes", "note", "remarks", "备注", "notas", "observaciones", "หมายเหตุ"),
    "tags": ("tags", "tag", "标签"),
}

#: Fields a column may be mapped to more than once (several e-mail columns ...).
_REPEATABLE = {
    "honorific",  # "Anrede" and "Titel": "Frau" and "Dr."
    "email",
    "phone",
    "mobile",
    "phone_home",
    "fax",
    "wechat",
    "notes",
    "tags",
    "aliases",
    "name_native",
    "email_home",
    "email_other",
    "email_mobile",
    "fax_home",
    "fax_mobile",
    "fax_other",
    "pager",
    "phone_other",
    "website",
    "im",
    "related",
    "event",
    "organisation",
    "position",
    "department",
    *(k for k in CONTACT_FIELDS if k.startswith("address_")),
}


def fields_for(target: Target) -> dict[str, str]:
    return CONTACT_FIELDS if target == "contacts" else ORGANISATION_FIELDS


def _fold_header(header: str) -> str:
    # Composed: a header typed on macOS ("Họ và tên" in NFD) is the one the tables spell.
    # Persian ی, ک as Arabic ي, ك: a Windows-1256 file has no ی (field test 125)
    return re.sub(
        r"[\s_:：.*（）()\-/]+",
        "",
        unicodedata.normalize("NFC", as_arabic_letters((header or "").strip().casefold())),
    )


#: A survey question's number and polite wording around the thing it asks for: 问卷星 writes
#: "1、您的姓名", 腾讯问卷 "Q2.您所在的单位", forms add "（必填）" or "请填写…".
_QUESTION_NUMBER = re.compile(r"^(?:q|第)?\d+(?:题)?[、，,．。]?")
_QUESTION_POLITE = re.compile(r"^(?:请(?:输入|填写|留下)?)?(?:您|你)?(?:的|所在的?|所属的?)?")
_QUESTION_TAIL = re.compile(r"(?:必填|选填|必答)$")


def question_subject(folded: str) -> str:
    """What a folded survey-question header asks for ("1、您的姓名" -> "姓名"), or "" when the header
    is not a numbered question (a plain "姓名" keeps its own exact lookup)."""
    numbered = _QUESTION_NUMBER.sub("", folded, count=1)
    if numbered == folded:
        return ""
    return _QUESTION_TAIL.sub("", _QUESTION_POLITE.sub("", numbered, count=1))


#: The polite "may I ask" and "whether" before a yes-or-no question's subject ("请问是否需要住宿").
_ASKS_WHETHER = re.compile(r"^(?:请问)?(?:您|你)?(?:是否)?")


def question_column(headers: Sequence[str], questions: Iterable[str]) -> int | None:
    """The index of the first column whose header asks one of ``questions`` (folded headers), as a
    plain header, a survey question ("6、参会方式") or one with a question mark; None without one.
    The registration columns beyond the contact's fields (attendance mode, lodging) are found so."""

    def key(header: str) -> str:
        folded = _fold_header(header).rstrip("?？:：")
        # "是否需要安排住宿" asks whether, as "需要安排住宿" does (field test fieldtraining60: a
        # 问卷星 form's lodging answers were dropped)
        return _ASKS_WHETHER.sub("", question_subject(folded) or folded, count=1)

    wanted = {key(q) for q in questions}
    return next((n for n, h in enumerate(headers) if key(h) in wanted), None)


@cache
def _exported_headers() -> tuple[tuple[str, str], ...]:
    """The headers of petdesk's CSV/Excel export in every language it writes them in (a file
    exported from the Chinese window has Chinese headers), with their field keys."""
    from petdesk.services import exporting

    keys = [key for _header, key in exporting.COLUMNS]
    return tuple(
        pair for language in ("en", "zh_CN") for pair in zip(exporting.headers(language), keys, strict=True)
    )


def guess_mapping(headers: list[str], target: Target = "contacts") -> dict[int, str]:
    """Column index -> field, guessed from header text in English or Chinese; unknown columns absent."""
    table = _CONTACT_HEADERS if target == "contacts" else _ORGANISATION_HEADERS
    lookup: dict[str, str] = {}
    for field_name, spellings in table.items():
        for spelling in spellings:
            lookup.setdefault(_fold_header(spelling), field_name)
    for field_name, label in fields_for(target).items():  # the headers petdesk itself exports
        lookup.setdefault(_fold_header(label), field_name)
    if target == "contacts":
        for header, field_name in _exported_headers():
            lookup.setdefault(_fold_header(header), field_name)
    mapping: dict[int, str] = {}
    used: set[str] = set()
    dialect = csv_dialects.detect(headers) if target == "contacts" else ""
    if dialect:
        # A mail or phone program's export: its own header meanings first (Outlook's "Title" is
        # the prefix), the general guesses only for columns it does not explain.
        mapping = csv_dialects.mapping(headers, dialect)
        used = set(mapping.values()) - _REPEATABLE
    for index, header in enumerate(headers):
        if index in mapping or (dialect and csv_dialects.is_type_column(header)):
            continue
        folded = _fold_header(header)
        key = lookup.get(folded)
        if key is None:
            # "E-mail 2", "Mobile Phone 2", "邮箱2" ...
            key = lookup.get(re.sub(r"\d+$", "", folded))
        if key is None:
            # An online form's question as its header (问卷星 "1、您的姓名", 腾讯问卷 "2.单位名称").
            key = lookup.get(question_subject(folded))
        if key is None:
            key = _bilingual_header(header, lookup)
        if key is None:
            key = _form_question_header(header, lookup)
        if key is None and target == "contacts" and folded and not dialect:
            # Contains-rules for long headers ("Business Phone (direct)", "个人微信号").
            for needle, guess in (
                ("mail", "email"),
                ("邮箱", "email"),
                ("郵箱", "email"),
                ("电邮", "email"),
                ("電郵", "email"),
                ("微信", "wechat"),
                ("手机", "mobile"),
                ("手機", "mobile"),
                # German long headers: "Telefon (dienstlich)", "Mobilnummer privat", "Handy-Nr."
                ("handy", "mobile"),
                ("mobil", "mobile"),
                ("telefon", "phone"),
                # French form questions: "Numéro de téléphone (WhatsApp)", "Téléphone portable (bureau)"
                ("portable", "mobile"),
                ("téléphone", "phone"),
            ):
                if needle in folded:
                    key = guess
                    break
        if key is None or (key in used and key not in _REPEATABLE):
            continue
        mapping[index] = key
        used.add(key)
    if target == "contacts" and ms_forms.is_forms_export([_fold_header(h) for h in headers]):
        # Microsoft Forms' answer number (1, 2, 3 …) is no petdesk ID: never matched to a record
        mapping = {i: k for i, k in mapping.items() if not (k == "id" and i == 0)}
    if any(question_subject(_fold_header(h)) for h in headers):
        # A survey site's answer number (腾讯问卷 "编号" 1, 2, 3 …) is no petdesk ID (field test 68).
        mapping = {i: k for i, k in mapping.items() if not (k == "id" and _fold_header(headers[i]) == "编号")}
    named = _part_of_the_name(headers, _portuguese_apelido(headers, _title_beside_position(headers, mapping)))
    return _kanji_not_hanja(headers, named)


#: A header in two languages, one in brackets: "ឈ្មោះ (Name in Khmer)", "အမည် (Name)".
_BRACKETED = re.compile(r"^(?P<outside>[^(（]*)[(（](?P<inside>[^)）]*)[)）]\s*$")


def _bilingual_header(header: str, lookup: dict[str, str]) -> str | None:
    """The field of a header written in two scripts, the bracketed part or the rest, when the whole is
    no spelling petdesk knows: a Cambodian ministry's "ឈ្មោះ (Name in Khmer)" was dropped and every row
    skipped for want of a name (field test 104). The bracketed part first: it is the more exact. A
    bracket in the same script qualifies the header ("Numéro de téléphone (WhatsApp)" is a phone
    number) and is left to the other rules."""
    match = _BRACKETED.match(header.strip())
    if match is None or in_latin_letters(match["inside"]) == in_latin_letters(match["outside"]):
        return None
    for part in (match["inside"], match["outside"]):
        if (key := lookup.get(_fold_header(part))) is not None:
            return key
    return None


#: A form question that spells out how to answer: "Full name (First Name, M.I., Last Name)".
_EXPLAINED = re.compile(r"^(?P<asked>[^(]+?)\s*\([^)]*\)\s*$")


def _form_question_header(header: str, lookup: dict[str, str]) -> str | None:
    """The field of a registration form's question that no spelling matches whole: a name question
    with its answer's order in brackets, "Full name (First Name, M.I., Last Name)", or two words for
    one thing, "Organization / LGU". A Manila Google Form's rows were skipped for want of a name and
    their organisations dropped (field test 126). Only a name asked so: "Phone (WhatsApp)" is left to
    the other rules."""
    explained = _EXPLAINED.match(header.strip())
    if explained and (key := lookup.get(_fold_header(explained["asked"]))):
        return key if key in NAME_FIELDS else None
    keys = {lookup.get(_fold_header(part)) for part in re.split(r"\s+/\s+|\s*／\s*", header) if part.strip()}
    keys.discard(None)
    return keys.pop() if len(keys) == 1 and "/" in header.replace("／", "/") else None


def _title_beside_position(headers: list[str], mapping: dict[int, str]) -> dict[int, str]:
    """A bare "Title" beside a "Position" (or "Job title", 职务) column is the person's title, "Dr.",
    "Ir.", "H.": taken for a second position, it was overwritten by the real one and the delegation
    list's titles were lost without a word (field test 86)."""
    titles = [i for i, key in mapping.items() if key == "position" and _fold_header(headers[i]) == "title"]
    if titles and len([key for key in mapping.values() if key == "position"]) > len(titles):
        for index in titles:
            mapping[index] = "honorific"
    return mapping


def _kanji_not_hanja(headers: list[str], mapping: dict[int, str]) -> dict[int, str]:
    """A bare "漢字" beside Japanese headers (フリガナ, ローマ字) is a 名簿's name in kanji, not a Korean
    list's Hanja: with no Hangul header and no other column of the name in its own script (a Latin
    one, ローマ字, may be there) it is the name (field test 78)."""
    if any(has_hangul(h) for h in headers) or (NAME_FIELDS - {"name_latin"}) & set(mapping.values()):
        return mapping
    for index, key in mapping.items():
        if key == "name_hanja" and _fold_header(headers[index]) == "漢字":
            mapping[index] = "full_name"
            break
    return mapping


def _portuguese_apelido(headers: list[str], mapping: dict[int, str]) -> dict[int, str]:
    """ "Apelido" is the nickname in Brazil (beside "Sobrenome") but the family name in Portugal,
    where a list names "Nome" and "Apelido" and no other family-name column."""
    for index, key in list(mapping.items()):
        apelido = key == "nickname" and _fold_header(headers[index]) == "apelido"
        if apelido and "family_name" not in mapping.values():
            mapping[index] = "family_name"
    return mapping


def _part_of_the_name(headers: list[str], mapping: dict[int, str]) -> dict[int, str]:
    """ "Nom" beside "Prénom" is the family name, "Nombre" beside "Apellidos" the given name."""
    for index, key in list(mapping.items()):
        part = _AMBIGUOUS_NAMES.get(_fold_header(headers[index]))
        if key != "full_name" or part is None:
            continue
        other = "given_name" if part == "family_name" else "family_name"
        if other in mapping.values() and part not in mapping.values():
            mapping[index] = part
    return mapping


#: Fields that give a person a name: without one of them every row is skipped (unless its e-mail or
#: phone finds someone already known).
NAME_FIELDS = frozenset(
    {
        "full_name",
        "family_name",
        "given_name",
        "name_zh",
        "family_name_zh",
        "given_name_zh",
        "name_latin",
        "name_native",
    }
)


def lacks_a_name(mapping: dict[int, str], target: Target = "contacts") -> bool:
    """Whether no column of the mapping gives a person a name (said before the import, in plain words)."""
    return target == "contacts" and not NAME_FIELDS & set(mapping.values())


def parse_mapping_spec(spec: str, headers: list[str], target: Target = "contacts") -> dict[int, str]:
    """Mapping from the command line: ``"姓名=full_name,Email=email,3=mobile"`` (header text or
    1-based column number on the left, a field key on the right); unnamed columns keep their guess."""
    mapping = guess_mapping(headers, target)
    known = fields_for(target)
    for part in re.split(r"[,;]", spec):
        if not part.strip():
            continue
        if "=" not in part:
            raise ImportFileError(f"mapping {quoted(part.strip())} should look like 'Header=field'")
        left, right = (s.strip() for s in part.split("=", 1))
        if right not in known and right not in ("", "ignore"):
            raise ImportFileError(f"unknown field {quoted(right)}; fields are: {', '.join(known)}")
        if left.isdigit() and 1 <= int(left) <= len(headers):
            index = int(left) - 1
        else:
            matches = [i for i, h in enumerate(headers) if h.strip() == left]
            if not matches:
                raise ImportFileError(f"no column named {quoted(left)}; columns are: {', '.join(headers)}")
            index = matches[0]
        if right in ("", "ignore"):
            mapping.pop(index, None)
        else:
            mapping[index] = right
    return mapping


def spec_for_file(spec: str, headers: list[str], others: Iterable[str]) -> str:
    """A ``--map`` spec given for several files, for the file with ``headers``: a column named there
    that only another file has (``others``: the headers of all of them) is left out for this one (field
    test 68: "提交答卷时间=notes" for a 问卷星 and a 腾讯问卷 form refused the second). A name no file
    has stays, for :func:`parse_mapping_spec` to refuse."""
    mine, anywhere = {h.strip() for h in headers}, {h.strip() for h in others}
    kept = []
    for part in re.split(r"[,;]", spec):
        left = part.split("=", 1)[0].strip()
        if "=" in part and not left.isdigit() and left not in mine and left in anywhere:
            continue
        kept.append(part)
    return ",".join(kept)


# --- reading tables -----------------------------------------------------------------------------

#: Body rows a table keeps in memory when read from a file a piece at a time (mapping examples and
#: the preview); the rest are read again from the file when the import runs.
HEAD_ROWS = 200

RawRows = Iterator[tuple[int, list[str]]]


@dataclass
class Table:
    """Rows of a CSV file or a worksheet; ``rows`` pairs each row with its line/row number.

    A table read from a file (:func:`open_table`) keeps only its first :data:`HEAD_ROWS` rows in
    ``rows`` and reads the file again for :meth:`body`, so that a file of any size fits in memory."""

    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str = ""
    delimiter: str = ","
    #: "line" for text files, "row" for worksheets (used in messages).
    unit: str = "line"
    header_line: int = 1
    #: How the text was decoded (None for worksheets).
    detection: Detection | None = None
    #: Reads every body row again from the file (None: ``rows`` are all of them).
    stream: Callable[[], RawRows] | None = field(default=None, repr=False)
    #: False when no row at the top named a known column (the first row was taken as the header).
    header_found: bool = True

    def require_header(self) -> None:
        """``NoHeaderError`` when no row looked like a header (for a mapping guessed from it)."""
        if not self.header_found:
            shown = ", ".join(h or "(empty)" for h in self.headers[:12])
            raise NoHeaderError(
                f"no row among the first {HEADER_SEARCH} looks like a header: no cell names a column "
                f"petdesk knows (such as Name, E-mail or 姓名), so these are not the expected columns "
                f"(first row: {shown}); say which row is the header, or map the columns by number",
                self.header_line,
                self.unit,
            )

    def body(self) -> RawRows:
        """Every body row, in file order."""
        return self.stream() if self.stream is not None else iter(self.rows)

    def count(self) -> int:
        """How many body rows the table has (reads the whole file once, checking every row)."""
        return len(self.rows) if self.stream is None else sum(1 for _ in self.stream())


def _csv_rows(stream: TextIO, delimiter: str) -> RawRows:
    """Rows of CSV text with the number of the line each starts on; a malformed row names its line."""
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "end of data" in str(exc) or "EOF" in str(exc):
                raise ImportFileError(
                    "a quoted value starts here and is never closed: the file is truncated or a quote "
                    "is missing",
                    start,
                ) from exc
            if "field limit" in str(exc):
                raise ImportFileError(
                    f"a value on this line is longer than {csv.field_size_limit():,} characters: "
                    "this is not a contact list",
                    start,
                ) from exc
            if "NUL" in str(exc):
                raise ImportFileError(
                    "the file contains NUL characters: it is binary, or UTF-16 without a byte-order mark",
                    start,
                ) from exc
            raise ImportFileError(f"not valid CSV ({exc})", start) from exc
        yield start, row


def _guess_delimiter(first: str) -> str:
    counts = {d: first.count(d) for d in (",", ";", "\t", "|")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def read_csv(
    data: bytes, encoding: str | None = None, delimiter: str | None = None, header_row: int | None = None
) -> Table:
    """A CSV (or tab-separated) file in any encoding offices have, all rows in memory (for small
    files; :func:`open_table` reads a file of any size); errors name the line."""
    try:
        detection = vcard.detect_file(data, encoding)
    except vcard.VCardError as exc:
        raise ImportFileError(exc.reason, exc.line) from exc
    text = detection.text
    if "\x00" in text:
        raise ImportFileError(
            "the file contains NUL characters: it is binary, or UTF-16 without a byte-order mark",
            text[: text.index("\x00")].count("\n") + 1,
        )
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delimiter = delimiter or _guess_delimiter(first)
    ends = text.endswith(("\n", "\r"))
    headers, header_line, body, found = _header_and_body(
        _csv_rows(io.StringIO(text, newline=""), delimiter), "line", ends, header_row
    )
    return Table(
        headers, list(body), detection.encoding, delimiter, "line", header_line, detection, header_found=found
    )


def worksheet_names(path: Path) -> list[str]:
    """The worksheets of an Excel workbook in their order ([] for another kind of file): an office's
    one big workbook holds its organisations, people and visits on sheets of their own (field test
    101), and the import reads one of them."""
    if detect_format(path, _head_bytes(path)) != "xlsx":
        return []
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def read_xlsx(data: bytes, sheet: str | None = None, header_row: int | None = None) -> Table:
    """The first (or named) worksheet of an Excel workbook, all rows in memory."""
    headers, header_line, body, found = _header_and_body(
        _xlsx_rows(io.BytesIO(data), sheet), "row", header_row=header_row
    )
    return Table(headers, list(body), "xlsx", ",", "row", header_line, header_found=found)


def _xlsx_rows(source: io.BytesIO | Path, sheet: str | None) -> RawRows:
    """Rows of a worksheet as text, streamed by openpyxl's read-only mode."""
    from openpyxl import load_workbook

    # Opened here, not by name: openpyxl refuses a workbook by its name's extension ("book.csv").
    with open(source, "rb") if isinstance(source, Path) else nullcontext(source) as fh:
        yield from _workbook_rows(load_workbook, fh, sheet)


def _workbook_rows(load_workbook: Any, source: IO[bytes], sheet: str | None) -> RawRows:
    try:
        workbook = load_workbook(source, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise ImportFileError(
            f"the Excel file is damaged or truncated (not a complete .xlsx archive: {exc})"
        ) from exc
    except Exception as exc:  # openpyxl raises many kinds for malformed XML
        raise ImportFileError(f"the Excel file cannot be read ({exc})") from exc
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                raise ImportFileError(
                    f"no worksheet named {quoted(sheet)}; the workbook has {', '.join(workbook.sheetnames)}"
                )
            ws = workbook[sheet]
        else:
            ws = workbook.worksheets[0]
        index = 0
        spans = _merged_down(ws)
        try:
            for index, row in enumerate(ws.iter_rows(values_only=True), start=1):
                yield index, spans.fill(index, [_cell_text(v) for v in row])
        except (zipfile.BadZipFile, EOFError, KeyError) as exc:
            raise ImportFileError(
                f"the worksheet is damaged after row {index} ({exc}): the file seems truncated",
                index + 1,
                unit="row",
            ) from exc
        except ImportFileError:
            raise
        except Exception as exc:
            raise ImportFileError(f"the worksheet cannot be read ({exc})", index + 1, "row") from exc
    finally:
        workbook.close()


#: A merged range's reference in the sheet XML: ``<mergeCell ref="A3:A12"/>``.
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+[0-9]+:[A-Z]+[0-9]+)"')


class MergedSpans:
    """Merged cells that span rows, given their top-left value on every row they span.

    A bureau merges a city's cell over that city's rows; Excel shows the city beside each row, but
    the file holds it in the first cell only (openpyxl reads the others as empty). Only the range's
    first column is filled: a title merged across columns stays one cell, as before."""

    def __init__(self, ranges: Iterable[tuple[int, int, int]]) -> None:
        #: first row -> [(column index, last row)] of the ranges that start there
        self._starts: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for column, first, last in ranges:
            if last > first:
                self._starts[first].append((column, last))
        #: column index -> (value, last row) of the ranges being filled
        self._open: dict[int, tuple[str, int]] = {}

    def fill(self, row_number: int, cells: list[str]) -> list[str]:
        for column, last in self._starts.get(row_number, ()):
            self._open[column] = (cells[column] if column < len(cells) else "", last)
        for column, (value, last) in list(self._open.items()):
            if row_number > last:
                del self._open[column]
                continue
            if len(cells) <= column:
                cells = cells + [""] * (column + 1 - len(cells))
            if not cells[column]:
                cells[column] = value
        return cells


def _merged_down(ws: Any) -> MergedSpans:
    """The merged ranges of a read-only worksheet (whose openpyxl reader ignores them), found by
    scanning its XML for ``mergeCell`` elements a block at a time (they follow the rows)."""
    from openpyxl.utils import range_boundaries

    refs: set[bytes] = set()
    tail = b""
    with ws._get_source() as source:  # openpyxl's own way to open the sheet's XML
        while block := source.read(1 << 20):
            text = tail + block
            refs.update(_MERGE_REF.findall(text))
            tail = text[-200:]  # a reference cut by the block boundary is found in the next one
    ranges = []
    for ref in refs:
        min_col, min_row, _max_col, max_row = range_boundaries(ref.decode())
        ranges.append((min_col - 1, min_row, max_row))
    return MergedSpans(ranges)


class NumberCell(str):
    """The text of a worksheet cell that held a whole number: a phone number in such a cell lost the
    spacing it was typed with (and its "+"), which :func:`phone_from_number_cell` gives back."""

    __slots__ = ()


def _stripped(cells: list[str]) -> list[str]:
    """The cells without spaces around them, composed (NFC: a macOS or Windows-1258 file writes "ề" as
    "ê" and a mark); a :class:`NumberCell` (which has neither) stays one."""
    return [c if isinstance(c, NumberCell) else composed(c).strip() for c in cells]


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return NumberCell(int(value))  # phone numbers typed as numbers
    if isinstance(value, int) and not isinstance(value, bool):
        return NumberCell(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


#: More columns than any contact program writes (Outlook: about 90; Google: about 60 plus groups).
MAX_COLUMNS = 1000
#: Non-empty rows at the top searched for the header (offices put a title line, a merged title cell or
#: a row of column groups above it).
HEADER_SEARCH = 10
#: ``header_row`` of a table with no column names at all: every row is a record, and the columns are
#: named by their numbers ("1", "2" ...), the names a mapping by number uses.
NO_HEADER = 0


class NoHeaderError(ImportFileError):
    """No row at the top of a table looks like a header: its columns must be mapped by number."""


def header_score(row: list[str]) -> int:
    """How much a row looks like a header: how many of its cells name a known column."""
    return len(guess_mapping(row, "contacts")) + len(guess_mapping(row, "organisations"))


def _header_and_body(
    raw_rows: Iterable[tuple[int, list[str]]],
    unit: str,
    ends_with_newline: bool = True,
    header_row: int | None = None,
) -> tuple[list[str], int, RawRows, bool]:
    """The header, its line, the body rows as they are read, and whether the header was recognised.

    The header is the row ``header_row`` (its line or row number) when given, else of the first
    :data:`HEADER_SEARCH` non-empty rows the one with most cells that name a known column (the first
    of equals): a title or a row of column groups above it is skipped. With :data:`NO_HEADER` there
    is none: the header line is 0, and the columns are numbered as wide as the widest of the first
    rows. Body rows leave out empty rows and are padded to the header's width; a row wider than the
    header, or a last row cut short in a file without a final line break, raises ``ImportFileError``."""
    rows = iter(raw_rows)
    top: list[tuple[int, list[str]]] = []
    non_empty: list[tuple[int, list[str]]] = []
    for n, raw in rows:
        top.append((n, raw))
        if header_row == NO_HEADER:
            if any(c.strip() for c in raw):
                non_empty.append((n, _stripped(raw)))
                if len(non_empty) >= HEADER_SEARCH:
                    break
        elif header_row is not None:
            if n == header_row:
                if not any(c.strip() for c in raw):
                    raise ImportFileError(f"the header row {header_row} is empty", n, unit)
                non_empty.append((n, _stripped(raw)))
            if n >= header_row:
                break
        elif any(c.strip() for c in raw):
            non_empty.append((n, _stripped(raw)))
            if len(non_empty) >= HEADER_SEARCH:
                break
    if header_row and not non_empty:
        raise ImportFileError(f"the file has no row {header_row} to be the header")
    if not non_empty:
        raise ImportFileError("the file has no rows")
    if header_row == NO_HEADER:
        width = max(len(_without_trailing_empties(row)) for _, row in non_empty)
        header_line, headers, found = 0, [str(i + 1) for i in range(width)], True
    else:
        scores = [header_score(row) for _, row in non_empty]
        header_at = scores.index(max(scores))
        found = header_row is not None or scores[header_at] > 0
        header_line, headers = non_empty[header_at]
    while headers and not headers[-1]:
        headers = headers[:-1]
    if len(headers) > MAX_COLUMNS:
        raise ImportFileError(
            f"the header has {len(headers):,} columns and petdesk reads at most {MAX_COLUMNS:,}: "
            "this is not a contact list",
            header_line,
            unit,
        )

    def body() -> RawRows:
        last: tuple[int, list[str]] | None = None
        for n, raw in chain(top, rows):
            last = (n, raw)
            row = _stripped(raw)
            if n <= header_line or not any(row):
                continue
            if any(row[len(headers) :]) and not header_line:
                raise ImportFileError(
                    f"this row has {len(_without_trailing_empties(row))} columns but the rows above it "
                    f"have {len(headers)}: the columns do not match; give the file a line of column names",
                    n,
                    unit,
                )
            if any(row[len(headers) :]):
                raise ImportFileError(
                    f"this row has {len(row)} columns but the header "
                    f"(line {header_line}) has {len(headers)}: the columns do not match",
                    n,
                    unit,
                )
            yield n, row[: len(headers)] + [""] * (len(headers) - len(row))
        # A last row shorter than the header in a file without a final line break was cut off.
        if last is not None and not ends_with_newline:
            line, raw = last
            # (A file with no header has no width to compare with: its rows may be of any.)
            if header_line and line > header_line and 0 < len(raw) < len(headers):
                raise ImportFileError(
                    f"the last row has {len(raw)} of {len(headers)} columns and the file does not end "
                    "with a line break: the file seems truncated",
                    line,
                )

    return headers, header_line, body(), found


def _without_trailing_empties(row: list[str]) -> list[str]:
    while row and not row[-1]:
        row = row[:-1]
    return row


def open_table(
    path: Path, encoding: str | None = None, sheet: str | None = None, header_row: int | None = None
) -> Table:
    """A CSV file or worksheet read a piece at a time: the header and the first :data:`HEAD_ROWS`
    rows now, the others each time :meth:`Table.body` is read."""
    if detect_format(path, _head_bytes(path)) == "xlsx":

        def xlsx_raw() -> RawRows:
            return _xlsx_rows(path, sheet)

        return _streamed_table(
            lambda: _header_and_body(xlsx_raw(), "row", header_row=header_row), "xlsx", ",", "row", None
        )
    try:
        text = import_source.read_text(path, encoding)
    except encoding_service.EncodingError as exc:
        raise ImportFileError(exc.reason, exc.line) from exc
    if text.text is not None and "\x00" in text.text:
        raise ImportFileError(
            "the file contains NUL characters: it is binary, or UTF-16 without a byte-order mark",
            text.text[: text.text.index("\x00")].count("\n") + 1,
        )
    with text.open() as stream:
        first = next((ln for ln in stream if ln.strip()), "")
    delimiter = _guess_delimiter(first)

    def csv_raw() -> RawRows:
        with text.open() as stream:
            yield from _csv_rows(stream, delimiter)

    def split() -> tuple[list[str], int, RawRows, bool]:
        return _header_and_body(csv_raw(), "line", text.ends_with_newline, header_row)

    return _streamed_table(split, text.detection.encoding, delimiter, "line", text.detection)


def _streamed_table(
    split: Callable[[], tuple[list[str], int, RawRows, bool]],
    encoding: str,
    delimiter: str,
    unit: str,
    detection: Detection | None,
) -> Table:
    headers, header_line, body, found = split()
    head = list(islice(body, HEAD_ROWS))
    return Table(
        headers,
        head,
        encoding,
        delimiter,
        unit,
        header_line,
        detection,
        stream=lambda: split()[2],
        header_found=found,
    )


def _head_bytes(path: Path, size: int = 200) -> bytes:
    with open(path, "rb") as f:
        return f.read(size)


# --- rows to records ----------------------------------------------------------------------------

_LIST_SPLIT = re.compile(r"\s*[,;，；、/|]\s*")


def _split_list(value: str) -> list[str]:
    return [v for v in _LIST_SPLIT.split(value.strip()) if v]


def _split_latin_name(
    full: str, family_zh: str = "", *, family_first: bool = False
) -> tuple[str, str, NameOrder]:
    """ "Wei Zhang" -> (family "Zhang", given "Wei", given first); "ZHANG Wei", "Zhang, Wei" or a name
    whose first word is the pinyin of the Chinese family name -> family first; so is a Vietnamese name
    ("Nguyễn Văn An", ``names.starts_with_vietnamese_family_name``), a Khmer one (សុខ ចាន់ណា,
    ``names_other_script.written_family_first``) and one the caller knows is (``family_first``: the
    Latin reading of a Khmer name)."""
    full = " ".join(full.split())
    if "," in full:
        family, given = (s.strip() for s in full.split(",", 1))
        if given.casefold() in _AFTER_A_COMMA:
            return family, given, NameOrder.FAMILY_FIRST  # "John Smith, PhD": as it was, not "PhD John Smith"
        if _east_asian_latin_name(family, given):
            return family, given, NameOrder.FAMILY_FIRST  # "Zhang, Wei": written family first anyway
        # a list's sorting form of a name its owner writes given name first: John Smith, Gabriel García
        # Márquez, not "Smith John" or "García Márquez Gabriel" (field test 110)
        return family, given, NameOrder.GIVEN_FIRST
    tokens = full.split(" ")
    if len(tokens) == 1:
        return tokens[0], "", NameOrder.GIVEN_FIRST
    if family_first or names_other_script.written_family_first(full):
        return tokens[0], " ".join(tokens[1:]), NameOrder.FAMILY_FIRST
    if mongolian_names.is_patronymic(" ".join(tokens[:-1]), tokens[-1]):
        # "Б. Болд", "Батын Болд": the father's name, then the given name (field test 119)
        return " ".join(tokens[:-1]), tokens[-1], NameOrder.FAMILY_FIRST
    if family_zh:
        # the family name's pinyin, or for a Korean one its spellings ("KIM MIN JUN" for 김민준)
        family_py = hangul.surname_spellings(family_zh) or (
            fold_latin(chinese_name_pinyin(family_zh, "")[0]),
        )
        if fold_latin(tokens[0]) in family_py:
            return tokens[0], " ".join(tokens[1:]), NameOrder.FAMILY_FIRST
        if fold_latin(tokens[-1]) in family_py:
            return tokens[-1], " ".join(tokens[:-1]), NameOrder.GIVEN_FIRST
    if is_latin_initials(tokens[-1]) and not is_latin_initials(tokens[0]):
        # "Chan W.K.", "CHAN WK": the family name, then the given name's initials (Hong Kong)
        family = tokens[0].title() if tokens[0].isupper() and len(tokens[0]) > 1 else tokens[0]
        return family, " ".join(tokens[1:]), NameOrder.FAMILY_FIRST
    if (
        tokens[0].isupper()
        and len(tokens[0]) > 1
        and not all(t.isupper() for t in tokens)
        and not is_latin_initials(tokens[0])  # "WK Chan", "J.P. Morgan": initials, not a surname
    ):
        return tokens[0].title(), " ".join(tokens[1:]), NameOrder.FAMILY_FIRST
    if _korean_family_first(tokens):
        return tokens[0], " ".join(tokens[1:]), NameOrder.FAMILY_FIRST
    if starts_with_vietnamese_family_name(tokens):
        return tokens[0], " ".join(tokens[1:]), NameOrder.FAMILY_FIRST
    if tokens[-1].isupper() and len(tokens[-1]) > 1 and not all(t.isupper() for t in tokens):
        return tokens[-1].title(), " ".join(tokens[:-1]), NameOrder.GIVEN_FIRST
    if filipino := _filipino_particle_start(tokens):
        # "Ma. Cristina S. dela Cruz" was split "Ma. Cristina S. dela | Cruz" (field test 126)
        return " ".join(tokens[filipino:]), " ".join(tokens[:filipino]), NameOrder.GIVEN_FIRST
    if len(tokens) >= 3 and re.fullmatch(r"[A-Z]\.", tokens[-2]):
        # a middle initial before the family name ("Maria Clara S. Reyes") is no part of it
        return tokens[-1], " ".join(tokens[:-1]), NameOrder.GIVEN_FIRST
    iberian = iberian_names.split_given_first(tokens)  # "María José | García de la Cruz"
    if iberian is not None:
        return iberian[0], iberian[1], NameOrder.GIVEN_FIRST
    start = names_other_script.family_start(tokens)  # "bin Rashid", "Al Mansouri"
    return " ".join(tokens[start:]), " ".join(tokens[:start]), NameOrder.GIVEN_FIRST


#: The particles Filipino family names begin with, written as one word: "dela Cruz", "Delos Reyes".
_FILIPINO_PARTICLES = frozenset({"dela", "delos", "delas"})


def _filipino_particle_start(tokens: list[str]) -> int:
    """Where a Filipino family name begins with its particle ("dela Cruz", "Delos Santos"), after at
    least one given name and before the last word; 0 when the name has none."""
    for index, token in enumerate(tokens[1:-1], start=1):
        if token.casefold() in _FILIPINO_PARTICLES:
            return index
    return 0


#: Generation suffixes that end a whole name ("John Smith Jr.", "Paul Eto'o Fils"), case folded.
_GENERATION_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "fils", "père", "pere"})
#: What follows a comma after a whole name and is no given name: "John Smith, PhD", "Smith, Jr.".
_AFTER_A_COMMA = _GENERATION_SUFFIXES | {"phd", "ph.d.", "md", "m.d.", "mba", "msc", "m.sc.", "esq", "esq."}


def _generation_suffix(full: str) -> tuple[str, str]:
    """(the name without its generation suffix, the suffix or ""): of three words or more only, so
    that a family name that is also a suffix word ("Amadou Fils") stays the family name. A name with
    a comma is written family first ("Smith, John") and is left as it is."""
    tokens = full.split()
    if len(tokens) < 3 or "," in full or tokens[-1].casefold() not in _GENERATION_SUFFIXES:
        return full, ""
    return " ".join(tokens[:-1]), tokens[-1]


def _without_remark(part: str, remarks: list[str]) -> str:
    """A vCard name part without the role in brackets that ends it, the role added to ``remarks``
    (once: FN usually carries it too)."""
    name, remark = name_remarks.split_remark(part.strip())
    if remark and remark not in remarks:
        remarks.append(remark)
    return name


def _east_asian_latin_name(family: str, given: str) -> bool:
    """Whether a "Family, Given" cell holds a Chinese ("Zhang, Wei", "Chan, Tai Man"), Korean ("Kim,
    Min-jun") or Vietnamese ("Nguyen, Van An") name in Latin letters: one written family name first."""
    return (
        reads_as_chinese_latin_name(family, given)
        or (hangul.is_customary_surname(family) and hangul.reads_as_given_name(given))
        or is_vietnamese_name(family, given)
    )


def _korean_family_first(tokens: list[str]) -> bool:
    """ "Kim Minjun", "Park Ji Hoon": a Korean name written family first, as Korean address books
    and the passport's order (surname, then given names) have it. Only where the first word is a
    customary Korean family-name spelling, the rest reads as romanised Korean syllables and the last
    word is not a family name too ("Minjun Kim" is given name first; "Lee Min" cannot be told)."""
    return (
        len(tokens) in (2, 3)
        and hangul.is_customary_surname(tokens[0])
        and not hangul.is_customary_surname(tokens[-1])
        and hangul.reads_as_given_name(" ".join(tokens[1:]))
    )


#: Spellings of genders (case folded) -> the code petdesk stores (see ``labels.GENDERS``).
_GENDERS = {
    **GENDER_ALIASES,
    # Outlook's gender column in French and German
    **{"masculin": "m", "féminin": "f", "männlich": "m", "weiblich": "f"},
    **{"unspecified": "", "non spécifié": "", "nicht angegeben": ""},
    # Korean lists' 성별 column (남/여), Chinese and Japanese forms' 男性/女性
    **{"남": "m", "여": "f", "남성": "m", "여성": "f", "男性": "m", "女性": "f"},
}


def _gender(text: str) -> str:
    """The code of a gender in a file; a word petdesk does not know as it is (cut to the column)."""
    return _GENDERS.get(text.casefold(), text[:10])


_CHANNEL_OF_FIELD: dict[str, tuple[ContactChannel, ChannelLabel]] = {
    "email": (ContactChannel.EMAIL, ChannelLabel.WORK),
    "phone": (ContactChannel.PHONE, ChannelLabel.WORK),
    "mobile": (ContactChannel.PHONE, ChannelLabel.MOBILE),
    "phone_home": (ContactChannel.PHONE, ChannelLabel.HOME),
    "fax": (ContactChannel.FAX, ChannelLabel.WORK),
    "wechat": (ContactChannel.WECHAT, ChannelLabel.OTHER),
    "whatsapp": (ContactChannel.WHATSAPP, ChannelLabel.OTHER),
    "skype": (ContactChannel.SKYPE, ChannelLabel.OTHER),
    "telegram": (ContactChannel.TELEGRAM, ChannelLabel.OTHER),
    "line_id": (ContactChannel.LINE, ChannelLabel.OTHER),
}


def check_mapping(mapping: dict[int, str], headers: list[str], target: Target, header_line: int = 1) -> None:
    """Refuse a mapping with nothing that identifies a record: that is a file with the wrong columns.

    People need a name, or at least an e-mail or phone (to update people already known); organisations
    need a name."""
    keys = set(mapping.values())
    needed = (
        NAME_FIELDS | {"email", "phone", "mobile", "id"}  # one list of name fields: name_native went into two
        if target == "contacts"
        else {"name", "name_en", "name_zh"}
    )
    if not keys & needed:
        shown = ", ".join(h or "(empty)" for h in headers[:12])
        what = "a person's name, e-mail or phone" if target == "contacts" else "an organisation's name"
        raise ImportFileError(
            f"no column holds {what}, so these are not the expected columns (found: {shown}); "
            "map a column to a name field",
            header_line,
        )


def records_from_table(table: Table, mapping: dict[int, str], target: Target = "contacts") -> list[Record]:
    """Turn rows into records using ``mapping`` (column index -> field key)."""
    return list(iter_records_from_table(table, mapping, target))


def iter_records_from_table(
    table: Table, mapping: dict[int, str], target: Target = "contacts"
) -> Iterator[Record]:
    """:func:`records_from_table` a row at a time (the rows are read as the records are taken)."""
    check_mapping(mapping, table.headers, target, table.header_line)
    pending = 0  # blank rows above rows that give no record: told with the next record
    if target == "organisations":
        for line, row, blanks in _rows_after_blanks(table):
            pending += blanks
            values = [
                (key, _organisation_cell(key, row[i]))
                for i, key in sorted(mapping.items())
                if i < len(row) and row[i].strip()
            ]
            if values:
                org = _organisation_from_row(line, values)
                # said as a contact's are: a Spanish list's "Teléfono" and "CUIT / RUT" went unsaid
                for i in range(min(len(row), len(table.headers))):
                    if row[i].strip() and i not in mapping and not csv_dialects.is_ignored(table.headers[i]):
                        org.dropped[table.headers[i]] = org.dropped.get(table.headers[i], 0) + 1
                org.blank_before, pending = pending, 0
                yield org
        return
    # Google's value columns have a type column beside them ("E-mail 1 - Type": "* Work").
    companions = csv_dialects.companions(table.headers)
    day_first = csv_dialects.day_first(table.headers) or _office_writes_day_first()
    ordered = sorted(mapping.items())
    ignored = [csv_dialects.is_ignored(h) for h in table.headers]
    # Columns the file itself names as notes (in its program's language: Outlook's "Notas").
    notes_columns = {i for i, key in guess_mapping(table.headers).items() if key == "notes"}
    guarded = table.unit == "line"  # only the CSV export guards formula-like cells
    passport = _passport_list(table.headers, mapping)
    family_comma_given = _family_comma_given(table.headers, mapping)
    columns = frozenset(mapping.values())  # an empty cell under one is the row's own word
    for line, row, blanks in _rows_after_blanks(table):
        pending += blanks
        typed: list[tuple[str, str, str, str]] = []
        for i, key in ordered:
            if i >= len(row) or not row[i].strip():
                continue
            value = row[i].strip()
            if isinstance(row[i], NumberCell) and _is_phone_field(key):
                value = phone_from_number_cell(value)
            if guarded and value[0] == "'":
                value = without_formula_guard(value)
            if lost_letters.lost_letter(key, value, table.encoding):  # a mapping changed in the window
                raise _lost_letter_error(value, table, line)
            if key in ("birthday", "anniversary"):
                if is_unset_date(value):
                    continue  # Outlook's "0/0/00": no date
                if day_first:
                    value = normalize_date(value, day_first=True) or value
            if key == "name_hanja" and not is_hanja_name(value):
                key = "notes"  # 尹아름 in the 한자 column: kept in the notes saying what it is
            if key == "notes" and i not in notes_columns:
                value = note_label(table.headers[i] if i < len(table.headers) else "") + value
            type_index, group = companions.get(i, (None, ""))
            kind = row[type_index].strip() if type_index is not None and type_index < len(row) else ""
            if i in family_comma_given and "," in value:
                # "Müller, Hans" under "Name, Vorname": the two name columns in one, so the person's
                # own name order is guessed as for separate columns (not "family first" as "Zhang, Wei")
                family, given = (part.strip() for part in value.split(",", 1))
                typed += [("family_name", family, "", ""), ("given_name", given, "", "")]
                continue
            typed.append((key, value, kind, group))
        if typed:
            rec = _contact_from_row(
                line,
                [(k, v) for k, v, _, _ in typed],
                typed,
                table.encoding,
                passport=passport,
                columns=columns,
            )
            unmapped = [
                table.headers[i]
                for i in range(min(len(row), len(table.headers)))
                if row[i].strip() and i not in mapping and not ignored[i]
            ]
            for header in unmapped:
                rec.dropped[header] = rec.dropped.get(header, 0) + 1
            rec.blank_before, pending = pending, 0
            yield rec


def _organisation_cell(key: str, cell: str) -> str:
    """A cell of an organisations sheet; a spreadsheet's number cell under the phone as the phone it
    is, as for a person's (import49)."""
    value = cell.strip()
    return phone_from_number_cell(value) if key == "phone" and isinstance(cell, NumberCell) else value


def _rows_after_blanks(table: Table) -> Iterator[tuple[int, list[str], int]]:
    """Body rows with how many empty rows a worksheet has just above each (its row numbers count
    every row, so a gap is empty rows). Only those above a row are counted: a sheet's empty rows at
    the end are formatting, not a row the user typed. A text file's line numbers also jump over a
    value with line breaks, so CSV says 0."""
    previous = table.header_line
    for line, row in table.body():
        blanks = line - previous - 1 if table.unit == "row" and previous else 0
        previous = line
        yield line, row, max(blanks, 0)


@cache
def note_label(header: str) -> str:
    """What a value of column ``header`` sent to the notes starts with: "首次联系日期：" for a column
    that is no notes column, so that "2023-11-01" in the notes still says what it is (field test
    64); nothing for a notes column (备注, Notes) or one without a name."""
    header = header.strip()
    if not header or guess_mapping([header]).get(0) == "notes":
        return ""
    return f"{header}：" if has_cjk(header) else f"{header}: "


def is_hanja_name(text: str) -> bool:
    """Whether a Hanja column's value is a name in Han characters (李敏鎬, 鮮于在賢) the Hanja field
    takes; a partial one (尹아름: a Hangul given name without Hanja) stays in the notes."""
    return _HANJA_VALUE.fullmatch(text.strip()) is not None


_HANJA_VALUE = re.compile(f"[{HAN_CLASS}]+(?:\\s[{HAN_CLASS}]+)*")


#: Headers of a name column that is a passport's whole name, surname first (folded; round 54).
_PASSPORT_NAME_HEADERS = frozenset(
    {"namesurname", "surnamename", "фио", "fio", "fullnameasinpassport", "nameasinpassport", "passportname"}
)


def _family_comma_given(headers: Sequence[str], mapping: dict[int, str]) -> set[int]:
    """The whole-name columns whose header says "family name, given name" ("Name, Vorname")."""
    return {
        i
        for i, key in mapping.items()
        if key == "full_name" and i < len(headers) and _fold_header(headers[i]) in _FAMILY_COMMA_GIVEN
    }


def _passport_list(headers: Sequence[str], mapping: dict[int, str]) -> bool:
    """Whether a file's whole names are as a passport prints them, surname first: it has a passport
    number column, or its name column's header says so ("NAME/SURNAME", "ФИО")."""
    return any(
        key == "passport_number"
        or (key in ("full_name", "name_latin") and i < len(headers)
            and _fold_header(headers[i]) in _PASSPORT_NAME_HEADERS)
        for i, key in mapping.items()
    )  # fmt: skip


def _capitals_first(given: str) -> tuple[str, str, NameOrder] | None:
    """A whole name written family name first in capitals ("BOLD Bat-Erdene", "DIOP Aminata",
    "Ноён BOLD Bat-Erdene") split as a whole-name column splits it; None for any other given name."""
    title, rest = honorifics.title_of_given_name(given.strip())
    tokens = rest.split()
    if len(tokens) < 2 or not tokens[0].isupper() or len(tokens[0]) < 2 or is_latin_initials(tokens[0]):
        return None
    if all(t.isupper() for t in tokens):
        return None  # "JEAN PIERRE": no case tells the family name
    family, rest_given, order = _split_latin_name(rest)
    return family, f"{title} {rest_given}".strip(), order


def _split_titled_name(full: str, family_zh: str = "") -> tuple[str, str, NameOrder]:
    """:func:`_split_latin_name` of ``full`` without a title before it, the title kept before the
    given name for :func:`_settle_honorific`: "Ноён BOLD Bat-Erdene" and "Dr. DIOP Aminata" were
    split at the title ("BOLD" given, "Bat-Erdene" family)."""
    title, rest = honorifics.title_of_given_name(full)
    if not title or len(rest.split()) < 2:
        return _split_latin_name(full, family_zh)  # "Hon. Wanjiku": as before (title_alone)
    family, given, order = _split_latin_name(rest, family_zh)
    return family, f"{title} {given}".strip(), order


def _couple_off_name(rec: ContactRecord) -> None:
    """ "Mr. and Mrs. John" + "Smith": the person John Smith, no honorific, the cell's wording in the
    notes (:mod:`couple_names`)."""
    rec.given_name, rec.notes = couple_names.couple_off_given_name(
        rec.given_name,
        rec.family_name,
        rec.notes,
        chinese=couple_names.notes_in_chinese(
            rec.family_name_zh, rec.given_name_zh, rec.native_name_language
        ),
    )


def _couple_off_whole_name(rec: ContactRecord, full: str) -> str:
    """A whole name without a couple's titles, to be split as any whole name, the cell's wording in
    the notes as written (:func:`couple_names.couple_off_whole_name`)."""
    full, rec.notes = couple_names.couple_off_whole_name(
        full,
        rec.notes,
        chinese=couple_names.notes_in_chinese(
            rec.family_name_zh, rec.given_name_zh, rec.native_name_language
        ),
    )
    return full


def whole_name_as_imported(full: str, *, family_zh: str = "", given_zh: str = "") -> ContactRecord:
    """The person a sheet's whole-name cell ``full`` makes, beside their Chinese name if any: the
    import's own reading of a row, for ``tidy-names`` to propose the split an import makes today of
    a name stored before (names61b: "Mr. and Mrs. ZHANG Wei" stored "ZHANG" / "Wei")."""
    cells = [("full_name", full), ("family_name_zh", family_zh), ("given_name_zh", given_zh)]
    return _contact_from_row(0, [(key, value) for key, value in cells if value.strip()])


def _card_title_off_name(rec: ContactRecord) -> None:
    """A title in a card's given name made the honorific: "م. عمرو المصري" from WhatsApp (field test
    118), "N:Kiprono;Hon.;;;" (the title alone in the given name's place), unless one is set."""
    _couple_off_name(rec)
    title, given_rest = honorifics.title_of_given_name(rec.given_name)
    if not title and rec.family_name.strip() and (title := honorifics.title_alone(rec.given_name)):
        given_rest = ""
    if title and not rec.honorific_en:
        rec.given_name = given_rest
        rec.honorific_en, title_zh, title_gender = honorifics.settle([title])
        rec.honorific_zh = rec.honorific_zh or title_zh
        rec.gender = rec.gender or title_gender


def _passport_order(full: str) -> tuple[str, str, NameOrder] | None:
    """A passport's whole name in capitals, "NURLANOVA AIGERIM SERIKOVNA": the first word is the
    surname (the usual rule took the last, given first). None for any other name."""
    tokens = full.split()
    if len(tokens) < 2 or "," in full or not all(t.isupper() for t in tokens):
        return None
    return tokens[0], " ".join(tokens[1:]), NameOrder.FAMILY_FIRST


#: Countries whose people's names in Han characters are Chinese names.
_CHINESE_NAME_COUNTRIES = frozenset({"CN", "TW", "HK", "MO"})


#: Columns only Japanese business-card apps write (会社名フリガナ, 名刺交換日; ``_CARD_APP_HEADERS``):
#: a file with one is a Japanese app's, its names in Han Japanese as in a Shift_JIS file.
_JAPANESE_CARD_APP_FIELDS = frozenset({"organisation_reading", "card_exchange_date"})


def _row_in_chinese_country(values: list[tuple[str, str]]) -> bool:
    """Whether a row's country or nationality cell names China (中国, China, CN), Taiwan, Hong Kong
    or Macao: the file's Japanese encoding then no longer makes its Han names Japanese."""
    from petdesk.labels import country_code_in_any_language

    return any(
        country_code_in_any_language(value.strip()) in _CHINESE_NAME_COUNTRIES
        for key, value in values
        if value.strip() and (key.endswith("country") or key == "nationality")
    )


def _contact_from_row(
    line: int,
    values: list[tuple[str, str]],
    typed: list[tuple[str, str, str, str]] | None = None,
    hint: str = "",
    *,
    passport: bool = False,
    columns: frozenset[str] = frozenset(),
) -> ContactRecord:
    """``columns``: the fields the file has a column for, an empty cell in one being the row's word."""
    rec = ContactRecord(line=line)
    whole_names: list[str] = []  # whole names outside Chinese/Japanese/Korean, in any script
    employee_numbers: list[str] = []
    card_dates: list[str] = []
    written_honorifics: list[str] = []
    titles_after_name: list[str] = []  # "박지훈 부장"
    unsplit_japanese = ""  # a Japanese name with no space and no known family name, kept whole
    remarks: list[str] = []  # "김지수 (통역)": not part of the name (field test 73)
    _typed_fields(rec, typed or [(k, v, "", "") for k, v in values])
    # A row with the Chinese name in parts (petdesk's own export) says more than its whole name.
    zh_parts = any(k in ("family_name_zh", "given_name_zh") and v.strip() for k, v in values)
    # A kana reading beside a kanji name makes it Japanese, split at its space: "佐藤 大輔" was read
    # as Chinese, 佐 / 藤大輔 "Zuo Tengdafu" (field test 78).
    if columns & _JAPANESE_CARD_APP_FIELDS and hint.lower() not in JAPANESE_ENCODINGS:
        # Eight's UTF-8 export, 姓 / 名 apart with no reading: its card-app columns say what Shift_JIS
        # says of Sansan's, and a reading of Wantedly's 氏名: the names are Japanese (names63)
        hint = "ja"
    if (hint.lower() in JAPANESE_ENCODINGS or hint == "ja") and _row_in_chinese_country(values):
        hint = ""  # a Chinese person in a Shift_JIS Outlook file: the row's country wins (field test 115)
    name_hint = "ja" if any(k in _READING_FIELDS and has_kana(v) for k, v in values) else hint
    doubtful_japanese = ""  # a Han name the file alone makes Japanese, its family name in no table
    said = any(k == "native_name_language" and v.strip() for k, v in values)  # the row's own word
    if name_hint == hint and (hint.lower() in JAPANESE_ENCODINGS or hint == "ja") and not said:
        # a Chinese colleague's card in a Japanese app's file: 王伟 was split and stored as Japanese
        family, given = _han_name_of_row(values)
        verdict = han_name_origin.origin(family, given) if family else None
        if verdict is han_name_origin.Origin.CHINESE:
            hint = name_hint = ""
        elif family and han_name_origin.needs_check(family, given):
            doubtful_japanese = f"{family} {given}".strip()  # 森 由美 is plain; 森 磊 is checked
    for key, value in values:
        if key == "id":
            rec.uid = value
        elif key in ("full_name", "name_zh", "name_latin", "name_native"):
            value, remark = name_remarks.split_remark(value)
            remarks += [remark] if remark else []
            if key == "name_latin" and name_remarks.is_native_only(value):
                if rec.family_name_zh or rec.given_name_zh:
                    continue  # the Hangul name again in the Latin column, as the list had it
                key = "full_name"
            if has_native_script(value) and key != "name_latin" and zh_parts:
                continue
            if has_native_script(value) and key != "name_latin":
                language = language_of(value, name_hint)
                if language == "ko":
                    value, title = korean_title_after_name(value)
                    titles_after_name += [title] if title else []
                else:
                    # 様 / さん / 殿 are courtesy, not name; the address labels add 様 themselves
                    value, courtesy = japanese_honorific_after_name(value)
                    language = "ja" if courtesy else language
                rec.family_name_zh, rec.given_name_zh = _split_native(value, language)
                rec.native_name_language = rec.native_name_language or language
                unsplit_japanese = value if language == "ja" and not rec.given_name_zh else ""
            else:
                whole_names.append(value)
        elif key == "name_indic":
            indic = names_indic.without_title(value.strip())
            if names_indic.indic_language(indic) and not (rec.family_name_zh or rec.given_name_zh):
                rec.family_name_zh, rec.native_name_language = indic, names_indic.indic_language(indic)
            elif indic and not names_indic.indic_language(indic):
                whole_names.append(value)  # an English name typed in the Hindi column
        elif key == "name_hanja":
            rec.name_hanja = value.strip()
        elif key == "phonetic_name" and not (rec.phonetic_family_name or rec.phonetic_given_name):
            rec.phonetic_family_name, rec.phonetic_given_name = split_japanese_name(value)
        elif key == "native_name_language":
            # petdesk's own column ("ja", "ko"): a Han-only Japanese name stays Japanese
            rec.native_name_language = language_of("", value.strip()) or rec.native_name_language
        elif key == "family_name":
            value, remark = name_remarks.split_remark(value)
            remarks += [remark] if remark else []
            if has_native_script(value):
                rec.family_name_zh = value
            else:
                rec.family_name = value
        elif key == "given_name":
            value, remark = name_remarks.split_remark(value)
            remarks += [remark] if remark else []
            if has_native_script(value):
                rec.given_name_zh = value
            else:
                rec.given_name = value
        elif key in ("family_name_zh", "given_name_zh"):
            setattr(rec, key, value)
        elif key == "honorific":
            written_honorifics.append(value)
        elif key == "gender":
            rec.gender = _gender(value)
        elif key in ("organisation", "department", "position"):
            setattr(rec, f"{key}_{'zh' if has_native_script(value) else 'en'}", value)
        elif key in (
            "organisation_en",
            "organisation_zh",
            "position_en",
            "position_zh",
            "department_en",
            "department_zh",
            "honorific_en",
            "honorific_zh",
        ):
            setattr(rec, key, value)
        elif key == "name_order":
            folded = _fold_header(value)
            if folded in ("familyfirst", "family", "姓在前", "lastfirst", "surnamefirst"):
                rec.name_order, rec.name_order_written = NameOrder.FAMILY_FIRST, True
            elif folded in ("givenfirst", "given", "名在前", "firstfirst"):
                rec.name_order, rec.name_order_written = NameOrder.GIVEN_FIRST, True
        elif key in ("tags", "languages"):
            for cell in csv_dialects.split_multi(value):
                if cell.strip() in csv_dialects.GOOGLE_SYSTEM_GROUPS:
                    continue  # "* myContacts": every Google contact is in it
                items = _split_list(cell.removeprefix("* "))
                getattr(rec, key).extend(v for v in items if v not in getattr(rec, key))
        elif key == "notes":
            rec.notes = f"{rec.notes}\n{value}".strip()
        elif key == "employee_number":
            employee_numbers.append(value)
        elif key == "card_exchange_date":
            card_dates.append(value.strip())
        elif key == "organisation_reading":
            rec.organisation_reading = rec.organisation_reading or value.strip()
        elif key in ("dietary_needs", "accessibility_needs") and no_answer.says_nothing(value):
            continue  # a form's "None" is no need: it was counted as one in the dossier (field 111)
        elif key in ("dietary_needs", "accessibility_needs", "emergency_contact"):
            setattr(rec, key, value)
        elif key == "nationality":
            _set_nationality(rec, value)
        elif key == "passport_number":
            rec.passport_number = rec.passport_number or half_width_latin(value).strip().upper()
        elif key == "passport_expiry":
            _set_date(rec, key, value)
    _split_whole_chinese_name(rec, hint)
    latin_full, reading = names_other_script.name_and_reading(whole_names)
    if rec.native_name_language in names_indic.LANGUAGES and rec.family_name_zh in whole_names:
        if rec.family_name or rec.given_name:
            # petdesk's export of an English name with a Hindi one beside it: its "Full name" was
            # the Hindi name again, reported as a display name that differs (field test 107)
            whole_names.remove(rec.family_name_zh)
        else:  # the Hindi name alone, in both columns: it is the name, once
            rec.family_name_zh, rec.native_name_language = "", ""
    if reading and not (rec.phonetic_family_name or rec.phonetic_given_name):
        # the reading in the name's own order: "Sok Channa" beside សុខ ចាន់ណា is family name first
        family_first = names_other_script.written_family_first(latin_full)
        rec.phonetic_family_name, rec.phonetic_given_name, _order = _split_latin_name(
            reading, family_first=family_first
        )
    if latin_full and not (rec.family_name or rec.given_name):  # "Mr. and Mrs. ZHANG Wei"
        latin_full = _couple_off_whole_name(rec, latin_full)
    surname_first = _passport_order(latin_full) if passport else None
    if surname_first and not (rec.family_name or rec.given_name):
        rec.family_name, rec.given_name, rec.name_order = surname_first
    elif latin_full and not (rec.family_name or rec.given_name) and (parts := patronymics.split(latin_full)):
        # "Абенов Нурлан Серикович": the patronymic was stored as the family name (field test 121)
        rec.family_name, rec.given_name, patronymic = parts
        rec.middle_name = rec.middle_name or patronymic
    elif latin_full and not (rec.family_name or rec.given_name):
        rec.family_name, rec.given_name, rec.name_order = _split_titled_name(latin_full, rec.family_name_zh)
        if _ethiopian(latin_full, values):
            # given name + father's name, no family name: "Tigist Haile" was filed under the
            # father as "Haile, Tigist" (field test 117); Ethiopians are listed by the given name
            rec.family_name, rec.given_name = "", latin_full
        name, suffix = _generation_suffix(latin_full)
        if suffix and rec.name_order == NameOrder.GIVEN_FIRST:
            # the suffix stays with the family name it ends: lists, dossiers and certificates show
            # the name whole ("Eto'o Fils"), and it files under E, not F
            family, rec.given_name, _order = _split_titled_name(name, rec.family_name_zh)
            rec.family_name = f"{family} {suffix}"
        initial = re.fullmatch(r"(?P<given>.+?)\s+(?P<initial>[A-Z]\.)", rec.given_name)
        # initials in a row are the given name's, all of them: "Dr. R. K. Sharma" (India, field 107)
        in_a_row = bool(initial and re.search(r"(?:^|\s)[A-Z]\.$", initial["given"]))
        if initial and rec.name_order == NameOrder.GIVEN_FIRST and not rec.middle_name and not in_a_row:
            # "Juan D. dela Cruz": the middle initial (the mother's family name in the Philippines)
            # is the middle name, not part of the given name it would replace (field test 126)
            rec.given_name, rec.middle_name = initial["given"], initial["initial"]
    elif latin_full:
        _report_display_name(rec, latin_full, "display name")
    if not rec.family_name and rec.given_name:  # "Mr. and Mrs. ZHANG Wei" in the First Name alone
        rec.given_name = _couple_off_whole_name(rec, rec.given_name)
    if not rec.family_name and (capitals := _capitals_first(rec.given_name)):
        # "BOLD Bat-Erdene", "DIOP Aminata" typed whole into the given name (Нэр, Prénom) with no
        # family name: split as under a whole-name column, not kept whole as a given name
        rec.family_name, rec.given_name, rec.name_order = capitals
    # "أحمد حسن (المهندس)": a title in brackets after the name is the honorific, not a note (walks58b)
    # ("(Sr.)" stays a remark: Senior as much as Señor)
    titled = [r for r in remarks if honorifics.known(r) is not None and not _SENIOR_JUNIOR.fullmatch(r)]
    written_honorifics += titled
    remarks = [r for r in remarks if r not in titled]
    _settle_honorific(rec, written_honorifics, columns)
    for title in titles_after_name:
        _settle_title_after_name(rec, title)
    remarks, rec.nickname = name_remarks.take_call_name(remarks, rec.nickname)
    rec.position_en, rec.position_zh, rec.notes = name_remarks.settle(
        remarks, rec.position_en, rec.position_zh, rec.notes
    )
    if not (rec.family_name_zh or rec.given_name_zh) and (
        latin := names_indic.latin_reading(rec.family_name, rec.given_name)
    ):
        # a Hindi name alone: its Latin reading becomes the name lists, search and letters use, and
        # the Devanagari is kept whole beside it, as an Indian list's "Name (Hindi)" column is
        written = (rec.family_name, rec.given_name)
        if rec.name_order != NameOrder.FAMILY_FIRST:
            written = written[::-1]
        rec.family_name_zh, rec.native_name_language = " ".join(w for w in written if w), "hi"
        rec.family_name, rec.given_name = latin
    native = rec.family_name_zh + rec.given_name_zh
    if unsplit_japanese and not rec.given_name_zh:
        _note_unsplit_japanese(rec, unsplit_japanese)
    if native and not rec.native_name_language:
        reading = rec.phonetic_family_name + rec.phonetic_given_name
        # 様 in a name-suffix column (Google's "Name Suffix", Outlook-ja's 敬称) is Japanese courtesy:
        # "伊藤 恵子" with 様 was taken for a Chinese name (field test 115)
        japanese = has_kana(reading) or rec.name_suffix.strip() in JAPANESE_HONORIFICS
        rec.native_name_language = language_of(native, "ja" if japanese else hint)
    if doubtful_japanese and rec.native_name_language == "ja":
        rec.warnings.append(Reason(_DOUBTFUL_JAPANESE, value=doubtful_japanese))
    # the import's own lines are labelled in the language of the person's name, known by now: a
    # Japanese name in Han gets English ones, as its company's reading line (names63: 交换名片 beside it)
    chinese = _notes_in_chinese(rec)
    # a couple's "Written as" line was labelled before the name's language was known (a Han-only
    # Japanese name with a ja hint): labelled again by the same rule now
    rec.notes = "\n".join(
        couple_names.line_for_reader(line, chinese=chinese) for line in rec.notes.split("\n")
    )
    for number in employee_numbers:
        label = "工号：" if chinese or (not native and has_cjk(number)) else "Employee number: "
        rec.notes = f"{rec.notes}\n{label}{number}".strip()
    for day in filter(None, card_dates):  # no activity from an import: a line of the notes, ISO-dated
        label = "交换名片：" if chinese else "Met — cards exchanged: "
        # Wantedly People writes the time too ("2026/11/12 10:31"); a date not read stays as typed
        iso = normalize_date(day) or normalize_date(day.split()[0]) or day
        rec.notes = f"{rec.notes}\n{label}{iso}".strip()
    if rec.organisation_reading and not (rec.organisation_en or rec.organisation_zh):
        rec.notes = f"{rec.notes}\n{_reading_line(rec.organisation_reading)}".strip()
    _fold_latin_fields(rec)
    _settle_phones(rec, row_country(rec) or office_country())
    _note_rejected(rec)
    if _may_be_given_first(rec):
        _given_first_by_country(rec, None)  # the row's own country; the organisation's at planning
    return rec


#: Where forms ask for an ID number beside the phone and people write one for the other: East Africa's
#: national IDs are 7–8 digits, as a local number is. Elsewhere (a Chinese number without its area
#: code, an extension) an invalid number is kept as typed, as before.
_ID_IN_PHONE_COUNTRIES = frozenset({"KE", "UG", "TZ", "RW", "ET"})
#: Pakistan's national ID card (CNIC) number, "35202-1234567-1": no phone anywhere is written so.
_PAKISTANI_CNIC = re.compile(r"\d{5}-\d{7}-\d")
#: Said of a number in a phone column that no phone of the row's country can be (a national ID).
NOT_A_PHONE_OF = N_("“{value}” cannot be a phone number in {country}; kept in the notes")
#: Said of a Chilean RUT or an Argentine CUIT typed into a phone column (field test 123).
TAX_ID_NOT_A_PHONE = N_("“{value}” is a {kind} (a tax number), not a phone number; kept in the notes")


def latin_digits(text: str) -> str:
    """``text`` with every decimal digit (Bengali ০-৯, Arabic-Indic, Devanagari …) written 0-9."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in text)


def _settle_phones(rec: ContactRecord, country: str) -> None:
    """One number once, compared by its international form: Nairobi's "Phone (Safaricom)" 0740 285 268
    and "M-Pesa No." 254740285268 were stored twice; and a number of the row's country typed without
    its trunk "0" that libphonenumber finds no phone of that country ("23456789", a Kenyan ID) goes
    to the notes, said (field test 117).

    Parsing is most of what this costs (0.2 ms a number, 4-10 % of an import, phones58): a number is
    parsed only when it can change something, the only one of its channel never, except in East
    Africa (an ID typed as a phone) and Kazakhstan and Russia (a mobile in a plain phone column); and
    a switchboard shared by a list's people is parsed once (:func:`_phone_reading`)."""
    from petdesk.tax_ids import tax_id_kind

    for channel, label, value in list(rec.methods):  # "12.345.678-5" was stored as a phone number
        if channel in (ContactChannel.PHONE, ContactChannel.FAX) and (kind := tax_id_kind(value)):
            rec.warnings.append(Reason(TAX_ID_NOT_A_PHONE, value=value, kind=kind))
            rec.rejected.append(("phone", value))
            rec.methods.remove((channel, label, value))
    per_channel = Counter(channel for channel, _label, _value in rec.methods)
    kept: list[tuple[ContactChannel, ChannelLabel, str]] = []
    seen: set[tuple[ContactChannel, str]] = set()
    for channel, label, typed in rec.methods:
        if channel not in (ContactChannel.PHONE, ContactChannel.FAX):
            kept.append((channel, label, typed))
            continue
        # "০১৭১১-১২৩৪৫৬" (Bengali digits) was stored so: no dialling, no duplicate found (field 122)
        value = latin_digits(typed)
        if _PAKISTANI_CNIC.fullmatch(value) or (
            country == "PK" and re.fullmatch(r"\d{13}", value) and not value.startswith("0")
        ):  # a Pakistani ID card number typed in a phone column (field 122)
            rec.warnings.append(Reason(NOT_A_PHONE_OF, value=typed, country=_country_label("PK")))
            rec.rejected.append(("phone", typed))
            continue
        if not country:
            kept.append((channel, label, value))
            continue
        national_digits = re.sub(r"[\s\-().]", "", value)
        may_be_id = (
            country in _ID_IN_PHONE_COUNTRIES and national_digits.isdigit() and national_digits[0] != "0"
        )
        # one number of its channel needs no reading, unless its digits may say it is a mobile (KZ, RU)
        if per_channel[channel] == 1 and not may_be_id and country not in _MOBILE_BY_NUMBER:
            kept.append((channel, label, value))  # nothing to compare it with, no ID to find
            continue
        reading = _phone_reading(value, country)
        if reading is None:  # no number libphonenumber can read: kept as typed
            kept.append((channel, label, value))
            continue
        international, number = reading
        if may_be_id and not _valid_number(number):
            what = _country_label(country)
            rec.warnings.append(Reason(NOT_A_PHONE_OF, value=value, country=what))
            rec.rejected.append(("phone", value))
            continue
        key = (channel, international)
        if _is_trunk_8_mobile(channel, label, number):
            label = ChannelLabel.MOBILE
        if key not in seen:
            seen.add(key)
            kept.append((channel, label, value))
    rec.methods = kept


@lru_cache(maxsize=16384)
def _phone_reading(value: str, country: str) -> tuple[str, PhoneNumber] | None:
    """A number as libphonenumber reads it, dialled in ``country``, and its E.164 form; None when it
    cannot be read. Cached: an organisation's switchboard is typed on every row of its people (the
    number is shared, so never changed)."""
    import phonenumbers

    try:
        number = phonenumbers.parse(value, country)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), number


def _valid_number(number: PhoneNumber) -> bool:
    import phonenumbers

    return bool(phonenumbers.is_valid_number(number))


#: Where a number's own digits say it is a mobile (+7 7xx in Kazakhstan, +7 9xx in Russia), which a
#: sheet's one "Телефон" column does not (field test 121: "8 701 123 45 68" was stored as work).
_MOBILE_BY_NUMBER = frozenset({"KZ", "RU"})


def _is_trunk_8_mobile(channel: ContactChannel, label: ChannelLabel, number: Any) -> bool:
    """Whether a phone taken as work (a plain phone column) is a Kazakh or Russian mobile."""
    import phonenumbers

    return (
        channel == ContactChannel.PHONE
        and label == ChannelLabel.WORK
        and phonenumbers.region_code_for_number(number) in _MOBILE_BY_NUMBER
        and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    )


#: Columns holding how a name is read (kana, a romanisation).
_READING_FIELDS = frozenset({"phonetic_name", "phonetic_family_name", "phonetic_given_name"})

#: A whole Chinese name in one box: 2-4 Han characters, no middle dot (a transliterated name).
_WHOLE_HAN_NAME = re.compile(f"[{HAN_CLASS}]{{2,4}}")


def _split_whole_chinese_name(rec: ContactRecord, hint: str) -> None:
    """Chinese users often type the whole name into one box: Outlook's First Name holds 马云飞, or
    Last Name 司马相如, and the other is empty (see :func:`_whole_chinese_name`)."""
    rec.family_name_zh, rec.given_name_zh = _whole_chinese_name(
        rec.family_name_zh.strip(), rec.given_name_zh.strip(), hint
    )


def _whole_chinese_name(family: str, given: str, hint: str) -> tuple[str, str]:
    """The one rule for a Chinese name in one part with the other part empty, shared by the CSV/XLSX
    and the vCard importers so that both store the same person alike (field test 35, D1/D2): a name
    of 2-4 Han characters (3-4 in the given part) is split as a full name is; a compound surname
    alone in the family part (欧阳) stays the family name, one character (马) stays where it is."""
    whole = family or given
    if bool(family) == bool(given) or not _WHOLE_HAN_NAME.fullmatch(whole):
        return family, given
    if language_of(whole, hint) or family in COMPOUND_SURNAMES:  # "" is Chinese
        return family, given  # Japanese kanji are split otherwise; 欧阳 alone is a family name
    if given and len(whole) == 2:
        return family, given  # 建国 alone in First Name is as likely a given name: kept as typed
    return split_chinese_name(whole)


_DOUBTFUL_JAPANESE = N_(
    "Name “{value}” read as Japanese because the file is a Japanese one; its family name is not a "
    "common Japanese one: check whether it is a Chinese name"
)

_WHOLE_NAME_KEYS = ("full_name", "name_zh", "name_native")
_NAME_PART_KEYS = ("family_name", "given_name", "family_name_zh", "given_name_zh")


def _han_name_of_row(values: list[tuple[str, str]]) -> tuple[str, str]:
    """The row's name in Han characters alone, as the file split it: (family, given) from name
    columns apart (Eight's 姓 / 名), or a whole name at its space (Sansan's 氏名), else whole in
    family; ("", "") if it has kana, 々/〆, hangul or no Han (those say their language themselves)."""
    parts = {k: v.strip() for k, v in values if k in _NAME_PART_KEYS and has_cjk(v)}
    family = parts.get("family_name_zh") or parts.get("family_name", "")
    given = parts.get("given_name_zh") or parts.get("given_name", "")
    if not (family or given):
        whole = next((v for k, v in values if k in _WHOLE_NAME_KEYS and has_cjk(v)), "")
        whole, courtesy = japanese_honorific_after_name(name_remarks.split_remark(whole)[0])
        if courtesy:
            return "", ""  # 様 after the name is Japanese courtesy: Japanese already
        words = whole.replace("\u3000", " ").split()
        family, given = (words[0], "".join(words[1:])) if words else ("", "")
    name = family + given
    if not has_cjk(name) or has_kana(name) or has_hangul(name) or japanese_surnames.has_japanese_sign(name):
        return "", ""
    return family, given


_UNSPLIT_JAPANESE = N_(
    "Japanese name “{value}” kept whole as the family name: check where the given name starts"
)


def _notes_in_chinese(rec: ContactRecord) -> bool:
    """Whether the import labels its own lines of this person's notes (工号, 交换名片) in Chinese: their
    name in characters is Chinese (:func:`couple_names.notes_in_chinese`, its language "" or zh). A
    Japanese or Korean name gets English labels, as a Japanese company's reading line does (review
    62): 交换名片 beside "Organisation name reading" mixed the two (names63)."""
    return couple_names.notes_in_chinese(rec.family_name_zh, rec.given_name_zh, rec.native_name_language)


def _note_unsplit_japanese(rec: ContactRecord, whole: str) -> None:
    """Say that a Japanese name written without a space was kept whole (``split_japanese_name``): no
    rule finds where 森翔太郎's family name ends, a person does. A family name alone (田中, 長谷川)
    or a name of two characters or fewer is no name to split."""
    whole = whole.strip()
    if len(whole) >= 3 and whole not in japanese_surnames.FAMILY_NAMES:
        rec.warnings.append(Reason(_UNSPLIT_JAPANESE, value=whole))


_SENIOR_JUNIOR = re.compile(r"(?:sr|jr)\.?", re.IGNORECASE)


def _settle_title_after_name(rec: ContactRecord, title: str) -> None:
    """A title typed after a Korean name: 님 or 교수 is how the person is addressed (the honorific),
    부장 the position, unless the file's position column says another one."""
    if title in KOREAN_HONORIFICS or (rec.position_zh and title not in rec.position_zh):
        rec.honorific_zh = rec.honorific_zh or title
    elif not rec.position_zh:
        rec.position_zh = title


def _settle_honorific(rec: ContactRecord, written: list[str], columns: frozenset[str] = frozenset()) -> None:
    """The honorific in both languages from the file's words (see :mod:`honorifics`): an academic
    title typed into the given name moves there; "Herr" tells the gender the file did not give."""
    _couple_off_name(rec)
    title, rec.given_name = honorifics.title_of_given_name(rec.given_name)
    if not title and rec.family_name.strip() and (title := honorifics.title_alone(rec.given_name)):
        rec.given_name = ""  # "Hon. Wanjiku", "Dr. Müller": the name stays where the split put it
    if not title and rec.name_order == NameOrder.FAMILY_FIRST:  # "Д-р Б. Болд": before the father's name
        title, rec.family_name = honorifics.title_of_given_name(rec.family_name)
    after, rec.given_name, rec.family_name = honorifics.turkish_title_after_name(
        rec.given_name, rec.family_name
    )
    if not title:  # "U Aung Min", "Daw Khin Mar", ဦးအောင်မင်း
        title, rec.given_name, rec.family_name = honorifics.burmese_title_of_name(
            rec.given_name, rec.family_name
        )
    column_en = rec.honorific_en  # an English-honorific column's word (Eight's 敬称 (英語))
    en, zh, gender = honorifics.settle([*written, title, after])
    rec.honorific_en = rec.honorific_en or en
    rec.honorific_zh = rec.honorific_zh or zh
    rec.gender = rec.gender or gender
    if (known := honorifics.known(column_en)) is not None:
        # "Mr." filled honorific_en alone: the cards and dossiers print 先生 and the gender was
        # empty (round 62, japancols62). Only what the file left out; "Dr." tells no gender.
        # A file with a column for it says it (petdesk's own export: "Dr." with no 博士 chosen).
        if "honorific_zh" not in columns:
            rec.honorific_zh = rec.honorific_zh or known.zh
        if "gender" not in columns:
            rec.gender = rec.gender or known.gender


_TYPE_WORDS: tuple[tuple[tuple[str, ...], ChannelLabel], ...] = (
    (("mobile", "cell", "handy", "手机", "移动", "celular", "móvil", "movil"), ChannelLabel.MOBILE),
    (("home", "privat", "domicile", "住宅", "家", "casa", "residencial", "particular"), ChannelLabel.HOME),
    (
        ("work", "business", "geschäft", "bureau", "main", "商务", "工作", "单位", "trabalho", "trabajo"),
        ChannelLabel.WORK,
    ),
    (("other", "pager", "andere", "autre", "其他", "outro", "otro"), ChannelLabel.OTHER),
)


#: Short Turkish type words (Google in Turkish: "Cep", "* İş", "Ev"), matched as whole words only:
#: "ev" inside "level" is no home.
_TYPE_WHOLE_WORDS: tuple[tuple[tuple[str, ...], ChannelLabel], ...] = (
    (("cep",), ChannelLabel.MOBILE),
    (("ev",), ChannelLabel.HOME),
    (("iş",), ChannelLabel.WORK),
    (("diğer",), ChannelLabel.OTHER),
)


def _label_from_type(kind: str, default: ChannelLabel) -> ChannelLabel:
    """ "* Work", "Mobile", "Home Fax" (Google's type columns) -> a label; the default otherwise."""
    folded = turkish_case.fold(kind.replace("*", "").strip())  # "* İş": the Turkish capital İ as a plain "i"
    words_of_kind = set(re.split(r"\W+", folded))
    for words, label in _TYPE_WHOLE_WORDS:
        if words_of_kind & set(words):
            return label
    for words, label in _TYPE_WORDS:
        if any(w in folded for w in words):
            return label
    return default


#: Field keys of typed channel columns beyond ``_CHANNEL_OF_FIELD``.
_EXTRA_CHANNELS: dict[str, tuple[ContactChannel, ChannelLabel]] = {
    "email_home": (ContactChannel.EMAIL, ChannelLabel.HOME),
    "email_other": (ContactChannel.EMAIL, ChannelLabel.OTHER),
    "email_mobile": (ContactChannel.EMAIL, ChannelLabel.MOBILE),
    "fax_home": (ContactChannel.FAX, ChannelLabel.HOME),
    "fax_other": (ContactChannel.FAX, ChannelLabel.OTHER),
    "fax_mobile": (ContactChannel.FAX, ChannelLabel.MOBILE),
    "pager": (ContactChannel.PHONE, ChannelLabel.OTHER),
    "phone_other": (ContactChannel.PHONE, ChannelLabel.OTHER),
}

_IM_SERVICES: dict[str, ContactChannel] = {
    "wechat": ContactChannel.WECHAT,
    "weixin": ContactChannel.WECHAT,
    "微信": ContactChannel.WECHAT,
    "whatsapp": ContactChannel.WHATSAPP,
    "skype": ContactChannel.SKYPE,
    "telegram": ContactChannel.TELEGRAM,
    "line": ContactChannel.LINE,
}


#: Label columns of the messaging columns (field key -> the key of the handles' column): the
#: labels of the handles in the row's cells of that column, in order; one label is every handle's.
_LABEL_FIELDS = {
    "wechat_label": "wechat",
    "whatsapp_label": "whatsapp",
    "skype_label": "skype",
    "telegram_label": "telegram",
    "line_id_label": "line_id",
}
#: A handle of the "Messaging handle" column without a type column: "icq: 143823280" (as the
#: export writes the services without a channel of their own). A colon without a space after it
#: ("skype:live:abc", "https://…") is part of a handle.
_SERVICE_HANDLE = re.compile(r"^([^:]{1,40}?)\s*:\s+(\S.*)$")


def _items(cell: str) -> list[str]:
    """The entries of a cell that holds several separated by ";" or lines."""
    return [v.strip() for v in re.split(r"[;；\n]", cell) if v.strip()]


#: Between numbers in one cell besides ";" and lines: Chinese spreadsheets write "138…、139…" and
#: "/", "，" or "," as they separate e-mails (field test 35, D6b).
_PHONE_SEPARATOR = re.compile(r"\s*[、，,/／]\s*")


def _is_phone_field(key: str) -> bool:
    """Whether the field ``key`` holds phone or fax numbers (a number cell in it gets its typed form)."""
    channel = (_CHANNEL_OF_FIELD.get(key) or _EXTRA_CHANNELS.get(key) or (None, None))[0]
    return channel in (ContactChannel.PHONE, ContactChannel.FAX)


def _phone_items(cell: str) -> list[str]:
    """The numbers of a cell that may hold several. A piece split off at 、 / , is a number of its
    own only if every piece is a whole one (seven digits or more): "030/1234567" (an area code) and
    "028-8888 0001/2" (two lines written short) stay one value, as written."""
    items: list[str] = []
    for item in _items(cell):
        pieces = [p for p in _PHONE_SEPARATOR.split(item) if p]
        if len(pieces) > 1 and all(len(normalize_phone(p)) >= 7 and _plausible_phone(p) for p in pieces):
            items.extend(pieces)
        else:
            items.append(item)
    return items


#: Between web addresses in one cell: petdesk's export writes "; ", people write lines or "；".
#: A ";" inside an address (``page;jsessionid=1``) has no space after it and is kept.
_WEBSITE_SEPARATOR = re.compile(r";\s+|[；\n]|;(?=(?:https?://|www\.))", re.IGNORECASE)


def _website_items(cell: str) -> list[str]:
    """The web addresses of a cell that may hold several (a CSV/XLSX export's "Web page" column)."""
    return [v.strip() for v in _WEBSITE_SEPARATOR.split(cell) if v.strip()]


def _handle_labels(typed: list[tuple[str, str, str, str]]) -> dict[str, list[ChannelLabel]]:
    """The labels the row's label columns give, by the key of the handles' column."""
    out: dict[str, list[ChannelLabel]] = {}
    for key, value, _kind, _group in typed:
        column = _LABEL_FIELDS.get(key)
        if column is not None:
            out.setdefault(column, []).extend(
                _label_from_type(word, ChannelLabel.OTHER) for word in _items(value)
            )
    return out


def _nth_label(labels: list[ChannelLabel], n: int) -> ChannelLabel:
    """The label of a column's handle ``n`` (from 0) by the labels its label column gave: one label
    is every handle's; a handle beyond them has the label of a column without any."""
    if len(labels) == 1:
        return labels[0]
    return labels[n] if n < len(labels) else ChannelLabel.OTHER


def _typed_fields(rec: ContactRecord, typed: list[tuple[str, str, str, str]]) -> None:
    """The fields whose meaning depends on a type column or that collect into structures:
    contact methods, addresses, dates, web pages, messaging handles, related people."""
    addresses: dict[str, dict[str, str]] = {}
    birth: dict[str, str] = {}
    handle_labels = _handle_labels(typed) if any(key in _LABEL_FIELDS for key, *_ in typed) else {}
    #: How many handles of each labelled column the row has had so far.
    handles_seen: dict[str, int] = {}
    for key, value, kind, group in typed:
        values = csv_dialects.split_multi(value)
        if key in _CHANNEL_OF_FIELD or key in _EXTRA_CHANNELS:
            channel, label = _CHANNEL_OF_FIELD.get(key) or _EXTRA_CHANNELS[key]
            if kind:
                label = _label_from_type(kind, label)
                if channel == ContactChannel.PHONE and "fax" in kind.casefold():
                    channel = ContactChannel.FAX
            labels = handle_labels.get(key)
            for cell in values:
                items = (
                    _split_list(half_width_latin(cell))
                    if channel == ContactChannel.EMAIL
                    else _phone_items(cell)
                )
                for item in items:
                    if labels:
                        label = _nth_label(labels, handles_seen.get(key, 0))
                        handles_seen[key] = handles_seen.get(key, 0) + 1
                    if channel == ContactChannel.EMAIL and ms_forms.is_anonymous(item):
                        rec.anonymous_email = True  # said once for the file, not on every row
                        continue
                    if channel == ContactChannel.EMAIL and not looks_like_email(item):
                        _reject_email(rec, item)
                        continue
                    if channel in (ContactChannel.PHONE, ContactChannel.FAX):
                        item = half_width_phone(item)
                    if channel in (ContactChannel.PHONE, ContactChannel.FAX) and not _plausible_phone(item):
                        _reject_phone(rec, item)
                        continue
                    if channel in (ContactChannel.PHONE, ContactChannel.FAX) and item.isdigit():
                        item = international_from_digits(item) or item  # "+" lost in a spreadsheet
                    rec.methods.append((channel, label, item))
        elif (where := csv_dialects.address_part(key)) is not None:
            address_label, part = where
            if not address_label:
                address_label = _label_from_type(kind, ChannelLabel.OTHER).value if kind else "other"
                address_label = {"mobile": "other"}.get(address_label, address_label)
            address = addresses.setdefault(group or address_label, {"label": address_label})
            joined = address.get(part, "")
            address[part] = f"{joined}\n{value}" if joined else value
        elif key == "website":
            for url in (item for cell in values for item in _website_items(cell)):
                if url not in rec.websites:
                    rec.websites.append(url)
        elif key == "qq":
            for handle in (item for cell in values for item in _items(cell)):
                entry = {"service": "qq", "handle": handle}
                if entry not in rec.other_handles:
                    rec.other_handles.append(entry)
        elif key == "im":
            typed_service = kind.replace("*", "").strip().casefold()
            # (a type column names the service of its cell; without one, each entry may name it)
            for handle in values if kind else (item for cell in values for item in _items(cell)):
                service = typed_service
                if not kind and (named := _SERVICE_HANDLE.match(handle)) is not None:
                    service, handle = named[1], named[2].strip()
                channel_of = _IM_SERVICES.get(service.casefold())
                if channel_of is not None:
                    rec.methods.append((channel_of, ChannelLabel.OTHER, handle))
                else:
                    entry = {"service": service or "other", "handle": handle}
                    if entry not in rec.other_handles:
                        rec.other_handles.append(entry)
        elif key == "related" or key.startswith("related_"):
            relation = (
                key.removeprefix("related_") if key != "related" else kind.strip().casefold() or "other"
            )
            for name in values:
                rec.related_names.append({"type": relation, "name": name})
        elif key in ("birthday", "anniversary"):
            _set_date(rec, key, value)
        elif key == "event":
            target = (
                "anniversary"
                if "anniv" in kind.casefold() or "纪念" in kind
                else ("birthday" if "birth" in kind.casefold() or "生日" in kind else "")
            )
            if target:
                _set_date(rec, target, value)
            else:
                what = Reason(N_("event {label}"), label=kind or "?")
                rec.dropped[what] = rec.dropped.get(what, 0) + 1
        elif key in ("birth_year", "birth_month", "birth_day"):
            birth[key] = value
        elif key in (
            "middle_name",
            "name_suffix",
            "nickname",
            "phonetic_family_name",
            "phonetic_given_name",
        ):
            setattr(rec, key, value)
    for address in addresses.values():
        if len(address) > 2 and "formatted" in address:
            del address["formatted"]  # Google's formatted copy of the parts (vCards carry the parts)
        if len(address) > 1 and address not in rec.addresses:
            rec.addresses.append(address)
    month, day, year = birth.get("birth_month", ""), birth.get("birth_day", ""), birth.get("birth_year", "")
    if month.isdigit() and day.isdigit() and (not year or year.isdigit()):
        prefix = year if year else "-"
        _set_date(rec, "birthday", f"{prefix}-{int(month):02d}-{int(day):02d}")


_KIND_WORDS: dict[str, OrgKind] = {}
for _kind, _words in {
    OrgKind.CITY_GOVERNMENT: ("city", "citygovernment", "municipality", "市政府", "城市", "政府"),
    OrgKind.MINISTRY_AGENCY: (
        "ministry",
        "agency",
        "ministryagency",
        "government agency",
        "部委",
        "机构",
        "部委/机构",
    ),
    OrgKind.ENTERPRISE: ("enterprise", "company", "business", "企业", "公司"),
    # A foundation is met as a grant-maker: a fund is what the project dialog offers as a funder
    # (services.funders), and the model has no foundation kind (leftover 3).
    OrgKind.FUND: (
        "fund",
        "bank",
        "financialinstitution",
        "基金",
        "金融机构",
        "基金/金融机构",
        "银行",
        "foundation",
        "基金会",
        "stiftung",
    ),
    # think tanks do research and policy advice: the model's research kind (leftover 3)
    OrgKind.UNIVERSITY: (
        "university",
        "research",
        "researchinstitute",
        "高校",
        "科研院所",
        "高校/科研院所",
        "大学",
        "institute",
        "研究所",
        "研究院",
        "thinktank",
        "智库",
        # as a Chinese office's own sheet types a research academy (field test 101)
        "科研",
        "科研单位",
        "科研机构",
    ),
    # no association kind: associations and chambers of commerce are non-governmental bodies
    OrgKind.NGO: (
        "ngo",
        "非政府组织",
        "社会组织",
        "nonprofit",
        "npo",
        "非营利组织",
        "association",
        "协会",
        "businessassociation",
        "industryassociation",
        "行业协会",
        "chamberofcommerce",
        "chamber",
        "商会",
    ),
    OrgKind.HUB_OFFICE: ("hub", "huboffice", "office", "枢纽伙伴", "代表处"),
}.items():
    # the kind's own names too, as petdesk writes them ("University / research institute" in
    # ``stats --by kind`` and the exports), or a file typed from them lost its kinds (field test 65)
    for _w in (*_words, _kind.value, vocab_label(_kind, "en"), vocab_label(_kind, "zh_CN")):
        _KIND_WORDS[_fold_header(_w)] = _kind


def _country_code(value: str) -> str:
    """The code ``value`` names, in any language babel knows ("DE", "Germany", "Deutschland", "ドイツ");
    "" for none, or for a name that means more than one country (``_country_warning`` says which)."""
    from petdesk.labels import country_code_in_any_language

    value = value.strip()
    if len(value) == 2 and value.isalpha() and value.isascii():
        return value.upper()  # a code, as before (a newer office's code is kept)
    return country_code_in_any_language(value) or _country_of_alias(value)


def _country_in_file(text: str) -> str:
    """The code of the country ``text`` names as files of people write it: a code, a name in any
    language babel knows, or a passport's three-letter code (CIV, KAZ); "" for none or several."""
    from petdesk.labels import country_code_in_any_language

    return (
        country_code_in_any_language(text)
        or _NATIONALITY_WORDS.get(text.strip().casefold(), "")
        or _country_of_alias(text)
    )


#: Nationalities as German and English lists write them, an adjective rather than the country's name
#: ("deutsch", "Swiss"): CLDR names countries only (field test 99).
_NATIONALITY_WORDS = {
    **dict.fromkeys(("deutsch", "deutsche", "german"), "DE"),
    **dict.fromkeys(("österreichisch", "austrian"), "AT"),
    **dict.fromkeys(("schweizerisch", "schweizer", "swiss"), "CH"),
    **dict.fromkeys(("französisch", "french"), "FR"),
    **dict.fromkeys(("niederländisch", "dutch"), "NL"),
    **dict.fromkeys(("italienisch", "italian"), "IT"),
    **dict.fromkeys(("spanisch", "spanish"), "ES"),
    **dict.fromkeys(("polnisch", "polish"), "PL"),
    **dict.fromkeys(("britisch", "british"), "GB"),
    **dict.fromkeys(("vietnamesisch", "vietnamese"), "VN"),
    **dict.fromkeys(("chinesisch", "chinese"), "CN"),
    **dict.fromkeys(("japanisch", "japanese"), "JP"),
    **dict.fromkeys(("koreanisch", "südkoreanisch", "korean", "south korean"), "KR"),
    **dict.fromkeys(("türkisch", "turkish"), "TR"),
}


def _country_of_alias(text: str) -> str:
    """The code of a three-letter code (SEN) or another alias CLDR knows of one country, else ""."""
    from babel.core import get_global

    aliases = get_global("territory_aliases").get(text.strip().upper(), [])
    return aliases[0] if len(aliases) == 1 and len(aliases[0]) == 2 else ""


def _country_warning(value: str) -> Reason:
    from petdesk.labels import country_codes_named

    if len(country_codes_named(value)) > 1:
        return Reason(N_("country {value} could be more than one country; left empty"), value=quoted(value))
    return Reason(N_("unknown country {value}; left empty"), value=quoted(value))


def _organisation_from_row(line: int, values: list[tuple[str, str]]) -> OrganisationRecord:
    rec = OrganisationRecord(line=line)
    unknown_kind = ""
    channels: list[tuple[str, str]] = []
    for key, value in values:
        zh = has_cjk(value)
        if key == "id":
            rec.uid = value
        elif key in ("name", "name_en", "name_zh"):
            attr = key if key != "name" else ("name_zh" if zh else "name_en")
            previous = getattr(rec, attr)
            if previous and previous != value:
                # Two columns give a name in one script ("Umweltbundesamt" and "German Environment
                # Agency"): the English/Chinese column wins, the other stays as an alias.
                keep, alias = (value, previous) if key != "name" else (previous, value)
                setattr(rec, attr, keep)
                if alias not in rec.aliases:
                    rec.aliases.append(alias)
            else:
                setattr(rec, attr, value)
        elif key == "short_name":
            setattr(rec, "short_name_zh" if zh else "short_name_en", value)
        elif key in ("city", "address"):
            setattr(rec, f"{key}_{'zh' if zh else 'en'}", value)
        elif key in ("city_en", "city_zh"):
            setattr(rec, key, value)
        elif key == "kind":
            kind = _KIND_WORDS.get(_fold_header(value))
            if kind is None:
                # what is stored: a new organisation gets the model's default kind, an existing one
                # keeps its own (field test 65: "left unset" was not true); no "other" kind is added,
                # older offices could not read it, so the file's word waits in the notes (leftover 3)
                said = N_("unknown kind {value}; stored as Enterprise if new; change it later")
                rec.warnings.append(Reason(said, value=quoted(value)))
                unknown_kind = value
                rec.kind_unknown = True
            rec.kind = kind
        elif key == "country":
            rec.country = _country_code(value)
            if not rec.country:
                rec.warnings.append(_country_warning(value))
        elif key == "website":
            rec.website = value
        elif key == "postal_code":
            rec.postal_code = postcodes.tidy(value) or ""
        elif key in ("phone", "email"):
            channels.append((key, value))  # read once the country is known, whatever the column order
        elif key in ("aliases", "technology_areas", "tags"):
            getattr(rec, key).extend(v for v in _split_list(value) if v not in getattr(rec, key))
        elif key == "is_member_city":
            rec.is_member_city = value.casefold() in ("1", "yes", "y", "true", "x", "是", "√", "✓")
        elif key == "notes":
            rec.notes = f"{rec.notes}\n{value}".strip()
    if unknown_kind:
        note = _left_out_line("kind", unknown_kind, chinese=has_cjk(rec.name_zh))
        rec.notes = f"{rec.notes}\n{note}".strip()
    for key, value in channels:
        _take_channel(rec, key, value)
    _check_postal_code(rec)
    _fold_latin_fields(rec)
    return rec


def _take_channel(rec: OrganisationRecord, key: str, value: str) -> None:
    """The organisation's phone or e-mail (0078), stored as the service stores it; one that is not a
    phone number or an e-mail address, or a second one, waits in the notes (nothing is lost)."""
    from petdesk.services import organisation_channels

    wrong = organisation_channels.channel_issues(*((value, "") if key == "phone" else ("", value)))
    if wrong or getattr(rec, key):
        reason = key if wrong else f"another_{key}"
        rec.notes = f"{rec.notes}\n{_left_out_line(reason, value, chinese=has_cjk(rec.name_zh))}".strip()
    elif key == "phone":
        rec.phone = organisation_channels.stored_phone(value, rec.country, office_country())
    else:
        rec.email = organisation_channels.stored_email(value)


def _check_postal_code(rec: OrganisationRecord) -> None:
    """A postal code that cannot be one of the country's ("2000" for Shanghai) is not stored: it
    waits in the notes, and the preview says why (the editor would refuse it)."""
    if not rec.postal_code or postcodes.problem(rec.postal_code, rec.country) is None:
        return
    rec.warnings.append(
        Reason(
            N_("postal code “{value}” is not one of the country's; kept in the notes"), value=rec.postal_code
        )
    )
    note = _left_out_line("postal_code", rec.postal_code, chinese=has_cjk(rec.name_zh))
    rec.notes = f"{rec.notes}\n{note}".strip()
    rec.postal_code = ""


# --- vCards to records --------------------------------------------------------------------------

_IMPP_SCHEMES: dict[str, ContactChannel] = {
    "weixin": ContactChannel.WECHAT,
    "wechat": ContactChannel.WECHAT,
    "wxid": ContactChannel.WECHAT,
    "whatsapp": ContactChannel.WHATSAPP,
    "skype": ContactChannel.SKYPE,
    "callto": ContactChannel.SKYPE,
    "tg": ContactChannel.TELEGRAM,
    "telegram": ContactChannel.TELEGRAM,
    "line": ContactChannel.LINE,
}


#: Apple's own labels (``X-ABLabel:_$!<HomeFAX>!$_``, folded) that say more than the word itself:
#: the kind of label each is, and whether a number with it is a fax.
_APPLE_LABELS: dict[str, tuple[ChannelLabel, bool]] = {
    "main": (ChannelLabel.WORK, False),
    "school": (ChannelLabel.OTHER, False),
    "pager": (ChannelLabel.OTHER, False),
    "homefax": (ChannelLabel.HOME, True),
    "workfax": (ChannelLabel.WORK, True),
    "otherfax": (ChannelLabel.OTHER, True),
}
#: Label words a contact method's label stands for (besides Apple's above); any other label was typed
#: by a person ("Zentrale", "QQ mail"): petdesk keeps kinds, not words, so it is reported as dropped.
#: (Apple's "HomePage" on a URL says only that it is a web page, which every website is.)
_KNOWN_LABEL_WORDS = frozenset(
    {"cell", "mobile", "iphone", "home", "work", "other", "x-other", "fax", "homepage"}
)
#: Labels a phone in Spanish or Portuguese writes in its own words (WhatsApp's and Android's shared
#: vCards: ``item1.X-ABLabel:Celular``): the kind they stand for. Field test 90: a Colombian mobile
#: was stored as a work phone and its label reported as dropped.
_LOCAL_LABEL_WORDS: dict[str, ChannelLabel] = {
    "celular": ChannelLabel.MOBILE,
    "móvil": ChannelLabel.MOBILE,
    "movil": ChannelLabel.MOBILE,
    "móvel": ChannelLabel.MOBILE,
    "telemóvel": ChannelLabel.MOBILE,
    "casa": ChannelLabel.HOME,
    "particular": ChannelLabel.HOME,
    "trabajo": ChannelLabel.WORK,
    "trabalho": ChannelLabel.WORK,
    "oficina": ChannelLabel.WORK,
    "otro": ChannelLabel.OTHER,
    "outro": ChannelLabel.OTHER,
}


def _typed_label(prop: vcard.Property, labels: dict[str, str]) -> str:
    """The label a person typed for ``prop`` (Apple's and DAVx5's ``itemN.X-ABLabel``), "" when it
    has none or it is one petdesk knows the kind of."""
    text = labels.get(prop.group, "").strip() if prop.group else ""
    word = _apple_label(text)
    known = word in _APPLE_LABELS or word in _KNOWN_LABEL_WORDS or word in _LOCAL_LABEL_WORDS
    return "" if not text or known else text


def _drop_typed_label(
    rec: ContactRecord | OrganisationRecord, prop: vcard.Property, labels: dict[str, str], kept: str = ""
) -> None:
    """Count a typed label in the report's "dropped:" line: the value is kept with the label's
    kind (work, by default), the words are not (field test 7, defect 8). ``kept`` is a word petdesk
    keeps with the value anyway (an IM handle's service): a label that only repeats it is not lost."""
    typed = _typed_label(prop, labels)
    if typed and typed.casefold() != kept.casefold():
        key = f'label "{typed}"'
        rec.dropped[key] = rec.dropped.get(key, 0) + 1


def _is_apple_fax(prop: vcard.Property, labels: dict[str, str]) -> bool:
    return _APPLE_LABELS.get(_apple_label(labels.get(prop.group, "")), (None, False))[1]


def _label_of(
    prop: vcard.Property, default: ChannelLabel = ChannelLabel.WORK, labels: dict[str, str] | None = None
) -> ChannelLabel:
    types = set(prop.types)
    if labels and prop.group in labels:  # Apple: item1.TEL + item1.X-ABLabel:_$!<Mobile>!$_
        word = _apple_label(labels[prop.group])
        if word in _APPLE_LABELS:
            return _APPLE_LABELS[word][0]
        if word in _LOCAL_LABEL_WORDS:
            return _LOCAL_LABEL_WORDS[word]
        types.add(word)
    if types & {"cell", "mobile", "iphone"}:
        return ChannelLabel.MOBILE
    if "home" in types:
        return ChannelLabel.HOME
    if "work" in types:
        return ChannelLabel.WORK
    if types & {"other", "x-other"}:
        return ChannelLabel.OTHER
    return default


def _lang_of(prop: vcard.Property) -> str:
    """ "zh" for a Chinese-language alternative (LANGUAGE=zh-Hans, zh-CN ...) or a Japanese or Korean
    one in its own script (TITLE;LANGUAGE=ko:부장 is the native-side position, not the English one),
    "en" for others, "" unset."""
    lang = prop.param("LANGUAGE").lower()
    if not lang:
        return ""
    if lang.startswith(("ja", "ko")):
        return "zh" if has_native_script(prop.value) else "en"
    return "zh" if lang.startswith(("zh", "yue", "cmn")) else "en"


def records_from_vcards(cards: Iterable[vcard.VCard], encoding: str = "") -> list[Record]:
    return list(iter_records_from_vcards(cards, encoding))


def iter_records_from_vcards(cards: Iterable[vcard.VCard], encoding: str = "") -> Iterator[Record]:
    for card in cards:
        yield _composed_record(
            _organisation_from_card(card)
            if _is_organisation_card(card)
            else _record_from_card(card, encoding)
        )


def _composed_record(rec: Record) -> Record:
    """``rec`` with its text composed (NFC): Apple Contacts writes vCards decomposed (NFD)."""
    for f in dataclasses.fields(rec):
        value = getattr(rec, f.name)
        if isinstance(value, (str, list, dict)):
            setattr(rec, f.name, composed(value))
    return rec


def _is_organisation_card(card: vcard.VCard) -> bool:
    """A card for a company, not a person: Apple's "show as company" (X-ABShowAs:COMPANY) or vCard
    4.0's KIND:org, without a personal name in N. Read as a person it became "Apple Computer Ag"."""
    show_as = card.first("X-ABSHOWAS") or card.first("KIND")
    if show_as is None or show_as.text().strip().casefold() not in ("company", "org", "organization"):
        return False
    n = card.first("N")
    return n is None or not any(part.strip() for part in n.components()[:2])


def _organisation_from_card(card: vcard.VCard) -> OrganisationRecord:
    """A company card becomes an organisation; what an organisation has no field for is reported."""
    rec = OrganisationRecord(line=card.line)
    used: set[int] = set()

    def take(name: str) -> list[vcard.Property]:
        found = card.all(name)
        used.update(id(p) for p in found)
        return found

    uid = next(iter(take("UID")), None)
    if uid:
        rec.uid = uid.text().removeprefix("urn:uuid:").strip()
    names = [p.components()[0].strip() for p in take("ORG") if p.components()]
    names += [p.text().strip() for p in take("FN")]
    for name in dict.fromkeys(n for n in names if n):
        lang = "zh" if has_native_script(name) else "en"
        if not getattr(rec, f"name_{lang}"):
            setattr(rec, f"name_{lang}", name)
        elif name not in rec.aliases and name != getattr(rec, f"name_{lang}"):
            rec.aliases.append(name)
    take("N")  # empty for a company card
    labels = {p.group: p.text() for p in take("X-ABLABEL") if p.group}
    for prop in take("URL"):
        if prop.text().strip() and not rec.website:
            rec.website = prop.text().strip()
            _drop_typed_label(rec, prop, labels)  # a website has no label in petdesk
        else:
            used.discard(id(prop))
    for prop in take("ADR"):
        address = _address_of(prop, labels)
        if not address:
            continue
        if rec.address_en or rec.address_zh:
            used.discard(id(prop))  # an organisation keeps one address: the others are reported
            continue
        code = next((p.text().strip().upper() for p in card.all("X-ABADR") if p.group == prop.group), "")
        rec.country = _country_code(code or address.get("country", ""))
        city = address.get("city", "")
        lines = [address.get(k, "") for k in ("po_box", "extended", "street")]
        postcode = address.get("postcode", "").strip()
        if postcode and postcodes.problem(postcode, rec.country) is None:
            rec.postal_code, postcode = postcodes.tidy(postcode) or "", ""  # its own field (0071)
        lines.append(" ".join(p for p in (postcode, city) if p))
        if address.get("region"):
            lines.append(address["region"])
        text = ", ".join(p for p in lines if p)
        lang = "zh" if has_native_script(text) else "en"
        setattr(rec, f"address_{lang}", text)
        setattr(rec, f"city_{lang}", city)
        if address.get("country") and not rec.country:
            rec.warnings.append(_country_warning(address["country"]))
    # its own switchboard and mailbox (0078), after the address (its country reads the number):
    # the first voice number and e-mail; the others are reported
    phones = [p for p in card.all("TEL") if p.text().strip() and "fax" not in p.types]
    emails = [p for p in card.all("EMAIL") if p.text().strip()]
    for first, key in ((phones[:1], "phone"), (emails[:1], "email")):
        for prop in first:
            used.add(id(prop))
            _take_channel(rec, key, prop.text().strip())
            _drop_typed_label(rec, prop, labels)
    for prop in take("NOTE"):
        rec.notes = f"{rec.notes}\n{prop.text()}".strip("\n")
    for prop in take("CATEGORIES"):
        rec.tags.extend(t for t in prop.list_values() if t not in rec.tags)
    for prop in card.properties:
        if id(prop) not in used and prop.name not in _NOT_DATA and _has_value(prop):
            rec.dropped[prop.name] = rec.dropped.get(prop.name, 0) + 1
    _fold_latin_fields(rec)
    return rec


#: Values of petdesk's X-PETDESK-NAME-ORDER.
_CARD_NAME_ORDERS = {"family-first": NameOrder.FAMILY_FIRST, "given-first": NameOrder.GIVEN_FIRST}


def _record_from_card(card: vcard.VCard, encoding: str = "") -> ContactRecord:
    rec = ContactRecord(line=card.line)
    used: set[int] = set()  # ids of the properties read, to report the rest as dropped

    def take(name: str) -> list[vcard.Property]:
        found = card.all(name)
        used.update(id(p) for p in found)
        return found

    labels = {p.group: p.text() for p in take("X-ABLABEL") if p.group}
    _report_guessed_charsets(rec, card)
    uid = next(iter(take("UID")), None)
    if uid:
        rec.uid = uid.text().removeprefix("urn:uuid:").strip()
    # The language hint for names in Han characters: a kana reading, LANGUAGE=ja, a Shift_JIS file.
    hint = encoding
    phonetic_props = (
        take("X-PHONETIC-LAST-NAME") + take("X-PHONETIC-FIRST-NAME") + take("X-PHONETIC-MIDDLE-NAME")
    )
    for prop in phonetic_props:
        if prop.name == "X-PHONETIC-LAST-NAME":
            rec.phonetic_family_name = prop.text().strip()
        elif prop.name == "X-PHONETIC-FIRST-NAME":
            rec.phonetic_given_name = prop.text().strip()
        elif prop.text().strip():
            used.discard(id(prop))  # the reading of the middle names: no field, so reported as dropped
    for prop in take("SOUND"):
        # Japanese phones: SOUND;X-IRMC-N:やまだ;たろう;;; is the reading of N.
        if "x-irmc-n" in prop.types or prop.param("X-IRMC-N") or has_kana(prop.value):
            parts = [*prop.components(), ""]
            rec.phonetic_family_name = rec.phonetic_family_name or parts[0].strip()
            rec.phonetic_given_name = rec.phonetic_given_name or parts[1].strip()
        else:
            used.discard(id(prop))
    for prop in take("N"):
        if prop.param("PHONETIC"):  # vCard 4.0 (RFC 9554): N;ALTID=1;PHONETIC=piny:Zhang;Wei
            parts = [*prop.components(), "", ""]
            rec.phonetic_family_name = rec.phonetic_family_name or parts[0].strip()
            rec.phonetic_given_name = rec.phonetic_given_name or parts[1].strip()
    if has_kana(rec.phonetic_family_name + rec.phonetic_given_name):
        hint = "ja"
    hint, doubtful_japanese = _japanese_card_hint(card, hint)
    # Names: vCard 4.0 may carry the same N in several languages (ALTID + LANGUAGE); a phonetic
    # alternative (PHONETIC=piny / SCRIPT=Latn) is a transcription, not a name the person uses.
    latin_fn = ""
    fn_props = take("FN")
    # A Korean name's Hanja as petdesk writes it (FN;ALTID=1;LANGUAGE=ko-Hani, 3.0's X-PETDESK-ALT-FN):
    # the same name in another script, neither a display name nor a nickname.
    alt_fns = take("X-PETDESK-ALT-FN")
    hanja_props = [p for p in fn_props + alt_fns if _is_hanja_name(p)]
    fn_props = [p for p in fn_props if all(p is not h for h in hanja_props)]
    rec.name_hanja = next((t for p in hanja_props if (t := p.text().strip())), "")
    # The same card after Apple, Google or Samsung Contacts: LANGUAGE dropped, FN lines merged
    fn_props, raw_fns, rec.name_hanja = _hanja_without_language(card, fn_props, alt_fns, rec.name_hanja)
    # "김지수 (통역)": a role in brackets after the display name is not part of the name, as in a
    # CSV's name cell (field test 73); it goes to the position or the notes below
    fn_texts: dict[int, str] = {}
    remarks: list[str] = []
    for prop in fn_props:
        fn_texts[id(prop)], remark = name_remarks.split_remark(raw_fns[id(prop)])
        remarks += [remark] if remark and not prop.param("PHONETIC") else []
    for prop in fn_props:
        text = fn_texts[id(prop)]
        if (
            text
            and not has_native_script(text)
            and not prop.param("PHONETIC")
            and not _indic_name(prop, text)
        ):
            latin_fn = latin_fn or text
    latin_prefix, native_name = "", False
    for prop in card.all("N"):
        if prop.param("PHONETIC"):
            continue
        parts = [*prop.components(), "", "", "", "", ""]
        # "N:Wang;Li (Interpreter);;;": a role in brackets inside a name part, as in FN above
        family, given, middle = (_without_remark(part, remarks) for part in parts[:3])
        prefix, suffix = parts[3].strip(), parts[4].strip()
        if indic := _indic_name(prop, family + given):
            # the Hindi name beside the English one, whole, as the editor keeps it
            rec.family_name_zh = rec.family_name_zh or " ".join(p for p in (family, given, middle) if p)
            rec.native_name_language = rec.native_name_language or indic
            native_name = True
            if prefix:
                rec.honorific_zh = rec.honorific_zh or prefix
        elif has_native_script(family + given):
            language = language_of(family + given, prop.param("LANGUAGE") or hint)
            # A Chinese name in one part follows the CSV importer's rule: Huawei and Xiaomi phones
            # write the whole name as the family part (N:马伟;;;; is 马 + 伟); a phone that stores
            # only a given name (N:;小红;;;, a child or a nickname) keeps it whole; 测试N (not all
            # Han) stays as the card says. A Japanese or Korean name in the given part is split.
            if not language:
                family, given = _whole_chinese_name(family, given, language)
            elif given and not family:
                family, given = _split_native(given, language)
            if middle:
                given = f"{given}{middle}"
            rec.family_name_zh = rec.family_name_zh or family
            rec.given_name_zh = rec.given_name_zh or given
            rec.native_name_language = rec.native_name_language or language
            native_name = True
            if prefix:
                rec.honorific_zh = rec.honorific_zh or prefix
        elif family or given:
            if not prefix:
                # a title typed into the phone's first name: "N:Kiprono;Hon. Daniel" (field test 117)
                prefix, given = honorifics.title_of_given_name(given)
            if not (rec.family_name or rec.given_name):
                rec.family_name, rec.given_name, rec.middle_name = family, given, middle
            if prefix:
                rec.honorific_en = rec.honorific_en or prefix
                latin_prefix = latin_prefix or prefix
        if suffix:
            rec.name_suffix = rec.name_suffix or suffix
    if latin_prefix and not native_name and not _petdesk_card(card):
        # "Frau", "Prof. Dr.-Ing." from a German Outlook, read as an "Anrede" column is: Ms. / 女士
        # and the gender. petdesk's own cards, and one with a Chinese name, say the Chinese title.
        title_en, title_zh, title_gender = honorifics.settle([latin_prefix])
        rec.honorific_en = title_en if rec.honorific_en == latin_prefix else rec.honorific_en
        rec.honorific_zh = rec.honorific_zh or title_zh
        rec.gender = rec.gender or title_gender
    if not native_name:
        _card_title_off_name(rec)
    name_from_n = rec.has_name
    if not rec.has_name:
        for prop in fn_props:
            text = fn_texts[id(prop)]
            if has_native_script(text):
                language = language_of(text, prop.param("LANGUAGE") or hint)
                rec.family_name_zh, rec.given_name_zh = _split_native(text, language)
                rec.native_name_language = language
            elif text:
                # "FN:Хатагтай Оюун", "FN:Hon. Achieng" alone: the title went to the given name
                text = _couple_off_whole_name(rec, text)
                rec.family_name, rec.given_name, rec.name_order = _split_titled_name(text)
                _card_title_off_name(rec)
            break
    if doubtful_japanese and rec.native_name_language == "ja":
        rec.warnings.append(Reason(_DOUBTFUL_JAPANESE, value=doubtful_japanese))
    for prop in take("X-PETDESK-NAME-ORDER"):  # where FN does not tell (see exporting._add_names)
        rec.name_order = _CARD_NAME_ORDERS.get(prop.text().strip().casefold(), rec.name_order)
    if rec.family_name and rec.given_name and rec.name_order is None:
        # The order in which FN writes the Latin name tells how the person writes it.
        fn = " ".join(latin_fn.split())
        if fn.startswith(f"{rec.family_name} ") and fn != f"{rec.given_name} {rec.family_name}":
            rec.name_order = NameOrder.FAMILY_FIRST
        else:
            rec.name_order = NameOrder.GIVEN_FIRST
    if name_from_n and latin_fn and rec.family_name + rec.given_name:
        # FN is usually N written out; a display name of its own (DAVx5's "Ämi Display" for
        # Firstname Lastname) has no field in petdesk, so it is reported rather than lost unseen.
        _report_display_name(rec, latin_fn, "FN")
    native_fn = next(
        (t for p in fn_props if (t := fn_texts[id(p)]) and has_native_script(t) and not p.param("PHONETIC")),
        "",
    )
    for prop in take("AGENT"):
        # Someone acting for the person (2.1 writes the agent's whole card): no field in petdesk,
        # so each card says it, besides the count of dropped properties.
        who = prop.text().strip()
        rec.warnings.append(
            Reason(N_("AGENT {value} left out"), value=who) if who else Reason(N_("AGENT left out"))
        )
        rec.dropped["AGENT"] = rec.dropped.get("AGENT", 0) + 1
    for prop in take("ORG"):
        parts = prop.components()
        org = parts[0].strip() if parts else ""
        dept = "; ".join(p.strip() for p in parts[1:] if p.strip())
        lang = _lang_of(prop) or ("zh" if has_native_script(org) else "en")
        if org and not getattr(rec, f"organisation_{lang}"):
            setattr(rec, f"organisation_{lang}", org)
            setattr(rec, f"department_{lang}", dept)
    for prop in take("TITLE") + take("ROLE"):
        text = prop.text().strip()
        lang = _lang_of(prop) or ("zh" if has_native_script(text) else "en")
        if text and not getattr(rec, f"position_{lang}"):
            setattr(rec, f"position_{lang}", text)
        elif text and text != getattr(rec, f"position_{lang}"):
            # DAVx5 writes TITLE (job title) and ROLE (occupation); petdesk keeps one position.
            used.discard(id(prop))
    for prop in take("EMAIL"):
        value = half_width_latin(prop.text().strip())
        if value.lower().startswith("mailto:"):
            value = value[7:]
        if value and looks_like_email(value):
            rec.methods.append((ContactChannel.EMAIL, _label_of(prop, labels=labels), value))
            _drop_typed_label(rec, prop, labels)
        elif value:
            _reject_email(rec, value)
    for prop in take("TEL"):
        # petdesk's export writes a number typed without its code in the international form, the
        # form as typed beside it: the import keeps what was typed (field test phones55)
        typed = prop.param("X-PETDESK-TYPED").strip()
        value = half_width_phone(typed or prop.text().strip()).removeprefix("tel:")
        if not value:
            continue
        if not _plausible_phone(value):
            _reject_phone(rec, value)
            continue
        fax = "fax" in prop.types or _is_apple_fax(prop, labels)
        tel_channel = ContactChannel.FAX if fax else ContactChannel.PHONE
        label = _label_of(prop, labels=labels)
        if "pager" in prop.types and label == ChannelLabel.WORK:
            label = ChannelLabel.OTHER
        rec.methods.append((tel_channel, label, value))
        _drop_typed_label(rec, prop, labels)
    seen_messaging: set[tuple[ContactChannel, str]] = set()
    for prop in card.properties:
        channel: ContactChannel | None = None
        value = prop.text().strip()
        service = ""
        if prop.name == "IMPP":
            scheme, _, rest = value.partition(":")
            service = prop.param("X-SERVICE-TYPE").casefold() or scheme.casefold()
            channel = _IMPP_SCHEMES.get(scheme.casefold()) or _IMPP_SCHEMES.get(service)
            value = rest.lstrip("/") if rest else value
        elif prop.name in ("X-WECHAT", "X-WEIXIN"):
            channel = ContactChannel.WECHAT
        elif prop.name == "X-SKYPE" or prop.name == "X-SKYPE-USERNAME":
            channel = ContactChannel.SKYPE
        elif prop.name == "X-WHATSAPP":
            channel = ContactChannel.WHATSAPP
        elif prop.name in _OTHER_HANDLE_PROPS:
            service = _OTHER_HANDLE_PROPS[prop.name]
        elif prop.name == "X-MS-IMADDRESS":  # Outlook's "IM address": "ICQ: 143823280" or a bare handle
            named, colon, after = value.partition(":")
            service = (
                named.strip().casefold() if colon and named.strip().casefold() in _HANDLE_SERVICES else ""
            )
            value = after.strip() if service else value
        else:
            continue
        used.add(id(prop))
        if not value:
            continue
        # DAVx5's personalIM.IMPP + personalIM.X-ABLabel:MyIM: the handle keeps its kind, not the words.
        _drop_typed_label(rec, prop, labels, kept=service if channel is None else "")
        if channel is None:
            handle = {"service": service or "other", "handle": value}
            if handle not in rec.other_handles:
                rec.other_handles.append(handle)
            continue
        if (channel, value) in seen_messaging:
            continue
        seen_messaging.add((channel, value))
        rec.methods.append((channel, _label_of(prop, ChannelLabel.OTHER, labels), value))
    for prop in take("NOTE"):
        rec.notes = f"{rec.notes}\n{prop.text()}".strip("\n")
    rec.position_en, rec.position_zh, rec.notes = name_remarks.settle(
        remarks, rec.position_en, rec.position_zh, rec.notes
    )
    for prop in take("CATEGORIES"):
        rec.tags.extend(t for t in prop.list_values() if t not in rec.tags)
    for prop in take("LANG"):
        code = prop.text().strip()
        if code and code not in rec.languages:
            rec.languages.append(code)
    for prop in take("NICKNAME"):
        names = [n.strip() for n in prop.list_values() if n.strip()]
        if names and not rec.nickname:
            rec.nickname = ", ".join(names)
    for prop in take("X-ANDROID-CUSTOM"):
        _read_android_custom(rec, prop)
    if name_from_n and native_fn and _hanja_of_hangul(rec, native_fn):
        rec.name_hanja = rec.name_hanja or _compact_name(native_fn)
    elif name_from_n and native_fn:  # after NICKNAME: the card's own nickname comes first
        _native_display_name(rec, native_fn, hint)
    for prop in take("ADR"):
        address = _address_of(prop, labels)
        if address and address not in rec.addresses:
            rec.addresses.append(address)
    if rec.addresses:
        # LABEL is an address written out for an envelope: beside ADR it repeats what is kept.
        take("LABEL")
    for prop in take("X-MS-OL-DEFAULT-POSTAL-ADDRESS"):
        # Outlook's mailing address (1 home, 2 work, 3 other): kept as the first address.
        mailing = {"1": "home", "2": "work", "3": "other"}.get(prop.text().strip(), "")
        rec.addresses.sort(key=lambda a: a.get("label") != mailing)
    for prop in take("URL"):
        url = prop.text().strip()
        if url:
            _drop_typed_label(rec, prop, labels)  # DAVx5's blog.X-ABLabel:blog: a website has no label
        if url and url not in rec.websites:
            rec.websites.append(url)
    for name, attr in (
        ("BDAY", "birthday"),
        ("ANNIVERSARY", "anniversary"),
        ("X-ANNIVERSARY", "anniversary"),
        ("X-EVOLUTION-ANNIVERSARY", "anniversary"),  # GNOME Evolution
        ("X-MS-ANNIVERSARY", "anniversary"),  # Outlook
    ):
        for prop in take(name):
            _set_date(rec, attr, prop.text())
    for prop in take("X-ABDATE"):
        date_label = labels.get(prop.group, "")
        if "anniversary" in date_label.casefold():
            _set_date(rec, "anniversary", prop.text())
        else:
            used.discard(id(prop))
    for prop in take("RELATED") + take("X-ABRELATEDNAMES") + [p for key in _RELATED_PROPS for p in take(key)]:
        name = prop.text().strip()
        if not name:
            continue
        kind = (
            _RELATED_PROPS.get(prop.name)
            or next(iter(sorted(prop.types)), "")
            or _apple_label(labels.get(prop.group, ""))
            or "other"
        )
        related = {"type": kind, "name": name.removeprefix("urn:uuid:")}
        if related not in rec.related_names:
            rec.related_names.append(related)
    for prop in take("PHOTO"):
        if rec.photo:
            continue
        try:
            rec.photo = photos.from_vcard(
                prop.value, prop.param("ENCODING"), prop.param("TYPE") or prop.param("MEDIATYPE")
            )
        except photos.PhotoError as exc:
            used.discard(id(prop))
            rec.warnings.append(Reason(N_("photo left out: {why}"), why=Reason(exc.template, **exc.values)))
    if (rec.phonetic_family_name or rec.phonetic_given_name) and _petdesk_card(card):
        language = rec.native_name_language
        computed = (
            hangul.name_reading(rec.family_name_zh, rec.given_name_zh)
            if language == "ko"
            else chinese_name_pinyin(rec.family_name_zh, rec.given_name_zh)
        )
        reading = (rec.phonetic_family_name, rec.phonetic_given_name)
        if language in ("", "ko") and tuple(map(fold_latin, reading)) == tuple(map(fold_latin, computed)):
            # The pinyin (or Korean romanisation) petdesk's export derived from the name: petdesk
            # derives it again. Another program's reading (an iPhone's X-PHONETIC-*, typed by a
            # person, perhaps with tones) is kept even where it agrees.
            rec.phonetic_family_name = rec.phonetic_given_name = ""
    for prop in take("X-PETDESK-ALT-N"):  # petdesk's vCard 3.0: the name in the other script
        parts = [*prop.components(), "", "", "", "", ""]
        if indic := _indic_name(prop, parts[0] + parts[1]):
            rec.family_name_zh = rec.family_name_zh or " ".join(p for p in parts[:3] if p)
            rec.native_name_language = rec.native_name_language or indic
            if parts[3]:
                rec.honorific_zh = rec.honorific_zh or parts[3]
        elif has_native_script(parts[0] + parts[1]):
            rec.family_name_zh = rec.family_name_zh or parts[0]
            rec.given_name_zh = rec.given_name_zh or parts[1]
            if parts[3]:
                rec.honorific_zh = rec.honorific_zh or parts[3]
        elif not (rec.family_name or rec.given_name):
            rec.family_name, rec.given_name, rec.middle_name = parts[0], parts[1], parts[2]
            if parts[3]:
                rec.honorific_en = rec.honorific_en or parts[3]
    for prop in take("X-PETDESK-HONORIFIC-EN"):  # of a card with no Latin N
        rec.honorific_en = rec.honorific_en or prop.text().strip()
    for prop in take("X-PETDESK-HONORIFIC-ZH"):  # of a card with no Chinese N
        rec.honorific_zh = rec.honorific_zh or prop.text().strip()
    for prop in take("X-PETDESK-LANG"):
        if prop.text().strip() and prop.text().strip() not in rec.languages:
            rec.languages.append(prop.text().strip())
    gender = next(iter(take("GENDER") + take("X-GENDER")), None)
    if gender:
        parts = [*gender.components(), ""]
        identity, sex = parts[1].strip(), parts[0].strip()  # GENDER:M;male
        rec.gender = _gender(identity) if identity else _GENDERS.get(sex.casefold(), "")
    for name, attr in (
        ("X-PETDESK-DIETARY", "dietary_needs"),
        ("X-PETDESK-ACCESSIBILITY", "accessibility_needs"),
        ("X-PETDESK-EMERGENCY", "emergency_contact"),
        ("X-PETDESK-NAME-LANGUAGE", "native_name_language"),
    ):
        for extra in take(name):
            setattr(rec, attr, extra.text())
    for prop in card.properties:
        if id(prop) not in used and prop.name not in _NOT_DATA and _has_value(prop):
            rec.dropped[prop.name] = rec.dropped.get(prop.name, 0) + 1
    _fold_latin_fields(rec)
    _note_rejected(rec)
    return rec


def _japanese_card_hint(card: vcard.VCard, hint: str) -> tuple[str, str]:
    """The language hint for a card's Han name, and the name if it needs the note to check it.

    A Japanese phone's or card app's vCard (a Shift_JIS file, or ``CHARSET=SHIFT_JIS`` on its name
    as docomo phones write) made every Han name Japanese: a Chinese colleague's 王 偉 was stored as
    Japanese. The family name decides, as in a Japanese app's CSV (:mod:`han_name_origin`,
    cardnames63): a Chinese-only one drops the hint. A kana reading or a LANGUAGE parameter says the
    language itself and is kept (cards64)."""
    if hint == "ja":
        return hint, ""
    name_props = [p for p in card.all("N") if not p.param("PHONETIC")]
    named = next((p for p in name_props if has_native_script("".join(p.components()[:2]))), None)
    prop = named or next(
        (p for p in card.all("FN") if not p.param("PHONETIC") and has_native_script(p.text())), None
    )
    if prop is None or prop.param("LANGUAGE"):
        return hint, ""
    charset = prop.param("CHARSET").strip().lower()
    hint = charset if charset in JAPANESE_ENCODINGS else hint
    if hint.lower() not in JAPANESE_ENCODINGS:
        return hint, ""
    parts = [*prop.components(), "", ""]
    values = (
        [("family_name_zh", parts[0]), ("given_name_zh", parts[1])]
        if prop.name == "N"
        else [("full_name", prop.text())]
    )
    family, given = _han_name_of_row(values)
    if family and han_name_origin.origin(family, given) is han_name_origin.Origin.CHINESE:
        return "", ""
    return hint, f"{family} {given}".strip() if family and han_name_origin.needs_check(family, given) else ""


def _has_value(prop: vcard.Property) -> bool:
    """Whether a property holds anything: Evolution writes ``CALURI:``, ``FBURL:`` and empty
    ``X-EVOLUTION-*`` lines on every card, and a report of them as dropped named nothing lost."""
    return bool(prop.value.replace(";", "").replace(",", "").strip())


def _petdesk_card(card: vcard.VCard) -> bool:
    """Whether petdesk wrote the card (its PRODID, or a property of its own)."""
    return any("petdesk" in p.text().casefold() for p in card.all("PRODID")) or any(
        p.name.startswith("X-PETDESK-") for p in card.properties
    )


#: vCard properties that describe the file, not the person: never reported as dropped.
_NOT_DATA = frozenset(
    {
        "PRODID",
        "REV",
        "X-ABUID",
        "CLIENTPIDMAP",
        "KIND",
        "X-ABSHOWAS",
        "MAILER",
        "PROFILE",
        "NAME",
        "SOURCE",
        "SORT-STRING",
        "X-EVOLUTION-FILE-AS",  # "Doe, John": the name again, as Evolution sorts it
        "X-ABLABEL",
        "XML",
        "X-ABADR",
        "X-MS-OL-DESIGN",  # the layout (colours, fonts) of Outlook's electronic business card
    }
)

#: Messaging properties of mail programs and phones that petdesk has no channel for.
_OTHER_HANDLE_PROPS = {
    "X-QQ": "qq",
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-JABBER": "xmpp",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-GADUGADU": "gadugadu",
    "X-GOOGLE-TALK": "gtalk",
    "X-GTALK": "gtalk",  # what Gmail's vCard export writes
    "X-TWITTER": "twitter",
    "X-SIP": "sip",
}
_HANDLE_SERVICES = frozenset(_OTHER_HANDLE_PROPS.values())

#: Related-person properties of Evolution, KAddressBook and Outlook exports.
_RELATED_PROPS = {
    "X-SPOUSE": "spouse",
    "X-EVOLUTION-SPOUSE": "spouse",
    "X-KADDRESSBOOK-X-SPOUSENAME": "spouse",
    "X-MS-SPOUSE": "spouse",
    "X-MANAGER": "manager",
    "X-EVOLUTION-MANAGER": "manager",
    "X-KADDRESSBOOK-X-MANAGERSNAME": "manager",
    "X-ASSISTANT": "assistant",
    "X-EVOLUTION-ASSISTANT": "assistant",
    "X-KADDRESSBOOK-X-ASSISTANTSNAME": "assistant",
}


#: Android's relation types (``ContactsContract.CommonDataKinds.Relation``; 0 is a typed label).
_ANDROID_RELATIONS = {
    "1": "assistant",
    "2": "brother",
    "3": "child",
    "4": "domestic partner",
    "5": "father",
    "6": "friend",
    "7": "manager",
    "8": "mother",
    "9": "parent",
    "10": "partner",
    "11": "referred by",
    "12": "relative",
    "13": "sister",
    "14": "spouse",
}
#: Android's event types petdesk has a field for (``CommonDataKinds.Event``: 2 is "other").
_ANDROID_EVENTS = {"1": "anniversary", "3": "birthday"}


def _read_android_custom(rec: ContactRecord, prop: vcard.Property) -> None:
    """Android's vCard 2.1 writes rows the format has no property for as
    ``X-ANDROID-CUSTOM:vnd.android.cursor.item/<kind>;<value>;<type>;<label>;…`` (Huawei, Xiaomi).
    The nickname, relations and dates are kept; any other row is reported by its kind in plain
    words ("Android sip address"), never as the bare tag."""
    parts = [*prop.components(), "", "", ""]
    kind = parts[0].strip().rpartition("/")[2]
    value, type_code, label = parts[1].strip(), parts[2].strip(), parts[3].strip()
    if kind == "nickname":
        if value and not rec.nickname:
            rec.nickname = value
    elif kind == "relation":
        related = {"type": _ANDROID_RELATIONS.get(type_code) or label.casefold() or "other", "name": value}
        if value and related not in rec.related_names:
            rec.related_names.append(related)
    elif kind == "contact_event" and type_code in _ANDROID_EVENTS:
        _set_date(rec, _ANDROID_EVENTS[type_code], value)
    elif kind == "contact_event":
        # As for Google's events petdesk has no field for; said in the report's language.
        what = Reason(N_("event {label}"), label=label or "other")
        rec.dropped[what] = rec.dropped.get(what, 0) + 1
    elif value:
        what = Reason(N_("Android {kind}"), kind=kind.replace("_", " ") or "row")
        rec.dropped[what] = rec.dropped.get(what, 0) + 1


def _report_guessed_charsets(rec: ContactRecord, card: vcard.VCard) -> None:
    """Say when 8-bit text named no charset that fits and was read in a guessed one, showing the
    text so the user can see whether the guess read it right."""
    for prop in card.properties:
        if prop.guessed_charset:
            rec.warnings.append(
                Reason(
                    N_("{prop} names no charset that fits; read as {charset}: “{value}”"),
                    prop=prop.name,
                    charset=prop.guessed_charset,
                    value=prop.text().strip(),
                )
            )


def _report_display_name(rec: ContactRecord, display: str, what: str) -> None:
    """A display name that is more than the name's parts written out has no field of its own:
    it is named in the report (and counted as dropped) instead of vanishing unseen."""
    spelled = " ".join(
        (rec.honorific_en, rec.given_name, rec.middle_name, rec.family_name, rec.name_suffix, rec.nickname)
    )
    if not _name_words(display) <= _name_words(spelled):
        why = Reason(N_("display name “{value}” differs from the name; not kept"), value=display)
        rec.warnings.append(why)
        rec.dropped[what] = rec.dropped.get(what, 0) + 1


def _indic_name(prop: vcard.Property, text: str) -> str:
    """The language of a name in an Indian script that the card says is one beside the name
    (LANGUAGE=hi, as petdesk writes a Hindi name next to the English one), else "". Without
    LANGUAGE, or with English, it is the name itself (अमित पटेल, who has no English one)."""
    language = prop.param("LANGUAGE").split("-")[0].casefold()
    if not language or language == "en" or not names_indic.indic_language(text):
        return ""
    return language_of(text, language)


def _is_hanja_name(prop: vcard.Property) -> bool:
    """Whether an FN (or petdesk's X-PETDESK-ALT-FN) is a Korean name in Han characters: its LANGUAGE
    is Korean in the Han script (ko-Hani; ko-Hant/ko-Hans where a program wrote a Chinese subtag)."""
    return prop.param("LANGUAGE").casefold() in _HANJA_LANGUAGES


_HANJA_LANGUAGES = ("ko-hani", "ko-hant", "ko-hans", "ko-kore-hani")


def _hanja_without_language(
    card: vcard.VCard, fn_props: list[vcard.Property], alt_fns: list[vcard.Property], hanja: str
) -> tuple[list[vcard.Property], dict[int, str], str]:
    """(the display names, their texts, the Hanja) of a petdesk card re-exported by a program that
    keeps one name per field: FN;ALTID=1;LANGUAGE=ko-Hani:李敏鎬 comes back as a plain FN (before or
    after FN:이민호, and with no N the first FN is taken for the name), or merged into one FN
    ("이민호 李敏鎬", "이민호 (李敏鎬)"), and X-PETDESK-ALT-FN without its LANGUAGE. A Han name is the
    Hanja only with one character per syllable of a Hangul name on the card, so 外公 stays a nickname."""
    texts = {id(p): p.text().strip() for p in fn_props}
    merged = {key: m for key, text in texts.items() if (m := _MERGED_HANJA.fullmatch(text))}
    hangul = {_compact_name(m[1]) for m in merged.values()}
    hangul |= {_compact_name(t) for t in texts.values() if _HANGUL_NAME.fullmatch(t)}
    for prop in card.all("N"):
        parts = [*prop.components(), "", ""]
        if _HANGUL_NAME.fullmatch(name := parts[0].strip() + parts[1].strip()):
            hangul.add(name)
    lengths = {len(name) for name in hangul}

    def is_hanja(text: str, language: str = "") -> bool:
        written = _compact_name(text)
        korean = not language or language.casefold().startswith("ko")
        return korean and len(written) in lengths and _WHOLE_HAN_NAME.fullmatch(written) is not None

    for key, m in merged.items():
        if is_hanja(m[2]) and len(_compact_name(m[2])) == len(_compact_name(m[1])):
            texts[key], hanja = m[1].strip(), hanja or m[2]
    found = [p for p in fn_props if is_hanja(texts[id(p)], p.param("LANGUAGE"))]
    found += [p for p in alt_fns if is_hanja(p.text())]
    hanja = hanja or next((_compact_name(p.text()) for p in found), "")
    return [p for p in fn_props if all(p is not f for f in found)], texts, hanja


#: A whole name in Hangul syllables (이민호, 남궁 민수).
_HANGUL_NAME = re.compile("[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)?")
#: A Hangul name with its Hanja after it, as one FN: 이민호 李敏鎬, 이민호 (李敏鎬), 이민호（李敏鎬）.
_MERGED_HANJA = re.compile(f"([\uac00-\ud7a3 ]+?) *[(（]?([{HAN_CLASS}]+)[)）]?")


def _hanja_of_hangul(rec: ContactRecord, display: str) -> bool:
    """Whether a display name in Han characters only is the Hanja of the card's Hangul name: a
    Korean phone's contact kept as N:이;민호 with FN:李敏鎬 (one character per syllable, as Hanja
    are read). Anything else (外公 for "Grandpa") stays a nickname (:func:`_native_display_name`)."""
    hangul_name = _compact_name(rec.family_name_zh + rec.given_name_zh)
    written = _compact_name(display)
    return (
        rec.native_name_language == "ko"
        and bool(hangul_name)
        and all(_HANGUL_SYLLABLE.fullmatch(ch) for ch in hangul_name)
        and _WHOLE_HAN_NAME.fullmatch(written) is not None
        and len(written) == len(hangul_name)
    )


_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")


def _native_display_name(rec: ContactRecord, display: str, hint: str) -> None:
    """A display name in Chinese (Japanese, Korean) script beside a structured name: the name in that
    script (FN 张三 for N:Zhang;San) becomes the native name when the card has none; another one is
    what the phone's owner calls the person (FN 外公, "Grandpa", for N:Zhang;San): the nickname, or
    named in the report when the card has a nickname too."""
    native = rec.family_name_zh + rec.given_name_zh
    # "加藤 愛 さん" (an iPhone card's FN): the courtesy word is no part of the name, nor a nickname
    display = japanese_honorific_after_name(display)[0]
    written = _compact_name(display)
    if written in (_compact_name(native), _compact_name(rec.given_name_zh + rec.family_name_zh)):
        return  # the name itself, in either order (阿卜杜拉·艾买提 is given name first)
    if not native and rec.family_name and rec.given_name:
        language = language_of(display, hint)
        family, given = _split_native(display, language)
        latin = person_name_keys(rec.family_name, rec.given_name, "", "")
        if latin.keys() & person_name_keys("", "", family, given).keys():  # through pinyin
            rec.family_name_zh, rec.given_name_zh = family, given
            rec.native_name_language = rec.native_name_language or language
            return
    if not rec.nickname:
        rec.nickname = display
        rec.warnings.append(
            Reason(N_("display name “{value}” differs from the name; kept as the nickname"), value=display)
        )
    else:
        _report_display_name(rec, display, "FN")


def _compact_name(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _name_words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s,.;]+", text.casefold()) if w}


def _apple_label(label: str) -> str:
    """ "_$!<Spouse>!$_" -> "spouse"; a label a person typed stays as typed."""
    match = re.fullmatch(r"_\$!<(.+)>!\$_", label.strip())
    return (match.group(1) if match else label.strip()).casefold()


def _split_native(full: str, language: str) -> tuple[str, str]:
    if language == "ko":
        return split_korean_name(full)
    if language == "ja":
        return split_japanese_name(full)
    return split_chinese_name(full)


def _address_of(prop: vcard.Property, labels: dict[str, str]) -> dict[str, str]:
    parts = [*prop.components(), "", "", "", "", "", "", ""]
    keys = ("po_box", "extended", "street", "city", "region", "postcode", "country")
    address = {k: parts[i].strip() for i, k in enumerate(keys) if parts[i].strip()}
    if not address:
        return {}
    types = prop.types
    label = "home" if "home" in types else "work" if "work" in types else ""
    label = label or _apple_label(labels.get(prop.group, "")) or "other"
    address["label"] = label
    if prop.param("LANGUAGE"):
        address["language"] = prop.param("LANGUAGE")
    return address


_ETHIOPIA = frozenset({"ethiopia", "et", "eth", "埃塞俄比亚", "ኢትዮጵያ"})


def _ethiopian(name: str, values: list[tuple[str, str]]) -> bool:
    """Whether a whole name is Ethiopian, written in Ge'ez (አበበ በቂላ) or beside an Ethiopian phone
    number (+251) or country."""
    if re.search("[\u1200-\u139f\u2d80-\u2ddf]", name):
        return True
    for key, value in values:
        if _is_phone_field(key) and re.sub(r"[^\d+]", "", value).startswith(("+251", "00251")):
            return True
        if ("country" in key or key == "nationality") and value.strip().casefold() in _ETHIOPIA:
            return True
    return False


def _office_writes_day_first() -> bool:
    """Whether the office's country writes "05/11/1980" day first: a Nairobi form's birthdays were
    stored month first (5 Nov as 11 May) without a word, and "23/02/1988" refused (field test 117)."""
    from petdesk.day_order import DAY_FIRST, day_order

    country = office_country()
    return bool(country) and day_order(country) == DAY_FIRST


#: The date fields as a warning names them: a word of the user's language, not the field key or
#: the file's column ("birthday“2023-02-30”不是日期" read half English in Chinese; field test 12).
_DATE_LABELS = {
    "birthday": N_("Birthday"),
    "anniversary": N_("Anniversary"),
    "passport_expiry": N_("Passport expiry date"),
}


#: Said of a date in the Ethiopian calendar, converted to the Gregorian day it is.
ETHIOPIAN_DATE_TAKEN = N_("{what} “{value}” is in the Ethiopian calendar: {date} is taken")


def _set_nationality(rec: ContactRecord, text: str) -> None:
    """A country's code, name in any language, or a passport's three-letter code (KAZ, UZB); any
    other text is left out into the notes, as a date that is none is."""
    code = _country_in_file(text)
    if code:
        rec.nationality = rec.nationality or code
    elif text.strip():
        rec.rejected.append(("nationality", text.strip()))


def _set_date(rec: ContactRecord, attr: str, text: str) -> None:
    from petdesk.ethiopian_dates import ethiopian_day

    try:  # "12/05/1975 E.C.": an Ethiopian form's birthday was left out (field test 117)
        ethiopian = ethiopian_day(text)
    except ValueError:
        ethiopian = None  # no day of that calendar: left out below, as any date that is none
    if ethiopian and not getattr(rec, attr):
        setattr(rec, attr, ethiopian.isoformat())
        what = Reason(_DATE_LABELS[attr])
        rec.warnings.append(
            Reason(ETHIOPIAN_DATE_TAKEN, what=what, value=text.strip(), date=ethiopian.isoformat())
        )
        return
    value = normalize_date(text)
    if value:
        setattr(rec, attr, getattr(rec, attr) or value)
    elif text.strip():
        what = Reason(_DATE_LABELS[attr])
        rec.warnings.append(
            Reason(N_("{what} “{value}” is not a date; left out"), what=what, value=text.strip())
        )
        rec.rejected.append((attr, text.strip()))


#: Characters of a phone number once its extension is set aside (``matching.phone_number_part``):
#: digits, the usual separators, and the keypad's Latin letters of a vanity number (+1-800-MYFAX).
_PHONE_CHARS = re.compile(r"\+?[\dA-Za-z\s\-().\/]+")


def _plausible_phone(value: str) -> bool:
    """Digits (three at least) with the usual separators: "1381111000五" or "1390000еј" is not.
    After a ";" come a vCard's parameters or a second number: the first is what counts."""
    number = phone_number_part(value.split(";", 1)[0])
    return bool(_PHONE_CHARS.fullmatch(number)) and len(normalize_phone(value)) >= 3


def _reject_email(rec: ContactRecord, value: str) -> None:
    rec.warnings.append(Reason(N_("“{value}” is not an e-mail address; left out"), value=value))
    rec.rejected.append(("email", value))


def _reject_phone(rec: ContactRecord, value: str) -> None:
    rec.warnings.append(Reason(N_("“{value}” is not a phone number; left out"), value=value))
    rec.rejected.append(("phone", value))


#: How a note names a value the import left out, by kind: (English, Chinese).
_REJECTED_NOTE = {
    "email": ("not an e-mail address", "不是电子邮箱地址"),
    "phone": ("not a phone number", "不是电话号码"),
    "birthday": ("birthday, not a date", "生日，不是日期"),
    "anniversary": ("anniversary, not a date", "纪念日，不是日期"),
    "passport_expiry": ("passport expiry, not a date", "护照有效期，不是日期"),
    "nationality": ("nationality, not a country petdesk knows", "国籍，不是已知的国家"),
    "kind": ("a kind of organisation petdesk does not have", "系统中没有的机构类型"),
    "postal_code": ("not a postal code of the country", "不是该国家的邮政编码"),
    # an organisation keeps one phone and one e-mail of its own (0078): a second waits here
    "another_phone": ("the organisation's second phone", "机构的第二个电话"),
    "another_email": ("the organisation's second e-mail", "机构的第二个电子邮件"),
}


def _fold_latin_fields(rec: ContactRecord | OrganisationRecord) -> None:
    """Full-width letters in the Latin-script fields made ASCII, as the editor's save does
    (``contacts.LATIN_FIELDS``; field test 54, defect 4), a person's name wholly in capitals in the
    usual case (``name_case``; passports53), and a Vietnamese middle name made the start of the given
    name, as the editor's save does too."""
    from petdesk.services.contacts import LATIN_FIELDS
    from petdesk.services.organisations import LATIN_FIELDS as ORGANISATION_LATIN_FIELDS

    for key in LATIN_FIELDS + ORGANISATION_LATIN_FIELDS:
        if isinstance(getattr(rec, key, None), str):
            setattr(rec, key, half_width_latin(getattr(rec, key)).strip())
    if isinstance(rec, ContactRecord):
        rec.websites = [half_width_latin(url).strip() for url in rec.websites]
        # A passport's "NURLANOVA AIGERIM" is stored "Nurlanova Aigerim", for every kind of file alike
        rec.family_name, rec.given_name, rec.middle_name = name_from_capitals(
            (rec.family_name, rec.given_name, rec.middle_name)
        )
        # Outlook's and Google's First "Đức", Middle "Văn", Last "Trần" (or N:Trần;Đức;Văn;;) is the
        # given name "Văn Đức" as written; the name order follows (``names.name_order_of``).
        rec.given_name, rec.middle_name = vietnamese_given_name(
            rec.family_name, rec.given_name, rec.middle_name
        )


def _note_rejected(rec: ContactRecord) -> None:
    """Values left out as invalid stay in the notes, each on a line saying it came from the import
    and why it was left out, so that nothing in the file is lost and the person can be fixed later
    (field test 12, defects 5 and 6). The line is in the language of the person's name, as the
    employee number's is."""
    chinese = has_cjk(rec.family_name_zh + rec.given_name_zh)
    for kind, value in rec.rejected:
        line = _left_out_line(kind, value, chinese=chinese)
        if line not in rec.notes.splitlines():
            rec.notes = f"{rec.notes}\n{line}".strip("\n")


def _left_out_line(kind: str, value: str, *, chinese: bool) -> str:
    en, zh = _REJECTED_NOTE[kind]
    return f"导入时未采用（{zh}）：{value}" if chinese else f"Left out by the import ({en}): {value}"


def notes_for_reader(notes: str, *, chinese: bool) -> str:
    """``notes`` with the import's own "left out" lines in the reader's language: they are stored in the
    language of the person's name, so the Chinese window's preview showed "Left out by the import (not
    a phone number): …" for a Karachi partner (walks58b). The user's lines are shown as written."""
    return "\n".join(
        couple_names.line_for_reader(_left_out_line_for_reader(line, chinese=chinese), chinese=chinese)
        for line in notes.split("\n")
    )


def _left_out_line_for_reader(line: str, *, chinese: bool) -> str:
    for kind, (en, zh) in _REJECTED_NOTE.items():
        for prefix in (f"Left out by the import ({en}): ", f"导入时未采用（{zh}）："):
            if line.startswith(prefix):
                return _left_out_line(kind, line.removeprefix(prefix), chinese=chinese)
    return line


def _is_left_out_line(line: str) -> bool:
    """Whether a line of the notes is one :func:`_note_rejected` wrote (in either language)."""
    return line.startswith(("Left out by the import (", "导入时未采用（"))


def _merged_notes(current: str, incoming: str) -> str:
    """The notes after an updating import: the user's lines as they are, then the file's lines not
    yet among them, then this import's own "left out" lines, which replace the earlier imports'
    (each import re-adding them filled the notes with copies, and a line stayed after its value was
    imported)."""
    kept = [line for line in _lines(current).split("\n") if not _is_left_out_line(line)]
    have = {line.strip() for line in kept if line.strip()}
    incoming_lines = [line for line in _lines(incoming).split("\n") if line.strip()]
    added = [line for line in incoming_lines if not _is_left_out_line(line) and line.strip() not in have]
    left_out = [line for line in incoming_lines if _is_left_out_line(line)]
    body = "\n\n".join(filter(None, ("\n".join(kept).strip("\n"), "\n".join(added))))
    return "\n".join(filter(None, (body, *left_out)))


# --- loading a file -----------------------------------------------------------------------------


@dataclass
class LoadedFile:
    """A file checked from end to end, with what the window needs for its mapping step. Its records
    are read again from the file each time :meth:`iter_records` is called, so that a file of any size
    is imported in bounded memory."""

    path: Path
    format: str  # "csv", "xlsx" or "vcf"
    target: Target
    #: A new pass over the file's records.
    reader: Callable[[], Iterator[Record]] = field(repr=False)
    table: Table | None = None
    mapping: dict[int, str] = field(default_factory=dict)
    encoding: str = ""
    detection: Detection | None = None
    #: Rows (or cards) in the file: the total for progress reports.
    total: int = 0

    @classmethod
    def from_table(
        cls, path: Path, table: Table, mapping: dict[int, str], target: Target, total: int = 0
    ) -> LoadedFile:
        """A table read and mapped (in the window); ``ImportFileError`` if no column identifies a record."""
        check_mapping(mapping, table.headers, target, table.header_line)
        chosen = dict(mapping)
        return cls(
            path,
            "xlsx" if table.unit == "row" else "csv",
            target,
            lambda: iter_records_from_table(table, chosen, target),
            table=table,
            mapping=chosen,
            encoding=table.encoding,
            detection=table.detection,
            total=total or len(table.rows),
        )

    def iter_records(self) -> Iterator[Record]:
        return self.reader()

    def with_organisation(self, name: str) -> LoadedFile:
        """The file as the list of one organisation's people (a WeCom or DingTalk member list names
        none): a person without an organisation of their own joins ``name``, with the position and
        department the row gives."""
        name = name.strip()
        if not name or self.target != "contacts":
            return self
        attr = "organisation_zh" if has_native_script(name) else "organisation_en"
        reader = self.reader

        def records() -> Iterator[Record]:
            for rec in reader():
                if isinstance(rec, ContactRecord) and not (rec.organisation_en or rec.organisation_zh):
                    setattr(rec, attr, name)
                yield rec

        return dataclasses.replace(self, reader=records)

    @property
    def records(self) -> list[Record]:
        """Every record at once (for small files and tests; imports use :meth:`iter_records`)."""
        return list(self.reader())

    def encoding_note(self, _: Callable[[str], str] = lambda s: s) -> str:
        """The preview's line about the encoding: which one, and a sample line read with it."""
        return describe(self.detection, _) if self.detection else ""

    def encoding_warnings(self, _: Callable[[str], str] = lambda s: s) -> list[str]:
        """When another encoding reads the file almost as well, both readings for the user to see."""
        if not self.detection or not self.detection.is_close:
            return []
        return [
            _(
                "{file}: the encoding is uncertain: {encoding} reads {sample}, {other} reads "
                "{other_sample}; choose the encoding if the first is wrong"
            ).format(
                file=self.path.name,
                encoding=self.detection.encoding,
                sample=repr(self.detection.sample),
                other=other.encoding,
                other_sample=repr(other.sample),
            )
            for other in self.detection.close
        ]


#: The start of every Office 97-2003 file (OLE2 compound document): .xls, but also .doc.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_vcard_file(path: Path) -> bool:
    """Whether ``path`` is a vCard file (by what it holds, else its name): one with no columns."""
    return detect_format(path, _head_bytes(path)) == "vcf"


def detect_format(path: Path, data: bytes) -> str:
    """The format, "vcf", "xlsx" or "csv": by what the file holds where that is plain (a workbook is a zip,
    a vCard file begins with BEGIN:VCARD), else by its name. A CSV saved as .xlsx was "a damaged
    Excel file", and a workbook or vCard file saved as .csv "not valid in any encoding" or "columns
    do not match". An old .xls workbook or a PDF is refused (``ImportFileError``) saying what it is."""
    head = data[:200].lstrip(b"\xef\xbb\xbf").lstrip().upper()
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    # Files that are no text: without this they were "not valid in any encoding; choose the
    # file's encoding", whatever their name (WeCom and DingTalk export .xls).
    if data.startswith(_OLE2_MAGIC):
        raise ImportFileError("this is an old Excel workbook (.xls): save it as .xlsx or CSV and import that")
    if data.startswith(b"%PDF-"):
        raise ImportFileError("this is a PDF, not a contacts file")
    if head.startswith(b"BEGIN:VCARD"):
        return "vcf"
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return "vcf"
    if suffix in (".xlsx", ".xlsm"):
        return "csv" if data and b"\x00" not in data else "xlsx"  # text is no workbook
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    return "xlsx" if data.startswith(b"PK") else "csv"


def read_table(
    path: Path,
    data: bytes | None = None,
    encoding: str | None = None,
    header_row: int | None = None,
    sheet: str | None = None,
) -> Table:
    """The table of a CSV or Excel file: from ``data`` all in memory, else read a piece at a time;
    ``header_row`` (its line or row number) overrides the guess of which row is the header; ``sheet``
    names a workbook's worksheet (default: the first)."""
    fmt = detect_format(path, data if data is not None else _head_bytes(path))
    if fmt == "vcf":
        raise ImportFileError("a vCard file has no columns to map")
    if data is None:
        return open_table(path, encoding, sheet, header_row=header_row)
    if fmt == "xlsx":
        return read_xlsx(data, sheet, header_row=header_row)
    return read_csv(data, encoding, header_row=header_row)


#: vCard files up to this size are parsed at once (parsed cards take several times the file's size).
WHOLE_VCARD_LIMIT = 1 << 20


def open_vcards(
    path: Path, encoding: str | None = None
) -> tuple[Callable[[], Iterator[vcard.VCard]], Detection]:
    """The cards of a .vcf file, read a piece at a time from a large file (each call a new pass)."""
    head = _head_bytes(path, import_source.BLOCK)
    if path.stat().st_size <= WHOLE_VCARD_LIMIT or vcard.names_charsets(head):
        # Small, or 2.1 lines in codecs of their own (CHARSET=): read whole, as the file needs.
        try:
            whole, detection = vcard.parse_detected(path.read_bytes(), encoding)
        except vcard.VCardError as exc:
            raise ImportFileError(exc.reason, exc.line) from exc
        return (lambda: iter(whole)), detection
    try:
        text = import_source.read_text(path, encoding)
    except encoding_service.EncodingError as exc:
        raise ImportFileError(exc.reason, exc.line) from exc
    charset = vcard.charset_of(text.detection.encoding)

    def cards() -> Iterator[vcard.VCard]:
        try:
            # Cut after a card of the file, never after the END:VCARD of an AGENT's card inside one.
            for first, piece in text.pieces(vcard.CardEnds()):
                yield from vcard.parse_text(piece, charset, first)
        except vcard.VCardError as exc:
            raise ImportFileError(exc.reason, exc.line) from exc

    return cards, text.detection


def load_file(
    path: Path | str,
    *,
    target: Target = "contacts",
    encoding: str | None = None,
    mapping: dict[int, str] | None = None,
    mapping_spec: str | None = None,
    header_row: int | None = None,
    table: Table | None = None,
    sheet: str | None = None,
) -> LoadedFile:
    """Check ``path`` from end to end; any problem raises ``ImportFileError`` before the database is
    touched. The records are read again, a piece at a time, by :meth:`LoadedFile.iter_records`.
    ``header_row`` (its line or row number) overrides the guess of which row is the header; with no
    row that looks like one and no mapping, ``NoHeaderError`` rather than a header imported as a person.
    ``table``: the file's table already opened (:func:`read_table`, same encoding and header row),
    so that its header is not found a second time."""
    path = Path(path)
    try:
        size = path.stat().st_size
        head = _head_bytes(path, 4096)
    except OSError as exc:
        raise ImportFileError(unreadable(str(path), exc)) from exc
    if not head.strip() and (size <= len(head) or not path.read_bytes().strip()):
        raise ImportFileError(f"{path.name} is empty")
    fmt = detect_format(path, head)
    if fmt == "vcf":
        if target != "contacts":
            raise ImportFileError("vCard files hold people; import them as contacts")
        cards, detection = open_vcards(path, encoding)
        total = sum(1 for _ in cards())
        if not total:
            raise ImportFileError(f"{path.name} contains no BEGIN:VCARD")
        used = detection.encoding
        return LoadedFile(
            path,
            fmt,
            target,
            lambda: iter_records_from_vcards(cards(), used),
            encoding=used,
            detection=detection,
            total=total,
        )
    if table is None:
        table = open_table(path, encoding, sheet, header_row=header_row)
    if mapping is None and not mapping_spec:
        table.require_header()
    if mapping is None:
        mapping = (
            parse_mapping_spec(mapping_spec, table.headers, target)
            if mapping_spec
            else guess_mapping(table.headers, target)
        )
    check_mapping(mapping, table.headers, target, table.header_line)
    total = table.count()  # reads every row: a malformed one raises here, before any write
    if not total:
        # Refused as an empty file is, not "0 added" (field test 12; the window says the same).
        raise ImportFileError("the file has column names but no rows of data below them")
    _refuse_lost_letters(table, mapping)
    chosen = mapping
    return LoadedFile(
        path,
        fmt,
        target,
        lambda: iter_records_from_table(table, chosen, target),
        table=table,
        mapping=mapping,
        encoding=table.encoding,
        detection=table.detection,
        total=total,
    )


def _refuse_lost_letters(table: Table, mapping: dict[int, str]) -> None:
    """A name saved in a code page without its letters ("?лзийбаяр" in Windows-1251) stops the
    import before anything is written: imported, it became a new person or organisation."""
    if not lost_letters.single_byte(table.encoding):
        return
    checked = {i: key for i, key in mapping.items() if key in lost_letters.CHECKED_FIELDS}
    for line, row in table.body():
        for i, key in checked.items():
            if i < len(row) and lost_letters.lost_letter(key, row[i].strip(), table.encoding):
                raise _lost_letter_error(row[i].strip(), table, line)


def _lost_letter_error(value: str, table: Table, line: int) -> ImportFileError:
    # an Outlook export has no sheet to save again (field test 121 told Outlook users to)
    program = csv_dialects.detect(table.headers)
    template = lost_letters.message(program)
    message = template.format(value=value, encoding=lost_letters.codec_name(table.encoding))
    return ImportFileError(message, line, table.unit)


# --- planning -----------------------------------------------------------------------------------

#: Records planned (and written) together: one batch of look-ups and one flush per chunk.
CHUNK = 500
#: Plan items and outcomes kept for the window and the report (the first ones, and as many possible
#: matches); beyond them only counts are kept, so that a file of any size fits in memory.
KEEP = 1000

Progress = Callable[[int, int], None]


@dataclass
class PlanItem:
    record: Record
    action: Action
    #: Existing row the record matches (None for a new record).
    match_id: str | None = None
    #: Why it matched, e.g. "same e-mail zhang.wei@example.cn"; or why it is skipped.
    reason: str = ""
    #: Other existing rows that matched as well (ambiguous matches), for the window to show.
    candidates: list[str] = field(default_factory=list)
    #: Id the record gets when added (fixed at planning, so later rows of the file can match it).
    new_id: str = ""
    #: Added as a new person although namesakes exist (``candidates``): shown apart for checking.
    possible_match: bool = False
    #: Place of the record in the file's records (0 for the first).
    index: int = 0
    #: The action as planned, before the user changed it.
    planned: Action | None = None
    #: Name and line of the candidates that are earlier rows of the same file (not in the database
    #: yet), by the id they get, for the window to name them.
    file_rows: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: Why it matched, when :func:`check_updates` put what the update changes in ``reason`` (the
    #: import says those again: "same e-mail …: position_en: position_en").
    matched: str = ""
    #: A guest list's row taken for a known person by its passport number or name, birthday and
    #: organisation (or linked by the user among possible matches): the summary names them.
    linked: bool = False


@dataclass
class ImportPlan:
    """What an import will do: counts for every record, the items themselves for the first
    :data:`KEEP` records and as many possible matches (the window shows those and lets the user
    change them). :func:`apply_import` reads the records again and plans the others the same way."""

    target: Target
    items: list[PlanItem]
    source: str = "import"
    on_match: OnMatch = "update"
    #: Planned actions of all records (before the user's changes).
    counts: dict[str, int] = field(default_factory=dict)
    #: Possible matches among all records.
    possible: int = 0
    #: Records with warnings (a value left out) among all records.
    warned: int = 0
    #: Records whose e-mail was a form's "anonymous" (said once, :attr:`ImportReport.anonymous_emails`).
    anonymous_emails: int = 0
    #: Records planned.
    total: int = 0
    #: A new pass over the records (None: the records are those of ``items``).
    reader: Callable[[], Iterator[Record]] | None = field(default=None, repr=False)
    #: What the ids of records added without an id of their own are drawn from (see
    #: :func:`_drawn_id`), so that :func:`apply_import` gives each the id the plan named it by.
    id_seed: bytes = field(default_factory=lambda: os.urandom(16), repr=False)
    #: Whether its updates were checked (:func:`check_updates`): checking again would count twice.
    checked: bool = False

    def count(self, action: Action) -> int:
        """Records that will be ``action``: as planned, with the user's changes to shown items."""
        kept = sum(1 for item in self.items if item.action == action)
        planned = sum(1 for item in self.items if (item.planned or item.action) == action)
        return self.counts.get(action, planned) - planned + kept

    def records(self) -> Iterator[Record]:
        return self.reader() if self.reader is not None else (item.record for item in self.items)

    def _tally(self, item: PlanItem) -> None:
        self.total += 1
        self.counts[item.action] = self.counts.get(item.action, 0) + 1
        self.possible += item.possible_match
        self.warned += bool(item.record.warnings)
        self.anonymous_emails += getattr(item.record, "anonymous_email", False)
        if item.index < KEEP or (item.possible_match and self.possible <= KEEP):
            self.items.append(item)


#: A passport number is one person's.
_SAME_PASSPORT = N_("same passport number {value}")


class _ContactIndex:
    """The contacts a chunk of records may match (those sharing an id, e-mail, phone or name key with
    one of them, looked up in the import's key table) and the people the chunk adds."""

    def __init__(self, keys: import_keys.KeyTable, records: list[ContactRecord]) -> None:
        self.keys = keys
        wanted: set[str] = set()
        uids: set[str] = set()
        for rec in records:
            if rec.uid:
                uids.update(forms(rec.uid))
            wanted.update(_record_method_keys(rec))
            wanted.update(import_keys.name_keys(*_parts(rec)))
            wanted.add(import_keys.passport_key(rec.passport_number))
        found = keys.lookup(wanted)
        self.people = keys.people({cid for ids in found.values() for cid in ids})
        #: Live contacts by key ("e:…", "p:…", "zh:…", "l:…").
        self.by_key: dict[str, set[str]] = {
            key: {cid for cid in ids if cid in self.people} for key, ids in found.items()
        }
        uids.discard("")
        self.ids, self.live = keys.ids(uids)  # deleted ids too: never reused
        #: Name keys of the known organisations a row's organisation may be (an acronym, a Vietnamese
        #: abbreviation); set by the planner, which holds the organisations.
        self.may_be_orgs: Callable[[ContactRecord], set[str]] = lambda _rec: set()

    def add_record(self, cid: str, rec: ContactRecord) -> None:
        person = import_keys.Person(
            _parts(rec),
            _record_org_keys(rec),
            set(_record_method_keys(rec)),
            added=True,
            uid=rec.uid,
            line=rec.line,
            phonetic=(rec.phonetic_family_name, rec.phonetic_given_name),
            language=rec.native_name_language,
            documents={f: getattr(rec, f) for f in import_keys.DOCUMENT_FIELDS},
            phones=_record_phones(rec),
        )
        self.ids.add(cid)
        self.live.add(cid)
        self.people[cid] = person
        for key in (*person.method_keys, *import_keys.name_keys(*person.parts), person.passport_key):
            if key:
                self.by_key.setdefault(key, set()).add(cid)
        self.keys.add(cid, person)

    def name(self, cid: str) -> str:
        person = self.people.get(cid)
        return person.name if person else cid[:8]

    def _same_person(
        self, rec: ContactRecord, ids: set[str] | None, known_before: bool, *, by_phone: bool = False
    ) -> list[str]:
        return sorted(
            cid
            for cid in ids or ()
            if self._counts(cid, known_before) and not self._other_name(rec, cid, by_phone=by_phone)
        )

    def _other_name(self, rec: ContactRecord, cid: str, *, by_phone: bool = False) -> bool:
        """Whether the names say (or may say) another person: a conflict, the same given name with
        another family name ("Carla Gmail" / "Carla Duplicada"), which only a check can tell, or
        names in different scripts that sound different ("Hanako Yamada" / 山田太郎, ヤマダ タロウ).

        ``by_phone``: the two share only a phone, which an office switchboard gives colleagues, so
        the same family name with another given name ("Minho Pak" / 박지훈 "PARK Ji-hoon") is
        another person too; the import renamed him into her (review 50b)."""
        parts, theirs = _parts(rec), self.people[cid]
        return (
            names_conflict(parts, theirs.parts)
            or family_names_differ(parts, theirs.parts)
            or self._readings_differ(rec, theirs)
            or (by_phone and latin_names_differ_in_any_spelling(parts, theirs.parts))
        )

    @staticmethod
    def _readings_differ(rec: ContactRecord, theirs: import_keys.Person) -> bool:
        mine = name_reading(
            _parts(rec), (rec.phonetic_family_name, rec.phonetic_given_name), rec.native_name_language
        )
        return readings_differ(_parts(rec), mine, theirs.parts, theirs.reading)

    def shared_method_other_name(self, rec: ContactRecord) -> tuple[list[str], str]:
        """People sharing the row's e-mail or phone whose names say (or may say) another person:
        (ids, why). Such a row is added and offered for checking, never made an update that would
        rename the person (the duplicate finder's "but different names"): an office switchboard or
        team mailbox is shared by colleagues."""
        parts = _parts(rec)
        for channel, label, value in rec.methods:
            key = import_keys.method_key(channel, value, row_country(rec))
            if not key:
                continue
            said = N_("same e-mail {value}") if channel == ContactChannel.EMAIL else N_("same phone {value}")
            why = Reason(said, value=value)
            by_phone = channel == ContactChannel.PHONE
            ids = sorted(
                cid
                for cid in self.by_key.get(key, ())
                if self._other_name(rec, cid, by_phone=by_phone)
                and not (by_phone and self._shared_line(rec, key, str(label or ""), value, cid))
            )
            if not ids:
                continue
            # "another family name" when they share a word of the name, else "another name"
            other_family = all(
                family_names_differ(parts, self.people[cid].parts)
                and not names_conflict(parts, self.people[cid].parts)
                for cid in ids
            )
            sentence = (
                N_("possible match — check: {why} as {names} but another family name; added as a new person")
                if other_family
                else N_("possible match — check: {why} as {names} but another name; added as a new person")
            )
            return ids, Reason(sentence, why=why, names=", ".join(self.name(cid) for cid in ids[:4]))
        return [], ""

    def _shared_line(self, rec: ContactRecord, key: str, label: str, value: str, cid: str) -> bool:
        """Whether the row's number (``key``) is a switchboard it shares with ``cid``
        (:func:`shared_lines.is_shared_line`): no sign that they are one person. ``cid``'s record
        says whose number it is: their mobile (by its label or its digits) is evidence, their
        "work" line shared by colleagues is none even where the row calls it a mobile (a file's one
        "Mobile" column holds whatever number a person gave). ``label``: the row's, for a number
        ``cid`` is not known to hold."""
        holders = len(self.by_key.get(key, ())) + 1
        colleagues = bool(_record_org_keys(rec) & self.people[cid].org_keys)
        stored_label, stored_value = self.people[cid].phones.get(key, (label, value))
        return is_shared_line(holders, (stored_label,), colleagues, value) and (
            stored_value == value or is_shared_line(holders, (stored_label,), colleagues, stored_value)
        )

    def _counts(self, cid: str, known_before: bool) -> bool:
        """Whether ``cid`` is among the people a match looks at: all, or with ``known_before``
        those known before the import (not added by an earlier row of the file)."""
        return not (known_before and self.people[cid].added)

    def match(self, rec: ContactRecord, *, known_before: bool = False) -> tuple[list[str], str]:
        """Matching contact ids (best evidence first) and the reason; with ``known_before``, among
        the people known before the import only."""
        if known := _known_id(rec.uid, self.live):
            return [known], Reason(N_("same petdesk ID"))
        # A shared switchboard phone or team mailbox is no match when the names say otherwise.
        for channel, _, value in rec.methods:
            if channel == ContactChannel.EMAIL and (
                found := self._same_person(
                    rec,
                    self.by_key.get(import_keys.method_key(channel, value, row_country(rec))),
                    known_before,
                )
            ):
                return found, Reason(N_("same e-mail {value}"), value=value)
        for channel, _, value in rec.methods:
            if channel == ContactChannel.PHONE and (
                found := self._same_person(
                    rec,
                    self.by_key.get(import_keys.method_key(channel, value, row_country(rec))),
                    known_before,
                    by_phone=True,
                )
            ):
                return found, Reason(N_("same phone {value}"), value=value)
        # A passport number is one person's (an embassy's list against the known record)
        if (key := import_keys.passport_key(rec.passport_number)) and (
            found := self._same_person(rec, self.by_key.get(key), known_before)
        ):
            return found, Reason(_SAME_PASSPORT, value=rec.passport_number)
        # A name alone never identifies a person (张伟 is one of the commonest names in China):
        # only the name together with the same organisation does.
        namesakes = self.namesakes(rec)
        if not namesakes:
            return [], ""
        org_keys = _record_org_keys(rec)
        same_org = [
            cid
            for cid in namesakes
            if org_keys & self.people[cid].org_keys
            and self._counts(cid, known_before)
            and not self._someone_else(rec, cid)
        ]
        if same_org:
            # the known person's name, so that the log shows which one the row was taken for
            return same_org, Reason(
                N_("same name {name} at the same organisation"), name=self._both_names(same_org[0])
            )
        return [], ""

    def _both_names(self, cid: str) -> str:
        """The known person's name in Chinese and in Latin letters: "张伟 (Zhang Wen)"."""
        fam, giv, fam_zh, giv_zh = self.people[cid].parts
        if not (fam_zh or giv_zh) or not (fam or giv):
            return self.name(cid)
        # family name first, as a Chinese name in Latin letters is written
        return f"{chinese_name(fam_zh, giv_zh)} ({f'{fam} {giv}'.strip()})"

    def _someone_else(self, rec: ContactRecord, cid: str) -> bool:
        """Whether the row's other identifiers say that the namesake ``cid`` is another person: another
        name in either script ("Zhang Wen" for "Zhang Wei", both 张伟), an e-mail or phone of another
        contact, or both an e-mail and a phone where the namesake has others (field test 20: two
        张伟 at one organisation became one person with both people's e-mails and phones)."""
        parts, person = _parts(rec), self.people[cid]
        if self._other_name(rec, cid) or latin_names_differ(parts, person.parts):
            return True
        if _other_documents(rec, person):  # another passport or birthday: a namesake colleague
            return True
        keys = set(_record_method_keys(rec))
        owners = [self.by_key.get(key, set()) for key in keys]
        if any(ids and cid not in ids for ids in owners):  # someone else's e-mail or phone
            return True

        def differs(kind: str) -> bool:
            mine = {k for k in keys if k.startswith(kind)}
            theirs = {k for k in person.method_keys if k.startswith(kind)}
            return bool(mine and theirs and not mine & theirs)

        return differs("e:") and differs("p:")

    def kept_apart(self, rec: ContactRecord, found: list[str]) -> bool:
        """Whether ``rec`` stays a record of its own although it matches ``found``: it and every one
        of ``found`` are rows of this file, each with a UUID of its own (a petdesk export's ID
        column, a vCard's UID: the row's id here, so that importing the file again finds each by
        it), and theirs are other UUIDs. The program that wrote the file held them as different
        records (the same person entered twice, or namesakes sharing a mailbox); merging them here
        would drop one of them unseen, so both are kept and this one is offered as a possible
        duplicate."""
        mine = _own_uuid(rec.uid, self.ids)
        if mine is None:
            return False
        for cid in found:
            person = self.people.get(cid)  # (one found by its id may not be among them)
            if person is None or not person.added or not _another_of_the_file(mine, cid, person.uid):
                return False
        return True

    def file_rows(self, ids: Iterable[str]) -> dict[str, tuple[str, int]]:
        """Name and line of those of ``ids`` that earlier rows of the file add."""
        return {cid: (p.name, p.line) for cid in ids if (p := self.people.get(cid)) is not None and p.added}

    def namesakes(self, rec: ContactRecord) -> list[str]:
        found: set[str] = set()
        for key in import_keys.name_keys(*_parts(rec)):
            found |= self.by_key.get(key, set())
        return sorted(found)

    def linked_namesake(self, rec: ContactRecord) -> tuple[str, Reason] | None:
        """The one namesake a guest list's row is beyond doubt (guests56): the same name in each script
        both have, the same date of birth, and the same organisation or one the row writes another way
        ("Sở TN&MT Đà Nẵng"), and nothing that tells them apart (another passport, someone else's
        e-mail). A passport list's guests were added as new namesakes and their passports never
        reached the known people. None when there is none, or more than one."""
        if not rec.birthday:
            return None
        org_keys = _record_org_keys(rec)
        if not org_keys:
            return None
        born = [
            cid
            for cid in self.namesakes(rec)[:NAMESAKES_COMPARED]
            if not self.people[cid].added and self.people[cid].documents.get("birthday") == rec.birthday
        ]
        if not born:  # most rows: the organisations' other spellings are not looked up
            return None
        at = org_keys | self.may_be_orgs(rec)
        found = [cid for cid in born if at & self.people[cid].org_keys and not self._someone_else(rec, cid)]
        if len(found) != 1:
            return None
        return found[0], Reason(_SAME_BIRTHDAY, name=self._both_names(found[0]), value=rec.birthday)

    def possible_match(self, rec: ContactRecord) -> tuple[list[str], str, bool, bool]:
        """Namesakes a row matches by name only: (ids, why, brings_nothing_new, fills_documents).

        ``brings_nothing_new`` is true when the row has no organisation, e-mail or phone that the
        namesake lacks (a re-imported name-only row), so adding it would only make a copy.
        ``fills_documents``: besides, nothing tells them apart and the row has passport details or a
        birthday that a namesake lacks (an embassy's passport list for people known by name): the row
        is about that person and fills them in (passports53; it was skipped and they were lost).

        Only the first :data:`NAMESAKES_COMPARED` namesakes are compared and kept as candidates:
        a common name shared by thousands of rows made each row compare (and keep) all of them,
        time and memory growing with the square of the rows (field test 39, defect 3)."""
        ids = self.namesakes(rec)[:NAMESAKES_COMPARED]
        if not ids:
            return [], "", False, False
        org_keys = _record_org_keys(rec)
        method_keys = set(_record_method_keys(rec))
        may_be: set[str] | None = None  # looked up when a namesake works elsewhere
        found: list[str] = []
        maybe_theirs = False  # the row's organisation may be a namesake's, written another way
        for cid in ids:
            theirs = self.people[cid].org_keys
            if org_keys and theirs and not org_keys & theirs:
                may_be = self.may_be_orgs(rec) if may_be is None else may_be
                if may_be & theirs:
                    maybe_theirs = True
                else:
                    found.append(N_("another organisation"))
            if method_keys and not method_keys & self.people[cid].method_keys:
                found.append(N_("other e-mail or phone"))
            if latin_names_differ(_parts(rec), self.people[cid].parts):
                found.append(N_("another name in Latin letters"))
            found.extend(_other_documents(rec, self.people[cid]))
        contradictions = _contradictions(found)
        nothing_new = not contradictions and all(
            org_keys <= self.people[cid].org_keys and method_keys <= self.people[cid].method_keys
            for cid in ids[:1]
        )
        fills = (
            not contradictions
            and all(
                org_keys <= self.people[c].org_keys and method_keys <= self.people[c].method_keys for c in ids
            )
            and any(_fills_documents(rec, self.people[cid]) for cid in ids)
        )
        listed = ", ".join(self.name(cid) for cid in ids[:4])
        if maybe_theirs and not contradictions:
            organisation = rec.organisation_en or rec.organisation_zh
            why = Reason(_MAYBE_AT_THEIR_ORGANISATION, names=listed, name=organisation)
        elif contradictions:
            why = Reason(
                N_("possible match — check: same name as {names} but {what}; added as a new person"),
                names=listed,
                what=contradictions,
            )
        else:
            why = Reason(
                N_(
                    "possible match — check: same name as {names}, nothing else to compare; "
                    "added as a new person"
                ),
                names=listed,
            )
        return ids, why, nothing_new, fills


#: Namesakes a row is compared with for a possible match (the sentence names four).
NAMESAKES_COMPARED = 20

#: A guest list's row linked to the known person (:meth:`_ContactIndex.linked_namesake`).
_SAME_BIRTHDAY = N_("same name {name}, same date of birth {value} and the same organisation")
#: A namesake works at an organisation the row's may be, written another way: for the user to decide.
_MAYBE_AT_THEIR_ORGANISATION = N_(
    "possible match — check: same name as {names}, and “{name}” may be their organisation written "
    "another way; added as a new person unless linked"
)

#: The differences that tell a namesake apart, in the order a sentence names them.
_DIFFERENCES = [
    N_("another organisation"),
    N_("other e-mail or phone"),
    N_("another name in Latin letters"),
    N_("another passport number"),
    N_("another date of birth"),
]


def _other_documents(rec: ContactRecord, person: import_keys.Person) -> list[str]:
    """The differences of documents that tell the namesake ``person`` apart: two people of one name
    with different passport numbers or birthdays are two people."""
    found = []
    theirs = person.documents
    if (mine := import_keys.passport_key(rec.passport_number)) and person.passport_key not in ("", mine):
        found.append(N_("another passport number"))
    if rec.birthday and theirs.get("birthday") and rec.birthday != theirs["birthday"]:
        found.append(N_("another date of birth"))
    return found


def _fills_documents(rec: ContactRecord, person: import_keys.Person) -> bool:
    """Whether the row has a document field (``import_keys.DOCUMENT_FIELDS``) that ``person`` lacks."""
    return any(getattr(rec, f) and not person.documents.get(f) for f in import_keys.DOCUMENT_FIELDS)


def _contradictions(found: list[str]) -> Reason | None:
    """What tells a namesake apart, each difference a reason of its own joined by a translated
    "and", so that the whole is translated with its sentence (a plain joined text was put into the
    Chinese sentence in English: field test 23, §6)."""
    what: Reason | None = None
    for text in sorted(set(found), key=_DIFFERENCES.index):
        part = Reason(text)
        what = part if what is None else Reason(N_("{one} and {other}"), one=what, other=part)
    return what


def _parts(rec: ContactRecord) -> tuple[str, str, str, str]:
    return (rec.family_name, rec.given_name, rec.family_name_zh, rec.given_name_zh)


def _record_org_keys(rec: ContactRecord) -> set[str]:
    return import_keys.org_keys((rec.organisation_en, rec.organisation_zh))


def _record_phones(rec: ContactRecord) -> dict[str, tuple[str, str]]:
    """Phone key -> (label, value) of a row's numbers, the first of a key (``import_keys.Person.phones``)."""
    country = row_country(rec)
    phones: dict[str, tuple[str, str]] = {}
    for channel, label, value in rec.methods:
        if channel == ContactChannel.PHONE and (key := import_keys.method_key(channel.value, value, country)):
            phones.setdefault(key, (str(label or ""), value))
    return phones


def _record_method_keys(rec: ContactRecord) -> list[str]:
    """The match keys of a row's e-mails and phones, its numbers read in the row's country."""
    country = row_country(rec)
    return [
        k for channel, _, value in rec.methods if (k := import_keys.method_key(channel.value, value, country))
    ]


class _OrganisationIndex:
    """Organisations by name key (organisations are few beside their people: all are held)."""

    def __init__(self, session: Session) -> None:
        self.ids: set[str] = set(session.scalars(select(m.Organisation.id)))
        self.live: set[str] = set()
        self.by_key: dict[str, set[str]] = defaultdict(set)
        #: Country code of each organisation that has one.
        self.country: dict[str, str] = {}
        #: The id of its own that a row of the file being imported gave an organisation it added.
        self.file_uid: dict[str, str] = {}
        #: Organisations by the acronym one of their names carries: acronym -> [(id, name)].
        self.by_acronym: dict[str, list[tuple[str, str]]] = defaultdict(list)
        #: Every (id, name), for :meth:`_by_expanded`.
        self.names: list[tuple[str, str]] = []
        self._expanded: dict[frozenset[str], list[tuple[str, str]]] | None = None
        rows = session.execute(
            select(
                m.Organisation.id,
                m.Organisation.name_en,
                m.Organisation.name_zh,
                m.Organisation.short_name_en,
                m.Organisation.short_name_zh,
                m.Organisation.aliases,
                m.Organisation.country,
            ).where(m.Organisation.deleted_at.is_(None))
        )
        for oid, *names, aliases, country in rows:
            self.add(oid, [*names, *(aliases or [])], country or "")

    def add(self, oid: str, names: Iterable[str], country: str = "", uid: str = "") -> None:
        self.ids.add(oid)
        self.live.add(oid)
        for name in names:
            if key := organisation_name_key(name):
                self.by_key[key].add(oid)
            if found := org_acronyms.acronym(name):
                self.by_acronym[found].append((oid, name))
            if name:
                self.names.append((oid, name))
                if self._expanded is not None:  # made already: kept up to date, not made again
                    self._expanded[org_acronyms.expanded_words(name)].append((oid, name))
        if country:
            self.country[oid] = country.upper()
        if uid:
            self.file_uid[oid] = uid

    def find(self, *names: str) -> list[str]:
        for name in names:
            if (key := organisation_name_key(name)) and (found := self.by_key.get(key)):
                return sorted(found)
        return []

    def for_person(self, rec: ContactRecord) -> str | None:
        """The known organisation a person's row names, by name AND the row's country when it gives
        one (round 54: a Kazakh row's "Ministry of Environment" joined Vietnam's); one of that
        country first, else one with no country. None when there is none; the row then says why."""
        found = self.find(rec.organisation_en, rec.organisation_zh)
        country = row_country(rec)
        name = rec.organisation_en or rec.organisation_zh
        if country:
            same = sorted(found, key=lambda oid: self.country.get(oid, "") != country)
            same = [oid for oid in same if self.country.get(oid, "") in ("", country)]
            if not same and found:
                known = _country_label(self.country[found[0]])
                _say(rec, Reason(_OTHER_COUNTRY, name=name, known=known, value=_country_label(country)))
            return same[0] if same else None
        if len(found) > 1:  # which of the namesakes, as the import has always taken the first
            theirs = self.country.get(found[0], "")
            _say(
                rec,
                Reason(_NAMESAKE_IN, name=name, known=_country_label(theirs))
                if theirs
                else Reason(_NAMESAKE_NO_COUNTRY, name=name),
            )
        return found[0] if found else None

    def match(self, rec: OrganisationRecord) -> tuple[list[str], str]:
        """Matching organisation ids and the reason: the same id, else the same name in the same
        country (or where either has none). Two ministries of the environment of two countries are
        two organisations; and two rows of one file with UUIDs of their own (kept as their ids)
        are two records, as the program that wrote them held them."""
        if known := _known_id(rec.uid, self.live):
            return [known], Reason(N_("same petdesk ID"))
        mine = _own_uuid(rec.uid, self.ids)
        for name in (rec.name_en, rec.name_zh, rec.short_name_en, rec.short_name_zh, *rec.aliases):
            if (key := organisation_name_key(name)) and (found := self.by_key.get(key)):
                same = sorted(oid for oid in found if self._may_be(oid, rec.country.upper(), mine))
                if same:
                    return same, Reason(N_("same name {name}"), name=name)
        return [], ""

    def same_acronym(self, name: str, country: str = "") -> Reason | None:
        """What to say of a new organisation ``name`` that may be a known one written with the same
        acronym another way ("URENCO Hanoi" / "Hanoi Urban Environment Company (URENCO)"): it is
        added and flagged, never merged, as the duplicate finder shows the pair."""
        for _oid, known, found in self.may_be_named(name, country):
            return Reason(_SAME_ACRONYM, name=name, known=known, acronym=found)
        return None

    def may_be_keys(self, name: str, country: str = "") -> set[str]:
        """The name keys of the known organisations ``name`` may be by an acronym or a Vietnamese
        abbreviation: a namesake who works there is maybe the row's person, not "another
        organisation" (guests56: a passport list's "Sở TN&MT Đà Nẵng")."""
        return {
            k
            for _oid, known, _found in self.may_be_named(name, country)
            if (k := organisation_name_key(known))
        }

    def may_be_named(self, name: str, country: str) -> Iterator[tuple[str, str, str]]:
        """(id, name, acronym) of each known organisation ``name`` may be written another way."""
        if not name:
            return
        for oid, known in self.by_acronym.get(org_acronyms.acronym(name), ()):
            theirs = self.country.get(oid, "")
            if country and theirs and country.upper() != theirs:
                continue
            if found := org_acronyms.same_acronym(name, known):
                yield oid, known, found
        # "Sở TN&MT Đà Nẵng" of a passport list: "Sở Tài nguyên và Môi trường thành phố Đà Nẵng",
        # said as an acronym is, never merged (field test 93 added namesakes in silence)
        if not org_acronyms.vietnamese_abbreviations(name):
            return
        for oid, known in self._by_expanded().get(org_acronyms.expanded_words(name), ()):
            theirs = self.country.get(oid, "")
            if country and theirs and country.upper() != theirs:
                continue
            if found := org_acronyms.same_abbreviated(name, known):
                yield oid, known, found

    def _by_expanded(self) -> dict[frozenset[str], list[tuple[str, str]]]:
        """Organisations by their names' words with Vietnamese abbreviations written out, made when
        a name with one is first met (0.45 s per 20,000 names: not on every import)."""
        if self._expanded is None:
            self._expanded = defaultdict(list)
            for oid, name in self.names:
                self._expanded[org_acronyms.expanded_words(name)].append((oid, name))
        return self._expanded

    def _may_be(self, oid: str, country: str, mine: uuid.UUID | None) -> bool:
        theirs = self.country.get(oid, "")
        if country and theirs and country != theirs:
            return False
        return mine is None or not _another_of_the_file(mine, oid, self.file_uid.get(oid, ""))


#: A new organisation whose name carries the acronym of a known one (field test 79).
_SAME_ACRONYM = N_(
    "organisation “{name}” may be “{known}” (same acronym {acronym}); added as a new one, "
    "check it with petdesk duplicates"
)


def _flag_acronym(rec: Record, said: Reason | None) -> None:
    if said is not None and said not in rec.warnings:
        rec.warnings.append(said)


def _known_id(uid: str, known: set[str]) -> str | None:
    """The id in ``known`` that a file's UID or id column names, in either form (see
    :func:`petdesk.ids.forms`: a vCard carries the canonical UUID of a compact id)."""
    return next((form for form in forms(uid) if form in known), None) if uid else None


def _own_uuid(uid: str, taken: set[str]) -> uuid.UUID | None:
    """The UUID a row of a file carries as an id of its own that becomes its id here (none in
    ``taken`` has it in either form), or None."""
    return as_uuid(uid) if uid and _known_id(uid, taken) is None else None


def _another_of_the_file(mine: uuid.UUID, row_id: str, their_uid: str) -> bool:
    """Whether the record ``row_id`` that an earlier row of the file added is another record than
    the row whose own UUID is ``mine``: it was added under a UUID of its own (``their_uid``, which
    is its id here) and that UUID differs. Such rows stay two records (see
    :meth:`_ContactIndex.kept_apart`)."""
    return bool(their_uid) and row_id in forms(their_uid) and as_uuid(their_uid) != mine


def _fresh_id(uid: str, taken: set[str], seed: bytes, index: int) -> str:
    """Keep the UUID of the file's UID as the row id, in the form its row was made in
    (:func:`petdesk.ids.stored_form`), when no row has it in either form: a contact exported by
    another office then stays the same row everywhere, also when sync brings it later; otherwise an
    id drawn for the record's place in the file (:func:`_drawn_id`)."""
    kept = stored_form(uid) if uid else None
    if kept is not None and _known_id(uid, taken) is None:
        return kept
    return _drawn_id(seed, index)


def _drawn_id(seed: bytes, index: int) -> str:
    """A new id (version 8, compact) for the record at ``index`` of a file, the same for the same
    ``seed``: the window's plan and its application name a record by the same id, so a decision
    that points at a record added by an earlier row (update it) stays true however far the rows
    are from the first thousand the plan keeps."""
    digest = hashlib.blake2b(index.to_bytes(8, "big"), key=seed, digest_size=16).digest()
    return compact(with_compact_version(int.from_bytes(digest, "big")))


def _chunks(records: Iterable[Record]) -> Iterator[list[Record]]:
    it = iter(records)
    while chunk := list(islice(it, CHUNK)):
        yield chunk


def _plan_chunks(
    session: Session,
    records: Iterable[Record],
    target: Target,
    on_match: OnMatch,
    fixed: dict[int, PlanItem] | None = None,
    seed: bytes | None = None,
    earlier: EarlierFiles | None = None,
) -> Iterator[list[PlanItem]]:
    """Plan a chunk of records at a time, matching existing rows and earlier rows of the file. Items
    in ``fixed`` (by record index) keep the decision made for them (in the window); new ids are
    drawn from ``seed`` (see :func:`_drawn_id`); ``earlier`` names the people earlier files of the
    same import add."""
    fixed = fixed or {}
    seed = seed or os.urandom(16)
    index = 0
    oindex: _OrganisationIndex | None = None

    def may_be_orgs(rec: ContactRecord) -> set[str]:
        nonlocal oindex  # made when a row first needs it: organisations are few beside people
        oindex = oindex or _OrganisationIndex(session)
        names = (rec.organisation_en, rec.organisation_zh)
        return {key for name in names if name for key in oindex.may_be_keys(name, row_country(rec))}

    with import_keys.KeyTable(session) if target == "contacts" else nullcontext() as keys:
        for chunk in _chunks(records):
            cindex = (
                _ContactIndex(keys, [r for r in chunk if isinstance(r, ContactRecord)])
                if keys is not None
                else None
            )
            if cindex is not None:
                cindex.may_be_orgs = may_be_orgs
            items: list[PlanItem] = []
            for rec in chunk:
                if isinstance(rec, OrganisationRecord) or cindex is None:
                    assert isinstance(rec, OrganisationRecord)
                    oindex = oindex or _OrganisationIndex(session)
                    item = _fixed(fixed.get(index), rec) or _plan_organisation(
                        rec, oindex, on_match, seed, index
                    )
                    if fixed.get(index) is not None and item.action == "add" and item.new_id:
                        oindex.add(item.new_id, _org_names(rec), rec.country, rec.uid)
                else:
                    if _may_be_given_first(rec):
                        oindex = oindex or _OrganisationIndex(session)
                        _given_first_by_country(rec, oindex)
                    item = _fixed(fixed.get(index), rec) or _plan_contact(rec, cindex, on_match, earlier)
                    if item.action == "add":
                        item.new_id = item.new_id or _fresh_id(rec.uid, cindex.ids, seed, index)
                        cindex.add_record(item.new_id, rec)
                item.index = index
                item.planned = item.planned or item.action
                items.append(item)
                index += 1
            yield items


def _may_be_given_first(rec: ContactRecord) -> bool:
    """A Latin name read family name first ("DIOP Aminata", "Diop, Aminata") whose order the file
    does not state and that is not spelled as a Chinese or Korean one ("WANG Li")."""
    return (
        rec.name_order == NameOrder.FAMILY_FIRST
        and not rec.name_order_written
        and bool(rec.family_name and rec.given_name)
        and not (rec.family_name_zh or rec.given_name_zh)
        and not is_vietnamese_name(rec.family_name, rec.given_name)
        and not (
            name_order_countries.east_asian_spelling(rec.family_name, rec.given_name)
            and not name_order_countries.west_african_short_family_name(
                rec.family_name, rec.nationality or row_country(rec)
            )
        )
    )


def _given_first_by_country(rec: ContactRecord, orgs: _OrganisationIndex | None) -> None:
    """Given name first for a person of a country whose usage it is, though the file wrote the family
    name first as passports do: "DIOP Aminata" of Senegal is Aminata Diop on the dossier and name
    cards (field test 111). Nationality decides, else the row's country, else the organisation's
    (when the row names one organisation known here: ``orgs``, at planning; the row alone is read
    with the file, so that its first preview shows the name so too); said on the row. No country:
    as read."""
    org_country = ""
    if orgs is not None and not (rec.nationality or row_country(rec)):
        found = orgs.find(rec.organisation_en, rec.organisation_zh)
        org_country = orgs.country.get(found[0], "") if len(found) == 1 else ""
    country = name_order_countries.deciding_country(rec.nationality, row_country(rec), org_country)
    if not (country and name_order_countries.given_first_in(country)):
        return
    rec.name_order = NameOrder.GIVEN_FIRST
    said = N_("name written family name first; in {country} the given name comes first: {name}")
    _say(rec, Reason(said, country=_country_label(country), name=f"{rec.given_name} {rec.family_name}"))


def _fixed(item: PlanItem | None, rec: Record) -> PlanItem | None:
    """A decision made before (in the window), for the record as read again."""
    if item is None:
        return None
    return PlanItem(
        rec,
        item.action,
        item.match_id,
        item.reason,
        list(item.candidates),
        item.new_id,
        item.possible_match,
        item.index,
        item.planned,
        dict(item.file_rows),
        item.matched,
        item.linked,
    )


def _plan_contact(
    rec: ContactRecord, cindex: _ContactIndex, on_match: OnMatch, earlier: EarlierFiles | None = None
) -> PlanItem:
    if not rec.has_name and not rec.methods:
        return PlanItem(rec, "skip", reason=Reason(N_("no name, e-mail or phone")))
    found, why = cindex.match(rec)
    if found and cindex.kept_apart(rec, found):
        # a person known before the import that the row matches by other evidence comes first
        known, known_why = cindex.match(rec, known_before=True)
        if known:
            return _decide(rec, known, known_why, on_match, cindex.name)
        rows = cindex.file_rows(found)
        name, line = min(rows.values(), key=lambda row: row[1])
        return PlanItem(
            rec,
            "add",
            reason=Reason(
                N_(
                    "possible match — check: {why} as line {line} of the file ({name}); added as a new person"
                ),
                why=why,
                line=str(line),
                name=name,
            ),
            candidates=found,
            possible_match=True,
            file_rows=rows,
        )
    if not found:
        other_name, why = cindex.shared_method_other_name(rec)
        if other_name:
            return PlanItem(
                rec,
                "add",
                reason=why,
                candidates=other_name,
                possible_match=True,
                file_rows=cindex.file_rows(other_name),
            )
    if not found and (linked := cindex.linked_namesake(rec)):
        item = _decide(rec, [linked[0]], linked[1], on_match, cindex.name)
        item.linked = item.action == "update"
        return item
    if not found and (possible := cindex.possible_match(rec))[0]:
        ids, why, nothing_new, fills = possible
        if fills:  # the known person (or, among several, the one the user chooses) gets the documents
            said = Reason(N_("same name {name} and nothing that differs"), name=cindex.name(ids[0]))
            return _decide(rec, ids, said, on_match, cindex.name)
        if nothing_new:
            return PlanItem(
                rec,
                "skip",
                reason=Reason(
                    N_("same name as {names} and nothing new in the row; not added again"),
                    names=", ".join(cindex.name(c) for c in ids[:4]),
                ),
                candidates=ids,
            )
        return PlanItem(
            rec, "add", reason=why, candidates=ids, possible_match=True, file_rows=cindex.file_rows(ids)
        )
    if len(found) == 1 and (rows := cindex.file_rows(found)):
        # A row repeating an earlier row of the file says so: "already up to date" alone read as
        # "this person was in petdesk before" (field test 57: a partner's list with a row twice).
        name, line = rows[found[0]]
        why = Reason(_REPEATS_ROW, why=why, line=str(line), name=name)
    elif len(found) == 1 and earlier is not None and (row := earlier.added.get(found[0])):
        # The same for a person an earlier file of the import adds: "already up to date" read as
        # "in petdesk before" (field test: 李静 on the XLSX and on the GBK CSV imported together).
        file, line, name = row
        why = Reason(_REPEATS_FILE_ROW, why=why, line=str(line), file=file, name=name)
    item = _decide(rec, found, why, on_match, cindex.name)
    item.linked = item.action == "update" and _by_passport(why) and len(found) == 1
    return item


def _by_passport(why: str) -> bool:
    """Whether a match's reason is the same passport number (a guest list's row linked)."""
    return isinstance(why, Reason) and why.template == _SAME_PASSPORT


#: The reason of a row about the person an earlier row of the same file adds.
_REPEATS_ROW = N_("{why} as line {line} of the file ({name}): the row repeats it")
#: ... about the person an earlier file of the same import adds.
_REPEATS_FILE_ROW = N_("{why} as line {line} of {file} ({name}): the row repeats it")


def repeats_a_row(reason: str) -> bool:
    """Whether an outcome's ``reason`` is about a row repeating an earlier row of the file."""
    return _repeats(reason, _REPEATS_ROW)


def repeats_an_earlier_file(reason: str) -> bool:
    """Whether an outcome's ``reason`` is about a row repeating a row of an earlier file of the import."""
    return _repeats(reason, _REPEATS_FILE_ROW)


def _repeats(reason: str, template: str) -> bool:
    while isinstance(reason, Reason):
        if reason.template == template:
            return True
        reason = reason.args.get("why", "")
    return False


@dataclass
class EarlierFiles:
    """The people the earlier files of one import of several add, so that a later file's row about
    one of them says whose row it repeats. :func:`run_import` adds each file's new people once the
    file is done."""

    #: Contact id → (file name, line, name as the file gives it).
    added: dict[str, tuple[str, int, str]] = field(default_factory=dict)


def plan_import(
    session: Session,
    records: Iterable[Record] | LoadedFile,
    target: Target,
    on_match: OnMatch = "update",
    source: str = "import",
    *,
    on_progress: Progress | None = None,
    check: bool = False,
) -> ImportPlan:
    """Decide, per record, add / update / skip, matching existing rows (and earlier rows of the file).
    Changes nothing; the plan keeps counts and the first items (see :class:`ImportPlan`). With
    ``check``, an update that changes nothing is planned as a skip, as :func:`check_updates` does,
    in the same pass."""
    total = 0
    if isinstance(records, LoadedFile):
        reader, total = records.iter_records, records.total
    else:
        kept = records if isinstance(records, list) else list(records)
        reader, total = (lambda: iter(kept)), len(kept)
    plan = ImportPlan(target, [], source, on_match, reader=reader)
    preview = _Preview(session, plan) if check else None
    for items in _plan_chunks(session, reader(), target, on_match, seed=plan.id_seed):
        if preview is not None:
            preview.settle(items)
        for item in items:
            plan._tally(item)
        if on_progress is not None:
            on_progress(min(plan.total, total or plan.total), total or plan.total)
    if preview is not None and preview.pending:  # rows about a record an earlier chunk added or changed
        _settle_updates(session, plan, _Preview(session, plan, keep=preview.wanted), only=preview.pending)
    plan.checked = check
    return plan


def check_updates(session: Session, plan: ImportPlan, *, on_progress: Progress | None = None) -> None:
    """Make the plan say what the import will report: a planned update that changes nothing is a skip
    "already up to date", as the command line's dry run says (the window announced "update" for rows
    the import then skipped); an update's reason then names the fields it changes.

    Nothing is written: each matched row is compared with a :class:`_Draft` of the stored record by
    the import's own :func:`_update_contact` / :func:`_update_organisation`, and the draft keeps the
    change, so a later row of the file about the same record (or about one an earlier row adds) sees
    it as the import would. (Trying the import in a rolled-back savepoint took four times as long as
    matching.)"""
    if not plan.counts.get("update") or plan.checked:  # adds and skips are what they say
        if on_progress is not None:
            on_progress(plan.total, plan.total)
        return
    preview = _settle_updates(session, plan, _Preview(session, plan), on_progress=on_progress)
    if preview.pending:
        _settle_updates(session, plan, _Preview(session, plan, keep=preview.wanted), only=preview.pending)
    plan.checked = True


def _settle_updates(
    session: Session,
    plan: ImportPlan,
    preview: _Preview,
    *,
    only: set[int] | None = None,
    on_progress: Progress | None = None,
) -> _Preview:
    """One pass of :func:`check_updates` over the records, settling the rows of ``only`` (all: None)."""
    fixed = {item.index: item for item in plan.items}
    done = 0
    for items in _plan_chunks(session, plan.records(), plan.target, plan.on_match, fixed, plan.id_seed):
        up_to_date = len([i for i in preview.settle(items) if only is None or i.index in only])
        plan.counts["update"] -= up_to_date
        plan.counts["skip"] = plan.counts.get("skip", 0) + up_to_date
        for item in items:
            shown = fixed.get(item.index)
            if shown is not None and (only is None or item.index in only):
                shown.action, shown.planned = item.action, item.planned
                shown.reason, shown.matched = item.reason, item.matched
                said = shown.record.warnings  # and what the comparison found (a Hanja kept)
                said.extend(w for w in item.record.warnings if w not in said)
        done += len(items)
        if on_progress is not None:
            on_progress(min(done, plan.total), plan.total)
    return preview


def _org_names(rec: OrganisationRecord) -> list[str]:
    return [rec.name_en, rec.name_zh, rec.short_name_en, rec.short_name_zh, *rec.aliases]


def _plan_organisation(
    rec: OrganisationRecord, oindex: _OrganisationIndex, on_match: OnMatch, seed: bytes, index: int
) -> PlanItem:
    if not rec.has_name:
        return PlanItem(rec, "skip", reason=Reason(N_("no name")))
    found, why = oindex.match(rec)
    item = _decide(rec, found, why, on_match, lambda oid: oid[:8])
    if item.action == "add":
        for name in (rec.name_en, rec.short_name_en):
            _flag_acronym(rec, oindex.same_acronym(name, rec.country))
        item.new_id = _fresh_id(rec.uid, oindex.ids, seed, index)
        oindex.add(item.new_id, _org_names(rec), rec.country, rec.uid)
    return item


def _decide(
    rec: Record, found: list[str], why: str, on_match: OnMatch, name_of: Callable[[str], str]
) -> PlanItem:
    if not found:
        if not rec.has_name:
            return PlanItem(
                rec, "skip", reason=Reason(N_("no name, and no existing record has its e-mail or phone"))
            )
        return PlanItem(rec, "add", reason=Reason(N_("new")))
    if on_match == "add":
        return PlanItem(
            rec, "add", reason=Reason(N_("added although {why} (as asked)"), why=why), candidates=found
        )
    if len(found) > 1:
        listed = ", ".join(name_of(f) for f in found[:4])
        return PlanItem(
            rec,
            "skip",
            reason=Reason(
                N_("{why} matches {n} existing records ({names}); choose one or add"),
                why=why,
                n=str(len(found)),
                names=listed,
            ),
            candidates=found,
        )
    return PlanItem(rec, on_match, match_id=found[0], reason=why, candidates=found)


# --- applying -----------------------------------------------------------------------------------


@dataclass
class Outcome:
    line: int
    name: str
    action: str  # "added", "updated", "skipped"
    reason: str
    record_id: str | None = None
    #: Fields changed by an update, for the report.
    changes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Added although namesakes (``candidates``) exist: "possible match — check".
    possible_match: bool = False
    candidates: list[str] = field(default_factory=list)
    #: Taken for a known person as a guest list's row (:attr:`PlanItem.linked`).
    linked: bool = False


def _english_plural(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


@dataclass
class ImportReport:
    """What an import did: counts of every outcome, and the outcomes themselves for the first
    :data:`KEEP` records, as many possible matches and as many with warnings (``on_outcome`` sees
    every one as it happens, for the command line's per-row lines)."""

    outcomes: list[Outcome] = field(default_factory=list)
    organisations_added: list[str] = field(default_factory=list)
    #: What the files carried that petdesk does not store: property or column -> occurrences.
    dropped: dict[str, int] = field(default_factory=dict)
    #: Rows this import created, by id (rows of the file may refer to rows added before them), and the
    #: organisations people joined; people leave it once their chunk is written.
    created: dict[str, Any] = field(default_factory=dict, repr=False)
    #: Outcomes of all records by action ("added", "updated", "skipped").
    counts: dict[str, int] = field(default_factory=dict)
    #: Possible matches among all records.
    possible: int = 0
    #: Records with warnings (a value left out) among all records.
    warned: int = 0
    #: Empty rows between a worksheet's records, skipped (a user who left one wants to hear of it).
    blank_rows: int = 0
    #: Rows whose e-mail was a form's "anonymous" (:mod:`ms_forms`): said once, not as a warning each.
    anonymous_emails: int = 0
    #: Called with every outcome as it is decided.
    on_outcome: Callable[[Outcome], None] | None = field(default=None, repr=False)
    _seen: int = field(default=0, repr=False)
    _kept_special: int = field(default=0, repr=False)

    def add(self, outcome: Outcome) -> None:
        self._seen += 1
        self.counts[outcome.action] = self.counts.get(outcome.action, 0) + 1
        self.possible += outcome.possible_match
        self.warned += bool(outcome.warnings)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        if self._seen <= KEEP:
            self.outcomes.append(outcome)
        elif (outcome.possible_match or outcome.warnings) and self._kept_special < KEEP:
            self._kept_special += 1
            self.outcomes.append(outcome)

    def merge(self, other: ImportReport) -> None:
        """Add another file's report to this one (the total of an import of several files)."""
        self.outcomes += other.outcomes
        self.organisations_added += other.organisations_added
        for key, n in other.dropped.items():
            self.dropped[key] = self.dropped.get(key, 0) + n
        for key, n in other.counts.items():
            self.counts[key] = self.counts.get(key, 0) + n
        self.possible += other.possible
        self.warned += other.warned
        self.blank_rows += other.blank_rows
        self.anonymous_emails += other.anonymous_emails

    def _of(self, action: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.action == action]

    @property
    def added(self) -> list[Outcome]:
        """The outcomes kept (all for a file of up to :data:`KEEP` records; ``counts`` has all)."""
        return self._of("added")

    @property
    def updated(self) -> list[Outcome]:
        return self._of("updated")

    @property
    def skipped(self) -> list[Outcome]:
        return self._of("skipped")

    @property
    def possible_matches(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.possible_match]

    def check_command(self, _: Callable[[str], str] = lambda s: s) -> str:
        """The command that lists what the possible matches ask to check: ``duplicates --of`` the
        one record, or of each (a plain ``petdesk duplicates`` cut them off or left them out:
        field test 25, defect 3)."""
        ids = [o.record_id for o in self.possible_matches if o.record_id]
        if self.possible == 1 and ids:
            return duplicates_command(ids[0])
        return _("petdesk duplicates --of ID, the ID of each as listed")

    def count(self, action: str) -> int:
        return self.counts.get(action, 0)

    def read_after(self, columns: Iterable[str]) -> None:
        """Count ``columns`` no longer as dropped: a later step read them (a registration form's
        attendance mode and lodging answers, on registering the people for a training)."""
        for column in columns:
            self.dropped.pop(column, None)

    def dropped_words(self, _: Callable[[str], str] = lambda s: s) -> list[str]:
        """What was not kept, "12 × Nr.", in the language of the core translator ``_``: a column or
        property is named as the file names it, petdesk's own words ("Android sip address",
        "event Graduation") are translated; counts are grouped like the rest ("2,000 × Name")."""
        from petdesk.i18n import format_integer

        locale = getattr(_, "locale", "en")
        return [
            f"{format_integer(n, locale)} × {_quoted_if_unclear(_dropped_name(name, _), locale)}"
            for name, n in sorted(self.dropped.items())
        ]

    def summary(self, _: Callable[[str], str] = lambda s: s, *, written: bool = True) -> str:
        """One line for the command line; ``_`` is a core translator (``petdesk.i18n.translator``).
        ``written``: the import was saved (not a dry run), so its possible matches can be looked up."""
        from petdesk.i18n import format_number

        def num(n: int) -> str:  # "100,000" in the translator's language (field test 47)
            return format_number(n, getattr(_, "locale", "en"))

        text = _("{added} added, {updated} updated, {skipped} skipped").format(
            added=num(self.count("added")),
            updated=num(self.count("updated")),
            skipped=num(self.count("skipped")),
        )
        if self.organisations_added:
            ngettext = getattr(_, "ngettext", _english_plural)  # "1 new organisations" (field test 125)
            orgs = len(self.organisations_added)
            text += ngettext("; {n} new organisation", "; {n} new organisations", orgs).format(n=num(orgs))
        if self.dropped:  # one separator per language: "；未导入：12 × Nr.、4 × Funktion"
            text += _("; dropped: {fields}").format(
                fields=join_like(self.dropped_words(_), getattr(_, "locale", "en"))
            )
        if self.possible:
            ngettext = getattr(_, "ngettext", _english_plural)  # a plain function has no catalogue
            template = ngettext(
                "; {n} possible match to check ({command})",
                "; {n} possible matches to check ({command})",
                self.possible,
            )
            text += template.format(
                n=num(self.possible), command=self.check_command(_) if written else "petdesk duplicates"
            )
        if self.warned:  # the rows' warnings were printed above; a long run scrolls them away
            text += _("; rows with warnings: {n}").format(n=num(self.warned))
        if self.blank_rows:
            ngettext = getattr(_, "ngettext", _english_plural)
            template = ngettext("; {n} blank row skipped", "; {n} blank rows skipped", self.blank_rows)
            text += template.format(n=num(self.blank_rows))
        if self.anonymous_emails:
            text += _("; the form collected no e-mail addresses ('anonymous' in {n} rows)").format(
                n=num(self.anonymous_emails)
            )
        return text


#: What the report counts as dropped that a reader of another language would not understand:
#: petdesk's own words, and vCard properties by what they hold (field test 29: "未导入：1 × FN、
#: 1 × display name"). Other columns and properties are named as the file names them.
_DROPPED_LABELS = {
    "display name": N_("display name"),
    "FN": N_("display name"),
    "PHOTO": N_("photo"),
    "LOGO": N_("logo"),
    "AGENT": N_("agent"),
    "ROLE": N_("role"),
    "SOUND": N_("sound"),
    "X-ABDATE": N_("date"),
    "X-PHONETIC-MIDDLE-NAME": N_("reading of the middle name"),
}


def _quoted_if_unclear(name: str, locale: str) -> str:
    """A column name that would run into its count or into the list around it, quoted: 问卷星's
    question "6、是否需要住宿" read "5 × 6、是否需要住宿、5 × 序号" (field test 68)."""
    if not re.match(r"\d", name) and not any(sep in name for sep in "、,，;；"):
        return name
    return f"“{name}”" if str(locale).startswith("zh") else f'"{name}"'


def _dropped_name(name: str | Reason, _: Callable[[str], str]) -> str:
    """A dropped column or property in the translator's language: a property keeps its name beside
    the translated label ("显示名称（FN）") so it can be found in the file; English keeps the name."""
    english = _DROPPED_LABELS.get(name) if isinstance(name, str) else None
    if english is None:
        return translate_reason(name, _)
    label = _(english)
    if name == english or label == english:
        return label if name == english else name
    return _("{label} ({name})").format(label=label, name=name)


#: Columns that only number the rows: never the example of a column worth keeping.
_ROW_NUMBER_HEADERS = frozenset({"序号", "编号", "no", "no.", "nr", "nr.", "#", "n°", "lfd. nr."})


def unmapped_columns(headers: list[str], dropped: Iterable[object]) -> list[tuple[int, str]]:
    """(index, header) of the columns of ``headers`` that were left out (``dropped``'s names), the
    columns that only number the rows last: the first is the one worth suggesting to keep."""
    left_out = set(dropped)
    found = [(i, h) for i, h in enumerate(headers) if h and h in left_out]
    return sorted(found, key=lambda ih: ih[1].strip().casefold() in _ROW_NUMBER_HEADERS)


def keep_column_option(headers: list[str], dropped: Iterable[object]) -> str:
    """The command-line option that keeps a left-out column in the notes (``--map "首次联系日期=notes"``,
    import49: the summary said what was left out, not how to keep it); "" when none was left out.
    A header a mapping spec cannot name (a "," or "=" in it) is named by its column number."""
    columns = unmapped_columns(headers, dropped)
    if not columns:
        return ""
    index, header = columns[0]
    name = str(index + 1) if any(ch in header for ch in ',="') else header
    return f'--map "{name}=notes"'


def duplicates_command(record_id: str) -> str:
    """The command that lists every likely duplicate of the record ``record_id``: its id's first
    8 characters, as the command line shows ids."""
    return f"petdesk duplicates --of {record_id[:8]}"


def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    on_progress: Progress | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> ImportReport:
    """Write the plan: the records are read again and planned as before, keeping the decisions of the
    plan's items (the user may have changed them). The caller's transaction makes it all-or-nothing.
    ``on_outcome`` sees every row's outcome (the report keeps only the first :data:`KEEP`)."""
    from petdesk.services import import_undo

    fixed = {item.index: item for item in plan.items}
    with import_undo.remembered(session, kind=plan.target, source=plan.source):  # undone as one step
        return _write(
            session,
            plan.records(),
            plan.target,
            plan.on_match,
            plan.source,
            fixed,
            on_progress,
            plan.total,
            on_outcome,
            seed=plan.id_seed,
        )


def run_import(
    session: Session,
    records: Iterable[Record] | LoadedFile,
    target: Target,
    on_match: OnMatch = "update",
    source: str = "import",
    *,
    on_progress: Progress | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    index: bool = True,
    earlier: EarlierFiles | None = None,
) -> ImportReport:
    """Plan and write in one pass over the records, a chunk at a time (the command line's path).
    ``index=False`` leaves the search index to the caller (a dry run that is rolled back). Files
    imported together share one ``earlier``: a row of a later file about a person an earlier one
    adds names that row, and the people this file adds are put in it."""
    if isinstance(records, LoadedFile):
        stream, total = records.iter_records(), records.total
        file = records.path.name
    else:
        stream, total = iter(records), len(records) if isinstance(records, list) else 0
        file = source
    added: dict[str, tuple[str, int, str]] = {}

    def seen(outcome: Outcome) -> None:
        if earlier is not None and outcome.action == "added" and outcome.record_id:
            added[outcome.record_id] = (file, outcome.line, outcome.name)
        if on_outcome is not None:
            on_outcome(outcome)

    from petdesk.services import import_undo

    with import_undo.remembered(session, kind=target, source=source):  # undone as one step
        report = _write(
            session, stream, target, on_match, source, {}, on_progress, total, seen, index, earlier=earlier
        )
    if earlier is not None:  # after the file: its own repeats are named as rows of the file
        earlier.added.update(added)
    return report


def _write(
    session: Session,
    records: Iterator[Record],
    target: Target,
    on_match: OnMatch,
    source: str,
    fixed: dict[int, PlanItem],
    on_progress: Progress | None,
    total: int,
    on_outcome: Callable[[Outcome], None] | None = None,
    index: bool = True,
    seed: bytes | None = None,
    earlier: EarlierFiles | None = None,
) -> ImportReport:
    """Plan, write and flush a chunk at a time; the search index is brought up to date once at the
    end (indexing after every flush re-read an organisation with all its people each time)."""
    from petdesk.services import search

    report = ImportReport(on_outcome=on_outcome)
    orgs = _OrganisationIndex(session) if target == "contacts" else None
    stub = ImportPlan(target, [], source)
    bulk = _BulkAdds(session, source)
    deferred_before = session.info.get(search.DEFER_KEY)
    session.info[search.DEFER_KEY] = True
    done = 0
    try:
        with session.no_autoflush:
            for items in _plan_chunks(session, records, target, on_match, fixed, seed, earlier):
                loaded = _load_matched(session, items)  # held until the chunk is written
                for item in items:
                    report.blank_rows += item.record.blank_before
                    report.anonymous_emails += getattr(item.record, "anonymous_email", False)
                    if orgs is not None and bulk.takes(item):
                        bulk.add(item, orgs, report)
                    else:
                        bulk.write()  # rows added earlier in the chunk first: this one may update them
                        _apply_item(session, stub, item, orgs, report)
                bulk.write()
                session.flush()
                # The people are in the database now; the organisations used last stay at hand.
                report.created = _organisations_at_hand(report.created)
                del loaded
                done += len(items)
                if on_progress is not None:
                    on_progress(min(done, total or done), total or done)
    finally:
        if not deferred_before:
            session.info.pop(search.DEFER_KEY, None)
    if index and not deferred_before:
        search.refresh_search_index(session)
    return report


#: Organisations kept at hand between chunks, the ones used last (a chunk's people often share
#: them): all of them, 25,000 at a million contacts, held 100 MB.
ORGANISATIONS_AT_HAND = 2000


def _organisations_at_hand(created: dict[str, Any]) -> dict[str, Any]:
    """The organisations of ``created`` used last (see :func:`_organisation_for`), the people and
    the others let go: they are written (the chunk was flushed), and read again when needed."""
    orgs = [(key, row) for key, row in created.items() if isinstance(row, m.Organisation)]
    return dict(orgs[-ORGANISATIONS_AT_HAND:])


def _load_matched(session: Session, items: list[PlanItem]) -> list[Any]:
    """The records a chunk updates, with their contact methods and jobs, in a few queries (not
    several per row)."""
    from sqlalchemy.orm import selectinload

    contact_ids = [i.match_id for i in items if i.match_id and isinstance(i.record, ContactRecord)]
    org_ids = [i.match_id for i in items if i.match_id and isinstance(i.record, OrganisationRecord)]
    loaded: list[Any] = []
    if contact_ids:
        loaded += session.scalars(
            select(m.Contact)
            .where(m.Contact.id.in_(contact_ids))
            .options(
                selectinload(m.Contact.methods),
                selectinload(m.Contact.affiliations).selectinload(m.Affiliation.organisation),
            )
        ).all()
    if org_ids:
        loaded += session.scalars(select(m.Organisation).where(m.Organisation.id.in_(org_ids))).all()
    return loaded


class _BulkAdds:
    """New people of a chunk written with a few ``executemany`` statements instead of one ORM object
    per person, contact method and job (the unit of work took four fifths of an import's time). The
    rows and their sync versions are what the ORM path writes (``_update_contact`` with ``new``)."""

    def __init__(self, session: Session, source: str) -> None:
        self.session = session
        self.source = source
        self.contacts: list[dict[str, Any]] = []
        self.methods: list[dict[str, Any]] = []
        self.affiliations: list[dict[str, Any]] = []

    @staticmethod
    def takes(item: PlanItem) -> bool:
        return (
            isinstance(item.record, ContactRecord)
            and item.action != "skip"
            and (item.action == "add" or item.match_id is None)
        )

    def add(self, item: PlanItem, orgs: _OrganisationIndex, report: ImportReport) -> None:
        rec = item.record
        assert isinstance(rec, ContactRecord)
        for key, n in rec.dropped.items():
            report.dropped[key] = report.dropped.get(key, 0) + n
        if not (rec.organisation_en or rec.organisation_zh):
            _job_to_notes(rec)
        cid = item.new_id or new_id()
        row: dict[str, Any] = {attr: getattr(rec, attr) or "" for attr in _CONTACT_SCALARS}
        row.update({attr: list(getattr(rec, attr)) for attr in _CONTACT_LISTS})
        row.update(id=cid, source=self.source, notes=rec.notes, name_order=_name_order(rec.name_order, rec))
        self.contacts.append(row)
        have: set[tuple[ContactChannel, str]] = set()
        for channel, label, value in rec.methods:
            seen = (channel, same_method_key(channel, value))
            if seen in have:
                continue
            have.add(seen)
            self.methods.append(
                {
                    "id": new_id(),
                    "contact_id": cid,
                    "channel": channel,
                    "label": label,
                    "value": value,
                    "normalized": method_key(channel, value),
                    "position": len(have) - 1,
                }
            )
        if rec.organisation_en or rec.organisation_zh:
            org = _organisation_for(self.session, rec, orgs, report, self.source)
            job = {
                attr: getattr(rec, attr) or ""
                for attr in ("position_en", "position_zh", "department_en", "department_zh")
            }
            self.affiliations.append(
                {
                    "id": new_id(),
                    "contact_id": cid,
                    "organisation_id": org.id,
                    "is_primary": True,
                    **job,
                }
            )
        report.add(
            Outcome(
                rec.line,
                rec.display_name(),
                "added",
                item.reason,
                cid,
                warnings=rec.warnings,
                possible_match=item.possible_match,
                candidates=list(item.candidates),
            )
        )

    def write(self) -> None:
        """Insert the rows gathered so far (after the ORM's pending organisations they refer to)."""
        if not self.contacts:
            return
        from sqlalchemy import insert

        from petdesk.sync import tracking

        if self.session.new or self.session.dirty:
            self.session.flush()
        inserted: dict[str, list[str]] = {}
        for model, rows in (
            (m.Contact, self.contacts),
            (m.ContactMethod, self.methods),
            (m.Affiliation, self.affiliations),
        ):
            if rows:
                self.session.execute(insert(model), rows)
                inserted[model.__tablename__] = [r["id"] for r in rows]
        tracking.record_bulk_inserts(self.session, inserted)
        self.contacts, self.methods, self.affiliations = [], [], []


def _organisation_for(
    session: Session, rec: ContactRecord, orgs: _OrganisationIndex, report: ImportReport, source: str
) -> m.Organisation:
    """The organisation a person's row names: a known one (its name in the other language filled in
    when the row knows it), or a new one."""
    org_id = orgs.for_person(rec)
    if org_id:
        org = report.created.pop(org_id, None) or session.get(m.Organisation, org_id)
        assert org is not None
        report.created[org.id] = org  # held, as used last, for the next people who work there
        # Fill the organisation's name in the other language when the file knows it.
        if rec.organisation_en and not org.name_en:
            org.name_en = rec.organisation_en
        if rec.organisation_zh and not org.name_zh:
            org.name_zh = rec.organisation_zh
        _note_reading(org, rec.organisation_reading)
        return org
    country = row_country(rec) or _country_from_signs(session, rec)
    _flag_acronym(rec, orgs.same_acronym(rec.organisation_en, country))
    org = m.Organisation(
        id=new_id(),
        name_en=rec.organisation_en,
        name_zh=rec.organisation_zh,
        kind=kind_from_name(rec.organisation_en, rec.organisation_zh),  # a city bureau is no enterprise
        country=country,
        source=source,
    )
    _note_reading(org, rec.organisation_reading)
    session.add(org)
    report.created[org.id] = org
    orgs.add(org.id, [rec.organisation_en, rec.organisation_zh], country)
    report.organisations_added.append(org.display_name("zh" if not org.name_en else "en"))
    return org


def _reading_line(reading: str) -> str:
    """The notes' line of an organisation's reading. The import writes its notes lines in the language
    of the name they describe (工号, 交换名片 beside a name in Chinese script), never in the window's.
    A reading only comes from a Japanese card app's column (会社名フリガナ): the name it reads is
    Japanese though written in Han, so no Chinese label ("机构名称读音", review 62) but the English one."""
    return f"Organisation name reading: {reading}"


def _note_reading(org: m.Organisation, reading: str) -> None:
    """The organisation's name as read aloud (会社名フリガナ) on a line of its notes, once: an
    organisation has no reading field, and the notes keep it for whoever reads the name out."""
    notes = org.notes or ""
    # an earlier import's Chinese-labelled line already says it: not a second one
    said = {_reading_line(reading), f"机构名称读音：{reading}"}
    if reading and not said & set(notes.splitlines()):
        org.notes = f"{notes}\n{_reading_line(reading)}".strip("\n")


def _country_from_signs(session: Session, rec: ContactRecord) -> str:
    """The country the row's phone numbers and PIN code agree on, for a new organisation of a row
    without one (an Indian office's list, field test 107); said on the row."""
    from petdesk.services.country_signs import country_from_signs
    from petdesk.services.office import home_country

    if any(a.get("country") for a in rec.addresses):
        return ""  # a country the file gives, though unknown: said already, not overridden
    postcodes = [a.get("postcode", "") for a in rec.addresses if a.get("label") != "home"]
    code, kinds = country_from_signs(rec.methods, postcodes, home_country(session))
    if code:
        words = {"phone": ("phone number", "电话号码"), "PIN code": ("PIN code", "邮政编码（PIN）")}
        signs = Bilingual(" and ".join(words[k][0] for k in kinds), "和".join(words[k][1] for k in kinds))
        _say(rec, Reason(N_("country of the new organisation taken from the {signs}: {country}"),
                         signs=signs, country=_country_label(code)))  # fmt: skip
    return code


def row_country(rec: ContactRecord) -> str:
    """The code of the country a person's row gives for where they work, for the organisation it
    names: the work address's country (a "Country", "Pays" or "国家" column is one), else another
    address's but a home one (where the person lives); "" when none names a known country."""
    for address in sorted(rec.addresses, key=lambda a: a.get("label") != "work"):
        if address.get("label") != "home" and (code := _country_in_file(address.get("country", ""))):
            return code
    return ""


def _say(rec: ContactRecord, said: Reason) -> None:
    """Note how the row's organisation was chosen, once (the preview told the plan's row already,
    :meth:`_Preview.outcome`)."""
    if said not in rec.warnings:
        rec.warnings.append(said)


def _country_label(code: str) -> Bilingual:
    from petdesk.labels import country_name

    return Bilingual(country_name(code, "en"), country_name(code, "zh_CN"))


#: A person's row naming a known organisation of another country: a new one is added (round 54; it was
#: the known one, its country kept, orgcountry53).
_OTHER_COUNTRY = N_(
    "organisation “{name}” on file is in {known}, not {value} as the row says; added a new one in {value}"
)
#: A row without a country naming one of several organisations of that name: which one it joined.
_NAMESAKE_IN = N_("several organisations are named “{name}”; attached to the one in {known}")
_NAMESAKE_NO_COUNTRY = N_("several organisations are named “{name}”; attached to the one without a country")
_ORGANISATION_CHOSEN = (_OTHER_COUNTRY, _NAMESAKE_IN, _NAMESAKE_NO_COUNTRY)


#: The reason of a matched row that changes nothing.
_UP_TO_DATE = N_("{why}; already up to date")


#: What an update changed beyond one column of the record, in English and Chinese.
_CHANGE_LABELS = {
    "contact methods": ("Contact methods", "联系方式"),
    "affiliation": ("Affiliation", "任职经历"),
}


def _changed_fields(changes: list[str]) -> Bilingual:
    """The changed fields as the editors name them ("Notes, Position (Chinese)", "备注、职务（中文）").
    The Chinese window and command line printed "notes, position_zh" (field test 64), the English
    ones still "position_en" (import49): both now take ``sync.labels``' words."""

    def label(name: str, locale: str) -> str:
        pair = _CHANGE_LABELS.get(name)
        return (pair[1] if locale == "zh_CN" else pair[0]) if pair else field_label(name, locale)

    return Bilingual(
        ", ".join(label(n, "en") for n in changes), "、".join(label(n, "zh_CN") for n in changes)
    )


def _changed_reason(why: str, changes: list[str]) -> Reason:
    if changes:
        return Reason(N_("{why}: {fields}"), why=why, fields=_changed_fields(changes))
    return Reason(_UP_TO_DATE, why=why)


def _apply_item(
    session: Session,
    plan: ImportPlan,
    item: PlanItem,
    orgs: _OrganisationIndex | None,
    report: ImportReport,
) -> None:
    rec = item.record
    name = rec.display_name()
    for key, n in rec.dropped.items():
        report.dropped[key] = report.dropped.get(key, 0) + n
    if item.action == "skip":
        report.add(Outcome(rec.line, name, "skipped", item.reason, item.match_id, warnings=rec.warnings))
        return
    if isinstance(rec, ContactRecord):
        assert orgs is not None
        contact: m.Contact | None
        if item.action == "add" or item.match_id is None:
            contact = m.Contact(id=item.new_id or new_id(), source=plan.source)
            session.add(contact)
            report.created[contact.id] = contact
            _update_contact(contact, rec, _SessionWrites(session, orgs, report), new=True)
            report.add(
                Outcome(
                    rec.line,
                    name,
                    "added",
                    item.reason,
                    contact.id,
                    warnings=rec.warnings,
                    possible_match=item.possible_match,
                    candidates=list(item.candidates),
                )
            )
        else:
            contact = report.created.get(item.match_id) or session.get(m.Contact, item.match_id)
            if contact is None or contact.deleted_at is not None:
                report.add(Outcome(rec.line, name, "skipped", Reason(N_("the matched contact was deleted"))))
                return
            changes = _update_contact(contact, rec, _SessionWrites(session, orgs, report), new=False)
            action = "updated" if changes else "skipped"
            reason = _changed_reason(item.matched or item.reason, changes)
            linked = item.linked or (item.possible_match and item.action == "update")
            report.add(
                Outcome(rec.line, name, action, reason, contact.id, changes, rec.warnings, linked=linked)
            )
    else:
        assert isinstance(rec, OrganisationRecord)
        org: m.Organisation | None
        if item.action == "add" or item.match_id is None:
            org = m.Organisation(id=item.new_id or new_id(), source=plan.source)
            session.add(org)
            report.created[org.id] = org
            _update_organisation(org, rec, new=True)
            if orgs is not None:  # people of the same file who work there join this organisation
                orgs.add(org.id, _org_names(rec), rec.country)
            report.add(Outcome(rec.line, name, "added", item.reason, org.id, warnings=rec.warnings))
        else:
            org = report.created.get(item.match_id) or session.get(m.Organisation, item.match_id)
            if org is None or org.deleted_at is not None:
                report.add(
                    Outcome(rec.line, name, "skipped", Reason(N_("the matched organisation was deleted")))
                )
                return
            changes = _update_organisation(org, rec, new=False)
            action = "updated" if changes else "skipped"
            reason = _changed_reason(item.matched or item.reason, changes)
            report.add(Outcome(rec.line, name, action, reason, org.id, changes, rec.warnings))


_CONTACT_SCALARS = (
    "family_name",
    "given_name",
    "family_name_zh",
    "given_name_zh",
    "honorific_en",
    "honorific_zh",
    "gender",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    "middle_name",
    "name_suffix",
    "nickname",
    "phonetic_family_name",
    "phonetic_given_name",
    "native_name_language",
    "name_hanja",
    "birthday",
    "anniversary",
    "photo",
    "nationality",
    "passport_number",
    "passport_expiry",
)
#: List fields of a contact: a file's entries are added to those the contact has.
_CONTACT_LISTS = ("tags", "languages", "addresses", "websites", "related_names", "other_handles")


def _name_order(order: NameOrder | str | None, names: Any) -> NameOrder:
    """``order`` for a person with these names (a record or a contact): family name first for a
    name in Chinese characters only (``names.name_order_of``)."""
    return NameOrder(
        name_order_of(
            order,
            family=names.family_name or "",
            given=names.given_name or "",
            family_zh=names.family_name_zh or "",
            given_zh=names.given_name_zh or "",
            chosen=bool(getattr(names, "name_order_chosen", False)),
        )
    )


def _set(obj: Any, attr: str, value: Any, changes: list[str], new: bool) -> None:
    if value in ("", None) or getattr(obj, attr) == value:
        return
    setattr(obj, attr, value)
    if not new:
        changes.append(attr)


def _language_is_implied(contact: Any, rec: ContactRecord) -> bool:
    """Whether the file's name language is only what the contact's native name already says by its
    script (Hangul: "ko", kana: "ja"), on a record stored before the language was recorded ("").
    Readers derive it so (exports, the dossier), so writing it would be no change but an "update"
    on every first re-import, and a changed record at every office it syncs to (field test 51)."""
    if contact.native_name_language:
        return False
    native = (contact.family_name_zh or "") + (contact.given_name_zh or "")
    return bool(native) and rec.native_name_language == language_of(native)


def _shortens_known_name(contact: Any, rec: ContactRecord, attr: str) -> bool:
    """Whether the file writes a known name part shorter: the middle name "Santos" as its initial
    "S.", or the family name with the suffix the contact has apart ("dela Cruz Jr." beside "Jr."). A
    Manila registration form replaced "Santos" by "S." (field test 126)."""
    known, theirs = (getattr(contact, attr, "") or ""), getattr(rec, attr, "") or ""
    if attr == "middle_name" and re.fullmatch(r"\w\.?", theirs) and len(known) > 2:
        return known.casefold().startswith(theirs.rstrip(".").casefold())
    suffix = contact.name_suffix or ""
    return attr == "family_name" and bool(known and suffix) and theirs == f"{known} {suffix}"


def _update_contact(contact: Any, rec: ContactRecord, writes: _Writes, *, new: bool) -> list[str]:
    """Copy what the record says onto the contact: file values win for fields the file fills, lists and
    contact methods are added to, notes are appended. Returns the changed fields (empty for new rows).

    ``contact`` is an :class:`m.Contact` written through the session, or a :class:`_Draft` of one that
    the preview changes instead (``writes`` says which): one function decides what an update changes
    for both, so the preview and the import cannot disagree."""
    changes: list[str] = []
    if not (rec.organisation_en or rec.organisation_zh) and (new or not _current_jobs(contact)):
        _job_to_notes(rec)  # before the notes are written
    same_latin_words = not new and sorted(
        (fold_latin(rec.family_name), fold_latin(rec.given_name))
    ) == sorted((fold_latin(contact.family_name), fold_latin(contact.given_name)))
    spelling = name_spelling.Spelling.NONE if new else _name_spelling(contact, rec)
    keep_name = spelling in (name_spelling.Spelling.POORER, name_spelling.Spelling.OTHER)
    # the same split with more diacritics ("Nguyen" / "Nguyễn") is written, the order kept
    richer = spelling == name_spelling.Spelling.SAME and _richer_in_place(contact, rec)
    for attr in _CONTACT_SCALARS:
        if attr in ("family_name", "given_name") and (keep_name or (same_latin_words and not richer)):
            continue  # "Wei Zhang" in a file is the known "Zhang Wei": keep the order petdesk knows
        if not new and _shortens_known_name(contact, rec, attr):
            continue
        if attr == "gender" and gender_code(contact.gender) == rec.gender:
            continue  # "male" as the demo and older files store it is the "m" a file is read as
        if (
            attr == "dietary_needs"
            and not new
            and dietary_words.same_needs(contact.dietary_needs, rec.dietary_needs)
        ):
            continue  # "素食" on one form is the "Vegetarian" of another (field test fieldtraining60)
        if attr in ("honorific_en", "honorific_zh") and _keeps_title(contact, rec):
            continue
        if attr == "native_name_language" and not new and _language_is_implied(contact, rec):
            continue
        if attr == "name_hanja" and not new and _keeps_hanja(contact, rec):
            continue
        if attr in import_keys.DOCUMENT_FIELDS and not new and _keeps_document(contact, rec, attr):
            continue
        _set(contact, attr, getattr(rec, attr), changes, new)
    order = rec.name_order
    if order is None and new:
        order = NameOrder.GIVEN_FIRST
    # an order someone chose for the person stays: a file's says what the program guessed or defaulted
    if not same_latin_words and not keep_name and (new or not contact.name_order_chosen):
        _set(contact, "name_order", order, changes, new)
    # A name the file leaves in Chinese characters only is written family name first.
    _set(contact, "name_order", _name_order(contact.name_order, contact), changes, new)
    if new:
        for attr in _CONTACT_LISTS:
            setattr(contact, attr, list(getattr(rec, attr)))
        contact.notes = rec.notes
    else:
        for attr in _CONTACT_LISTS:
            current = list(getattr(contact, attr))
            extra = [v for v in getattr(rec, attr) if not _known(v, current)]
            if extra:
                setattr(contact, attr, current + extra)
                changes.append(attr)
        notes = _merged_notes(contact.notes or "", rec.notes)
        if notes != _lines(contact.notes or ""):
            contact.notes = notes
            changes.append("notes")
    # Contact methods: add those the contact does not have yet.
    existing = [] if new else [cm for cm in contact.methods if cm.deleted_at is None]
    have = {(cm.channel, same_method_key(cm.channel, cm.value)) for cm in existing}
    position = max((cm.position for cm in existing), default=-1) + 1
    for channel, label, value in rec.methods:
        key = (channel, same_method_key(channel, value))
        if key in have:
            continue
        have.add(key)
        writes.add_method(contact, channel, label, value, position)
        position += 1
        if not new and "contact methods" not in changes:
            changes.append("contact methods")
    # Affiliation with the organisation the file names.
    if rec.organisation_en or rec.organisation_zh:
        current = (
            [] if new else [a for a in contact.affiliations if a.deleted_at is None and a.end_date is None]
        )
        # a linked guest's "Sở TN&MT Đà Nẵng" is the job they have at its long name: no second one
        aff = _job_written_another_way(rec, current, writes.orgs)
        if aff is None:
            org = writes.organisation(rec, contact.source)
            aff = next((a for a in current if a.organisation is org or a.organisation_id == org.id), None)
        if aff is None:
            aff = writes.add_job(contact, org, is_primary=not current)
            if not new:
                changes.append("affiliation")
            new_aff = True
        else:
            new_aff = False
        aff_changes: list[str] = []
        for attr in ("position_en", "position_zh", "department_en", "department_zh"):
            _set(aff, attr, getattr(rec, attr), aff_changes, new or new_aff)
        changes.extend(aff_changes)
    elif rec.position_en or rec.position_zh or rec.department_en or rec.department_zh:
        # A position without an organisation belongs to the job the person has now (one without a
        # job went to the notes above).
        current = _current_jobs(contact)
        current.sort(key=lambda a: not a.is_primary)
        for attr in ("position_en", "position_zh", "department_en", "department_zh"):
            _set(current[0], attr, getattr(rec, attr), changes, False)
    return changes


def _job_written_another_way(rec: ContactRecord, current: list[Any], orgs: _OrganisationIndex) -> Any:
    """The current job of a known person at an organisation the row names another way (an acronym, a
    Vietnamese abbreviation), when none is at one of the row's own name: the row is said to have been
    taken so. None otherwise (guests56: a linked guest got a second job at a new "Sở TN&MT Đà Nẵng")."""
    if not current:
        return None
    named = set(orgs.find(rec.organisation_en, rec.organisation_zh))
    if any(_job_org_id(a) in named for a in current):
        return None
    country = row_country(rec)
    for name in filter(None, (rec.organisation_en, rec.organisation_zh)):
        for oid, known, acronym in orgs.may_be_named(name, country):
            if job := next((a for a in current if _job_org_id(a) == oid), None):
                said = Reason(_TAKEN_AS_THEIRS, name=name, known=known, acronym=acronym)
                if said not in rec.warnings:
                    rec.warnings.append(said)
                return job
    return None


def _job_org_id(job: Any) -> str | None:
    return job.organisation_id or getattr(job.organisation, "id", None)


#: A linked person's row names their organisation another way (:func:`_job_written_another_way`).
_TAKEN_AS_THEIRS = N_(
    "organisation “{name}” taken as “{known}”, where the person works (same acronym {acronym})"
)


def _name_spelling(contact: Any, rec: ContactRecord) -> name_spelling.Spelling:
    """How the file's name compares with the contact's; another name is kept out and said on the row
    (as a Hanja is: :func:`_keeps_hanja`), the same name with fewer diacritics is kept out silently."""
    known = (contact.family_name or "", contact.given_name or "")
    theirs = (rec.family_name, rec.given_name)
    spelling = name_spelling.compare(known, theirs)
    if spelling != name_spelling.Spelling.OTHER:
        return spelling
    mine = (*known, contact.family_name_zh or "", contact.given_name_zh or "")
    if latin_names_differ((*theirs, "", ""), (*known, "", "")) and not (
        latin_names_differ_in_any_spelling(_parts(rec), mine)
    ):
        # another romanisation of the native name the row carries (박서준 "PARK Seo-joon" for "Pak
        # Seojun"): the file's is written, as before
        return name_spelling.Spelling.SAME
    said = Reason(_NAME_KEPT, value=" ".join(filter(None, theirs)), known=" ".join(filter(None, known)))
    if said not in rec.warnings:  # the preview told the plan's row already (_Preview.outcome)
        rec.warnings.append(said)
    return spelling


def _richer_in_place(contact: Any, rec: ContactRecord) -> bool:
    """The file's name is the contact's, split alike, with more diacritics ("Nguyen" / "Nguyễn")."""
    known, theirs = (contact.family_name, contact.given_name), (rec.family_name, rec.given_name)
    return all(fold_latin(a) == fold_latin(b) for a, b in zip(known, theirs, strict=True)) and (
        name_spelling.marks(" ".join(theirs)) > name_spelling.marks(" ".join(known))
    )


#: A row matched by e-mail or phone whose name is another one than the person's (not only fewer accents).
_NAME_KEPT = N_("name “{value}” differs from the one on file (“{known}”); not kept")


class _Writes(Protocol):
    """Where :func:`_update_contact` puts the rows it adds."""

    #: The organisations known, to find the one a row names.
    orgs: _OrganisationIndex

    def organisation(self, rec: ContactRecord, source: str) -> Any:
        """The organisation the row names (an object with ``id``), made when none is known."""

    def add_method(
        self, contact: Any, channel: ContactChannel, label: ChannelLabel, value: str, position: int
    ) -> None:
        """A contact method the contact did not have."""

    def add_job(self, contact: Any, org: Any, *, is_primary: bool) -> Any:
        """A job (affiliation) at ``org``, returned to be filled in."""


class _SessionWrites:
    """An import's writes: rows added to the session."""

    def __init__(self, session: Session, orgs: _OrganisationIndex, report: ImportReport) -> None:
        self.session, self.orgs, self.report = session, orgs, report

    def organisation(self, rec: ContactRecord, source: str) -> Any:
        return _organisation_for(self.session, rec, self.orgs, self.report, source)

    def add_method(
        self, contact: Any, channel: ContactChannel, label: ChannelLabel, value: str, position: int
    ) -> None:
        self.session.add(
            m.ContactMethod(
                contact=contact,
                channel=channel,
                label=label,
                value=value,
                normalized=method_key(channel, value),
                position=position,
            )
        )

    def add_job(self, contact: Any, org: Any, *, is_primary: bool) -> Any:
        aff = m.Affiliation(contact=contact, organisation=org, is_primary=is_primary)
        self.session.add(aff)
        return aff


def _keeps_hanja(contact: Any, rec: ContactRecord) -> bool:
    """A person's Hanja is how the name is written, typed in or checked once: another one in a file
    (a list's typo, a Simplified form) does not replace it, and the row's outcome says so."""
    known, theirs = contact.name_hanja or "", rec.name_hanja
    if not (known and theirs) or known == theirs:
        return False
    said = Reason(_HANJA_KEPT, value=theirs, known=known)
    if said not in rec.warnings:  # the preview told the plan's row already (_Preview.outcome)
        rec.warnings.append(said)
    return True


_HANJA_KEPT = N_("Hanja “{value}” differs from the one on file (“{known}”); not kept")


def _keeps_document(contact: Any, rec: ContactRecord, attr: str) -> bool:
    """A passport number, its expiry, a nationality or a birthday on file is not replaced by another
    one in a file (a list's typo, another person's passport): the row's outcome says so, as for a
    Hanja, and an empty one is filled (passports53)."""
    known, theirs = getattr(contact, attr) or "", getattr(rec, attr)
    if not (known and theirs) or known == theirs:
        return False
    if attr == "passport_number" and import_keys.passport_key(known) == import_keys.passport_key(theirs):
        return True  # "N 1234 5678" is the stored "N12345678": nothing to change or say
    what = Bilingual(field_label(attr, "en"), field_label(attr, "zh_CN"))
    said = Reason(_DOCUMENT_KEPT, what=what, value=theirs, known=known)
    if said not in rec.warnings:  # the preview told the plan's row already (_Preview.outcome)
        rec.warnings.append(said)
    return True


_DOCUMENT_KEPT = N_("{what} “{value}” differs from the one on file (“{known}”); not kept")
#: What comparing a matched row with its record says, told on the plan's row as on the import's.
_SAID_IN_PREVIEW = (
    _HANJA_KEPT,
    _NAME_KEPT,
    _SAME_ACRONYM,
    _DOCUMENT_KEPT,
    _TAKEN_AS_THEIRS,
    *_ORGANISATION_CHOSEN,
)


def _keeps_title(contact: m.Contact, rec: ContactRecord) -> bool:
    """A plain Mr./Ms. in a file does not replace the title a person has ("Dr." from one list, "Frau"
    from the next: the honorific went back and forth with every import)."""
    theirs = rec.honorific_en or rec.honorific_zh
    mine = contact.honorific_en or contact.honorific_zh
    return bool(theirs and mine) and honorifics.is_courtesy(theirs) and not honorifics.is_courtesy(mine)


def _current_jobs(contact: m.Contact) -> list[m.Affiliation]:
    return [a for a in contact.affiliations if a.deleted_at is None and a.end_date is None]


#: How a position or department kept in the notes is labelled, by the script of the value.
_JOB_NOTE_LABELS = {
    "position": ("Position", "职位"),
    "department": ("Department", "部门"),
}


def as_stored(rec: Record, organisation: str = "") -> Record:
    """A copy of ``rec`` as a new contact stores it, for the window's preview of a file: a person
    with no organisation of their own joins ``organisation`` when one is given (as
    :meth:`LoadedFile.with_organisation` does), else position and department go to the notes (as
    writing does). The preview showed a WeCom 职务 as a position that the import then put into the
    notes (field test 12)."""
    if not isinstance(rec, ContactRecord) or rec.organisation_en or rec.organisation_zh:
        return rec
    rec = dataclasses.replace(rec, warnings=list(rec.warnings))
    name = organisation.strip()
    if name:
        setattr(rec, "organisation_zh" if has_native_script(name) else "organisation_en", name)
    else:
        _job_to_notes(rec)
    return rec


def _job_to_notes(rec: ContactRecord) -> None:
    """A position or department with no organisation to hold it (a one-company directory such as a
    WeCom or DingTalk member list, imported without ``organisation``) is kept as lines of the
    notes, rather than left out: "职位：产品经理"."""
    lines = []
    for kind, (en, zh) in _JOB_NOTE_LABELS.items():
        for lang in ("zh", "en"):
            value = getattr(rec, f"{kind}_{lang}")
            if value:
                lines.append(f"{zh}：{value}" if has_cjk(value) else f"{en}: {value}")
            setattr(rec, f"{kind}_{lang}", "")
    if lines:
        rec.notes = "\n".join(filter(None, (rec.notes, *lines)))
        rec.warnings.append(Reason(N_("no organisation given: position and department kept in the notes")))


def _known(value: Any, current: list[Any]) -> bool:
    """Whether a list entry is already there; an address (or other record) also when a known one
    has all its parts (a CSV export carries fewer address parts than a vCard), compared folded:
    Google's "Elliptical Road, Barangay Central" in "PH" is Outlook's two street lines in
    "Philippines", which were stored twice (field test 126)."""
    if value in current:
        return True
    if isinstance(value, dict):
        folded = _folded_record(value)
        return any(isinstance(c, dict) and folded.items() <= _folded_record(c).items() for c in current)
    return False


#: What separates the lines and parts of a street as programs write it: line breaks, commas, spaces.
_ADDRESS_BREAKS = re.compile(r"[\s,，;；]+")


def _folded_record(record: dict[str, Any]) -> dict[str, Any]:
    """An address (or other record) as compared: each text without case and with its line breaks,
    commas and runs of spaces as one space; a country name as its code ("Philippines" is "PH")."""
    from petdesk.labels import country_code_in_any_language  # babel: only when a record is compared

    folded: dict[str, Any] = {}
    for part, text in record.items():
        if not isinstance(text, str):
            folded[part] = text
            continue
        plain = _ADDRESS_BREAKS.sub(" ", text).strip().casefold()
        if part == "country" and plain:
            plain = (country_code_in_any_language(plain) or plain).casefold()
        if plain:
            folded[part] = plain
    return folded


def _lines(text: str) -> str:
    """Text with one kind of line break: CRLF notes come back from vCards and CSV as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_ORG_SCALARS = (
    "name_en",
    "name_zh",
    "short_name_en",
    "short_name_zh",
    "kind",
    "country",
    "city_en",
    "city_zh",
    "address_en",
    "address_zh",
    "postal_code",
    "website",
    "phone",
    "email",
    "is_member_city",
)
_ORG_LISTS = ("aliases", "technology_areas", "tags")


def _update_organisation(org: Any, rec: OrganisationRecord, *, new: bool) -> list[str]:
    """Copy what the record says onto the organisation (an :class:`m.Organisation`, or the preview's
    :class:`_Draft` of one); returns the changed fields (empty for new rows)."""
    changes: list[str] = []
    for attr in _ORG_SCALARS:
        _set(org, attr, getattr(rec, attr), changes, new)
    if new and rec.kind is None and not rec.kind_unknown:
        # no kind column: the name says it, as for a person's employer (a "Municipalidad de …")
        org.kind = kind_from_name(rec.name_en, rec.name_zh)
    for attr in _ORG_LISTS:
        current = [] if new else list(getattr(org, attr))
        extra = [v for v in getattr(rec, attr) if v not in current]
        if extra or new:
            setattr(org, attr, current + extra)
            if extra and not new:
                changes.append(attr)
    if rec.notes and rec.notes not in (org.notes or ""):
        org.notes = f"{org.notes}\n\n{rec.notes}".strip() if org.notes else rec.notes
        if not new:
            changes.append("notes")
    return changes


# --- the preview's drafts (see check_updates) -----------------------------------------------------


class _Draft:
    """A record's fields as plain attributes: what the preview changes instead of the database."""

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:  # only for the type checker: the fields are set above
        raise AttributeError(name)


_JOB_FIELDS = ("position_en", "position_zh", "department_en", "department_zh")
_CONTACT_DRAFTED = (
    *_CONTACT_SCALARS,
    *_CONTACT_LISTS,
    "name_order",
    "name_order_chosen",
    "notes",
    "source",
    "deleted_at",
)
_METHOD_DRAFTED = ("channel", "value", "position", "deleted_at")
_JOB_DRAFTED = ("organisation_id", "is_primary", "deleted_at", "end_date", *_JOB_FIELDS)


def _columns(model: type[m.Base], attrs: Iterable[str]) -> list[Any]:
    """The table columns behind a model's attributes (plain rows, not ORM-loaded ones)."""
    mapped = sa_inspect(model).columns
    return [mapped[attr].label(attr) for attr in attrs]


def _contact_drafts(session: Session, ids: list[str]) -> dict[str, _Draft]:
    """Drafts of the contacts ``ids`` with their contact methods and jobs, read as plain columns in
    three queries (loading them as ORM objects took most of the preview's time)."""
    if not ids:
        return {}
    people = select(*_columns(m.Contact, ("id", *_CONTACT_DRAFTED))).where(m.Contact.id.in_(ids))
    rows = session.execute(people).mappings()
    drafts = {row["id"]: _Draft(**row, methods=[], affiliations=[]) for row in rows}
    methods = select(*_columns(m.ContactMethod, ("contact_id", *_METHOD_DRAFTED)))
    for row in session.execute(methods.where(m.ContactMethod.contact_id.in_(ids))).mappings():
        drafts[row["contact_id"]].methods.append(_Draft(**row))
    # In the order the contact's ``affiliations`` have (the import picks the first of its jobs).
    jobs = select(*_columns(m.Affiliation, ("contact_id", *_JOB_DRAFTED)))
    jobs = jobs.where(m.Affiliation.contact_id.in_(ids)).order_by(m.Affiliation.start_date)
    for row in session.execute(jobs).mappings():
        drafts[row["contact_id"]].affiliations.append(_Draft(organisation=None, **row))
    return drafts


def _new_contact_draft(source: str) -> _Draft:
    """A person as :class:`_BulkAdds` writes one, before the row's values are copied onto it."""
    return _Draft(
        **dict.fromkeys(_CONTACT_SCALARS, ""),
        **{attr: [] for attr in _CONTACT_LISTS},
        name_order=None,
        name_order_chosen=False,
        notes="",
        source=source,
        methods=[],
        affiliations=[],
        deleted_at=None,
    )


def _organisation_draft(org: m.Organisation | None) -> _Draft:
    values = {attr: getattr(org, attr) if org else None for attr in (*_ORG_SCALARS, "notes", "deleted_at")}
    lists = {attr: list(getattr(org, attr)) if org else [] for attr in _ORG_LISTS}
    return _Draft(**values, **lists)


class _DraftWrites:
    """The preview's writes: methods and jobs added to drafts, organisations only named."""

    def __init__(self, orgs: _OrganisationIndex) -> None:
        self.orgs = orgs

    def organisation(self, rec: ContactRecord, source: str) -> Any:
        if found := self.orgs.for_person(rec):
            return _Draft(id=found)
        country = row_country(rec)
        _flag_acronym(rec, self.orgs.same_acronym(rec.organisation_en, country))  # as the import will say
        org = _Draft(id=new_id())  # people of later rows who work there join this one
        self.orgs.add(org.id, [rec.organisation_en, rec.organisation_zh], country)
        return org

    def add_method(
        self, contact: Any, channel: ContactChannel, label: ChannelLabel, value: str, position: int
    ) -> None:
        contact.methods.append(_Draft(channel=channel, value=value, position=position, deleted_at=None))

    def add_job(self, contact: Any, org: Any, *, is_primary: bool) -> Any:
        job = _Draft(
            organisation=org,
            organisation_id=org.id,
            is_primary=is_primary,
            deleted_at=None,
            end_date=None,
            **dict.fromkeys(_JOB_FIELDS, ""),
        )
        contact.affiliations.append(job)
        return job


class _Preview:
    """What :func:`_apply_item` would report for each item, told from drafts (see
    :func:`check_updates`).

    Drafts are held for a chunk at a time, and for the records of ``keep`` throughout: holding every
    record a file adds or changes took 3 KB a person (300 MB at 100,000). A row about a record that an
    earlier chunk added or changed is left ``pending``; a second pass, keeping those records' drafts,
    settles it."""

    def __init__(self, session: Session, plan: ImportPlan, keep: set[str] | None = None) -> None:
        self.session = session
        self.source = plan.source
        self.writes = _DraftWrites(_OrganisationIndex(session)) if plan.target == "contacts" else None
        self.keep = keep or set()
        self.drafts: dict[str, _Draft] = {}
        #: Drafts as read for this chunk (let go without being remembered as touched).
        self.unchanged: set[str] = set()
        #: Records of this chunk a row updates (only those need a draft when added), and ``keep``.
        self.needed: set[str] = set()
        #: Records added or changed by rows before this chunk (their drafts let go).
        self.touched: set[str] = set()
        #: Rows about such a record (by index), and the records.
        self.pending: set[int] = set()
        self.wanted: set[str] = set()

    def settle(self, items: list[PlanItem]) -> list[PlanItem]:
        """Tell a chunk's planned updates what they change ("same e-mail …: position_en"), and make
        those that change nothing skips ("…; already up to date"); returns those. Pending rows are
        left as they are."""
        self.load(items)
        skipped = []
        for item in items:
            action, reason = self.outcome(item)
            if item.action != "update" or action == "pending":
                continue
            item.matched, item.reason = item.matched or item.reason, reason
            if action != "updated":
                item.action = item.planned = "skip"
                skipped.append(item)
        return skipped

    def load(self, items: list[PlanItem]) -> None:
        """Drafts of the records a chunk updates, read in a few queries. The last chunk's drafts are
        let go (but those of ``keep``), the records it added or changed remembered as touched."""
        self.touched.update(key for key in self.drafts if key not in self.unchanged)
        self.drafts = {key: draft for key, draft in self.drafts.items() if key in self.keep}
        updates = [i for i in items if i.action == "update" and i.match_id]
        self.needed = {i.match_id for i in updates if i.match_id} | self.keep
        wanted = [i for i in updates if i.match_id not in self.drafts and i.match_id not in self.touched]
        people = [i.match_id for i in wanted if i.match_id and isinstance(i.record, ContactRecord)]
        loaded = _contact_drafts(self.session, people)
        organisations = [i for i in wanted if isinstance(i.record, OrganisationRecord)]
        loaded.update((o.id, _organisation_draft(o)) for o in _load_matched(self.session, organisations))
        self.drafts.update(loaded)
        self.unchanged = set(loaded)

    def outcome(self, item: PlanItem) -> tuple[str, str]:
        """("added" / "updated" / "skipped" / "pending", reason), as the import will say."""
        if item.action == "skip":
            return "skipped", item.reason
        if (item.action == "add" or item.match_id is None) and item.new_id not in self.needed:
            self.touched.add(item.new_id)
            rec = item.record
            if isinstance(rec, ContactRecord) and (rec.organisation_en or rec.organisation_zh):
                assert self.writes is not None
                self.writes.organisation(rec, self.source)  # later rows find the organisation it adds
            return "added", item.reason
        # A record's position and department may move to its notes as it is compared: a copy is used.
        rec = dataclasses.replace(item.record, warnings=list(item.record.warnings))
        if item.action == "add" or item.match_id is None:
            key = item.new_id or new_id()
            if isinstance(rec, ContactRecord):
                assert self.writes is not None
                self.drafts[key] = _new_contact_draft(self.source)
                _update_contact(self.drafts[key], rec, self.writes, new=True)
            else:
                assert isinstance(rec, OrganisationRecord)
                self.drafts[key] = _organisation_draft(None)
                _update_organisation(self.drafts[key], rec, new=True)
            return "added", item.reason
        if item.match_id not in self.drafts and item.match_id in self.touched:
            self.pending.add(item.index)
            self.wanted.add(item.match_id)
            return "pending", item.reason
        draft = self.drafts.get(item.match_id)
        if isinstance(rec, ContactRecord):
            if draft is None or draft.deleted_at is not None:
                return "skipped", Reason(N_("the matched contact was deleted"))
            assert self.writes is not None
            changes = _update_contact(draft, rec, self.writes, new=False)
            # the plan's row says, as the import's outcome will, that the person's Hanja stays
            kept = [w for w in rec.warnings if getattr(w, "template", "") in _SAID_IN_PREVIEW]
            item.record.warnings.extend(w for w in kept if w not in item.record.warnings)
        else:
            assert isinstance(rec, OrganisationRecord)
            if draft is None or draft.deleted_at is not None:
                return "skipped", Reason(N_("the matched organisation was deleted"))
            changes = _update_organisation(draft, rec, new=False)
        if changes:
            self.unchanged.discard(item.match_id)
        return ("updated" if changes else "skipped"), _changed_reason(item.reason, changes)


def import_file(
    session: Session,
    path: Path | str,
    *,
    target: Target = "contacts",
    on_match: OnMatch = "update",
    encoding: str | None = None,
    mapping_spec: str | None = None,
    on_progress: Progress | None = None,
    header_row: int | None = None,
    organisation: str = "",
) -> ImportReport:
    """Check, plan and write in one call. The caller owns the transaction. ``organisation``: see
    :meth:`LoadedFile.with_organisation`."""
    loaded = load_file(
        path, target=target, encoding=encoding, mapping_spec=mapping_spec, header_row=header_row
    ).with_organisation(organisation)
    source = f"import:{Path(path).name}"
    return run_import(session, loaded, target, on_match, source, on_progress=on_progress)
