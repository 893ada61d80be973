"""errs64b: the refusals errs64 left quoting a typed value 'x' as Python's repr does, and in English
in a Chinese session: a dossier's ``--sections cover,menu`` and ``--changes-since yesterday``, a
follow-up of an unknown kind, a second organisation of a name, a contact's way to reach them an
export does not know, and a time zone (whose Chinese was right already, but the English said
'Atlantis'). They quote the value “x” (petdesk.quoting) and have templates in petdesk.messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from petdesk.messages import localize_error
from tests.core.test_errs64_typed_values_in_chinese import (
    test_errs64_a_refused_value_is_quoted_in_english_and_said_in_chinese as said_in_both,
)
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

pytestmark = pytest.mark.usefixtures("tree_catalogue")


def _zone() -> None:
    from petdesk.services.schedule_time import zone

    zone("Atlantis")


def _zones() -> None:
    from petdesk.services.schedule_time import zone

    zone("San")


def _section() -> None:
    from petdesk.dossier import VISIT_SECTIONS, parse_sections

    parse_sections("cover,menu", VISIT_SECTIONS)


def _unknown_method() -> None:
    from petdesk.services.exporting import _unknown_method

    raise _unknown_method("c0ffee12", "pager", "beeper")


CASES: list[tuple[Callable[[], None], str, str]] = [
    (_zone, "unknown time zone “Atlantis”; use an IANA name", "未知时区“Atlantis”"),
    (_zones, "time zone “San” could be ", "“San”"),
    (_section, "unknown section “menu”; choose from cover", "未知的部分“menu”；请从以下部分中选择：cover"),
    (
        _unknown_method,
        "of a kind petdesk does not know (channel “pager”, label “beeper”); run petdesk check",
        "联系人 c0ffee12 有一种 petdesk 不认识的电话、电子邮件或其他联系方式（渠道“pager”，标签“beeper”）",
    ),
]


@pytest.mark.parametrize(
    ("refuse", "english", "chinese"), CASES, ids=[r.__name__.strip("_") for r, _e, _c in CASES]
)
def test_errs64b_a_refused_value_is_quoted_in_english_and_said_in_chinese(
    refuse: Callable[[], None], english: str, chinese: str
) -> None:
    said_in_both(refuse, english, chinese)


def test_errs64b_changes_since_that_is_no_date_is_said_in_either_language(db: Database) -> None:
    from petdesk.dossier import DossierError, changes_since_from_text

    with pytest.raises(DossierError) as refused:
        changes_since_from_text(db, "any visit", "yesterday")
    assert str(refused.value).startswith("“yesterday” is not a date; write it as 2026-12-14")
    assert localize_error(refused.value, "zh_CN") == (
        "“yesterday”不是日期；请写成 2026-12-14 或 2026-12-14 09:30，或写 last"
    )


def test_errs64b_a_follow_up_of_an_unknown_kind_is_said_in_either_language(db: Database) -> None:
    from petdesk.services import follow_ups
    from petdesk.services.schedule_time import ScheduleError

    with db.transaction() as s, pytest.raises(ScheduleError) as refused:
        follow_ups.add(s, kind="spaceship", record_id="x", title_en="Call back")
    assert str(refused.value).endswith("a project or a visit, not “spaceship”")
    said = localize_error(refused.value, "zh_CN")
    assert said == "后续行动只能属于联系人、机构、项目或访问，而不是“spaceship”"


def test_errs64b_a_second_organisation_of_a_name_is_said_in_either_language(db: Database) -> None:
    from petdesk.services import organisations

    with db.transaction() as s:
        first = organisations.create_organisation(s, name_en="Green Valley Water Works").id
    with db.transaction() as s, pytest.raises(organisations.DuplicateOrganisation) as refused:
        organisations.create_organisation(s, refuse_same_name=True, name_en="Green Valley Water Works")
    name = "Green Valley Water Works"
    assert str(refused.value) == f"an organisation named “{name}” already exists (id {first})"
    assert localize_error(refused.value, "zh_CN") == f"名为“{name}”的机构已存在（编号 {first}）"


def test_errs64b_the_dossier_command_refuses_a_section_in_either_language(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    args = ["dossier", "visit", "x", "--out", str(tmp_path / "x.pdf"), "--sections", "cover,menu"]
    assert main(["--db", str(db_path), *args]) == 2
    assert "unknown section “menu”; choose from cover" in capsys.readouterr().err
    assert main(["--lang", "zh_CN", "--db", str(db_path), *args]) == 2
    err = capsys.readouterr().err
    assert "未知的部分“menu”；请从以下部分中选择：cover" in err, err


def test_errs64b_a_character_no_font_has_is_quoted_in_either_language() -> None:
    """A name with an apostrophe kept its ASCII quotes in Chinese ('O'Brien …' is no repr to turn)."""
    from petdesk.dossier.fonts import MissingGlyphError, _missing, collect_warnings

    refused = MissingGlyphError("\U0001f9ff", "O'Brien \U0001f9ff")
    english = "the character “\U0001f9ff” (U+1F9FF NAZAR AMULET) in “O'Brien \U0001f9ff” is in none"
    assert str(refused).startswith(english), str(refused)
    said = localize_error(refused, "zh_CN")
    assert said.startswith("字符“\U0001f9ff”（U+1F9FF NAZAR AMULET）出现在“O'Brien \U0001f9ff”中"), said
    assert "'O" not in said, said
    with collect_warnings() as found:
        _missing("\U0001f9ff", "O'Brien \U0001f9ff")
    assert found == [f"{english} of the dossier fonts, printed as [U+1F9FF]"]
