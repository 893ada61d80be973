"""Enrol the people an import named in a training, from the import window's report (field test 68:
a training's registration forms were imported, then every registrant had to be found and registered
by hand in the training editor). The service keeps the rules (``trainings.register_people``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from petdesk.db import Database
from petdesk.gui.operations import TRAINING, Changes, announce, run_in_background, show_failure
from petdesk.gui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget
from petdesk.services.training_lodging import FromFile


class TrainingChooser(QDialog):
    """Which open training the imported people are registered for; registers them on OK."""

    def __init__(
        self,
        db: Database,
        people: Sequence[str],
        locale: str,
        parent: QWidget | None = None,
        on_done: Callable[[str], None] | None = None,
        *,
        import_mark: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingChooser")
        self.db, self.people, self.on_done = db, list(dict.fromkeys(people)), on_done
        self.ui_locale = locale
        #: The import that named the people (``import_undo.ImportMark``): the registrations become part
        #: of it when nothing was written since, so that Undo Import takes them back with it.
        self.import_mark = import_mark
        #: The file's "needs lodging" answers by line and the person of each line, set by the
        #: import window: saved on the registrations with them.
        self.lodging: tuple[dict[int, bool | None], dict[int, str]] = ({}, {})
        #: The file's lodging answers that said more than yes or no, by line: the lodging note.
        self.lodging_notes: dict[int, str] = {}
        #: The file's attendance modes by line ("参会方式", field test 79), for the same lines.
        self.modes: dict[int, str] = {}
        #: When each line's person sent the form (its "Timestamp"), for the same lines.
        self.moments: dict[int, str] = {}
        self.setWindowTitle(self.tr("Register for a training"))
        self.choice = QComboBox(self)
        self.choice.setObjectName("training_choice")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr("Register the %Ln person(s) of this import as attendees of:", "", len(self.people)), self
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Training"), self.choice)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._fill(locale)

    def _fill(self, locale: str) -> None:
        from petdesk.services import trainings

        with self.db.reading() as session:
            rows = trainings.open_for_registration(session)
        from petdesk.i18n import format_date_range

        for row in rows:
            # The window's own dates ("26 – 27 Dec 2026", "2026年12月26日 – 27日"), not ISO (shots50)
            label = f"{row.title(locale)} · {format_date_range(row.start_date, row.end_date, locale)}"
            self.choice.addItem(label, row.id)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(rows))
        if not rows:
            self.choice.addItem(self.tr("No planned or confirmed training to come"))
            self.choice.setEnabled(False)

    def register(self) -> None:
        from petdesk.services import import_undo, trainings

        training_id, people, mark = self.choice.currentData(), self.people, self.import_mark
        if not training_id:
            return
        self.buttons.setEnabled(False)

        answers, lines = self.lodging
        modes, notes, moments, locale = self.modes, self.lodging_notes, self.moments, self.ui_locale

        def work() -> tuple[tuple[int, int], FromFile, dict[int, str]]:
            from petdesk.services import attendance_mode, form_timestamp, training_lodging

            with self.db.transaction() as session, import_undo.continuing(session, mark):
                counts = trainings.register_people(session, training_id, people)
                attendance_mode.fill_from_file(session, training_id, modes, lines)
                lodging = training_lodging.fill_from_file(session, training_id, answers, lines, notes)
                form_timestamp.fill_from_file(session, training_id, moments, lines, locale)
                names = training_lodging.refused_names(session, lodging, lines, locale)
                return counts, lodging, names

        def done(result: tuple[tuple[int, int], FromFile, dict[int, str]]) -> None:
            announce(Changes.of(TRAINING, ids=[training_id]))
            (now, before), lodging, names = result
            text = self.tr("%Ln person(s) registered for the training.", "", now)
            if before:
                text += self.tr(" %Ln were registered already.", "", before)
            text += self._lodging_lines(lodging, names)
            if self.on_done is not None:
                self.on_done(text)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            show_failure(self, exc)

        run_in_background(work, on_success=done, on_failure=failed, parent=self)

    def _lodging_lines(self, lodging: FromFile, names: dict[int, str]) -> str:
        """The lodging answers of a one-day training (the night before) and the lines whose answer
        could not be saved, by whose (``names``: line → name in the reader's language, as the
        command line says them), each on a line of its own below the registration's sentence."""
        lines = []
        if lodging.night_before:
            lines.append(
                self.tr(
                    "%Ln lodging answer(s) for a one-day training: "
                    "lodging for the night before the training day.",
                    "",
                    len(lodging.night_before),
                )
            )
        for line, exc in lodging.refused.items():
            said = (
                self.tr("Line %1: %2: lodging answer not taken: %3; its note was kept")
                if line in lodging.notes_kept
                else self.tr("Line %1: %2: lodging answer not taken: %3")
            )
            reason = exc.describe(self.ui_locale)
            # the name last: nothing typed in it is taken for a place-holder
            said = said.replace("%1", str(line)).replace("%3", reason)
            lines.append(said.replace("%2", names.get(line, "")))
        return "".join("\n" + line for line in lines)
