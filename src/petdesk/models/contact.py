"""People: contacts with names in both scripts, their ways of being reached and their job history."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from petdesk.chinese_names import latin_name_first, person_chinese_name
from petdesk.models.base import Base, SyncedMixin, enum_column
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder
from petdesk.models.types import JSONList

if TYPE_CHECKING:
    from petdesk.models.organisation import Organisation


class Contact(SyncedMixin, Base):
    __tablename__ = "contact"
    __table_args__ = (
        # The contacts in the order an export of all writes them, read from this index alone
        # (migration 0025); people of the same name follow their rowid. Not a partial index of the
        # live ones: SQLite would walk that one for every scan of the live contacts, row by row.
        Index("ix_contact_name_order", "family_name", "given_name", "family_name_zh", "deleted_at"),
        # The few people marked "do not contact", found without reading the contacts (0069).
        Index("ix_contact_do_not_contact", "id", sqlite_where=text("do_not_contact = 1")),
    )

    #: Latin-script names as the person writes them (e.g. family "Zhang", given "Wei").
    family_name: Mapped[str] = mapped_column(String(100), default="")
    given_name: Mapped[str] = mapped_column(String(100), default="")
    #: Whether the Latin name is written family name first ("Zhang Wei") or given name first.
    name_order: Mapped[NameOrder] = enum_column(NameOrder, default=NameOrder.GIVEN_FIRST)
    #: Chinese names, stored apart; written family name first (张 + 伟 = 张伟) unless transliterated
    #: (林德奎斯特 + 安娜 = 安娜·林德奎斯特, :attr:`name_zh`).
    family_name_zh: Mapped[str] = mapped_column(String(50), default="")
    given_name_zh: Mapped[str] = mapped_column(String(50), default="")
    #: Honorific or academic title in both languages ("Dr.", "博士").
    honorific_en: Mapped[str] = mapped_column(String(50), default="")
    honorific_zh: Mapped[str] = mapped_column(String(50), default="")
    gender: Mapped[str] = mapped_column(String(10), default="")
    #: Language codes spoken, e.g. ["zh", "en"].
    languages: Mapped[list[str]] = mapped_column(default=list)
    dietary_needs: Mapped[str] = mapped_column(Text, default="")
    accessibility_needs: Mapped[str] = mapped_column(Text, default="")
    emergency_contact: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    #: Where the record came from ("manual", "demo", "import:cards.vcf", an office's name ...).
    source: Mapped[str] = mapped_column(String(200), default="manual")
    #: What vCards and phone/mail programs carry besides the above (issue 13): kept, exported, synced.
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    name_suffix: Mapped[str] = mapped_column(String(50), default="")
    nickname: Mapped[str] = mapped_column(String(100), default="")
    #: Reading of the name as the file gives it (kana for Japanese, pinyin, hangul romanisation ...).
    phonetic_family_name: Mapped[str] = mapped_column(String(100), default="")
    phonetic_given_name: Mapped[str] = mapped_column(String(100), default="")
    #: Language of the names in ``family_name_zh``/``given_name_zh``: "" (Chinese), "ja" or "ko".
    native_name_language: Mapped[str] = mapped_column(String(10), default="")
    #: ISO dates, or "--MM-DD" when the file gives no year.
    birthday: Mapped[str] = mapped_column(String(10), default="")
    anniversary: Mapped[str] = mapped_column(String(10), default="")
    #: Postal addresses: {"label", "street", "city", "region", "postcode", "country", "po_box",
    #: "extended", "language"} with empty keys left out.
    addresses: Mapped[list[dict[str, str]]] = mapped_column(JSONList(), default=list)
    websites: Mapped[list[str]] = mapped_column(default=list)
    #: Related people: {"type": "spouse", "name": "…"}.
    related_names: Mapped[list[dict[str, str]]] = mapped_column(JSONList(), default=list)
    #: Messaging handles petdesk has no channel for: {"service": "qq", "handle": "…"}.
    other_handles: Mapped[list[dict[str, str]]] = mapped_column(JSONList(), default=list)
    #: A small photo as "image/jpeg;base64,…" (text, so that it travels in sync packages).
    photo: Mapped[str] = mapped_column(Text, default="")
    #: Whether someone chose ``name_order`` (the editor, a command, a file that says it): the rule that
    #: writes a Vietnamese name family name first then leaves it (migration 0055). Travels with it.
    name_order_chosen: Mapped[bool] = mapped_column(default=False)
    #: A Korean name's Hanja beside its Hangul (李敏鎬 for 이민호), written as the person writes it.
    name_hanja: Mapped[str] = mapped_column(String(50), default="")
    #: Travel documents for invitation letters, guest registration and visa applications (0061):
    #: personal data like the rest (erased with the person), left out of contact exports unless asked.
    #: ``nationality`` is an ISO 3166 alpha-2 code ("DE"); ``passport_expiry`` an ISO date or "".
    nationality: Mapped[str] = mapped_column(String(2), default="")
    passport_number: Mapped[str] = mapped_column(String(50), default="")
    passport_expiry: Mapped[str] = mapped_column(String(10), default="")
    visa_note: Mapped[str] = mapped_column(Text, default="")
    #: The person asked not to be contacted (GDPR restriction, 0069; ``services.do_not_contact``):
    #: they stay in past visits and trainings but every bulk export leaves them out. Exchanged.
    do_not_contact: Mapped[bool] = mapped_column(default=False)

    methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="contact", order_by="ContactMethod.position"
    )
    affiliations: Mapped[list[Affiliation]] = relationship(
        back_populates="contact", order_by="Affiliation.start_date"
    )

    @property
    def name_zh(self) -> str:
        """The Chinese name as cards and dossiers print it: a transliterated Western name given·family
        (安娜·林德奎斯特), a Chinese one family first (张伟)."""
        return person_chinese_name(
            self.family_name_zh or "",
            self.given_name_zh or "",
            family=self.family_name or "",
            order=self.name_order,
            native_name_language=self.native_name_language or "",
            languages=self.languages or (),
        )

    @property
    def name_latin(self) -> str:
        parts = (
            (self.family_name, self.given_name)
            if self.name_order == NameOrder.FAMILY_FIRST
            else (self.given_name, self.family_name)
        )
        return " ".join(p for p in parts if p)

    def display_name(self, language: str = "en") -> str:
        """The name to show in an interface of the given language, falling back to the other script."""
        if language.startswith("zh") and not (self.name_latin and latin_name_first(self.name_zh)):
            return self.name_zh or self.name_latin
        return self.name_latin or self.name_zh

    def current_affiliation(self) -> Affiliation | None:
        current = [a for a in self.affiliations if a.end_date is None and a.deleted_at is None]
        current.sort(key=lambda a: (not a.is_primary, a.start_date or dt.date.min))
        return current[0] if current else None


class ContactMethod(SyncedMixin, Base):
    """One e-mail address, phone number or messaging ID of a contact."""

    __tablename__ = "contact_method"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    channel: Mapped[ContactChannel] = enum_column(ContactChannel)
    label: Mapped[ChannelLabel] = enum_column(ChannelLabel, default=ChannelLabel.WORK)
    value: Mapped[str] = mapped_column(String(300))
    #: The key search, import matching, duplicate detection and the sync compare the method by, made
    #: by ``services.matching.method_key`` alone (lower-cased e-mail, a number's digits ...).
    normalized: Mapped[str] = mapped_column(String(300), default="", index=True)
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="methods")


class Affiliation(SyncedMixin, Base):
    """A contact's position at an organisation over a span of time; ended links stay as history."""

    __tablename__ = "affiliation"

    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    position_en: Mapped[str] = mapped_column(String(200), default="")
    position_zh: Mapped[str] = mapped_column(String(200), default="")
    department_en: Mapped[str] = mapped_column(String(200), default="")
    department_zh: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None] = mapped_column(default=None)
    #: None while the person still holds the position.
    end_date: Mapped[dt.date | None] = mapped_column(default=None)
    is_primary: Mapped[bool] = mapped_column(default=True)

    contact: Mapped[Contact] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship(back_populates="affiliations")

    @property
    def is_current(self) -> bool:
        return self.end_date is None
