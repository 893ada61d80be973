"""A mailing list for printed post (New Year cards, invitations): one address block per person, its
lines in the order the recipient's country writes them (field test 98).

Ms. Gao at the Wuhan office sends 贺年卡 to 300 partners, two thirds in China. The print shop wants
the blocks as cells of a CSV/XLSX for Word's mail merge, or sheets of sticky labels: a Chinese block
from the postal code down to the room with 收 after the name; a German one "Herrn Dr. Jonas Becker /
firm / street / PLZ Ort / GERMANY"; a Japanese one 〒 first and the family name first; the country line
in English for international mail. Deleted contacts are left out unsaid (she deleted them); people
who left their organisation and people without a postal address are left out and named, so she can
fix them; so are people marked "do not contact" (``services.do_not_contact``: no bulk export writes
them, and she must know why a partner gets no card). The address is the person's own (a work address
first), else their organisation's, with its postal code (0071) where the country prints it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from petdesk import models as m

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.db import Database

SUFFIXES = (".csv", ".xlsx")
#: Address lines a block has at most (name, organisation, department, street, town, region, country).
MAX_LINES = 7
#: Why a live contact is left out of the list.
LEFT_ORGANISATION = "left"
NO_ADDRESS = "no_address"
DO_NOT_CONTACT = "do_not_contact"

#: Countries that write the postal code before the town ("10115 Berlin"); elsewhere after it.
_POSTCODE_FIRST = frozenset(
    {"AT", "BE", "CH", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IS", "IT", "LI", "LT"}
    | {"LU", "LV", "MC", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK", "TR"}
)
#: Countries whose own script writes big to small (province first): China's, Japan's, Korea's.
_EAST_ASIA = frozenset({"CN", "TW", "HK", "MO", "JP", "KR"})
#: The country line where the English short name is not what post offices print (UPU style).
_COUNTRY_LINE = {"KR": "REPUBLIC OF KOREA", "KP": "DPR KOREA", "GB": "UNITED KINGDOM", "US": "USA"}
#: German address forms in place of the English "Mr."/"Ms." on a German, Austrian or Swiss block.
_GERMAN_FORM = {"m": "Herrn", "f": "Frau"}
_PLAIN_FORMS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "先生", "女士"})
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


@dataclass(frozen=True, slots=True)
class Recipient:
    contact_id: str
    name: str
    country: str
    #: The address block, top to bottom, as printed.
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LeftOut:
    contact_id: str
    name: str
    name_zh: str
    #: :data:`LEFT_ORGANISATION`, :data:`NO_ADDRESS` or :data:`DO_NOT_CONTACT`.
    reason: str


@dataclass(slots=True)
class MailingList:
    recipients: list[Recipient] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)


def mailing_list(
    session: Session,
    *,
    ids: Sequence[str] | None = None,
    query: str | None = None,
    home: str | None = None,
    language: str = "en",
) -> MailingList:
    """The blocks of the live contacts ``ids`` names (or ``query`` finds, or all), as posted from
    ``home`` (a block for the home country has no country line; by default the office's country),
    in the contacts list's filing order for ``language``."""
    from petdesk.services import search
    from petdesk.services.office import home_country

    if home is None:
        home = home_country(session)
    from petdesk.services.exporting import _query_ids

    if ids is None and query and query.strip():
        ids = _query_ids(session, query.strip(), language)
    stmt = (
        select(m.Contact)
        .where(m.Contact.deleted_at.is_(None))
        .options(selectinload(m.Contact.affiliations).selectinload(m.Affiliation.organisation))
    )
    if ids is not None:
        stmt = stmt.where(m.Contact.id.in_(list(ids)))
    by_id = {c.id: c for c in session.scalars(stmt)}
    # the list's order ("de Smet" under S, 王伟 by pinyin), not raw family_name order
    filed = search.filing_order(session, list(by_id), language)
    found = MailingList()
    for contact in (by_id[i] for i in filed if i in by_id):
        name = contact.display_name("en")
        if contact.do_not_contact:  # checked first: whatever else is wrong, this is why
            found.left_out.append(LeftOut(contact.id, name, contact.display_name("zh"), DO_NOT_CONTACT))
            continue
        live = [a for a in contact.affiliations if a.deleted_at is None]
        current = contact.current_affiliation()
        if live and current is None:
            found.left_out.append(LeftOut(contact.id, name, contact.display_name("zh"), LEFT_ORGANISATION))
            continue
        address = _address_of(contact, current)
        if address is None:
            found.left_out.append(LeftOut(contact.id, name, contact.display_name("zh"), NO_ADDRESS))
            continue
        lines = address_block(contact, current, address, home=home)
        found.recipients.append(Recipient(contact.id, name, address.get("country", ""), tuple(lines)))
    return found


def _country(text: str) -> str:
    from petdesk.labels import country_code_in_any_language

    return country_code_in_any_language(text) or ""


def _address_of(contact: m.Contact, current: m.Affiliation | None) -> dict[str, str] | None:
    """The person's own postal address (work before home), else their organisation's; the country
    as a code. None without a street (or post-office box)."""
    own = [a for a in contact.addresses or () if (a.get("street") or a.get("po_box")) and a.get("city", "x")]
    own.sort(key=lambda a: a.get("label") != "work")
    if own:
        address = dict(own[0])
        address["country"] = _country(address.get("country", ""))
        if not address["country"] and current is not None:
            address["country"] = current.organisation.country
        return address
    if current is None:
        return None
    org = current.organisation
    street = org.address_zh if org.country in _EAST_ASIA and org.address_zh else org.address_en
    if not street.strip():
        return None
    latin = street is org.address_en
    if latin:  # "No. 5 Main Street, Bonn, Germany": the country gets its own line
        country_en = _country_line(org.country).casefold()
        parts = [p.strip() for p in street.split(",")]
        if parts and parts[-1].casefold() in (country_en, org.country.casefold()):
            street = ", ".join(parts[:-1])
    address = {"street": street.strip(), "country": org.country}
    if org.postal_code:  # printed where the country puts it: first in China, before the town in Germany
        address["postcode"] = org.postal_code
        if latin:
            address["street"], address["city"] = _town_apart(address["street"], org.city_en)
    return address


def _town_apart(street: str, city: str) -> tuple[str, str]:
    """ "Am Hof 1, Bonn" → ("Am Hof 1", "Bonn"): the town, the last part of the text (or the
    organisation's city when the text does not end with it), goes on the postcode's line."""
    parts = [p.strip() for p in street.split(",")]
    if len(parts) > 1 and (not city or parts[-1].casefold().startswith(city.casefold())):
        return ", ".join(parts[:-1]), parts[-1]
    return street, city


def _country_line(code: str) -> str:
    from petdesk.labels import country_name

    return _COUNTRY_LINE.get(code) or country_name(code, "en").upper()


def _east_asian_script(contact: m.Contact, address: dict[str, str]) -> str:
    """The script of the block: "zh", "ja" or "ko" when the block is written in that script, else ""."""
    text = "".join(address.get(k, "") for k in ("street", "city", "region"))
    if _HANGUL.search(text):
        return "ko"
    if _KANA.search(text) or (_HAN.search(text) and address.get("country") == "JP"):
        return "ja"
    return "zh" if _HAN.search(text) else ""


def _org_names(current: m.Affiliation | None, script: str) -> list[str]:
    if current is None:
        return []
    org = current.organisation
    if script:
        names = [org.name_zh or org.name_en, current.department_zh or current.department_en]
    else:
        names = [org.name_en or org.name_zh, current.department_en or current.department_zh]
    return [n for n in names if n]


def _native_name(contact: m.Contact) -> str:
    if contact.family_name_zh or contact.given_name_zh:
        return contact.name_zh
    return contact.name_latin


def _latin_name(contact: m.Contact, country: str) -> str:
    name = contact.name_latin or contact.name_zh
    form = contact.honorific_en.strip()
    if country in ("DE", "AT", "CH") and (contact.gender or "")[:1] in _GERMAN_FORM:
        german = _GERMAN_FORM[contact.gender[:1]]
        form = german if not form or form.casefold() in _PLAIN_FORMS else f"{german} {form}"
    return f"{form} {name}".strip()


def _town(parts: Sequence[str]) -> str:
    return " ".join(p for p in parts if p)


def address_block(
    contact: m.Contact, current: m.Affiliation | None, address: dict[str, str], *, home: str = "CN"
) -> list[str]:
    """The lines of one envelope, as the recipient's post office reads them."""
    country = address.get("country", "")
    street = " ".join(p for p in (address.get("street", ""), address.get("extended", "")) if p)
    if address.get("po_box"):
        street = f"{street}, {address['po_box']}" if street else address["po_box"]
    city, region, postcode = (address.get(k, "") for k in ("city", "region", "postcode"))
    country_line = [] if country == home or not country else [_country_line(country)]
    script = _east_asian_script(contact, address)
    orgs = _org_names(current, script)
    if script:
        # Big to small, the town not repeated where the street already says it (湖北省武汉市…); Korean
        # puts spaces between the parts, Chinese and Japanese none (新华路218号1203室).
        joiner = " " if script == "ko" else ""
        street = joiner.join(p for p in (address.get("street", ""), address.get("extended", "")) if p)
        place = joiner.join([*(p for p in (region, city) if p and p not in street), street])
        honorific = contact.honorific_zh if script == "zh" else ""
        name = _native_name(contact)
        if script == "zh":
            return (
                [postcode, place, *orgs, f"{name}{honorific} 收", *country_line]
                if postcode
                else [place, *orgs, f"{name}{honorific} 收", *country_line]
            )
        if script == "ja":
            return [*([f"〒{postcode}"] if postcode else []), place, *orgs, f"{name} 様", *country_line]
        return [place, *orgs, f"{name} 귀하", *([postcode] if postcode else []), *country_line]
    name = _latin_name(contact, country)
    if country in _POSTCODE_FIRST:
        town = _town((postcode, city.upper() if country == "FR" else city))
        tail = [town, *([region] if region else [])]
    elif country == "BR":
        tail = [" - ".join(p for p in (city, region) if p), *([postcode] if postcode else [])]
    elif country == "CO":  # "Bogotá, Cundinamarca, 110231": city, department, postcode (4-72)
        tail = [", ".join(p for p in (city, region, postcode) if p)]
    elif country in ("KZ", "RU", "UA", "BY", "KG", "UZ"):
        tail = [p for p in (city, region, postcode) if p]
    else:
        tail = [_town((city, region, postcode))]
    return [line for line in (name, *orgs, street, *tail, *country_line) if line]


def headers(lang: str = "en") -> list[str]:
    """Column headers: the person, the country, then one column per block line for mail merge."""
    from petdesk.i18n import translator

    _ = translator(lang)
    return [_("ID"), _("Name"), _("Country"), *(_("Line {n}").format(n=n) for n in range(1, MAX_LINES + 1))]


def table(found: MailingList) -> list[list[str]]:
    rows = []
    for r in found.recipients:
        lines = [*r.lines[: MAX_LINES - 1], " ".join(r.lines[MAX_LINES - 1 :])]
        rows.append([r.contact_id, r.name, r.country, *lines, *[""] * (MAX_LINES - len(lines))])
    return rows


def write(
    found: MailingList,
    path: Path,
    lang: str = "en",
    *,
    delimiter: str = ",",
    logged_in: Database | None = None,
) -> int:
    """``path``'s suffix says CSV or XLSX; returns the recipients written, logged in ``logged_in``'s
    export log (addresses leave the office)."""
    from petdesk.services.table_file import write_table

    sheet = "邮寄名单" if lang.startswith("zh") else "mailing list"
    written = write_table(path, headers(lang), table(found), sheet=sheet, delimiter=delimiter)
    if logged_in is not None:
        from petdesk.services import export_log

        ids = [r.contact_id for r in found.recipients]
        export_log.record_through(logged_in, "mailing_list", path, written, ids)
    return written


def left_out_sentences(found: MailingList, locale: str = "en") -> list[str]:
    """Who was left out and why, in ``locale``: one line per reason with the names."""
    from petdesk.i18n import translator

    _ = translator(locale)
    zh = locale.startswith("zh")
    sep = "、" if zh else ", "
    out = []
    for reason in (DO_NOT_CONTACT, LEFT_ORGANISATION, NO_ADDRESS):
        names = [p.name_zh if zh else p.name for p in found.left_out if p.reason == reason]
        if not names:
            continue
        if reason == DO_NOT_CONTACT:
            text = _.ngettext(
                "{n} person left out who asked not to be contacted: {names}",
                "{n} people left out who asked not to be contacted: {names}",
                len(names),
            )
        elif reason == LEFT_ORGANISATION:
            text = _.ngettext(
                "{n} person left out who left their organisation: {names}",
                "{n} people left out who left their organisation: {names}",
                len(names),
            )
        else:
            text = _.ngettext(
                "{n} person left out without a postal address: {names}",
                "{n} people left out without a postal address: {names}",
                len(names),
            )
        out.append(text.format(n=len(names), names=sep.join(names)))
    return out
