"""Field test 123: the hub offices in Buenos Aires (Argentina) and Santiago (Chile). Sample files in
tests/data/import/field123/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.enums import ContactChannel
from petdesk.services import invitation

DATA = Path(__file__).parents[1] / "data" / "import" / "field123"


@pytest.fixture(autouse=True)
def _no_office_left() -> Iterator[None]:
    yield
    i18n.set_office_country("")  # the next test's dates are not this office's


def _office(db: Database, country: str) -> None:
    with db.transaction() as s:
        invitation.set_office_settings(s, country=country)


def _import(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    i18n.set_office_country("")  # as a new process: the command reads the office itself
    assert main(["--db", str(db.path), "--lang", "en", "import-contacts", *argv]) == 0
    said = capsys.readouterr()
    return said.out + said.err


def _phones_and_notes(db: Database) -> dict[str, tuple[set[str], str]]:
    with db.transaction() as s:
        return {
            c.family_name: (
                {x.value for x in c.methods if x.channel == ContactChannel.PHONE},
                c.notes,
            )
            for c in s.scalars(select(m.Contact))
        }


def test_a_rut_in_a_phone_column_goes_to_the_notes(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Outlook es-CL: "12.345.678-5" in Teléfono móvil and "12345678-5" in Teléfono del trabajo
    were stored as phone numbers, without a word."""
    _office(db, "CL")
    out = _import(db, capsys, str(DATA / "outlook_escl_cp1252.csv"))
    assert "“12.345.678-5” is a RUT" in out
    people = _phones_and_notes(db)
    phones, notes = people["Pérez Soto"]
    assert phones == {"(2) 2713 6000"}
    assert "12.345.678-5" in notes
    phones, notes = people["Contreras"]
    assert phones == {"9 9123 4567"}
    assert "12345678-5" in notes


def test_a_cuit_in_a_phone_column_goes_to_the_notes(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """Outlook es-AR and Google Contacts: a CUIT "20-12345678-9" was the person's work phone."""
    _office(db, "AR")
    _import(db, capsys, str(DATA / "outlook_esar_cp1252.csv"), str(DATA / "google_contactos_es.csv"))
    people = _phones_and_notes(db)
    phones, notes = people["Ñáñez"]
    assert phones == {"0341 15 444-3322"}
    assert "20-12345678-9" in notes
    phones, notes = people["Álvarez"]
    assert "20-23456789-4" not in phones and "20-23456789-4" in notes


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("12.345.678-5", "RUT"),
        ("1.234.567-4", "RUT"),  # a dotted one whatever its check digit
        ("12345678-5", "RUT"),
        ("12345678-4", ""),  # undotted with a wrong check digit: may be something else
        ("20-12345678-6", "CUIT"),
        ("30-71234567-1", "CUIT"),
        ("+56 9 8765 4321", ""),
        ("4323-9400", ""),
        ("15-5555-6789", ""),
    ],
)
def test_tax_ids_are_told_from_phone_numbers(written: str, kind: str) -> None:
    from petdesk.tax_ids import tax_id_kind

    assert tax_id_kind(written) == kind


def _planned(
    db: Database, country: str, sheet: Path
) -> tuple[dict[str, tuple[float | None, str]], list[object]]:
    from petdesk.services import past_projects

    _office(db, country)
    with db.reading() as s:
        plan = past_projects.plan_past_projects(s, sheet)
    return {p.title: (p.amount, p.currency) for p in plan.planned}, list(plan.skipped)


