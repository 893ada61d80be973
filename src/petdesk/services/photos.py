"""Contact photos from vCards, kept small (issue 13): decoded, shrunk to a thumbnail and stored as
"image/jpeg;base64,…" text so that they travel in sync packages and vCard exports."""

from __future__ import annotations

import base64
import binascii
import io
from typing import TYPE_CHECKING

from petdesk.i18n import N_

if TYPE_CHECKING:
    from PIL import Image

#: Longest side of a stored photo, in pixels; a phone shows contact photos about this size.
MAX_SIDE = 256
#: A JPEG no larger than MAX_SIDE and this many bytes is kept as it is: re-encoding it at every
#: import lost a little quality each time a photo passed between offices (field test 29).
MAX_KEPT_BYTES = 65_536
#: A photo larger than this (decoded) is refused rather than decoded (a damaged or hostile file).
MAX_INPUT_BYTES = 10_000_000


class PhotoError(ValueError):
    """Why a picture cannot be a photo, in English; ``template`` and ``values`` let an import report
    say it in the user's language (the templates are in ``messages.TEMPLATES`` too)."""

    def __init__(self, template: str, **args: str) -> None:
        super().__init__(template.format(**args))
        self.template, self.values = template, args


def from_vcard(value: str, encoding: str = "", media_type: str = "") -> str:
    """The stored form of a PHOTO value: base64 (2.1/3.0 ``ENCODING=b``) or a ``data:`` URI (4.0)."""
    value = value.strip()
    if value.lower().startswith("data:"):
        head, _, value = value.partition(",")
        if ";base64" not in head.lower():
            raise PhotoError(N_("the photo is not base64 data"))
    elif value.lower().startswith(("http:", "https:", "file:", "cid:")):
        raise PhotoError(N_("the photo is a link, not a picture in the file"))
    elif encoding.upper() not in ("B", "BASE64", ""):
        raise PhotoError(N_("photo encoding {encoding} is not supported"), encoding=encoding)
    if len(value) > MAX_INPUT_BYTES * 4 // 3 + 4:
        raise PhotoError(N_("the photo is larger than 10 MB"))
    try:
        data = base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PhotoError(N_("the photo's base64 data is damaged")) from exc
    return shrink(data)


def shrink(data: bytes) -> str:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > 50_000_000:
                raise PhotoError(N_("the photo has too many pixels"))
            if _keeps_as_it_is(image, data):
                return "image/jpeg;base64," + base64.b64encode(data).decode("ascii")
            image.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=85)
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        if isinstance(exc, PhotoError):
            raise
        raise PhotoError(N_("the photo is not a picture petdesk can read")) from exc
    return "image/jpeg;base64," + base64.b64encode(out.getvalue()).decode("ascii")


def _keeps_as_it_is(image: Image.Image, data: bytes) -> bool:
    """Whether a picture is already a small JPEG that shows as it is (decoding it whole first, so
    that damaged data is still re-encoded or refused)."""
    if image.format != "JPEG" or image.mode not in ("RGB", "L") or len(data) > MAX_KEPT_BYTES:
        return False
    if max(image.size) > MAX_SIDE:
        return False
    image.load()
    return True


def from_file(path: str) -> str:
    """The stored form of a picture file chosen in the contact editor."""
    import os

    try:
        if os.path.getsize(path) > MAX_INPUT_BYTES:
            raise PhotoError(N_("the photo is larger than 10 MB"))
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise PhotoError(N_("the file cannot be read: {exc}"), exc=str(exc.strerror or exc)) from exc
    return shrink(data)


def is_stored_form(value: str) -> bool:
    """A photo as petdesk stores it: an image media type and base64 data that decodes."""
    media, data = to_bytes(value)
    return media.startswith("image/") and bool(data)


def to_bytes(stored: str) -> tuple[str, bytes]:
    """(media type, bytes) of a stored photo; ("", b"") when there is none."""
    if not stored or ";base64," not in stored:
        return "", b""
    media, _, data = stored.partition(";base64,")
    try:
        return media, base64.b64decode(data)
    except (binascii.Error, ValueError):
        return "", b""
