"""A rename of an organisation at one office wins over a concurrent correction of its old name at
another, in either import order, and the corrected old name joins the other names (rename55): Wuhan
renamed its partner while Beijing corrected the old name's typo, and Beijing's later edit put the
old name back as the name at both offices."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.models import Organisation
from petdesk.services import organisations, search
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, send
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

TYPO_EN, OLD_ZH = "Wuhan Environmental Protecton Bureau", "武汉市环境保护局"
FIXED_EN = "Wuhan Environmental Protection Bureau"
OTHER_FIX = "Wuhan Environment Protection Bureau"
NEW_EN, NEW_ZH = "Wuhan Ecology and Environment Bureau", "武汉市生态环境局"


def _known_at_both(wuhan: Database, beijing: Database, packages: Path, **names: str) -> str:
    with wuhan.transaction() as s:
        org_id = organisations.create_organisation(s, **names).id
    send(wuhan, beijing, packages, full=True)
    send(beijing, wuhan, packages, full=True)
    return org_id


def _edit(db: Database, org_id: str, **values: str) -> None:
    with db.transaction() as s:
        organisations.update_organisation(s, org_id, **values)


def _exchange(wuhan: Database, beijing: Database, packages: Path, *, wuhan_first: bool) -> None:
    """The packages cross one after the other (the second carries what the first settled)."""
    pairs = [(wuhan, beijing), (beijing, wuhan)]
    for src, dst in pairs if wuhan_first else pairs[::-1]:
        send(src, dst, packages)


def _org(db: Database, org_id: str) -> tuple[str, str, set[str]]:
    with db.reading() as s:
        org = s.get(Organisation, org_id)
        assert org is not None
        return org.name_en, org.name_zh or "", set(org.aliases)


@pytest.mark.parametrize("correction_later", [True, False], ids=["correction-later", "rename-later"])
@pytest.mark.parametrize("wuhan_first", [True, False], ids=["renamers-package-first", "correctors-first"])
def test_a_rename_wins_over_a_concurrent_correction_of_the_old_name(
    offices, packages: Path, wuhan_first: bool, correction_later: bool
) -> None:
    wuhan, beijing, _nairobi = offices
    org_id = _known_at_both(wuhan, beijing, packages, name_en=TYPO_EN, name_zh=OLD_ZH)
    edits = [
        lambda: _edit(wuhan, org_id, name_en=NEW_EN, name_zh=NEW_ZH),
        lambda: _edit(beijing, org_id, name_en=FIXED_EN),  # Beijing has not heard of the rename
    ]
    for edit in edits if correction_later else edits[::-1]:
        edit()
    _exchange(wuhan, beijing, packages, wuhan_first=wuhan_first)
    for db in (wuhan, beijing):
        # The typo stays an other name: Beijing's editor kept it as a former name (field test 102).
        assert _org(db, org_id) == (NEW_EN, NEW_ZH, {TYPO_EN, OLD_ZH, FIXED_EN})
        assert service.list_conflicts(db) == []
        search.catch_up(db)  # what the import queued for the index, as the window does at start
        with db.reading() as s:
            found = search.search(s, "Protection Bureau", kind=search.ORGANISATION)
            assert [r.entity_id for r in found] == [org_id]
    assert service.canonical_dump(wuhan) == service.canonical_dump(beijing)
    _exchange(wuhan, beijing, packages, wuhan_first=wuhan_first)  # nothing new to settle
    assert service.canonical_dump(wuhan) == service.canonical_dump(beijing)
    met = [
        c for db in offices for c in service.list_conflicts(db, include_resolved=True) if c.field == "name_en"
    ]
    # Where the two names met (both offices, when the rename, later, reached each unchanged).
    assert met and {c.resolution for c in met} == {"renamed"}


@pytest.mark.parametrize("wuhan_first", [True, False], ids=["renamers-package-first", "correctors-first"])
def test_a_chinese_rename_wins_over_a_corrected_character(offices, packages: Path, wuhan_first: bool) -> None:
    """Beijing corrects one character of the old Chinese name (保 for a mistyped 堡) after Wuhan's rename."""
    wuhan, beijing, _nairobi = offices
    org_id = _known_at_both(wuhan, beijing, packages, name_en=FIXED_EN, name_zh="武汉市环境堡护局")
    _edit(wuhan, org_id, name_zh=NEW_ZH)
    _edit(beijing, org_id, name_zh=OLD_ZH)
    _exchange(wuhan, beijing, packages, wuhan_first=wuhan_first)
    for db in (wuhan, beijing):
        assert _org(db, org_id) == (FIXED_EN, NEW_ZH, {"武汉市环境堡护局", OLD_ZH})
        assert service.list_conflicts(db) == []
    assert service.canonical_dump(wuhan) == service.canonical_dump(beijing)


