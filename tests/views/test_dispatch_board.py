"""The dispatch board driven with the mouse and keyboard, on a real SQLite database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from desktop.clock import to_local, utc_now
from desktop.errors import ConcurrentEditError
from desktop.models import Visit
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerService
from desktop.services.dispatch.visit_service import VisitService
from desktop.views.background import BackgroundRunner
from desktop.views.branch_dates import from_qdatetime
from desktop.views.branch_dates import to_qdatetime as qdatetime
from desktop.views.dispatch.board_widget import VISIT_MIME
from desktop.views.dispatch.dispatch_area import DispatchArea
from desktop.views.dispatch.visit_result_dialog import VisitResultDialog
from tests.conftest import actor_for
from tests.services.dispatch_factories import engineer_id, make_ticket, next_weekday, set_onsite_window
from tests.services.stock_factories import stock_van

MONDAY = 0


@pytest.fixture
def area(qtbot, sqlite_db):  # type: ignore[no-untyped-def]
    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    runner = BackgroundRunner()
    actor = actor_for(sqlite_db, "dispatch")
    widget = DispatchArea(DispatchService(sqlite_db), VisitService(sqlite_db), EngineerService(sqlite_db), runner,
                          actor, DispatchPrintService(sqlite_db))
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.board.board is not None)
    # Show next week, where the factory's slots are.
    widget._day = next_weekday(MONDAY, 9).date()
    yield widget
    runner.wait_for_done(5000)


def reload(qtbot, area) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(area.board_loaded, timeout=5000):
        area.refresh()


def mouse(widget, kind: QEvent.Type, pos: QPoint, buttons=Qt.MouseButton.LeftButton) -> None:  # type: ignore[no-untyped-def]
    """Real mouse events with the button held (QTest.mouseMove does not carry the pressed button)."""
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, QPointF(pos), QPointF(widget.mapToGlobal(pos)), button, buttons,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def drag_with_mouse(widget, start: QPoint, captured: list[QMimeData]) -> None:  # type: ignore[no-untyped-def]
    mouse(widget, QEvent.Type.MouseButtonPress, start)
    for step in range(1, 4):
        mouse(widget, QEvent.Type.MouseMove, start + QPoint(12 * step, 6 * step))
    mouse(widget, QEvent.Type.MouseButtonRelease, start + QPoint(36, 18), Qt.MouseButton.NoButton)
    assert captured, "the drag did not start"


def drop_on(board, mime: QMimeData, pos: QPointF) -> None:  # type: ignore[no-untyped-def]
    """What Qt's drag loop would deliver: enter, move, drop (Qt only delivers a drop after an accepted enter)."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    args = (mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(board, QDragEnterEvent(pos.toPoint(), actions, *args))
    QApplication.sendEvent(board, QDragMoveEvent(pos.toPoint(), actions, *args))
    QApplication.sendEvent(board, QDropEvent(pos, actions, *args))


def visits_of(db, ticket_id: int) -> list[Visit]:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        rows = list(session.scalars(select(Visit).where(Visit.ticket_id == ticket_id)))
        session.expunge_all()
        return rows


