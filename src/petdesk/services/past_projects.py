"""Past projects from an office's own workbook, its 项目 sheet (field test 101 imported the 来访 and
培训 sheets; projects applying for funds were retyped by hand).

A row names the project, its applicant and partners, the funder (亚洲开发银行, GEF, GIZ, 中央财政 …),
the amount requested (in 万元 by the header, or with its own unit or currency), the dates it was
submitted and due, its status as the office wrote it (已申报, 评审中, 已批准 …), who ran it and a
remark. :func:`plan_past_projects` reads the sheet without writing (the preview and ``--dry-run``):
which stage each status becomes (an unknown one is shown and the project kept at "idea" with the
status as typed in its description), which funders and partners are known organisations and which
are new. :func:`import_past_projects` adds them in the caller's transaction as one import that
``import-undo`` takes back; a project already in petdesk (same title and funder) is skipped.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import models as m
from petdesk import turkish_case
from petdesk.amounts import (
    DOT_GROUP_CURRENCIES,
    NOT_AN_AMOUNT,
    AmountError,
    currencies_said,
    currency_problem,
    parse_amount,
    without_paise_mark,
)
from petdesk.arabic_amounts import latin_amount
from petdesk.cfa_franc import cfa_franc_of, which_cfa_franc, without_cfa_mark
from petdesk.chinese_names import written_in_chinese
from petdesk.day_order import day_order
from petdesk.decimal_comma import COMMA_OR_GROUP, column_decimal_mark, decimal_comma_country
from petdesk.ethiopian_dates import ethiopian_day
from petdesk.hijri_dates import hijri_day
from petdesk.hijri_numeric_dates import SOLAR, TwoCalendars, numeric_hijri_day
from petdesk.japanese_eras import western_date
from petdesk.language import N_
from petdesk.models.enums import PartnerRole, ProjectStatus
from petdesk.persian_amounts import latin_rial_amount
from petdesk.peso_signs import (
    DOLLAR_SIGN_CURRENCIES,
    DOTS_GROUP_ALL_AMOUNTS,
    IN_UNIDADES_DE_FOMENTO,
    PESOS,
    PesosOfWhichCountry,
    dollar_sign_currency,
    in_unidades_de_fomento,
    peso_words,
    rewritten_peso_marks,
    southern_cone_dollar,
)
from petdesk.services.matching import without_latin_accents
from petdesk.services.past_visits import (
    BUDDHIST_TAKEN,
    PROJECTS,
    PastVisitsError,
    Skipped,
    _day,
    _key,
    _office_country,
    _text,
    _two_ways_reason,
    columns_named,
    read_rows,
)
from petdesk.services.project_dates import ENDED_STAGES
from petdesk.south_asian_amounts import RUPEE_OF_COUNTRY, latin_taka_amount, latin_urdu_amount, rupee_of
from petdesk.thai_amounts import latin_amount as thai_latin_amount
from petdesk.thai_dates import buddhist_day
from petdesk.written_days import reads_two_ways

#: Header words (NFKC, lower case, no spaces, a unit in brackets left out) of each field.
HEADERS: dict[str, tuple[str, ...]] = {
    "title": (
        "项目名称",
        "プロジェクト名",  # a Japanese office's sheet (field test 115)
        "案件名",
        "项目",
        "名称",
        "project",
        "projecttitle",
        "projectname",
        "title",
        # Indonesian (field test 108): Judul, Nama Proyek
        "judul",
        "judulproyek",
        "namaproyek",
        # Portuguese and Spanish, accents left out (field test 110)
        "projeto",
        "titulo",
        "nomedoprojeto",
        "tituloprojeto",
        "proyecto",
        "nombredelproyecto",
        # Turkish, accents left out but "ı" kept (field test 114)
        "proje",
        "projeadı",
        "projeninadı",
        # Mongolian (field test 119)
        "төслийннэр",
        "төсөл",
        # Thai (field test 120)
        "ชื่อโครงการ",
        "โครงการ",
        # Russian and Kazakh (field test 121)
        "названиепроекта",
        "наименованиепроекта",
        "проект",
        "жобаатауы",
        "жоба",
        # Polish and Czech, accents left out but "ł" kept (field test 124)
        "nazwaprojektu",
        "tytułprojektu",
        "projekt",
        "nazevprojektu",
    ),
    "partners": (
        "申报单位/合作伙伴",
        "パートナー",
        "申报单位",
        "合作伙伴",
        "合作单位",
        "承担单位",
        "applicant/partners",
        "applicant/partner",
        "applicant",
        "partners",
        "partner",
        "parceiro",
        "parceiros",
        "socio",
        "socios",
        "ortak",
        "ortaklar",
        "basvurusahibi",
        "түнш",
        "хамтрагчбайгууллага",
        "хэрэгжүүлэгч",
        "พันธมิตร",
        "หน่วยงาน",
        "หน่วยงานผู้เสนอ",
        "партнеры",
        "партнёры",
        "заявитель",
        "серіктестер",
        "wnioskodawca",
        "beneficjent",
        "partnerzy",
        "zadatel",
        "prijemce",
        "partneri",
    ),
    # in the languages of the offices that write their sheets so (walks58b: Cairo's "البلد" was not
    # read, and the partners made got no country)
    "country": (
        "国家",
        "国别",
        "国家/地区",
        "country",
        "pais",
        "partnercountry",
        "countryofpartner",
        "البلد",
        "الدولة",
        "страна",
        "улс",
        "ел",
        "мемлекет",
        "ประเทศ",
        "দেশ",
        "ملک",
        "ülke",
        "kraj",
        "zeme",
        "stat",  # Polish and Czech (field test 124)
    ),
    "funder": (
        "资金来源",
        "資金提供者",
        "資金源",
        "资助方",
        "出资方",
        "资助机构",
        "funder",
        "fundingsource",
        "source",
        "donor",
        "sumberdana",
        "donatur",
        "financiador",
        "financiadora",
        "fontederecursos",
        "fontedefinanciamento",
        "fuentedefinanciamiento",
        "fuentederecursos",
        "fon",
        "fonkaynagı",
        "finansmankaynagı",
        "санхүүжүүлэгч",
        "санхүүжилтийнэхүүсвэр",
        "แหล่งทุน",
        "ผู้ให้ทุน",
        "финансирование",
        "источникфинансирования",
        "донор",
        "қаржыландыру",
        "zrodłofinansowania",
        "zrodłofinansowania/program",
        "zdrojfinancovani",
        "poskytovatel",
        # An EU-funds sheet names the programme (FEnIKS, OP ŽP, LIFE) that pays, not a funder: the
        # programme is the funder there, but only when no column above names one (listed last)
        "program",
        "programoperacyjny",
        "operacniprogram",
    ),
    "amount": (
        "申报金额",
        "金额",
        "金額",  # Japanese (field test 115)
        "予算",
        "事業費",
        "申请金额",
        "amountrequested",
        "requestedamount",
        "requested",
        "amount",
        "budget",
        "anggaran",
        "nilaianggaran",
        "orcamento",
        "valor",
        "valorsolicitado",
        "presupuesto",
        "monto",
        "montosolicitado",
        "butce",
        "tutar",
        "talepedilentutar",
        "төсөв",
        "дүн",
        "төсөвтөртөг",
        "งบประมาณ",
        "จำนวนเงิน",
        "сумма",
        "бюджет",
        "стоимость",
        "сомасы",
        "kwota",
        "kwotawnioskowana",
        "budzet",
        "wartoscprojektu",
        "castka",
        "pozadovanacastka",
        "rozpocet",
    ),
    #: the amount the funder granted: 批复金额 beside 申请金额, or a sheet's only amount column
    "approved": (
        "批复金额",
        "批准金额",
        "获批金额",
        "资助金额",
        "核定金额",
        "立项金额",
        "amountapproved",
        "approvedamount",
        "approved",
        "grantamount",
        "amountgranted",
        "grant",
        # India's word for an approved grant (field test 107)
        "sanctionedamount",
        "amountsanctioned",
        "sanctioned",
    ),
    #: the currency of the row's amounts, as petdesk's own project overview writes it ("Currency / 币种"):
    #: without it a re-read overview took US dollars, euros and won for the office's yuan (field coop60)
    "currency": (
        "币种",
        "货币",
        "币别",
        "通貨",
        "currency",
        "currencycode",
        "matauang",
        "moeda",
        "moneda",
        "divisa",
        "parabirimi",
        "валюта",
        "สกุลเงิน",
        "waluta",
        "mena",
    ),
    #: the co-financing and the funder's programme, as petdesk's own overview writes them (field coop60:
    #: read back, the overview's co-financing and programme were lost)
    "cofinancing": ("配套资金", "配套金额", "自筹资金", "cofinancing", "co-financing", "matchingfunds"),
    "programme": ("资助计划", "资助项目计划", "fundingprogramme", "programme", "fundingprogram", "program"),
    "submitted": (
        "申报日期",
        "申报时间",
        "提交日期",
        "submitted",
        "submissiondate",
        "datesubmitted",  # Nairobi's sheet: the whole column was dropped unread (field test 117)
        "dateapplied",
        "submetido",
        "datadesubmissao",
        "datadeenvio",
        "enviado",
        "presentado",
        "fechadepresentacion",
        "basvuru",
        "basvurutarihi",
        "datazłozenia",
        "złozono",
        "datapodani",
        "podano",
    ),
    #: the day the row's status was reached (批复日期: the day it was approved)
    "stage_date": (
        "状态日期",
        "批复日期",
        "批准日期",
        "获批日期",
        "立项日期",
        "statusdate",
        "approvedon",
        "approvaldate",
        "dateapproved",
    ),
    #: the day the project ended (or ends)
    "ended": (
        "结项日期",
        "结束日期",
        "完成日期",
        "实施结束",
        "enddate",
        "end",
        "endedon",
        "completedon",
        "closedon",
        "termino",
        "fim",
        "datadetermino",
        "fechadefin",
        "fechadetermino",
        "bitis",
        "bitistarihi",
        "дуусахогноо",
        "дууссаногноо",
        "датаокончания",
        "датазавершения",
        "окончание",
        "koniec",
        "datazakonczenia",
        "zakonczenie",
        "konec",
        "dataukonceni",
        "datumukonceni",
    ),
    #: the day the project started (began running): a move to running dated on it
    "started": (
        "开始日期",
        "開始日",
        "启动日期",
        "开工日期",
        "实施开始",
        "startdate",
        "start",
        "startedon",
        "tanggalmulai",
        "mulai",
        "inicio",
        "datadeinicio",
        "fechadeinicio",
        "baslangıc",
        "baslangıctarihi",
        "эхлэхогноо",
        "эхэлсэногноо",
        "датаначала",
        "начало",
        "poczatek",
        "datarozpoczecia",
        "rozpoczecie",
        "zacatek",
        "datumzahajeni",
        "zahajeni",
    ),
    "deadline": (
        "截止日期",
        "截止时间",
        "申报截止",
        "申报截止日期",
        "申报截止时间",
        "deadline",
        # a funder's call list and a colleague's sheet in English (projdeadline61)
        "applicationdeadline",
        "submissiondeadline",
        "duedate",
        "prazo",
        "datalimite",
        "fechalimite",
        "plazo",
        "sontarih",
        "sonbasvurutarihi",
        "กำหนดส่ง",
        "วันครบกำหนด",
        "срок",
        "крайнийсрок",
        "срокподачи",
        # Polish and Czech "termin", "termín": the day the application is due
        "termin",
        "terminzłozenia",
        "terminpodani",
        "lhuta",
    ),
    #: the year alone, as many sheets date a project ("Tahun 2024"): its first day, when no date is given
    "year": ("年份", "年度", "year", "tahun"),
    "status": (
        "状态",
        "项目状态",
        "阶段",  # petdesk's own overview and yearly archive in Chinese (field projfollow60)
        "进展",
        "状況",
        "ステータス",
        "status",
        "stage",
        "statusproyek",
        "situacao",
        "estado",
        "durum",
        "төлөв",
        "явц",
        "สถานะ",
        "статус",
        "этап",
        "мәртебесі",
        "stan",
        "stav",
    ),
    "manager": (
        "负责人",
        "项目负责人",
        "联系人",
        "manager",
        "responsible",
        "projectmanager",
        "responsavel",
        "responsable",
        "ответственный",
        "руководительпроекта",
    ),
    "remark": (
        "备注",
        "说明",
        "notes",
        "note",
        "remarks",
        "remark",
        "observacoes",
        "observaciones",
        "notas",
        "acıklama",
        "notlar",
        "not",
    ),
}

#: The statuses offices write, and the stage each is (the app has no "under review": 评审中 is submitted).
STATUS_WORDS: dict[str, ProjectStatus] = {
    **dict.fromkeys(("设想", "构想", "意向", "储备", "idea"), ProjectStatus.IDEA),
    **dict.fromkeys(
        ("筹备中", "准备中", "编制中", "拟申报", "preparing", "inpreparation", "draft"),
        ProjectStatus.PREPARING,
    ),
    **dict.fromkeys(
        ("已申报", "已提交", "申报中", "评审中", "审核中", "待评审", "submitted", "underreview", "applied"),
        ProjectStatus.SUBMITTED,
    ),
    **dict.fromkeys(
        (
            "已批准",
            "已批复",
            "批复",
            "已立项",
            "获批",
            "批准",
            "approved",
            "granted",
            "awarded",
            "sanctioned",
        ),
        ProjectStatus.APPROVED,
    ),
    # Indonesian statuses (field test 108): Usulan, Diajukan, Disetujui, Berjalan, Selesai, Ditolak
    # Japanese statuses (field test 115): 計画, 申請中, 採択, 実施中, 完了, 不採択
    **dict.fromkeys(("計画", "構想"), ProjectStatus.IDEA),
    **dict.fromkeys(("申請中", "申請済", "審査中"), ProjectStatus.SUBMITTED),
    **dict.fromkeys(("採択", "承認"), ProjectStatus.APPROVED),
    **dict.fromkeys(("不採択",), ProjectStatus.REJECTED),
    **dict.fromkeys(("実施中",), ProjectStatus.RUNNING),
    **dict.fromkeys(("完了", "終了"), ProjectStatus.CLOSED),
    **dict.fromkeys(("usulan", "gagasan"), ProjectStatus.IDEA),
    **dict.fromkeys(("persiapan", "dalampersiapan"), ProjectStatus.PREPARING),
    **dict.fromkeys(("diajukan", "sudahdiajukan", "dalampenilaian"), ProjectStatus.SUBMITTED),
    **dict.fromkeys(("disetujui", "didanai"), ProjectStatus.APPROVED),
    **dict.fromkeys(("ditolak", "tidakdisetujui"), ProjectStatus.REJECTED),
    **dict.fromkeys(("berjalan", "sedangberjalan", "dalampelaksanaan"), ProjectStatus.RUNNING),
    **dict.fromkeys(("selesai", "ditutup"), ProjectStatus.CLOSED),
    # Portuguese and Spanish statuses, accents left out (field test 110)
    **dict.fromkeys(
        ("empreparacao", "preparando", "rascunho", "enpreparacion", "borrador"), ProjectStatus.PREPARING
    ),
    **dict.fromkeys(
        ("submetido", "enviado", "ememanalise", "emavaliacao", "presentado", "enevaluacion"),
        ProjectStatus.SUBMITTED,
    ),
    **dict.fromkeys(("aprovado", "aprobado"), ProjectStatus.APPROVED),
    **dict.fromkeys(("rejeitado", "reprovado", "negado", "rechazado"), ProjectStatus.REJECTED),
    **dict.fromkeys(
        ("emandamento", "emexecucao", "enejecucion", "encurso", "ejecucion"), ProjectStatus.RUNNING
    ),
    **dict.fromkeys(("concluido", "encerrado", "finalizado", "terminado", "cerrado"), ProjectStatus.CLOSED),
    # Turkish statuses, accents left out but "ı" kept (field test 114)
    **dict.fromkeys(("fikir",), ProjectStatus.IDEA),
    **dict.fromkeys(("hazırlanıyor", "hazırlık"), ProjectStatus.PREPARING),
    **dict.fromkeys(("basvuruldu", "basvuruyapıldı", "sunuldu", "degerlendirmede"), ProjectStatus.SUBMITTED),
    **dict.fromkeys(("onaylandı", "kabuledildi"), ProjectStatus.APPROVED),
    **dict.fromkeys(("reddedildi",), ProjectStatus.REJECTED),
    **dict.fromkeys(("devamediyor", "yurutuluyor", "uygulamada"), ProjectStatus.RUNNING),
    **dict.fromkeys(("tamamlandı", "kapandı"), ProjectStatus.CLOSED),
    # Mongolian statuses (field test 119)
    **dict.fromkeys(("санаа",), ProjectStatus.IDEA),
    **dict.fromkeys(("бэлтгэжбайгаа", "бэлтгэл"), ProjectStatus.PREPARING),
    **dict.fromkeys(("илгээсэн", "хүргүүлсэн", "хянагдажбайгаа"), ProjectStatus.SUBMITTED),
    **dict.fromkeys(("батлагдсан", "зөвшөөрөгдсөн"), ProjectStatus.APPROVED),
    **dict.fromkeys(("татгалзсан",), ProjectStatus.REJECTED),
    **dict.fromkeys(("хэрэгжижбайгаа",), ProjectStatus.RUNNING),
    **dict.fromkeys(("дууссан", "хаагдсан"), ProjectStatus.CLOSED),
    # Russian statuses (field test 121), "ё" also written "е"
    **dict.fromkeys(("идея",), ProjectStatus.IDEA),
    **dict.fromkeys(("подготовка", "вподготовке", "готовится"), ProjectStatus.PREPARING),
    **dict.fromkeys(
        ("подана", "подано", "поданазаявка", "заявкаподана", "нарассмотрении"), ProjectStatus.SUBMITTED
    ),
    **dict.fromkeys(
        ("одобрен", "одобрено", "одобрена", "утвержден", "утверждён", "утверждено"), ProjectStatus.APPROVED
    ),
    **dict.fromkeys(("отклонен", "отклонён", "отклонено", "отклонена"), ProjectStatus.REJECTED),
    **dict.fromkeys(("выполняется", "реализуется", "вработе", "вреализации"), ProjectStatus.RUNNING),
    **dict.fromkeys(("завершен", "завершён", "завершено", "закрыт", "выполнен"), ProjectStatus.CLOSED),
    # Polish and Czech statuses, accents left out but "ł" kept (field test 124)
    **dict.fromkeys(("pomysł", "namysł"), ProjectStatus.IDEA),
    **dict.fromkeys(("wprzygotowaniu", "vpriprave", "pripravuje"), ProjectStatus.PREPARING),
    **dict.fromkeys(
        ("złozony", "złozono", "wocenie", "wtrakcieoceny", "podano", "podan", "vhodnoceni", "posuzovano"),
        ProjectStatus.SUBMITTED,
    ),
    **dict.fromkeys(("zatwierdzony", "zatwierdzono", "schvaleno", "schvalen"), ProjectStatus.APPROVED),
    **dict.fromkeys(("odrzucony", "odrzucono", "zamitnuto", "zamitnut"), ProjectStatus.REJECTED),
    **dict.fromkeys(("wrealizacji", "realizowany", "vrealizaci", "realizuje"), ProjectStatus.RUNNING),
    **dict.fromkeys(("zakonczony", "zakonczono", "ukonceno", "dokonceno"), ProjectStatus.CLOSED),
    **dict.fromkeys(
        ("未通过", "未获批", "落选", "驳回", "rejected", "declined", "notapproved", "unsuccessful"),
        ProjectStatus.REJECTED,
    ),
    **dict.fromkeys(
        ("实施中", "执行中", "进行中", "running", "ongoing", "implementing"), ProjectStatus.RUNNING
    ),
    **dict.fromkeys(
        ("已结项", "结项", "已结题", "结题", "已完成", "已验收", "closed", "completed", "finished"),
        ProjectStatus.CLOSED,
    ),
}

#: Currencies named in Chinese around an amount ("200万美元", "50万欧元").
_CURRENCY_NAMES = {"美元": "USD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "港元": "HKD", "港币": "HKD"}
_CURRENCY_NAMES |= {"円": "JPY"}  # "3,500万円", as a Japanese office writes yen (field test 115)
#: ¥ is not here: it is the yen and the yuan (see _yen_or_yuan).
_CURRENCY_SIGNS = {"US$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "RMB": "CNY", "Rp": "IDR"}
_CURRENCY_SIGNS |= {"₹": "INR", "Rs.": "INR", "Rs": "INR"}  # "Rs. 12 lakh" (field test 107)
_CURRENCY_SIGNS |= {"R$": "BRL", "COL$": "COP"}  # "R$ 1.234.567,89" (field test 110)
_CURRENCY_SIGNS |= {"₺": "TRY"}  # "₺1.234.567,89" (field test 114)
_CURRENCY_SIGNS |= {"₮": "MNT"}  # "₮12,500,000" (field test 119)
_CURRENCY_SIGNS |= {"₸": "KZT"}  # "₸ 12 500 000" (field test 121)
_CURRENCY_SIGNS |= {"₱": "PHP"}  # "₱12,500,000.00" (field test 126)
#: The peso's "P" as Manila types it without the ₱ key ("P12.5M"); Botswana's pula writes "P" too, so
#: whose it is comes from the sheet's currency or the country (field test 126).
_P_SIGN = re.compile(r"P\s*(\d.*)")
_P_CURRENCIES = {"PH": "PHP", "BW": "BWP"}
#: Signs several currencies write: "$" (pesos, Canadian dollars …), "£" (the Egyptian pound too), "Rs"
#: (Pakistan's, Sri Lanka's rupees): a code beside them says whose; beside another sign it contradicts.
_SIGNS_OF_MANY = frozenset({"$", "£", "Rs", "Rs."})
SIGN_AND_CODE = N_("the amount “{amount}” has the sign of one currency and the code of another: write one")
#: East Africa's shillings as Nairobi, Dar es Salaam and Kampala write them: "KSh 12,500,000" (field 117).
_CURRENCY_SIGNS |= {"KShs": "KES", "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "Tsh": "TZS"}
_CURRENCY_SIGNS |= {"USh": "UGX", "Ush": "UGX"}
#: The Ethiopian birr's "Br", only before a number ("Br 2,000,000"): alone it is no sign.
_BIRR = re.compile(r"Br\.?\s*(\d.*)")
#: A thousand written "K" after the amount: "USD 250K" (field test 117).
_THOUSANDS_K = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)\s*[kK]")
#: The tögrög named after the amount, as Mongolian sheets write it: "12.5 сая төгрөг", "500 мянган төг."
_TOGROG_AFTER = re.compile(r"(?P<amount>.*\d.*?)\s*(?:төгрөг|төг\.?|₮)", re.IGNORECASE)  # and "12,500,000₮"
#: The tenge named after the amount, as Kazakh and Russian sheets write it: "12,5 млн тенге", "3 млрд ₸".
_TENGE_AFTER = re.compile(r"(?P<amount>.*\d.*?)\s*(?:тенге|теңге|тг\.?|₸)", re.IGNORECASE)
#: The złoty and the koruna after the amount, as Warsaw and Prague write them: "1 234 567,89 zł",
#: "2,5 mln zł", "12 500 000 Kč" (field test 124: the amount box read them, the projects import did not).
_ZLOTY_KORUNA_AFTER = re.compile(r"(?P<amount>.*\d.*?)\s*(?P<sign>zł|Kč)")
_ZLOTY_KORUNA = {"zł": "PLN", "Kč": "CZK"}
#: Czech "mil." (milion, a million): "2,5 mil. Kč". Read so only where the row's (else the office's)
#: country is the Czech Republic or the amount is in koruna (Kč, CZK): elsewhere "mil" is a thousand
#: (US$ 250 mil) or an English million.
_CZECH_MIL = re.compile(r"(?P<number>.*\d)\s*mil\.?", re.IGNORECASE)
#: India's lakh and crore in an amount column's header: "Budget (Rs. in lakh)", "Amount (₹ crore)".
_INDIAN_UNITS = (
    (re.compile(r"crores?|(?<![a-z])cr(?![a-z])"), 1e7),
    (re.compile(r"lakhs?|(?<![a-z])lacs?(?![a-z])"), 1e5),
)
#: Other factors a header states beside its currency: "Budget (USD mn)", "Amount (EUR m)", "Funding
#: (RMB 10k)", "(in thousands)", "(IDR juta)". Only inside the brackets: "m" alone elsewhere is no unit.
_HEADER_FACTORS = (
    (re.compile(r"(?<![a-z])(?:mn|m|mio\.?|millions?|juta|jt)(?![a-z])"), 1e6),
    (re.compile(r"(?<![a-z])(?:bn|mrd\.?|miliar|milyar)(?![a-z])"), 1e9),
    (re.compile(r"(?<![a-z\d])(?:10k|10 000|10,000)(?![a-z\d])"), 1e4),
    (re.compile(r"(?<![a-z])(?:k|thousands?|000s|'000|ribu|rb)(?![a-z])"), 1e3),
)
#: Funders offices name in either language or by acronym: a sheet's 全球环境基金 is the office's
#: "Global Environment Facility (GEF)" (Chinese, English, acronym).
FUNDER_NAMES: tuple[tuple[str, str, str], ...] = (
    ("亚洲开发银行", "Asian Development Bank", "ADB"),
    ("全球环境基金", "Global Environment Facility", "GEF"),
    ("德国国际合作机构", "Deutsche Gesellschaft für Internationale Zusammenarbeit", "GIZ"),
    ("世界银行", "World Bank", "WB"),
    ("绿色气候基金", "Green Climate Fund", "GCF"),
    ("亚洲基础设施投资银行", "Asian Infrastructure Investment Bank", "AIIB"),
    ("联合国开发计划署", "United Nations Development Programme", "UNDP"),
    ("联合国环境规划署", "United Nations Environment Programme", "UNEP"),
    # The hubs' funders in Latin America and Africa (field test 113: "BID", "AFD", "DBSA" stayed
    # Latin letters in the Chinese window and the annual summary).
    ("美洲开发银行", "Inter-American Development Bank", "IDB"),
    ("拉丁美洲开发银行", "Development Bank of Latin America and the Caribbean", "CAF"),
    ("巴西国家开发银行", "Brazilian Development Bank", "BNDES"),
    ("法国开发署", "French Development Agency", "AFD"),  # as the demo names it
    ("非洲开发银行", "African Development Bank", "AfDB"),
    ("南部非洲开发银行", "Development Bank of Southern Africa", "DBSA"),
    ("新开发银行", "New Development Bank", "NDB"),
)
#: Other names and acronyms of those funders, by the acronym above: São Paulo's sheet writes the
#: Inter-American Development Bank "BID", as Spanish and Portuguese do.
_FUNDER_ALIASES: dict[str, str] = {
    "bid": "IDB",
    "dünyabankası": "WB",  # Turkish (field test 114)
    "dunyabankasi": "WB",
    "bancointeramericanodedesarrollo": "IDB",
    "bancointeramericanodedesenvolvimento": "IDB",
    "bancodedesarrollodeamericalatina": "CAF",
    "bancodedesarrollodeaméricalatina": "CAF",
    "bancodedesarrollodeaméricalatinayelcaribe": "CAF",
    "bancodedesarrollodeamericalatinayelcaribe": "CAF",
    "agencefrançaisededéveloppement": "AFD",
    "banqueafricainededéveloppement": "AfDB",
}
#: Several partners in one cell: "长沙市生态环境局、湖南大学".
_PARTNER_SEPARATORS = re.compile(r"\s*[、;；\n]\s*")


@dataclass(frozen=True)
class Note:
    """A reading said of a row (translatable ``sentence`` with ``values``)."""

    sentence: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PartnerPlan:
    name: str
    #: the known organisation, or None: a new one is made
    organisation_id: str | None
    country: str = ""
    #: the role the cell gives after the name, as petdesk's overview writes it ("Suwon City (Lead)")
    role: PartnerRole | None = None


@dataclass(frozen=True)
class ProjectPlan:
    """One row, as it would be added."""

    row: int
    title: str
    stage: ProjectStatus
    #: the status as typed ("" for none)
    status: str
    funder: str
    #: the known funder organisation, or None: a new one is made (when ``funder`` names one)
    funder_id: str | None
    partners: tuple[PartnerPlan, ...]
    amount: float | None
    currency: str
    submitted: dt.date | None
    deadline: dt.date | None
    manager: str
    remark: str
    notes: tuple[Note, ...] = ()
    #: the amount approved (批复金额), in ``currency``
    approved: float | None = None
    #: the stage moves that give the project its years (:func:`stage_moves`), oldest first
    moves: tuple[tuple[ProjectStatus, dt.date], ...] = ()
    #: the day the row's status was reached, and the day the project ended, as the sheet gives them
    stage_date: dt.date | None = None
    ended: dt.date | None = None
    #: the day it started, as the sheet gives it (a move to running)
    started: dt.date | None = None
    #: the co-financing, in ``currency``, and the funder's programme applied to
    cofinancing: float | None = None
    programme: str = ""
    #: the deadline's time "HH:MM" and zone where the cell gives a time with its UTC offset, as the
    #: project editor stores them ("" for a whole day)
    deadline_time: str = ""
    deadline_zone: str = ""
    #: the stage date's cell could not be read: the day the row reached its stage is not known, so
    #: no move to it is dated (a day from another column, or today, would guess its year)
    stage_unread: bool = False


@dataclass
class PastProjects:
    """What a sheet holds (the plan) and, after an import, the ids of the projects added."""

    sheet: str
    file: str = ""
    planned: list[ProjectPlan] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    #: each status as typed and the stage it becomes (None: not known, kept at "idea")
    statuses: dict[str, ProjectStatus | None] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)

    @property
    def new_funders(self) -> list[str]:
        """One name each (GEF and 全球环境基金 are one new funder)."""
        return sorted(
            {funder_names(p.funder)[0] or p.funder for p in self.planned if p.funder and not p.funder_id}
        )

    @property
    def new_partners(self) -> list[str]:
        return sorted({x.name for p in self.planned for x in p.partners if x.organisation_id is None})


def column_map(header: Sequence[Any]) -> dict[str, int]:
    """Which column (0-based) holds which field; "申报金额（万元）" is the amount column, and a header in
    two languages, "ชื่อโครงการ / Project", is the column its first known half names (field test 120)."""
    keys = [re.sub(r"\(.*?\)|（.*?）", "", _folded_key(h)) for h in header]
    found = columns_named([_known_half(key) for key in keys], HEADERS)
    if "funder" not in found and "programme" in found:
        # "Programme" ("UNDP Small Grants Programme") with no funder column names who pays: the funder,
        # as "Program" was; "Programme" was read as the funder's programme alone and the sheet refused
        # as naming no funder (money63)
        found["funder"] = found.pop("programme")
    return found


def _known_half(key: str) -> str:
    """``key``, else the first of its halves around "/" that names a field ("申报单位/合作伙伴" is one
    header whole)."""
    if "/" not in key or key in _HEADER_WORDS:
        return key
    return next((half for half in key.split("/") if half in _HEADER_WORDS), key)


def _folded_key(text: Any) -> str:
    """:func:`_key` without the accents of Latin letters: "Título", "Orçamento", "Situação" and
    "Fecha límite" as typed with or without them (field test 110), and Turkish's "I" and "ı" as one
    letter: "PROJE ADI" and "BAŞLANGIÇ TARİHİ" as Excel's capitals write "Proje Adı" (review57)."""
    return turkish_case.fold_key(without_latin_accents(_key(_text(text))))


