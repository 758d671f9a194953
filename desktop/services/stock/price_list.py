"""HQ's price-list workbook (配件价格表): the template the branch sends HQ, and reading a filled one back into
catalogue lines, every bad cell reported by row and column header instead of stopping at the first."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, cast

from desktop.errors import ValidationError
from desktop.services.stock.stock_records import PartInput, PriceListProblem

SHEET_TITLE = "配件价格表"
MAX_ROWS = 20_000
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/+#-]{0,39}$")
YES = {"是", "y", "yes", "true", "1", "√", "✓"}
NO = {"否", "n", "no", "false", "0", ""}


@dataclass(frozen=True)
class PriceColumn:
    key: str
    zh: str
    en: str
    required: bool = False
    width: float = 12
    note: str = ""


COLUMNS: tuple[PriceColumn, ...] = (
    PriceColumn("product_line", "产品线", "Product line", width=14,
                note="产品线名称或代码（太阳能热水器 / solar ...）；留空表示各产品线通用"),
    PriceColumn("code", "配件编码", "Part code", True, 18, note="总部配件编码，字母、数字和 . _ / + # -，不超过 40 位"),
    PriceColumn("name_zh", "配件名称", "Part name", True, 24, note="不超过 60 字"),
    PriceColumn("name_en", "英文名称", "English name", width=24, note="可留空"),
    PriceColumn("unit", "单位", "Unit", width=8, note="个、支、套 ...；留空为“个”"),
    PriceColumn("price", "单价（元）", "Price (yuan)", True, 12, note="不含税零售价，最多两位小数"),
    PriceColumn("warranty_part", "保修件", "Warranty part", width=10, note="是 / 否：三包期内免费，旧件须返还"),
    PriceColumn("main_part", "主要部件", "Main part", width=10, note="是 / 否：主要部件保修期内免费"),
    PriceColumn("consumable", "易耗品", "Consumable", width=10, note="是 / 否：滤芯等易耗品始终收费"),
    PriceColumn("reorder_level", "最低库存", "Minimum stock", width=10, note="库房低于此数量时提醒；留空为 0"),
)
_BY_HEADER = {h.strip().lower(): c for c in COLUMNS for h in (c.zh, c.en, c.key, c.zh.replace("（元）", ""))}


def write_template(path: Path, product_lines: Sequence[tuple[str, str]]) -> None:
    """An empty price list with the header row, yes/no drop-downs and an explanation sheet."""
    # openpyxl with the first price list, not when the parts service is built at start-up.
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.worksheet import Worksheet

    wb = Workbook()
    ws = cast(Worksheet, wb.active)  # a new workbook has its one worksheet
    ws.title = SHEET_TITLE
    ws.append([c.zh for c in COLUMNS])
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="FFF2CC")
    for index, column in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=index)
        cell.font = bold
        if column.required:
            cell.fill = fill
        ws.column_dimensions[get_column_letter(index)].width = column.width
    ws.freeze_panes = "A2"
    yes_no = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    ws.add_data_validation(yes_no)
    for key in ("warranty_part", "main_part", "consumable"):
        letter = get_column_letter([c.key for c in COLUMNS].index(key) + 1)
        yes_no.add(f"{letter}2:{letter}{MAX_ROWS}")
    guide = wb.create_sheet("说明")
    guide.append(["列", "必填", "说明"])
    for column in COLUMNS:
        guide.append([column.zh, "是" if column.required else "", column.note])
    guide.append([])
    guide.append(["产品线", "代码"])
    for code, name in product_lines:
        guide.append([name, code])
    guide.column_dimensions["A"].width = 16
    guide.column_dimensions["C"].width = 60
    for cell in guide[1]:
        cell.font = bold
    wb.save(path)


@dataclass(frozen=True)
class ReadLine:
    row: int
    part: PartInput


def read_price_list(path: Path, product_lines: Mapping[str, str]) -> tuple[list[ReadLine], list[PriceListProblem]]:
    """Lines that passed every check, and every problem found. `product_lines` maps a lower-case code or name
    to the product line's code. ValidationError("price_list_unreadable") when the file is not a workbook."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError as exc:
        raise ValidationError("price_list_unreadable", "path", file=path.name) from exc
    except Exception as exc:  # openpyxl raises several unrelated types for a file that is not a workbook
        raise ValidationError("price_list_unreadable", "path", file=path.name) from exc
    try:
        ws = wb[SHEET_TITLE] if SHEET_TITLE in wb.sheetnames else wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        header = next(rows, None)
        return _read_rows(header, rows, product_lines)
    finally:
        wb.close()


