"""The contact editor's read and save as services: plain values in, the position rules applied here."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from petdesk.db import Database
from petdesk.services import contact_form, organisations
from petdesk.services import contacts as cs
from petdesk.services.contacts import Method
from petdesk.services.validation import ValidationError

DAY = dt.date(2026, 3, 1)


def _setup(db: Database) -> tuple[str, str, str]:
    with db.transaction() as s:
        water = organisations.create_organisation(s, name_en="Qingdao Water Group", name_zh="青岛水务集团")
        port = organisations.create_organisation(s, name_en="Hamburg Port Authority", country="DE")
        cid = cs.create_contact(
            s,
            family_name="Zhang",
            given_name="Wei",
            gender="female",
            methods=[Method("email", "zhang@qdwater.cn")],
            organisation_id=water.id,
            position_en="Engineer",
            start_date=dt.date(2020, 1, 1),
            addresses=[{"label": "work", "city": "Qingdao"}],
        ).id
        return cid, water.id, port.id


def _save(db: Database, cid: str, form: contact_form.ContactForm, **job: object) -> None:
    with db.transaction() as s:
        contact_form.save_contact_form(
            s,
            cid,
            {"family_name": form.texts["family_name"], "given_name": "Wei"},
            methods=list(form.methods),
            was=form.job,
            today=DAY,
            **{"position_zh": "", "start_date": DAY, **job},  # type: ignore[arg-type]
        )


def test_the_form_is_plain_frozen_values(db: Database) -> None:
    cid, water, _port = _setup(db)
    with db.reading() as s:
        form = contact_form.read_contact_form(s, cid, "zh_CN")
    assert form.texts["family_name"] == "Zhang" and form.gender == "f"  # the code, not the old word
    assert form.methods == (Method("email", "zhang@qdwater.cn", "work"),)
    assert form.job == contact_form.Job(water, "青岛水务集团", "Engineer", "", dt.date(2020, 1, 1))
    assert form.addresses[0]["city"] == "Qingdao"
    with pytest.raises(dataclasses.FrozenInstanceError):
        form.notes = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        form.texts["family_name"] = "Li"  # type: ignore[index]


def test_a_new_title_renames_another_organisation_moves_none_ends(db: Database) -> None:
    cid, water, port = _setup(db)
    with db.reading() as s:
        form = contact_form.read_contact_form(s, cid, "en")
    # Same organisation, another title: the current position is renamed, no history entry.
    _save(db, cid, form, organisation_id=water, position_en="Chief engineer")
    with db.reading() as s:
        (only,) = cs.affiliation_history(s, cid)
        assert (only.position_en, only.end_date) == ("Chief engineer", None)
        form = contact_form.read_contact_form(s, cid, "en")
    # Another organisation: the old position ends today and stays in the history.
    _save(db, cid, form, organisation_id=port, position_en="Adviser")
    with db.reading() as s:
        history = cs.affiliation_history(s, cid)
        assert [(a.organisation_id, a.position_en, a.end_date) for a in history] == [
            (port, "Adviser", None),
            (water, "Chief engineer", DAY),
        ]
        form = contact_form.read_contact_form(s, cid, "en")
    # No organisation: every current position ends.
    _save(db, cid, form, organisation_id=None, position_en="")
    with db.reading() as s:
        assert not cs.current_affiliations(s, cid)
        assert len(cs.affiliation_history(s, cid)) == 2


def test_an_unknown_organisation_name_is_refused_in_one_sentence(db: Database) -> None:
    _cid, water, _port = _setup(db)
    with db.reading() as s:
        assert contact_form.resolve_organisation(s, "Qingdao Water Group", "en") == water
        assert contact_form.resolve_organisation(s, "  ", "en") is None
        with pytest.raises(ValidationError) as refused:
            contact_form.resolve_organisation(s, "Nowhere Ltd", "en")
    assert refused.value.text("en") == "No organisation is called “Nowhere Ltd”."


def test_the_organisation_picker_choices_use_the_lists_search(db: Database) -> None:
    with db.transaction() as s:
        acme = organisations.create_organisation(s, name_en="Acme Water Lab Services", country="DE").id
        lab = organisations.create_organisation(s, name_en="Water Lab", name_zh="水实验室", country="DE").id
        qingdao = organisations.create_organisation(s, name_en="", name_zh="青岛水务集团", country="CN").id
    with db.reading() as s:
        # A name typed whole comes first, before one that sorts earlier.
        assert [i for _n, i in contact_form.organisation_choices(s, "water lab", "en")] == [lab, acme]
        # Pinyin finds the Chinese name; names are shown in the interface's language.
        assert contact_form.organisation_choices(s, "qingdao", "en") == [("青岛水务集团", qingdao)]
        assert ("水实验室", lab) in contact_form.organisation_choices(s, "water lab", "zh_CN")
        assert contact_form.organisation_choices(s, "  ", "en") == []
