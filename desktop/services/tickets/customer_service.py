"""Customers at intake: find by any phone as the clerk types, the customer card, and registration of customer,
address and unit in one unit of work (same phone → the existing customer, never a duplicate)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select, text
from sqlalchemy.orm import Session

from desktop.clock import local_today, utc_now
from desktop.errors import NotFoundError, ValidationError
from desktop.models import (
    Customer,
    CustomerAddress,
    CustomerPhone,
    FaultCategory,
    ProductLine,
    ProductModel,
    Ticket,
    Unit,
)
from desktop.models.customer import PROOFS, USAGES
from desktop.rules.addresses import address_key, place_text
from desktop.rules.lifecycle import OPEN_STATES
from desktop.rules.phones import Phone, digits_only, format_phone, parse_phone
from desktop.rules.warranty import WarrantyPolicy, WarrantyStatus, warranty_status
from desktop.services.core import audit, own_work, ticket_search
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.care_due import CareDue, care_schedules
from desktop.services.core.permissions import require
from desktop.services.core.region import clean_town, load_region
from desktop.services.core.settings_store import load_warranty_policy
from desktop.services.core.validation import check_day, check_fen, clean_query, clean_text

HISTORY_LIMIT = 50
DEFAULT_PROVINCE, DEFAULT_CITY = "河南省", "安阳市"


@dataclass(frozen=True)
class CustomerMatch:
    customer_id: int
    name: str
    number: str
    display_phone: str
    address: str
    open_tickets: int


@dataclass(frozen=True)
class PhoneRow:
    id: int
    number: str
    extension: str
    kind: str
    display: str


@dataclass(frozen=True)
class AddressRow:
    id: int
    province: str
    city: str
    district: str
    detail: str
    town: str = ""

    @property
    def text(self) -> str:
        return place_text(self.district, self.town, self.detail)


@dataclass(frozen=True)
class UnitRow:
    id: int
    model_id: int
    model_code: str
    model_name: str
    product_line_id: int
    product_line_code: str
    product_line_name: str
    serial: str
    invoice_date: date | None
    installation_date: date | None
    proof: str
    usage: str
    address_id: int | None
    status: str
    warranty: WarrantyStatus
    version: int
    # Consumables (rules.care), soonest due first: the unit shows when its next filter change is due.
    care: tuple[CareDue, ...] = ()
    product_line_name_en: str = ""  # beside product_line_name (Chinese): the view picks by language

    @property
    def next_care(self) -> CareDue | None:
        return self.care[0] if self.care else None


@dataclass(frozen=True)
class TicketBrief:
    id: int
    number: str
    status: str
    opened_at: datetime
    unit_id: int | None
    fault_name: str
    fault_text: str
    is_repeat: bool
    fault_name_en: str = ""  # beside fault_name (Chinese): the view picks by language


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    name: str
    kind: str
    is_key_account: bool
    note: str
    version: int
    phones: tuple[PhoneRow, ...]
    addresses: tuple[AddressRow, ...]
    units: tuple[UnitRow, ...]
    open_tickets: tuple[TicketBrief, ...]
    history: tuple[TicketBrief, ...]


@dataclass(frozen=True)
class NewAddress:
    district: str
    detail: str
    # Empty: the branch's own province and city (its region, set in the setup wizard or branch settings).
    province: str = ""
    city: str = ""
    # The 乡镇/街道 (one of the region's towns of the district, or typed); empty when the caller does not say.
    town: str = ""


@dataclass(frozen=True)
class NewUnit:
    model_id: int
    serial: str
    invoice_date: date | None = None
    installation_date: date | None = None
    proof: str = "invoice"
    usage: str = "household"
    production_date: date | None = None
    installed_by_us: bool = True
    invoice_price_fen: int | None = None


@dataclass(frozen=True)
class SimilarCustomer:
    customer_id: int
    name: str
    address: str


@dataclass(frozen=True)
class Registration:
    customer_id: int
    address_id: int | None
    unit_id: int | None
    existing_customer: bool
    similar: tuple[SimilarCustomer, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class ModelRow:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class FaultRow:
    id: int
    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class ProductLineRow:
    id: int
    code: str
    name_zh: str
    name_en: str
    onsite_window_minutes: int
    models: tuple[ModelRow, ...]
    faults: tuple[FaultRow, ...]


def _next_prefix(prefix: str) -> str | None:
    """The smallest digit string above every string starting with `prefix`, for an indexed range scan
    (LIKE 'x%' cannot use the plain index on PostgreSQL with a non-C collation, nor on SQLite by default)."""
    digits = prefix.rstrip("9")
    if not digits:
        return None
    return digits[:-1] + str(int(digits[-1]) + 1)


def _normalise_name(name: str) -> str:
    return "".join(name.split())


def names_similar(a: str, b: str) -> bool:
    """Same name, one inside the other (王建国 / 王建国家), or same surname and length differing in one character
    (typing slips such as 王建国 / 王健国)."""
    a, b = _normalise_name(a), _normalise_name(b)
    if not a or not b:
        return False
    if a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a)):
        return True
    return len(a) == len(b) >= 2 and a[0] == b[0] and sum(x != y for x, y in zip(a, b)) <= 1


def check_unit_dates(unit: NewUnit, today: date) -> None:
    if unit.invoice_date is not None and unit.invoice_date > today:
        raise ValidationError("date_in_future", "invoice_date")
    if unit.installation_date is not None and unit.installation_date > today:
        raise ValidationError("date_in_future", "installation_date")
    if unit.production_date is not None and unit.production_date > today:
        raise ValidationError("date_in_future", "production_date")
    if unit.invoice_date and unit.installation_date and unit.installation_date < unit.invoice_date:
        raise ValidationError("installed_before_sale", "installation_date")


class CustomerService(Service):
    """Every method checks the actor's permission before it looks at its input (tests/robustness)."""

    # --- reading ------------------------------------------------------------------------------------------

    def find_by_phone(self, actor: Actor, fragment: str, offset: int = 0, limit: int = 20) -> list[CustomerMatch]:
        """Prefix matches first (index range), then numbers containing the digits anywhere (trigram index)."""
        require(actor, "customer.read")
        digits = digits_only(clean_query(fragment, "phone", max_length=40))
        if not digits:
            return []
        with self._reading(actor, "customer.read") as session:
            wanted = offset + limit
            hits = self._prefix_hits(session, actor.branch_id, digits, wanted)
            if len(hits) < wanted and len(digits) >= 3:
                seen = {h[0] for h in hits}
                for hit in self._fragment_hits(session, actor.branch_id, digits, wanted + len(hits)):
                    if hit[0] not in seen:
                        hits.append(hit)
                        seen.add(hit[0])
            own = own_work.customer_condition(session, actor, Customer.id)
            if own is not None and hits:
                # An engineer finds only the customers of their own visits, by any of their phones.
                mine = set(session.scalars(select(Customer.id).where(Customer.id.in_([h[0] for h in hits]), own)))
                hits = [h for h in hits if h[0] in mine]
            return self._matches(session, hits[offset:offset + limit])

    @staticmethod
    def _prefix_hits(session: Session, branch_id: int, digits: str, limit: int) -> list[tuple[int, str, str]]:
        stmt = (select(CustomerPhone.customer_id, CustomerPhone.number, CustomerPhone.extension)
                .where(CustomerPhone.branch_id == branch_id, CustomerPhone.number >= digits))
        upper = _next_prefix(digits)
        if upper is not None:
            stmt = stmt.where(CustomerPhone.number < upper)
        rows = session.execute(stmt.order_by(CustomerPhone.number).limit(limit)).all()
        return _unique_customers(rows)

    @staticmethod
    def _fragment_hits(session: Session, branch_id: int, digits: str, limit: int) -> list[tuple[int, str, str]]:
        condition = phone_fragment_condition(session, digits)
        rows = session.execute(
            select(CustomerPhone.customer_id, CustomerPhone.number, CustomerPhone.extension)
            .where(condition, CustomerPhone.branch_id == branch_id)
            .order_by(CustomerPhone.id.desc()).limit(limit)
        ).all()
        return _unique_customers(rows)

    @staticmethod
    def _matches(session: Session, hits: list[tuple[int, str, str]]) -> list[CustomerMatch]:
        if not hits:
            return []
        ids = [h[0] for h in hits]
        names = dict(session.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all())
        addresses: dict[int, str] = {}
        for cid, district, town, detail in session.execute(
            select(CustomerAddress.customer_id, CustomerAddress.district, CustomerAddress.town, CustomerAddress.detail)
            .where(CustomerAddress.customer_id.in_(ids)).order_by(CustomerAddress.id)
        ):
            addresses.setdefault(cid, place_text(district, town, detail))
        open_counts = dict(session.execute(
            select(Ticket.customer_id, func.count()).where(Ticket.customer_id.in_(ids),
                                                           Ticket.status.in_(OPEN_STATES))
            .group_by(Ticket.customer_id)
        ).all())
        return [CustomerMatch(cid, names.get(cid, ""), number, format_phone(number, ext), addresses.get(cid, ""),
                              int(open_counts.get(cid, 0))) for cid, number, ext in hits]

    def detail(self, actor: Actor, customer_id: int, today: date | None = None) -> CustomerDetail:
        require(actor, "customer.read")
        today = today or local_today()
        with self._reading(actor, "customer.read") as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.branch_id != actor.branch_id:
                raise NotFoundError("customer_not_found")
            own_work.require_own_customer(session, actor, customer_id)
            policy = load_warranty_policy(session, actor.branch_id)
            phones = tuple(PhoneRow(p.id, p.number, p.extension, p.kind, format_phone(p.number, p.extension))
                           for p in customer.phones)
            addresses = tuple(AddressRow(a.id, a.province, a.city, a.district, a.detail, a.town)
                              for a in customer.addresses)
            units = tuple(unit_rows(session, policy, today, Unit.customer_id == customer_id))
            briefs = ticket_briefs(session, customer_id)
            return CustomerDetail(customer.id, customer.name, customer.kind, customer.is_key_account, customer.note,
                                  customer.version, phones, addresses, units,
                                  tuple(b for b in briefs if b.status in OPEN_STATES),
                                  tuple(b for b in briefs if b.status not in OPEN_STATES))

    def catalogue(self, actor: Actor) -> list[ProductLineRow]:
        """Product lines with their active models and fault list, for the intake form's choices."""
        with self._reading(actor, "customer.read") as session:
            models: dict[int, list[ModelRow]] = {}
            for m in session.scalars(select(ProductModel).where(ProductModel.active.is_(True))
                                     .order_by(ProductModel.code)):
                models.setdefault(m.product_line_id, []).append(ModelRow(m.id, m.code, m.name))
            faults: dict[int, list[FaultRow]] = {}
            for f in session.scalars(select(FaultCategory).order_by(FaultCategory.id)):
                faults.setdefault(f.product_line_id, []).append(FaultRow(f.id, f.code, f.name_zh, f.name_en))
            return [ProductLineRow(pl.id, pl.code, pl.name_zh, pl.name_en, pl.onsite_window_minutes,
                                   tuple(models.get(pl.id, ())), tuple(faults.get(pl.id, ())))
                    for pl in session.scalars(select(ProductLine).order_by(ProductLine.id))]

    def similar_at_address(self, actor: Actor, name: str, address: NewAddress) -> list[SimilarCustomer]:
        with self._reading(actor, "customer.read") as session:
            found = _similar_at_address(session, actor.branch_id, name, address)
            own = own_work.customer_condition(session, actor, Customer.id)
            if own is not None and found:
                mine = set(session.scalars(select(Customer.id).where(
                    Customer.id.in_([s.customer_id for s in found]), own)))
                found = [s for s in found if s.customer_id in mine]
            return found

    # --- writing ------------------------------------------------------------------------------------------

    def register(self, actor: Actor, *, name: str, phone: str, address: NewAddress | None = None,
                 unit: NewUnit | None = None, kind: str = "person", confirm_similar: bool = False,
                 today: date | None = None) -> Registration:
        """Customer + address + unit in one transaction. A known phone adds to that customer; a similar name at
        the same address is refused with `similar_customer` until the clerk confirms it is another person."""
        require(actor, "customer.write")
        today = today or local_today()
        parsed = parse_phone(phone)
        name = clean_text(name, "name", max_length=100, required=True)
        if kind not in ("person", "company"):
            raise ValidationError("unknown_value", "kind", value=kind)
        address = _clean_address(address) if address is not None else None
        if unit is not None:
            unit = clean_unit(unit)
            check_unit_dates(unit, today)
        with self._writing(actor, "customer.write") as session:
            if address is not None:
                address = _placed(session, actor.branch_id, address)
            existing = session.scalar(select(CustomerPhone.customer_id).where(
                CustomerPhone.branch_id == actor.branch_id, CustomerPhone.number == parsed.number))
            similar: list[SimilarCustomer] = []
            if existing is None:
                if address is not None:
                    similar = _similar_at_address(session, actor.branch_id, name, address)
                    if similar and not confirm_similar:
                        raise ValidationError("similar_customer", "name", name=similar[0].name,
                                              address=similar[0].address, customer_id=similar[0].customer_id)
                customer = Customer(branch_id=actor.branch_id, name=name, kind=kind, created_at=utc_now())
                session.add(customer)
                session.flush()
                # The phone was looked up just above in this transaction: nobody has it.
                _add_phone(session, actor, customer.id, parsed, known_free=True)
                audit.record(session, actor, "customer.create", "customer", customer.id, None,
                             audit.snapshot(customer))
                customer_id = customer.id
            else:
                customer_id = existing
            address_id = None
            if address is not None:
                # A customer made above has no address yet to find.
                address_id = _find_or_add_address(session, actor, customer_id, address, new_customer=existing is None)
            unit_id = None
            if unit is not None:
                unit_id = _add_unit(session, actor, customer_id, unit, address_id)
            return Registration(customer_id, address_id, unit_id, existing is not None, tuple(similar))

    def add_unit(self, actor: Actor, customer_id: int, unit: NewUnit, address_id: int | None = None,
                 today: date | None = None) -> int:
        require(actor, "unit.write")
        unit = clean_unit(unit)
        check_unit_dates(unit, today or local_today())
        with self._writing(actor, "unit.write") as session:
            _require_customer(session, actor, customer_id)
            return _add_unit(session, actor, customer_id, unit, address_id)

    def add_phone(self, actor: Actor, customer_id: int, phone: str) -> PhoneRow:
        require(actor, "customer.write")
        parsed = parse_phone(phone)
        with self._writing(actor, "customer.write") as session:
            _require_customer(session, actor, customer_id)
            row = _add_phone(session, actor, customer_id, parsed)
            ticket_search.index_tickets(session, ticket_search.tickets_of_customer(session, customer_id))
            return PhoneRow(row.id, row.number, row.extension, row.kind, format_phone(row.number, row.extension))

    def add_address(self, actor: Actor, customer_id: int, address: NewAddress) -> int:
        require(actor, "customer.write")
        address = _clean_address(address)
        with self._writing(actor, "customer.write") as session:
            _require_customer(session, actor, customer_id)
            return _find_or_add_address(session, actor, customer_id, _placed(session, actor.branch_id, address))


