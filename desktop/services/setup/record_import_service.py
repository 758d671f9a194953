"""File → Import: the customers, units and past service records a branch kept in Excel.

A dry run reads the whole file and lists every bad row (nothing is stored). The import stores the good rows in
batches, each its own transaction, so Cancel leaves whole batches; importing the same file again finds every
customer by phone, every unit by model and serial and every service record by its content, and creates nothing.
Every record created is audited with the file name and row."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.clock import local_today, utc_now
from desktop.database import Database
from desktop.errors import NotFoundError
from desktop.imports.record_checks import CustomerChecks, CustomerRow, ServiceChecks, ServiceRow
from desktop.imports.record_types import RowProblem, SheetMapping, SheetPreview
from desktop.models import Customer, CustomerAddress, CustomerPhone, PastService, ProductModel, Unit
from desktop.rules.addresses import address_key, place_text
from desktop.rules.phones import Phone
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.audit import AuditEntry
from desktop.services.core.base import Service
from desktop.services.core.own_work import require_own_customer
from desktop.services.core.permissions import require
from desktop.services.core.region import load_region

# Each batch is one transaction (one fsync with synchronous=FULL): big enough that a 50,000-row file commits a few
# dozen times, small enough that Cancel answers within a second or two.
BATCH_ROWS = 2000
MAX_PROBLEMS = 20_000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ImportSummary:
    dry_run: bool
    rows: int
    rows_imported: int
    bad_rows: int
    problems: tuple[RowProblem, ...]
    customers_created: int
    units_created: int
    records_created: int
    cancelled: bool
    file: str


@dataclass(frozen=True)
class PastServiceRow:
    id: int
    served_on: date
    fault_text: str
    work_done: str
    engineer_name: str
    result: str
    model: str
    serial: str


@dataclass
class _Run:
    """What one pass over a file has learnt so far."""

    dry_run: bool
    file: str
    models: dict[str, int]
    province: str
    city: str
    rows: int = 0
    imported: int = 0
    customers: int = 0
    units: int = 0
    records: int = 0
    bad: set[tuple[str, int]] = field(default_factory=set)
    problems: list[RowProblem] = field(default_factory=list)
    # Dry run only: phones, units and records the import would create (nothing is stored to find them by).
    new_phones: dict[str, int] = field(default_factory=dict)
    new_units: dict[tuple[int, str], int] = field(default_factory=dict)
    new_records: set[str] = field(default_factory=set)

    def refuse(self, problem: RowProblem) -> None:
        self.bad.add((problem.sheet, problem.row))
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(problem)


def record_key(row: ServiceRow) -> str:
    """The same service record in any later file: phone, unit, day and what was written about it."""
    text = "|".join((row.phone.number, row.model, row.serial, row.served_on.isoformat(), row.fault, row.work_done))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class RecordImportService(Service):
    def __init__(self, database: Database) -> None:
        super().__init__(database)

    # ---- the workbook ---------------------------------------------------------------------------------------------

    def template(self, actor: Actor, path: Path, language: str = "zh") -> Path:
        require(actor, "records.import")
        # The workbook stack (openpyxl) loads with the first workbook, not with the service.
        from desktop.imports import record_workbook

        return record_workbook.write_template(path, language)

    def preview(self, actor: Actor, path: Path) -> tuple[SheetPreview, ...]:
        require(actor, "records.import")
        from desktop.imports import record_workbook

        return record_workbook.preview(path)

    def problem_report(self, actor: Actor, source: Path, mappings: tuple[SheetMapping, ...],
                       problems: tuple[RowProblem, ...], out: Path, language: str = "zh") -> Path:
        require(actor, "records.import")
        from desktop.imports import record_workbook

        return record_workbook.write_problem_report(out, source, mappings, problems, language)

    # ---- dry run and import ---------------------------------------------------------------------------------------

    def dry_run(self, actor: Actor, path: Path, mappings: tuple[SheetMapping, ...], *,
                progress: Progress | None = None, cancelled: Cancelled | None = None) -> ImportSummary:
        return self._run(actor, path, mappings, True, BATCH_ROWS, progress, cancelled)

    def import_file(self, actor: Actor, path: Path, mappings: tuple[SheetMapping, ...], *,
                    batch_rows: int = BATCH_ROWS, progress: Progress | None = None,
                    cancelled: Cancelled | None = None) -> ImportSummary:
        return self._run(actor, path, mappings, False, batch_rows, progress, cancelled)

    def _run(self, actor: Actor, path: Path, mappings: tuple[SheetMapping, ...], dry_run: bool, batch_rows: int,
             progress: Progress | None, cancelled: Cancelled | None) -> ImportSummary:
        require(actor, "records.import")
        from desktop.imports import record_workbook

        for mapping in mappings:
            record_workbook.check_mapping(mapping)
        # Customers first: a service record finds its customer among those the same file brings.
        ordered = tuple(sorted(mappings, key=lambda m: m.kind != "customers"))
        with self._reading(actor, "records.import") as session:
            models = dict(session.execute(select(ProductModel.code, ProductModel.id)).all())
            region = load_region(session, actor.branch_id)
        places = {d.name for d in region.districts} | {t for d in region.districts for t in d.towns}
        # A town listed under two districts is not placed by its name alone.
        town_districts = {t: d.name for d in region.districts for t in d.towns
                          if sum(t in e.towns for e in region.districts) == 1}
        run = _Run(dry_run, path.name[:200], models, region.province, region.city)
        today = local_today()
        stopped = False
        with record_workbook.OpenWorkbook(path) as book:
            total = book.count_rows(ordered)
            for mapping in ordered:
                checks = (CustomerChecks(mapping.sheet, set(models), places, today, town_districts)
                          if mapping.kind == "customers"
                          else ServiceChecks(mapping.sheet, set(models), today))
                batch: list[CustomerRow | ServiceRow] = []
                for number, values in book.rows(mapping):
                    run.rows += 1
                    row, problems = checks.check(number, values)
                    for problem in problems:
                        run.refuse(problem)
                    if row is not None:
                        batch.append(row)
                    if len(batch) >= batch_rows:
                        self._store(actor, run, mapping, batch)
                        batch = []
                        if progress is not None:
                            progress(run.rows, max(total, run.rows))
                        # Between batches only: a cancelled import keeps whole batches.
                        if cancelled is not None and cancelled():
                            stopped = True
                            break
                if stopped:
                    break
                if batch:
                    self._store(actor, run, mapping, batch)
        if progress is not None and not stopped:
            progress(run.rows, max(total, run.rows))
        return ImportSummary(dry_run, run.rows, run.imported, len(run.bad), tuple(run.problems), run.customers,
                             run.units, run.records, stopped, run.file)

    def _store(self, actor: Actor, run: _Run, mapping: SheetMapping, batch: list[Any]) -> None:
        opener = self._reading if run.dry_run else self._writing
        refused = len(run.bad)
        counts = (run.customers, run.units, run.records)
        try:
            with opener(actor, "records.import") as session:
                if mapping.kind == "customers":
                    entries = _store_customers(session, actor, run, mapping.sheet, batch)
                else:
                    entries = _store_services(session, actor, run, mapping.sheet, batch)
                if not run.dry_run:
                    session.flush()
                    audit.record_many(session, actor, [entry() for entry in entries])
        except BaseException:
            # The batch rolled back: nothing of it was created.
            run.customers, run.units, run.records = counts
            raise
        # Rows checked bad before the batch never entered it; those refused against the database did.
        run.imported += len(batch) - (len(run.bad) - refused)

    # ---- the customer card ----------------------------------------------------------------------------------------

    def past_services(self, actor: Actor, customer_id: int) -> list[PastServiceRow]:
        """The customer's imported service history, newest first."""
        with self._reading(actor, "customer.read") as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.branch_id != actor.branch_id:
                raise NotFoundError("customer_not_found")
            require_own_customer(session, actor, customer_id)
            rows = session.execute(
                select(PastService, ProductModel.code, Unit.serial)
                .outerjoin(Unit, Unit.id == PastService.unit_id)
                .outerjoin(ProductModel, ProductModel.id == Unit.model_id)
                .where(PastService.customer_id == customer_id)
                .order_by(PastService.served_on.desc(), PastService.id.desc()).limit(200)
            ).all()
            return [PastServiceRow(p.id, p.served_on, p.fault_text, p.work_done, p.engineer_name, p.result,
                                   code or "", serial or "") for p, code, serial in rows]


