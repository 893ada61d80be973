"""Certificates of completion and the attendance mode of field test 79's hybrid ASEAN training:
the two registration forms say who comes in person and who joins online; the certificates go to
the attendees who attended 80 % of the sessions (the attendance report's rule), Thai and Vietnamese
names in their own script, each with a serial number that a reprint keeps."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.certificates import certificates, names_of, serial_number
from petdesk.dossier.data import gather_training
from petdesk.models import Contact
from petdesk.services import attendance_mode, training_lodging
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdffonts, pdfinfo_pages, pdftotext_pages
from tests.core.test_field_79_hybrid_asean_training import _forms

#: After the training: the view from which every session has been held.
AFTER = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)


def _training(db: Database, tmp_path: Path) -> str:
    """Field test 79's training, its five people registered from both forms, and marks: Lan and
    Somchai at every session, Maria at 6 of 8 (75 %: no certificate), Tan and Somphone at 7 of 8."""
    with db.transaction() as s:
        tid = ts.create_training(
            s,
            title_en="Solid waste management for ASEAN cities",
            title_zh="东盟城市固体废物管理培训",
            city_en="Nanning",
            city_zh="南宁",
            start_date=dt.date(2026, 11, 16),
            end_date=dt.date(2026, 11, 19),
        ).id
        for day in range(16, 20):
            for a, b in ((9, 12), (14, 17)):
                ts.add_session(
                    s, tid, title_en=f"Day {day - 15}", start=dt.datetime(2026, 11, day, a),
                    end=dt.datetime(2026, 11, day, b),
                )  # fmt: skip
    assert (
        main(
            [
                "--db",
                str(db.path),
                "--lang",
                "en",
                "import-contacts",
                "--training",
                tid[:8],
                *_forms(tmp_path),
            ]
        )
        == 0
    )
    with db.transaction() as s:
        # the Google form's copy without accents no longer replaces her name (reg52): a certificate
        # must have the accents
        assert s.query(Contact).filter_by(family_name="Nguyễn").one().given_name == "Thị Lan"
        sheet = ts.sign_in_sheet(s, tid)
        missed = {"Maria Santos": 2, "Tan Wei Ling": 1, "ສົມພອນ ແກ້ວມະນີ": 1}
        for row in sheet.attendees:
            away = missed.get(row.name_latin or row.name_zh, 0)
            for n, session in enumerate(sheet.sessions):
                ts.set_attendance(s, session.id, row.contact_id, "absent" if n < away else "present")
    return tid


def _ids(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {c.name_latin or c.name_zh: c.id for c in s.query(Contact)}


def test_the_forms_answers_say_who_attends_online(db: Database, tmp_path: Path) -> None:
    tid = _training(db, tmp_path)
    ids = _ids(db)
    with db.reading() as s:
        online = attendance_mode.online_participants(s, tid)
        sheet = ts.sign_in_sheet(s, tid)
        lodging = training_lodging.lodging_list(s, tid)
    # 问卷星: Somchai 线上参会; Google: Maria and Tan "Online (Zoom)"; Lan and Somphone in person
    assert online == {ids["สมชาย ใจดี"], ids["Maria Santos"], ids["Tan Wei Ling"]}
    modes = {r.contact_id: r.mode for r in sheet.rows}
    assert modes[ids["Nguyễn Thị Lan"]] == modes[ids["ສົມພອນ ແກ້ວມະນີ"]] == "in_person"
    # the paper sheet lists the two in the room; the attendance grid keeps everyone
    assert {r.contact_id for r in sheet.paper_signers} == {ids["Nguyễn Thị Lan"], ids["ສົມພອນ ແກ້ວມະນີ"]}
    assert len(sheet.signers) == 5
    # lodging asks the people in the room only
    assert {r.contact_id for r in lodging.rows} == {ids["Nguyễn Thị Lan"], ids["ສົມພອນ ແກ້ວມະນີ"]}


@pytest.mark.parametrize(
    ("answer", "mode"),
    [
        ("线上参会", "online"),
        ("线下参会", "in_person"),
        ("Online (Zoom)", "online"),
        ("In person (Nanning)", "in_person"),
        ("现场", "in_person"),
        ("Online or in person", None),
        ("不确定", None),
    ],
)
def test_a_mode_is_read_only_when_the_answer_says_it(answer: str, mode: str | None) -> None:
    assert attendance_mode.parse_mode(answer) == mode


def test_certificates_follow_the_attendance_rule_and_keep_their_numbers(db: Database, tmp_path: Path) -> None:
    tid = _training(db, tmp_path)
    ids = _ids(db)
    with db.reading() as s:
        data = gather_training(s, tid)
        online = attendance_mode.online_participants(s, tid)
    earned = certificates(data, online=online, now=AFTER)
    # Maria at 6 of 8 sessions (75 %) falls short of 80 %; the others reach it
    assert {c.person_id for c in earned} == {
        ids[n] for n in ("Nguyễn Thị Lan", "สมชาย ใจดี", "Tan Wei Ling", "ສົມພອນ ແກ້ວມະນີ")
    }
    assert len(certificates(data, everyone=True, now=AFTER)) == 5
    by_id = {c.person_id: c for c in earned}
    lan, somchai = by_id[ids["Nguyễn Thị Lan"]], by_id[ids["สมชาย ใจดี"]]
    assert lan.name == "Nguyễn Thị Lan" and somchai.name == "สมชาย ใจดี"
    assert "online" in somchai.details.en and "线上" in somchai.details.zh
    assert "Nanning" in lan.details.en and "24 hours" in lan.details.en and "共24学时" in lan.details.zh
    # the serial: the same on a reprint, different for another person or another training
    assert lan.serial == serial_number(data, ids["Nguyễn Thị Lan"])
    assert len({c.serial for c in earned}) == 4 and all(c.serial.startswith("2026-") for c in earned)
    again = {c.person_id: c.serial for c in certificates(gather_training_again(db, tid), now=AFTER)}
    assert again == {c.person_id: c.serial for c in earned}


def gather_training_again(db: Database, tid: str):  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return gather_training(s, tid)


def test_the_command_prints_one_page_per_certificate_with_every_script(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tid = _training(db, tmp_path)
    capsys.readouterr()
    pdf = tmp_path / "certificates.pdf"
    assert (
        main(["--db", str(db.path), "--lang", "en", "dossier", "certificates", tid[:8], "--out", str(pdf)])
        == 0
    )
    out = capsys.readouterr().out
    assert "4 certificates" in out, out
    assert pdfinfo_pages(pdf) == 4
    fonts = pdffonts(pdf)
    assert all(f.embedded for f in fonts)
    assert {"NotoSansThai-Regular", "NotoSansLao-Regular"} <= {f.name.split("+")[-1] for f in fonts}
    pages = [flat(p) for p in pdftotext_pages(pdf)]
    # 结业证书 is a certificate of completion, earned by the attendance rule (field test trainfollow60)
    assert all("CertificateofCompletion" in p and "结业证书" in p and "完成了培训" in p for p in pages)
    assert not any("Participation" in p for p in pages)
    assert all("东盟城市固体废物管理培训" in p and "SolidwastemanagementforASEANcities" in p for p in pages)
    assert not any("MariaSantos" in p for p in pages)
    # --all: everyone graded, Maria too; Chinese first with --lang zh_CN
    everyone = tmp_path / "all.pdf"
    assert (
        main(
            [
                "--db",
                str(db.path),
                "dossier",
                "certificates",
                tid[:8],
                "--out",
                str(everyone),
                "--all",
                "--lang",
                "zh_CN",
            ]
        )
        == 0
    )
    assert pdfinfo_pages(everyone) == 5
    first = pdftotext_pages(everyone)[0]
    assert first.index("证书") < first.index("Certificate")
    # Maria (75 %) took part but did not complete it: a certificate of participation, both languages
    (maria,) = [flat(p) for p in pdftotext_pages(everyone) if "MariaSantos" in flat(p)]
    assert "参加证书" in maria and "CertificateofParticipation" in maria and "结业" not in maria
    others = [flat(p) for p in pdftotext_pages(everyone) if "MariaSantos" not in flat(p)]
    assert all("结业证书" in p and "CertificateofCompletion" in p for p in others)


def test_a_name_in_its_own_script_comes_first_with_its_latin_reading(db: Database) -> None:
    from petdesk.dossier.data import PersonInfo

    with db.transaction() as s:
        c = Contact(
            given_name="สมชาย",
            family_name="ใจดี",
            phonetic_given_name="Somchai",
            phonetic_family_name="Jaidee",
        )
        s.add(c)
        s.flush()
        cid = c.id
    with db.reading() as s:
        from petdesk.dossier.data import _People

        info: PersonInfo = _People().get(s.get(Contact, cid))
    assert names_of(info) == ("สมชาย ใจดี", ("Somchai Jaidee",))


def test_the_history_names_a_change_of_mode_in_words(db: Database, tmp_path: Path) -> None:
    from petdesk.services.history import record_history

    tid = _training(db, tmp_path)
    with db.transaction() as s:
        attendance_mode.set_mode(s, tid, _ids(db)["Nguyễn Thị Lan"], "online")
    with db.reading() as s:
        lines = [
            e for e in record_history(s, "training", tid, locale="zh_CN") if e.field == "attendance_mode"
        ]
    assert any(e.old_text == "线下" and e.new_text == "线上" for e in lines), lines


@pytest.mark.parametrize(
    ("city", "venue", "lang", "shown"),
    [
        ("大连", "大连会议中心", "zh", "大连会议中心"),  # not 大连、大连会议中心 (、 lists items)
        ("南宁", "广西会堂", "zh", "南宁广西会堂"),
        ("Dalian", "Dalian Conference Centre", "en", "Dalian Conference Centre"),
        ("Nanning", "Guangxi Hall", "en", "Nanning, Guangxi Hall"),
        ("Nanning", "", "en", "Nanning"),
    ],
)
def test_the_place_names_the_city_once(city: str, venue: str, lang: str, shown: str) -> None:
    from petdesk.dossier.certificates import _place

    assert _place(city, venue, lang) == shown