#: The words above with Turkish's "ı" as "i", as :func:`_folded_key` gives a header or a status.
HEADERS = {field: tuple(turkish_case.fold_key(w) for w in words) for field, words in HEADERS.items()}
STATUS_WORDS = {turkish_case.fold_key(word): stage for word, stage in STATUS_WORDS.items()}
_HEADER_WORDS = frozenset(word for words in HEADERS.values() for word in words)


def header_index(rows: Sequence[Sequence[Any]]) -> int | None:
    """The first of the top ten rows (under a merged title row) naming the project and its funder or
    status."""
    for index, row in enumerate(rows[:10]):
        found = column_map(row)
        if "title" in found and ("funder" in found or "status" in found):
            return index
    return None


def title_halves(title: str) -> tuple[str, str]:
    """(English, Chinese) of a project's name: "Kunming food waste to biogas / 昆明餐厨垃圾沼气化", as
    petdesk's own overview writes both, is split in two (stored whole as the English title, it made a
    second project of one already here, field coop60); a name in one language goes to its own."""
    halves = [half.strip() for half in title.split(" / ")]
    if len(halves) == 2 and all(halves):
        en, zh = halves
        if written_in_chinese(zh) and not written_in_chinese(en):
            return en, zh
    return ("", title) if written_in_chinese(title) else (title, "")


