"""Search as you type: Latin, Chinese of every length, pinyin variants, phone digits, e-mail,
organisations and tags; results sorted per language and paged in SQL; index follows writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.db import Database
from petdesk.services import contacts, organisations, search, visits
from petdesk.services.contacts import Method
from tests.helpers.fixtures import built_file, copy_into


@pytest.fixture(scope="module")
def people_file(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path
) -> tuple[Path, dict[str, str]]:
    """Written once for the module (each test reads its own copy): writing them took most of a
    test's time."""
    return built_file(tmp_path_factory, empty_template, _people)


@pytest.fixture
def people(db: Database, people_file: tuple[Path, dict[str, str]]) -> dict[str, str]:
    copy_into(people_file[0], db)
    return people_file[1]


def _people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        env = organisations.create_organisation(
            s,
            name_en="Beijing Municipal Ecology and Environment Bureau",
            name_zh="北京市生态环境局",
            kind="city_government",
            country="CN",
            tags=["member"],
        )
        acme = organisations.create_organisation(s, name_en="Hamburg Water Works", country="DE")
        ids = {
            "zhangwei": contacts.create_contact(
                s,
                family_name="Zhang",
                given_name="Wei",
                name_order="family_first",
                family_name_zh="张",
                given_name_zh="伟",
                methods=[Method("email", "zhang.wei@bjee.gov.cn"), Method("phone", "+86 10 6512 3456")],
                organisation_id=env.id,
                position_en="Director",
                tags=["VIP"],
            ).id,
            "zhangweiming": contacts.create_contact(
                s,
                family_name="Zhang",
                given_name="Weiming",
                name_order="family_first",
                family_name_zh="张",
                given_name_zh="伟明",
            ).id,
            "lina": contacts.create_contact(
                s,
                family_name="Li",
                given_name="Na",
                name_order="family_first",
                family_name_zh="李",
                given_name_zh="娜",
                organisation_id=env.id,
            ).id,
            "lv": contacts.create_contact(
                s, family_name="Lü", given_name="Bo", family_name_zh="吕", given_name_zh="波"
            ).id,
            "anna": contacts.create_contact(
                s,
                family_name="Müller",
                given_name="Anna",
                methods=[Method("phone", "+49 40 1234-5678")],
                organisation_id=acme.id,
            ).id,
            "env": env.id,
            "acme": acme.id,
        }
    return ids


def _ids(db: Database, query: str, **kw) -> list[str]:
    with db.reading() as s:
        return [r.entity_id for r in search.search(s, query, limit=100, **kw)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("张", {"zhangwei", "zhangweiming"}),  # one Chinese character
        ("伟", {"zhangwei", "zhangweiming"}),
        ("张伟", {"zhangwei", "zhangweiming"}),  # two characters
        ("伟明", {"zhangweiming"}),
        ("张伟明", {"zhangweiming"}),  # three: the trigram index
        ("李娜", {"lina"}),
        ("zhang wei", {"zhangwei", "zhangweiming"}),
        ("zhangwei", {"zhangwei", "zhangweiming"}),
        ("zhāng wěi", {"zhangwei", "zhangweiming"}),
        ("ZHANGWEIMING", {"zhangweiming"}),
        ("wei zhang", {"zhangwei", "zhangweiming"}),
        ("zhang w", {"zhangwei", "zhangweiming"}),
        ("zw", {"zhangwei", "zhangweiming"}),  # initials (Latin Z. W. too)
        ("lina", {"lina"}),
        ("lv", {"lv"}),
        ("lü", {"lv"}),
        ("muller", {"anna"}),
        ("Müller", {"anna"}),
        ("anna m", {"anna"}),
        ("zhang.wei@bjee", {"zhangwei"}),
        ("6512 3456", {"zhangwei"}),
        ("+86 10 6512", {"zhangwei"}),
        ("1234-5678", {"anna"}),
        ("vip", {"zhangwei"}),
        ("生态环境", {"zhangwei", "lina"}),  # through the organisation
        ("北京", {"zhangwei", "lina"}),
        ("hamburg", {"anna"}),
        ("nothing like this", set()),
    ],
)
def test_contact_queries(db: Database, people: dict[str, str], query: str, expected: set[str]) -> None:
    found = set(_ids(db, query, kind="contact"))
    assert found == {people[k] for k in expected}