def test_packages_that_cross_settle_alike(offices, packages: Path) -> None:
    """Both offices export before either imports: each settles the conflict itself, with the same
    values, and the next round opens none."""
    wuhan, beijing, _nairobi = offices
    org_id = _known_at_both(wuhan, beijing, packages, name_en=TYPO_EN, name_zh=OLD_ZH)
    _edit(wuhan, org_id, name_en=NEW_EN, name_zh=NEW_ZH)
    _edit(beijing, org_id, name_en=FIXED_EN)
    to_beijing, to_wuhan = packages / "to-beijing.petdesk-sync", packages / "to-wuhan.petdesk-sync"
    for src, path in ((wuhan, to_beijing), (beijing, to_wuhan)):
        service.export_changes(src, path, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False)
    service.import_package(beijing, to_beijing, PASSPHRASE, backup=False)
    service.import_package(wuhan, to_wuhan, PASSPHRASE, backup=False)
    _exchange(wuhan, beijing, packages, wuhan_first=True)
    for db in (wuhan, beijing):
        assert _org(db, org_id) == (NEW_EN, NEW_ZH, {TYPO_EN, OLD_ZH, FIXED_EN})
        assert service.list_conflicts(db) == []
    assert service.canonical_dump(wuhan) == service.canonical_dump(beijing)


@pytest.mark.parametrize("wuhan_first", [True, False], ids=["wuhans-package-first", "beijings-first"])
def test_two_concurrent_corrections_keep_the_field_rule(offices, packages: Path, wuhan_first: bool) -> None:
    """No rename: two offices correct the typo two ways. The later edit wins and the other waits as a
    conflict for a person to choose, as before."""
    wuhan, beijing, _nairobi = offices
    org_id = _known_at_both(wuhan, beijing, packages, name_en=TYPO_EN, name_zh=OLD_ZH)
    _edit(wuhan, org_id, name_en=OTHER_FIX)
    _edit(beijing, org_id, name_en=FIXED_EN)  # later
    _exchange(wuhan, beijing, packages, wuhan_first=wuhan_first)
    for db in (wuhan, beijing):
        assert _org(db, org_id)[0] == FIXED_EN
        open_now = service.list_conflicts(db)
        assert [(c.field, c.winner_value, c.loser_value) for c in open_now] in (
            [("name_en", FIXED_EN, OTHER_FIX)],
            [],  # at most where the two met; the loser's office hears of it
        )
    assert service.canonical_dump(wuhan) == service.canonical_dump(beijing)


def test_two_concurrent_renames_keep_the_field_rule(offices, packages: Path) -> None:
    """Two renames of one name: the later wins and the other waits as a conflict, as before."""
    wuhan, beijing, _nairobi = offices
    org_id = _known_at_both(wuhan, beijing, packages, name_en=TYPO_EN, name_zh=OLD_ZH)
    _edit(wuhan, org_id, name_en=NEW_EN)
    _edit(beijing, org_id, name_en="Wuhan Municipal Ecology Bureau")
    _exchange(wuhan, beijing, packages, wuhan_first=True)
    assert _org(wuhan, org_id)[0] == _org(beijing, org_id)[0] == "Wuhan Municipal Ecology Bureau"
    assert any(c.field == "name_en" for c in service.list_conflicts(beijing))
    assert service.canonical_dump(wuhan) == service.canonical_dump(beijing)


def test_the_conflicts_list_says_how_the_rename_settled(
    offices, packages: Path, capsys, tree_catalogue
) -> None:
    """``sync conflicts --all`` says the rename was kept and the corrected old name added, in both
    languages (not the bare word the conflict keeps)."""
    from petdesk.cli import main

    wuhan, beijing, _nairobi = offices
    org_id = _known_at_both(wuhan, beijing, packages, name_en=TYPO_EN, name_zh=OLD_ZH)
    _edit(wuhan, org_id, name_en=NEW_EN)
    _edit(beijing, org_id, name_en=FIXED_EN)
    send(beijing, wuhan, packages)
    capsys.readouterr()
    assert main(["--db", str(wuhan.path), "sync", "conflicts", "--all"]) == 0
    listed = capsys.readouterr().out
    assert "[the rename was kept, the corrected old name added to the other names, " in listed, listed
    assert main(["--db", str(wuhan.path), "--lang", "zh_CN", "sync", "conflicts", "--all"]) == 0
    assert "[已保留新名称，更正后的旧名称已加入其他名称，" in capsys.readouterr().out


def test_a_hub_that_meets_both_edits_settles_them_alike(offices, packages: Path) -> None:
    """Wuhan and Beijing each send only to Nairobi, which meets the rename and the correction and
    passes on what it settled: all three offices agree."""
    wuhan, beijing, nairobi = offices
    org_id = _known_at_both(wuhan, beijing, packages, name_en=TYPO_EN, name_zh=OLD_ZH)
    send(wuhan, nairobi, packages, full=True)
    send(nairobi, wuhan, packages, full=True)
    send(nairobi, beijing, packages, full=True)
    send(beijing, nairobi, packages, full=True)
    _edit(wuhan, org_id, name_en=NEW_EN, name_zh=NEW_ZH)
    _edit(beijing, org_id, name_en=FIXED_EN)
    for _round in range(2):
        for src, dst in ((wuhan, nairobi), (beijing, nairobi), (nairobi, wuhan), (nairobi, beijing)):
            send(src, dst, packages)
    for db in offices:
        assert _org(db, org_id) == (NEW_EN, NEW_ZH, {TYPO_EN, OLD_ZH, FIXED_EN})
        assert service.list_conflicts(db) == []
    dumps = [service.canonical_dump(db) for db in offices]
    assert dumps[0] == dumps[1] == dumps[2]
