"""Old parts (旧件返还) and return lists: warranty parts replaced free come back from the engineer with a tag, wait on
the old-parts shelf and go back to HQ or the factory with a printed list, as do good parts the warehouse returns."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import Session, aliased

from desktop.clock import to_local, utc_now
from desktop.errors import NotFoundError, StateError, ValidationError
from desktop.models import (
    Branch,
    Engineer,
    Part,
    PartUsage,
    ReturnList,
    ServiceReport,
    StockMovement,
    Ticket,
    User,
    Visit,
)
from desktop.models.stock import RETURN_DESTINATIONS
from desktop.printing.documents import BranchHeader
from desktop.rules.names import name_in
from desktop.services.core import audit
from desktop.services.core.actor import Actor
from desktop.services.core.base import Service
from desktop.services.core.branch_time import branch_tz, local_day
from desktop.services.core.numbering import next_number
from desktop.services.core.settings_store import load_setting
from desktop.services.core.validation import clean_text
from desktop.services.stock.stock_moves import check_quantity, load_part, location, move
from desktop.services.stock.stock_records import OldPartDue, ReturnLine, ReturnListRow, ShelfPart

if TYPE_CHECKING:
    from desktop.printing.return_list import ReturnListData

MAX_LIST_LINES = 500


def _returned_usages() -> Select[Any]:
    return select(StockMovement.part_usage_id).where(StockMovement.kind == "old_part_return",
                                                     StockMovement.part_usage_id.is_not(None))


def _sent_back() -> Select[Any]:
    return select(StockMovement.source_movement_id).where(StockMovement.source_movement_id.is_not(None))


class ReturnService(Service):
    # ---- old parts ------------------------------------------------------------------------------------------------

    def old_parts_due(self, actor: Actor, *, engineer_id: int | None = None, limit: int = 500) -> list[OldPartDue]:
        """Warranty parts replaced free whose old part has not been handed in yet, oldest first."""
        with self._reading(actor, "stock.read") as session:
            query = (select(PartUsage.id, Ticket.number, Visit.engineer_id, Engineer.name, Part.code, Part.name_zh,
                            Part.name_en, PartUsage.quantity, ServiceReport.departed_at)
                     .join(ServiceReport, ServiceReport.id == PartUsage.report_id)
                     .join(Visit, Visit.id == ServiceReport.visit_id)
                     .join(Ticket, Ticket.id == Visit.ticket_id)
                     .join(Engineer, Engineer.id == Visit.engineer_id)
                     .join(Part, Part.id == PartUsage.part_id)
                     .where(Ticket.branch_id == actor.branch_id, Part.is_warranty_part.is_(True),
                            PartUsage.covered.is_(True), PartUsage.id.not_in(_returned_usages()))
                     .order_by(ServiceReport.departed_at, PartUsage.id).limit(max(1, min(limit, 2000))))
            if engineer_id is not None:
                query = query.where(Visit.engineer_id == engineer_id)
            return [OldPartDue(*r) for r in session.execute(query)]

    def return_old_part(self, actor: Actor, part_usage_id: int, tag_no: str, *, note: str = "") -> ShelfPart:
        """旧件返还: the engineer hands in the old part of a free warranty replacement; it goes on the shelf with
        its tag number until a return list sends it back."""
        with self._writing(actor, "stock.move") as session:
            tag_no = clean_text(tag_no, "tag_no", max_length=40, required=True)
            note = clean_text(note, "note", max_length=500, multiline=True)
            row = session.execute(
                select(PartUsage, Visit, Ticket).join(ServiceReport, ServiceReport.id == PartUsage.report_id)
                .join(Visit, Visit.id == ServiceReport.visit_id).join(Ticket, Ticket.id == Visit.ticket_id)
                .where(PartUsage.id == part_usage_id)).first()
            if row is None or row[2].branch_id != actor.branch_id:
                raise NotFoundError("part_usage_not_found", "part_usage_id")
            usage, visit, ticket = row
            part = load_part(session, usage.part_id, active=False)
            if not (part.is_warranty_part and usage.covered):
                raise StateError("not_a_warranty_replacement", "part_usage_id")
            if session.scalar(_returned_usages().where(StockMovement.part_usage_id == usage.id)) is not None:
                raise StateError("old_part_already_returned", "part_usage_id")
            if session.scalar(select(StockMovement.id).where(StockMovement.kind == "old_part_return",
                                                             StockMovement.tag_no == tag_no,
                                                             StockMovement.branch_id == actor.branch_id)):
                raise ValidationError("tag_no_taken", "tag_no", tag_no=tag_no)
            movement = move(session, actor, "old_part_return", part, usage.quantity,
                            target=location(session, actor.branch_id, "old_parts"), engineer_id=visit.engineer_id,
                            ticket_id=ticket.id, visit_id=visit.id, part_usage_id=usage.id, tag_no=tag_no, note=note)
            audit.record(session, actor, "stock.old_part_return", "stock_movement", movement.id, None,
                         audit.snapshot(movement))
            return _shelf(session, [movement.id])[0]

    def old_parts_on_shelf(self, actor: Actor) -> list[ShelfPart]:
        """Old parts handed in and not yet sent back, oldest first."""
        with self._reading(actor, "stock.read") as session:
            ids = list(session.scalars(
                select(StockMovement.id).where(StockMovement.branch_id == actor.branch_id,
                                               StockMovement.kind == "old_part_return",
                                               StockMovement.id.not_in(_sent_back()))
                .order_by(StockMovement.moved_at, StockMovement.id)))
            return _shelf(session, ids)

    # ---- return lists ---------------------------------------------------------------------------------------------

    def create_return_list(self, actor: Actor, destination: str, old_part_ids: Sequence[int],
                           stock_lines: Sequence[ReturnLine] = (), *, note: str = "",
                           override_reason: str = "") -> ReturnListRow:
        """返厂 / 退回总部: the chosen old parts from the shelf and good parts from the warehouse leave the branch
        on one numbered list (print it with return_list_pdf)."""
        with self._writing(actor, "stock.move") as session:
            if destination not in RETURN_DESTINATIONS:
                raise ValidationError("invalid_choice", "destination")
            note = clean_text(note, "note", max_length=500, multiline=True)
            old_ids = list(dict.fromkeys(old_part_ids))
            if not old_ids and not stock_lines:
                raise ValidationError("required", "lines")
            if len(old_ids) + len(stock_lines) > MAX_LIST_LINES:
                raise ValidationError("too_many_lines", "lines", maximum=MAX_LIST_LINES)
            for line in stock_lines:
                check_quantity(line.quantity)
            branch = session.get(Branch, actor.branch_id)
            if branch is None:
                raise NotFoundError("branch_not_found")
            now = utc_now()
            listing = ReturnList(branch_id=branch.id, destination=destination, note=note, created_at=now,
                                 created_by=actor.user_id,
                                 number=next_number(session, branch.id, branch.code, "returns",
                                                    local_day(now, branch_tz(session, branch.id))))
            session.add(listing)
            session.flush()
            shelf = location(session, branch.id, "old_parts")
            warehouse = location(session, branch.id, "warehouse")
            sent = set(session.scalars(_sent_back().where(StockMovement.source_movement_id.in_(old_ids))))
            for movement_id in old_ids:
                old = session.get(StockMovement, movement_id)
                if old is None or old.branch_id != branch.id or old.kind != "old_part_return":
                    raise NotFoundError("old_part_not_found", "old_part_ids", movement_id=movement_id)
                if movement_id in sent:
                    raise StateError("old_part_already_sent", "old_part_ids", tag_no=old.tag_no)
                sent_back = move(session, actor, "return_out", load_part(session, old.part_id, active=False),
                                 old.quantity, source=shelf, at=now, destination=destination,
                                 return_list_id=listing.id, source_movement_id=old.id, tag_no=old.tag_no,
                                 ticket_id=old.ticket_id, engineer_id=old.engineer_id, note=note)
                audit.record(session, actor, "stock.return_out", "stock_movement", sent_back.id, None,
                             audit.snapshot(sent_back))
            for line in stock_lines:
                sent_back = move(session, actor, "return_out", load_part(session, line.part_id, active=False),
                                 line.quantity, source=warehouse, override_reason=override_reason, at=now,
                                 destination=destination, return_list_id=listing.id, note=note)
                audit.record(session, actor, "stock.return_out", "stock_movement", sent_back.id, None,
                             audit.snapshot(sent_back))
            session.flush()
            audit.record(session, actor, "return_list.create", "return_list", listing.id, None,
                         {**audit.snapshot(listing), "old_parts": old_ids,
                          "stock": [(line.part_id, line.quantity) for line in stock_lines]})
            return _list_rows(session, [listing.id])[0]

    def return_lists(self, actor: Actor, *, limit: int = 200) -> list[ReturnListRow]:
        with self._reading(actor, "stock.read") as session:
            ids = list(session.scalars(select(ReturnList.id).where(ReturnList.branch_id == actor.branch_id)
                                       .order_by(ReturnList.id.desc()).limit(max(1, min(limit, 1000)))))
            return _list_rows(session, ids)

    def return_list_data(self, actor: Actor, return_list_id: int) -> tuple[BranchHeader, ReturnListData]:
        from desktop.printing.return_list import ReturnListData, ReturnListLine  # ReportLab with the first list

        with self._reading(actor, "stock.read") as session:
            listing = session.get(ReturnList, return_list_id)
            if listing is None or listing.branch_id != actor.branch_id:
                raise NotFoundError("return_list_not_found", "return_list_id")
            branch = session.get(Branch, actor.branch_id)
            assert branch is not None
            language = str(load_setting(session, branch.id, "print.language"))
            header = BranchHeader(branch.code, branch.name, branch.address, branch.hotline, branch.logo_png, language,
                                  timezone=branch.timezone or "Asia/Shanghai")
            zone = ZoneInfo(branch.timezone or "Asia/Shanghai")
            lines = []
            for movement, part, ticket_no in session.execute(
                    select(StockMovement, Part, Ticket.number).join(Part, Part.id == StockMovement.part_id)
                    .outerjoin(Ticket, Ticket.id == StockMovement.ticket_id)
                    .where(StockMovement.return_list_id == listing.id).order_by(StockMovement.id)):
                name = name_in(part.name_zh, part.name_en, language)
                lines.append(ReturnListLine(part.code, name, part.unit, movement.quantity,
                                            Decimal(movement.unit_price_fen).scaleb(-2),
                                            movement.source_movement_id is not None, movement.tag_no,
                                            ticket_no or ""))
            handled_by = session.scalar(select(User.display_name).where(User.id == listing.created_by)) or ""
            return header, ReturnListData(listing.number, listing.destination, to_local(listing.created_at, zone),
                                          handled_by, listing.note, tuple(lines))

    def return_list_pdf(self, actor: Actor, return_list_id: int) -> bytes:
        from desktop.printing.return_list import render_return_list

        header, data = self.return_list_data(actor, return_list_id)
        return render_return_list(header, data, printed_at=to_local(utc_now()))

    def mark_return_list_printed(self, actor: Actor, return_list_id: int) -> None:
        with self._writing(actor, "stock.move") as session:
            listing = session.get(ReturnList, return_list_id)
            if listing is None or listing.branch_id != actor.branch_id:
                raise NotFoundError("return_list_not_found", "return_list_id")
            listing.printed_at = utc_now()
            audit.record(session, actor, "return_list.print", "return_list", listing.id, None,
                         {"printed_at": listing.printed_at})


def _shelf(session: Session, ids: Sequence[int]) -> list[ShelfPart]:
    if not ids:
        return []
    order = {movement_id: index for index, movement_id in enumerate(ids)}
    rows = session.execute(
        select(StockMovement.id, StockMovement.number, StockMovement.tag_no, Ticket.number, Engineer.name, Part.id,
               Part.code, Part.name_zh, Part.name_en, StockMovement.quantity, StockMovement.moved_at)
        .join(Part, Part.id == StockMovement.part_id)
        .outerjoin(Ticket, Ticket.id == StockMovement.ticket_id)
        .outerjoin(Engineer, Engineer.id == StockMovement.engineer_id)
        .where(StockMovement.id.in_(list(ids)))).all()
    found = [ShelfPart(r[0], r[1], r[2], r[3] or "", r[4] or "", *r[5:]) for r in rows]
    return sorted(found, key=lambda s: order[s.movement_id])


def _list_rows(session: Session, ids: Sequence[int]) -> list[ReturnListRow]:
    if not ids:
        return []
    counts = {r[0]: (int(r[1]), int(r[2] or 0)) for r in session.execute(
        select(StockMovement.return_list_id, func.count(), func.sum(StockMovement.quantity))
        .where(StockMovement.return_list_id.in_(list(ids))).group_by(StockMovement.return_list_id))}
    creator = aliased(User)
    rows = session.execute(
        select(ReturnList.id, ReturnList.number, ReturnList.destination, ReturnList.created_at, creator.display_name,
               ReturnList.note)
        .outerjoin(creator, and_(creator.id == ReturnList.created_by))
        .where(ReturnList.id.in_(list(ids)))).all()
    by_id = {r[0]: ReturnListRow(r[0], r[1], r[2], r[3], r[4] or "", *counts.get(r[0], (0, 0)), r[5]) for r in rows}
    return [by_id[i] for i in ids if i in by_id]

