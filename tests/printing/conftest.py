"""Printing fixtures: a branch, sample sheets and reports with signatures, signing credentials, PDF helpers."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import subprocess
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
    """Rasterise every page with poppler's pdftoppm, as a user's viewer would."""
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")], check=True,
                   capture_output=True, timeout=60)
    return sorted(folder.glob("page-*.png"))


def decode_qr_texts(png: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    with Image.open(png) as image:
        return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]


def pdffonts(pdf: bytes, folder: Path) -> list[list[str]]:
    """Rows of `pdffonts` output: name, type, encoding, emb, sub, uni, object, generation."""
    source = folder / "fonts.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(source)], check=True, capture_output=True, text=True, timeout=30).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
