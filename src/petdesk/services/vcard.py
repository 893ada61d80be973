"""vCard 2.1 / 3.0 / 4.0 reading and writing, at the level of the format (no database).

Our own parser because the files offices get come from old phones and mail programs: folded lines,
quoted-printable values with soft line breaks and ``CHARSET=GBK`` (2.1/3.0 exports of Chinese phones),
bare 2.1 parameters (``TEL;CELL:``), Apple's ``item1.`` groups, and whole files in GB18030.
Errors name the line, so a user can open the file and see what is wrong.

Mapping cards to petdesk contacts lives in ``services/importing.py`` (reading) and
``services/exporting.py`` (writing).
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from petdesk.quoting import quoted
from petdesk.services import encoding as enc
from petdesk.textsafety import without_direction_marks

_NAME_RE = re.compile(r"^[A-Za-z0-9-]+$")
_BASE64_RE = re.compile(r";\s*(ENCODING=)?(BASE64|B)\b")


class VCardError(ValueError):
    """A file that is not a readable vCard; ``line`` is 1-based (0 when no line applies)."""

    def __init__(self, message: str, line: int = 0) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
        self.line = line
        self.reason = message


@dataclass
class Property:
    """One content line, unfolded and decoded. ``value`` keeps vCard escapes (``\\,`` ``\\;``)
    so that structured values can still be split; use ``text()`` / ``components()`` to read it."""

    name: str
    value: str = ""
    #: Parameter names upper-cased; values as written (TYPE values lower-cased).
    params: dict[str, list[str]] = field(default_factory=dict)
    group: str = ""
    line: int = 0
    #: The charset a quoted-printable value was read in when the card named none that fit (a guess
    #: the import report states); empty when the card or the file said.
    guessed_charset: str = field(default="", compare=False)

    def param(self, key: str) -> str:
        values = self.params.get(key.upper())
        return values[0] if values else ""

    @property
    def types(self) -> set[str]:
        # RFC 6350 quotes a TYPE list as one value (TYPE="voice,home"); Nextcloud Contacts writes it so.
        return {t.strip().lower() for v in self.params.get("TYPE", []) for t in v.split(",") if t.strip()}

    def text(self) -> str:
        return unescape(self.value)

    def components(self) -> list[str]:
        """The ``;``-separated parts of a structured value (N, ORG, ADR), each unescaped."""
        return [unescape(part) for part in split_unescaped(self.value, ";")]

    def list_values(self) -> list[str]:
        """The ``,``-separated values of a list property (CATEGORIES, NICKNAME), each unescaped."""
        return [unescape(part) for part in split_unescaped(self.value, ",") if part]


@dataclass
class VCard:
    version: str = "4.0"
    properties: list[Property] = field(default_factory=list)
    #: Line of BEGIN:VCARD in the file it came from.
    line: int = 0
    #: Depth of the card nested in an AGENT property being skipped while reading (0: none).
    nested: int = field(default=0, repr=False, compare=False)
    _index: dict[str, list[Property]] | None = field(default=None, repr=False, compare=False)
    _indexed: int = field(default=-1, repr=False, compare=False)

    def all(self, name: str) -> list[Property]:
        name = name.upper()
        if self._index is None or self._indexed != len(self.properties):
            index: dict[str, list[Property]] = {}
            for prop in self.properties:
                index.setdefault(prop.name, []).append(prop)
            self._index, self._indexed = index, len(self.properties)
        return list(self._index.get(name, ()))

    def first(self, name: str) -> Property | None:
        found = self.all(name)
        return found[0] if found else None

    def put(self, head: Head, value: str) -> None:
        """Append a property named and parametrised by ``head``; ``value`` must already be escaped."""
        self.properties.append(
            Property(name=head.name, value=value, params={k: list(v) for k, v in head.params.items()})
        )

    def add(self, name: str, value: str, **params: str | list[str]) -> Property:
        """Append a property; ``value`` must already be escaped (see ``escape``/``structured``)."""
        prop = Property(
            name=name.upper(),
            value=value,
            params={
                k.upper().replace("_", "-"): [v] if isinstance(v, str) else list(v) for k, v in params.items()
            },
        )
        self.properties.append(prop)
        return prop


# --- escaping -----------------------------------------------------------------------------------


_PLAIN_VALUE = re.compile(r"[^\\,;\r\n]*")


def escape(text: str) -> str:
    """Escape a text value for writing (backslash, comma, semicolon, newline)."""
    if _PLAIN_VALUE.fullmatch(text):  # most values: nothing to escape
        return text
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


_SPECIAL = re.compile(r"[\\,;\r\n]")


def structured(*parts: str | Iterable[str]) -> str:
    """A structured value: components joined by ``;``, list items inside a component by ``,``."""
    try:  # the usual name or address: text components with nothing to escape
        plain = not _SPECIAL.search("".join(parts))  # type: ignore[arg-type]
    except TypeError:  # a component is a list (join takes text only)
        plain = False
    if plain:
        return ";".join(parts)  # type: ignore[arg-type]
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(escape(part))
        else:
            out.append(",".join(escape(p) for p in part))
    return ";".join(out)


def unescape(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split_unescaped(text: str, sep: str) -> list[str]:
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


# --- reading ------------------------------------------------------------------------------------


def decode_file(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode a text file the way offices have them; returns (text, encoding used).

    A BOM decides; otherwise the chosen encoding, or the most plausible reading (see
    ``services/encoding.py``). Bytes that do not fit a chosen encoding raise ``VCardError`` naming
    the first bad line.
    """
    found = detect_file(data, encoding)
    return found.text, found.encoding


