"""People stored with a title in their given name ("Mr. John" + "Smith"), as imports and the editor
kept it before names59 read titles before a whole name: ``petdesk tidy-names`` moves the title to
the honorific (Mr. / 先生, and the gender it tells), as an import reads it now; a couple's titles
("Mr. and Mrs. John") come off with no honorific guessed, the wording kept in the notes
(:mod:`couple_names`). ``petdesk check`` counts them.

``petdesk check --repair`` rebuilds what the rows determine on a raw connection, with no history:
a person's name and honorific are the user's data, so this is an edit of this office, as the tidy
of phone numbers is (:mod:`phone_tidy`): through the ORM, each field's change in the person's
History and sent to the other offices, the whole run kept in the import history (kind "names") so
that ``tidy-names --undo`` or ``import-undo --import N`` takes it back as one step. Only people
with no honorific are changed: a honorific typed is the user's word.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.i18n import N_
from petdesk.services import couple_names, honorifics, import_undo, tidy_runs

#: The kind of the tidy in the import history, and the source it names.
KIND = "names"
SOURCE = "tidy-names"


class NothingToUndo(import_undo.UndoImportError):
    """No tidy of names is left to undo."""


#: The tidies of names in the import history: ``last_tidy(session)``, the newest not undone, or
#: None; ``plan_undo_tidy(session, locale=)``, what undoing it would do (:class:`NothingToUndo` when
#: there is none, ``UndoImportError`` naming the people changed again since); ``undo_last_tidy``
#: puts every name of it back as it was stored, in the caller's transaction.
_RUNS = tidy_runs.TidyRuns(KIND, N_("No tidy of names is left to undo."), NothingToUndo)
last_tidy = _RUNS.last
plan_undo_tidy = _RUNS.plan_undo
undo_last_tidy = _RUNS.undo_last


#: Given names that may start with a title: a title is followed by a space or ends with a dot.
_CANDIDATES = (
    "SELECT id, given_name, family_name, gender, notes, family_name_zh, given_name_zh FROM contact "
    "WHERE deleted_at IS NULL AND honorific_en = '' AND honorific_zh = '' "
    "AND (given_name LIKE '% %' OR given_name LIKE '%.%') "
    "ORDER BY family_name, given_name, id"
)


@dataclass(frozen=True)
class TitleMove:
    """One person's given name as stored and as the tidy leaves it."""

    contact_id: str
    family_name: str
    old_given: str
    new_given: str
    honorific_en: str = ""
    honorific_zh: str = ""
    #: The gender the title tells, when none is stored ("" otherwise).
    gender: str = ""
    #: The notes with the couple's wording, when the given name named a couple ("" otherwise).
    notes: str = ""


def move_of(
    contact_id: str, given: str, family: str, gender: str, notes: str, *, chinese: bool = False
) -> TitleMove | None:
    """What the tidy does to one person, None when their given name starts with no title; ``chinese``:
    a couple's wording is kept in Chinese (:func:`couple_names.notes_in_chinese`), as an import keeps it."""
    rest, couple_notes = couple_names.couple_off_given_name(given, family, notes, chinese=chinese)
    if rest != given:
        return TitleMove(contact_id, family, given, rest, notes=couple_notes)
    title, rest = honorifics.title_of_given_name(given)
    if not title:
        return None
    en, zh, told = honorifics.settle([title])
    return TitleMove(contact_id, family, given, rest, en, zh, "" if gender else told)


def _moves(rows: Iterable[Any]) -> list[TitleMove]:
    moves = []
    for row in rows:
        contact_id, given, family, gender, notes, family_zh, given_zh = (str(v or "") for v in row)
        chinese = couple_names.notes_in_chinese(family_zh, given_zh)
        if (move := move_of(contact_id, given, family, gender, notes, chinese=chinese)) is not None:
            moves.append(move)
    return moves


def plan_tidy(session: Session) -> list[TitleMove]:
    """Every person whose given name starts with a title, and what the tidy would make of them."""
    return _moves(session.execute(text(_CANDIDATES)))


def count_titled(conn: sqlite3.Connection) -> int:
    """How many people :func:`plan_tidy` would change, on a plain connection (``petdesk check``)."""
    return len(_moves(conn.execute(_CANDIDATES)))


def notes_line(move: TitleMove, *, chinese: bool = False) -> str:
    """The line a couple's tidy adds to the notes, in the reader's language ("" when none): the
    window's preview shows it rather than the whole notes."""
    if not move.notes:
        return ""
    written = " ".join(part for part in (move.old_given.strip(), move.family_name.strip()) if part)
    return couple_names.written_as_line(written, chinese=chinese)


def apply_tidy(
    session: Session, moves: list[TitleMove], *, on_progress: Callable[[int, int], None] | None = None
) -> int:
    """Make the ``moves`` in the caller's transaction, remembered as one step that :func:`undo_last_tidy`
    takes back; a person changed since the plan was made is left alone. Returns how many changed.
    ``on_progress(done, total)`` hears of each chunk of people written (the window's progress)."""
    from petdesk.models.contact import Contact

    done = 0
    with tidy_runs.run_remembered(session, kind=KIND, source=SOURCE):
        for person, mv in tidy_runs.live_rows(
            session, Contact, moves, lambda mv: mv.contact_id, on_progress=on_progress
        ):
            if person.given_name != mv.old_given or person.honorific_en or person.honorific_zh:
                continue  # changed since, or a honorific typed since: the user's word
            person.given_name = mv.new_given
            if mv.honorific_en or mv.honorific_zh:
                person.honorific_en, person.honorific_zh = mv.honorific_en, mv.honorific_zh
            if mv.gender and not person.gender:
                person.gender = mv.gender
            if mv.notes:
                chinese = couple_names.notes_in_chinese(
                    person.family_name_zh or "", person.given_name_zh or ""
                )
                person.notes = couple_names.couple_off_given_name(
                    mv.old_given, person.family_name, person.notes or "", chinese=chinese
                )[1]
            done += 1
    return done
