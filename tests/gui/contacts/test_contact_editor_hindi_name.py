"""A Hindi name kept beside the English one (field test 107) in the contact editor: its row was
labelled "Chinese" (中文), and saving the person was refused ("The Chinese name मीना कुमारी may
only contain Chinese characters") or, typed anew, stored the name as Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.gui.contacts.edit import ContactEditDialog
from petdesk.gui.mnemonic import without_mnemonic
from petdesk.services import importing

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]
SAMPLES = Path(__file__).parents[2] / "data" / "import" / "field107"


@pytest.mark.parametrize(("locale", "label"), [("en", "Hindi"), ("zh_CN", "印地语")])
def test_the_hindi_row_is_labelled_hindi_and_saves(
    qtbot: QtBot, db: Database, locale: str, label: str
) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
        meena_id = s.scalars(select(m.Contact.id).where(m.Contact.family_name == "Kumari")).one()
    dialog = ContactEditDialog(db, locale, meena_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.family_name_zh.text() == "मीना कुमारी", timeout=10000)
    assert without_mnemonic(dialog.native_label.text()) == label
    dialog.given_name.end(False)
    qtbot.keyClicks(dialog.given_name, " Devi")
    with qtbot.waitSignal(dialog.save_finished, timeout=10000):
        dialog.save()
    with db.reading() as s:
        meena = s.get(m.Contact, meena_id)
        assert meena is not None
        assert (meena.given_name, meena.family_name_zh, meena.native_name_language) == (
            "Meena Devi",
            "मीना कुमारी",
            "hi",
        )
