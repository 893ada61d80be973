"""Bilingual PDF dossiers for visits and trainings (core, no Qt).

``build_visit_dossier(db, visit_id, out)`` reads what it needs in one short read-only session, closes
it, and lays out the PDF from plain snapshots; the window runs the same call in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from petdesk import connection, lock_owner
from petdesk.db import Database
from petdesk.dossier.changes import last_printed, remember_printed
from petdesk.dossier.data import (
    NotFoundError,
    Participant,
    TrainingData,
    VisitData,
    gather_training,
    gather_visit,
    resolve_id,
)
from petdesk.dossier.fonts import DossierError, MissingGlyphError
from petdesk.dossier.labels import Bi, label
from petdesk.dossier.layout import (
    Chrome,
    DossierOptions,
    Layout,
    Paper,
    Progress,
    Section,
    now_local,
    print_scale,
    render,
)
from petdesk.dossier.training import TRAINING_SECTIONS, training_sections
from petdesk.dossier.visit import VISIT_SECTIONS, visit_sections
from petdesk.models import Training, Visit
from petdesk.quoting import quoted
from petdesk.services import names

__all__ = [
    "TRAINING_SECTIONS",
    "VISIT_SECTIONS",
    "DossierError",
    "DossierOptions",
    "Layout",
    "MissingGlyphError",
    "NotFoundError",
    "Paper",
    "build_banquet_sheet",
    "build_training_dossier",
    "build_visit_dossier",
    "changes_since_from_text",
    "default_file_name",
    "last_printed",
    "parse_sections",
    "render_training",
    "render_visit",
]


def parse_sections(text: str | Iterable[str] | None, known: dict[str, Bi]) -> frozenset[str] | None:
    """Section keys from "cover,programme" (or a list); None for all. Unknown names raise DossierError."""
    if text is None:
        return None
    names = [s.strip().lower() for s in (text.split(",") if isinstance(text, str) else text)]
    names = [n for n in names if n]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise DossierError(f"unknown section {quoted(unknown[0])}; choose from {', '.join(known)}")
    if not names:
        raise DossierError("choose at least one section")
    return frozenset(names)


#: Longest title part of a default file name, in characters.
FILE_TITLE_MAX = 60
#: Words a shortened title does not end on.
_LINKING_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with"})


def with_pdf_suffix(path: Path) -> Path:
    """``path`` ending in ".pdf": a name given without it (``--out report``, "Save as: report") gets
    it, as every PDF command and dialog adds it."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def default_file_name(title: str, kind: str, *, title_zh: str = "", prefix: str = "dossier") -> str:
    """ "dossier-delegation-of-the-nrw-environment-ministry-to-chengdu.pdf": the English title in
    plain letters (ü as u, ß as ss), cut after a whole word (a cut at 60 characters left
    "…-to-chengdu-and-ch"); ``kind`` ("visit", "training") when the title has no Latin letters.

    The Chinese window gives ``title_zh`` and its own ``prefix`` ("资料手册-企业绿色建筑能力建设培训.pdf":
    a reader of no English met "dossier-capacity-building-….pdf", field test 92): letters and digits
    of any script, runs of anything else (slashes, colons, spaces, brackets) one "-"."""
    if chinese := re.findall(r"[^\W_]+", title_zh):
        return f"{prefix}-" + "-".join(chinese)[:FILE_TITLE_MAX].rstrip("-") + ".pdf"
    words = re.findall(r"[a-z0-9]+", names.fold(title))
    if not words:
        return f"{prefix}-{kind}.pdf"
    kept = [words[0][:FILE_TITLE_MAX]]  # one very long word is still cut
    for word in words[1:]:
        if len("-".join([*kept, word])) > FILE_TITLE_MAX:
            break
        kept.append(word)
    if len(kept) < len(words):  # cut short: not ending on "…-chengdu-and"
        while len(kept) > 1 and kept[-1] in _LINKING_WORDS:
            kept.pop()
    return f"{prefix}-{'-'.join(kept)}.pdf"


