"""Care reminders (保养提醒, seed 001): consumable intervals per model, the reminder calls in the callback queue, and
turning a reminder into a maintenance visit whose consumables are charged parts (X-CONS)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Callback,
    CallbackAttempt,
    ConsumableInterval,
    Customer,
    FaultCategory,
    MaintenanceItem,
    Part,
    ProductModel,
    Setting,
    Unit,
)
from desktop.rules import callback_script as script
from desktop.rules.care import MAX_INTERVAL_MONTHS, reminder_day
from desktop.services.callbacks.callback_hooks import add_callback
from desktop.services.callbacks.callback_outcomes import open_ticket_for_unit
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version
from desktop.services.core.branch_time import branch_tz, end_of_local_day, local_day
from desktop.services.core.care_due import CareDue, care_schedules, unit_care
from desktop.services.core.permissions import require
from desktop.services.core.settings_store import load_setting
from desktop.services.core.validation import clean_text

# Units looked at per query when the reminders are built; a branch has tens of thousands of units at most.
BATCH = 500
MAX_TIMING_DAYS = 3650


@dataclass(frozen=True)
class ModelRow:
    id: int
    code: str
    name: str
    product_line_id: int


@dataclass(frozen=True)
class IntervalRow:
    """One consumable of a model's product line, with its replacement interval (None: no reminder)."""

    part_id: int
    part_code: str
    name_zh: str
    name_en: str
    months: int | None


@dataclass(frozen=True)
class ReminderTiming:
    remind_days_before: int  # the call goes out this many days before a consumable is due
    overdue_limit_days: int  # a consumable overdue longer than this is not reminded of automatically


@dataclass(frozen=True)
class MaintenanceBooking:
    callback_id: int
    ticket_id: int
    ticket_number: str
    part_ids: tuple[int, ...]
    version: int