def _customer_of(session: Session, actor: Actor, numbers: list[str]) -> dict[str, int]:
    return dict(session.execute(select(CustomerPhone.number, CustomerPhone.customer_id).where(
        CustomerPhone.branch_id == actor.branch_id, CustomerPhone.number.in_(numbers))).all())


def _units_of(session: Session, run: _Run, keys: set[tuple[int, str]]) -> dict[tuple[int, str], tuple[int, object]]:
    """(model id, serial) → (unit id, owner) for the units already stored (or, in a dry run, planned)."""
    if not keys:
        return {}
    serials = {serial for _, serial in keys}
    found: dict[tuple[int, str], tuple[int, object]] = {
        (m, s): (uid, cid) for uid, m, s, cid in session.execute(
            select(Unit.id, Unit.model_id, Unit.serial, Unit.customer_id).where(Unit.serial.in_(serials)))
        if (m, s) in keys}
    if run.dry_run:
        for key in keys:
            if key not in found and key in run.new_units:
                found[key] = (-1, run.new_units[key])
    return found


@dataclass
class _Address:
    """An address to insert; `id` is set once inserted, and the unit of the same row points at it."""

    owner: int
    district: str
    detail: str
    row: int
    id: int | None = None
    town: str = ""


@dataclass
class _NewCustomer:
    name: str
    row: int
    phones: list[Phone] = field(default_factory=list)
    addresses: list[_Address] = field(default_factory=list)


