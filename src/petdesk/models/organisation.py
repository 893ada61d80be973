"""Partner organisations: cities, ministries and agencies, enterprises, funds, universities, hub offices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petdesk.models.base import Base, SyncedMixin, enum_column
from petdesk.models.enums import OrgKind

if TYPE_CHECKING:
    from petdesk.models.contact import Affiliation


class Organisation(SyncedMixin, Base):
    __tablename__ = "organisation"

    name_en: Mapped[str] = mapped_column(String(300), default="")
    name_zh: Mapped[str] = mapped_column(String(300), default="")
    short_name_en: Mapped[str] = mapped_column(String(100), default="")
    short_name_zh: Mapped[str] = mapped_column(String(100), default="")
    #: Other names the organisation is known by (old names, abbreviations); used to find duplicates.
    aliases: Mapped[list[str]] = mapped_column(default=list)
    kind: Mapped[OrgKind] = enum_column(OrgKind, default=OrgKind.ENTERPRISE)
    #: ISO 3166-1 alpha-2 country code, e.g. "CN", "DE".
    country: Mapped[str] = mapped_column(String(2), default="")
    city_en: Mapped[str] = mapped_column(String(100), default="")
    city_zh: Mapped[str] = mapped_column(String(100), default="")
    address_en: Mapped[str] = mapped_column(Text, default="")
    address_zh: Mapped[str] = mapped_column(Text, default="")
    #: The address's postal code ("200030", "53113"), which labels print where the country puts it;
    #: None when not known (0071_organisation_postal_code).
    postal_code: Mapped[str | None] = mapped_column(String(20), default=None)
    website: Mapped[str] = mapped_column(String(300), default="")
    #: The organisation's own switchboard and general mailbox ("info@..."), not a person's (0078):
    #: the phone in international form where it reads as a number of the organisation's or the
    #: office's country, else as typed; the e-mail with its domain in lower case.
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(300), default="")
    technology_areas: Mapped[list[str]] = mapped_column(default=list)
    is_member_city: Mapped[bool] = mapped_column(default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    #: Where the record came from ("manual", "demo", "import:partners.csv", an office's name ...).
    source: Mapped[str] = mapped_column(String(200), default="manual")

    affiliations: Mapped[list[Affiliation]] = relationship(back_populates="organisation")

    def display_name(self, language: str = "en") -> str:
        if language.startswith("zh"):
            return self.name_zh or self.name_en
        return self.name_en or self.name_zh
