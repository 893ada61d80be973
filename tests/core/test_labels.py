"""Labels, not codes, without Qt: countries, languages, zones, dates, honorifics and punctuation."""

from __future__ import annotations

import datetime as dt

from petdesk import i18n, labels
from petdesk.models.enums import AttendanceStatus, OrgKind

WINTER = dt.datetime(2026, 12, 7, 12, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 7, 12, tzinfo=dt.UTC)


def test_countries_and_languages_in_the_interface_language() -> None:
    assert labels.country_name("FR", "zh_CN") == "法国"
    assert labels.country_name("fr", "en") == "France"
    assert labels.country_name("AR", "zh_CN") == "阿根廷"  # not in petdesk's table: CLDR's name
    assert labels.country_name("XX", "en") == "XX"  # unknown: shown as it is, not lost
    assert labels.language_name("zh", "zh_CN") == "中文"
    assert labels.language_name("zu", "en") == "Zulu"
    assert labels.languages(["en", "zu", "af"], "zh_CN") == "英语、祖鲁语、南非荷兰语"
    assert labels.languages(["en", "de"], "en") == "English, German"


def test_vocabularies() -> None:
    assert labels.technology_areas(["low_carbon", "sponge_city"], "zh_CN") == "低碳发展、海绵城市"
    assert (
        labels.technology_areas(["low_carbon", "sponge_city"], "en") == "Low-carbon development, Sponge city"
    )
    assert labels.enum_label(OrgKind.NGO, "zh_CN") == "非政府组织"
    assert labels.enum_label(AttendanceStatus.EXCUSED, "zh_CN") == "请假"
    assert labels.code_label(labels.TRAVEL_MODES, "flight", "zh_CN") == "航班"


def test_zones_by_city_and_country_with_the_current_offset() -> None:
    assert labels.zone_label("Europe/Berlin", "en", WINTER) == "Berlin, Germany (UTC+01:00)"
    assert labels.zone_label("Europe/Berlin", "en", SUMMER) == "Berlin, Germany (UTC+02:00)"
    assert labels.zone_label("Europe/Berlin", "zh_CN", WINTER) == "柏林，德国（UTC+01:00）"
    assert labels.zone_label("Asia/Kolkata", "en", WINTER) == "Kolkata, India (UTC+05:30)"
    assert labels.zone_label("America/Sao_Paulo", "zh_CN", WINTER) == "圣保罗，巴西（UTC−03:00）"
    for locale in ("en", "zh_CN"):
        choices = labels.zone_choices(locale)
        zones = {c.zone for c in choices}
        assert {"Asia/Shanghai", "Europe/Berlin", "America/New_York", "UTC"} <= zones
        assert not any(z.startswith("Etc/") or z in ("Factory", "localtime", "US/Eastern") for z in zones)
        assert 300 < len(choices) < 500  # places people live, not the 599 names of the database
        assert [c.offset for c in choices] == sorted(c.offset for c in choices)  # west to east
    shanghai = next(c for c in labels.zone_choices("en") if c.zone == "Asia/Shanghai")
    assert "上海" in shanghai.keywords and "shanghai" in shanghai.keywords  # found in either language


def test_a_zone_beside_a_time_is_named_by_its_place() -> None:
    """Lists said "09:00–12:00 Asia/Shanghai" and "“Your time” in Etc/UTC"."""
    assert labels.zone_place("Asia/Shanghai", "en") == "Beijing"  # "Beijing time", not "Shanghai"
    assert labels.zone_place("Asia/Shanghai", "zh_CN") == "北京"
    assert labels.zone_place("America/Sao_Paulo", "en") == "São Paulo"
    assert labels.zone_place("Etc/UTC", "zh_CN") == labels.zone_place("UTC", "en") == "UTC"
    assert labels.zone_place("Mars/Olympus", "en") == "Mars/Olympus"  # unknown: as stored


def test_one_short_and_one_long_date_style_per_locale() -> None:
    day = dt.date(2021, 12, 17)
    assert i18n.format_date(day, "en") == i18n.format_date(day, "en", "short") == "17 Dec 2021"
    assert i18n.format_date(day, "en", "medium") == "17 Dec 2021"  # older callers get the same style
    assert i18n.format_date(day, "zh_CN", "short") == "2021年12月17日"
    assert i18n.format_date(day, "en", "long") == "Friday, 17 December 2021"
    assert i18n.format_date(day, "zh_CN", "long") == "2021年12月17日 星期五"
    moment = dt.datetime(2025, 7, 12, 5, 17)
    assert i18n.format_datetime(moment, "en") == "12 Jul 2025, 05:17"
    assert i18n.format_datetime(moment, "zh_CN") == "2025年7月12日 05:17"
    assert i18n.qt_date_format("zh_CN") == "yyyy年M月d日"
    assert i18n.qt_date_format("en_GB", with_time=True) == "d MMM yyyy HH:mm"


