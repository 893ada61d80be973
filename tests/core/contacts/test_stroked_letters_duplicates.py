"""Polish and Czech names written without their accents (field test 124): "Lech Walesa" typed from an
English list and "Lech Wałęsa" from Outlook were not shown as likely duplicates, while "Antonin
Dvorak" and "Antonín Dvořák" were: the matching folded accents by NFKD, which leaves ł (and đ, ø)
whole, so "wałesa" never met "walesa". Search already wrote them as l, d, o."""

from __future__ import annotations

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import duplicates
from petdesk.services.matching import fold_latin, fold_name_part


def test_stroked_letters_fold_as_search_folds_them() -> None:
    assert fold_latin("Wałęsa") == "walesa" and fold_latin("Łódź") == "lodz"
    assert fold_name_part("Łęcka-Świątek") == "leckaswiatek" and fold_latin("Đorđević") == "dordevic"


def test_a_name_without_its_stroked_l_is_a_likely_duplicate(db: Database) -> None:
    with db.transaction() as s:
        pairs = {
            frozenset(
                (
                    cs.create_contact(s, family_name=accented, given_name=given).id,
                    cs.create_contact(s, family_name=plain, given_name=plain_given).id,
                )
            )
            for accented, given, plain, plain_given in (
                ("Wałęsa", "Lech", "Walesa", "Lech"),
                ("Łęcka-Świątek", "Żaneta", "Lecka-Swiatek", "Zaneta"),
            )
        }
    with db.reading() as s:
        found = {frozenset(p.key) for p in duplicates.find_contact_duplicates(s)}
    assert found == pairs
