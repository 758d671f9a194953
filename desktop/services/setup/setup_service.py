"""The first start of a real branch: the wizard saves each page as a draft (so Back, Next and a restart lose
nothing), and Finish creates the branch, its catalogue, commitments, engineers and accounts in one transaction.

The wizard acts as permissions.setup_actor() (no account exists yet); every method is refused once a supervisor
can sign in, so the wizard can never run over a working branch."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argon2 import PasswordHasher
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.database import Database
from desktop.errors import StateError, ValidationError
from desktop.imports import cells
from desktop.models import (
    Branch,
    Engineer,
    FaultCategory,
    ProductLine,
    ProductModel,
    Setting,
    SetupDraft,
    User,
)
from desktop.rules.warranty import PeriodRule
from desktop.services.admin.password_policy import check_password
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.branch_code import check_code_free
from desktop.services.core.permissions import require
from desktop.services.core.region import REGION_KEY
from desktop.services.core.settings_store import load_warranty_policy
from desktop.services.setup import setup_checks, setup_storage
from desktop.services.setup.setup_records import (
    PAGES,
    BranchPage,
    CataloguePage,
    CommitmentsPage,
    EngineersPage,
    FaultInput,
    LineInput,
    ModelInput,
    SetupState,
    SigningPage,
    UsersPage,
)

# A new product line gets this fault list when HQ's catalogue names none (the standard lines get the seeds' lists).
GENERIC_FAULTS = (FaultInput("不能正常使用", "Not working", "not_working"), FaultInput("漏水", "Leaking", "leak"),
                  FaultInput("新机安装", "New installation", "install"), FaultInput("移机", "Relocation", "relocate"),
                  FaultInput("其他", "Other", "other"))

Page = BranchPage | CataloguePage | CommitmentsPage | EngineersPage | UsersPage | SigningPage


def standard_faults(line_code: str) -> tuple[FaultInput, ...]:
    # The fault vocabulary of seeds 000 and 002 (not demo data: no customer, ticket or person in it).
    from desktop.demo.catalogue import FAULT_CATEGORIES

    listed = FAULT_CATEGORIES.get(line_code)
    if not listed:
        return GENERIC_FAULTS
    return tuple(FaultInput(zh, en, code) for code, zh, en in listed)


class SetupService(Service):
    def __init__(self, database: Database, hasher: PasswordHasher | None = None) -> None:
        super().__init__(database)
        self._hasher = hasher or PasswordHasher()

    # ---- state ---------------------------------------------------------------------------------------------------

    def needs_setup(self, actor: Actor) -> bool:
        """True until someone can sign in: no branch yet, or a branch whose accounts all lack a password."""
        with self._reading(actor, "setup.run") as session:
            return _needs_setup(session)

    def state(self, actor: Actor) -> SetupState:
        """The saved draft (the page to reopen, every page saved so far); a fresh start opens the first page."""
        with self._reading(actor, "setup.run") as session:
            draft = session.get(SetupDraft, 1)
            if draft is None:
                return SetupState(PAGES[0])
            state = setup_storage.state_from_json(draft.page if draft.page in PAGES else PAGES[0], draft.pages or {})
            if state.catalogue is not None:
                state = replace(state, catalogue=replace(
                    state.catalogue, lines_without_policy=setup_checks.lines_without_policy(state.catalogue.lines)))
            return state

    # ---- pages ---------------------------------------------------------------------------------------------------

    def save_page(self, actor: Actor, page: Page, *, next_page: str | None = None) -> Page:
        """Check one page against the pages before it, store it (passwords hashed) and remember which page to
        reopen. Returns the page as stored: codes made, phone numbers normalised, passwords dropped."""
        require(actor, "setup.run")
        key = setup_storage.page_key(page)
        with self._writing(actor, "setup.run") as session:
            _refuse_when_done(session)
            draft = _draft(session)
            state = setup_storage.state_from_json(draft.page, draft.pages or {})
            hashes: dict[str, str] = {}
            cleaned = self._check(session, page, state)
            if isinstance(cleaned, UsersPage):
                stored = (draft.pages or {}).get("users")
                known = setup_storage.users_from_json(stored)[1] if isinstance(stored, dict) else {}
                cleaned, hashes = self._hash_passwords(cleaned, known)
            pages = dict(draft.pages or {})
            pages[key] = setup_storage.to_json(cleaned, hashes)
            draft.pages = pages
            draft.page = next_page if next_page in PAGES else key
            draft.updated_at = utc_now()
            audit.record(session, None, "setup.save_page", "setup_draft", 1, None, {"page": key})
            return cleaned

    def keep_page(self, actor: Actor, page: str, typed: Page | None = None) -> None:
        """The wizard is being closed: reopen it on this page next time, with what was typed on it (kept as it is,
        checked on Next; passwords typed but not yet accepted are not kept)."""
        require(actor, "setup.run")
        if page not in PAGES:
            raise ValidationError("invalid_choice", "page")
        with self._writing(actor, "setup.run") as session:
            _refuse_when_done(session)
            draft = _draft(session)
            if typed is not None and setup_storage.page_key(typed) == page:
                pages = dict(draft.pages or {})
                hashes: dict[str, str] = {}
                if isinstance(typed, UsersPage) and isinstance(pages.get("users"), dict):
                    hashes = setup_storage.users_from_json(pages["users"])[1]
                pages[page] = setup_storage.to_json(typed, hashes)
                draft.pages = pages
            draft.page = page
            draft.updated_at = utc_now()
            audit.record(session, None, "setup.keep_page", "setup_draft", 1, None, {"page": page})

    def commitment_defaults(self, actor: Actor) -> CommitmentsPage:
        """Each commitment's default, and an on-site window per product line saved on the catalogue page."""
        state = self.state(actor)
        codes = tuple(line.code for line in state.catalogue.lines) if state.catalogue else ()
        return setup_checks.default_commitments(codes)

    def _check(self, session: Session, page: Page, state: SetupState) -> Page:
        if isinstance(page, BranchPage):
            cleaned = setup_checks.check_branch(page)
            check_code_free(session, cleaned.code, _adoptable_branch_id(session))
            return cleaned
        if isinstance(page, CataloguePage):
            return setup_checks.check_catalogue(page)
        if isinstance(page, CommitmentsPage):
            return setup_checks.check_commitments(page, _line_codes(state))
        if isinstance(page, EngineersPage):
            return setup_checks.check_engineers(page, _places(state), set(_line_codes(state)))
        if isinstance(page, UsersPage):
            names = {e.name for e in state.engineers.engineers} if state.engineers else set()
            return setup_checks.check_users(page, names)
        return setup_checks.check_signing(page)

    def _hash_passwords(self, page: UsersPage, known: dict[str, str]) -> tuple[UsersPage, dict[str, str]]:
        hashes: dict[str, str] = {}
        accounts = []
        for row, account in enumerate((page.supervisor, *page.others)):
            if account.password:
                try:
                    check_password(account.password, account.username)
                except ValidationError as exc:
                    raise ValidationError(exc.code, "password", row=row, **exc.params) from exc
                hashes[account.username] = self._hasher.hash(account.password)
            elif account.username in known:
                hashes[account.username] = known[account.username]
            else:
                raise ValidationError("password_required", "password", row=row, value=account.username)
            accounts.append(replace(account, password="", has_password=True))
        return UsersPage(accounts[0], tuple(accounts[1:])), hashes

    # ---- catalogue workbook and signing key checks ---------------------------------------------------------------

    def catalogue_template(self, actor: Actor, path: Path, language: str = "zh") -> Path:
        require(actor, "setup.run")
        # The workbook stack (openpyxl) loads when a workbook is made or read, not with the service.
        from desktop.imports.catalogue_workbook import write_catalogue_template

        return write_catalogue_template(path, language)

    def read_catalogue(self, actor: Actor, path: Path) -> CataloguePage:
        """HQ's catalogue workbook as the catalogue page (not yet saved: the wizard shows it for review)."""
        require(actor, "setup.run")
        from desktop.imports.catalogue_workbook import read_catalogue

        return catalogue_page(read_catalogue(path))

    def check_signing(self, actor: Actor, choice: str, passphrase: str = "", p12: bytes | None = None,
                      p12_password: str | None = None) -> str:
        """Before the branch exists: a passphrase long enough for the key, and HQ's PKCS#12 readable with its
        password, so a wrong file or password is said on the signing page, not after Finish. Returns the
        certificate's subject for an imported key ("" otherwise)."""
        require(actor, "setup.run")
        setup_checks.check_signing(SigningPage(choice))
        if choice == "skip":
            return ""
        from desktop.printing.signing import MIN_PASSPHRASE_LENGTH

        if len(passphrase or "") < MIN_PASSPHRASE_LENGTH:
            raise ValidationError("passphrase_too_short", "passphrase", minimum=MIN_PASSPHRASE_LENGTH)
        if choice == "create":
            return ""
        if not p12:
            raise ValidationError("required", "p12")
        from cryptography.hazmat.primitives.serialization import pkcs12

        try:
            key, certificate, _ = pkcs12.load_key_and_certificates(
                p12, p12_password.encode("utf-8") if p12_password else None)
        except (ValueError, TypeError) as exc:
            raise ValidationError("pkcs12_unreadable", "p12") from exc
        if key is None or certificate is None:
            raise ValidationError("pkcs12_incomplete", "p12")
        return certificate.subject.rfc4514_string()

    # ---- finish --------------------------------------------------------------------------------------------------

    def finish(self, actor: Actor) -> Actor:
        """Check every page again in order, then create the branch and everything on it in one transaction.
        Returns the supervisor, signed in (they have just chosen the password)."""
        require(actor, "setup.run")
        with self._writing(actor, "setup.run") as session:
            _refuse_when_done(session)
            draft = _draft(session)
            pages = draft.pages or {}
            for key in PAGES:
                if not isinstance(pages.get(key), dict):
                    raise ValidationError("setup_incomplete", key, page=key)
            state = setup_storage.state_from_json(draft.page, pages)
            hashes = setup_storage.users_from_json(pages["users"])[1]
            checked: dict[str, Page] = {}
            for key, page in (("branch", state.branch), ("catalogue", state.catalogue),
                              ("commitments", state.commitments), ("engineers", state.engineers),
                              ("users", state.users), ("signing", state.signing)):
                assert page is not None
                try:
                    checked[key] = self._check(session, page, replace(
                        state, **{k: v for k, v in checked.items()}))  # type: ignore[arg-type]
                except ValidationError as exc:
                    raise ValidationError(exc.code, exc.field, page=key, **exc.params) from exc
            users = checked["users"]
            assert isinstance(users, UsersPage)
            for row, account in enumerate((users.supervisor, *users.others)):
                if account.username not in hashes:
                    raise ValidationError("password_required", "password", page="users", row=row,
                                          value=account.username)
            supervisor = _create_branch(session, checked, hashes)
            session.execute(delete(SetupDraft))
            return supervisor


