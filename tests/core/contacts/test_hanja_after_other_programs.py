"""A Korean contact's card written by petdesk (FN;ALTID=1;LANGUAGE=ko-Hani:李敏鎬 in 4.0,
X-PETDESK-ALT-FN;LANGUAGE=ko-Hani in 3.0) after a trip through another address book. Hand-written in
the styles these programs export, as their users report them:

- Apple Contacts writes vCard 3.0 and keeps one FN beside N (iOS cards in owncloud/contacts#640);
- Google Contacts writes vCard 3.0, FN then N, no LANGUAGE (owncloud-archive/contacts#774);
- Samsung (Android) writes vCard 2.1 with CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE on N and FN
  (Rillke/Contact-Conversion-Wizard#21).

None documents keeping LANGUAGE on FN; what comes back is a plain FN before or after the Hangul one,
one FN holding both names, or our X-PETDESK-ALT-FN without its parameter. The Hangul name stays the
name and the Han one its Hanja, never the other way round."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing


def _qp(text: str) -> str:
    return "".join(f"={b:02X}" for b in text.encode("utf-8"))


CARDS = {
    # a program keeping every FN, without its parameters, in petdesk's order
    "params dropped": "VERSION:3.0\r\nN:이;민호;;;\r\nFN:이민호\r\nFN:Min-ho Lee\r\nFN:李敏鎬\r\n",
    # Google: the Hanja first, and no N, so the first FN was taken for the name (李 + 敏鎬)
    "google, hanja first, no N": "VERSION:3.0\r\nFN:李敏鎬\r\nFN:이민호\r\n",
    # Apple: one FN, both names in it
    "apple, merged": "VERSION:3.0\r\nN:이;민호;;;\r\nFN:이민호 李敏鎬\r\n",
    "apple, merged in brackets": "VERSION:3.0\r\nN:이;민호;;;\r\nFN:이민호 (李敏鎬)\r\n",
    # Samsung: quoted-printable 2.1, one FN holding both names
    "samsung, merged": (
        f"VERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('이')};{_qp('민호')};;;\r\n"
        f"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{_qp('이민호 李敏鎬')}\r\n"
    ),
    # our vCard 3.0 line, kept by a program that dropped its LANGUAGE
    "x-petdesk-alt-fn without language": (
        "VERSION:3.0\r\nN:이;민호;;;\r\nFN:이민호\r\nX-PETDESK-ALT-FN:李敏鎬\r\n"
    ),
}


@pytest.mark.parametrize("body", CARDS.values(), ids=CARDS.keys())
def test_the_hangul_name_stays_the_name_and_the_han_one_its_hanja(
    db: Database, tmp_path: Path, body: str
) -> None:
    path = tmp_path / "reexported.vcf"
    path.write_bytes(f"BEGIN:VCARD\r\n{body}TEL;CELL:010-1234-5678\r\nEND:VCARD\r\n".encode())
    with db.transaction() as s:
        report = importing.import_file(s, path)
    assert report.counts == {"added": 1}
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        assert (person.family_name_zh, person.given_name_zh) == ("이", "민호")
        assert (person.name_hanja, person.native_name_language, person.nickname) == ("李敏鎬", "ko", "")


def test_a_han_name_of_another_length_is_no_hanja(db: Database, tmp_path: Path) -> None:
    """外公 ("Grandpa") beside 이민호 in one FN is what the owner calls him, not his Hanja."""
    path = tmp_path / "grandpa.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:이;민호;;;\r\nFN:外公\r\nFN:이민호\r\nEND:VCARD\r\n")
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        person = s.scalars(select(m.Contact)).one()
        assert (person.family_name_zh + person.given_name_zh, person.name_hanja) == ("이민호", "")
