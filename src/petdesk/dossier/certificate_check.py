"""Which certificate a serial number belongs to (field test 89: an auditor checking three printed
certificates against petdesk had no way to look a serial up). A serial is a digest of the training's
and the person's ids (:func:`petdesk.dossier.certificates.serial_number`), not a stored number, so a
serial is found by computing those of the year's trainings. A person merged into another since the
print has a new id: the serial made with the id merged away is still recognised (core, no Qt)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from petdesk.dossier.certificates import certificates, names_of, serial_number
from petdesk.dossier.data import gather_training
from petdesk.dossier.labels import Bi
from petdesk.models import MergeRecord, Training

SERIAL = re.compile(r"(\d{4})-([0-9A-F]{4})-([0-9A-F]{6})")


@dataclass(frozen=True)
class CertificateFound:
    serial: str
    training_id: str
    training_title: Bi
    status: str
    person_id: str
    #: the name in the person's own script, then its other spellings
    name: str
    other_names: tuple[str, ...]
    #: whether the person earns the certificate by the attendance rule as recorded now
    earned: bool
    #: the id the serial was made with, when the person has been merged into ``person_id`` since
    merged_from: str = ""


def normalise(text: str) -> str | None:
    """ "2026-9401-5f2d48", " 2026 – 9401 – 5F2D48 " -> "2026-9401-5F2D48"; None if not a serial."""
    cleaned = re.sub(r"[\s\u2010-\u2015\uff0d-]+", "-", text.strip().upper()).strip("-")
    return cleaned if SERIAL.fullmatch(cleaned) else None


def _earlier_ids(session: Session) -> dict[str, list[str]]:
    """person id -> the ids merged into it (through chains of merges), undone merges left out."""
    kept_of = dict(
        session.execute(
            select(MergeRecord.merged_id, MergeRecord.kept_id).where(
                MergeRecord.entity == "contact", MergeRecord.undone_at.is_(None)
            )
        ).all()
    )
    earlier: dict[str, list[str]] = {}
    for merged in kept_of:
        final, seen = merged, {merged}
        while final in kept_of and kept_of[final] not in seen:
            final = kept_of[final]
            seen.add(final)
        earlier.setdefault(final, []).append(merged)
    return earlier


def find_certificate(session: Session, serial: str) -> CertificateFound | None:
    """The certificate with this serial among the live trainings of the serial's year, or None."""
    wanted = normalise(serial)
    if wanted is None:
        return None
    year = int(wanted[:4])
    ids = session.scalars(
        select(Training.id).where(Training.deleted_at.is_(None), extract("year", Training.start_date) == year)
    ).all()
    earlier = _earlier_ids(session)
    for training_id in ids:
        training = gather_training(session, training_id)
        for cert in certificates(training, everyone=True):
            tried = [(cert.person_id, "")] + [(old, old) for old in earlier.get(cert.person_id, [])]
            for person_id, merged_from in tried:
                if serial_number(training, person_id) != wanted:
                    continue
                person = next(p.person for p in training.attendees if p.person.id == cert.person_id)
                name, others = names_of(person)
                earned = cert.counted is not None and cert.counted.earns_certificate
                return CertificateFound(
                    wanted,
                    training.id,
                    training.title,
                    training.status.value,
                    cert.person_id,
                    name,
                    others,
                    earned,
                    merged_from,
                )
    return None


#: What separates serials typed or pasted together: lines, commas, semicolons (also full-width ones).
_BETWEEN = re.compile(r"[\n\r,;，；、]+")


def split_serials(text: str) -> list[str]:
    """The serials of a pasted text, in order: one a line or separated by commas; words of a line
    separated by spaces are serials of their own when each is one ("2026-9401-5F2D48 2026-..."), else
    the line is one serial written with spaces ("2026 9401 5F2D48")."""
    found: list[str] = []
    for piece in _BETWEEN.split(text):
        words = piece.split()
        if len(words) > 1 and all(normalise(w) for w in words):
            found.extend(words)
        elif piece.strip():
            found.append(piece.strip())
    return found


@dataclass(frozen=True)
class Verdict:
    """One serial checked: the sentence that says so, in the reader's language, and whether it is valid."""

    serial: str
    text: str
    valid: bool
    found: CertificateFound | None


def verdict(
    session: Session, serial: str, locale: str, translate: Callable[[str], str] | None = None
) -> Verdict:
    """Whose certificate ``serial`` is, which training, earned or not, in ``locale``; the command
    line's ``dossier certificates --verify`` (which passes its own lighter ``translate``) and the
    window's Verify Certificate say the same."""
    from petdesk.labels import bracket
    from petdesk.language import interface_language

    if translate is None:
        from petdesk.i18n import translator

        translate = translator(locale)
    _ = translate
    found = find_certificate(session, serial)
    if found is None:
        text = _("{serial}: no certificate of this office has this number").format(serial=serial.strip())
        return Verdict(serial.strip(), text, False, None)
    name = bracket(found.name, found.other_names[0], locale) if found.other_names else found.name
    zh = interface_language(locale) == "zh"
    title = (found.training_title.zh or found.training_title.en) if zh else found.training_title.en
    values = {"serial": found.serial, "name": name, "training": title or found.training_id[:8]}
    if found.earned:
        text = _("{serial}: valid, {name}, training {training}").format(**values)
    else:
        text = _(
            "{serial}: made for {name}, training {training}, but the attendance recorded now "
            "does not earn a certificate"
        ).format(**values)
    if found.merged_from:
        text += " " + _("(printed for a record since merged into this person)")
    return Verdict(found.serial, text, found.earned, found)
