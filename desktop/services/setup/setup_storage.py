"""The wizard's pages as JSON in setup_draft.pages (and back). Passwords are stored only as Argon2 hashes."""

from __future__ import annotations

from datetime import time
from typing import Any

from desktop.services.core.region import District, Region, region_from_value
from desktop.services.setup.setup_records import (
    AccountInput,
    BranchPage,
    CataloguePage,
    CommitmentsPage,
    EngineerInput,
    EngineersPage,
    FaultInput,
    LineInput,
    ModelInput,
    SetupState,
    SigningPage,
    UsersPage,
)

PAGE_TYPES: dict[type, str] = {BranchPage: "branch", CataloguePage: "catalogue", CommitmentsPage: "commitments",
                               EngineersPage: "engineers", UsersPage: "users", SigningPage: "signing"}


def page_key(page: object) -> str:
    return PAGE_TYPES[type(page)]


def _hhmm(value: time) -> str:
    return value.strftime("%H:%M")


def _time(text: Any, default: time) -> time:
    try:
        hours, minutes = str(text).split(":")
        return time(int(hours), int(minutes))
    except (ValueError, TypeError):
        return default


def to_json(page: object, hashes: dict[str, str] | None = None) -> dict[str, Any]:
    if isinstance(page, BranchPage):
        return {"name": page.name, "code": page.code, "address": page.address, "hotline": page.hotline,
                "region": page.region.to_value()}
    if isinstance(page, CataloguePage):
        return {"lines": [{"code": ln.code, "name_zh": ln.name_zh, "name_en": ln.name_en,
                           "whole_unit_months": ln.whole_unit_months, "main_parts_months": ln.main_parts_months,
                           "faults": [[f.name_zh, f.name_en, f.code] for f in ln.faults]} for ln in page.lines],
                "models": [[m.line, m.code, m.name] for m in page.models]}
    if isinstance(page, CommitmentsPage):
        return {"values": dict(page.values), "onsite_windows": dict(page.onsite_windows)}
    if isinstance(page, EngineersPage):
        return {"engineers": [{"name": e.name, "phone": e.phone, "areas": list(e.areas), "skills": list(e.skills),
                               "working_days": e.working_days, "work_start": _hhmm(e.work_start),
                               "work_end": _hhmm(e.work_end)} for e in page.engineers]}
    if isinstance(page, UsersPage):
        hashes = hashes or {}

        def account(a: AccountInput) -> dict[str, Any]:
            return {"username": a.username, "display_name": a.display_name, "role": a.role, "engineer": a.engineer,
                    "password_hash": hashes.get(a.username, "")}

        return {"supervisor": account(page.supervisor), "others": [account(a) for a in page.others]}
    if isinstance(page, SigningPage):
        return {"choice": page.choice}
    raise TypeError(type(page).__name__)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _int_or_none(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def branch_from_json(data: dict[str, Any]) -> BranchPage:
    region = region_from_value(data.get("region"))
    return BranchPage(_str(data.get("name")), _str(data.get("code")), _str(data.get("address")),
                      _str(data.get("hotline")),
                      Region(region.province, region.city, tuple(District(d.name, d.towns) for d in region.districts)))


def catalogue_from_json(data: dict[str, Any]) -> CataloguePage:
    lines = tuple(
        LineInput(_str(ln.get("name_zh")), _str(ln.get("name_en")), _int_or_none(ln.get("whole_unit_months")),
                  _int_or_none(ln.get("main_parts_months")),
                  tuple(FaultInput(*(_str(v) for v in f[:3])) for f in ln.get("faults") or () if len(f) >= 3),
                  _str(ln.get("code")))
        for ln in data.get("lines") or () if isinstance(ln, dict))
    models = tuple(ModelInput(*(_str(v) for v in m[:3])) for m in data.get("models") or () if len(m) >= 3)
    return CataloguePage(lines, models)


def commitments_from_json(data: dict[str, Any]) -> CommitmentsPage:
    return CommitmentsPage(dict(data.get("values") or {}), dict(data.get("onsite_windows") or {}))


def engineers_from_json(data: dict[str, Any]) -> EngineersPage:
    return EngineersPage(tuple(
        EngineerInput(_str(e.get("name")), _str(e.get("phone")), tuple(e.get("areas") or ()),
                      tuple(e.get("skills") or ()), _str(e.get("working_days")) or "1111110",
                      _time(e.get("work_start"), time(8, 0)), _time(e.get("work_end"), time(18, 0)))
        for e in data.get("engineers") or () if isinstance(e, dict)))


def users_from_json(data: dict[str, Any]) -> tuple[UsersPage, dict[str, str]]:
    hashes: dict[str, str] = {}

    def account(a: dict[str, Any]) -> AccountInput:
        if a.get("password_hash"):
            hashes[_str(a.get("username"))] = _str(a.get("password_hash"))
        return AccountInput(_str(a.get("username")), _str(a.get("display_name")), _str(a.get("role")),
                            _str(a.get("engineer")), "", bool(a.get("password_hash")))

    supervisor = account(data.get("supervisor") or {})
    return UsersPage(supervisor, tuple(account(a) for a in data.get("others") or () if isinstance(a, dict))), hashes


def state_from_json(page: str, pages: dict[str, Any]) -> SetupState:
    def get(key: str) -> dict[str, Any] | None:
        value = pages.get(key)
        return value if isinstance(value, dict) else None

    branch, catalogue, commitments = get("branch"), get("catalogue"), get("commitments")
    engineers, users, signing = get("engineers"), get("users"), get("signing")
    return SetupState(
        page,
        branch_from_json(branch) if branch else None,
        catalogue_from_json(catalogue) if catalogue else None,
        commitments_from_json(commitments) if commitments else None,
        engineers_from_json(engineers) if engineers else None,
        users_from_json(users)[0] if users else None,
        SigningPage(_str(signing.get("choice"))) if signing else None,
    )
