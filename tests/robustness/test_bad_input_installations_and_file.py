"""Bad input through the installation, customer-file and report-back services: every entry of the corpus is stored
verbatim (legitimate text) or refused with a code and the database left exactly as it was; odd amounts in yuan."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.models import (
    AuditHead,
    Customer,
    CustomerAddress,
    CustomerPhone,
    InstallationOrder,
    InstallationReport,
    Ticket,
    TicketEvent,
    Unit,
)
from desktop.rules.money import parse_yuan
from desktop.services.customers.customer_file_records import AddressEdit, CustomerEdit
from desktop.services.customers.customer_file_service import CustomerFileService
from desktop.services.installations.installation_records import NewInstallation
from desktop.services.installations.installation_service import InstallationService
from desktop.services.tickets.ticket_service import ReportBack, TicketService
from tests.conftest import actor_for
from tests.robustness.bad_inputs import TEXT_CORPUS
from tests.services.installation_factories import acceptance, open_order, planned_visit, sold_unit
from tests.services.intake_factories import open_ticket, register

TABLES = (Customer, CustomerPhone, CustomerAddress, Unit, Ticket, TicketEvent, InstallationOrder, InstallationReport)
CORPUS_IDS = [c[0] for c in TEXT_CORPUS]


def state(db: Database) -> tuple[Any, ...]:
    with db.read.begin() as session:
        counts = tuple(session.scalar(select(func.count()).select_from(t)) for t in TABLES)
        versions = session.scalar(select(func.coalesce(func.sum(Customer.version), 0)))
        return (*counts, versions, session.scalar(select(AuditHead.last_digest).where(AuditHead.id == 1)))


@pytest.mark.parametrize(("label", "text", "must_refuse"), TEXT_CORPUS, ids=CORPUS_IDS)
def test_corpus_through_the_new_free_text_fields(sqlite_db: Database, label: str, text: str,
                                                  must_refuse: bool) -> None:
    db = sqlite_db
    clerk, engineer = actor_for(db, "clerk"), actor_for(db, "engineer")
    reg = register(db, clerk)
    repair = open_ticket(db, clerk, reg)
    sale = sold_unit(db, clerk)
    order = open_order(db, clerk, sale)
    visit = planned_visit(db, order.ticket_id)
    file = CustomerFileService(db)
    page = file.page(clerk, reg.customer_id)
    edit = CustomerEdit(page.name, tuple(p.number for p in page.phones),
                        tuple(AddressEdit(a.id, a.district, a.detail) for a in page.addresses))
    other = sold_unit(db, clerk, phone="13903720055", name="另一位", serial="LT-BAD-2", detail="平原路 2 号")

    def version() -> int:
        return file.page(clerk, reg.customer_id).version

    calls = {
        "customer_note": lambda: file.save_customer(clerk, reg.customer_id, version(), replace(edit, note=text)),
        "address": lambda: file.save_customer(clerk, reg.customer_id, version(), replace(
            edit, addresses=(*edit.addresses, AddressEdit(None, "北关区", text)))),
        "customer_name": lambda: file.save_customer(clerk, reg.customer_id, version(), replace(edit, name=text)),
        "order_note": lambda: InstallationService(db).open_installation(clerk, NewInstallation(
            other.customer_id, int(other.unit_id or 0), "13903720055", order_day(db, order.ticket_id), note=text)),
        "acceptance": lambda: InstallationService(db).record_result(engineer, visit.id, acceptance(
            visit, appearance_defect=True, appearance_note=text, work_note=text, customer_comment=text),
            version=visit.version),
        "report_back": lambda: TicketService(db).record_report_back(clerk, repair.id, ReportBack(
            "张师傅", text, text, text)),
    }
    for name, call in calls.items():
        if must_refuse:
            before = state(db)
            with pytest.raises(ValidationError) as caught:
                call()
            assert caught.value.code in ("too_long", "control_characters"), name
            assert state(db) == before, f"a refused {name} changed the database"
        else:
            call()
    if not must_refuse:
        with db.read.begin() as session:
            assert session.get(Customer, reg.customer_id).name == text
            report = session.scalars(select(InstallationReport)).one()
            assert (report.appearance_note, report.work_note, report.customer_comment) == (text, text, text)
            assert session.scalars(select(InstallationOrder.note).where(
                InstallationOrder.unit_id == other.unit_id)).one() == text
            event = session.scalars(select(TicketEvent).where(TicketEvent.kind == "report_back")).one()
            assert event.data["measures"] == text


def order_day(db: Database, ticket_id: int):  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.scalars(select(InstallationOrder.requested_date)
                               .where(InstallationOrder.ticket_id == ticket_id)).one()


@pytest.mark.parametrize(("raw", "fen"), [("2680", 268_000), ("2,680.50", 268_050), ("¥1280元", 128_000),
                                          ("  ", None), ("", None), ("0.01", 1), ("１２８０", 128_000)])
def test_amounts_typed_in_yuan(raw: str, fen: int | None) -> None:
    assert parse_yuan(raw, "invoice_price") == fen


@pytest.mark.parametrize(("raw", "code"), [("abc", "not_a_decimal"), ("-5", "negative_money"),
                                           ("12.345", "too_many_decimals"), ("1e400", "amount_too_large"),
                                           ("NaN", "not_a_decimal"), ("Infinity", "not_a_decimal"),
                                           ("99999999999", "amount_too_large")])
def test_unreadable_amounts_are_refused_with_a_code(raw: str, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_yuan(raw, "invoice_price")
    assert (caught.value.code, caught.value.field) == (code, "invoice_price")
