"""What the training editor shows, as plain frozen values read in one go (off the GUI thread).

The editor never walks the training's lazy relations or filters deleted rows itself (issue 10):
the live participants, sessions and trainers are chosen here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from sqlalchemy.orm import Session

from petdesk.models import Contact
from petdesk.models.enums import TrainingRole, TrainingStatus
from petdesk.services import clashes as clash_service
from petdesk.services import newer_values
from petdesk.services import trainings as training_service
from petdesk.services.clashes import Clash
from petdesk.services.names import fold
from petdesk.services.trainings import SignInSheet

#: The training's text fields, as the editor's form shows them.
TEXT_FIELDS = (
    "title_en",
    "title_zh",
    "topic_en",
    "topic_zh",
    "venue_en",
    "venue_zh",
    "venue_address_en",
    "venue_address_zh",
    "city_en",
    "city_zh",
    "description_en",
    "description_zh",
)


@dataclass(frozen=True)
class Participant:
    contact_id: str
    name: str
    #: The name in the other script, "" when it reads the same.
    other_name: str
    role: TrainingRole
    organisation: str
    #: Needs a room (None: not answered) and the hotel (lodging51): the participants tab's column.
    lodging_needed: bool | None = None
    lodging_hotel: str = ""
    #: "in_person", "online" or "" (``services.attendance_mode``; field test 79).
    mode: str = ""
    #: The role a newer petdesk stored, read as ``role`` (the fallback); None when known.
    stored_role: str | None = None


@dataclass(frozen=True)
class SessionView:
    id: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    timezone: str
    title_en: str
    title_zh: str
    room_en: str
    room_zh: str
    trainer_ids: tuple[str, ...]
    trainer_names: tuple[str, ...]
    #: Attendance marks deleted with the session (the editor's confirmation).
    attendance_marks: int = 0
    #: The trainers' names in the other script ("" when it reads the same), as ``trainer_names``.
    trainer_other_names: tuple[str, ...] = ()
    #: Who interprets the session (registered as interpreters, attached as trainers are).
    interpreter_ids: tuple[str, ...] = ()
    interpreter_names: tuple[str, ...] = ()
    #: Held online: True, in person: False, not said (read from the room, title and notes): None (0080).
    online: bool | None = None


@dataclass(frozen=True)
class TrainerChoice:
    """One person the session dialog offers as a session's trainer."""

    contact_id: str
    name: str
    #: The registration's role; None for a trainer who is no longer a participant.
    role: TrainingRole | None
    #: Leads the session now (ticked in the dialog).
    chosen: bool
    #: The name in the other script, "" when it reads the same: 克劳斯·穆勒 is also Klaus Müller.
    other_name: str = ""

    def matches(self, typed: str) -> bool:
        """Whether ``typed`` is part of either name, ignoring case and accents ("muller")."""
        wanted = fold(typed.strip())
        return wanted in fold(self.name) or wanted in fold(self.other_name)


@dataclass(frozen=True)
class TrainingForm:
    id: str
    title: str
    texts: Mapping[str, str]
    start_date: dt.date
    end_date: dt.date
    timezone: str
    status: TrainingStatus
    organiser_id: str | None
    organiser_name: str
    participants: tuple[Participant, ...]
    sessions: tuple[SessionView, ...]
    sheet: SignInSheet
    #: Its trainers' and attendees' clashes, as ``petdesk clashes --training`` lists them.
    clashes: tuple[Clash, ...] = ()
    #: Field -> the value a newer petdesk stored there, read as the fallback (``newer_values``).
    newer: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def trainer_choices(self) -> tuple[tuple[Participant, ...], tuple[Participant, ...]]:
        """Whom a session's trainer is chosen from: those registered as trainers (and interpreters,
        attached the same way), then the other participants (a participant may lead a session,
        e.g. a guest presenting a case study)."""
        serving = tuple(p for p in self.participants if p.role in training_service.SERVING_ROLES)
        return serving, tuple(p for p in self.participants if p.role not in training_service.SERVING_ROLES)

    def session_trainer_choices(self, session_id: str | None = None) -> tuple[TrainerChoice, ...]:
        """Everyone the session dialog lists, each ticked when they lead the session: those
        registered as trainers, then the session's trainers who are not participants (kept, else
        the next save would drop them unseen), then the other participants. Saving the ticked ids
        unchanged gives the session the trainers it has: co-trainers included."""
        sess = next((x for x in self.sessions if x.id == session_id), None)
        leading = {*sess.trainer_ids, *sess.interpreter_ids} if sess else set()
        trainers, others = self.trainer_choices()
        registered = {p.contact_id for p in self.participants}
        outside = (
            [
                TrainerChoice(cid, name, None, True, other)
                for cid, name, other in zip(
                    sess.trainer_ids, sess.trainer_names, sess.trainer_other_names, strict=True
                )
                if cid not in registered
            ]
            if sess
            else []
        )
        return (
            *(_choice(p, p.contact_id in leading) for p in trainers),
            *outside,
            *(_choice(p, p.contact_id in leading) for p in others),
        )

    def removal_takes(self, contact_ids: Collection[str]) -> tuple[int, int]:
        """What removing these participants takes along, as ``unregister_people`` does: their
        attendance marks and the sessions they lead (the editor's confirmation tells both)."""
        marks = sum(len(r.attendance) for r in self.sheet.rows if r.contact_id in contact_ids)
        led = sum(
            1 for x in self.sessions if not {*x.trainer_ids, *x.interpreter_ids}.isdisjoint(contact_ids)
        )
        return marks, led


