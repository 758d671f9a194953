"""What each page of the setup wizard holds, as the view sends it and as the service gives it back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time

from desktop.services.core.region import Region

PAGES = ("branch", "catalogue", "commitments", "engineers", "users", "signing")
SIGNING_CHOICES = ("create", "import", "skip")


@dataclass(frozen=True)
class BranchPage:
    name: str
    code: str
    address: str
    hotline: str
    region: Region


@dataclass(frozen=True)
class FaultInput:
    name_zh: str
    name_en: str
    # Internal key; "" for a new one (the service makes it). People see only the names.
    code: str = ""


@dataclass(frozen=True)
class LineInput:
    name_zh: str
    name_en: str
    # The 三包 periods of the line in months; None leaves the line without a warranty policy (flagged).
    whole_unit_months: int | None = None
    main_parts_months: int | None = None
    faults: tuple[FaultInput, ...] = ()
    # Internal key (solar, purifier, ...); "" for a new line: the service makes one. People see only the names.
    code: str = ""


@dataclass(frozen=True)
class ModelInput:
    # The product line by its Chinese name, as people pick it.
    line: str
    code: str
    name: str


@dataclass(frozen=True)
class CataloguePage:
    lines: tuple[LineInput, ...]
    models: tuple[ModelInput, ...]
    # Filled by the service: names of lines that would have no 三包 policy (claims on them could not be decided).
    lines_without_policy: tuple[str, ...] = ()


@dataclass(frozen=True)
class CommitmentsPage:
    # Setting key → value (minutes, days or a yes/no), see setup/commitments.py.
    values: dict[str, int | bool]
    # Product-line code → promised on-site window in minutes.
    onsite_windows: dict[str, int]


@dataclass(frozen=True)
class EngineerInput:
    name: str
    phone: str
    areas: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    working_days: str = "1111110"
    work_start: time = time(8, 0)
    work_end: time = time(18, 0)


@dataclass(frozen=True)
class EngineersPage:
    engineers: tuple[EngineerInput, ...]


@dataclass(frozen=True)
class AccountInput:
    username: str
    display_name: str
    role: str
    # For an engineer's account: the name of the engineer (Engineers page) whose visits it sees.
    engineer: str = ""
    # Typed by the supervisor; never stored or given back: the draft keeps a hash, has_password says so.
    password: str = field(default="", repr=False)
    has_password: bool = False


@dataclass(frozen=True)
class UsersPage:
    supervisor: AccountInput
    others: tuple[AccountInput, ...] = ()


@dataclass(frozen=True)
class SigningPage:
    choice: str


@dataclass(frozen=True)
class SetupState:
    """The saved draft: the page to reopen and every page saved so far (None: not reached yet)."""

    page: str
    branch: BranchPage | None = None
    catalogue: CataloguePage | None = None
    commitments: CommitmentsPage | None = None
    engineers: EngineersPage | None = None
    users: UsersPage | None = None
    signing: SigningPage | None = None
