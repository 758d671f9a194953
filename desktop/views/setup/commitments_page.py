"""Wizard page 3: the service commitments, each with its value, its default and the seed it comes from; and the
promised on-site window of every product line."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QSpinBox, QTableWidgetItem, QWidget

from desktop.i18n import catalogue_name
from desktop.services.core.actor import Actor
from desktop.services.setup.commitments import COMMITMENTS, ONSITE_MAXIMUM, ONSITE_MINIMUM, onsite_default
from desktop.services.setup.setup_records import CommitmentsPage
from desktop.services.setup.setup_service import SetupService
from desktop.views.durations import with_words
from desktop.views.setup import setup_texts
from desktop.views.setup.setup_page import SetupPage
from desktop.views.ui.ui_setup_commitments_page import Ui_SetupCommitmentsPage


class CommitmentsSetupPage(SetupPage):
    key = "commitments"

    def __init__(self, service: SetupService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(service, actor, parent)
        self.ui = Ui_SetupCommitmentsPage()
        self.ui.setupUi(self)
        self.setObjectName("commitments_page")
        self.message_label = self.ui.message_label
        self.editors: dict[str, QSpinBox | QCheckBox] = {}
        self._lines: list[tuple[str, str]] = []  # (internal key, name in the interface language)
        # Values saved or typed for rows not shown yet (a product line's window before the lines are known).
        self._known: dict[str, int | bool] = {}
        table = self.ui.commitments_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        # The value's editor with its words ("60 minutes = 1 hour") needs its whole width, as does the default.
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        self.ui.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self._build_rows()

    def field_widgets(self) -> dict[str, QWidget]:
        return dict(self.editors)

    def _editor(self, unit: str, minimum: int, maximum: int, value: int | bool) -> QSpinBox | QCheckBox:
        if unit == "flag":
            check = QCheckBox()
            check.setChecked(bool(value))
            return check
        spin = QSpinBox()
        spin.setRange(minimum, maximum)
        spin.setSuffix(" " + setup_texts.unit_names().get(unit, unit))
        spin.setValue(int(value))
        return spin

    def _build_rows(self, values: dict[str, int | bool] | None = None) -> None:
        values = values or {}
        names, seeds = setup_texts.commitment_names(), setup_texts.seed_texts()
        table = self.ui.commitments_table
        table.setRowCount(0)
        self.editors.clear()
        rows: list[tuple[str, str, str, int, int, int | bool, str]] = [
            (c.key, names[c.key], c.unit, c.minimum, c.maximum, c.default, c.seed) for c in COMMITMENTS]
        for code, name in self._lines:
            minutes, seed = onsite_default(code)
            rows.append((f"onsite.{code}", setup_texts.onsite_name(name), "minutes", ONSITE_MINIMUM, ONSITE_MAXIMUM,
                         minutes, seed))
        for key, name, unit, minimum, maximum, default, seed in rows:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, QTableWidgetItem(name))
            editor = self._editor(unit, minimum, maximum, values.get(key, default))
            editor.setObjectName(key.replace(".", "_"))
            # A duration is edited exactly and read beside it as people say it (1440 minutes = 24 hours).
            table.setCellWidget(row, 1, editor if isinstance(editor, QCheckBox) else with_words(editor, unit))
            self.editors[key] = editor
            table.setItem(row, 2, QTableWidgetItem(setup_texts.value_text(unit, default)))
            table.setItem(row, 3, QTableWidgetItem(seeds.get(seed, "")))
        table.resizeRowsToContents()

    def _current_values(self) -> dict[str, int | bool]:
        return {key: (editor.isChecked() if isinstance(editor, QCheckBox) else editor.value())
                for key, editor in self.editors.items()}

    def refresh_choices(self) -> None:
        state = self._service.state(self._actor)
        lines = ([(line.code, catalogue_name(line.name_zh, line.name_en)) for line in state.catalogue.lines]
                 if state.catalogue else [])
        if lines != self._lines:
            self._known.update(self._current_values())
            self._lines = lines
            self._build_rows(self._known)

    def _on_defaults_button_clicked(self) -> None:
        self._known.clear()
        self._build_rows()

    def collect(self) -> CommitmentsPage:
        values = self._current_values()
        windows = {key.removeprefix("onsite."): int(value) for key, value in values.items()
                   if key.startswith("onsite.")}
        return CommitmentsPage({k: v for k, v in values.items() if not k.startswith("onsite.")}, windows)

    def show_page(self, page: CommitmentsPage) -> None:
        values: dict[str, int | bool] = dict(page.values)
        values.update({f"onsite.{code}": minutes for code, minutes in page.onsite_windows.items()})
        self._known.update(values)
        self._build_rows(self._known)
