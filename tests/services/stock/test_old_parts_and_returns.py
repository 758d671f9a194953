"""旧件返还 and return lists: a free warranty replacement's old part comes back with a tag, waits on the shelf and
leaves with a printed return list (read back from the PDF); the parts a visit needs reach the dispatch slip."""

from __future__ import annotations

from datetime import timedelta

import pytest

from desktop.clock import local_today
from desktop.errors import StateError, ValidationError
from desktop.services.dispatch.dispatch_print_service import DispatchPrintService
from desktop.services.dispatch.dispatch_records import PartUse
from desktop.services.stock.return_service import ReturnService
from desktop.services.stock.stock_records import LedgerFilter, ReturnLine
from desktop.services.stock.stock_service import StockService
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text
from tests.services.dispatch_factories import engineer_id
from tests.services.stock_factories import part_ids, planned_visit, record_visit, set_unit_dates, stock_van


def _warranty_repair(db, *, tube: int = 2, seal: int = 1):  # type: ignore[no-untyped-def]
    """An in-warranty visit replacing tubes (warranty part, free) and seals (sundries, charged)."""
    ids = part_ids(db, "TUBE-58-1800", "SEAL-58")
    stock_van(db, "张师傅", {"TUBE-58-1800": tube, "SEAL-58": seal})
    ticket, visit = planned_visit(db, engineer="张师傅")
    set_unit_dates(db, ticket, sold=local_today() - timedelta(days=100))
    record_visit(db, visit, [PartUse(ids["TUBE-58-1800"], tube, charged=False),
                             PartUse(ids["SEAL-58"], seal, charged=True)])
    return ticket, visit, ids


def test_a_free_warranty_replacement_is_due_back_and_goes_on_the_shelf_with_its_tag(db, clerk) -> None:  # type: ignore[no-untyped-def]
    returns = ReturnService(db)
    _ticket, _visit, _ids = _warranty_repair(db)
    [due] = returns.old_parts_due(clerk)
    assert (due.part_code, due.quantity, due.engineer_name) == ("TUBE-58-1800", 2, "张师傅")
    assert returns.old_parts_due(clerk, engineer_id=engineer_id(db, "刘师傅")) == []
    shelf = returns.return_old_part(clerk, due.part_usage_id, "JX-0001", note="两支管均破裂")
    assert (shelf.tag_no, shelf.part_code, shelf.quantity) == ("JX-0001", "TUBE-58-1800", 2)
    assert returns.old_parts_due(clerk) == []
    assert [s.tag_no for s in returns.old_parts_on_shelf(clerk)] == ["JX-0001"]
    balance = StockService(db).balances(clerk, kind="old_parts").rows
    assert [(b.part_code, b.quantity) for b in balance] == [("TUBE-58-1800", 2)]
    with pytest.raises(StateError) as caught:
        returns.return_old_part(clerk, due.part_usage_id, "JX-0002")
    assert caught.value.code == "old_part_already_returned"


def test_a_tag_is_required_and_unique_and_only_free_warranty_parts_come_back(db, clerk) -> None:  # type: ignore[no-untyped-def]
    returns = ReturnService(db)
    _warranty_repair(db)
    _warranty_repair(db)
    first, second = returns.old_parts_due(clerk)
    with pytest.raises(ValidationError) as caught:
        returns.return_old_part(clerk, first.part_usage_id, "  ")
    assert caught.value.code == "required"
    returns.return_old_part(clerk, first.part_usage_id, "JX-0009")
    with pytest.raises(ValidationError) as caught:
        returns.return_old_part(clerk, second.part_usage_id, "JX-0009")
    assert caught.value.code == "tag_no_taken"
    # The seals were charged sundries: there is no old part to return for them.
    from sqlalchemy import select

    from desktop.models import Part, PartUsage

    with db.read.begin() as session:
        seal_usage = session.scalars(select(PartUsage.id).join(Part, Part.id == PartUsage.part_id)
                                     .where(Part.code == "SEAL-58")).first()
    with pytest.raises(StateError) as caught:
        returns.return_old_part(clerk, seal_usage, "JX-0010")
    assert caught.value.code == "not_a_warranty_replacement"


