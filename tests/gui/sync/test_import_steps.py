"""The sync dialogs' step line follows every progress message of export and import, with the
record counts the command line prints (field test 34, defect 4: "Collecting changes…", 1/7, for the
whole apply phase)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from petdesk.gui.sync.common import STAGE_INDEX, STAGES, StageProgress
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, TEST_KDF_N, make_office


def _fed(messages: list[str]) -> tuple[StageProgress, list[tuple[int, int]]]:
    stages = StageProgress()
    bar: list[tuple[int, int]] = []
    report = stages.reporter(lambda done, total: bar.append((done, total)))
    for message in messages:
        report(message)
    return stages, bar


def test_counted_apply_message_is_the_apply_step_with_counts(qtbot: Any) -> None:
    stages, bar = _fed(
        ["verifying the package", "applying changes", "applying changes: 68,000 / 668,895 records"]
    )
    applying = STAGE_INDEX[service.STEP_APPLYING] + 1
    assert bar[-1] == (applying, len(STAGES))
    assert stages.text() == "Applying changes… 68,000 of 668,895 records"


def test_collecting_a_table_stays_collecting_and_waiting_keeps_the_bar(qtbot: Any) -> None:
    stages, bar = _fed(["collecting changes", "collecting contact: 20,000"])
    assert bar[-1][0] == 1 and stages.text() == "Collecting changes…"
    stages, bar = _fed(["backing up the database", service.WAITING_FOR_WRITER])
    assert bar[-1] == bar[0]
    assert stages.text() == "Waiting for another task to finish writing…"
    # a message not listed never sends the bar back to the first step
    stages, bar = _fed([service.STEP_APPLYING, "something new"])
    assert bar == [(STAGE_INDEX[service.STEP_APPLYING] + 1, len(STAGES))]


def test_every_message_of_a_real_exchange_is_a_listed_step(qtbot: Any, tmp_path: Path) -> None:
    beijing, bonn = make_office(tmp_path, "Beijing"), make_office(tmp_path, "Bonn")
    messages: list[str] = []
    package = tmp_path / "all.petdesk-sync"
    service.export_changes(
        beijing, package, PASSPHRASE, kdf_n=TEST_KDF_N, durable=False, progress=messages.append
    )
    service.import_package(bonn, package, PASSPHRASE, backup=True, progress=messages.append)
    assert messages
    for message in messages:
        stage, _counts = service.progress_stage(message)
        assert stage in STAGES, message
    beijing.close()
    bonn.close()
