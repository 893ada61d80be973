"""Packages and their parts are measured as the mail server counts them: the message, with the file
base64-encoded (a third larger) and its headers. A 19.9 MB part went out as a 27 MB e-mail and a
20 or 25 MB limit refused it."""

from __future__ import annotations

import base64
import os
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from petdesk.i18n import translator
from petdesk.sync import mail_limit, parts
from petdesk.sync.mail_size import encoded_size, fits, largest_file


def _message(data: bytes) -> bytes:
    """A real e-mail carrying ``data`` as an attachment, as a mail program sends it."""
    mail = EmailMessage(policy=SMTP)
    mail["From"] = "xian@example.org"
    mail["To"] = "berlin@example.org"
    mail["Subject"] = "hub.part1of3.petdesk-sync"
    mail.set_content("Part 1 of 3 of this week's package.")
    mail.add_attachment(
        data, maintype="application", subtype="octet-stream", filename="hub.part1of3.petdesk-sync"
    )
    return mail.as_bytes()


@pytest.mark.parametrize("size", [0, 1, 2, 3, 56, 57, 58, 1000, 123_457])
def test_encoded_size_is_what_mime_base64_writes(size: int) -> None:
    lines = base64.encodebytes(os.urandom(size))  # lines of 76 characters, each ended by "\n"
    assert encoded_size(size) == len(lines) + lines.count(b"\n")  # sent with CRLF


def test_a_part_under_20_mb_is_no_longer_one_that_only_the_file_is_under() -> None:
    assert not fits(19_900_000, 20) and not fits(19_900_000, 25)  # 27.2 MB as an e-mail
    assert encoded_size(19_900_000) > 27_000_000
    assert 14_000_000 < largest_file(20) < 15_000_000


@pytest.mark.parametrize("limit_mb", [0.05, 2.0])
def test_the_largest_part_goes_in_a_real_e_mail_under_the_limit(limit_mb: float) -> None:
    whole_part = parts.slice_size(limit_mb) + parts.HEADER_ROOM  # the largest part file written
    assert whole_part == largest_file(limit_mb)
    message = _message(os.urandom(whole_part))
    assert len(message) <= limit_mb * 1e6
    # and the room is not wasted: a third of the limit more than the file, not more
    assert len(message) > 0.9 * limit_mb * 1e6
    assert not fits(whole_part + 100, limit_mb)


def test_split_package_cuts_parts_whose_e_mails_are_under_the_limit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "hub.petdesk-sync"
    package.write_bytes(os.urandom(150_000))
    written = parts.split_package(package, 0.05, package_id="p1")
    assert len(written) == 5  # 150 kB in parts of ~33 kB: the file alone would have needed 4
    for part in written:
        assert len(_message(part.path.read_bytes())) <= 50_000
    small = tmp_path / "small.petdesk-sync"
    small.write_bytes(os.urandom(30_000))  # 41 kB as an e-mail: one is enough
    assert parts.split_package(small, 0.05, package_id="p2") == [] and small.exists()


def test_the_warning_counts_the_e_mail_and_says_so() -> None:
    _ = translator("en")
    assert mail_limit.too_large_advice(18_000_000, 25, incremental=False, _=_) is None
    advice = mail_limit.too_large_advice(19_900_000, 25, incremental=True, _=_)
    assert advice is not None
    assert advice.startswith("the package is 19.9 MB, 27.2 MB as an e-mail (attachments are encoded")
    assert "(25 MB): carry it on a USB stick" in advice