def detect_file(data: bytes, encoding: str | None = None) -> enc.Detection:
    """Like ``decode_file`` but with the whole detection (sample line, close second reading)."""
    try:
        return enc.detect(data, encoding)
    except enc.EncodingError as exc:
        raise VCardError(exc.reason, exc.line) from exc


_CHARSET_RE = re.compile(rb";\s*CHARSET=([A-Za-z0-9_.:-]+)", re.IGNORECASE)
#: Physical line breaks: CR CR LF (iPhone exports written through a converter), CRLF, CR or LF.
_LINE_SPLIT = re.compile(r"\r\r\n|\r\n|\r|\n")
_BYTE_LINE_SPLIT = re.compile(rb"\r\r\n|\r\n|\r|\n")


def _decode_with_charsets(data: bytes, detection: enc.Detection) -> str:
    """vCard 2.1/3.0 may name a CHARSET per property (``N;CHARSET=SHIFT_JIS:...``) with 8-bit
    values; such lines (and their folded continuations) are decoded with their own charset, the
    others with the file's encoding."""
    if detection.encoding.lower().startswith("utf-16") or not _CHARSET_RE.search(data):
        return detection.text
    lines = _BYTE_LINE_SPLIT.split(data)
    out: list[str] = []
    charset = ""
    for raw in lines:
        if not raw.startswith((b" ", b"\t")):
            head = raw.split(b":", 1)[0]
            match = _CHARSET_RE.search(head)
            charset = match.group(1).decode("ascii") if match else ""
        text = None
        if charset and enc.python_knows(charset):
            try:
                text = raw.decode(charset)
            except UnicodeDecodeError:
                text = None
        if text is None:
            try:
                text = raw.decode(detection.encoding)
            except UnicodeDecodeError:
                text = raw.decode(detection.encoding, errors="replace")
        out.append(text)
    return "\n".join(out)


def parse(data: bytes | str, encoding: str | None = None) -> list[VCard]:
    """All cards of a .vcf file. Raises ``VCardError`` (with the line) for anything unreadable,
    including a file cut off inside a card."""
    return parse_detected(data, encoding)[0]


def names_charsets(data: bytes) -> bool:
    """Whether the bytes hold a property naming its own CHARSET (vCard 2.1/3.0)."""
    return _CHARSET_RE.search(data) is not None


