"""The HQ mode's window on a real HQ database: network side by side and ranked, drill-down to a branch and its
tickets (paged, sorted and searched in SQL), the register of loads, loading workbooks and writing the summary
workbook in the background."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from desktop.hq.hq_connection import HqConnection, connect_hq, url_to_remember
from desktop.hq.loader import HqLoader
from desktop.views.background import BackgroundRunner
from desktop.views.hq import hq_messages
from desktop.views.hq.hq_window import HqWindow
from tests.hq.hq_factories import make_export
from tests.pg_server import PostgresServer

pytestmark = pytest.mark.postgres


@pytest.fixture
def connection(pg_server: PostgresServer, tmp_path: Path) -> Iterator[HqConnection]:
    name = pg_server.create_database()
    connection = connect_hq(pg_server.url(name))
    loader = HqLoader(connection._database)
    for code, branch, tickets in (("AY01", "安阳网点", 24), ("ZZ02", "郑州网点", 30), ("LY03", "洛阳网点", 18)):
        nov = make_export(code, tickets=tickets, name=branch)
        loader.load(nov.write(tmp_path / f"{code}-11.xlsx"))
        loader.load(make_export(code, tickets=tickets + 3, name=branch, installation_id=nov.installation_id,
                                start=date(2026, 12, 1), end=date(2026, 12, 31),
                                exported_at=datetime(2027, 1, 1)).write(tmp_path / f"{code}-12.xlsx"))
    yield connection
    connection.dispose()
    pg_server.drop_database(name)


@pytest.fixture
def window(qtbot, connection: HqConnection) -> Iterator[HqWindow]:  # type: ignore[no-untyped-def]
    hq_messages.install()
    runner = BackgroundRunner()
    window = HqWindow(connection, runner, "en")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.network_view.loaded, timeout=20_000):
        window.start()
    qtbot.waitUntil(lambda: window.network_view.model._ranks != {}, timeout=20_000)
    yield window
    runner.wait_for_done(20_000)


def _cell(view, row: int, column: int) -> str:  # type: ignore[no-untyped-def]
    model = view.model()
    return str(model.data(model.index(row, column)))


def test_the_network_shows_every_branch_side_by_side_ranked(window: HqWindow) -> None:
    view = window.network_view
    assert view.chosen_months() == [date(2026, 12, 1)]
    table = view.ui.branches_table
    assert table.model().rowCount() == 3
    codes = [_cell(table, r, 1) for r in range(3)]
    assert sorted(codes) == ["AY01", "LY03", "ZZ02"]
    ranking = window.connection.service.ranking([date(2026, 12, 1)], "satisfaction")
    assert [_cell(table, r, 1) for r in range(3)] == [r.code for r in ranking]  # sorted by rank
    assert [_cell(table, r, 0) for r in range(3)] == [str(r.rank) for r in ranking]
    tickets = {_cell(table, r, 1): _cell(table, r, 3) for r in range(3)}
    assert tickets == {"AY01": "27", "ZZ02": "33", "LY03": "21"}
    # A share shows what it is a share of.
    satisfaction = view.network.branches[0].get("satisfaction")
    assert f"{satisfaction.count}/{satisfaction.base}" in _cell(table, [_cell(table, r, 2) for r in range(3)].index(
        view.network.branches[0].name), 8)
    assert "Network: 81 tickets" in view.ui.totals_label.text()


def test_ranking_on_another_figure_and_a_range_of_months(qtbot, window: HqWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.network_view
    view.ui.first_month_combo.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.ui.first_month_combo.activated.emit(0)
    assert view.chosen_months() == [date(2026, 11, 1), date(2026, 12, 1)]
    assert "Network: 153 tickets" in view.ui.totals_label.text()
    index = view.ui.rank_combo.findData("repeat_repair")
    view.ui.rank_combo.setCurrentIndex(index)
    expected = window.connection.service.ranking(view.chosen_months(), "repeat_repair")
    view.ui.rank_combo.activated.emit(index)
    qtbot.waitUntil(lambda: view.model._ranks == {r.branch_id: r.rank for r in expected}, timeout=20_000)
    assert view.chart_view.chart() is not None


def test_drill_down_from_the_network_to_a_branch_and_its_tickets(qtbot, window: HqWindow) -> None:  # type: ignore[no-untyped-def]
    view = window.network_view
    row = [_cell(view.ui.branches_table, r, 1) for r in range(3)].index("ZZ02")
    view.ui.branches_table.setCurrentIndex(view.ui.branches_table.model().index(row, 1))
    qtbot.keyClick(view.ui.branches_table, Qt.Key.Key_Return)
    branch = window.branch_view
    assert window.ui.pages.currentWidget() is branch
    qtbot.waitUntil(lambda: "ZZ02" in branch.ui.title_label.text(), timeout=20_000)
    assert branch.months_model.rowCount() == 2
    assert [_cell(branch.ui.months_table, r, 1) for r in range(2)] == ["30", "33"]
    assert branch.tickets_model.total() == 33 and branch.ui.tickets_count_label.text() == "33 tickets"
    assert branch.tickets_model.rowCount() == 33
    returns = {branch.returns_model.row_at(r).key1 for r in range(branch.returns_model.rowCount())}
    assert returns == {"R-7D", "X-15"}

    branch.ui.tickets_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _cell(branch.ui.tickets_table, 0, 0) == "ZZ02-20261201-0032"
    branch.ui.month_combo.setCurrentIndex(branch.ui.month_combo.findData("2026-11-01"))
    branch.ui.month_combo.activated.emit(branch.ui.month_combo.currentIndex())
    assert branch.tickets_model.total() == 30
    branch.ui.search_edit.setText("0007")
    qtbot.waitUntil(lambda: branch.tickets_model.total() == 1, timeout=5_000)
    assert _cell(branch.ui.tickets_table, 0, 0) == "ZZ02-20261101-0007"
    assert _cell(branch.ui.tickets_table, 0, 8) in ("Yes", "No")  # never True/False

    branch.ui.back_button.click()
    assert window.ui.pages.currentWidget() is view


def test_the_register_lists_the_loads_with_local_times(qtbot, window: HqWindow) -> None:  # type: ignore[no-untyped-def]
    window.ui.tabs.setCurrentWidget(window.ui.loads_tab)
    qtbot.waitUntil(lambda: window.loads_model.rowCount() == 6, timeout=20_000)
    outcomes = {_cell(window.ui.loads_table, r, 5) for r in range(6)}
    assert outcomes == {"Loaded"}
    assert "T" not in _cell(window.ui.loads_table, 0, 0) and "UTC" not in _cell(window.ui.loads_table, 0, 4)


def test_loading_workbooks_from_the_window_reports_each_file(qtbot, window: HqWindow, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    new = make_export("KF05", tickets=9, name="开封网点").write(tmp_path / "KF05.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    with qtbot.waitSignal(window.network_view.loaded, timeout=30_000):
        task = window.load_workbooks([str(new), str(bad), str(tmp_path / "AY01-11.xlsx")])
        qtbot.waitUntil(lambda: hasattr(window, "last_report"), timeout=30_000)
    assert task is not None
    report = "\n".join(window.last_report)
    assert "KF05.xlsx: branch KF05, 9 tickets loaded." in report
    assert "bad.xlsx: refused, nothing loaded." in report
    assert "AY01-11.xlsx: identical to AY01-11.xlsx, loaded before; nothing changed." in report
    qtbot.waitUntil(lambda: window.network_view.model.rowCount() == 3, timeout=20_000)


def test_the_summary_workbook_is_written_in_the_background(qtbot, window: HqWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "汇总.xlsx"
    task = window.write_summary(str(out), [date(2026, 11, 1), date(2026, 12, 1)])
    with qtbot.waitSignal(task.finished, timeout=30_000):
        pass
    wb = openpyxl.load_workbook(out)
    assert wb["Branches"].cell(5, 1).value == "Network" and wb["Branches"].cell(5, 3).value == 153


def test_a_password_typed_in_the_dialog_is_never_remembered() -> None:
    remembered = url_to_remember("postgresql+psycopg://analyst:s3cret%40x@hq-server:5432/hq")
    assert "s3cret" not in remembered and remembered.startswith("postgresql+psycopg://analyst@hq-server:5432/hq")


def test_hq_mode_without_a_database_says_how_to_start(qapp, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                       tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from desktop.app import parse_args
    from desktop.views.hq.hq_app import run_hq

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kwargs: shown.append(args[2]))
    QSettings().remove("hq/database_url")
    args = parse_args(["--hq", "--lang", "en"])
    assert args.hq and args.database is None
    assert run_hq(args, tmp_path / "log.txt") == 2
    assert "service-desk --hq --database postgresql+psycopg://" in shown[0]

    # A server that is not there: the message says so and offers Retry or Quit (Quit here), nothing crashes.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    args = parse_args(["--hq", "--lang", "en", "--database", "postgresql+psycopg://nobody@127.0.0.1:1/hq"])
    assert run_hq(args, tmp_path / "log.txt") == 2
    assert "cannot be reached" in shown[-1]