def test_honorific_order_and_punctuation() -> None:
    assert labels.with_honorific("崔心雯", "女士", "zh_CN") == "崔心雯女士"
    assert labels.with_honorific("Ravi Adams", "博士", "zh_CN") == "Ravi Adams 博士"
    assert labels.with_honorific("Anna Berg", "Dr", "en") == "Dr Anna Berg"
    assert labels.with_honorific("Anna Berg", "", "en") == "Anna Berg"
    assert labels.bracket("电话", "手机", "zh_CN") == "电话（手机）"
    assert labels.bracket("Phone", "mobile", "en") == "Phone (mobile)"
    assert labels.colon("语言", "zh_CN") == "语言：" and labels.colon("Languages", "en") == "Languages:"
    assert labels.full_width("电子邮件 (工作): a@b") == "电子邮件（工作）： a@b"
    # 、 only between like items; unlike parts of one line keep their separator.
    assert labels.join_like(["张伟", "李娜"], "zh_CN") == "张伟、李娜"
    assert labels.join_parts(["北京", "中国"], "zh_CN") == "北京 · 中国"


def test_sync_and_import_messages_in_the_interface_language(tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from petdesk.cli import main
    from petdesk.messages import localize

    assert localize("the file has no rows", "zh_CN") == "文件中没有任何行"
    assert localize("the file has no rows", "en") == "the file has no rows"
    nested = "x.pdsync: rejected: wrong passphrase: this package was encrypted with a different passphrase"
    assert localize(nested, "zh_CN") == "x.pdsync：已拒绝：密码错误：此数据包是用另一个密码加密的"
    assert localize("something petdesk never says", "zh_CN") == "something petdesk never says"
    # The command line in Chinese: a file that is not a package is refused in Chinese.
    bogus = tmp_path / "notes.txt"
    bogus.write_text("not a package", encoding="utf-8")
    monkeypatch.setenv("PETDESK_LANG", "zh_CN")
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", "correct horse battery staple 42")
    code = main(["--db", str(tmp_path / "p.sqlite"), "sync", "import", str(bogus)])
    err = capsys.readouterr().err
    assert code != 0 and "这不是 petdesk 同步数据包" in err, err


def test_zone_label_on_the_days_of_a_record() -> None:
    """D6: a training in May shows Stockholm's summer offset whatever the day it is edited; across
    the change to summer time, both offsets."""
    may = (dt.date(2027, 5, 10), dt.date(2027, 5, 12))
    winter = labels.zone_label("Europe/Stockholm", "en", WINTER)
    assert winter == "Stockholm, Sweden (UTC+01:00)"
    assert labels.label_on_days(winter, "Europe/Stockholm", may) == "Stockholm, Sweden (UTC+02:00)"
    easter = (dt.date(2027, 3, 26), dt.date(2027, 3, 29))
    zh = labels.label_on_days(
        labels.zone_label("Europe/Stockholm", "zh_CN", WINTER), "Europe/Stockholm", easter
    )
    assert zh == "斯德哥尔摩，瑞典（UTC+01:00 → UTC+02:00）"
    # again, from a label already showing two offsets: one offset again
    assert labels.label_on_days(zh, "Europe/Stockholm", may) == "斯德哥尔摩，瑞典（UTC+02:00）"
    assert labels.offset_on_days("America/Sao_Paulo", may) == "UTC−03:00"
    assert labels.offset_on_days("No/Such_Zone", may) == ""


def test_a_country_named_with_either_apostrophe() -> None:
    # CLDR writes "Côte d’Ivoire"; a form or a keyboard "Côte d'Ivoire" (field test 87)
    for typed in ("Côte d'Ivoire", "Côte d’Ivoire", "Cote d'Ivoire", "côte d`ivoire"):
        assert labels.country_code_in_any_language(typed) == "CI", typed
    assert labels.country_code_in_any_language("Sénégal") == "SN"


def test_names_in_every_language_leave_no_locale_loaded() -> None:
    # babel kept the ~700 locales read for them: 185 MB for good after one import of a French "Pays"
    from babel import localedata

    labels._countries_in_every_language.cache_clear()
    localedata.clear_caches()  # (an earlier test's lookup loaded them all, unless let go)
    labels.country_name("CI", "zh_CN")
    before = set(localedata._cache)
    assert labels.country_code_in_any_language("Allemagne") == "DE"
    assert set(localedata._cache) <= before | {"root"}
    assert labels.country_code_in_any_language("ドイツ") == "DE"
