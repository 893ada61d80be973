"""People stored with a title in their given name ("Mr. John" + "Smith"), as imports and the editor
kept it before names59 read titles before a whole name: ``petdesk tidy-names`` moves the title to
the honorific (Mr. / 先生, and the gender it tells), as an import reads it now; a couple's titles
("Mr. and Mrs. John") come off with no honorific guessed, the wording kept in the notes
(:mod:`couple_names`). ``petdesk check`` counts them.

``petdesk check --repair`` rebuilds what the rows determine on a raw connection, with no history:
a person's name and honorific are the user's data, so this is an edit of this office, as the tidy
of phone numbers is (:mod:`phone_tidy`): through the ORM, each field's change in the person's
History and sent to the other offices, the whole run kept in the import history (kind "names") so
that ``tidy-names --undo`` or ``import-undo --import N`` takes it back as one step. Only people
with no honorific are changed: a honorific typed is the user's word.

A couple written family name first, "Mr. and Mrs. ZHANG Wei", was stored split the other way before
names61 ("ZHANG" given, "Wei" family, the cell in a "Written as" line or the couple's words still in
the name): such a name is split again by the import's own reading of the cell
(:func:`importing.whole_name_as_imported`), only where every word is kept and it differs from what
is stored (names61b). Each change says why (:attr:`TitleMove.reason`).

A Japanese name stored split the Chinese way before jpnames62 (佐 / 々木翔) is split again by the
import's own Japanese split (:mod:`japanese_name_tidy`), whatever the honorific: the name in
characters is not the title's business. A person with a title to move too gets both in one run: one
row, both reasons (:func:`reasons`), applied together or not at all (names63; before, the split
waited for a second run).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk import labels
from petdesk.enums import NameOrder
from petdesk.i18n import N_
from petdesk.services import couple_names, honorifics, import_undo, japanese_name_tidy, tidy_runs

#: The kind of the tidy in the import history, and the source it names.
KIND = "names"
SOURCE = "tidy-names"


class NothingToUndo(import_undo.UndoImportError):
    """No tidy of names is left to undo."""


#: The tidies of names in the import history: ``last_tidy(session)``, the newest not undone, or
#: None; ``plan_undo_tidy(session, locale=)``, what undoing it would do (:class:`NothingToUndo` when
#: there is none, ``UndoImportError`` naming the people changed again since); ``undo_last_tidy``
#: puts every name of it back as it was stored, in the caller's transaction.
_RUNS = tidy_runs.TidyRuns(KIND, N_("No tidy of names is left to undo."), NothingToUndo)
last_tidy = _RUNS.last
plan_undo_tidy = _RUNS.plan_undo
undo_last_tidy = _RUNS.undo_last


#: Why a person is changed, shown in the dry run and the window (marked here, translated there).
REASON_TITLE = N_("a title in the given name")
REASON_COUPLE = N_("a couple's titles in the name")
REASON_COUPLE_FAMILY_FIRST = N_(
    "a couple written family name first, with the couple's titles in the name: split as an import "
    "splits it now"
)
REASON_WRITTEN_AS = N_(
    "the notes' “Written as” line shows a couple written family name first, stored split the other "
    "way: split as an import splits it now"
)

#: People who may have a title or a couple's titles in their name (a title is followed by a space or
#: ends with a dot), or a couple's wording kept in their notes.
_CANDIDATES = (
    "SELECT id, given_name, family_name, gender, notes, family_name_zh, given_name_zh, name_order, "
    "middle_name, native_name_language FROM contact "
    "WHERE deleted_at IS NULL AND honorific_en = '' AND honorific_zh = '' "
    "AND (given_name LIKE '% %' OR given_name LIKE '%.%' OR family_name LIKE '% %' "
    f"OR notes LIKE '%{couple_names.WRITTEN_AS_EN}%' OR notes LIKE '%{couple_names.WRITTEN_AS_ZH}%') "
    "ORDER BY family_name, given_name, id"
)


@dataclass(frozen=True)
class TitleMove:
    """One person's given name as stored and as the tidy leaves it."""

    contact_id: str
    family_name: str
    old_given: str
    new_given: str
    honorific_en: str = ""
    honorific_zh: str = ""
    #: The gender the title tells, when none is stored ("" otherwise).
    gender: str = ""
    #: The notes with the couple's wording, when the given name named a couple ("" otherwise).
    notes: str = ""
    #: Why the person is changed: one of the ``REASON_`` sentences, untranslated.
    reason: str = REASON_TITLE
    #: The family name after a split made again (None: the family name is kept).
    new_family: str | None = None
    #: The name order after a split made again ("" when kept), a :class:`NameOrder` value.
    name_order: str = ""
    #: The couple's cell as written, whose "Written as" line the notes keep ("" for no couple).
    written: str = ""
    #: A Japanese name in characters split again (None: the name in characters is kept).
    native: japanese_name_tidy.NativeSplit | None = None

    @property
    def latin(self) -> bool:
        """Whether the Latin name changes (a title or a couple's): a Japanese split alone has none."""
        return bool(self.old_given or self.family_name)


