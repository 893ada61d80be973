"""Field test 92: a Chinese-only intern printing a sign-in sheet was offered
"dossier-capacity-building-on-green-buildings-for-enterprises.pdf". The PDFs' default names take the
Chinese title and a prefix the window translates; the English names stay as they were."""

from __future__ import annotations

import pytest

from petdesk.dossier import certificates, default_file_name, namecards


@pytest.mark.parametrize(
    ("title_zh", "prefix", "name"),
    [
        ("企业绿色建筑能力建设培训", "资料手册", "资料手册-企业绿色建筑能力建设培训.pdf"),
        ("城市/农村：废水 (第2期)", "资料手册", "资料手册-城市-农村-废水-第2期.pdf"),  # a safe file name
        ("", "资料手册", "资料手册-capacity-building-on-green-buildings.pdf"),  # no Chinese title
        ("", "dossier", "dossier-capacity-building-on-green-buildings.pdf"),  # the English window
    ],
)
def test_the_dossier_is_named_after_the_chinese_title(title_zh: str, prefix: str, name: str) -> None:
    title = "Capacity building on green buildings"
    assert default_file_name(title, "training", title_zh=title_zh, prefix=prefix) == name


def test_certificates_and_name_cards_take_the_prefix_too() -> None:
    assert (
        certificates.default_file_name("Waste water", title_zh="废水培训", prefix="结业证书")
        == "结业证书-废水培训.pdf"
    )
    assert certificates.default_file_name("Waste water") == "certificates-waste-water.pdf"
    assert namecards.default_file_name("Stuttgart delegation", title_zh="斯图加特代表团", prefix="桌签") == (
        "桌签-斯图加特代表团.pdf"
    )
    assert namecards.default_file_name("Stuttgart delegation") == "namecards-stuttgart-delegation.pdf"
