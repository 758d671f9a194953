"""Quality problem feedback to HQ (质量问题反馈单; seed 002 §4.9 「通过质量问题反馈单的形式反馈公司售后部…形成解决方案和
纠正预防措施」, seed 000 售后服务部职责3).

Raised from a ticket, a visit, a return claim or a complaint, prefilled from that record; states raised → sent to HQ
→ answered (HQ's analysis with the corrective and preventive actions) → closed. Until it is sent the branch may
correct it; afterwards it stays what HQ received. It has its own list, a printed form and a sheet in the HQ workbook.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Text, cast, func, or_, select
from sqlalchemy.orm import Session, aliased

from desktop.clock import utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Branch,
    Complaint,
    Customer,
    FaultCategory,
    ProductLine,
    ProductModel,
    QualityFeedback,
    ReturnClaim,
    ServiceReport,
    Ticket,
    Unit,
    User,
    Visit,
)
from desktop.models.contacts import QUALITY_SOURCES
from desktop.printing.documents import BranchHeader
from desktop.services.contacts.quality_records import (
    LIST_FILTERS,
    LineChoice,
    ModelChoice,
    QualityDetail,
    QualityDraft,
    QualityFields,
    QualityPage,
    QualityRow,
)
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.numbering import next_number
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting
from desktop.services.core.validation import clean_text

if TYPE_CHECKING:
    from desktop.printing.quality_feedback_form import QualityFeedbackForm

__all__ = ["QualityDetail", "QualityDraft", "QualityFeedbackService", "QualityFields", "QualityPage", "QualityRow"]

MAX_SERIALS = 200
MAX_CASES = 100_000
FAULT_PREVIEW = 60


class _Source:
    """The record a form is raised from, resolved inside the caller's transaction."""

    def __init__(self, source: str, source_id: int) -> None:
        self.source, self.source_id = source, source_id
        self.ticket_id: int | None = None
        self.visit_id: int | None = None
        self.claim_id: int | None = None
        self.complaint_id: int | None = None
        self.number = ""
        self.visit_round: int | None = None
        self.product_line_id: int | None = None
        self.unit: Unit | None = None
        self.fault = ""


def _resolve(session: Session, actor: Actor, source: str, source_id: int) -> _Source:
    if source not in QUALITY_SOURCES:
        raise ValidationError("unknown_value", "source", value=source)
    found = _Source(source, source_id)
    ticket: Ticket | None = None
    if source in ("ticket", "visit"):
        if source == "visit":
            visit = session.get(Visit, source_id)
            if visit is None:
                raise NotFoundError("visit_not_found", "source")
            found.visit_id, found.visit_round = visit.id, visit.round
            ticket = session.get(Ticket, visit.ticket_id)
            cause = session.scalar(select(ServiceReport.cause).where(ServiceReport.visit_id == visit.id))
            found.fault = cause or ""
        else:
            ticket = session.get(Ticket, source_id)
        if ticket is None or ticket.branch_id != actor.branch_id:
            raise NotFoundError("ticket_not_found", "source")
    elif source == "claim":
        claim = session.get(ReturnClaim, source_id)
        unit = session.get(Unit, claim.unit_id) if claim is not None else None
        owner = session.get(Customer, unit.customer_id) if unit is not None else None
        if claim is None or unit is None or owner is None or owner.branch_id != actor.branch_id:
            raise NotFoundError("claim_not_found", "source")
        found.claim_id, found.number, found.unit = claim.id, claim.number, unit
        found.fault = claim.inspection_note
        ticket = session.get(Ticket, claim.ticket_id) if claim.ticket_id else None
    else:
        complaint = session.get(Complaint, source_id)
        if complaint is None or complaint.branch_id != actor.branch_id:
            raise NotFoundError("complaint_not_found", "source")
        found.complaint_id, found.number, found.fault = complaint.id, complaint.number, complaint.description
        ticket = session.get(Ticket, complaint.ticket_id) if complaint.ticket_id else None
        if ticket is None:
            # A complaint about the product names no ticket: the customer's newest unit is the likely one.
            found.unit = session.scalars(select(Unit).where(Unit.customer_id == complaint.customer_id,
                                                            Unit.status == "active")
                                         .order_by(Unit.id.desc()).limit(1)).first()
    if ticket is not None:
        found.ticket_id = ticket.id
        found.number = found.number or ticket.number
        found.product_line_id = ticket.product_line_id
        if found.unit is None and ticket.unit_id is not None:
            found.unit = session.get(Unit, ticket.unit_id)
        if not found.fault:
            category = session.scalar(select(FaultCategory.name_zh)
                                      .where(FaultCategory.id == ticket.fault_category_id)) \
                if ticket.fault_category_id else None
            found.fault = "：".join(part for part in (category, ticket.fault_text) if part)
    if found.unit is not None:
        found.product_line_id = session.scalar(select(ProductModel.product_line_id)
                                               .where(ProductModel.id == found.unit.model_id))
    return found


