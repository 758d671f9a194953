"""Catalogue names (product lines, fault categories) reach people in the interface language wherever a ticket or a
unit is shown: the English window listed 太阳能热水器 and 漏水 in the customer file, the ticket's own window, the
intake card and the ad-hoc callback's unit list, though the catalogue holds both names (desktop.i18n.catalogue_name)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from desktop.database import Database
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.customers.customer_file_service import CustomerFileService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import TicketService
from desktop.views.background import BackgroundRunner
from desktop.views.callbacks.ad_hoc_callback_dialog import AdHocCallbackDialog
from desktop.views.customers.customer_file_view import CustomerFileView
from desktop.views.intake.intake_view import IntakeView
from desktop.views.tickets.ticket_detail_dialog import TicketDetailDialog
from tests.conftest import actor_for
from tests.services.intake_factories import open_ticket, register

NAMES = [("en_US", "Solar water heater", "Leaking"), ("zh_CN", "太阳能热水器", "漏水")]
FOREIGN = {"en_US": ("太阳能热水器", "漏水"), "zh_CN": ("Solar water heater", "Leaking")}


@pytest.fixture
def in_locale(request: pytest.FixtureRequest) -> Iterator[str]:
    previous = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(previous)


@pytest.mark.parametrize(("in_locale", "line", "fault"), NAMES, indirect=["in_locale"])
def test_the_customer_file_and_the_ticket_name_the_catalogue_in_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db: Database, runner: BackgroundRunner, in_locale: str, line: str, fault: str) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    opened = open_ticket(sqlite_db, clerk, reg, text="底部滴水")  # the clerk's own words stay as typed
    view = CustomerFileView(CustomerFileService(sqlite_db), CustomerService(sqlite_db), clerk)
    qtbot.addWidget(view)
    view.show()
    view.ui.customer_table.selectRow(0)
    qtbot.waitUntil(lambda: view.customer is not None)
    assert view.ui.units_table.item(0, 0).text() == line
    history = " ".join(view.ui.tickets_table.item(0, c).text() for c in range(view.ui.tickets_table.columnCount()))
    assert fault in history and FOREIGN[in_locale][1] not in history

    dialog = TicketDetailDialog(TicketService(sqlite_db), runner, clerk, opened.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=5000)
    header = dialog.ui.header_label.text()
    assert line in header and f"{fault}:" in header
    assert not any(name in header for name in FOREIGN[in_locale])


@pytest.mark.parametrize(("in_locale", "line", "fault"), NAMES, indirect=["in_locale"])
def test_the_intake_card_and_the_callback_unit_list_name_the_line_in_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db: Database, runner: BackgroundRunner, in_locale: str, line: str, fault: str) -> None:
    clerk = actor_for(sqlite_db, "clerk")
    reg = register(sqlite_db, clerk)
    open_ticket(sqlite_db, clerk, reg, text="底部滴水")
    intake = IntakeView(CustomerService(sqlite_db), TicketService(sqlite_db), runner, clerk)
    qtbot.addWidget(intake)
    qtbot.keyClicks(intake.ui.phone_edit, "13803720001")
    qtbot.waitUntil(lambda: intake.ui.unit_list.count() == 1, timeout=5000)
    assert intake.ui.unit_list.item(0).text().startswith(line)
    assert fault in intake.ui.tickets_label.text().split()
    assert intake.ui.product_line_combo.findText(line) >= 0

    dialog = AdHocCallbackDialog(CallbackService(sqlite_db), CustomerService(sqlite_db), clerk)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.phone_edit, "13803720001")
    dialog.ui.find_button.click()
    qtbot.waitUntil(lambda: dialog.ui.unit_combo.count() == 2, timeout=5000)
    assert dialog.ui.unit_combo.itemText(1).startswith(line)


@pytest.mark.parametrize(("in_locale", "line", "fault"), NAMES, indirect=["in_locale"])
def test_fee_schedules_words_and_new_orders_name_the_line_in_the_interface_language(  # type: ignore[no-untyped-def]
        qtbot, sqlite_db: Database, runner: BackgroundRunner, in_locale: str, line: str, fault: str) -> None:
    """The fee schedule's line list and fault rows were Chinese in the English window; the callback words and the
    new installation order guessed the language from whether a translator was installed."""
    from desktop.composition import build_services
    from desktop.services.admin.settings_service import SettingsService
    from desktop.services.callbacks.care_service import CareService
    from desktop.services.callbacks.script_service import ScriptService
    from desktop.services.installations.installation_service import InstallationService
    from desktop.views.callbacks.line_words_dialog import LineWordsDialog
    from desktop.views.charges.charges_area import ChargesArea
    from desktop.views.installations.new_installation_dialog import NewInstallationDialog

    admin = actor_for(sqlite_db, "admin")
    area = ChargesArea(build_services(sqlite_db), runner, admin)
    qtbot.addWidget(area)
    area.ui.tabs.setCurrentIndex(area.ui.tabs.count() - 1)
    area.reload_fees()
    assert area.ui.fee_line_combo.findText(line) >= 0
    area.ui.fee_line_combo.setCurrentIndex(area.ui.fee_line_combo.findText(line))
    labour = [area.ui.labour_table.item(r, 0).text() for r in range(area.ui.labour_table.rowCount())]
    assert fault in labour and FOREIGN[in_locale][1] not in labour

    words = LineWordsDialog(ScriptService(sqlite_db), CareService(sqlite_db), admin)
    qtbot.addWidget(words)
    assert words.ui.line_combo.findText(line) >= 0

    clerk = actor_for(sqlite_db, "clerk")
    order = NewInstallationDialog(CustomerService(sqlite_db), InstallationService(sqlite_db), clerk,
                                  region=SettingsService(sqlite_db).region(admin))
    qtbot.addWidget(order)
    qtbot.waitUntil(lambda: order.ui.product_line_combo.count() > 0, timeout=5000)
    assert order.ui.product_line_combo.findText(line) >= 0


@pytest.mark.parametrize(("in_locale", "part"), [("en_US", "Smart controller TK-8"), ("zh_CN", "智能控制仪 TK-8")],
                         indirect=["in_locale"])
def test_the_visit_sheet_offers_parts_in_the_interface_language(qtbot, sqlite_db: Database, in_locale: str,  # type: ignore[no-untyped-def]
                                                                part: str) -> None:
    from desktop.services.dispatch.visit_service import VisitService
    from desktop.views.dispatch.visit_result_dialog import VisitResultDialog
    from tests.services.stock_factories import planned_visit

    _ticket, visit = planned_visit(sqlite_db)
    dialog = VisitResultDialog(VisitService(sqlite_db), actor_for(sqlite_db, "engineer"), visit, "solar")
    qtbot.addWidget(dialog)
    offered = [dialog.ui.part_combo.itemText(i) for i in range(dialog.ui.part_combo.count())]
    assert any(text.startswith(f"CTRL-TK8 {part} ¥") for text in offered), offered


@pytest.mark.parametrize(("in_locale", "part"), [("en_US", "Smart controller TK-8"), ("zh_CN", "智能控制仪 TK-8")],
                         indirect=["in_locale"])
def test_the_call_card_names_the_parts_fitted_in_the_interface_language(qtbot, sqlite_db: Database,  # type: ignore[no-untyped-def]
                                                                        in_locale: str, part: str) -> None:
    from sqlalchemy import select

    from desktop.models import Callback
    from desktop.views.callbacks.call_card_dialog import CallCardDialog
    from tests.services.printing.test_report_print_service import record_signed_visit

    ticket, _visit, _number = record_signed_visit(sqlite_db)
    with sqlite_db.read.begin() as session:
        callback_id = session.scalars(select(Callback.id).where(Callback.ticket_id == ticket)).one()
    dialog = CallCardDialog(CallbackService(sqlite_db), actor_for(sqlite_db, "clerk"), callback_id)
    qtbot.addWidget(dialog)
    assert f"{part} ×1" in dialog.ui.last_service_label.text()
