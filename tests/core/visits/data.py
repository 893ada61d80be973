"""Small builders for schedule tests: people and organisations with just what the tests need."""

from __future__ import annotations

from sqlalchemy.orm import Session

from petdesk.models import Contact, ContactMethod, Organisation
from petdesk.models.enums import ContactChannel, NameOrder, OrgKind


def person(
    session: Session, given: str, family: str, zh: str = "", email: str = "", *, family_first: bool = False
) -> Contact:
    contact = Contact(
        given_name=given,
        family_name=family,
        family_name_zh=zh[:1],
        given_name_zh=zh[1:],
        name_order=NameOrder.FAMILY_FIRST if family_first else NameOrder.GIVEN_FIRST,
    )
    session.add(contact)
    session.flush()
    if email:
        session.add(
            ContactMethod(
                contact=contact, channel=ContactChannel.EMAIL, value=email, normalized=email.lower()
            )
        )
        session.flush()
    return contact


def organisation(session: Session, name_en: str, name_zh: str = "", city: str = "") -> Organisation:
    org = Organisation(name_en=name_en, name_zh=name_zh, kind=OrgKind.CITY_GOVERNMENT, city_en=city)
    session.add(org)
    session.flush()
    return org