# ---- module helpers ----------------------------------------------------------------------------------------------


def _needs_setup(session: Session) -> bool:
    usable = session.scalar(select(func.count()).select_from(User).where(
        User.password_hash.is_not(None), User.active.is_(True)))
    return not usable


def _refuse_when_done(session: Session) -> None:
    if not _needs_setup(session):
        raise StateError("setup_finished")


def _adoptable_branch_id(session: Session) -> int | None:
    """A branch created by an earlier version's first start whose supervisor never chose a password: the wizard
    completes that branch instead of creating a second one."""
    return session.scalar(select(Branch.id).order_by(Branch.id).limit(1))


def _draft(session: Session) -> SetupDraft:
    draft = session.get(SetupDraft, 1)
    if draft is None:
        now = utc_now()
        draft = SetupDraft(id=1, page=PAGES[0], pages={}, started_at=now, updated_at=now)
        session.add(draft)
        session.flush()
    return draft


def _line_codes(state: SetupState) -> tuple[str, ...]:
    if state.catalogue is None:
        raise ValidationError("setup_incomplete", "catalogue", page="catalogue")
    return tuple(line.code for line in state.catalogue.lines)


def _places(state: SetupState) -> set[str]:
    if state.branch is None:
        raise ValidationError("setup_incomplete", "branch", page="branch")
    places: set[str] = set()
    for district in state.branch.region.districts:
        places.add(district.name)
        places.update(district.towns)
    return places


