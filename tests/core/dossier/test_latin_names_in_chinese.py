"""A person without a Chinese name in the Chinese half of a dossier (field test 33, defect 6): the
Latin name once, with the Chinese honorific after it as Chinese puts it, never the English one
after the name ("Björn Schäfer Dr."), and a stacked name cell prints the Latin name only once."""

from __future__ import annotations

from petdesk.dossier.data import NBSP, PersonInfo
from petdesk.dossier.labels import Bi, first_language
from petdesk.dossier.visit import names_cell
from petdesk.models.enums import NameOrder


def person(family: str, given: str, honorific: Bi, family_zh: str = "", given_zh: str = "") -> PersonInfo:
    return PersonInfo(
        id="p",
        family_name=family,
        given_name=given,
        name_order=NameOrder.GIVEN_FIRST,
        family_name_zh=family_zh,
        given_name_zh=given_zh,
        honorific=honorific,
        position=Bi(),
        department=Bi(),
        organisation=None,
        languages=(),
        dietary_needs="",
        accessibility_needs="",
        emergency_contact="",
        methods=(),
    )


def plain(text: str) -> str:
    return text.replace(NBSP, " ")


def test_a_known_english_honorific_becomes_the_chinese_one_after_the_name() -> None:
    schaefer = person("Schäfer", "Björn", Bi("Dr.", ""))
    assert plain(schaefer.formal_name("en")) == "Dr. Björn Schäfer"
    assert plain(schaefer.formal_name("zh")) == "Björn Schäfer 博士"


def test_an_unknown_english_honorific_stays_in_front() -> None:
    weiss = person("Weiß", "Hans", Bi("Staatssekretär Dr.", ""))
    assert plain(weiss.formal_name("zh")) == "Staatssekretär Dr. Hans Weiß"


def test_a_recorded_chinese_honorific_wins_and_chinese_names_are_unchanged() -> None:
    assert plain(person("Fuß", "Lena", Bi("Ms.", "女士")).formal_name("zh")) == "Lena Fuß 女士"
    zhang = person("Zhang", "Wei", Bi("Dr.", ""), "张", "伟")
    assert zhang.formal_name("zh") == "张伟博士"


def test_a_stacked_name_cell_prints_a_latin_only_name_once() -> None:
    cell = names_cell(person("Schäfer", "Björn", Bi("Dr.", "")))
    with first_language("en"):
        assert [plain(text) for text, _ in cell("both")] == ["Dr. Björn Schäfer"]
    with first_language("zh"):
        assert [plain(text) for text, _ in cell("both")] == ["Björn Schäfer 博士"]


def test_a_transliterated_western_name_prints_given_dot_family() -> None:
    """Field test 33, defect 7: cards and dossiers printed 林德奎斯特安娜."""
    lindqvist = person("Lindqvist", "Anna", Bi("Ms.", "女士"), "林德奎斯特", "安娜")
    assert lindqvist.name_zh == "安娜·林德奎斯特"
    assert lindqvist.formal_name("zh") == "安娜·林德奎斯特女士"
