"""Checks of each wizard page: raise ValidationError(code, field, row=…) for the first problem, return the page
cleaned. Later pages are checked against earlier ones (engineers' areas against the region, skills against the
product lines), so the whole draft is checked again, in page order, when the branch is created."""

from __future__ import annotations

import re
from datetime import time

from desktop.errors import ValidationError
from desktop.models.organisation import ROLES
from desktop.rules.phones import parse_phone
from desktop.rules.warranty import WarrantyPolicy
from desktop.services.core.region import clean_region
from desktop.services.core.validation import clean_text
from desktop.services.setup.commitments import COMMITMENTS, ONSITE_MAXIMUM, ONSITE_MINIMUM, onsite_default
from desktop.services.setup.setup_records import (
    SIGNING_CHOICES,
    AccountInput,
    BranchPage,
    CataloguePage,
    CommitmentsPage,
    EngineerInput,
    EngineersPage,
    FaultInput,
    LineInput,
    ModelInput,
    SigningPage,
    UsersPage,
)

LINE_CODE = re.compile(r"^[a-z][a-z0-9_]{0,19}$")
FAULT_CODE = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,40}$")
HOTLINE_CHARACTERS = re.compile(r"^[0-9\-\s()（）转]+$")
MAX_MONTHS = 120
MAX_LINES, MAX_MODELS, MAX_ENGINEERS, MAX_ACCOUNTS = 30, 2000, 200, 100


def check_branch(page: BranchPage) -> BranchPage:
    from desktop.services.core.branch_code import clean_branch_code

    name = clean_text(page.name, "name", max_length=100, required=True)
    code = clean_branch_code(page.code)
    address = clean_text(page.address, "address", max_length=200, required=True)
    hotline = clean_text(page.hotline, "hotline", max_length=40, required=True)
    digits = sum(ch.isdigit() for ch in hotline)
    # 5-digit service numbers (95xxx), 400/800 numbers and landlines with area code all fit 5..16 digits.
    if not HOTLINE_CHARACTERS.match(hotline) or not 5 <= digits <= 16:
        raise ValidationError("hotline_invalid", "hotline")
    return BranchPage(name, code, address, hotline, clean_region(page.region))


def _months(value: int | None, field: str, row: int) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_MONTHS:
        raise ValidationError("months_invalid", field, row=row, maximum=MAX_MONTHS)
    return value


# Internal keys of the product lines the seeds describe, so the 三包 policy and the seed commitments apply to them.
STANDARD_LINES = {"太阳能热水器": "solar", "净水器": "purifier", "自动售水机": "vending", "校园饮水": "campus",
                  "solar water heater": "solar", "water purifier": "purifier", "water vending machine": "vending",
                  "campus drinking water": "campus"}


def make_key(name_zh: str, name_en: str, taken: set[str], prefix: str, pattern: re.Pattern[str]) -> str:
    """A stable internal key for a new line or fault: the standard one, else from the English name, else numbered."""
    standard = (STANDARD_LINES.get(name_zh) or STANDARD_LINES.get(name_en.lower())) if prefix == "line" else None
    candidates = [standard] if standard else []
    slug = re.sub(r"[^a-z0-9]+", "_", name_en.lower()).strip("_")[:20].strip("_")
    if slug and slug[0].isalpha():
        candidates.append(slug)
    for candidate in candidates:
        if candidate and pattern.match(candidate) and candidate not in taken:
            return candidate
    number = 1
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _faults(faults: tuple[FaultInput, ...]) -> tuple[FaultInput, ...]:
    cleaned: list[FaultInput] = []
    for fault in faults:
        name_zh = clean_text(fault.name_zh, "faults", max_length=40, required=True)
        name_en = clean_text(fault.name_en, "faults", max_length=60) or name_zh
        if any(f.name_zh == name_zh for f in cleaned):
            continue
        code = (fault.code or "").strip().lower()
        taken = {f.code for f in cleaned}
        if not FAULT_CODE.match(code) or code in taken:
            code = make_key(name_zh, name_en, taken, "fault", FAULT_CODE)
        cleaned.append(FaultInput(name_zh, name_en, code))
    return tuple(cleaned)


