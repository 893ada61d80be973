"""Writes the field test 124 samples the way Outlook and Excel (pl-PL, cs-CZ) write them."""

from pathlib import Path

HERE = Path(__file__).parent

PL_HEADER = [
    "Tytuł",
    "Imię",
    "Drugie imię",
    "Nazwisko",
    "Sufiks",
    "Firma",
    "Dział",
    "Stanowisko",
    "Adres służbowy - ulica",
    "Adres służbowy - miejscowość",
    "Adres służbowy - kod pocztowy",
    "Adres służbowy - kraj",
    "Telefon służbowy",
    "Telefon komórkowy",
    "Adres e-mail",
    "Notatki",
]
PL_ROWS = [
    [
        "Pan",
        "Lech",
        "",
        "Wałęsa",
        "",
        "Urząd Miasta Łodzi",
        "Wydział Ochrony Środowiska",
        "Dyrektor",
        "ul. Piotrkowska 104",
        "Łódź",
        "90-926",
        "Polska",
        "+48 42 638 40 00",
        "+48 601 234 567",
        "l.walesa@uml.example.pl",
        "Źródło: targi POL-ECO 2026",
    ],
    [
        "Pani",
        "Żaneta",
        "",
        "Łęcka-Świątek",
        "",
        "Narodowy Fundusz Ochrony Środowiska",
        "Współpraca",
        "Kierownik",
        "ul. Konstruktorska 3a",
        "Warszawa",
        "02-673",
        "Polska",
        "+48 22 459 00 00",
        "+48 512 345 678",
        "z.lecka@nfos.example.pl",
        "",
    ],
    [
        "prof. dr hab. inż.",
        "Michał",
        "",
        "Źródłowski",
        "",
        "Politechnika Krakowska",
        "",
        "Profesor",
        "ul. Warszawska 24",
        "Kraków",
        "31-155",
        "Polska",
        "+48 12 628 20 00",
        "",
        "m.zrodlowski@pk.example.pl",
        "",
    ],
    [
        "dr hab.",
        "Ewa",
        "",
        "Ćwiklińska",
        "",
        "Politechnika Gdańska",
        "",
        "Adiunkt",
        "ul. Narutowicza 11/12",
        "Gdańsk",
        "80-233",
        "Polska",
        "",
        "+48 698 111 222",
        "e.cwiklinska@pg.example.pl",
        "",
    ],
]
CZ_HEADER = [
    "Oslovení",
    "Křestní jméno",
    "Druhé jméno",
    "Příjmení",
    "Titul za jménem",
    "Společnost",
    "Oddělení",
    "Funkce",
    "Ulice (zaměstnání)",
    "Město (zaměstnání)",
    "PSČ (zaměstnání)",
    "Země (zaměstnání)",
    "Telefon do zaměstnání",
    "Mobilní telefon",
    "E-mailová adresa",
    "Poznámky",
]
CZ_ROWS = [
    [
        "Ing.",
        "Antonín",
        "",
        "Dvořák",
        "",
        "Magistrát hlavního města Prahy",
        "Odbor ochrany prostředí",
        "Ředitel",
        "Mariánské náměstí 2",
        "Praha",
        "110 00",
        "Česká republika",
        "+420 236 002 111",
        "+420 602 123 456",
        "antonin.dvorak@praha.example.cz",
        "Schůzka v Brně",
    ],
    [
        "Mgr.",
        "Růžena",
        "",
        "Šťastná",
        "Ph.D.",
        "Ministerstvo životního prostředí",
        "",
        "Referentka",
        "Vršovická 1442/65",
        "Praha 10",
        "100 10",
        "Česká republika",
        "",
        "+420 731 987 654",
        "ruzena.stastna@mzp.example.cz",
        "",
    ],
    [
        "PhDr.",
        "Jiří",
        "",
        "Kučera",
        "",
        "Masarykova univerzita",
        "",
        "Děkan",
        "Žerotínovo nám. 617/9",
        "Brno",
        "601 77",
        "Česká republika",
        "+420 549 491 111",
        "",
        "jiri.kucera@muni.example.cz",
        "",
    ],
    [
        "Ing. arch.",
        "Věra",
        "",
        "Čechová",
        "",
        "Ústav územního rozvoje",
        "",
        "Architektka",
        "Jakubské nám. 3",
        "Brno",
        "602 00",
        "Česká republika",
        "",
        "+420 777 555 444",
        "vera.cechova@uur.example.cz",
        "",
    ],
]


def outlook_csv(header: list[str], rows: list[list[str]]) -> str:
    # Outlook quotes every field and ends lines with CRLF; with the Windows list separator ";".
    lines = [";".join(f'"{c}"' for c in r) for r in [header, *rows]]
    return "\r\n".join(lines) + "\r\n"


def excel_csv(header: list[str], rows: list[list[str]]) -> str:
    # Excel quotes only fields that need it.
    def q(c: str) -> str:
        return f'"{c}"' if any(ch in c for ch in ';"\n') else c

    return "\r\n".join(";".join(q(c) for c in r) for r in [header, *rows]) + "\r\n"


PROJ_HEADER = ["Nazwa projektu", "Partner", "Program", "Kwota", "Początek", "Koniec"]
PROJ_ROWS = [
    [
        "Oczyszczalnia ścieków Łódź",
        "Urząd Miasta Łodzi",
        "FEnIKS 2021-2027",
        "1 234 567,89 zł",
        "15 marca 2027",
        "31.12.2029",
    ],
    ["Ciepło z biomasy", "NFOŚiGW", "Fundusz Spójności", "2,5 mln zł", "15.03.2027", "1 października 2028"],
    ["Smog Kraków", "Politechnika Krakowska", "LIFE", "PLN 3 mld", "2027-03-15", "30 czerwca 2030"],
    ["Čistírna Brno", "Masarykova univerzita", "OP ŽP", "12 500 000 Kč", "15. března 2027", "15. 3. 2029"],
    [
        "Vodík Praha",
        "Magistrát hlavního města Prahy",
        "Modernizační fond",
        "2,5 mil. Kč",
        "1. července 2027",
        "30.06.2030",
    ],
    [
        "Ovzduší Ostrava",
        "Ministerstvo životního prostředí",
        "LIFE",
        "CZK 3 mld.",
        "15.03.2027",
        "31. prosince 2029",
    ],
]

if __name__ == "__main__":
    (HERE / "outlook_pl_cp1250.csv").write_bytes(outlook_csv(PL_HEADER, PL_ROWS).encode("cp1250"))
    (HERE / "outlook_cs_cp1250.csv").write_bytes(outlook_csv(CZ_HEADER, CZ_ROWS).encode("cp1250"))
    (HERE / "outlook_cs_utf8_bom.csv").write_bytes(outlook_csv(CZ_HEADER, CZ_ROWS).encode("utf-8-sig"))
    (HERE / "projects_excel_pl_cs_cp1250.csv").write_bytes(excel_csv(PROJ_HEADER, PROJ_ROWS).encode("cp1250"))
