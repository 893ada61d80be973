"""The text of an import file, read a block at a time so that a very large file never sits in memory.

A small file (below :data:`WHOLE_FILE_LIMIT`) is decoded at once, exactly as ``services/encoding.py``
guesses over its whole text. A large one is checked block by block with an incremental decoder in
the named encoding, after a byte-order mark, or as UTF-8 (what a program that writes 100,000
contacts writes); only when UTF-8 does not fit is the whole file read for the guess between legacy
codecs (GB18030, Big5, ...), which office files that large hardly ever need.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from petdesk.quoting import quoted
from petdesk.services import encoding as enc

#: Files up to this size are decoded at once (and every encoding guess sees their whole text).
WHOLE_FILE_LIMIT = 8 << 20
#: Bytes read and checked at a time.
BLOCK = 1 << 20


@dataclass
class TextFile:
    """A decoded text file: the whole text when small, else the codec to stream it with."""

    path: Path
    detection: enc.Detection
    #: The whole text (small files and files whose encoding needed the whole-file guess).
    text: str | None
    #: Whether the last byte is a line break (a file without one may have been cut off).
    ends_with_newline: bool

    def open(self) -> TextIO:
        """The text from the start, with line breaks as in the file (for ``csv.reader``)."""
        if self.text is not None:
            return io.StringIO(self.text, newline="")
        return open(self.path, encoding=self.detection.encoding, newline="")

    def pieces(self, ends: Callable[[str], bool]) -> Iterator[tuple[int, str]]:
        """(number of the first line, text) of consecutive pieces of about :data:`BLOCK` characters,
        each ending after a line for which ``ends(line)`` says a record ends there (or at the end
        of the file): for formats whose records end on a line of their own (``END:VCARD``).
        ``ends`` sees every line, so it can follow records nested in records."""
        first = line = 1
        parts: list[str] = []
        size = 0
        with self.open() as stream:
            for raw in stream:
                parts.append(raw)
                size += len(raw)
                line += 1
                if ends(raw) and size >= BLOCK:
                    yield first, "".join(parts)
                    first, parts, size = line, [], 0
        if parts:
            yield first, "".join(parts)


def read_text(path: Path, encoding: str | None = None) -> TextFile:
    """Decode ``path`` (detected, or in ``encoding``); ``enc.EncodingError`` names the first bad line."""
    whole_limit = WHOLE_FILE_LIMIT
    size = path.stat().st_size
    with open(path, "rb") as f:
        head = f.read(4)
        f.seek(max(0, size - 1))
        last = f.read(1)
    ends = last in (b"\n", b"\r")
    utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if size <= whole_limit or (utf16 and not encoding):
        detection = enc.detect(path.read_bytes(), encoding)
        return TextFile(path, detection, detection.text, ends)
    if encoding:
        _check_stream(path, encoding)
        return TextFile(path, _streamed(path, encoding, "chosen"), None, ends)
    if head.startswith(codecs.BOM_UTF8):
        _check_stream(path, "utf-8-sig")
        return TextFile(path, _streamed(path, "utf-8-sig", "bom"), None, ends)
    try:
        _check_stream(path, "utf-8")
    except enc.EncodingError:
        # Not UTF-8: the legacy codecs are told apart by how plausible the whole text reads.
        detection = enc.detect(path.read_bytes(), None)
        return TextFile(path, detection, detection.text, ends)
    return TextFile(path, _streamed(path, "utf-8", "utf-8"), None, ends)


def _streamed(path: Path, encoding: str, how: str) -> enc.Detection:
    with open(path, encoding=encoding, newline="") as f:
        sample = enc.sample_line(f.read(BLOCK // 4))
    return enc.Detection(encoding, "", sample=sample, how=how)


def _check_stream(path: Path, encoding: str) -> None:
    """Decode the whole file a block at a time, keeping nothing: bad bytes or NUL characters raise
    ``enc.EncodingError`` with their line."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    except LookupError as exc:
        raise enc.EncodingError(f"unknown encoding {quoted(encoding)}") from exc
    lines_before = 0
    with open(path, "rb") as f:
        while True:
            block = f.read(BLOCK)
            final = not block
            try:
                text = decoder.decode(block, final=final)
            except UnicodeDecodeError as exc:
                # The error's offset is within this block (plus bytes the decoder held back).
                line = lines_before + block.count(b"\n", 0, max(0, exc.start)) + 1
                raise enc.EncodingError(
                    f"bytes {exc.object[exc.start : exc.start + 4]!r} are not valid {encoding} text", line
                ) from exc
            if "\x00" in text:
                line = lines_before + text[: text.index("\x00")].count("\n") + 1
                raise enc.EncodingError(
                    "the file contains NUL characters: it is binary, or UTF-16 without a byte-order mark",
                    line,
                )
            lines_before += text.count("\n")
            if final:
                return