def _read_rows(header: Sequence[Any] | None, rows: Iterable[Sequence[Any]],
               product_lines: Mapping[str, str]) -> tuple[list[ReadLine], list[PriceListProblem]]:
    positions: dict[str, int] = {}
    for index, title in enumerate(header or ()):
        column = _BY_HEADER.get(str(title or "").strip().lower())
        if column is not None and column.key not in positions:
            positions[column.key] = index
    missing = [c for c in COLUMNS if c.required and c.key not in positions]
    if missing:
        return [], [PriceListProblem(1, c.zh, "missing_column") for c in missing]
    lines: list[ReadLine] = []
    problems: list[PriceListProblem] = []
    seen: dict[str, int] = {}
    for row_no, values in enumerate(rows, start=2):
        if row_no > MAX_ROWS + 1:
            problems.append(PriceListProblem(row_no, "", "too_many_rows", str(MAX_ROWS)))
            break
        cells = {key: values[i] if i < len(values) else None for key, i in positions.items()}
        if all(v is None or str(v).strip() == "" for v in cells.values()):
            continue
        found: list[PriceListProblem] = []
        part = _line(row_no, cells, product_lines, found)
        if part is not None and part.code.upper() in seen:
            found.append(PriceListProblem(row_no, _header("code"), "duplicate_code",
                                          f"{part.code} ({seen[part.code.upper()]})"))
        if found:
            problems.extend(found)
        elif part is not None:
            seen[part.code.upper()] = row_no
            lines.append(ReadLine(row_no, part))
    return lines, problems


def _header(key: str) -> str:
    return next(c.zh for c in COLUMNS if c.key == key)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _line(row: int, cells: Mapping[str, Any], product_lines: Mapping[str, str],
          problems: list[PriceListProblem]) -> PartInput | None:
    def problem(key: str, code: str, value: Any = "") -> None:
        problems.append(PriceListProblem(row, _header(key), code, _text(value)[:60]))

    line_text = _text(cells.get("product_line"))
    line = ""
    if line_text:
        line = product_lines.get(line_text.lower(), "")
        if not line:
            problem("product_line", "unknown_product_line", line_text)
    code = _text(cells.get("code"))
    if not code:
        problem("code", "required")
    elif not CODE_PATTERN.match(code):
        problem("code", "bad_code", code)
    name_zh = _text(cells.get("name_zh"))
    if not name_zh:
        problem("name_zh", "required")
    elif len(name_zh) > 60:
        problem("name_zh", "too_long", name_zh)
    name_en = _text(cells.get("name_en"))
    if len(name_en) > 80:
        problem("name_en", "too_long", name_en)
    unit = _text(cells.get("unit")) or "个"
    if len(unit) > 10:
        problem("unit", "too_long", unit)
    price = _price(cells.get("price"), lambda c, v: problem("price", c, v))
    flags = {}
    for key in ("warranty_part", "main_part", "consumable"):
        text = _text(cells.get(key)).lower()
        if text in YES:
            flags[key] = True
        elif text in NO:
            flags[key] = False
        else:
            problem(key, "not_yes_no", text)
    level_text = _text(cells.get("reorder_level"))
    level = 0
    if level_text:
        try:
            level = int(Decimal(level_text))
            if level < 0 or Decimal(level_text) != level:
                raise InvalidOperation
        except (InvalidOperation, ValueError):
            problem("reorder_level", "not_a_count", level_text)
    if flags.get("consumable") and flags.get("warranty_part"):
        problem("consumable", "consumable_and_warranty", "")
    if problems and problems[-1].row == row:
        return None
    return PartInput(line, code, name_zh, name_en, unit, price, flags["warranty_part"], flags["main_part"],
                     flags["consumable"], level, True)


def _price(value: Any, problem: Any) -> int:
    if value is None or _text(value) == "":
        problem("required", "")
        return 0
    if isinstance(value, float):
        # A price Excel computed (e.g. with a discount formula) carries binary noise in the last digits.
        value = round(value, 6)
    try:
        amount = Decimal(_text(value).replace("¥", "").replace("￥", "").replace(",", ""))
    except InvalidOperation:
        problem("not_a_number", value)
        return 0
    if not amount.is_finite():
        problem("not_a_number", value)
        return 0
    if amount < 0:
        problem("negative", value)
        return 0
    if amount != amount.quantize(Decimal("0.01")):
        problem("too_many_decimals", value)
        return 0
    if amount > 1_000_000:
        problem("too_large", value)
        return 0
    return int(amount * 100)
