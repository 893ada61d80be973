"""Table tent name cards (桌签) for a visit or a training: one A4 or Letter landscape sheet per
person (core, no Qt).

The sheet is folded along its middle into a tent. Both halves carry the same card, the top half
turned upside down, so the name reads from both sides of the table. A card prints the name large
in the person's own script with the other script below, then position and organisation small in
each language. Text is drawn run by run with the dossier faces (``dossier.fonts``), so every font
is embedded as in every petdesk PDF; a name too long for the card is set smaller, never cut.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy.orm import Session

from petdesk import outfile
from petdesk.db import Database
from petdesk.dossier import default_file_name as dossier_file_name
from petdesk.dossier import fonts
from petdesk.dossier.data import (
    NotFoundError,
    PersonInfo,
    TrainingData,
    VisitData,
    gather_training,
    gather_visit,
    in_precedence,
    one_with_id,
    programme_item,
    resolve_id,
)
from petdesk.dossier.fonts import DossierError
from petdesk.dossier.labels import Bi, label
from petdesk.dossier.layout import LARGE_PRINT, PAGE_SIZES, Paper
from petdesk.models import Training, Visit
from petdesk.models.enums import NameOrder, ParticipantRole
from petdesk.quoting import quoted
from petdesk.services import do_not_contact, export_log
from petdesk.services.honorifics import is_courtesy
from petdesk.services.names import family_name_spells, given_first_in_chinese

#: Largest point sizes of the big name, the name in the other script and the small lines.
FIRST_SIZE, SECOND_SIZE, DETAIL_SIZE = 72.0, 28.0, 12.0
#: Size of the name's reading above the big name, as furigana stand above kanji.
READING_SIZE = 16.0
#: Smallest size of a small line before it is shortened with an ellipsis.
DETAIL_MIN = 7.0
#: Space kept free at the left and right edges, at the fold and at the table edge of each half.
SIDE_MARGIN, FOLD_MARGIN, EDGE_MARGIN = 15 * mm, 14 * mm, 12 * mm
#: Roles without a seat at the table: drivers get no name card.
NO_CARD_ROLES = frozenset({ParticipantRole.DRIVER})


@dataclass(frozen=True)
class NameCard:
    """What one card prints, top to bottom."""

    person_id: str
    #: The name printed large, and the same name in the other script below it ("" if there is none).
    first: str
    second: str
    #: Position and organisation, one line per language, the first script's language first.
    details: tuple[str, ...]
    #: How the native name is read ("さとう ひろし"), printed small above it; "" when the Latin name says it.
    reading: str = ""


#: Languages whose speakers write their own name in Chinese characters (kanji, hanja).
_HAN_LANGUAGES = frozenset({"zh", "ja", "ko"})


def chinese_first(person: PersonInfo) -> bool:
    """Whether the card prints the Chinese name large and the Latin name below it.

    The rule: the name in the person's own script comes first. The Chinese name is their own when
    there is no Latin name, or when the Latin name is East Asian: written family name first
    (Wang Jianguo), its family name the pinyin of the Chinese one (Jianfan Cai / 蔡健帆), or the
    person's first language or name language Chinese, Japanese or Korean. Otherwise it is a
    transliteration of a foreign name: Anna Lindqvist (安娜·林德奎斯特) and Hanna
    Müller-Lüdenscheidt (米勒, field test 24: the dot is often left out) are Latin first.
    """
    if not person.name_zh:
        return False
    if not person.name_latin:
        return True
    if given_first_in_chinese(person.family_name_zh, person.given_name_zh):
        return False  # the middle dot of a transliterated foreign name
    if person.name_order == NameOrder.FAMILY_FIRST or person.native_name_language in _HAN_LANGUAGES:
        return True
    if person.languages and person.languages[0] in _HAN_LANGUAGES:
        return True
    # A Chinese given name has one or two characters; three or more spell a foreign one (迈克尔 for
    # Michael), whatever the family name: Michael Lee (李 + 迈克尔) is Latin first (review 48, 12).
    if len(person.given_name_zh.strip()) >= 3:
        return False
    return family_name_spells(person.family_name, person.family_name_zh)


def _detail_line(position: str, organisation: str, lang: str) -> str:
    """ "Director-General · Chengdu EEB" in English; "成都市生态环境局 局长" (organisation first) in
    Chinese."""
    if lang == "zh":
        return " ".join(p for p in (organisation, position) if p)
    return " · ".join(p for p in (position, organisation) if p)


def titled(name: str, honorific: str, lang: str) -> str:
    """The name with the title protocol puts on a table card (field test 21, defect 7): before it in
    English ("Prof. Dr. Annegret Müller", "Staatssekretär Dr. …"), after it in Chinese ("王建国 市长",
    "安妮格雷特·米勒 教授"). Mr. / Ms. / 先生 / 女士 are a form of address, not a title: left out."""
    if not name or not honorific or is_courtesy(honorific):
        return name
    return f"{name} {honorific}" if lang == "zh" else f"{honorific} {name}"


def card_for(person: PersonInfo) -> NameCard:
    zh_first = chinese_first(person)
    # A Chinese-only name gets its pinyin below it, as lists and the dossier print it (赵敏 / Zhao Min):
    # the guests across the table read Latin; the Chinese name stays first, being the person's own.
    latin = titled(person.name_latin or person.latin_stand_in, person.honorific.en, "en")
    # a Chinese title belongs after a Chinese name, not after a Hindi one ("आर. के. शर्मा 博士")
    chinese = titled(person.name_zh, "" if person.indic_name else person.honorific.zh, "zh")
    first, second = (chinese, latin) if zh_first else (latin, chinese)
    org = person.organisation.name if person.organisation else None
    lines = {
        lang: _detail_line(getattr(person.position, lang), getattr(org, lang) if org else "", lang)
        for lang in ("en", "zh")
    }
    langs = ("zh", "en") if zh_first else ("en", "zh")
    details = tuple(dict.fromkeys(lines[lang] for lang in langs if lines[lang]))  # once if the same
    return NameCard(person.id, first or second, second if first else "", details, person.reading)


def card_people(data: VisitData | TrainingData, item_id: str | None = None) -> list[PersonInfo]:
    """The people of a visit or a training who get a card, or of one of its programme items or
    sessions (``item_id`` or a unique beginning of it)."""
    if isinstance(data, TrainingData):
        return training_card_people(data, item_id)
    return visit_card_people(data, item_id)


def visit_card_people(data: VisitData, item_id: str | None = None) -> list[PersonInfo]:
    """The visit's participants of both sides (drivers excepted), or the people of one itinerary item
    (``item_id`` or a unique beginning of it): its attendees, host and interpreter; in the order of
    precedence the dossier's lists use, people who are not participants last."""
    ordered = in_precedence(data.participants)
    if item_id is None:
        return [p.person for p in ordered if p.role not in NO_CARD_ROLES]
    rank = {p.person.id: n for n, p in enumerate(ordered)}
    return sorted(programme_item(data, item_id).people, key=lambda person: rank.get(person.id, len(rank)))


