"""The callback scripts as data and the pure choices: lines per kind, closing line, placeholders, retries."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.rules import callback_script as s


def test_phone_script_in_order_and_q3_only_for_repaired_units() -> None:
    assert [line.id for line in s.script_for("after_service", repaired=True)] == ["G1", "Q1", "Q2", "Q3", "Q4"]
    assert [line.id for line in s.script_for("after_install", repaired=False)] == ["G1", "Q1", "Q2", "Q4"]
    assert s.script_for("key_account_phone", repaired=False, opening="G2")[0].id == "G2"
    assert [line.id for line in s.script_for("key_account_visit", repaired=True)] == ["V0", "V1", "V2"]


def test_closing_line_follows_the_outcome() -> None:
    assert s.closing_for("after_service", {"q3_working": True}, "satisfied") == "E1"
    assert s.closing_for("after_service", {"q3_working": False}, "satisfied") == "E2"
    assert s.closing_for("after_service", {}, "dissatisfied") == "E2"
    assert s.closing_for("after_service", {"service_complaint": "迟到"}, "neutral") == "E2"
    assert s.closing_for("key_account_visit", {"q3_working": False}, "dissatisfied") == "V5"
    assert [r.id for r in s.visit_responses({"service_complaint": "x", "product_complaint": "y"})] == ["V3", "V4"]


def test_placeholders_come_from_branch_data_never_hard_coded() -> None:
    ctx = s.ScriptContext(company="某某公司", hotline="0371-1234567", brand="龙田", agent_no="007", surname="王",
                          visit_date="5月6日")
    e1 = s.fill(s.CLOSINGS["E1"], ctx)
    assert "0371-1234567" in e1.zh and "0371-1234567" in e1.en and "{" not in e1.zh + e1.en
    assert s.fill(s.VISIT_SCRIPT[1], ctx).zh.startswith("您好，请问这是王先生家吗？我们是某某公司")
    assert "007" in s.fill(s.PHONE_SCRIPT[1], ctx).zh and "5月6日" in s.fill(s.HANDLERS[0], ctx).zh
    every = (*s.PHONE_SCRIPT, *s.CLOSINGS.values(), *s.VISIT_SCRIPT, *s.HANDLERS)
    assert not any("2108187" in line.zh for line in every)
    assert all("{" not in s.fill(line, ctx).zh + s.fill(line, ctx).en for line in every)


def test_forbidden_phrases_of_seed_003_are_all_listed() -> None:
    texts = " ".join(p.zh for p in s.FORBIDDEN_PHRASES)
    for phrase in ("不行", "不清楚", "这不是我们的事", "没法干", "找别人吧", "那没有办法了", "此事我不管", "你使用不当",
                   "你找我们领导吧"):
        assert phrase in texts
    assert len(s.CALMING_LINES) == 3


def test_surname_and_brand() -> None:
    assert s.surname_of("王建国") == "王" and s.surname_of("欧阳娜娜") == "欧阳"
    assert s.brand_of("龙田 18管 1800 家用太阳能") == "龙田" and s.brand_of("LT18") == ""


def test_retry_schedule_repeats_the_last_step_then_gives_up() -> None:
    at = datetime(2026, 1, 5, 2, 0, tzinfo=UTC)
    assert s.next_retry(1, at, [120, 1440], 3) == at + timedelta(minutes=120)
    assert s.next_retry(2, at, [120, 1440], 3) == at + timedelta(days=1)
    assert s.next_retry(3, at, [120, 1440], 3) is None
    assert s.next_retry(3, at, [120, 1440], 5) == at + timedelta(days=1)
    assert s.next_retry(1, at, [], 3) is None


def test_key_account_period() -> None:
    today = date(2026, 3, 10)
    assert s.key_account_due(None, today, 7)
    assert not s.key_account_due(today - timedelta(days=6), today, 7)
    assert s.key_account_due(today - timedelta(days=7), today, 7)


def test_retries_move_into_calling_hours() -> None:
    from zoneinfo import ZoneInfo

    tz = ZoneInfo("Asia/Shanghai")
    late = datetime(2026, 1, 5, 21, 30, tzinfo=tz)
    assert s.into_calling_hours(late) == datetime(2026, 1, 6, 8, 0, tzinfo=tz)
    early = datetime(2026, 1, 5, 6, 15, tzinfo=tz)
    assert s.into_calling_hours(early) == datetime(2026, 1, 5, 8, 0, tzinfo=tz)
    noon = datetime(2026, 1, 5, 12, 0, tzinfo=tz)
    assert s.into_calling_hours(noon) == noon
