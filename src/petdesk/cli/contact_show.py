"""``petdesk contact ID``: one contact whole, as the window's detail pane and editor show it, in lines
for people (labels as the editor's, in the command's language) or one JSON document for scripts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from petdesk.address_line import one_line
from petdesk.cli.context import Context

if TYPE_CHECKING:  # the services load only when a command runs
    from sqlalchemy.orm import Session

    from petdesk.services.contacts import ContactDetail

#: The contact's own fields shown, in the editor's order: names in both scripts, readings,
#: honorifics, then what a visit needs. An empty one is left out of the lines (kept in JSON).
SHOWN_FIELDS = (
    "family_name",
    "given_name",
    "family_name_zh",
    "given_name_zh",
    "phonetic_family_name",
    "phonetic_given_name",
    "middle_name",
    "name_suffix",
    "nickname",
    "name_hanja",
    "honorific_en",
    "honorific_zh",
    "birthday",
    "dietary_needs",
    "accessibility_needs",
    "emergency_contact",
    # a registration list's and a visa letter's (field test 60: set by `contact add`, never shown)
    "nationality",
    "passport_number",
    "passport_expiry",
)


def contact_detail(session: Session, contact_id: str) -> ContactDetail:
    """The contact with its live e-mails and phones and its positions (not its visits and
    trainings: ``contact_service.contact_detail`` reads those too, unused here)."""
    from petdesk.services import contacts as contact_service

    return contact_service.ContactDetail(
        contact=contact_service.get_contact(session, contact_id),
        methods=contact_service.live_methods(session, contact_id),
        affiliations=contact_service.affiliation_history(session, contact_id),
    )


def shown_name(contact: Any, locale: str) -> str:
    """ "Chen Ping (陈萍)" / "陈萍（Chen Ping）", as the lists name a person."""
    from petdesk.services import names

    return names.person_both_scripts(
        locale,
        family=contact.family_name or "",
        given=contact.given_name or "",
        suffix=getattr(contact, "name_suffix", "") or "",
        order=contact.name_order,
        family_zh=contact.family_name_zh or "",
        given_zh=contact.given_name_zh or "",
        native_name_language=contact.native_name_language or "",
        languages=list(contact.languages or ()),
    )


def _last_change(session: Session, contact_id: str, locale: str) -> tuple[str, str, str]:
    """When, at which office and by whom the contact (or one of its e-mails, phones or positions)
    last changed: the newest line of its history."""
    from petdesk.services import history as history_service

    entries = history_service.record_history(session, "contact", contact_id, locale=locale)
    if not entries:
        return "", "", ""
    return entries[0].at, entries[0].office, entries[0].staff


def print_contact(session: Session, contact_id: str, ctx: Context) -> None:
    """The contact in labelled lines: fields, positions, e-mails and phones, tags, notes, last change."""
    from petdesk.cli.columns import pad, width
    from petdesk.enums import ChannelLabel
    from petdesk.labels import bracket
    from petdesk.language import is_chinese
    from petdesk.services.newer_values import unknown_values
    from petdesk.sync.labels import field_label, name_field_label
    from petdesk.sync.value_words import moment_words
    from petdesk.vocab import label, stored_label

    _ = ctx.translator()
    locale = ctx.locale
    detail = contact_detail(session, contact_id)
    c = detail.contact
    colon = "：" if is_chinese(locale) else ": "
    lines: list[tuple[str, str]] = [(_("Id"), c.id)]
    native = ((c.family_name_zh or "") + (c.given_name_zh or ""),)  # "Name (Hindi)", not "(Chinese)"
    lines += [
        (
            name_field_label(key, locale, "contact", language=c.native_name_language or "", values=native),
            _country(c.nationality, locale) if key == "nationality" else str(getattr(c, key) or ""),
        )
        for key in SHOWN_FIELDS
        if getattr(c, key)
    ]
    # after the names: how the Latin name is written, and whether someone chose it (else the rule)
    order = label(c.name_order, locale)
    chosen = _("chosen by hand") if c.name_order_chosen else _("by the rule for the name")
    lines.insert(
        1 + sum(1 for key in SHOWN_FIELDS[:4] if getattr(c, key)),
        (field_label("name_order", locale, "contact"), bracket(order, chosen, locale)),
    )
    for a in detail.affiliations:
        job = " · ".join(
            part
            for part in (
                a.organisation(locale),
                a.position(locale),
                (a.department_zh or a.department_en)
                if is_chinese(locale)
                else (a.department_en or a.department_zh),
            )
            if part
        )
        since = a.start_date.isoformat() if a.start_date else ""
        if a.is_current:
            when = _("since {day}").format(day=since) if since else ""
            lines.append((_("Position"), f"{job}  {when}".rstrip()))
        else:
            ended = a.end_date.isoformat() if a.end_date else ""
            lines.append((_("Former position"), f"{job}  {since}–{ended}"))
    for method in detail.methods:
        newer = unknown_values(session, method)  # a newer petdesk's channel or label: as stored
        channel = newer.get("channel") or label(method.channel, locale)
        kind = newer.get("label") or label(method.label, locale)
        lines.append((bracket(channel, kind, locale), method.value))
    for address in c.addresses or ():  # stored, but never shown (field tests 107 and 108)
        kind = stored_label(ChannelLabel, address.get("label", ""), locale)
        name = bracket(field_label("addresses", locale, "contact"), kind, locale)
        lines.append((name, one_line(address, locale)))
    if c.tags:
        lines.append((field_label("tags", locale, "contact"), _(", ").join(c.tags)))
    if c.languages:  # an interpreter's working languages were held but never shown (field test 94)
        lines.append((field_label("languages", locale, "contact"), _language_names(c.languages, locale)))
    at, office, staff = _last_change(session, c.id, locale)
    if at:
        by = " · ".join(part for part in (office, staff) if part)
        lines.append(
            (field_label("updated_at", locale, "contact"), f"{moment_words(at, locale)}  {by}".rstrip())
        )
    from petdesk.services import export_log

    if sent := export_log.times_sent(session, c.id):  # whose data left the office (field test 84)
        lines.append(
            (_("Exports"), _.ngettext("sent in {n} export", "sent in {n} exports", sent).format(n=sent))
        )
    print(shown_name(c, locale))
    label_width = max(width(name) for name, _value in lines)
    for name, value in lines:
        print(f"  {pad(name + colon, label_width + width(colon))} {value}")
    if c.notes:
        print(f"  {field_label('notes', locale, 'contact')}{colon}")
        for note in c.notes.splitlines():
            print(f"    {note}")


def contact_document(session: Session, contact_id: str) -> dict[str, Any]:
    """The contact as JSON: English keys that stay, the data's own values, ids whole, dates ISO."""
    from petdesk.cli.json_output import iso_time
    from petdesk.services.newer_values import stored_text

    detail = contact_detail(session, contact_id)
    c = detail.contact
    at, office, staff = _last_change(session, c.id, "en")
    return {
        "id": c.id,
        "name_en": shown_name(c, "en"),
        "name_zh": shown_name(c, "zh_CN"),
        **{key: getattr(c, key) or "" for key in SHOWN_FIELDS},
        "name_order": c.name_order.value,
        "name_order_chosen": bool(c.name_order_chosen),
        "affiliations": [
            {
                "organisation_id": a.organisation_id,
                "organisation_en": a.organisation_en,
                "organisation_zh": a.organisation_zh,
                "position_en": a.position_en,
                "position_zh": a.position_zh,
                "department_en": a.department_en,
                "department_zh": a.department_zh,
                "start_date": a.start_date.isoformat() if a.start_date else None,
                "end_date": a.end_date.isoformat() if a.end_date else None,
                "current": a.is_current,
            }
            for a in detail.affiliations
        ],
        "methods": [
            {
                "channel": stored_text(session, m, "channel"),
                "label": stored_text(session, m, "label"),
                "value": m.value,
            }
            for m in detail.methods
        ],
        # as stored: label, street, extended, city, region, postcode, country (ISO code), po_box …
        "addresses": [dict(address) for address in c.addresses or ()],
        "tags": list(c.tags or ()),
        "notes": c.notes or "",
        "updated_at": iso_time(c.updated_at) if c.updated_at else None,
        "last_change": {"at": at, "office": office, "staff": staff} if at else None,
    }


def _country(code: str, locale: str) -> str:
    """ "Germany (DE)" / "德国（DE）": the name a reader knows, the code a form asks for."""
    from petdesk.labels import bracket, country_name

    name = country_name(code, locale)
    return bracket(name, code, locale) if name and name != code else code


def _language_names(codes: list[str], locale: str) -> str:
    """ "German, Chinese" / "德语、中文" from codes ("de"), by babel; a name as a file gave it stays."""
    from petdesk.i18n import babel_locale
    from petdesk.labels import join_like

    names = babel_locale(locale).languages
    return join_like([names.get(code.split("_")[0].split("-")[0], code) for code in codes], locale)