def _detect_around_charsets(data: bytes, encoding: str | None) -> enc.Detection:
    """How to read the lines that name no CHARSET of their own.

    Outlook writes ``N;CHARSET=Windows-1252:Müller`` and ``ORG;CHARSET=gb2312:青岛…`` in one file: a
    guess over all its bytes mixes two codecs and may pick a third. Only the other lines are guessed
    at; when those are plain ASCII the file's encoding is simply "as each line names it"."""
    if (
        encoding
        or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
        or not _CHARSET_RE.search(data)
    ):
        return detect_file(data, encoding)
    named: list[str] = []
    sample, sample_not_a_name = "", False
    rest: list[bytes] = []
    charset = ""
    for raw in _BYTE_LINE_SPLIT.split(data):
        if not raw.startswith((b" ", b"\t")):
            match = _CHARSET_RE.search(raw.split(b":", 1)[0])
            charset = match.group(1).decode("ascii") if match else ""
        if not (charset and enc.python_knows(charset)):
            rest.append(raw)
        elif not raw.isascii():
            if charset not in named:
                named.append(charset)
            if not sample or (sample_not_a_name and _names_someone(raw)):
                sample = raw.decode(charset, errors="replace").strip()
                sample_not_a_name = not _names_someone(raw)
    others = detect_file(b"\n".join(rest))
    if others.how != "ascii" or not named:
        return others if named else detect_file(data)
    return enc.Detection("utf-8", "", sample=sample, how="charset", charsets=tuple(named))


#: The properties that name a person: a sample line of a vCard file is one of them (import49).
_NAME_LINE = re.compile(rb"^(?:item\d+\.)?(?:FN|N)[;:]", re.IGNORECASE)


def _names_someone(raw: bytes) -> bool:
    return _NAME_LINE.match(raw) is not None


