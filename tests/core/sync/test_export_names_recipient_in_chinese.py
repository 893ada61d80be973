"""``sync export --to`` names the office the package is for by its Chinese name in Chinese: it said
"已写入 …（发给 Beijing Head Office）" while ``sync offices`` listed 北京总部办公室 (field test 64)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from petdesk.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "said"), [("zh_CN", "发给 北京总部办公室"), ("en", "for Beijing Head Office")]
)
def test_the_export_names_the_recipient_as_sync_offices_does(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    new_database_file: Callable[[Path], Path],
    lang: str,
    said: str,
) -> None:
    monkeypatch.setenv("PETDESK_SYNC_PASSPHRASE", "唐山 shared passphrase 64")
    # copies of the session's new file: the words are the point, making new files another test's
    beijing, tangshan = (str(new_database_file(tmp_path / f"{n}.sqlite")) for n in ("beijing", "tangshan"))
    first = tmp_path / "all.pdsync"
    _run(capsys, "--db", beijing, "office", "--name", "Beijing Head Office", "--name-zh", "北京总部办公室")
    _run(capsys, "--db", beijing, "sync", "export", "--all", "--out", str(first))
    _run(capsys, "--db", tangshan, "office", "--name", "Tangshan Hub Office", "--name-zh", "唐山枢纽办公室")
    _run(capsys, "--db", tangshan, "sync", "import", str(first))
    out = _run(
        capsys, "--db", tangshan, "--lang", lang, "sync", "export", "--to", "北京总部办公室",
        "--out", str(tmp_path / "back.pdsync"),
    )  # fmt: skip
    assert said in out, out
