"""shots59: the import's "Read as gb18030: 通讯录（2026年11月）,,,,,,," showed the empty cells of the
file's title row; the sample line is the text alone."""

from __future__ import annotations

from petdesk.services.encoding import detect
from tests.core.contacts.io_helpers import DATA_DIR


def test_the_sample_line_leaves_out_empty_cells() -> None:
    detection = detect((DATA_DIR / "contacts_gbk.csv").read_bytes())
    assert detection.sample == "通讯录（2026年11月）"