def _line(line: LineInput, row: int, taken: set[str]) -> LineInput:
    name_zh = clean_text(line.name_zh, "lines", max_length=40, required=True)
    name_en = clean_text(line.name_en, "lines", max_length=60) or name_zh
    whole = _months(line.whole_unit_months, "lines", row)
    main = _months(line.main_parts_months, "lines", row)
    if (whole is None) != (main is None):
        raise ValidationError("periods_incomplete", "lines", row=row, value=name_zh)
    if whole is not None and main is not None and main < whole:
        raise ValidationError("main_parts_shorter", "lines", row=row, value=name_zh)
    code = (line.code or "").strip().lower()
    if not LINE_CODE.match(code) or code in taken:
        code = make_key(name_zh, name_en, taken, "line", LINE_CODE)
    return LineInput(name_zh, name_en, whole, main, _faults(line.faults), code)


def lines_without_policy(lines: tuple[LineInput, ...]) -> tuple[str, ...]:
    """Lines neither in the default 三包 policy nor given periods here: a claim on them could not be decided."""
    known = WarrantyPolicy.default().periods

    def code(line: LineInput) -> str:
        return line.code or STANDARD_LINES.get(line.name_zh.strip()) or STANDARD_LINES.get(
            line.name_en.strip().lower(), "")

    return tuple(line.name_zh for line in lines if line.whole_unit_months is None and code(line) not in known)


def check_catalogue(page: CataloguePage) -> CataloguePage:
    if not page.lines:
        raise ValidationError("product_lines_required", "lines")
    if len(page.lines) > MAX_LINES:
        raise ValidationError("too_many_items", "lines", max_items=MAX_LINES)
    lines: list[LineInput] = []
    for row, line in enumerate(page.lines, start=1):
        cleaned = _line(line, row, {existing.code for existing in lines})
        if any(existing.name_zh == cleaned.name_zh for existing in lines):
            raise ValidationError("line_name_duplicate", "lines", row=row, value=cleaned.name_zh)
        lines.append(cleaned)
    by_name = {line.name_zh: line for line in lines}
    if len(page.models) > MAX_MODELS:
        raise ValidationError("too_many_items", "models", max_items=MAX_MODELS)
    models: list[ModelInput] = []
    seen: set[str] = set()
    for row, model in enumerate(page.models, start=1):
        line_name = (model.line or "").strip()
        if line_name not in by_name:
            raise ValidationError("model_line_unknown", "models", row=row, value=line_name)
        code = clean_text(model.code, "models", max_length=40, required=True).upper()
        if code in seen:
            raise ValidationError("model_code_duplicate", "models", row=row, value=code)
        seen.add(code)
        models.append(ModelInput(line_name, code, clean_text(model.name, "models", max_length=80) or code))
    if not models:
        raise ValidationError("models_required", "models")
    without = sorted(set(by_name) - {m.line for m in models})
    if without:
        raise ValidationError("line_without_models", "models", value="、".join(without))
    return CataloguePage(tuple(lines), tuple(models), lines_without_policy(tuple(lines)))


def default_commitments(line_codes: tuple[str, ...]) -> CommitmentsPage:
    return CommitmentsPage({c.key: c.default for c in COMMITMENTS},
                           {code: onsite_default(code)[0] for code in line_codes})


def check_commitments(page: CommitmentsPage, line_codes: tuple[str, ...]) -> CommitmentsPage:
    values: dict[str, int | bool] = {}
    for commitment in COMMITMENTS:
        value = page.values.get(commitment.key, commitment.default)
        if commitment.unit == "flag":
            if not isinstance(value, bool):
                raise ValidationError("wrong_setting_type", commitment.key)
        elif isinstance(value, bool) or not isinstance(value, int) or not (
                commitment.minimum <= value <= commitment.maximum):
            raise ValidationError("value_out_of_range", commitment.key, minimum=commitment.minimum,
                                  maximum=commitment.maximum)
        values[commitment.key] = value
    windows: dict[str, int] = {}
    for code in line_codes:
        minutes = page.onsite_windows.get(code, onsite_default(code)[0])
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
                ONSITE_MINIMUM <= minutes <= ONSITE_MAXIMUM):
            raise ValidationError("value_out_of_range", f"onsite.{code}", minimum=ONSITE_MINIMUM,
                                  maximum=ONSITE_MAXIMUM)
        windows[code] = minutes
    return CommitmentsPage(values, windows)


