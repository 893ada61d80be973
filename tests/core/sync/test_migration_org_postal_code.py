"""``0071_organisation_postal_code``: an organisation's postcode gets a field of its own, and a postcode
the address text begins or ends with beyond doubt is moved into it as an edit of the office that
upgrades, so another office receives the moved values with the next package; other text is left."""

from __future__ import annotations

from pathlib import Path

from petdesk import models as m
from petdesk.db import Database, open_database
from petdesk.services import organisations as os_
from tests.core.sync.helpers import make_office, send
from tests.helpers.old_files import set_back_to

#: key: (country, city, English address, Chinese address) as typed before 0071
ORGANISATIONS = {
    "xuhui": ("CN", "Shanghai", "", "上海市徐汇区漕溪北路100号（邮编：200030）"),
    "wuchang": ("CN", "Wuhan", "", "邮编：430071 武汉市武昌区中南路1号"),
    "bare": ("CN", "Beijing", "", "100037 北京市西城区三里河路9号"),
    "bonn": ("DE", "Bonn", "Hauptstraße 5, 53113 Bonn, Germany", ""),
    "hamburg": ("DE", "Hamburg", "Neuer Wall 10, D-20354 Hamburg", ""),
    # left alone: a code at both ends, digits run into the text, another town, no town part, not CN/DE
    "two_codes": ("CN", "Shanghai", "", "邮编 200030 上海市 邮编：200031"),
    "attached": ("CN", "Shanghai", "", "200030上海市徐汇区"),
    "other_town": ("DE", "Cologne", "Domkloster 4, 53113 Bonn", ""),
    "no_town": ("DE", "Bonn", "53113 Bonn", ""),
    "two_numbers": ("DE", "Bonn", "Gewerbepark 12345, 53113 Bonn", ""),
    "disagree": ("CN", "Shanghai", "100 Caoxi Road (Postcode 200030)", "邮编：200031 上海市"),
    "france": ("FR", "Paris", "5 rue de Rivoli, 75001 Paris", ""),
}
MOVED = {
    "xuhui": ("200030", "", "上海市徐汇区漕溪北路100号"),
    "wuchang": ("430071", "", "武汉市武昌区中南路1号"),
    "bare": ("100037", "", "北京市西城区三里河路9号"),
    "bonn": ("53113", "Hauptstraße 5, Bonn, Germany", ""),
    "hamburg": ("20354", "Neuer Wall 10, Hamburg", ""),
}


def _create(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        return {
            key: os_.create_organisation(
                s, name_en=key.title(), country=country, city_en=city, address_en=en, address_zh=zh
            ).id
            for key, (country, city, en, zh) in ORGANISATIONS.items()
        }


def _fields(db: Database, ids: dict[str, str]) -> dict[str, tuple[str | None, str, str]]:
    with db.reading() as s:
        orgs = {key: s.get(m.Organisation, org_id) for key, org_id in ids.items()}
        return {k: (o.postal_code, o.address_en, o.address_zh) for k, o in orgs.items() if o is not None}


def test_postcodes_beyond_doubt_move_and_travel(tmp_path: Path) -> None:
    shanghai, hamburg = (make_office(tmp_path, name) for name in ("Shanghai", "Hamburg"))
    ids = _create(shanghai)
    send(shanghai, hamburg, tmp_path)
    shanghai.close()
    set_back_to(shanghai.path, "0069_do_not_contact")
    upgraded = open_database(shanghai.path)
    try:
        found = _fields(upgraded, ids)
        for key, (_country, _city, en, zh) in ORGANISATIONS.items():
            assert found[key] == MOVED.get(key, (None, en, zh)), key
        # Hamburg had the records as typed; the moves reach it as Shanghai's edits.
        assert _fields(hamburg, ids) == {
            key: (None, en, zh) for key, (_c, _t, en, zh) in ORGANISATIONS.items()
        }
        send(upgraded, hamburg, tmp_path)
        assert _fields(hamburg, ids) == found
    finally:
        upgraded.close()
        hamburg.close()
