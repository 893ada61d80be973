"""A package too large for one e-mail, cut into numbered parts and joined again at the receiver.

A merged hub's full package passes 20–25 MB, over what mail services take (field test 91). A part
is "under the limit" as the mail server counts it: encoded for e-mail, a third larger
(:mod:`petdesk.sync.mail_size`). Each part is a small header and a slice of the package file's
bytes; the encrypted package inside is unchanged, so the receiver joins the slices and imports the
whole as any other package::

    magic        17 bytes  b"\\x89PETDESK-PART\\r\\n\\x1a\\n"
    header_len    4 bytes  (big-endian)
    header       JSON: package id, part number and count, the whole's name, size and SHA-256,
                 this slice's size and SHA-256
    slice        the package file's bytes from (part - 1) * slice size on

Any one part leads to the others: the folder is searched for files named ``…partNofM…`` (a mail
program's "hub.part2of3 (1).petdesk-sync" or "….txt" included), and a part's header, not its name,
says which package it belongs to."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import math
import re
import shutil
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from petdesk import outfile
from petdesk.sync.mail_size import fits, largest_file
from petdesk.sync.package import CHUNK, PackageError

PART_MAGIC = b"\x89PETDESK-PART\r\n\x1a\n"
SUFFIX = ".petdesk-sync"
PART_FORMAT = 1
#: Bytes kept for the magic and the header in each part (a header takes about 400).
HEADER_ROOM = 1024
#: Parts a package may be cut into (a larger count is a damaged or crafted header).
MAX_PARTS = 999
#: The names searched for a package's other parts: "hub.part2of3.petdesk-sync" and mail programs'
#: renamings of it.
_PART_NAME = re.compile(r"part\d+of\d+", re.IGNORECASE)
#: The same names as an Open dialog's pattern.
PART_NAME_PATTERN = f"*.part*of*{SUFFIX}*"


class PartsError(PackageError):
    """The parts of a split package cannot be joined: one is missing, damaged or of another package."""


@dataclass(frozen=True)
class Part:
    """A part file and what its header says."""

    path: Path
    package_id: str
    number: int
    count: int
    #: The whole package's file name, size and SHA-256.
    name: str
    whole_size: int
    whole_sha256: str
    #: This part's slice of the whole.
    size: int
    sha256: str
    #: Where the slice starts in the part file (after the header).
    offset: int = 0


def part_path(out: Path, number: int, count: int) -> Path:
    """``hub.petdesk-sync`` → ``hub.part1of3.petdesk-sync``, beside it."""
    stem = out.name[: -len(SUFFIX)] if out.name.endswith(SUFFIX) else out.stem
    return out.with_name(f"{stem}.part{number}of{count}{SUFFIX}")


def can_split(limit_mb: float) -> bool:
    """Whether parts under ``limit_mb`` MB can carry a slice of the package at all."""
    return largest_file(limit_mb) - HEADER_ROOM >= HEADER_ROOM


def slice_size(limit_mb: float) -> int:
    """How many bytes of the package each part carries, so that a part's e-mail stays under
    ``limit_mb`` (the part encoded, with its headers)."""
    if not can_split(limit_mb):
        raise ValueError("the e-mail limit is too small to split a package into parts")
    return largest_file(limit_mb) - HEADER_ROOM


def split_package(path: Path, limit_mb: float, *, package_id: str) -> list[Part]:
    """Cut the package file ``path`` into parts under ``limit_mb`` MB beside it and remove the whole
    (the parts replace it: the whole must not be sent as well). Nothing is done, and no part is
    returned, when the package fits in one e-mail."""
    whole_size = path.stat().st_size
    if fits(whole_size, limit_mb):
        return []
    step = slice_size(limit_mb)
    count = math.ceil(whole_size / step)
    if count > MAX_PARTS:
        raise ValueError(f"the package would need {count} parts; carry it on a USB stick")
    whole_sha256 = _sha256_of(path)
    parts: list[Part] = []
    with path.open("rb") as fh:
        for number in range(1, count + 1):
            data = fh.read(step)
            part = Part(
                path=part_path(path, number, count),
                package_id=package_id,
                number=number,
                count=count,
                name=path.name,
                whole_size=whole_size,
                whole_sha256=whole_sha256,
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            )
            header = _header_bytes(part)
            part = dataclasses.replace(part, offset=len(header))
            with outfile.writing(part.path) as out:
                out.write(header)
                out.write(data)
            parts.append(part)
    path.unlink()
    return parts


def _header_bytes(part: Part) -> bytes:
    header = json.dumps(
        {
            "format": PART_FORMAT,
            "package_id": part.package_id,
            "part": part.number,
            "count": part.count,
            "name": part.name,
            "whole_size": part.whole_size,
            "whole_sha256": part.whole_sha256,
            "size": part.size,
            "sha256": part.sha256,
        },
        ensure_ascii=False,
    ).encode()
    data = PART_MAGIC + struct.pack(">I", len(header)) + header
    assert len(data) <= HEADER_ROOM, "a part's header outgrew the room kept for it"
    return data


def _sha256_of(path: Path, start: int = 0) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        fh.seek(start)
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def is_part(path: Path) -> bool:
    """Whether ``path`` starts as a part of a split package does."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(PART_MAGIC)) == PART_MAGIC
    except OSError:
        return False


