"""The filter boxes of the Technologies and City needs lists: sector, TRL, country, and for needs
status and city (field test 26, defect 9). Boxes whose first choice lets everything through ("All
sectors"), as the Projects list's; the choice is remembered per list across restarts, as the lists'
sort and columns are."""

from __future__ import annotations

from sqlalchemy.orm import Session

from petdesk.db import Database
from petdesk.gui.elided_combo import ElidedComboBox
from petdesk.gui.operations import read_op
from petdesk.gui.qt import QComboBox, QCoreApplication, QHBoxLayout, QSettings, QWidget, Signal
from petdesk.labels import country_name
from petdesk.models.enums import NeedStatus
from petdesk.services import catalogue_filters
from petdesk.services.catalogue_filters import TRL_RANGES, CatalogueFilter
from petdesk.vocab import SECTORS, label, technology_area_label

TECHNOLOGIES = "technologies"
NEEDS = "needs"


class CatalogueFilterBar(QWidget):
    """One box per filter of ``kind`` ("technologies" or "needs"); ``changed`` after a choice."""

    changed = Signal()

    def __init__(self, db: Database, kind: str, locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.kind, self.ui_locale = db, kind, locale
        self.boxes: dict[str, QComboBox] = {}
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        sectors = sorted(SECTORS, key=lambda code: technology_area_label(code, locale))
        sector_choices = [(code, technology_area_label(code, locale)) for code in sectors]
        self._add(
            QCoreApplication.translate("CatalogueFilters", "Sector"),
            QCoreApplication.translate("CatalogueFilters", "All sectors"),
            "sector",
            sector_choices,
        )
        if kind == TECHNOLOGIES:
            trl_choices = [
                (
                    r,
                    QCoreApplication.translate("CatalogueFilters", "TRL %1").replace(
                        "%1", r.replace("-", "–")
                    ),
                )
                for r in TRL_RANGES
            ]
            trl_choices += [
                (str(n), QCoreApplication.translate("CatalogueFilters", "TRL %1").replace("%1", str(n)))
                for n in range(1, 10)
            ]
            self._add(
                QCoreApplication.translate("CatalogueFilters", "TRL"),
                QCoreApplication.translate("CatalogueFilters", "Any TRL"),
                "trl",
                trl_choices,
            )
        else:
            self._add(
                QCoreApplication.translate("CatalogueFilters", "Status"),
                QCoreApplication.translate("CatalogueFilters", "All statuses"),
                "status",
                [(s.value, label(s, locale)) for s in NeedStatus],
            )
            self._add(
                QCoreApplication.translate("CatalogueFilters", "City"),
                QCoreApplication.translate("CatalogueFilters", "All cities"),
                "city_id",
                [],
            )  # filled from the database
        self._add(
            QCoreApplication.translate("CatalogueFilters", "Country"),
            QCoreApplication.translate("CatalogueFilters", "All countries"),
            "country",
            [],
        )
        self._restore()
        self._load_choices()

    def _add(self, name: str, everything: str, key: str, choices: list[tuple[str, str]]) -> None:
        """A box named ``name`` whose first choice, ``everything``, filters nothing ("All sectors"):
        no caption beside it, as the Projects list's boxes, so the list keeps its width beside the
        match view at 1024 px."""
        box = ElidedComboBox(self)  # "All statu…", not "All statuse" at 1024 px
        box.setObjectName(f"filter_{key}")
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(5)
        box.setProperty("everything", everything)
        _fill(box, choices)
        box.currentIndexChanged.connect(self._chosen)
        self._row.addWidget(box, 1)
        self.boxes[key] = box

    def current(self) -> CatalogueFilter:
        return CatalogueFilter.of({key: box.currentData() for key, box in self.boxes.items()})

    def set_current(self, chosen: CatalogueFilter) -> None:
        """Choose ``chosen`` in the boxes (a value not offered yet is kept, by its code)."""
        values = chosen.values()
        for key, box in self.boxes.items():
            _choose(box, values[key])
        self._chosen()

    def _chosen(self) -> None:
        settings = QSettings()
        for key, value in self.current().values().items():
            if key in self.boxes:
                settings.setValue(f"filters/{self.kind}/{key}", value)
        self.changed.emit()

    def _restore(self) -> None:
        settings = QSettings()
        for key, box in self.boxes.items():
            box.blockSignals(True)
            _choose(box, str(settings.value(f"filters/{self.kind}/{key}", "") or ""))
            box.blockSignals(False)

    def _load_choices(self) -> None:
        """Countries (and cities) that the records have, read off the GUI thread."""
        locale, zh = self.ui_locale, self.ui_locale.startswith("zh")

        def work(session: Session) -> dict[str, list[tuple[str, str]]]:
            if self.kind == TECHNOLOGIES:
                countries = catalogue_filters.technology_countries(session)
                return {"country": _countries(countries, locale)}
            cities = [
                (cid, (zh_name or en) if zh else (en or zh_name))
                for cid, en, zh_name in catalogue_filters.need_cities(session)
            ]
            return {
                "country": _countries(catalogue_filters.need_countries(session), locale),
                "city_id": sorted(cities, key=lambda c: c[1]),
            }

        def arrived(choices: dict[str, list[tuple[str, str]]]) -> None:
            for key, values in choices.items():
                box = self.boxes[key]
                kept = str(box.currentData() or "")
                box.blockSignals(True)
                _fill(box, values)
                _choose(box, kept)
                box.blockSignals(False)

        read_op(self.db, work, on_success=arrived, owner=self)


def _countries(codes: list[str], locale: str) -> list[tuple[str, str]]:
    return sorted(((code, country_name(code, locale)) for code in codes), key=lambda c: c[1])


def _fill(box: QComboBox, choices: list[tuple[str, str]]) -> None:
    box.clear()
    box.addItem(str(box.property("everything")), "")
    for value, text in choices:
        box.addItem(text, value)


def _choose(box: QComboBox, value: str) -> None:
    index = box.findData(value)
    if index < 0 and value:  # remembered, not offered (yet): kept, shown by its code
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(max(index, 0))
