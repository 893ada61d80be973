"""The kind of an organisation a file only names, guessed from its name.

An import that met 唐山市生态环境局 as a person's employer created it as an enterprise (the model's
default), and the dossier for a German delegation then printed "类别：企业 / Kind: Enterprise" under
a city bureau (field test 64). The words are the endings Chinese public bodies are named with and
the English words of their official names; a name that says nothing stays an enterprise.

The model has no kind of its own for research institutes: "university" is "University / research
institute" (高校/科研院所) in every list, and the import's "Type" words "research" and 科研院所 map to
it, so a 研究所, a Fraunhofer-Institut or an Instituto is one (leftover 2: the German, French, Spanish
and Italian words were missed and made such an institute an enterprise).

A government body named by its organ words alone (德阳市外事办公室, "Chongqing Foreign Affairs
Office", "Sichuan Ecology and Environment Department") is read by :mod:`org_government_names`.
"""

from __future__ import annotations

import re

from petdesk.han_script import simplified
from petdesk.models.enums import OrgKind
from petdesk.services.org_government_names import (
    EN_LEGAL_FORM,
    ZH_OFFICE_ENDINGS,
    chinese_office_is_government,
    english_government_kind,
    office_owner,
)

#: Chinese endings, checked in this order (研究院 before 院, 委员会 before 会).
_ZH_ENDINGS: tuple[tuple[tuple[str, ...], OrgKind], ...] = (
    (("大学", "学院", "研究院", "研究所", "研究中心", "科学院", "实验室"), OrgKind.UNIVERSITY),
    # a foundation as the import's "Type" column files it: a funder (services.importing._KIND_WORDS)
    (("银行", "基金", "基金会"), OrgKind.FUND),
    (("协会", "学会", "研究会", "促进会", "联合会", "商会", "俱乐部"), OrgKind.NGO),  # 俱乐部 before 部
    (("人民政府", "政府", "局", "委员会", "委", "管委会", "厅", "部", "署"), OrgKind.MINISTRY_AGENCY),
)
#: A body of a city, district or county rather than of a province or the state.
_ZH_LOCAL = re.compile(r"(市|区|县|州|盟|旗)")
_ZH_HIGHER = re.compile(r"^(国家|中华人民共和国|国务院|生态环境部|.+省|.+自治区)")

_EN_WORDS: tuple[tuple[re.Pattern[str], OrgKind], ...] = (
    (
        re.compile(
            r"\b(university|college|institute|academy|laboratory|research (centre|center)"
            # the same words in the partners' other languages (Fraunhofer-Institut, Instituto Nacional…)
            r"|universit\w*|universidad|universidade|hochschule|institut|instituto|istituto"
            r"|institutet|instituut|akademie|academia|académie|forschungszentrum)\b",
            re.I,
        ),
        OrgKind.UNIVERSITY,
    ),
    (re.compile(r"\b(bank|fund|foundation|stiftung)\b", re.I), OrgKind.FUND),
    (re.compile(r"\b(association|federation|chamber)\b", re.I), OrgKind.NGO),
    (
        re.compile(
            r"\b(municipal|municipality|city government|city council|city of"
            # Latin America's city halls (field test 123: a "Municipalidad de Córdoba" was an enterprise)
            r"|municipalidad|municipio|intendencia de|gobierno de la ciudad|prefeitura|alcald[ií]a"
            r"|ayuntamiento)\b",
            re.I,
        ),
        OrgKind.CITY_GOVERNMENT,
    ),
    (re.compile(r"\b(ministry|federal|agency|department of|bureau)\b", re.I), OrgKind.MINISTRY_AGENCY),
)

#: Names of companies that end like a public body ("…科技中心有限公司" ends in 公司 and is one); a
#: news agency is one too (新华通讯社), whatever "agency" says in English (polish63).
_ZH_COMPANY = ("公司", "集团", "厂", "企业", "事务所", "通讯社", "报社")
#: The same in Latin script: a "… Institute GmbH" or "… Research Center Ltd" is a company.
_EN_COMPANY = re.compile(
    r"\b(ltd|limited|gmbh|inc|llc|corp|corporation|plc)\b\.?|\b(news|press) agency\b", re.I
)


def _company_en(name_en: str) -> bool:
    """Whether an English name is a company's: "… Institute GmbH", "Siemens AG", "Veolia S.A."."""
    return bool(_EN_COMPANY.search(name_en) or EN_LEGAL_FORM.search(name_en))


#: Partners known by their acronym alone, as the demo files them ("Changsha Office of GIZ", round 63):
#: development agencies are agencies, development banks and funds are funders.
_KNOWN_ACRONYMS: dict[str, OrgKind] = {
    **dict.fromkeys(
        ("GIZ", "JICA", "KOICA", "USAID", "AFD", "SIDA", "DANIDA", "UBA", "ADEME"), OrgKind.MINISTRY_AGENCY
    ),
    **dict.fromkeys(("KFW", "ADB", "AIIB", "GEF", "GCF", "IDB", "AFDB", "NDB"), OrgKind.FUND),
    # the network's NGO partners, and UN bodies, agencies (polish63: all were enterprises)
    **dict.fromkeys(("WWF", "IUCN", "WRI", "ICLEI", "C40", "GREENPEACE"), OrgKind.NGO),
    **dict.fromkeys(("UNEP", "UNDP", "UNIDO"), OrgKind.MINISTRY_AGENCY),
}
#: The same as a word of a longer name, written as they write it: "WWF China", "UNDP China Office".
_KNOWN_WORDS = {
    word if word != "GREENPEACE" else "Greenpeace": kind for word, kind in _KNOWN_ACRONYMS.items()
}
#: Their whole names, which would say otherwise ("World Wide Fund for Nature" a funder, 世界资源研究所
#: an institute, 联合国工业发展组织 nothing), anywhere in a name (世界自然基金会北京代表处).
_KNOWN_NAMES: dict[str, OrgKind] = {
    **dict.fromkeys(
        (
            "world wide fund for nature", "world wildlife fund", "world resources institute",
            "international union for conservation of nature", "local governments for sustainability",
            "c40 cities", "世界自然基金会", "绿色和平", "世界资源研究所", "世界自然保护联盟", "宜可城",
            "c40城市气候领导联盟",
        ),
        OrgKind.NGO,
    ),
    **dict.fromkeys(
        (
            "united nations environment programme", "united nations development programme",
            "united nations industrial development organization", "联合国环境规划署", "联合国开发计划署",
            "联合国工业发展组织",
        ),
        OrgKind.MINISTRY_AGENCY,
    ),
}  # fmt: skip


