"""A dossier and the window call every closed-vocabulary value by the same words (one table,
``petdesk.vocab``): a project "Concept note / 概念说明" on screen was "Preparing / 筹备中" in print."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from pathlib import Path

from petdesk import labels as window_labels
from petdesk.db import open_database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.labels import _PRINTED_OTHERWISE, enum_label
from petdesk.enums import MatchState, NeedStatus
from petdesk.models.enums import (
    ActivityKind,
    AttendanceStatus,
    ChannelLabel,
    ContactChannel,
    FollowUpStatus,
    ItineraryKind,
    OrgKind,
    ParticipantRole,
    ProjectStatus,
    TrainingRole,
    TrainingStatus,
    VisitDirection,
    VisitStatus,
)
from tests.core.dossier.pdfcheck import flat, pdftotext_pages
from tests.core.dossier.sample_data import make_visit

#: Every vocabulary a dossier (visit, training, match result, calendar) prints.
PRINTED: tuple[type[enum.Enum], ...] = (
    ActivityKind,
    AttendanceStatus,
    ChannelLabel,
    ContactChannel,
    FollowUpStatus,
    ItineraryKind,
    OrgKind,
    ParticipantRole,
    ProjectStatus,
    TrainingRole,
    TrainingStatus,
    VisitDirection,
    VisitStatus,
    NeedStatus,
    MatchState,
)


def test_every_printed_value_has_the_windows_words_in_both_languages() -> None:
    differ = []
    for vocabulary in PRINTED:
        for member in vocabulary:
            if member in _PRINTED_OTHERWISE and isinstance(member, VisitDirection):
                continue
            printed = enum_label(member)
            window = (window_labels.enum_label(member, "en"), window_labels.enum_label(member, "zh_CN"))
            if (printed.en, printed.zh) != window:
                differ.append((member, (printed.en, printed.zh), window))
    assert differ == []


def test_only_the_covers_direction_is_printed_otherwise() -> None:
    """The one wording a dossier keeps on purpose (it stands without a column heading)."""
    assert set(_PRINTED_OTHERWISE) == set(VisitDirection)
    assert enum_label(VisitDirection.INBOUND).en == "Inbound visit"


def test_project_statuses_print_as_the_window_shows_them() -> None:
    assert (enum_label(ProjectStatus.PREPARING).en, enum_label(ProjectStatus.PREPARING).zh) == (
        "Concept note",
        "概念说明",
    )
    assert enum_label(ProjectStatus.CLOSED).zh == "已结项"


def test_a_visit_dossier_prints_the_windows_project_status(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    db = open_database(new_database_file(tmp_path / "visit.sqlite"))
    try:
        ids = make_visit(db, meetings=2, participants=4)  # its project is in preparation
        out = tmp_path / "visit.pdf"
        generated = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.UTC)
        build_visit_dossier(db, ids.visit_id, out, DossierOptions(generated_at=generated))
    finally:
        db.close()
    text = flat(" ".join(pdftotext_pages(out)))
    assert "Conceptnote" in text and "概念说明" in text  # flat() drops spaces
    assert "Preparing" not in text and "筹备中" not in text