def _clean_fields(fields: QualityFields) -> tuple[str, str, list[str]]:
    fault = clean_text(fields.fault, "fault", max_length=4000, required=True, multiline=True)
    batch = clean_text(fields.batch, "batch", max_length=60)
    serials = [clean_text(s, "serials", max_length=40) for s in fields.serials]
    serials = list(dict.fromkeys(s for s in serials if s))
    if len(serials) > MAX_SERIALS:
        raise ValidationError("too_many", "serials", maximum=MAX_SERIALS)
    if isinstance(fields.cases, bool) or not isinstance(fields.cases, int):
        raise ValidationError("not_an_integer", "cases")
    if not 1 <= fields.cases <= MAX_CASES:
        raise ValidationError("out_of_range", "cases", minimum=1, maximum=MAX_CASES)
    if fields.cases < len(serials):
        # Each serial number listed is a case: fewer cases than serials is a typing error.
        raise ValidationError("cases_below_serials", "cases", serials=len(serials))
    return fault, batch, serials


def _check_catalogue(session: Session, fields: QualityFields) -> None:
    if session.get(ProductLine, fields.product_line_id) is None:
        raise ValidationError("required", "product_line")
    if fields.model_id is not None:
        line = session.scalar(select(ProductModel.product_line_id).where(ProductModel.id == fields.model_id))
        if line != fields.product_line_id:
            raise ValidationError("model_not_of_product_line", "model")


