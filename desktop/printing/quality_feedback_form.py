"""The printed quality problem feedback form (质量问题反馈单, seed 002 §4.9): what the branch saw, and HQ's analysis
with the corrective and preventive actions (纠正预防措施), on one page the branch files or faxes to HQ."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Table

from desktop.errors import ValidationError
from desktop.printing.documents import BranchHeader
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    CONTENT_WIDTH,
    SIX_COLUMNS,
    FormPart,
    Grid,
    MinHeight,
    SignatureBox,
    fmt_datetime,
    grid_style,
    para,
    render_parts,
    styles,
)


@dataclass(frozen=True)
class QualityFeedbackForm:
    """Times are branch-local; coded values (source, status) are turned into words here."""

    number: str
    raised_at: dt.datetime
    raised_by: str
    source: str  # ticket | visit | claim | complaint
    source_number: str
    visit_round: int | None
    product: str
    model: str
    batch: str
    serials: tuple[str, ...]
    fault: str
    cases: int
    analysis: str
    corrective_action: str
    preventive_action: str
    status: str  # raised | sent | answered | closed
    sent_at: dt.datetime | None = None
    answered_at: dt.datetime | None = None
    hq_responder: str = ""
    closed_at: dt.datetime | None = None


_TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "title": "质量问题反馈单",
        "number": "编号",
        "sec_report": "网点反馈",
        "raised_at": "反馈时间",
        "raised_by": "反馈人",
        "source": "来源",
        "source.ticket": "服务单",
        "source.visit": "上门服务",
        "source.claim": "退换货申请",
        "source.complaint": "投诉",
        "visit_round": "第{round}次上门",
        "product": "产品",
        "model": "型号",
        "batch": "批次",
        "serials": "机身编号",
        "cases": "问题数量（台）",
        "fault": "问题描述",
        "sec_answer": "总部技术部答复（分析与纠正预防措施）",
        "analysis": "原因分析",
        "corrective": "纠正措施",
        "preventive": "预防措施",
        "hq_responder": "答复人",
        "answered_at": "答复时间",
        "sec_status": "处理进度",
        "status": "状态",
        "status.raised": "已填写",
        "status.sent": "已报总部",
        "status.answered": "总部已答复",
        "status.closed": "已关闭",
        "sent_at": "报送时间",
        "closed_at": "关闭时间",
        "branch_sign": "网点负责人",
        "hq_sign": "总部售后部",
        "date": "日期",
        # Seed 002 §4.9 and §6.1.2, in the seed's own words.
        "basis": "依据：重大、批量或惯性质量问题以《质量问题反馈单》反馈公司售后部，"
                 "由技术部牵头分析，形成解决方案和纠正预防措施。",
    },
    "en": {
        "title": "Quality Problem Feedback",
        "number": "No.",
        "sec_report": "Reported by the branch",
        "raised_at": "Raised",
        "raised_by": "Raised by",
        "source": "Source",
        "source.ticket": "Service ticket",
        "source.visit": "Service visit",
        "source.claim": "Return claim",
        "source.complaint": "Complaint",
        "visit_round": "visit {round}",
        "product": "Product",
        "model": "Model",
        "batch": "Batch",
        "serials": "Serial numbers",
        "cases": "Units affected",
        "fault": "Problem",
        "sec_answer": "HQ technical department's answer (analysis, corrective and preventive actions)",
        "analysis": "Root cause",
        "corrective": "Corrective action",
        "preventive": "Preventive action",
        "hq_responder": "Answered by",
        "answered_at": "Answered",
        "sec_status": "Progress",
        "status": "Status",
        "status.raised": "Written",
        "status.sent": "Sent to HQ",
        "status.answered": "Answered by HQ",
        "status.closed": "Closed",
        "sent_at": "Sent",
        "closed_at": "Closed",
        "branch_sign": "Branch manager",
        "hq_sign": "HQ after-sales department",
        "date": "Date",
        "basis": "Basis: a major, batch or recurring quality problem is reported to HQ's after-sales department on "
                 "this form; the technical department leads the analysis and sets the solution and the corrective "
                 "and preventive actions.",
    },
}


def _text(language: str) -> dict[str, str]:
    if language not in _TEXT:
        raise ValidationError("language_unsupported", "language", language=language)
    return _TEXT[language]


def quality_feedback_part(header: BranchHeader, form: QualityFeedbackForm) -> FormPart:
    t = _text(header.language)
    labels = Labels(header.language)
    s = styles()
    grid = Grid(SIX_COLUMNS)
    grid.section(t["sec_report"])
    source = t.get(f"source.{form.source}", form.source)
    where = form.source_number
    if form.visit_round is not None:
        where = f"{where}（{t['visit_round'].format(round=form.visit_round)}）" if header.language == "zh" else \
            f"{where} ({t['visit_round'].format(round=form.visit_round)})"
    grid.fields((t["raised_at"], fmt_datetime(form.raised_at)), (t["raised_by"], form.raised_by),
                (t["source"], f"{source} {where}"))
    grid.fields((t["product"], form.product), (t["model"], form.model), (t["batch"], form.batch))
    separator = "、" if header.language == "zh" else ", "
    grid.fields((t["serials"], separator.join(form.serials)), (t["cases"], str(form.cases)), spans=[3, 1])
    grid.fields((t["fault"], MinHeight(para(form.fault, s.value), 24 * mm)), spans=[5])
    grid.section(t["sec_answer"])
    grid.fields((t["analysis"], MinHeight(para(form.analysis, s.value), 18 * mm)), spans=[5])
    grid.fields((t["corrective"], MinHeight(para(form.corrective_action, s.value), 18 * mm)), spans=[5])
    grid.fields((t["preventive"], MinHeight(para(form.preventive_action, s.value), 18 * mm)), spans=[5])
    grid.fields((t["hq_responder"], form.hq_responder), (t["answered_at"], fmt_datetime(form.answered_at)),
                spans=[1, 3])
    grid.section(t["sec_status"])
    grid.fields((t["status"], t.get(f"status.{form.status}", form.status)),
                (t["sent_at"], fmt_datetime(form.sent_at)), (t["closed_at"], fmt_datetime(form.closed_at)))
    grid.full(para(t["basis"], s.hint))
    boxes = Table(
        [[SignatureBox(t["branch_sign"], t["date"], None, 18 * mm, "", labels.colon),
          SignatureBox(t["hq_sign"], t["date"], None, 18 * mm, "", labels.colon)]],
        colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
    )
    boxes.setStyle(grid_style([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return FormPart(key=form.number, title=t["title"], story=[grid.table(), boxes],
                    number=(t["number"], form.number))


def render_quality_feedback(header: BranchHeader, form: QualityFeedbackForm, *,
                            printed_at: dt.datetime | None = None) -> bytes:
    t = _text(header.language)
    return render_parts(header, [quality_feedback_part(header, form)], title=f"{t['title']} {form.number}",
                        subject=form.source_number, printed_at=printed_at)
