"""Turkish in capitals (review57 of field test 114): Excel headers written "PROJE ADI", "BAŞLANGIÇ
TARİHİ" and statuses "ONAYLANDI" are the same words as "Proje Adı", "Onaylandı"; one folding helper."""

from __future__ import annotations

import pytest

from petdesk import turkish_case
from petdesk.models.enums import ProjectStatus
from petdesk.services.past_projects import column_map, stage_of


def test_capital_turkish_headers_are_found() -> None:
    # "PROJE ADI" and "BAŞLANGIÇ TARİHİ" were no header: the sheet had no title column, every row refused
    header = ["PROJE ADI", "ORTAK", "FON KAYNAĞI", "BÜTÇE", "BAŞLANGIÇ TARİHİ", "BİTİŞ TARİHİ", "DURUM"]
    assert column_map(header) == {
        "title": 0,
        "partners": 1,
        "funder": 2,
        "amount": 3,
        "started": 4,
        "ended": 5,
        "status": 6,
    }


@pytest.mark.parametrize(
    ("status", "stage"),
    [
        ("ONAYLANDI", ProjectStatus.APPROVED),
        ("Onaylandı", ProjectStatus.APPROVED),
        ("TAMAMLANDI", ProjectStatus.CLOSED),
        ("HAZIRLANIYOR", ProjectStatus.PREPARING),
        ("BAŞVURU YAPILDI", ProjectStatus.SUBMITTED),
    ],
)
def test_capital_turkish_statuses_are_read(status: str, stage: ProjectStatus) -> None:
    assert stage_of(status) == stage


def test_fold_keeps_the_dotted_capital_one_letter() -> None:
    assert turkish_case.fold("İSTANBUL") == "istanbul"
    assert turkish_case.fold_key("PROJE ADI") == turkish_case.fold_key("Proje Adı") == "proje adi"