def _money_sheet(path: Path) -> str | None:
    """The first worksheet of a workbook whose header names a project with its funder or an amount,
    else one named for projects ("projects", "项目"); None for a CSV file or when no sheet is either
    (the first with a project's name and status is read then). petdesk's own yearly archive has a
    visits sheet with a title and a status before its projects sheet: "0 projects added from
    visits" was all it said (field coop60)."""
    if path.suffix.lower() != ".xlsx":
        return None
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # not a workbook: read_rows says so in plain words
        return None
    try:
        named = None
        for name in workbook.sheetnames:
            rows = [list(r) for r in workbook[name].iter_rows(max_row=10, values_only=True)]
            at = header_index(rows)
            if at is None:
                continue
            if {"funder", "amount", "approved"} & set(column_map(rows[at])):
                return name
            key = _folded_key(name)
            if named is None and (key in HEADERS["title"] or key.removesuffix("s") in HEADERS["title"]):
                named = name
        return named
    finally:
        workbook.close()


#: Currencies a currency column names in words or signs, as a Chinese office's sheet writes them
#: ("人民币", "美元", "RMB", "US$"), besides ISO codes. "¥" (the yen and the yuan) and the signs of
#: several currencies ("$") are not: their rows are skipped, saying so, rather than guessed.
_CURRENCY_CELLS = {"人民币": "CNY", "元": "CNY", **_CURRENCY_NAMES} | {
    sign: code for sign, code in _CURRENCY_SIGNS.items() if sign not in _SIGNS_OF_MANY
}


def currency_of_cell(text: str) -> str:
    """The ISO code a currency column's cell names: "USD", "usd", "美元" and "US$" are USD, "人民币"
    and "RMB" CNY; any other text upper-cased, for ``currency_problem`` to refuse ("" for none)."""
    text = text.strip()
    return _CURRENCY_CELLS.get(text) or _CURRENCY_CELLS.get(text.upper()) or text.upper()


def stage_of(status: str) -> ProjectStatus | None:
    """The stage an office's status names: its own words (评审中), or petdesk's (已提交, submitted)."""
    from petdesk.services.projects import PipelineError, parse_stage

    key = _folded_key(status)
    if key in STATUS_WORDS:
        return STATUS_WORDS[key]
    try:
        return parse_stage(status)
    except PipelineError:
        pass
    # both languages, as petdesk's own overview writes a stage ("Submitted / 已提交")
    halves = [half.strip() for half in status.split("/")] if "/" in status else []
    return next((stage for half in halves if half and (stage := stage_of(half)) is not None), None)


def header_unit(header: Any, default: str = "CNY") -> tuple[float, str]:
    """The factor and currency an amount column's header gives: 万元 is 10,000 CNY, 万美元 10,000 USD,
    "Budget (INR)" INR and "Amount (Rs. in lakh)" 100,000 INR; ``default`` (the office's own
    currency) when it names none: an Indian office's "Budget" was read as yuan (field test 107)."""
    from petdesk.amounts import currency_problem
    from petdesk.peso_signs import header_peso_words

    if spanish := header_peso_words(_text(header), default):  # "(mdp)", "(MDD)", "(dólares)"
        return spanish
    text = _key(_text(header))
    factor = 10_000.0 if "万" in text else 1.0
    factor = next((size for word, size in _INDIAN_UNITS if word.search(text)), factor)
    if factor == 1.0:
        factor = _bracket_factor(header)
    for word, code in _CURRENCY_NAMES.items():
        if word in text:
            return factor, code
    if iso := re.search(r"\b(usd|eur|cny|rmb|jpy|gbp|idr)\b", text):
        return factor, "CNY" if iso[1] == "rmb" else iso[1].upper()
    if re.search(r"\brp\b|rupiah", text):  # "Budget (Rp)": its numbers were kept as yuan (field test 108)
        return factor, "IDR"
    if "₹" in text or re.search(r"(?<![a-z])rs(?![a-z])", text):
        return factor, "INR"
    # Any ISO code in the header's brackets: "Budget (INR)", "Amount (in THB)". Read with its spaces
    # ("in inr", not "ininr"), and a word joined by a hyphen ("top-up") is no code (Tonga's TOP).
    spaced = unicodedata.normalize("NFKC", _text(header)).casefold()
    for inside in re.findall(r"[(（]([^)）]*)[)）]", spaced):
        for word in re.split(r"[^a-z-]+", inside):
            if len(word) == 3 and word.isalpha() and currency_problem(word.upper()) is None:
                return factor, word.upper()
    return factor, default


def _bracket_factor(header: Any) -> float:
    """The factor a header's brackets state in words ("USD mn", "in thousands", "RMB 10k"), else 1."""
    spaced = unicodedata.normalize("NFKC", _text(header)).casefold()
    for inside in re.findall(r"[(（]([^)）]*)[)）]", spaced):
        for word, size in _HEADER_FACTORS:
            if word.search(inside):
                return size
    return 1.0


#: Said of a number in a column whose header states a factor: the factor the preview applied.
FACTOR_APPLIED = N_("{text} in the column “{header}” is counted in units of {factor}: {amount} is taken")


def _factor_note(text: Any, factor: float, header: str, amount: float) -> list[Note]:
    """The note saying ``factor`` was applied to the cell ``text`` (none for a factor of 1)."""
    if factor == 1.0 or not header:
        return []
    values = {"text": _text(text), "header": header, "factor": f"{factor:,.0f}", "amount": f"{amount:,.2f}"}
    return [Note(FACTOR_APPLIED, values)]


#: Indonesian words for thousands, millions … of an amount (field test 108).
_RUPIAH_WORDS = re.compile(r"\d\s*(?:ribu|rb|juta|jt|miliar|milyar|triliun)\.?$", re.IGNORECASE)
#: Of those, the ones Malaysia says of ringgit too ("RM 1,5 juta"): whose they are, the sign or the
#: country tells; "miliar" and "triliun" are Indonesian only.
_MALAY_WORDS = re.compile(r"\d\s*(?:ribu|rb|juta|jt)\.?$", re.IGNORECASE)
#: The currency of "juta" in each country that says it.
_JUTA_CURRENCIES = {"ID": "IDR", "MY": "MYR", "BN": "BND"}
_RUPIAH_MARKS = re.compile(r"\bRp|\bIDR\b|rupiah|miliar|milyar|triliun", re.IGNORECASE)
_RINGGIT_MARKS = re.compile(r"\bRM\s*\d|\bMYR\b|ringgit", re.IGNORECASE)


def sheet_juta(cells: Iterable[Any]) -> str:
    """The currency the sheet's amounts say "juta" in: "IDR" when some are marked as rupiah
    ("Rp1,5 miliar") and none as ringgit, "MYR" the other way round, "" when none or both tell."""
    texts = [_text(c) for c in cells]
    rupiah = any(_RUPIAH_MARKS.search(t) for t in texts)
    ringgit = any(_RINGGIT_MARKS.search(t) for t in texts)
    return "" if rupiah == ringgit else "IDR" if rupiah else "MYR"


#: Said of a row whose currency column holds no currency code: skipped, not read as another currency.
UNKNOWN_CURRENCY = N_("the currency “{currency}” is no currency code like USD, EUR or CNY")
#: Said of an amount in tomans, which petdesk keeps in rials (the currency, IRR): 1 toman = 10 rials.
TOMANS_AS_RIALS = N_("{text}: a toman is 10 rials, so the amount is kept in rials as {amount}")
#: Said of "juta" when neither a sign nor the row's or the office's country tells whose it is.
JUTA_OF_WHICH = N_(
    "the amount “{amount}” is in juta of which currency, rupiah or ringgit? "
    "Write Rp or RM before it, or give the row's country"
)
#: India's lakh and crore after an amount ("2.5 crore", "12 lakh"), and the currencies counted so.
_LAKH_WORDS = re.compile(r"\d\s*(?:lakhs?|lacs?|crores?|cr)\.?$", re.IGNORECASE)
_LAKH_CURRENCIES = frozenset({"INR", "PKR", "BDT", "NPR", "LKR"})
LAKH_TAKEN_AS = N_("the amount {text} is counted in lakh or crore: taken as {currency}")
#: "5 arab", "2 अरब" (a thousand million as India and Pakistan count) in a sheet kept in other money:
#: rupees as a lakh is, said (money64: kept as five thousand million yuan).
_ARAB_WORDS = re.compile(r"\d\s*(?:arabs?|अरब)$", re.IGNORECASE)
ARAB_TAKEN_AS = N_("the amount {text} is counted in arab (a thousand million): taken as {currency}")


class _AmountUnread(ValueError):
    def __init__(self, amount: str, reason: str = "", values: dict[str, str] | None = None) -> None:
        super().__init__(amount)
        self.reason = reason
        #: what ``reason`` names besides the amount ("{text}" of an :class:`AmountError`)
        self.values = values or {}

    @classmethod
    def because(cls, amount: str, error: AmountError) -> _AmountUnread:
        """The amount refused for ``error``'s own reason ("could be read two ways", "UF"), not as
        "not a number" (field test 123); its text is the cell as written."""
        if error.template == NOT_AN_AMOUNT:  # the sheet's own sentence for it, without the forms
            return cls(amount)
        return cls(amount, error.template, error.as_typed(amount).values)


