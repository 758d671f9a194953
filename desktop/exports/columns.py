"""Column lists of the HQ workbook sheets; the machine keys are the merge contract and never change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.exports.records import BASICALLY_SATISFIED, DISSATISFIED, SATISFIED, Language

FORMAT_ID = "branch-service-desk/hq-workbook"
# Bumped when a sheet is added or a key changes meaning. The reader accepts every version from
# MIN_SCHEMA_VERSION up to its own: a sheet added in a later version (SheetSpec.since) is simply empty in an
# older file, so HQ merges this month's workbooks from branches that have not upgraded yet.
#   1: tickets, visits, parts, returns, callbacks, complaints
#   2: the branch installation id in _meta and in every source row
#   3: stock_movements (出入库) and payments (收费) sheets
SCHEMA_VERSION = 3
MIN_SCHEMA_VERSION = 1


class ColumnType(StrEnum):
    DATE = "date"
    DATETIME = "datetime"
    MONEY = "money"
    INT = "int"
    TEXT = "text"
    PERCENT = "percent"
    BOOL = "bool"
    # Text from a closed vocabulary: the record holds a key, the cell shows the label in the header language.
    CHOICE = "choice"


class Personal(StrEnum):
    PHONE = "phone"
    ADDRESS = "address"


NUMBER_FORMATS = {
    ColumnType.DATE: "yyyy-mm-dd",
    ColumnType.DATETIME: "yyyy-mm-dd hh:mm",
    ColumnType.MONEY: '"¥"#,##0.00;-"¥"#,##0.00',
    ColumnType.INT: "0",
    ColumnType.PERCENT: "0.0%",
}


@dataclass(frozen=True, slots=True)
class Choice:
    key: str
    zh: str
    en: str

    def label(self, language: Language) -> str:
        return self.zh if language == "zh" else self.en


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    zh: str
    en: str
    type: ColumnType = ColumnType.TEXT
    width: float = 12
    personal: Personal | None = None
    choices: tuple[Choice, ...] = ()

    def header(self, language: Language) -> str:
        return self.zh if language == "zh" else self.en


@dataclass(frozen=True, slots=True)
class SheetSpec:
    key: str
    zh: str
    en: str
    columns: tuple[Column, ...]
    # Columns identifying one row across exports (the merge key).
    row_key: tuple[str, ...]
    # Child sheets come from the same export as their ticket, so a row removed at the branch disappears at HQ too.
    follows_ticket: bool = False
    # Key columns that may be empty: a key-account callback (seed 003 (6)) belongs to a customer, not a ticket,
    # and is identified by its own number.
    optional_key: tuple[str, ...] = ()
    # The schema version that added this sheet; older files do not have it and read as empty.
    since: int = 1

    def title(self, language: Language) -> str:
        return self.zh if language == "zh" else self.en

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)


def _c(key: str, zh: str, en: str, type_: ColumnType = ColumnType.TEXT, width: float = 12,
       personal: Personal | None = None, choices: tuple[Choice, ...] = ()) -> Column:
    return Column(key, zh, en, type_, width, personal, choices)


T = ColumnType
BRANCH = _c("branch_code", "网点编码", "Branch", T.TEXT, 10)
TICKET_NO = _c("ticket_no", "工单号", "Ticket no.", T.TEXT, 18)
# UTC time of the export a row came from; a consolidated workbook keeps each row's own, so it can be merged again.
EXPORTED_AT = _c("exported_at", "导出时间(UTC)", "Exported at (UTC)", T.DATETIME, 17)

SATISFACTION_CHOICES = (
    Choice(SATISFIED, "满意", "Satisfied"),
    Choice(BASICALLY_SATISFIED, "基本满意", "Fairly satisfied"),
    Choice(DISSATISFIED, "不满意", "Dissatisfied"),
)
CHARGE_CHOICES = (Choice("charged", "收费", "Charged"), Choice("free", "免费", "Free"))

TICKETS = SheetSpec("tickets", "工单", "Tickets", (
    BRANCH,
    TICKET_NO,
    _c("opened_at", "受理时间", "Opened", T.DATETIME, 17),
    _c("status", "状态", "Status", T.TEXT, 10),
    _c("channel", "渠道", "Channel", T.TEXT, 10),
    _c("priority", "优先级", "Priority", T.TEXT, 8),
    _c("product_line", "产品线", "Product line", T.TEXT, 12),
    _c("model", "型号", "Model", T.TEXT, 14),
    _c("serial", "序列号", "Serial no.", T.TEXT, 18),
    _c("customer_name", "客户姓名", "Customer", T.TEXT, 12),
    _c("phone", "联系电话", "Phone", T.TEXT, 15, Personal.PHONE),
    _c("address", "地址", "Address", T.TEXT, 36, Personal.ADDRESS),
    _c("fault_category", "故障类别", "Fault category", T.TEXT, 12),
    _c("fault_text", "故障描述", "Fault description", T.TEXT, 40),
    _c("warranty", "保修类型", "Warranty", T.TEXT, 10),
    _c("engineer", "工程师", "Engineer", T.TEXT, 10),
    _c("first_contact_due", "首次联系时限", "First contact due", T.DATETIME, 17),
    _c("first_contact_met", "首次联系按时", "First contact on time", T.BOOL, 10),
    _c("onsite_due", "上门时限", "On-site due", T.DATETIME, 17),
    _c("onsite_met", "上门按时", "On-site on time", T.BOOL, 10),
    _c("completed_at", "完工时间", "Completed", T.DATETIME, 17),
    _c("closed_at", "关单时间", "Closed", T.DATETIME, 17),
    _c("visit_count", "上门次数", "Visits", T.INT, 8),
    _c("repeat_repair", "重复维修", "Repeat repair", T.BOOL, 10),
    EXPORTED_AT,
), row_key=("branch_code", "ticket_no"))

VISIT_NO = _c("visit_no", "上门序号", "Visit no.", T.INT, 8)

VISITS = SheetSpec("visits", "上门记录", "Visits", (
    BRANCH,
    TICKET_NO,
    VISIT_NO,
    _c("engineer", "工程师", "Engineer", T.TEXT, 10),
    _c("arrived_at", "到达时间", "Arrived", T.DATETIME, 17),
    _c("finished_at", "完成时间", "Finished", T.DATETIME, 17),
    _c("result", "处理结果", "Result", T.TEXT, 14),
    _c("fixed", "已修复", "Fixed", T.BOOL, 8),
    _c("labour_charge", "人工费", "Labour charge", T.MONEY, 12),
    _c("parts_amount", "配件金额", "Parts amount", T.MONEY, 12),
    EXPORTED_AT,
), row_key=("branch_code", "ticket_no", "visit_no"), follows_ticket=True)

# Part lines get their own sheet: one row per visit with repeated labour charges would double-count in SUM().
PARTS = SheetSpec("parts", "配件明细", "Parts", (
    BRANCH,
    TICKET_NO,
    VISIT_NO,
    _c("line_no", "行号", "Line", T.INT, 6),
    _c("part_code", "配件编码", "Part code", T.TEXT, 14),
    _c("part_name", "配件名称", "Part name", T.TEXT, 20),
    _c("qty", "数量", "Qty", T.INT, 6),
    _c("unit_price", "单价", "Unit price", T.MONEY, 12),
    _c("charged", "收费/免费", "Charged/free", T.CHOICE, 10, choices=CHARGE_CHOICES),
    _c("amount", "金额", "Amount", T.MONEY, 12),
    EXPORTED_AT,
), row_key=("branch_code", "ticket_no", "visit_no", "line_no"), follows_ticket=True)

RETURNS = SheetSpec("returns", "退换货", "Returns", (
    BRANCH,
    _c("claim_no", "申请单号", "Claim no.", T.TEXT, 18),
    TICKET_NO,
    _c("requested_at", "申请时间", "Requested", T.DATETIME, 17),
    _c("requested", "申请类型", "Request", T.TEXT, 10),
    _c("outcome", "处理结论", "Outcome", T.TEXT, 12),
    _c("rule_id", "依据条款", "Rule id", T.TEXT, 10),
    _c("refund_amount", "退款金额", "Refund", T.MONEY, 12),
    _c("depreciation", "折旧费", "Depreciation", T.MONEY, 12),
    _c("approver", "审批人", "Approver", T.TEXT, 10),
    _c("decided_at", "决定时间", "Decided", T.DATETIME, 17),
    EXPORTED_AT,
), row_key=("branch_code", "claim_no"), follows_ticket=True)

CALLBACKS = SheetSpec("callbacks", "回访", "Callbacks", (
    BRANCH,
    TICKET_NO,
    _c("callback_no", "回访序号", "Callback no.", T.INT, 8),
    _c("due_at", "应回访时间", "Due", T.DATETIME, 17),
    _c("done_at", "回访时间", "Done", T.DATETIME, 17),
    _c("attempts", "拨打次数", "Attempts", T.INT, 8),
    _c("reached", "已接通", "Reached", T.BOOL, 8),
    _c("satisfaction", "满意度", "Satisfaction", T.CHOICE, 10, choices=SATISFACTION_CHOICES),
    _c("answers", "回访答卷", "Answers", T.TEXT, 40),
    EXPORTED_AT,
), row_key=("branch_code", "ticket_no", "callback_no"), follows_ticket=True, optional_key=("ticket_no",))

COMPLAINTS = SheetSpec("complaints", "投诉", "Complaints", (
    BRANCH,
    _c("complaint_no", "投诉单号", "Complaint no.", T.TEXT, 18),
    TICKET_NO,
    _c("received_at", "受理时间", "Received", T.DATETIME, 17),
    _c("channel", "渠道", "Channel", T.TEXT, 10),
    _c("category", "投诉类别", "Category", T.TEXT, 12),
    _c("customer_name", "客户姓名", "Customer", T.TEXT, 12),
    _c("phone", "联系电话", "Phone", T.TEXT, 15, Personal.PHONE),
    _c("summary", "投诉内容", "Summary", T.TEXT, 40),
    _c("status", "状态", "Status", T.TEXT, 10),
    _c("due_at", "处理时限", "Due", T.DATETIME, 17),
    _c("resolved_at", "解决时间", "Resolved", T.DATETIME, 17),
    _c("handler", "处理人", "Handler", T.TEXT, 10),
    _c("overdue", "已超期", "Overdue", T.BOOL, 8),
    EXPORTED_AT,
), row_key=("branch_code", "complaint_no"))

MOVEMENT_KIND_CHOICES = (
    Choice("receipt", "入库", "Receipt"),
    Choice("issue", "领用", "Issue to engineer"),
    Choice("van_return", "退库", "Return from van"),
    Choice("use", "上门使用", "Used on a visit"),
    Choice("old_part_return", "旧件返还", "Old part returned"),
    Choice("return_out", "返厂/退总部", "Sent back"),
)
# Every movement of the branch's parts stock (seed 003 (7) 「对所有进出库产品、备件都要记录在案」) in the period, by
# its own time: receipts and returns to HQ have no ticket. The ticket number is there when the movement has one.
STOCK_MOVEMENTS = SheetSpec("stock_movements", "出入库", "Stock movements", (
    BRANCH,
    _c("movement_no", "单据号", "Movement no.", T.TEXT, 18),
    _c("moved_at", "时间", "Time", T.DATETIME, 17),
    _c("kind", "类别", "Kind", T.CHOICE, 12, choices=MOVEMENT_KIND_CHOICES),
    _c("part_code", "配件编码", "Part code", T.TEXT, 14),
    _c("part_name", "配件名称", "Part name", T.TEXT, 20),
    _c("qty", "数量", "Qty", T.INT, 6),
    _c("unit_price", "单价", "Unit price", T.MONEY, 12),
    _c("amount", "金额", "Amount", T.MONEY, 12),
    _c("from_location", "发出", "From", T.TEXT, 14),
    # A part sent back is received by HQ or the factory, named here.
    _c("to_location", "接收", "To", T.TEXT, 14),
    _c("engineer", "工程师", "Engineer", T.TEXT, 10),
    TICKET_NO,
    _c("tag_no", "旧件标签号", "Old-part tag", T.TEXT, 14),
    _c("reference", "单据/清单号", "Reference", T.TEXT, 18),
    _c("override_reason", "负库存理由", "Negative stock reason", T.TEXT, 24),
    _c("recorded_by", "经办人", "Recorded by", T.TEXT, 10),
    EXPORTED_AT,
), row_key=("branch_code", "movement_no"), since=3)

PAYMENT_METHOD_CHOICES = (
    Choice("cash", "现金", "Cash"),
    Choice("wechat", "微信", "WeChat Pay"),
    Choice("alipay", "支付宝", "Alipay"),
    Choice("transfer", "转账", "Bank transfer"),
)
PAYMENT_STATUS_CHOICES = (Choice("valid", "有效", "Valid"), Choice("void", "作废", "Void"))

# Money taken on a visit, with the ticket like its visits (a later export of the period replaces them as a whole).
PAYMENTS = SheetSpec("payments", "收费", "Payments", (
    BRANCH,
    _c("receipt_no", "收据编号", "Receipt no.", T.TEXT, 18),
    TICKET_NO,
    _c("paid_at", "收款时间", "Paid at", T.DATETIME, 17),
    _c("collector", "收款人", "Collected by", T.TEXT, 10),
    _c("payer", "交款人", "Paid by", T.TEXT, 12),
    _c("method", "付款方式", "Method", T.CHOICE, 10, choices=PAYMENT_METHOD_CHOICES),
    _c("amount", "金额", "Amount", T.MONEY, 12),
    _c("status", "状态", "Status", T.CHOICE, 8, choices=PAYMENT_STATUS_CHOICES),
    _c("void_reason", "作废原因", "Void reason", T.TEXT, 20),
    _c("recorded_by", "录入人", "Recorded by", T.TEXT, 10),
    EXPORTED_AT,
), row_key=("branch_code", "receipt_no"), follows_ticket=True, since=3)

DATA_SHEETS: tuple[SheetSpec, ...] = (TICKETS, VISITS, PARTS, RETURNS, CALLBACKS, COMPLAINTS, STOCK_MOVEMENTS, PAYMENTS)
SHEETS_BY_KEY = {s.key: s for s in DATA_SHEETS}

SUMMARY_TITLE = {"zh": "汇总", "en": "Summary"}
META_SHEET = "_meta"
