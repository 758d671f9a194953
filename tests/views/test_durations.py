"""Durations where people read them: the 1440-minute on-site window reads "24 hours" (24 小时), in settings, the
on-site windows, the setup wizard and a ticket's clocks, while the editors stay in exact minutes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from desktop.i18n import install_translators
from desktop.services.admin.settings_service import SettingsService
from desktop.views.admin.onsite_windows_dialog import OnsiteWindowsDialog
from desktop.views.admin.settings_dialog import SettingsDialog
from desktop.views.durations import duration_words, unit_words
from desktop.views.tickets.ticket_text import duration_text
from tests.conftest import actor_for
from tests.services.setup_factories import empty_sqlite, setup_service  # noqa: F401 - fixture


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert install_translators(app, "zh_CN")
    yield
    install_translators(app, "en")


@pytest.mark.parametrize(("minutes", "english"), [
    (1, "1 minute"), (30, "30 minutes"), (60, "1 hour"), (90, "1 hour 30 minutes"), (120, "2 hours"),
    (1440, "24 hours"), (1500, "25 hours"), (2880, "2 days"), (4000, "2 days 18 hours"), (30 * 1440, "30 days")])
def test_durations_are_said_in_the_largest_units_that_fit(qapp, minutes: int, english: str) -> None:  # type: ignore[no-untyped-def]
    assert duration_words(minutes) == english


def test_durations_in_chinese(qapp, chinese) -> None:  # type: ignore[no-untyped-def]
    assert duration_words(1440) == "24 小时"
    assert duration_words(90) == "1 小时 30 分钟"
    assert duration_words(3 * 1440) == "3 天"
    assert unit_words(30, "days") == "30 天" and unit_words(24, "hours") == "24 小时"


def test_a_clock_reads_in_days_and_hours(qapp) -> None:  # type: ignore[no-untyped-def]
    """A clock three days overdue read "72 h 0 min overdue"."""
    assert duration_text(-3 * 86400) == "3 days overdue"
    assert duration_text(25 * 60) == "25 minutes left"


def test_the_on_site_windows_show_24_hours_beside_1440_minutes(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = OnsiteWindowsDialog(SettingsService(sqlite_db), actor_for(sqlite_db, "admin"))
    qtbot.addWidget(dialog)
    box = dialog.ui.windows_table.cellWidget(0, 0)
    assert box.spin.value() == 1440 and box.words.text() == "= 24 hours"
    box.spin.setValue(2880)
    assert box.words.text() == "= 2 days"
    box.spin.setValue(45)
    assert box.words.text() == ""  # "45 min" says it already
    assert dialog.windows()["solar"]["normal"] == 45


def test_settings_read_the_commitments_beside_their_minutes(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(SettingsService(sqlite_db), actor_for(sqlite_db, "admin"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.report_back_spin.value() == 60
    words = dialog.findChild(type(dialog.ui.code_hint_label), "report_back_spin_words")
    assert words is not None and words.isVisible() and words.text() == "= 1 hour"
    dialog.ui.first_contact_spin.setValue(1440)
    assert dialog.findChild(type(words), "first_contact_spin_words").text() == "= 24 hours"


def test_the_wizard_reads_the_on_site_default_as_24_hours(qtbot, empty_sqlite) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    from desktop.services.core.permissions import setup_actor
    from desktop.views.setup.commitments_page import CommitmentsSetupPage

    page = CommitmentsSetupPage(setup_service(empty_sqlite), setup_actor())
    qtbot.addWidget(page)
    page._lines = [("solar", "Solar water heater")]
    page._build_rows()
    table = page.ui.commitments_table
    row = next(r for r in range(table.rowCount()) if "Solar water heater" in table.item(r, 0).text())
    assert table.item(row, 2).text() == "24 hours"
    assert table.cellWidget(row, 1).words.text() == "= 24 hours"
    answer = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Answer a complaint")
    assert table.item(answer, 2).text() == "24 hours"
