"""Merging duplicates field by field, carrying every link over, and undoing a merge exactly."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import backups, merge
from tests.core.contacts.io_helpers import add_contact, add_history, data_dump, make_people


def _duplicate_of_zhang(db: Database, ids: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A second record of Zhang Wei, entered from a business card, with its own history."""
    with db.transaction() as s:
        other = add_contact(
            s,
            family_name="Zhang",
            given_name="Wei",
            family_name_zh="张",
            given_name_zh="伟",
            honorific_en="Prof.",
            tags=["energy", "vip"],
            notes="Business card from IFAT",
            methods=[
                (ContactChannel.EMAIL, ChannelLabel.WORK, "ZHANG.WEI@bjgreen.cn"),  # same address
                (ContactChannel.EMAIL, ChannelLabel.HOME, "zw@private.example.cn"),
            ],
        )
        s.add(m.Affiliation(contact=other, organisation_id=ids["green"], start_date=dt.date(2020, 3, 1)))
        s.add(m.Affiliation(contact=other, organisation_id=ids["uba"], end_date=dt.date(2019, 12, 31)))
    history = add_history(db, other.id, ids["green"])
    # The kept record also attended the same visit, so the moved participation is a duplicate.
    with db.transaction() as s:
        s.add(m.VisitParticipant(visit_id=history["visit"], contact_id=ids["zhang"]))
    return other.id, history


def test_merge_moves_every_link_and_undo_restores_exactly(db: Database) -> None:
    ids = make_people(db)
    other, history = _duplicate_of_zhang(db, ids)
    before = data_dump(db)
    with db.transaction() as s:
        record = merge.merge_contacts(s, ids["zhang"], other, {"honorific_en": "other", "notes": "both"})
        merge_id = record.id
    with db.reading() as s:
        kept = s.get(m.Contact, ids["zhang"])
        gone = s.get(m.Contact, other)
        assert gone.deleted_at is not None
        assert kept.honorific_en == "Prof."
        assert kept.notes == "Met in Shenzhen; likes tea, green\n\nBusiness card from IFAT"
        assert kept.tags == ["water", "vip", "energy"]
        live_emails = sorted(
            cm.value for cm in kept.methods if cm.deleted_at is None and cm.channel == "email"
        )
        assert live_emails == [
            "zhang.wei@bjgreen.cn",
            "zw@private.example.cn",
        ]  # the duplicate address retired
        for model, column in (
            (m.ItineraryAttendee, m.ItineraryAttendee.contact_id),
            (m.TrainingParticipant, m.TrainingParticipant.contact_id),
            (m.Attendance, m.Attendance.contact_id),
            (m.SessionTrainer, m.SessionTrainer.contact_id),
            (m.Activity, m.Activity.contact_id),
            (m.FollowUp, m.FollowUp.owner_id),
        ):
            rows = s.scalars(select(model).where(column == ids["zhang"])).all()
            assert len(rows) == 1, model
            assert not s.scalars(select(model).where(column == other)).all(), model
        participants = s.scalars(
            select(m.VisitParticipant).where(m.VisitParticipant.visit_id == history["visit"])
        ).all()
        assert [p.contact_id for p in participants if p.deleted_at is None] == [ids["zhang"]]
        affiliations = [a for a in kept.affiliations if a.deleted_at is None]
        assert len(affiliations) == 2  # the same job once, plus the former job at UBA
    with db.transaction() as s:
        merge.undo_merge(s, merge_id)
    assert data_dump(db) == before
    with db.reading() as s:
        assert s.get(m.MergeRecord, merge_id).undone_at is not None


def test_conflicts_and_defaults(db: Database) -> None:
    ids = make_people(db)
    other, _ = _duplicate_of_zhang(db, ids)
    with db.reading() as s:
        compared = {c.field.key: c for c in merge.compare(s, "contact", ids["zhang"], other)}
    assert compared["honorific_en"].conflict and compared["honorific_en"].default == "keep"
    assert not compared["name_zh"].conflict  # the same name
    assert not compared["tags"].conflict  # lists are united
    assert not compared["dietary_needs"].conflict  # only one side has a value
    assert merge.display_value(compared["name_latin"].keep_value) == "Zhang Wei"
    with db.transaction() as s:
        merge.merge_contacts(s, ids["zhang"], other)  # defaults: keep's values where both have one
    with db.reading() as s:
        assert s.get(m.Contact, ids["zhang"]).honorific_en == "Dr."


