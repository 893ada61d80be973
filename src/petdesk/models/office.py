"""Offices: this installation's identity and the other offices it exchanges files with."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from petdesk.models.base import Base, SyncedMixin


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
