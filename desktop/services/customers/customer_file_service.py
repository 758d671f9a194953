"""The customer file (客户档案): find a customer, correct the record and its units, merge duplicates, see
everything that happened to one customer on one page, and name key accounts (seed 003 (6)).

Seed 000 部门职能 6 asks for "完整的各种原始资料，确保资料与客户产品使用情况相符", and 3.2.10 files every request,
consultation and complaint "归入客户档案": so corrections are versioned (a second clerk's stale copy is refused)
and audited, and a merge moves every record of the duplicate onto the customer that is kept.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.attributes import flag_modified

from desktop.clock import local_today, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Callback,
    Complaint,
    Customer,
    CustomerAddress,
    CustomerPhone,
    Decision,
    Engineer,
    FaultCategory,
    InstallationReport,
    ProductLine,
    ProductModel,
    ReturnClaim,
    ServiceReport,
    Ticket,
    TicketEvent,
    Unit,
    User,
    Visit,
)
from desktop.rules.addresses import place_text
from desktop.rules.lifecycle import OPEN_STATES
from desktop.rules.phones import digits_only, format_phone, parse_phone
from desktop.rules.warranty import warranty_status
from desktop.services.callbacks.callback_hooks import (
    KEY_ACCOUNT_KINDS,
    cancel_key_account_callbacks,
    schedule_key_account_callbacks,
)
from desktop.services.core import audit, ticket_search
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.permissions import require
from desktop.services.core.region import clean_town
from desktop.services.core.settings_store import load_warranty_policy
from desktop.services.core.validation import clean_text
from desktop.services.customers.customer_file_records import (
    AddressEdit,
    CustomerEdit,
    CustomerFile,
    CustomerSearchPage,
    CustomerSearchRow,
    FileAddress,
    FileCallback,
    FileClaim,
    FileComplaint,
    FileDocument,
    FilePhone,
    FileTicket,
    FileUnit,
    FileVisit,
    KeyAccountResult,
    MergeResult,
    UnitEdit,
    WarrantyChange,
)
from desktop.services.tickets.customer_service import (
    NewUnit,
    branch_place,
    check_unit_dates,
    clean_unit,
    phone_fragment_condition,
)

MAX_PAGE = 500
MATCH_CAP = 1000
# One customer's page lists at most this many of each kind, newest first; a household has a handful.
PAGE_LIST_LIMIT = 200


def _unit_status(session: Session, branch_id: int, unit: Unit | UnitEdit, today: date) -> Any:
    line = session.scalar(select(ProductLine.code).join(ProductModel, ProductModel.product_line_id == ProductLine.id)
                          .where(ProductModel.id == unit.model_id)) or ""
    # After a 三包 exchange the period restarts on the exchange day (S-3), as if sold that day.
    restart = getattr(unit, "warranty_restart_date", None)
    return warranty_status(line, unit.usage, restart or unit.invoice_date, unit.installation_date,
                           unit.production_date, unit.proof, today, load_warranty_policy(session, branch_id),
                           unit.installed_by_us)


def _clean_edit(edit: UnitEdit, today: date) -> UnitEdit:
    cleaned = clean_unit(NewUnit(edit.model_id, edit.serial, edit.invoice_date, edit.installation_date, edit.proof,
                                 edit.usage, edit.production_date, edit.installed_by_us, edit.invoice_price_fen))
    check_unit_dates(cleaned, today)
    return UnitEdit(cleaned.model_id, cleaned.serial, cleaned.invoice_date, cleaned.installation_date,
                    cleaned.production_date, cleaned.proof, cleaned.usage, cleaned.installed_by_us,
                    cleaned.invoice_price_fen)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _contains(column: Any, text: str, sqlite: bool) -> Any:
    """Contains `text`, ignoring the case of Latin letters: SQLite's LIKE already does (ILIKE would lower() every
    row first, three times slower on a branch's customers); PostgreSQL needs ILIKE."""
    pattern = f"%{_escaped(text)}%"
    return column.like(pattern, escape="\\") if sqlite else column.ilike(pattern, escape="\\")


