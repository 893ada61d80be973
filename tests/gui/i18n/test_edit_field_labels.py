"""Editors show labels and store codes: gender, languages, country and technology areas (issue 16)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from petdesk import vocab
from petdesk.db import Database
from petdesk.enums import OrgKind
from petdesk.gui.code_fields import CodeChecklist, CodeCombo
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.organisations.edit import OrganisationEditDialog
from petdesk.gui.qt import QComboBox
from petdesk.services import contacts as cs
from petdesk.services import organisations as orgs
from tests.gui.i18n.test_no_codes import offending
from tests.helpers.window_walk import Walk, field_texts

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_contact_editor_shows_labels_and_stores_codes(qtbot: QtBot, translators, db: Database) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    with db.transaction() as s:
        cid = cs.create_contact(
            s, family_name="Berg", given_name="Anna", gender="f", languages=["zh", "en", "zu"]
        ).id
    dialog = ContactEditDialog(db, "zh_CN", cid)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded):  # read off the GUI thread
        dialog.show()
    gender = dialog.findChild(CodeCombo, "gender")
    languages = dialog.findChild(CodeChecklist, "languages")
    assert gender.currentText() == "女"
    assert languages.text() == "中文、英语、祖鲁语"  # Zulu is not offered first, but named
    walk = Walk(texts=field_texts(dialog, "contact editor"))
    assert {"女", "男", "德语", "中文、英语、祖鲁语"} <= {t.text for t in walk.texts}
    assert not offending(walk), offending(walk)
    # Pick German from the menu and "male": the codes are stored.
    (german,) = [a for a in languages.menu().actions() if a.data() == "de"]
    german.trigger()
    gender.setCurrentIndex(gender.findData("m"))
    gender.activated.emit(gender.currentIndex())
    assert dialog.is_dirty()
    with qtbot.waitSignal(dialog.save_finished):
        dialog.save()
    with db.reading() as s:
        contact = cs.get_contact(s, cid)
        assert (contact.gender, sorted(contact.languages)) == ("m", ["de", "en", "zh", "zu"])


def test_organisation_editor_shows_labels_and_stores_codes(qtbot: QtBot, translators, db: Database) -> None:  # type: ignore[no-untyped-def]
    translators("zh_CN")
    with db.transaction() as s:
        oid = orgs.create_organisation(
            s, name_en="Lyon Water", country="FR", technology_areas=["low_carbon", "sponge_city", "x_new"]
        ).id
    dialog = OrganisationEditDialog(db, "zh_CN", oid)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)  # loaded off the GUI thread
    country = dialog.findChild(QComboBox, "country")
    areas = dialog.findChild(CodeChecklist, "technology_areas")
    assert country.currentText() == "法国"
    assert areas.text() == "低碳发展、海绵城市、x_new"  # an area unknown here is kept as it is
    found = offending(Walk(texts=field_texts(dialog, "organisation editor")))
    assert found and all("x_new" in f for f in found), found  # the check sees codes in checked lists
    # Type a country's name: its code is stored; unchanged areas keep their codes, unknown one too.
    country.lineEdit().setText("德国")  # QTest types ASCII only
    country.lineEdit().textEdited.emit("德国")
    assert dialog.is_dirty()
    with qtbot.waitSignal(dialog.save_finished, timeout=5000):  # saved off the GUI thread
        dialog.save()
    with db.reading() as s:
        org = orgs.get_organisation(s, oid)
        assert (org.country, org.technology_areas) == ("DE", ["low_carbon", "sponge_city", "x_new"])


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_organisation_types_are_named_as_dossiers_name_them(
    qtbot: QtBot, translators, db: Database, locale: str
) -> None:  # type: ignore[no-untyped-def]
    """One table of type names (vocab): the editor said "Ministry or agency" where a dossier
    prints "Ministry / agency"."""
    translators(locale)
    dialog = OrganisationEditDialog(db, locale)
    qtbot.addWidget(dialog)
    kind = dialog.findChild(QComboBox, "kind")
    shown = [(kind.itemData(i), kind.itemText(i)) for i in range(kind.count())]
    assert shown == [(k.value, vocab.label(k, locale)) for k in OrgKind]
    assert kind.currentData() == "enterprise"
