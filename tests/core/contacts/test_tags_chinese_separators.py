"""Tags typed with the Chinese enumeration comma 、 or a semicolon are split, and shown again
with the list separator of the reader's language (field test 54, defect 5: "媒体、嘉宾，青岛；  重点"
was stored as two tags)."""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.cli.catalogue import split_tags as cli_split_tags
from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations
from petdesk.services.contacts import join_tags, split_tags

TYPED = "媒体、嘉宾，青岛；  重点 ; 　展会, ,媒体"
TAGS = ["媒体", "嘉宾", "青岛", "重点", "展会"]


def test_every_separator_splits_and_ideographic_spaces_are_trimmed() -> None:
    assert split_tags(TYPED) == TAGS
    assert cli_split_tags(TYPED) == TAGS


def test_a_contact_and_an_organisation_store_the_tags_apart(db: Database) -> None:
    with db.transaction() as s:
        cs.create_contact(s, family_name_zh="陈", given_name_zh="宇", tags=TYPED)
        organisations.create_organisation(s, name_zh="青岛水务集团", tags=TYPED)
    with db.reading() as s:
        assert s.scalars(select(m.Contact.tags)).one() == TAGS
        assert s.scalars(select(m.Organisation.tags)).one() == TAGS


def test_tags_are_joined_in_the_readers_language_and_read_back() -> None:
    assert join_tags(TAGS, "zh_CN") == "媒体、嘉宾、青岛、重点、展会"
    assert join_tags(["media", "guest"], "en") == "media, guest"
    assert split_tags(join_tags(TAGS, "zh_CN")) == TAGS
