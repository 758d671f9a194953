"""What the workbooks say to people: the template's notes and the reasons in the bad-rows workbook, in Chinese
and English (the screens translate the same codes through Qt)."""

from __future__ import annotations

from desktop.imports.record_fields import KINDS

NOTES = {
    "zh": (
        "填写说明",
        "1. 每行一台机器；同一客户有几台机器就写几行，客户姓名和联系电话相同即视为同一客户。",
        "2. 红色表头为必填：客户姓名、联系电话；服务记录为联系电话、服务日期、故障描述。",
        "3. 电话：手机 11 位；座机带区号，如 0372-2108187；分机写成 0372-2108187转803。",
        "4. 日期：写成 2025-03-18 或设为日期格式；不能晚于今天，安装日期不能早于购买日期。",
        "5. 型号必须是本网点产品目录中的型号；填了型号就要填机身编号，同一型号的机身编号不能重复。",
        "6. 三包凭证：发票、仅保修卡、无；用途：家用、商用；是否修好：是、否。",
        "7. 同一文件重复导入不会重复建客户、机器或服务记录。",
    ),
    "en": (
        "How to fill in",
        "1. One row per unit; a customer with several units has several rows with the same name and phone.",
        "2. Headings in red are required: customer name and phone; for service records phone, date and fault.",
        "3. Phones: mobiles have 11 digits; landlines include the area code, e.g. 0372-2108187 (extension: 转803).",
        "4. Dates: 2025-03-18 or a date cell; never after today; installation not before purchase.",
        "5. The model must be in the branch's catalogue; a model needs its serial, and a serial appears once "
        "per model.",
        "6. Proof: invoice, card only, none; usage: household, commercial; fixed: yes, no.",
        "7. Importing the same file again creates no second customer, unit or service record.",
    ),
}

REPORT_COLUMNS = {"zh": ("原文件行号", "问题"), "en": ("Row in the original file", "Problems")}

_REASONS = {
    "zh": {
        "missing_value": "{column}未填写",
        "bad_phone": "{column}不是有效的电话号码（{value}）",
        "bad_date": "{column}不是日期（{value}）",
        "future_date": "{column}晚于今天（{value}）",
        "installed_before_sale": "安装日期早于购买日期",
        "unknown_model": "型号不在产品目录中（{value}）",
        "duplicate_serial": "机身编号在本文件中重复（{value}）",
        "serial_taken": "该机身编号已属于另一位客户（{value}）",
        "phone_taken": "该电话已属于另一位客户（{value}）",
        "serial_without_model": "填了机身编号但没有型号",
        "model_without_serial": "填了型号但没有机身编号",
        "unknown_value": "{column}无法识别（{value}）",
        "unknown_district": "区县不在本网点的区域列表中（{value}）",
        "too_long": "{column}太长",
        "unknown_customer": "找不到这个电话的客户（{value}）",
        "unknown_unit": "找不到这台机器（{value}）",
        "invoice_date_required": "三包凭证为发票时需要购买日期",
    },
    "en": {
        "missing_value": "{column} is empty",
        "bad_phone": "{column} is not a valid phone number ({value})",
        "bad_date": "{column} is not a date ({value})",
        "future_date": "{column} is after today ({value})",
        "installed_before_sale": "installation date before the purchase date",
        "unknown_model": "model not in the catalogue ({value})",
        "duplicate_serial": "serial number appears twice in this file ({value})",
        "serial_taken": "this serial number belongs to another customer ({value})",
        "phone_taken": "this phone belongs to another customer ({value})",
        "serial_without_model": "a serial number without a model",
        "model_without_serial": "a model without its serial number",
        "unknown_value": "{column} not recognised ({value})",
        "unknown_district": "district not in the branch's region ({value})",
        "too_long": "{column} is too long",
        "unknown_customer": "no customer with this phone ({value})",
        "unknown_unit": "no such unit ({value})",
        "invoice_date_required": "an invoice needs its purchase date",
    },
}


def problem_text(code: str, field_key: str, kind: str, language: str, value: str = "") -> str:
    lang = "zh" if language == "zh" else "en"
    column = next((f.label(lang) for f in KINDS.get(kind, ()) if f.key == field_key), field_key)
    template = _REASONS[lang].get(code, _REASONS[lang]["unknown_value"])
    return template.format(column=column, value=value)
