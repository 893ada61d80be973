"""The order of a new contact's Latin name when nobody chose one.

A Chinese person added with their Chinese name and its pinyin (张伟, Zhang / Wei) writes the Latin name
family first, as their passport does: ``petdesk contact add`` stored it given first, so the dossier,
the name cards and the calendar printed "Wei Zhang", and "Wang Li" of our own office read "Li Wang"
(field test 60). The window's editor has its own order box; this is the default where there is none."""

from __future__ import annotations

from petdesk.chinese_names import family_name_is_pinyin
from petdesk.enums import NameOrder
from petdesk.services.matching import fold_latin
from petdesk.services.names import pinyin_name


def typed_name_order(family: str, given: str, family_zh: str, given_zh: str) -> NameOrder:
    """Family first when the Latin name is the Chinese one in pinyin ("Zhang" "Wei" of 张伟; "Lü"
    "Xi'an" of 吕西安); given first otherwise, as before ("Katrin Schneider"; "David" "Zhang" of 张大卫,
    whose Latin name is not the Chinese one read aloud)."""
    if not (family.strip() and family_zh.strip()):
        return NameOrder.GIVEN_FIRST
    spelled = fold_latin(pinyin_name(family_zh, given_zh))
    typed = fold_latin(f"{family} {given}")
    if spelled and typed == spelled:
        return NameOrder.FAMILY_FIRST
    # the passport's spelling of ü: "Lyu" or "Lv" for 吕 (review60: stored given first, "Wei Lyu")
    given_spelled = fold_latin(pinyin_name("", given_zh)) if given_zh.strip() else ""
    if family_name_is_pinyin(family, family_zh) and fold_latin(given) == given_spelled:
        return NameOrder.FAMILY_FIRST
    return NameOrder.GIVEN_FIRST