def _name_line(text: str, limit: int = 80) -> str:
    """The first FN or N line with characters beyond ASCII (else the first one): what shows whether
    the encoding read the names right; "" for a file without one."""
    lines = [ln.strip() for ln in _LINE_SPLIT.split(text) if _names_someone(ln.encode("utf-8", "replace"))]
    line = next((ln for ln in lines if not ln.isascii()), lines[0] if lines else "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def parse_detected(data: bytes | str, encoding: str | None = None) -> tuple[list[VCard], enc.Detection]:
    """``parse`` plus how the bytes were decoded (for the import preview)."""
    if isinstance(data, bytes):
        detection = _detect_around_charsets(data, encoding)
        text = _decode_with_charsets(data, detection)
        if detection.how != "charset":  # the sample the user checks the reading by: a name
            detection.sample = _name_line(detection.text) or detection.sample
    else:
        text = data
        detection = enc.Detection("utf-8", data, how="chosen")
    used = detection.encoding.lower()
    return parse_text(text, charset_of(used)), detection


def charset_of(encoding: str) -> str:
    """The charset of 8-bit values in quoted-printable properties of a file in ``encoding``."""
    used = encoding.lower()
    return "utf-8" if used.startswith(("utf", "ascii")) else used


def parse_text(
    text: str, default_charset: str = "utf-8", first_line: int = 1, ends_with_newline: bool | None = None
) -> list[VCard]:
    """The cards of decoded text; ``first_line`` numbers its first line (for a piece of a large file
    read a piece at a time, see ``services/import_source.py``)."""
    if "\x00" in text:
        raise VCardError(
            "the file contains NUL characters: it is binary, or UTF-16 without a byte-order mark",
            first_line + text[: text.index("\x00")].count("\n"),
        )
    if ends_with_newline is None:
        ends_with_newline = text.endswith(("\n", "\r"))
    cards: list[VCard] = []
    current: VCard | None = None
    physical = _physical_lines(text, first_line)
    try:
        for prop in _logical_lines(physical, default_charset):
            current = _take(prop, current, cards)
    except VCardError as exc:
        last_line = physical[-1][0] if physical else 0
        if current is not None and exc.line == last_line and not ends_with_newline:
            raise VCardError(
                f"the file ends in the middle of this line, inside the vCard that starts on line "
                f"{current.line}: the file is truncated",
                exc.line,
            ) from exc
        raise
    if current is not None:
        raise VCardError(
            f"the file ends inside the vCard that starts on line {current.line} "
            "(no END:VCARD: the file is truncated)",
            current.line,
        )
    return cards


_GLUED_RE = re.compile(r"(?i)^(END:VCARD)[ \t]*(BEGIN:VCARD.*)$")


def _physical_lines(text: str, first_line: int = 1) -> list[tuple[int, str]]:
    """(file line number, text) of every physical line; cards glued on one line
    (``END:VCARDBEGIN:VCARD``, written by some exporters) are split, both parts keeping the line."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(_LINE_SPLIT.split(text), start=first_line):
        glued = _GLUED_RE.match(raw)
        while glued:
            lines.append((number, glued.group(1)))
            raw = glued.group(2)
            glued = _GLUED_RE.match(raw)
        lines.append((number, raw))
    if lines and not lines[-1][1]:
        lines.pop()
    return lines


def _take(prop: Property, current: VCard | None, cards: list[VCard]) -> VCard | None:
    """Add one property to the card being read; returns the card still open (None between cards)."""
    begins = prop.name == "BEGIN" and prop.text().strip().upper() == "VCARD"
    ends = prop.name == "END" and prop.text().strip().upper() == "VCARD"
    if current is not None and current.nested:
        # Inside an AGENT's card: skipped, its name kept as the AGENT's value for the report.
        current.nested += begins - ends
        agent = current.properties[-1]
        if prop.name == "FN" and current.nested == 1 and not agent.value:
            agent.value = prop.value
        return current
    if begins:
        if current is not None and _empty_agent(current):
            # vCard 2.1 lets AGENT hold a whole card, written out on the lines after "AGENT:".
            current.nested = 1
            return current
        if current is not None:
            raise VCardError(
                f"a new BEGIN:VCARD starts before the card from line {current.line} has ended "
                "(missing END:VCARD)",
                prop.line,
            )
        return VCard(version="", line=prop.line)
    if ends:
        if current is None:
            raise VCardError("END:VCARD without a matching BEGIN:VCARD", prop.line)
        if not current.version:
            current.version = "3.0"
        cards.append(current)
        return None
    if current is None:
        raise VCardError(
            f"{prop.name} is outside any BEGIN:VCARD … END:VCARD block (not a vCard file?)", prop.line
        )
    if prop.name == "VERSION":
        current.version = prop.text().strip()
        if current.version not in ("2.1", "3.0", "4.0"):
            raise VCardError(f"unsupported vCard version {quoted(current.version)}", prop.line)
        return current
    current.properties.append(prop)
    return current


class CardEnds:
    """Says, line by line, whether a line ends a card of the file itself: for cutting a large file
    into pieces without cutting a card in two (``services/import_source.py``). The END:VCARD of a
    card nested in a vCard 2.1 AGENT (on the lines after an empty ``AGENT:``, as ``_take`` reads
    it) ends the nested card only. One object per pass over the file: it keeps the depth."""

    def __init__(self) -> None:
        #: Cards open: 0 between cards, 1 in a card, 2 and more inside an AGENT's card.
        self.depth = 0
        #: The last property was an empty AGENT, so a BEGIN:VCARD now opens its nested card.
        self.agent = False

    def __call__(self, line: str) -> bool:
        if not self.agent and line[:1] not in "BEbe" and "GENT" not in line[:64].upper():
            return False  # most lines (N:, TEL:, a photo's folded rest): quickly, a large file has millions
        raw = line.rstrip("\r\n")
        if not raw.strip():
            return False  # the parser skips blank lines: an AGENT stays empty across them
        glued = _GLUED_RE.match(raw)
        while glued:  # END:VCARDBEGIN:VCARD on one line, read as two (``_physical_lines``)
            self._follow(glued.group(1))
            raw = glued.group(2)
            glued = _GLUED_RE.match(raw)
        return self._follow(raw)

    def _follow(self, raw: str) -> bool:
        """Follow one physical line; True when it closes a card of the file itself."""
        was_agent, self.agent = self.agent, False
        if raw[0] in " \t":
            return False  # the folded rest of a property
        word = raw.strip().upper()
        if word == "BEGIN:VCARD":
            # Nested after an empty AGENT or inside a nested card; else a card of the file (one
            # missing its END:VCARD is refused by the parser, and the piece stays bounded).
            self.depth = self.depth + 1 if was_agent or self.depth > 1 else 1
            return False
        if word == "END:VCARD":
            self.depth = max(0, self.depth - 1)
            return self.depth == 0
        head, colon, value = raw.partition(":")
        name = head.split(";", 1)[0].rsplit(".", 1)[-1].strip().upper()
        self.agent = self.depth == 1 and name == "AGENT" and bool(colon) and not value.strip()
        return False


def _empty_agent(card: VCard) -> bool:
    last = card.properties[-1] if card.properties else None
    return last is not None and last.name == "AGENT" and not last.value.strip()


def _logical_lines(lines: list[tuple[int, str]], default_charset: str) -> Iterable[Property]:
    """Unfold and decode physical lines into properties, keeping the first physical line number."""
    # The folded pieces of the property being read are collected in a list and joined once: a
    # folded photo has thousands of pieces.
    pending: tuple[int, list[str]] | None = None
    i = 0
    n = len(lines)
    while i < n:
        lineno, raw = lines[i]
        i += 1
        if raw.startswith((" ", "\t")) and pending is not None:
            pending[1].append(raw[1:])
            continue
        if pending is not None:
            prop = _parse_line(_joined(pending), pending[0])
            if prop is not None:
                yield _decode_value(prop, default_charset)
            pending = None
        if not raw.strip():
            continue
        # Quoted-printable soft line breaks ("=" at the end) continue on the next line, unindented.
        text = raw
        head = text.split(":", 1)[0].upper()
        if "QUOTED-PRINTABLE" in head:
            while text.endswith("=") and i < n:
                text = text[:-1] + lines[i][1].lstrip(" \t")
                i += 1
        # A 2.1 base64 value continues on lines without a colon.
        if ("BASE64" in head or "ENCODING=B" in head) and _BASE64_RE.search(head):
            while i < n and lines[i][1].strip() and ":" not in lines[i][1]:
                text += lines[i][1].strip()
                i += 1
        pending = (lineno, [text])
    if pending is not None:
        prop = _parse_line(_joined(pending), pending[0])
        if prop is not None:
            yield _decode_value(prop, default_charset)


#: Longest value of a property (as CSV's field limit); pictures and sounds may be larger.
MAX_VALUE = 131_072
MAX_BINARY_VALUE = 14_000_000
_BINARY_PROPS = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})


def _joined(pending: tuple[int, list[str]]) -> str:
    """A property's unfolded line; a value far too long for a contact is refused with its line."""
    lineno, parts = pending
    size = sum(len(p) for p in parts)
    if size > MAX_VALUE:
        name = parts[0].split(":", 1)[0].split(";", 1)[0].rsplit(".", 1)[-1].strip().upper()
        limit = MAX_BINARY_VALUE if name in _BINARY_PROPS else MAX_VALUE
        if size > limit:
            raise VCardError(
                f"a value starting on this line is longer than {limit:,} characters: "
                "this is not a contact list",
                lineno,
            )
    return "".join(parts)


def _parse_line(text: str, lineno: int) -> Property | None:
    # Find the colon that ends the name and parameters (colons inside quoted parameter values don't count).
    colon = text.find(":")
    if '"' in text[: colon if colon >= 0 else len(text)]:
        in_quotes = False
        colon = -1
        for idx, ch in enumerate(text):
            if ch == '"':
                in_quotes = not in_quotes
            elif ch == ":" and not in_quotes:
                colon = idx
                break
    if colon < 0:
        raise VCardError(f"{quoted(text[:40])} is not a vCard property (no ':')", lineno)
    head, value = text[:colon], text[colon + 1 :]
    pieces = _split_params(head)
    name = pieces[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not _NAME_RE.match(name):
        raise VCardError(f"{quoted(name)} is not a valid vCard property name", lineno)
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        piece = piece.strip()
        if not piece:
            continue
        if "=" in piece:
            key, raw_values = piece.split("=", 1)
            values = [v.strip().strip('"') for v in _split_param_values(raw_values)]
        else:  # vCard 2.1: ";CELL" means TYPE=CELL, ";QUOTED-PRINTABLE" means ENCODING=...
            upper = piece.upper()
            if upper in ("QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT", "B"):
                key, values = "ENCODING", [piece]
            else:
                key, values = "TYPE", [piece]
        key = key.strip().upper()
        if key == "TYPE":
            values = [v.lower() for v in values]
        params.setdefault(key, []).extend(v for v in values if v != "")
    return Property(name=name.upper(), value=value, params=params, group=group, line=lineno)


def _split_params(head: str) -> list[str]:
    if '"' not in head:
        return head.split(";")
    parts, current, in_quotes = [], [], False
    for ch in head:
        if ch == '"':
            in_quotes = not in_quotes
            current.append(ch)
        elif ch == ";" and not in_quotes:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def _split_param_values(raw: str) -> list[str]:
    if '"' not in raw:
        return raw.split(",")
    values: list[str] = []
    current: list[str] = []
    in_quotes = False
    for ch in raw:
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == "," and not in_quotes:
            values.append("".join(current))
            current = []
            continue
        current.append(ch)
    values.append("".join(current))
    return values


def _decode_value(prop: Property, default_charset: str) -> Property:
    encoding = prop.param("ENCODING").upper()
    if encoding == "QUOTED-PRINTABLE":
        raw = quopri.decodestring(prop.value.encode("latin-1", errors="replace"))
        charset = prop.param("CHARSET") or default_charset
        try:
            prop.value = raw.decode(charset)
        except LookupError as exc:
            raise VCardError(f"unknown CHARSET {quoted(charset)}", prop.line) from exc
        except UnicodeDecodeError:
            prop.guessed_charset = _guess_qp_charset(raw)
            prop.value = raw.decode(prop.guessed_charset, errors="replace")
        prop.params.pop("ENCODING", None)
        prop.params.pop("CHARSET", None)
    # WhatsApp and phones on Arabic systems wrap names in direction marks ("\u202bم. عمرو\u202c"):
    # gone before the name is read, or "م." was not seen as a title (field test 118)
    prop.value = without_direction_marks(prop.value)
    return prop


_HIGH_RUN_RE = re.compile(rb"[\x80-\xff]+")
_CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def _guess_qp_charset(raw: bytes) -> str:
    """The charset of 8-bit bytes that do not fit the one the card (or file) names.

    Old phones claim UTF-8 and write GBK (or the reverse); mail programs such as The Bat! write
    Latin-1/Windows-1252 and name no charset at all (``N;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski``).
    GB18030 accepts almost any bytes, so it is taken only when every run of 8-bit bytes is a whole
    number of two-byte pairs and reads as Chinese; a lone ``F1`` inside a Latin word is ``ñ``."""
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if all(len(run) % 2 == 0 for run in _HIGH_RUN_RE.findall(raw)):
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            text = ""
        wide = [ch for ch in text if ord(ch) > 0x7F]
        if wide and sum(1 for ch in wide if _CJK_RE.match(ch)) >= 0.8 * len(wide):
            return "gb18030"
    return "windows-1252"


# --- writing ------------------------------------------------------------------------------------

_PARAM_NEEDS_QUOTES = re.compile(r'[,;:"]')


def serialize(cards: Iterable[VCard]) -> str:
    """Text of a .vcf file (CRLF line ends, lines folded at 75 octets as RFC 6350 asks)."""
    out: list[str] = []
    for card in cards:
        out.append("BEGIN:VCARD")
        out.append(f"VERSION:{card.version}")
        for prop in card.properties:
            out.extend(fold(_format_property(prop)))
        out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n" if out else ""


class CardText:
    """A card written as text as its properties are added: the lines :func:`serialize` gives for a
    ``VCard`` with the same properties, without building them (exporting 100,000 contacts built
    two million ``Property`` objects only to print them)."""

    def __init__(self, version: str = "4.0") -> None:
        self.lines = ["BEGIN:VCARD", f"VERSION:{version}"]

    def add(self, name: str, value: str, **params: str | list[str]) -> None:
        """Like :meth:`VCard.add`: ``value`` must already be escaped."""
        head = name.upper()
        for key, given in params.items():
            head += _param_text(key, given if isinstance(given, str) else tuple(given))
        line = f"{head}:{value}"
        if len(line) <= 75 and (line.isascii() or len(line.encode("utf-8")) <= 75):
            self.lines.append(line)
        else:
            self.lines.extend(fold(line))

    def put(self, head: Head, value: str) -> None:
        """Like :meth:`VCard.put`: a property whose head was rendered once."""
        line = head.text + value
        if len(line) <= 75 and (line.isascii() or len(line.encode("utf-8")) <= 75):
            self.lines.append(line)
        else:
            self.lines.extend(fold(line))

    def text(self) -> str:
        """The card's text, with its END line."""
        self.lines.append("END:VCARD\r\n")
        return "\r\n".join(self.lines)


#: Heads by name and parameters (see :func:`head`).
_HEADS: dict[tuple[str, tuple[tuple[str, str], ...]], Head] = {}


def head(name: str, **params: str) -> Head:
    """The :class:`Head` of ``name`` with ``params``, made once."""
    key = (name, tuple(params.items()))
    found = _HEADS.get(key)
    if found is None:
        if len(_HEADS) > 10_000:  # parameter values from the data (SORT-AS): keep memory bounded
            _HEADS.clear()
        found = _HEADS[key] = Head(name, **params)
    return found


class Head:
    """A property's name and parameters, rendered once as :class:`CardText` writes them
    (``TEL;TYPE=work,voice:``): properties written on every card of an export put their value
    behind it rather than render the same parameters 100,000 times."""

    __slots__ = ("name", "params", "text")

    def __init__(self, name: str, **params: str | list[str]) -> None:
        self.name = name.upper()
        self.params = {
            k.upper().replace("_", "-"): [v] if isinstance(v, str) else list(v) for k, v in params.items()
        }
        rendered = (_param_text(k, v if isinstance(v, str) else tuple(v)) for k, v in params.items())
        self.text = self.name + "".join(rendered) + ":"

    def plus(self, key: str, value: str) -> Head:
        """This head with one more parameter after its others: ``Head(name, **params, key=value)``,
        made in a tenth of the time (heads with a SORT-AS of their own, one per name, are many)."""
        head = Head.__new__(Head)
        head.name = self.name
        head.params = {**self.params, key.upper().replace("_", "-"): [value]}
        head.text = f"{self.text[:-1]}{_render_param(key, (value,))}:"
        return head


#: ";TYPE=work,voice" per (parameter, value): a few dozen repeat on every card.
_PARAM_TEXTS: dict[tuple[str, str | tuple[str, ...]], str] = {}


def _param_text(key: str, given: str | tuple[str, ...]) -> str:
    """A parameter as :func:`_format_property` writes it (``sort_as`` named ``SORT-AS``), remembered."""
    text = _PARAM_TEXTS.get((key, given))
    if text is None:
        if len(_PARAM_TEXTS) > 10_000:  # names in SORT-AS: keep memory bounded
            _PARAM_TEXTS.clear()
        text = _PARAM_TEXTS[(key, given)] = _render_param(key, (given,) if isinstance(given, str) else given)
    return text


def render_param(key: str, value: str) -> str:
    """``;KEY=value`` as a head writes a parameter (quoted where it holds ``:``, ``;`` or ``,``)."""
    return _render_param(key, (value,))


def _render_param(key: str, values: tuple[str, ...]) -> str:
    rendered = ",".join(f'"{v}"' if _PARAM_NEEDS_QUOTES.search(v) else v for v in values)
    return f";{key.upper().replace('_', '-')}={rendered}"


def _format_property(prop: Property) -> str:
    head = f"{prop.group}.{prop.name}" if prop.group else prop.name
    for key, values in prop.params.items():
        rendered = ",".join(f'"{v}"' if _PARAM_NEEDS_QUOTES.search(v) else v for v in values)
        head += f";{key}={rendered}"
    return f"{head}:{prop.value}"


def fold(line: str, limit: int = 75) -> list[str]:
    """Split a line into chunks of at most ``limit`` UTF-8 octets without cutting a character."""
    if len(line) <= limit and line.isascii():  # the usual case, without encoding the line
        return [line]
    data = line.encode("utf-8")
    if len(data) <= limit:
        return [line]
    chunks: list[str] = []
    start, budget = 0, limit
    while start < len(data):
        end = min(start + budget, len(data))
        while end < len(data) and (data[end] & 0xC0) == 0x80:  # never end inside a character
            end -= 1
        chunks.append(data[start:end].decode("utf-8"))
        start, budget = end, limit - 1  # continuation lines start with a space
    return [chunks[0]] + [" " + c for c in chunks[1:]]
