"""The glance page counts dietary and access needs (field test 71, defect 1): after a vegetarian
wheelchair user replaces a cancelled guest, the hosts read the new counts without the old guest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.data import Participant, PersonInfo
from petdesk.dossier.labels import Bi
from petdesk.dossier.needs_tally import dietary_tally, needs_text, tally_line
from petdesk.enums import NameOrder
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import flat, pdftotext_pages


def _visit(db: Database) -> tuple[str, dict[str, str]]:
    with db.transaction() as s:
        people = {
            "anna": cs.create_contact(
                s, given_name="Anna", family_name="de Vries", dietary_needs="vegetarian"
            ),
            "tomasz": cs.create_contact(
                s, given_name="Tomasz", family_name="Nowak", dietary_needs="Vegetarian "
            ),
            "sanne": cs.create_contact(
                s, given_name="Sanne", family_name="Visser", dietary_needs="Halal / 清真"
            ),
            "marek": cs.create_contact(
                s,
                given_name="Marek",
                family_name="Lewandowski",
                dietary_needs="vegetarian",
                accessibility_needs="wheelchair user",
            ),
        }
        v = vs.create_visit(
            s, title_en="Rotterdam delegation", title_zh="鹿特丹代表团", start_date=dt.date(2027, 5, 18),
            end_date=dt.date(2027, 5, 20), timezone="Asia/Shanghai",
        )  # fmt: skip
        for key in ("anna", "tomasz", "sanne"):
            vs.add_participant(s, v.id, people[key].id, ParticipantRole.DELEGATE)
        return v.id, {k: c.id for k, c in people.items()}


def _glance(db: Database, visit_id: str, out: Path, lang: str) -> str:
    options = DossierOptions(first_lang=lang, sections=frozenset({"glance"}), contents=False)
    return flat("".join(pdftotext_pages(build_visit_dossier(db, visit_id, out, options))))


def test_glance_counts_needs_before_and_after_a_swap(db: Database, tmp_path: Path) -> None:
    visit_id, ids = _visit(db)
    before = _glance(db, visit_id, tmp_path / "v1.pdf", "en")
    assert "Vegetarian2(TomaszNowak,AnnadeVries)" in before  # "vegetarian" counts with "Vegetarian "
    assert "Halal1(SanneVisser)" in before and "清真1人（SanneVisser）" in before  # each side its words
    with db.transaction() as s:
        vs.remove_participant(s, visit_id, ids["tomasz"], substitute_id=ids["marek"])
    after = _glance(db, visit_id, tmp_path / "v2.pdf", "zh_CN")
    assert "Tomasz" not in after
    assert "vegetarian2(MarekLewandowski,AnnadeVries)" in after
    assert "无障碍需求：wheelchairuser1人（MarekLewandowski）" in after
    assert "Accessibilityneeds:wheelchairuser1(MarekLewandowski)" in after


def _person(given: str, family: str, diet: str) -> PersonInfo:
    return PersonInfo(
        id=given, family_name=family, given_name=given, name_order=NameOrder.GIVEN_FIRST, family_name_zh="",
        given_name_zh="", honorific=Bi(), position=Bi(), department=Bi(), organisation=None, languages=(),
        dietary_needs=diet, accessibility_needs="", emergency_contact="", methods=(),
    )  # fmt: skip


def test_drivers_are_not_counted_and_one_language_needs_print_as_written() -> None:
    guest = Participant(_person("Ewa", "Kowalczyk", "不吃香菜"), ParticipantRole.DELEGATE)
    driver = Participant(_person("Wei", "Li", "不吃香菜"), ParticipantRole.DRIVER)
    needs = dietary_tally([guest, driver])
    assert [(n.text, len(n.people)) for n in needs] == [("不吃香菜", 1)]
    assert tally_line(needs, "en").replace("\xa0", " ") == "不吃香菜 1 (Ewa Kowalczyk)"
    assert tally_line(dietary_tally([guest]), "zh").replace("\xa0", " ") == "不吃香菜 1 人（Ewa Kowalczyk）"
    # a common need typed in one language reads in the other's words (field test 86)
    vegetarian = Participant(_person("Ewa", "Kowalczyk", "素食"), ParticipantRole.DELEGATE)
    line = tally_line(dietary_tally([vegetarian]), "en")
    assert line.replace("\xa0", " ") == "Vegetarian 1 (Ewa Kowalczyk)"


def test_several_needs_of_one_person_count_apart_and_one_language_joins_both() -> None:
    """Field test 86: eleven halal guests printed as "Halal 9 …; Halal 1 …; halal 1", and the
    Chinese side read "清真; nut allergy" for the guest who also has a nut allergy."""
    people = [
        Participant(_person(given, "Santoso", diet), ParticipantRole.DELEGATE)
        for given, diet in (
            ("Budi", "Halal / 清真"), ("Rina", "halal"), ("Ahmad", "Halal / 清真; nut allergy"),
            ("Wayan", "Vegetarian / 素食"), ("Joko", "清真"), ("Dewi", "Halal / 清真，No alcohol"),
        )
    ]  # fmt: skip
    needs = dietary_tally(people)
    assert [(n.text, len(n.people)) for n in needs] == [
        ("Halal / 清真", 5), ("nut allergy", 1), ("Vegetarian / 素食", 1), ("No alcohol", 1),
    ]  # fmt: skip
    en, zh = (tally_line(needs, lang).replace("\xa0", " ") for lang in ("en", "zh"))
    assert en.startswith("Halal 5 (Budi Santoso, Rina Santoso, Ahmad Santoso, Joko Santoso, Dewi Santoso)")
    assert zh.startswith("清真 5 人（") and "清真;" not in zh and "坚果过敏 1 人（Ahmad Santoso）" in zh
    assert "不饮酒 1 人" in zh  # "No alcohol", typed in English only


def test_a_profile_prints_each_language_its_side_of_the_needs(db: Database, tmp_path: Path) -> None:
    """Field test 86: the English profile read "Halal / 清真; nut allergy", as did the Chinese one."""
    assert needs_text("Halal / 清真; nut allergy", "en") == "Halal; nut allergy"
    assert needs_text("Halal / 清真; nut allergy", "zh_CN") == "清真；坚果过敏"
    assert needs_text("no coriander, mild food", "zh_CN") == "no coriander, mild food"  # as typed
    assert needs_text("No pork, no alcohol", "zh_CN") == "不吃猪肉；不饮酒"  # common needs in Chinese
    with db.transaction() as s:
        ahmad = cs.create_contact(
            s, given_name="Ahmad", family_name="Fauzi", dietary_needs="Halal / 清真; nut allergy"
        )
        v = vs.create_visit(
            s, title_en="Indonesian delegation", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 12), timezone="Asia/Shanghai",
        )  # fmt: skip
        vs.add_participant(s, v.id, ahmad.id, ParticipantRole.DELEGATE)
    options = DossierOptions(first_lang="en", sections=frozenset({"participants"}), contents=False)
    text = flat("".join(pdftotext_pages(build_visit_dossier(db, v.id, tmp_path / "p.pdf", options))))
    assert "Dietaryrequirements:Halal;nutallergy" in text and "饮食要求：清真；坚果过敏" in text
