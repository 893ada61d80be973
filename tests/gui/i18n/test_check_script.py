"""scripts/check_translations.sh fails, naming the string, when a visible string has no translation.

Runs the real scripts on a small project tree in a temporary folder (one window module, one core
module), so the test does not depend on how far the real catalogues are: a few seconds in all."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]

WINDOW = """
from PySide6.QtWidgets import QWidget

class Sample(QWidget):
    def __init__(self):
        super().__init__()
        self.setWindowTitle(self.tr("Delegation visits"))
        self.count = self.tr("%n row(s)", "", 3)
"""
#: A string passed through a helper: lupdate cannot see it, the check must.
HIDDEN = """

def _tr(text):
    from PySide6.QtCore import QCoreApplication
    return QCoreApplication.translate("Sample", text)

LABEL = _tr("Hidden label")
"""
CORE = """
from petdesk.i18n import translator

def message(locale):
    _ = translator(locale)
    return _("No clashes.")
"""


def run(tree: Path, script: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHON=sys.executable)
    return subprocess.run(
        ["bash", str(tree / "scripts" / script)],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def translate(tree: Path, translations: dict[str, object]) -> None:
    """Fill every pending entry whose source is in ``translations`` (as a translator would)."""
    tool = [sys.executable, "translations/i18n_tool.py"]
    pending = subprocess.run(
        [*tool, "pending", "translations/petdesk_zh_CN.ts", "translations/core/zh_CN.po"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    items = [json.loads(line) for line in pending]
    for item in items:
        item["translation"] = translations[item["source"]]
    (tree / "apply.jsonl").write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    subprocess.run([*tool, "apply", "apply.jsonl"], cwd=tree, check=True, capture_output=True)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for script in ("update_translations.sh", "check_translations.sh"):
        (tmp_path / "scripts").mkdir(exist_ok=True)
        shutil.copy(ROOT / "scripts" / script, tmp_path / "scripts" / script)
    (tmp_path / "translations").mkdir()
    for name in ("tools.sh", "i18n_tool.py"):
        shutil.copy(ROOT / "translations" / name, tmp_path / "translations" / name)
    gui = tmp_path / "src" / "petdesk" / "gui"
    gui.mkdir(parents=True)
    (gui / "sample.py").write_text(WINDOW, encoding="utf-8")
    (tmp_path / "src" / "petdesk" / "core.py").write_text(CORE, encoding="utf-8")
    return tmp_path


def test_check_fails_on_a_string_without_translation(tree: Path) -> None:
    # A complete project passes.
    assert run(tree, "update_translations.sh").returncode == 0
    translate(
        tree, {"Delegation visits": "代表团访问", "%n row(s)": ["共 %n 条"], "No clashes.": "未发现冲突。"}
    )
    assert run(tree, "update_translations.sh").returncode == 0
    ok = run(tree, "check_translations.sh")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "all catalogues complete" in ok.stdout

    # A new window string and a new core string, not yet extracted, and a .ts edited without
    # recompiling: the check fails and names each of them.
    window = tree / "src" / "petdesk" / "gui" / "sample.py"
    window.write_text(WINDOW + '        self.more = self.tr("Sign-in sheet")\n' + HIDDEN, encoding="utf-8")
    core = tree / "src" / "petdesk" / "core.py"
    core.write_text(CORE + '\ndef other(_):\n    return _("Follow-ups:")\n', encoding="utf-8")
    ts = tree / "translations" / "petdesk_zh_CN.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("代表团访问", "代表团来访"), encoding="utf-8")
    stale = run(tree, "check_translations.sh")
    assert stale.returncode == 1
    assert "missing from petdesk_zh_CN.ts: Sample: 'Sign-in sheet'" in stale.stdout
    assert "petdesk_zh_CN.ts is stale" in stale.stdout
    assert "zh_CN.po: missing (run scripts/update_translations.sh): 'Follow-ups:'" in stale.stdout
    assert "petdesk_zh_CN.qm gives '代表团访问'" in stale.stdout
    assert "petdesk_zh_CN.qm is stale" in stale.stdout
    assert "hidden from lupdate" in stale.stdout and "Sample: 'Hidden label'" in stale.stdout

    # Extracted but not translated: still failing, now as unfinished / untranslated.
    run(tree, "update_translations.sh")
    unfinished = run(tree, "check_translations.sh")
    assert unfinished.returncode == 1
    assert "unfinished: Sample: 'Sign-in sheet'" in unfinished.stdout
    assert "untranslated: 'Follow-ups:'" in unfinished.stdout
    assert "is stale" not in unfinished.stdout