def test_organisation_queries(db: Database, people: dict[str, str]) -> None:
    assert _ids(db, "北京", kind="organisation") == [people["env"]]
    assert _ids(db, "生态", kind="organisation") == [people["env"]]
    assert _ids(db, "beijing shi", kind="organisation") == [people["env"]]
    assert _ids(db, "member", kind="organisation") == [people["env"]]
    assert _ids(db, "water", kind="organisation") == [people["acme"]]


def test_one_letter_lists_names_starting_with_it(db: Database, people: dict[str, str]) -> None:
    assert set(_ids(db, "z", kind="contact")) == {people["zhangwei"], people["zhangweiming"]}
    assert _ids(db, "m", kind="contact") == [people["anna"]]


def test_sorting_per_language_on_the_same_data(db: Database, people: dict[str, str]) -> None:
    with db.reading() as s:
        en = [r.name("en") for r in search.search(s, "", kind="contact", language="en")]
        zh = [r.name("zh_CN") for r in search.search(s, "", kind="contact", language="zh_CN")]
        desc = [r.name("en") for r in search.search(s, "", kind="contact", descending=True)]
        by_org = [r.entity_id for r in search.search(s, "", kind="contact", sort="organisation")]
    assert en == ["Zhang Wei", "Zhang Weiming", "Li Na", "Bo Lü", "Anna Müller"][::-1][:0] or en == [
        "Li Na",
        "Bo Lü",
        "Anna Müller",
        "Zhang Wei",
        "Zhang Weiming",
    ]
    assert zh == ["李娜", "吕波", "Anna Müller", "张伟", "张伟明"]
    assert desc == en[::-1]
    # By organisation: Beijing bureau, then Hamburg, then people without one.
    assert by_org[:2] == sorted([people["zhangwei"], people["lina"]], key=by_org.index)
    assert by_org[2] == people["anna"]


def test_paging_and_count(db: Database, people: dict[str, str]) -> None:
    with db.reading() as s:
        first = search.search(s, "", kind="contact", limit=2)
        second = search.search(s, "", kind="contact", limit=2, offset=2)
        assert len(first) == len(second) == 2
        assert not {r.entity_id for r in first} & {r.entity_id for r in second}
        assert search.count(s, "", kind="contact") == 5
        assert search.count(s, "张", kind="contact") == 2
        assert search.count(s, "") == 7


def test_index_follows_edits_deletes_restores_and_org_renames(db: Database, people: dict[str, str]) -> None:
    with db.transaction() as s:
        contacts.update_contact(s, people["lina"], given_name_zh="丽娜", given_name="Lina")
    assert _ids(db, "李丽娜", kind="contact") == [people["lina"]]
    assert _ids(db, "李娜", kind="contact") == []
    with db.transaction() as s:
        contacts.delete_contacts(s, [people["lina"]])
    assert _ids(db, "李丽娜", kind="contact") == []
    with db.transaction() as s:
        contacts.restore_contacts(s, [people["lina"]])
    assert _ids(db, "李丽娜", kind="contact") == [people["lina"]]
    with db.transaction() as s:
        organisations.update_organisation(s, people["env"], name_zh="北京市环保局", name_en="Beijing EPB")
    assert set(_ids(db, "环保", kind="contact")) == {people["zhangwei"], people["lina"]}
    with db.reading() as s:
        row = search.search(s, "李丽娜", kind="contact")[0]
        assert row.organisation("zh_CN") == "北京市环保局"
        assert search.check_index(s)


def test_raw_sql_writes_reach_the_index_through_triggers(db: Database, people: dict[str, str]) -> None:
    with db.transaction() as s:
        s.connection().exec_driver_sql(
            "UPDATE contact SET family_name_zh = '章' WHERE id = ?", (people["zhangweiming"],)
        )
    assert _ids(db, "章伟明", kind="contact") == [people["zhangweiming"]]


