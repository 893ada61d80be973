"""``phones tidy``: stored numbers typed without a country code rewritten in their international form
(the contact's, organisation's or office's country), the unreadable and the countryless left, the
typed form kept in History, undone as one step byte for byte, found by either form before and after."""

from __future__ import annotations

from sqlalchemy import select, text

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.office import Setting
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import contacts as cs
from petdesk.services import duplicates, import_undo, phone_tidy
from petdesk.services import search as search_service
from petdesk.services.history import record_history
from tests.core.visits.data import organisation


def _phone(value: str, channel: str = "phone") -> cs.Method:
    return cs.Method(channel=channel, value=value)


def _people(db: Database, *, office: str | None = "CN") -> dict[str, str]:
    """Anna (Berlin address), Hua (a Kunming organisation), Min (office's country), Li (unreadable)."""
    with db.transaction() as s:
        if office:
            s.add(Setting(key=COUNTRY_SETTING, value=office))
        kunming = organisation(s, "Kunming Ecology Bureau", "昆明市生态环境局")
        kunming.country = "CN"
        anna = cs.create_contact(
            s,
            given_name="Anna",
            family_name="Schmidt",
            addresses=[{"label": "work", "city": "Berlin", "country": "Germany"}],
            methods=[_phone("(0)30 1234567"), _phone("0049 30 7654321", "fax"), _phone("+49 170 1234567")],
        )
        hua = cs.create_contact(
            s,
            given_name="Hua",
            family_name="Li",
            organisation_id=kunming.id,
            methods=[_phone("0871-6512 3456")],
        )
        min_ = cs.create_contact(s, given_name="Min", family_name="Zhou", methods=[_phone("138 0013 8004")])
        odd = cs.create_contact(s, given_name="Na", family_name="Wu", methods=[_phone("6512 3456")])
        return {"anna": anna.id, "hua": hua.id, "min": min_.id, "odd": odd.id}


