"""Warranty policy, the shared 三包 date arithmetic (rules S-1, S-2, docs/domain.md) and the intake warranty status."""

from __future__ import annotations

import calendar
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import Any

from desktop.errors import ValidationError

USAGES = ("household", "commercial")
PROOFS = ("invoice", "card_only", "none")
CLOCK_STARTS = ("installation", "invoice")
COVERAGES = ("whole_unit", "main_parts", "out_of_period", "unknown")

# The part vocabulary engineers pick from (a claim's `part`, the policy's part lists); the policy editor may only
# name these, so a typo such as "Tank" cannot silently turn a main part into an ordinary one.
PARTS = (
    "tank",
    "tube",
    "collector",
    "bracket",
    "controller",
    "electric_heater",
    "pipe",
    "valve",
    "pump",
    "booster",
    "power_board",
    "display_board",
    "temperature_limiter",
    "meter",
    "remote_control",
    "hose",
    "knob",
    "filter",
    "membrane",
    "faucet",
    "housing",
    "other",
)

# 1995 art. 6(2): the repairer guarantees a repaired product works for at least 30 days; a policy may promise
# more (the default is 90) but never less.
STATUTORY_REPAIR_WARRANTY_FLOOR_DAYS = 30

POLICY_FORMAT_VERSION = 1


@dataclass(frozen=True)
class PeriodRule:
    """Whole-unit and main-part periods in months; main_parts_months == whole_unit_months means no extension."""

    whole_unit_months: int
    main_parts_months: int

    @property
    def has_main_part_extension(self) -> bool:
        return self.main_parts_months > self.whole_unit_months


# Seed 002's water lines besides the household purifier: community vending machines and campus drinking units.
WATER_LINES = ("purifier", "vending", "campus")
# [P] a product line added to the catalogue before HQ sets its policy: the 1995 catalogue's shortest whole-unit
# period (one year), no main-part extension.
GENERIC_PERIODS = MappingProxyType({"household": PeriodRule(12, 12), "commercial": PeriodRule(12, 12)})


def _freeze_nested(periods: Mapping[str, Mapping[str, PeriodRule]]) -> Mapping[str, Mapping[str, PeriodRule]]:
    return MappingProxyType({line: MappingProxyType(dict(by_usage)) for line, by_usage in periods.items()})


