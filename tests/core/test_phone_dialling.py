"""Numbers typed without a country code read with the country they belong to (field test phones55)."""

import pytest

from petdesk.phone_dialling import international_form, number_country


@pytest.mark.parametrize(
    ("typed", "country", "international"),
    [
        ("0871-6512 3456", "CN", "+86 871 6512 3456"),  # a Kunming landline: the trunk 0 goes
        ("138 0871 2345", "CN", "+86 138 0871 2345"),  # a mobile has no trunk 0
        ("13808712345", "CN", "+86 138 0871 2345"),
        ("(0)30 1234567", "DE", "+49 30 1234567"),  # the German trunk "(0)"
        ("030/1234567", "DE", "+49 30 1234567"),
        ("+49 (0)30 1234567", "CN", "+49 30 1234567"),  # its own code beats the office's country
        ("0049 30 1234567", "CN", "+49 30 1234567"),  # a 00 prefix is a "+"
        ("84 236 3822 123", "VN", "+84 236 3822 123"),  # the code typed without "+"
        ("0236 3822 123", "VN", "+84 236 3822 123"),
        ("１３８ ０８７１ ２３４５", "CN", "+86 138 0871 2345"),  # full-width, as an input method types
    ],
)
def test_number_without_code_reads_with_its_country(typed: str, country: str, international: str) -> None:
    assert international_form(typed, country) == international


@pytest.mark.parametrize(
    ("typed", "country"),
    [
        ("(0)30 1234567", "CN"),  # no Chinese number: not made "+86 301234567"
        ("6512 3456", "CN"),  # a local number without its area code: which city's?
        ("ask the secretary", "CN"),
        ("12", "DE"),
        ("0871-6512 3456", ""),  # no country known
    ],
)
def test_a_number_that_cannot_be_read_stays_as_typed(typed: str, country: str) -> None:
    assert international_form(typed, country) == typed


def test_number_country_takes_the_first_code() -> None:
    assert number_country("", "de", "CN") == "DE"
    assert number_country("Germany", "", "CN") == "CN"  # a name is no code: the caller reads names
    assert number_country("", "") == ""


def test_a_number_typed_with_plus_keeps_its_spacing() -> None:
    # dialled from anywhere already: the user's groups stay (the demo's "+49 151168 6413")
    assert international_form("+46 70-708 57 31", "CN") == "+46 70-708 57 31"
