"""类型 "科研" (research), as a Chinese office types a research academy's kind (field test 101: the
Changsha hub's 湖南省环境保护科学研究院 came in as an Enterprise, with a warning, from its 类型 column)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.models.enums import OrgKind
from petdesk.services import importing


@pytest.mark.parametrize("typed", ["科研", "科研单位", "科研机构"])
def test_research_kind_words(tmp_path: Path, typed: str) -> None:
    path = tmp_path / "orgs.csv"
    path.write_text(f"机构名称,类型\n湖南省环境保护科学研究院,{typed}\n", encoding="utf-8-sig")
    (record,) = importing.load_file(path, target="organisations").iter_records()
    assert record.kind == OrgKind.UNIVERSITY and not record.warnings
