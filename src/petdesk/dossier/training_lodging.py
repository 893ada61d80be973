"""The training dossier's lodging page: the people who need a room (the list sent to the hotel) and
the rooms per night, both languages, from ``services.training_lodging``."""

from __future__ import annotations

from collections.abc import Callable

from petdesk.dossier.labels import Bi, cell_language, label
from petdesk.dossier.layout import BiTable, Block, Col, Heading, Parts, Row, Section, Text, bi_date
from petdesk.dossier.text import is_cjk, keep_words
from petdesk.services.training_lodging import SHARED, SINGLE, LodgingList, LodgingRow, NightCount, room_words


def _name(person: LodgingRow) -> Callable[[str], Parts]:
    """Both names, the column's language first, each once: a Chinese-only list gave a hotel abroad
    only 周杰 (field test trainfollow60); the Latin one is pinyin when none was saved."""
    latin, chinese = person.name_latin, person.name_zh

    def cell(lang: str) -> Parts:
        first, second = (chinese, latin) if cell_language(lang) == "zh" else (latin, chinese)
        return [("\n".join(n for n in dict.fromkeys((first, second)) if n), {})]

    return cell


def lodging_section(found: LodgingList) -> Section:
    staying = found.staying
    # A hotel's Chinese name is a proper name: jieba cut 锦江宾馆 into 锦江 / 宾馆 and the narrow shared
    # Hotel column wrapped there. Kept whole, it also sets the column's least width; the
    # room words are kept whole too, instead of a gap that held the "Room type" heading unwrapped:
    # with both, the table was too narrow and "Nights" printed as "Night / s".
    keep_words(
        *{r.hotel for r in staying if any(is_cjk(ord(c)) for c in r.hotel)},
        *(room_words(room, "zh") for room in (SINGLE, SHARED)),
    )
    rows = [
        Row(
            [
                str(n),
                _name(r),
                r.hotel,
                bi_date(r.arrives),
                bi_date(r.leaves),
                str(len(r.nights)),
                Bi(room_words(r.room, "en"), room_words(r.room, "zh")),
                r.note,
            ]
        )
        for n, r in enumerate(sorted(staying, key=lambda r: (r.hotel == "", r.hotel)), start=1)
    ]
    people = BiTable(
        [
            Col(label("No."), 0.45, shared=True, align="RIGHT"),
            Col(label("Name"), 2.0, shared=True),
            Col(label("Hotel"), 1.7, shared=True),
            Col(label("Check-in"), 1.0),
            Col(label("Check-out"), 1.0),
            Col(label("Nights"), 0.5, shared=True, align="RIGHT"),
            Col(label("Room type"), 0.7),
            Col(label("Note"), 1.2, shared=True),
        ],
        rows,
        empty=label("Nobody needs a room."),
    )
    blocks: list[Block] = [people]
    if found.unanswered:
        blocks.append(
            Text(
                Bi(
                    f"Not answered yet: {found.unanswered}",
                    f"尚未答复：{found.unanswered} 人",
                ),
                "small",
            )
        )
    nights = found.per_night()
    if nights:
        blocks += [Heading(label("Rooms per night")), _nights_table(nights)]
    return Section("lodging", label("Lodging list"), blocks)


def _nights_table(nights: list[NightCount]) -> BiTable:
    return BiTable(
        [
            Col(label("Night"), 1.2),
            Col(label("Hotel"), 2.0, shared=True),
            Col(label("Guests"), 0.7, shared=True, align="RIGHT"),
            Col(label("Rooms"), 0.7, shared=True, align="RIGHT"),
        ],
        [Row([bi_date(c.night), c.hotel or "—", str(c.people), str(c.rooms)]) for c in nights],
    )
