"""Payments for a visit's charges, their receipts (收费收据, signed with the branch key) and the daily cash summary per
engineer. The sheet promises 「收费后开具收据」."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import aliased

from desktop.clock import to_local, utc_now
from desktop.database import Database
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Branch,
    Customer,
    CustomerAddress,
    Engineer,
    Part,
    PartUsage,
    Payment,
    ServiceReport,
    Ticket,
    User,
)
from desktop.models.charges import PAYMENT_METHODS
from desktop.printing.documents import BranchHeader
from desktop.printing.labels import Labels
from desktop.rules.addresses import address_line
from desktop.rules.names import name_in
from desktop.services.admin.signing_service import SigningService
from desktop.services.charges.charge_records import (
    CashLine,
    CashSummary,
    ChargeDue,
    Page,
    PaymentFilter,
    PaymentRow,
)
from desktop.services.charges.payment_taking import charges_select, due_of, load_due, take_payment
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting
from desktop.services.core.validation import clean_text

if TYPE_CHECKING:
    from desktop.printing.receipt import ReceiptData

MAX_PAGE = 500


def _yuan(fen: int) -> Decimal:
    return Decimal(fen).scaleb(-2).quantize(Decimal("0.01"))


def _page(offset: int, limit: int) -> None:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("page_invalid", "offset")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError("page_invalid", "limit", maximum=MAX_PAGE)


def _payment_select() -> Any:
    recorder = aliased(User)
    return (select(Payment.id, Payment.receipt_no, Payment.ticket_id, Ticket.number, Payment.report_id,
                   Payment.engineer_id, Engineer.name, Payment.payer_name, Payment.amount_fen, Payment.method,
                   Payment.paid_at, Payment.status, Payment.void_reason, Payment.note, recorder.display_name,
                   Payment.version)
            .join(Ticket, Ticket.id == Payment.ticket_id)
            .outerjoin(Engineer, Engineer.id == Payment.engineer_id)
            .outerjoin(recorder, recorder.id == Payment.recorded_by))


def _payment_row(r: Any) -> PaymentRow:
    return PaymentRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or "", r[7], r[8], r[9], r[10], r[11], r[12], r[13],
                      r[14] or "", r[15])


def _day_bounds(zone: ZoneInfo, start: date, end: date) -> tuple[datetime, datetime]:
    return (datetime.combine(start, time(0), tzinfo=zone).astimezone(UTC),
            datetime.combine(end + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC))


class PaymentService(Service):
    def __init__(self, database: Database, signing: SigningService) -> None:
        super().__init__(database)
        self._signing = signing

    # ---- what is owed -------------------------------------------------------------------------------------------

    def charges_due(self, actor: Actor, *, text: str = "", unpaid_only: bool = True, offset: int = 0,
                    limit: int = 200) -> Page[ChargeDue]:
        """Visits with charges, newest first; unpaid_only keeps those with money still owed."""
        require(actor, "charges.read")
        _page(offset, limit)
        with self._reading(actor, "charges.read") as session:
            query, total, paid = charges_select()
            query = query.where(Ticket.branch_id == actor.branch_id, total > 0)
            if unpaid_only:
                query = query.where(paid < total)
            text = clean_text(text, "text", max_length=60)
            if text:
                query = query.where(or_(Ticket.number.like(f"%{text}%"), Customer.name.like(f"%{text}%")))
            # Newest first along ix_service_report_departed, stopping once the page (and one row more) is found.
            # No count: counting every unpaid visit of the whole history is a pass over all of it, on every
            # opening of the area. `total` says how far paging may go: the rows so far, plus one when more follow
            # (the paged list asks for the next page when it is scrolled to).
            rows = session.execute(query.order_by(ServiceReport.departed_at.desc(), ServiceReport.id.desc())
                                   .offset(offset).limit(limit + 1)).all()
            more = len(rows) > limit
            return Page([due_of(r) for r in rows[:limit]], offset + min(len(rows), limit) + (1 if more else 0))

    def charge_due(self, actor: Actor, report_id: int) -> ChargeDue:
        with self._reading(actor, "charges.read") as session:
            return load_due(session, actor, report_id)

    # ---- payments -----------------------------------------------------------------------------------------------

    def record_payment(self, actor: Actor, report_id: int, amount_fen: int, method: str, *,
                       paid_at: datetime | None = None, payer_name: str = "", note: str = "",
                       engineer_id: int | None = -1) -> PaymentRow:
        """Money taken for a visit's charges; the receipt number is given here. engineer_id -1 (default): the
        visit's engineer took it; None: paid at the desk."""
        with self._writing(actor, "payment.record") as session:
            payment = take_payment(session, actor, report_id, amount_fen, method, paid_at=paid_at,
                                   payer_name=payer_name, note=note, engineer_id=engineer_id)
            return _payment_row(session.execute(_payment_select().where(Payment.id == payment.id)).one())

    def void_payment(self, actor: Actor, payment_id: int, reason: str, *, version: int | None) -> PaymentRow:
        """作废: a receipt issued by mistake stays on file, marked void with the supervisor's reason."""
        with self._writing(actor, "payment.void") as session:
            reason = clean_text(reason, "reason", max_length=500, required=True, multiline=True)
            payment = session.get(Payment, payment_id)
            if payment is None or payment.branch_id != actor.branch_id:
                raise NotFoundError("payment_not_found", "payment_id")
            check_version(payment.version, version)
            if payment.status == "void":
                raise StateError("payment_already_void", "payment_id")
            before = audit.snapshot(payment)
            payment.status, payment.void_reason = "void", reason
            payment.voided_at, payment.voided_by = utc_now(), actor.user_id
            session.flush()
            audit.record(session, actor, "payment.void", "payment", payment.id, before, audit.snapshot(payment))
            return _payment_row(session.execute(_payment_select().where(Payment.id == payment.id)).one())

    def payments(self, actor: Actor, filters: PaymentFilter | None = None, *, offset: int = 0,
                 limit: int = 200) -> Page[PaymentRow]:
        """Receipts newest first, filtered and paged in SQL."""
        require(actor, "charges.read")
        _page(offset, limit)
        filters = filters or PaymentFilter()
        with self._reading(actor, "charges.read") as session:
            query = _payment_select().where(Payment.branch_id == actor.branch_id)
            zone = branch_tz(session, actor.branch_id)
            if filters.start or filters.end:
                low, high = _day_bounds(zone, filters.start or date(2000, 1, 1), filters.end or date(2100, 1, 1))
                query = query.where(Payment.paid_at >= low, Payment.paid_at < high)
            if filters.engineer_id is not None:
                query = query.where(Payment.engineer_id == filters.engineer_id)
            if filters.method:
                query = query.where(Payment.method == filters.method)
            if not filters.include_void:
                query = query.where(Payment.status == "valid")
            text = clean_text(filters.text, "text", max_length=60)
            if text:
                query = query.where(or_(Payment.receipt_no.like(f"%{text}%"), Ticket.number.like(f"%{text}%"),
                                        Payment.payer_name.like(f"%{text}%")))
            count = session.scalar(select(func.count()).select_from(query.subquery())) or 0
            rows = session.execute(query.order_by(Payment.paid_at.desc(), Payment.id.desc())
                                   .offset(offset).limit(limit)).all()
            return Page([_payment_row(r) for r in rows], count)

    def daily_cash(self, actor: Actor, day: date) -> CashSummary:
        """每日收款汇总: per engineer and payment method, valid receipts of one branch-local day."""
        with self._reading(actor, "charges.read") as session:
            low, high = _day_bounds(branch_tz(session, actor.branch_id), day, day)
            in_day = and_(Payment.branch_id == actor.branch_id, Payment.paid_at >= low, Payment.paid_at < high)
            lines: dict[int | None, dict[str, Any]] = {}
            for engineer_id, name, method, count, fen in session.execute(
                    select(Payment.engineer_id, Engineer.name, Payment.method, func.count(),
                           func.sum(Payment.amount_fen))
                    .outerjoin(Engineer, Engineer.id == Payment.engineer_id)
                    .where(in_day, Payment.status == "valid")
                    .group_by(Payment.engineer_id, Engineer.name, Payment.method)):
                line = lines.setdefault(engineer_id, {"name": name or "", "count": 0, "fen": {}})
                line["count"] += int(count)
                line["fen"][method] = int(fen or 0)
            voided = session.scalar(select(func.count()).where(in_day, Payment.status == "void")) or 0
            ordered = sorted(lines.items(), key=lambda kv: (kv[0] is None, kv[1]["name"]))
            return CashSummary(day, tuple(
                CashLine(eid, line["name"], line["count"], tuple((m, line["fen"].get(m, 0)) for m in PAYMENT_METHODS))
                for eid, line in ordered), int(voided))

    # ---- the receipt ----------------------------------------------------------------------------------------------

    def receipt_data(self, actor: Actor, payment_id: int) -> tuple[BranchHeader, ReceiptData]:
        from desktop.printing.receipt import ReceiptData, ReceiptItem

        with self._reading(actor, "charges.read") as session:
            payment = session.get(Payment, payment_id)
            if payment is None or payment.branch_id != actor.branch_id:
                raise NotFoundError("payment_not_found", "payment_id")
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None
            language = str(load_setting(session, branch.id, "print.language"))
            labels = Labels(language)
            header = BranchHeader(branch.code, branch.name, branch.address, branch.hotline, branch.logo_png, language,
                                  timezone=branch.timezone or "Asia/Shanghai")
            zone = ZoneInfo(branch.timezone or "Asia/Shanghai")
            ticket = session.get(Ticket, payment.ticket_id)
            report = session.get(ServiceReport, payment.report_id)
            assert ticket is not None and report is not None
            address = session.get(CustomerAddress, ticket.address_id) if ticket.address_id else None
            items = []
            if report.call_out_fee_fen:
                items.append(ReceiptItem(labels("charge_travel"), _yuan(report.call_out_fee_fen)))
            if report.labour_charge_fen:
                items.append(ReceiptItem(labels("charge_labour"), _yuan(report.labour_charge_fen)))
            for part, usage in session.execute(select(Part, PartUsage).join(PartUsage, PartUsage.part_id == Part.id)
                                               .where(PartUsage.report_id == report.id, PartUsage.charged.is_(True))
                                               .order_by(PartUsage.id)):
                name = name_in(part.name_zh, part.name_en, language)
                items.append(ReceiptItem(labels("receipt_part_line", name=name, quantity=usage.quantity),
                                         _yuan(usage.unit_price_fen * usage.quantity)))
            due = load_due(session, actor, report.id)
            before = session.scalar(select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(
                Payment.report_id == report.id, Payment.status == "valid", Payment.id < payment.id)) or 0
            collector = session.scalar(select(Engineer.name).where(Engineer.id == payment.engineer_id)) \
                if payment.engineer_id else session.scalar(select(User.display_name)
                                                           .where(User.id == payment.recorded_by))
            data = ReceiptData(
                payment.receipt_no, ticket.number, to_local(payment.paid_at, zone), payment.payer_name,
                address_line(address),
                tuple(items), _yuan(due.total_fen), _yuan(int(before)), _yuan(payment.amount_fen), payment.method,
                collector or "", payment.note, payment.status == "void", payment.void_reason)
            return header, data

    def render_signed_receipt(self, actor: Actor, payment_id: int) -> bytes:
        """StateError("signing_locked" / "branch_key_missing") lets the view offer the key dialog, or
        `render_unsigned_receipt` on the user's explicit choice."""
        pdf, number = self._render(actor, payment_id)
        return self._signing.sign(actor, pdf, f"收费收据 {number}")

    def render_unsigned_receipt(self, actor: Actor, payment_id: int) -> bytes:
        return self._render(actor, payment_id)[0]

    def _render(self, actor: Actor, payment_id: int) -> tuple[bytes, str]:
        from desktop.printing.receipt import render_receipt  # ReportLab on the first receipt

        header, data = self.receipt_data(actor, payment_id)
        return render_receipt(header, data, printed_at=to_local(utc_now())), data.receipt_no

    def mark_receipt_printed(self, actor: Actor, payment_id: int) -> None:
        with self._writing(actor, "payment.record") as session:
            payment = session.get(Payment, payment_id)
            if payment is None or payment.branch_id != actor.branch_id:
                raise NotFoundError("payment_not_found", "payment_id")
            now = utc_now()
            # Not through the ORM: printing is not an edit, and must not make a void dialog's copy stale.
            session.execute(update(Payment).where(Payment.id == payment.id).values(printed_at=now))
            audit.record(session, actor, "payment.print_receipt", "payment", payment.id, None, {"printed_at": now})

