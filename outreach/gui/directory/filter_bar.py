"""The filter controls above the results: category, open now, near, language, free, walk-in, age."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton, QSpinBox, QWidget

from outreach.directory.geo import KM_PER_MILE
from outreach.gui import wording
from outreach.gui.data_words import category_name
from outreach.gui.directory.search_job import FilterState
from outreach.gui.forms import child


def language_label(code: str) -> str:
    """ "Spanish" for "es"; the code itself when Qt does not know it."""
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    return QLocale.languageToString(locale.language())


class FilterBar(QObject):
    """Reads and resets the filter widgets of the directory form; ``changed`` on any edit."""

    changed = Signal()

    def __init__(
        self, form: QWidget, default_radius_km: Callable[[], float] = lambda: 25.0
    ) -> None:
        super().__init__(form)
        #: The radius a reset goes back to: the Settings value, read when it is needed.
        self.default_radius_km = default_radius_km
        self.category = child(form, QComboBox, "categoryCombo")
        self.language = child(form, QComboBox, "languageCombo")
        self.open_now = child(form, QCheckBox, "openNowCheck")
        self.free = child(form, QCheckBox, "freeCheck")
        self.walk_in = child(form, QCheckBox, "walkInCheck")
        self.age = child(form, QSpinBox, "ageSpin")
        self.near = child(form, QLineEdit, "nearEdit")
        self.radius = child(form, QSpinBox, "radiusSpin")
        self.reset_button = child(form, QPushButton, "resetFiltersButton")
        self._resetting = False
        #: The radius is typed in miles where the worker's country uses them.
        self.miles = wording.distance_in_miles()
        if self.miles:
            self.radius.setSuffix(self.tr(" mi"))
            self.radius.setAccessibleName(self.tr("Distance in miles"))
        self.clear_choices()
        for combo in (self.category, self.language):
            combo.currentIndexChanged.connect(self._edited)
        for box in (self.open_now, self.free, self.walk_in):
            box.toggled.connect(self._edited)
        self.age.valueChanged.connect(self._edited)
        self.near.textChanged.connect(self._near_edited)
        self.radius.valueChanged.connect(self._radius_edited)
        self.reset_button.clicked.connect(self.reset)

    def state(self) -> FilterState:
        age = self.age.value()
        return FilterState(
            category=self.category.currentData() or None,
            language=self.language.currentData() or None,
            open_now=self.open_now.isChecked(),
            free=self.free.isChecked(),
            walk_in=self.walk_in.isChecked(),
            age=None if age < 0 else age,
            near_text=self.near.text().strip(),
            radius_km=self.radius.value() * (KM_PER_MILE if self.miles else 1.0),
        )

    def fill(self, categories: list[tuple[str, int]], languages: list[tuple[str, int]]) -> None:
        """Offer the vault's categories and languages, keeping the current choices."""
        chosen_category = self.category.currentData()
        chosen_language = self.language.currentData()
        with _quiet(self.category, self.language):
            self.category.clear()
            self.category.addItem(self.tr("Any category"), "")
            for name, count in categories:
                if count:
                    self.category.addItem(f"{category_name(name)} ({count:,})", name)
            self.language.clear()
            self.language.addItem(self.tr("Any language"), "")
            for code, count in languages:
                self.language.addItem(f"{language_label(code)} ({count:,})", code)
            self.category.setCurrentIndex(max(self.category.findData(chosen_category or ""), 0))
            self.language.setCurrentIndex(max(self.language.findData(chosen_language or ""), 0))

    def reset(self) -> None:
        """Every filter back to "anything" (one ``changed``, not eight)."""
        widgets = (self.category, self.language, self.open_now, self.free, self.walk_in)
        # The place box is not silenced (Qt hides its clear button from its own textChanged,
        # and left it showing in an empty box after unlock); _near_edited waits for the end.
        self._resetting = True
        self.near.clear()
        self._resetting = False
        with _quiet(*widgets, self.age, self.radius):
            self.category.setCurrentIndex(0)
            self.language.setCurrentIndex(0)
            for box in (self.open_now, self.free, self.walk_in):
                box.setChecked(False)
            self.age.setValue(self.age.minimum())
            km = self.default_radius_km()
            self.radius.setValue(max(1, round(km / KM_PER_MILE if self.miles else km)))
        self._edited()

    def clear_choices(self) -> None:
        """Forget everything that came from a vault (on lock): choices, place, lists."""
        with _quiet(self.category, self.language):
            self.category.clear()
            self.category.addItem(self.tr("Any category"), "")
            self.language.clear()
            self.language.addItem(self.tr("Any language"), "")
        self.reset()

    def set_enabled(self, enabled: bool) -> None:
        """Grey the filters out while there is nothing to filter (an empty directory)."""
        for widget in (
            self.category,
            self.language,
            self.open_now,
            self.free,
            self.walk_in,
            self.age,
            self.near,
            self.radius,
        ):
            widget.setEnabled(enabled)
        self.reset_button.setEnabled(enabled and not self.state().is_empty)

    def _radius_edited(self) -> None:
        if self.near.text().strip():  # the radius means nothing without a place
            self._edited()

    def _near_edited(self) -> None:
        if not self._resetting:
            self._edited()

    def _edited(self) -> None:
        self.reset_button.setEnabled(not self.state().is_empty)
        self.changed.emit()


class _quiet:
    """Block the signals of some widgets for the duration of a ``with`` block."""

    def __init__(self, *widgets: QObject) -> None:
        self.widgets = widgets
        self.before: list[bool] = []

    def __enter__(self) -> None:
        self.before = [w.blockSignals(True) for w in self.widgets]

    def __exit__(self, *exc: object) -> None:
        for widget, was in zip(self.widgets, self.before, strict=True):
            widget.blockSignals(was)