def move_of(
    contact_id: str,
    given: str,
    family: str,
    gender: str,
    notes: str,
    *,
    chinese: bool = False,
    family_zh: str = "",
    given_zh: str = "",
    name_order: str = "",
    middle: str = "",
) -> TitleMove | None:
    """What the tidy does to one person, None when their given name starts with no title; ``chinese``:
    a couple's wording is kept in Chinese (:func:`couple_names.notes_in_chinese`), as an import keeps it."""
    stored = _Stored(contact_id, given, family, notes, family_zh, given_zh, name_order, middle)
    if (resplit := _couple_split_again(stored, chinese=chinese)) is not None:
        return resplit
    rest, couple_notes = couple_names.couple_off_given_name(given, family, notes, chinese=chinese)
    if rest != given and (rest.strip() or family.strip()):  # "Mr. and Mrs." alone: no one to name
        written = " ".join(part for part in (given.strip(), family.strip()) if part)
        return TitleMove(
            contact_id, family, given, rest, notes=couple_notes, reason=REASON_COUPLE, written=written
        )
    title, rest = honorifics.title_of_given_name(given)
    if not title:
        return None
    en, zh, told = honorifics.settle([title])
    return TitleMove(contact_id, family, given, rest, en, zh, "" if gender else told)


@dataclass(frozen=True)
class _Stored:
    """One person's name as stored, what a split made again is checked against."""

    contact_id: str
    given: str
    family: str
    notes: str
    family_zh: str
    given_zh: str
    name_order: str
    middle: str


def _words(text: str) -> list[str]:
    return sorted(text.casefold().split())


def _couple_split_again(p: _Stored, *, chinese: bool) -> TitleMove | None:
    """The import's split of a couple's cell where it differs from the one stored: the couple's
    words still in the name, or a "Written as" line of a couple written family name first whose
    name was stored the other way round. None when not certain: a word would be lost or added, a
    middle name or honorific would come, or (from the notes) the name is not the stored one swapped."""
    from petdesk.services.importing import whole_name_as_imported

    stored_words = _words(f"{p.given} {p.middle} {p.family}")
    whole = " ".join(part for part in (p.given.strip(), p.family.strip()) if part)
    in_name = bool(couple_names.couple_of_name(whole)[0])
    written = whole if in_name else _written_couple(p.notes, stored_words)
    if not written:
        return None
    rec = whole_name_as_imported(written, family_zh=p.family_zh, given_zh=p.given_zh)
    couple_words = _words(couple_names.couple_of_name(written)[1])
    if (
        not (rec.family_name and rec.given_name)
        or rec.middle_name
        or rec.honorific_en
        or rec.honorific_zh
        or _words(f"{rec.given_name} {rec.family_name}") != couple_words
        or (rec.family_name, rec.given_name, str(rec.name_order)) == (p.family, p.given, p.name_order)
    ):
        return None
    family_first = rec.name_order == NameOrder.FAMILY_FIRST
    if in_name:
        if not family_first:
            return None  # "Mr. and Mrs. John" + "Smith": the couple's titles come off (below)
        notes, reason = (
            couple_names.with_written_as(p.notes, written, chinese=chinese),
            REASON_COUPLE_FAMILY_FIRST,
        )
    else:
        swapped = (p.given.casefold(), p.family.casefold()) == (
            rec.family_name.casefold(),
            rec.given_name.casefold(),
        ) or (not p.family and p.given.casefold() == f"{rec.family_name} {rec.given_name}".casefold())
        if not (family_first and swapped):
            return None
        notes, reason = "", REASON_WRITTEN_AS
    return TitleMove(
        p.contact_id,
        p.family,
        p.given,
        rec.given_name,
        notes=notes,
        reason=reason,
        new_family=rec.family_name,
        name_order=str(rec.name_order),
        written=written,
    )


