"""QualityFeedbackService: a 质量问题反馈单 raised from a ticket, a visit, a claim and a complaint, through raised →
sent → answered → closed, printed and read back, and into the HQ workbook's own sheet."""

from __future__ import annotations

from datetime import date, timedelta

import openpyxl
import pytest
from sqlalchemy import select

from desktop.clock import local_today
from desktop.errors import ConcurrentEditError, NotFoundError, PermissionDenied, StateError, ValidationError
from desktop.exports.workbook_reader import read_workbook
from desktop.models import AuditLog, ProductModel, Visit
from desktop.printing.quality_feedback_form import render_quality_feedback
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.contacts.quality_feedback_service import QualityFeedbackService, QualityFields
from desktop.services.exports.export_service import ExportService
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text
from tests.services.callback_factories import make_completed_ticket
from tests.services.claim_factories import make_ticket, make_unit


def _sources(db, clerk) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """One record of each kind a quality problem can be seen on."""
    made = make_completed_ticket(db, clerk, with_callback=False)
    with db.read.begin() as session:
        visit_id = session.scalars(select(Visit.id).where(Visit.ticket_id == made.ticket_id)).one()
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False, model_code="HS-RO-400G")
    claim_ticket, _ = make_ticket(db, unit, opened=date(2026, 6, 5), fault="leak")
    claim = ClaimService(db).start_claim(clerk, requested_remedy="exchange", ticket_id=claim_ticket)
    complaint = ComplaintService(db).open(clerk, customer_id=made.customer_id, source="phone", concerns="product",
                                          description="同一批水箱三台都漏水")
    assert made.ticket_id is not None
    return {"ticket": made.ticket_id, "visit": visit_id, "claim": claim.id, "complaint": complaint.id}


def _raise(service, actor, source, source_id, **changes):  # type: ignore[no-untyped-def]
    draft = service.draft(actor, source, source_id)
    fields = QualityFields(product_line_id=draft.product_line_id, model_id=draft.model_id, fault=draft.fault or "漏水",
                           serials=draft.serials, cases=max(1, len(draft.serials)))
    for key, value in changes.items():
        fields = QualityFields(**{**fields.__dict__, key: value})
    return draft, service.raise_feedback(actor, source, source_id, fields)


