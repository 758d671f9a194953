"""The fee schedule (收费标准) per product line: call-out fee and labour per fault category; parts are charged at
their catalogue price. The supervisor edits it; everyone reads it (the engineer shows it before the work)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import utc_now
from desktop.errors import ConcurrentEditError, ValidationError
from desktop.models import FaultCategory, FeeSchedule, LabourFee, ProductLine, User
from desktop.services.charges.charge_records import FeeScheduleRow, LabourLine
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service, check_version

MAX_FEE_FEN = 10_000_000  # 100,000 yuan, as the visit result's own limit


def _check_fee(value: object, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEE_FEN:
        raise ValidationError("charge_invalid", field)
    return value


def _row(session: Session, branch_id: int, line: ProductLine) -> FeeScheduleRow:
    schedule = session.scalar(select(FeeSchedule).where(FeeSchedule.branch_id == branch_id,
                                                        FeeSchedule.product_line_id == line.id))
    own = {fee.fault_category_id: fee.labour_fen for fee in schedule.labour} if schedule else {}
    faults = session.scalars(select(FaultCategory).where(FaultCategory.product_line_id == line.id)
                             .order_by(FaultCategory.id)).all()
    labour = tuple(LabourLine(f.id, f.code, f.name_zh, f.name_en, own.get(f.id)) for f in faults)
    if schedule is None:
        return FeeScheduleRow(line.code, line.name_zh, line.name_en, 0, 0, labour, None, None, "")
    by = session.scalar(select(User.display_name).where(User.id == schedule.updated_by)) or ""
    return FeeScheduleRow(line.code, line.name_zh, line.name_en, schedule.call_out_fee_fen, schedule.labour_fen,
                          labour, schedule.version, schedule.updated_at, by)


class FeeService(Service):
    def schedules(self, actor: Actor) -> list[FeeScheduleRow]:
        with self._reading(actor, "charges.read") as session:
            return [_row(session, actor.branch_id, line)
                    for line in session.scalars(select(ProductLine).order_by(ProductLine.id))]

    def save_schedule(self, actor: Actor, product_line: str, call_out_fee_fen: int, labour_fen: int,
                      labour_by_fault: Mapping[str, int | None], *, version: int | None) -> FeeScheduleRow:
        """Replaces one product line's schedule; a fault category mapped to None takes the default labour.
        `version` is the row's version as read (None when it had no schedule yet)."""
        with self._writing(actor, "fees.manage") as session:
            _check_fee(call_out_fee_fen, "call_out_fee_fen")
            _check_fee(labour_fen, "labour_fen")
            line = session.scalar(select(ProductLine).where(ProductLine.code == product_line))
            if line is None:
                raise ValidationError("unknown_product_line", "product_line", value=product_line)
            faults = {f.code: f.id for f in session.scalars(
                select(FaultCategory).where(FaultCategory.product_line_id == line.id))}
            own: dict[int, int] = {}
            for code, fen in labour_by_fault.items():
                if code not in faults:
                    raise ValidationError("unknown_fault_category", "labour_by_fault", value=code)
                if fen is not None:
                    own[faults[code]] = _check_fee(fen, f"labour_by_fault.{code}")
            schedule = session.scalar(select(FeeSchedule).where(FeeSchedule.branch_id == actor.branch_id,
                                                                FeeSchedule.product_line_id == line.id))
            if schedule is None:
                if version is not None:
                    raise ConcurrentEditError("stale_record")
                schedule = FeeSchedule(branch_id=actor.branch_id, product_line_id=line.id, updated_at=utc_now())
                session.add(schedule)
                before = None
            else:
                check_version(schedule.version, version)
                before = {**audit.snapshot(schedule),
                          "labour": {str(f.fault_category_id): f.labour_fen for f in schedule.labour}}
            schedule.call_out_fee_fen = call_out_fee_fen
            schedule.labour_fen = labour_fen
            schedule.updated_at = utc_now()
            schedule.updated_by = actor.user_id
            current = {fee.fault_category_id: fee for fee in schedule.labour}
            for fault_id, fen in own.items():
                if fault_id in current:
                    current.pop(fault_id).labour_fen = fen
                else:
                    schedule.labour.append(LabourFee(fault_category_id=fault_id, labour_fen=fen))
            for stale in current.values():
                schedule.labour.remove(stale)
            session.flush()
            audit.record(session, actor, "fee_schedule.save", "fee_schedule", schedule.id, before,
                         {**audit.snapshot(schedule), "labour": {str(k): v for k, v in own.items()}})
            return _row(session, actor.branch_id, line)
