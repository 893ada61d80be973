"""Delegation visits: who travels, who hosts, and the itinerary in the place's own time zone."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petdesk.models.base import Base, SyncedMixin, enum_column
from petdesk.models.enums import (
    FollowUpStatus,
    ItineraryKind,
    ParticipantRole,
    VisitDirection,
    VisitStatus,
)
from petdesk.models.types import JSONList

if TYPE_CHECKING:
    from petdesk.models.contact import Contact
    from petdesk.models.organisation import Organisation


class Visit(SyncedMixin, Base):
    __tablename__ = "visit"

    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    direction: Mapped[VisitDirection] = enum_column(VisitDirection, default=VisitDirection.INBOUND)
    status: Mapped[VisitStatus] = enum_column(VisitStatus, default=VisitStatus.PLANNED)
    start_date: Mapped[dt.date] = mapped_column(index=True)
    end_date: Mapped[dt.date] = mapped_column()  # no index: SQLite walks start_date (migration 0024)
    host_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    visiting_organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    #: IANA zone where the visit mainly takes place; default for new itinerary items.
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    purpose_zh: Mapped[str] = mapped_column(Text, default="")
    outcomes_en: Mapped[str] = mapped_column(Text, default="")
    outcomes_zh: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    # The visit's single emergency sheet of before migration 0047, which moved it to the first
    # ``emergency_entry`` (one per city, field test 52). Kept so a package from an office not yet
    # at 0047 still brings its sheet: services.logistics shows it while the visit has no entry, and
    # it goes into the whole-visit entry after an import (sync.visit_sheets) or before an edit.
    duty_officer_name: Mapped[str] = mapped_column(String(200), default="")
    duty_officer_phone: Mapped[str] = mapped_column(String(60), default="")
    embassy: Mapped[str] = mapped_column(Text, default="")
    emergency_numbers: Mapped[str] = mapped_column(Text, default="")
    hospital: Mapped[str] = mapped_column(Text, default="")
    #: The delegation's country, ISO 3166-1 alpha-2 as ``Organisation.country`` ("VN"); None if not
    #: known (0070; before it, a past visit's import kept it as a notes line).
    country: Mapped[str | None] = mapped_column(String(2), default=None)
    #: The delegation's announced size (0070): it may differ from the participants entered, a past
    #: visit often has none by name.
    head_count: Mapped[int | None] = mapped_column(default=None)

    host_organisation: Mapped[Organisation | None] = relationship(foreign_keys=[host_organisation_id])
    visiting_organisation: Mapped[Organisation | None] = relationship(foreign_keys=[visiting_organisation_id])
    participants: Mapped[list[VisitParticipant]] = relationship(back_populates="visit")
    items: Mapped[list[ItineraryItem]] = relationship(
        back_populates="visit", order_by="ItineraryItem.starts_at"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="visit")

    def title(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.title_zh or self.title_en
        return self.title_en or self.title_zh


class VisitParticipant(SyncedMixin, Base):
    """A person in a visit with their role (head of delegation, delegate, host, interpreter ...)."""

    __tablename__ = "visit_participant"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[ParticipantRole] = enum_column(ParticipantRole, default=ParticipantRole.DELEGATE)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Order of precedence within the person's side (1 = first); none means after the numbered ones.
    precedence: Mapped[int | None] = mapped_column(default=None)
    form_of_address_en: Mapped[str] = mapped_column(String(200), default="")
    form_of_address_zh: Mapped[str] = mapped_column(String(200), default="")

    visit: Mapped[Visit] = relationship(back_populates="participants")
    contact: Mapped[Contact] = relationship()


class ItineraryItem(SyncedMixin, Base):
    """One entry of a visit's programme. Start and end are stored in UTC together with the
    IANA zone of the place, so that times show correctly both where it happens and where the viewer is."""

    __tablename__ = "itinerary_item"

    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    kind: Mapped[ItineraryKind] = enum_column(ItineraryKind, default=ItineraryKind.MEETING)
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    ends_at: Mapped[dt.datetime] = mapped_column()
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    place_en: Mapped[str] = mapped_column(String(300), default="")
    place_zh: Mapped[str] = mapped_column(String(300), default="")
    address_en: Mapped[str] = mapped_column(Text, default="")
    address_zh: Mapped[str] = mapped_column(Text, default="")
    city_en: Mapped[str] = mapped_column(String(100), default="")
    city_zh: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Protocol per item (issue 14): who hosts or chairs, who interprets, what to wear, where to sit.
    host_contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), default=None, index=True)
    interpreter_contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id"), default=None, index=True
    )
    dress_code: Mapped[str] = mapped_column(String(200), default="")
    seating_note: Mapped[str] = mapped_column(Text, default="")
    #: Imported calendars (issue 13): an all-day event; people who are not contacts yet
    #: ({"name", "email", "role"}); the file's reminders in minutes before; the event's UID and
    #: occurrence, so that importing the same file again updates rather than adds.
    all_day: Mapped[bool] = mapped_column(default=False)
    external_attendees: Mapped[list[dict[str, str]]] = mapped_column(JSONList(), default=list)
    alarms: Mapped[list[int]] = mapped_column(JSONList(), default=list)
    source_uid: Mapped[str] = mapped_column(String(300), default="")
    #: The imported event's version, ``SEQUENCE|LAST-MODIFIED or DTSTAMP`` (see
    #: ``services.ical._version_of``): an older copy of the event leaves the item alone. This
    #: office's own (``sync.entities.LOCAL_COLUMNS``): packages stay as they were.
    source_version: Mapped[str] = mapped_column(String(80), default="", server_default="")

    visit: Mapped[Visit] = relationship(back_populates="items")
    organisations: Mapped[list[ItineraryOrganisation]] = relationship(back_populates="item")
    attendees: Mapped[list[ItineraryAttendee]] = relationship(back_populates="item")

    def local_start(self) -> dt.datetime:
        return self.starts_at.astimezone(ZoneInfo(self.timezone))

    def local_end(self) -> dt.datetime:
        return self.ends_at.astimezone(ZoneInfo(self.timezone))


class ItineraryOrganisation(SyncedMixin, Base):
    __tablename__ = "itinerary_organisation"

    item_id: Mapped[str] = mapped_column(ForeignKey("itinerary_item.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)

    item: Mapped[ItineraryItem] = relationship(back_populates="organisations")
    organisation: Mapped[Organisation] = relationship()


class ItineraryAttendee(SyncedMixin, Base):
    __tablename__ = "itinerary_attendee"

    item_id: Mapped[str] = mapped_column(ForeignKey("itinerary_item.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)

    item: Mapped[ItineraryItem] = relationship(back_populates="attendees")
    contact: Mapped[Contact] = relationship()


class FollowUp(SyncedMixin, Base):
    """An action agreed during a visit or meeting, or owed to a partner (a contact, an
    organisation, a project), with an owner and a due date."""

    __tablename__ = "follow_up"

    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    #: The person it is about (not who does it: that is ``owner_id``).
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    project_id: Mapped[str | None] = mapped_column(ForeignKey("project.id"), index=True)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    description_en: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(default=None, index=True)
    status: Mapped[FollowUpStatus] = enum_column(FollowUpStatus, default=FollowUpStatus.OPEN)
    note: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit | None] = relationship(back_populates="follow_ups")
    owner: Mapped[Contact | None] = relationship(foreign_keys=[owner_id])
