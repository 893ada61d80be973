"""The "Remember it in the system keyring" tick box of the passphrase dialogs, honest about a
machine without a keyring (field test 28: ticked, nothing remembered, nothing said)."""

from __future__ import annotations

from pathlib import Path

from petdesk import secrets
from petdesk.gui.qt import QCheckBox, QCoreApplication, QWidget


def remember_box(parent: QWidget) -> QCheckBox:
    """The tick box; disabled, and saying why, when no keyring can remember anything here."""
    box = QCheckBox(QCoreApplication.translate("RememberBox", "&Remember it in the system keyring"), parent)
    box.setObjectName("remember")
    if not secrets.available():
        box.setEnabled(False)
        box.setText(
            QCoreApplication.translate(
                "RememberBox", "Remember it in the system keyring (none on this computer)"
            )
        )
        box.setToolTip(
            QCoreApplication.translate(
                "RememberBox",
                "No system keyring is available to remember the passphrase; it will be asked each "
                "time petdesk starts.",
            )
        )
    return box


def remember(box: QCheckBox, db_path: Path, passphrase: str) -> str:
    """Remember the passphrase when the box is ticked; "" when done or not asked, else why not
    (a keyring that refused it), for the dialog to tell the user."""
    if not (box.isEnabled() and box.isChecked()):
        return ""
    try:
        secrets.put(secrets.DATABASE, db_path, passphrase)
    except secrets.SecretStoreError:
        return QCoreApplication.translate(
            "RememberBox",
            "The system keyring did not take the passphrase; it will be asked each time petdesk starts.",
        )
    return ""
