"""A typo fixed in an organisation's name leaves no former name; a rename keeps one; what the rule
is unsure of is a correction unless told (orgrename56: the editor and ``organisation edit`` use the
rule sync uses, :func:`petdesk.name_words.name_change`)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import organisations


def _org(db: Database, **names: str) -> str:
    with db.transaction() as s:
        return organisations.create_organisation(s, **names).id


def _aliases(db: Database, org_id: str) -> list[str]:
    with db.reading() as s:
        return list(organisations.get_organisation(s, org_id).aliases)


def test_a_typo_fixed_leaves_no_former_name(db: Database) -> None:
    org_id = _org(db, name_en="Shenzen Water Group", name_zh="深圳市生太环境局")
    with db.transaction() as s:
        organisations.update_organisation(
            s, org_id, name_en="Shenzhen Water Group", name_zh="深圳市生态环境局"
        )
    assert _aliases(db, org_id) == []


def test_a_rename_keeps_the_former_names(db: Database) -> None:
    org_id = _org(db, name_en="Beijing EPB", name_zh="北京市环保局")
    with db.transaction() as s:
        organisations.update_organisation(
            s, org_id, name_en="Beijing Municipal Ecology and Environment Bureau", name_zh="北京市生态环境局"
        )
    assert _aliases(db, org_id) == ["Beijing EPB", "北京市环保局"]


def test_in_doubt_the_window_is_asked_and_told(db: Database) -> None:
    org_id = _org(db, name_en="Beijing EPB")
    with db.transaction() as s, pytest.raises(organisations.UnsureRename) as unsure:
        organisations.update_organisation(s, org_id, refuse_unsure=True, name_en="Beijing EPD")
    assert unsure.value.changes == [("Beijing EPB", "Beijing EPD")]
    with db.reading() as s:
        assert organisations.get_organisation(s, org_id).name_en == "Beijing EPB"  # nothing saved
    with db.transaction() as s:
        organisations.update_organisation(s, org_id, refuse_unsure=True, renamed=True, name_en="Beijing EPD")
    assert _aliases(db, org_id) == ["Beijing EPB"]


def test_in_doubt_untold_is_a_correction_and_told_wins_over_the_rule(db: Database) -> None:
    org_id = _org(db, name_en="Beijing EPB")
    with db.transaction() as s:
        organisations.update_organisation(s, org_id, name_en="Beijing EPD")
    assert _aliases(db, org_id) == []
    with db.transaction() as s:  # a rename told a correction keeps nothing
        organisations.update_organisation(s, org_id, renamed=False, name_en="Beijing Ecology Bureau")
    assert _aliases(db, org_id) == []
    with db.transaction() as s:  # a slip told a rename keeps the old name
        organisations.update_organisation(s, org_id, renamed=True, name_en="Beijing Ecology Bureaux")
    assert _aliases(db, org_id) == ["Beijing Ecology Bureau"]