def _numbers(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as s:
        return [
            tuple(r)
            for r in s.execute(
                text("SELECT id, value, normalized FROM contact_method WHERE deleted_at IS NULL ORDER BY id")
            )
        ]


def test_the_plan_lists_old_new_whose_and_why_and_leaves_the_unreadable(db: Database) -> None:
    ids = _people(db)
    with db.reading() as s:
        plan = phone_tidy.plan_tidy(s)
    got = {(r.whose, r.old, r.new, r.country, r.reason) for r in plan.rewrites}
    assert got == {
        ("Anna Schmidt", "(0)30 1234567", "+49 30 1234567", "DE", "address"),
        ("Anna Schmidt", "0049 30 7654321", "+49 30 7654321", "DE", "address"),
        ("Hua Li", "0871-6512 3456", "+86 871 6512 3456", "CN", "organisation"),
        ("Min Zhou", "138 0013 8004", "+86 138 0013 8004", "CN", "office"),
    }
    assert [(x.contact_id, x.value, x.why) for x in plan.left] == [(ids["odd"], "6512 3456", "unreadable")]


def test_dry_run_writes_nothing_and_the_tidy_rewrites_with_keys(db: Database) -> None:
    _people(db)
    before = _numbers(db)
    with db.reading() as s:
        phone_tidy.plan_tidy(s)
    assert _numbers(db) == before
    with db.transaction() as s:
        assert phone_tidy.apply_tidy(s, phone_tidy.plan_tidy(s)) == 4
    after = {value: key for _i, value, key in _numbers(db)}
    assert after["+86 871 6512 3456"] == "8687165123456"
    assert after["+49 30 1234567"] == "49301234567"
    assert "6512 3456" in after and "+49 170 1234567" in after  # left, and already dialled from anywhere
    with db.reading() as s:
        assert phone_tidy.plan_tidy(s).rewrites == []  # a second run finds nothing


def test_no_country_known_is_left_and_country_option_fills_in(db: Database) -> None:
    ids = _people(db, office=None)  # the office never said where it is: no guess for a stored number
    with db.reading() as s:
        plan = phone_tidy.plan_tidy(s)
        assert ("138 0013 8004", "no_country") in {(x.value, x.why) for x in plan.left}
        assert ids["min"] not in {r.contact_id for r in plan.rewrites}
        given = phone_tidy.plan_tidy(s, country="cn")
    min_rewrite = next(r for r in given.rewrites if r.contact_id == ids["min"])
    assert (min_rewrite.new, min_rewrite.reason) == ("+86 138 0013 8004", "given")
    anna = next(r for r in given.rewrites if r.contact_id == ids["anna"])
    assert anna.country == "DE"  # the contact's own address still comes first


def test_limit_keeps_the_first_and_counts_the_rest(db: Database) -> None:
    _people(db)
    with db.reading() as s:
        plan = phone_tidy.plan_tidy(s, limit=1)
    assert len(plan.rewrites) == 1 and plan.more == 3


def test_typed_form_is_kept_in_history_and_undo_restores_byte_for_byte(db: Database) -> None:
    ids = _people(db)
    before = _numbers(db)
    with db.transaction() as s:
        phone_tidy.apply_tidy(s, phone_tidy.plan_tidy(s))
    with db.reading() as s:
        lines = record_history(s, "contact", ids["hua"])
        assert any(e.old_value == "0871-6512 3456" and e.new_value == "+86 871 6512 3456" for e in lines)
        assert phone_tidy.last_tidy(s) is not None
    with db.transaction() as s:
        phone_tidy.undo_last_tidy(s)
    assert _numbers(db) == before
    with db.reading() as s:
        assert phone_tidy.last_tidy(s) is None
        assert [p.mark.kind for p in import_undo.history(s)] == ["phones"]
    with db.transaction() as s:
        try:
            phone_tidy.undo_last_tidy(s)
        except phone_tidy.NothingToUndo as exc:
            assert "No tidy of phone numbers" in str(exc)
        else:
            raise AssertionError("a second undo found something to undo")


def test_an_edit_since_stops_the_undo(db: Database) -> None:
    ids = _people(db)
    with db.transaction() as s:
        phone_tidy.apply_tidy(s, phone_tidy.plan_tidy(s))
    with db.transaction() as s:
        method = s.scalar(select(m.ContactMethod).where(m.ContactMethod.contact_id == ids["hua"]))
        method.value = "+86 871 6512 9999"
    with db.transaction() as s:
        try:
            phone_tidy.undo_last_tidy(s)
        except import_undo.UndoImportError as exc:
            assert "Hua Li" in str(exc)
        else:
            raise AssertionError("the undo threw a later edit away")


def _found(db: Database, query: str) -> set[str]:
    with db.transaction() as s:
        search_service.refresh_search_index(s)
    with db.reading() as s:
        return {r.entity_id for r in search_service.search(s, query, kind="contact")}


def test_search_finds_either_form_before_and_after(db: Database) -> None:
    ids = _people(db)
    for query in ("0871-6512 3456", "+86 871 6512 3456", "(0)30 1234567", "+49 30 1234567"):
        assert _found(db, query) & {ids["hua"], ids["anna"]}, query
    with db.transaction() as s:
        phone_tidy.apply_tidy(s, phone_tidy.plan_tidy(s))
    assert _found(db, "0871-6512 3456") == {ids["hua"]}
    assert _found(db, "+86 871 6512 3456") == {ids["hua"]}
    assert _found(db, "(0)30 1234567") == {ids["anna"]}
    assert _found(db, "030 1234567") == {ids["anna"]}
    assert _found(db, "+49 30 1234567") == {ids["anna"]}


def test_duplicates_still_meet_a_number_kept_as_typed(db: Database) -> None:
    ids = _people(db)
    with db.transaction() as s:
        phone_tidy.apply_tidy(s, phone_tidy.plan_tidy(s))
    with db.transaction() as s:  # typed again by someone later (an import, another office)
        twin = cs.create_contact(s, given_name="Hua", family_name="Li", methods=[_phone("0871 6512 3456")])
        twin_id = twin.id
    with db.reading() as s:
        pairs = duplicates.duplicates_of(s, "contact", ids["hua"])
    assert twin_id in {p.second_id for p in pairs}
    assert any("phone" in " ".join(p.reasons).lower() for p in pairs if p.second_id == twin_id)


def test_whatsapp_numbers_and_numbers_among_other_handles_are_tidied_and_undone(db: Database) -> None:
    """A WhatsApp number is a phone number (``matching.PHONE_CHANNELS``), and so is a Viber or
    WhatsApp handle kept among the other handles; a QQ number or a Signal user name is not."""
    handles = [
        {"service": "qq", "handle": "12345678"},
        {"service": "WhatsApp", "handle": "0871-6512 7777"},
        {"service": "signal", "handle": "hua.li.01"},
        {"service": "viber", "handle": "139 1234 5678"},
    ]
    with db.transaction() as s:
        s.add(Setting(key=COUNTRY_SETTING, value="CN"))
        hua = cs.create_contact(
            s,
            given_name="Hua",
            family_name="Li",
            methods=[_phone("0871-6512 3456", "whatsapp"), _phone("hua_li", "wechat")],
            other_handles=handles,
        )
        hua_id = hua.id
    with db.reading() as s:
        raw_before = s.scalar(text("SELECT other_handles FROM contact WHERE id = :i"), {"i": hua_id})
    before = _numbers(db)
    with db.reading() as s:
        plan = phone_tidy.plan_tidy(s)
    assert {(r.channel, r.old, r.new) for r in plan.rewrites} == {
        ("whatsapp", "0871-6512 3456", "+86 871 6512 3456"),
        ("whatsapp", "0871-6512 7777", "+86 871 6512 7777"),
        ("viber", "139 1234 5678", "+86 139 1234 5678"),
    }
    with db.transaction() as s:
        assert phone_tidy.apply_tidy(s, plan) == 3
    with db.reading() as s:
        stored = s.get(m.Contact, hua_id).other_handles
        whatsapp = s.scalar(select(m.ContactMethod).where(m.ContactMethod.channel == "whatsapp"))
        assert (whatsapp.value, whatsapp.normalized) == ("+86 871 6512 3456", "8687165123456")
    assert stored == [
        {"service": "qq", "handle": "12345678"},
        {"service": "WhatsApp", "handle": "+86 871 6512 7777"},
        {"service": "signal", "handle": "hua.li.01"},
        {"service": "viber", "handle": "+86 139 1234 5678"},
    ]
    with db.reading() as s:
        assert phone_tidy.plan_tidy(s).rewrites == []
    with db.transaction() as s:
        phone_tidy.undo_last_tidy(s)
    assert _numbers(db) == before
    with db.reading() as s:
        raw_after = s.scalar(text("SELECT other_handles FROM contact WHERE id = :i"), {"i": hua_id})
    assert raw_after == raw_before


def test_a_short_part_typed_with_the_trunk_zero_finds_the_tidied_number(db: Database) -> None:
    """The start of the number as the office types it ("0871651") finds "+86 871 6512 3456" (stored
    tidied, keyed "8687165123456") as it found "0871-6512 3456" before the tidy."""
    ids = _people(db)
    assert _found(db, "0871651") == {ids["hua"]}
    with db.transaction() as s:
        phone_tidy.apply_tidy(s, phone_tidy.plan_tidy(s))
    for query in ("0871651", "0871-651", "0871 6512", "+86 871 65", "030 12345"):
        assert _found(db, query) == {ids["hua"] if "871" in query else ids["anna"]}, query
