"""Closed vocabularies of the domain. Values are stored as their lowercase string value.

A newer office may store a value this release does not know (the columns have no CHECK, see
``models.base.enum_column``). Every enum names the member such a value is read as
(``falls_back_to``), chosen so that it hides nothing and claims nothing; the stored value itself is
never written back unless the field is edited.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import TypeVar

E = TypeVar("E", bound=enum.StrEnum)

#: Enum class -> value of the member an unknown stored value is read as.
_FALLBACK: dict[type[enum.StrEnum], str] = {}


def falls_back_to(value: str) -> Callable[[type[E]], type[E]]:
    """Register the member (by value) that a value unknown to this release is read as."""

    def register(cls: type[E]) -> type[E]:
        cls(value)  # a typo fails at import, not when a newer office's file is opened
        _FALLBACK[cls] = value
        return cls

    return register


def fallback(cls: type[E]) -> E:
    """The member an unknown stored value of ``cls`` is read as."""
    return cls(_FALLBACK[cls])


def stored(cls: type[E], value: str) -> E:
    """The member for a stored value; the fallback member for one this release does not know.

    For values read from the file (raw SQL); user input keeps the strict ``cls(value)``."""
    try:
        return cls(value)
    except ValueError:
        return fallback(cls)


def is_known(cls: type[enum.StrEnum], value: str) -> bool:
    return value in cls._value2member_map_


#: Unknown value read as ENTERPRISE: the default and plainest kind (no hub-office or fund rules).
@falls_back_to("enterprise")
class OrgKind(enum.StrEnum):
    CITY_GOVERNMENT = "city_government"
    MINISTRY_AGENCY = "ministry_agency"
    ENTERPRISE = "enterprise"
    FUND = "fund"
    UNIVERSITY = "university"
    NGO = "ngo"
    HUB_OFFICE = "hub_office"


#: Unknown value read as FAX: an address nothing is sent to by itself (no mailing, dialling or chat).
@falls_back_to("fax")
class ContactChannel(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WECHAT = "wechat"
    WHATSAPP = "whatsapp"
    LINE = "line"
    TELEGRAM = "telegram"
    SKYPE = "skype"
    FAX = "fax"


#: Unknown value read as OTHER: says nothing it does not know.
@falls_back_to("other")
class ChannelLabel(enum.StrEnum):
    WORK = "work"
    MOBILE = "mobile"
    HOME = "home"
    OTHER = "other"


#: Unknown value read as GIVEN_FIRST: the default; only changes how the name is written.
@falls_back_to("given_first")
class NameOrder(enum.StrEnum):
    """How a person writes their Latin-script name: "Zhang Wei" (family first) or "Wei Zhang"."""

    FAMILY_FIRST = "family_first"
    GIVEN_FIRST = "given_first"


#: Unknown value read as INBOUND: the default.
@falls_back_to("inbound")
class VisitDirection(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


#: Unknown value read as PLANNED: hides nothing: in every list and calendar, never done or cancelled.
@falls_back_to("planned")
class VisitStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


#: Unknown value read as DELEGATE: the most neutral role (not head, host or interpreter).
@falls_back_to("delegate")
class ParticipantRole(enum.StrEnum):
    HEAD = "head"
    DELEGATE = "delegate"
    HOST = "host"
    INTERPRETER = "interpreter"
    DRIVER = "driver"
    ORGANISER = "organiser"
    STAFF = "staff"


#: Unknown value read as MEETING: the default and the plainest entry.
@falls_back_to("meeting")
class ItineraryKind(enum.StrEnum):
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    BANQUET = "banquet"
    TRANSFER = "transfer"
    TRAINING_SESSION = "training_session"
    FREE_TIME = "free_time"


#: Unknown value read as PLANNED: hides nothing: in every list and calendar, never done or cancelled.
@falls_back_to("planned")
class TrainingStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


#: Unknown value read as ATTENDEE: the most neutral role: no sessions to teach or interpret.
@falls_back_to("attendee")
class TrainingRole(enum.StrEnum):
    ATTENDEE = "attendee"
    TRAINER = "trainer"
    ORGANISER = "organiser"
    #: A consecutive interpreter, attached to the sessions she interprets as a trainer is (a
    #: ``session_trainer`` row): stored as text with no CHECK (``enum_column``), so no migration.
    INTERPRETER = "interpreter"


#: Unknown value read as PRESENT: hides nothing: the person stays on the lists and certificates.
@falls_back_to("present")
class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


#: Unknown value read as NOTE: the plainest kind.
@falls_back_to("note")
class ActivityKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"


#: Unknown value read as OPEN: hides nothing: an open follow-up stays on the lists.
@falls_back_to("open")
class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


#: Unknown value read as IDEA: the default: shown in every list, not counted as applied, running or ended.
@falls_back_to("idea")
class ProjectStatus(enum.StrEnum):
    IDEA = "idea"
    PREPARING = "preparing"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    RUNNING = "running"
    CLOSED = "closed"


#: Unknown value read as PARTNER: the default and the most neutral role.
@falls_back_to("partner")
class PartnerRole(enum.StrEnum):
    LEAD = "lead"
    PARTNER = "partner"
    BENEFICIARY_CITY = "beneficiary_city"
    TECHNOLOGY_PROVIDER = "technology_provider"


#: Unknown value read as MILESTONE: the default: no deadline warnings it may not deserve.
@falls_back_to("milestone")
class MilestoneKind(enum.StrEnum):
    MILESTONE = "milestone"
    REPORT = "report"
    DEADLINE = "deadline"


#: Unknown value read as OPEN: hides nothing: an open need stays on the lists.
@falls_back_to("open")
class NeedStatus(enum.StrEnum):
    OPEN = "open"
    MATCHING = "matching"
    SOLVED = "solved"
    WITHDRAWN = "withdrawn"


#: Unknown value read as SUGGESTED: the first state: claims no progress it may not have.
@falls_back_to("suggested")
class MatchState(enum.StrEnum):
    SUGGESTED = "suggested"
    INTRODUCED = "introduced"
    MEETING_HELD = "meeting_held"
    PILOT = "pilot"
    AGREEMENT = "agreement"
    NO_AGREEMENT = "no_agreement"


#: Unknown value read as GRANT: the default.
@falls_back_to("grant")
class FinanceInstrument(enum.StrEnum):
    GRANT = "grant"
    CONCESSIONAL_LOAN = "concessional_loan"
    GREEN_BOND = "green_bond"
    EQUITY = "equity"
    GUARANTEE = "guarantee"


#: Unknown value read as PROSPECT: hides nothing, adds nothing to committed or disbursed sums.
@falls_back_to("prospect")
class FinanceStage(enum.StrEnum):
    PROSPECT = "prospect"
    DISCUSSION = "discussion"
    APPLICATION = "application"
    COMMITTED = "committed"
    DISBURSED = "disbursed"
    DROPPED = "dropped"