def test_undo_refuses_after_later_edits_unless_forced(db: Database) -> None:
    ids = make_people(db)
    other, _ = _duplicate_of_zhang(db, ids)
    with db.transaction() as s:
        merge_id = merge.merge_contacts(s, ids["zhang"], other).id
    with db.transaction() as s:
        s.get(m.Contact, ids["zhang"]).gender = "f"
    with pytest.raises(merge.MergeError, match=r"edited after the merge \(gender\)"), db.transaction() as s:
        merge.undo_merge(s, merge_id)
    with db.transaction() as s:
        merge.undo_merge(s, merge_id, force=True)
    with db.reading() as s:
        assert s.get(m.Contact, other).deleted_at is None
    with pytest.raises(merge.MergeError, match="already undone"), db.transaction() as s:
        merge.undo_merge(s, merge_id)


def test_refuses_bad_requests(db: Database) -> None:
    ids = make_people(db)
    with pytest.raises(merge.MergeError, match="itself"), db.transaction() as s:
        merge.merge_contacts(s, ids["zhang"], ids["zhang"])
    with pytest.raises(merge.MergeError, match="unknown field"), db.transaction() as s:
        merge.merge_contacts(s, ids["zhang"], ids["anna"], {"shoe_size": "other"})
    with db.transaction() as s:
        merge.merge_contacts(s, ids["zhang"], ids["anna"])
    with pytest.raises(merge.MergeError, match="deleted"), db.transaction() as s:
        merge.merge_contacts(s, ids["zhang"], ids["anna"])


def test_organisation_merge_and_undo(db: Database) -> None:
    ids = make_people(db)
    with db.transaction() as s:
        dup = m.Organisation(
            name_en="Beijing Green Technology", name_zh="北京绿色科技有限公司", website="bjgreen.cn"
        )
        s.add(dup)
        s.flush()
        person = add_contact(s, family_name="Sun", given_name="Li")
        s.add(m.Affiliation(contact=person, organisation=dup))
        dup_id = dup.id
    add_history(db, person.id, dup_id)
    before = data_dump(db)
    with db.transaction() as s:
        record = merge.merge_organisations(s, ids["green"], dup_id)
    with db.reading() as s:
        green = s.get(m.Organisation, ids["green"])
        assert green.website == "bjgreen.cn"
        assert "Beijing Green Technology" in green.aliases
        assert s.scalars(select(m.Affiliation).where(m.Affiliation.organisation_id == dup_id)).all() == []
        assert s.scalars(
            select(m.ItineraryOrganisation).where(m.ItineraryOrganisation.organisation_id == ids["green"])
        ).one()
    with db.transaction() as s:
        merge.undo_merge(s, record.id)
    assert data_dump(db) == before


def test_command_line_merge_and_undo(db: Database, capsys) -> None:
    ids = make_people(db)
    other, _ = _duplicate_of_zhang(db, ids)
    before = data_dump(db)
    assert main(["--db", str(db.path), "merge", ids["zhang"], other, "--take", "honorific_en=other"]) == 0
    out = capsys.readouterr().out
    assert "! honorific_en" in out and "-> other" in out
    merge_id = out.split("petdesk merge --undo ")[1].split()[0]
    # One pair is taken back by --undo: no full backup first (field test 10: ~10 s at 100,000).
    assert backups.backups_of(db.path) == []
    assert main(["--db", str(db.path), "merge", "--list"]) == 0
    assert merge_id in capsys.readouterr().out
    assert main(["--db", str(db.path), "merge", "--undo", merge_id]) == 0
    assert data_dump(db) == before
    assert main(["--db", str(db.path), "merge", "--undo", merge_id]) == 1
    assert "already undone" in capsys.readouterr().err
    # the 8 characters the lists show are enough (they said "no contact with id 1CNJDOqE")
    assert main(["--db", str(db.path), "merge", ids["zhang"][:8], other[:8], "--dry-run"]) == 0
    assert "honorific_en" in capsys.readouterr().out
    assert main(["--db", str(db.path), "merge", ids["zhang"][:8], "zzzzzzzz", "--dry-run"]) == 1
    assert "no contact with id zzzzzzzz" in capsys.readouterr().err


