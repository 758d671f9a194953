"""The stock and money side of the demo history: parts fitted on visits charged as the fee schedule and the warranty
status say, the van stock they came from (issues, warehouse receipts), old parts handed in and sent back to the
factory each month, and the payments taken, so the stock and charges areas and the HQ sheets have real content.

Rows follow the rules the services enforce: a part leaves a van that holds it, the warehouse never goes below zero,
a warranty part fitted free comes back with a tag, only charged visits are paid, receipts are gapless per day."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select

from desktop.clock import BRANCH_TZ
from desktop.demo.weighted import Weighted
from desktop.models import (
    Engineer,
    FaultCategory,
    FeeSchedule,
    LabourFee,
    Part,
    PartUsage,
    Payment,
    ProductLine,
    ReturnList,
    StockBalance,
    StockLocation,
    StockMovement,
)
from desktop.rules.charges import FeeLine, PartFacts, part_covered, propose
from desktop.rules.warranty import WarrantyPolicy, WarrantyStatus, warranty_status

Numbering = Callable[[str, datetime], str]
METHODS = ("cash", "wechat", "alipay", "transfer")
METHOD_WEIGHTS = (45, 35, 15, 5)
PAYMENT_METHODS = Weighted(METHODS, METHOD_WEIGHTS)
# A van is topped up for about a week's work when a part runs out (fewer of the dear ones); the warehouse
# reorders a batch of this many.
WAREHOUSE_BATCH = 40
# Old parts of the last week are still in the engineers' vans when the history ends (see _old_part).
OLD_PARTS_IN_VANS = timedelta(days=7)


def van_refill(price_fen: int) -> int:
    return 2 if price_fen >= 50_000 else 5 if price_fen >= 10_000 else 12


@dataclass
class _UnitFacts:
    line: str
    usage: str
    invoice: date | None
    installed: date | None
    produced: date | None
    proof: str
    by_us: bool


class StockStory:
    """Called by the history generator for each unit and each service report; keeps van and warehouse counts."""

    def __init__(self, conn: Connection, branch_id: int, users: dict[str, int], take_id: Callable[[str], int],
                 number: Numbering, rng: random.Random, now: datetime) -> None:
        self.branch_id, self.users, self.take_id, self.number, self.rng, self.now = (
            branch_id, users, take_id, number, rng, now)
        self.policy = WarrantyPolicy.default()
        self.units: dict[int, _UnitFacts] = {}
        self.statuses: dict[int, WarrantyStatus] = {}
        self.parts = {p[0]: PartFacts(p[0], 1, p[1], p[2], p[3], p[4]) for p in conn.execute(
            select(Part.id, Part.price_fen, Part.is_warranty_part, Part.is_main_part, Part.is_consumable))}
        self.fees: dict[tuple[str, int | None], FeeLine] = {}
        line_codes = dict(conn.execute(select(ProductLine.id, ProductLine.code)).all())
        for schedule in conn.execute(select(FeeSchedule.id, FeeSchedule.product_line_id, FeeSchedule.call_out_fee_fen,
                                            FeeSchedule.labour_fen).where(FeeSchedule.branch_id == branch_id)):
            line = line_codes[schedule[1]]
            self.fees[(line, None)] = FeeLine(schedule[2], schedule[3])
            for fault_id, labour in conn.execute(select(LabourFee.fault_category_id, LabourFee.labour_fen)
                                                 .where(LabourFee.fee_schedule_id == schedule[0])):
                self.fees[(line, fault_id)] = FeeLine(schedule[2], labour)
        self.fault_line = {fid: line_codes[lid] for fid, lid in conn.execute(
            select(FaultCategory.id, FaultCategory.product_line_id))}
        # Places, and what each holds (existing balances first, so a second history adds to them).
        self.places: dict[str, int] = dict(conn.execute(
            select(StockLocation.key, StockLocation.id).where(StockLocation.branch_id == branch_id)).all())
        new_places = []
        for key, kind, engineer in ([("warehouse", "warehouse", None), ("old_parts", "old_parts", None)]
                                    + [(f"van:{e}", "van", e) for e in conn.scalars(
                                        select(Engineer.id).where(Engineer.branch_id == branch_id))]):
            if key not in self.places:
                new_places.append({"branch_id": branch_id, "key": key, "kind": kind, "engineer_id": engineer})
        if new_places:
            # Committed by the generator with its other set-up reads.
            conn.execute(insert(StockLocation), new_places)
            self.places = dict(conn.execute(
                select(StockLocation.key, StockLocation.id).where(StockLocation.branch_id == branch_id)).all())
        self.on_hand: dict[tuple[int, int], int] = {(r[0], r[1]): r[2] for r in conn.execute(
            select(StockBalance.location_id, StockBalance.part_id, StockBalance.quantity)
            .where(StockBalance.location_id.in_(list(self.places.values()))))}
        self.existing = set(self.on_hand)
        self.lists: dict[str, dict[str, Any]] = {}
        self.movements = 0
        self.payments = 0
        self.tags = 0
        self.tag_step = 1  # a lane of a parallel load takes every n-th tag (see history._Generator)

    # --- units ---------------------------------------------------------------------------------------------

    def unit(self, unit_id: int, line: str, row: dict[str, Any]) -> None:
        self.units[unit_id] = _UnitFacts(line, row["usage"], row["invoice_date"], row["installation_date"],
                                         row["production_date"], row["proof"], row["installed_by_us"])

    def unit_line(self, unit_id: int | None) -> str:
        facts = self.units.get(unit_id) if unit_id is not None else None
        return facts.line if facts else ""

    def _coverage(self, unit_id: int | None, day: date) -> str:
        facts = self.units.get(unit_id) if unit_id is not None else None
        if unit_id is None or facts is None:
            return "unknown"
        # A unit's periods end on the same days whatever day is asked (no repair days here): worked out at its first
        # visit, then only compared with the day, as warranty_status does.
        status = self.statuses.get(unit_id)
        if status is None:
            status = self.statuses[unit_id] = warranty_status(
                facts.line, facts.usage, facts.invoice, facts.installed, facts.produced, facts.proof, day,
                self.policy, facts.by_us)
        if status.whole_unit_end is None:
            return status.coverage  # unknown
        if day <= status.whole_unit_end:
            return "whole_unit"
        if status.main_parts_end is not None and day <= status.main_parts_end:
            return "main_parts"
        return "out_of_period"

    # --- a returned sheet ---------------------------------------------------------------------------------------

    def report(self, batch: Any, report: dict[str, Any], visit: dict[str, Any], ticket: dict[str, Any],
               parts: list[tuple[int, int]], resolved: bool, payer: str) -> None:
        """The parts fitted (id, quantity), charged as the schedule proposes (a few exceptions with a reason),
        taken from the engineer's van; the payment."""
        rng = self.rng
        departed: datetime = report["departed_at"]
        day = departed.astimezone(BRANCH_TZ).date()
        fitted = [PartFacts(p.part_id, quantity, p.price_fen, p.is_warranty_part, p.is_main_part, p.is_consumable)
                  for p, quantity in ((self.parts[part_id], quantity) for part_id, quantity in parts)]
        line = self.unit_line(ticket["unit_id"])
        coverage = self._coverage(ticket["unit_id"], day)
        fees = self.fees.get((line, ticket["fault_category_id"])) or self.fees.get((line, None)) or FeeLine()
        proposal = propose(coverage, fees, fitted)
        report["coverage"] = coverage
        report["call_out_fee_fen"] = proposal.call_out_fee_fen
        # An unresolved visit charges the call-out only; the work is charged when it is done.
        report["labour_charge_fen"] = proposal.labour_fen if resolved else 0
        exceptions: list[str] = []
        total = report["call_out_fee_fen"] + report["labour_charge_fen"]
        engineer = visit["engineer_id"]
        for facts in fitted:
            covered = part_covered(coverage, facts)
            charged = not covered
            if charged and rng.random() < 0.03:
                charged = False
                exceptions.append("part_waived")
            usage_id = self.take_id("part_usage")
            batch.add(PartUsage, id=usage_id, report_id=report["id"], part_id=facts.part_id, quantity=facts.quantity,
                      unit_price_fen=facts.price_fen, charged=charged, covered=covered)
            total += facts.price_fen * facts.quantity if charged else 0
            self._use(batch, engineer, facts, departed, visit, ticket, usage_id)
            if covered and facts.is_warranty_part:
                self._old_part(batch, engineer, facts, departed, visit, ticket, usage_id)
        # Every row carries every key: PostgreSQL's executemany takes one column list for the whole batch.
        report["charge_exceptions"] = exceptions[:1]
        report["charge_reason"] = rng.choice(("老用户，配件赠送", "二次上门，配件免收", "经主管同意免收")) \
            if exceptions else ""
        if total > 0:
            self._payment(batch, report, ticket, engineer, total, departed, payer)

    # --- stock ------------------------------------------------------------------------------------------------

    def _move(self, batch: Any, kind: str, facts: PartFacts, quantity: int, at: datetime, *,
              source: str | None = None, target: str | None = None, **links: Any) -> int:
        movement_id = self.take_id("stock_movement")
        source_id = self.places[source] if source else None
        target_id = self.places[target] if target else None
        if source_id is not None:
            self.on_hand[(source_id, facts.part_id)] = self.on_hand.get((source_id, facts.part_id), 0) - quantity
        if target_id is not None:
            self.on_hand[(target_id, facts.part_id)] = self.on_hand.get((target_id, facts.part_id), 0) + quantity
        row = {"id": movement_id, "branch_id": self.branch_id, "number": self.number("stock", at), "kind": kind,
               "part_id": facts.part_id, "quantity": quantity, "from_location_id": source_id,
               "to_location_id": target_id, "engineer_id": None, "ticket_id": None, "visit_id": None,
               "part_usage_id": None, "tag_no": "", "source_movement_id": None, "return_list_id": None,
               "destination": None, "reference": "", "unit_price_fen": facts.price_fen, "override_reason": "",
               "note": "", "moved_at": at, "recorded_by": self.users["clerk"]}
        row.update(links)
        batch.add_row(StockMovement, row)
        self.movements += 1
        return movement_id

    def _use(self, batch: Any, engineer: int, facts: PartFacts, at: datetime, visit: dict[str, Any],
             ticket: dict[str, Any], usage_id: int) -> None:
        van = f"van:{engineer}"
        held = self.on_hand.get((self.places[van], facts.part_id), 0)
        if held < facts.quantity:
            # 领用 earlier that day or the day before: the van is topped up from the warehouse.
            issue_at = at - timedelta(hours=self.rng.uniform(2, 30))
            wanted = max(van_refill(facts.price_fen), facts.quantity) - held
            stocked = self.on_hand.get((self.places["warehouse"], facts.part_id), 0)
            if stocked < wanted:
                self._move(batch, "receipt", facts, WAREHOUSE_BATCH + wanted,
                           issue_at - timedelta(days=self.rng.uniform(1, 6)), target="warehouse",
                           reference=f"总部发货单 FH{issue_at:%y%m%d}{self.rng.randint(10, 99)}")
            self._move(batch, "issue", facts, wanted, issue_at, source="warehouse", target=van,
                       engineer_id=engineer)
        self._move(batch, "use", facts, facts.quantity, at, source=van, engineer_id=engineer, ticket_id=ticket["id"],
                   visit_id=visit["id"], part_usage_id=usage_id)

    def _old_part(self, batch: Any, engineer: int, facts: PartFacts, used: datetime, visit: dict[str, Any],
                  ticket: dict[str, Any], usage_id: int) -> None:
        handed_in = used + timedelta(days=self.rng.uniform(0.5, 6))
        if handed_in >= self.now or used >= self.now - OLD_PARTS_IN_VANS:
            # Still in the engineer's van: the old-parts list shows it as due. The last week's always are (parts
            # come in with the week's returns), so the demo's list is never empty at some hours of the day.
            return
        self.tags += self.tag_step
        tag = f"JX{handed_in.astimezone(BRANCH_TZ):%y%m}-{self.tags:05d}"
        returned = self._move(batch, "old_part_return", facts, facts.quantity, handed_in, target="old_parts",
                              engineer_id=engineer, ticket_id=ticket["id"], visit_id=visit["id"],
                              part_usage_id=usage_id, tag_no=tag)
        # Sent back to the factory on the 5th of the next month, on that month's return list.
        local = handed_in.astimezone(BRANCH_TZ)
        month = date(local.year + local.month // 12, local.month % 12 + 1, 5)
        sent_at = datetime.combine(month, time(10), tzinfo=BRANCH_TZ).astimezone(UTC)
        if sent_at >= self.now:
            return
        listing = self.lists.get(month.isoformat())
        if listing is None:
            listing = {"id": self.take_id("return_list"), "branch_id": self.branch_id,
                       "number": self.number("returns", sent_at), "destination": "factory",
                       "note": f"{local:%Y年%m月}旧件返厂", "created_at": sent_at,
                       "created_by": self.users["clerk"], "printed_at": sent_at}
            self.lists[month.isoformat()] = listing
            batch.add_row(ReturnList, listing)
        self._move(batch, "return_out", facts, facts.quantity, sent_at, source="old_parts", destination="factory",
                   return_list_id=listing["id"], source_movement_id=returned, tag_no=tag, ticket_id=ticket["id"],
                   engineer_id=engineer)

    # --- money ------------------------------------------------------------------------------------------------

    def _payment(self, batch: Any, report: dict[str, Any], ticket: dict[str, Any], engineer: int, total: int,
                 departed: datetime, payer: str) -> None:
        rng = self.rng
        if rng.random() < 0.03:
            return  # not paid yet (a company billed monthly, a customer who will pay at the counter)
        if rng.random() < 0.07:
            # Paid at the counter a day or two later, or not yet.
            paid_at = departed + timedelta(days=rng.uniform(1, 3))
            engineer_id = None
        else:
            paid_at = departed + timedelta(minutes=rng.uniform(1, 15))
            engineer_id = engineer
        if paid_at >= self.now:
            return
        method = PAYMENT_METHODS(rng)
        if rng.random() < 0.01:
            # A receipt written with the wrong method is voided and issued again.
            self._receipt(batch, report, ticket, engineer_id, total, method, paid_at, payer,
                          status="void", void_reason="付款方式录错，重开收据")
            method = "wechat" if method != "wechat" else "cash"
        self._receipt(batch, report, ticket, engineer_id, total, method, paid_at, payer)

    def _receipt(self, batch: Any, report: dict[str, Any], ticket: dict[str, Any], engineer_id: int | None,
                 amount: int, method: str, at: datetime, payer: str, status: str = "valid",
                 void_reason: str = "") -> None:
        batch.add(Payment, id=self.take_id("payment"), branch_id=self.branch_id,
                  receipt_no=self.number("receipt", at), ticket_id=ticket["id"], report_id=report["id"],
                  engineer_id=engineer_id, payer_name=payer, amount_fen=amount, method=method, paid_at=at, note="",
                  status=status, void_reason=void_reason, voided_at=at + timedelta(minutes=5) if status == "void"
                  else None, voided_by=self.users["supervisor"] if status == "void" else None, recorded_at=at,
                  recorded_by=self.users["clerk"], printed_at=at, version=1)
        self.payments += 1

    # --- the end ------------------------------------------------------------------------------------------------

    def finish(self, conn: Connection) -> None:
        """Writes the balances the movements add up to."""
        table = cast(Table, StockBalance.__table__)
        with conn.begin():
            for (location_id, part_id), quantity in self.on_hand.items():
                if (location_id, part_id) in self.existing:
                    conn.execute(table.update().where(table.c.location_id == location_id,
                                                      table.c.part_id == part_id).values(quantity=quantity))
                else:
                    conn.execute(insert(table).values(location_id=location_id, part_id=part_id, quantity=quantity))
