"""Services behind the one workspace: pickers on the search index, pinyin in visit and training
lists, delete and restore of visits and trainings, positions of rows, and no import cycle."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from petdesk.db import Database
from petdesk.services import contacts, lists, search, trainings, visits

DAY = dt.date(2026, 12, 7)


def _people(db: Database) -> None:
    with db.transaction() as s:
        for fam, giv, fzh, gzh in [
            ("Zhang", "Fanwei", "张", "帆伟"),
            ("Zhang", "Wei", "张", "伟"),
            ("Ouyang", "Nana", "欧阳", "娜娜"),
            ("Adams", "Zoe", "", ""),
        ]:
            contacts.create_contact(s, family_name=fam, given_name=giv, family_name_zh=fzh, given_name_zh=gzh)


def test_delegation_picker_uses_the_search_index(db: Database) -> None:
    _people(db)
    with db.reading() as s:
        ouyang = visits.find_contacts(s, "ouyang")
        zhang = visits.find_contacts(s, "zhang wei")
    assert [f.label_zh for f in ouyang] == ["欧阳娜娜"]
    assert zhang[0].label("en").startswith("Wei Zhang") or zhang[0].label_zh == "张伟"
    assert zhang[0].label_zh == "张伟"


def test_visit_and_training_lists_find_pinyin(db: Database) -> None:
    with db.transaction() as s:
        visits.create_visit(
            s, title_en="Port study tour", title_zh="新加坡港口考察", start_date=DAY, end_date=DAY
        )
        visits.create_visit(s, title_en="Other", title_zh="汉堡", start_date=DAY, end_date=DAY)
        trainings.create_training(
            s, title_en="Water", title_zh="新加坡水务培训", start_date=DAY, end_date=DAY
        )
    with db.reading() as s:
        assert lists.visits("en").count(s, "xinjiapo") == 1
        assert lists.visits("en").count(s, "xin jia po") == 1
        assert lists.visits("en").count(s, "xjp") == 1
        assert lists.visits("en").count(s, "新加坡") == 1
        assert lists.visits("en").count(s, "hanbao") == 1
        assert lists.trainings("en").count(s, "xinjiapo") == 1


def test_delete_and_restore_visits_and_trainings_with_their_children(db: Database) -> None:
    with db.transaction() as s:
        person = contacts.create_contact(s, family_name="Li", given_name="Lei")
        visit = visits.create_visit(s, title_en="Tour", start_date=DAY, end_date=DAY)
        visits.add_participant(s, visit.id, person.id)
        training = trainings.create_training(s, title_en="Course", start_date=DAY, end_date=DAY)
        trainings.register(s, training.id, person.id)
    with db.transaction() as s:
        assert visits.delete_visits(s, [visit.id, visit.id]) == [visit.id]
        assert trainings.delete_trainings(s, [training.id]) == [training.id]
    with db.reading() as s:
        assert lists.visits().count(s) == 0 and lists.trainings().count(s) == 0
    with db.transaction() as s:
        assert visits.restore_visits(s, [visit.id]) == [visit.id]
        assert trainings.restore_trainings(s, [training.id]) == [training.id]
    with db.reading() as s:
        v = visits.get_visit(s, visit.id)
        t = trainings.get_training(s, training.id)
        assert v.deleted_at is None and [p.deleted_at for p in v.participants] == [None]
        assert t.deleted_at is None and [p.deleted_at for p in t.participants] == [None]


def test_position_of_a_row_is_counted(db: Database) -> None:
    _people(db)
    with db.reading() as s:
        for language in ("en", "zh_CN"):
            for descending in (False, True):
                rows = search.search(
                    s, "", kind=search.CONTACT, language=language, descending=descending, limit=10
                )
                for number, row in enumerate(rows):
                    assert (
                        search.position(
                            s,
                            "",
                            row.entity_id,
                            kind=search.CONTACT,
                            language=language,
                            descending=descending,
                        )
                        == number
                    )
        found = search.search(s, "zhang", kind=search.CONTACT)
        assert search.position(s, "zhang", found[1].entity_id, kind=search.CONTACT) == 1
        assert search.position(s, "zhang", "no-such-id", kind=search.CONTACT) == -1
        assert len(search.matching_ids(s, "zhang", kind=search.CONTACT)) == 2


def test_models_import_no_services_and_db_is_not_imported_back() -> None:
    code = (
        "import sys, petdesk.models, petdesk.services.search; "
        "bad = [m for m in ('petdesk.db', 'petdesk.sync.tracking') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_one_surname_table_for_sorting_search_and_export() -> None:
    from petdesk.services import matching, names

    assert names.person_sort_key_zh(family="", given="", family_zh="繁", given_zh="星").startswith("po ")
    assert matching.surname_pinyin("繁") == "po" and matching.surname_pinyin("繁", tones=True) == "pó"
    assert matching.surname_pinyin("单", tones=True) == "shàn" and names.tone_marked("lü4") == "lǜ"
    assert set(matching.SURNAME_READINGS) == set(names.SURNAME_READINGS)
