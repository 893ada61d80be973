"""A role or remark written in brackets after a name in a name cell: "김지수 (통역)", "王芳（翻译）",
"Anna Schmidt (Dolmetscherin)" (field test 73). It is not part of the name: split into the family
and given name it became the family name "(통역)". The importers and the editor take it off the
name; a job word goes to the position, anything else to the notes (:func:`settle`).

A bracket holding the name in the other script ("Chen Ping (陈萍)", as petdesk itself displays a
name) is not a remark: the cell is left as it is.
"""

from __future__ import annotations

import re

from petdesk.services import honorifics
from petdesk.services.names_by_script import has_native_script

_TRAILING_REMARK = re.compile(r"\s*[(（\[【]\s*([^()（）\[\]【】]+?)\s*[)）\]】]\s*$")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")

#: Jobs that are written after a name in brackets on delegation lists: the interpreter's, mostly.
JOB_WORDS = frozenset({
    "interpreter", "translator", "interprète", "traductrice", "traducteur", "intérprete", "traductor",
    "dolmetscher", "dolmetscherin", "übersetzer", "übersetzerin",
    "통역", "통역사", "통역원", "번역", "번역사", "翻译", "口译", "译员", "翻訳", "通訳", "通訳者",
})  # fmt: skip


def split_remark(cell: str) -> tuple[str, str]:
    """("김지수", "통역") from "김지수 (통역)"; (cell, "") when no remark ends it, or when the bracket
    holds the name in the other script ("Chen Ping (陈萍)") rather than a remark."""
    match = _TRAILING_REMARK.search(cell or "")
    if match is None or match.start() == 0:
        return cell, ""
    name, remark = cell[: match.start()].strip(), match[1]
    if not is_job_word(remark) and _script(name) != _script(remark):
        return cell, ""
    if _BIRTH_NAME.match(remark):
        return cell, ""  # "Smith (née Jones)": a name of hers, not a remark
    return name, remark


#: A birth name in brackets ("née Jones", "geb. Müller", "born Lee"): part of the name as written.
_BIRTH_NAME = re.compile(r"(?:née|nee|né|geb\.?|geboren|born|z domu|roz\.?)\s", re.IGNORECASE)
#: A name someone goes by, written after the name: "Li Wei (Wendy)", "王伟（小王）".
_LATIN_CALL_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)?")
_CHINESE_CALL_NAME = re.compile(r"[小老阿][\u4e00-\u9fff]")


#: Capitalised words written after a name that are no name: roles on a delegation list, suffixes.
_NOT_CALL_NAMES = frozenset({
    "head", "leader", "chair", "chairman", "chairwoman", "host", "guest", "driver", "delegate",
    "secretary", "observer", "speaker", "trainer", "organiser", "organizer", "coordinator", "assistant",
    "manager", "director", "expert", "adviser", "advisor", "staff", "member", "jr", "sr", "sir", "retired",
})  # fmt: skip


def is_call_name(remark: str) -> bool:
    """Whether a remark is a name the person goes by (Wendy, 小王), which belongs in the nickname."""
    remark = remark.strip()
    if is_job_word(remark) or honorifics.known(remark) is not None or remark.casefold() in _NOT_CALL_NAMES:
        return False
    return bool(_LATIN_CALL_NAME.fullmatch(remark) or _CHINESE_CALL_NAME.fullmatch(remark))


def take_call_name(remarks: list[str], nickname: str) -> tuple[list[str], str]:
    """(the other remarks, the nickname): the first call name becomes the nickname when there is
    none; it went to the notes, and "Wendy" was no longer found where the name is."""
    for remark in remarks:
        if not nickname.strip() and is_call_name(remark):
            return [r for r in remarks if r != remark], remark
    return remarks, nickname


def _script(text: str) -> str:
    return "native" if has_native_script(text) and not _LATIN_LETTER.search(text) else "latin"


def is_job_word(remark: str) -> bool:
    return remark.strip().casefold() in JOB_WORDS


def is_native_only(text: str) -> bool:
    """Han, kana or Hangul and no Latin letter: "김지수" typed in a Latin-name column."""
    return _script(text) == "native"


#: The editor's name fields a remark is taken off (:func:`take_off_names`).
NAME_FIELDS = ("family_name", "given_name", "family_name_zh", "given_name_zh")


def take_off_names(values: dict[str, object]) -> list[str]:
    """Take the remarks off the names in ``values`` (the editor's fields, changed in place)."""
    remarks = []
    for key in NAME_FIELDS:
        if isinstance(text := values.get(key), str):
            values[key], remark = split_remark(text)
            remarks += [remark] if remark else []
    return remarks


def settle(
    remarks: list[str], position_en: str, position_zh: str, notes: str, *, with_position: bool = True
) -> tuple[str, str, str]:
    """(position_en, position_zh, notes) with the remarks taken off the names: a job word becomes
    the position in its script where that is empty, and is dropped where the position already says
    it (통역 beside 통역사); anything else is added to the notes, and so is a job word when there
    can be no position (``with_position`` False: the editor keeps none without an organisation)."""
    for remark in dict.fromkeys(remarks):
        native = has_native_script(remark)
        position = position_zh if native else position_en
        if is_job_word(remark) and not position and with_position:
            position_en, position_zh = (position_en, remark) if native else (remark, position_zh)
        elif not (is_job_word(remark) and remark.casefold() in position.casefold()):
            notes = f"{notes}\n{remark}".strip()
    return position_en, position_zh, notes
