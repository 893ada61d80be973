"""The sentence said of a checked serial, shared by ``dossier certificates --verify`` and the window's
Verify Certificate (field test 89), and the serials found in a pasted text."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.dossier.certificate_check import split_serials, verdict
from tests.core.dossier.test_certificate_verify import _serials, _training
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def test_serials_are_split_at_lines_commas_and_between_whole_serials() -> None:
    text = "2025-AAAA-BBBBBB, 2025-CCCC-DDDDDD\n\n2025 EEEE FFFFFF；2025-1111-222222 2025-3333-444444\nhello"
    assert split_serials(text) == [
        "2025-AAAA-BBBBBB",
        "2025-CCCC-DDDDDD",
        "2025 EEEE FFFFFF",  # one serial typed with spaces
        "2025-1111-222222",
        "2025-3333-444444",
        "hello",  # kept, to be reported as no certificate
    ]
    assert split_serials(" \n , ") == []


def test_the_verdicts_in_english(db: Database) -> None:
    tid, people = _training(db)
    printed = _serials(db, tid)
    with db.reading() as s:
        ana, ben, none = (
            verdict(s, serial, "en") for serial in (printed[people["Ana"]], printed[people["Ben"]], "nope")
        )
    assert ana.valid and ana.text.startswith(f"{printed[people['Ana']]}: valid, Ana Lopez")
    assert "Sponge city design" in ana.text and ana.found is not None and ana.found.training_id == tid
    assert not ben.valid and "does not earn a certificate" in ben.text
    assert (
        not none.valid
        and none.found is None
        and none.text == "nope: no certificate of this office has this number"
    )


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_verdicts_in_chinese(db: Database) -> None:
    tid, people = _training(db)
    printed = _serials(db, tid)
    with db.reading() as s:
        ana = verdict(s, printed[people["Ana"]], "zh_CN")
        ben = verdict(s, printed[people["Ben"]], "zh_CN")
    assert (
        ana.text.startswith(f"{printed[people['Ana']]}：有效")
        and "安娜" in ana.text
        and "海绵城市设计" in ana.text
    )
    assert not ben.valid and "未达到结业要求" in ben.text
