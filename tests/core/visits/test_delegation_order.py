"""A delegation is listed by surname with umlauts folded and particles set aside, in the window and in
the dossier alike (field test 6, defect 11: "Prof. Dr. Ulrich von Hößlin" under P, "Günther Öztürk"
after "Björn Weiß", umlauts after Z)."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.data import gather_visit
from petdesk.services import names, visit_form
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.visits.data import BY_SURNAME, surnames_in, umlaut_delegation


def test_a_particle_is_set_aside_and_umlauts_folded() -> None:
    assert names.main_surname("von Hößlin") == "Hößlin"
    assert names.main_surname("van der Berg") == "Berg"
    assert names.main_surname("Van Morrison") == "Van Morrison"  # capitalised: part of the name
    assert names.main_surname("von") == "von"
    key = names.person_list_key
    assert key("en", family="Öztürk", given="Günther") < key("en", family="Weiß", given="Björn")
    assert key("zh", family="von Hößlin", given="Ulrich") < key("zh", family="Müller", given="Jürgen")


def test_the_window_lists_the_delegation_by_surname_in_both_languages(db: Database) -> None:
    vid = umlaut_delegation(db)
    for lang in ("en", "zh"):
        with db.reading() as s:
            form = visit_form.read_visit_form(s, vid, lang)
        assert surnames_in([m.name for m in form.delegation]) == BY_SURNAME, lang


def test_the_dossier_lists_the_delegation_by_surname(db: Database, tmp_path: Path) -> None:
    vid = umlaut_delegation(db)
    with db.reading() as s:
        data = gather_visit(s, vid)
    assert [p.person.family_name for p in data.participants] == BY_SURNAME
    out = tmp_path / "delegation.pdf"
    build_visit_dossier(db, vid, out, DossierOptions(sections=frozenset({"delegation"}), contents=False))
    text = flat(" ".join(pdftotext_pages(out)))
    where = [text.find(flat(family)) for family in BY_SURNAME]
    assert -1 not in where and where == sorted(where), where
