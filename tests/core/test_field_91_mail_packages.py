"""Field test 91: Mr. Chen Bo at the Xi'an hub sends Berlin a first full package and weekly ones by
e-mail (20 MB limit), and imports Berlin's weekly packages as they come: one twice (Outlook's
"(1)" copy of one taken from a ".txt" rename), one missing from the series, one arriving late.

Measured on a 20,000-contact demo (2-core machine, under load): the full package 8.5 MB in 4.9 s,
Berlin's import of it 4.4 s; weekly packages 2–3 kB. Replayed here on a small demo."""

from __future__ import annotations

import shutil
from pathlib import Path

from petdesk.cli import main
from petdesk.i18n import translator
from petdesk.models import Contact
from petdesk.sync import mail_limit, service
from tests.core.sync.helpers import PASSPHRASE, export, make_office, office_id


def test_xian_and_berlin_exchange_by_mail(tmp_path: Path) -> None:
    xian, berlin = make_office(tmp_path / "dbs", "Xi'an Hub"), make_office(tmp_path / "dbs", "Berlin Office")
    xian.close()
    assert main(["--db", str(xian.path), "demo", "--contacts", "300", "--seed", "91"]) == 0
    mail_limit.set_limit_mb(xian, 20)  # the office mail server's limit

    # The first package: everything, and it fits in an e-mail (else the export says so and why).
    full = export(xian, tmp_path / "xian-full.petdesk-sync")
    assert not full.incremental and full.size < 20e6
    _ = translator("en")
    assert mail_limit.too_large_advice(full.size, 20, incremental=False, _=_) is None
    advice = mail_limit.too_large_advice(full.size, full.size / 2e6, incremental=False, _=_)
    assert advice and "USB stick" in advice and "import it first" in advice
    taken = service.import_package(berlin, full.path, PASSPHRASE)
    assert taken.applied and taken.counts["contact"].added >= 300

    # Berlin's weekly packages for Xi'an, a new contact in each.
    weeks = []
    for week, name in enumerate(["Weber", "Schulz", "Fischer"], start=1):
        with berlin.transaction() as session:
            session.add(Contact(family_name=name, given_name="Anna", notes=f"week {week}"))
        weeks.append(export(berlin, tmp_path / f"berlin-week-{week}.petdesk-sync", to=office_id(xian)).path)

    # Week 1 arrives renamed by Outlook to ".txt", then once more as "(1)".
    txt = tmp_path / "berlin-week-1.petdesk-sync.txt"
    shutil.copyfile(weeks[0], txt)
    assert service.import_package(xian, txt, PASSPHRASE).applied
    copy = tmp_path / "berlin-week-1 (1).petdesk-sync"
    shutil.copyfile(weeks[0], copy)
    again = service.import_package(xian, copy, PASSPHRASE)
    assert again.already_imported and not again.applied
    assert again.imported_before_file == txt.name

    # Week 2 is lost on the way: week 3 says so, and that nothing is lost.
    week3 = service.import_package(xian, weeks[2], PASSPHRASE)
    assert week3.missing_packages == (2, 2) and week3.missing_covered
    with xian.transaction() as session:
        names = {c.family_name for c in session.query(Contact).filter(Contact.notes.like("week %"))}
    assert names == {"Weber", "Schulz", "Fischer"}
    # ... and when it turns up later, it changes nothing.
    late = service.import_package(xian, weeks[1], PASSPHRASE)
    assert not late.changed_data and late.missing_packages is None

    # Xi'an's weekly package for Berlin holds only what Berlin lacks: a few kB.
    with xian.transaction() as session:
        session.add(Contact(family_name="Chen", given_name="Bo", family_name_zh="陈", given_name_zh="波"))
    weekly = export(xian, tmp_path / "xian-week-1.petdesk-sync", to=office_id(berlin))
    assert weekly.incremental and weekly.size < 50_000 < full.size
    back = service.import_package(berlin, weekly.path, PASSPHRASE)
    assert back.counts["contact"].added == 1
    xian.close()
    berlin.close()
