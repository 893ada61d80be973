"""Find duplicates, look at two records side by side, choose per conflicting field, merge, undo.

The pairs come from ``services.duplicates`` (with their reasons); the comparison, the merge and its
undo from ``services.merge``. Finding and merging run in the background; reading two records for the
side-by-side view is a quick read done directly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from petdesk import labels
from petdesk.cancellation import Cancelled, StopFlag
from petdesk.db import Database, open_for_reading
from petdesk.gui.code_fields import CodeCombo
from petdesk.gui.column_fit import LEAST_WIDTH, whole_title_width
from petdesk.gui.contacts.import_dialog import _bold, _italic, _table_view
from petdesk.gui.list_room import ListRoom
from petdesk.gui.operations import CONTACT, ORGANISATION, Changes, announce, run_in_background
from petdesk.gui.plurals import MergeCarried
from petdesk.gui.qt import (
    QButtonGroup,
    QComboBox,
    QCoreApplication,
    QDialog,
    QEvent,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QObject,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QResizeEvent,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import hold, writes
from petdesk.gui.screen_fit import resize_within_screen
from petdesk.gui.table_model import ListTableModel
from petdesk.gui.translate_noop import QT_TRANSLATE_NOOP
from petdesk.i18n import format_number, is_chinese, translator
from petdesk.services import duplicates, duplicates_by_organisation, duplicates_child, memory
from petdesk.services import merge as merge_service

#: Field labels of the side-by-side view (keys of ``services.merge`` fields), marked for translation.
MERGE_FIELD_LABELS: dict[str, str] = {
    "name_latin": QT_TRANSLATE_NOOP("MergeFields", "Name (Latin script)"),
    "name_zh": QT_TRANSLATE_NOOP("MergeFields", "Name (Chinese)"),
    "name_hanja": QT_TRANSLATE_NOOP("MergeFields", "Hanja"),
    "honorific_en": QT_TRANSLATE_NOOP("MergeFields", "Honorific (English)"),
    "honorific_zh": QT_TRANSLATE_NOOP("MergeFields", "Honorific (Chinese)"),
    "gender": QT_TRANSLATE_NOOP("MergeFields", "Gender"),
    "languages": QT_TRANSLATE_NOOP("MergeFields", "Languages"),
    "dietary_needs": QT_TRANSLATE_NOOP("MergeFields", "Dietary requirements"),
    "accessibility_needs": QT_TRANSLATE_NOOP("MergeFields", "Accessibility needs"),
    "emergency_contact": QT_TRANSLATE_NOOP("MergeFields", "Emergency contact"),
    "passport": QT_TRANSLATE_NOOP("MergeFields", "Passport"),
    "visa_note": QT_TRANSLATE_NOOP("MergeFields", "Visa note"),
    "postal_code": QT_TRANSLATE_NOOP("MergeFields", "Postal code"),
    "notes": QT_TRANSLATE_NOOP("MergeFields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("MergeFields", "Tags"),
    "source": QT_TRANSLATE_NOOP("MergeFields", "Source"),
    "name_en": QT_TRANSLATE_NOOP("MergeFields", "Name (English)"),
    "short_name_en": QT_TRANSLATE_NOOP("MergeFields", "Short name (English)"),
    "short_name_zh": QT_TRANSLATE_NOOP("MergeFields", "Short name (Chinese)"),
    "aliases": QT_TRANSLATE_NOOP("MergeFields", "Other names"),
    "kind": QT_TRANSLATE_NOOP("MergeFields", "Kind"),
    "country": QT_TRANSLATE_NOOP("MergeFields", "Country"),
    "city": QT_TRANSLATE_NOOP("MergeFields", "City"),
    "address_en": QT_TRANSLATE_NOOP("MergeFields", "Address (English)"),
    "address_zh": QT_TRANSLATE_NOOP("MergeFields", "Address (Chinese)"),
    "website": QT_TRANSLATE_NOOP("MergeFields", "Web site"),
    "phone": QT_TRANSLATE_NOOP("MergeFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("MergeFields", "E-mail"),
    "technology_areas": QT_TRANSLATE_NOOP("MergeFields", "Technology areas"),
    "is_member_city": QT_TRANSLATE_NOOP("MergeFields", "Member city"),
}

SIDE_FIRST, SIDE_SECOND, SIDE_BOTH = 0, 1, 2

#: At most this many pairs are listed (the best first); the status says how many there are in all.
PAIRS_LISTED = 5_000

#: Above this many contacts the window looks for duplicates through a scratch database, in bounded
#: memory, not in dicts: in memory the search takes about 1.6 KB per contact (163 MB at 100,000)
#: on top of the ~220 MB the window already holds there, 381 MB at its peak against issue 17's
#: 300 MB; the scratch database took 67 MB and about a second more. ``petdesk duplicates`` starts
#: small and keeps the faster way up to ``duplicates.IN_MEMORY_LIMIT``. (From
#: ``duplicates_child.CHILD_FROM`` contacts a search of the whole file runs in a child process;
#: this limit still serves the pair asked for by "Merge…" on two chosen contacts.)
WINDOW_IN_MEMORY_LIMIT = 20_000

#: ``Operation.progress`` carries two numbers: each step of a search is this many parts of the bar,
#: so that the step can be told from the value.
STEP_PARTS = 100

#: Seconds the integrity check on opening the search's own connection may take (as the CLI's).
SEARCH_CHECK_BUDGET_S = 0.25

#: The organisation filter's code for "all organisations" (ids are hex; "" is "at no organisation").
ALL_ORGANISATIONS = "*"


def search_steps(entity: str) -> tuple[str, ...]:
    """The steps a search for duplicate ``entity`` records reports, in order."""
    if entity == "organisation":
        return (duplicates.STEP_ORGANISATIONS,)
    return tuple(step for step in duplicates.STEPS if step != duplicates.STEP_ORGANISATIONS)


def as_bar(steps: Sequence[str], report: Callable[[int, int], None]) -> duplicates.Progress:
    """A service progress callback that reports (done, total) parts of the whole search."""

    def progress(step: str, done: int, total: int) -> None:
        index = steps.index(step) if step in steps else 0
        part = min(done * STEP_PARTS // total, STEP_PARTS) if total else 0
        report(index * STEP_PARTS + part, len(steps) * STEP_PARTS)

    return progress


def _contact_pairs(
    db: Database,
    fixed: tuple[str, str] | None,
    progress: duplicates.Progress,
    *,
    locale: str,
    stop: StopFlag,
) -> tuple[list[duplicates.DuplicatePair], int]:
    """The pairs to list and how many there are. Only the pairs listed are written out: a million
    contacts have over a hundred thousand pairs, which took 680 MB. A pair asked for is looked for
    among its first contact's pairs. From ``duplicates_child.CHILD_FROM`` contacts the whole file
    is searched by a child process (issue 17: 359 MB in the window's process at a million)."""
    if fixed is None:
        with db.reading() as session:
            rows = duplicates.contact_rows(session)
        if rows >= duplicates_child.CHILD_FROM:
            return duplicates_child.find_in_child(
                db.path, limit=PAIRS_LISTED, locale=locale, progress=progress, stop=stop
            )
    # Read on a connection of its own, as ``petdesk duplicates`` reads: closed at the end, its page
    # cache goes with it (a pooled connection kept it).
    conn = open_for_reading(db.path, check_budget_s=SEARCH_CHECK_BUDGET_S)
    try:
        found, total = duplicates.rank_contact_duplicates(
            conn,
            contact_id=fixed[0] if fixed is not None else None,
            limit=None if fixed is not None else PAIRS_LISTED,
            progress=progress,
            in_memory_limit=WINDOW_IN_MEMORY_LIMIT,
        )
    finally:
        conn.close()
    return list(found), total


def _pairs_of(db: Database, entity: str, record_id: str) -> tuple[list[duplicates.DuplicatePair], int]:
    """Every pair of one record, at any score (as ``petdesk duplicates --of``), and how many."""
    with db.reading() as session:
        found = duplicates.duplicates_of(session, entity, record_id)
    return found, len(found)


def organisations_of_listed(
    db: Database, pairs: Sequence[duplicates.DuplicatePair]
) -> duplicates_by_organisation.PairOrganisations:
    """Where the listed pairs' people work (as ``petdesk duplicates --organisation`` counts them),
    read on a connection of its own in the background: the filter then counts and chooses among
    the listed pairs without searching again (field test 105)."""
    conn = open_for_reading(db.path, check_budget_s=SEARCH_CHECK_BUDGET_S)
    try:
        return duplicates_by_organisation.pair_organisations(conn, pairs)
    finally:
        conn.close()


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class LinesLabel(QLabel):
    """A wrapping label that asks its layout for the height its lines need at its real width: a
    wrapping QLabel's size hint guesses a width of its own, so in a short window with a tall font
    the layout gave it a line less than its text (the reasons and the status were cut)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        needed = self.heightForWidth(self.width()) if self.wordWrap() else -1
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


#: Rows of the pairs list measured for the columns' widths: the top ones (the best scores). All
#: 5,000 took 110 ms of the GUI thread (field test 47, defect 2); the first columns are capped anyway.
ROWS_MEASURED = 50
#: The pairs list's column of reasons (after the score and the two names).
REASON_COLUMN = 3
#: The reasons' least width beside the names (a few words of each, elided).
REASON_LEAST = 100
#: The comparison pane's least width beside the pairs list: its two records' columns readable.
COMPARISON_LEAST = 560


class PairsModel(ListTableModel):
    """The listed pairs, each row's text made when the row is shown: formatting 5,000 rows at once
    stood the window still when they arrived (field test 47, defect 2). A long reason is elided,
    and read whole in the cell's tooltip."""

    def __init__(
        self, headers: Sequence[str], reasons: Callable[[duplicates.DuplicatePair], str], parent: QWidget
    ) -> None:
        super().__init__(headers, [], parent)
        self._reasons = reasons

    def cells(self, row: duplicates.DuplicatePair) -> Sequence[Any]:
        return (f"{row.score:.2f}", row.first_name, row.second_name, self._reasons(row))

    def role_data(self, row_no: int, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(self.cells(self.rows[row_no])[column])
        return None


class MergeDialog(QDialog):
    """Duplicates on the left; the selected pair side by side on the right, with a choice per conflict."""

    #: Duplicate pairs were found; argument: how many.
    pairs_loaded = Signal(int)
    #: A merge was written; argument: the merge record's id.
    merged = Signal(str)
    #: A merge was undone; argument: the merge record's id.
    undone = Signal(str)
    #: Something failed; argument: the message shown.
    failed = Signal(str)

    def __init__(
        self,
        db: Database,
        locale: str = "en",
        *,
        entity: merge_service.Entity = "contact",
        pair: tuple[str, str] | None = None,
        of: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MergeDialog")
        self.db = db
        self.ui_locale = locale
        self.entity: merge_service.Entity = entity
        self.setWindowTitle(self.tr("Duplicates"))
        resize_within_screen(self, 1100, 640)
        #: The pairs shown: those listed, or the chosen organisation's among them.
        self.pairs: list[duplicates.DuplicatePair] = []
        #: The pairs the last search listed (the best ``PAIRS_LISTED``), whatever organisation.
        self.listed_pairs: list[duplicates.DuplicatePair] = []
        #: Where the listed pairs' people work, and those organisations' names.
        self.pair_organisations = duplicates_by_organisation.PairOrganisations({}, {})
        #: The organisation chosen in the filter (``ALL_ORGANISATIONS`` for all).
        self.organisation_id = ALL_ORGANISATIONS
        #: How many pairs the last search found, listed or not.
        self.pairs_total = 0
        self.current: duplicates.DuplicatePair | None = None
        self.comparisons: list[merge_service.FieldComparison] = []
        self.field_groups: dict[str, QButtonGroup] = {}
        self.last_merge_id: str | None = None
        self._fixed_pair = pair
        # Only the pairs of this one record, at every score (``petdesk duplicates --of``): what
        # the import's "possible match — check" asks to look at.
        self.of_id = of
        self._core_tr = translator(locale)
        self._steps: tuple[str, ...] = ()

        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("entity_combo")
        self.entity_combo.addItem(self.tr("Contacts"), "contact")
        self.entity_combo.addItem(self.tr("Organisations"), "organisation")
        self.entity_combo.setCurrentIndex(0 if entity == "contact" else 1)
        self.entity_combo.currentIndexChanged.connect(self._entity_changed)
        self.entity_combo.setAccessibleName(self.tr("Record type"))
        self.find_button = QPushButton(self.tr("&Find again"), self)
        self.find_button.setObjectName("find_button")
        self.find_button.clicked.connect(self.find_pairs)
        top = QHBoxLayout()
        look_label = QLabel(self.tr("&Look for duplicate:"), self)
        look_label.setBuddy(self.entity_combo)
        top.addWidget(look_label)
        top.addWidget(self.entity_combo)
        # Worked through one organisation at a time (field test 105: 609 pairs after two offices
        # merged): the organisations of the listed pairs, the most pairs first; type to find one.
        self.organisation_combo = CodeCombo([], self, blank=None, editable=True)
        self.organisation_combo.setObjectName("organisation_combo")
        self.organisation_combo.setAccessibleName(self.tr("Organisation"))
        self.organisation_combo.setMinimumContentsLength(24)
        self.organisation_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.organisation_combo.currentIndexChanged.connect(self._organisation_chosen)
        self.organisation_label = QLabel(self.tr("&Organisation:"), self)
        self.organisation_label.setBuddy(self.organisation_combo)
        top.addWidget(self.organisation_label)
        top.addWidget(self.organisation_combo, 1)
        top.addWidget(self.find_button)
        self.find_progress = QProgressBar(self)
        self.find_progress.setObjectName("find_progress")
        self.find_progress.setTextVisible(False)
        self.find_progress.setMaximumWidth(240)
        self.find_progress.setVisible(False)
        top.addWidget(self.find_progress)
        self.stop_button = QPushButton(self.tr("&Stop"), self)
        self.stop_button.setObjectName("stop_button")
        self.stop_button.setVisible(False)
        self.stop_button.clicked.connect(self.stop_search)
        top.addWidget(self.stop_button)

        self.pairs_model = PairsModel(
            [self.tr("Score"), self.tr("First"), self.tr("Second"), self.tr("Why")], self._reasons, self
        )
        self.pairs_view = _table_view(self.pairs_model, "pairs_table", self)
        self.pairs_view.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        self.pairs_view.setAccessibleName(self.tr("Possible duplicates"))
        # Tab leaves for the comparison and the buttons; arrows move in the list (field test 32, §8).
        # A long reason is elided, and read whole in the cell's tooltip.
        self.pairs_view.setTabKeyNavigation(False)
        self.pairs_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.show_pair(cur.row())
        )

        right = QWidget(self)
        self.keep_first = QRadioButton(right)
        self.keep_first.setObjectName("keep_first")
        self.keep_second = QRadioButton(right)
        self.keep_second.setObjectName("keep_second")
        self.keep_first.setChecked(True)
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_first, SIDE_FIRST)
        self.keep_group.addButton(self.keep_second, SIDE_SECOND)
        self.keep_group.idToggled.connect(self._keep_changed)
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("Keep:"), right)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_first, 1)
        keep_row.addWidget(self.keep_second, 1)
        # What tells two records of the same name apart: where they work, how to reach them, when
        # they were added (issue 16: two "Anna Mäkelä" looked the same).
        self.identity_first = LinesLabel(right)
        self.identity_first.setObjectName("identity_first")
        self.identity_second = LinesLabel(right)
        self.identity_second.setObjectName("identity_second")
        identity_row = QHBoxLayout()
        identity_row.addSpacing(keep_label.sizeHint().width())  # under the two choices
        for label in (self.identity_first, self.identity_second):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            identity_row.addWidget(label, 1)

        self.fields_area = QScrollArea(right)
        self.fields_area.setObjectName("fields_area")
        self.fields_area.setWidgetResizable(True)
        # The values are elided to the room there is (whole in their tooltips): at 1024 px the
        # comparison ran off the right edge (field test 32, §8).
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reasons_label = LinesLabel(right)
        self.reasons_label.setObjectName("reasons_label")
        self.reasons_label.setWordWrap(True)
        self.status_label = LinesLabel(right)
        self.status_label.setObjectName("merge_status")
        self.status_label.setWordWrap(True)
        # Lines of text keep the height their words need; the fields list (it scrolls) gives up room
        # instead: a short window cut the reasons and the status line to half a line.
        for label in (self.reasons_label, self.identity_first, self.identity_second, self.status_label):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.dismiss_button = QPushButton(self.tr("&Not duplicates"), right)
        self.dismiss_button.setObjectName("dismiss_button")
        self.dismiss_button.setToolTip(self.tr("These are different records; do not propose them again"))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.merge_button = QPushButton(self.tr("&Merge"), right)
        self.merge_button.setObjectName("merge_button")
        self.merge_button.clicked.connect(self.merge_current)
        self.undo_button = QPushButton(self.tr("&Undo merge"), right)
        self.undo_button.setObjectName("undo_button")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_last)
        close = QPushButton(self.tr("&Close"), right)
        close.clicked.connect(self.accept)
        for button in (self.dismiss_button, self.merge_button, self.undo_button):
            writes(button)
        # Reached from a record's "Find Duplicates of This…" in a read-only window too: the pairs
        # are shown, nothing is merged or dismissed.
        hold(self, db.path)
        buttons = QHBoxLayout()
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(close)

        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.reasons_label)
        right_layout.addLayout(keep_row)
        right_layout.addLayout(identity_row)
        right_layout.addWidget(self.fields_area, 1)
        right_layout.addWidget(self.status_label)
        right_layout.addLayout(buttons)

        splitter = QSplitter(self)
        splitter.addWidget(self.pairs_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([430, 670])
        # The reasons took their longest text's width, behind a sideways scroll bar and cut
        # mid-word ("电子邮箱相", shots60): they fill what the scores and names leave, elided (the
        # cell's tooltip and the pane beside read them whole), and the list takes the room its
        # columns need while the comparison keeps its least. (Qt's stretched last section kept
        # the width resizeColumnsToContents gave it: the widths are set here.)
        self.pairs_view.horizontalHeader().setStretchLastSection(False)
        #: The score's and the names' widths for their texts (names at most 160 px).
        self._pair_widths: list[int] = []
        self.pairs_view.viewport().installEventFilter(self)
        self.pairs_room = ListRoom(
            splitter, self.pairs_view, pane_least=COMPARISON_LEAST, naming=REASON_COLUMN
        )
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._set_pair_enabled(False)
        self._search_stop = StopFlag()
        self._show_organisation_filter()
        self.find_pairs()

    # --- finding ------------------------------------------------------------------------
    def _entity_changed(self, _index: int) -> None:
        self.entity = self.entity_combo.currentData()
        self._fixed_pair = None
        self.of_id = None
        self._show_organisation_filter()
        self.find_pairs()

    def _show_organisation_filter(self) -> None:
        """The filter serves a search of the whole file, not one record's pairs or a pair asked for."""
        shown = self.of_id is None and self._fixed_pair is None
        self.organisation_label.setVisible(shown)
        self.organisation_combo.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pairs_view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_pair_columns()
        return super().eventFilter(watched, event)

    def _fit_pair_columns(self) -> None:
        """The names give way (elided, whole in their tooltips) so that the reasons keep their
        title's width in view: at 1024 px two names of 160 px pushed them behind a scroll bar."""
        if not self._pair_widths:
            return
        header = self.pairs_view.horizontalHeader()
        reason_least = max(whole_title_width(header, REASON_COLUMN), REASON_LEAST)
        room = self.pairs_view.viewport().width()
        score, *names = self._pair_widths
        share = max(LEAST_WIDTH, (room - score - reason_least) // len(names))
        widths = [score, *(min(width, share) for width in names)]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        header.resizeSection(REASON_COLUMN, max(reason_least, room - sum(widths)))

    def find_pairs(self) -> None:
        db, entity, fixed, of, locale = self.db, self.entity, self._fixed_pair, self.of_id, self.ui_locale
        self._search_stop.set()  # a search still under way is of no use now
        stop = self._search_stop = StopFlag()
        self.find_button.setEnabled(False)
        self.stop_button.setVisible(True)
        self.status_label.setText(self.tr("Looking for duplicates…"))
        self._steps = steps = search_steps(entity)
        self.find_progress.setRange(0, 0)  # busy until the first step reports
        self.find_progress.setVisible(True)

        def work(report: Callable[[int, int], None]) -> tuple[Any, ...]:
            if of is not None or fixed is not None:
                return pairs(report)
            found, total = pairs(report)
            return found, total, organisations_of_listed(db, found)

        def pairs(report: Callable[[int, int], None]) -> tuple[list[duplicates.DuplicatePair], int]:
            if of is not None:
                return _pairs_of(db, entity, of)
            progress = as_bar(steps, report)
            try:
                if entity == "contact":
                    found, total = _contact_pairs(db, fixed, progress, locale=locale, stop=stop)
                else:
                    with db.reading() as session:
                        found = duplicates.find_organisation_duplicates(session, progress=progress)
                    total = len(found)
                    if fixed is None:
                        del found[PAIRS_LISTED:]
            finally:
                memory.release_after_bulk_work()  # the window lives on: give the search's memory back
            if fixed is not None:
                key = tuple(sorted(fixed))
                chosen = [p for p in found if p.key == key]
                if not chosen:  # asked for a pair the finder does not propose: show it anyway
                    chosen = [duplicates.DuplicatePair(entity, key[0], key[1], "", "", 0.0, [])]
                return chosen, len(chosen)
            return found, total

        run_in_background(
            work,
            on_success=self._pairs_found,
            on_failure=self._search_failed,
            on_progress=self._search_progress,
            parent=self,
            stop=stop,
        )

    def _search_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):  # (stopped: a newer search or a closed window)
            self._fail(exc)

    def stop_search(self) -> None:
        """Stop the search under way (its child process is killed); the list stays as it was."""
        self._search_stop.set()
        self._search_ended()
        self.status_label.setText(self.tr("Stopped; the search for duplicates was not finished."))

    def _search_ended(self) -> None:
        self.find_progress.setVisible(False)
        self.stop_button.setVisible(False)
        self.find_button.setEnabled(True)

    def done(self, result: int) -> None:
        """Closing the window ends a search under way (at a million contacts it takes half a
        minute of both cores)."""
        self._search_stop.set()
        super().done(result)

    def _search_progress(self, done: int, total: int) -> None:
        self.find_progress.setRange(0, total)
        self.find_progress.setValue(done)
        step = self._steps[min(done // STEP_PARTS, len(self._steps) - 1)]
        self.status_label.setText(self.tr("Looking for duplicates: %1…").replace("%1", self._core_tr(step)))

    def _pairs_gone(self, gone: Callable[[duplicates.DuplicatePair], bool]) -> None:
        """Take the pairs a merge or dismissal settled off the list, without searching again."""
        remaining = [p for p in self.listed_pairs if not gone(p)]
        total = self.pairs_total - (len(self.listed_pairs) - len(remaining))
        if not remaining and total:
            self.find_pairs()  # the listed ones are settled: list the next ones
            return
        # the organisations' counts are counted again from the pairs left (no new search)
        self._pairs_found((remaining, total, self.pair_organisations))

    def _pairs_found(self, found: tuple[Any, ...]) -> None:
        """Show a search's pairs: ``(pairs, total)``, with the listed pairs' organisations third
        when the search was of the whole file."""
        pairs, total = found[0], found[1]
        self.pair_organisations = (
            found[2] if len(found) > 2 else duplicates_by_organisation.PairOrganisations({}, {})
        )
        self.pairs_total = total
        self._search_ended()
        self.listed_pairs = pairs
        self._fill_organisations()
        self._show_pairs()

    def _fill_organisations(self) -> None:
        """The filter's choices counted from the listed pairs, the most first; the one chosen stays
        chosen (at 0 once its last pair is settled)."""
        organisations, names = self.pair_organisations
        counts = duplicates_by_organisation.counted(self.listed_pairs, organisations, names)
        chosen = self.organisation_id
        if chosen != ALL_ORGANISATIONS and chosen not in {c.organisation_id for c in counts}:
            counts.append(duplicates_by_organisation.OrganisationCount(chosen, names.get(chosen, ""), 0))
        combo = self.organisation_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All organisations (%Ln pair(s))", "", self.pairs_total), ALL_ORGANISATIONS)
        for count in counts:
            name = count.name or self.tr("At no organisation")
            combo.addItem(
                self.tr("%1 (%Ln pair(s))", "", count.pairs).replace("%1", name), count.organisation_id
            )
        combo.set_code(chosen)
        combo.blockSignals(False)

    def _organisation_chosen(self, index: int) -> None:
        code = self.organisation_combo.itemData(index) if index >= 0 else None
        if code is None or code == self.organisation_id:
            return
        self.organisation_id = str(code)
        self._show_pairs()

    def _show_pairs(self) -> None:
        """List the listed pairs, or the chosen organisation's among them, and say how many."""
        total = self.pairs_total
        if self.organisation_id == ALL_ORGANISATIONS:
            pairs = self.listed_pairs
        else:
            organisations = self.pair_organisations.organisations
            pairs = duplicates_by_organisation.belonging_to(
                self.listed_pairs, organisations, self.organisation_id
            )
            total = len(pairs)
        self.pairs = pairs
        self.pairs_model.set_rows(pairs)
        self.pairs_view.resizeColumnsToContents()  # (the top ROWS_MEASURED rows)
        self._pair_widths = [min(self.pairs_view.columnWidth(c), 160) for c in range(REASON_COLUMN)]
        self._fit_pair_columns()
        if self.of_id is not None:
            self._say_pairs_of(pairs)
        elif pairs:
            if total > len(pairs):
                self.status_label.setText(
                    self.tr("The first %1 of %2 likely duplicates; merge or dismiss them to see more.")
                    .replace("%1", format_number(len(pairs), self.ui_locale))
                    .replace("%2", format_number(total, self.ui_locale))
                )
            else:
                self.status_label.setText(self.tr("%Ln likely duplicate(s).", "", len(pairs)))
            self._select_first()
        else:
            self.status_label.setText(self.tr("No likely duplicates found."))
            self._clear_pair()
        self.pairs_loaded.emit(len(pairs))

    def _say_pairs_of(self, pairs: list[duplicates.DuplicatePair]) -> None:
        """The status of a dialog opened for one record: its pairs, however low their score."""
        if pairs:
            self.status_label.setText(
                self.tr("%Ln possible duplicate(s) of %1, at every score.", "", len(pairs)).replace(
                    "%1", pairs[0].first_name
                )
            )
            self._select_first()
        else:
            self.status_label.setText(self.tr("Nothing resembles this record."))
            self._clear_pair()

    def _select_first(self) -> None:
        """Select the first pair and show it, once: selecting it after the list was filled shows it
        (the current row changes), and reading the pair twice cost the GUI thread 18 ms more."""
        self.pairs_view.selectRow(0)
        if self.current is not self.pairs[0]:
            self.show_pair(0)

    def _fail(self, exc: BaseException) -> None:
        self._search_ended()
        self._set_pair_enabled(self.current is not None)
        from petdesk.messages import plain_error

        message = plain_error(exc, self.ui_locale, database=self.db.path, context="merging records")
        self.status_label.setText(self.tr("Failed: %1").replace("%1", message))
        self.failed.emit(message)

    # --- side by side ----------------------------------------------------------------------
    def _clear_pair(self) -> None:
        self.current = None
        self.comparisons = []
        self.field_groups = {}
        self.fields_area.setWidget(QWidget())
        self.reasons_label.clear()
        self.keep_first.setText("")
        self.keep_second.setText("")
        self.identity_first.clear()
        self.identity_second.clear()
        self._set_pair_enabled(False)

    def _set_pair_enabled(self, enabled: bool) -> None:
        for widget in (self.merge_button, self.dismiss_button, self.keep_first, self.keep_second):
            widget.setEnabled(enabled)

    def show_pair(self, row: int) -> None:
        if not 0 <= row < len(self.pairs):
            return
        pair = self.pairs[row]
        self.current = pair
        with self.db.reading() as session:
            try:
                self.comparisons = merge_service.compare(session, pair.entity, pair.first_id, pair.second_id)  # type: ignore[arg-type]
            except merge_service.MergeError as exc:
                from petdesk.messages import plain_error

                self._clear_pair()
                # "the contact … is deleted (already merged?)" in the window's language (errors53b)
                self.status_label.setText(plain_error(exc, self.ui_locale))
                return
            links = (
                merge_service.link_counts(session, pair.entity, pair.first_id),  # type: ignore[arg-type]
                merge_service.link_counts(session, pair.entity, pair.second_id),  # type: ignore[arg-type]
            )
            identities = tuple(self._identity(session, pair.entity, rid) for rid in pair.key)
            names = (pair.first_name, pair.second_name)
            if not all(names):
                names = tuple(self._name_of(session, pair.entity, rid) for rid in pair.key)  # type: ignore[assignment]
        self.keep_first.setText(names[0])
        self.keep_second.setText(names[1])
        self.identity_first.setText(identities[0])
        self.identity_second.setText(identities[1])
        self.keep_first.setChecked(True)
        reasons = self._reasons(pair) or self.tr("chosen by hand")
        self.reasons_label.setText(self.tr("Why these look like one record: %1").replace("%1", reasons))
        self._build_fields(links)
        self._set_pair_enabled(True)

    def _reasons(self, pair: duplicates.DuplicatePair) -> str:
        """The pair's reasons in the interface language (the core's catalogue translates them)."""
        separator = "；" if is_chinese(self.ui_locale) else "; "
        return separator.join(duplicates.translate_reason(r, self._core_tr) for r in pair.reasons)

    @staticmethod
    def _name_of(session: Any, entity: str, record_id: str) -> str:
        from petdesk import models as m

        obj = session.get(m.Contact if entity == "contact" else m.Organisation, record_id)
        if obj is None:
            return record_id
        if entity == "contact":
            return f"{obj.name_zh} {obj.name_latin}".strip()
        return obj.name_zh or obj.name_en

    def _identity(self, session: Any, entity: str, record_id: str) -> str:
        """Organisation or city, e-mail or phone, and the date the record was added."""
        from petdesk import city_names, i18n
        from petdesk import models as m

        locale = self.ui_locale
        zh = i18n.is_chinese(locale)
        obj = session.get(m.Contact if entity == "contact" else m.Organisation, record_id)
        if obj is None:
            return ""
        parts: list[str] = []
        if entity == "contact":
            job = obj.current_affiliation()
            if job is not None and job.organisation is not None:
                parts.append(job.organisation.display_name("zh" if zh else "en"))
            live = [x for x in obj.methods if x.deleted_at is None]
            parts += [x.value for x in live[:2]]
        else:
            city = city_names.shown_city(obj.city_en, obj.city_zh, locale)  # 成都 for an old "Chengdu"
            parts += [city, labels.country_name(obj.country or "", locale), obj.website]
        added = self.tr("added %1").replace("%1", i18n.format_date(obj.created_at.date(), locale))
        parts.append(added)
        return labels.join_parts([p for p in parts if p], locale)

    def _build_fields(self, links: tuple[dict[str, int], dict[str, int]]) -> None:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.addWidget(QLabel(_bold(self.tr("Field"))), 0, 0)
        grid.addWidget(QLabel(_bold(self.tr("First record"))), 0, 1)
        grid.addWidget(QLabel(_bold(self.tr("Second record"))), 0, 2)
        self.field_groups = {}
        row = 1
        for comparison in self.comparisons:
            first_text = self._value_text(comparison.keep_value)
            second_text = self._value_text(comparison.other_value)
            if not first_text and not second_text:
                continue
            if first_text == second_text and not comparison.field.key.startswith("name"):
                continue  # the same on both sides: nothing to choose or see
            key = comparison.field.key
            label = QLabel(
                _translate("MergeFields", MERGE_FIELD_LABELS.get(key, comparison.field.label)), widget
            )
            if comparison.conflict:
                label.setText(f"<b>{label.text()}</b>")
            grid.addWidget(label, row, 0)
            group = QButtonGroup(widget)
            group.setExclusive(True)
            first = self._value_button(first_text or "—", widget)
            second = self._value_button(second_text or "—", widget)
            first.setObjectName(f"field_{key}_first")
            second.setObjectName(f"field_{key}_second")
            group.addButton(first, SIDE_FIRST)
            group.addButton(second, SIDE_SECOND)
            grid.addWidget(first, row, 1)
            grid.addWidget(second, row, 2)
            if comparison.field.kind == "list":
                first.setEnabled(False)
                second.setEnabled(False)
                first.setChecked(True)
                both_kept = QLabel(self.tr("(both kept)"), widget)
                both_kept.setWordWrap(True)
                grid.addWidget(both_kept, row, 3)
            elif comparison.conflict:
                if comparison.field.kind == "text":
                    both = QRadioButton(self.tr("Both"), widget)
                    both.setObjectName(f"field_{key}_both")
                    group.addButton(both, SIDE_BOTH)
                    grid.addWidget(both, row, 3)
                self.field_groups[key] = group
            else:
                # Only one side has a value (or both the same): that value is kept.
                (second if comparison.default == "other" else first).setChecked(True)
                first.setEnabled(False)
                second.setEnabled(False)
            row += 1
        grid.addWidget(QLabel(_italic(self.tr("Carried over")), widget), row, 0)
        carried_over = MergeCarried()
        for column, counts in ((1, links[0]), (2, links[1])):
            text = labels.join_like(
                [carried_over.count(table, n) for table, n in sorted(counts.items())],
                self.ui_locale,
            )
            carried = QLabel(text or "—", widget)
            carried.setWordWrap(True)
            grid.addWidget(carried, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(row + 1, 1)
        self.fields_area.setWidget(widget)
        self._keep_changed(self.keep_group.checkedId(), True)

    def _value_button(self, text: str, parent: QWidget) -> QRadioButton:
        """A value to keep, elided to a third of the comparison's width, whole in its tooltip."""
        button = QRadioButton(parent)
        room = max(80, self.fields_area.viewport().width() // 3 - 30)
        button.setText(
            button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room).replace("&", "&&")
        )
        button.setToolTip(text)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return button

    def _value_text(self, values: tuple[Any, ...]) -> str:
        if len(values) == 1 and isinstance(values[0], bool):
            return self.tr("yes") if values[0] else ""
        return merge_service.display_value(values)

    def _keep_changed(self, side: int, checked: bool) -> None:
        """The kept record's values win by default: check its side of every conflict."""
        if not checked:
            return
        for group in self.field_groups.values():
            button = group.button(side)
            if button is not None:
                button.setChecked(True)

    def choose(self, field: str, side: int) -> None:
        """Choose a conflicting field's value: SIDE_FIRST, SIDE_SECOND or SIDE_BOTH (as the radios do)."""
        self.field_groups[field].button(side).setChecked(True)

    def choices(self) -> dict[str, merge_service.Choice]:
        kept = self.keep_group.checkedId()
        result: dict[str, merge_service.Choice] = {}
        for key, group in self.field_groups.items():
            side = group.checkedId()
            if side == SIDE_BOTH:
                result[key] = "both"
            elif side >= 0:
                result[key] = "keep" if side == kept else "other"
        return result

    # --- actions ------------------------------------------------------------------------
    def merge_current(self) -> None:
        pair = self.current
        if pair is None:
            return
        keep_id, other_id = (
            (pair.first_id, pair.second_id)
            if self.keep_group.checkedId() == SIDE_FIRST
            else (pair.second_id, pair.first_id)
        )
        choices, db, entity, locale = self.choices(), self.db, pair.entity, self.ui_locale
        self._set_pair_enabled(False)

        # No backup first: one pair is recorded and taken back by "Undo merge" (as a few deletes
        # are by Undo, see backups.guard_bulk); a full copy of a 250 MB file took ~10 s per click.
        def work() -> tuple[str, str]:
            with db.transaction() as session:
                record = merge_service.merge(session, entity, keep_id, other_id, choices)  # type: ignore[arg-type]
                return record.id, merge_service.describe_merge(record, locale)

        run_in_background(
            work, on_success=lambda r: self._merged(r, other_id, keep_id), on_failure=self._fail, parent=self
        )

    def _merged(self, result: tuple[str, str], other_id: str, keep_id: str = "") -> None:
        merge_id, summary = result
        if self.of_id == other_id and keep_id:
            self.of_id = keep_id  # the record asked about lives on in the one kept
        self.last_merge_id = merge_id
        self.undo_button.setEnabled(True)
        # Pairs with the merged-away record are gone now.
        self._pairs_gone(lambda p: other_id in p.key)
        self.status_label.setText(self.tr("Merged: %1").replace("%1", summary))
        announce(Changes.of(CONTACT, ORGANISATION))
        self.merged.emit(merge_id)

    def undo_last(self) -> None:
        merge_id, db, locale = self.last_merge_id, self.db, self.ui_locale
        if merge_id is None:
            return
        self.undo_button.setEnabled(False)

        def work() -> str:
            with db.transaction() as session:
                record = merge_service.undo_merge(session, merge_id).record
                return merge_service.describe_merge(record, locale)

        def done(summary: str) -> None:
            self.last_merge_id = None
            self.find_pairs()
            self.status_label.setText(self.tr("Merge undone: %1").replace("%1", summary))
            announce(Changes.of(CONTACT, ORGANISATION))
            self.undone.emit(merge_id)

        def failed(exc: BaseException) -> None:
            self.undo_button.setEnabled(True)
            self._fail(exc)

        run_in_background(work, on_success=done, on_failure=failed, parent=self)

    def dismiss_current(self) -> None:
        pair = self.current
        if pair is None:
            return
        db = self.db

        def work() -> None:
            with db.transaction() as session:
                duplicates.dismiss(session, pair.entity, pair.first_id, pair.second_id)

        def done(_result: object) -> None:
            self._pairs_gone(lambda p: p.key == pair.key)
            self.status_label.setText(self.tr("Marked as different records."))

        run_in_background(work, on_success=done, on_failure=self._fail, parent=self)


def open_merge_for(
    parent: QWidget, db: Database, locale: str, ids: Sequence[str], entity: str = "contact"
) -> MergeDialog:
    """Open the dialog on two chosen records (for a list's "Merge…" action on a two-row selection)."""
    if len(ids) != 2:
        raise ValueError("choose exactly two records to merge")
    dialog = MergeDialog(db, locale, entity=entity, pair=(ids[0], ids[1]), parent=parent)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def open_duplicates_of(
    parent: QWidget, db: Database, locale: str, entity: str, record_id: str
) -> MergeDialog:
    """The Duplicates dialog restricted to the pairs of one contact or organisation, at every score:
    "Find Duplicates of This…" of the lists and detail panes, and the import's possible matches."""
    dialog = MergeDialog(db, locale, entity=entity, of=record_id, parent=parent)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
