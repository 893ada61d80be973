"""Two dialogs that cut their own words: Name cards' "Cards for:" label (a long programme item made
the choice box wider than the dialog) and the Duplicates dialog's reasons and status lines (squeezed
to part of a line when the window is short, while the fields list could have scrolled)."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.gui.contacts.merge_dialog import MergeDialog
from petdesk.gui.dossier.namecards import NameCardsDialog
from petdesk.gui.qt import QFormLayout, QLabel, Qt
from petdesk.models import ItineraryItem
from tests.core.dossier.sample_data import make_visit
from tests.gui.contacts.test_merge_dialog import _two_zhangs

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG_TITLE = (
    "Working lunch with the Municipal Ecology and Environment Bureau and the Shanghai Waste-to-Energy "
    "Group on flue gas treatment"
)


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_name_cards_label_whole_beside_a_long_programme_item(qtbot, db: Database, locale: str) -> None:
    visit = make_visit(db, meetings=2, participants=4)
    with db.transaction() as session:
        for item in session.query(ItineraryItem).all():
            item.title_en = item.title_zh = LONG_TITLE
    dialog = NameCardsDialog(db, visit.visit_id, locale=locale)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.whose.setCurrentIndex(dialog.whose.count() - 1)
    form = dialog.findChild(QFormLayout)
    label = form.labelForField(dialog.whose)
    assert isinstance(label, QLabel)
    qtbot.waitUntil(lambda: label.width() >= label.sizeHint().width())
    assert dialog.minimumSizeHint().width() <= 1024  # fits a 1024 × 768 screen
    assert LONG_TITLE in dialog.whose.itemData(
        dialog.whose.currentIndex(), Qt.ItemDataRole.ToolTipRole
    )  # the whole title as a tip


def test_duplicates_reasons_and_status_keep_their_lines_in_a_short_window(qtbot, db: Database) -> None:
    _two_zhangs(db)
    dialog = MergeDialog(db, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pairs_model.rowCount() == 1, timeout=10_000)
    dialog.reasons_label.setText(
        dialog.reasons_label.text()
        + "; same phone +86 139 0532 0000; same organisation Qingdao Water Group (青岛水务集团)"
    )
    dialog.status_label.setText(
        "Merged: Zhang Wei kept; 1 activity, 1 affiliation, 1 attendance record, 2 contact methods, "
        "1 follow-up, 1 itinerary item, 1 session as trainer, 1 training, 1 visit carried over."
    )
    dialog.resize(900, 300)
    for label in (dialog.reasons_label, dialog.status_label, dialog.identity_first):
        qtbot.waitUntil(lambda label=label: label.height() >= label.heightForWidth(label.width()))