def _known_partner(name_en: str, name_zh: str) -> OrgKind | None:
    """The kind of a partner known by name or acronym (:data:`_KNOWN_ACRONYMS`), None for others."""
    names = f"{name_zh} {name_en}".casefold()
    if (known := next((k for n, k in _KNOWN_NAMES.items() if n in names), None)) is not None:
        return known
    if (known := _KNOWN_ACRONYMS.get(name_en.upper())) is not None:
        return known
    return next((_KNOWN_WORDS[w] for w in re.findall(r"[A-Za-z0-9]+", name_en) if w in _KNOWN_WORDS), None)


#: Government organs that may follow a university's word in an office's name: 大学城管理委员会办公室
#: is a university town's committee, 学院路街道办公室 a street's sub-district (review 63).
_ZH_ORGANS_AFTER_OWNER = ("人民政府", "政府", "委员会", "管委会", "街道", "局", "厅")


def _office_owner_kind(name_zh: str) -> OrgKind | None:
    """The kind of the body whose office a Chinese name is: 四川大学外事办公室 is the university's,
    中国城市科学研究会北京办公室 the society's (round 63); None when it names no such body, or a
    government organ comes after it (大学城管委会办公室: the office is the committee's)."""
    if not name_zh.endswith(ZH_OFFICE_ENDINGS):
        return None
    owner: tuple[int, OrgKind | None] | None = None
    # universities, funders, NGOs, companies (…公司北京办公室, polish63); a 局's office is the government's
    owners = (*_ZH_ENDINGS[:3], (_ZH_COMPANY, OrgKind.ENTERPRISE))
    words = [(w, kind) for endings, kind in owners for w in endings]
    for word, kind in [*words, *((w, None) for w in _ZH_ORGANS_AFTER_OWNER)]:
        at = name_zh.rfind(word)
        if at >= 0 and (owner is None or at + len(word) > owner[0]):
            owner = (at + len(word), kind)
    return owner[1] if owner else None


def _public_body(name_zh: str) -> OrgKind:
    """A city's body (市, 区, 县…) is a city government, a province's or the state's a ministry/agency."""
    if _ZH_LOCAL.search(name_zh) and not _ZH_HIGHER.search(name_zh):
        return OrgKind.CITY_GOVERNMENT
    return OrgKind.MINISTRY_AGENCY


def kind_from_name(name_en: str, name_zh: str) -> OrgKind:
    """The kind the name ``name_zh`` says, else ``name_en``; enterprise when neither says one."""
    zh = simplified((name_zh or "").strip())  # 委員會, 廳, 辦公室 as 委员会, 厅, 办公室 (round 63)
    if (known := _known_partner((name_en or "").strip(), zh)) is not None:
        return known
    if zh and not zh.endswith(_ZH_COMPANY):
        for endings, kind in _ZH_ENDINGS:
            if zh.endswith(endings):
                return _public_body(zh) if kind is OrgKind.MINISTRY_AGENCY else kind
        if (owner := _office_owner_kind(zh)) is not None:
            return owner
        if chinese_office_is_government(zh):
            return _public_body(zh)
    en = (name_en or "").strip()
    if owner_en := office_owner(en):  # "Changsha Office of GIZ" is GIZ's
        return kind_from_name(owner_en, "")
    # a Chinese name that says nothing (弗劳恩霍夫UMSICHT) lets the English one speak; a company's not
    if en and not zh.endswith(_ZH_COMPANY) and not _company_en(en):
        for pattern, kind in _EN_WORDS:
            if pattern.search(en):
                # "Shenzhen Housing and Construction Bureau" is a city's, as 深圳市住房和建设局 is
                return (english_government_kind(en) or kind) if kind is OrgKind.MINISTRY_AGENCY else kind
        if (government := english_government_kind(en)) is not None:
            return government
    return OrgKind.ENTERPRISE


def kind_said_by_name(name_en: str, name_zh: str) -> OrgKind | None:
    """The kind the name says, or None when it says none (enterprise then only as the default).

    The editor's "guessed from the name" hint and ``organisation add``'s line tell the two apart:
    "Acme" is an enterprise by default, "Acme Ltd" and 唐山市生态环境局 by their names."""
    kind = kind_from_name(name_en, name_zh)
    if kind is not OrgKind.ENTERPRISE:
        return kind
    zh, en = simplified((name_zh or "").strip()), (name_en or "").strip()
    if zh.endswith(_ZH_COMPANY) or _office_owner_kind(zh) is OrgKind.ENTERPRISE or _company_en(en):
        return OrgKind.ENTERPRISE
    return None