def _names(values: tuple[str, ...], field: str, allowed: set[str], row: int, code: str) -> tuple[str, ...]:
    cleaned: list[str] = []
    for value in values:
        text = (value or "").strip()
        if not text or text in cleaned:
            continue
        if text not in allowed:
            raise ValidationError(code, field, row=row, value=text)
        cleaned.append(text)
    return tuple(cleaned)


def check_engineer(engineer: EngineerInput, row: int, places: set[str], line_codes: set[str]) -> EngineerInput:
    name = clean_text(engineer.name, "name", max_length=60, required=True)
    try:
        phone = parse_phone(engineer.phone)
    except ValidationError as exc:
        raise ValidationError(exc.code, "phone", row=row, **exc.params) from exc
    areas = _names(engineer.areas, "areas", places, row, "area_unknown")
    if not areas:
        raise ValidationError("areas_required", "areas", row=row)
    skills = _names(engineer.skills, "skills", line_codes, row, "unknown_product_line")
    if not skills:
        raise ValidationError("skills_required", "skills", row=row)
    days = engineer.working_days
    if len(days) != 7 or set(days) - {"0", "1"} or "1" not in days:
        raise ValidationError("working_days_invalid", "working_days", row=row)
    if not isinstance(engineer.work_start, time) or not isinstance(engineer.work_end, time) or \
            engineer.work_end <= engineer.work_start:
        raise ValidationError("work_hours_order", "work_end", row=row)
    return EngineerInput(name, phone.number, areas, skills, days, engineer.work_start, engineer.work_end)


def check_engineers(page: EngineersPage, places: set[str], line_codes: set[str]) -> EngineersPage:
    if not page.engineers:
        raise ValidationError("engineers_required", "engineers")
    if len(page.engineers) > MAX_ENGINEERS:
        raise ValidationError("too_many_items", "engineers", max_items=MAX_ENGINEERS)
    cleaned: list[EngineerInput] = []
    for row, engineer in enumerate(page.engineers, start=1):
        item = check_engineer(engineer, row, places, line_codes)
        if any(e.name == item.name for e in cleaned):
            # Accounts are linked to engineers by name on the next page.
            raise ValidationError("engineer_name_duplicate", "name", row=row, value=item.name)
        cleaned.append(item)
    return EngineersPage(tuple(cleaned))


def check_account(account: AccountInput, row: int, engineer_names: set[str]) -> AccountInput:
    username = (account.username or "").strip()
    if not username:
        raise ValidationError("required", "username", row=row)
    if not USERNAME.match(username):
        raise ValidationError("username_invalid", "username", row=row, value=username)
    display = clean_text(account.display_name, "display_name", max_length=60, required=True)
    if account.role not in ROLES:
        raise ValidationError("unknown_role", "role", row=row)
    engineer = (account.engineer or "").strip()
    if account.role == "engineer":
        if not engineer:
            raise ValidationError("engineer_link_required", "engineer", row=row, value=username)
        if engineer not in engineer_names:
            raise ValidationError("engineer_link_unknown", "engineer", row=row, value=engineer)
    else:
        engineer = ""
    return AccountInput(username, display, account.role, engineer, account.password, account.has_password)


def check_users(page: UsersPage, engineer_names: set[str]) -> UsersPage:
    """Shape only; passwords are checked and hashed by the service (it knows which ones are already stored)."""
    supervisor = check_account(page.supervisor, 0, engineer_names)
    if supervisor.role != "supervisor":
        raise ValidationError("supervisor_required", "role", row=0)
    if len(page.others) > MAX_ACCOUNTS:
        raise ValidationError("too_many_items", "users", max_items=MAX_ACCOUNTS)
    others: list[AccountInput] = []
    seen = {supervisor.username.lower()}
    linked: set[str] = set()
    for row, account in enumerate(page.others, start=1):
        item = check_account(account, row, engineer_names)
        if item.username.lower() in seen:
            raise ValidationError("username_taken", "username", row=row, value=item.username)
        if item.engineer and item.engineer in linked:
            raise ValidationError("user_already_linked", "engineer", row=row, value=item.engineer)
        seen.add(item.username.lower())
        if item.engineer:
            linked.add(item.engineer)
        others.append(item)
    return UsersPage(supervisor, tuple(others))


def check_signing(page: SigningPage) -> SigningPage:
    if page.choice not in SIGNING_CHOICES:
        raise ValidationError("invalid_choice", "choice")
    return page
