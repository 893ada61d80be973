"""Trainings: a programme of sessions with trainers, registered participants and attendance."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petdesk.models.base import Base, SyncedMixin, enum_column
from petdesk.models.enums import AttendanceStatus, TrainingRole, TrainingStatus

if TYPE_CHECKING:
    from petdesk.models.contact import Contact
    from petdesk.models.organisation import Organisation


class Training(SyncedMixin, Base):
    __tablename__ = "training"

    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    topic_en: Mapped[str] = mapped_column(String(300), default="")
    topic_zh: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[TrainingStatus] = enum_column(TrainingStatus, default=TrainingStatus.PLANNED)
    start_date: Mapped[dt.date] = mapped_column(index=True)
    end_date: Mapped[dt.date] = mapped_column()  # no index: SQLite walks start_date (migration 0024)
    venue_en: Mapped[str] = mapped_column(String(300), default="")
    venue_zh: Mapped[str] = mapped_column(String(300), default="")
    #: Street address of the venue, for the dossier and the participants' way there (issue 14).
    venue_address_en: Mapped[str] = mapped_column(Text, default="")
    venue_address_zh: Mapped[str] = mapped_column(Text, default="")
    city_en: Mapped[str] = mapped_column(String(100), default="")
    city_zh: Mapped[str] = mapped_column(String(100), default="")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    organiser_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)

    organiser: Mapped[Organisation | None] = relationship()
    sessions: Mapped[list[TrainingSession]] = relationship(
        back_populates="training", order_by="TrainingSession.starts_at"
    )
    participants: Mapped[list[TrainingParticipant]] = relationship(back_populates="training")

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh


class TrainingSession(SyncedMixin, Base):
    __tablename__ = "training_session"

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime] = mapped_column()
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    room_en: Mapped[str] = mapped_column(String(200), default="")
    room_zh: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Whether the session is held online (0080): True online, False in person, None not said, and
    #: then its room, title and notes are read as before (``services.online_session``). Exchanged.
    online: Mapped[bool | None] = mapped_column(default=None)

    training: Mapped[Training] = relationship(back_populates="sessions")
    trainers: Mapped[list[SessionTrainer]] = relationship(back_populates="session")
    attendance: Mapped[list[Attendance]] = relationship(back_populates="session")


class SessionTrainer(SyncedMixin, Base):
    __tablename__ = "session_trainer"

    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)

    session: Mapped[TrainingSession] = relationship(back_populates="trainers")
    contact: Mapped[Contact] = relationship()


class TrainingParticipant(SyncedMixin, Base):
    """A person registered for a training."""

    __tablename__ = "training_participant"

    training_id: Mapped[str] = mapped_column(ForeignKey("training.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[TrainingRole] = enum_column(TrainingRole, default=TrainingRole.ATTENDEE)
    registered_on: Mapped[dt.date | None] = mapped_column(default=None)
    #: A late substitute took this place (``services.trainings.replace_attendee``): who, and the
    #: first session they attend instead. The registration stays, with its earlier marks.
    replaced_by_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True, default=None)
    replaced_from_id: Mapped[str | None] = mapped_column(ForeignKey("training_session.id"), default=None)
    #: Where an attendee from another city sleeps (0054; ``services.training_lodging``): whether they
    #: need a room (None: not asked yet), the hotel, the nights (none: the training's first day to
    #: its last), "single" or "shared", and a note for the hotel (with whom, wishes). Exchanged.
    lodging_needed: Mapped[bool | None] = mapped_column(default=None)
    lodging_hotel: Mapped[str] = mapped_column(String(300), default="")
    lodging_check_in: Mapped[dt.date | None] = mapped_column(default=None)
    lodging_check_out: Mapped[dt.date | None] = mapped_column(default=None)
    lodging_room: Mapped[str] = mapped_column(String(20), default="")
    lodging_note: Mapped[str] = mapped_column(String(300), default="")
    #: How the person takes part in a hybrid training (0062; ``services.attendance_mode``): "in_person",
    #: "online", or "" when not known. Online people sign no paper sheet and need no room. Exchanged.
    attendance_mode: Mapped[str] = mapped_column(String(20), default="")

    training: Mapped[Training] = relationship(back_populates="participants")
    contact: Mapped[Contact] = relationship(foreign_keys=[contact_id])
    replaced_by: Mapped[Contact | None] = relationship(foreign_keys=[replaced_by_id])
    replaced_from: Mapped[TrainingSession | None] = relationship()


class Attendance(SyncedMixin, Base):
    """Whether a registered person attended one session."""

    __tablename__ = "attendance"

    session_id: Mapped[str] = mapped_column(ForeignKey("training_session.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    status: Mapped[AttendanceStatus] = enum_column(AttendanceStatus, default=AttendanceStatus.PRESENT)

    session: Mapped[TrainingSession] = relationship(back_populates="attendance")
    contact: Mapped[Contact] = relationship()
