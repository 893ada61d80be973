"""'Due' and 'Deadline' are two words in Chinese (field test F14: 截止日期 stood for the follow-up's
and milestone's due date, the Deadline milestone kind and the project's deadline alike)."""

from __future__ import annotations

from petdesk import vocab
from petdesk.dossier.labels import label
from petdesk.models.enums import MilestoneKind
from petdesk.sync.labels import field_label


def test_due_is_daoqiri_and_deadline_jiezhiriqi() -> None:
    assert label("Due").zh == "到期日"
    assert label("Deadline").zh == vocab.label(MilestoneKind.DEADLINE, "zh_CN") == "截止日期"
    assert field_label("due_date", "zh_CN") == field_label("due", "zh_CN", "follow_up") == "到期日"
    assert field_label("deadline", "zh_CN") == "截止日期"