#: Said of an amount in pesos where the sheet's currency is no peso: refused, not guessed.
PESOS_OF_WHICH_COUNTRY = N_(
    "the amount “{amount}” is in pesos of which country? Write the code before it: COP 45.000.000, MXN …"
)


#: ¥ (also ￥, and "\\" where a Shift_JIS file's yen sign was decoded as a backslash) is the yen in
#: Japan and the yuan in China: the sheet's currency decides, said in the preview; elsewhere refused.
#: A Tokyo office's "¥120,000,000" was kept as 120 million yuan (field test 115).
_YEN_SIGN = re.compile(r"(?:[¥￥]|\\(?=\s*\d))\s*(.+)")
YEN_TAKEN_AS = N_("{text}: ¥ taken as {currency}, the sheet's currency (¥ is the yen and the yuan)")
YEN_OR_YUAN = N_(
    "the amount “{amount}” has ¥, the sign of the yen and of the yuan: write JPY or CNY before it"
)
#: A bare "$" is the sheet's currency where "$" is its sign: pesos in Mexico City, said (field 116).
DOLLAR_TAKEN_AS = N_("{text}: $ taken as {currency}, the sheet's currency ($ is the peso's sign there)")
#: "Rs" is the rupee of Pakistan, Sri Lanka, Nepal … as of India: the sheet's or the office's, said.
RUPEE_TAKEN_AS = N_("{text}: Rs taken as {currency}, the rupee of the sheet or the office's country")
#: "1億2,000万": hundred millions and ten thousands together, as Japan (億) and China (亿) write them.
#: ¥ beside a code that says whose it is: "JPY ¥120,000", "¥120,000 JPY", "RMB ¥500".
_YEN_CODE = re.compile(
    r"(?P<before>JPY|CNY|RMB)\s*(?P<a>[¥￥\\].*)|(?P<b>[¥￥\\].*?)\s*(?P<after>JPY|CNY|RMB)", re.IGNORECASE
)
_OKU_MAN = re.compile(r"(?P<oku>\d[\d,]*(?:\.\d+)?)\s*[億亿]\s*(?:(?P<man>\d[\d,]*(?:\.\d+)?)\s*万)?")


#: A sign after the number, as Spanish, French and German offices write money: "12.500 €",
#: "12,500 $" (₮ after is the tögrög's rule below). Read as the same sign before it; so is one after a
#: number with its scale words, as Latin American sheets write it: "250 mil US$", "2,5 millones $".
#: (a word is followed by a space: the "US" of "250.000 US$" is the sign's)
_SIGN_AFTER = re.compile(r"(?P<amount>.*\d(?:\s*[^\W\d_]+\.?(?=\s))*)\s*(?P<sign>US\$|R\$|COL\$|[$€£₹₺])")
#: "Rs" after the amount, as South Asian offices also write it: "12 lakh Rs.", "12,00,000 Rs" (not
#: the end of a word: "5 MRs" is none).
_RUPEES_AFTER = re.compile(r"(?P<amount>.*\d.*?)\s*(?<![A-Za-z])Rs\.?")
#: One dot before three digits: "1.234", a thousand and more or one and a bit (as amounts._DOT_OR_GROUP).
_DOT_OR_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
#: Dots between groups of three and nothing else: "12.500", "1.250.000".
_DOTS_BETWEEN_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")


#: "FCFA" of a row whose country is unknown: the West African franc, the likelier, said.
CFA_TAKEN_AS_XOF = N_(
    "{text}: FCFA taken as the West African CFA franc (XOF); no country of the row or its partner tells"
)


@dataclass
class _Cell:
    """An amount cell on its way through :data:`_STEPS`: what is left to read and what is known of it."""

    value: Any  # the cell with its digits made Latin: named in notes and refusals
    text: str  # what is left to read
    sheet_currency: str  # the column's, else the office's currency
    currency: str  # the currency read so far
    country: str  # the row's, else the office's country, as given
    cfa_franc: str
    juta: str
    notes: list[Note]
    shown: str = ""  # the cell as read once its digits are Latin (_text of value): refusals name it
    written: str = ""  # the text once the peso marks are rewritten, before any sign comes off
    yen_said: str = ""  # the yen or yuan said beside a ¥ ("¥3,500万円", "JPY ¥120,000"): it decides
    name_said: str = ""  # the currency named in Chinese ("500万美元"): it says whose "$" is
    sign_said: str = ""  # the currency of a sign that is one currency's alone (€, ₮, US$; not $, £, Rs)
    sign_after: bool = False  # a sign after the number, continental Europe's way: dots group thousands
    decimal_mark: str = ""  # the one the column's other cells write ("," or "."), "" unknown
    read: tuple[float | None, str, list[Note]] | None = None  # an answer before the number is read
    typed: str = ""  # the text cell before its digits were made Latin ("١٢٬٥٠٠": its ٬ only groups)

    @property
    def place(self) -> str:
        return self.country.strip().upper()

    @property
    def bare(self) -> bool:
        """Whether the cell is a number alone in Latin digits, no sign, code or word taken off ("12,500")."""
        return self.text.strip() == self.shown.strip() == self.typed.strip()

    @property
    def mil_thousand(self) -> bool:
        """ "US$ 250 mil", and "$250 mil" in pesos: "mil" is a thousand beside the peso (field 116)."""
        # in the text as rewritten: "U$S 250 mil" is "US$ 250 mil" (it was refused in a yuan sheet)
        return bool(re.search(r"R\$|US\$|COL\$", self.written)) or self.currency in PESOS

    def refused(self, reason: str = "", error: AmountError | None = None) -> _AmountUnread:
        """The one place a cell is refused: with ``reason``, ``error``'s own, or as no number."""
        if error is not None:
            return _AmountUnread.because(self.shown, error)
        return _AmountUnread(self.shown, reason)


# Digit converters, in order, on the cell as typed (each leaves other digits alone).
def _arabic_digits(cell: _Cell) -> None:
    """Arabic-Indic digits and Egypt's words ("١٢٬٥٠٠٬٠٠٠ ج.م.", field 118): first, as typed."""
    cell.text = latin_amount(cell.text)


def _thai_digits(cell: _Cell) -> None:
    """Thai digits and baht words ("฿12,500,000", "12.5 ล้านบาท", field test 120)."""
    cell.text = thai_latin_amount(cell.text)


def _bengali_digits(cell: _Cell) -> None:
    """Bengali digits and the taka ("৳ ৪৫,০০,০০০", "Tk 2.5 crore", field 122)."""
    cell.text = latin_taka_amount(cell.text)


#: Rupees written in Urdu where neither the sheet's currency nor the row's country says whose.
URDU_RUPEES_TAKEN_AS = N_("{text}: rupees written in Urdu, taken as {currency}, Pakistan's rupee")


def _urdu_rupees(cell: _Cell) -> None:
    """Urdu's lakh, crore and rupees ("۲۵ لاکھ روپے", money63: refused): Pakistan's rupee unless the
    sheet is kept in Indian rupees or the row is Indian; said where nothing names Pakistan."""
    indian = cell.sheet_currency == "INR" or cell.place == "IN"
    latin = latin_urdu_amount(cell.text, "INR" if indian else "PKR")
    if latin != cell.text and not indian and cell.sheet_currency != "PKR" and cell.place != "PK":
        cell.notes.append(Note(URDU_RUPEES_TAKEN_AS, {"text": cell.value, "currency": "PKR"}))
    cell.text = latin


def _paise_mark(cell: _Cell) -> None:
    """ "Rs. 1,00,00,000/-": the "/-" of a whole rupee amount off (money63: refused as no number)."""
    cell.text = without_paise_mark(cell.text)


def _persian_rials(cell: _Cell) -> None:
    """Persian digits, rials and tomans ("2.5 میلیارد تومان", field 125): last, tomans kept as rials, said."""
    cell.text, tomans = latin_rial_amount(cell.text, iran=cell.place == "IR")
    if tomans:
        cell.notes.append(Note(TOMANS_AS_RIALS, {"text": cell.value, "amount": cell.text}))


_DIGIT_CONVERTERS: tuple[Callable[[_Cell], None], ...] = (
    _arabic_digits,
    _thai_digits,
    _bengali_digits,
    _urdu_rupees,  # before the rials: Urdu shares Persian's digits, not its words
    _paise_mark,
    _persian_rials,
)


# What the cell says of its currency, in order: each reads the text the ones before it left.
def _chile_uf(cell: _Cell) -> None:
    """Chile's UF: refused, not taken as money; before any sign, as the cell was written."""
    if in_unidades_de_fomento(cell.text):
        raise cell.refused(IN_UNIDADES_DE_FOMENTO)


def _peso_marks(cell: _Cell) -> None:
    """ "U$S 250.000" as "US$", "MM$ 250", "M$" where the row is Chilean (field 123): before the signs."""
    cell.text = cell.written = rewritten_peso_marks(cell.text, "CLP" if cell.place == "CL" else "")


def _mexican_peso_words(cell: _Cell) -> None:
    """ "$12.5 mdp", "3 MDD", "$ 1,234,567 M.N.": read whole here, before "$" is taken as a sign."""
    try:
        if (mexican := peso_words(cell.text, cell.sheet_currency)) is not None:
            number, in_currency, size = mexican
            millions = parse_amount(number)
            cell.read = (None if millions is None else millions * size), in_currency, cell.notes
    except AmountError as exc:
        raise cell.refused(error=exc) from exc
    except ValueError as exc:
        raise cell.refused() from exc


def _chinese_currency_names(cell: _Cell) -> None:
    """ "200万美元", "3,500万円": the name comes off; 円 is the yen said, which decides a ¥ below."""
    for word, code in _CURRENCY_NAMES.items():
        if word in cell.text:
            cell.text, cell.currency = cell.text.replace(word, "").strip(), code
            cell.name_said = code
            cell.yen_said = code if code == "JPY" else cell.yen_said


def _yen_beside_code(cell: _Cell) -> None:
    """ "JPY ¥120,000", "RMB ¥500": the code says whose ¥; before the signs, which would take ¥'s code."""
    if coded := _YEN_CODE.fullmatch(cell.text):
        code = (coded["before"] or coded["after"]).upper()
        cell.text, cell.yen_said = coded["a"] or coded["b"], "CNY" if code == "RMB" else code


#: What each sign several currencies write may stand for, to tell whether a second sign agrees.
_MANY_SIGN_CURRENCIES: dict[str, frozenset[str]] = {
    "$": DOLLAR_SIGN_CURRENCIES,
    "£": frozenset({"GBP", "EGP"}),
    "Rs": frozenset(RUPEE_OF_COUNTRY.values()) | {"INR"},
    "Rs.": frozenset(RUPEE_OF_COUNTRY.values()) | {"INR"},
}
#: Two signs before one amount that name two currencies ("€ $5"): refused, not the last one taken.
TWO_SIGNS = N_("the amount “{amount}” has the signs of two currencies: write one")


def _sign_at_start(text: str) -> str:
    """The first of _CURRENCY_SIGNS (longer before shorter: "US$" before "$") that ``text`` starts with."""
    return next((sign for sign in _CURRENCY_SIGNS if text.startswith(sign)), "")


def _signs_agree(first: str, second: str) -> bool:
    """ "US$ $5" agree ("$" may be the US dollar); "€ $5", "US$ R$5" do not."""
    codes = [_MANY_SIGN_CURRENCIES.get(s, frozenset({_CURRENCY_SIGNS[s]})) for s in (first, second)]
    return first == second or bool(codes[0] & codes[1])


def _signs_before(cell: _Cell) -> None:
    """The sign before the number (_CURRENCY_SIGNS): "$" is the sheet's peso, "Rs" its rupee. A second
    sign must agree ("US$ $5" is US dollars, not the sheet's pesos: it was read as MXN in Mexico City)."""
    if not (sign := _sign_at_start(cell.text)):
        return
    cell.text = cell.text[len(sign) :].strip()
    if second := _sign_at_start(cell.text):
        if not _signs_agree(sign, second):
            raise cell.refused(TWO_SIGNS)
        cell.text = cell.text[len(second) :].strip()
        sign = second if sign in _SIGNS_OF_MANY else sign  # the one currency's sign says whose
    code = _CURRENCY_SIGNS[sign]
    cell.sign_said = "" if sign in _SIGNS_OF_MANY else code
    if cell.name_said:  # "$500万美元": the name says whose "$"; "€500万美元" names two
        if sign not in _SIGNS_OF_MANY and code != cell.name_said:
            raise cell.refused(SIGN_AND_CODE)
        return
    # a bare "$" is the office's own money where that is its sign: pesos in Mexico City
    cell.currency = dollar_sign_currency(cell.sheet_currency) if sign == "$" else code
    if sign == "$" and cell.currency != "USD":
        cell.notes.append(Note(DOLLAR_TAKEN_AS, {"text": cell.shown, "currency": cell.currency}))
    if sign in ("Rs", "Rs."):
        cell.currency = rupee_of(cell.sheet_currency, cell.country)
    if sign in ("Rs", "Rs.") and cell.currency != "INR":
        # a Karachi office's "Rs. 12 lakh" was kept as Indian rupees (field test 122)
        cell.notes.append(Note(RUPEE_TAKEN_AS, {"text": cell.shown, "currency": cell.currency}))


def _rupees_after(cell: _Cell) -> None:
    """ "12 lakh Rs.", "12,00,000 Rs": the rules of "Rs. 12 lakh" (was refused), before the signs after."""
    if cell.text != cell.written or not (after := _RUPEES_AFTER.fullmatch(cell.text)):
        return
    cell.text, cell.currency = after["amount"], rupee_of(cell.sheet_currency, cell.country)
    if cell.currency != "INR":
        cell.notes.append(Note(RUPEE_TAKEN_AS, {"text": cell.shown, "currency": cell.currency}))


