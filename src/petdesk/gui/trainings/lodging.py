"""The training editor's Lodging tab: each participant's answer (needs a room, hotel, nights, room,
note), the rooms per night and the hotel's list. The rules are ``services.training_lodging``'s;
each answer is saved at once, like the participants tab's registrations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from petdesk import i18n
from petdesk.gui.a11y import named
from petdesk.gui.colours import ERROR, SUCCESS, tint
from petdesk.gui.operations import TRAINING, Changes, read_op, show_failure, write_op
from petdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from petdesk.gui.read_only import writes
from petdesk.gui.tab_order import OptionalDateEdit
from petdesk.gui.visits.widgets import RowsModel, display_format, from_qdate, table_view, to_qdate
from petdesk.labels import colon
from petdesk.language import interface_language
from petdesk.services import training_lodging as tl

if TYPE_CHECKING:
    from petdesk.db import Database


class LodgingTab(QWidget):
    #: An answer was stored (the participants tab's Lodging column reads it again).
    saved = Signal()

    def __init__(
        self, db: Database, training_id: str | None, locale: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.training_id, self.ui_locale = db, training_id, locale
        self.setObjectName("lodging_tab")
        #: The list as last read.
        self.found: tl.LodgingList | None = None
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Needs a room"),
                self.tr("Hotel"),
                self.tr("Check-in"),
                self.tr("Check-out"),
                self.tr("Room"),
                self.tr("Note"),
            ],
            self,
        )
        self.view = table_view(self, self.model)
        self.view.setObjectName("lodging")
        named(self.view, self.tr("Lodging"))
        self.view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_person())
        self.summary = QLabel(self)
        self.summary.setObjectName("lodging_summary")
        self.summary.setWordWrap(True)

        self.needed = QComboBox(self)
        self.needed.setObjectName("lodging_needed")
        answers: tuple[tuple[str, bool | None], ...] = (
            (self.tr("Not known yet"), None),
            (self.tr("Yes"), True),
            (self.tr("No"), False),
        )
        for text, answer in answers:
            self.needed.addItem(text, answer)
        self.hotel = QComboBox(self)  # the hotels named so far, or a new one typed
        self.hotel.setObjectName("lodging_hotel")
        self.hotel.setEditable(True)
        self.own_dates = QCheckBox(self.tr("&Other nights than the training's days"), self)
        self.own_dates.setObjectName("lodging_own_dates")
        # "—" while the training's own days apply: a disabled box showed today's date
        self.check_in, self.check_out = (OptionalDateEdit(self, display_format()) for _ in range(2))
        self.check_in.setObjectName("lodging_check_in")
        self.check_out.setObjectName("lodging_check_out")
        self.own_dates.toggled.connect(self._dates_enabled)
        self.room = QComboBox(self)
        self.room.setObjectName("lodging_room")
        for text, value in (
            (self.tr("Not said"), ""),
            (self.tr("Single room"), tl.SINGLE),
            (self.tr("Shared room"), tl.SHARED),
        ):
            self.room.addItem(text, value)
        self.note = QLineEdit(self)
        self.note.setObjectName("lodging_note")
        self.note.setPlaceholderText(self.tr("with whom, wishes"))
        self.save_button = writes(QPushButton(self.tr("Save lodging"), self))
        self.save_button.setObjectName("save_lodging")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("Export the hotel's list…"), self)
        self.export_button.setObjectName("export_lodging")
        self.export_button.clicked.connect(self.export_dialog)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        form = QFormLayout()
        # Alt+letters for keyboard users; none of them is taken by the editor's toolbar or tabs
        form.addRow(self.tr("&Needs a room"), self.needed)
        form.addRow(self.tr("&Hotel"), self.hotel)
        form.addRow(self.own_dates)
        form.addRow(self.tr("Check-&in"), self.check_in)
        form.addRow(self.tr("Check-o&ut"), self.check_out)
        form.addRow(self.tr("&Room"), self.room)
        form.addRow(self.tr("No&te"), self.note)
        # the answer's widgets in one box, off while nobody is registered: there is no one to answer for
        self.answer_box = QWidget(self)
        box = QVBoxLayout(self.answer_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(self.save_button)
        box.addWidget(self.export_button)
        side = QVBoxLayout()
        side.addWidget(self.answer_box)
        side.addWidget(self.message)
        # the rooms per night beside the form, not under the list: at 1024×640 they were cut off
        side.addWidget(self.summary)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 3)
        layout.addLayout(side, 2)
        self._dates_enabled(False)

    # --- reading ----------------------------------------------------------------------------------
    def reload(self) -> None:
        if self.training_id is None:
            self.summary.setText(self.tr("Save the training first."))
            return
        tid = self.training_id
        read_op(self.db, lambda s: tl.lodging_list(s, tid), on_success=self._fill, owner=self)

    def _date(self, value: dt.date) -> str:
        return i18n.format_date(value, self.ui_locale)

    def _needs_text(self, needed: bool | None) -> str:
        if needed is None:  # the answer box's words: "?" said nothing (shots51)
            return self.tr("Not known yet")
        return self.tr("Yes") if needed else self.tr("No")

    def _room_text(self, room: str) -> str:
        return {tl.SINGLE: self.tr("Single room"), tl.SHARED: self.tr("Shared room")}.get(room, room)

    def _fill(self, found: tl.LodgingList) -> None:
        chosen = self.selected_id()
        self.found = found
        lang = interface_language(self.ui_locale)
        rows = []
        for r in found.rows:
            stays = r.stays  # a person replaced before the first day has no nights (exchange54b)
            rows.append(
                (
                    r.contact_id,
                    [
                        r.name(lang),
                        self._needs_text(r.needed),
                        r.hotel,
                        self._date(r.arrives) if stays else "",
                        self._date(r.leaves) if stays else "",
                        self._room_text(r.room),
                        r.note,
                    ],
                )
            )
        self.model.set_rows(rows, warn={r.contact_id for r in found.rows if r.stays and not r.hotel})
        self.view.resizeColumnsToContents()
        current = self.hotel.currentText()
        self.hotel.clear()
        self.hotel.addItems(found.hotels)
        self.hotel.setEditText(current)
        self.answer_box.setEnabled(bool(found.rows))
        self.summary.setText(self._summary(found))
        ids = self.model.ids()
        if ids:
            self.view.selectRow(ids.index(chosen) if chosen in ids else 0)

    def _summary(self, found: tl.LodgingList) -> str:
        if not found.rows:  # an empty list said "0 participants need a room; 0 answers still awaited"
            return self.tr("Nobody is registered yet: add the participants on the Participants tab first.")
        lines = [
            self.tr("%Ln participant(s) need a room", "", len(found.staying))
            + self.tr("; %Ln answer(s) still awaited", "", found.unanswered)
        ]
        for c in found.per_night():
            hotel = c.hotel or self.tr("no hotel yet")
            # "锦江宾馆：2 间" with the full-width colon, as labels.colon writes a label in Chinese
            zh = self.ui_locale.startswith("zh")
            lines.append(
                f"{self._date(c.night)} · {colon(hotel, self.ui_locale)}{'' if zh else ' '}"
                + self.tr("%Ln room(s)", "", c.rooms)
                + " · "
                + self.tr("%Ln guest(s)", "", c.people)
            )
        return "\n".join(lines)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _row(self, contact_id: str | None) -> tl.LodgingRow | None:
        rows = self.found.rows if self.found is not None else []
        return next((r for r in rows if r.contact_id == contact_id), None)

    def _show_person(self) -> None:
        r = self._row(self.selected_id())
        if r is None:
            return
        self.needed.setCurrentIndex(self.needed.findData(r.needed) if r.needed is not None else 0)
        self.hotel.setEditText(r.hotel)
        own = r.check_in is not None or r.check_out is not None
        self.own_dates.setChecked(own)
        self._dates_enabled(own)  # not toggled when the last person had their own nights too
        if own:
            self.check_in.setDate(to_qdate(r.arrives))
            self.check_out.setDate(to_qdate(r.leaves))
        self.room.setCurrentIndex(max(0, self.room.findData(r.room)))
        self.note.setText(r.note)

    def _dates_enabled(self, on: bool) -> None:
        """Off: the boxes say "—" (the training's days apply). On: they start from the person's nights."""
        r = self._row(self.selected_id())
        days = (r.arrives, r.leaves) if r is not None else (None, None)
        for box, day in zip((self.check_in, self.check_out), days, strict=True):
            box.setEnabled(on)
            if not on:
                box.setDate(box.minimumDate())
            elif box.date() == box.minimumDate() and day is not None:
                box.setDate(to_qdate(day))

    # --- writing ----------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        own = self.own_dates.isChecked()

        def day(box: OptionalDateEdit) -> dt.date | None:  # "—" (cleared) is the training's day
            return from_qdate(box.date()) if own and box.date() != box.minimumDate() else None

        return {
            "needed": self.needed.currentData(),
            "hotel": self.hotel.currentText(),
            "check_in": day(self.check_in),
            "check_out": day(self.check_out),
            "room": self.room.currentData(),
            "note": self.note.text(),
        }

    def save(self) -> None:
        contact, tid = self.selected_id(), self.training_id
        if contact is None or tid is None:
            return
        values = self.values()

        def refused(exc: BaseException) -> None:
            if isinstance(exc, tl.LodgingError):
                tint(self.message, ERROR)
                self.message.setText(exc.describe(self.ui_locale))
            else:
                show_failure(self, exc)

        def saved(_result: object) -> None:
            tint(self.message, SUCCESS)
            self.message.setText(self.tr("Lodging saved."))
            self.reload()
            self.saved.emit()

        write_op(
            self.db,
            lambda s: tl.set_lodging(s, tid, contact, **values) and None,
            changes=Changes.of(TRAINING, ids=[tid]),
            on_success=saved,
            on_failure=refused,
            owner=self,
        )

    def export_dialog(self) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the hotel's list"),
            str(Path.home() / (self.tr("lodging", "file name") + ".xlsx")),  # field test 92
            "Excel (*.xlsx);;CSV (*.csv)",
        )
        if not path:
            return
        delimiter = ","
        if Path(path).suffix.lower() == ".csv":
            from petdesk.gui import csv_separator

            if (chosen := csv_separator.ask_separator(self)) is None:
                return
            delimiter = chosen
        self.export(Path(path), delimiter=delimiter)

    def export(self, path: Path, *, delimiter: str = ",") -> None:
        """Write the hotel's list to ``path`` (.csv, its fields separated by ``delimiter``, or .xlsx)."""
        if path.suffix.lower() not in tl.SUFFIXES:
            path = path.with_suffix(".xlsx")
        tid, locale = self.training_id, self.ui_locale
        if tid is None:
            return

        def done(n: int) -> None:
            tint(self.message, SUCCESS)
            self.message.setText(self.tr("%Ln guest(s) written to %1.", "", n).replace("%1", path.name))

        read_op(
            self.db,
            lambda s: tl.write(tl.lodging_list(s, tid), path, locale, delimiter=delimiter),
            on_success=done,
            on_failure=lambda exc: self._failed(exc),
            owner=self,
        )

    def _failed(self, exc: BaseException) -> None:
        show_failure(self, exc)
