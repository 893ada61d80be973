"""A light paragraph flowable for mixed Chinese and Latin text.

reportlab's ``Paragraph`` parses XML markup and, for CJK line breaking, makes one object per character;
a 30-meeting dossier took over 15 s that way. This flowable takes text pieces directly, picks the face
for each character (see :mod:`petdesk.dossier.fonts`), measures with the faces' width tables, and breaks
lines itself: at spaces between Latin words and between Chinese *words*, never before closing
punctuation (，。、）…) nor after opening punctuation (（《“ …), and inside an over-long word only when
nothing else fits. Chinese words come from jieba's segmentation ("固体废物" stays whole); dates,
phone numbers and honorifics after a name are glued by :data:`_PROTECT`; names carry no-break spaces
(see ``PersonInfo.formal_name``). Pages split between lines, never leaving one line alone.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import repeat
from typing import Any

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from petdesk.dossier import fonts, shaping

#: Characters that must not begin a line (closing punctuation) ...
NO_START = frozenset("，。、：；！？）】》」』〉”’…—–-%‰·．,.;:!?)]}°")
#: ... and that must not end one (opening punctuation).
NO_END = frozenset("（【《「『〈“‘([{¥$€£#")


def is_cjk(code: int) -> bool:
    """Ideographs, kana, hangul and full-width forms: the wide East Asian scripts. Chinese and
    Japanese break between any two characters; Korean only at spaces (see :data:`_HANGUL_CLASS`)."""
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFE30 <= code <= 0xFE4F
        or 0xFF00 <= code <= 0xFFEF
        or code >= 0x20000
    )


_CJK_CLASS = "\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0010ffff"
#: Hangul syllables, jamo and compatibility jamo. Korean writes spaces between its words and breaks
#: lines there, like Latin: a run of Hangul is one word, not one piece per syllable (field test 51:
#: "부산광역 / 시청" was cut inside the word).
_HANGUL_CLASS = "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"
_NO_START_CLASS = re.escape("".join(sorted(NO_START)))
_NO_END_CLASS = re.escape("".join(sorted(NO_END)))
#: Where an over-long word (e-mail address, URL, a name joined by no-break spaces) is best cut: after
#: one of these. The no-break space of a name ("Ms.\u00a0Anna\u00a0Lindqvist") ends the line it is cut
#: after, where it is not drawn, so the next line does not start with a space.
_SOFT_BREAKS = frozenset("@/.-_?&=年月 \u00a0·")
#: Spaces not drawn at the end of a line.
_TRAILING = " \u00a0"
_SOFT_CLASS = re.escape("@/._?&=-")
#: The pieces the line breaker keeps whole even in an over-long word: a Latin word up to a space or
#: one of the soft breaks, with that break and its closing punctuation; or one Chinese character.
_PIECE = re.compile(
    f"[^\\s\u00a0{_SOFT_CLASS}{_CJK_CLASS}]+[{_SOFT_CLASS}{_NO_START_CLASS}]*"
    f"|[{_HANGUL_CLASS}]+[{_NO_START_CLASS}]*"
    f"|[{_CJK_CLASS}][{_NO_START_CLASS}]*"
)
#: One unbreakable piece of a line: opening punctuation glued to what follows, then a Korean word, one
#: other CJK character or a run of other non-space characters (a Latin word), then closing punctuation
#: and spaces.
_TOKEN = re.compile(
    f"[{_NO_END_CLASS}]*(?:[{_HANGUL_CLASS}]+|[{_CJK_CLASS}]|[^ \\n{_CJK_CLASS}]+)"
    f"[{_NO_START_CLASS}]*[ ]*|[ ]+"
)

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
#: Runs that must stay on one line: Chinese and English dates, phone numbers, an honorific after a
#: Latin name ("Patel 先生"), a number with its unit ("3 名").
_DATE_PATTERNS = [
    r"\d{4}年\d{1,2}月\d{1,2}日(?:\s?星期[一二三四五六日天])?",
    r"\d{4}年\d{1,2}月",
    r"\d{1,2}月\d{1,2}日",
    rf"\d{{1,2}} (?:{_MONTHS})[a-z]* \d{{4}}",
    rf"(?:{_MONTHS})[a-z]* \d{{1,2}}, \d{{4}}",
]
#: Dates: a table column is made wide enough for one (see ``TextFlow.min_width``).
_DATE = re.compile("|".join(_DATE_PATTERNS))
#: An amount with thousands separators and its currency sign ("CN¥1,250,000.00", "€1,800,000"): a
#: column is made wide enough for one, never cut at its "." ("CN¥1,250,000. / 00", large print).
_AMOUNT = re.compile(r"[^\s\d]{0,3}\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PROTECT = re.compile(
    "|".join(
        [
            *_DATE_PATTERNS,
            r"\+?\(?\d{1,4}\)?(?:[ \-]\(?\d{2,5}\)?){1,5}",
            r"\S+ (?:先生|女士|博士|教授|阁下|小姐)",
            r"\d+(?:\.\d+)?\s?(?:名|人|个|页|场|天|日|年|月|%)",
        ]
    )
)

_jieba_lock = threading.Lock()
_jieba: Any = None
#: Words jieba must keep whole (the Chinese names of the people in a dossier), added on next use.
_pending_words: set[str] = set()


#: Chinese names (with and without their honorific) kept whole wherever they occur, also across the
#: "·" and "-" of a transliteration (安娜·林德奎斯特, 汉斯-于尔根·魏斯): jieba only sees the runs of
#: Chinese characters between them (field test 33, defect 3: "魏斯汉斯· / 于尔根博士").
_kept_names: set[str] = set()
_kept_pattern: re.Pattern[str] | None = None


def keep_words(*words: str) -> None:
    """Make Chinese names and terms unbreakable words for the line breaker (cheap; no dictionary load)."""
    global _kept_pattern
    with _jieba_lock:
        new = {w for w in words if len(w) > 1} - _kept_names
        if new:
            _pending_words.update(new)
            _kept_names.update(new)
            _kept_pattern = None


def _names_pattern() -> re.Pattern[str] | None:
    """One pattern for every kept name, longest first (a name with its honorific before the name)."""
    global _kept_pattern
    with _jieba_lock:
        if _kept_pattern is None and _kept_names:
            alternatives = sorted(_kept_names, key=len, reverse=True)
            _kept_pattern = re.compile("|".join(map(re.escape, alternatives)))
        return _kept_pattern


def text_segmentation_ready() -> None:
    """Load jieba's dictionary once per process (about a second), before the first Chinese line break."""
    _segmenter()