if TYPE_CHECKING:
    from desktop.imports.catalogue_workbook import CatalogueRows


def catalogue_page(rows: CatalogueRows) -> CataloguePage:
    """Workbook rows → the catalogue page; a number that is not a number is refused with its sheet and row."""

    def months(row_values: dict[str, Any], field: str, sheet: str, row: int) -> int | None:
        try:
            return cells.whole_number(row_values.get(field))
        except cells.CellError as exc:
            raise ValidationError("months_invalid", "file", sheet=sheet, row=row, maximum=120) from exc

    faults: dict[str, list[FaultInput]] = {}
    for fault in rows.faults:
        line = cells.text(fault.values.get("line"))
        name = cells.text(fault.values.get("name_zh"))
        if line and name:
            faults.setdefault(line, []).append(FaultInput(name, cells.text(fault.values.get("name_en")) or name))
    lines = tuple(
        LineInput(cells.text(r.values.get("name_zh")), cells.text(r.values.get("name_en")),
                  months(r.values, "whole_unit_months", "lines", r.row),
                  months(r.values, "main_parts_months", "lines", r.row),
                  tuple(faults.get(cells.text(r.values.get("name_zh")), ())))
        for r in rows.lines)
    models = tuple(ModelInput(cells.text(r.values.get("line")), cells.text(r.values.get("code")),
                              cells.text(r.values.get("name"))) for r in rows.models)
    return CataloguePage(lines, models, setup_checks.lines_without_policy(lines))