def _written_couple(notes: str, stored_words: list[str]) -> str:
    """The couple's cell of a "Written as" / "原写法：" line in the notes naming the person stored
    (the same words), "" when there is none."""
    for line in notes.splitlines():
        for prefix in (couple_names.WRITTEN_AS_EN, couple_names.WRITTEN_AS_ZH):
            if line.startswith(prefix):
                written = line.removeprefix(prefix).strip()
                couple, rest = couple_names.couple_of_name(written)
                if couple and _words(rest) == stored_words:
                    return written
    return ""


def _moves(rows: Iterable[Any]) -> list[TitleMove]:
    moves = []
    for row in rows:
        contact_id, given, family, gender, notes, family_zh, given_zh, order, middle, language = (
            str(v or "") for v in row
        )
        chinese = couple_names.notes_in_chinese(family_zh, given_zh, language)
        move = move_of(
            contact_id,
            given,
            family,
            gender,
            notes,
            chinese=chinese,
            family_zh=family_zh,
            given_zh=given_zh,
            name_order=order,
            middle=middle,
        )
        if move is not None:
            moves.append(move)
    return moves


def _with_japanese(moves: list[TitleMove], rows: Iterable[Any]) -> list[TitleMove]:
    """``moves`` with the Japanese split of each person whose name in characters is split the Chinese
    way: on their title's or couple's move when they have one (both in one run), else a move of its own."""
    at = {mv.contact_id: i for i, mv in enumerate(moves)}
    out = list(moves)
    for row in rows:
        contact_id, family_zh, given_zh, language = (str(v or "") for v in row)
        split = japanese_name_tidy.split_again(family_zh, given_zh, language)
        if split is None:
            continue
        if (i := at.get(contact_id)) is not None:
            out[i] = replace(out[i], native=split)
        else:
            out.append(TitleMove(contact_id, "", "", "", reason=split.reason, native=split))
    return out


def plan_tidy(session: Session) -> list[TitleMove]:
    """Every person whose given name starts with a title, and what the tidy would make of them."""
    moves = _moves(session.execute(text(_CANDIDATES)))
    return _with_japanese(moves, session.execute(text(japanese_name_tidy.CANDIDATES)))


def reasons(move: TitleMove) -> list[str]:
    """Why the person is changed, untranslated: the title's or couple's reason and the Japanese
    split's, when one run does both."""
    native = move.native
    if native is None or native.reason == move.reason:
        return [move.reason]
    return [move.reason, native.reason]


#: The reasons that take titles out of the name (the rest only split a name again).
_TITLE_REASONS = (REASON_TITLE, REASON_COUPLE, REASON_COUPLE_FAMILY_FIRST)


class PlanKinds(NamedTuple):
    """What a plan does, for the window's question: a person may count in both."""

    #: People whose titles (or a couple's) come out of the name.
    titles: int
    #: Names split again: a couple's written family name first, a Japanese name split the Chinese way.
    resplit: int


def plan_kinds(moves: Iterable[TitleMove]) -> PlanKinds:
    """How many of ``moves`` move titles and how many split a name again."""
    moves = list(moves)
    return PlanKinds(
        titles=sum(mv.reason in _TITLE_REASONS for mv in moves),
        resplit=sum(mv.new_family is not None or mv.native is not None for mv in moves),
    )


class TidyCounts(NamedTuple):
    """How many people :func:`plan_tidy` would change, by what is wrong with them."""

    #: A title in the given name ("Mr. John").
    titled: int
    #: A couple written as one contact ("Mr. and Mrs. ZHANG Wei"), its titles in the name or split
    #: the wrong way round: ``petdesk check`` names them as couples, not as titles (review 62).
    couples: int
    #: A Japanese name stored split the Chinese way (佐 / 々木翔, before jpnames62).
    japanese: int = 0


