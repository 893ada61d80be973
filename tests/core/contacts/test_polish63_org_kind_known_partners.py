"""Round 63 (polish63): a news agency is an enterprise ("Xinhua News Agency Office" was guessed a
ministry/agency for "agency"); the network's NGO partners by acronym or name (WWF, IUCN, WRI, ICLEI,
C40, Greenpeace) are NGOs and UN bodies (UNEP, UNDP, UNIDO) agencies, where all were enterprises or
funders ("World Wide Fund for Nature"); a company's office (…公司北京办公室) is said to be a company,
so the editor's "guessed from the name" hint shows for it as for the other guesses."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_from_name, kind_said_by_name

NGO, AGENCY, ENTERPRISE = OrgKind.NGO, OrgKind.MINISTRY_AGENCY, OrgKind.ENTERPRISE


@pytest.mark.parametrize(
    ("name_en", "name_zh", "kind"),
    [
        ("Xinhua News Agency Office", "", ENTERPRISE),
        ("Xinhua News Agency", "新华通讯社", ENTERPRISE),
        ("", "新华通讯社", ENTERPRISE),
        ("WWF", "", NGO),
        ("WWF China", "", NGO),
        ("World Wide Fund for Nature", "世界自然基金会", NGO),
        ("IUCN", "", NGO),
        ("WRI China", "世界资源研究所", NGO),
        ("ICLEI East Asia Secretariat", "", NGO),
        ("C40 Cities", "", NGO),
        ("Greenpeace East Asia", "绿色和平", NGO),
        ("UNEP", "", AGENCY),
        ("UNDP China Office", "", AGENCY),
        ("UNIDO", "联合国工业发展组织", AGENCY),
        ("", "西门子（中国）有限公司北京办公室", ENTERPRISE),
        ("", "蓝波环保科技公司北京办公室", ENTERPRISE),
    ],
)
def test_polish63_the_kind_its_name_says(name_en: str, name_zh: str, kind: OrgKind) -> None:
    assert kind_from_name(name_en, name_zh) is kind
    assert kind_said_by_name(name_en, name_zh) is kind  # the editor's hint shows


def test_polish63_what_stays_as_it_was() -> None:
    assert kind_said_by_name("Bluewave", "") is None  # says nothing: the default, no hint
    assert kind_from_name("", "四川大学外事办公室") is OrgKind.UNIVERSITY
    assert kind_from_name("Changsha Office of GIZ", "") is AGENCY
    assert kind_from_name("Cuba Water Agency", "") is AGENCY  # "UBA" is not a word of it