def test_dragging_a_ticket_onto_an_engineers_day_creates_the_visit(qtbot, sqlite_db, area, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ticket = make_ticket(sqlite_db, customer_name="拖放客户")
    reload(qtbot, area)
    row = area.panel_model.row_of(ticket)
    assert row is not None
    captured: list[QMimeData] = []
    monkeypatch.setattr(area.panel, "start_drag", captured.append)
    # GIVEN the ticket's row in the panel, WHEN the dispatcher presses and drags it with the mouse ...
    cell = area.panel.visualRect(area.panel_model.index(row, 1)).center()
    drag_with_mouse(area.panel.viewport(), cell, captured)
    # ... AND drops it on 张师傅's Tuesday
    zhang = engineer_id(sqlite_db, "张师傅")
    tuesday = next_weekday(MONDAY, 9).date() + timedelta(days=1)
    drop_on(area.board, captured[0], area.board.cell_rect(zhang, tuesday).center())
    # THEN a visit exists for that engineer and day, starting at his first free hour
    [visit] = visits_of(sqlite_db, ticket)
    assert visit.engineer_id == zhang and visit.status == "dispatched"
    assert to_local(visit.planned_start).date() == tuesday and to_local(visit.planned_start).hour == 8
    qtbot.waitUntil(lambda: area.board.block_rect(visit.id) is not None)
    assert area.panel_model.row_of(ticket) is None


def test_day_view_drop_uses_the_hour_under_the_mouse(qtbot, sqlite_db, area, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ticket = make_ticket(sqlite_db)
    area.ui.view_combo.setCurrentIndex(area.ui.view_combo.findData("day"))
    qtbot.waitUntil(lambda: area.board.day_view and area.panel_model.row_of(ticket) is not None)
    zhang = engineer_id(sqlite_db, "张师傅")
    mime = area.panel_model.mimeData([area.panel_model.index(area.panel_model.row_of(ticket), 0)])
    drop_on(area.board, mime, area.board.cell_rect(zhang, area.first_day(), 14).center())
    [visit] = visits_of(sqlite_db, ticket)
    assert to_local(visit.planned_start).hour == 14


def test_conflicts_ask_for_a_reason_and_cancel_saves_nothing(qtbot, sqlite_db, area, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first, second = make_ticket(sqlite_db), make_ticket(sqlite_db, district="殷都区")
    zhang = engineer_id(sqlite_db, "张师傅")
    monday = next_weekday(MONDAY, 9)
    reload(qtbot, area)
    assert area.plan(first, 1, zhang, monday, monday + timedelta(hours=2))
    asked: list[list[str]] = []
    monkeypatch.setattr(area, "ask_override", lambda warnings: asked.append(warnings) or None)
    assert not area.plan(second, 1, zhang, monday, monday + timedelta(hours=2))
    assert asked == [["overlap", "area_mismatch"]] and visits_of(sqlite_db, second) == []
    monkeypatch.setattr(area, "ask_override", lambda warnings: "客户只有周一在家")
    assert area.plan(second, 1, zhang, monday, monday + timedelta(hours=2))
    [visit] = visits_of(sqlite_db, second)
    assert visit.override_reason == "客户只有周一在家" and visit.warnings == ["overlap", "area_mismatch"]


def test_a_stale_drag_by_a_second_dispatcher_is_refused_clearly(qtbot, sqlite_db, area, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ticket = make_ticket(sqlite_db)
    zhang, wu = engineer_id(sqlite_db, "张师傅"), engineer_id(sqlite_db, "吴师傅")
    monday = next_weekday(MONDAY, 9)
    supervisor = actor_for(sqlite_db, "admin")
    service = DispatchService(sqlite_db)
    visit = service.plan_visit(supervisor, ticket, zhang, monday, monday + timedelta(hours=2), expected_version=1)
    reload(qtbot, area)
    # Another dispatcher moves the visit after this board was loaded.
    service.move_visit(supervisor, visit.id, zhang, monday + timedelta(hours=3), monday + timedelta(hours=5),
                       expected_version=visit.version)
    errors: list[BaseException] = []
    monkeypatch.setattr(area, "show_error", errors.append)
    captured: list[QMimeData] = []
    monkeypatch.setattr(area.board, "start_drag", captured.append)
    drag_with_mouse(area.board, area.board.block_rect(visit.id).center().toPoint(), captured)
    assert captured[0].hasFormat(VISIT_MIME)
    drop_on(area.board, captured[0], area.board.cell_rect(wu, monday.date() + timedelta(days=1)).center())
    assert len(errors) == 1 and isinstance(errors[0], ConcurrentEditError)
    [stored] = visits_of(sqlite_db, ticket)
    assert stored.engineer_id == zhang and to_local(stored.planned_start).hour == 12
    # The board reloads to show the other dispatcher's change.
    qtbot.waitUntil(lambda: any(v.version == stored.version for v in area.board.board.visits))


def test_keyboard_path_plans_the_selected_ticket(qtbot, sqlite_db, area, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ticket = make_ticket(sqlite_db)
    reload(qtbot, area)
    area.panel.selectRow(area.panel_model.row_of(ticket))

    def answer(dialog) -> int:  # type: ignore[no-untyped-def]
        dialog.ui.engineer_combo.setCurrentIndex(dialog.ui.engineer_combo.findData(engineer_id(sqlite_db, "张师傅")))
        monday = next_weekday(MONDAY, 10)
        dialog.ui.date_edit.setDate(monday.date())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(area, "run_dialog", answer)
    qtbot.mouseClick(area.ui.plan_button, Qt.MouseButton.LeftButton)
    [visit] = visits_of(sqlite_db, ticket)
    assert to_local(visit.planned_start).hour == 9 and visit.planned_end - visit.planned_start == timedelta(hours=2)


def test_result_dialog_saves_parts_and_a_drawn_signature(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    ticket = make_ticket(sqlite_db)
    dispatcher = actor_for(sqlite_db, "dispatch")
    monday = next_weekday(MONDAY, 9)
    visit = DispatchService(sqlite_db).plan_visit(dispatcher, ticket, engineer_id(sqlite_db, "张师傅"), monday,
                                                  monday + timedelta(hours=2), expected_version=1)
    dialog = VisitResultDialog(VisitService(sqlite_db), dispatcher, visit, "solar")
    qtbot.addWidget(dialog)
    dialog.show()
    now = utc_now()
    dialog.ui.arrived_edit.setDateTime(qdatetime(now - timedelta(hours=2)))
    dialog.ui.departed_edit.setDateTime(qdatetime(now - timedelta(hours=1)))
    dialog.ui.cause_edit.setPlainText("控制仪损坏")
    dialog.ui.part_combo.setCurrentIndex(0)
    stock_van(sqlite_db, "张师傅", {dialog.ui.part_combo.currentText().split()[0]: 1})
    dialog.ui.charged_check.setChecked(True)
    qtbot.mouseClick(dialog.ui.add_part_button, Qt.MouseButton.LeftButton)
    dialog.ui.labour_spin.setValue(30)
    canvas = dialog.signature_pad.canvas
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mouseMove(canvas, QPoint(80, 50))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(120, 60))
    with qtbot.waitSignal(dialog.result_saved) as saved:
        dialog.ui.button_box.accepted.emit()
    report = saved.args[0]
    assert report.ticket_status == "completed" and report.labour_charge_fen == 3000
    assert report.total_fen == dialog.total_fen() and report.signature_kind == "strokes"
    # The unit has no dates on file: the schedule's call-out fee was proposed and kept.
    assert report.call_out_fee_fen == 3000


def test_a_sheet_recorded_before_its_planned_day_offers_times_it_accepts(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    """Dispatched for a later day, the engineer went at once: the sheet offered arrival = departure = now, which
    its own check refuses (a visit of under five minutes); it now offers a visit as long as planned, ending now."""
    from desktop.rules.visit_times import check_visit_times

    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    ticket = make_ticket(sqlite_db)
    dispatcher = actor_for(sqlite_db, "dispatch")
    later = next_weekday(MONDAY, 9)
    assert later > utc_now()
    visit = DispatchService(sqlite_db).plan_visit(dispatcher, ticket, engineer_id(sqlite_db, "张师傅"), later,
                                                  later + timedelta(hours=2), expected_version=1)
    dialog = VisitResultDialog(VisitService(sqlite_db), dispatcher, visit, "solar")
    qtbot.addWidget(dialog)
    dialog.show()
    arrived = from_qdatetime(dialog.ui.arrived_edit.dateTime())
    departed = from_qdatetime(dialog.ui.departed_edit.dateTime())
    assert departed - arrived == timedelta(hours=2) and abs(departed - utc_now()) < timedelta(minutes=2)
    check_visit_times(arrived, departed, utc_now())


def test_printing_an_engineers_day_opens_the_preview(qtbot, sqlite_db, area, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ticket = make_ticket(sqlite_db)
    zhang = engineer_id(sqlite_db, "张师傅")
    monday = next_weekday(MONDAY, 9)
    reload(qtbot, area)
    assert area.plan(ticket, 1, zhang, monday, monday + timedelta(hours=2))
    shown: list[QDialog] = []
    monkeypatch.setattr(area, "run_dialog", lambda dialog: shown.append(dialog) or 0)
    area.print_day(zhang, monday.date())
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].objectName() == "pdf_preview_dialog" and shown[0].document.pageCount() >= 2
    # The slip and the pre-filled sheets are filled in by hand: the preview says so, with no warning in red.
    assert shown[0].hand_filled and "by hand" in shown[0].unsigned_label.text()


def test_a_stale_agreed_time_keeps_what_the_clerk_typed(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTime

    from desktop.views.dispatch.agree_time_dialog import AgreeTimeDialog

    set_onsite_window(sqlite_db, "solar", 30 * 24 * 60)
    ticket = make_ticket(sqlite_db)
    dispatcher, clerk = actor_for(sqlite_db, "dispatch"), actor_for(sqlite_db, "clerk")
    service = DispatchService(sqlite_db)
    monday = next_weekday(MONDAY, 9)
    visit = service.plan_visit(dispatcher, ticket, engineer_id(sqlite_db, "张师傅"), monday,
                               monday + timedelta(hours=2), expected_version=1)
    dialog = AgreeTimeDialog(service, clerk, visit)
    qtbot.addWidget(dialog)
    # Meanwhile a dispatcher moves the visit.
    service.move_visit(dispatcher, visit.id, visit.engineer_id, monday + timedelta(hours=1),
                       monday + timedelta(hours=3), expected_version=visit.version)
    dialog.ui.start_edit.setTime(QTime(15, 0))
    dialog.ui.end_edit.setTime(QTime(16, 0))
    dialog.ui.button_box.accepted.emit()
    assert dialog.ui.message_label.text() != "" and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.start_edit.time() == QTime(15, 0)
    assert service.visit(clerk, visit.id).status == "dispatched"


def test_a_days_load_says_one_visit_not_one_visits(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The caption over each engineer's day: singular for one visit, plural otherwise."""
    from desktop.views.dispatch.board_widget import DispatchBoardWidget

    board = DispatchBoardWidget()
    qtbot.addWidget(board)
    assert board.load_caption(1, 120) == "1 visit · 2.0 h"
    assert board.load_caption(3, 360) == "3 visits · 6.0 h"


def test_an_escalated_ticket_on_the_waiting_list_says_so_in_words(qtbot) -> None:  # type: ignore[no-untyped-def]
    """It read "AY01-… ↑1"; the list now says the ticket was escalated (and how often, after the first time)."""
    from desktop.views.dispatch.ticket_panel import TicketPanelTableModel

    model = TicketPanelTableModel()
    assert model.escalation_text(1) == "(escalated)"
    assert model.escalation_text(3) == "(escalated 3 times)"
    assert "↑" not in model.escalation_text(2)


def test_the_board_names_product_lines_in_the_interface_language_never_by_code(qtbot, sqlite_db, area) -> None:  # type: ignore[no-untyped-def]
    """A visit's tooltip read "… · solar" (the line's code), and the waiting list showed 太阳能热水器 in English."""
    from PySide6.QtCore import QLocale

    ticket = make_ticket(sqlite_db)
    monday = next_weekday(MONDAY, 9)
    reload(qtbot, area)
    assert area.plan(ticket, 1, engineer_id(sqlite_db, "张师傅"), monday, monday + timedelta(hours=2))
    reload(qtbot, area)
    [visit] = [v for v in area.board.board.visits if v.ticket_id == ticket]
    previous = QLocale()
    try:
        for locale, name in (("zh_CN", "太阳能热水器"), ("en_US", "Solar water heater")):
            QLocale.setDefault(QLocale(locale))
            line = next(text for text in area.board._tooltip(visit).splitlines() if " · " in text)
            assert line.split(" · ")[-1] == name, locale
    finally:
        QLocale.setDefault(previous)


def test_the_waiting_list_names_the_line_in_the_interface_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from desktop.services.dispatch.dispatch_records import PanelTicket
    from desktop.views.dispatch.ticket_panel import TicketPanelTableModel

    model = TicketPanelTableModel()
    model.set_rows([PanelTicket(1, "XX02-20261130-0001", "new", "normal", 0, "李娜", "红旗区", "solar", "太阳能热水器",
                                "不出热水", utc_now(), None, None, 1, "repair", "Solar water heater")])
    previous = QLocale()
    try:
        for locale, name in (("zh_CN", "太阳能热水器"), ("en_US", "Solar water heater")):
            QLocale.setDefault(QLocale(locale))
            assert model.data(model.index(0, 4)) == name
    finally:
        QLocale.setDefault(previous)


def test_a_long_customer_name_on_a_card_ends_in_an_ellipsis_and_the_tooltip_has_it_whole(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db, area, monkeypatch) -> None:
    """The card cut the name through a character at its edge, with nothing to say more was there."""
    from PySide6.QtGui import QFontMetricsF

    from desktop.views.dispatch import board_widget

    name = "安阳市文峰区阳光花园小区物业服务有限公司第三分公司"
    ticket = make_ticket(sqlite_db, customer_name=name)
    monday = next_weekday(MONDAY, 9)
    reload(qtbot, area)
    assert area.plan(ticket, 1, engineer_id(sqlite_db, "张师傅"), monday, monday + timedelta(hours=2))
    reload(qtbot, area)
    canvas = area.board
    [block] = [b for b in canvas._blocks if b.visit.ticket_id == ticket]
    drawn: list[tuple[str, float]] = []
    real = board_widget.card_text

    def record(text: str, metrics: QFontMetricsF, width: float) -> str:
        shown = real(text, metrics, width)
        drawn.append((shown, metrics.horizontalAdvance(shown) - width))
        return shown

    monkeypatch.setattr(board_widget, "card_text", record)
    canvas.grab()
    [(shown, overflow)] = [(s, o) for s, o in drawn if s.startswith(block.text[:5])]
    assert shown.endswith("…") and shown != block.text and overflow <= 0
    assert name in canvas._tooltip(block.visit)
