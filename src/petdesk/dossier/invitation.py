"""The visa invitation letter (邀请函) of a visit's delegation, in one language a page (core, no Qt).

One letter with a table of the guests, or one guest's own letter (``--person``): Chinese for the
visa office, English as the courtesy copy. The facts come from :mod:`petdesk.services.invitation`;
a field it lacks refuses the letter naming it, or (``gaps``) prints a red "missing: …" in its place.
"""

from __future__ import annotations

import datetime as dt
from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from petdesk import labels, outfile
from petdesk.db import Database
from petdesk.dossier import fonts
from petdesk.dossier.data import resolve_id
from petdesk.dossier.layout import PAGE_SIZES, Paper, fmt_date, join
from petdesk.language import reader_first
from petdesk.models import Visit
from petdesk.services.invitation import COSTS, Invitation, InvitationError, Invitee, gather

MARGIN = 22 * mm
TITLE_SIZE, TEXT_SIZE, CELL_SIZE = 18.0, 10.5, 8.5

#: The words of the letter, (English, Chinese).
WORDS = {
    "title": ("Invitation Letter", "邀请函"),
    "name": ("Name as in passport", "姓名（护照）"),
    "gender": ("Gender", "性别"),
    "birth_date": ("Date of birth", "出生日期"),
    "nationality": ("Nationality", "国籍"),
    "passport_number": ("Passport No.", "护照号码"),
    "position": ("Position", "职务"),
    "organisation": ("Organisation", "工作单位"),
    "purpose": ("purpose of the visit", "访问目的"),
    "cities": ("cities to visit", "访问城市"),
    "address": ("office address", "办公室地址"),
    "name_zh": ("office name in Chinese", "办公室中文名称"),
    "contact": ("contact person", "联系人"),
    "phone": ("phone", "联系电话"),
    "missing": ("missing: {what}", "缺：{what}"),
    "no": ("No.", "序号"),
    "inviting": ("Inviting unit", "邀请单位"),
    "seal": ("(seal)", "（盖章）"),
    "signature": ("Signature", "签字"),
    "date": ("Date", "日期"),
}


class MissingData(InvitationError):
    """The letter lacks data: ``refused`` says whose and what (:func:`refusal`)."""

    def __init__(self, refused: list[tuple[str, list[str]]]) -> None:
        super().__init__(refusal_text(refused, "en"))
        self.refused = refused


#: The English words a refusal names a missing field by (the table's headings are short).
REFUSAL_WORDS = {
    "name": "name as in the passport",
    "passport_number": "passport number",
    "name_zh": "office name in Chinese",
}


def word(key: str, lang: str) -> str:
    return WORDS[key][1 if lang == "zh" else 0]


def _side(pair: tuple[str, str], lang: str) -> str:
    """One language of a pair, the other's when it is empty."""
    en, zh = pair
    return (zh or en) if lang == "zh" else (en or zh)


def refusal(letter: Invitation, lang: str = "zh") -> list[tuple[str, list[str]]]:
    """What keeps the letter from going out: (whose, [field keys]) for the visit ("" ), the office
    ("office") and each guest (their Latin name, else Chinese) for a letter in ``lang``; empty when
    nothing is missing."""
    found: list[tuple[str, list[str]]] = []
    if missing := letter.missing_visit(lang):
        found.append(("", missing))
    if missing := letter.office.missing(lang):
        found.append(("office", missing))
    for guest in letter.guests:
        if missing := guest.missing():
            found.append((guest.name_latin or guest.name_zh or guest.contact_id, missing))
    return found


def _gap(key: str, lang: str) -> str:
    return word("missing", lang).format(what=word(key, lang))