def test_raised_from_every_source_prefilled_from_its_record(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = QualityFeedbackService(db)
    sources = _sources(db, clerk)
    raised = {}
    for source, source_id in sources.items():
        draft, detail = _raise(service, clerk, source, source_id)
        raised[source] = (draft, detail)
        assert detail.number.startswith("AY01-Q") and detail.status == "raised" and detail.source == source
        assert detail.source_number == draft.source_number != ""
    ticket_draft = raised["ticket"][0]
    assert (ticket_draft.serials[0].startswith("CB"), ticket_draft.fault) == (True, "不出热水")
    assert raised["visit"][1].visit_round == 1 and raised["visit"][0].source_number == ticket_draft.source_number
    claim = raised["claim"][1]
    assert claim.source_number.startswith("AY01-R")
    assert (claim.product_line_zh, claim.model) == ("净水器", "HS-RO-400G")
    complaint_draft, complaint = raised["complaint"]
    # A complaint names no unit of its own: the customer's unit is proposed, the complaint's words are the fault.
    assert complaint.source_number.startswith("AY01-C") and complaint_draft.fault == "同一批水箱三台都漏水"
    assert complaint_draft.model_id is not None and complaint_draft.serials == ticket_draft.serials
    # Its own list: every one of them, newest first, and found by serial number or source.
    page = service.list_page(clerk, status="all")
    assert page.total == 4 and page.rows[0].source == "complaint"
    assert {r.source for r in service.list_page(clerk, text=ticket_draft.serials[0]).rows} == {
        "ticket", "visit", "complaint"}


def test_through_its_states_to_hq_and_back(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    service = QualityFeedbackService(db)
    sources = _sources(db, clerk)
    _, row = _raise(service, clerk, "claim", sources["claim"], batch="2026-05 批", serials=("SN-A1", "SN-A2"),
                    cases=3, fault="同批次 RO 膜外壳开裂")
    with pytest.raises(StateError):
        service.record_answer(supervisor, row.id, row.version, analysis="x", corrective_action="y")
    edited = service.update(clerk, row.id, row.version, QualityFields(
        product_line_id=row.product_line_id, model_id=row.model_id, fault="同批次 RO 膜外壳开裂（注塑缺陷）",
        batch="2026-05 批", serials=("SN-A1", "SN-A2", "SN-A3"), cases=3))
    assert edited.serials == ("SN-A1", "SN-A2", "SN-A3") and edited.editable
    sent = service.send_to_hq(clerk, edited.id, edited.version)
    assert sent.status == "sent" and sent.sent_at is not None and not sent.editable
    with pytest.raises(StateError):
        service.update(clerk, sent.id, sent.version, QualityFields(product_line_id=sent.product_line_id, fault="x"))
    with pytest.raises(ValidationError) as err:
        service.record_answer(supervisor, sent.id, sent.version, analysis="模具温度过低", corrective_action="  ")
    assert err.value.code == "required"
    answered = service.record_answer(supervisor, sent.id, sent.version, analysis="模具温度过低导致熔接线强度不足",
                                     corrective_action="该批次外壳全部更换", preventive_action="注塑温度纳入首检",
                                     responder="总部技术部 刘工")
    assert (answered.status, answered.hq_responder) == ("answered", "总部技术部 刘工")
    with pytest.raises(ConcurrentEditError):
        service.close(supervisor, answered.id, sent.version)
    closed = service.close(supervisor, answered.id, answered.version)
    assert closed.status == "closed" and closed.closed_by_name
    assert service.list_page(clerk).total == 0 and service.list_page(clerk, status="closed").total == 1
    with db.read.begin() as session:
        actions = session.scalars(select(AuditLog.action).where(AuditLog.entity == "quality_feedback")
                                  .order_by(AuditLog.id)).all()
    assert actions == ["quality_feedback.raise", "quality_feedback.update", "quality_feedback.send",
                       "quality_feedback.answer", "quality_feedback.close"]

    # The printed form reads back with what the branch saw and what HQ answered.
    header, form = service.form(clerk, closed.id)
    text = pdf_text(render_quality_feedback(header, form))
    for expected in ("质量问题反馈单", closed.number, "SN-A1", "SN-A3", "2026-05 批", "注塑缺陷", "模具温度过低",
                     "该批次外壳全部更换", "注塑温度纳入首检", "已关闭", "退换货申请"):
        assert expected in text.replace("\n", ""), expected


def test_bad_forms_are_refused(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = QualityFeedbackService(db)
    sources = _sources(db, clerk)
    draft = service.draft(clerk, "ticket", sources["ticket"])
    with db.read.begin() as session:
        purifier_model = session.scalars(select(ProductModel.id).where(ProductModel.code == "HS-RO-400G")).one()
    good = QualityFields(product_line_id=draft.product_line_id or 0, model_id=draft.model_id, fault="漏水")
    bad = [
        (QualityFields(**{**good.__dict__, "fault": ""}), "required"),
        (QualityFields(**{**good.__dict__, "cases": 0}), "out_of_range"),
        (QualityFields(**{**good.__dict__, "serials": ("A", "B", "C"), "cases": 2}), "cases_below_serials"),
        (QualityFields(**{**good.__dict__, "model_id": purifier_model}), "model_not_of_product_line"),
    ]
    for fields, code in bad:
        with pytest.raises(ValidationError) as err:
            service.raise_feedback(clerk, "ticket", sources["ticket"], fields)
        assert err.value.code == code
    with pytest.raises(ValidationError):
        service.raise_feedback(clerk, "invoice", sources["ticket"], good)
    with pytest.raises(NotFoundError):
        service.raise_feedback(clerk, "claim", 999_999, good)
    assert service.list_page(clerk, status="all").total == 0


def test_an_engineer_raises_one_from_a_visit_but_the_desk_sends_it(db, clerk) -> None:  # type: ignore[no-untyped-def]
    engineer = actor_for(db, "engineer")
    service = QualityFeedbackService(db)
    sources = _sources(db, clerk)
    _, row = _raise(service, engineer, "visit", sources["visit"])
    assert row.raised_by_name and row.source == "visit"
    with pytest.raises(PermissionDenied):
        service.send_to_hq(engineer, row.id, row.version)


def test_quality_feedback_has_its_own_sheet_in_the_hq_workbook(db, clerk, supervisor, tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = QualityFeedbackService(db)
    sources = _sources(db, clerk)
    numbers = {}
    for source, source_id in sources.items():
        _, row = _raise(service, clerk, source, source_id, batch=f"B-{source}")
        numbers[source] = row
    sent = service.send_to_hq(clerk, numbers["claim"].id, numbers["claim"].version)
    service.record_answer(supervisor, sent.id, sent.version, analysis="焊缝工艺", corrective_action="返工",
                          preventive_action="加检")
    today = local_today()
    result = ExportService(db).export_workbook(supervisor, today - timedelta(days=1), today, tmp_path / "hq.xlsx",
                                               mask=True)
    assert result.rows["quality_feedback"] == 4
    with read_workbook(result.path) as book:
        rows = {r[1]: r for r in book.rows("quality_feedback")}
    assert set(rows) == {r.number for r in numbers.values()}
    claim_row = rows[numbers["claim"].number]
    # source, source no, product line, model, batch ... status, in column order (keys, not labels, read back)
    assert claim_row[3] == "claim" and claim_row[4].startswith("AY01-R") and claim_row[5] == "净水器"
    assert (claim_row[7], claim_row[11], claim_row[12], claim_row[13], claim_row[15]) == (
        "B-claim", "焊缝工艺", "返工", "加检", "answered")
    sheet = openpyxl.load_workbook(result.path)["质量问题反馈"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["网点编码", "反馈单号", "反馈时间", "来源", "来源单号"]
    labels = {sheet.cell(row, 4).value for row in range(2, sheet.max_row + 1)}
    assert labels == {"服务单", "上门服务", "退换货申请", "投诉"}