def training_card_people(data: TrainingData, session_id: str | None = None) -> list[PersonInfo]:
    """The training's trainers and interpreters (they sit at the front; a visit's interpreters get
    cards too), then its attendees in list order: the ones expected now, a substitute instead of the
    person replaced (field test 36, defect 3). With ``session_id`` (or a unique beginning of it):
    that session's trainers and interpreters and the attendees whose part of their place includes it."""
    if session_id is None:
        trainers = [*data.trainers, *data.interpreters]
        attendees = [p.person for p in data.expected]
    else:
        found = one_with_id(
            data.sessions,
            session_id.strip(),
            none="the training has no session with the id {id}",
            several="several sessions of the training have ids starting with {id}; give more characters",
        )
        # an interpreter attached to no session interprets them all (as the interpreting report counts)
        attached = {p.id for x in data.sessions for p in x.interpreters}
        everywhere = [p for p in data.interpreters if p.id not in attached]
        trainers = [*found.trainers, *found.interpreters, *everywhere]
        attendees = [p.person for p in data.signers if data.takes_part(p, found.id)]
    seen = {person.id for person in trainers}
    return trainers + [person for person in attendees if person.id not in seen]


def fitted_size(text: str, largest: float, width: float) -> float:
    """The largest size up to ``largest`` at which ``text`` fits ``width`` points on one line."""
    natural = fonts.string_width(text, largest, bold=True)
    return largest if natural <= width else largest * width / natural