def test_a_return_list_sends_old_parts_and_stock_back_and_prints(db, clerk) -> None:  # type: ignore[no-untyped-def]
    returns, stock = ReturnService(db), StockService(db)
    _ticket, _visit, ids = _warranty_repair(db, tube=3)
    [due] = returns.old_parts_due(clerk)
    shelf = returns.return_old_part(clerk, due.part_usage_id, "JX-2026-118")
    stock.receive(clerk, ids["SEAL-58"], 20)
    listing = returns.create_return_list(clerk, "factory", [shelf.movement_id], [ReturnLine(ids["SEAL-58"], 6)],
                                         note="11月旧件返厂")
    assert (listing.destination, listing.lines, listing.quantity) == ("factory", 2, 9)
    assert listing.number.startswith("AY01-F")
    assert returns.old_parts_on_shelf(clerk) == []
    assert [r.number for r in returns.return_lists(clerk)] == [listing.number]
    out = stock.ledger(clerk, LedgerFilter(kind="return_out")).rows
    assert sorted((m.part_code, m.quantity, m.destination) for m in out) == [
        ("SEAL-58", 6, "factory"), ("TUBE-58-1800", 3, "factory")]
    seals = stock.balances(clerk, kind="warehouse", text="SEAL-58").rows
    assert seals[0].quantity == 14
    with pytest.raises(StateError) as caught:
        returns.create_return_list(clerk, "hq", [shelf.movement_id])
    assert caught.value.code == "old_part_already_sent"

    text = pdf_text(returns.return_list_pdf(clerk, listing.id))
    for expected in (listing.number, "旧件及配件返还清单", "生产厂家", "JX-2026-118", "真空管", "防尘圈",
                     "11月旧件返厂", "李文员", "合计：2 项，9 件"):
        assert expected in text


def test_a_return_list_needs_lines_a_known_destination_and_enough_stock(db, clerk) -> None:  # type: ignore[no-untyped-def]
    returns = ReturnService(db)
    seal = part_ids(db, "SEAL-58")["SEAL-58"]
    for bad, code in ((("moon", [], [ReturnLine(seal, 1)]), "invalid_choice"),
                      (("hq", [], []), "required"),
                      (("hq", [], [ReturnLine(seal, 1)]), "stock_insufficient"),
                      (("hq", [], [ReturnLine(seal, 0)]), "quantity_invalid")):
        with pytest.raises(ValidationError) as caught:
            returns.create_return_list(clerk, *bad)
        assert caught.value.code == code
    assert returns.return_lists(clerk) == []


def test_parts_planned_for_a_visit_are_issued_in_one_step_and_printed_on_the_dispatch_slip(db, clerk) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    ids = part_ids(db, "CTRL-TK8", "HEATER-1500")
    stock.receive(clerk, ids["CTRL-TK8"], 4)
    stock.receive(clerk, ids["HEATER-1500"], 4)
    _ticket, visit = planned_visit(db, engineer="刘师傅", days_ahead=1)
    needs = stock.set_visit_parts(clerk, visit.id, [(ids["CTRL-TK8"], 1), (ids["HEATER-1500"], 2)])
    assert [(n.part_code, n.quantity, n.issued) for n in needs] == [("CTRL-TK8", 1, 0), ("HEATER-1500", 2, 0)]
    [row] = stock.visits_needing_parts(clerk, local_today(), 3)
    assert row.visit_id == visit.id and row.engineer_name == "刘师傅" and len(row.needs) == 2
    issued = stock.issue_for_visit(clerk, visit.id)
    assert sorted((m.part_code, m.quantity) for m in issued) == [("CTRL-TK8", 1), ("HEATER-1500", 2)]
    [row] = stock.visits_needing_parts(clerk, local_today(), 3)
    assert all(n.issued == n.quantity for n in row.needs)
    with pytest.raises(StateError) as caught:
        stock.issue_for_visit(clerk, visit.id)
    assert caught.value.code == "nothing_to_issue"

    slip = DispatchPrintService(db)
    day = slip.engineer_day(actor_for(db, "dispatch"), engineer_id(db, "刘师傅"), local_today() + timedelta(days=1))
    [line] = day.slip.lines
    assert "智能控制仪 TK-8 ×1个" in line.parts_to_take and "电加热管 1.5kW ×2支" in line.parts_to_take
    pdf, _ = slip.render_engineer_day(actor_for(db, "dispatch"), engineer_id(db, "刘师傅"),
                                      local_today() + timedelta(days=1))
    text = pdf_text(pdf).replace("\n", "")
    assert "智能控制仪" in text and "×2支" in text

    # Clearing the list leaves the issued parts in the van; the slip no longer lists them.
    assert stock.set_visit_parts(clerk, visit.id, []) == ()
    day = slip.engineer_day(actor_for(db, "dispatch"), engineer_id(db, "刘师傅"), local_today() + timedelta(days=1))
    assert day.slip.lines[0].parts_to_take == ""