class CustomerFileService(Service):
    # ---- finding ------------------------------------------------------------------------------------------------

    def search(self, actor: Actor, text: str = "", *, key_accounts_only: bool = False, offset: int = 0,
               limit: int = 200) -> CustomerSearchPage:
        """Name, phone digits, serial or address words; sorted by name in SQL and paged."""
        limit = max(1, min(limit, MAX_PAGE))
        with self._reading(actor, "customer.read") as session:
            where: list[Any] = [Customer.branch_id == actor.branch_id, Customer.merged_into_id.is_(None)]
            if key_accounts_only:
                where.append(Customer.is_key_account.is_(True))
            text = text.strip()
            if text:
                sqlite = session.get_bind().dialect.name == "sqlite"
                found = [_contains(Customer.name, text, sqlite),
                         # Serials are stored upper-case: a plain LIKE, case-sensitive on PostgreSQL, is enough.
                         Customer.id.in_(select(Unit.customer_id).where(
                             Unit.serial.like(f"%{_escaped(text.upper())}%", escape="\\"))),
                         # A town by its whole name (吕村镇): the same pass over the addresses as the detail.
                         Customer.id.in_(select(CustomerAddress.customer_id).where(
                             or_(_contains(CustomerAddress.detail, text, sqlite), CustomerAddress.town == text)))]
                digits = digits_only(text)
                if len(digits) >= 3 and len(digits) >= len(text.replace(" ", "").replace("-", "")) - 1:
                    found.append(Customer.id.in_(select(CustomerPhone.customer_id).where(
                        CustomerPhone.branch_id == actor.branch_id, phone_fragment_condition(session, digits))))
                where.append(or_(*found))
                # A search is for finding one customer: the matches are read once, in order, up to MATCH_CAP (past
                # that the clerk types more), and the count and the page both come from that one pass.
                matches = list(session.scalars(select(Customer.id).where(*where)
                                               .order_by(Customer.name, Customer.id).limit(MATCH_CAP)))
                ids = matches[max(0, offset):max(0, offset) + limit]
                return CustomerSearchPage(tuple(self._search_rows(session, ids)), len(matches))
            total = session.scalar(select(func.count(Customer.id)).where(*where)) or 0
            ids = list(session.scalars(select(Customer.id).where(*where).order_by(Customer.name, Customer.id)
                                       .offset(max(0, offset)).limit(limit)))
            return CustomerSearchPage(tuple(self._search_rows(session, ids)), int(total))

    @staticmethod
    def _search_rows(session: Session, ids: list[int]) -> list[CustomerSearchRow]:
        if not ids:
            return []
        phones: dict[int, str] = {}
        for cid, number, ext in session.execute(
                select(CustomerPhone.customer_id, CustomerPhone.number, CustomerPhone.extension)
                .where(CustomerPhone.customer_id.in_(ids)).order_by(CustomerPhone.id)):
            phones.setdefault(cid, format_phone(number, ext))
        addresses: dict[int, str] = {}
        for cid, district, town, detail in session.execute(
                select(CustomerAddress.customer_id, CustomerAddress.district, CustomerAddress.town,
                       CustomerAddress.detail)
                .where(CustomerAddress.customer_id.in_(ids)).order_by(CustomerAddress.id)):
            addresses.setdefault(cid, place_text(district, town, detail))
        units = dict(session.execute(select(Unit.customer_id, func.count()).where(Unit.customer_id.in_(ids))
                                     .group_by(Unit.customer_id)).all())
        open_tickets = dict(session.execute(
            select(Ticket.customer_id, func.count()).where(Ticket.customer_id.in_(ids),
                                                           Ticket.status.in_(OPEN_STATES))
            .group_by(Ticket.customer_id)).all())
        rows = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
        return [CustomerSearchRow(i, rows[i].name, phones.get(i, ""), addresses.get(i, ""), int(units.get(i, 0)),
                                  int(open_tickets.get(i, 0)), rows[i].is_key_account) for i in ids if i in rows]

    # ---- one page per customer ----------------------------------------------------------------------------------

    def page(self, actor: Actor, customer_id: int, today: date | None = None) -> CustomerFile:
        with self._reading(actor, "customer.read") as session:
            customer = self._customer(session, actor, customer_id)
            return self._file(session, actor, customer, today or local_today())

    def _file(self, session: Session, actor: Actor, customer: Customer, today: date) -> CustomerFile:
        cid = customer.id
        used = set(session.scalars(select(Unit.address_id).where(Unit.customer_id == cid))) | set(
            session.scalars(select(Ticket.address_id).where(Ticket.customer_id == cid)))
        phones = tuple(FilePhone(p.id, p.number, format_phone(p.number, p.extension), p.kind) for p in customer.phones)
        addresses = tuple(FileAddress(a.id, a.province, a.city, a.district, a.detail, a.id in used, a.town)
                          for a in customer.addresses)
        units = tuple(self._units(session, actor.branch_id, Unit.customer_id == cid, today))
        tickets = tuple(
            FileTicket(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7] or "", r[8] or "")
            for r in session.execute(
                select(Ticket.id, Ticket.number, Ticket.kind, Ticket.status, Ticket.opened_at, FaultCategory.name_zh,
                       Ticket.fault_text, Unit.serial, FaultCategory.name_en)
                .outerjoin(FaultCategory, FaultCategory.id == Ticket.fault_category_id)
                .outerjoin(Unit, Unit.id == Ticket.unit_id)
                .where(Ticket.customer_id == cid).order_by(Ticket.id.desc()).limit(PAGE_LIST_LIMIT)))
        visits = tuple(
            FileVisit(r[0], r[1], r[2], r[3], r[4], r[5] or r[7], r[6] or r[8]) for r in session.execute(
                select(Ticket.number, Visit.round, Engineer.name, Visit.status, Visit.planned_start,
                       ServiceReport.arrived_at, ServiceReport.result, InstallationReport.arrived_at,
                       InstallationReport.result)
                .join(Ticket, Ticket.id == Visit.ticket_id)
                .join(Engineer, Engineer.id == Visit.engineer_id)
                .outerjoin(ServiceReport, ServiceReport.visit_id == Visit.id)
                .outerjoin(InstallationReport, InstallationReport.visit_id == Visit.id)
                .where(Ticket.customer_id == cid).order_by(Visit.planned_start.desc()).limit(PAGE_LIST_LIMIT)))
        latest = (select(func.max(Decision.id)).where(Decision.claim_id == ReturnClaim.id)
                  .correlate(ReturnClaim).scalar_subquery())
        decision = aliased(Decision)
        claims = tuple(
            FileClaim(r[0], r[1], r[2], r[3], r[4], r[5],
                      r[6] if r[2] not in ("claimed", "inspected") else None) for r in session.execute(
                select(ReturnClaim.id, ReturnClaim.number, ReturnClaim.status, ReturnClaim.created_at, Unit.serial,
                       ReturnClaim.requested_remedy, decision.outcome)
                .join(Unit, Unit.id == ReturnClaim.unit_id)
                .outerjoin(decision, decision.id == latest)
                .where(Unit.customer_id == cid).order_by(ReturnClaim.id.desc()).limit(PAGE_LIST_LIMIT)))
        complaints = tuple(
            FileComplaint(c.id, c.number, c.status, c.created_at, c.concerns, c.description)
            for c in session.scalars(select(Complaint).where(Complaint.customer_id == cid)
                                     .order_by(Complaint.id.desc()).limit(PAGE_LIST_LIMIT)))
        callbacks = tuple(
            FileCallback(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6]) for r in session.execute(
                select(Callback.id, Callback.kind, Callback.status, Callback.due_at, Callback.done_at, Ticket.number,
                       Callback.satisfaction)
                .outerjoin(Ticket, Ticket.id == Callback.ticket_id)
                .where(Callback.customer_id == cid).order_by(Callback.due_at.desc()).limit(PAGE_LIST_LIMIT)))
        documents = tuple(
            FileDocument(number, str((data or {}).get("document", "")), at, bool((data or {}).get("signed")),
                         name or "")
            for number, data, at, name in session.execute(
                select(Ticket.number, TicketEvent.data, TicketEvent.at, User.display_name)
                .join(Ticket, Ticket.id == TicketEvent.ticket_id)
                .outerjoin(User, User.id == TicketEvent.user_id)
                .where(Ticket.customer_id == cid, TicketEvent.kind == "printed")
                .order_by(TicketEvent.at.desc()).limit(PAGE_LIST_LIMIT)))
        return CustomerFile(cid, customer.name, customer.kind, customer.note, customer.is_key_account,
                            customer.created_at, customer.version, phones, addresses, units, tickets, visits, claims,
                            complaints, callbacks, documents)

    @staticmethod
    def _units(session: Session, branch_id: int, condition: Any, today: date) -> list[FileUnit]:
        rows = session.execute(
            select(Unit, ProductModel.code, ProductModel.name, ProductLine.code, ProductLine.name_zh,
                   ProductLine.name_en)
            .join(ProductModel, ProductModel.id == Unit.model_id)
            .join(ProductLine, ProductLine.id == ProductModel.product_line_id)
            .where(condition).order_by(Unit.id)).all()
        return [FileUnit(u.id, u.model_id, code, name, line_code, line_name, u.serial, u.invoice_date,
                         u.installation_date, u.production_date, u.proof, u.usage, u.installed_by_us,
                         u.invoice_price_fen, u.status, u.address_id, _unit_status(session, branch_id, u, today),
                         u.version, line_en)
                for u, code, name, line_code, line_name, line_en in rows]

    # ---- correcting the customer ------------------------------------------------------------------------------------

    def save_customer(self, actor: Actor, customer_id: int, version: int, edit: CustomerEdit) -> CustomerFile:
        """Name, kind, note, phones and addresses in one save against the version the dialog loaded."""
        require(actor, "customer.write")
        name = clean_text(edit.name, "name", max_length=100, required=True)
        note = clean_text(edit.note, "note", max_length=2000, multiline=True)
        if edit.kind not in ("person", "company"):
            raise ValidationError("unknown_value", "kind", value=edit.kind)
        phones = [parse_phone(p) for p in edit.phones if p.strip()]
        if not phones:
            # Intake finds customers by phone: a record without one could never be found again.
            raise ValidationError("phone_required", "phone")
        numbers = [p.number for p in phones]
        if len(set(numbers)) != len(numbers):
            raise ValidationError("phone_twice", "phone")
        addresses = [AddressEdit(a.id, clean_text(a.district, "district", max_length=20, required=True),
                                 clean_text(a.detail, "address", max_length=200, required=True),
                                 clean_text(a.province, "province", max_length=20),
                                 clean_text(a.city, "city", max_length=20),
                                 clean_town(a.town)) for a in edit.addresses]
        with self._writing(actor, "customer.write") as session:
            customer = self._customer(session, actor, customer_id)
            check_version(customer.version, version)
            before = {**audit.snapshot(customer), "phones": [p.number for p in customer.phones],
                      "addresses": [audit.snapshot(a) for a in customer.addresses]}
            customer.name, customer.kind, customer.note = name, edit.kind, note
            self._apply_phones(session, actor, customer, phones)
            self._apply_addresses(session, customer, addresses)
            # Children changed alone still move the customer's version, so a stale dialog is refused.
            flag_modified(customer, "name")
            session.flush()
            session.refresh(customer)
            audit.record(session, actor, "customer.update", "customer", customer.id, before,
                         {**audit.snapshot(customer), "phones": [p.number for p in customer.phones],
                          "addresses": [audit.snapshot(a) for a in customer.addresses]})
            ticket_search.index_tickets(session, ticket_search.tickets_of_customer(session, customer.id))
            return self._file(session, actor, customer, local_today())

    @staticmethod
    def _apply_phones(session: Session, actor: Actor, customer: Customer, phones: list[Any]) -> None:
        wanted = {p.number: p for p in phones}
        for row in list(customer.phones):
            if row.number not in wanted:
                customer.phones.remove(row)
            else:
                row.extension, row.kind = wanted[row.number].extension, wanted[row.number].kind
        have = {row.number for row in customer.phones}
        for number, phone in wanted.items():
            if number in have:
                continue
            owner = session.scalar(select(Customer.name).join(CustomerPhone, CustomerPhone.customer_id == Customer.id)
                                   .where(CustomerPhone.branch_id == actor.branch_id,
                                          CustomerPhone.number == number))
            if owner is not None:
                raise ValidationError("phone_taken", "phone", owner=owner)
            customer.phones.append(CustomerPhone(branch_id=actor.branch_id, number=number,
                                                 extension=phone.extension, kind=phone.kind))
        session.flush()

    @staticmethod
    def _apply_addresses(session: Session, customer: Customer, addresses: list[AddressEdit]) -> None:
        by_id = {a.id: a for a in customer.addresses}
        unknown = [a.id for a in addresses if a.id is not None and a.id not in by_id]
        if unknown:
            raise ValidationError("address_not_of_customer", "address")
        kept = {a.id for a in addresses if a.id is not None}
        for row in list(customer.addresses):
            if row.id in kept:
                continue
            in_use = session.scalar(select(Unit.id).where(Unit.address_id == row.id).limit(1)) or session.scalar(
                select(Ticket.id).where(Ticket.address_id == row.id).limit(1))
            if in_use:
                raise ValidationError("address_in_use", "address",
                                      address=place_text(row.district, row.town, row.detail))
            customer.addresses.remove(row)
        province, city = branch_place(session, customer.branch_id)
        for edit in addresses:
            if edit.id is None:
                customer.addresses.append(CustomerAddress(province=edit.province or province,
                                                          city=edit.city or city,
                                                          district=edit.district, town=edit.town,
                                                          detail=edit.detail))
            else:
                # The dialog edits district, town and street: the province and city stored stay unless given.
                row = by_id[edit.id]
                row.province, row.city = edit.province or row.province, edit.city or row.city
                row.district, row.town, row.detail = edit.district, edit.town, edit.detail
        session.flush()

    # ---- correcting a unit ----------------------------------------------------------------------------------------

    def preview_unit(self, actor: Actor, unit_id: int, edit: UnitEdit, today: date | None = None) -> WarrantyChange:
        """The warranty status now and after the edit, shown before saving (nothing is stored)."""
        require(actor, "customer.read")
        today = today or local_today()
        edit = _clean_edit(edit, today)
        with self._reading(actor, "customer.read") as session:
            unit = self._unit(session, actor, unit_id)
            return WarrantyChange(_unit_status(session, actor.branch_id, unit, today),
                                  _unit_status(session, actor.branch_id, edit, today))

    def save_unit(self, actor: Actor, unit_id: int, version: int, edit: UnitEdit, *,
                  warranty_confirmed: bool = False, today: date | None = None) -> FileUnit:
        """Model, serial, dates, proof, usage and invoice price. An edit that moves the warranty is refused with
        `warranty_change_unconfirmed` (old and new status in the params) until the clerk has seen and confirmed it."""
        require(actor, "unit.write")
        today = today or local_today()
        edit = _clean_edit(edit, today)
        with self._writing(actor, "unit.write") as session:
            unit = self._unit(session, actor, unit_id)
            check_version(unit.version, version)
            if session.get(ProductModel, edit.model_id) is None:
                raise ValidationError("unknown_value", "model", value=edit.model_id)
            taken = session.execute(
                select(Customer.id, Customer.name).join(Unit, Unit.customer_id == Customer.id)
                .where(Unit.model_id == edit.model_id, Unit.serial == edit.serial, Unit.id != unit.id)).first()
            if taken is not None:
                raise ValidationError("serial_taken", "serial", owner=taken.name, customer_id=taken.id,
                                      serial=edit.serial)
            change = WarrantyChange(_unit_status(session, actor.branch_id, unit, today),
                                    _unit_status(session, actor.branch_id, edit, today))
            if change.moves and not warranty_confirmed:
                raise ValidationError("warranty_change_unconfirmed", "warranty",
                                      before=change.before.coverage, after=change.after.coverage)
            before = audit.snapshot(unit)
            unit.model_id, unit.serial = edit.model_id, edit.serial
            unit.invoice_date, unit.installation_date, unit.production_date = (
                edit.invoice_date, edit.installation_date, edit.production_date)
            unit.proof, unit.usage, unit.installed_by_us = edit.proof, edit.usage, edit.installed_by_us
            unit.invoice_price_fen = edit.invoice_price_fen
            session.flush()
            after = audit.snapshot(unit)
            if change.moves:
                after["warranty"] = {"before": change.before.coverage, "after": change.after.coverage,
                                     "start_before": change.before.start_date, "start_after": change.after.start_date}
            audit.record(session, actor, "unit.update", "unit", unit.id, before, after)
            ticket_search.index_tickets(session, list(session.scalars(select(Ticket.id)
                                                                      .where(Ticket.unit_id == unit.id))))
            return self._units(session, actor.branch_id, Unit.id == unit.id, today)[0]

    # ---- merging duplicates ---------------------------------------------------------------------------------------

    def merge(self, actor: Actor, keep_id: int, keep_version: int, duplicate_id: int,
              duplicate_version: int) -> MergeResult:
        """Everything of the duplicate (phones, addresses, units, tickets, callbacks, complaints) moves to the
        customer kept; the duplicate stays as an empty record pointing at it, for the audit trail."""
        require(actor, "customer.merge")
        if keep_id == duplicate_id:
            raise ValidationError("merge_same_customer", "customer")
        with self._writing(actor, "customer.merge") as session:
            keep = self._customer(session, actor, keep_id)
            duplicate = self._customer(session, actor, duplicate_id)
            check_version(keep.version, keep_version)
            check_version(duplicate.version, duplicate_version)
            before = {"kept": audit.snapshot(keep), "merged": audit.snapshot(duplicate)}
            moved = {
                "phones": self._move(session, CustomerPhone, duplicate.id, keep.id),
                "addresses": self._move(session, CustomerAddress, duplicate.id, keep.id),
                "units": self._move(session, Unit, duplicate.id, keep.id),
                "tickets": self._move(session, Ticket, duplicate.id, keep.id),
                "callbacks": self._move(session, Callback, duplicate.id, keep.id),
                "complaints": self._move(session, Complaint, duplicate.id, keep.id),
            }
            self._drop_double_key_account_tasks(session, actor, keep.id)
            keep.is_key_account = keep.is_key_account or duplicate.is_key_account
            if duplicate.note:
                keep.note = "\n".join(t for t in (keep.note, duplicate.note) if t)[:2000]
            duplicate.merged_into_id = keep.id
            duplicate.is_key_account = False
            flag_modified(keep, "name")
            session.flush()
            session.expire_all()
            audit.record(session, actor, "customer.merge", "customer", keep.id, before,
                         {"kept": keep.id, "merged": duplicate.id, "moved": moved})
            ticket_search.index_tickets(session, ticket_search.tickets_of_customer(session, keep.id))
            return MergeResult(keep.id, duplicate.id, moved["phones"], moved["addresses"], moved["units"],
                               moved["tickets"], moved["callbacks"], moved["complaints"],
                               session.get(Customer, keep.id).version)  # type: ignore[union-attr]

    @staticmethod
    def _move(session: Session, model: Any, from_id: int, to_id: int) -> int:
        rows = list(session.scalars(select(model).where(model.customer_id == from_id)))
        for row in rows:
            row.customer_id = to_id
        session.flush()
        return len(rows)

    @staticmethod
    def _drop_double_key_account_tasks(session: Session, actor: Actor, customer_id: int) -> None:
        """Two key accounts merged would owe the customer two pending calls of each kind: one is enough."""
        for kind, _setting in KEY_ACCOUNT_KINDS:
            pending = list(session.scalars(select(Callback).where(
                Callback.customer_id == customer_id, Callback.kind == kind, Callback.status == "pending")
                .order_by(Callback.due_at, Callback.id)))
            for extra in pending[1:]:
                before = audit.snapshot(extra)
                extra.status, extra.done_at, extra.done_by = "cancelled", utc_now(), actor.user_id
                extra.notes = "merged"
                session.flush()
                audit.record(session, actor, "callback.cancel", "callback", extra.id, before, audit.snapshot(extra))

    # ---- key accounts -----------------------------------------------------------------------------------------------

    def set_key_account(self, actor: Actor, customer_id: int, version: int, key_account: bool,
                        today: date | None = None) -> KeyAccountResult:
        """Seed 003 (6): a key account is called weekly and visited monthly; marking one schedules its first calls
        at once, unmarking cancels the periodic calls still pending."""
        require(actor, "customer.key_account")
        with self._writing(actor, "customer.key_account") as session:
            customer = self._customer(session, actor, customer_id)
            check_version(customer.version, version)
            before = audit.snapshot(customer)
            customer.is_key_account = key_account
            flag_modified(customer, "is_key_account")
            session.flush()
            audit.record(session, actor, "customer.key_account", "customer", customer.id, before,
                         audit.snapshot(customer))
            created = cancelled = 0
            if key_account:
                day = today or local_day(utc_now(), branch_tz(session, actor.branch_id))
                created = schedule_key_account_callbacks(session, actor, actor.branch_id, [customer.id], day)
            else:
                cancelled = cancel_key_account_callbacks(session, actor, customer.id, "key_account_ended")
            return KeyAccountResult(key_account, created, cancelled, customer.version)

    # ---- helpers ----------------------------------------------------------------------------------------------------

    @staticmethod
    def _customer(session: Session, actor: Actor, customer_id: int) -> Customer:
        customer = session.get(Customer, customer_id)
        if customer is None or customer.branch_id != actor.branch_id:
            raise NotFoundError("customer_not_found", "customer")
        if customer.merged_into_id is not None:
            raise StateError("customer_merged", "customer", into_id=customer.merged_into_id)
        return customer

    @staticmethod
    def _unit(session: Session, actor: Actor, unit_id: int) -> Unit:
        unit = session.get(Unit, unit_id)
        customer = session.get(Customer, unit.customer_id) if unit else None
        if unit is None or customer is None or customer.branch_id != actor.branch_id:
            raise NotFoundError("unit_not_found", "unit")
        return unit
