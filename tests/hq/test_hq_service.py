"""What HQ asks: side by side with numerators and denominators that add up, trends, the ranking, breakdowns, the
register of loads, and a branch's tickets paged, sorted and filtered in SQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.hq.hq_service import Figure, HqService
from desktop.hq.loader import HqLoader
from tests.hq.hq_factories import make_export

pytestmark = pytest.mark.postgres
NOV, DEC = date(2026, 11, 1), date(2026, 12, 1)


@pytest.fixture
def loaded(hq_db: Database, tmp_path: Path) -> HqService:
    loader = HqLoader(hq_db, os_user="li.hq")
    for code, name, tickets in (("AY01", "安阳网点", 30), ("ZZ02", "=郑州网点", 20), ("LY03", "洛阳网点", 12)):
        nov = make_export(code, tickets=tickets, name=name)
        loader.load(nov.write(tmp_path / f"{code}-11.xlsx"))
        dec = make_export(code, tickets=tickets // 2, name=name, installation_id=nov.installation_id,
                          start=DEC, end=date(2026, 12, 31), exported_at=datetime(2027, 1, 1, 2, 0))
        if code == "LY03":  # a branch that contacts nobody in time in December
            dec.tickets = [replace(t, first_contact_met=False) for t in dec.tickets]
        loader.load(dec.write(tmp_path / f"{code}-12.xlsx"))
    return HqService(hq_db)


def test_side_by_side_figures_add_up_to_the_network(loaded: HqService) -> None:
    months = loaded.months()
    assert months == (NOV, DEC)
    view = loaded.network(months)
    assert [b.code for b in view.branches] == ["AY01", "LY03", "ZZ02"]
    assert view.total["tickets"].count == 30 + 15 + 20 + 10 + 12 + 6
    for figure, total in view.total.items():
        assert total == sum((b.get(figure) for b in view.branches), Figure()), figure
    # A month alone, and the two months, agree with the trend.
    trend = loaded.trend(months)
    for figure in ("contact", "satisfaction", "first_visit_fix"):
        assert trend[0].get(figure) + trend[1].get(figure) == view.total[figure]
    ay = next(b for b in view.branches if b.code == "AY01")
    assert loaded.trend(months, ay.branch_id)[1].get("tickets").count == 15


def test_the_ranking_puts_the_best_first_and_counts_ties(loaded: HqService) -> None:
    ranking = loaded.ranking([DEC], "contact")
    assert ranking[-1].code == "LY03" and ranking[-1].figure.count == 0 and ranking[-1].figure.base == 6
    rates = [r.figure.rate for r in ranking]
    assert rates == sorted(rates, reverse=True)
    assert [r.rank for r in ranking] == sorted(r.rank for r in ranking) and ranking[0].rank == 1
    worse_first = loaded.ranking([NOV], "repeat_repair")  # lower is better
    shares = [r.figure.rate for r in worse_first]
    assert shares == sorted(shares)
    with pytest.raises(ValidationError):
        loaded.ranking([DEC], "tickets")


def test_breakdowns_returns_by_rule_with_money_and_grades(loaded: HqService) -> None:
    returns = {r.key1: r.figure for r in loaded.breakdown([NOV], "returns")}
    # make_export: ticket i % 16 == 0 is a 7-day refund of 1280 yuan, i % 8 == 0 otherwise an exchange.
    assert returns["R-7D"].count == 2 + 2 + 1 and returns["R-7D"].amount == 1280 * 5
    assert returns["X-15"].count == 2 + 1 + 1 and returns["X-15"].amount == 0
    grades = loaded.breakdown([NOV, DEC], "satisfaction_grade")
    assert sum(g.figure.count for g in grades) == loaded.network([NOV, DEC]).total["satisfaction"].base


def test_a_branchs_tickets_are_paged_sorted_and_filtered_in_sql(loaded: HqService) -> None:
    ay = next(b for b in loaded.branches() if b.code == "AY01")
    first = loaded.tickets(ay.branch_id, [NOV], offset=0, limit=12)
    rest = loaded.tickets(ay.branch_id, [NOV], offset=12, limit=100)
    assert first.total == rest.total == 30 and len(first.rows) == 12 and len(rest.rows) == 18
    numbers = [t.ticket_no for t in first.rows + rest.rows]
    assert numbers == sorted(numbers) and len(set(numbers)) == 30
    newest = loaded.tickets(ay.branch_id, [NOV], order="opened_at", descending=True, limit=5).rows
    assert [t.opened_at for t in newest] == sorted((t.opened_at for t in newest), reverse=True)
    found = loaded.tickets(ay.branch_id, [NOV], search="0007")
    assert [t.ticket_no for t in found.rows] == ["AY01-20261101-0007"] and found.total == 1
    assert loaded.tickets(ay.branch_id, [NOV], search="100%_").total == 0  # wildcards are literal
    with pytest.raises(ValidationError):
        loaded.tickets(ay.branch_id, [NOV], order="phone; DROP TABLE hq.tickets")


def test_the_register_names_every_load(loaded: HqService) -> None:
    loads = loaded.loads()
    assert len(loads) == 6 and {r.loaded_by_os for r in loads} == {"li.hq"}
    assert {r.file_name for r in loads} == {f"{c}-{m}.xlsx" for c in ("AY01", "ZZ02", "LY03") for m in (11, 12)}
    assert all(r.outcome == "loaded" and r.changes["tickets"]["added"] == r.rows["tickets"] for r in loads)
