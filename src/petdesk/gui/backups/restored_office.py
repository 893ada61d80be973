"""What a restore that made this installation another office says, in File › Backups and after
the welcome page's Restore from a Backup… (which said nothing at all: field test 80). The strings
keep the Backups dialog's context, so both places share one translation."""

from __future__ import annotations

from petdesk.gui.qt import QCoreApplication, QMessageBox, QWidget
from petdesk.gui.translation import arg
from petdesk.labels import sentences
from petdesk.language import office_name
from petdesk.services.backups import OfficeIdentity


def restored_office_words(office: OfficeIdentity, locale: str) -> list[str]:
    """The office this installation now is, and what a stolen laptop's owner must know."""
    name = office_name(office.name, office.name_zh, locale)
    return [
        arg(
            QCoreApplication.translate("BackupsDialog", "This installation is now office %1 (id %2)."),
            name,
            office.id,
        ),
        # The laptop the backup came from keeps this identity; if stolen, nothing can retire it
        # while this installation is that office.
        QCoreApplication.translate(
            "BackupsDialog",
            "If the laptop this backup came from was stolen, the other offices cannot retire its "
            "office while this installation is that office: to have it retired, start a new "
            "office with a new database and a full package from another office instead, and "
            "have that office retire the old one (Sync › Offices).",
        ),
        # Staying that office, the one thing that shuts the stolen laptop out (field test 112).
        QCoreApplication.translate(
            "BackupsDialog",
            "To go on as this office instead, agree a new shared sync passphrase with the other "
            "offices and enter it in every office (Settings › Office): the packages the stolen "
            "laptop writes with the old one are then refused everywhere.",
        ),
    ]


def tell_restored_office(window: QWidget, office: OfficeIdentity, locale: str) -> QMessageBox:
    """A box over the window just opened on the restored office (not modal: the window is usable)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("BackupsDialog", "Office Restored"),
        sentences(
            *restored_office_words(office, locale),
            QCoreApplication.translate(
                "BackupsDialog",
                "If that laptop wrote a sync package after the backup (one e-mailed from the road), "
                "import it with Sync › Import: what was written after the backup comes back.",
            ),
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setObjectName("restored_office")
    box.open()
    return box
