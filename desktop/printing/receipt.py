"""The receipt (收费收据) for money taken on a visit: the charges, the amount in words, QR and signatures.

The sheet promises 「收费后开具收据」; the receipt carries the ticket's QR (so the counter's scanner opens the ticket)
with the digest of the receipt's own content, and is signed with the branch key like the service report."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from desktop.errors import ValidationError
from desktop.printing.documents import BranchHeader
from desktop.printing.labels import Labels
from desktop.printing.layout import (
    CONTENT_WIDTH,
    LABEL_FILL,
    SECTION_FILL,
    SIX_COLUMNS,
    FormPart,
    Grid,
    SignatureBox,
    fmt_datetime,
    fmt_money,
    grid_style,
    para,
    promise_lines,
    render_parts,
    styles,
)
from desktop.printing.qr import make_payload
from desktop.printing.signature import content_digest

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")
MAX_AMOUNT = Decimal("999999999999.99")


def rmb_in_words(amount: Decimal) -> str:
    """人民币大写 as written on Chinese receipts: 230.50 → 贰佰叁拾元伍角整, 1005.07 → 壹仟零伍元零柒分."""
    if amount < 0 or amount > MAX_AMOUNT:
        raise ValidationError("amount_out_of_range", "amount")
    fen_total = int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    yuan, rest = divmod(fen_total, 100)
    jiao, fen = divmod(rest, 10)
    text = _integer_words(yuan) + "元" if yuan else ""
    if jiao == 0 and fen == 0:
        return (text or "零元") + "整"
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif yuan:
        text += "零"
    if fen:
        text += _DIGITS[fen] + "分"
    else:
        text += "整"
    return text


def _integer_words(number: int) -> str:
    groups: list[int] = []
    while number:
        number, group = divmod(number, 10_000)
        groups.append(group)
    out = ""
    pending_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            pending_zero = bool(out)
            continue
        if out and (pending_zero or group < 1000):
            out += "零"
        out += _group_words(group) + _BIG_UNITS[index]
        pending_zero = False
    return out


def _group_words(group: int) -> str:
    digits = [group // 1000, group // 100 % 10, group // 10 % 10, group % 10]
    out, zero = "", False
    for position, digit in enumerate(digits):
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + _SMALL_UNITS[3 - position]
    return out


@dataclass(frozen=True)
class ReceiptItem:
    text: str
    amount: Decimal


@dataclass(frozen=True)
class ReceiptData:
    receipt_no: str
    ticket_no: str
    paid_at: dt.datetime  # branch local
    payer_name: str
    customer_address: str
    items: tuple[ReceiptItem, ...]  # the visit's charges, for reference
    charged_total: Decimal
    paid_before: Decimal
    amount: Decimal  # received with this receipt
    method: str  # cash | wechat | alipay | transfer
    collector: str
    note: str = ""
    void: bool = False
    void_reason: str = ""

    @property
    def outstanding(self) -> Decimal:
        return max(self.charged_total - self.paid_before - (Decimal(0) if self.void else self.amount), Decimal(0))


def receipt_digest(receipt: ReceiptData) -> str:
    return content_digest({f.name: getattr(receipt, f.name) for f in dataclasses.fields(receipt)})


class _VoidStamp(Flowable):
    """A large red 作废 across the receipt, so a cancelled receipt can never pass for a valid one."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.35))
        canvas.setFont(styles().font, 54)
        canvas.translate(self.width / 2, -40 * mm)
        canvas.rotate(18)
        canvas.drawCentredString(0, 0, self.text)
        canvas.restoreState()


def receipt_part(header: BranchHeader, receipt: ReceiptData) -> FormPart:
    labels = Labels(header.language)
    s = styles()
    digest = receipt_digest(receipt)
    grid = Grid(SIX_COLUMNS)
    grid.fields((labels("receipt_ticket"), receipt.ticket_no), (labels("paid_at"), fmt_datetime(receipt.paid_at)),
                (labels("payment_method"), labels.code("method", receipt.method)))
    grid.fields((labels("payer"), receipt.payer_name), (labels("customer_address"), receipt.customer_address),
                spans=[1, 3])
    items = Table([[para(labels("receipt_for"), s.section), ""],
                   [para(labels("receipt_item"), s.cell_center), para(labels("receipt_amount_col"), s.cell_center)],
                   *[[para(item.text, s.value), para(fmt_money(item.amount), s.cell_right)]
                     for item in receipt.items],
                   [para(labels("receipt_charged_total"), s.label), para(fmt_money(receipt.charged_total),
                                                                        s.cell_right)],
                   [para(labels("receipt_paid_before"), s.label), para(fmt_money(receipt.paid_before), s.cell_right)]],
                  colWidths=[CONTENT_WIDTH - 40 * mm, 40 * mm])
    items.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
                               ("BACKGROUND", (0, 1), (-1, 1), LABEL_FILL)]))
    money = Grid(SIX_COLUMNS)
    money.fields((labels("amount_received"), para(fmt_money(receipt.amount), s.value_large)),
                 (labels("amount_in_words"), para(rmb_in_words(receipt.amount), s.value_large)), spans=[1, 3])
    money.fields((labels("collector"), receipt.collector), (labels("receipt_outstanding"),
                                                             fmt_money(receipt.outstanding)), spans=[1, 3])
    if receipt.note:
        money.fields((labels("notes"), receipt.note), spans=[5])
    if receipt.void:
        money.fields((labels("receipt_void_reason"), receipt.void_reason), spans=[5])
    money.full(para(labels("receipt_notice"), s.hint))
    money.full(para(labels("signature_binding", digest=digest[:32]), s.hint))
    boxes = Table(
        [[para(labels("sec_signatures"), s.section), "", ""],
         [SignatureBox(labels(key), labels("signature_date"), None, 18 * mm, "", labels.colon)
          for key in ("payer_signature", "collector_signature", "branch_stamp")]],
        colWidths=[CONTENT_WIDTH / 3] * 3)
    boxes.setStyle(grid_style([("SPAN", (0, 0), (-1, 0)), ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
                               ("VALIGN", (0, 1), (-1, 1), "TOP")]))
    story: list[Flowable] = [grid.table(), Spacer(1, 2 * mm), items, Spacer(1, 2 * mm), money.table(),
                             Spacer(1, 2 * mm), boxes]
    if receipt.void:
        story.insert(0, _VoidStamp(labels("receipt_void")))
    return FormPart(key=receipt.receipt_no, title=labels("title_receipt"), story=story,
                    qr_payload=make_payload(receipt.ticket_no, digest), number=(labels("receipt_no"),
                                                                                receipt.receipt_no),
                    footer_lines=promise_lines(header, labels))


def render_receipt(header: BranchHeader, receipt: ReceiptData, *, printed_at: dt.datetime | None = None) -> bytes:
    labels = Labels(header.language)
    return render_parts(header, [receipt_part(header, receipt)],
                        title=f"{labels('title_receipt')} {receipt.receipt_no}", subject=receipt.ticket_no,
                        printed_at=printed_at)
