"""German (and French, Spanish) participant lists typed by hand (field test 6, defects 2 and 7): their
headers are recognised in any file, not only in Outlook's export; a mapping with no name column is
said before the import."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import importing
from tests.helpers.german_lists import outlook_csv, participant_list


def _people(db: Database) -> dict[str, m.Contact]:
    with db.reading() as s:
        out = {}
        for c in s.scalars(select(m.Contact)):
            _ = (
                [cm.value for cm in c.methods],
                [(a.position_en, a.organisation.name_en) for a in c.affiliations],
            )
            out[c.family_name] = c
        return out


def test_the_german_participant_list_maps_its_columns(tmp_path: Path) -> None:
    table = importing.read_table(participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"))
    mapping = importing.guess_mapping(table.headers)
    assert {table.headers[i]: key for i, key in mapping.items()} == {
        "Anrede": "honorific",
        "Vorname": "given_name",
        "Nachname": "family_name",
        "Funktion": "position",
        "Organisation": "organisation",
        "E-Mail": "email",
        "Telefon": "phone",
    }
    assert not importing.lacks_a_name(mapping)


def test_the_german_participant_list_imports_everyone_with_their_function(
    db: Database, tmp_path: Path
) -> None:
    path = participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx")
    with db.transaction() as s:
        report = importing.import_file(s, path)
    # only the running number is left out (and said so)
    assert (report.count("added"), report.count("skipped"), report.dropped) == (12, 0, {"Nr.": 12})
    people = _people(db)
    assert people["Müller"].given_name == "Jürgen"
    (job,) = people["Müller"].affiliations
    assert (job.position_en, job.organisation.name_en) == (
        "Abteilungsleiter Wasserwirtschaft",
        "Ministerium für Umwelt NRW",
    )


def test_the_outlook_csv_keeps_the_function(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, outlook_csv(tmp_path / "kontakte_outlook.csv"))
    assert report.count("added") == 4 and not report.dropped
    (job,) = _people(db)["Lefèvre"].affiliations
    assert job.position_en == "Berater für Abwasser – Technik"


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            ["Anrede", "Titel", "Vorname", "Nachname", "Position", "Abteilung", "Firma", "Mobil", "Handy"],
            ["honorific", "honorific", "given_name", "family_name", "position", "department",
             "organisation", "mobile", "mobile"],
        ),
        (
            ["Straße", "PLZ", "Ort", "Land", "Telefon (dienstlich)", "Handy-Nr.", "E-Mail"],
            ["address_work_street", "address_work_postcode", "address_work_city", "address_work_country",
             "phone", "mobile", "email"],
        ),
        (
            ["Civilité", "Prénom", "Nom", "Fonction", "Entreprise", "Courriel", "Téléphone", "Portable"],
            ["honorific", "given_name", "family_name", "position", "organisation", "email", "phone",
             "mobile"],
        ),
        (
            ["Nombre", "Apellidos", "Cargo", "Empresa", "Correo electrónico", "Teléfono", "Móvil"],
            ["given_name", "family_name", "position", "organisation", "email", "phone", "mobile"],
        ),
        (["Nom", "Courriel"], ["full_name", "email"]),  # "Nom" alone is the whole name
    ],
)  # fmt: skip
def test_european_headers_in_any_file(headers: list[str], expected: list[str]) -> None:
    mapping = importing.guess_mapping(headers)
    assert [mapping.get(i, "") for i in range(len(headers))] == expected


def test_a_mapping_without_a_name_is_said_on_the_command_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no_names.csv"
    path.write_text("Kennung,E-Mail\nA1,jm@example.de\n", encoding="utf-8")
    assert importing.lacks_a_name(importing.guess_mapping(["Kennung", "E-Mail"]))
    assert main(["--db", str(db.path), "import-contacts", str(path), "--show-mapping"]) == 0
    assert "no column gives a name" in capsys.readouterr().out
    assert main(["--db", str(db.path), "import-contacts", str(path), "--dry-run"]) == 0
    out = capsys.readouterr()
    assert "no column gives a name" in out.err and "0 added, 0 updated, 1 skipped" in out.out
    named = participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx")
    assert main(["--db", str(db.path), "import-contacts", str(named), "--show-mapping"]) == 0
    assert "no column gives a name" not in capsys.readouterr().out


# --- defect 7: honorifics, academic titles and numbers kept as numbers ----------------------------


def test_herr_frau_and_academic_titles_become_honorifics_in_both_languages(
    db: Database, tmp_path: Path
) -> None:
    from petdesk.dossier.data import _person_info

    with db.transaction() as s:
        importing.import_file(s, participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"))
    people = _people(db)
    found = {
        name: (c.given_name, c.honorific_en, c.honorific_zh, c.gender)
        for name, c in people.items()
        if name in ("Müller", "Bäcker", "Schröder", "von Hößlin")
    }
    assert found == {
        "Müller": ("Jürgen", "Mr.", "先生", "m"),
        "Bäcker": ("Anneliese", "Ms.", "女士", "f"),
        "Schröder": ("Käthe", "Dr.", "博士", "f"),
        "von Hößlin": ("Ulrich", "Prof. Dr.", "教授", "m"),
    }
    # As the dossier prints them: the honorific where each language puts it, never "Herr".
    with db.reading() as s:
        mueller = _person_info(s.get(m.Contact, people["Müller"].id))
        assert mueller.formal_name("en") == "Mr.\u00a0Jürgen\u00a0Müller"
        assert mueller.formal_name("zh_CN") == "Jürgen\u00a0Müller\u00a0先生"


def test_numbers_a_spreadsheet_kept_as_numbers_are_read_as_international(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        importing.import_file(s, participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"))
    phones = {
        name: [cm.value for cm in c.methods if cm.channel == "phone"] for name, c in _people(db).items()
    }
    assert phones["Müller"] == ["+49 211 4566 1234"]
    assert phones["Weiß"] == ["+49 171 123 4567"]
    assert phones["Öztürk"] == ["+49 6196 7990"]
    assert phones["Wei"] == ["+49 151 1234 5678"]


@pytest.mark.parametrize(
    ("digits", "written"),
    [
        ("4921145661234", "+49 211 4566 1234"),
        ("492418025200", "+49 241 802 5200"),
        ("861065123456", "+86 10 6512 3456"),
        ("8613912345678", "+86 139 1234 5678"),
        ("33612345678", "+33 612345678"),  # no grouping rule for France: the digits as they are
        ("13912345678", ""),  # a Chinese mobile, not +1 391 …
        ("2161234567", ""),  # Shanghai's 021 without its 0, not Tunisia (+216)
        ("45187654321", ""),  # Harbin's 0451 without its 0: too long for Denmark (+45)
        ("123456789", ""),  # too short to be international
        ("0049211456612", ""),
    ],
)
def test_international_from_digits(digits: str, written: str) -> None:
    from petdesk.services.matching import international_from_digits, normalize_phone

    assert international_from_digits(digits) == written
    if written:
        assert normalize_phone(written) == digits  # the same key as the digits


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (["Herr"], ("Mr.", "先生", "m")),
        (["Frau", "Dr."], ("Dr.", "博士", "f")),
        (["Monsieur"], ("Mr.", "先生", "m")),
        (["Mme"], ("Ms.", "女士", "f")),
        (["Señora"], ("Ms.", "女士", "f")),
        (["Sr."], ("Mr.", "先生", "m")),
        (["Mrs"], ("Mrs.", "女士", "f")),
        (["Prof. Dr.", "Herr"], ("Prof. Dr.", "教授", "m")),
        (["Botschafter"], ("Botschafter", "", "")),
        (["大使"], ("", "大使", "")),
    ],
)
def test_honorifics_of_a_file(written: list[str], expected: tuple[str, str, str]) -> None:
    from petdesk.services import honorifics

    assert honorifics.settle(written) == expected


def test_a_later_import_does_not_flip_the_title_back(db: Database, tmp_path: Path) -> None:
    """The xlsx gives "Frau" + "Dr. Käthe", the Outlook CSV "Frau" + "Käthe": Dr. stays, and nothing
    is reported as changed for her; the numbers already known are not added again."""
    with db.transaction() as s:
        importing.import_file(s, participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"))
    with db.transaction() as s:
        report = importing.import_file(s, outlook_csv(tmp_path / "kontakte_outlook.csv"))
    schroeder = next(o for o in report.outcomes if o.name.endswith("Schröder"))
    assert "honorific_en" not in schroeder.changes and "given_name" not in schroeder.changes
    c = _people(db)["Schröder"]
    assert (c.given_name, c.honorific_en, c.honorific_zh) == ("Käthe", "Dr.", "博士")
    assert sorted(cm.value for cm in c.methods) == ["+49 211 4566 1235", "k.schroeder@umwelt.nrw.de"]
    # and the xlsx once more does not change them back (its longer position does change)
    with db.transaction() as s:
        again = importing.import_file(s, participant_list(tmp_path / "again.xlsx"))
    schroeder = next(o for o in again.outcomes if o.name.endswith("Schröder"))
    assert not {"honorific_en", "honorific_zh", "given_name"} & set(schroeder.changes)


# --- defect 9: the window's plan and the command line agree -----------------------------------------


def test_the_plan_says_already_up_to_date_as_the_dry_run_does(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = outlook_csv(tmp_path / "kontakte_outlook.csv")
    with db.transaction() as s:
        importing.import_file(s, csv)
    with db.transaction() as s:  # the xlsx updates two of the four (their e-mails are the same)
        importing.import_file(s, participant_list(tmp_path / "Teilnehmerliste_NRW.xlsx"))
    changed = tmp_path / "kontakte_outlook_2.csv"
    changed.write_bytes(csv.read_bytes().replace("Beraterin;".encode("cp1252"), b"Projektleiterin;"))
    assert main(["--db", str(db.path), "import-contacts", str(changed), "--dry-run"]) == 0
    cli = capsys.readouterr().out
    with db.reading() as s:
        plan = importing.plan_import(s, importing.load_file(changed), "contacts")
        assert (plan.count("add"), plan.count("update"), plan.count("skip")) == (0, 4, 0)  # matched only
        importing.check_updates(s, plan)
    summary = (plan.count("add"), plan.count("update"), plan.count("skip"))
    assert summary == (0, 2, 2)  # Schröder gets the shorter position back, Ångström the new one
    assert "{} added, {} updated, {} skipped".format(*summary) in cli
    actions = {item.record.display_name(): (item.action, str(item.reason)) for item in plan.items}
    assert actions["René Lefèvre"][0] == "skip" and actions["René Lefèvre"][1].endswith("already up to date")
    assert actions["Renée Ångström"] == ("update", "same e-mail r.angstrom@stwk.de: Position (English)")
    # Nothing was written by trying: the database is as the imports left it.
    with db.reading() as s:
        (angstroem,) = [c for c in s.scalars(select(m.Contact)) if c.family_name == "Ångström"]
        assert angstroem.affiliations[0].position_en == "Beraterin"


# --- defect 6, import part: the Chinese command line speaks Chinese, with Chinese punctuation -------


def test_the_chinese_dry_run_names_the_encoding_and_lists_in_chinese(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "kontakte_outlook.csv"
    csv.write_bytes(
        "Nr.;Anrede;Vorname;Nachname;Firma;E-Mail-Adresse;Raum\r\n"
        "1;Herr;Jürgen;Müller;Ministerium für Umwelt NRW;jm@umwelt.nrw.de;A 1.04\r\n"
        "2;Frau;Käthe;Schröder;Stadtwerke Düsseldorf AG;ks@swd-ag.de;B 2.11\r\n".encode("cp1252")
    )
    assert main(["--lang", "zh_CN", "--db", str(db.path), "import-contacts", str(csv), "--dry-run"]) == 0
    out = capsys.readouterr().out
    (encoding_line,) = [line for line in out.splitlines() if "cp1252" in line]
    assert encoding_line.startswith("kontakte_outlook.csv：编码 cp1252：")
    assert "encoding" not in out
    (summary,) = [line for line in out.splitlines() if "新增机构" in line]
    # one kind of semicolon, and no comma of English between the parts
    assert "; " not in summary and summary.count("；") >= 2
    assert "；未导入：2 × Nr.、2 × Raum" in summary
    assert "Jürgen Müller：新记录" in out  # a row's line: its colons full-width too


def test_the_summary_lists_with_the_chinese_enumeration_comma() -> None:
    from petdesk.i18n import translator

    report = importing.ImportReport(dropped={"Nr.": 12, "Funktion": 4}, organisations_added=["A", "B"])
    text = report.summary(translator("zh_CN"))
    assert text == "新增 0 条，更新 0 条，跳过 0 条；新增机构 2 家；未导入：4 × Funktion、12 × Nr."
    assert (
        report.summary()
        == "0 added, 0 updated, 0 skipped; 2 new organisations; dropped: 4 × Funktion, 12 × Nr."
    )


def test_the_encoding_described_in_both_languages() -> None:
    from petdesk.i18n import translator
    from petdesk.services.encoding import Detection, describe

    detection = Detection("cp1252", "", sample="Herr;Jürgen", how="chosen")
    assert describe(detection) == "encoding cp1252 (as chosen): Herr;Jürgen"
    assert describe(detection, translator("zh_CN")) == "编码 cp1252（按所选）：Herr;Jürgen"


def test_the_dropped_counts_group_thousands_like_the_rest_of_the_summary() -> None:
    """The summary said "2,000 added …; dropped: 2000 × Name": the dropped counts were not grouped."""
    from petdesk.i18n import translator

    report = importing.ImportReport(dropped={"Name": 2000, "Nr.": 12_345})
    report.counts["added"] = 2000
    assert report.summary() == "2,000 added, 0 updated, 0 skipped; dropped: 2,000 × Name, 12,345 × Nr."
    zh = report.summary(translator("zh_CN"))
    assert zh.startswith("新增 2,000 条") and zh.endswith("未导入：2,000 × Name、12,345 × Nr.")
