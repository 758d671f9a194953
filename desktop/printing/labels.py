"""Chinese and English wording of the printed forms: plain data, so printing needs no Qt translator.

The customer-facing sentences are taken from the seed manuals (seed 000 服务标准化准则 and 回访规范, seed 003 上门
服务用语) so that the paper reads like the forms branches already use; the hotline is always the branch's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.errors import ValidationError
from desktop.printing.labels_stock import STOCK_EN, STOCK_ZH

LANGUAGES = ("zh", "en")

_GAP = "\u00a0" * 6

_ZH: dict[str, str] = {
    # page furniture
    "hotline": "服务热线",
    "address": "地址",
    "branch_code": "网点编号",
    "ticket_no": "服务单号",
    "received_at": "受理时间",
    "printed_at": "打印时间",
    "page_of": "第 {page} 页 / 共 {pages} 页",
    "continued": "（续）",
    # titles
    "title_service_sheet": "客户服务单",
    "title_service_report": "客户服务报告",
    "title_dispatch_slip": "售后服务派遣单",
    "title_certificate": "退换货凭证",
    "title_callback_record": "客户回访记录",
    # sections
    "sec_customer": "客户信息",
    "sec_unit": "产品信息",
    "sec_request": "报修信息",
    "sec_service": "服务记录（工程师填写）",
    "sec_service_done": "服务记录",
    "sec_parts": "更换配件",
    "sec_charges": "费用",
    "sec_result": "服务结果与客户评价",
    "sec_signatures": "签字确认",
    "sec_decision": "裁定结果",
    "sec_money": "金额计算",
    "sec_approval": "审批",
    "sec_answers": "回访内容",
    "sec_callback": "回访信息",
    "suggestions": "客户建议",
    # customer and unit
    "customer_name": "客户姓名",
    "phone": "联系电话",
    "customer_address": "服务地址",
    "product": "产品",
    "model": "型号",
    "serial": "机身编号",
    "purchase_date": "购买日期",
    "install_date": "安装日期",
    "warranty": "保修状态",
    "fault": "故障描述",
    "appointment": "预约时间",
    "engineer": "服务工程师",
    "engineer_phone": "工程师电话",
    "visit_no": "上门次数",
    "notes": "备注",
    # warranty status codes
    "warranty.in_warranty": "保修期内（免费）",
    "warranty.main_part": "主要部件保修期内",
    "warranty.repair_warranty": "维修保证期内（免费）",
    "warranty.out_of_warranty": "保修期外（收费）",
    "warranty.unknown": "待核实",
    # service record
    "arrival": "到达时间",
    "departure": "离开时间",
    # No-break spaces: Paragraph collapses ordinary and ideographic spaces.
    "time_blank": "月" + _GAP + "日" + _GAP + "时" + _GAP + "分",
    "cause": "故障原因",
    "work": "处理措施",
    "part_name": "配件名称",
    "part_no": "配件编号 / 序列号",
    "quantity": "数量",
    "unit_price": "单价",
    "amount": "金额",
    "covered": "保内",
    "no_parts": "未更换配件",
    "charge_travel": "上门费",
    "charge_labour": "维修费",
    "charge_parts": "配件费",
    "charge_other": "其他",
    "total": "合计",
    "yuan": "元",
    "resolved": "故障是否解决",
    "resolved.yes": "已解决",
    "resolved.no": "未解决（需再次上门）",
    "follow_up": "需客户继续配合的事宜",
    "customer_comment": "客户意见",
    "comment_hint": "如果您对我们的工作有什么意见及要求，请签上您宝贵的意见。",
    "satisfaction": "满意度",
    "satisfaction.satisfied": "满意",
    "satisfaction.basically_satisfied": "基本满意",
    "satisfaction.dissatisfied": "不满意",
    "customer_signature": "客户签字",
    "engineer_signature": "工程师签字",
    "signature_date": "日期",
    "signature_scanned": "（纸质签名扫描件）",
    "signature_binding": "签名对应报告内容摘要（SHA-256）：{digest}",
    "yes": "是",
    "no": "否",
    "not_asked": "未询问",
    # promises and notices
    "promise_policy": "服务方针：优质、快捷、规范、真诚　　服务理念：以客户为中心",
    "promise_closing": "如果您使用中有什么问题，请拨打 {hotline} 电话，我们将及时为您服务。"
    "谢谢您使用我们的产品。",
    "sheet_notice": "工程师完工后将工作结果及需您继续配合的事宜向您交代清楚，请您确认后在本单签字。",
    "charge_notice": "保修期外收费维修：工程师须在维修前出示收费标准，收费后开具收据。",
    "slip_notice": "上门前请先电话联系客户约定时间，必须按时上门，不得失约；"
    "完工后请客户在服务单上签字确认并交回服务单。",
    "certificate_basis": "依据《中华人民共和国消费者权益保护法》、《部分商品修理更换退货责任规定》"
    "及本公司三包承诺办理。",
    "refuse_notice": "不实行三包，但是可以实行收费修理。",
    # dispatch slip
    "slip_no": "派工单号",
    "slip_date": "派工日期",
    "slip_area": "服务区域",
    "slip_count": "上门数量",
    "col_no": "序号",
    "col_time": "预约时间",
    "col_ticket": "服务单号",
    "col_customer": "客户 / 电话",
    "col_address": "地址",
    "col_job": "产品 / 故障",
    "col_parts": "携带配件",
    "col_deadline": "时限",
    "col_done": "完成签收",
    "dispatcher": "调度员",
    "engineer_receipt": "工程师签收",
    # certificate
    "claim_no": "申请编号",
    "claim_date": "申请日期",
    "requested_remedy": "客户要求",
    "outcome": "裁定结果",
    "outcome.refund": "退货",
    "outcome.exchange": "调换",
    "outcome.repair": "免费修理",
    "outcome.refuse": "不予三包（可收费修理）",
    "requested_denied": "客户要求的处理方式不在允许范围内，已按允许的最优方式裁定。",
    "rule": "依据规则",
    "rule_explanation": "规则说明",
    "allowed_remedies": "可选处理方式",
    "invoice_date": "发票日期",
    "price": "发票金额",
    "days_used": "使用天数",
    "repair_days": "扣除修理占用天数",
    "depreciation_days": "折旧天数",
    "depreciation_rate": "日折旧率",
    "depreciation_amount": "折旧费",
    "refund_amount": "退款金额",
    "exchange_model": "调换型号",
    "approver": "批准人",
    "approved_at": "批准时间",
    "hq_confirmation": "总部确认",
    "override_reason": "主管改判理由",
    "branch_seal": "网点盖章（更换章）",
    # callback record
    "callback_time": "回访时间",
    "service_date": "服务日期",
    "agent": "回访员",
    "channel": "回访方式",
    "channel.phone": "电话回访",
    "channel.visit": "上门回访",
    "reached": "是否联系上",
    "q1": "对安装维修人员的服务是否满意？是否介绍了产品的使用方法和注意事项？",
    "q2": "说明书是否看过？有什么不了解的问题吗？",
    "q3": "维修人员是否修好了您的产品？目前使用是否正常？",
    "q4": "对我们的服务和产品还有什么建议？",
    "service_complaint": "对服务人员的意见",
    "product_complaint": "对产品质量的意见",
    "follow_up_needed": "需要跟进",
    "follow_up_ref": "跟进单号",
    "closing_line": "结束语",
    "closing.E1": "如果您使用中有什么问题，请拨打 {hotline} 电话，我们将及时为您服务。"
    "谢谢您使用我们的产品。",
    "closing.E2": "对不起，给您添麻烦了，请不要着急，我们会尽快解决。再次感谢您，如果有什么要求请拨打电话 {hotline}，"
    "我们将及时为您服务，谢谢，再见。",
    "closing.E3": "感谢您选购使用我公司产品，您在使用中还需要我们做什么？请拨打 {hotline} 服务电话，"
    "我们将提供最优质的服务，再见。",
}

_EN: dict[str, str] = {
    "hotline": "Service hotline",
    "address": "Address",
    "branch_code": "Branch",
    "ticket_no": "Ticket no.",
    "received_at": "Received",
    "printed_at": "Printed",
    "page_of": "Page {page} of {pages}",
    "continued": " (continued)",
    "title_service_sheet": "Service Sheet",
    "title_service_report": "Customer Service Report",
    "title_dispatch_slip": "Dispatch Slip",
    "title_certificate": "Return / Exchange Certificate",
    "title_callback_record": "Callback Record",
    "sec_customer": "Customer",
    "sec_unit": "Product",
    "sec_request": "Request",
    "sec_service": "Service record (filled in by the engineer)",
    "sec_service_done": "Service record",
    "sec_parts": "Parts replaced",
    "sec_charges": "Charges",
    "sec_result": "Result and customer feedback",
    "sec_signatures": "Signatures",
    "sec_decision": "Decision",
    "sec_money": "Amounts",
    "sec_approval": "Approval",
    "sec_answers": "Callback answers",
    "sec_callback": "Callback",
    "suggestions": "Suggestions",
    "customer_name": "Customer",
    "phone": "Phone",
    "customer_address": "Address",
    "product": "Product",
    "model": "Model",
    "serial": "Serial no.",
    "purchase_date": "Purchased",
    "install_date": "Installed",
    "warranty": "Warranty",
    "fault": "Fault",
    "appointment": "Appointment",
    "engineer": "Engineer",
    "engineer_phone": "Eng. phone",
    "visit_no": "Visit no.",
    "notes": "Notes",
    "warranty.in_warranty": "In warranty (free)",
    "warranty.main_part": "Main-part warranty",
    "warranty.repair_warranty": "Repair guarantee (free)",
    "warranty.out_of_warranty": "Out of warranty (charged)",
    "warranty.unknown": "To be checked",
    "arrival": "Arrived",
    "departure": "Left",
    "time_blank": "____ / ____     ____ : ____",
    "cause": "Cause found",
    "work": "Work done",
    "part_name": "Part",
    "part_no": "Part no. / serial",
    "quantity": "Qty",
    "unit_price": "Unit price",
    "amount": "Amount",
    "covered": "Warranty",
    "no_parts": "No parts replaced",
    "charge_travel": "Call-out",
    "charge_labour": "Labour",
    "charge_parts": "Parts",
    "charge_other": "Other",
    "total": "Total",
    "yuan": "CNY",
    "resolved": "Resolved?",
    "resolved.yes": "Resolved",
    "resolved.no": "Not resolved (another visit needed)",
    "follow_up": "Customer to do",
    "customer_comment": "Comments",
    "comment_hint": "If you have any comments or requests about our work, please write them here and sign.",
    "satisfaction": "Satisfaction",
    "satisfaction.satisfied": "Satisfied",
    "satisfaction.basically_satisfied": "Basically satisfied",
    "satisfaction.dissatisfied": "Dissatisfied",
    "customer_signature": "Customer signature",
    "engineer_signature": "Engineer signature",
    "signature_date": "Date",
    "signature_scanned": "(scanned paper signature)",
    "signature_binding": "Signatures bound to report content digest (SHA-256): {digest}",
    "yes": "Yes",
    "no": "No",
    "not_asked": "Not asked",
    "promise_policy": "Service policy: quality, speed, standards, sincerity; the customer first.",
    "promise_closing": "If you have any problem in use, call {hotline} and we will serve you promptly. "
    "Thank you for using our product.",
    "sheet_notice": "When the work is finished the engineer explains the result and anything you still need to do; "
    "please confirm and sign this sheet.",
    "charge_notice": "Out-of-warranty repairs are charged: the engineer shows the price list before starting and "
    "issues a receipt.",
    "slip_notice": "Phone the customer before each visit to agree the time and arrive on time; when the work is done "
    "the customer signs the service sheet, which you hand back.",
    "certificate_basis": "Issued under the Consumer Rights Protection Law, the 1995 Provisions on repair, exchange and "
    "return, and our published warranty policy.",
    "refuse_notice": "No free warranty remedy; a charged repair is offered.",
    "slip_no": "Slip no.",
    "slip_date": "Date",
    "slip_area": "Area",
    "slip_count": "Visits",
    "col_no": "#",
    "col_time": "Time",
    "col_ticket": "Ticket",
    "col_customer": "Customer / phone",
    "col_address": "Address",
    "col_job": "Product / fault",
    "col_parts": "Parts to take",
    "col_deadline": "Due",
    "col_done": "Done / signed",
    "dispatcher": "Dispatcher",
    "engineer_receipt": "Received by engineer",
    "claim_no": "Claim no.",
    "claim_date": "Claim date",
    "requested_remedy": "Customer asked for",
    "outcome": "Decision",
    "outcome.refund": "Refund",
    "outcome.exchange": "Exchange",
    "outcome.repair": "Free repair",
    "outcome.refuse": "Refused (charged repair offered)",
    "requested_denied": "The remedy the customer asked for is not allowed; the strongest allowed remedy was decided.",
    "rule": "Rule",
    "rule_explanation": "Explanation",
    "allowed_remedies": "Allowed remedies",
    "invoice_date": "Invoice date",
    "price": "Invoice price",
    "days_used": "Days in use",
    "repair_days": "Repair days deducted",
    "depreciation_days": "Depreciation days",
    "depreciation_rate": "Daily rate",
    "depreciation_amount": "Depreciation",
    "refund_amount": "Refund",
    "exchange_model": "Exchange model",
    "approver": "Approved by",
    "approved_at": "Approved at",
    "hq_confirmation": "HQ confirmation",
    "override_reason": "Supervisor's reason for override",
    "branch_seal": "Branch seal",
    "callback_time": "Called at",
    "service_date": "Service date",
    "agent": "Agent",
    "channel": "Channel",
    "channel.phone": "Phone call",
    "channel.visit": "Home visit",
    "reached": "Reached",
    "q1": "Satisfied with the engineer? Did they explain how to use the product and what to watch out for?",
    "q2": "Has the customer read the manual? Is anything unclear?",
    "q3": "Did the engineer fix the product? Is it working normally now?",
    "q4": "Suggestions about our service or products",
    "service_complaint": "Comments on the staff",
    "product_complaint": "Comments on product quality",
    "follow_up_needed": "Follow-up needed",
    "follow_up_ref": "Follow-up ref.",
    "closing_line": "Closing line",
    "closing.E1": "If you have any problem in use, call {hotline} and we will serve you promptly. "
    "Thank you for using our product.",
    "closing.E2": "Sorry for the trouble; please don't worry, we will solve it as soon as possible. Thanks again; "
    "for anything you need call {hotline}. Goodbye.",
    "closing.E3": "Thank you for choosing our product. Is there anything else we can do? Call {hotline}; "
    "we will give you the best service. Goodbye.",
}

_ZH.update(STOCK_ZH)
_EN.update(STOCK_EN)

CATALOGUE: Mapping[str, Mapping[str, str]] = {"zh": _ZH, "en": _EN}


class Labels:
    """Label lookup for one language; `labels("page_of", page=1, pages=2)` fills the placeholders."""

    def __init__(self, language: str) -> None:
        if language not in CATALOGUE:
            raise ValidationError("language_unsupported", "language", language=language)
        self.language = language
        self._table = CATALOGUE[language]
        # Chinese forms use the full-width colon after a label; English uses ": ".
        self.colon = "：" if language == "zh" else ": "

    def __call__(self, key: str, **params: Any) -> str:
        text = self._table[key]
        return text.format(**params) if params else text

    def code(self, prefix: str, value: str | None) -> str:
        """Label of a coded value such as `warranty.in_warranty`; an unknown code prints as itself, not as blank."""
        if not value:
            return ""
        return self._table.get(f"{prefix}.{value}", value)
