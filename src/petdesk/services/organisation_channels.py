"""An organisation's own phone and e-mail (its switchboard, "info@...": 0078), checked and stored
as a contact's phone and e-mail methods are: full-width characters folded, the e-mail's domain in
lower case, the phone in its international form where it reads as a number, else as typed.

No Qt, no session: the organisation service, the import and the CLI call it alike."""

from __future__ import annotations

from petdesk.i18n import N_
from petdesk.phone_dialling import international_form, number_country
from petdesk.services.matching import half_width_latin, half_width_phone
from petdesk.services.validation import Issue, email_problem, phone_problem

#: The columns' lengths (``models.Organisation``).
MAX_PHONE = 100
MAX_EMAIL = 300


def channel_issues(phone: str, email: str) -> list[Issue]:
    """What is wrong with a typed phone and e-mail, in plain words (empty: nothing; both may be empty)."""
    issues: list[Issue] = []
    phone, email = half_width_phone(phone).strip(), stored_email(email)
    if phone and (problem := phone_problem(phone)):
        digits = str(sum(ch.isdigit() for ch in phone))
        issues.append(Issue("phone", problem, {"value": phone, "digits": digits}))
    elif len(phone) > MAX_PHONE:
        issues.append(
            Issue("phone", N_("This field is limited to {limit} characters."), {"limit": str(MAX_PHONE)})
        )
    if email and (problem := email_problem(email)):
        issues.append(Issue("email", problem, {"value": email}))
    elif len(email) > MAX_EMAIL:
        issues.append(
            Issue("email", N_("This field is limited to {limit} characters."), {"limit": str(MAX_EMAIL)})
        )
    return issues


def stored_phone(value: str | None, *countries: str) -> str:
    """The phone as stored: in international form, read with the first of ``countries`` that is a
    code (the organisation's, then the office's) when typed without one ("0228 815 0", DE ->
    "+49 228 8150"); as typed (full-width digits folded) when it does not read as a valid number, since
    a wrong guess would be a number nobody answers."""
    typed = half_width_phone(value or "").strip()
    return international_form(typed, number_country(*countries)) if typed else ""


def stored_email(value: str | None) -> str:
    """The e-mail as stored: trimmed, full-width letters folded, the domain in lower case (the part
    before the @ is the mailbox's own and stays as typed)."""
    text = half_width_latin(value or "").strip()
    mailbox, at, domain = text.rpartition("@")
    return f"{mailbox}@{domain.lower()}" if at else text