def _sign_after(cell: _Cell) -> None:
    """ "12.500 €", "12,500 $": as the sign before, only where nothing came off the front ("250.000 U$S")."""
    if cell.text != cell.written or not (after := _SIGN_AFTER.fullmatch(cell.text)):
        return
    sign, cell.text, cell.sign_after = after["sign"], after["amount"], True
    cell.sign_said = "" if sign in _SIGNS_OF_MANY else _CURRENCY_SIGNS[sign]
    cell.currency = dollar_sign_currency(cell.sheet_currency) if sign == "$" else _CURRENCY_SIGNS[sign]
    if sign == "$" and cell.currency != "USD":
        cell.notes.append(Note(DOLLAR_TAKEN_AS, {"text": cell.shown, "currency": cell.currency}))


def _yen_sign(cell: _Cell) -> None:
    """¥: the yen or yuan said beside it, else the sheet's where that is one of them, else refused."""
    if not (yen := _YEN_SIGN.fullmatch(cell.text)):
        return
    if cell.yen_said:
        cell.text, cell.currency = yen[1], cell.yen_said
    elif cell.sheet_currency not in ("JPY", "CNY"):
        raise cell.refused(YEN_OR_YUAN)
    else:
        cell.text, cell.currency = yen[1], cell.sheet_currency
        cell.notes.append(Note(YEN_TAKEN_AS, {"text": cell.shown, "currency": cell.currency}))


def _oku_man(cell: _Cell) -> None:
    """ "1億2,000万" as one number, once ¥ and 円 are off."""
    if oku_man := _OKU_MAN.fullmatch(cell.text):
        oku, man = (float((part or "0").replace(",", "")) for part in (oku_man["oku"], oku_man["man"]))
        cell.text = f"{oku * 1e8 + man * 1e4:.0f}"


def _togrog_after(cell: _Cell) -> None:
    """ "12.5 сая төгрөг", "12,500,000₮" (field 119)."""
    if togrog := _TOGROG_AFTER.fullmatch(cell.text):
        cell.text, cell.currency = togrog["amount"], "MNT"


def _tenge_after(cell: _Cell) -> None:
    """ "12,5 млн тенге", "3 млрд ₸" (field 121)."""
    if tenge := _TENGE_AFTER.fullmatch(cell.text):
        cell.text, cell.currency = tenge["amount"], "KZT"


def _zloty_koruna_after(cell: _Cell) -> None:
    """ "1 234 567,89 zł", "12 500 000 Kč" as the amount box reads them (field 124); dots then group."""
    if zloty_koruna := _ZLOTY_KORUNA_AFTER.fullmatch(cell.text):
        cell.text, cell.currency = zloty_koruna["amount"], _ZLOTY_KORUNA[zloty_koruna["sign"]]
        cell.sign_after = True


#: "12,500 €" where the comma is the decimal mark and the column does not tell: refused, both named.
COMMA_TWO_WAYS = N_(
    "the amount “{amount}” reads two ways in {country}, where the comma is the decimal mark: {decimal} "
    "or {grouped}, and the column's other amounts do not tell which: write it as 12,5 or as 12.500"
)
COMMA_TAKEN_AS_DECIMAL = N_("{text}: the comma taken as the decimal mark ({amount}), as the column writes it")


def _comma_decimal_or_group(cell: _Cell) -> None:
    """ "12,500 €" at an office whose numbers have a decimal comma (a German one writes twelve and a
    half so; it was read as 12,500 everywhere): the column's other cells decide, else refused. So is a
    bare "12,500" in a row whose own country writes a decimal comma (money63: read as 12,500 there)."""
    european = cell.sign_after or cell.bare  # "€ 12,500" is written the English way: a thousands comma
    if not (european and COMMA_OR_GROUP.fullmatch(cell.text) and decimal_comma_country(cell.place)):
        return
    if cell.decimal_mark == ".":
        return  # "1,234,567 €" in the same column: the comma groups thousands
    decimal = f"{float(cell.text.replace(',', '.')):g}"
    if cell.decimal_mark != ",":
        grouped = cell.text.replace(",", " ")
        values = {"country": cell.place, "decimal": decimal, "grouped": grouped}
        raise _AmountUnread(cell.shown, COMMA_TWO_WAYS, values)
    cell.text = decimal
    cell.notes.append(Note(COMMA_TAKEN_AS_DECIMAL, {"text": cell.shown, "amount": decimal}))


#: A bare "1.234" in a row whose country writes a decimal comma (Germany, Brazil): read as it is written
#: there, and said, as the office may write otherwise (money63: refused as two ways).
DOT_TAKEN_AS_GROUP = N_(
    "{text}: the dot taken as between thousands ({amount}), as numbers are written in {country}"
)


def _dot_between_thousands(cell: _Cell) -> None:
    """ "1.234", "12.500" alone in a German or Brazilian row: a thousand and more, said; after the signs."""
    if cell.currency in DOT_GROUP_CURRENCIES | {"IDR"} or cell.sheet_currency in DOTS_GROUP_ALL_AMOUNTS:
        return  # read so as before, without a word: the currency's own way
    if cell.bare and _DOT_OR_GROUP.fullmatch(cell.text.strip()) and decimal_comma_country(cell.place):
        cell.text = cell.text.strip().replace(".", "")
        values = {"text": cell.shown, "amount": cell.text, "country": cell.place}
        cell.notes.append(Note(DOT_TAKEN_AS_GROUP, values))


def _lira(cell: _Cell) -> bool:
    """ "1.250.000 TL", "TL 5": a letter before "TL" makes it another code's ending ("5 MTL")."""
    if lira := re.fullmatch(r"TL\s*(\d.*)|(.*\d.*?)\s*(?<![A-Za-z])TL", cell.text):
        cell.text, cell.currency = lira[1] or lira[2], "TRY"
    return bool(lira)


def _rand(cell: _Cell) -> bool:
    """ "R 1 234 567,89", the rand (field 111)."""
    if rand := re.fullmatch(r"R\s*(\d.*)", cell.text):
        cell.text, cell.currency = rand[1], "ZAR"
    return bool(rand)


def _peso_or_pula(cell: _Cell) -> bool:
    """ "P12.5M": Manila's peso or Botswana's pula, by the sheet's currency, else the country; else refused"""
    if not (peso := _P_SIGN.fullmatch(cell.text)):
        return False
    if cell.sheet_currency in _P_CURRENCIES.values():
        cell.currency = cell.sheet_currency
    elif not (currency := _P_CURRENCIES.get(cell.place, "")):
        raise cell.refused()
    else:
        cell.currency = currency
    cell.text = peso[1]
    return True


def _ringgit(cell: _Cell) -> bool:
    """ "RM 1,5 juta", Malaysia's ringgit."""
    if ringgit := re.fullmatch(r"RM\s*(\d.*)", cell.text):
        cell.text, cell.currency = ringgit[1], "MYR"
    return bool(ringgit)


def _birr(cell: _Cell) -> bool:
    """ "Br 2,000,000", Ethiopia's birr (field 117)."""
    if birr := _BIRR.fullmatch(cell.text):
        cell.text, cell.currency = birr[1], "ETB"
    return bool(birr)


def _cfa_franc(cell: _Cell) -> bool:
    """ "2,5 millions FCFA": the column's franc, else the row's or its partner's (XAF), else XOF, said."""
    if (unmarked := without_cfa_mark(cell.text)) is None:
        return False
    cell.text, cell.currency = unmarked, which_cfa_franc(cell.sheet_currency, "") or cell.cfa_franc
    if not cell.currency:
        cell.currency = "XOF"
        cell.notes.append(Note(CFA_TAKEN_AS_XOF, {"text": cell.shown}))
    return True


#: Letter signs of one office each, tried in this order and the first that reads the cell alone: "TL"
#: before "R" and "P", whose one letter would otherwise take a lira's amount.
_OFFICE_SIGNS: tuple[Callable[[_Cell], bool], ...] = (
    _lira,
    _rand,
    _peso_or_pula,
    _ringgit,
    _birr,
    _cfa_franc,
)


def _office_sign(cell: _Cell) -> None:
    """The first of the offices' letter signs (_OFFICE_SIGNS) that reads the cell."""
    any(rule(cell) for rule in _OFFICE_SIGNS)


def _currency_words(cell: _Cell) -> None:
    """ "45 millones de pesos": a currency named in words, unless it is the one read; several, refused."""
    if (said := currencies_said(cell.text)) and cell.currency not in said:
        if len(said) > 1:  # in a sheet kept in reais: which country's pesos?
            raise cell.refused(PESOS_OF_WHICH_COUNTRY)
        cell.currency = said[0]


#: A code is a word of its own: "de pesos" does not end in the Somali shilling (SOS).
_ISO_CODE = re.compile(r"([A-Za-z]{3})(?![A-Za-z])\s*(.+?)|(.+?)\s*(?<![A-Za-z])([A-Za-z]{3})")
_SCALED = re.compile(r"\d\s*(?:m|mn|bn)$", re.IGNORECASE)


def _iso_code(cell: _Cell) -> None:
    """A code before ("KES 1.2M", field 117) or after, not beside a unit; after the signs, to compare."""
    if not (iso := _ISO_CODE.fullmatch(cell.text)) or not (iso[1] or not _SCALED.search(cell.text)):
        return
    code, amount = (iso[1], iso[2]) if iso[1] else (iso[4], iso[3])
    if currency_problem(code.upper()) is None or code.upper() == "RMB":
        cell.text, cell.currency = amount, "CNY" if code.upper() == "RMB" else code.upper()
        if cell.sign_said and cell.currency != cell.sign_said:  # "€ 12,500 USD": which? refused
            raise cell.refused(SIGN_AND_CODE)
        # "$ 5,000,000 USD" at Mexico City: the code says whose "$" was, not the sheet, as said above
        taken = (DOLLAR_TAKEN_AS, RUPEE_TAKEN_AS)
        cell.notes = [
            n for n in cell.notes if n.sentence not in taken or n.values["currency"] == cell.currency
        ]


def _juta_or_lakh(cell: _Cell) -> None:
    """ "750 juta", "2.5 crore" where no sign or code said the currency: whose, from the country."""
    currency = cell.currency
    juta_kept = currency in _JUTA_CURRENCIES.values()
    # "milyar" is Turkish too: "12 milyar TL", or in lira where the sheet is kept in lira (field 114)
    turkish_milyar = currency == "TRY" and re.search(r"\dmilyar$", cell.text.replace(" ", ""), re.IGNORECASE)
    juta_said = _RUPIAH_WORDS.search(cell.text) and not turkish_milyar
    if currency == cell.sheet_currency and not juta_kept and juta_said:
        # "750 juta" was kept as 750 million yuan, and "RM 1,5 juta" as rupiah: the sign (above),
        # then the column's currency, then the row's or office's country say whose; else refused
        if not _MALAY_WORDS.search(cell.text):
            cell.currency = "IDR"
        elif not (juta := _JUTA_CURRENCIES.get(cell.place, "") or cell.juta):
            raise cell.refused(JUTA_OF_WHICH)
        else:
            cell.currency = juta
    elif currency == cell.sheet_currency not in _LAKH_CURRENCIES and _LAKH_WORDS.search(cell.text):
        # "2.5 crore" was kept as 25 million yuan: rupees, the likeliest, and said as taken
        cell.currency = "INR"
        cell.notes.append(Note(LAKH_TAKEN_AS, {"text": cell.shown, "currency": cell.currency}))
    elif currency == cell.sheet_currency not in _LAKH_CURRENCIES and _ARAB_WORDS.search(cell.text):
        cell.currency = "INR"
        cell.notes.append(Note(ARAB_TAKEN_AS, {"text": cell.shown, "currency": cell.currency}))


def _nothing_left(cell: _Cell) -> None:
    """A sign or currency alone ("$", "円"): no amount, said rather than emptied; once all are off."""
    if not cell.text.strip():
        raise cell.refused()


def _thousands_k(cell: _Cell) -> None:
    """ "USD 250K": the K is a thousand; after the code came off."""
    if thousands := _THOUSANDS_K.fullmatch(cell.text):
        cell.text = f"{float(thousands['number'].replace(',', '')) * 1000:.2f}"


def _czech_mil(cell: _Cell) -> None:
    """ "2,5 mil. Kč": a million only where the row is Czech or the amount in koruna ("5 mil. Kč" was
    refused at other offices, money63), and no peso or dollar makes it a thousand."""
    czech = cell.place == "CZ" or cell.currency == "CZK"
    if czech and not cell.mil_thousand and (mil := _CZECH_MIL.fullmatch(cell.text)):
        cell.text = f"{mil['number']} mln"


def _range(cell: _Cell) -> None:
    """ "300-500万元": the upper end, whose unit is written once; last, on the bare number."""
    from petdesk.exchange.flat import _AMOUNT_RANGE

    if found := _AMOUNT_RANGE.fullmatch(cell.text):
        said = N_("the amount {text} is a range: its upper end is taken")
        cell.notes.append(Note(said, {"text": cell.shown}))
        cell.text = found[2]


#: What parse_money reads of a text cell, in this order (each step's docstring says why it is there).
_STEPS: tuple[Callable[[_Cell], None], ...] = (
    _chile_uf,
    _peso_marks,
    _mexican_peso_words,
    _chinese_currency_names,
    _yen_beside_code,
    _signs_before,
    _rupees_after,
    _sign_after,
    _yen_sign,
    _oku_man,
    _togrog_after,
    _tenge_after,
    _zloty_koruna_after,
    _comma_decimal_or_group,
    _dot_between_thousands,
    _office_sign,
    _currency_words,
    _iso_code,
    _juta_or_lakh,
    _nothing_left,
    _thousands_k,
    _czech_mil,
    _range,
)


