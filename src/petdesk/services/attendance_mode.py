"""How a participant takes part in a hybrid training: in person or online (``TrainingParticipant.
attendance_mode``, migration 0062).

Field test 79: the registration forms asked it (问卷星 "参会方式": 线上参会/线下参会; Google Forms "How
will you attend?": "Online (Zoom)"/"In person (Nanning)") and the import dropped the answer, so the
online people stood on the paper sign-in sheet and in the hotel's list. The mode decides both: the
paper sheet and the lodging questions are for the people in the room.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.labels import ATTENDANCE_MODES
from petdesk.language import N_
from petdesk.services.visits import ScheduleError

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlalchemy.orm import Session

    from petdesk.services.importing import Table

IN_PERSON = "in_person"
ONLINE = "online"
#: The modes, "" while not known (a registration without the question, or a person added by hand).
MODES = ("", IN_PERSON, ONLINE)
#: How the lists and the history name each mode, (English, Chinese).
WORDS = {**ATTENDANCE_MODES, "": ("", "")}

#: Registration file headers that carry the answer, folded as ``importing._fold_header`` folds them.
HEADERS = (
    "参会方式",
    "参加方式",
    "参会形式",
    "参训方式",
    "how will you attend",
    "how will you participate",
    "attendance mode",
    "mode of attendance",
    "mode of participation",
    "participation mode",
)
#: Words of an answer (folded to lower case) saying each mode; an answer with both, or neither, is
#: left unread rather than guessed.
_ONLINE_WORDS = (
    "线上",
    "在线",
    "网上",
    "网络",
    "远程",
    "视频",
    "online",
    "zoom",
    "virtual",
    "remote",
    "teams",
)
_IN_PERSON_WORDS = (
    "线下",
    "现场",
    "到场",
    "in person",
    "in-person",
    "on site",
    "onsite",
    "on-site",
    "offline",
)


class ModeError(ScheduleError):
    """A mode that cannot be saved: the English sentence, and ``sentence`` and ``values`` to say it
    in the reader's language."""

    def __init__(self, sentence: str, **values: object) -> None:
        super().__init__(sentence.format(**values))
        self.sentence, self.values = sentence, values


def parse_mode(text: str) -> str | None:
    """ "线上参会" / "Online (Zoom)" → online, "线下参会" / "In person (Nanning)" → in person; None
    when the answer says neither or both ("online or in person")."""
    folded = text.strip().lower()
    online = any(w in folded for w in _ONLINE_WORDS)
    in_person = any(w in folded for w in _IN_PERSON_WORDS)
    if online == in_person:
        return None
    return ONLINE if online else IN_PERSON


def words(mode: str, lang: str = "en") -> str:
    en, zh = WORDS.get(mode, (mode, mode))
    return zh if lang.startswith("zh") else en


def set_mode(session: Session, training_id: str, contact_id: str, mode: str) -> bool:
    """Record how the person attends; returns whether it changed. Only the column is written, so an
    office that changed another answer of the registration meanwhile keeps its own."""
    from petdesk.services.trainings import get_training

    if mode not in MODES:
        raise ModeError(N_("attendance mode “{mode}”: say in_person, online or nothing"), mode=mode)
    training = get_training(session, training_id)
    p = next((x for x in training.participants if x.contact_id == contact_id and x.deleted_at is None), None)
    if p is None:
        raise ModeError(N_("{contact} is not registered for this training"), contact=contact_id)
    if p.attendance_mode == mode:
        return False
    p.attendance_mode = mode
    session.flush()
    return True


def every_session_online(said: Iterable[bool | None]) -> bool:
    """Whether each of a training's sessions is said to be held online (0080), and there are some."""
    return set(said) == {True}


def attends_online(mode: str, *, all_sessions_online: bool) -> bool:
    """Whether a person attends online: their mode says so, or says nothing in a training whose
    sessions are all held online. The one rule of the certificates and the paper sign-in sheet."""
    return mode == ONLINE or (not mode and all_sessions_online)


def online_participants(session: Session, training_id: str) -> frozenset[str]:
    """The contact ids of the training's registrations that attend online: their mode says so, or
    it says nothing and every session of the training is said to be held online (0080; a session
    that says nothing leaves it as before)."""
    from sqlalchemy import select

    from petdesk.models import TrainingParticipant as TP
    from petdesk.models import TrainingSession

    said = set(
        session.scalars(
            select(TrainingSession.online).where(
                TrainingSession.training_id == training_id, TrainingSession.deleted_at.is_(None)
            )
        )
    )
    modes = (ONLINE, "") if every_session_online(said) else (ONLINE,)
    rows = session.scalars(
        select(TP.contact_id).where(
            TP.training_id == training_id, TP.deleted_at.is_(None), TP.attendance_mode.in_(modes)
        )
    )
    return frozenset(rows)


# --- registration files -------------------------------------------------------------------------


def answers_in(table: Table) -> dict[int, str]:
    """A registration file's attendance modes by line (``importing.Table``), from the column headed
    "参会方式" or "How will you attend?"; answers saying neither mode are left out. Empty when the file
    has no such column."""
    from petdesk.services.importing import question_column

    column = question_column(table.headers, HEADERS)
    if column is None:
        return {}
    out: dict[int, str] = {}
    for line, cells in table.body():
        mode = parse_mode(cells[column] if column < len(cells) else "")
        if mode is not None:
            out[line] = mode
    return out


def registration_columns(table: Table) -> list[str]:
    """The headers of a registration file's questions a training registration reads besides the
    contact's fields: how the person attends (:func:`answers_in`) and whether they need lodging
    (``training_lodging.answers_in``). Not dropped when read (certs52 read "How will you attend?" and
    the import's report still said it was dropped)."""
    from petdesk.services import form_timestamp, training_lodging
    from petdesk.services.importing import question_column

    asked = (HEADERS, training_lodging.HEADERS, form_timestamp.HEADERS)  # (the form's moment: kept too)
    columns = (question_column(table.headers, questions) for questions in asked)
    return [table.headers[n] for n in columns if n is not None]


def fill_from_file(
    session: Session, training_id: str, answers: dict[int, str], people: dict[int, str]
) -> int:
    """Set the mode of the people a registration file registered (``people``: line → contact) from
    the file's answers; returns how many were read. The file is the person's latest word."""
    done = 0
    for line, mode in answers.items():
        contact = people.get(line)
        if contact is not None:
            set_mode(session, training_id, contact, mode)
            done += 1
    return done
