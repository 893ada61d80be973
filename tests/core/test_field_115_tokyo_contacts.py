"""Field test 115: the Tokyo hub office's contacts from Outlook ja-JP and a business-card app.

Before: Outlook for Microsoft 365 ja-JP writes 勤務先電話, 勤務先 FAX, 市区町村 (会社) and 国/地域 (会社);
all four were dropped (the work phone of every row). A business-card app (Eight-style) writes TEL会社,
TEL直通, 郵便番号 and 住所, dropped too, and its "中村 さくら 様" was stored with 様 in the given name."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel
from petdesk.services import importing
from petdesk.services.names_by_script import japanese_honorific_after_name

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field115"


def test_outlook_ja_jp_keeps_the_work_phone_fax_city_and_country(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "outlook_ja_jp_contacts.csv")
    kept = ("勤務先電話", "勤務先 FAX", "市区町村 (会社)", "国/地域 (会社)")
    assert not any(h in report.dropped for h in kept)
    with db.reading() as s:
        sato = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "佐藤")).one()
        methods = {(x.channel, x.label, x.value) for x in sato.methods}
        assert (ContactChannel.PHONE, ChannelLabel.WORK, "03-5388-3400") in methods
        assert (ContactChannel.FAX, ChannelLabel.WORK, "03-5388-3401") in methods
        assert [(a["city"], a["country"]) for a in sato.addresses] == [("新宿区", "日本")]


def test_business_card_export_keeps_phones_and_address_and_drops_the_honorific(db: Database) -> None:
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "eight_business_cards.csv")
    assert report.dropped == {}  # 名刺交換日 is a line of the notes since round 62 (japancols62)
    with db.reading() as s:
        nakamura = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "中村")).one()
        assert nakamura.given_name_zh == "さくら"
        assert nakamura.native_name_language == "ja"
        yamamoto = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "山本")).one()
        phones = {x.value for x in yamamoto.methods if x.channel == ContactChannel.PHONE}
        assert {"03-1234-5678", "03-1234-5600", "090-5555-6666"} <= phones
        assert yamamoto.addresses and yamamoto.addresses[0]["postcode"] == "105-0011"
        assert "Met — cards exchanged: 2026-11-12" in yamamoto.notes.splitlines()  # Japanese: names63


def test_japanese_courtesy_words_after_a_name() -> None:
    assert japanese_honorific_after_name("中村 さくら 様") == ("中村 さくら", "様")
    assert japanese_honorific_after_name("伊藤恵子様") == ("伊藤恵子", "様")
    assert japanese_honorific_after_name("加藤 愛 さん") == ("加藤 愛", "さん")
    assert japanese_honorific_after_name("山田 太郎 殿") == ("山田 太郎", "殿")
    assert japanese_honorific_after_name("王殿") == ("王殿", "")  # 殿 may end a name
    assert japanese_honorific_after_name("様") == ("様", "")


def test_a_google_name_suffix_sama_makes_a_kanji_name_japanese(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "google_contacts_ja.csv")
    with db.reading() as s:
        ito = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "伊藤")).one()
        assert (ito.given_name_zh, ito.native_name_language) == ("恵子", "ja")
        suzuki = s.scalars(select(m.Contact).where(m.Contact.family_name_zh == "鈴木")).one()
        assert (suzuki.phonetic_family_name, suzuki.phonetic_given_name) == ("すずき", "けんた")


def test_the_phone_column_shows_the_phone_not_the_fax_written_before_it(db: Database) -> None:
    from petdesk.services import search

    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "outlook_ja_jp_contacts.csv")
    with db.reading() as s:
        rows = {r.email: r.phone for r in search.search(s, "", kind="contact")}
    assert rows["d-sato@example.jp"] == "03-5388-3400"  # 勤務先 FAX 03-5388-3401 comes first