def test_rebuild_gives_the_same_results(db: Database, people: dict[str, str]) -> None:
    before = {q: _ids(db, q) for q in ("张", "zhang wei", "北京", "6512")}
    with db.transaction() as s:
        assert search.rebuild_search_index(s) == 7
    assert {q: _ids(db, q) for q in before} == before
    with db.reading() as s:
        assert search.check_index(s)


def test_short_queries_read_pages_in_name_order_off_the_gram_index(db: Database) -> None:
    with db.transaction() as s:
        s.info[search.DEFER_KEY] = True
        for i in range(300):
            contacts.create_contact(s, family_name=f"Zhou{i:05d}", given_name="Li", family_name_zh="周")
        org = organisations.create_organisation(s, name_en="Zhoushan Port", name_zh="舟山港")
        contacts.create_contact(s, family_name="Aaron", given_name="Abe", organisation_id=org.id)
        contacts.create_contact(s, family_name="Zzz", given_name="Zed", organisation_id=org.id)
        search.rebuild_search_index(s)
    with db.reading() as s:
        assert search.plan_query(s, "周", kind="contact").strategy == "ordered"
        rows = search.search(s, "周", kind="contact", limit=3, offset=5)
        assert [r.name("en") for r in rows] == ["Li Zhou00005", "Li Zhou00006", "Li Zhou00007"]
        # 舟 matches the organisation: its people merge into the name order.
        names_found = [r.name("en") for r in search.search(s, "舟", kind="contact", limit=500)]
        assert names_found == ["Abe Aaron", "Zed Zzz"]
        assert search.count(s, "周", kind="contact") == 300
        assert search.plan_query(s, "zhou00001", kind="contact").strategy == "walk"
        assert search.plan_query(s, "zhou00001", kind="contact", language="zh_CN").strategy == "drive"
        last = search.search(s, "周", kind="contact", limit=2, offset=299)
        assert [r.name("en") for r in last] == ["Li Zhou00299"]
        desc = search.search(s, "周", kind="contact", limit=1, descending=True)
        assert desc[0].name("en") == "Li Zhou00299"


def test_parse_query() -> None:
    assert [t.text for t in search.parse_query("Zhāng  Wěi")] == ["zhang", "wei"]
    # a whole number is looked for without its country code, which a stored one may lack
    assert [t.text for t in search.parse_query("+86 (10) 6512-3456")] == ["1065123456"]
    assert [t.text for t in search.parse_query("张wei")] == ["wei", "张"]
    assert search.parse_query("   ") == []


def test_a_whole_name_comes_first(db: Database, people: dict[str, str]) -> None:
    with db.transaction() as s:
        contacts.create_contact(
            s,
            family_name="Zhang",
            given_name="Ewei",
            name_order="family_first",
            family_name_zh="张",
            given_name_zh="娥伟",
        )
    for query in ("zhang wei", "张伟", "zhangwei"):
        assert _ids(db, query, kind="contact")[0] == people["zhangwei"], query
    assert _ids(db, "zhang", kind="contact")[0] != people["zhangwei"]  # 张娥伟 sorts first


def test_only_one_letter_words(db: Database, people: dict[str, str]) -> None:
    assert set(_ids(db, "z w", kind="contact")) == {people["zhangwei"], people["zhangweiming"]}