def phone_fragment_condition(session: Session, digits: str) -> ColumnElement[bool]:
    """Phones containing these digits (3 or more) anywhere: the trigram index on SQLite, ILIKE's on PostgreSQL."""
    if session.get_bind().dialect.name == "sqlite":
        ids: Select[Any] = select(literal_column("rowid")).select_from(text("ticket_search_phone")).where(
            text("ticket_search_phone MATCH :q").bindparams(q=f'"{digits}"'))
        return CustomerPhone.id.in_(ids)
    return CustomerPhone.number.like(f"%{digits}%")


def _unique_customers(rows: Iterable[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    seen: set[int] = set()
    result = []
    for cid, number, ext in rows:
        if cid not in seen:
            seen.add(cid)
            result.append((cid, number, ext))
    return result


def unit_rows(session: Session, policy: WarrantyPolicy, today: date,
              condition: ColumnElement[bool]) -> list[UnitRow]:
    rows = session.execute(
        select(Unit, ProductModel.code, ProductModel.name, ProductLine.id, ProductLine.code, ProductLine.name_zh,
               ProductLine.name_en)
        .join(ProductModel, ProductModel.id == Unit.model_id)
        .join(ProductLine, ProductLine.id == ProductModel.product_line_id)
        .where(condition).order_by(Unit.id)
    ).all()
    result = []
    branch_id = session.scalar(select(Customer.branch_id).join(Unit, Unit.customer_id == Customer.id)
                               .where(Unit.id == rows[0][0].id)) if rows else None
    care = care_schedules(session, branch_id, [r[0].id for r in rows]) if branch_id is not None else {}
    for u, model_code, model_name, line_id, line_code, line_name, line_en in rows:
        # After a 三包 exchange the period restarts on the exchange day (S-3), as if sold that day.
        sold = u.warranty_restart_date or u.invoice_date
        status = warranty_status(line_code, u.usage, sold, u.installation_date, u.production_date,
                                 u.proof, today, policy, u.installed_by_us)
        result.append(UnitRow(u.id, u.model_id, model_code, model_name, line_id, line_code, line_name, u.serial,
                              u.invoice_date, u.installation_date, u.proof, u.usage, u.address_id, u.status,
                              status, u.version, care.get(u.id, ()), line_en))
    return result


def ticket_briefs(session: Session, customer_id: int, limit: int = HISTORY_LIMIT) -> list[TicketBrief]:
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.status, Ticket.opened_at, Ticket.unit_id, FaultCategory.name_zh,
               Ticket.fault_text, Ticket.is_repeat, FaultCategory.name_en)
        .outerjoin(FaultCategory, FaultCategory.id == Ticket.fault_category_id)
        .where(Ticket.customer_id == customer_id).order_by(Ticket.id.desc()).limit(limit)
    ).all()
    return [TicketBrief(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8] or "") for r in rows]


