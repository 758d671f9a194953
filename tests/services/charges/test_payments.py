"""Payments and receipts: money taken against a visit's charges, never more than owed; void with a reason; the
signed 收费收据 read back (text, amount in words, QR, signature); the daily cash summary per engineer."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.clock import local_today, utc_now
from desktop.errors import ConcurrentEditError, PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog
from desktop.printing.qr import parse_payload
from desktop.printing.receipt import rmb_in_words
from desktop.services.admin.signing_service import SigningService
from desktop.services.charges.charge_records import PaymentFilter
from desktop.services.charges.payment_service import PaymentService
from desktop.services.dispatch.dispatch_records import PartUse
from tests.conftest import actor_for
from tests.printing.conftest import decode_qr_texts, pdf_text, render_pngs
from tests.services.dispatch_factories import engineer_id
from tests.services.stock_factories import part_ids, planned_visit, record_visit, set_unit_dates, stock_van

PASSPHRASE = "branch-pass-2026"


@pytest.fixture
def signing(sqlite_db, tmp_path) -> SigningService:  # type: ignore[no-untyped-def]
    service = SigningService(sqlite_db, folder=tmp_path / "signing")
    service.create_key(actor_for(sqlite_db, "admin"), PASSPHRASE)
    return service


def _charged_visit(db, engineer: str = "张师傅"):  # type: ignore[no-untyped-def]
    """An out-of-warranty repair charged 30 call-out + 40 labour + 180 controller = 250 yuan."""
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, engineer, {"CTRL-TK8": 1})
    ticket, visit = planned_visit(db, engineer=engineer, fault="controller")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=2000))
    report = record_visit(db, visit, [PartUse(ids["CTRL-TK8"], 1, charged=True)], call_out_fee_fen=3000,
                          labour_charge_fen=4000)
    assert report.total_fen == 25000
    return ticket, visit, report


def test_a_payment_gets_a_receipt_number_and_reduces_what_is_owed(db) -> None:  # type: ignore[no-untyped-def]
    payments = PaymentService(db, SigningService(db))
    clerk = actor_for(db, "clerk")
    _ticket, _visit, report = _charged_visit(db)
    page = payments.charges_due(clerk)
    rows, total = page.rows, page.total
    assert total == 1 and rows[0].outstanding_fen == 25000 and rows[0].customer_name == "王建国"
    first = payments.record_payment(clerk, report.id, 10000, "wechat")
    assert first.receipt_no.startswith("AY01-S") and first.engineer_name == "张师傅"
    assert (first.payer_name, first.status) == ("王建国", "valid")
    with pytest.raises(ValidationError) as caught:
        payments.record_payment(clerk, report.id, 15001, "cash")
    assert caught.value.code == "payment_exceeds_outstanding" and caught.value.params["outstanding"] == "150.00"
    payments.record_payment(clerk, report.id, 15000, "cash", engineer_id=None, payer_name="王建国之子")
    assert payments.charge_due(clerk, report.id).outstanding_fen == 0
    assert payments.charges_due(clerk).total == 0
    assert payments.charges_due(clerk, unpaid_only=False).total == 1
    for bad, code in (((0, "cash"), "amount_invalid"), ((100, "credit"), "invalid_choice")):
        with pytest.raises(ValidationError) as caught:
            payments.record_payment(clerk, report.id, *bad)
        assert caught.value.code == code
    with pytest.raises(ValidationError) as caught:
        payments.record_payment(clerk, report.id, 100, "cash", paid_at=utc_now() + timedelta(hours=2))
    assert caught.value.code == "paid_in_future"


def test_a_void_receipt_stays_on_file_and_frees_the_amount_again(db) -> None:  # type: ignore[no-untyped-def]
    payments = PaymentService(db, SigningService(db))
    clerk, boss = actor_for(db, "clerk"), actor_for(db, "admin")
    _ticket, _visit, report = _charged_visit(db)
    paid = payments.record_payment(clerk, report.id, 25000, "alipay")
    with pytest.raises(PermissionDenied):
        payments.void_payment(clerk, paid.id, "录错金额", version=paid.version)
    with pytest.raises(ValidationError):
        payments.void_payment(boss, paid.id, " ", version=paid.version)
    void = payments.void_payment(boss, paid.id, "录错付款方式", version=paid.version)
    assert (void.status, void.void_reason) == ("void", "录错付款方式")
    with pytest.raises(StateError):
        payments.void_payment(boss, paid.id, "再次作废", version=void.version)
    with pytest.raises(ConcurrentEditError):
        payments.void_payment(boss, paid.id, "旧副本", version=paid.version)
    assert payments.charge_due(clerk, report.id).outstanding_fen == 25000
    page = payments.payments(clerk)
    assert page.total == 1 and page.rows[0].status == "void"
    assert payments.payments(clerk, PaymentFilter(include_void=False)).total == 0
    with db.read.begin() as session:
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.entity == "payment")))
        assert actions == ["payment.record", "payment.void"]


def test_the_daily_cash_summary_adds_up_per_engineer_and_method(db) -> None:  # type: ignore[no-untyped-def]
    payments = PaymentService(db, SigningService(db))
    clerk, boss = actor_for(db, "clerk"), actor_for(db, "admin")
    reports = [_charged_visit(db, "张师傅")[2], _charged_visit(db, "张师傅")[2], _charged_visit(db, "刘师傅")[2]]
    payments.record_payment(clerk, reports[0].id, 25000, "cash")
    payments.record_payment(clerk, reports[1].id, 5000, "wechat")
    payments.record_payment(clerk, reports[1].id, 2000, "cash", engineer_id=None)  # at the counter
    liu = payments.record_payment(clerk, reports[2].id, 25000, "transfer")
    payments.void_payment(boss, liu.id, "重复录入", version=liu.version)
    payments.record_payment(clerk, reports[2].id, 24000, "alipay")
    yesterday = utc_now() - timedelta(days=1)
    payments.record_payment(clerk, reports[2].id, 1000, "cash", paid_at=yesterday)

    summary = payments.daily_cash(clerk, local_today())
    by_name = {line.engineer_name: line for line in summary.lines}
    assert set(by_name) == {"张师傅", "刘师傅", ""}
    assert (by_name["张师傅"].payments, by_name["张师傅"].method_fen("cash"), by_name["张师傅"].method_fen("wechat"),
            by_name["张师傅"].total_fen) == (2, 25000, 5000, 30000)
    assert (by_name["刘师傅"].method_fen("alipay"), by_name["刘师傅"].method_fen("transfer")) == (24000, 0)
    assert by_name[""].engineer_id is None and by_name[""].total_fen == 2000
    assert summary.lines[-1].engineer_id is None  # the desk comes last
    assert summary.total_fen == 30000 + 24000 + 2000 and summary.method_fen("cash") == 27000
    assert summary.voided == 1
    # Twenty-four hours ago is always the previous branch-local day.
    assert payments.daily_cash(clerk, local_today() - timedelta(days=1)).total_fen == 1000
    zhang = engineer_id(db, "张师傅")
    assert payments.payments(clerk, PaymentFilter(engineer_id=zhang)).total == 2
    assert payments.payments(clerk, PaymentFilter(method="cash", start=local_today(), end=local_today())).total == 2


def test_the_signed_receipt_reads_back_with_the_amount_in_words_and_the_tickets_qr(sqlite_db, signing,
                                                                                   tmp_path) -> None:  # type: ignore[no-untyped-def]
    payments = PaymentService(sqlite_db, signing)
    clerk = actor_for(sqlite_db, "clerk")
    _ticket, _visit, report = _charged_visit(sqlite_db)
    payments.record_payment(clerk, report.id, 5050, "cash")
    paid = payments.record_payment(clerk, report.id, 19950, "wechat", note="扫码支付")
    header, data = payments.receipt_data(clerk, paid.id)
    assert (data.paid_before, data.amount, data.outstanding, data.collector) == (
        Decimal("50.50"), Decimal("199.50"), Decimal("0.00"), "张师傅")
    assert [i.text for i in data.items] == ["上门费", "维修费", "配件：智能控制仪 TK-8 × 1"]

    pdf = payments.render_signed_receipt(clerk, paid.id)
    assert signing.verify(pdf).status == "valid"
    text = pdf_text(pdf)
    for expected in ("收费收据", paid.receipt_no, data.ticket_no, "王建国", "微信", "¥199.50", rmb_in_words(
            Decimal("199.50")), "扫码支付", "¥250.00", "¥50.50", "收款人", "交款人签字", header.hotline):
        assert expected in text
    assert rmb_in_words(Decimal("199.50")) == "壹佰玖拾玖元伍角整"
    [page] = render_pngs(pdf, tmp_path)
    [qr] = decode_qr_texts(page)
    assert parse_payload(qr).ticket_no == data.ticket_no
    payments.mark_receipt_printed(clerk, paid.id)
    # Printing is not an edit: a void dialog opened before still holds the current version.
    boss = actor_for(sqlite_db, "admin")
    payments.void_payment(boss, paid.id, "客户退款", version=paid.version)
    void_text = pdf_text(payments.render_unsigned_receipt(clerk, paid.id))
    assert "作废" in void_text and "客户退款" in void_text


def test_everyone_records_payments_only_the_supervisor_voids(db) -> None:  # type: ignore[no-untyped-def]
    payments = PaymentService(db, SigningService(db))
    _ticket, _visit, report = _charged_visit(db)
    engineer = actor_for(db, "engineer")
    paid = payments.record_payment(engineer, report.id, 100, "cash")
    assert paid.amount_fen == 100
    with pytest.raises(PermissionDenied):
        payments.void_payment(engineer, paid.id, "x", version=paid.version)


def test_money_collected_on_site_is_saved_with_the_sheet_or_not_at_all(db) -> None:  # type: ignore[no-untyped-def]
    """The engineer came back with the sheet and the cash: typing the sheet in records the payment too, in one
    transaction, as taken by the visit's engineer when they left. More than the sheet charges saves neither."""
    from desktop.services.dispatch.visit_service import VisitService

    payments = PaymentService(db, SigningService(db))
    clerk = actor_for(db, "clerk")
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, "张师傅", {"CTRL-TK8": 2})
    charge = {"parts": [PartUse(ids["CTRL-TK8"], 1, charged=True)], "call_out_fee_fen": 3000,
              "labour_charge_fen": 4000}

    ticket, visit = planned_visit(db, engineer="张师傅", fault="controller")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=2000))
    for bad in ({"paid_on_site_fen": 25001, "paid_method": "cash"},
                {"paid_on_site_fen": 25000, "paid_method": "credit"}):
        with pytest.raises(ValidationError) as caught:
            record_visit(db, visit, **charge, **bad)
        assert caught.value.code in ("payment_exceeds_outstanding", "invalid_choice")
        assert caught.value.field in ("amount", "paid_method")
    # Nothing of the refused saves is left: the visit is still open and no report or payment exists.
    assert VisitService(db).sheet_form(clerk, visit.id) is not None
    assert payments.charges_due(clerk, unpaid_only=False).total == 0

    report = record_visit(db, visit, **charge, paid_on_site_fen=20000, paid_method="wechat")
    assert report.receipt_no.startswith("AY01-S")
    paid = payments.payments(clerk).rows
    assert [(p.receipt_no, p.amount_fen, p.method, p.engineer_name, p.status) for p in paid] == [
        (report.receipt_no, 20000, "wechat", "张师傅", "valid")]
    due = payments.charge_due(clerk, report.id)
    assert (due.total_fen, due.outstanding_fen) == (25000, 5000)
    with db.read.begin() as session:
        actions = session.scalars(select(AuditLog.action).where(AuditLog.entity == "payment")).all()
    assert actions == ["payment.record"]
