"""What the clerk sees on the call card: customer, unit, last service and the filled-in script."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import (
    Branch,
    Callback,
    CallbackAttempt,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Engineer,
    Part,
    PartUsage,
    ProductModel,
    ServiceReport,
    Ticket,
    Unit,
    User,
    Visit,
)
from desktop.rules import callback_script as script
from desktop.rules.addresses import address_line
from desktop.rules.callback_script import ScriptLine
from desktop.services.callbacks.script_book import load_book
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.care_due import CareDue, unit_care
from desktop.services.core.grades import branch_grades
from desktop.services.core.product_words import line_words
from desktop.services.core.settings_store import load_setting


@dataclass(frozen=True)
class LastService:
    ticket_number: str
    day: date | None
    engineer_name: str
    cause: str
    work_done: str
    result: str
    parts: tuple[str, ...]  # "name ×qty" (Chinese, for the script)
    # (中文, English, quantity) of each part: the card shows them in the clerk's language.
    part_names: tuple[tuple[str, str, int], ...] = ()


@dataclass(frozen=True)
class AttemptRow:
    at: datetime
    by_name: str
    outcome: str
    note: str
    next_due_at: datetime | None


@dataclass(frozen=True)
class CallCard:
    callback_id: int
    kind: str
    status: str
    due_at: datetime
    first_due_at: datetime
    attempts: int
    max_attempts: int
    customer_id: int
    customer_name: str
    is_key_account: bool
    phones: tuple[str, ...]
    address: str
    ticket_id: int | None
    ticket_number: str
    ticket_status: str
    fault_text: str
    unit_model: str
    unit_serial: str
    installation_date: date | None
    last_service: LastService | None
    on_site: bool
    repaired: bool
    visited: bool  # somebody went to the customer's home for this callback's work: Q5 asks how they behaved
    script: tuple[ScriptLine, ...]  # opening and questions in order, placeholders filled
    closings: dict[str, ScriptLine]  # closing lines this kind may use, filled
    handlers: tuple[ScriptLine, ...]
    visit_responses: tuple[ScriptLine, ...]
    calming_lines: tuple[ScriptLine, ...]
    forbidden_phrases: tuple[ScriptLine, ...]
    history: tuple[AttemptRow, ...]
    answers: dict[str, Any]
    satisfaction: str | None
    closing_line: str
    notes: str
    version: int
    unit_id: int | None = None
    product: str = ""  # brand and product line as the customer hears it (鸿盛净水器)
    reason: str = ""  # why an ad-hoc callback was made
    care: tuple[CareDue, ...] = ()  # the unit's consumables, soonest due first
    care_due: tuple[CareDue, ...] = ()  # a care reminder: what is due now
    grades: tuple[str, ...] = ()  # the satisfaction grades this branch offers
    satisfaction_required: bool = True
    follow_up_ticket_number: str = ""


def _unit_for(session: Session, cb: Callback, ticket: Ticket | None) -> Unit | None:
    if cb.unit_id is not None:
        return session.get(Unit, cb.unit_id)
    if ticket is not None and ticket.unit_id is not None:
        return session.get(Unit, ticket.unit_id)
    # Callbacks without a ticket (installation, key accounts) concern the customer's latest installed unit.
    return session.scalars(
        select(Unit).where(Unit.customer_id == cb.customer_id, Unit.status == "active")
        .order_by(Unit.installation_date.desc().nulls_last(), Unit.id.desc()).limit(1)
    ).first()


def _last_service(session: Session, cb: Callback, ticket: Ticket | None) -> LastService | None:
    stmt = (
        select(ServiceReport, Engineer.name, Ticket.number)
        .join(Visit, Visit.id == ServiceReport.visit_id)
        .join(Engineer, Engineer.id == Visit.engineer_id)
        .join(Ticket, Ticket.id == Visit.ticket_id)
    )
    stmt = stmt.where(Ticket.id == ticket.id) if ticket is not None else stmt.where(
        Ticket.customer_id == cb.customer_id)
    found = session.execute(stmt.order_by(ServiceReport.recorded_at.desc()).limit(1)).first()
    if found is None:
        return None
    report, engineer_name, number = found
    parts = session.execute(
        select(Part.name_zh, PartUsage.quantity, Part.name_en).join(Part, Part.id == PartUsage.part_id)
        .where(PartUsage.report_id == report.id).order_by(PartUsage.id)
    ).all()
    when = report.departed_at or report.arrived_at or report.recorded_at
    return LastService(number, local_day(when, branch_tz(session, cb.branch_id)) if when else None,
                       engineer_name, report.cause, report.work_done, report.result,
                       tuple(f"{name} ×{qty}" for name, qty, _en in parts),
                       tuple((name, en or "", qty) for name, qty, en in parts))


def _due_text(day: date) -> str:
    return f"{day.month}月{day.day}日"


def build_card(session: Session, cb: Callback, agent_user_id: int, max_attempts: int) -> CallCard:
    customer = session.get(Customer, cb.customer_id)
    assert customer is not None
    branch = session.get(Branch, cb.branch_id)
    assert branch is not None
    ticket = session.get(Ticket, cb.ticket_id) if cb.ticket_id else None
    unit = _unit_for(session, cb, ticket)
    model = session.get(ProductModel, unit.model_id) if unit else None
    model_name = model.name if model else ""
    phones = tuple(p.number + (f"-{p.extension}" if p.extension else "") for p in session.scalars(
        select(CustomerPhone).where(CustomerPhone.customer_id == customer.id).order_by(CustomerPhone.id)))
    address_id = (ticket.address_id if ticket else None) or (unit.address_id if unit else None)
    address_row = session.get(CustomerAddress, address_id) if address_id else session.scalars(
        select(CustomerAddress).where(CustomerAddress.customer_id == customer.id).order_by(CustomerAddress.id)
    ).first()
    address = address_line(address_row)
    last = _last_service(session, cb, ticket)
    tz = branch_tz(session, cb.branch_id)
    today = local_day(datetime.now(tz), tz)
    tomorrow = today + timedelta(days=1)
    # The words of the product line this call is about: its brand, its name, who "we" are (core.product_words).
    line_id = ticket.product_line_id if ticket else (model.product_line_id if model else None)
    words = line_words(session, line_id, cb.branch_id) if line_id is not None else None
    book = load_book(session, line_id, words.code if words else script.SOLAR_LINE)
    care = unit_care(session, cb.branch_id, unit.id) if unit else ()
    care_due: tuple[CareDue, ...] = ()
    if cb.kind in script.CARE_KINDS:
        by = cb.care_due_on or today + timedelta(days=int(load_setting(session, cb.branch_id,
                                                                         "care.remind_days_before")))
        care_due = tuple(d for d in care if d.due_on <= by) or care[:1]
    ctx = script.ScriptContext(
        company=words.company if words else branch.name, hotline=branch.hotline,
        brand=(words.brand if words else "") or script.brand_of(model_name),
        agent_no=f"{agent_user_id:03d}", surname=script.surname_of(customer.name) if customer.kind == "person" else "",
        visit_date=f"{tomorrow.month}月{tomorrow.day}日", product=words.name_zh if words else "",
        product_en=words.product_en_spoken if words else "",
        consumables="、".join(d.name_zh for d in care_due), consumables_en=", ".join(d.name_en for d in care_due),
        due_date=_due_text(min(d.due_on for d in care_due)) if care_due else "",
        due_date_en=min(d.due_on for d in care_due).isoformat() if care_due else "")
    # Q3 asks whether our engineer fixed the unit: only after a visit on this callback's ticket.
    repaired = ticket is not None and (last is not None or ticket.status == "completed")
    visited = (ticket is not None and last is not None) or cb.kind == "after_install"
    lines = book.script_for(cb.kind, repaired=repaired, visited=visited)
    closings = {key: script.fill(line, ctx) for key, line in book.closings(cb.kind).items()}
    history = session.execute(
        select(CallbackAttempt, User.display_name).join(User, User.id == CallbackAttempt.by)
        .where(CallbackAttempt.callback_id == cb.id).order_by(CallbackAttempt.at, CallbackAttempt.id)
    ).all()
    follow_number = session.scalar(select(Ticket.number).where(Ticket.id == cb.follow_up_ticket_id)) \
        if cb.follow_up_ticket_id else None
    return CallCard(
        callback_id=cb.id, kind=cb.kind, status=cb.status, due_at=cb.due_at, first_due_at=cb.first_due_at,
        attempts=cb.attempts, max_attempts=max_attempts, customer_id=customer.id, customer_name=customer.name,
        is_key_account=customer.is_key_account, phones=phones, address=address,
        ticket_id=ticket.id if ticket else None, ticket_number=ticket.number if ticket else "",
        ticket_status=ticket.status if ticket else "", fault_text=ticket.fault_text if ticket else "",
        unit_model=model_name, unit_serial=unit.serial if unit else "",
        installation_date=unit.installation_date if unit else None, last_service=last,
        on_site=script.is_on_site(cb.kind), repaired=repaired, visited=visited,
        script=tuple(script.fill(line, ctx) for line in lines), closings=closings,
        handlers=tuple(script.fill(line, ctx) for line in book.handlers),
        visit_responses=tuple(script.fill(line, ctx) for line in book.visit_responses),
        calming_lines=script.CALMING_LINES, forbidden_phrases=script.FORBIDDEN_PHRASES,
        history=tuple(AttemptRow(a.at, name, a.outcome, a.note, a.next_due_at) for a, name in history),
        answers=dict(cb.answers or {}), satisfaction=cb.satisfaction, closing_line=cb.closing_line, notes=cb.notes,
        version=cb.version, unit_id=unit.id if unit else None,
        product=words.product("zh") if words else "", reason=cb.reason, care=care, care_due=care_due,
        grades=branch_grades(session, cb.branch_id), satisfaction_required=cb.kind not in script.CARE_KINDS,
        follow_up_ticket_number=follow_number or "")