def _segmenter() -> Any:
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            _jieba = tokenizer
        if _pending_words:
            for word in _pending_words:
                _jieba.add_word(word, freq=100_000)
            _pending_words.clear()
    return _jieba


#: Web addresses, e-mail addresses and international phone numbers, made clickable in the PDF.
_LINK = re.compile(
    r"(?P<web>https?://[^\s，。、）)]+|www\.[^\s，。、）)]+)"
    r"|(?P<mail>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<tel>\+\d[\d \-()]{6,}\d)"
)
_MAY_LINK = re.compile(r"://|www\.|@|\+\d")


def find_links(text: str) -> list[tuple[int, int, str]]:
    """(start, end, URL) of every link in ``text``: ``https://…``, ``mailto:…``, ``tel:+…``."""
    found = []
    for m in _LINK.finditer(text):
        value = m.group().rstrip(".,;:")
        if m.group("web"):
            url = value if "://" in value else "https://" + value
        elif m.group("mail"):
            url = "mailto:" + value
        else:
            url = "tel:" + re.sub(r"[^\d+]", "", value)
        found.append((m.start(), m.start() + len(value), url))
    return found


_CJK_RUN = re.compile(f"[{_CJK_CLASS}]{{2,}}")
_KANA = "\u3041-\u309f\u30a0-\u30ff\u31f0-\u31ff"
#: A name's reading in kana, family and given ("さとう ひろし"), kept on one line or cut only at its
#: space: each kana was a piece of its own, and a narrow riders column printed "さとう ひろ / し".
#: Longer runs (Japanese prose in a note) break between characters as before.
#: An opening bracket before it goes with it: "Hiroshi Satō (" / "さとう ひろし)" left the bracket alone.
_KANA_READING = re.compile(
    f"[(（]?(?<![{_KANA}])[{_KANA}]{{1,10}}(?:[ \u00a0][{_KANA}]{{1,10}})?(?![{_KANA}])"
)


def glued(text: str) -> set[int]:
    """Indexes of ``text`` before which a line must not break: inside a Chinese word (jieba), a date,
    a phone number, a number with its measure word, a name followed by its honorific, or a kana
    reading (cut at its space only when it is wider than the line)."""
    glue: set[int] = set()
    for m in _PROTECT.finditer(text):
        glue.update(range(m.start() + 1, m.end()))
    for m in _KANA_READING.finditer(text):
        glue.update(range(m.start() + 1, m.end()))
    if not _CJK_RUN.search(text):
        return glue
    names = _names_pattern()
    for m in names.finditer(text) if names is not None else ():
        glue.update(range(m.start() + 1, m.end()))
    segmenter = None
    for m in _CJK_RUN.finditer(text):
        segmenter = segmenter or _segmenter()
        pos = m.start()
        for word in segmenter.cut(m.group(), HMM=False):
            glue.update(range(pos + 1, pos + len(word)))
            pos += len(word)
    return glue


