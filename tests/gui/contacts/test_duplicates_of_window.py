"""The Duplicates dialog for one record, in the window as ``petdesk duplicates --of``: from a
contact's context menu, from an organisation's detail pane, and from the import's possible
matches, with every pair of that record at any score and no other pair."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.import_dialog import ImportDialog
from petdesk.gui.contacts.list import ContactsPage
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.gui.organisations.detail import OrganisationDetailView
from petdesk.gui.qt import QPushButton, Qt
from petdesk.services import contacts as cs
from petdesk.services import duplicates, importing
from petdesk.services import organisations as orgs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

SHOTS = Path("/tmp/clifilters-shots")


def _pairs_of(db: Database, entity: str, record_id: str) -> list[tuple[str, str]]:
    with db.reading() as s:
        return [(p.first_id, p.second_id) for p in duplicates.duplicates_of(s, entity, record_id)]


def _opened(qtbot, parent) -> MergeDialog:  # type: ignore[no-untyped-def]
    [dialog] = parent.findChildren(MergeDialog)
    qtbot.waitUntil(lambda: dialog.find_button.isEnabled(), timeout=10_000)  # the search is done
    return dialog


def _listed(dialog: MergeDialog) -> list[tuple[str, str]]:
    return [(p.first_id, p.second_id) for p in dialog.pairs]


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    """A picture to look at (Chinese drawn with the bundled font, as the application does)."""
    from petdesk.gui.qt import QApplication
    from petdesk.gui.translation import register_fonts

    register_fonts(QApplication.instance())  # type: ignore[arg-type]
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """Two Zhang Weis at different organisations (a low score), and an unrelated pair of Li Nas."""
    with db.transaction() as s:
        ids = {}
        for key, family, given, zh_family, zh_given, org in (
            ("wei", "Zhang", "Wei", "", "", "Chengdu Water"),
            ("张伟", "", "", "张", "伟", "Qingdao Environment Bureau"),
            ("na", "Li", "Na", "", "", "Kunming Sponge City Office"),
            ("na2", "Li", "Na", "李", "娜", "Kunming Sponge City Office"),
        ):
            org_id = orgs.create_organisation(s, name_en=org).id
            ids[key] = cs.create_contact(
                s,
                family_name=family,
                given_name=given,
                family_name_zh=zh_family,
                given_name_zh=zh_given,
                organisation_id=org_id,
            ).id
    return ids


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_contacts_context_menu_opens_its_pairs_only(
    qtbot, db: Database, people: dict[str, str], locale: str, translators
) -> None:  # type: ignore[no-untyped-def]
    translators(locale)  # the window's words in the language, for the pictures
    page = ContactsPage(db, locale)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitUntil(lambda: page.model.total == 4, timeout=10_000)
    action = page.actions_by_name["duplicates_of"]
    assert action in page.table.actions()  # in the context menu
    page.table.selectAll()
    assert not action.isEnabled()  # one record at a time
    page.select_id(people["wei"])
    qtbot.waitUntil(lambda: page.selected_ids() == [people["wei"]], timeout=10_000)
    assert action.isEnabled()
    action.trigger()
    dialog = _opened(qtbot, page)
    expected = _pairs_of(db, "contact", people["wei"])
    assert expected and _listed(dialog) == expected
    assert all(pair[0] == people["wei"] for pair in _listed(dialog))  # not the Li Nas
    assert dialog.entity_combo.currentData() == "contact"
    if locale == "en":
        assert "of Wei Zhang, at every score" in dialog.status_label.text()
    _shot(dialog, f"duplicates-of-contact-{locale}.png")


def test_an_organisations_detail_pane_opens_its_pairs(qtbot, db: Database) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        # the same name in two cities: a score under the usual cut-off, listed for the one record
        water = orgs.create_organisation(s, name_en="Shanghai Foreign Affairs Office", city_en="Shanghai").id
        orgs.create_organisation(s, name_en="Shanghai Foreign Affairs Office", city_en="Beijing")
        orgs.create_organisation(s, name_en="Bonn Climate Office", city_en="Bonn")
        orgs.create_organisation(s, name_en="Bonn Climate Office", city_en="Bonn")
    view = OrganisationDetailView(db, "en")
    qtbot.addWidget(view)
    view.show()
    view.show_entity(water)
    button = view.findChild(QPushButton, "duplicates_of")
    assert button is not None
    qtbot.waitUntil(button.isVisible, timeout=10_000)  # the pane shows it with the record
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, view)
    expected = _pairs_of(db, "organisation", water)
    assert expected and _listed(dialog) == expected
    assert dialog.entity_combo.currentData() == "organisation"
    assert all(pair[0] == water for pair in _listed(dialog))  # not the Bonn pair


HEADER = "Name,Chinese name,Email,Mobile,Organisation,Position\n"
WEN = "Zhang Wen,张伟,zhang.wen@sz-water.example,+86 135 0000 1111,Shenzhen Water Group,Engineer\n"
WEI = "Zhang Wei,张伟,zhang.wei@sz-water.example,+86 137 9999 2222,Shenzhen Water Group,Accountant\n"


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_the_import_result_opens_a_possible_match(  # type: ignore[no-untyped-def]
    qtbot, db: Database, tmp_path: Path, locale: str, translators
) -> None:
    translators(locale)
    first = tmp_path / "wen.csv"
    first.write_text(HEADER + WEN, encoding="utf-8")
    with db.transaction() as s:
        importing.import_file(s, first)
    second = tmp_path / "wei.csv"
    second.write_text(HEADER + WEI, encoding="utf-8")
    dialog = ImportDialog(db, locale, path=second)
    qtbot.addWidget(dialog)
    dialog.show()
    for signal in (dialog.loaded, dialog.planned, dialog.imported):
        with qtbot.waitSignal(signal, timeout=10000):
            qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.check_button.isVisible()
    if locale == "en":
        assert "(⚠) to check: select one and check it with the button below." in dialog.report_summary.text()
    _shot(dialog, f"import-possible-match-{locale}.png")
    [added] = [o for o in dialog.report.outcomes if o.possible_match]  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    merge = _opened(qtbot, dialog)
    assert _listed(merge) == _pairs_of(db, "contact", added.record_id)  # type: ignore[arg-type]
    assert len(merge.pairs) == 1 and merge.pairs[0].second_name.startswith(("张伟", "Zhang Wen"))
    _shot(merge, f"import-possible-match-duplicates-{locale}.png")
