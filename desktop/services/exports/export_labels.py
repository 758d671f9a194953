"""Workbook cell text for the codes stored in the database, in the workbook's header language (zh or en).

Workbook content, like a printed form, is data chosen by the export's language, not UI text for Qt Linguist."""

from __future__ import annotations

from collections.abc import Mapping

from desktop.exports.records import Language

_Labels = Mapping[str, tuple[str, str]]

TICKET_STATUS: _Labels = {
    "new": ("受理", "New"), "triage": ("电话处理中", "Triage"), "resolved_by_phone": ("电话解决", "Resolved by phone"),
    "dispatched": ("已派单", "Dispatched"), "scheduled": ("已预约", "Scheduled"), "on_site": ("上门服务中", "On site"),
    "completed": ("已完成", "Completed"), "unresolved": ("未解决", "Unresolved"), "escalated": ("已升级", "Escalated"),
    "closed": ("已关闭", "Closed"), "cancelled": ("已取消", "Cancelled"),
}
CHANNEL: _Labels = {"hotline": ("电话", "Hotline"), "walk_in": ("来访", "Walk-in"),
                    "salesperson": ("业务员", "Salesperson"), "online": ("网络", "Online")}
PRIORITY: _Labels = {"normal": ("普通", "Normal"), "urgent": ("加急", "Urgent"), "critical": ("特急", "Critical")}
WARRANTY: _Labels = {"whole_unit": ("整机保修", "Whole unit"), "main_parts": ("主要部件保修", "Main parts"),
                     "out_of_period": ("保外", "Out of warranty"), "unknown": ("未知", "Unknown")}
VISIT_RESULT: _Labels = {"resolved": ("已解决", "Resolved"), "unresolved": ("未解决", "Unresolved")}
REMEDY: _Labels = {"refund": ("退货", "Refund"), "exchange": ("调换", "Exchange"), "repair": ("修理", "Repair"),
                   "refuse": ("不予三包", "Refused"), "pending": ("待裁定", "Pending")}
COMPLAINT_SOURCE: _Labels = {"callback": ("回访", "Callback"), "phone": ("电话", "Phone"), "visit": ("上门", "Visit")}
COMPLAINT_CONCERNS: _Labels = {"staff": ("服务人员", "Staff"), "product": ("产品", "Product"),
                               "other": ("其他", "Other")}
COMPLAINT_STATUS: _Labels = {"open": ("处理中", "Open"), "inspected": ("已核实", "Inspected"),
                             "answered": ("已答复", "Answered"), "closed": ("已关闭", "Closed")}
# The callback questions (seed 000 回访规范; docs/domain.md) by the answer keys the callback service stores.
CALLBACK_QUESTION: _Labels = {"reached": ("已接通", "Reached"),
                              "q1_service_satisfied": ("对服务人员满意", "Satisfied with the engineer"),
                              "q1_explained_use": ("介绍了使用方法和注意事项", "Use and care explained"),
                              "q2_manual_read": ("看过说明书", "Manual read"),
                              "q3_working": ("已修好、使用正常", "Fixed and working"),
                              "q5_conduct_kept": ("上门服务规范（鞋套、场地清、四不）", "Visit conduct kept"),
                              "q4_suggestions": ("建议", "Suggestions"),
                              "service_complaint": ("对服务人员的意见", "Comments on the staff"),
                              "product_complaint": ("对产品质量的意见", "Comments on the product"),
                              "on_time": ("是否按约定时间上门", "Arrived on time"),
                              "fixed": ("问题是否已解决", "Problem fixed"),
                              "charged_correctly": ("收费是否合理", "Charged correctly"),
                              "attitude": ("服务态度", "Attitude")}
YES_NO = {True: ("是", "Yes"), False: ("否", "No")}
# The installation acceptance items (models.installation.ACCEPTANCE_ITEMS), worded as on the printed form.
ACCEPTANCE_ITEM: _Labels = {
    "packaging_intact": ("外包装完好", "Packaging intact"),
    "parts_complete": ("配件齐全", "All parts present"),
    "serial_matches": ("型号编号相符", "Model and serial match"),
    "drilling_agreed": ("打孔前征得同意", "Drilling agreed"),
    "test_run_ok": ("试机正常", "Test run normal"),
    "site_cleaned": ("现场已清理", "Site cleaned"),
}


def label(labels: _Labels, code: str | None, language: Language) -> str:
    """Unknown codes pass through unchanged: a new state must never break an export."""
    if not code:
        return ""
    pair = labels.get(code)
    if pair is None:
        return code
    return pair[0] if language == "zh" else pair[1]


def answer_text(value: object, language: Language) -> str:
    if isinstance(value, bool):
        zh, en = YES_NO[value]
        return zh if language == "zh" else en
    return "" if value is None else str(value)
