"""``petdesk needs ID`` shows the need and ``petdesk technologies ID`` the technology, every field in
both languages (field test 16, §7: ``needs 0zI7h0b0`` printed "City needs: 0"); words still search."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import needs as need_service
from petdesk.services import technologies as tech_service
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here


@pytest.fixture
def records(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        wuhan = m.Organisation(
            name_en="Wuhan Municipal People's Government",
            name_zh="武汉市人民政府",
            kind=OrgKind.CITY_GOVERNMENT,
            country="CN",
            city_en="Wuhan",
            city_zh="武汉",
        )
        maker = m.Organisation(name_en="MemTec Filtration GmbH", name_zh="膜技术过滤有限公司")
        s.add_all([wuhan, maker])
        s.flush()
        need = need_service.create_need(
            s,
            title_en="Drinking water quality in old districts",
            title_zh="老城区饮用水水质",
            city_organisation_id=wuhan.id,
            sector="water",
            problem_en="Old pipes discolour the water.",
            problem_zh="老旧管道导致水质变色。",
            scale="120,000 residents",
            budget_min=1_000_000,
            budget_max=3_000_000,
            currency="CNY",
            deadline=dt.date(2027, 6, 30),
            tags=["drinking water", "pipes"],
        )
        tech = tech_service.create_technology(
            s,
            name_en="Ceramic membrane filtration",
            name_zh="陶瓷膜过滤",
            sector="water",
            provider_organisation_id=maker.id,
            description_en="Ceramic membranes for drinking water.",
            description_zh="用于饮用水的陶瓷膜。",
            trl=8,
            tags=["membrane"],
            certifications=["ISO 9001"],
            licence="CC-BY-4.0",
            share_consent=True,
        )
        return {"need": need.id, "tech": tech.id, "wuhan": wuhan.id, "maker": maker.id}


def _out(db: Database, capsys: pytest.CaptureFixture[str], *args: str, lang: str = "en") -> list[str]:
    assert main(["--db", str(db.path), "--lang", lang, *args]) == 0
    return capsys.readouterr().out.splitlines()


def test_needs_id_shows_the_need(db: Database, records: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert _out(db, capsys, "needs", records["need"][:8]) == [
        "Drinking water quality in old districts / 老城区饮用水水质",
        f"  id: {records['need']}",
        "  status: Open",
        f"  city: Wuhan / 武汉, China  ({records['wuhan'][:8]})",
        "  sector: Water treatment",
        "  budget: CN¥1,000,000.00 – CN¥3,000,000.00",
        "  scale: 120,000 residents",
        "  deadline: 30 Jun 2027",
        "  tags: drinking water, pipes",
        "  problem (English): Old pipes discolour the water.",
        "  problem (Chinese): 老旧管道导致水质变色。",
    ]
    # words are searched as before
    assert _out(db, capsys, "needs", "old districts")[-1] == "City needs: 1"


def test_technologies_id_shows_the_technology(db: Database, records: dict[str, str], capsys) -> None:  # type: ignore[no-untyped-def]
    assert _out(db, capsys, "technologies", records["tech"][:6]) == [
        "Ceramic membrane filtration / 陶瓷膜过滤",
        f"  id: {records['tech']}",
        "  sector: Water treatment",
        f"  provider: MemTec Filtration GmbH / 膜技术过滤有限公司  ({records['maker'][:8]})",
        "  readiness: TRL 8",
        "  certifications: ISO 9001",
        "  tags: membrane",
        "  licence: CC-BY-4.0",  # field test 44, §6: what an import stores was not shown
        "  consent to share: yes",
        "  description (English): Ceramic membranes for drinking water.",
        "  description (Chinese): 用于饮用水的陶瓷膜。",
    ]
    assert _out(db, capsys, "technologies", "membrane")[-1] == "Technologies: 1"


@pytest.mark.parametrize(
    ("low", "high", "lang", "shown"),
    [
        (None, 3_000_000, "en", "up to CN¥3,000,000.00"),
        (1_000_000, None, "en", "from CN¥1,000,000.00"),
        (None, 3_000_000, "zh_CN", "至多300万元"),
        (1_000_000, None, "zh_CN", "至少100万元"),
    ],
)
def test_a_budget_with_one_end_says_which_end_it_is(  # type: ignore[no-untyped-def]
    db: Database,
    records: dict[str, str],
    capsys,
    low: float | None,
    high: float | None,
    lang: str,
    shown: str,
    tree_catalogue: Path,
) -> None:
    """Field test 18: a budget with only an upper limit read "… – CN¥3,000,000.00". In Chinese the
    amount follows 至多 without a space, as a Chinese amount (200万元) reads in a sentence."""
    with db.transaction() as s:
        need_service.update_need(s, records["need"], budget_min=low, budget_max=high)
    assert main(["--db", str(db.path), "--lang", lang, "needs", records["need"][:8]]) == 0
    out = capsys.readouterr().out.splitlines()
    budget = [" ".join(line.split()) for line in out if "CNY" in line or "CN¥" in line or "万元" in line]
    assert len(budget) == 1 and budget[0].endswith(f": {shown}"), budget


def test_every_label_is_in_chinese_and_says_each_text_s_language(  # type: ignore[no-untyped-def]
    db: Database, records: dict[str, str], capsys
) -> None:
    """Field test 23, §3: city, sector, budget … stayed English in Chinese (labels inside f-strings
    are not extracted), and the English and Chinese problem lines carried the same label."""
    need = _out(db, capsys, "needs", records["need"][:8], lang="zh_CN")
    labels = " ".join(line.split(":")[0].strip() for line in need[1:])
    assert labels == "编号 状态 城市 领域 预算 规模 截止日期 标签 问题（英文） 问题（中文）"
    tech = _out(db, capsys, "technologies", records["tech"][:6], lang="zh_CN")
    labels = " ".join(line.split(":")[0].strip() for line in tech[1:])
    assert labels == "编号 领域 技术提供方 技术成熟度 认证 标签 许可协议 同意共享 描述（英文） 描述（中文）"


def test_the_labels_reach_the_catalogue() -> None:
    """pybabel extracts no _() written inside an f-string: such a label is never translated."""
    from babel.messages.extract import extract_from_file

    import petdesk.cli.catalogue_show

    found = {m for _l, m, _c, _x in extract_from_file("python", petdesk.cli.catalogue_show.__file__)}
    labels = {"city", "sector", "budget", "scale", "tags", "provider", "readiness", "certifications"}
    assert labels | {"reference", "problem (English)", "problem (Chinese)"} <= found