def _freeze_parts(parts: Mapping[str, Any]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType({line: frozenset(names) for line, names in parts.items()})


@dataclass(frozen=True)
class WarrantyPolicy:
    """The branch/HQ 三包 settings; every figure HQ must confirm is a field here."""

    periods: Mapping[str, Mapping[str, PeriodRule]]
    main_parts: Mapping[str, frozenset[str]]
    consumable_parts: Mapping[str, frozenset[str]]
    depreciation_rate_per_day: Decimal = Decimal("0.0005")
    repair_warranty_days: int = 90
    failed_repairs_before_exchange: int = 2
    clock_start: str = "installation"
    no_proof_start_offset_days: int = 90
    hq_confirms_exchange: bool = True
    hq_confirms_refund: bool = True
    holiday_extension: bool = False
    # Rest days (法定休假日) HQ publishes each year; only read when holiday_extension is on, because a pure
    # engine has no calendar of its own and weekends swapped for working days (调休) differ every year.
    rest_days: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        # Frozen all the way down: a policy read from the settings table must not change under a running decision.
        object.__setattr__(self, "periods", _freeze_nested(self.periods))
        object.__setattr__(self, "main_parts", _freeze_parts(self.main_parts))
        object.__setattr__(self, "consumable_parts", _freeze_parts(self.consumable_parts))
        object.__setattr__(self, "rest_days", frozenset(self.rest_days))

    @classmethod
    def default(cls) -> WarrantyPolicy:
        """Proposed defaults: solar 1 year / main parts 3 years / commercial 6 months for the whole unit with no
        main-part extension; purifier 1 year with filters as consumables; the water lines of seed 002 (vending
        machines, campus units) as purifiers."""
        return cls(
            periods={
                "solar": {
                    "household": PeriodRule(whole_unit_months=12, main_parts_months=36),
                    # [B1]: a retail unit in commercial use has 6 months for the whole unit, main parts included.
                    "commercial": PeriodRule(whole_unit_months=6, main_parts_months=6),
                },
                **{line: {"household": PeriodRule(12, 12), "commercial": PeriodRule(12, 12)}
                   for line in WATER_LINES},
            },
            main_parts={"solar": frozenset({"tank", "tube", "collector", "bracket"}),
                        **{line: frozenset() for line in WATER_LINES}},
            consumable_parts={"solar": frozenset(),
                              **{line: frozenset({"filter", "membrane"}) for line in WATER_LINES}},
        )

    def covering(self, product_lines: Iterable[str]) -> WarrantyPolicy:
        """This policy with a period for every product line of the catalogue, so no unit meets an
        "unknown product line" at its first claim. A line HQ has not set yet takes its default above, or a
        plain one year for the whole unit with no main-part extension and no part lists."""
        missing = [line for line in product_lines if line not in self.periods]
        if not missing:
            return self
        base = WarrantyPolicy.default()
        periods = {line: dict(by_usage) for line, by_usage in self.periods.items()}
        main_parts, consumables = dict(self.main_parts), dict(self.consumable_parts)
        for line in missing:
            periods[line] = dict(base.periods.get(line, GENERIC_PERIODS))
            main_parts.setdefault(line, base.main_parts.get(line, frozenset()))
            consumables.setdefault(line, base.consumable_parts.get(line, frozenset()))
        return dataclasses.replace(self, periods=periods, main_parts=main_parts, consumable_parts=consumables)

    def period_for(self, product_line: str, usage: str) -> PeriodRule:
        if product_line not in self.periods:
            raise ValidationError("unknown_product_line", "product_line", value=product_line)
        by_usage = self.periods[product_line]
        if usage not in by_usage:
            raise ValidationError("unknown_usage", "usage", value=usage)
        return by_usage[usage]

    def is_main_part(self, product_line: str, part: str | None) -> bool:
        return part is not None and part in self.main_parts.get(product_line, frozenset())

    def is_consumable(self, product_line: str, part: str | None) -> bool:
        return part is not None and part in self.consumable_parts.get(product_line, frozenset())

    def validate(self) -> WarrantyPolicy:
        """Raise ValidationError(code, field) for the first bad setting; return self so calls can chain."""
        if not self.periods:
            raise ValidationError("no_product_lines", "periods")
        for line, by_usage in self.periods.items():
            if not by_usage:
                raise ValidationError("no_usages", f"periods.{line}")
            for usage, rule in by_usage.items():
                where = f"periods.{line}.{usage}"
                if usage not in USAGES:
                    raise ValidationError("unknown_usage", where, value=usage)
                for name in ("whole_unit_months", "main_parts_months"):
                    months = getattr(rule, name)
                    if not _is_int(months):
                        raise ValidationError("not_an_integer", f"{where}.{name}")
                    if months < 0:
                        raise ValidationError("negative_period", f"{where}.{name}", value=months)
                if rule.main_parts_months < rule.whole_unit_months:
                    raise ValidationError("main_parts_shorter_than_whole_unit", f"{where}.main_parts_months")
        for setting in ("main_parts", "consumable_parts"):
            for line, parts in getattr(self, setting).items():
                if line not in self.periods:
                    raise ValidationError("unknown_product_line", f"{setting}.{line}", value=line)
                unknown = sorted(set(parts) - set(PARTS))
                if unknown:
                    raise ValidationError("unknown_part", f"{setting}.{line}", value=unknown[0])
        for line in self.main_parts:
            both = self.main_parts[line] & self.consumable_parts.get(line, frozenset())
            if both:
                raise ValidationError("part_both_main_and_consumable", f"main_parts.{line}", value=min(both))
        rate = self.depreciation_rate_per_day
        if not isinstance(rate, Decimal) or not rate.is_finite():
            raise ValidationError("not_a_decimal", "depreciation_rate_per_day")
        if rate < 0 or rate >= 1:
            raise ValidationError("rate_out_of_range", "depreciation_rate_per_day", value=str(rate))
        for name in ("repair_warranty_days", "failed_repairs_before_exchange", "no_proof_start_offset_days"):
            if not _is_int(getattr(self, name)):
                raise ValidationError("not_an_integer", name)
        if self.repair_warranty_days < STATUTORY_REPAIR_WARRANTY_FLOOR_DAYS:
            raise ValidationError(
                "below_statutory_floor", "repair_warranty_days", floor=STATUTORY_REPAIR_WARRANTY_FLOOR_DAYS
            )
        if self.failed_repairs_before_exchange < 1:
            raise ValidationError("must_be_positive", "failed_repairs_before_exchange")
        if self.no_proof_start_offset_days < 0:
            raise ValidationError("negative_period", "no_proof_start_offset_days")
        if self.clock_start not in CLOCK_STARTS:
            raise ValidationError("unknown_clock_start", "clock_start", value=self.clock_start)
        return self

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (Decimal and dates as strings, sets as sorted lists) for the settings table."""
        return {
            "version": POLICY_FORMAT_VERSION,
            "periods": {
                line: {
                    usage: {"whole_unit_months": r.whole_unit_months, "main_parts_months": r.main_parts_months}
                    for usage, r in by_usage.items()
                }
                for line, by_usage in self.periods.items()
            },
            "main_parts": {line: sorted(parts) for line, parts in self.main_parts.items()},
            "consumable_parts": {line: sorted(parts) for line, parts in self.consumable_parts.items()},
            "depreciation_rate_per_day": str(self.depreciation_rate_per_day),
            "repair_warranty_days": self.repair_warranty_days,
            "failed_repairs_before_exchange": self.failed_repairs_before_exchange,
            "clock_start": self.clock_start,
            "no_proof_start_offset_days": self.no_proof_start_offset_days,
            "hq_confirms_exchange": self.hq_confirms_exchange,
            "hq_confirms_refund": self.hq_confirms_refund,
            "holiday_extension": self.holiday_extension,
            "rest_days": sorted(d.isoformat() for d in self.rest_days),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WarrantyPolicy:
        """Inverse of to_dict; keys missing from an older stored policy take the default. Validates the result."""
        if not isinstance(data, Mapping):
            raise ValidationError("not_a_mapping", None)
        version = data.get("version", POLICY_FORMAT_VERSION)
        if version != POLICY_FORMAT_VERSION:
            raise ValidationError("unsupported_version", "version", value=version)
        base = cls.default()
        try:
            periods = (
                {
                    line: {
                        usage: PeriodRule(int(r["whole_unit_months"]), int(r["main_parts_months"]))
                        for usage, r in by_usage.items()
                    }
                    for line, by_usage in data["periods"].items()
                }
                if "periods" in data
                else base.periods
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValidationError("malformed", "periods") from exc
        parts: dict[str, Mapping[str, frozenset[str]]] = {}
        for name in ("main_parts", "consumable_parts"):
            raw = data.get(name)
            if raw is None:
                parts[name] = getattr(base, name)
            elif isinstance(raw, Mapping) and all(isinstance(v, list | tuple | set | frozenset) for v in raw.values()):
                parts[name] = {line: frozenset(v) for line, v in raw.items()}
            else:
                raise ValidationError("malformed", name)
        try:
            rate = Decimal(str(data.get("depreciation_rate_per_day", base.depreciation_rate_per_day)))
        except InvalidOperation as exc:
            raise ValidationError("not_a_decimal", "depreciation_rate_per_day") from exc
        try:
            rest_days = frozenset(date.fromisoformat(s) for s in data.get("rest_days", ()))
        except (TypeError, ValueError) as exc:
            raise ValidationError("malformed", "rest_days") from exc
        flags = {}
        for name in ("hq_confirms_exchange", "hq_confirms_refund", "holiday_extension"):
            value = data.get(name, getattr(base, name))
            if not isinstance(value, bool):
                raise ValidationError("not_a_boolean", name)
            flags[name] = value
        policy = cls(
            periods=periods,
            main_parts=parts["main_parts"],
            consumable_parts=parts["consumable_parts"],
            depreciation_rate_per_day=rate,
            repair_warranty_days=data.get("repair_warranty_days", base.repair_warranty_days),
            failed_repairs_before_exchange=data.get(
                "failed_repairs_before_exchange", base.failed_repairs_before_exchange
            ),
            clock_start=data.get("clock_start", base.clock_start),
            no_proof_start_offset_days=data.get("no_proof_start_offset_days", base.no_proof_start_offset_days),
            rest_days=rest_days,
            **flags,
        )
        return policy.validate()


def _is_int(value: object) -> bool:
    # bool is an int subclass; True as a period of one month would be a silent data error.
    return isinstance(value, int) and not isinstance(value, bool)


# --- shared date arithmetic (one implementation, used by adjudication.py too) ------------------------------------


def add_months(start: date, months: int) -> date:
    """Same calendar day `months` later; a day the target month lacks (29 Feb, 31st) becomes its last day (S-2)."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def last_day(day: date, policy: WarrantyPolicy) -> date:
    """The last day of a period that nominally ends on `day`, moved past rest days when the setting is on."""
    if policy.holiday_extension:
        while day in policy.rest_days:
            day += timedelta(days=1)
    return day


def window_end(start: date, days: int, policy: WarrantyPolicy) -> date:
    """Last day of a "within N days" window: the start day is not counted (S-0), so it is start + N."""
    return last_day(start + timedelta(days=days), policy)


def period_end(start: date, months: int, extension_days: int, policy: WarrantyPolicy) -> date:
    """S-2: N months after the start, extended by days spent in repair or waiting for parts (1995 art. 8)."""
    return last_day(add_months(start, months) + timedelta(days=extension_days), policy)


@dataclass(frozen=True)
class ClockStart:
    """The S-1 start date and which record it came from ("invoice", "card", "installation", "production")."""

    start_date: date
    basis: str


def clock_start(
    policy: WarrantyPolicy,
    *,
    proof: str,
    invoice_date: date | None,
    installation_date: date | None,
    production_date: date | None,
    installed_by_us: bool,
    card_date: date | None = None,
) -> ClockStart | None:
    """S-1 with DOC-2/DOC-3: the sale date the proof supports, moved to our installation day when the policy
    counts from installation and we installed the unit. None when no record gives a start."""
    base: ClockStart | None = None
    if proof == "invoice":
        if invoice_date is not None:
            base = ClockStart(invoice_date, "invoice")
    elif proof == "card_only":
        # The card's stamped sale date; a sale date the clerk typed into invoice_date is the same fact.
        sale = card_date or invoice_date
        if sale is not None:
            base = ClockStart(sale, "card")
        elif installation_date is not None and installed_by_us:
            # Our signed installation record is itself the card (the claim's `proof`).
            base = ClockStart(installation_date, "installation")
    if base is None and proof != "invoice" and production_date is not None:
        # DOC-3 (and a card with no legible date): the 90th day after production, as in the phone 三包 rule.
        base = ClockStart(production_date + timedelta(days=policy.no_proof_start_offset_days), "production")
    if base is None:
        return None
    if (
        policy.clock_start == "installation"
        and installed_by_us
        and installation_date is not None
        and installation_date > base.start_date
    ):
        return ClockStart(installation_date, "installation")
    return base


@dataclass(frozen=True)
class PeriodEnds:
    whole_unit_end: date
    main_parts_end: date | None  # None when the product line has no main-part extension for this usage


def period_ends(rule: PeriodRule, start: date, extension_days: int, policy: WarrantyPolicy) -> PeriodEnds:
    whole = period_end(start, rule.whole_unit_months, extension_days, policy)
    main = period_end(start, rule.main_parts_months, extension_days, policy) if rule.has_main_part_extension else None
    return PeriodEnds(whole, main)


# --- intake status ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WarrantyStatus:
    """What intake shows before a fault is typed; days_left_* are 0 once a period has ended, None if not defined."""

    coverage: str
    start_date: date | None
    whole_unit_end: date | None
    main_parts_end: date | None
    days_left_whole_unit: int | None
    days_left_main_parts: int | None


UNKNOWN_STATUS = WarrantyStatus("unknown", None, None, None, None, None)


def warranty_status(
    product_line: str,
    usage: str,
    invoice_date: date | None,
    installation_date: date | None,
    production_date: date | None,
    proof: str,
    today: date,
    policy: WarrantyPolicy,
    installed_by_us: bool = True,
    *,
    repair_days: int = 0,
    card_date: date | None = None,
) -> WarrantyStatus:
    """Coverage on `today` from the unit's records; "unknown" when the line/usage is not in the policy or no date
    gives a start (intake must still be able to register such a unit)."""
    if proof not in PROOFS:
        raise ValidationError("unknown_value", "proof", value=proof)
    if repair_days < 0:
        raise ValidationError("negative_count", "repair_days")
    try:
        rule = policy.period_for(product_line, usage)
    except ValidationError:
        return UNKNOWN_STATUS
    start = clock_start(
        policy,
        proof=proof,
        invoice_date=invoice_date,
        installation_date=installation_date,
        production_date=production_date,
        installed_by_us=installed_by_us,
        card_date=card_date,
    )
    if start is None:
        return UNKNOWN_STATUS
    ends = period_ends(rule, start.start_date, repair_days, policy)
    if today <= ends.whole_unit_end:
        coverage = "whole_unit"
    elif ends.main_parts_end is not None and today <= ends.main_parts_end:
        coverage = "main_parts"
    else:
        coverage = "out_of_period"
    return WarrantyStatus(
        coverage=coverage,
        start_date=start.start_date,
        whole_unit_end=ends.whole_unit_end,
        main_parts_end=ends.main_parts_end,
        days_left_whole_unit=max(0, (ends.whole_unit_end - today).days),
        days_left_main_parts=None if ends.main_parts_end is None else max(0, (ends.main_parts_end - today).days),
    )