def _require_customer(session: Session, actor: Actor, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None or customer.branch_id != actor.branch_id:
        raise NotFoundError("customer_not_found")
    return customer


def _clean_address(address: NewAddress) -> NewAddress:
    return NewAddress(
        district=clean_text(address.district, "district", max_length=20, required=True),
        detail=clean_text(address.detail, "address", max_length=200, required=True),
        province=clean_text(address.province, "province", max_length=20),
        city=clean_text(address.city, "city", max_length=20),
        town=clean_town(address.town),
    )


def branch_place(session: Session, branch_id: int) -> tuple[str, str]:
    """The province and city a new address is in when the form did not say: the branch's own (a branch in 新乡
    writes 新乡市, not the demo branch's 安阳市); a branch that never set its region keeps the old default."""
    region = load_region(session, branch_id)
    return region.province or DEFAULT_PROVINCE, region.city or DEFAULT_CITY


def _placed(session: Session, branch_id: int, address: NewAddress) -> NewAddress:
    if address.province and address.city:
        return address
    province, city = branch_place(session, branch_id)
    return NewAddress(address.district, address.detail, address.province or province, address.city or city,
                      address.town)


def clean_unit(unit: NewUnit) -> NewUnit:
    serial = clean_text(unit.serial, "serial", max_length=40, required=True).upper()
    if unit.proof not in PROOFS:
        raise ValidationError("unknown_value", "proof", value=unit.proof)
    if unit.usage not in USAGES:
        raise ValidationError("unknown_value", "usage", value=unit.usage)
    if unit.invoice_price_fen is not None and unit.invoice_price_fen < 0:
        raise ValidationError("negative_value", "invoice_price")
    check_fen(unit.invoice_price_fen, "invoice_price")
    check_day(unit.invoice_date, "invoice_date")
    check_day(unit.installation_date, "installation_date")
    check_day(unit.production_date, "production_date")
    if unit.proof == "invoice" and unit.invoice_date is None:
        raise ValidationError("invoice_date_required", "invoice_date")
    return NewUnit(unit.model_id, serial, unit.invoice_date, unit.installation_date, unit.proof, unit.usage,
                   unit.production_date, unit.installed_by_us, unit.invoice_price_fen)


def _add_phone(session: Session, actor: Actor, customer_id: int, phone: Phone, *,
               known_free: bool = False) -> CustomerPhone:
    """`known_free`: the caller has looked the number up in this transaction (the unique index still guards)."""
    if not known_free:
        owner = session.scalar(select(Customer.name).join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                               .where(CustomerPhone.branch_id == actor.branch_id,
                                      CustomerPhone.number == phone.number))
        if owner is not None:
            raise ValidationError("phone_taken", "phone", owner=owner)
    row = CustomerPhone(branch_id=actor.branch_id, customer_id=customer_id, number=phone.number,
                        extension=phone.extension, kind=phone.kind)
    session.add(row)
    session.flush()
    audit.record(session, actor, "customer.add_phone", "customer_phone", row.id, None, audit.snapshot(row))
    return row


def _find_or_add_address(session: Session, actor: Actor, customer_id: int, address: NewAddress, *,
                         new_customer: bool = False) -> int:
    """The customer's address written this way or another (rules.addresses), else a new one. The same detail in
    another town of the district is another place; one stored without its town gets the town now said."""
    if not new_customer:
        # No ORDER BY ... LIMIT: with one PostgreSQL may walk the primary key in order instead of this customer's
        # few addresses. Any match will do: there is normally one (this function adds an address only when none).
        known = session.execute(select(CustomerAddress.id, CustomerAddress.town).where(
            CustomerAddress.customer_id == customer_id, CustomerAddress.district == address.district,
            CustomerAddress.detail_key == address_key(address.detail))).all()
        same = next((i for i, town in known if town == address.town or not address.town), None)
        if same is not None:
            return same
        untowned = next((i for i, town in known if not town), None)
        if untowned is not None:
            stored = session.get_one(CustomerAddress, untowned)
            before = audit.snapshot(stored)
            stored.town = address.town
            session.flush()
            audit.record(session, actor, "customer.update_address", "customer_address", stored.id, before,
                         audit.snapshot(stored))
            return stored.id
    row = CustomerAddress(customer_id=customer_id, province=address.province, city=address.city,
                          district=address.district, town=address.town, detail=address.detail)
    session.add(row)
    session.flush()
    audit.record(session, actor, "customer.add_address", "customer_address", row.id, None, audit.snapshot(row))
    return row.id


def _similar_at_address(session: Session, branch_id: int, name: str, address: NewAddress) -> list[SimilarCustomer]:
    """Customers of the branch with a similar name at this address, however either was typed. Every household at
    the address is read (no cap: the rows are those of one address, found by ix_customer_address_district_detail_key;
    a cap would miss the namesake beyond it, as the street-prefix search with its 500 rows did)."""
    rows = session.execute(
        select(Customer.id, Customer.name, CustomerAddress.district, CustomerAddress.town, CustomerAddress.detail)
        .select_from(CustomerAddress).join(Customer, Customer.id == CustomerAddress.customer_id)
        .where(CustomerAddress.district == address.district,
               CustomerAddress.detail_key == address_key(address.detail), Customer.branch_id == branch_id)
        .order_by(CustomerAddress.id)
    ).all()
    # A town not known on either side does not tell the addresses apart; two different towns do.
    return [SimilarCustomer(cid, cname, place_text(district, town, detail))
            for cid, cname, district, town, detail in rows
            if names_similar(cname, name) and (not town or not address.town or town == address.town)]


def _add_unit(session: Session, actor: Actor, customer_id: int, unit: NewUnit, address_id: int | None) -> int:
    if session.get(ProductModel, unit.model_id) is None:
        raise ValidationError("unknown_value", "model", value=unit.model_id)
    owner = session.execute(
        select(Customer.id, Customer.name).join(Unit, Unit.customer_id == Customer.id)
        .where(Unit.model_id == unit.model_id, Unit.serial == unit.serial)
    ).first()
    if owner is not None:
        raise ValidationError("serial_taken", "serial", owner=owner.name, customer_id=owner.id, serial=unit.serial)
    row = Unit(customer_id=customer_id, model_id=unit.model_id, address_id=address_id, serial=unit.serial,
               invoice_date=unit.invoice_date, installation_date=unit.installation_date,
               production_date=unit.production_date, proof=unit.proof, usage=unit.usage,
               installed_by_us=unit.installed_by_us, invoice_price_fen=unit.invoice_price_fen, created_at=utc_now())
    session.add(row)
    session.flush()
    audit.record(session, actor, "unit.create", "unit", row.id, None, audit.snapshot(row))
    return row.id
