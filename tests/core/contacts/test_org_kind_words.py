"""The kind of an organisation an import guesses from its name (leftover 2). The model has no research
kind: "university" is "University / research institute" (高校/科研院所), so a research institute in any
of the partners' languages is that; a foundation is a fund, as the "Type" column files the word."""

from __future__ import annotations

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services.org_kind_guess import kind_from_name
from petdesk.vocab import label as vocab_label


def test_the_model_calls_its_university_kind_a_research_institute_too() -> None:
    assert vocab_label(OrgKind.UNIVERSITY, "en") == "University / research institute"
    assert vocab_label(OrgKind.UNIVERSITY, "zh_CN") == "高校/科研院所"


@pytest.mark.parametrize(
    ("name_en", "name_zh", "kind"),
    [
        (
            "Fraunhofer Institute for Environmental, Safety and Energy Technology UMSICHT",
            "",
            OrgKind.UNIVERSITY,
        ),
        ("Fraunhofer-Institut für Solare Energiesysteme ISE", "", OrgKind.UNIVERSITY),
        ("Instituto Nacional de Ecología y Cambio Climático", "", OrgKind.UNIVERSITY),
        ("Istituto Superiore per la Protezione e la Ricerca Ambientale", "", OrgKind.UNIVERSITY),
        ("Universität Stuttgart", "", OrgKind.UNIVERSITY),
        ("Universitat Politècnica de Catalunya", "", OrgKind.UNIVERSITY),
        ("", "中国科学院生态环境研究中心", OrgKind.UNIVERSITY),
        ("", "上海市环境科学研究院", OrgKind.UNIVERSITY),  # not a city government for its 市
        ("", "环境模拟与污染控制国家重点联合实验室", OrgKind.UNIVERSITY),
        # a Chinese name that says nothing leaves the English one to speak
        ("Fraunhofer Institute UMSICHT", "弗劳恩霍夫UMSICHT", OrgKind.UNIVERSITY),
        # companies named after an institute stay companies
        ("Environmental Research Institute GmbH", "", OrgKind.ENTERPRISE),
        ("Beijing Institute Ltd.", "北京某某环保科技有限公司", OrgKind.ENTERPRISE),
        # foundations are funders, as the import files the word
        ("Energy Foundation China", "", OrgKind.FUND),
        ("", "阿拉善SEE生态协会", OrgKind.NGO),
        ("", "中国绿化基金会", OrgKind.FUND),
        ("German Chamber of Commerce in China", "", OrgKind.NGO),
    ],
)
def test_kind_from_name(name_en: str, name_zh: str, kind: OrgKind) -> None:
    assert kind_from_name(name_en, name_zh) is kind