def name_lines(text: str, largest: float, width: float) -> tuple[list[str], float]:
    """The big name as one line, or as two when one line would shrink below half size
    ("Maximilian Alexander Friedrich-Wilhelm / von Hohenzollern-…"), with the size it fits at."""
    size = fitted_size(text, largest, width)
    words = text.split(" ")
    if size >= largest / 2 or len(words) < 2:
        return [text], size
    # the break that leaves the longer line shortest
    cuts = [(" ".join(words[:n]), " ".join(words[n:])) for n in range(1, len(words))]
    top, bottom = min(cuts, key=lambda c: max(fonts.string_width(part, largest, bold=True) for part in c))
    two = min(fitted_size(top, largest, width), fitted_size(bottom, largest, width))
    return ([top, bottom], two) if two > size else ([text], size)


def _draw_half(canvas: Canvas, card: NameCard, width: float, height: float, scale: float = 1.0) -> None:
    """One half of the tent, upright, with the fold along its top edge at ``height``. At a larger
    ``scale`` the name in the other script and the small lines grow; the big name fills the card
    already."""
    usable = width - 2 * SIDE_MARGIN
    lines, first = name_lines(card.first, FIRST_SIZE, usable)
    second = fitted_size(card.second, SECOND_SIZE * scale, usable) if card.second else 0.0
    detail, detail_min = DETAIL_SIZE * scale, DETAIL_MIN * scale
    gap = 0.3 * first
    reading = fitted_size(card.reading, READING_SIZE * scale, usable) if card.reading else 0.0
    name_height = first + (len(lines) - 1) * first * 1.15
    block = name_height + (gap + second if second else 0) + len(card.details) * (detail + 5) + 14
    block += reading * 1.4 if reading else 0
    # the block centred between the table edge and the fold, its top line's ascent included
    y = EDGE_MARGIN + (height - FOLD_MARGIN - EDGE_MARGIN + block) / 2 - first * 0.9
    centre = width / 2
    if reading:  # above the big name, as furigana
        top = y + first * 0.9 - reading * 0.9
        y -= reading * 1.4
        fonts.draw_string(canvas, centre, top, card.reading, reading, align="centre")
    for n, line in enumerate(lines):
        if n:
            y -= first * 1.15
        fonts.draw_string(canvas, centre, y, line, first, bold=True, align="centre")
    if second:
        y -= gap + second
        fonts.draw_string(canvas, centre, y, card.second, second, bold=True, align="centre")
    y -= 14
    for line in card.details:
        y -= detail + 5
        size = max(detail_min, fitted_size(line, detail, usable))
        fonts.draw_string(canvas, centre, y, fonts.fit(line, size, usable), size, align="centre")


def render_namecards(
    cards: list[NameCard],
    title: str,
    target: Path | BytesIO,
    paper: Paper = Paper.A4,
    *,
    large_print: bool = False,
) -> int:
    """Write one folded sheet per card to ``target``; return the number of pages."""
    if isinstance(target, Path):  # a file the user named: through petdesk.outfile
        buffer = BytesIO()
        pages = render_namecards(cards, title, buffer, paper, large_print=large_print)
        outfile.write_bytes(target, buffer.getvalue())
        return pages
    if not cards:
        raise DossierError("there is nobody to print a name card for")
    fonts.register()
    width, height = landscape(PAGE_SIZES[paper])
    # initialFontName: never reportlab's Helvetica, which is not embedded
    canvas = Canvas(target, pagesize=(width, height), initialFontName=fonts.LATIN)
    canvas.setTitle(title)
    canvas.setAuthor("petdesk")
    half = height / 2
    scale = LARGE_PRINT if large_print else 1.0
    for card in cards:
        canvas.setStrokeGray(0.75)
        canvas.setDash(3, 3)
        canvas.setLineWidth(0.5)
        canvas.line(0, half, width, half)  # the fold
        canvas.setDash()
        canvas.setFillGray(0)
        _draw_half(canvas, card, width, half, scale)
        canvas.saveState()
        canvas.translate(width, height)  # the top half upside down: turned about the page centre
        canvas.rotate(180)
        _draw_half(canvas, card, width, half, scale)
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return len(cards)