def _number(cell: _Cell, factor: float, header: str) -> tuple[float | None, str, list[Note]]:
    """The number left once the steps are done, in the column's unit unless the cell said its own."""
    from petdesk.exchange.flat import _factor

    text, currency = cell.text, cell.currency
    try:
        amount = parse_amount(
            text,
            rupiah=currency == "IDR",
            dot_groups=currency in DOT_GROUP_CURRENCIES
            # a sheet kept in Argentine or Chilean pesos writes its dollars alike: "U$S 250.000"
            or cell.sheet_currency in DOTS_GROUP_ALL_AMOUNTS
            # "U$S 25.000" is written so only where dots group thousands (Uruguay, Argentina)
            or southern_cone_dollar(cell.shown)
            # a sign after the number is continental Europe's way, whose dot groups: "12.500 €"
            or bool(cell.sign_after and _DOTS_BETWEEN_GROUPS.fullmatch(text.strip()))
            # before "juta" a dot groups in ringgit as in rupiah: "RM 1.500 juta" as "Rp 1.500 juta"
            or bool(currency in _JUTA_CURRENCIES.values() and _MALAY_WORDS.search(text)),
            mil_thousand=cell.mil_thousand,
        )
    except AmountError as exc:
        raise cell.refused(error=exc) from exc
    if amount is None:
        return None, currency, cell.notes
    if currency != cell.sheet_currency or re.search(r"[A-Za-z$€£₹]", cell.shown):
        factor = 1.0  # "USD 1,200,000" in a 万元 column says its own amount, as "500万" does
    factor = _factor(text, factor)
    return amount * factor, currency, cell.notes + _factor_note(cell.value, factor, header, amount * factor)


def parse_money(
    value: Any,
    factor: float = 1.0,
    currency: str = "CNY",
    *,
    cfa_franc: str = "",
    header: str = "",
    country: str = "",
    juta: str = "",
    decimal_mark: str = "",
) -> tuple[float | None, str, list[Note]]:
    """(amount, currency, notes) of an amount cell: a number in the header's unit (500 in a 万元
    column is 5,000,000), or text with its own unit or currency ("200万美元", "USD 1,200,000",
    "€1.5m"); a range (300-500) is read as its upper end, as the needs import reads one (field 97),
    and said. ``cfa_franc``: the franc "FCFA" is in the row's country (XOF or XAF), "" unknown.
    ``header``: the column's header, named when its factor is applied ("Budget (USD mn)").
    ``country``: the row's (else the office's) country, which tells whose "juta" an amount is;
    ``juta``: else the currency the sheet's other amounts give it (:func:`sheet_juta`).
    ``decimal_mark``: the one the column's other cells write (:func:`column_decimal_mark`), which says
    whether "12,500 €" is twelve and a half where the country writes a decimal comma.
    Raises ValueError (the message names the cell) for text that is no amount: text runs through
    :data:`_DIGIT_CONVERTERS`, then :data:`_STEPS`, then :func:`_number`."""
    if value is None or _text(value) == "":
        return None, currency, []
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value) * factor, currency, _factor_note(value, factor, header, float(value) * factor)
    cell = _Cell(value, "", currency, currency, country, cfa_franc, juta, [], decimal_mark=decimal_mark)
    if isinstance(value, str):
        cell.text = cell.typed = value
        for convert in _DIGIT_CONVERTERS:
            convert(cell)
        cell.value = cell.text
    cell.text = cell.shown = _text(cell.value)
    for step in _STEPS:
        step(cell)
        if cell.read is not None:
            return cell.read
    return _number(cell, factor, header)


#: How long a submitted or approved row stays open after its last date when the sheet gives no end.
STALE_AFTER = dt.timedelta(days=365)
#: What the preview says of a row whose years the rule of :func:`stage_moves` ended.
ENDED_ON = N_("ended on {date}: added as closed")
END_AHEAD = N_(
    "marked closed, but its end date {date} lies ahead: added as closed now, not on that day "
    "(the date is kept in the description)"
)
LAPSED_UNAPPROVED = N_("no later date in the sheet than {date}: taken as not approved at the end of {year}")
LAPSED_CLOSED = N_("no later date in the sheet than {date}: taken as closed at the end of {year}")
#: The rule, said once in the preview above the rows it changed.
YEARS_RULE = N_(
    "A project counts under way only in the years the sheet shows: one whose end date has passed is "
    "closed on it; a submitted or approved one with no end date and no date in the year before the "
    "import is taken as over at the end of its last date's year. A running one without an end date "
    "stays running."
)


def stage_moves(
    stage: ProjectStatus,
    *,
    submitted: dt.date | None,
    deadline: dt.date | None,
    stage_date: dt.date | None,
    ended: dt.date | None,
    today: dt.date,
    started: dt.date | None = None,
    stage_unread: bool = False,
) -> tuple[ProjectStatus, tuple[tuple[ProjectStatus, dt.date], ...], list[Note]]:
    """(stage, dated moves, notes) of a past project, by one rule, so that ``report year`` and
    ``projects --year`` count it only in the years it ran (a 2019 已申报 row counted under way in
    every later year). The submission date dates the move to submitted and the stage date (批复日期)
    the move to the row's stage; without a stage date the submission date, else the deadline (today
    when it lies ahead: the import's day, the latest the row can have reached its stage), dates
    the stage. An end date that has passed closes the project on that day (a closed row is closed
    on it). A submitted or approved row without an end date whose last date is more than
    :data:`STALE_AFTER` before ``today`` is taken as over at the end of that date's year: a
    submitted one not approved, an approved one closed; the status as typed stays in the
    description. A running row without an end date is left running (the office says when it ends).
    A start date dates a running or closed row's move to running (the project's start).
    ``stage_unread``: the sheet gives a stage date that cannot be read; a later stage is then dated
    only by the sheet's own day for it (a start, an end), never by the submission date or today,
    and the row is not taken as over (its stage may have been reached any year)."""
    early = (ProjectStatus.IDEA, ProjectStatus.PREPARING, ProjectStatus.SUBMITTED)
    notes: list[Note] = []
    if stage == ProjectStatus.CLOSED and ended and ended > today:
        # "closed" with an end date ahead closed the project in the future: the status wins (it is
        # closed now, at the latest today), and the date ahead is said, not taken
        notes.append(Note(END_AHEAD, {"date": ended}))
        stage_date = min(stage_date or today, today)
        ended = None
    if stage == ProjectStatus.CLOSED and ended and not stage_date:
        stage_date = ended
    # an application is dated when it went in; a later stage when it was reached
    if stage == ProjectStatus.RUNNING and started and not stage_date:
        stage_date = started  # running since it started
    # a deadline only bounds the day: the application went in by then, and by today if it lies ahead
    # (field test 121: a submitted row was dated on its deadline next September)
    by = min(deadline, today) if deadline else None
    if stage in early:
        on = submitted or stage_date or by
    else:
        on = stage_date or (None if stage_unread else submitted or by)
    moves = [(stage, on)] if on else []
    if stage not in early and submitted and ((stage_date and submitted < stage_date) or not on):
        moves.insert(0, (ProjectStatus.SUBMITTED, submitted))  # undated stage: its submission kept
    if started and stage == ProjectStatus.CLOSED and on and started < on:
        moves.insert(len(moves) - 1, (ProjectStatus.RUNNING, started))
    if ended and ended < today and stage not in ENDED_STAGES:
        if (
            started
            and stage != ProjectStatus.RUNNING
            and started < ended
            and all(d <= started for _s, d in moves)
        ):
            moves.append((ProjectStatus.RUNNING, started))  # it ran from its start to its end
        stage = ProjectStatus.CLOSED
        moves.append((stage, ended))
        notes.append(Note(ENDED_ON, {"date": ended}))
    elif stage in (ProjectStatus.SUBMITTED, ProjectStatus.APPROVED) and not ended and not stage_unread:
        last = max((d for d in (submitted, stage_date, deadline, started) if d), default=None)
        if last is not None and last < today - STALE_AFTER:
            unapproved = stage == ProjectStatus.SUBMITTED
            stage = ProjectStatus.REJECTED if unapproved else ProjectStatus.CLOSED
            moves.append((stage, dt.date(last.year, 12, 31)))
            notes.append(
                Note(LAPSED_UNAPPROVED if unapproved else LAPSED_CLOSED, {"date": last, "year": last.year})
            )
    return stage, tuple(moves), notes


#: A month without a day, as the sheet writes it ("2019年5月", "2019.5").
_MONTH = re.compile(r"(\d{4})\s*(?:年\s*|[.\-/])(\d{1,2})\s*月?")


#: What the preview says of a Hijri date: the arithmetic calendar may be a day or two off the declared one.
HIJRI_TAKEN = N_("{text} is a Hijri date: {date} is taken (by the arithmetic calendar: check the day)")
#: What the preview says of a Solar Hijri (Persian) date ("1406/01/01"), converted exactly.
JALALI_TAKEN = N_("{text} is a date in the Solar Hijri (Persian) calendar: {date} is taken")
#: What the preview says of an Ethiopian-calendar date ("22/07/2019 E.C."), converted exactly.
ETHIOPIAN_TAKEN = N_("{text} is a date in the Ethiopian calendar: {date} is taken")
#: A row refused for a numeric date that nothing says is Solar (Iran, Afghanistan) or lunar Hijri.
TWO_CALENDARS = N_(
    "“{date}” is {solar} in the Solar Hijri (Persian) calendar but {lunar} in the lunar Hijri one, "
    "and nothing says which: write SH (هـ.ش) or AH (هـ) after it, or give the row's country"
)


def parse_day(
    value: Any, *, last: bool = False, order: str | None = None, country: str = "", header: str = ""
) -> tuple[dt.date | None, Note | None]:
    """A date cell as the workbook writes it: a date, an Excel serial, 2019.5.12, 2019年5月12日,
    01/03/2027 in the ``order`` the office's country writes dates (:mod:`petdesk.day_order`, as the
    visits import reads them); a month alone (2019年5月) is its first day (its last for a deadline,
    ``last``), which is said. A numeric date of year 1300-1499 is Solar or lunar Hijri as the cell,
    its column's ``header`` or the row's or office's ``country`` says (TwoCalendars, a ValueError,
    when none does). Raises ValueError for text that is none of these."""
    if value is None or _text(value) == "":
        return None, None
    written = _text(value)  # what the error names: the cell as typed, not its era date's reading
    value = western_date(written) or value  # "令和9年4月1日", "R9.4.1" (field test 115)
    if buddhist := buddhist_day(written):  # "15/03/2570", "15 มี.ค. 2570" (field test 120)
        return buddhist, Note(BUDDHIST_TAKEN, {"text": written, "date": buddhist})
    # "1406/01/01" in Tehran, "1448/09/15" in Riyadh (field test 125); ValueError if no such day
    if hijri_numeric := numeric_hijri_day(written, country=country, header=header):
        hijri_date, which = hijri_numeric
        sentence = JALALI_TAKEN if which == SOLAR else HIJRI_TAKEN
        return hijri_date, Note(sentence, {"text": written, "date": hijri_date})
    if hijri := hijri_day(written):  # "15 رمضان 1448" (field test 118)
        return hijri, Note(HIJRI_TAKEN, {"text": written, "date": hijri})
    if ethiopian := ethiopian_day(written):  # "22/07/2019 E.C." (field test 117); ValueError if no day
        return ethiopian, Note(ETHIOPIAN_TAKEN, {"text": written, "date": ethiopian})
    try:
        day = _day(value, order)
    except ValueError as exc:
        raise ValueError(written if value != written else str(exc)) from exc  # "令和元年2月29日"
    if day is not None:
        return day, None
    text = _text(value)
    found = _MONTH.fullmatch(text)
    if found and 1 <= int(found[2]) <= 12:
        year, month = int(found[1]), int(found[2])
        day = dt.date(year, month, 1)
        if last:  # the month's last day ("9999年12月" asked for the year 10000's first)
            day = day.replace(day=calendar.monthrange(year, month)[1])
        return day, Note(N_("{text} is a month: {date} is taken"), {"text": text, "date": day})
    raise ValueError(written)


def funder_names(typed: str) -> tuple[str, str, str]:
    """(Chinese, English, acronym) of a funder named in a cell: a well-known one's three names, else
    the cell's text as its Chinese or English name."""
    en, zh = title_halves(typed)
    if en and zh:  # "GIZ / 德国国际合作机构", as petdesk's overview writes both (field projfollow60)
        known = funder_names(en)
        return known if known[2] else funder_names(zh) if funder_names(zh)[2] else (zh, en, "")
    key = _key(typed)
    key = _key(_FUNDER_ALIASES.get(key, key))
    for names in FUNDER_NAMES:
        if key in (_key(n) for n in names if n):
            return names
    return (typed, "", "") if written_in_chinese(typed) else ("", typed, "")


def _find_funders(session: Session, typed: str) -> list[Any]:
    """The known funders a cell names: by the name as typed, else by its other names (an English-only
    record of a funder the sheet names in Chinese)."""
    from petdesk.services.funders import funders_for_name

    zh, en, acronym = funder_names(typed)
    for name_en, name_zh in ((en, zh), (acronym, ""), (en, ""), ("", zh)):
        if (name_en or name_zh) and (found := funders_for_name(session, name_en, name_zh)):
            return found
    return []


def _existing(session: Session) -> set[tuple[str, str]]:
    """(title, funder id) of the live projects, both titles: a row naming one again is in petdesk."""
    p = m.Project
    rows = session.execute(
        select(p.title_en, p.title_zh, p.funder_organisation_id).where(p.deleted_at.is_(None))
    )
    return {(t.casefold(), funder or "") for en, zh, funder in rows for t in (en, zh) if t}


def home_currency(session: Session) -> str:
    """The currency of the office's country (INR in India), CNY where babel knows none."""
    from babel.numbers import get_territory_currencies

    from petdesk.services.office import home_country

    found = get_territory_currencies(home_country(session), tender=True)
    return found[0] if found else "CNY"


#: A header in pesos at an office whose money is no peso: which country's is asked, not guessed.
HEADER_PESOS = N_(
    "{file}, {sheet}: the column “{header}” is in pesos of which country? "
    "Write the code in its header: (COP), (MXN), (ARS) …"
)


