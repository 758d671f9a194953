"""The completed service report: amounts, embedded handwritten signatures and their binding to the content."""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path

import pytest
from PIL import Image

from desktop.errors import ValidationError
from desktop.printing.documents import BranchHeader, ServiceReportData, Signature
from desktop.printing.qr import parse_payload
from desktop.printing.service_report import render_service_report
from desktop.printing.signature import load_scanned_signature
from tests.printing.conftest import TICKET, decode_qr_texts, pdf_fonts, pdf_text, render_pngs


def test_report_text_amounts_and_fonts(header: BranchHeader, report: ServiceReportData, tmp_path: Path) -> None:
    pdf = render_service_report(header, report)
    text = pdf_text(pdf)
    for expected in (TICKET, "客户服务报告", "溢流阀阀芯老化卡滞", "水位水温传感器", "SW-08 / SN2211034", "¥68.00",
                     "¥73.00", "¥153.00", "师傅很专业", "张建国", report.content_digest()[:32]):
        assert expected in text, expected
    fonts = pdf_fonts(pdf)
    assert fonts and all(f.embedded and f.subset for f in fonts), fonts


def test_report_totals(report: ServiceReportData) -> None:
    assert str(report.parts_total) == "73.00"  # the covered valve is listed but not charged
    assert str(report.total) == "153.00"


def test_report_renders_with_qr_bound_to_the_content(header: BranchHeader, report: ServiceReportData,
                                                     tmp_path: Path) -> None:
    pages = render_pngs(render_service_report(header, report), tmp_path)
    assert len(pages) == 1
    payload = parse_payload(decode_qr_texts(pages[0])[0])
    assert payload.ticket_no == TICKET
    assert report.content_digest().startswith(payload.digest)


def test_signatures_are_drawn_as_vectors(header: BranchHeader, report: ServiceReportData,
                                         unsigned_report: ServiceReportData) -> None:
    signed = render_service_report(header, report)
    unsigned = render_service_report(header, unsigned_report)
    from pypdf import PdfReader

    def content_ops(pdf: bytes) -> int:
        return PdfReader(io.BytesIO(pdf)).pages[0].get_contents().get_data().count(b" l S")

    assert content_ops(signed) > content_ops(unsigned) + 400  # two signatures of ~240 pen segments each


def test_signature_for_other_content_is_refused(header: BranchHeader, report: ServiceReportData) -> None:
    edited = dataclasses.replace(report, work_done="改过的内容")
    with pytest.raises(ValidationError) as info:
        render_service_report(header, edited)
    assert info.value.code == "signature_digest_mismatch"
    assert info.value.field == "customer_signature"


def test_scanned_paper_signature_is_embedded(header: BranchHeader, unsigned_report: ServiceReportData,
                                             tmp_path: Path) -> None:
    scan = io.BytesIO()
    Image.new("RGB", (900, 300), "white").save(scan, format="JPEG")
    png = load_scanned_signature(scan.getvalue())
    report = dataclasses.replace(unsigned_report,
                                 customer_signature=Signature(unsigned_report.content_digest(), image_png=png))
    pdf = render_service_report(header, report)
    assert "纸质签名扫描件" in pdf_text(pdf)
    assert render_pngs(pdf, tmp_path, dpi=60)
