"""How large a file is once sent by e-mail: mail servers count the encoded message, and base64
turns each 3 bytes into 4 characters in lines of 76 plus a line break, so a 19.9 MB part is a
27 MB message, refused by a 20 or 25 MB limit. Packages and their parts are measured so."""

from __future__ import annotations

import math

#: Room kept in a message for its headers and a short text beside the attachment.
HEADERS = 16_000
#: base64 line length and the CRLF after each line (RFC 2045).
_LINE = 76
_BREAK = 2


def headers_room(limit_mb: float) -> int:
    """Bytes kept for the headers under a limit of ``limit_mb`` MB: at most a tenth of the limit
    (a limit of a few kB, as tests set, would keep nothing for the file)."""
    return min(HEADERS, int(limit_mb * 1e6) // 10)


def encoded_size(size: int) -> int:
    """The bytes a file of ``size`` bytes takes in a message: base64 with its line breaks."""
    chars = 4 * math.ceil(size / 3)
    return chars + _BREAK * math.ceil(chars / _LINE)


def message_size(size: int, limit_mb: float) -> int:
    """What a mail server counts for an e-mail carrying a file of ``size`` bytes: the encoded file and
    the room for the headers under ``limit_mb``."""
    return encoded_size(size) + headers_room(limit_mb)


def fits(size: int, limit_mb: float) -> bool:
    """Whether a file of ``size`` bytes goes in one e-mail under ``limit_mb`` MB."""
    return message_size(size, limit_mb) <= limit_mb * 1e6


def largest_file(limit_mb: float) -> int:
    """The largest file that goes in one e-mail under ``limit_mb`` MB (0 when none does)."""
    room = int(limit_mb * 1e6) - headers_room(limit_mb)
    size = max(0, room * 3 * _LINE // (4 * (_LINE + _BREAK)))  # a little under the inverse
    while fits(size + 1, limit_mb):
        size += 1
    while size > 0 and not fits(size, limit_mb):
        size -= 1
    return size