class QualityFeedbackService(Service):
    # --- raising ------------------------------------------------------------------------------------------------

    def catalogue(self, actor: Actor) -> tuple[tuple[LineChoice, ...], tuple[ModelChoice, ...]]:
        """The product lines and active models a form may name."""
        require(actor, "quality.read")
        with self._reading(actor, "quality.read") as session:
            return _catalogue(session)

    def draft(self, actor: Actor, source: str, source_id: int) -> QualityDraft:
        """The form prefilled from its record: product line, model and serial of the unit, the fault as found."""
        require(actor, "quality.raise")
        with self._reading(actor, "quality.raise") as session:
            found = _resolve(session, actor, source, source_id)
            unit = found.unit
            lines, models = _catalogue(session)
            return QualityDraft(source, source_id, found.number, found.visit_round, found.product_line_id,
                                unit.model_id if unit else None, (unit.serial,) if unit else (), found.fault,
                                lines, models)

    def raise_feedback(self, actor: Actor, source: str, source_id: int, fields: QualityFields) -> QualityDetail:
        require(actor, "quality.raise")
        fault, batch, serials = _clean_fields(fields)
        with self._writing(actor, "quality.raise") as session:
            found = _resolve(session, actor, source, source_id)
            _check_catalogue(session, fields)
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None
            now = utc_now()
            row = QualityFeedback(
                branch_id=branch.id, source=source, ticket_id=found.ticket_id, visit_id=found.visit_id,
                claim_id=found.claim_id, complaint_id=found.complaint_id, product_line_id=fields.product_line_id,
                model_id=fields.model_id, batch=batch, serials=serials, fault=fault, cases=fields.cases,
                analysis="", corrective_action="", preventive_action="", hq_responder="", status="raised",
                created_at=now, created_by=actor.user_id,
                number=next_number(session, branch.id, branch.code, "quality",
                                   local_day(now, branch_tz(session, branch.id))))
            session.add(row)
            session.flush()
            audit.record(session, actor, "quality_feedback.raise", "quality_feedback", row.id, None,
                         audit.snapshot(row))
            return _detail(session, row)

    # --- reading ------------------------------------------------------------------------------------------------

    def list_page(self, actor: Actor, *, status: str = "open", text: str = "", product_line_id: int | None = None,
                  offset: int = 0, limit: int = 200) -> QualityPage:
        """Newest first; the text matches the number, a serial, the batch, the model or the fault."""
        require(actor, "quality.read")
        if status not in LIST_FILTERS:
            raise ValidationError("invalid_choice", "status")
        with self._reading(actor, "quality.read") as session:
            where = [QualityFeedback.branch_id == actor.branch_id]
            if status == "open":
                where.append(QualityFeedback.status.in_(("raised", "sent", "answered")))
            elif status != "all":
                where.append(QualityFeedback.status == status)
            if product_line_id is not None:
                where.append(QualityFeedback.product_line_id == product_line_id)
            text = text.strip()
            if text:
                like = f"%{text}%"
                where.append(or_(QualityFeedback.number.ilike(like), QualityFeedback.batch.ilike(like),
                                 QualityFeedback.fault.ilike(like), ProductModel.code.ilike(like),
                                 cast(QualityFeedback.serials, Text).ilike(like)))
            base = (select(QualityFeedback, ProductLine.name_zh, ProductLine.name_en, ProductModel.code,
                           User.display_name)
                    .join(ProductLine, ProductLine.id == QualityFeedback.product_line_id)
                    .outerjoin(ProductModel, ProductModel.id == QualityFeedback.model_id)
                    .join(User, User.id == QualityFeedback.created_by)
                    .where(*where))
            total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
            rows = session.execute(base.order_by(QualityFeedback.created_at.desc(), QualityFeedback.id.desc())
                                   .offset(offset).limit(limit)).all()
            numbers = _source_numbers(session, [q for q, *_ in rows])
            return QualityPage(tuple(
                QualityRow(q.id, q.number, q.created_at, q.source, numbers.get(q.id, ""), zh, en, model or "",
                           tuple(q.serials or ()), q.cases, q.fault[:FAULT_PREVIEW], q.status, q.sent_at,
                           q.answered_at, name, q.version)
                for q, zh, en, model, name in rows), int(total))

    def detail(self, actor: Actor, feedback_id: int) -> QualityDetail:
        require(actor, "quality.read")
        with self._reading(actor, "quality.read") as session:
            return _detail(session, _load(session, actor, feedback_id))

    # --- the branch corrects it, sends it, records HQ's answer, closes it ---------------------------------------

    def update(self, actor: Actor, feedback_id: int, version: int, fields: QualityFields) -> QualityDetail:
        require(actor, "quality.manage")
        fault, batch, serials = _clean_fields(fields)
        with self._writing(actor, "quality.manage") as session:
            row = _load(session, actor, feedback_id, version)
            if row.status != "raised":
                raise StateError("quality_feedback_sent", "status", status=row.status)
            _check_catalogue(session, fields)
            before = audit.snapshot(row)
            row.product_line_id, row.model_id, row.batch = fields.product_line_id, fields.model_id, batch
            row.serials, row.fault, row.cases = serials, fault, fields.cases
            session.flush()
            audit.record(session, actor, "quality_feedback.update", "quality_feedback", row.id, before,
                         audit.snapshot(row))
            return _detail(session, row)

    def send_to_hq(self, actor: Actor, feedback_id: int, version: int) -> QualityDetail:
        require(actor, "quality.manage")
        with self._writing(actor, "quality.manage") as session:
            row = _load(session, actor, feedback_id, version)
            self._move(row, "raised", "sent")
            before = audit.snapshot(row)
            row.status, row.sent_at, row.sent_by = "sent", utc_now(), actor.user_id
            session.flush()
            audit.record(session, actor, "quality_feedback.send", "quality_feedback", row.id, before,
                         audit.snapshot(row))
            return _detail(session, row)

    def record_answer(self, actor: Actor, feedback_id: int, version: int, *, analysis: str, corrective_action: str,
                      preventive_action: str = "", responder: str = "") -> QualityDetail:
        """HQ's technical department answered: the analysis and the corrective action (required), the preventive
        action and who answered."""
        require(actor, "quality.manage")
        analysis = clean_text(analysis, "analysis", max_length=4000, required=True, multiline=True)
        corrective = clean_text(corrective_action, "corrective_action", max_length=4000, required=True,
                                multiline=True)
        preventive = clean_text(preventive_action, "preventive_action", max_length=4000, multiline=True)
        responder = clean_text(responder, "hq_responder", max_length=60)
        with self._writing(actor, "quality.manage") as session:
            row = _load(session, actor, feedback_id, version)
            self._move(row, "sent", "answered")
            before = audit.snapshot(row)
            row.analysis, row.corrective_action, row.preventive_action = analysis, corrective, preventive
            row.hq_responder, row.status = responder, "answered"
            row.answered_at, row.answered_by = utc_now(), actor.user_id
            session.flush()
            audit.record(session, actor, "quality_feedback.answer", "quality_feedback", row.id, before,
                         audit.snapshot(row))
            return _detail(session, row)

    def close(self, actor: Actor, feedback_id: int, version: int) -> QualityDetail:
        require(actor, "quality.manage")
        with self._writing(actor, "quality.manage") as session:
            row = _load(session, actor, feedback_id, version)
            self._move(row, "answered", "closed")
            before = audit.snapshot(row)
            row.status, row.closed_at, row.closed_by = "closed", utc_now(), actor.user_id
            session.flush()
            audit.record(session, actor, "quality_feedback.close", "quality_feedback", row.id, before,
                         audit.snapshot(row))
            return _detail(session, row)

    @staticmethod
    def _move(row: QualityFeedback, expected: str, target: str) -> None:
        if row.status != expected:
            raise StateError("quality_feedback_state", "status", status=row.status, target=target)

    # --- the printed form ---------------------------------------------------------------------------------------

    def printable(self, actor: Actor, feedback_id: int) -> tuple[str, bytes]:
        """The form's number and its PDF, printed-at in branch-local time (for the background runner)."""
        from desktop.printing.quality_feedback_form import render_quality_feedback  # ReportLab on the first form

        header, form = self.form(actor, feedback_id)
        with self._reading(actor, "print.documents") as session:
            printed = _printed_now(session, actor.branch_id)
        return form.number, render_quality_feedback(header, form, printed_at=printed)

    def form(self, actor: Actor, feedback_id: int) -> tuple[BranchHeader, QualityFeedbackForm]:
        """The branch header and the form, in the branch's print language, times in branch-local time."""
        from desktop.printing.quality_feedback_form import QualityFeedbackForm

        require(actor, "print.documents")
        with self._reading(actor, "print.documents") as session:
            d = _detail(session, _load(session, actor, feedback_id))
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None
            language = str(load_setting(session, actor.branch_id, "print.language"))
            zone = branch_tz(session, branch.id)

            def local(moment: datetime | None) -> datetime | None:
                return None if moment is None else moment.astimezone(zone).replace(tzinfo=None)

            header = BranchHeader(branch.code, branch.name, branch.address, branch.hotline, branch.logo_png,
                                  language, timezone=branch.timezone or "Asia/Shanghai")
            model = f"{d.model} {d.model_name}".strip() if d.model else ""
            form = QualityFeedbackForm(
                number=d.number, raised_at=local(d.created_at), raised_by=d.raised_by_name,  # type: ignore[arg-type]
                source=d.source, source_number=d.source_number, visit_round=d.visit_round,
                product=d.product_line_zh if language == "zh" else d.product_line_en, model=model, batch=d.batch,
                serials=d.serials, fault=d.fault, cases=d.cases, analysis=d.analysis,
                corrective_action=d.corrective_action, preventive_action=d.preventive_action, status=d.status,
                sent_at=local(d.sent_at), answered_at=local(d.answered_at), hq_responder=d.hq_responder,
                closed_at=local(d.closed_at))
            return header, form


