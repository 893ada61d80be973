"""Settings: the dialog (language first), reachable from Tools → Settings…, and the language switch.

Other features add their own page to the dialog with :func:`register_page` (for example the office
identity of sync). ``install(window)`` is called by the main window for every window it builds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from petdesk.gui.qt import QAction, QCoreApplication, QKeySequence
from petdesk.gui.settings.dialog import SettingsDialog, SettingsPage, register_page
from petdesk.gui.settings.switch import apply_language, capture_state, restore_state, switch_language

if TYPE_CHECKING:
    from petdesk.gui.main_window import MainWindow

__all__ = [
    "SettingsDialog",
    "SettingsPage",
    "apply_language",
    "capture_state",
    "install",
    "open_settings",
    "register_page",
    "restore_state",
    "switch_language",
]


def install(window: MainWindow) -> None:
    """Add Tools → Settings… (Preferences on macOS) to the window."""
    action = QAction(QCoreApplication.translate("Settings", "&Settings…"), window)
    action.setObjectName("action_settings")
    # The platform's Preferences keys; Qt has none on Linux and Windows, where Ctrl+, is the
    # usual one (field test 13, defect 9).
    action.setShortcuts(
        QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
    )
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.triggered.connect(lambda _checked=False: open_settings(window))
    window.menu("tools").addAction(action)
    window.settings_action = action  # type: ignore[attr-defined]


def open_settings(window: MainWindow) -> SettingsDialog:
    """Show the settings dialog; on OK apply every page (a new language rebuilds the window)."""
    dialog = SettingsDialog(window)
    dialog.setObjectName("settings_dialog")
    dialog.accepted.connect(lambda: dialog.apply(window))
    dialog.open()
    return dialog
