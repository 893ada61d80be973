"""The training dossier's lodging page (lodging51): the hotel's list and the rooms per night in
both languages; left out by default while nobody needs a room."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_training_dossier
from petdesk.dossier.data import gather_training
from petdesk.dossier.layout import BiTable
from petdesk.dossier.training import training_sections
from petdesk.services import training_lodging as tl
from tests.core.dossier.pdfcheck import pdf_words
from tests.helpers import trainings_data


def test_the_lodging_page_lists_who_stays_and_the_rooms_per_night(db: Database) -> None:
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    tid = ids["training"]
    with db.reading() as s:
        assert "lodging" not in {x.key for x in training_sections(gather_training(s, tid))}
    with db.transaction() as s:
        tl.set_lodging(s, tid, ids["lars"], needed=True, hotel="锦江宾馆", room=tl.SINGLE)
        tl.set_lodging(s, tid, ids["anna"], needed=False)
    with db.reading() as s:
        data = gather_training(s, tid)
    [page] = [x for x in training_sections(data) if x.key == "lodging"]
    assert (page.title.en, page.title.zh) == ("Lodging list", "住宿名单")
    people, nights = [b for b in page.blocks if isinstance(b, BiTable)]
    assert [c.header.zh for c in people.cols][:4] == ["序号", "姓名", "酒店", "入住日期"]
    [row] = people.rows
    assert row.cells[2] == "锦江宾馆" and row.cells[6].zh == "单人间"  # type: ignore[union-attr]
    assert [r.cells[2:] for r in nights.rows] == [["1", "1"]]


def test_the_room_type_is_not_cut_beside_english(db: Database, tmp_path: Path) -> None:
    """Both languages side by side: "单人间" kept whole (screenshots, round 51: "单人" / "间")."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        for who in ("lars", "erik"):
            tl.set_lodging(s, ids["training"], ids[who], needed=True, hotel="Jinjiang Hotel", room=tl.SINGLE)
    out = tmp_path / "lodging.pdf"
    build_training_dossier(db, ids["training"], out, DossierOptions(sections=frozenset({"lodging"})))
    words = pdf_words(out)
    assert words.count("单人间") == 2 and words.count("single") == 2, words


def test_chinese_hotel_names_are_not_cut_in_the_shared_column(db: Database, tmp_path: Path) -> None:
    """锦江宾馆 printed as "锦江" / "宾馆" beside both languages' dates (shots52); kept whole, the
    headings still fit ("Nights" was "Night" / "s" while the Room type heading held its width)."""
    ids = trainings_data.two_sessions(db, chinese_titles=True)
    with db.transaction() as s:
        tl.set_lodging(s, ids["training"], ids["lars"], needed=True, hotel="锦江宾馆", room=tl.SINGLE)
        tl.set_lodging(s, ids["training"], ids["erik"], needed=True, hotel="北京友谊宾馆", room=tl.SHARED)
        tl.set_lodging(s, ids["training"], ids["anna"], needed=True, hotel="Jinjiang Hotel", room=tl.SINGLE)
    out = tmp_path / "lodging.pdf"
    build_training_dossier(db, ids["training"], out, DossierOptions(sections=frozenset({"lodging"})))
    words = pdf_words(out)
    # each name twice: the hotel's list and the rooms per night
    assert words.count("锦江宾馆") == 2 and words.count("北京友谊宾馆") == 2, words
    assert {"Nights", "序号", "单人间", "合住"} <= set(words), words