def plan_past_projects(session: Session, path: Path, *, sheet: str | None = None) -> PastProjects:
    """What importing ``path`` would add, read only: the preview and ``--dry-run``."""
    from petdesk.labels import country_code_in_any_language
    from petdesk.services.importing import _OrganisationIndex  # the contact import's name-and-country match

    name, rows = read_rows(path, sheet or _money_sheet(path), PROJECTS, header_at=header_index)
    at = header_index(rows)
    if at is None:
        raise PastVisitsError(
            N_(
                "{file}, {sheet}: no row names the columns of a project (项目名称) "
                "and its funder (资金来源) or status (状态)"
            ),
            file=path.name,
            sheet=name,
        )
    columns = column_map(rows[at])
    home = home_currency(session)
    try:
        amount_unit = header_unit(rows[at][columns["amount"]], home) if "amount" in columns else (1.0, home)
        approved_unit = (
            header_unit(rows[at][columns["approved"]], home) if "approved" in columns else (1.0, home)
        )
    except PesosOfWhichCountry as exc:
        raise PastVisitsError(HEADER_PESOS, file=path.name, sheet=name, header=str(exc)) from None
    factor, currency = amount_unit
    amount_header = _text(rows[at][columns["amount"]]) if "amount" in columns else ""
    # "配套资金（万元）" counts in its own header's unit, as the amount columns do
    cofinancing_header = _text(rows[at][columns["cofinancing"]]) if "cofinancing" in columns else ""
    cofinancing_unit = header_unit(cofinancing_header, currency)
    approved_header = _text(rows[at][columns["approved"]]) if "approved" in columns else ""
    money_columns = [columns[c] for c in ("amount", "approved") if c in columns]
    juta = sheet_juta(row[i] for row in rows[at + 1 :] for i in money_columns if i < len(row))
    marks = {i: column_decimal_mark(row[i] for row in rows[at + 1 :] if i < len(row)) for i in money_columns}
    today = dt.date.today()
    result = PastProjects(name, path.name)
    #: each date column's header, which may name its calendar ("تاریخ شروع (شمسی)")
    headers = {what: _text(rows[at][i]) for what, i in columns.items() if i < len(rows[at])}
    office_country = _office_country(session)
    order = day_order(office_country) if office_country else None  # 01/03/2027 is 1 March in Brazil
    known = _existing(session)
    orgs = _OrganisationIndex(session)
    funder_ids: dict[str, str | None] = {}

    def cell(row: Sequence[Any], what: str) -> Any:
        index = columns.get(what)
        return row[index] if index is not None and index < len(row) else None

    for number, row in enumerate(rows[at + 1 :], start=at + 2):
        texts = [_text(v) for v in row]
        if not any(texts):
            continue  # the blank rows under the table
        title = _text(cell(row, "title"))
        if not title:
            # a footnote under the table ("注：金额单位为万元") is said, not taken for a project
            typed = " ".join(str(v).strip() for v in row if _text(v))  # as typed, not folded
            result.skipped.append(Skipped(number, N_("no project named: “{text}”"), {"text": typed}))
            continue
        notes: list[Note] = []
        status = _text(cell(row, "status"))
        stage = stage_of(status) if status else ProjectStatus.IDEA
        if status:
            result.statuses[status] = stage
        if stage is None:
            notes.append(
                Note(
                    N_("status “{status}” is not a stage petdesk has: added at the first stage, idea"),
                    {"status": status},
                )
            )
            stage = ProjectStatus.IDEA
        country = _text(cell(row, "country"))
        code = (country_code_in_any_language(country) or "") if country else ""
        franc = cfa_franc_of(code or _partners_country(orgs, _text(cell(row, "partners"))))
        place = code or _partners_country(orgs, _text(cell(row, "partners"))) or office_country
        row_currency = currency_of_cell(_text(cell(row, "currency")))
        if row_currency and currency_problem(row_currency):
            result.skipped.append(Skipped(number, UNKNOWN_CURRENCY, {"currency": row_currency}))
            continue
        try:
            amount, money, said = parse_money(
                cell(row, "amount"),
                factor,
                row_currency or currency,
                cfa_franc=franc,
                header=amount_header,
                country=place,
                juta=juta,
                decimal_mark=marks.get(columns.get("amount", -1), ""),
            )
            approved, approved_money, said_approved = parse_money(
                cell(row, "approved"),
                approved_unit[0],
                row_currency or approved_unit[1],
                cfa_franc=franc,
                header=approved_header,
                country=place,
                juta=juta,
                decimal_mark=marks.get(columns.get("approved", -1), ""),
            )
        except _AmountUnread as exc:
            reason = exc.reason or N_("the amount is not a number: “{amount}”")
            result.skipped.append(Skipped(number, reason, {"amount": str(exc), **exc.values}))
            continue
        notes += said + said_approved
        try:
            cofinancing, cofinancing_money, said_cofinancing = parse_money(
                cell(row, "cofinancing"),
                cofinancing_unit[0],
                row_currency or cofinancing_unit[1],
                header=cofinancing_header,
                country=place,
                juta=juta,
            )
        except _AmountUnread as exc:
            reason = exc.reason or N_("the amount is not a number: “{amount}”")
            result.skipped.append(Skipped(number, reason, {"amount": str(exc), **exc.values}))
            continue
        notes += said_cofinancing
        remark = _text(cell(row, "remark"))
        if amount is None:
            money = approved_money  # only an approved amount: the project's currency is its
        elif approved is not None and approved_money != money:
            # one currency per project: an approved amount in another is kept, in the description
            notes.append(
                Note(
                    N_(
                        "the amount approved is in {currency}, the amount requested in {other}: "
                        "the amount approved is kept in the description"
                    ),
                    {"currency": approved_money, "other": money},
                )
            )
            kept = f"批复金额 / Amount approved: {_text(cell(row, 'approved'))}"
            remark, approved = (f"{remark}; {kept}" if remark else kept), None
        # an unreadable deadline is said and the row kept without one (it was skipped whole)
        deadline, timed, said = read_deadline(
            cell(row, "deadline"),
            row=number,
            order=order,
            country=place,
            header=headers.get("deadline", ""),
            office_country=office_country,
        )
        notes += said
        for told in said:  # a Hijri or Ethiopian deadline kept as written too, as the other dates
            if told.sentence in (HIJRI_TAKEN, ETHIOPIAN_TAKEN):
                kept = f"{_KEPT_AS[told.sentence]}: {told.values['text']}"
                remark = f"{remark}; {kept}" if remark else kept
        if any(told.sentence in (DEADLINE_UNREAD, TIME_WITHOUT_OFFSET) for told in said):
            # not stored (or its time not): kept in the description as written, as the other dates
            kept = f"{headers.get('deadline', '') or 'deadline'}: {_text(cell(row, 'deadline'))}"
            remark = f"{remark}; {kept}" if remark else kept
        dates: dict[str, dt.date | None] = {"deadline": deadline}
        stage_unread = False
        for what in ("submitted", "stage_date", "ended", "started"):
            try:
                dates[what], note = parse_day(
                    cell(row, what),
                    order=order,
                    country=place,
                    header=headers.get(what, ""),
                )
            except (TwoCalendars, ValueError) as exc:
                if what in _DATES_KEPT_WITHOUT:  # said, and the row kept without it (it was skipped)
                    column, written = headers.get(what, "") or what, _text(cell(row, what))
                    notes += _date_unread(
                        exc,
                        row=number,
                        column=column,
                        text=written,
                        office_country=office_country,
                        order=order,
                    )
                    kept = f"{column}: {written}"  # in the description as written: nothing lost
                    remark = f"{remark}; {kept}" if remark else kept
                    dates[what] = None
                    stage_unread = stage_unread or what == "stage_date"
                    continue
                if isinstance(exc, TwoCalendars):  # "1448/09/15" where neither sheet nor country tells
                    values = {"date": exc.written, "solar": exc.solar, "lunar": exc.lunar}
                    result.skipped.append(Skipped(number, TWO_CALENDARS, values))
                elif reads_two_ways(str(exc)):  # 05/08/2027 where the office's country says nothing
                    reason = _two_ways_reason(office_country, order)
                    result.skipped.append(
                        Skipped(number, reason, {"date": str(exc), "country": office_country})
                    )
                else:
                    result.skipped.append(
                        Skipped(number, N_("no date that can be read: “{date}”"), {"date": str(exc)})
                    )
                break
            if note:
                notes.append(note)
                if note.sentence == HIJRI_TAKEN:  # the day as written, to check against the declared one
                    kept = f"回历日期 / Hijri date: {note.values['text']}"
                    remark = f"{remark}; {kept}" if remark else kept
                if note.sentence == ETHIOPIAN_TAKEN:  # kept as written too, as the Hijri date is
                    kept = f"埃塞俄比亚历日期 / Ethiopian-calendar date: {note.values['text']}"
                    remark = f"{remark}; {kept}" if remark else kept
        else:
            year = _year(cell(row, "year"))
            if year and not any(dates.values()):  # "Tahun 2024" alone dates the row
                dates["stage_date"] = dt.date(year, 1, 1)
                notes.append(
                    Note(
                        N_("only the year {year} is given: {date} is taken"),
                        {"year": year, "date": dates["stage_date"]},
                    )
                )
            stage, moves, said = stage_moves(
                stage,
                submitted=dates["submitted"],
                deadline=dates["deadline"],
                stage_date=dates["stage_date"],
                ended=dates["ended"],
                today=today,
                started=dates["started"],
                stage_unread=stage_unread,
            )
            notes += said
            funder = _text(cell(row, "funder"))
            if funder and funder not in funder_ids:
                found = _find_funders(session, funder)
                if len(found) > 1:
                    names = "; ".join(f.name for f in found)
                    result.skipped.append(
                        Skipped(
                            number,
                            N_("the funder {funder} could be any of {names}"),
                            {"funder": funder, "names": names},
                        )
                    )
                    continue
                funder_ids[funder] = found[0].id if found else None
            funder_id = funder_ids.get(funder) if funder else None
            by = funder_id or (f"new:{funder.casefold()}" if funder else "")
            keys = {(t.casefold(), by) for t in (title, *title_halves(title)) if t}
            if keys & known:
                result.skipped.append(Skipped(number, N_("already in petdesk: {title}"), {"title": title}))
                continue
            known.update(keys)
            partners = []
            for typed in _PARTNER_SEPARATORS.split(_text(cell(row, "partners"))):
                if typed:
                    partner, role = partner_and_role(typed)
                    partners.append(PartnerPlan(partner, _known_partner(orgs, partner, code), code, role))
            result.planned.append(
                ProjectPlan(
                    number,
                    title,
                    stage,
                    status,
                    funder,
                    funder_id,
                    tuple(partners),
                    amount,
                    money,
                    dates["submitted"],
                    dates["deadline"],
                    _text(cell(row, "manager")),
                    remark,
                    tuple(notes),
                    approved=approved,
                    moves=moves,
                    stage_date=dates["stage_date"],
                    ended=dates["ended"],
                    started=dates["started"],
                    # one currency per project: co-financing in another is kept in the description
                    cofinancing=cofinancing if cofinancing_money == money else None,
                    programme=_text(cell(row, "programme")),
                    deadline_time=timed[0],
                    deadline_zone=timed[1],
                    stage_unread=stage_unread,
                )
            )
            if cofinancing is not None and cofinancing_money != money:
                kept = f"配套资金 / Co-financing: {_text(cell(row, 'cofinancing'))}"
                plan = result.planned[-1]
                result.planned[-1] = replace(plan, remark=f"{plan.remark}; {kept}" if plan.remark else kept)
    return result


#: The dates a row is kept without when their cell cannot be read (said under the row, as the
#: deadline is); without its stage date (批复日期) the row's stage move is left undated
#: (:func:`stage_moves`), its year not guessed (projstage62: the row was skipped whole).
_DATES_KEPT_WITHOUT = ("submitted", "stage_date", "ended", "started")
#: Said under a row whose submitted, stage, started or ended date cannot be read; added without it.
DATE_UNREAD = N_(
    "row {row}, column “{column}”: “{text}” is not a date petdesk can read: added without this date"
)


def _date_unread(
    exc: Exception, *, row: int, column: str, text: str, office_country: str, order: str | None
) -> list[Note]:
    """What is said of a submitted, stage, started or ended date that cannot be read: the row, the
    column as the sheet heads it and the text, and why where a reason is known (two calendars,
    a day and month that read two ways)."""
    unread = Note(DATE_UNREAD, {"row": row, "column": column, "text": text})
    if isinstance(exc, TwoCalendars):
        return [unread, Note(TWO_CALENDARS, {"date": exc.written, "solar": exc.solar, "lunar": exc.lunar})]
    if reads_two_ways(str(exc)):
        reason = _two_ways_reason(office_country, order)
        return [unread, Note(reason, {"date": str(exc), "country": office_country})]
    return [unread]


#: Said under a row whose deadline cell cannot be read; the project is added without a deadline.
DEADLINE_UNREAD = N_(
    "row {row}: the deadline “{text}” is not a date petdesk can read: added without a deadline"
)
#: Said of a deadline with a time of day but no UTC offset: whose clock it is, nothing says.
TIME_WITHOUT_OFFSET = N_(
    "row {row}: the deadline's time {time} gives no UTC offset (such as +08:00): the deadline is kept "
    "as the whole day {date}; add its time and zone in the project"
)

#: The sentences above as a table says them in the row they are about (File › Import Past Projects…'s
#: preview): without "row 4:", which repeated the table's own Row column in every warning cell
#: (preview64). The row stays in the note's values; the command line, the log and the report keep it.
IN_THE_ROW = {
    DATE_UNREAD: N_("column “{column}”: “{text}” is not a date petdesk can read: added without this date"),
    DEADLINE_UNREAD: N_("the deadline “{text}” is not a date petdesk can read: added without a deadline"),
    TIME_WITHOUT_OFFSET: N_(
        "the deadline's time {time} gives no UTC offset (such as +08:00): the deadline is kept as the "
        "whole day {date}; add its time and zone in the project"
    ),
}


#: How a date read from another calendar is kept in the description, as written.
_KEPT_AS = {
    HIJRI_TAKEN: "回历日期 / Hijri date",
    ETHIOPIAN_TAKEN: "埃塞俄比亚历日期 / Ethiopian-calendar date",
}


