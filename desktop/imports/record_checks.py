"""Each row of a record workbook checked on its own and against the rows before it (pure: the service supplies the
catalogue's models, the region and today, and checks against the database itself). A row gets every problem it
has, each with its column, so the clerk can correct them all in one pass."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.errors import ValidationError
from desktop.imports import cells
from desktop.imports.record_types import RowProblem
from desktop.rules.phones import Phone, parse_phone

PROOF_WORDS = {"invoice": ("发票", "有发票", "收据", "invoice"),
               "card_only": ("保修卡", "仅保修卡", "三包卡", "三包凭证", "card", "card only"),
               "none": ("无", "没有", "none", "no")}
USAGE_WORDS = {"household": ("家用", "家庭", "household", "home"), "commercial": ("商用", "商业", "commercial")}
RESULT_WORDS = {"resolved": ("是", "已修好", "修好", "已解决", "解决", "yes", "y", "√", "resolved", "fixed"),
                "unresolved": ("否", "未修好", "没修好", "未解决", "no", "n", "×", "unresolved")}
LIMITS = {"name": 100, "address": 200, "district": 20, "town": 20, "serial": 40, "fault": 2000, "work_done": 2000,
          "engineer": 60}


@dataclass(frozen=True)
class CustomerRow:
    row: int
    name: str
    phones: tuple[Phone, ...]
    district: str
    address: str
    model: str  # catalogue model code, "" when the row has no unit
    serial: str
    invoice_date: date | None
    installation_date: date | None
    proof: str
    usage: str
    town: str = ""  # the 乡镇/街道, "" when the sheet has none


@dataclass(frozen=True)
class ServiceRow:
    row: int
    phone: Phone
    model: str
    serial: str
    served_on: date
    fault: str
    work_done: str
    engineer: str
    result: str


def _word(value: str, words: Mapping[str, tuple[str, ...]]) -> str | None:
    wanted = value.strip().lower()
    for code, spellings in words.items():
        if wanted in spellings:
            return code
    return None


class RowChecker:
    """Collects the problems of one row; `text`, `day`, `phone` read a field and note what is wrong with it."""

    def __init__(self, sheet: str, row: int, values: Mapping[str, Any], today: date) -> None:
        self.sheet, self.row, self.values, self.today = sheet, row, values, today
        self.problems: list[RowProblem] = []

    def problem(self, field: str, code: str, value: str = "") -> None:
        self.problems.append(RowProblem(self.sheet, self.row, field, code, value[:60]))

    def text(self, field: str, required: bool = False) -> str:
        value = cells.text(self.values.get(field))
        if required and not value:
            self.problem(field, "missing_value")
        if len(value) > LIMITS.get(field, 200):
            self.problem(field, "too_long")
            return ""
        return value

    def day(self, field: str, required: bool = False) -> date | None:
        raw = self.values.get(field)
        try:
            value = cells.day(raw)
        except cells.CellError:
            self.problem(field, "bad_date", cells.text(raw))
            return None
        if value is None and required:
            self.problem(field, "missing_value")
        if value is not None and value > self.today:
            self.problem(field, "future_date", value.isoformat())
            return None
        return value

    def phone(self, field: str, required: bool = False) -> Phone | None:
        raw = cells.text(self.values.get(field))
        if not raw:
            if required:
                self.problem(field, "missing_value")
            return None
        try:
            return parse_phone(raw, field)
        except ValidationError:
            self.problem(field, "bad_phone", raw)
            return None


class CustomerChecks:
    """Rows of a customers-and-units sheet; remembers the serials already seen in the file."""

    def __init__(self, sheet: str, models: set[str], districts: set[str], today: date,
                 town_districts: Mapping[str, str] | None = None) -> None:
        """`districts`: the region's districts and towns (empty: any); `town_districts`: each listed town's district,
        so that a town written in the district column, or a town without its district, is placed."""
        self.sheet, self.models, self.districts, self.today = sheet, models, districts, today
        self.town_districts = dict(town_districts or {})
        self._serials: dict[tuple[str, str], int] = {}

    def check(self, row: int, values: Mapping[str, Any]) -> tuple[CustomerRow | None, list[RowProblem]]:
        c = RowChecker(self.sheet, row, values, self.today)
        name = c.text("name", required=True)
        phone = c.phone("phone", required=True)
        phone2 = c.phone("phone2")
        district = c.text("district")
        town = c.text("town")
        if district in self.town_districts and not town:
            # Branches often kept one column for 区县 or 乡镇: a town there is the town of its district.
            district, town = self.town_districts[district], district
        elif town in self.town_districts and not district:
            district = self.town_districts[town]
        if district and self.districts and district not in self.districts:
            c.problem("district", "unknown_district", district)
        address = c.text("address")
        model = c.text("model").upper()
        serial = c.text("serial").upper()
        if model and model not in self.models:
            c.problem("model", "unknown_model", model)
        if serial and not model:
            c.problem("model", "serial_without_model")
        if model and not serial:
            c.problem("serial", "model_without_serial")
        if model and serial:
            first = self._serials.setdefault((model, serial), row)
            if first != row:
                c.problem("serial", "duplicate_serial", serial)
        invoice_date = c.day("invoice_date")
        installation_date = c.day("installation_date")
        if invoice_date and installation_date and installation_date < invoice_date:
            c.problem("installation_date", "installed_before_sale")
        proof_text = c.text("proof")
        proof = _word(proof_text, PROOF_WORDS) if proof_text else ("invoice" if invoice_date else "none")
        if proof is None:
            c.problem("proof", "unknown_value", proof_text)
        elif proof == "invoice" and invoice_date is None and not any(p.field == "invoice_date" for p in c.problems):
            c.problem("invoice_date", "invoice_date_required")
        usage_text = c.text("usage")
        usage = _word(usage_text, USAGE_WORDS) if usage_text else "household"
        if usage is None:
            c.problem("usage", "unknown_value", usage_text)
        if c.problems or phone is None or proof is None or usage is None:
            return None, c.problems
        phones = (phone,) if phone2 is None or phone2.number == phone.number else (phone, phone2)
        return CustomerRow(row, name, phones, district, address, model if serial else "", serial, invoice_date,
                           installation_date, proof, usage, town), []


class ServiceChecks:
    def __init__(self, sheet: str, models: set[str], today: date) -> None:
        self.sheet, self.models, self.today = sheet, models, today

    def check(self, row: int, values: Mapping[str, Any]) -> tuple[ServiceRow | None, list[RowProblem]]:
        c = RowChecker(self.sheet, row, values, self.today)
        phone = c.phone("phone", required=True)
        model = c.text("model").upper()
        serial = c.text("serial").upper()
        if model and model not in self.models:
            c.problem("model", "unknown_model", model)
        if serial and not model:
            c.problem("model", "serial_without_model")
        served_on = c.day("served_on", required=True)
        fault = c.text("fault", required=True)
        work_done = c.text("work_done")
        engineer = c.text("engineer")
        result_text = c.text("result")
        result = _word(result_text, RESULT_WORDS) if result_text else "resolved"
        if result is None:
            c.problem("result", "unknown_value", result_text)
        if c.problems or phone is None or served_on is None or result is None:
            return None, c.problems
        return ServiceRow(row, phone, model if serial else "", serial, served_on, fault, work_done, engineer,
                          result), []