def test_dots_group_thousands_in_argentine_and_chilean_sheets(db: Database, tmp_path: Path) -> None:
    """Excel es-AR: "USD 300.000" and "$ 250.000" were refused as two ways to read them, and
    "1,500" (one and a half there) was kept as fifteen hundred pesos without a word."""
    read, skipped = _planned(db, "AR", DATA / "proyectos_excel_esar_cp1252.csv")
    assert read["Agua potable Mendoza"] == (300_000.0, "USD")
    assert read["Reciclaje de residuos La Matanza"] == (1_234_567.89, "ARS")
    sheet = tmp_path / "montos.csv"
    rows = ["Proyecto;Monto;Estado", "A;$ 250.000;Aprobado", "B;1,500;Aprobado", "C;CLP 45.000;Aprobado"]
    sheet.write_bytes("\r\n".join([*rows, ""]).encode("cp1252"))
    read, skipped = _planned(db, "CL", sheet)
    assert read["A"] == (250_000.0, "CLP")
    assert read["C"] == (45_000.0, "CLP")
    assert "B" not in read and len(skipped) == 1  # refused, not read as 1500


def test_argentine_dollars_and_chilean_millions_are_read(db: Database) -> None:
    """Excel es-AR's "U$S 250.000" and es-CL's "MM$ 250" (millions of pesos) skipped their rows as
    no number."""
    read, _ = _planned(db, "AR", DATA / "proyectos_excel_esar_cp1252.csv")
    assert read["Paneles solares Rosario"] == (250_000.0, "USD")
    read, _ = _planned(db, "CL", DATA / "proyectos_excel_escl_cp1252.csv")
    assert read["Electromovilidad Valparaíso"] == (250_000_000.0, "CLP")


def test_an_amount_in_uf_is_refused_in_plain_words(db: Database) -> None:
    """ "UF 12.500" is Chile's Unidad de Fomento: neither pesos nor dollars; it was refused as "not a
    number", which told the Santiago office nothing."""
    from petdesk.amounts import AmountError, parse_amount

    _, skipped = _planned(db, "CL", DATA / "proyectos_excel_escl_cp1252.csv")
    assert any("Unidad de Fomento" in getattr(s, "reason", "") for s in skipped)
    with pytest.raises(AmountError, match="Unidad de Fomento"):
        parse_amount("12.500 UF", "CLP")


@pytest.mark.parametrize(
    ("typed", "currency", "own", "value"),
    [
        ("U$S 250.000", "USD", "ARS", 250_000.0),
        ("u$s 1.500.000", "USD", "ARS", 1_500_000.0),
        ("MM$ 250", "CLP", "CLP", 250_000_000.0),
        ("$ 1.234.567,89", "ARS", "ARS", 1_234_567.89),
    ],
)
def test_the_project_editor_reads_southern_cone_amounts(
    typed: str, currency: str, own: str, value: float
) -> None:
    from petdesk.peso_signs import typed_amount

    assert typed_amount(typed, currency, own, decimal_comma=True) == value