@dataclass(frozen=True)
class TextStyle:
    size: float = 9.5
    #: Line height as a multiple of the largest size on the line.
    line: float = 1.4
    color: colors.Color = colors.black
    bold: bool = False
    align: str = "left"  #: left, center or right
    space_before: float = 0.0
    space_after: float = 0.0


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool
    size: float
    color: colors.Color


@cache
def _widths(font: str) -> tuple[dict[int, float], float]:
    face = pdfmetrics.getFont(font).face
    return face.charWidths, face.defaultWidth


class TextFlow(Flowable):
    """A paragraph made of styled spans; wraps, splits between lines and draws run by run."""

    def __init__(self, spans: Sequence[Span], style: TextStyle, *, _prepared: tuple | None = None) -> None:
        super().__init__()
        self.style = style
        self.spaceBefore = style.space_before
        self.spaceAfter = style.space_after
        if _prepared is None:
            _prepared = self._prepare(spans)
        self._prepared = _prepared
        self._chars, self._runs, self._segs, self._hard, self._bold_cjk = _prepared
        self._spans = tuple(spans)
        self._fixed: list[tuple[int, int]] | None = None
        self._cache_width: float | None = None
        self._lines: list[tuple[int, int]] = []
        self._heights: list[float] = []
        self._char_w: list[float] | None = None

    @staticmethod
    def _prepare(spans: Sequence[Span]) -> tuple:
        """Runs of one face, size and colour; and the hard lines (between newlines) with their widths."""
        parts: list[str] = []
        runs: list[tuple[int, int, int]] = []
        segs: list[tuple[str, float, colors.Color]] = []
        index: dict[tuple[str, float, int, bool], int] = {}
        hard: list[tuple[int, int, float]] = []
        bold_cjk: set[int] = set()
        pos, line_start, line_w = 0, 0, 0.0
        for span in spans:
            text = fonts.clean(span.text)
            for font, piece in fonts.runs(text, bold=span.bold):
                key = (font, span.size, span.color)
                # colours are hashed by identity: reportlab's Color.__hash__ is slow Python
                ikey = (font, span.size, id(span.color), span.bold)
                k = index.get(ikey)
                if k is None:
                    k = index[ikey] = len(segs)
                    segs.append(key)
                    if span.bold and font in fonts.NO_BOLD_FACE:
                        bold_cjk.add(k)
                runs.append((pos, pos + len(piece), k))
                parts.append(piece)
                if "\n" in piece:
                    for n, sub in enumerate(piece.split("\n")):
                        if n:
                            hard.append((line_start, pos, line_w))
                            pos += 1
                            line_start, line_w = pos, 0.0
                        line_w += shaping.width(sub, font, span.size)
                        pos += len(sub)
                else:
                    line_w += shaping.width(piece, font, span.size)
                    pos += len(piece)
        hard.append((line_start, pos, line_w))
        return "".join(parts), runs, segs, hard, frozenset(bold_cjk)

    @property
    def text(self) -> str:
        return self._chars

    def _widths(self) -> list[float]:
        """Width in points of every character (only for text that has to be broken into lines)."""
        if self._char_w is None:
            widths: list[float] = []
            chars, segs = self._chars, self._segs
            for a, b, k in self._runs:
                font, size, _ = segs[k]
                table, default = _widths(font)
                piece = chars[a:b]
                widths += map((size * 0.001).__mul__, map(table.get, map(ord, piece), repeat(default, b - a)))
            self._char_w = widths
        return self._char_w

    # -- line breaking
    def _break(self, width: float) -> list[tuple[int, int]]:
        lines: list[tuple[int, int]] = []
        for a, b, w in self._hard:
            if w <= width:
                lines.append((a, b))
            else:
                lines += self._break_range(a, b, width)
        return lines

    def _tokens(self, a: int, b: int) -> list[tuple[int, int]]:
        """Unbreakable pieces of ``chars[a:b]``, each with its trailing spaces."""
        chars = self._chars
        glue = glued(chars[a:b])
        tokens: list[tuple[int, int]] = []
        for m in _TOKEN.finditer(chars, a, b):
            s, e = m.span()
            if tokens and (s - a) in glue:
                tokens[-1] = (tokens[-1][0], e)
            else:
                tokens.append((s, e))
        return tokens

    def _break_range(self, a: int, b: int, width: float) -> list[tuple[int, int]]:
        """Greedy breaking of one hard line at the boundaries of :meth:`_tokens`."""
        widths, chars = self._widths(), self._chars
        lines: list[tuple[int, int]] = []
        start, x = a, 0.0
        for s, e in self._tokens(a, b):
            w = sum(widths[s:e])
            # trailing spaces may hang over the edge
            body = chars[s:e].rstrip(" ")
            w_body = w - sum(widths[s + len(body) : e]) if len(body) < e - s else w
            if x + w_body > width and s > start and chars[s] not in NO_START:
                lines.append((start, s))
                start, x = s, 0.0
            if w_body > width:  # a word longer than the line (an address, a URL): cut it
                i, end = s, s + len(body)
                while i < end:
                    if x + widths[i] > width and i > start:
                        # after "@", "/", "." ... if there is one on this line, else where it overflows
                        cut = next((j + 1 for j in range(i - 1, start, -1) if chars[j] in _SOFT_BREAKS), i)
                        # kinsoku: closing punctuation hangs at the end of the line rather than
                        # start the next one ("教授 / 、欧阳", field test 33, defect 3)
                        while cut < end and chars[cut] in NO_START:
                            cut += 1
                        if cut >= end:  # only punctuation was left: it all hangs on this line
                            x += sum(widths[i:end])
                            break
                        lines.append((start, cut))
                        x, start = sum(widths[cut:i]), cut
                        if cut > i:
                            i = cut
                            continue
                    x += widths[i]
                    i += 1
                x += w - w_body
                continue
            x += w
        lines.append((start, b))
        return lines

    def min_width(self) -> float:
        """Width of the widest piece no line break should cut: a Latin word (an e-mail address or a
        URL is cut after its "@", "/", "." …; a hyphenated word after its hyphens), a Korean word, one
        Chinese character, or a date. A table column at least this wide never breaks a word in the middle."""
        widths = self._widths()
        best = 0.0
        for m in _PIECE.finditer(self._chars):
            best = max(best, sum(widths[m.start() : m.end()]))
        # and a whole date: a narrow Due column wrapped "2027年3月 / 20日" (field test F13); an amount
        for pattern in (_DATE, _AMOUNT):
            for m in pattern.finditer(self._chars):
                best = max(best, sum(widths[m.start() : m.end()]))
        # and a whole Chinese name with its honorific: "约尔格· / 魏斯米勒博士" (field test 33)
        names = _names_pattern() if _CJK_RUN.search(self._chars) else None
        for m in names.finditer(self._chars) if names is not None else ():
            best = max(best, sum(widths[m.start() : m.end()]))
        return best

    def shrunk(self, factor: float) -> TextFlow:
        """The same text with every size times ``factor``: a table cell too narrow for its amount
        or date prints it smaller rather than cut in two."""
        spans = [replace(span, size=span.size * factor) for span in self._spans]
        return TextFlow(spans, replace(self.style, size=self.style.size * factor))

    def aligned(self, align: str) -> TextFlow:
        """The same text drawn ``align`` ("left", "center", "right") within its column: a table's
        ALIGN style moves only flowables narrower than the cell, and a TextFlow takes it whole."""
        return TextFlow(self._spans, replace(self.style, align=align))

    def word_width(self) -> float:
        """Like :meth:`min_width`, with each Chinese word whole: for a column heading, where one
        character a line reads wrong ("序 / 号" in a narrow No. column, large print)."""
        widths = self._widths()
        best = self.min_width()
        for a, b, _w in self._hard:
            for s, e in self._tokens(a, b):
                best = max(best, sum(widths[s : s + len(self._chars[s:e].rstrip(" "))]))
        return best

    def natural_width(self) -> float:
        """Width of the widest line as written (between newlines), never wrapped."""
        return max((w for _a, _b, w in self._hard), default=0.0)

    def _line_height(self, a: int, b: int) -> float:
        size = 0.0
        for s, e, k in self._runs:
            if e > a and s < b:
                size = max(size, self._segs[k][1])
            elif s >= b:
                break
        return (size or self.style.size) * self.style.line

    def _layout(self, width: float) -> None:
        if self._fixed is not None:
            lines = self._fixed
        elif self._cache_width == width:
            return
        else:
            lines = self._break(width)
        self._cache_width = width
        self._lines = lines
        if len(self._segs) == 1 or len(lines) == 1:
            self._heights = (
                [self._line_height(a, b) for a, b in lines]
                if len(self._segs) > 1
                else [self._segs[0][1] * self.style.line if self._segs else self.style.size * self.style.line]
                * len(lines)
            )
        else:
            self._heights = [self._line_height(a, b) for a, b in lines]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        self.width = availWidth
        self.height = sum(self._heights)
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        used, k = 0.0, 0
        while k < len(self._lines) and used + self._heights[k] <= availHeight:
            used += self._heights[k]
            k += 1
        n = len(self._lines)
        if k >= n:
            return []
        # no orphan (one line at the foot of a page) and no widow (one line at the top of the next)
        k = min(k, n - 2)
        if k < 2:
            return []
        first = TextFlow((), replace(self.style, space_after=0), _prepared=self._prepared)
        second = TextFlow((), replace(self.style, space_before=0), _prepared=self._prepared)
        first._fixed, second._fixed = self._lines[:k], self._lines[k:]
        return [first, second]

    def _link_line(
        self, links: list[tuple[int, int, str]], a: int, b: int, x: float, y: float, h: float
    ) -> None:
        """Make the parts of the line ``chars[a:b]`` that are a web address, e-mail or phone clickable."""
        widths = self._widths()
        for start, end, url in links:
            lo, hi = max(start, a), min(end, b)
            if lo >= hi:
                continue
            x0 = x + sum(widths[a:lo])
            x1 = x0 + sum(widths[lo:hi])
            self.canv.linkURL(url, (x0, y, x1, y + h), relative=1, thickness=0)

    def draw(self) -> None:
        chars, runs, segs = self._chars, self._runs, self._segs
        links = find_links(chars) if _MAY_LINK.search(chars) else []
        text = self.canv.beginText()
        code = text._code
        y = self.height
        current_font: tuple | None = None
        current_color: colors.Color | None = None
        stroke_color: colors.Color | None = None
        stroking = False
        r = 0
        for (a, b), h in zip(self._lines, self._heights, strict=True):
            while b > a and chars[b - 1] in _TRAILING:
                b -= 1
            y -= h
            if b <= a:
                continue
            while runs[r][1] <= a:
                r += 1
            size = h / self.style.line
            baseline = y + (h - size) / 2 + size * 0.22
            pieces = []
            k, pos = r, a
            while pos < b:
                _, e, seg = runs[k]
                end = min(e, b)
                pieces.append((seg, chars[pos:end]))
                pos = end
                if pos >= e:
                    k += 1
            x = 0.0
            if self.style.align != "left":
                line_w = sum(shaping.width(p, segs[s][0], segs[s][1]) for s, p in pieces)
                x = (self.width - line_w) / (2 if self.style.align == "center" else 1)
            text.setTextOrigin(x, baseline)
            if links:
                self._link_line(links, a, b, x, y, h)
            for seg, piece in pieces:
                font, fsize, color = segs[seg]
                if current_font != (font, fsize):
                    text.setFont(font, fsize)
                    current_font = (font, fsize)
                # Droid Sans Fallback and Petdesk Hangul have no bold face: bold Chinese and Korean are
                # also stroked thinly in their colour
                fake = seg in self._bold_cjk
                if fake != stroking:
                    text.setTextRenderMode(2 if fake else 0)
                    stroking = fake
                if current_color is not color:
                    text.setFillColor(color)
                    current_color = color
                if fake and stroke_color is not color:
                    text.setStrokeColor(color)
                    stroke_color = color
                # textOut would also measure the piece to track x; the PDF advances by itself
                # Devanagari and Bengali shaped by HarfBuzz when it is installed (conjuncts, matras)
                code.append(text._formatText(shaping.shaped(piece, font, fsize)))
        if not self._bold_cjk:
            self.canv.drawText(text)
            return
        if stroking:
            text.setTextRenderMode(0)
        self.canv.saveState()
        self.canv.setLineWidth(0.028 * max(segs[k][1] for k in self._bold_cjk))
        self.canv.drawText(text)
        self.canv.restoreState()


class Rich:
    """Builds a :class:`TextFlow` piece by piece: ``Rich(style).add("Name: ", muted=True).add(value)``."""

    def __init__(self, style: TextStyle, muted_color: colors.Color = colors.grey) -> None:
        self.style = style
        self.muted_color = muted_color
        self.spans: list[Span] = []

    def add(
        self, text: str, *, bold: bool | None = None, muted: bool = False, size: float | None = None
    ) -> Rich:
        if text:
            self.spans.append(
                Span(
                    text,
                    self.style.bold if bold is None else bold,
                    size or self.style.size,
                    self.muted_color if muted else self.style.color,
                )
            )
        return self

    def br(self) -> Rich:
        if self.spans:
            self.spans.append(Span("\n", False, self.style.size, self.style.color))
        return self

    def flowable(self) -> TextFlow:
        return TextFlow(self.spans, self.style)
