"""The installation acceptance form (安装验收单): the unpacking check, the installation steps, the appearance of the
unit as the customer saw it, the explanation of use and care, and the customer's signature.

Wording from seed 000 上门服务规范 4 and 8 (打孔前征得用户同意; 完工后讲解使用及注意事项，直到用户明白为止) and seed 002
§3.4.2 (产品现场的安装、调试). The appearance line is what the 三包 rules AP-1 / AP-2 later read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from desktop.errors import ValidationError
from desktop.printing.documents import BranchHeader, CustomerInfo, Signature, UnitInfo
from desktop.printing.labels import CATALOGUE, Labels
from desktop.printing.layout import (
    CONTENT_WIDTH,
    SECTION_FILL,
    SIX_COLUMNS,
    FormPart,
    Grid,
    MinHeight,
    SignatureBox,
    TickOptions,
    add_customer_and_unit,
    fmt_date,
    fmt_datetime,
    grid_style,
    para,
    promise_lines,
    render_parts,
    styles,
)
from desktop.printing.qr import make_payload
from desktop.printing.signature import content_digest

# The order the items print in; the codes are those of models.installation.ACCEPTANCE_ITEMS.
CHECK_ITEMS = ("packaging_intact", "parts_complete", "serial_matches", "drilling_agreed", "test_run_ok",
               "site_cleaned")

_ZH = {
    "title_installation_acceptance": "安装验收单",
    "sec_installation": "安装信息",
    "sec_unpacking": "开箱检验与安装",
    "sec_appearance": "外观检查",
    "sec_handover": "交付与讲解",
    "requested_date": "预约安装日期",
    "sold_by": "销售单位",
    "installed_on": "安装日期",
    "install_result": "安装结果",
    "install_result.installed": "已安装完毕，验收合格",
    "install_result.not_installed": "未能安装",
    "check.packaging_intact": "外包装完好",
    "check.parts_complete": "配件齐全（与装箱单相符）",
    "check.serial_matches": "型号、机身编号与三包凭证相符",
    "check.drilling_agreed": "安装设计和室内打孔前已征得用户同意",
    "check.test_run_ok": "试机运行正常",
    "check.site_cleaned": "工作完毕已清理现场，垃圾装袋带走",
    "appearance": "外观",
    "appearance.ok": "外观完好，无划伤、无变形",
    "appearance.defect": "外观有缺陷（见说明）",
    "appearance_note": "外观缺陷说明",
    "use_explained": "已向用户讲解使用及注意事项，用户已明白",
    "work_note": "安装说明",
    "warranty_start": "三包有效期自安装日期起计算。",
    "acceptance_notice": "请您开箱检验并确认外观：外观缺陷须在本单注明，验收后发现的外观问题不在退换范围内。",
    "acceptance_signature": "用户验收签字",
}

_EN = {
    "title_installation_acceptance": "Installation Acceptance",
    "sec_installation": "Installation",
    "sec_unpacking": "Unpacking check and installation",
    "sec_appearance": "Appearance",
    "sec_handover": "Handover and explanation",
    "requested_date": "Requested date",
    "sold_by": "Sold by",
    "installed_on": "Installed on",
    "install_result": "Result",
    "install_result.installed": "Installed and accepted",
    "install_result.not_installed": "Not installed",
    "check.packaging_intact": "Packaging intact",
    "check.parts_complete": "All parts present (as on the packing list)",
    "check.serial_matches": "Model and serial match the warranty card",
    "check.drilling_agreed": "Customer agreed to the layout and any drilling first",
    "check.test_run_ok": "Test run normal",
    "check.site_cleaned": "Site cleaned, rubbish bagged and taken away",
    "appearance": "Appearance",
    "appearance.ok": "No scratches or dents",
    "appearance.defect": "Appearance defect (see note)",
    "appearance_note": "Defect noted",
    "use_explained": "Use and care explained until the customer understood",
    "work_note": "Notes",
    "warranty_start": "The warranty period runs from the installation date.",
    "acceptance_notice": "Please check the unit on unpacking: an appearance defect must be written on this form; "
                         "appearance problems found after acceptance are not grounds for exchange or return.",
    "acceptance_signature": "Customer's acceptance",
}

_TABLES: Mapping[str, Mapping[str, str]] = {"zh": {**CATALOGUE["zh"], **_ZH}, "en": {**CATALOGUE["en"], **_EN}}


class AcceptanceLabels(Labels):
    """The form labels plus this form's own wording."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self._table = _TABLES[language]