class CareService(Service):
    # ---- the intervals (per model) -------------------------------------------------------------------------
    def models(self, actor: Actor, product_line_id: int) -> tuple[ModelRow, ...]:
        with self._reading(actor, "ticket.read") as session:
            return tuple(ModelRow(m.id, m.code, m.name, m.product_line_id) for m in session.scalars(
                select(ProductModel).where(ProductModel.product_line_id == product_line_id,
                                           ProductModel.active.is_(True)).order_by(ProductModel.code)))

    def intervals(self, actor: Actor, model_id: int) -> tuple[IntervalRow, ...]:
        with self._reading(actor, "ticket.read") as session:
            return self._intervals(session, self._model(session, model_id))

    def set_intervals(self, actor: Actor, model_id: int, months: dict[int, int]) -> tuple[IntervalRow, ...]:
        """part id → months (0 stops the reminders for that consumable). Only the line's consumables qualify."""
        require(actor, "catalogue.manage")
        for value in months.values():
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_INTERVAL_MONTHS:
                raise ValidationError("interval_invalid", "months", maximum=MAX_INTERVAL_MONTHS)
        with self._writing(actor, "catalogue.manage") as session:
            model = self._model(session, model_id)
            allowed = {p.id for p in self._consumables(session, model)}
            unknown = sorted(set(months) - allowed)
            if unknown:
                raise ValidationError("part_not_consumable", "parts", part_id=unknown[0])
            rows = {r.part_id: r for r in session.scalars(
                select(ConsumableInterval).where(ConsumableInterval.model_id == model.id))}
            for part_id, value in sorted(months.items()):
                row = rows.get(part_id)
                before = audit.snapshot(row) if row is not None else None
                if value == 0:
                    if row is not None:
                        session.delete(row)
                        audit.record(session, actor, "care_interval.delete", "consumable_interval", row.id, before,
                                     None)
                    continue
                if row is None:
                    row = ConsumableInterval(model_id=model.id, part_id=part_id, months=value)
                    session.add(row)
                elif row.months == value:
                    continue
                else:
                    row.months = value
                session.flush()
                audit.record(session, actor, "care_interval.set", "consumable_interval", row.id, before,
                             audit.snapshot(row))
            session.flush()
            return self._intervals(session, model)

    # ---- when the reminder calls go out (branch settings) ---------------------------------------------------
    def reminder_timing(self, actor: Actor) -> ReminderTiming:
        with self._reading(actor, "callback.read") as session:
            return ReminderTiming(int(load_setting(session, actor.branch_id, "care.remind_days_before")),
                                  int(load_setting(session, actor.branch_id, "care.overdue_limit_days")))

    def set_reminder_timing(self, actor: Actor, timing: ReminderTiming) -> ReminderTiming:
        require(actor, "settings.manage")
        for field_name, value in (("remind_days_before", timing.remind_days_before),
                                  ("overdue_limit_days", timing.overdue_limit_days)):
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_TIMING_DAYS:
                raise ValidationError("days_out_of_range", field_name, maximum=MAX_TIMING_DAYS)
        with self._writing(actor, "settings.manage") as session:
            for key, value in (("care.remind_days_before", timing.remind_days_before),
                               ("care.overdue_limit_days", timing.overdue_limit_days)):
                row = session.scalar(select(Setting).where(Setting.branch_id == actor.branch_id, Setting.key == key))
                before = None if row is None else {"key": key, "value": row.value}
                if row is None:
                    session.add(Setting(branch_id=actor.branch_id, key=key, value=value))
                elif row.value == value:
                    continue
                else:
                    row.value = value
                audit.record(session, actor, "setting.set", "setting", None, before, {"key": key, "value": value})
            return timing

    # ---- what a unit is due for ----------------------------------------------------------------------------
    def unit_schedule(self, actor: Actor, unit_id: int) -> tuple[CareDue, ...]:
        with self._reading(actor, "customer.read") as session:
            unit = self._unit(session, actor, unit_id)
            return unit_care(session, actor.branch_id, unit.id)

    # ---- the reminders in the callback queue ---------------------------------------------------------------
    def schedule_reminders(self, actor: Actor, today: date | None = None) -> int:
        """Creates a 保养提醒 call for every unit with a consumable falling due within care.remind_days_before days
        (or overdue by at most care.overdue_limit_days); one per unit and due date, so running it again (or on
        another PC) creates nothing new."""
        require(actor, "callback.work")
        # Worked out in a read transaction (seconds on a long history); the write lock is taken only to add what is
        # due, and not at all on most starts, when nothing new is.
        with self._reading(actor, "callback.work") as session:
            tz = branch_tz(session, actor.branch_id)
            today = today or local_day(utc_now(), tz)
            lead = int(load_setting(session, actor.branch_id, "care.remind_days_before"))
            oldest = today - timedelta(days=int(load_setting(session, actor.branch_id, "care.overdue_limit_days")))
            with_intervals = select(ConsumableInterval.model_id).distinct()
            units = (select(Unit.id, Unit.customer_id).join(Customer, Customer.id == Unit.customer_id)
                     .where(Customer.branch_id == actor.branch_id, Unit.status == "active",
                            Unit.model_id.in_(with_intervals)).order_by(Unit.id).limit(BATCH))
            wanted: list[tuple[int, int, date]] = []
            after = 0
            # A batch of units at a time (keyset on the id), with their own reminders: a long history has hundreds
            # of thousands of units and reminders, and holding them all at once added ~70 MiB to the window's peak.
            while chunk := session.execute(units.where(Unit.id > after)).all():
                after = chunk[-1][0]
                known, pending_units = self._maintenance_reminders(session, actor.branch_id, [u for u, _ in chunk])
                # A unit with a reminder still pending gets no other: its schedule is not even worked out.
                candidates = [(u, c) for u, c in chunk if u not in pending_units]
                schedules = care_schedules(session, actor.branch_id, [u for u, _ in candidates])
                for unit_id, customer_id in candidates:
                    due = [d for d in schedules.get(unit_id, ())
                           if oldest <= d.due_on <= today + timedelta(days=max(0, lead))]
                    if due and (unit_id, due[0].due_on) not in known:
                        wanted.append((unit_id, customer_id, due[0].due_on))
        if not wanted:
            return 0
        created = 0
        with self._writing(actor, "callback.work") as session:
            for start in range(0, len(wanted), BATCH):
                batch = wanted[start:start + BATCH]
                # Read again under the write lock: another PC may have made some of them meanwhile.
                known, pending_units = self._maintenance_reminders(session, actor.branch_id, [u for u, _, _ in batch])
                for unit_id, customer_id, due_on in batch:
                    if unit_id in pending_units or (unit_id, due_on) in known:
                        continue
                    add_callback(session, actor, branch_id=actor.branch_id, customer_id=customer_id,
                                 kind="maintenance", unit_id=unit_id, care_due_on=due_on,
                                 due_at=end_of_local_day(reminder_day(due_on, lead, today), tz))
                    created += 1
        return created

    @staticmethod
    def _maintenance_reminders(session: Session, branch_id: int, unit_ids: list[int]
                               ) -> tuple[set[tuple[int, date]], set[int]]:
        """Of these units, the reminders already made (any state but cancelled: one per unit and due date, never
        made again) and the units with one still pending."""
        known: set[tuple[int, date]] = set()
        pending: set[int] = set()
        for unit_id, due_on, status in session.execute(
                select(Callback.unit_id, Callback.care_due_on, Callback.status).where(
                    Callback.unit_id.in_(unit_ids), Callback.branch_id == branch_id, Callback.kind == "maintenance",
                    Callback.status != "cancelled")):  # by ix_callback_unit_care
            if unit_id is None:
                continue
            if due_on is not None:
                known.add((unit_id, due_on))
            if status == "pending":
                pending.add(unit_id)
        return known, pending

    # ---- a reminder becomes a maintenance visit --------------------------------------------------------------
    def book_maintenance(self, actor: Actor, callback_id: int, version: int, part_ids: tuple[int, ...] = (),
                         note: str = "") -> MaintenanceBooking:
        """The customer agreed to the visit: the call is done, a maintenance ticket is opened (category 保养, never
        a 返修) whose consumables the visit result starts from as charged parts; the on-site promise is the due
        date. `part_ids` empty books what is due by the reminder's date."""
        require(actor, "callback.work")
        note = clean_text(note, "note", max_length=1000, multiline=True)
        with self._writing(actor, "callback.work") as session:
            cb = session.get(Callback, callback_id)
            if cb is None or cb.branch_id != actor.branch_id:
                raise NotFoundError("callback_not_found")
            check_version(cb.version, version)
            if cb.status != "pending":
                raise StateError("callback_not_pending", "status", status=cb.status)
            if cb.kind not in script.CARE_KINDS or cb.unit_id is None:
                raise StateError("not_a_care_reminder", "kind")
            unit = self._unit(session, actor, cb.unit_id)
            tz = branch_tz(session, actor.branch_id)
            today = local_day(utc_now(), tz)
            schedule = {d.part_id: d for d in unit_care(session, actor.branch_id, unit.id)}
            chosen = tuple(part_ids) or tuple(pid for pid, d in schedule.items()
                                              if d.due_on <= (cb.care_due_on or today))
            if not chosen:
                raise ValidationError("no_consumables_chosen", "parts")
            unknown = [pid for pid in chosen if pid not in schedule]
            if unknown:
                raise ValidationError("part_not_consumable", "parts", part_id=unknown[0])
            parts = {p.id: p for p in session.scalars(select(Part).where(Part.id.in_(chosen)))}
            model = session.get(ProductModel, unit.model_id)
            assert model is not None
            category = self._maintenance_category(session, actor, model.product_line_id)
            text = "保养：更换" + "、".join(parts[pid].name_zh for pid in chosen) + (f"\n{note}" if note else "")
            due = min(schedule[pid].due_on for pid in chosen)
            ticket = open_ticket_for_unit(session, actor, cb, unit, fault_text=text, fault_category_id=category.id,
                                          repeat_of=None, onsite_due=end_of_local_day(max(due, today), tz),
                                          event="opened_from_care_reminder")
            for pid in chosen:
                session.add(MaintenanceItem(ticket_id=ticket.id, part_id=pid, quantity=1,
                                            due_on=schedule[pid].due_on))
            before = audit.snapshot(cb)
            now = utc_now()
            cb.attempts += 1
            cb.status, cb.done_at, cb.done_by = "done", now, actor.user_id
            cb.answers = {"reached": True}
            cb.closing_line, cb.notes, cb.follow_up_ticket_id = "E1", note, ticket.id
            session.add(CallbackAttempt(callback_id=cb.id, at=now, by=actor.user_id, outcome="reached", note=""))
            session.flush()
            audit.record(session, actor, "callback.book_maintenance", "callback", cb.id, before,
                         {**audit.snapshot(cb), "parts": list(chosen)})
            return MaintenanceBooking(cb.id, ticket.id, ticket.number, chosen, cb.version)

    # ---- helpers -------------------------------------------------------------------------------------------
    @staticmethod
    def _model(session: Session, model_id: int) -> ProductModel:
        model = session.get(ProductModel, model_id)
        if model is None:
            raise NotFoundError("model_not_found")
        return model

    @staticmethod
    def _unit(session: Session, actor: Actor, unit_id: int) -> Unit:
        unit = session.get(Unit, unit_id)
        branch = session.scalar(select(Customer.branch_id).where(Customer.id == unit.customer_id)) if unit else None
        if unit is None or branch != actor.branch_id:
            raise NotFoundError("unit_not_found")
        return unit

    @staticmethod
    def _consumables(session: Session, model: ProductModel) -> list[Part]:
        return list(session.scalars(select(Part).where(
            Part.is_consumable.is_(True), Part.active.is_(True),
            (Part.product_line_id == model.product_line_id) | Part.product_line_id.is_(None)).order_by(Part.code)))

    def _intervals(self, session: Session, model: ProductModel) -> tuple[IntervalRow, ...]:
        months = dict(session.execute(select(ConsumableInterval.part_id, ConsumableInterval.months)
                                      .where(ConsumableInterval.model_id == model.id)).all())
        return tuple(IntervalRow(p.id, p.code, p.name_zh, p.name_en, months.get(p.id))
                     for p in self._consumables(session, model))

    @staticmethod
    def _maintenance_category(session: Session, actor: Actor, product_line_id: int) -> FaultCategory:
        """The line's care category (更换滤芯 …); a line without one gets 保养, so care never counts as a fault."""
        found = session.scalars(select(FaultCategory).where(
            FaultCategory.product_line_id == product_line_id, FaultCategory.maintenance.is_(True))
            .order_by(FaultCategory.id).limit(1)).first()
        if found is not None:
            return found
        category = FaultCategory(product_line_id=product_line_id, code="maintenance", name_zh="保养",
                                 name_en="Maintenance", maintenance=True)
        session.add(category)
        session.flush()
        audit.record(session, actor, "fault_category.create", "fault_category", category.id, None,
                     audit.snapshot(category))
        return category