def _report(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


def render_visit(
    data: VisitData, out: Path | str, options: DossierOptions | None = None, progress: Progress | None = None
) -> Path:
    """Write the visit dossier for already gathered ``data``."""
    options = options or DossierOptions()
    with print_scale(options.large_print):  # large print puts fewer columns in some tables
        sections = visit_sections(data, options.sections)
    return _render(
        sections,
        out,
        options,
        progress,
        data.office,
        data.title,
        label("Visit dossier"),
        ("visit", "访问"),
        data.data_as_of,
    )


def render_training(
    data: TrainingData,
    out: Path | str,
    options: DossierOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the training dossier for already gathered ``data``."""
    options = options or DossierOptions()
    with print_scale(options.large_print):  # large print puts fewer sessions on a sign-in form
        sections = training_sections(data, options.sections, options.generated_at)
    return _render(
        sections,
        out,
        options,
        progress,
        data.office,
        data.title,
        label("Training dossier"),
        ("training", "培训"),
    )


def _render(
    sections: list[Section],
    out: Path | str,
    options: DossierOptions,
    progress: Progress | None,
    office: Bi,
    title: Bi,
    kind: Bi,
    keywords: tuple[str, str],
    data_as_of: dt.datetime | None = None,
) -> Path:
    """The page chrome every dossier shares (cover page bare, kind, version, keywords), then render."""
    if not sections:
        raise DossierError("choose at least one section")
    chrome = Chrome(
        office=office,
        title=title,
        generated=options.generated_at or now_local(),
        bare_pages=frozenset({1}) if options.wants("cover") else frozenset(),
        kind=kind,
        restricted=options.restricted,
        version=options.version,
        keywords=("dossier", *keywords),
        data_as_of=data_as_of,
    )
    return render(sections, out, options, chrome, progress)


def changes_since_from_text(db: Database, visit_id: str, text: str) -> dt.datetime:
    """The start of a "Changes since" part from ``--changes-since``: "last" (this computer's last
    print of the visit's dossier), a date ("2026-12-14", from midnight here) or a date and time."""
    if text.strip().lower() == "last":
        with db.reading() as session:
            printed = last_printed(session, resolve_id(session, Visit, visit_id))
        if printed is None:
            raise DossierError(
                "this computer has not printed the visit's dossier yet; give a date instead of last"
            )
        return printed
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise DossierError(
            f"{quoted(text)} is not a date; write it as 2026-12-14 or 2026-12-14 09:30, or last"
        ) from None
    return moment if moment.tzinfo else moment.astimezone()  # a date without a zone: this computer's


def _remember_printed(db: Database, visit_id: str, when: dt.datetime) -> None:
    """Note the print for "--changes-since last" next time (local, never synced), unless the file
    must not be written here: a read-only window or stick, or a file open in petdesk on another
    computer, whose write would make the sync program's conflicted copy (field test 70)."""
    from petdesk.services import export_log

    if connection.read_only(db.path) or lock_owner.held_elsewhere(db.path):
        return
    try:
        with db.transaction() as session:
            remember_printed(session, visit_id, when)
    except Exception as exc:  # locked by another program: the dossier is written all the same
        if not export_log.cannot_write(exc):
            raise


def _log_people(db: Database, path: Path, people: Iterable[Participant]) -> None:
    """Whose data the dossier carried out of the office (field test 84): its people, passport
    numbers maybe, whatever sections were chosen (the list is the record's, not the pages')."""
    from petdesk.services import export_log

    ids = list(dict.fromkeys(p.person.id for p in people))
    export_log.record_through(db, "dossier", path, len(ids), ids)


def build_visit_dossier(
    db: Database,
    visit_id: str,
    out: Path | str,
    options: DossierOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Read the visit (id or unique id prefix) from ``db`` and write its dossier to ``out``."""
    options = options or DossierOptions()
    _report(progress, 0.0, "reading the visit")
    with db.reading() as session:
        data = gather_visit(session, resolve_id(session, Visit, visit_id), since=options.changes_since)
    _report(progress, 0.1, "laying out pages")
    options = replace(options, generated_at=options.generated_at or now_local())
    path = render_visit(data, out, options, progress)
    _remember_printed(db, data.id, options.generated_at or now_local())
    _log_people(db, path, data.participants)
    _report(progress, 1.0, "done")
    return path


def build_training_dossier(
    db: Database,
    training_id: str,
    out: Path | str,
    options: DossierOptions | None = None,
    progress: Progress | None = None,
) -> Path:
    """Read the training (id or unique id prefix) from ``db`` and write its dossier to ``out``."""
    _report(progress, 0.0, "reading the training")
    with db.reading() as session:
        data = gather_training(session, resolve_id(session, Training, training_id))
    _report(progress, 0.1, "laying out pages")
    path = render_training(data, out, options, progress)
    _log_people(db, path, data.participants)
    _report(progress, 1.0, "done")
    return path


def build_banquet_sheet(
    db: Database,
    visit_id: str,
    item_id: str,
    out: Path | str,
    options: DossierOptions | None = None,
) -> Path:
    """Read the visit (id or unique id prefix) and write the one-page banquet sheet of its programme
    item ``item_id`` (id or unique beginning) for the restaurant."""
    from petdesk.dossier.banquet import banquet_sections, meal_item
    from petdesk.dossier.needs_tally import meal_people

    # one page: no contents page, and the header of a page inside a dossier (no cover)
    options = replace(options or DossierOptions(), contents=False, sections=frozenset({"banquet"}))
    with db.reading() as session:
        data = gather_visit(session, resolve_id(session, Visit, visit_id))
    item = meal_item(data, item_id)
    guests = meal_people(item, data.participants)
    if not guests:
        raise DossierError("the programme item has nobody at the meal")
    path = _render(
        banquet_sections(data, item), out, options, None, data.office, data.title, label("Banquet sheet"),
        ("banquet", "宴会"),
    )  # fmt: skip
    # the guests' names and dietary needs (their religion, maybe their health) leave the office
    from petdesk.services import export_log

    ids = list(dict.fromkeys(p.person.id for p in guests))
    export_log.record_through(db, "banquet_sheet", path, len(ids), ids)
    return path
