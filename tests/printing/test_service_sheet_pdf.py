"""The service sheet PDF read back: text, embedded CJK subset font, QR code, rendering, batches, English labels."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from desktop.printing.documents import BranchHeader, ServiceSheetData
from desktop.printing.layout import RenderCancelled
from desktop.printing.qr import parse_payload
from desktop.printing.service_sheet import render_service_sheet, render_service_sheets, sheet_digest
from tests.printing.conftest import TICKET, decode_qr_texts, pdf_fonts, pdf_text, render_pngs


def test_sheet_text_contains_ticket_and_chinese_values(header: BranchHeader, sheet: ServiceSheetData) -> None:
    text = pdf_text(render_service_sheet(header, sheet))
    for expected in (TICKET, "张建国", "安阳市北关区红旗路幸福小区", "太阳能热水器", "溢流管一直流水", "李强",
                     "客户服务单", "0372-2108187", "保修期内", "优质、快捷、规范、真诚",
                     "我们将及时为您服务"):
        assert expected in text, expected


def test_sheet_embeds_only_the_cjk_font_as_subset(header: BranchHeader, sheet: ServiceSheetData,
                                                  tmp_path: Path) -> None:
    fonts = pdf_fonts(render_service_sheet(header, sheet))
    assert fonts, "no fonts listed"
    for font in fonts:
        assert "WenQuanYiMicroHei" in font.name
        assert "+" in font.name  # subset prefix such as AAAAAA+
        assert (font.embedded, font.subset) == (True, True)


def test_sheet_renders_and_its_qr_decodes_to_the_ticket(header: BranchHeader, sheet: ServiceSheetData,
                                                        tmp_path: Path) -> None:
    pages = render_pngs(render_service_sheet(header, sheet), tmp_path)
    assert len(pages) == 1, "the pre-filled sheet must fit on one A4 page"
    texts = decode_qr_texts(pages[0])
    assert len(texts) == 1
    payload = parse_payload(texts[0])
    assert payload.ticket_no == TICKET
    assert sheet_digest(sheet).startswith(payload.digest)


def test_long_texts_flow_onto_a_second_page_with_header(header: BranchHeader, sheet: ServiceSheetData,
                                                        tmp_path: Path) -> None:
    long_sheet = dataclasses.replace(sheet, fault="水箱漏水，" * 400, notes="请带梯子。" * 50)
    pdf = render_service_sheet(header, long_sheet)
    pages = render_pngs(pdf, tmp_path, dpi=100)
    assert len(pages) >= 2
    text = pdf_text(pdf)
    assert text.count("客户服务单") == len(pages)  # the header repeats on every page
    assert f"第 {len(pages)} 页 / 共 {len(pages)} 页" in text
    assert all(decode_qr_texts(p) for p in pages)


def test_english_labels(header: BranchHeader, sheet: ServiceSheetData) -> None:
    text = pdf_text(render_service_sheet(dataclasses.replace(header, language="en"), sheet))
    assert "Service Sheet" in text and "Fault" in text and "张建国" in text
    assert "客户服务单" not in text


def test_custom_promise_and_logo(header: BranchHeader, sheet: ServiceSheetData, tmp_path: Path) -> None:
    import io

    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (64, 64), "navy").save(logo, format="PNG")
    branch = dataclasses.replace(header, logo_png=logo.getvalue(), service_promise="全天候全方位24小时上门服务")
    pdf = render_service_sheet(branch, sheet)
    assert "全天候全方位24小时上门服务" in pdf_text(pdf)
    assert render_pngs(pdf, tmp_path, dpi=50)


def test_batch_one_pdf_with_progress_and_per_sheet_pages(header: BranchHeader, sheet: ServiceSheetData) -> None:
    sheets = [dataclasses.replace(sheet, ticket_no=f"AY01-20261122-{n:04d}") for n in range(1, 6)]
    seen: list[tuple[int, int]] = []
    pdf = render_service_sheets(header, sheets, progress=lambda done, total: seen.append((done, total)))
    text = pdf_text(pdf)
    for item in sheets:
        assert item.ticket_no in text
    assert text.count("第 1 页 / 共 1 页") == 5
    assert seen[-1] == (5, 5) and len(seen) == 6


def test_batch_cancel_stops_the_build(header: BranchHeader, sheet: ServiceSheetData) -> None:
    sheets = [dataclasses.replace(sheet, ticket_no=f"AY01-20261122-{n:04d}") for n in range(1, 20)]
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(RenderCancelled):
        render_service_sheets(header, sheets, progress=progress, is_cancelled=lambda: len(calls) >= 3)
    assert len(calls) == 3