def read_training_form(session: Session, training_id: str, lang: str) -> TrainingForm:
    """The training with its live participants, sessions and sign-in sheet; names in ``lang``
    ("en" or "zh"). Participants come in the sheet's order, by family name: sorted by the printed
    Latin name, "Ayumi Ito" stood under A in one tab and under I in the other (field test F12)."""
    t = training_service.get_training(session, training_id)
    other = "en" if lang == "zh" else "zh"
    participants = []
    live = sorted(
        (p for p in t.participants if p.deleted_at is None),
        key=lambda p: training_service.person_key(p.contact),
    )
    for p, newer in zip(live, newer_values.unknown_values_of(session, live), strict=True):
        c = p.contact
        name = training_service.shown_name(c, lang)
        aff = c.current_affiliation()
        participants.append(
            Participant(
                c.id,
                name,
                _other_name(c, lang, other),
                p.role,
                aff.organisation.display_name(lang) if aff else "",
                p.lodging_needed,
                p.lodging_hotel,
                p.attendance_mode or "",
                newer.get("role"),
            )
        )
    sessions = []
    for sess in training_service.live_sessions(t):
        trainers = training_service.live_trainers(sess)
        interpreters = training_service.live_interpreters(sess)
        sessions.append(
            SessionView(
                sess.id,
                sess.starts_at,
                sess.ends_at,
                sess.timezone,
                sess.title_en,
                sess.title_zh,
                sess.room_en,
                sess.room_zh,
                tuple(c.id for c in trainers),
                tuple(training_service.shown_name(c, lang) for c in trainers),
                sum(1 for a in sess.attendance if a.deleted_at is None),
                tuple(_other_name(c, lang, other) for c in trainers),
                tuple(c.id for c in interpreters),
                tuple(training_service.shown_name(c, lang) for c in interpreters),
                sess.online,
            )
        )
    return TrainingForm(
        id=t.id,
        title=t.title(lang),
        texts=MappingProxyType({key: getattr(t, key) for key in TEXT_FIELDS}),
        start_date=t.start_date,
        end_date=t.end_date,
        timezone=t.timezone,
        status=t.status,
        organiser_id=t.organiser_id,
        organiser_name=t.organiser.display_name(lang) if t.organiser else "",
        participants=tuple(participants),
        sessions=tuple(sessions),
        sheet=training_service.sign_in_sheet(session, training_id),
        clashes=tuple(clash_service.find_clashes(session, training_id=training_id)),
        newer=MappingProxyType(newer_values.unknown_values(session, t)),
    )


def _choice(p: Participant, chosen: bool) -> TrainerChoice:
    return TrainerChoice(p.contact_id, p.name, p.role, chosen, p.other_name)


def _other_name(contact: Contact, lang: str, other: str) -> str:
    """The contact's name in the ``other`` language's script, "" when it reads the same."""
    shown = training_service.shown_name(contact, other)
    return "" if shown == training_service.shown_name(contact, lang) else shown