def _printed_now(session: Session, branch_id: int) -> datetime:
    return utc_now().astimezone(branch_tz(session, branch_id)).replace(tzinfo=None, second=0, microsecond=0)


def _catalogue(session: Session) -> tuple[tuple[LineChoice, ...], tuple[ModelChoice, ...]]:
    lines = tuple(LineChoice(i, c, zh, en) for i, c, zh, en in session.execute(
        select(ProductLine.id, ProductLine.code, ProductLine.name_zh, ProductLine.name_en).order_by(ProductLine.id)))
    models = tuple(ModelChoice(i, line, c, n) for i, line, c, n in session.execute(
        select(ProductModel.id, ProductModel.product_line_id, ProductModel.code, ProductModel.name)
        .where(ProductModel.active.is_(True)).order_by(ProductModel.product_line_id, ProductModel.code)))
    return lines, models


def _load(session: Session, actor: Actor, feedback_id: int, version: int | None = None) -> QualityFeedback:
    row = session.get(QualityFeedback, feedback_id)
    if row is None or row.branch_id != actor.branch_id:
        raise NotFoundError("quality_feedback_not_found", "quality_feedback")
    check_version(row.version, version)
    return row


def _source_numbers(session: Session, rows: list[QualityFeedback]) -> dict[int, str]:
    """The number of each form's source record: the claim's or complaint's own, else the ticket's."""
    claims = {i: n for i, n in session.execute(select(ReturnClaim.id, ReturnClaim.number).where(
        ReturnClaim.id.in_({q.claim_id for q in rows if q.claim_id})))}
    complaints = {i: n for i, n in session.execute(select(Complaint.id, Complaint.number).where(
        Complaint.id.in_({q.complaint_id for q in rows if q.complaint_id})))}
    tickets = {i: n for i, n in session.execute(select(Ticket.id, Ticket.number).where(
        Ticket.id.in_({q.ticket_id for q in rows if q.ticket_id})))}
    out = {}
    for q in rows:
        if q.source == "claim":
            out[q.id] = claims.get(q.claim_id or 0, "")
        elif q.source == "complaint":
            out[q.id] = complaints.get(q.complaint_id or 0, "")
        else:
            out[q.id] = tickets.get(q.ticket_id or 0, "")
    return out