def read_part(path: Path) -> Part:
    """The header of the part file ``path``; PartsError when it is not one or is damaged."""
    damaged = PartsError(f"{path.name} is a damaged part of a split package; ask for it again")
    with path.open("rb") as fh:
        if fh.read(len(PART_MAGIC)) != PART_MAGIC:
            raise PartsError(f"{path.name} is not a part of a split package")
        raw_len = fh.read(4)
        if len(raw_len) != 4 or (length := struct.unpack(">I", raw_len)[0]) > HEADER_ROOM:
            raise damaged
        try:
            header: dict[str, Any] = json.loads(fh.read(length))
            part = Part(
                path=path,
                package_id=str(header["package_id"]),
                number=int(header["part"]),
                count=int(header["count"]),
                name=Path(str(header["name"])).name,  # never a path elsewhere
                whole_size=int(header["whole_size"]),
                whole_sha256=str(header["whole_sha256"]),
                size=int(header["size"]),
                sha256=str(header["sha256"]),
                offset=len(PART_MAGIC) + 4 + length,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise damaged from exc
    if header.get("format") != PART_FORMAT or not 1 <= part.number <= part.count <= MAX_PARTS:
        raise damaged
    if not part.name or part.name in {".", ".."}:
        raise damaged
    return part


def _intact(part: Part) -> bool:
    """Whether the part's slice is all there and as it was written (a mail cut it short?)."""
    return (
        part.path.stat().st_size == part.offset + part.size
        and _sha256_of(part.path, part.offset) == part.sha256
    )


def _siblings(given: Part) -> tuple[dict[int, Part], list[Part], list[Part]]:
    """The intact parts of ``given``'s package found beside it, by number (a renamed copy is used
    once), the parts of other packages found there, and the damaged files that claim to be ours."""
    ours: dict[int, Part] = {}
    foreign: list[Part] = []
    damaged: list[Part] = []
    others = sorted(p for p in given.path.parent.iterdir() if _PART_NAME.search(p.name) and p != given.path)
    candidates = [given.path, *others]
    for path in candidates:
        if not path.is_file() or not is_part(path):
            continue
        try:
            part = read_part(path)
        except (PartsError, OSError):
            continue  # not this package's, as far as anyone can tell
        if (part.package_id, part.whole_sha256, part.count) != (
            given.package_id,
            given.whole_sha256,
            given.count,
        ):
            foreign.append(part)
        elif part.number in ours:
            continue  # a second copy ("… (1)"): one is enough
        elif _intact(part):
            ours[part.number] = part
        else:
            damaged.append(part)
    return ours, foreign, damaged


class JoinedPackage:
    """The package file to import for ``path``: ``path`` itself, or, for a part, the whole joined
    from it and its sibling parts in a temporary folder (removed by :meth:`close`)."""

    def __init__(self, path: Path) -> None:
        self.given = path
        self.path = path
        #: The parts joined, in order (empty for a package given whole).
        self.parts: list[Part] = []
        self._folder: Path | None = None
        if is_part(path):
            self._join(read_part(path))

    def _join(self, given: Part) -> None:
        ours, foreign, damaged = _siblings(given)
        missing = [n for n in range(1, given.count + 1) if n not in ours]
        if missing:
            raise PartsError(_missing_sentence(given, missing, foreign, damaged))
        self.parts = [ours[n] for n in range(1, given.count + 1)]
        self._folder = Path(tempfile.mkdtemp(prefix="petdesk-parts-"))
        self.path = self._folder / given.name
        digest = hashlib.sha256()
        try:
            with self.path.open("wb") as out:
                for part in self.parts:
                    with part.path.open("rb") as fh:
                        fh.seek(part.offset)
                        while chunk := fh.read(CHUNK):
                            digest.update(chunk)
                            out.write(chunk)
        except BaseException:
            self.close()  # a full disk or a stopped preview: no package's worth of copy left behind
            raise
        if digest.hexdigest() != given.whole_sha256 or self.path.stat().st_size != given.whole_size:
            self.close()
            raise PartsError(
                f"the {given.count} parts of {given.name} do not join into the package they were cut "
                "from (its checksum differs); ask for all of them again"
            )

    def close(self) -> None:
        """Remove the joined copy (the parts stay as they are)."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> JoinedPackage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _missing_sentence(given: Part, missing: list[int], foreign: list[Part], damaged: list[Part]) -> str:
    """Why the parts cannot be joined, in plain words: a damaged copy of a missing part, else a
    part of another package in its place, else the numbers missing."""
    for part in damaged:
        if part.number in missing:
            return (
                f"{part.path.name} is damaged (cut short or altered on the way): ask for part {part.number} "
                f"of {given.name} again"
            )
    for part in foreign:
        if part.number in missing:
            return (
                f"{part.path.name} is a part of another package: save part {part.number} of {given.name} "
                "beside the others, then import again"
            )
    numbers = ", ".join(str(n) for n in missing)
    if len(missing) == 1:
        return (
            f"{given.name} was split into {given.count} parts, and part {numbers} is not in the folder "
            f"{given.path.resolve().parent}: save every part into one folder, then import any one of them"
        )
    return (
        f"{given.name} was split into {given.count} parts, and parts {numbers} are not in the folder "
        f"{given.path.resolve().parent}: save every part into one folder, then import any one of them"
    )
