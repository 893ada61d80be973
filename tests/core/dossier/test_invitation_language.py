"""A Chinese invitation letter says the visit's purpose in Chinese (field test 99): a visit with its
purpose in English only printed the English sentence inside the Chinese letter for the visa office."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from petdesk.dossier.invitation import MissingData, render_invitation
from petdesk.services.invitation import Invitation, Invitee, Office
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

GUEST = Invitee("id1", "Katrin Schäfer", "", "f", dt.date(1972, 4, 18), "DE", "C01X00T47",
                ("Mayor", "市长"), ("City of Karlsruhe", "卡尔斯鲁厄市"))  # fmt: skip
OFFICE = Office(("Hefei Hub Office", "合肥中心办公室"), ("Hefei", "合肥"), ("Liu Qiang", "刘强"), "+86")
LETTER = Invitation("v", ("Visit", "访问"), ("Talks on wastewater", ""), dt.date(2027, 1, 18),
                    dt.date(2027, 1, 24), (("Hefei", "合肥"),), OFFICE, (GUEST,))  # fmt: skip


def test_purpose_in_english_only_refuses_the_chinese_letter(tmp_path: Path) -> None:
    with pytest.raises(MissingData) as refused:
        render_invitation(LETTER, tmp_path / "zh.pdf", lang="zh")
    assert refused.value.refused == [("", ["purpose"])]
    render_invitation(LETTER, tmp_path / "draft.pdf", lang="zh", gaps=True)
    text = flat("".join(pdftotext_pages(tmp_path / "draft.pdf")))
    assert flat("访问目的：缺：访问目的") in text and flat("Talks on wastewater") not in text
    assert render_invitation(LETTER, tmp_path / "en.pdf", lang="en") == 1  # the English copy has it
    both = dataclasses.replace(LETTER, purpose=("Talks on wastewater", "污水处理会谈"))
    assert render_invitation(both, tmp_path / "zh.pdf", lang="zh") == 1


def test_the_letter_names_no_country_of_application(tmp_path: Path) -> None:
    """A Swiss guest working in Karlsruhe applies in Germany: a letter addressed to the consulate
    "in Switzerland" (the passport's country) sent him to the wrong one."""
    swiss = dataclasses.replace(GUEST, nationality="CH")
    letter = dataclasses.replace(LETTER, purpose=("Talks", "会谈"), guests=(swiss,))
    for lang, greeting in (("en", "People's Republic of China:"), ("zh", "中华人民共和国驻外使（领）馆：")):
        render_invitation(letter, tmp_path / f"{lang}.pdf", lang=lang)
        text = flat("".join(pdftotext_pages(tmp_path / f"{lang}.pdf")))
        assert flat(greeting) in text and flat("in Switzerland") not in text and flat("驻瑞士") not in text
