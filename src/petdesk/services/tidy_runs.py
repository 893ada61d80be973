"""What every tidy of stored data shares (``petdesk phones tidy``, ``petdesk tidy-names``): the run is
an edit of this office through the ORM, each change in the record's History, written in chunks with
the search index brought up to date once at the end, and kept in the import history under its own
kind so that it is undone as one step, refused when a record of it was changed again since. Each
tidy keeps only its own rule: what to change and how (:mod:`phone_tidy`, :mod:`name_title_tidy`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from petdesk.services import import_undo

#: Records read and written at a time.
CHUNK = 500

T = TypeVar("T")


def live_rows(
    session: Session,
    model: Any,
    planned: Sequence[T],
    key: Callable[[T], str],
    *,
    on_progress: Callable[[int, int], None] | None = None,
) -> Iterator[tuple[Any, T]]:
    """(row, its planned change) for each row of ``model`` not deleted, whose id is ``key(change)``:
    a chunk of rows read with one query and written with one flush (a ``get`` per number flushed and
    re-indexed its person each time: 5,000 numbers took 130 s). ``on_progress(done, total)`` hears of
    each chunk written. The caller checks that the row is still as planned before changing it."""
    from sqlalchemy import select

    for start in range(0, len(planned), CHUNK):
        chunk = {key(p): p for p in planned[start : start + CHUNK]}
        for row in session.scalars(select(model).where(model.id.in_(chunk))):
            if row.deleted_at is None:
                yield row, chunk[row.id]
        session.flush()
        if on_progress is not None:
            on_progress(min(start + CHUNK, len(planned)), len(planned))


@contextmanager
def run_remembered(session: Session, *, kind: str, source: str) -> Iterator[None]:
    """Make the changes of the ``with`` block one step of the import history (``kind``), not "the last
    import" a plain ``import-undo`` takes back; the search index is refreshed once when the block ends
    (unless the caller defers it too): re-indexing a person at each flush made a run of 5,000 last
    minutes."""
    from petdesk.services import search

    deferred = session.info.get(search.DEFER_KEY)
    session.info[search.DEFER_KEY] = True
    try:
        with import_undo.remembered(session, kind=kind, source=source, last=False), session.no_autoflush:
            yield
    finally:
        if not deferred:
            session.info.pop(search.DEFER_KEY, None)
    if not deferred:
        search.refresh_search_index(session)


@dataclass(frozen=True)
class TidyRuns:
    """The runs of one tidy in the import history, and their undo."""

    kind: str
    #: The sentence when no run is left to undo (marked with ``N_``, translated when raised).
    nothing_left: str
    #: The error raised then, a subclass of ``UndoImportError`` of the tidy's module.
    nothing_error: Callable[[str], import_undo.UndoImportError]

    def last(self, session: Session) -> import_undo.ImportMark | None:
        """The newest run not undone yet (in the import history), or None."""
        for past in import_undo.history(session, count_changed=False):
            if past.mark.kind == self.kind:
                return None if past.undone else past.mark
        return None

    def plan_undo(self, session: Session, *, locale: str = "en") -> import_undo.UndoPlan:
        """What undoing the last run would do; raises :attr:`nothing_error` when there is none, and
        ``UndoImportError`` (naming them) when records of it were changed again since."""
        from petdesk.i18n import translator

        mark = self.last(session)
        if mark is None:
            raise self.nothing_error(translator(locale)(self.nothing_left))
        plan = import_undo.plan_undo(session, mark, locale=locale)
        if plan.changed:
            raise import_undo.UndoImportError(import_undo.refusal(plan, locale))
        return plan

    def undo_last(
        self, session: Session, *, locale: str = "en", on_progress: Callable[[int, int], None] | None = None
    ) -> import_undo.UndoneImport:
        """Put every record of the last run back as it was, in the caller's transaction."""
        plan = self.plan_undo(session, locale=locale)
        return import_undo.undo_import(session, plan, locale=locale, on_progress=on_progress)