def _detail(session: Session, q: QualityFeedback) -> QualityDetail:
    creator, sender, answerer, closer = (aliased(User) for _ in range(4))
    names = session.execute(
        select(creator.display_name, sender.display_name, answerer.display_name, closer.display_name,
               ProductLine.name_zh, ProductLine.name_en, ProductModel.code, ProductModel.name)
        .select_from(QualityFeedback)
        .join(creator, creator.id == QualityFeedback.created_by)
        .outerjoin(sender, sender.id == QualityFeedback.sent_by)
        .outerjoin(answerer, answerer.id == QualityFeedback.answered_by)
        .outerjoin(closer, closer.id == QualityFeedback.closed_by)
        .join(ProductLine, ProductLine.id == QualityFeedback.product_line_id)
        .outerjoin(ProductModel, ProductModel.id == QualityFeedback.model_id)
        .where(QualityFeedback.id == q.id)
    ).one()
    visit_round = session.scalar(select(Visit.round).where(Visit.id == q.visit_id)) if q.visit_id else None
    return QualityDetail(
        q.id, q.number, q.created_at, names[0] or "", q.source, _source_numbers(session, [q]).get(q.id, ""),
        visit_round, q.ticket_id, q.product_line_id, names[4] or "", names[5] or "", q.model_id, names[6] or "",
        names[7] or "", q.batch, tuple(q.serials or ()), q.fault, q.cases, q.analysis, q.corrective_action,
        q.preventive_action, q.hq_responder, q.status, q.sent_at, names[1] or "", q.answered_at, names[2] or "",
        q.closed_at, names[3] or "", q.version)
