"""Dispatch slip, return/exchange certificate and callback record read back."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from desktop.printing.callback_record import render_callback_record
from desktop.printing.certificate import render_certificate
from desktop.printing.dispatch_slip import render_dispatch_slip
from desktop.printing.documents import (
    BranchHeader,
    CallbackRecordData,
    CertificateData,
    CustomerInfo,
    DispatchLine,
    DispatchSlipData,
    UnitInfo,
)
from desktop.printing.qr import parse_payload
from tests.printing.conftest import TICKET, decode_qr_texts, pdf_fonts, pdf_text, render_pngs


def test_dispatch_slip_spans_pages_and_every_visit_has_a_qr(header: BranchHeader, tmp_path: Path) -> None:
    lines = tuple(
        DispatchLine(f"AY01-20261122-{n:04d}", "刘桂兰", "13803720002", "安阳市文峰区光明路12号", "净水器", "出水慢",
                     dt.datetime(2026, 11, 22, 8, 0) + dt.timedelta(minutes=40 * n), None, "PP棉滤芯×1",
                     dt.datetime(2026, 11, 22, 18, 0))
        for n in range(1, 15)
    )
    slip = DispatchSlipData("AY01-D-20261122-03", dt.date(2026, 11, 22), "李强", "13937200002", "文峰区", "王敏",
                            lines)
    pdf = render_dispatch_slip(header, slip)
    text = pdf_text(pdf)
    assert "售后服务派遣单" in text and "刘桂兰" in text and "不得失约" in text
    pages = render_pngs(pdf, tmp_path, dpi=150)
    assert len(pages) == 2
    found = {parse_payload(t).ticket_no for page in pages for t in decode_qr_texts(page)}
    assert found == {line.ticket_no for line in lines}


def test_certificate_shows_rule_money_and_approval(header: BranchHeader, customer: CustomerInfo, unit: UnitInfo,
                                                   tmp_path: Path) -> None:
    cert = CertificateData(
        TICKET, "AY01-R-2026-0031", dt.date(2026, 11, 20), customer, unit, "refund", "R-DEP",
        "有同型号同规格产品，消费者不愿调换而要求退货的，收取折旧费。", ("exchange", "repair", "refund"), "refund",
        invoice_date=dt.date(2026, 5, 3), price=Decimal("3280.00"), days_used=201, repair_days=12,
        depreciation_days=189, depreciation_rate=Decimal("0.0005"), depreciation_amount=Decimal("309.96"),
        refund_amount=Decimal("2970.04"), approver_name="王主管", approver_role="主管",
        approved_at=dt.datetime(2026, 11, 21, 10, 30), hq_confirmation="总部已确认",
    )
    pdf = render_certificate(header, cert)
    text = pdf_text(pdf)
    expected_texts = ("退换货凭证", "R-DEP", "收取折旧费", "¥2,970.04", "0.05%", "189", "王主管",
                      "调换、免费修理、退货")
    for expected in expected_texts:
        assert expected in text, expected
    fonts = pdf_fonts(pdf)
    assert fonts and all(f.embedded and f.subset for f in fonts), fonts
    pages = render_pngs(pdf, tmp_path)
    assert parse_payload(decode_qr_texts(pages[0])[0]).ticket_no == TICKET


def test_refused_certificate_offers_charged_repair(header: BranchHeader, customer: CustomerInfo,
                                                  unit: UnitInfo) -> None:
    cert = CertificateData(TICKET, "AY01-R-2026-0032", dt.date(2026, 11, 20), customer, unit, "refuse", "X-FM",
                           "因不可抗拒力（冰雹）造成损坏", ("refuse",), "exchange", requested_denied=True)
    text = pdf_text(render_certificate(header, cert))
    assert "不实行三包，但是可以实行收费修理" in text
    assert "不在允许范围内" in text


def test_callback_record(header: BranchHeader, customer: CustomerInfo, unit: UnitInfo, tmp_path: Path) -> None:
    record = CallbackRecordData(TICKET, customer, unit, dt.datetime(2026, 11, 22, 19, 5), "周婷", "phone", True,
                                True, None, False, "希望冬季前提醒做防冻检查", satisfaction="dissatisfied",
                                follow_up_needed=True, follow_up_ref="AY01-20261123-0002", closing_line="E2")
    pdf = render_callback_record(header, record)
    compact = "".join(pdf_text(pdf).split())  # wrapped cells put line breaks inside sentences
    for expected in ("客户回访记录", "防冻检查", "未询问", "AY01-20261123-0002", "请拨打电话0372-2108187"):
        assert expected in compact, expected
    assert parse_payload(decode_qr_texts(render_pngs(pdf, tmp_path)[0])[0]).ticket_no == TICKET
