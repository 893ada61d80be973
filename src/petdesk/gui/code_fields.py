"""Edit fields that show labels and store codes (issue 16: "labels, not codes").

``CodeCombo`` picks one code by its label (a country named "法国" stores ``FR``); ``CodeChecklist``
picks several (languages, technology areas) from a menu of checkable labels and shows the chosen
labels joined the way the interface's language joins them. A stored code the list does not know
(a newer office's) is kept and shown as it is, so nothing is lost on save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from petdesk import i18n, labels
from petdesk.gui.qt import (
    QComboBox,
    QCompleter,
    QMenu,
    QResizeEvent,
    QShowEvent,
    QSize,
    QSizePolicy,
    Qt,
    QToolButton,
    QWidget,
    Signal,
)


class CodeCombo(QComboBox):
    """One code chosen by its label; with ``editable`` the user may type to find a label."""

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        blank: str | None = "",
        editable: bool = False,
    ) -> None:
        super().__init__(parent)
        if blank is not None:
            self.addItem(blank, "")
        for code, label in choices:
            self.addItem(label, code)
        if editable:
            self.setEditable(True)
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter(self.model(), self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.setCompleter(completer)

    def set_code(self, code: str) -> None:
        index = self.findData(code)
        if index < 0 and code:
            self.addItem(code, code)  # unknown to this office: kept as it is
            index = self.count() - 1
        self.setCurrentIndex(max(0, index))

    def code(self) -> str:
        """The chosen code; typed text that names an entry stores that entry's code, other typed
        text is returned as typed (the service then says what is wrong with it)."""
        index = self.currentIndex()
        text = self.currentText().strip()
        if index >= 0 and self.itemText(index) == text:
            return str(self.itemData(index) or "")
        if not self.isEditable():
            return ""
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        if found >= 0:
            return str(self.itemData(found) or "")
        if self.findData(text.upper()) >= 0:
            return text.upper()  # a code typed by someone who knows it ("de")
        return text


class CodeChecklist(QToolButton):
    """Several codes chosen from a menu of checkable labels; the button shows the chosen labels."""

    #: The user checked or unchecked an entry.
    changed = Signal()

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        locale: str,
        parent: QWidget | None = None,
        *,
        label_of: Callable[[str], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui_locale = locale
        #: The chosen labels whole, as the tooltip has them (the button may show them cut).
        self._whole = "—"
        #: The label of a stored code the choices lack (a language not offered first).
        self.label_of = label_of or (lambda code: code)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        #: The chosen codes in the order they were stored or checked (a contact's first language first).
        self._chosen: list[str] = []
        for code, label in choices:
            self._add(code, label)
        self._show()

    def _add(self, code: str, label: str) -> None:
        action = self._menu.addAction(label)
        action.setCheckable(True)
        action.setData(code)
        action.toggled.connect(lambda checked: self._toggled(code, checked))

    def _actions(self) -> dict[str, object]:
        return {a.data(): a for a in self._menu.actions()}

    def _toggled(self, code: str, checked: bool) -> None:
        if code in self._chosen:
            self._chosen.remove(code)
        if checked:
            self._chosen.append(code)
        self._show()
        self.changed.emit()

    def set_codes(self, codes: Sequence[str]) -> None:
        wanted = list(dict.fromkeys(c for c in codes if c))
        for code in wanted:
            if code not in self._actions():
                self._add(code, self.label_of(code))  # not offered: kept, named if it can be
        for action in self._menu.actions():
            action.blockSignals(True)
            action.setChecked(action.data() in wanted)
            action.blockSignals(False)
        self._chosen = wanted
        self._show()

    def codes(self) -> list[str]:
        return list(self._chosen)

    def checked_labels(self) -> list[str]:
        text = {a.data(): a.text() for a in self._menu.actions()}
        return [text[c] for c in self._chosen]

    def _show(self) -> None:
        text = labels.join_like(self.checked_labels(), self.ui_locale)
        self.setToolTip(text)
        self.setAccessibleDescription(text)  # a screen reader reads the text, which may be cut with "…"
        self._whole = text or "—"
        self._elide()

    def _elide(self) -> None:
        """The chosen labels cut with "…" where the button is narrower than they are (the tooltip
        has them all)."""
        metrics = self.fontMetrics()
        padding = super().sizeHint().width() - metrics.horizontalAdvance(self.text())
        room = self.width() - padding if self.isVisible() else 1 << 20
        shown = metrics.elidedText(self._whole, Qt.TextElideMode.ElideRight, max(room, 1))
        if shown != self.text():
            self.setText(shown)

    def minimumSizeHint(self) -> QSize:
        """About twelve characters at least, not the whole list: three technology areas made the
        organisation editor's form 586 px wide and pushed its fields under the scroll bar of a
        560 px window (field test 61)."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 12 * self.fontMetrics().averageCharWidth()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        extra = self.fontMetrics().horizontalAdvance(self._whole) - self.fontMetrics().horizontalAdvance(
            self.text()
        )
        return QSize(hint.width() + extra, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._elide()


# --- the vocabularies these fields offer -------------------------------------------------------

#: Languages offered first: those of the offices and their partners; a stored other one is added.
COMMON_LANGUAGES = (
    "zh", "en", "de", "fr", "es", "pt", "it", "nl", "sv", "fi", "da", "nb", "pl", "cs", "ru",
    "ja", "ko", "vi", "th", "id", "ms", "hi", "ar", "tr", "fa", "he", "el", "hu", "ro", "uk",
    "sw", "yue",
)  # fmt: skip


def language_choices(locale: str) -> list[tuple[str, str]]:
    """Common languages named in the interface's language, sorted by that name."""
    return sorted(((c, labels.language_name(c, locale)) for c in COMMON_LANGUAGES), key=_sort_key(locale))


def country_choices(locale: str) -> list[tuple[str, str]]:
    """Every country CLDR knows (two-letter codes), named in the interface's language."""
    from babel import Locale

    territories = Locale.parse("en").territories
    codes = [str(k) for k in territories if len(str(k)) == 2 and str(k).isalpha()]
    codes = [c for c in codes if c not in _NOT_COUNTRIES]
    return sorted(((c, labels.country_name(c, locale)) for c in codes), key=_sort_key(locale))


#: CLDR territories with a two-letter code that are no country (the EU, "unknown region" ...).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB", "XK"}


def technology_area_choices(locale: str) -> list[tuple[str, str]]:
    from petdesk import vocab

    # the sectors needs and technologies are filed under, so a project or partner can be on wastewater
    return [(c, vocab.technology_area_label(c, locale)) for c in vocab.SECTORS]


def gender_choices(locale: str) -> list[tuple[str, str]]:
    return [(code, labels.code_label(labels.GENDERS, code, locale)) for code in labels.GENDERS]


def _sort_key(locale: str) -> Callable[[tuple[str, str]], str]:
    """Chinese labels sort by pinyin, others by letters."""
    if i18n.is_chinese(locale):
        from petdesk.phrase_pinyin import lazy_pinyin_normal

        return lambda item: "".join(lazy_pinyin_normal(item[1])).casefold()
    return lambda item: item[1].casefold()
