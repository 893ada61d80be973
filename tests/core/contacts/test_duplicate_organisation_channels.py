"""Organisations paired by their own phone and e-mail (0078): one switchboard, one general mailbox."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from petdesk import core_catalogue, i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import duplicates
from petdesk.services.invitation import set_office_settings

#: This checkout's catalogue (an editable install may read another checkout's through the package).
_ZH = core_catalogue.CoreTranslator(
    "zh_CN", core_catalogue.read_catalogue(Path(__file__).parents[3] / "translations/core/zh_CN.po")
)


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    yield
    i18n.set_office_country("")  # the next test's numbers are not this office's


def _pair(pairs: list[duplicates.DuplicatePair], a: str, b: str) -> duplicates.DuplicatePair | None:
    wanted = tuple(sorted((a, b)))
    return next((p for p in pairs if p.key == wanted), None)


def _orgs(db: Database, *rows: dict[str, str]) -> list[str]:
    with db.transaction() as s:
        orgs = [m.Organisation(**row) for row in rows]
        s.add_all(orgs)
    return [org.id for org in orgs]


def test_one_switchboard_pairs_two_organisations(db: Database) -> None:
    a, b, other = _orgs(
        db,
        {"name_en": "Qingdao Water Group", "phone": "+86 532 8288 1234"},
        {"name_zh": "海润水务", "phone": "(0532) 8288 1234"},
        {"name_en": "Jinan Water", "phone": "+86 531 8288 1234"},  # another city's line
    )
    with db.reading() as s:
        pairs = duplicates.find_organisation_duplicates(s)
    pair = _pair(pairs, a, b)
    assert pair is not None and len(pair.reasons) == 1
    assert pair.reasons[0] in ("same switchboard +86 532 8288 1234", "same switchboard (0532) 8288 1234")
    assert pair.score == duplicates.W_ORG_PHONE
    assert _pair(pairs, a, other) is None
    zh = duplicates.translate_reason(pair.reasons[0], _ZH)
    assert zh == "总机相同：" + pair.reasons[0].removeprefix("same switchboard ")


def test_a_kazakh_trunk_8_meets_the_international_number(db: Database) -> None:
    # kept as typed (an import from an older office), read where the organisation is
    kz, intl, ru_office = _orgs(
        db,
        {"name_en": "Almaty Su", "country": "KZ", "phone": "8 727 250 12 34"},
        {"name_en": "Almaty Water Utility", "phone": "+7 727 250 12 34"},
        {"name_en": "Vodokanal", "phone": "8 (727) 250-12-34"},  # no country: the office's
    )
    with db.reading() as s:
        pairs = duplicates.find_organisation_duplicates(s)
    assert _pair(pairs, kz, intl) is not None
    assert _pair(pairs, intl, ru_office) is None  # a Chinese office: 8 is a digit
    with db.transaction() as s:
        set_office_settings(s, country="RU")
    i18n.set_office_country("RU")
    with db.reading() as s:
        assert _pair(duplicates.find_organisation_duplicates(s), intl, ru_office) is not None


def test_the_same_address_pairs_a_shared_domain_does_not(db: Database) -> None:
    a, b, c, d = _orgs(
        db,
        {"name_en": "Green Dragon Consulting", "email": "info@gmail.com"},
        {"name_en": "GD Environmental", "email": "INFO@gmail.com"},
        {"name_en": "Blue River Studio", "email": "blueriver@gmail.com"},
        {"name_en": "Red Hill NGO", "email": "office@redhill.example"},
    )
    with db.reading() as s:
        pairs = duplicates.find_organisation_duplicates(s)
    pair = _pair(pairs, a, b)
    assert pair is not None and len(pair.reasons) == 1
    assert pair.reasons[0].casefold() == "same organisation e-mail info@gmail.com"
    zh = duplicates.translate_reason(pair.reasons[0], _ZH)
    assert zh == "机构电子邮箱相同：" + pair.reasons[0].removeprefix("same organisation e-mail ")
    assert _pair(pairs, a, c) is None and _pair(pairs, b, c) is None  # gmail.com says nothing
    assert _pair(pairs, a, d) is None


def test_the_command_lists_organisations_by_their_switchboard(db: Database, capsys) -> None:
    _orgs(
        db,
        {"name_en": "Qingdao Water Group", "phone": "+86 532 8288 1234"},
        {"name_en": "Haerun Water", "phone": "0532-8288-1234"},
    )
    assert main(["--db", str(db.path), "--lang", "en", "duplicates", "--entity", "organisation"]) == 0
    out = capsys.readouterr().out
    assert "Haerun Water  <->  Qingdao Water Group" in out or "Qingdao Water Group  <->  Haerun Water" in out
    assert "- same switchboard " in out
