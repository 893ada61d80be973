"""The Sync page's Kind column holds its words whole in both languages, and says them from this
office's point of view (field test 18 §7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.gui.qt import QFontMetrics, QStyle
from petdesk.gui.sync.page import ConflictsView, SyncPage
from petdesk.services import contacts as contact_service
from petdesk.services import trainings as ts
from tests.core.sync.conftest import offices, packages  # noqa: F401
from tests.core.sync.helpers import send
from tests.core.visits.data import person
from tests.gui.sync.test_overridden_view import _overridden_at_beijing
from tests.helpers.trainings_data import co_trained

#: The offscreen platform warns when a widget is shown; harmless.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

KIND = 1


def _room(view: ConflictsView, row: int) -> int:
    """The pixels a Kind cell has to spare beyond its text and the style's margins."""
    text = view.model.index(row, KIND).data()
    margin = view.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view.table) + 1
    advance = QFontMetrics(view.table.font()).horizontalAdvance(text)
    return view.table.columnWidth(KIND) - advance - 2 * margin


@pytest.mark.parametrize(
    ("locale", "kind"), [("en", "Your edit was overridden"), ("zh_CN", "您的修改已被覆盖")]
)
def test_the_kind_column_holds_its_words_whole(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, translators, locale: str, kind: str
) -> None:
    dbs, _cid = _overridden_at_beijing(tmp_path)
    try:
        translators(locale)
        page = SyncPage(dbs[0])
        page.ui_locale = locale
        qtbot.addWidget(page)
        page.resize(1200, 600)
        page.show()
        view = page.conflicts
        view.refresh()
        assert view.model.index(0, KIND).data() == kind
        # Room for the last glyph: the cell's text rectangle alone cut the last Chinese character.
        assert _room(view, 0) >= QFontMetrics(view.table.font()).averageCharWidth()
        page.grab().save(str(tmp_path / f"kind_{locale}.png"))
    finally:
        for db in dbs:
            db.close()


def test_the_kind_says_what_this_office_did(  # type: ignore[no-untyped-def]
    qtbot,
    offices,  # noqa: F811
    packages: Path,  # noqa: F811
) -> None:
    """Field test 18 §7: "Deleted here, edited there" was said at the office that made the edit too."""
    a, b, c = offices
    ids = co_trained(a)
    with a.transaction() as s:
        lei = person(s, "Jie", "Lei").id
        wang = person(s, "Fang", "Wang").id
    for other in (b, c):
        send(a, other, packages, full=True)
        send(other, a, packages, full=True)
    with a.transaction() as s:  # Beijing deletes both ...
        contact_service.delete_contacts(s, [lei, wang])
    with b.transaction() as s:  # ... while Bonn registers one for a training and edits the other
        ts.register(s, ids["training"], lei)
        contact_service.update_contact(s, wang, notes="Vegetarian")
    send(a, b, packages)
    send(b, a, packages)
    send(a, c, packages)
    kinds = {}
    for db in (a, b, c):
        view = ConflictsView(db)
        qtbot.addWidget(view)
        kinds[db] = sorted(view.model.index(row, KIND).data() for row in range(view.model.rowCount()))
    # (the plain edit's conflict waits only at the office that made it, which had seen the deletion)
    assert kinds[a] == ["Deleted here, linked there"]
    assert kinds[b] == ["Edited here, deleted there", "Linked here, deleted there"]
    assert kinds[c] == ["Deleted in one office, linked in another"]