def test_merge_says_what_went_into_what_in_the_readers_language(db: Database, capsys) -> None:
    """Field test 9, defect 8: the kept record had only its English name and took the Chinese one
    of the merged record; the line named the merged name on both sides and ended in English."""
    with db.transaction() as s:
        kept = m.Organisation(name_en="Hamburger Wassertechnik GmbH")
        other = m.Organisation(name_zh="汉堡水务技术有限公司")
        s.add_all([kept, other])
        s.flush()
        person = add_contact(s, family_name="Sun", given_name="Li")
        s.add(m.Affiliation(contact=person, organisation=other))
        kept_id, other_id = kept.id, other.id

    assert (
        main(
            [
                "--lang",
                "zh_CN",
                "--db",
                str(db.path),
                "merge",
                "--organisations",
                kept_id,
                other_id,
                "--dry-run",
            ]
        )
        == 0
    )
    dry = capsys.readouterr().out
    assert "-> keep" not in dry and "-> other" not in dry and "（other）" in dry

    assert main(["--lang", "zh_CN", "--db", str(db.path), "merge", "--organisations", kept_id, other_id]) == 0
    [merged] = [line for line in capsys.readouterr().out.splitlines() if line.startswith("已合并")]
    assert merged == "已合并：汉堡水务技术有限公司 并入 Hamburger Wassertechnik GmbH；移过 1 条关联记录"
    with db.reading() as s:
        [record] = merge.list_merges(s)
        assert merge.describe_merge(record, "en") == (
            "汉堡水务技术有限公司 into Hamburger Wassertechnik GmbH; 1 linked record moved"
        )
        assert s.get(m.Organisation, kept_id).name_zh == "汉堡水务技术有限公司"  # named as before the merge

    with db.transaction() as s:
        a = add_contact(s, family_name="Chen", given_name="Ping", family_name_zh="陈", given_name_zh="萍")
        b = add_contact(s, family_name_zh="陈", given_name_zh="平")
        record = merge.merge_contacts(s, a.id, b.id)
        assert merge.describe_merge(record, "en") == "陈平 into Ping Chen (陈萍); no linked records to move"
        assert merge.describe_merge(record, "zh_CN") == "陈平 并入 陈萍（Ping Chen）；没有需要移过的关联记录"


def test_undo_takes_the_beginning_of_the_merge_id_and_names_the_force_option(db: Database, capsys) -> None:
    """Field test 25, defect 5: ``merge --undo 0DZzX`` said "no merge with id", and the refusal said
    "(force to undo anyway)" where the option to type is ``--force``."""
    ids = make_people(db)
    other, _ = _duplicate_of_zhang(db, ids)
    with db.transaction() as s:
        merge_id = merge.merge_contacts(s, ids["zhang"], other).id
    with db.transaction() as s:
        s.get(m.Contact, ids["zhang"]).gender = "f"
    assert main(["--db", str(db.path), "merge", "--undo", merge_id[:5]]) == 1
    err = capsys.readouterr().err
    assert f"petdesk merge --undo {merge_id} --force" in err
    assert main(["--db", str(db.path), "merge", "--undo", merge_id[:5], "--force"]) == 0
    assert "Undone:" in capsys.readouterr().out
    assert main(["--db", str(db.path), "merge", "--undo", "zzzzz"]) == 1
    assert "no merge with id zzzzz" in capsys.readouterr().err


def test_undo_refusal_names_the_force_option_in_chinese(db: Database, capsys) -> None:
    """Field test 25, §7: the refusal said "(force to undo anyway)"; in Chinese it stayed English."""
    ids = make_people(db)
    other, _ = _duplicate_of_zhang(db, ids)
    with db.transaction() as s:
        merge_id = merge.merge_contacts(s, ids["zhang"], other).id
    with db.transaction() as s:
        s.get(m.Contact, ids["zhang"]).gender = "f"
    assert main(["--db", str(db.path), "--lang", "zh_CN", "merge", "--undo", merge_id[:6]]) == 1
    err = capsys.readouterr().err
    assert f"petdesk merge --undo {merge_id} --force" in err
    assert "合并" in err and "after the merge" not in err


def test_organisation_merge_fills_the_postal_code(db: Database) -> None:
    """0071: the postal code is one of the fields a merge compares; an empty one takes the other's."""
    with db.transaction() as s:
        keep = m.Organisation(name_en="Xuhui Water Works", country="CN")
        dup = m.Organisation(name_en="Xuhui Water Works Co.", country="CN", postal_code="200030")
        s.add_all([keep, dup])
        s.flush()
        keep_id, dup_id = keep.id, dup.id
    with db.transaction() as s:
        merge.merge_organisations(s, keep_id, dup_id)
    with db.reading() as s:
        assert s.get(m.Organisation, keep_id).postal_code == "200030"