def _store_customers(session: Session, actor: Actor, run: _Run, sheet: str,
                     batch: list[CustomerRow]) -> list[Any]:
    """One batch of customer rows. An owner is a stored customer's id, or a negative number for a customer this run
    creates (in an import only within the batch: it is stored, with its id, before the next batch)."""
    owners: dict[str, int] = _customer_of(session, actor, sorted({p.number for r in batch for p in r.phones}))
    units = _units_of(session, run, {(run.models[r.model], r.serial) for r in batch if r.model})
    # A customer's address is known by district and detail key (rules.addresses), as at intake; the town, when the
    # sheet gives one, goes with a new address (a stored address keeps its own).
    addresses: dict[int, dict[tuple[str, str], int | _Address]] = {}
    for address_id, customer_id, district, detail_key in session.execute(
            select(CustomerAddress.id, CustomerAddress.customer_id, CustomerAddress.district,
                   CustomerAddress.detail_key).where(CustomerAddress.customer_id.in_(set(owners.values())))):
        addresses.setdefault(customer_id, {})[(district, detail_key)] = address_id
    created: dict[int, _NewCustomer] = {}
    added_phones: list[tuple[int, Phone, int]] = []  # (stored customer, phone, row) for known customers
    added_addresses: list[_Address] = []
    new_units: list[tuple[CustomerRow, tuple[int, str], int, _Address | int | None]] = []

    def owner_of(number: str) -> int | None:
        if number in owners:
            return owners[number]
        return run.new_phones.get(number) if run.dry_run else None

    for row in batch:
        found = list(dict.fromkeys(o for o in (owner_of(p.number) for p in row.phones) if o is not None))
        if len(found) > 1:
            run.refuse(RowProblem(sheet, row.row, "phone2", "phone_taken", row.phones[-1].display))
            continue
        owner = found[0] if found else None
        unit_key = (run.models[row.model], row.serial) if row.model else None
        if unit_key is not None and unit_key in units and units[unit_key][1] != owner:
            run.refuse(RowProblem(sheet, row.row, "serial", "serial_taken", row.serial))
            continue
        if owner is None:
            run.customers += 1
            owner = -run.customers
            created[owner] = _NewCustomer(row.name, row.row)
        for phone in row.phones:
            if owner_of(phone.number) is not None:
                continue
            if run.dry_run:
                run.new_phones[phone.number] = owner
            elif owner < 0:
                created[owner].phones.append(phone)
            else:
                added_phones.append((owner, phone, row.row))
            owners[phone.number] = owner
        address: _Address | int | None = None
        if row.district or row.address:
            known = addresses.setdefault(owner, {})
            key = (row.district, address_key(row.address))
            if key not in known:
                known[key] = _Address(owner, row.district, row.address, row.row, town=row.town)
                (created[owner].addresses if owner < 0 else added_addresses).append(known[key])  # type: ignore[arg-type]
            address = known[key]
        if unit_key is not None and unit_key not in units:
            run.units += 1
            units[unit_key] = (-1, owner)
            if run.dry_run:
                run.new_units[unit_key] = owner
            else:
                new_units.append((row, unit_key, owner, address))
    if run.dry_run:
        return []
    return _insert_customers(session, actor, run, created, added_phones, added_addresses, new_units)