def _create_branch(session: Session, pages: dict[str, Page], hashes: dict[str, str]) -> Actor:
    branch_page, catalogue, commitments = pages["branch"], pages["catalogue"], pages["commitments"]
    engineers, users = pages["engineers"], pages["users"]
    assert isinstance(branch_page, BranchPage) and isinstance(catalogue, CataloguePage)
    assert isinstance(commitments, CommitmentsPage) and isinstance(engineers, EngineersPage)
    assert isinstance(users, UsersPage)
    now = utc_now()
    branch = session.get(Branch, _adoptable_branch_id(session) or 0)
    before = audit.snapshot(branch) if branch is not None else None
    if branch is None:
        branch = Branch(created_at=now)
        session.add(branch)
    branch.code, branch.name = branch_page.code, branch_page.name
    branch.address, branch.hotline = branch_page.address, branch_page.hotline
    session.flush()

    # The accounts first: the rest is audited as done by the supervisor who set the branch up.
    accounts: dict[str, User] = {}
    for account in (users.supervisor, *users.others):
        user = session.scalar(select(User).where(User.username == account.username))
        if user is None:
            user = User(username=account.username, created_at=now)
            session.add(user)
        user.branch_id, user.display_name, user.role = branch.id, account.display_name, account.role
        user.password_hash, user.active, user.failed_attempts = hashes[account.username], True, 0
        accounts[account.username] = user
    session.flush()
    boss = accounts[users.supervisor.username]
    actor = Actor(boss.id, boss.username, boss.display_name, boss.role, branch.id)
    audit.record(session, actor, "branch.create" if before is None else "branch.update", "branch", branch.id,
                 before, {**audit.snapshot(branch), "setup": True})
    for user in accounts.values():
        audit.record(session, actor, "user.create", "app_user", user.id, None, audit.snapshot(user))

    _set(session, actor, branch.id, REGION_KEY, branch_page.region.to_value())
    windows = commitments.onsite_windows
    policy = load_warranty_policy(session, branch.id)
    periods = {line: dict(by_usage) for line, by_usage in policy.periods.items()}
    main_parts = dict(policy.main_parts)
    consumables = dict(policy.consumable_parts)
    line_ids: dict[str, int] = {}
    for line_input in catalogue.lines:
        line = session.scalar(select(ProductLine).where(ProductLine.code == line_input.code))
        if line is None:
            line = ProductLine(code=line_input.code)
            session.add(line)
        line.name_zh, line.name_en = line_input.name_zh, line_input.name_en
        line.onsite_window_minutes = windows.get(line_input.code, 24 * 60)
        session.flush()
        line_ids[line_input.name_zh] = line.id
        audit.record(session, actor, "catalogue.line", "product_line", line.id, None, audit.snapshot(line))
        existing_faults = set(session.scalars(select(FaultCategory.code).where(
            FaultCategory.product_line_id == line.id)))
        for fault in line_input.faults or standard_faults(line_input.code):
            if fault.code not in existing_faults:
                session.add(FaultCategory(product_line_id=line.id, code=fault.code, name_zh=fault.name_zh,
                                          name_en=fault.name_en))
        if line_input.whole_unit_months is not None and line_input.main_parts_months is not None:
            rule = PeriodRule(line_input.whole_unit_months, line_input.main_parts_months)
            periods[line_input.code] = {"household": rule, "commercial": rule}
            main_parts.setdefault(line_input.code, frozenset())
            consumables.setdefault(line_input.code, frozenset())
    if periods != {line: dict(by_usage) for line, by_usage in policy.periods.items()}:
        updated = replace(policy, periods=periods, main_parts=main_parts, consumable_parts=consumables).validate()
        _set(session, actor, branch.id, "policy.warranty", updated.to_dict())
    for model_input in catalogue.models:
        model = session.scalar(select(ProductModel).where(ProductModel.code == model_input.code))
        if model is None:
            model = ProductModel(code=model_input.code, main_parts=[])
            session.add(model)
        model.product_line_id, model.name, model.active = line_ids[model_input.line], model_input.name, True
        session.flush()
        audit.record(session, actor, "catalogue.model", "product_model", model.id, None, audit.snapshot(model))
    for key, value in commitments.values.items():
        _set(session, actor, branch.id, key, value)

    linked = {a.engineer: accounts[a.username].id for a in users.others if a.engineer}
    for engineer_input in engineers.engineers:
        engineer = Engineer(branch_id=branch.id, name=engineer_input.name, phone=engineer_input.phone,
                            areas=list(engineer_input.areas), skills=list(engineer_input.skills),
                            working_days=engineer_input.working_days, work_start=engineer_input.work_start,
                            work_end=engineer_input.work_end, user_id=linked.get(engineer_input.name), active=True)
        session.add(engineer)
        session.flush()
        audit.record(session, actor, "engineer.create", "engineer", engineer.id, None, audit.snapshot(engineer))
    return actor


def _set(session: Session, actor: Actor, branch_id: int, key: str, value: object) -> None:
    row = session.scalar(select(Setting).where(Setting.branch_id == branch_id, Setting.key == key))
    before = None if row is None else {"value": row.value}
    if row is None:
        session.add(Setting(branch_id=branch_id, key=key, value=value))
    else:
        row.value = value
    audit.record(session, actor, "setting.set", "setting", None, before, {"key": key, "value": value})

