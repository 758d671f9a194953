"""Stock on a real database (SQLite and PostgreSQL): receipts, issues to a van, use on a visit, no negative stock
without a supervisor's reason, the ledger paged and filtered in SQL, the low-stock warning."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.clock import local_today
from desktop.errors import PermissionDenied, ValidationError
from desktop.models import AuditLog, StockMovement
from desktop.services.dispatch.dispatch_records import PartUse
from desktop.services.stock.stock_records import LedgerFilter
from desktop.services.stock.stock_service import StockService
from tests.services.dispatch_factories import engineer_id
from tests.services.stock_factories import part_ids, planned_visit, record_visit, stock_van


def _on_hand(stock: StockService, actor, kind: str, code: str, engineer: int | None = None) -> int:  # type: ignore[no-untyped-def]
    rows = stock.balances(actor, kind=kind, engineer_id=engineer, text=code, include_empty=True).rows
    return sum(r.quantity for r in rows if r.part_code == code)


def test_receipt_issue_and_van_return_move_the_balances_and_write_the_ledger(db, clerk) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    ids = part_ids(db, "CTRL-TK8", "TUBE-58-1800")
    zhang = engineer_id(db, "张师傅")
    stock.receive(clerk, ids["CTRL-TK8"], 10, reference="总部发货单 FH-1101")
    stock.receive(clerk, ids["TUBE-58-1800"], 50)
    issued = stock.issue(clerk, zhang, [(ids["CTRL-TK8"], 3), (ids["TUBE-58-1800"], 20)])
    assert [(m.kind, m.quantity, m.from_kind, m.to_kind, m.engineer_name) for m in issued] == [
        ("issue", 3, "warehouse", "van", "张师傅"), ("issue", 20, "warehouse", "van", "张师傅")]
    back = stock.return_from_van(clerk, zhang, ids["TUBE-58-1800"], 5, note="多领")
    assert (back.kind, back.from_kind, back.to_kind) == ("van_return", "van", "warehouse")
    assert _on_hand(stock, clerk, "warehouse", "CTRL-TK8") == 7
    assert _on_hand(stock, clerk, "warehouse", "TUBE-58-1800") == 35
    assert _on_hand(stock, clerk, "van", "TUBE-58-1800", zhang) == 15
    ledger = stock.ledger(clerk)
    assert ledger.total == 5
    assert [m.kind for m in ledger.rows] == ["van_return", "issue", "issue", "receipt", "receipt"]
    assert ledger.rows[-1].reference == "总部发货单 FH-1101" and ledger.rows[-1].recorded_by == "李文员"
    assert all(m.number.startswith("AY01-K") for m in ledger.rows)
    with db.read.begin() as session:
        assert session.scalar(select(func.count()).where(AuditLog.action.like("stock.%"))) == 5


def test_no_stock_goes_negative_unless_a_supervisor_gives_a_reason(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    heater = part_ids(db, "HEATER-1500")["HEATER-1500"]
    zhang = engineer_id(db, "张师傅")
    stock.receive(clerk, heater, 2)
    with pytest.raises(ValidationError) as caught:
        stock.issue(clerk, zhang, [(heater, 3)])
    assert caught.value.code == "stock_insufficient"
    assert caught.value.params["available"] == 2 and caught.value.params["wanted"] == 3
    with pytest.raises(PermissionDenied):
        stock.issue(clerk, zhang, [(heater, 3)], override_reason="厂家明天到货")
    done = stock.issue(supervisor, zhang, [(heater, 3)], override_reason="厂家明天到货，先借用")
    assert done[0].override_reason == "厂家明天到货，先借用"
    assert _on_hand(stock, clerk, "warehouse", "HEATER-1500") == -1
    # Nothing of the refused attempts was written.
    assert stock.ledger(clerk).total == 2


def test_a_visit_takes_its_parts_out_of_that_engineers_van(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, "张师傅", {"CTRL-TK8": 2})
    stock_van(db, "刘师傅", {"CTRL-TK8": 5})
    ticket, visit = planned_visit(db, engineer="张师傅")
    record_visit(db, visit, [PartUse(ids["CTRL-TK8"], 1, charged=True)])
    assert _on_hand(stock, clerk, "van", "CTRL-TK8", engineer_id(db, "张师傅")) == 1
    assert _on_hand(stock, clerk, "van", "CTRL-TK8", engineer_id(db, "刘师傅")) == 5
    [use] = stock.ledger(clerk, LedgerFilter(kind="use")).rows
    assert (use.engineer_name, use.quantity, use.from_kind, use.to_kind) == ("张师傅", 1, "van", None)
    assert use.ticket_number.startswith("AY01-TEST-")
    with db.read.begin() as session:
        movement = session.get(StockMovement, use.id)
        assert movement.visit_id == visit.id and movement.ticket_id == ticket and movement.part_usage_id


def test_a_sheet_naming_more_than_the_van_holds_is_refused_whole_until_a_supervisor_overrides(db, clerk,
                                                                                              supervisor) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    ids = part_ids(db, "CTRL-TK8")
    stock_van(db, "张师傅", {"CTRL-TK8": 1})
    _ticket, visit = planned_visit(db, engineer="张师傅")
    with pytest.raises(ValidationError) as caught:
        record_visit(db, visit, [PartUse(ids["CTRL-TK8"], 2, charged=True)])
    assert caught.value.code == "stock_insufficient" and caught.value.params["part"] == "CTRL-TK8"
    with db.read.begin() as session:
        assert session.scalar(select(func.count()).where(AuditLog.action == "service_report.create")) == 0
    from desktop.clock import utc_now
    from desktop.services.dispatch.dispatch_records import VisitResult
    from desktop.services.dispatch.visit_service import VisitService

    now = utc_now()
    report = VisitService(db).record_result(supervisor, visit.id, VisitResult(
        arrived_at=now - timedelta(hours=2), departed_at=now - timedelta(hours=1), result="resolved",
        parts=(PartUse(ids["CTRL-TK8"], 2, charged=True),), stock_override_reason="工程师自购一只，未登记领用"),
        version=visit.version)
    assert report.result == "resolved"
    assert _on_hand(stock, clerk, "van", "CTRL-TK8", engineer_id(db, "张师傅")) == -1
    [use] = stock.ledger(clerk, LedgerFilter(kind="use")).rows
    assert use.override_reason == "工程师自购一只，未登记领用"


def test_the_ledger_is_paged_and_filtered_in_sql(db, clerk) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    ids = part_ids(db, "SEAL-58", "VALVE-SOL")
    for _ in range(7):
        stock.receive(clerk, ids["SEAL-58"], 10)
    stock.receive(clerk, ids["VALVE-SOL"], 4, reference="FH-77")
    stock.issue(clerk, engineer_id(db, "刘师傅"), [(ids["VALVE-SOL"], 1)])
    first = stock.ledger(clerk, offset=0, limit=3)
    second = stock.ledger(clerk, offset=3, limit=3)
    assert first.total == second.total == 9
    assert len({m.id for m in (*first.rows, *second.rows)}) == 6
    assert stock.ledger(clerk, LedgerFilter(text="valve")).total == 2
    assert stock.ledger(clerk, LedgerFilter(text="FH-77")).total == 1
    assert stock.ledger(clerk, LedgerFilter(kind="issue", engineer_id=engineer_id(db, "刘师傅"))).total == 1
    today = local_today()
    assert stock.ledger(clerk, LedgerFilter(start=today, end=today)).total == 9
    assert stock.ledger(clerk, LedgerFilter(end=today - timedelta(days=1))).total == 0
    oldest = stock.ledger(clerk, descending=False, limit=1).rows[0]
    assert oldest.part_code == "SEAL-58"
    with pytest.raises(ValidationError):
        stock.ledger(clerk, LedgerFilter(kind="theft"))
    with pytest.raises(ValidationError):
        stock.ledger(clerk, limit=100_000)


def test_low_stock_warns_for_warehouse_parts_below_their_minimum_even_never_received(db, clerk) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    ids = part_ids(db, "CTRL-TK8", "TUBE-58-1800")
    stock.receive(clerk, ids["CTRL-TK8"], 5)  # minimum 5: not low
    stock.receive(clerk, ids["TUBE-58-1800"], 12)  # minimum 40: low
    low = {r.part_code: r.quantity for r in stock.low_stock(clerk)}
    assert low["TUBE-58-1800"] == 12 and "CTRL-TK8" not in low
    assert low["TANK-200"] == 0  # never received, minimum 2
    page = stock.balances(clerk, low_only=True)
    assert [r.part_code for r in page.rows] == ["TUBE-58-1800"] and page.rows[0].low


def test_engineers_read_stock_but_only_the_desk_moves_it(db, engineer_user) -> None:  # type: ignore[no-untyped-def]
    stock = StockService(db)
    assert stock.ledger(engineer_user).total == 0
    with pytest.raises(PermissionDenied):
        stock.receive(engineer_user, part_ids(db, "SEAL-58")["SEAL-58"], 1)
