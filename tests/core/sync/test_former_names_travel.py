"""An organisation's other names merge name by name between offices, as tags do (field test 102,
defect 2): Shenzhen renamed 深圳市人居环境委员会 into 深圳市生态环境局 (keeping the old names among
the other names) while Beijing, not yet knowing, corrected the old English name; the whole-list rule
kept Beijing's list and 深圳市人居环境委员会 was found at neither office any more."""

from __future__ import annotations

from pathlib import Path

from petdesk.models import Organisation
from petdesk.services import organisations, search
from petdesk.sync import service, tag_sets
from tests.core.sync.helpers import send
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

OLD_EN, OLD_ZH = "Shenzhen Human Settlements and Environment Commission", "深圳市人居环境委员会"


def test_a_rename_and_a_concurrent_edit_of_the_old_name_keep_every_former_name(
    offices, packages: Path
) -> None:
    shenzhen, beijing, _nairobi = offices
    with shenzhen.transaction() as s:
        org_id = organisations.create_organisation(s, name_en=OLD_EN, name_zh=OLD_ZH, aliases=["SZ HSEC"]).id
    send(shenzhen, beijing, packages, full=True)
    send(beijing, shenzhen, packages, full=True)
    with shenzhen.transaction() as s:
        organisations.update_organisation(
            s,
            org_id,
            name_en="Shenzhen Municipal Bureau of Ecology and Environment",
            name_zh="深圳市生态环境局",
        )
    with beijing.transaction() as s:  # later, without the rename
        organisations.update_organisation(s, org_id, name_en=OLD_EN.replace(" and ", " & "))
    for _round in range(2):
        send(shenzhen, beijing, packages)
        send(beijing, shenzhen, packages)
    for db in (shenzhen, beijing):
        with db.transaction() as s:
            org = s.get(Organisation, org_id)
            assert org is not None and org.name_zh == "深圳市生态环境局"
            # The rename wins over Beijing's later correction of the old name, which joins the
            # other names (rename55: the later correction had put the old name back as the name).
            assert org.name_en == "Shenzhen Municipal Bureau of Ecology and Environment"
            assert set(org.aliases) == {"SZ HSEC", OLD_EN, OLD_ZH, OLD_EN.replace(" and ", " & ")}
            assert [r.entity_id for r in search.search(s, "人居环境委员会", kind=search.ORGANISATION)] == [
                org_id
            ]
    assert service.canonical_dump(shenzhen) == service.canonical_dump(beijing)


def test_united_other_names_are_called_so_not_tags(tree_catalogue) -> None:
    ours, theirs = ["SZ HSEC", OLD_ZH], ["SZ HSEC"]
    assert "other names" in tag_sets.united_words("aliases", "field", ours, theirs)
    assert tag_sets.united_words("aliases", "field", ours, theirs, "zh_CN").startswith(
        "已合并两个办公室的其他名称"
    )
    assert "tags" in tag_sets.united_words("tags", "field", ours, theirs)


def test_an_office_on_the_previous_release_loses_no_former_name(offices, packages: Path, monkeypatch) -> None:
    """Beijing still runs the release that keeps a whole list of other names: its package held the list
    it made before it saw Shenzhen's rename, and Shenzhen took its own list as where Beijing's began, so
    the former name 深圳市人居环境委员会 was dropped at both offices, with no conflict at Shenzhen
    (review54c)."""
    shenzhen, beijing, _nairobi = offices
    with shenzhen.transaction() as s:
        org_id = organisations.create_organisation(s, name_en=OLD_EN, name_zh=OLD_ZH, aliases=["SZ HSEC"]).id
    send(shenzhen, beijing, packages, full=True)
    send(beijing, shenzhen, packages, full=True)
    with shenzhen.transaction() as s:
        organisations.update_organisation(s, org_id, name_zh="深圳市生态环境局")
    with beijing.transaction() as s:
        organisations.update_organisation(s, org_id, aliases=["SZ HSEC", "深圳人居委"])
    for _round in range(2):
        with monkeypatch.context() as previous_release:  # Beijing's import merges tags only
            previous_release.setattr(tag_sets, "SET_FIELDS", frozenset({"tags"}))
            send(shenzhen, beijing, packages)
        send(beijing, shenzhen, packages)
    for db in (shenzhen, beijing):
        with db.reading() as s:
            org = s.get(Organisation, org_id)
            assert org is not None and set(org.aliases) == {"SZ HSEC", "深圳人居委", OLD_ZH}
    assert service.canonical_dump(shenzhen) == service.canonical_dump(beijing)


def test_three_offices_each_editing_the_other_names_agree(offices, packages: Path) -> None:
    """Shenzhen renames (keeping the old name), Beijing adds a short name, Nairobi clears the list; the
    packages cross in every direction: every office keeps the rename's and Beijing's additions."""
    shenzhen, beijing, nairobi = offices
    with shenzhen.transaction() as s:
        org_id = organisations.create_organisation(s, name_en=OLD_EN, name_zh=OLD_ZH, aliases=["SZ HSEC"]).id
    pairs = [(x, y) for x in offices for y in offices if x is not y]
    for x, y in pairs:
        send(x, y, packages, full=True)
    with shenzhen.transaction() as s:
        organisations.update_organisation(s, org_id, name_zh="深圳市生态环境局")
    with beijing.transaction() as s:
        organisations.update_organisation(s, org_id, aliases=["SZ HSEC", "深圳人居委"])
    with nairobi.transaction() as s:
        organisations.update_organisation(s, org_id, aliases=[])
    for _round in range(3):
        for x, y in pairs:
            send(x, y, packages)
    for db in offices:
        with db.reading() as s:
            org = s.get(Organisation, org_id)
            assert org is not None and set(org.aliases) == {OLD_ZH, "深圳人居委"}
    dumps = [service.canonical_dump(db) for db in offices]
    assert dumps[0] == dumps[1] == dumps[2]