def _wrap(text: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` no wider than ``width``: at spaces for Latin text, anywhere between
    Chinese characters (which have no spaces)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for token in _tokens(paragraph, size, width):
            trial = line + token
            # a closing mark stays on its line (never "。访问目的" at a line's start)
            if line and fonts.string_width(trial, size) > width and token not in _NO_LINE_START:
                lines.append(line.rstrip())
                line = token.lstrip()
            else:
                line = trial
        lines.append(line.rstrip())
    return lines


#: Marks a Chinese line does not start with.
_NO_LINE_START = frozenset("。，、；：？！）」』”’》")


def _tokens(text: str, size: float, width: float) -> list[str]:
    """Words with their following space, each CJK character alone, and a word too long for
    ``width`` ("Siedlungswasserwirtschaft" in a narrow cell) in pieces that fit."""
    tokens: list[str] = []
    current = ""
    for char in text:
        if ord(char) > 0x2E7F:  # CJK and full-width punctuation: a break may follow any
            if current:
                tokens.append(current)
            tokens.append(char)
            current = ""
        else:
            current += char
            if char == " ":
                tokens.append(current)
                current = ""
    if current:
        tokens.append(current)
    pieces: list[str] = []
    for token in tokens:
        while len(token) > 1 and fonts.string_width(token, size) > width:
            cut = len(token) - 1
            while cut > 1 and fonts.string_width(token[:cut], size) > width:
                cut -= 1
            pieces.append(token[:cut])
            token = token[cut:]
        pieces.append(token)
    return pieces


def body(letter: Invitation, lang: str, costs: str, gaps: bool) -> list[str]:
    """The letter's paragraphs before the table."""
    n = len(letter.guests)
    cities = join((_side(c, lang) for c in letter.cities), lang) or (_gap("cities", lang) if gaps else "")
    purpose = letter.purpose[1 if lang == "zh" else 0] or (_gap("purpose", lang) if gaps else "")
    entry, leave = fmt_date(letter.entry, lang), fmt_date(letter.exit, lang)
    if lang == "zh":
        # No country named: a guest applies where they live, not in the country of their passport
        # (a Swiss engineer working in Karlsruhe applies in Germany).
        to = "中华人民共和国驻外使（领）馆："
        whom = f"下列{n}位客人" if n > 1 else "下列客人"
        pays = "邀请方" if costs == "hosts" else "客人派出单位"
        return [
            to,
            f"　　兹邀请{whom}于{entry}至{leave}来华访问。访问城市：{cities}。"
            f"访问目的：{purpose.rstrip('。')}。",
            f"　　代表团在华期间的国际旅费、住宿及相关费用由{pays}承担。请贵馆惠予办理签证为盼。",
        ]
    to = "To the Embassy or Consulate General of the People's Republic of China"
    to += ":"
    guests = f"the following {n} guests" if n > 1 else "the guest named below"
    pays = "our office as the inviting unit" if costs == "hosts" else "the guests' own organisations"
    return [
        to,
        f"We hereby invite {guests} to visit China from {entry} to {leave}. Cities to visit: {cities}. "
        f"Purpose of the visit: {purpose.rstrip('.')}.",
        f"The international travel, accommodation and other costs of the stay in China are borne by {pays}. "
        "We kindly ask you to issue the visas.",
    ]


def _cells(guest: Invitee, n: int, lang: str, gaps: bool) -> list[str]:
    missing = set(guest.missing())

    def value(key: str, text: str) -> str:
        return _gap(key, lang) if key in missing and gaps else text

    name = guest.name_latin + (f"\n{guest.name_zh}" if lang == "zh" and guest.name_zh else "")
    return [
        str(n),
        value("name", name),
        value("gender", labels.code_label(labels.GENDERS, guest.gender, lang)),
        value("birth_date", guest.birth_date.isoformat() if guest.birth_date else ""),
        value("nationality", labels.country_name(guest.nationality, "zh_CN" if lang == "zh" else "en")),
        value("passport_number", guest.passport_number),
        "\n".join(
            [
                value("position", _side(guest.position, lang)),
                value("organisation", _side(guest.organisation, lang)),
            ]
        ),
    ]


#: Table columns: (heading keys, share of the width).
_COLUMNS = (
    (("no",), 0.05),
    (("name",), 0.18),
    (("gender",), 0.08),
    (("birth_date",), 0.11),
    (("nationality",), 0.12),
    (("passport_number",), 0.13),
    (("position", "organisation"), 0.33),
)


class _Page:
    """A canvas with a cursor that starts a new page when a block does not fit."""

    def __init__(self, canvas: Canvas, width: float, height: float) -> None:
        self.canvas, self.width, self.height = canvas, width, height
        self.y = height - MARGIN

    def room(self, needed: float) -> None:
        if self.y - needed < MARGIN:
            self.canvas.showPage()
            self.y = self.height - MARGIN

    def paragraph(self, text: str, size: float = TEXT_SIZE, *, gap: float = 6, red: bool = False) -> None:
        usable = self.width - 2 * MARGIN
        for line in _wrap(text, size, usable):
            self.room(size * 1.6)
            self.y -= size * 1.6
            self._red_gaps(line, MARGIN, size, red)
        self.y -= gap

    def _red_gaps(self, line: str, x: float, size: float, red: bool) -> None:
        """The line, red from a gap on ("Phone: missing: phone" with the gap red, as in the table)."""
        at = min((i for p in _GAP_PREFIXES if (i := line.find(p)) >= 0), default=0 if red else len(line))
        before, after = line[:at], line[at:]
        fonts.draw_string(self.canvas, x, self.y, before, size)
        self.canvas.setFillColorRGB(0.75, 0, 0)
        fonts.draw_string(self.canvas, x + fonts.string_width(before, size), self.y, after, size)
        self.canvas.setFillGray(0)


#: How a gap starts in each language ("missing: ", "缺：").
_GAP_PREFIXES = tuple(word("missing", lang).split("{")[0] for lang in ("en", "zh"))


def _is_gap(text: str) -> bool:
    return text.startswith(_GAP_PREFIXES)


def _table(page: _Page, rows: list[list[str]], lang: str) -> None:
    """The guests' table; a row that does not fit starts a page, the column heads repeated on it."""
    usable = page.width - 2 * MARGIN
    widths = [share * usable for _, share in _COLUMNS]
    head = [
        " / ".join(word(k, lang) for k in keys) if lang == "en" else "／".join(word(k, lang) for k in keys)
        for keys, _ in _COLUMNS
    ]
    _row(page, head, widths, head=True)
    for row in rows:
        if not _row(page, row, widths, head=False):
            page.canvas.showPage()
            page.y = page.height - MARGIN
            _row(page, head, widths, head=True)
            _row(page, row, widths, head=False)
    page.y -= 10


def _row(page: _Page, row: list[str], widths: list[float], *, head: bool) -> bool:
    """Draw one row of the table if it fits on the page; whether it did."""
    # each value's lines red when it is a gap, its wrapped second line too
    wrapped = [
        [(line, _is_gap(part)) for part in cell.split("\n") for line in _wrap(part, CELL_SIZE, w - 6)]
        for cell, w in zip(row, widths, strict=True)
    ]
    height = max(len(c) for c in wrapped) * CELL_SIZE * 1.35 + 6
    if page.y - height < MARGIN:
        return False
    x = MARGIN
    canvas = page.canvas
    canvas.setLineWidth(0.5)
    if head:
        canvas.setFillGray(0.9)
        canvas.rect(MARGIN, page.y - height, sum(widths), height, stroke=0, fill=1)
        canvas.setFillGray(0)
    for lines, w in zip(wrapped, widths, strict=True):
        canvas.rect(x, page.y - height, w, height)
        y = page.y - CELL_SIZE - 3
        for line, red in lines:
            canvas.setFillColorRGB(0.75, 0, 0) if red else canvas.setFillGray(0)
            fonts.draw_string(canvas, x + 3, y, line, CELL_SIZE, bold=head)
            y -= CELL_SIZE * 1.35
        canvas.setFillGray(0)
        x += w
    page.y -= height
    return True


def _heading(key: str, lang: str) -> str:
    text = word(key, lang)
    return text[:1].upper() + text[1:]


def _signature_block(page: _Page, letter: Invitation, lang: str, gaps: bool, today: dt.date) -> None:
    office = letter.office
    missing = set(office.missing(lang))

    def value(key: str, text: str) -> str:
        return _gap(key, lang) if key in missing and gaps else text

    sep = "：" if lang == "zh" else ": "
    lines = [
        f"{word('inviting', lang)}{sep}{value('name_zh', _side(office.name, lang))}",
        f"{_heading('address', lang)}{sep}{value('address', _side(office.address, lang))}",
        f"{_heading('contact', lang)}{sep}{value('contact', _side(office.contact, lang))}",
        f"{_heading('phone', lang)}{sep}{value('phone', office.phone)}",
    ]
    page.room(len(lines) * TEXT_SIZE * 1.6 + 110)
    for line in lines:
        page.paragraph(line, gap=0)
    page.y -= 24
    canvas = page.canvas
    right = page.width - MARGIN
    left = right - 75 * mm
    # the place for the seal: a dashed circle, and the signature line beside it
    canvas.setDash(3, 3)
    canvas.circle(left + 20 * mm, page.y - 18 * mm, 18 * mm)
    canvas.setDash()
    fonts.draw_string(canvas, left + 20 * mm, page.y - 19 * mm, word("seal", lang), TEXT_SIZE, align="centre")
    canvas.line(left + 42 * mm, page.y - 26 * mm, right, page.y - 26 * mm)
    fonts.draw_string(canvas, left + 42 * mm, page.y - 30 * mm, word("signature", lang), CELL_SIZE)
    page.y -= 42 * mm
    fonts.draw_string(
        canvas, right, page.y, f"{word('date', lang)}{sep}{fmt_date(today, lang)}", TEXT_SIZE, align="right"
    )


def render_invitation(
    letter: Invitation,
    target: Path | BytesIO,
    *,
    lang: str = "zh",
    costs: str = "guests",
    gaps: bool = False,
    paper: Paper = Paper.A4,
    today: dt.date | None = None,
) -> int:
    """Write the letter in ``lang`` ("zh" or "en") to ``target``; return its pages. Without ``gaps``
    a missing field refuses it (:class:`InvitationError` naming them all)."""
    if costs not in COSTS:
        raise ValueError(f"costs must be one of {', '.join(COSTS)}")
    if not letter.guests:
        raise InvitationError("the visit has no head or delegates to invite")
    lang = reader_first(lang)
    if not gaps and (refused := refusal(letter, lang)):
        raise MissingData(refused)
    if isinstance(target, Path):
        buffer = BytesIO()
        pages = render_invitation(letter, buffer, lang=lang, costs=costs, gaps=gaps, paper=paper, today=today)
        outfile.write_bytes(target, buffer.getvalue())
        return pages
    fonts.register()
    width, height = PAGE_SIZES[paper]
    canvas = Canvas(
        target, pagesize=(width, height), initialFontName=fonts.LATIN, lang="zh-CN" if lang == "zh" else "en"
    )
    canvas.setTitle(f"{word('title', lang)}: {_side(letter.title, lang)}")
    canvas.setAuthor("petdesk")
    page = _Page(canvas, width, height)
    page.y -= TITLE_SIZE
    fonts.draw_string(canvas, width / 2, page.y, word("title", lang), TITLE_SIZE, bold=True, align="centre")
    page.y -= 20
    for paragraph in body(letter, lang, costs, gaps):
        page.paragraph(paragraph)
    rows = [_cells(g, n, lang, gaps) for n, g in enumerate(letter.guests, start=1)]
    _table(page, rows, lang)
    _signature_block(page, letter, lang, gaps, today or dt.date.today())
    pages = canvas.getPageNumber()
    canvas.showPage()
    canvas.save()
    return pages


def refusal_text(refused: list[tuple[str, list[str]]], lang: str) -> str:
    """ "Anna Berg: passport number, date of birth; the office: phone" in ``lang``'s words."""
    parts = []
    for whose, keys in refused:
        what = join(
            (word(k, lang) if lang == "zh" else REFUSAL_WORDS.get(k, word(k, lang).lower()) for k in keys),
            lang,
        )
        who = {
            "": "访问" if lang == "zh" else "the visit",
            "office": "办公室" if lang == "zh" else "the office",
        }
        parts.append(f"{who.get(whose, whose)}{'：' if lang == 'zh' else ': '}{what}")
    return ("；" if lang == "zh" else "; ").join(parts)


def build_invitation(
    db: Database,
    visit_id: str,
    out: Path | str,
    *,
    lang: str = "zh",
    person: str | None = None,
    costs: str = "guests",
    gaps: bool = False,
    paper: Paper = Paper.A4,
    today: dt.date | None = None,
) -> tuple[Path, Invitation]:
    """Read the visit (id or unique beginning) and write its invitation letter (one guest's with
    ``person``) to ``out``; log the guests in the export log (their passport numbers left)."""
    from petdesk.services import export_log

    with db.reading() as session:
        letter = gather(session, resolve_id(session, Visit, visit_id))
    if person is not None:
        letter = letter.only(person)
    path = outfile.target(out)
    render_invitation(letter, path, lang=lang, costs=costs, gaps=gaps, paper=paper, today=today)
    ids = [g.contact_id for g in letter.guests]
    export_log.record_through(db, "invitation", path, len(ids), ids)
    return path, letter
