"""The columns of the branch's own workbooks: customers with their units, and past service records. Each field has
its template heading in Chinese and English and the headings branches commonly use for it, so a workbook that
does not follow the template is matched as far as possible before the clerk maps the rest."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportField:
    key: str
    zh: str
    en: str
    required: bool = False
    aliases: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        return self.zh if language == "zh" else self.en

    def headings(self) -> tuple[str, ...]:
        return (self.zh.lower(), self.en.lower(), *(a.lower() for a in self.aliases))


CUSTOMER_FIELDS = (
    ImportField("name", "客户姓名", "Customer name", True, ("姓名", "用户姓名", "客户", "用户", "客户名称", "name")),
    ImportField("phone", "联系电话", "Phone", True,
                ("电话", "手机", "手机号", "手机号码", "电话号码", "联系方式", "mobile", "telephone")),
    ImportField("phone2", "其他电话", "Other phone", False, ("备用电话", "电话2", "座机", "固定电话")),
    ImportField("district", "区县", "District", False, ("区", "县", "区域", "所在区县", "区/县")),
    ImportField("address", "详细地址", "Address", False, ("地址", "住址", "安装地址", "用户地址", "家庭住址")),
    ImportField("model", "型号", "Model", False, ("产品型号", "机型", "规格型号")),
    ImportField("serial", "机身编号", "Serial number", False,
                ("编号", "机号", "序列号", "出厂编号", "机器编号", "serial", "sn", "s/n")),
    ImportField("invoice_date", "购买日期", "Purchase date", False,
                ("发票日期", "购机日期", "销售日期", "购买时间", "开票日期", "invoice date")),
    ImportField("installation_date", "安装日期", "Installation date", False, ("安装时间", "装机日期")),
    ImportField("proof", "三包凭证", "Proof of purchase", False, ("凭证", "购买凭证", "proof")),
    ImportField("usage", "用途", "Usage", False, ("使用性质", "家用/商用", "usage")),
    # Last, so that workbooks made from the template before towns existed keep their columns.
    ImportField("town", "乡镇", "Town", False, ("镇", "乡", "街道", "乡镇/街道", "乡镇街道", "所在乡镇", "township")),
)

SERVICE_FIELDS = (
    ImportField("phone", "联系电话", "Phone", True,
                ("电话", "手机", "手机号", "手机号码", "电话号码", "联系方式", "mobile", "telephone")),
    ImportField("model", "型号", "Model", False, ("产品型号", "机型", "规格型号")),
    ImportField("serial", "机身编号", "Serial number", False,
                ("编号", "机号", "序列号", "出厂编号", "机器编号", "serial", "sn", "s/n")),
    ImportField("served_on", "服务日期", "Service date", True, ("维修日期", "日期", "上门日期", "报修日期", "date")),
    ImportField("fault", "故障描述", "Fault", True, ("故障", "故障现象", "报修内容", "问题", "fault description")),
    ImportField("work_done", "处理情况", "Work done", False, ("维修内容", "处理措施", "处理方法", "work")),
    ImportField("engineer", "维修人员", "Engineer", False, ("工程师", "师傅", "维修工", "服务人员")),
    ImportField("result", "是否修好", "Fixed", False, ("结果", "维修结果", "处理结果", "result")),
)

KINDS = {"customers": CUSTOMER_FIELDS, "services": SERVICE_FIELDS}
# The template's sheet titles; a sheet with one of these titles is read as that kind.
KIND_SHEETS = {"customers": ("客户与机器", "Customers and units"), "services": ("服务记录", "Service records")}


def fields_of(kind: str) -> tuple[ImportField, ...]:
    return KINDS[kind]


def field(kind: str, key: str) -> ImportField:
    return next(f for f in KINDS[kind] if f.key == key)


def guess_kind(title: str, headers: tuple[str, ...]) -> str | None:
    """The kind of a sheet by its title, else by which kind's headings it matches best (None: nothing fits)."""
    wanted = title.strip().lower()
    for kind, names in KIND_SHEETS.items():
        if wanted in (names[0], names[1].lower()):
            return kind
    scores = {kind: len(guess_columns(kind, headers)) for kind in KINDS}
    service_only = {"served_on", "fault"} <= set(guess_columns("services", headers))
    if service_only:
        return "services"
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] >= 2 and {"name", "phone"} <= set(guess_columns(best, headers)) else None


def guess_columns(kind: str, headers: tuple[str, ...]) -> dict[str, int]:
    """field key → column index for every heading that names a field (exact heading, else a known alias)."""
    cleaned = [" ".join(str(h or "").split()).lower() for h in headers]
    found: dict[str, int] = {}
    used: set[int] = set()
    for import_field in KINDS[kind]:
        for heading in import_field.headings():
            if heading in cleaned and cleaned.index(heading) not in used:
                found[import_field.key] = cleaned.index(heading)
                used.add(found[import_field.key])
                break
    return found
