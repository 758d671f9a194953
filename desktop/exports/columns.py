"""Column lists of the HQ workbook sheets; the machine keys are the merge contract and never change."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.exports.records import Language
from desktop.rules import satisfaction as grades

FORMAT_ID = "branch-service-desk/hq-workbook"
# Bumped when a sheet is added or a key changes meaning. The reader accepts every version from
# MIN_SCHEMA_VERSION up to its own: a sheet added in a later version (SheetSpec.since) is simply empty in an
# older file, so HQ merges this month's workbooks from branches that have not upgraded yet.
#   1: tickets, visits, parts, returns, callbacks, complaints
#   2: the branch installation id in _meta and in every source row
#   3: installations (安装单), consultations (咨询), quality feedback (质量问题反馈单), commitments (every
#      service clock of a ticket, so HQ counts report-back and the same-day callback too), stock movements (出入库)
#      and payments (收费); satisfaction grades 非常满意/满意/一般/不满意/非常不满意 (an older file's 基本满意 reads
#      as 一般)
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
    # Keys and labels an older workbook wrote for the same meaning; the reader maps them to `key`.
    aliases: tuple[str, ...] = ()

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

SATISFACTION_CHOICES = tuple(
    Choice(code, grades.LABELS_ZH[code], grades.LABELS_EN[code],
           tuple(a for old, new in grades.LEGACY.items() if new == code
                 for a in (old, grades.LEGACY_LABELS_ZH[old], grades.LEGACY_LABELS_EN[old], "Fairly satisfied")))
    for code in grades.GRADES)
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

CHANNEL_CHOICES = (Choice("hotline", "电话", "Hotline"), Choice("walk_in", "来访", "Walk-in"),
                   Choice("salesperson", "业务员", "Salesperson"), Choice("online", "网络", "Online"))
CONSULTATION_TOPIC_CHOICES = (
    Choice("usage", "使用方法", "Use of the product"), Choice("purchase", "选购与价格", "Buying and prices"),
    Choice("installation", "安装", "Installation"), Choice("warranty", "三包政策", "Warranty (三包)"),
    Choice("maintenance", "保养", "Maintenance"), Choice("other", "其他", "Other"),
)
CONSULTATION_STATUS_CHOICES = (Choice("awaiting_reply", "待答复", "Awaiting reply"),
                               Choice("answered", "已答复", "Answered"), Choice("closed", "已关闭", "Closed"))

# A question that is not a fault (seed 000 部门职能8); answered at once or by the reply time promised (3.2.4).
CONSULTATIONS = SheetSpec("consultations", "咨询", "Consultations", (
    BRANCH,
    _c("consultation_no", "咨询单号", "Consultation no.", T.TEXT, 18),
    _c("received_at", "受理时间", "Received", T.DATETIME, 17),
    _c("channel", "渠道", "Channel", T.CHOICE, 10, choices=CHANNEL_CHOICES),
    _c("topic", "咨询类别", "Topic", T.CHOICE, 12, choices=CONSULTATION_TOPIC_CHOICES),
    _c("caller_name", "来电人", "Caller", T.TEXT, 12),
    _c("phone", "联系电话", "Phone", T.TEXT, 15, Personal.PHONE),
    _c("product_line", "产品线", "Product line", T.TEXT, 12),
    _c("question", "咨询内容", "Question", T.TEXT, 40),
    _c("answer", "答复内容", "Answer", T.TEXT, 40),
    _c("answered_at_once", "当即答复", "Answered at once", T.BOOL, 10),
    _c("reply_due", "承诺答复时间", "Reply promised by", T.DATETIME, 17),
    _c("replied_at", "答复时间", "Replied", T.DATETIME, 17),
    _c("reply_on_time", "按时答复", "Replied on time", T.BOOL, 10),
    _c("status", "状态", "Status", T.CHOICE, 10, choices=CONSULTATION_STATUS_CHOICES),
    TICKET_NO,
    _c("taken_by", "受理人", "Taken by", T.TEXT, 10),
    EXPORTED_AT,
), row_key=("branch_code", "consultation_no"), since=3)

QUALITY_SOURCE_CHOICES = (Choice("ticket", "服务单", "Ticket"), Choice("visit", "上门服务", "Visit"),
                          Choice("claim", "退换货申请", "Return claim"), Choice("complaint", "投诉", "Complaint"))
QUALITY_STATUS_CHOICES = (Choice("raised", "已填写", "Written"), Choice("sent", "已报总部", "Sent to HQ"),
                          Choice("answered", "总部已答复", "Answered by HQ"), Choice("closed", "已关闭", "Closed"))

# 质量问题反馈单 (seed 002 §4.9): what the branch saw, and HQ's analysis with corrective and preventive actions.
QUALITY_FEEDBACK = SheetSpec("quality_feedback", "质量问题反馈", "Quality feedback", (
    BRANCH,
    _c("feedback_no", "反馈单号", "Feedback no.", T.TEXT, 18),
    _c("raised_at", "反馈时间", "Raised", T.DATETIME, 17),
    _c("source", "来源", "Source", T.CHOICE, 10, choices=QUALITY_SOURCE_CHOICES),
    _c("source_no", "来源单号", "Source no.", T.TEXT, 18),
    _c("product_line", "产品线", "Product line", T.TEXT, 12),
    _c("model", "型号", "Model", T.TEXT, 14),
    _c("batch", "批次", "Batch", T.TEXT, 12),
    _c("serials", "机身编号", "Serial numbers", T.TEXT, 30),
    _c("cases", "问题数量", "Units affected", T.INT, 8),
    _c("fault", "问题描述", "Problem", T.TEXT, 40),
    _c("analysis", "原因分析", "Root cause", T.TEXT, 40),
    _c("corrective_action", "纠正措施", "Corrective action", T.TEXT, 40),
    _c("preventive_action", "预防措施", "Preventive action", T.TEXT, 40),
    _c("hq_responder", "总部答复人", "Answered by (HQ)", T.TEXT, 10),
    _c("status", "状态", "Status", T.CHOICE, 10, choices=QUALITY_STATUS_CHOICES),
    _c("sent_at", "报送总部时间", "Sent to HQ", T.DATETIME, 17),
    _c("answered_at", "总部答复时间", "Answered", T.DATETIME, 17),
    _c("closed_at", "关闭时间", "Closed", T.DATETIME, 17),
    _c("raised_by", "反馈人", "Raised by", T.TEXT, 10),
    EXPORTED_AT,
), row_key=("branch_code", "feedback_no"), since=3)


INSTALL_RESULT_CHOICES = (
    Choice("installed", "已安装", "Installed"),
    Choice("not_installed", "未能安装", "Not installed"),
    Choice("pending", "待安装", "Pending"),
)

# One row per installation order (its ticket is on the tickets sheet); the acceptance is its latest visit's.
INSTALLATIONS = SheetSpec("installations", "安装", "Installations", (
    BRANCH,
    TICKET_NO,
    _c("requested_date", "预约安装日期", "Requested date", T.DATE, 12),
    _c("sold_by", "销售单位", "Sold by", T.TEXT, 14),
    _c("model", "型号", "Model", T.TEXT, 14),
    _c("serial", "序列号", "Serial no.", T.TEXT, 18),
    _c("customer_name", "客户姓名", "Customer", T.TEXT, 12),
    _c("phone", "联系电话", "Phone", T.TEXT, 15, Personal.PHONE),
    _c("address", "地址", "Address", T.TEXT, 36, Personal.ADDRESS),
    _c("engineer", "工程师", "Engineer", T.TEXT, 10),
    _c("arrived_at", "到达时间", "Arrived", T.DATETIME, 17),
    _c("result", "安装结果", "Result", T.CHOICE, 10, choices=INSTALL_RESULT_CHOICES),
    _c("installed_on", "安装日期", "Installed on", T.DATE, 12),
    _c("items_not_ticked", "未勾选验收项", "Acceptance items not ticked", T.TEXT, 30),
    _c("appearance_defect", "外观缺陷", "Appearance defect", T.BOOL, 10),
    _c("appearance_note", "外观缺陷说明", "Appearance note", T.TEXT, 24),
    _c("use_explained", "已讲解使用", "Use explained", T.BOOL, 10),
    _c("signed", "用户已签字", "Signed by customer", T.BOOL, 10),
    EXPORTED_AT,
), row_key=("branch_code", "ticket_no"), follows_ticket=True, since=3)


COMMITMENT_CHOICES = (
    Choice("first_contact", "联系客户", "Contact the customer"),
    Choice("report_back", "反馈服务中心", "Report back"),
    Choice("on_site", "上门", "On site"),
    Choice("callback", "回访", "Callback"),
)

# One row per service clock (first contact, report back, on site, callback), every round: the tickets sheet carries only
# round one of contact and on-site, and HQ has no other way to count report-back and the same-day callback.
COMMITMENTS = SheetSpec("commitments", "服务承诺", "Commitments", (
    BRANCH,
    TICKET_NO,
    _c("commitment", "承诺", "Commitment", T.CHOICE, 14, choices=COMMITMENT_CHOICES),
    _c("round", "轮次", "Round", T.INT, 6),
    _c("due_at", "时限", "Due", T.DATETIME, 17),
    _c("met_at", "完成时间", "Met at", T.DATETIME, 17),
    # Empty while the promise can still be kept, or when it was called off (as first_contact_met on tickets).
    _c("met", "按时", "On time", T.BOOL, 8),
    EXPORTED_AT,
), row_key=("branch_code", "ticket_no", "commitment", "round"), follows_ticket=True, since=3)



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

DATA_SHEETS: tuple[SheetSpec, ...] = (TICKETS, VISITS, PARTS, RETURNS, CALLBACKS, COMPLAINTS, INSTALLATIONS,
                                      CONSULTATIONS, QUALITY_FEEDBACK, COMMITMENTS, STOCK_MOVEMENTS, PAYMENTS)
SHEETS_BY_KEY = {s.key: s for s in DATA_SHEETS}

SUMMARY_TITLE = {"zh": "汇总", "en": "Summary"}
META_SHEET = "_meta"