def _insert_ids(session: Session, model: type, rows: list[dict[str, object]]) -> list[int]:
    """One multi-row INSERT on the table (Core, not the ORM's bulk path), RETURNING the new ids in row order."""
    table = model.__table__  # type: ignore[attr-defined]
    result = session.connection().execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows)
    return [row[0] for row in result]


def _insert_customers(session: Session, actor: Actor, run: _Run, created: dict[int, _NewCustomer],
                      added_phones: list[tuple[int, Phone, int]], added_addresses: list[_Address],
                      new_units: list[tuple[CustomerRow, tuple[int, str], int, _Address | int | None]],
                      ) -> list[Any]:
    """Multi-row INSERTs (RETURNING the ids in order): thousands of rows a second, where the ORM's unit of work
    would spend most of the import on bookkeeping."""
    now = utc_now()
    ids: dict[int, int] = {}
    if created:
        keys = list(created)
        new_ids = _insert_ids(session, Customer, [
            {"branch_id": actor.branch_id, "name": created[k].name, "kind": "person", "is_key_account": False,
             "note": "", "created_at": now, "version": 1} for k in keys])
        ids = dict(zip(keys, new_ids, strict=True))

    def stored(owner: int) -> int:
        return ids[owner] if owner < 0 else owner

    phone_rows: list[tuple[int, Phone, int | None]] = [
        (ids[k], phone, None) for k, c in created.items() for phone in c.phones]
    phone_rows += [(owner, phone, row) for owner, phone, row in added_phones]
    phone_ids = _insert_ids(session, CustomerPhone, [
        {"branch_id": actor.branch_id, "customer_id": customer_id, "number": phone.number,
         "extension": phone.extension, "kind": phone.kind} for customer_id, phone, _ in phone_rows]) \
        if phone_rows else []
    all_addresses = [a for c in created.values() for a in c.addresses] + added_addresses
    if all_addresses:
        address_ids = _insert_ids(
            session, CustomerAddress,
            [{"customer_id": stored(a.owner), "province": run.province, "city": run.city, "district": a.district,
              "town": a.town, "detail": a.detail, "detail_key": address_key(a.detail)} for a in all_addresses])
        for address, address_id in zip(all_addresses, address_ids, strict=True):
            address.id = address_id
    unit_ids = _insert_ids(session, Unit, [
        {"customer_id": stored(owner), "model_id": key[0], "serial": row.serial, "invoice_date": row.invoice_date,
         "installation_date": row.installation_date, "proof": row.proof, "usage": row.usage,
         "installed_by_us": True, "status": "active", "created_at": now, "version": 1,
         "address_id": address.id if isinstance(address, _Address) else address}
        for row, key, owner, address in new_units]) if new_units else []

    entries: list[AuditEntry] = []
    for key, customer in created.items():
        entries.append(AuditEntry("customer.import", "customer", ids[key], None, {
            "name": customer.name, "phones": [p.number for p in customer.phones],
            "addresses": [place_text(a.district, a.town, a.detail) for a in customer.addresses], "file": run.file,
            "row": customer.row}))
    for (customer_id, phone, row), phone_id in zip(phone_rows, phone_ids, strict=True):
        if row is not None:
            entries.append(AuditEntry("customer.import_phone", "customer_phone", phone_id, None, {
                "customer_id": customer_id, "number": phone.number, "file": run.file, "row": row}))
    for address in added_addresses:
        entries.append(AuditEntry("customer.import_address", "customer_address", address.id, None, {
            "customer_id": address.owner, "district": address.district, "town": address.town,
            "detail": address.detail,
            "file": run.file, "row": address.row}))
    for (unit, _key, owner, _), unit_id in zip(new_units, unit_ids, strict=True):
        entries.append(AuditEntry("unit.import", "unit", unit_id, None, {
            "customer_id": stored(owner), "model": unit.model, "serial": unit.serial,
            "invoice_date": unit.invoice_date, "installation_date": unit.installation_date, "proof": unit.proof,
            "usage": unit.usage, "file": run.file, "row": unit.row}))
    return [lambda entry=entry: entry for entry in entries]


