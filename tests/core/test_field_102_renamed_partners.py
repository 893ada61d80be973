"""Field test 102: Mr. Deng Hui at the Shenzhen hub office keeps partners whose names change. The
2018 reform renamed 深圳市人居环境委员会 into 深圳市生态环境局; two Korean agencies merged. He renames
and merges on the command line, then looks for the old names, the history, the exports and the
dossier of a 2017 visit reprinted now.

Defects found and fixed: (1) a rename dropped the old name: nothing found 人居环境委员会, "Human
Settlements" or "renjuhuanjing" any more (now kept among the other names, Chinese ones indexed in
pinyin); (2) a concurrent edit of the old name at another office dropped the former names kept by
the rename (other names now merge name by name, as tags); (3) the editor's one-line "Other names"
cut former names at their commas when saved again and hid the last ones; (4) the dossier of the
2017 visit named the host by its 2018 name (now "as it was then (now: …)").

Not fixed: a concurrent edit of the old English name at another office still wins over the
rename when it is later (an open conflict the user settles; the new name stays findable only
there); `organisation edit --set aliases=…` still splits at commas; orgs renamed before this
version get pinyin for their former Chinese names after `petdesk reindex`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Organisation
from petdesk.services import contacts, visits
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

OLD_EN, OLD_ZH = "Shenzhen Human Settlements and Environment Commission", "深圳市人居环境委员会"
NEW_EN, NEW_ZH = "Shenzhen Municipal Bureau of Ecology and Environment", "深圳市生态环境局"


def run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["--db", str(db.path), *args])
    return code, capsys.readouterr().out


def _add(db: Database, capsys: pytest.CaptureFixture[str], en: str, zh: str, kind: str, city: str) -> str:
    code, out = run(db, capsys, "organisation", "add", "--name-en", en, "--name-zh", zh, "--kind", kind,
                    "--city", city)  # fmt: skip
    assert code == 0
    with db.reading() as s:  # the command prints the id's first characters
        return s.scalars(select(Organisation.id).where(Organisation.id.startswith(out.split()[-1]))).one()


def test_deng_hui_renames_and_merges_partners(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue
) -> None:
    commission = _add(db, capsys, OLD_EN, OLD_ZH, "city_government", "Shenzhen")
    with db.transaction() as s:
        lin = contacts.create_contact(
            s, family_name="Lin", given_name="Xiaoping", family_name_zh="林", given_name_zh="晓平",
            organisation_id=commission, position_en="Division Director",
        ).id  # fmt: skip
        visit = visits.create_visit(
            s, title_en="Sponge city exchange", title_zh="海绵城市交流", start_date=dt.date(2017, 6, 12),
            end_date=dt.date(2017, 6, 13), host_organisation_id=commission,
        ).id  # fmt: skip
        visits.add_participant(s, visit, lin, role="host")
    # 1. the 2018 reform: renamed in both languages
    code, _out = run(db, capsys, "organisation", "edit", commission[:8], "--set", f"name_en={NEW_EN}",
                     "--set", f"name_zh={NEW_ZH}")  # fmt: skip
    assert code == 0
    code, out = run(db, capsys, "organisation", commission[:8])
    assert NEW_ZH in out and OLD_ZH in out and "Lin" in out  # other names; Lin still works there
    # 2. the old name is found in English, Chinese and pinyin; Lin by it too
    for query in (OLD_ZH, "Human Settlements", "renjuhuanjing"):
        code, out = run(db, capsys, "search", query, "--kind", "organisations")
        assert commission in out, query
    code, out = run(db, capsys, "search", "林 人居环境", "--kind", "contacts")
    assert lin in out
    # 3. the history says who renamed it and when
    code, out = run(db, capsys, "history", commission[:8])
    assert f"{OLD_ZH} → {NEW_ZH}" in out
    # 4. exports write the current name
    card = tmp_path / "lin.vcf"
    assert run(db, capsys, "export-contacts", "林晓平", "--out", str(card))[0] == 0
    text = card.read_text(encoding="utf-8")
    assert f"ORG;ALTID=3;LANGUAGE=zh-Hans:{NEW_ZH}" in text and OLD_ZH not in text
    # 5. the 2017 visit's dossier, reprinted: the host as it was then, and its name now
    pdf = tmp_path / "2017.pdf"
    assert run(db, capsys, "dossier", "visit", visit[:8], "--out", str(pdf))[0] == 0
    pages = flat("".join(pdftotext_pages(pdf)))
    assert flat(f"{OLD_ZH}（现名：{NEW_ZH}）") in pages and flat(f"{OLD_EN} (now: {NEW_EN})") in pages
    assert all(font.embedded for font in pdffonts(pdf))
    # 6. two Korean agencies merge: the absorbed one's names stay findable, no duplicate pair left
    keiti = _add(db, capsys, "Korea Environmental Industry and Technology Institute", "韩国环境产业技术院",
                 "ministry_agency", "Seoul")  # fmt: skip
    ketpi = _add(db, capsys, "Korea Environmental Technology Promotion Institute", "韩国环境技术振兴院",
                 "ministry_agency", "Seoul")  # fmt: skip
    assert run(db, capsys, "merge", "--organisations", keiti, ketpi)[0] == 0
    code, out = run(db, capsys, "search", "振兴院", "--kind", "organisations")
    assert keiti in out and ketpi not in out
    code, out = run(db, capsys, "duplicates", "--entity", "organisation", "--of", keiti[:8])
    assert ketpi not in out