def test_names_starting_with_the_query_rank_above_pinyin_matches(db: Database) -> None:
    """Field test F8: "Lund" picked London Water Utility (伦敦, read "lundun") over Lund University."""
    with db.transaction() as s:
        s.info[search.DEFER_KEY] = True
        # Enough pinyin-only matches sorting before it that Lund University lies past a page in name order.
        for i in range(40):
            organisations.create_organisation(s, name_en=f"London Agency {i:02d}", name_zh=f"伦敦机构{i:02d}")
        organisations.create_organisation(s, name_en="London Water Utility", name_zh="伦敦水务公司")
        organisations.create_organisation(s, name_en="Lund University", name_zh="隆德大学")
        contacts.create_contact(
            s,
            family_name="Lun",
            given_name="Dan",
            name_order="family_first",
            family_name_zh="伦",
            given_name_zh="丹",
        )
        contacts.create_contact(s, family_name="Lundgren", given_name="Erik")
        search.rebuild_search_index(s)
    with db.transaction() as s:  # and an entry indexed one by one since the rebuild
        organisations.create_organisation(s, name_en="Lund Hospital")
    for language in ("en", "zh_CN"):
        with db.reading() as s:
            orgs = [r.label_en for r in visits.find_organisations(s, "Lund", limit=5, language=language)]
            assert sorted(orgs[:2]) == ["Lund Hospital", "Lund University"], language
            assert orgs[2].startswith("London"), language
            assert [r.label_en for r in visits.find_organisations(s, "lund univ", language=language)] == [
                "Lund University"
            ]
            people = [r.label_en for r in visits.find_contacts(s, "lund", language=language)]
            assert people == ["Erik Lundgren", "Lun Dan"], language


@pytest.fixture(scope="module")
def three_character_names_file(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path
) -> tuple[Path, dict[str, str]]:
    """Written once for the module (each test reads its own copy): writing them took most of a
    test's time."""
    return built_file(tmp_path_factory, empty_template, _three_character_names)


@pytest.fixture
def three_character_names(
    db: Database, three_character_names_file: tuple[Path, dict[str, str]]
) -> dict[str, str]:
    copy_into(three_character_names_file[0], db)
    return three_character_names_file[1]


def _three_character_names(db: Database) -> dict[str, str]:
    """Most Chinese names have three characters (field test 6, defect 10)."""
    with db.transaction() as s:

        def person(family: str, given: str, family_zh: str, given_zh: str, **kw) -> str:
            return contacts.create_contact(
                s,
                family_name=family,
                given_name=given,
                name_order="family_first",
                family_name_zh=family_zh,
                given_name_zh=given_zh,
                **kw,
            ).id

        return {
            "chentianchun": person("Chen", "Tianchun", "陈", "天春"),
            "wangzechao": person("Wang", "Zechao", "王", "泽超"),
            "chengtianchen": person("Cheng", "Tianchen", "程", "天晨"),
            "ouyangxiaoming": person("Ouyang", "Xiaoming", "欧阳", "晓明"),
            "mail": person("Li", "Na", "李", "娜", methods=[Method("email", "chentc@example.cn")]),
        }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ctc", {"chentianchun", "chengtianchen"}),  # initials of all three syllables
        ("wzc", {"wangzechao"}),
        ("WZC", {"wangzechao"}),
        ("oyxm", {"ouyangxiaoming"}),  # four syllables
        ("chentc", {"chentianchun", "mail"}),  # the surname typed whole, the given name's initials
        ("chen tc", {"chentianchun", "chengtianchen"}),  # "chen" is in "cheng" too
        ("wangzc", {"wangzechao"}),
        ("chengtc", {"chengtianchen"}),
        ("chentianc", {"chentianchun"}),
        ("ctianchun", set()),  # only initials after whole syllables, as input methods abbreviate
        ("muller", set()),  # not read as a name's syllables and initials
        ("ct", {"chentianchun", "chengtianchen"}),  # the Latin name's two words
    ],
)
def test_initials_of_names_of_any_length(
    db: Database, three_character_names: dict[str, str], query: str, expected: set[str]
) -> None:
    found = set(_ids(db, query, kind="contact"))
    assert found == {three_character_names[k] for k in expected}
    assert set(_ids(db, query, kind="contact", language="zh_CN")) == found
    with db.reading() as s:
        assert search.count(s, query, kind="contact") == len(expected)


def test_initials_survive_a_rebuild(db: Database, three_character_names: dict[str, str]) -> None:
    with db.transaction() as s:
        search.rebuild_search_index(s)
    assert set(_ids(db, "wzc", kind="contact")) == {three_character_names["wangzechao"]}
    assert set(_ids(db, "chentc", kind="contact")) == {
        three_character_names["chentianchun"],
        three_character_names["mail"],
    }
