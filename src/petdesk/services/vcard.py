"""vCard 2.1 / 3.0 / 4.0 reading and writing, at the level of the format (no database).

Our own parser because the files offices get come from old phones and mail programs: folded lines,
quoted-printable values with soft line breaks and ``CHARSET=GBK`` (2.1/3.0 exports of Chinese phones),
bare 2.1 parameters (``TEL;CELL:``), Apple's ``item1.`` groups, and whole files in GB18030.
Errors name the line, so a user can open the file and see what is wrong.

Mapping cards to petdesk contacts lives in ``services/importing.py`` (reading) and
``services/exporting.py`` (writing).
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

#: Encodings tried in this order when the file does not say (no BOM) and the user did not choose.
FALLBACK_ENCODINGS = ("utf-8", "gb18030")

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

    def param(self, key: str) -> str:
        values = self.params.get(key.upper())
        return values[0] if values else ""

    @property
    def types(self) -> set[str]:
        return {t.lower() for t in self.params.get("TYPE", [])}

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


def escape(text: str) -> str:
    """Escape a text value for writing (backslash, comma, semicolon, newline)."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def structured(*parts: str | Iterable[str]) -> str:
    """A structured value: components joined by ``;``, list items inside a component by ``,``."""
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

    A BOM decides; otherwise the chosen encoding, or UTF-8 then GB18030 (what Chinese Excel and old
    phones write). Undecodable bytes raise ``VCardError`` naming the first bad line.
    """
    if encoding:
        return _decode_strict(data, encoding), encoding
    if data.startswith(codecs.BOM_UTF8):
        return _decode_strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_strict(data, "utf-16"), "utf-16"
    first_error: VCardError | None = None
    for candidate in FALLBACK_ENCODINGS:
        try:
            return _decode_strict(data, candidate), candidate
        except VCardError as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise VCardError(
        f"the text is neither UTF-8 nor GB18030 ({first_error.reason}); "
        "choose the file's encoding explicitly",
        first_error.line,
    )


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        codecs.lookup(encoding)
    except LookupError as exc:
        raise VCardError(f"unknown encoding {encoding!r}") from exc
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise VCardError(
            f"bytes {data[exc.start : exc.start + 4]!r} are not valid {encoding} text", line
        ) from exc


_LINE_SPLIT = re.compile(r"\r\n|\r|\n")


def parse(data: bytes | str, encoding: str | None = None) -> list[VCard]:
    """All cards of a .vcf file. Raises ``VCardError`` (with the line) for anything unreadable,
    including a file cut off inside a card."""
    if isinstance(data, bytes):
        text, used = decode_file(data, encoding)
    else:
        text, used = data, "utf-8"
    default_charset = "gb18030" if used.lower() in ("gb18030", "gbk", "gb2312") else "utf-8"
    cards: list[VCard] = []
    current: VCard | None = None
    try:
        for prop in _logical_lines(_LINE_SPLIT.split(text), default_charset):
            current = _take(prop, current, cards)
    except VCardError as exc:
        last_line = len(_LINE_SPLIT.split(text.rstrip("\r\n")))
        if current is not None and exc.line == last_line and not text.endswith(("\n", "\r")):
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


def _take(prop: Property, current: VCard | None, cards: list[VCard]) -> VCard | None:
    """Add one property to the card being read; returns the card still open (None between cards)."""
    if prop.name == "BEGIN" and prop.text().strip().upper() == "VCARD":
        if current is not None:
            raise VCardError(
                f"a new BEGIN:VCARD starts before the card from line {current.line} has ended "
                "(missing END:VCARD)",
                prop.line,
            )
        return VCard(version="", line=prop.line)
    if prop.name == "END" and prop.text().strip().upper() == "VCARD":
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
            raise VCardError(f"unsupported vCard version {current.version!r}", prop.line)
        return current
    current.properties.append(prop)
    return current


def _logical_lines(lines: list[str], default_charset: str) -> Iterable[Property]:
    """Unfold and decode physical lines into properties, keeping the first physical line number."""
    pending: tuple[int, str] | None = None
    i = 0
    n = len(lines)
    while i < n:
        raw = lines[i]
        lineno = i + 1
        i += 1
        if raw.startswith((" ", "\t")) and pending is not None:
            pending = (pending[0], pending[1] + raw[1:])
            continue
        if pending is not None:
            prop = _parse_line(pending[1], pending[0])
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
                text = text[:-1] + lines[i].lstrip(" \t")
                i += 1
        # A 2.1 base64 value continues on lines without a colon.
        if ("BASE64" in head or "ENCODING=B" in head) and _BASE64_RE.search(head):
            while i < n and lines[i].strip() and ":" not in lines[i]:
                text += lines[i].strip()
                i += 1
        pending = (lineno, text)
    if pending is not None:
        prop = _parse_line(pending[1], pending[0])
        if prop is not None:
            yield _decode_value(prop, default_charset)


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
        raise VCardError(f"{text[:40]!r} is not a vCard property (no ':')", lineno)
    head, value = text[:colon], text[colon + 1 :]
    pieces = _split_params(head)
    name = pieces[0].strip()
    group = ""
    if "." in name:
        group, name = name.rsplit(".", 1)
    if not _NAME_RE.match(name):
        raise VCardError(f"{name!r} is not a valid vCard property name", lineno)
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
            raise VCardError(f"unknown CHARSET {charset!r}", prop.line) from exc
        except UnicodeDecodeError:
            # Old phones sometimes claim UTF-8 and write GBK (or the reverse); try the other one.
            for other in ("utf-8", "gb18030"):
                try:
                    prop.value = raw.decode(other)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                raise VCardError(
                    f"the quoted-printable value of {prop.name} is not valid {charset} text", prop.line
                ) from None
        prop.params.pop("ENCODING", None)
        prop.params.pop("CHARSET", None)
    return prop


# --- writing ------------------------------------------------------------------------------------

_PARAM_NEEDS_QUOTES = re.compile(r'[,;:"]')


def serialize(cards: Iterable[VCard]) -> str:
    """Text of a .vcf file (CRLF line ends, lines folded at 75 octets as RFC 6350 asks)."""
    out: list[str] = []
    for card in cards:
        out.append("BEGIN:VCARD")
        out.append(f"VERSION:{card.version}")
        for prop in card.properties:
            out.extend(_fold(_format_property(prop)))
        out.append("END:VCARD")
    return "\r\n".join(out) + "\r\n" if out else ""


def _format_property(prop: Property) -> str:
    head = f"{prop.group}.{prop.name}" if prop.group else prop.name
    for key, values in prop.params.items():
        rendered = ",".join(f'"{v}"' if _PARAM_NEEDS_QUOTES.search(v) else v for v in values)
        head += f";{key}={rendered}"
    return f"{head}:{prop.value}"


def _fold(line: str, limit: int = 75) -> list[str]:
    """Split a line into chunks of at most ``limit`` UTF-8 octets without cutting a character."""
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
