"""Export and HQ merge dialogs with pytest-qt: background run, progress, cancel, result buttons, refused files."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton

from desktop.exports.hq_merge import merge_workbooks
from desktop.exports.workbook_writer import ExportCancelled
from desktop.services.core.actor import Actor
from desktop.services.exports.export_service import ExportService
from desktop.views.background import BackgroundRunner
from desktop.views.exports.export_dialog import ExportDialog
from desktop.views.exports.hq_merge_dialog import HqMergeDialog
from tests.conftest import actor_for

ACTOR = Actor(1, "admin", "Admin", "supervisor", 1)
TODAY = date(2026, 11, 25)


@dataclass
class FakeResult:
    path: Path
    rows: dict[str, int] = field(default_factory=lambda: {"tickets": 3, "visits": 2})


class FakeExports:
    def __init__(self, block: bool = False) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.block = block
        self.started = threading.Event()

    def mask_default(self, actor: Actor) -> bool:
        return False

    def export_workbook(self, actor, start, end, path, language, mask, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        self.calls.append((start, end, Path(path), language, mask))
        progress(1, 4)
        self.started.set()
        while self.block:
            if cancelled():
                raise ExportCancelled()
        Path(path).write_bytes(b"x")
        progress(4, 4)
        return FakeResult(Path(path))


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    background = BackgroundRunner()
    yield background
    background.wait_for_done(10_000)


def test_export_runs_in_background_and_offers_open(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = FakeExports()
    dialog = ExportDialog(service, runner, ACTOR, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    # GIVEN the mask default from the branch setting and last month as the default period
    qtbot.waitUntil(lambda: not dialog.ui.mask_check.isChecked())
    assert (dialog.period().start, dialog.period().end) == (date(2026, 10, 1), date(2026, 10, 31))
    # WHEN the user picks a week, English headers and a file, and exports
    dialog.ui.period_kind_combo.setCurrentIndex(dialog.ui.period_kind_combo.findData("week"))
    dialog.ui.language_combo.setCurrentIndex(dialog.ui.language_combo.findData("en"))
    dialog.ui.path_edit.setText(str(tmp_path / "week"))
    with qtbot.waitSignal(dialog.export_finished, timeout=10_000):
        dialog.ui.export_button.click()
    # THEN the service got the ISO week of the anchor day, and the result can be opened
    start, end, path, language, mask = service.calls[0]
    assert (start, end) == (date(2026, 9, 28), date(2026, 10, 4))
    assert path == tmp_path / "week.xlsx" and language == "en" and mask is False
    assert not dialog.ui.open_button.isHidden() and not dialog.ui.show_folder_button.isHidden()
    assert dialog.result_path == path and dialog.progress is None


def test_custom_range_and_cancel(qtbot, runner, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = FakeExports(block=True)
    dialog = ExportDialog(service, runner, ACTOR, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.period_kind_combo.setCurrentIndex(dialog.ui.period_kind_combo.findData("custom"))
    dialog.ui.start_date_edit.setDate(dialog.ui.start_date_edit.date().addDays(-3))
    dialog.ui.path_edit.setText(str(tmp_path / "c.xlsx"))
    dialog.ui.export_button.click()
    qtbot.waitUntil(service.started.is_set, timeout=5_000)
    assert dialog.progress is not None and not dialog.ui.export_button.isEnabled()
    with qtbot.waitSignal(dialog.export_failed, timeout=10_000) as blocker:
        dialog.progress.findChild(QPushButton).click()
    assert isinstance(blocker.args[0], ExportCancelled)
    assert dialog.ui.export_button.isEnabled() and dialog.ui.open_button.isHidden()
    assert dialog.ui.result_label.text()
    assert service.calls[0][0] == date(2026, 9, 28)


def test_real_service_failure_is_a_message(qtbot, runner, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(ExportService(sqlite_db), runner, actor_for(sqlite_db, "engineer"), today=TODAY)
    qtbot.addWidget(dialog)
    dialog.ui.path_edit.setText(str(tmp_path / "denied.xlsx"))
    with qtbot.waitSignal(dialog.export_failed, timeout=10_000):
        dialog.ui.export_button.click()
    assert dialog.ui.result_label.text() and not (tmp_path / "denied.xlsx").exists()


def _branch_workbook(sqlite_db, path: Path) -> Path:  # type: ignore[no-untyped-def]
    ExportService(sqlite_db).export_workbook(actor_for(sqlite_db, "admin"), date(2026, 11, 1), date(2026, 11, 30),
                                             path)
    return path


def test_merge_refuses_a_foreign_file_by_name(qtbot, runner, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    good = _branch_workbook(sqlite_db, tmp_path / "ay01.xlsx")
    foreign = tmp_path / "budget.xlsx"
    openpyxl.Workbook().save(foreign)
    dialog = HqMergeDialog(merge_workbooks, runner)
    qtbot.addWidget(dialog)
    dialog.add_files([good, foreign])
    with qtbot.waitSignal(dialog.merge_failed, timeout=20_000):
        dialog.ui.merge_button.click()
    assert "budget.xlsx" in dialog.ui.result_label.text()
    assert dialog.ui.file_list.currentItem().text() == "budget.xlsx"
    assert not (tmp_path / "hq-merged.xlsx").exists()


def test_merge_writes_the_consolidated_workbook(qtbot, runner, sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    first = _branch_workbook(sqlite_db, tmp_path / "a.xlsx")
    second = _branch_workbook(sqlite_db, tmp_path / "b.xlsx")
    dialog = HqMergeDialog(merge_workbooks, runner)
    qtbot.addWidget(dialog)
    dialog.add_files([first, second, first])
    assert len(dialog.files()) == 2
    dialog.ui.path_edit.setText(str(tmp_path / "all.xlsx"))
    with qtbot.waitSignal(dialog.merge_finished, timeout=20_000):
        dialog.ui.merge_button.click()
    assert (tmp_path / "all.xlsx").exists() and not dialog.ui.open_button.isHidden()
