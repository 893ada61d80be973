"""Offices: this installation's identity and the other offices it exchanges files with."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from petdesk.models.base import Base, SyncedMixin
from petdesk.models.types import utcnow


class Office(SyncedMixin, Base):
    """A regional office. Exactly one row has ``is_self`` set: this installation."""

    __tablename__ = "office"

    name: Mapped[str] = mapped_column(String(200))
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(200), default="")
    is_self: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Local key/value settings of this installation; never exchanged with other offices."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class HousekeepingEntry(Base):
    """A bulk action taken here (a delete, merge, erasure, restore or import undo of records), so
    that a colleague can read later who cleaned up what. This office's own record, never exchanged:
    each office logs what it did, and an erasure's entry names no one (services.housekeeping)."""

    __tablename__ = "housekeeping_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: No index: a few lines a year, read newest first by ``id``.
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: Staff member who took the action (``sync.tracking.staff_name``).
    staff: Mapped[str] = mapped_column(String(200), default="")
    #: ``services.housekeeping.ACTIONS``: "delete", "merge", "erase", "restore", "import_undo".
    action: Mapped[str] = mapped_column(String(24))
    #: The kind of records: "contact", "organisation" or "record" (several kinds).
    kind: Mapped[str] = mapped_column(String(32))
    count: Mapped[int] = mapped_column(Integer)
    #: The "Untouched for" filter the records were chosen with (years), if any.
    untouched_years: Mapped[int | None] = mapped_column(Integer, default=None)


class ExportEntry(Base):
    """A file of personal data written here (contacts exported, a registration list, name cards), so
    that a successor, or a person asking "to whom did you send my data?", can be answered: when, by
    whom, what, which file, how many. This office's own record, never exchanged (services.export_log).
    """

    __tablename__ = "export_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    #: No index: a few lines a week, read newest first.
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    #: Staff member who wrote the file (``sync.tracking.staff_name``).
    staff: Mapped[str] = mapped_column(String(200), default="")
    #: ``services.export_log.KINDS``: "contacts", "registration_list", "name_cards", "dossier" ...
    kind: Mapped[str] = mapped_column(String(32))
    #: The file's name without its folder (a folder names the staff member's own computer).
    file_name: Mapped[str] = mapped_column(String(260), default="")
    count: Mapped[int] = mapped_column(Integer)
    #: Every live contact of the file (an export of all): its people are not listed one by one in
    #: ``export_log_contact`` (100,000 ids a line); whoever was on file then was in it.
    everyone: Mapped[bool] = mapped_column(default=False)


class ExportedContact(Base):
    """Whose data a line of ``export_log`` sent: the contacts' ids, not their data. Erasing a
    person removes them here too (``sync.erasure.erase_person``)."""

    __tablename__ = "export_log_contact"
    __table_args__ = ({"sqlite_with_rowid": False},)

    #: First: "which exports held this person" reads the key's beginning.
    contact_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    export_id: Mapped[int] = mapped_column(Integer, primary_key=True)