def count_titled(conn: sqlite3.Connection, *, japanese_names: bool = True) -> TidyCounts:
    """How many people :func:`plan_tidy` would change, on a plain connection (``petdesk check``);
    ``japanese_names=False`` for a database from before the language of the name was kept (0013)."""
    moves = _moves(conn.execute(_CANDIDATES))
    couples = sum(mv.reason != REASON_TITLE for mv in moves)
    titled = len(moves) - couples
    if japanese_names:
        moves = _with_japanese(moves, conn.execute(japanese_name_tidy.CANDIDATES))
    japanese = sum(mv.native is not None for mv in moves)
    return TidyCounts(titled=titled, couples=couples, japanese=japanese)


def before_after(move: TitleMove, *, locale: str = "en") -> tuple[str, str]:
    """The whole name as stored and as the tidy leaves it, each in its order: ("Mr. John Smith",
    "John Smith"), ("ZHANG Wei", "Zhang Wei") for a name split again family name first; a Japanese
    name in characters split again: ("佐 々木翔", "佐々木 翔"), after the Latin name in brackets when
    both change: ("Mr. Sho Sasaki (佐 々木翔)", "Sho Sasaki (佐々木 翔)"), the brackets full-width for
    a Chinese reader ("Mr. Sho Sasaki（佐 々木翔）", tidy64: the Chinese window showed "(" ")")."""
    native = native_before_after(move)
    if native is not None and not move.latin:
        return native
    before = " ".join(p for p in (move.old_given, move.family_name) if p)
    family = move.family_name if move.new_family is None else move.new_family
    parts = (move.new_given, family)
    if move.name_order == NameOrder.FAMILY_FIRST:
        parts = parts[::-1]
    after = " ".join(p for p in parts if p)
    if native is not None:
        return labels.bracket(before, native[0], locale), labels.bracket(after, native[1], locale)
    return before, after


def native_before_after(move: TitleMove) -> tuple[str, str] | None:
    """The name in characters as stored and as split again ("佐 々木翔", "佐々木 翔"), None when kept."""
    native = move.native
    if native is None:
        return None
    before = " ".join(p for p in (native.old_family, native.old_given) if p)
    return before, " ".join(p for p in (native.new_family, native.new_given) if p)


def notes_line(move: TitleMove, *, chinese: bool = False) -> str:
    """The line a couple's tidy adds to the notes, in the reader's language ("" when none): the
    window's preview shows it rather than the whole notes."""
    if not move.notes:
        return ""
    written = move.written or " ".join(p for p in (move.old_given.strip(), move.family_name.strip()) if p)
    return couple_names.written_as_line(written, chinese=chinese)


def apply_tidy(
    session: Session, moves: list[TitleMove], *, on_progress: Callable[[int, int], None] | None = None
) -> int:
    """Make the ``moves`` in the caller's transaction, remembered as one step that :func:`undo_last_tidy`
    takes back; a person changed since the plan was made is left alone. Returns how many changed.
    ``on_progress(done, total)`` hears of each chunk of people written (the window's progress)."""
    from petdesk.models.contact import Contact

    done = 0
    with tidy_runs.run_remembered(session, kind=KIND, source=SOURCE):
        for person, mv in tidy_runs.live_rows(
            session, Contact, moves, lambda mv: mv.contact_id, on_progress=on_progress
        ):
            native = mv.native
            if native is not None and (person.family_name_zh, person.given_name_zh) != (
                native.old_family,
                native.old_given,
            ):
                continue  # changed since: the user's word
            if mv.latin and (
                (person.given_name, person.family_name) != (mv.old_given, mv.family_name)
                or person.honorific_en
                or person.honorific_zh
            ):
                continue  # changed since, or a honorific typed since: the user's word (both parts kept)
            if native is not None:
                person.family_name_zh, person.given_name_zh = native.new_family, native.new_given
                person.native_name_language = person.native_name_language or "ja"  # as an import reads it
            if not mv.latin:
                done += 1
                continue
            person.given_name = mv.new_given
            if mv.new_family is not None:
                person.family_name = mv.new_family
            if mv.name_order:
                person.name_order = NameOrder(mv.name_order)
            if mv.honorific_en or mv.honorific_zh:
                person.honorific_en, person.honorific_zh = mv.honorific_en, mv.honorific_zh
            if mv.gender and not person.gender:
                person.gender = mv.gender
            if mv.notes:
                chinese = couple_names.notes_in_chinese(
                    person.family_name_zh or "", person.given_name_zh or "", person.native_name_language or ""
                )
                person.notes = couple_names.with_written_as(person.notes or "", mv.written, chinese=chinese)
            done += 1
    return done