def cards_title(data: VisitData | TrainingData) -> str:
    kind = label("Name cards")
    return f"{kind.en} / {kind.zh}: {data.title.both(' / ')}"


def build_namecards(
    db: Database,
    record_id: str,
    out: Path | str,
    *,
    item_id: str | None = None,
    paper: Paper = Paper.A4,
    large_print: bool = False,
) -> Path:
    """Read the visit or training (id or unique id prefix) and write the name cards of its people,
    or of one programme item's or session's (``item_id``), to ``out``."""
    with db.reading() as session:
        data = gather_cards_data(session, record_id)
        # people who asked not to be contacted get no card (field test 96)
        held = do_not_contact.marked(session)
    cards = [card_for(person) for person in card_people(data, item_id) if person.id not in held]
    if not cards:
        raise DossierError(_nobody(data, item_id))
    path = outfile.target(out)
    render_namecards(cards, cards_title(data), path, paper, large_print=large_print)
    # whose names left the office on paper (field test 84)
    export_log.record_through(db, "name_cards", path, len(cards), [card.person_id for card in cards])
    return path


def _nobody(data: VisitData | TrainingData, item_id: str | None) -> str:
    if isinstance(data, TrainingData):
        return (
            "the session has nobody to print a name card for"
            if item_id
            else "the training has no participants"
        )
    return (
        "the programme item has nobody to print a name card for"
        if item_id
        else "the visit has no participants"
    )


def gather_cards_data(session: Session, record_id: str) -> VisitData | TrainingData:
    """The visit or the training with this id (or a unique beginning of it): name cards are made
    for both, and the id says which (ids are unique across both)."""
    refusals = []
    for model in (Visit, Training):
        try:
            found = resolve_id(session, model, record_id)
        except NotFoundError as exc:
            refusals.append(exc)
            continue
        return gather_visit(session, found) if model is Visit else gather_training(session, found)
    # "several visits have ids starting with …" says more than "there is no training …"
    unclear = [exc for exc in refusals if not str(exc).startswith("there is no ")]
    if unclear:
        raise unclear[0]
    raise NotFoundError(f"there is no visit or training with the id {quoted(record_id.strip())}")


@dataclass(frozen=True)
class CardChoice:
    """One "whose cards" choice the window offers: the whole visit or training (``item_id`` None),
    one programme item or one session."""

    item_id: str | None
    title: Bi
    when: dt.datetime | None
    people: int


def card_choices(db: Database, record_id: str) -> list[CardChoice]:
    """The visit's or training's people, then each programme item or session with people, in
    programme order."""
    with db.reading() as session:
        data = gather_cards_data(session, record_id)
        held = do_not_contact.marked(session)  # they get no card: not counted either

    def count(people: list[PersonInfo]) -> int:
        return sum(1 for person in people if person.id not in held)

    choices = [CardChoice(None, data.title, None, count(card_people(data)))]
    if isinstance(data, TrainingData):
        counts = ((s, count(training_card_people(data, s.id))) for s in data.sessions)
        choices += [CardChoice(s.id, s.title, s.start, n) for s, n in counts if n]
    else:
        counted = ((i, count(list(i.people))) for i in data.items)
        choices += [CardChoice(i.id, i.title, i.start, n) for i, n in counted if n]
    return choices


def default_file_name(title: str, *, title_zh: str = "", prefix: str = "namecards") -> str:
    """ "namecards-stuttgart-delegation-to-chengdu.pdf", made like a dossier's file name (in the
    Chinese window from ``title_zh`` and its ``prefix``: "桌签-….pdf")."""
    return dossier_file_name(title, "visit", title_zh=title_zh, prefix=prefix)
