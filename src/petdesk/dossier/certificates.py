"""Certificates of completion (结业证书) for a training: one A4 or Letter landscape page per attendee
who meets the attendance rule of the attendance report (core, no Qt); with ``everyone`` the others
get a certificate of participation (参加证书), which says no more than that they took part.

Field test 79: the office printed certificates by hand in a word processor, and Thai and Lao names
came out as boxes. A certificate carries both languages, the person's name in their own script with
its Latin spelling, and a serial number made from the training's and the person's ids, so a reprint
carries the same number as the first print and a partner can check one against the office's list.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from petdesk import outfile
from petdesk.db import Database
from petdesk.dossier import default_file_name as dossier_file_name
from petdesk.dossier import fonts
from petdesk.dossier.data import Participant, PersonInfo, TrainingData, gather_training, resolve_id
from petdesk.dossier.fonts import DossierError
from petdesk.dossier.labels import Bi, first_language, label, order
from petdesk.dossier.layout import PAGE_SIZES, Paper, fmt_date, join
from petdesk.dossier.namecards import chinese_first, fitted_size
from petdesk.models import Training
from petdesk.services.attendance import Tally, held_slots, shows_run, tally, time_slots

#: Space between the page edge and the frame, and between the frame and the text.
EDGE, INSET = 12 * mm, 14 * mm
HEADING_SIZE, SECOND_HEADING_SIZE = 30.0, 20.0
NAME_SIZE, SECOND_NAME_SIZE = 34.0, 18.0
TITLE_SIZE, LINE_SIZE, SMALL_SIZE = 16.0, 12.0, 9.0

#: The sentences around the name and the title, English and Chinese.
CERTIFIES = Bi("This is to certify that", "兹证明")
TOOK_PART = Bi("has taken part in the training", "参加了培训")
COMPLETED = Bi("has completed the training", "完成了培训")
#: 结业证书 is a certificate of completion: earned by the attendance rule (CERTIFICATE_SHARE). It was
#: paired with "Certificate of Participation", which says less (field test trainfollow60); one who
#: did not meet the rule and is printed anyway (``everyone``) gets a certificate of participation.
COMPLETION = Bi("Certificate of Completion", "结业证书")
PARTICIPATION = Bi("Certificate of Participation", "参加证书")
ONLINE = Bi("online", "线上")


@dataclass(frozen=True)
class Certificate:
    """What one page prints."""

    person_id: str
    serial: str
    #: The name in the person's own script, printed large, then its other spellings (Latin, Chinese).
    name: str
    other_names: tuple[str, ...]
    #: Where (city and venue, or "online"), when and how many hours, one line per language.
    details: Bi
    counted: Tally | None = None

    @property
    def completed(self) -> bool:
        """Met the attendance rule: a certificate of completion, else one of participation."""
        return self.counted is None or self.counted.earns_certificate

    @property
    def heading(self) -> Bi:
        return COMPLETION if self.completed else PARTICIPATION

    @property
    def sentence(self) -> Bi:
        return COMPLETED if self.completed else TOOK_PART


def serial_number(training: TrainingData, person_id: str) -> str:
    """ "2026-4F1C-9A07D2": the training's year and a digest of the training's and the person's ids;
    the same on every reprint, and different for the same person in another training."""
    digest = hashlib.sha256(f"{training.id}:{person_id}".encode()).hexdigest().upper()
    return f"{training.start_date:%Y}-{digest[:4]}-{digest[4:10]}"


def _is_latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def names_of(person: PersonInfo) -> tuple[str, tuple[str, ...]]:
    """The name in the person's own script and its other spellings: 王建国 (Wang Jianguo); สมชาย ใจดี
    (its recorded Latin reading, never a machine guess: a certificate's spelling must be the person's);
    Nguyễn Thị Lan as written, with its Chinese name if the office recorded one."""
    latin = person.name_latin or person.latin_stand_in
    if chinese_first(person):
        own, others = person.name_zh, [latin]
    else:
        own, others = latin or person.name_zh, [person.name_zh]
        if own and not _is_latin(own):
            others.insert(0, person.reading)
    distinct = tuple(dict.fromkeys(n for n in others if n and n != own))
    return own, distinct


def hours(training: TrainingData, participant: Participant) -> float:
    """The programme's hours in the person's part: parallel sessions count once (as for attendance)."""
    sessions = {s.id: s for s in training.sessions if training.takes_part(participant, s.id)}
    total = 0.0
    for slot in time_slots((s.id, s.start, s.end) for s in sessions.values()):
        start = min(sessions[sid].start for sid in slot)
        end = max(sessions[sid].end for sid in slot)
        total += (end - start).total_seconds() / 3600
    return total


def _hours_text(value: float) -> Bi:
    shown = f"{value:g}" if value == int(value) else f"{value:.1f}"
    return Bi(f"{shown} hours" if value != 1 else "1 hour", f"共{shown}学时")


def _place(city: str, venue: str, lang: str) -> str:
    """The city, then the venue: "Dalian, Dalian Conference Centre", 南宁广西会堂; the venue alone
    when it names the city ("大连会议中心", not 大连、大连会议中心: 、 separates the items of a list)."""
    if city and venue and city.casefold() in venue.casefold():
        return venue
    return (", " if lang == "en" else "").join(p for p in (city, venue) if p)


def details(training: TrainingData, participant: Participant, *, online: bool = False) -> Bi:
    """ "Nanning, Guangxi Hall · 16 Nov 2026 – 19 Nov 2026 · 24 hours", and the same in Chinese."""
    lines = {}
    for lang in ("en", "zh"):
        city, venue = training.city.get(lang), training.venue.get(lang)
        place = ONLINE.get(lang) if online else _place(city, venue, lang)
        start, end = fmt_date(training.start_date, lang), fmt_date(training.end_date, lang)
        when = start if training.start_date == training.end_date else f"{start} – {end}"
        span = hours(training, participant)
        parts = [place, when, _hours_text(span).get(lang) if span else ""]
        lines[lang] = " · ".join(p for p in parts if p)
    return Bi(lines["en"], lines["zh"])


def organisers(training: TrainingData) -> Bi:
    """The office and, if the training has one, its partner organisation."""
    names = [training.office]
    if training.organiser is not None and training.organiser.name != training.office:
        names.append(training.organiser.name)
    return Bi(join((n.en for n in names), "en"), join((n.zh or n.en for n in names), "zh"))


def certificates(
    training: TrainingData,
    *,
    everyone: bool = False,
    online: frozenset[str] = frozenset(),
    now: dt.datetime | None = None,
) -> list[Certificate]:
    """A certificate for each attendee (trainers and organisers are not graded) who earned one by
    ``now`` under the attendance report's rule, or for every attendee (``everyone``). ``online``: the
    contact ids of those who took part online."""
    sessions = training.sessions
    slots = time_slots((s.id, s.start, s.end) for s in sessions)
    marked = {s.id for s in sessions if any(map(shows_run, s.attendance.values()))}
    held = held_slots(slots, {s.id: s.end for s in sessions}, marked, now)
    graded = {p.person.id for p in training.attendees}
    out = []
    for place in training.places:
        for p in place:
            if p.person.id not in graded:
                continue
            seen = {s.id: s.attendance.get(p.person.id) for s in sessions}
            outside = {s.id for s in sessions if not training.takes_part(p, s.id)}
            counted = tally(slots, seen, outside, held)
            if not (everyone or counted.earns_certificate):
                continue
            name, others = names_of(p.person)
            out.append(
                Certificate(
                    p.person.id,
                    serial_number(training, p.person.id),
                    name,
                    others,
                    details(training, p, online=p.person.id in online),
                    counted,
                )
            )
    return out


def _centred(canvas: Canvas, y: float, text: str, size: float, width: float, *, bold: bool = False) -> None:
    """One centred line, set smaller when too long for ``width`` (a name is never cut)."""
    if text:
        size = fitted_size(text, size, width)  # measured bold: a little room to spare
        fonts.draw_string(canvas, EDGE + INSET + width / 2, y, text, size, bold=bold, align="centre")


def _draw_page(
    canvas: Canvas, cert: Certificate, training: TrainingData, width: float, height: float
) -> None:
    first, second = order()
    canvas.setStrokeGray(0.35)
    canvas.setLineWidth(2)
    canvas.rect(EDGE, EDGE, width - 2 * EDGE, height - 2 * EDGE)
    canvas.setLineWidth(0.6)
    canvas.rect(EDGE + 2 * mm, EDGE + 2 * mm, width - 2 * EDGE - 4 * mm, height - 2 * EDGE - 4 * mm)
    usable = width - 2 * (EDGE + INSET)
    by = organisers(training)
    canvas.setFillGray(0.35)
    y = height - EDGE - INSET - 6
    _centred(canvas, y, by.get(first), LINE_SIZE, usable)
    if by.get(second) != by.get(first):  # an office without a Chinese name: printed once
        _centred(canvas, y - 15, by.get(second), LINE_SIZE, usable)
    canvas.setFillGray(0)
    y -= 58
    _centred(canvas, y, cert.heading.get(first), HEADING_SIZE, usable, bold=True)
    _centred(canvas, y - 28, cert.heading.get(second), SECOND_HEADING_SIZE, usable, bold=True)
    y -= 62
    _centred(canvas, y, f"{CERTIFIES.get(first)} / {CERTIFIES.get(second)}", LINE_SIZE, usable)
    y -= 44
    _centred(canvas, y, cert.name, NAME_SIZE, usable, bold=True)
    for other in cert.other_names:
        y -= SECOND_NAME_SIZE + 8
        _centred(canvas, y, other, SECOND_NAME_SIZE, usable)
    y -= 32
    _centred(canvas, y, f"{cert.sentence.get(first)} / {cert.sentence.get(second)}", LINE_SIZE, usable)
    for lang, size in ((first, TITLE_SIZE), (second, TITLE_SIZE - 2)):
        y -= size + 10
        _centred(canvas, y, training.title.get(lang), size, usable, bold=True)
    for lang in (first, second):
        y -= LINE_SIZE + 8
        _centred(canvas, y, cert.details.get(lang), LINE_SIZE, usable)
    # the signature line at the left, the serial number at the right
    left, bottom = EDGE + INSET, EDGE + INSET + 10
    canvas.setLineWidth(0.6)
    canvas.line(left, bottom + 24, left + 75 * mm, bottom + 24)
    signature = f"{label('Signature').get(first)} / {label('Signature').get(second)}"
    fonts.draw_string(canvas, left, bottom + 12, signature, SMALL_SIZE)
    fonts.draw_string(canvas, left, bottom, by.get(first), SMALL_SIZE)
    number = f"{label('Certificate No.').get(first)} / {label('Certificate No.').get(second)}: {cert.serial}"
    fonts.draw_string(canvas, width - left, bottom, number, SMALL_SIZE, align="right")


def render_certificates(
    certs: list[Certificate], training: TrainingData, target: Path | BytesIO, paper: Paper = Paper.A4
) -> int:
    """Write one landscape page per certificate to ``target``; return the number of pages."""
    if isinstance(target, Path):  # a file the user named: through petdesk.outfile
        buffer = BytesIO()
        pages = render_certificates(certs, training, buffer, paper)
        outfile.write_bytes(target, buffer.getvalue())
        return pages
    if not certs:
        raise DossierError("nobody has earned a certificate yet")
    fonts.register()
    width, height = landscape(PAGE_SIZES[paper])
    canvas = Canvas(target, pagesize=(width, height), initialFontName=fonts.LATIN)  # never Helvetica
    first, second = order()
    kinds = {cert.heading for cert in certs}
    issued = kinds.pop() if len(kinds) == 1 else Bi("Certificates", "证书")
    canvas.setTitle(f"{issued.get(first)} / {issued.get(second)}: {training.title.get(first)}")
    canvas.setAuthor("petdesk")
    for cert in certs:
        _draw_page(canvas, cert, training, width, height)
        canvas.showPage()
    canvas.save()
    return len(certs)


def build_certificates(
    db: Database,
    training_id: str,
    out: Path | str,
    *,
    everyone: bool = False,
    lang: str = "en",
    paper: Paper = Paper.A4,
    now: dt.datetime | None = None,
) -> tuple[Path, int]:
    """Read the training (id or unique id prefix) and write its certificates to ``out``, ``lang``'s
    language first; return the file and the number of certificates."""
    from petdesk.services.attendance_mode import online_participants

    with db.reading() as session:
        found = resolve_id(session, Training, training_id)
        data = gather_training(session, found)
        online = online_participants(session, found)
    certs = certificates(data, everyone=everyone, online=online, now=now)
    path = outfile.target(out)
    with first_language(lang):
        render_certificates(certs, data, path, paper)
    from petdesk.services import export_log  # whose names left the office on paper (field test 84)

    export_log.record_through(db, "certificates", path, len(certs), [c.person_id for c in certs])
    return path, len(certs)


def default_file_name(title: str, *, title_zh: str = "", prefix: str = "certificates") -> str:
    """ "certificates-solid-waste-management-for-asean-cities.pdf", or with ``title_zh`` and the
    Chinese window's ``prefix`` "结业证书-东盟城市固体废物管理培训.pdf" (as a dossier's name is made)."""
    return dossier_file_name(title, "training", title_zh=title_zh, prefix=prefix)
