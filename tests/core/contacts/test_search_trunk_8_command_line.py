"""`petdesk search` at a Kazakh office finds "+7 701 …" by "8 701 …", a person's number and an
organisation's own (0078) alike (review59): the quick search reads the index on a plain connection,
which never told the office's country, so only the window and a search that had to re-index
first read the trunk "8"."""

from __future__ import annotations

import pytest

from petdesk import i18n
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.services import organisations as os_
from petdesk.services import search
from petdesk.services.contacts import Method, create_contact
from tests.helpers.office_kept import office

__all__ = ["office"]


def test_the_command_line_search_reads_8_as_the_kazakh_trunk(
    db: Database, office: None, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(db.path)
    assert main(["--db", path, "office", "--country", "KZ"]) == 0
    with db.transaction() as s:
        person = create_contact(
            s,
            family_name="Nurlanova",
            given_name="Aigerim",
            methods=[Method(ContactChannel.PHONE, "+7 701 123 45 67")],
        ).id
        water = os_.create_organisation(
            s, name_en="Almaty Water", kind="enterprise", country="KZ", phone="+7 727 250 12 34"
        ).id
    with db.transaction() as s:  # nothing queued: the command takes its quick, plain way
        search.refresh_search_index(s)
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    capsys.readouterr()
    for typed, found in (("8 701 123 45 67", person), ("8 727 250 12 34", water)):
        assert main(["--db", path, "search", typed]) == 0, typed
        assert found in capsys.readouterr().out, typed