def read_deadline(
    value: Any,
    *,
    row: int,
    order: str | None = None,
    country: str = "",
    header: str = "",
    office_country: str = "",
) -> tuple[dt.date | None, tuple[str, str], list[Note]]:
    """The deadline a cell gives, (its time, its zone) where it gives a time with a UTC offset
    (:mod:`~petdesk.services.deadline_cell`), and what is said of it: a cell that cannot be read is
    said with its row and text, and the row is kept without a deadline (no row is lost to it)."""
    from petdesk.services import deadline_cell

    written = _text(value)
    if not written:
        return None, ("", ""), []
    unread = [Note(DEADLINE_UNREAD, {"row": row, "text": written})]
    try:
        parts = None if isinstance(value, dt.date) else deadline_cell.split(written)
        day_text: Any = parts[0] if parts else value
        day, note = parse_day(day_text, last=True, order=order, country=country, header=header)
    except TwoCalendars as exc:  # "1448/09/15" where nothing tells which Hijri calendar: why, too
        values = {"date": exc.written, "solar": exc.solar, "lunar": exc.lunar}
        return None, ("", ""), [*unread, Note(TWO_CALENDARS, values)]
    except ValueError as exc:  # a DeadlineTimeError ("25:00") is a ValueError too
        if reads_two_ways(str(exc)):  # 05/08/2027 where the office's country says nothing: why, too
            reason = _two_ways_reason(office_country, order)
            return None, ("", ""), [*unread, Note(reason, {"date": str(exc), "country": office_country})]
        return None, ("", ""), unread
    notes = [note] if note else []
    if day is None:
        return None, ("", ""), notes
    time = ""
    if isinstance(value, dt.datetime) and value.time() != dt.time():
        time = value.strftime("%H:%M")  # an Excel date cell with a time: no offset
    elif parts and parts[2] is None:
        time = parts[1]
    if time:
        return day, ("", ""), [*notes, Note(TIME_WITHOUT_OFFSET, {"row": row, "time": time, "date": day})]
    if parts and parts[2] is not None:
        day, time, zone = deadline_cell.stored(day, parts[1], parts[2])
        return day, (time, zone), notes
    return day, ("", ""), notes


def _year(value: Any) -> int | None:
    """The year a cell gives (2024, "2024", "Tahun 2024"), None for none."""
    found = re.search(r"(?<!\d)(19\d\d|20\d\d)(?!\d)", _text(value))
    return int(found[1]) if found else None


def _partners_country(orgs: Any, partners: str) -> str:
    """The country the row's known partners are in, when they agree on one ("" else)."""
    found = {
        orgs.country.get(oid, "") for p in _PARTNER_SEPARATORS.split(partners) if p for oid in orgs.find(p)
    }
    return found.pop() if len(found) == 1 else ""


def _role_words() -> dict[str, PartnerRole]:
    """A partner role by its label in English, Chinese, both, or its code (lower case)."""
    from petdesk.vocab import label

    words: dict[str, PartnerRole] = {}
    for role in PartnerRole:
        en, zh = label(role, "en"), label(role, "zh_CN")
        for word in (en, zh, f"{en} / {zh}", role.value):
            words[word.casefold()] = role
    return words


_ROLE_WORDS = _role_words()
_NAME_AND_ROLE = re.compile(r"(.+?)\s*[(（]([^()（）]+)[)）]")


def partner_and_role(said: str) -> tuple[str, PartnerRole | None]:
    """The organisation and its role of a partner cell "Suwon City (Lead)" / "水原市 (牵头单位)", as
    petdesk's overview and yearly archive write them (read whole, the role made a new organisation
    "Suwon City (Lead)": field projfollow60); a bracket that names no role is part of the name."""
    found = _NAME_AND_ROLE.fullmatch(said.strip())
    role = _ROLE_WORDS.get(found[2].strip().casefold()) if found else None
    return (found[1].strip(), role) if found and role is not None else (said, None)


def _known_partner(orgs: Any, name: str, country: str) -> str | None:
    """The known organisation ``name`` is, in ``country`` (or with none) when the row gives one, as
    the contact import matches a person's employer (two ministries of two countries are two)."""
    en, zh = title_halves(name)  # "Kunming Municipal Government / 昆明市人民政府": either half
    found = orgs.find(name) or (orgs.find(en) or orgs.find(zh) if en and zh else [])
    if country:
        found = [oid for oid in found if orgs.country.get(oid, "") in ("", country)]
    return found[0] if found else None


def _description(plan: ProjectPlan) -> str:
    """The fields a project has no column for, in both languages, so that either reader finds them."""
    lines = []
    if plan.status:
        lines.append(f"原表状态 / Status in the sheet: {plan.status}")
    if plan.submitted:
        lines.append(f"申报日期 / Submitted: {plan.submitted.isoformat()}")
    if plan.started:
        lines.append(f"开始日期 / Started: {plan.started.isoformat()}")
    if plan.stage_date:
        lines.append(f"状态日期 / Status reached: {plan.stage_date.isoformat()}")
    if plan.ended:
        lines.append(f"结束日期 / Ended: {plan.ended.isoformat()}")
    if plan.manager:
        lines.append(f"负责人 / Manager: {plan.manager}")
    if plan.remark:
        lines.append(f"备注 / Remark: {plan.remark}")
    lines.append(f"导入自项目表第 {plan.row} 行 / Imported from the project sheet, row {plan.row}")
    return "\n".join(lines)


def import_past_projects(session: Session, path: Path, *, sheet: str | None = None) -> PastProjects:
    """Add the projects :func:`plan_past_projects` finds, in the caller's transaction (a dry run rolls
    it back), with their funders and partners (made when not known); one import for ``import-undo``."""
    from petdesk.ids import new_id
    from petdesk.services import import_undo
    from petdesk.services.funders import funder_for
    from petdesk.services.org_kind_guess import kind_from_name
    from petdesk.services.projects import create_project

    result = plan_past_projects(session, path, sheet=sheet)
    # made by this import: partners by (name, country), funders by the name typed (one query and one
    # flush each, not one per row: every flush re-indexes the search, 7 ms)
    made: dict[tuple[str, str], str] = {}
    funders: dict[str, str] = {}
    with import_undo.remembered(session, kind=PROJECTS, source=path.name):
        for plan in result.planned:
            funder_id = plan.funder_id
            if plan.funder and funder_id is None and plan.funder in funders:
                funder_id = funders[plan.funder]
            elif plan.funder and funder_id is None:
                zh_name, en_name, acronym = funder_names(plan.funder)
                funder = funder_for(session, en_name, zh_name)
                funder.short_name_en = funder.short_name_en or acronym
                funder_id = funders[plan.funder] = funder.id
            partners: list[tuple[str, PartnerRole]] = []
            for partner in plan.partners:
                org_id = partner.organisation_id or made.get((partner.name, partner.country))
                if org_id is None:
                    en_name, zh_name = title_halves(partner.name)  # "English / 中文" is two names
                    org = m.Organisation(
                        id=new_id(),
                        name_en=en_name,
                        name_zh=zh_name,
                        kind=kind_from_name(en_name, zh_name),
                        country=partner.country,
                        source=f"import:{path.name}",
                    )
                    session.add(org)  # written with the project's first flush
                    org_id = made[(partner.name, partner.country)] = org.id
                role = partner.role or (PartnerRole.LEAD if not partners else PartnerRole.PARTNER)
                if org_id not in (p for p, _ in partners):
                    partners.append((org_id, role))
            title_en, title_zh = title_halves(plan.title)
            zh = not title_en  # the description goes where the title is
            description = _description(plan)
            project = create_project(
                session,
                stage=plan.stage,
                # an open row without a date is under way from the day of the import; a closed or
                # rejected one is in no year (a move dated today counted it under way this year),
                # nor one whose stage date could not be read (its year is not known)
                moved=not plan.moves and plan.stage not in ENDED_STAGES and not plan.stage_unread,
                partners=partners,
                title_zh=title_zh,
                title_en=title_en,
                amount=plan.amount,
                amount_approved=plan.approved,
                cofinancing=plan.cofinancing,
                programme_zh=plan.programme if written_in_chinese(plan.programme) else "",
                programme_en="" if written_in_chinese(plan.programme) else plan.programme,
                currency=plan.currency,
                deadline=plan.deadline,
                deadline_time=plan.deadline_time,
                deadline_zone=plan.deadline_zone,
                funder_organisation_id=funder_id,
                lead_organisation_id=partners[0][0] if partners else None,
                description_zh=description if zh else "",
                description_en="" if zh else description,
            )
            previous = ""
            for stage, day in plan.moves:  # the years it ran, as the sheet dates them
                session.add(
                    m.ProjectStageChange(
                        project_id=project.id, stage=stage, previous_stage=previous, changed_on=day
                    )
                )
                previous = stage.value
            result.added.append(project.id)
        session.flush()
    return result


#: The values of a note or a reason that are currency codes.
_CURRENCY_KEYS = frozenset({"currency", "other"})


def _no_gap_beside_chinese(text: str, name: str) -> str:
    """``text`` without the space a sentence's translation puts between Chinese words and a currency's
    Chinese name: "记为 巴基斯坦卢比" (Karachi's preview, walks58b) is "记为巴基斯坦卢比", as chinese_money
    writes "45万日元"; a code ("XYZ", no Chinese name) keeps its space among Chinese words."""
    if not name or name.isascii():
        return text
    name = re.escape(name)
    text = re.sub(rf"(?<=[\u3000-\u9fff\uff00-\uffef]) (?={name})", "", text)
    return re.sub(rf"(?<={name}) (?=[\u3000-\u9fff\uff00-\uffef])", "", text)


def sayer(locale: str, *, in_row: bool = False) -> Callable[[str, dict[str, Any]], str]:
    """A note's or a skipped row's sentence with its values, in ``locale``: dates in its style,
    currencies by their names ("日元" in the Chinese window, not "JPY": window57). ``in_row``: said
    in a table's row, which shows the row's number itself (:data:`IN_THE_ROW`)."""
    from petdesk.i18n import currency_name, format_date, translator

    _ = translator(locale)

    def value_text(key: str, value: Any) -> Any:
        if isinstance(value, dt.date):
            return format_date(value, locale)
        if key in _CURRENCY_KEYS and isinstance(value, str):
            return currency_name(value, locale)
        return value

    def said(sentence: str, values: dict[str, Any]) -> str:
        shown = {k: value_text(k, v) for k, v in values.items()}
        if in_row:
            sentence = IN_THE_ROW.get(sentence, sentence)
        text = _(sentence).format(**shown)
        for key in _CURRENCY_KEYS & shown.keys():
            text = _no_gap_beside_chinese(text, str(shown[key]))
        return text

    return said


def report_lines(result: PastProjects, locale: str, *, dry_run: bool = False) -> list[str]:
    """The preview (and what an import did), in ``locale``: each status and its stage, a line per
    project with its funder and partners (new ones marked), each row skipped with the reason, then
    the counts. The command line prints them and the window shows them."""
    from petdesk.i18n import format_money, translator
    from petdesk.services import deadline_time
    from petdesk.vocab import label

    _ = translator(locale)
    said = sayer(locale)
    new = _("(new)")
    lines = []
    if result.statuses:
        lines.append(_("Statuses in the sheet:"))
        for status, stage in result.statuses.items():
            shown = label(stage, locale) if stage else _("not known: kept at the first stage, idea")
            lines.append(f"  {status} → {shown}")
    if any(
        n.sentence in (ENDED_ON, LAPSED_UNAPPROVED, LAPSED_CLOSED) for p in result.planned for n in p.notes
    ):
        lines.append(_(YEARS_RULE))
    for plan in result.planned:
        funder = f"{plan.funder} {new}" if plan.funder and plan.funder_id is None else plan.funder
        named = "、".join(f"{p.name} {new}" if p.organisation_id is None else p.name for p in plan.partners)
        amount = "" if plan.amount is None else format_money(plan.amount, plan.currency, locale)
        if plan.approved is not None:
            approved = _("approved {amount}").format(
                amount=format_money(plan.approved, plan.currency, locale)
            )
            amount = f"{amount} ({approved})" if amount else approved
        due = ""
        if plan.deadline is not None:  # the office's clock, the funder's beside it, as the editor shows it
            due = _("deadline {date}").format(
                date=deadline_time.describe(plan.deadline, plan.deadline_time, plan.deadline_zone, locale)
            )
        parts = [f"{plan.row:>4}", plan.title, label(plan.stage, locale), funder, amount, due, named]
        lines.append("  " + "  ".join(p for p in parts if p))
        lines += ["        " + said(n.sentence, n.values) for n in plan.notes]
    for skipped in result.skipped:
        reason = said(skipped.reason, skipped.values)
        lines.append("  " + _("row {row} skipped: {reason}").format(row=skipped.row, reason=reason))
    n = len(result.planned)
    funders, partners, rows = len(result.new_funders), len(result.new_partners), len(result.skipped)
    # each count its own plural: "1 rows skipped" in field test 125's summary
    counts = {
        "funders": _.ngettext("{n} new funder", "{n} new funders", funders).format(n=funders),
        "partners": _.ngettext("{n} new partner", "{n} new partners", partners).format(n=partners),
        "skipped": _.ngettext("{n} row skipped", "{n} rows skipped", rows).format(n=rows),
    }
    if dry_run:
        done = _.ngettext(
            "Dry run, nothing changed: {n} project would be added from {sheet} "
            "({funders}, {partners}), {skipped}.",
            "Dry run, nothing changed: {n} projects would be added from {sheet} "
            "({funders}, {partners}), {skipped}.",
            n,
        )
    else:
        done = _.ngettext(
            "{n} project added from {sheet} ({funders}, {partners}), {skipped} "
            "(petdesk import-undo takes them back).",
            "{n} projects added from {sheet} ({funders}, {partners}), {skipped} "
            "(petdesk import-undo takes them back).",
            n,
        )
    lines.append(done.format(n=n, sheet=result.sheet, **counts))
    return lines