def _store_services(session: Session, actor: Actor, run: _Run, sheet: str,
                    batch: list[ServiceRow]) -> list[Any]:
    owners: dict[str, object] = dict(_customer_of(session, actor, sorted({r.phone.number for r in batch})))
    if run.dry_run:
        for row in batch:
            if row.phone.number not in owners and row.phone.number in run.new_phones:
                owners[row.phone.number] = run.new_phones[row.phone.number]
    units = _units_of(session, run, {(run.models[r.model], r.serial) for r in batch if r.model})
    keys = {record_key(r) for r in batch}
    stored = set(session.scalars(select(PastService.dedupe_key).where(
        PastService.branch_id == actor.branch_id, PastService.dedupe_key.in_(keys))))
    now = utc_now()
    records: list[dict[str, object]] = []
    for row in batch:
        customer_id = owners.get(row.phone.number)
        if customer_id is None:
            run.refuse(RowProblem(sheet, row.row, "phone", "unknown_customer", row.phone.display))
            continue
        unit_id = None
        if row.model:
            found = units.get((run.models[row.model], row.serial))
            if found is None:
                run.refuse(RowProblem(sheet, row.row, "serial", "unknown_unit", f"{row.model} {row.serial}"))
                continue
            if found[1] != customer_id:
                run.refuse(RowProblem(sheet, row.row, "serial", "serial_taken", row.serial))
                continue
            unit_id = found[0]
        key = record_key(row)
        if key in stored or key in run.new_records:
            continue
        run.records += 1
        stored.add(key)
        if run.dry_run:
            run.new_records.add(key)
            continue
        records.append({"branch_id": actor.branch_id, "customer_id": customer_id, "unit_id": unit_id,
                        "served_on": row.served_on, "fault_text": row.fault, "work_done": row.work_done,
                        "engineer_name": row.engineer, "result": row.result, "source_file": run.file,
                        "source_row": row.row, "dedupe_key": key, "created_at": now,
                        "created_by": actor.user_id or None})
    if not records:
        return []
    ids = _insert_ids(session, PastService, records)
    entries = [AuditEntry("past_service.import", "past_service", record_id, None, {
        "customer_id": record["customer_id"], "unit_id": record["unit_id"], "served_on": record["served_on"],
        "fault_text": record["fault_text"], "work_done": record["work_done"], "engineer": record["engineer_name"],
        "result": record["result"], "file": run.file, "row": record["source_row"]})
        for record, record_id in zip(records, ids, strict=True)]
    return [lambda entry=entry: entry for entry in entries]
