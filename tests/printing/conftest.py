"""Printing fixtures: a branch, sample sheets and reports with signatures, signing credentials, PDF helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.printing.documents import (
    BranchHeader,
    CustomerInfo,
    PartLine,
    ServiceReportData,
    ServiceSheetData,
    Signature,
    UnitInfo,
)
from desktop.printing.signature import StrokeSignature, make_signature

TICKET = "AY01-20261122-0007"
PASSPHRASE = "correct horse battery staple"


def wavy_signature(seed: float = 0.0, width: float = 400, height: float = 150) -> StrokeSignature:
    """A plausible handwritten-looking signature: a few pressure-varying loops and an underline."""
    strokes = []
    for k in range(4):
        points = []
        for i in range(60):
            t = i / 59
            points.append((30 + k * 85 + t * 70, 75 + 40 * math.sin(t * 6.28 * (1.2 + 0.3 * k) + seed) * (1 - t / 2),
                           0.2 + 0.8 * math.sin(math.pi * t)))
        strokes.append(points)
    strokes.append([(40, 120, 0.4), (360, 112, 0.9), (380, 110, 0.3)])
    return make_signature(width, height, strokes)


@pytest.fixture
def header() -> BranchHeader:
    return BranchHeader("AY01", "龙田太阳能安阳文峰区售后服务网点", "河南省安阳市文峰区中华路188号", "0372-2108187")


@pytest.fixture
def customer() -> CustomerInfo:
    return CustomerInfo("张建国", "13803720001", "安阳市北关区红旗路幸福小区3号楼2单元501室", "0372-5551234")


@pytest.fixture
def unit() -> UnitInfo:
    return UnitInfo("太阳能热水器", "LT-58-1800-20", "LT2024A0012345", dt.date(2024, 5, 3), dt.date(2024, 5, 6),
                    "in_warranty")


@pytest.fixture
def sheet(customer: CustomerInfo, unit: UnitInfo) -> ServiceSheetData:
    return ServiceSheetData(TICKET, dt.datetime(2026, 11, 22, 9, 14), customer, unit,
                            "热水器上水后溢流管一直流水，水位显示不准。", dt.datetime(2026, 11, 22, 14, 0),
                            dt.datetime(2026, 11, 22, 16, 0), "李强", "13937200002")


@pytest.fixture
def unsigned_report(customer: CustomerInfo, unit: UnitInfo) -> ServiceReportData:
    return ServiceReportData(
        TICKET, dt.datetime(2026, 11, 22, 9, 14), customer, unit, "热水器上水后溢流管一直流水", "李强",
        dt.datetime(2026, 11, 22, 14, 20), dt.datetime(2026, 11, 22, 15, 45),
        "溢流阀阀芯老化卡滞", "更换溢流阀一只，试机上水、溢流正常", True,
        (PartLine("溢流阀 DN15", "YL-15", "", 1, Decimal("35.00"), True),
         PartLine("水位水温传感器", "SW-08", "SN2211034", 1, Decimal("68.00")),
         PartLine("生料带", "", "", 2, Decimal("2.50"))),
        travel_charge=Decimal("30"), labour_charge=Decimal("50"), customer_comment="师傅很专业",
        satisfaction="neutral",
    )


@pytest.fixture
def report(unsigned_report: ServiceReportData) -> ServiceReportData:
    digest = unsigned_report.content_digest()
    return dataclasses.replace(
        unsigned_report,
        customer_signature=Signature(digest, wavy_signature(0.3), signer_name="张建国",
                                     signed_at=dt.datetime(2026, 11, 22, 15, 40)),
        engineer_signature=Signature(digest, wavy_signature(2.0), signer_name="李强",
                                     signed_at=dt.datetime(2026, 11, 22, 15, 41)),
    )


@pytest.fixture(scope="session")
def credentials_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop.printing.signing import create_branch_credentials

    folder = tmp_path_factory.mktemp("branch-key")
    create_branch_credentials(folder, "AY01", "龙田太阳能安阳文峰区售后服务网点", PASSPHRASE)
    return folder


@pytest.fixture(scope="session")
def credentials(credentials_folder: Path):
    from desktop.printing.signing import load_branch_credentials

    return load_branch_credentials(credentials_folder, PASSPHRASE)


def render_pngs(pdf: bytes, folder: Path, dpi: int = 150) -> list[Path]:
    """Rasterise every page with PDFium (the engine of Chrome's viewer), as a user's viewer would. A pip package
    (pypdfium2), so a fresh machine needs no poppler."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        for index, page in enumerate(document, start=1):
            page.render(scale=dpi / 72).to_pil().save(folder / f"page-{index:03d}.png")
            page.close()
    finally:
        document.close()
    return sorted(folder.glob("page-*.png"))


def decode_qr_texts(png: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    with Image.open(png) as image:
        return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


@dataclass(frozen=True)
class PdfFont:
    name: str
    embedded: bool
    subset: bool  # the six-letter prefix (ABCDEF+Name) a subset font carries


def pdf_fonts(pdf: bytes) -> list[PdfFont]:
    """Every font the pages (and their form XObjects) use, as `pdffonts` lists them: embedded when its descriptor
    carries a font file, subset by the name prefix."""
    import io

    from pypdf import PdfReader

    found: dict[int | str, PdfFont] = {}

    def visit(resources) -> None:  # type: ignore[no-untyped-def]
        resources = resources.get_object() if resources is not None else None
        if not resources:
            return
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            name = str(font.get("/BaseFont", "")).lstrip("/")
            key = getattr(ref, "idnum", name)
            found[key] = PdfFont(name, any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")),
                                 re.match(r"[A-Z]{6}\+", name) is not None)
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        visit(page.get("/Resources"))
    return list(found.values())


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
