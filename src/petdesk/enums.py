"""Closed vocabularies of the domain. Values are stored as their lowercase string value."""

from __future__ import annotations

import enum


class OrgKind(enum.StrEnum):
    CITY_GOVERNMENT = "city_government"
    MINISTRY_AGENCY = "ministry_agency"
    ENTERPRISE = "enterprise"
    FUND = "fund"
    UNIVERSITY = "university"
    NGO = "ngo"
    HUB_OFFICE = "hub_office"


class ContactChannel(enum.StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WECHAT = "wechat"
    WHATSAPP = "whatsapp"
    LINE = "line"
    TELEGRAM = "telegram"
    SKYPE = "skype"
    FAX = "fax"


class ChannelLabel(enum.StrEnum):
    WORK = "work"
    MOBILE = "mobile"
    HOME = "home"
    OTHER = "other"


class NameOrder(enum.StrEnum):
    """How a person writes their Latin-script name: "Zhang Wei" (family first) or "Wei Zhang"."""

    FAMILY_FIRST = "family_first"
    GIVEN_FIRST = "given_first"


class VisitDirection(enum.StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"


class VisitStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class ParticipantRole(enum.StrEnum):
    HEAD = "head"
    DELEGATE = "delegate"
    HOST = "host"
    INTERPRETER = "interpreter"
    DRIVER = "driver"
    ORGANISER = "organiser"
    STAFF = "staff"


class ItineraryKind(enum.StrEnum):
    MEETING = "meeting"
    SITE_VISIT = "site_visit"
    BANQUET = "banquet"
    TRANSFER = "transfer"
    TRAINING_SESSION = "training_session"
    FREE_TIME = "free_time"


class TrainingStatus(enum.StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    DONE = "done"
    CANCELLED = "cancelled"


class TrainingRole(enum.StrEnum):
    ATTENDEE = "attendee"
    TRAINER = "trainer"
    ORGANISER = "organiser"
    #: A consecutive interpreter, attached to the sessions she interprets as a trainer is (a
    #: ``session_trainer`` row): stored as text with no CHECK (``enum_column``), so no migration.
    INTERPRETER = "interpreter"


class AttendanceStatus(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class ActivityKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ProjectStatus(enum.StrEnum):
    IDEA = "idea"
    PREPARING = "preparing"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    REJECTED = "rejected"
    RUNNING = "running"
    CLOSED = "closed"


class PartnerRole(enum.StrEnum):
    LEAD = "lead"
    PARTNER = "partner"
    BENEFICIARY_CITY = "beneficiary_city"
    TECHNOLOGY_PROVIDER = "technology_provider"


class MilestoneKind(enum.StrEnum):
    MILESTONE = "milestone"
    REPORT = "report"
    DEADLINE = "deadline"


class NeedStatus(enum.StrEnum):
    OPEN = "open"
    MATCHING = "matching"
    SOLVED = "solved"
    WITHDRAWN = "withdrawn"


class MatchState(enum.StrEnum):
    SUGGESTED = "suggested"
    INTRODUCED = "introduced"
    MEETING_HELD = "meeting_held"
    PILOT = "pilot"
    AGREEMENT = "agreement"
    NO_AGREEMENT = "no_agreement"


class FinanceInstrument(enum.StrEnum):
    GRANT = "grant"
    CONCESSIONAL_LOAN = "concessional_loan"
    GREEN_BOND = "green_bond"
    EQUITY = "equity"
    GUARANTEE = "guarantee"


class FinanceStage(enum.StrEnum):
    PROSPECT = "prospect"
    DISCUSSION = "discussion"
    APPLICATION = "application"
    COMMITTED = "committed"
    DISBURSED = "disbursed"
    DROPPED = "dropped"