@dataclass(frozen=True)
class InstallationAcceptanceData:
    ticket_no: str
    customer: CustomerInfo
    unit: UnitInfo
    requested_date: dt.date | None
    sold_by: str
    engineer_name: str
    arrival_at: dt.datetime
    departure_at: dt.datetime
    installed: bool
    installed_on: dt.date | None
    checks: Mapping[str, bool]
    appearance_defect: bool
    appearance_note: str
    use_explained: bool
    work_note: str = ""
    customer_comment: str = ""
    engineer_phone: str = ""
    customer_signature: Signature | None = None

    def content_digest(self) -> str:
        """What the customer's signature is bound to: every field but the signature."""
        fields = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        fields.pop("customer_signature")
        fields["checks"] = {code: bool(self.checks.get(code)) for code in CHECK_ITEMS}
        return content_digest(fields)


def _ticks_table(labels: Labels, title: str, rows: list[tuple[str, bool]]) -> Table:
    """A titled list of statements, each ticked yes or no (long wording needs the full width, not a label cell)."""
    s = styles()
    cells: list[list[object]] = [[para(title, s.section), ""]]
    for text, ticked in rows:
        cells.append([para(text, s.value), TickOptions([labels("yes"), labels("no")], [0 if ticked else 1])])
    table = Table(cells, colWidths=[CONTENT_WIDTH - 40 * mm, 40 * mm])
    table.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL)]))
    return table


def _signature_table(labels: Labels, signature: Signature | None) -> Table:
    note = labels("signature_scanned")
    box = SignatureBox(labels("acceptance_signature"), labels("signature_date"), signature, 24 * mm, note,
                       labels.colon)
    table = Table([[para(labels("sec_signatures"), styles().section)], [box]], colWidths=[CONTENT_WIDTH])
    table.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL)]))
    return table


def acceptance_story(labels: Labels, data: InstallationAcceptanceData, digest: str) -> list[Flowable]:
    s = styles()
    grid = Grid(SIX_COLUMNS)
    add_customer_and_unit(grid, labels, data.customer, data.unit)
    grid.section(labels("sec_installation"))
    grid.fields((labels("requested_date"), fmt_date(data.requested_date)), (labels("sold_by"), data.sold_by),
                (labels("installed_on"), fmt_date(data.installed_on)))
    grid.fields((labels("engineer"), data.engineer_name), (labels("arrival"), fmt_datetime(data.arrival_at)),
                (labels("departure"), fmt_datetime(data.departure_at)))
    grid.fields((labels("install_result"), TickOptions(
        [labels("install_result.installed"), labels("install_result.not_installed")],
        [0 if data.installed else 1])), spans=[5])

    appearance = Grid(SIX_COLUMNS)
    appearance.section(labels("sec_appearance"))
    appearance.fields((labels("appearance"), TickOptions([labels("appearance.ok"), labels("appearance.defect")],
                                                         [1 if data.appearance_defect else 0])), spans=[5])
    appearance.fields((labels("appearance_note"), MinHeight(para(data.appearance_note, s.value), 8 * mm)),
                      spans=[5])
    appearance.full(para(labels("acceptance_notice"), s.hint))
    handover = _ticks_table(labels, labels("sec_handover"), [(labels("use_explained"), data.use_explained)])
    notes = Grid(SIX_COLUMNS)
    notes.fields((labels("work_note"), MinHeight(para(data.work_note, s.value), 8 * mm)), spans=[5])
    notes.fields((labels("customer_comment"), MinHeight(para(data.customer_comment, s.value), 8 * mm)), spans=[5])
    if data.installed:
        notes.full(para(labels("warranty_start"), s.hint))
    notes.full(para(labels("signature_binding", digest=digest[:32]), s.hint))
    checks = _ticks_table(labels, labels("sec_unpacking"),
                          [(labels(f"check.{code}"), bool(data.checks.get(code))) for code in CHECK_ITEMS])
    return [grid.table(), checks, appearance.table(), handover, notes.table(),
            _signature_table(labels, data.customer_signature)]


def acceptance_part(header: BranchHeader, data: InstallationAcceptanceData) -> FormPart:
    labels = AcceptanceLabels(header.language)
    digest = data.content_digest()
    if data.customer_signature is not None and data.customer_signature.digest != digest:
        # A signature taken for other content never prints under these words.
        raise ValidationError("signature_digest_mismatch", "customer_signature")
    return FormPart(
        key=data.ticket_no,
        title=labels("title_installation_acceptance"),
        story=acceptance_story(labels, data, digest),
        qr_payload=make_payload(data.ticket_no, digest),
        number=(labels("ticket_no"), data.ticket_no),
        footer_lines=promise_lines(header, labels),
    )


def acceptance_title(language: str, ticket_no: str) -> str:
    return f"{AcceptanceLabels(language)('title_installation_acceptance')} {ticket_no}"


def render_installation_acceptance(header: BranchHeader, data: InstallationAcceptanceData, *,
                                   printed_at: dt.datetime | None = None) -> bytes:
    return render_parts(header, [acceptance_part(header, data)], title=acceptance_title(header.language,
                                                                                        data.ticket_no),
                        subject=data.ticket_no, printed_at=printed_at)
