"""French headers that lost data before field test 87: Outlook for Microsoft 365's "Téléphone mobile"
(the mobile numbers of a whole export were dropped), a Google Forms question "Numéro de téléphone
(WhatsApp)", "Régime alimentaire", and a passport list's "NOM" / "PRÉNOMS" (the plural of francophone
Africa's civil registers: the given names were dropped and the family name taken for the whole name)."""

from __future__ import annotations

from petdesk.services import importing


def _guessed(headers: list[str]) -> dict[str, str]:
    mapping = importing.guess_mapping(headers)
    return {headers[i]: key for i, key in mapping.items()}


def test_french_outlook_export_keeps_its_mobile_numbers() -> None:
    headers = [
        "Prénom",
        "Nom",
        "Société",
        "Fonction",
        "Adresse de messagerie",
        "Téléphone mobile",
        "Anniversaire",
    ]
    guessed = _guessed(headers)
    assert guessed["Téléphone mobile"] == "mobile"
    assert (guessed["Prénom"], guessed["Nom"], guessed["Adresse de messagerie"]) == (
        "given_name",
        "family_name",
        "email",
    )


def test_french_google_form_questions_are_recognised() -> None:
    headers = [
        "Horodateur",
        "Adresse e-mail",
        "Nom complet",
        "Numéro de téléphone (WhatsApp)",
        "Régime alimentaire",
    ]
    guessed = _guessed(headers)
    assert guessed["Nom complet"] == "full_name"
    assert guessed["Numéro de téléphone (WhatsApp)"] == "phone"
    assert guessed["Régime alimentaire"] == "dietary_needs"
    assert "Horodateur" not in guessed  # the form's timestamp is no field of a person


def test_passport_list_in_capitals_splits_family_and_given_names() -> None:
    headers = ["NOM", "PRÉNOMS", "N° PASSEPORT", "DATE DE NAISSANCE"]
    guessed = _guessed(headers)
    assert (guessed["NOM"], guessed["PRÉNOMS"], guessed["DATE DE NAISSANCE"]) == (
        "family_name",
        "given_name",
        "birthday",
    )
    # without a given-name column "Nom" still holds the whole name
    assert _guessed(["Nom", "Courriel"])["Nom"] == "full_name"
