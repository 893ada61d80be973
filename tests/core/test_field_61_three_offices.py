"""Field test 61: a week of sync packages between Munich (English window), Chengdu and Hong Kong
(Chinese windows; Hong Kong's partners in Traditional Chinese), by USB stick and e-mail.

Replayed on the command line with real package files: a Traditional name found by a Simplified
search at every office; a contacts import at Munich undone after Chengdu received it (the undo's
deletions travel, nothing comes back); a follow-up marked done at Munich and postponed at Chengdu,
with Hong Kong relaying both (Chengdu hears its postponement lost and puts it back); an emergency
sheet entry edited at two offices (the conflict names the visit and city); a training's city typed
in English at Munich shown as 成都 at Chengdu; a person erased at Hong Kong. Afterwards the three
databases hold the same records.

The contact files are written as the programs write them: Apple Contacts' vCard 3.0 (CRLF,
``type=`` parameters) and Outlook's CSV export (Windows-1252, quoted header); both made up here.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.services import logistics, trainings
from petdesk.sync.entities import entities
from tests.helpers.tree_catalogue import tree_catalogue
from tests.helpers.tt61d_cheap_package_key import cheap_package_key

__all__ = ["cheap_package_key", "tree_catalogue"]  # the fixtures, imported to be used here

SYNC_PASSPHRASE = "granite willow 62 harbour"
OFFICES = {"munich": "Munich Office", "chengdu": "Chengdu Office", "hong_kong": "Hong Kong Office"}
OFFICES_ZH = {"munich": "慕尼黑办公室", "chengdu": "成都办公室", "hong_kong": "香港办公室"}
LANG = {"munich": "en", "chengdu": "zh_CN", "hong_kong": "zh_CN"}

APPLE_VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:張;偉;;;\r\nFN:張偉\r\nORG:香港環保協會\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:wai.cheung@hkenv.org.hk\r\n"
    "TEL;type=WORK;type=VOICE:+852 2345 6789\r\nEND:VCARD\r\n"
)
OUTLOOK_CSV = (
    '"First Name","Last Name","Company","E-mail Address","Business Phone"\r\n'
    '"Jürgen","Müller","Stadtwerke München","j.mueller@swm.de","+49 89 2361 0"\r\n'
    '"Anna","Weiß","Bayern Innovativ","weiss@bayern-innovativ.de","+49 911 20671 0"\r\n'
)


class Week:
    """Three office databases and the packages carried between them."""

    def __init__(self, root: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.capsys, self.sent = root, capsys, 0
        self.db = {office: root / f"{office}.sqlite" for office in OFFICES}

    def run(self, office: str, *argv: str, expect: int | None = 0) -> str:
        self.capsys.readouterr()
        code = main(["--lang", LANG[office], "--db", str(self.db[office]), *argv])
        out, err = self.capsys.readouterr()
        if expect is not None:
            assert code == expect, (argv, out, err)
        return out

    def send(self, sender: str, receiver: str, *, expect: int = 0) -> str:
        self.sent += 1
        package = self.root / f"{self.sent:02d}-{sender}-to-{receiver}.petdesk-sync"
        self.run(sender, "sync", "export", "--to", OFFICES[receiver], "--out", str(package))
        return self.run(receiver, "sync", "import", str(package), expect=expect)

    def round(self) -> None:
        """Everyone sends to everyone: every change has reached every office."""
        for sender in OFFICES:
            for receiver in OFFICES:
                if sender != receiver:
                    self.send(sender, receiver, expect=None)  # type: ignore[arg-type]

    def rows(self, office: str, sql: str, *args: str) -> list[tuple[object, ...]]:
        conn = sqlite3.connect(self.db[office])
        try:
            return conn.execute(sql, args).fetchall()
        finally:
            conn.close()


def _synced_records(path: Path) -> dict[str, dict[str, tuple[object, ...]]]:
    """Every exchanged record with its exchanged columns (updated_at says when it was written here)."""
    conn = sqlite3.connect(path)
    try:
        found = {}
        for entity in entities():
            columns = ", ".join(c for c in entity.columns if c != "updated_at")
            found[entity.name] = {
                r[0]: r[1:] for r in conn.execute(f"SELECT id, {columns} FROM {entity.name}")
            }
        return found
    finally:
        conn.close()


@pytest.fixture
def week(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    new_database_file: Callable[[Path], Path],
    cheap_package_key: None,  # some 40 packages: their key derivation is not what this story tests
) -> Week:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", SYNC_PASSPHRASE)
    w = Week(tmp_path, capsys)
    for path in w.db.values():
        new_database_file(path)  # a new file as the session's template is: not every migration again
    w.run("munich", "demo", "--contacts", "8", "--seed", "61")
    for office, name in OFFICES.items():
        w.run(office, "office", "--name", name, "--name-zh", OFFICES_ZH[office])
    for office in OFFICES:
        everything = tmp_path / f"{office}-all.petdesk-sync"
        w.run(office, "sync", "export", "--all", "--out", str(everything))
        for other in OFFICES:
            if other != office:
                w.run(other, "sync", "import", str(everything))
    return w


def test_a_week_of_packages_between_three_offices(week: Week, tmp_path: Path, tree_catalogue: Path) -> None:
    # Hong Kong imports a partner from Apple Contacts, in Traditional characters; a Simplified
    # search finds him at every office.
    vcard = tmp_path / "張偉.vcf"
    vcard.write_bytes(APPLE_VCARD.encode("utf-8"))
    week.run("hong_kong", "import-contacts", str(vcard))
    week.send("hong_kong", "munich")
    week.send("hong_kong", "chengdu")
    for office in OFFICES:
        assert "張偉" in week.run(office, "search", "张伟"), office

    # Munich imports two people from Outlook, Chengdu receives them and adds an honorific to one;
    # then Munich undoes the import. The deletions travel; nobody comes back.
    outlook = tmp_path / "outlook.csv"
    outlook.write_bytes(OUTLOOK_CSV.encode("cp1252"))
    assert "2 added" in week.run("munich", "import-contacts", str(outlook))
    week.send("munich", "chengdu")
    (mueller,) = week.rows("chengdu", "SELECT id FROM contact WHERE family_name = 'Müller'")
    week.run("chengdu", "followups", "add", "--contact", str(mueller[0]), "--title", "Send invitation")
    week.run("munich", "import-undo", "--yes")
    out = week.send("munich", "chengdu")
    # Chengdu's follow-up of the person goes with him, and Chengdu is told how to get both back.
    assert "后续行动" in out and "恢复" in out
    week.send("munich", "hong_kong")
    week.send("chengdu", "hong_kong")

    # A follow-up: Chengdu postpones it, Munich marks it done; Hong Kong relays both ways.
    (follow_up,) = week.rows(
        "munich",
        "SELECT id FROM follow_up WHERE status = 'open' AND visit_id IS NOT NULL ORDER BY id LIMIT 1",
    )
    short = str(follow_up[0])[:8]
    week.run("chengdu", "followups", "postpone", short, "--to", "2027-01-15")
    week.run("munich", "followups", "done", short)
    week.send("munich", "hong_kong")
    week.send("chengdu", "hong_kong", expect=4)
    week.send("hong_kong", "munich", expect=4)
    # Munich, which closed it, hears that Chengdu postponed it meanwhile, and which field it changed.
    said = week.run("munich", "sync", "conflicts")
    assert "Chengdu Office, which changed the Due date" in said, said
    week.send("hong_kong", "chengdu", expect=4)
    said = week.run("chengdu", "sync", "conflicts")
    # Chengdu's postponement lost against Munich's "done", though the package came from Hong Kong.
    assert "已被慕尼黑办公室" in said and "--keep other" in said, said
    (conflict_id,) = [line.split()[0] for line in said.splitlines() if line and not line.startswith(" ")]
    week.run("chengdu", "sync", "resolve", "--keep", "other", conflict_id)

    # The Chengdu entry of a visit's emergency sheet: Munich and Chengdu fix its hospital at once.
    (visit,) = week.rows("munich", "SELECT id FROM visit WHERE deleted_at IS NULL ORDER BY id LIMIT 1")
    db = open_database(week.db["munich"])
    with db.transaction() as session:
        entry = logistics.add_emergency_entry(
            session, str(visit[0]), place="Chengdu", hospital="West China"
        ).id
        training = trainings.create_training(
            session,
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 10),
            title_en="Sludge treatment workshop",
            city_en="Chengdu",  # typed in English only
        ).id
    db.close()
    week.send("munich", "chengdu", expect=None)  # type: ignore[arg-type]
    for office, hospital in (("munich", "West China Hospital"), ("chengdu", "四川大学华西医院")):
        db = open_database(week.db[office])
        with db.transaction() as session:
            logistics.update_emergency_entry(session, entry, hospital=hospital)
        db.close()
    week.send("munich", "hong_kong", expect=None)  # type: ignore[arg-type]
    week.send("chengdu", "hong_kong", expect=4)
    said = week.run("hong_kong", "sync", "conflicts")
    assert "：Chengdu”" in said and "附近医院" in said, said
    assert entry[:8] not in said

    # The training Munich typed in English shows its city in Chinese at Chengdu.
    listing = week.run("chengdu", "trainings", "--from", "2027-03-01", "--to", "2027-03-31")
    assert training[:8] in listing and "【成都】" in listing

    # Hong Kong erases Mr Cheung (張偉) at his request.
    (cheung,) = week.rows("hong_kong", "SELECT contact_id FROM contact_method WHERE value LIKE 'wai.cheung%'")
    week.run("hong_kong", "person", "erase", "--yes", str(cheung[0]))

    week.round()
    records = {office: _synced_records(path) for office, path in week.db.items()}
    assert records["munich"] == records["chengdu"] == records["hong_kong"]
    for office in OFFICES:
        assert week.rows(office, "SELECT count(*) FROM contact WHERE id = ?", str(cheung[0])) == [(0,)]
        assert week.rows(
            office,
            "SELECT count(*) FROM contact WHERE family_name IN ('Müller', 'Weiß') AND deleted_at IS NULL",
        ) == [(0,)], office
        assert week.rows(
            office, "SELECT status, due_date FROM follow_up WHERE id = ?", str(follow_up[0])
        ) == [("open", "2027-01-15")], office
        assert week.rows(office, "SELECT city_zh FROM training WHERE id = ?", training) == [("成都",)]