def test_the_needs_import_reads_buenos_aires_budgets(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel es-AR needs: "15 millones de pesos" was kept as 15 million yuan (the default currency)
    without a word; "$ 250.000" and "U$S 250.000" stopped the whole import."""
    _office(db, "AR")
    i18n.set_office_country("")
    sheet = DATA / "necesidades_excel_esar_cp1252.csv"
    assert main(["--db", str(db.path), "--lang", "en", "import-needs", str(sheet)]) == 0
    with db.transaction() as s:
        read = {n.title_en: (n.budget_max, n.currency) for n in s.scalars(select(m.CityNeed))}
    assert read == {
        "Agua potable barrio Güemes": (250_000.0, "ARS"),
        "Planta de compostaje": (250_000.0, "USD"),
        "Relleno sanitario": (15_000_000.0, "ARS"),
    }


@pytest.mark.parametrize(
    ("written", "zh"),
    [
        ("Buenos Aires", "布宜诺斯艾利斯"),
        ("CABA", "布宜诺斯艾利斯"),
        ("Córdoba", "科尔多瓦"),
        ("Santiago", "圣地亚哥"),
        ("Santiago de Chile", "圣地亚哥"),
        ("Valparaíso", "瓦尔帕莱索"),
        ("Valparaiso", "瓦尔帕莱索"),
    ],
)
def test_the_delegations_cities_have_their_chinese_names(written: str, zh: str) -> None:
    """A delegation to Buenos Aires, Córdoba, Santiago and Valparaíso: the dossier's Chinese side
    gave the Latin names."""
    from petdesk.city_names import city_key, in_both_languages

    assert in_both_languages(written, "") == (written, zh)
    assert city_key("Municipalidad de Córdoba") == "córdoba"


@pytest.mark.parametrize("typed", ["1.º de abril de 2027", "1° de abril de 2027", "1ro de abril de 2027"])
def test_the_first_of_a_month_is_read_as_the_southern_cone_writes_it(typed: str) -> None:
    """Argentine and Chilean letters write the first of a month "1.º de abril": it was no date."""
    import datetime as dt

    from petdesk.written_days import written_day

    assert written_day(typed) == dt.date(2027, 4, 1)


@pytest.mark.parametrize(
    ("country", "typed", "stored"),
    [
        ("AR", "$ 250.000", (250_000.0, "ARS")),
        ("AR", "U$S 250.000", (250_000.0, "USD")),
        ("CL", "1.500", (1500.0, "CLP")),
    ],
)
def test_projects_add_reads_dots_as_thousands_at_these_offices(
    db: Database, capsys: pytest.CaptureFixture[str], country: str, typed: str, stored: tuple[float, str]
) -> None:
    """`projects add --amount "$ 250.000"` in Buenos Aires was refused as two ways to read it."""
    _office(db, country)
    assert (
        main(["--db", str(db.path), "--lang", "en", "projects", "add", "--title-en", "P", "--amount", typed])
        == 0
    )
    with db.transaction() as s:
        project = s.scalars(select(m.Project)).one()
        assert (project.amount, project.currency) == stored


def test_dots_still_read_two_ways_elsewhere(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _office(db, "CN")
    assert (
        main(
            ["--db", str(db.path), "--lang", "en", "projects", "add", "--title-en", "P", "--amount", "1.500"]
        )
        != 0
    )
    assert "two ways" in capsys.readouterr().err


def test_a_spanish_list_of_municipalities_is_imported(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Excel es-AR "Municipalidades": no column was taken for the name, so nothing was imported; its
    CUIT column, which organisations have no field for, must be said as dropped (its phone is kept
    since 0078)."""
    _office(db, "AR")
    out = _import(db, capsys, "--organisations", str(DATA / "municipalidades_excel_es.xlsx"))
    assert "Teléfono" not in out and "4 × CUIT / RUT" in out  # the phone is kept since 0078
    with db.transaction() as s:
        orgs = {o.name_en: (o.country, o.website) for o in s.scalars(select(m.Organisation))}
    assert orgs["Municipalidad de Córdoba"] == ("AR", "https://cordoba.example.ar")
    assert orgs["Municipalidad de Valparaíso"][0] == "CL"


@pytest.mark.parametrize(
    "name",
    [
        "Municipalidad de Córdoba",
        "Ilustre Municipalidad de Santiago",
        "Intendencia de Montevideo",
        "Gobierno de la Ciudad de Buenos Aires",
        "Prefeitura de São Paulo",
        "Alcaldía de Bogotá",
        "City Government of Santiago",
        "Municipality of Rosario",
    ],
)
def test_a_latin_american_city_hall_is_a_city_government(name: str) -> None:
    from petdesk.models.enums import OrgKind
    from petdesk.services.org_kind_guess import kind_from_name

    assert kind_from_name(name, "") is OrgKind.CITY_GOVERNMENT


def test_imported_municipalities_are_city_governments(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 123: the list of "Municipalidad de …" without a kind column made four enterprises."""
    from petdesk.models.enums import OrgKind

    _office(db, "AR")
    _import(db, capsys, "--organisations", str(DATA / "municipalidades_excel_es.xlsx"))
    with db.transaction() as s:
        kinds = {o.name_en: o.kind for o in s.scalars(select(m.Organisation))}
    assert set(kinds.values()) == {OrgKind.CITY_GOVERNMENT}, kinds


def test_a_need_imported_again_takes_the_currency_its_budget_says(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Field test 123: needs imported before "$" was read at this office were stored in CN¥; the same
    sheet again kept the yuan. The budget's sign now updates the currency, and the preview says so."""
    _office(db, "AR")
    i18n.set_office_country("")
    old = tmp_path / "old.csv"
    rows = [
        "title_en;city;budget_max",
        "Agua potable barrio Güemes;Córdoba;250000",
        "Relleno sanitario;Córdoba;",
    ]
    old.write_bytes("\r\n".join([*rows, ""]).encode("cp1252"))
    assert main(["--db", str(db.path), "--lang", "en", "import-needs", str(old)]) == 0
    capsys.readouterr()
    sheet = DATA / "necesidades_excel_esar_cp1252.csv"
    argv = ["--db", str(db.path), "--lang", "en", "import-needs", str(sheet)]
    assert main([*argv, "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert "CNY → ARS" in preview, preview
    assert main(argv) == 0
    with db.transaction() as s:
        read = {n.title_en: (n.budget_max, n.currency) for n in s.scalars(select(m.CityNeed))}
    assert read["Agua potable barrio Güemes"] == (250_000.0, "ARS")
    assert read["Relleno sanitario"] == (15_000_000.0, "ARS")


def test_a_budget_without_a_sign_keeps_the_stored_currency(db: Database, tmp_path: Path) -> None:
    _office(db, "AR")
    i18n.set_office_country("")
    sheet = tmp_path / "n.csv"
    for budget in ("U$S 100.000", "120000"):
        sheet.write_bytes(f"title_en;city;budget_max\r\nPlanta;Córdoba;{budget}\r\n".encode("cp1252"))
        assert main(["--db", str(db.path), "--lang", "en", "import-needs", str(sheet)]) == 0
    with db.transaction() as s:
        need = s.scalars(select(m.CityNeed)).one()
        assert (need.budget_max, need.currency) == (120_000.0, "USD")


def test_the_projects_import_says_why_an_amount_is_refused(db: Database, tmp_path: Path) -> None:
    """Field test 123: "US$ 1.500" at a CN office was skipped as "the amount is not a number" when
    the reason was that it reads two ways; and "1,500" at the Santiago office likewise."""
    from petdesk.services import past_projects

    sheet = tmp_path / "p.csv"
    sheet.write_bytes("Proyecto;Monto;Estado\r\nA;US$ 1.500;Aprobado\r\n".encode("cp1252"))
    _, skipped = _planned(db, "CN", sheet)
    (row,) = skipped
    said = past_projects.report_lines(
        past_projects.PastProjects("p", skipped=list(skipped)), "en", dry_run=True
    )
    assert "not a number" not in getattr(row, "reason", "")
    assert any("US$ 1.500 could be read two ways" in line for line in said), said
    _, skipped = _planned(db, "CL", DATA / "proyectos_excel_escl_cp1252.csv")
    assert not any("not a number" in getattr(s, "reason", "") for s in skipped)


@pytest.mark.parametrize("country", ["AR", "CN"])
def test_the_command_line_says_the_amount_as_typed(
    db: Database, capsys: pytest.CaptureFixture[str], country: str
) -> None:
    """Field test 123: `--amount "U$S abc"` was refused as "US$ abc is not an amount" (and "U$S 1,500"
    in Beijing as "US$ 1,500 could be read two ways"): the user never typed "US$"."""
    _office(db, country)
    # at AR a dollar amount in a project kept in pesos; at CN a comma that reads two ways ("U$S 1.500"
    # is read since money63: U$S is written only where dots group thousands)
    for typed, currency in (("U$S abc", "USD"), ("U$S 1,500", "ARS" if country == "AR" else "USD")):
        argv = ["--db", str(db.path), "--lang", "en", "projects", "add", "--title-en", "P"]
        argv += ["--amount", typed, "--currency", currency]
        try:
            refused = main(argv) != 0
        except SystemExit:  # argparse's refusal of the option's value
            refused = True
        assert refused
        err = capsys.readouterr().err
        assert typed in err and "US$" not in err, err


def test_the_editor_and_the_needs_import_say_the_amount_as_typed(db: Database, tmp_path: Path) -> None:
    from petdesk.amounts import AmountError
    from petdesk.exchange import flat
    from petdesk.peso_signs import typed_amount

    with pytest.raises(AmountError, match=r"^U\$S abc is not"):
        typed_amount("U$S abc", "USD", "ARS", decimal_comma=True)
    _office(db, "CN")
    sheet = tmp_path / "n.csv"
    sheet.write_bytes("title_en;city;budget_max\r\nX;Córdoba;U$S abc\r\n".encode("cp1252"))
    with db.transaction() as s, pytest.raises(flat.CatalogueRowsError) as refused:
        flat.import_catalogue(s, sheet, "needs")
    assert "“U$S abc”" in refused.value.in_words("en")


def test_chilean_thousands_of_pesos_are_read_only_in_chile(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Field test 123: "M$ 250.000" (miles de pesos, 250 million CLP) was refused as no amount in
    Santiago; elsewhere it is refused in plain words, not read as some dollar."""
    from petdesk.amounts import AmountError
    from petdesk.peso_signs import typed_amount

    sheet = tmp_path / "p.csv"
    sheet.write_bytes("Proyecto;Monto;Estado\r\nA;M$ 250.000;Aprobado\r\n".encode("cp1252"))
    read, _ = _planned(db, "CL", sheet)
    assert read["A"] == (250_000_000.0, "CLP")
    assert typed_amount("M$ 250.000", "CLP", "CLP", decimal_comma=True) == 250_000_000.0
    argv = [
        "--db",
        str(db.path),
        "--lang",
        "en",
        "projects",
        "add",
        "--title-en",
        "P",
        "--amount",
        "M$ 250.000",
    ]
    assert main(argv) == 0
    with db.transaction() as s:
        assert (s.scalars(select(m.Project)).one().amount, s.scalars(select(m.Project)).one().currency) == (
            250_000_000.0,
            "CLP",
        )
    read, skipped = _planned(db, "AR", sheet)
    assert not read and "read only at an office in Chile" in getattr(skipped[0], "reason", "")
    with pytest.raises(AmountError, match="miles de pesos"):
        typed_amount("M$ 250.000", "ARS", "ARS", decimal_comma=True)
    capsys.readouterr()
    assert main(argv) != 0
    assert "read only at an office in Chile" in capsys.readouterr().err


def test_phones_tidy_gives_old_buenos_aires_mobiles_their_area_and_nine(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 123: "15-1234-5678" (the old "15" mobile prefix, no area code) was left as typed by
    `phones tidy --country AR`; with "011" it was read already. Both are +54 9 11 …; a landline's
    "15" of another length is not taken for a mobile."""
    from petdesk.services import contacts as cs

    typed = ["15-1234-5678", "011 15-1234-5678", "(15) 4444 3322", "0341 15 444-3322"]
    with db.transaction() as s:
        cs.create_contact(
            s,
            given_name="Lucía",
            family_name="Gómez",
            methods=[cs.Method(channel="phone", value=v) for v in typed],
        )
    assert main(["--db", str(db.path), "--lang", "en", "phones", "tidy", "--country", "AR", "--yes"]) == 0
    with db.transaction() as s:
        stored = sorted(x.value for c in s.scalars(select(m.Contact)) for x in c.methods)
    assert stored == [
        "+54 9 11 1234-5678",
        "+54 9 11 1234-5678",
        "+54 9 11 4444-3322",
        "+54 9 341 444-3322",
    ]
    from petdesk.phone_dialling import international_form

    assert international_form("15-1234-567", "AR") == "15-1234-567"
    assert international_form("15-1234-5678", "CL") == "15-1234-5678"
