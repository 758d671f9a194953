"""Every product line speaks its own words: a purifier customer never hears or reads 太阳能, on the phone or on paper,
and a supervisor's edited script passes the never-say check (seed 003) before it is stored."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from desktop.errors import PermissionDenied, ValidationError
from desktop.models import AuditLog, ProductLine, ScriptText
from desktop.printing.certificate import render_certificate
from desktop.services.admin.signing_service import SigningService
from desktop.services.callbacks.callback_service import CallbackService
from desktop.services.callbacks.script_service import ScriptService
from desktop.services.claims.claim_service import ClaimService
from desktop.services.printing.report_print_service import ReportPrintService
from tests.conftest import actor_for
from tests.printing.conftest import pdf_text
from tests.services.callback_factories import make_completed_ticket
from tests.services.claim_factories import make_ticket, make_unit

PURIFIER = "HS-RO-400G"


@pytest.fixture
def clerk(db):  # type: ignore[no-untyped-def]
    return actor_for(db, "clerk")


@pytest.fixture
def supervisor(db):  # type: ignore[no-untyped-def]
    return actor_for(db, "admin")


def _line_id(db, code: str) -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return session.scalars(select(ProductLine.id).where(ProductLine.code == code)).one()


def _spoken(card) -> str:  # type: ignore[no-untyped-def]
    """Every line the clerk may read out on this call, Chinese and English."""
    lines = [*card.script, *card.closings.values(), *card.handlers, *card.visit_responses]
    return "\n".join(f"{line.zh}\n{line.en}" for line in lines)


def test_a_purifier_callback_never_says_solar_and_names_its_brand(db, clerk) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a purifier repaired by a branch named after its solar heaters (安阳龙田太阳能售后服务网点)
    made = make_completed_ticket(db, clerk, model_code=PURIFIER)
    # WHEN the clerk opens the call card
    card = CallbackService(db).card(clerk, made.callback_id)
    spoken = _spoken(card)
    # THEN no line says 太阳能 or solar; the opening names the purifier's brand and product
    assert "太阳能" not in spoken and "solar" not in spoken.lower()
    greeting = card.script[0]
    assert greeting.id == "G1" and "鸿盛净水器" in greeting.zh and "water purifier" in greeting.en
    # and "we" are a neutral purifier service, since the branch name would have said 太阳能
    assert "鸿盛净水器售后服务中心" in greeting.zh
    q3 = next(line for line in card.script if line.id == "Q3")
    assert "净水器" in q3.zh and "热水器" not in q3.zh
    assert card.product == "鸿盛净水器"


def test_the_solar_line_keeps_the_seed_wording(db, clerk) -> None:  # type: ignore[no-untyped-def]
    card = CallbackService(db).card(clerk, make_completed_ticket(db, clerk).callback_id)
    greeting = card.script[0]
    # Seed 000 回访规范: 「请问您的龙田太阳能使用情况好吗？」 with the branch's own name
    assert "请问您的龙田太阳能使用情况好吗" in greeting.zh and "安阳龙田太阳能售后服务网点回访员" in greeting.zh
    assert "修好了您的太阳能热水器" in next(line for line in card.script if line.id == "Q3").zh


def test_a_service_name_set_for_the_line_is_what_its_customers_hear(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    scripts = ScriptService(db)
    line_id = _line_id(db, "purifier")
    scripts.save(supervisor, line_id, "鸿盛", "鸿盛净水安阳服务网点", {})
    card = CallbackService(db).card(clerk, make_completed_ticket(db, clerk, model_code=PURIFIER).callback_id)
    assert card.script[0].zh.startswith("您好，我是鸿盛净水安阳服务网点回访员")
    # A service name that names another line is refused, and nothing changes.
    with pytest.raises(ValidationError) as caught:
        scripts.save(supervisor, line_id, "鸿盛", "龙田太阳能净水服务部", {})
    assert caught.value.code == "service_name_other_product_line" and caught.value.params["word"] == "太阳能"
    assert scripts.wording(supervisor, line_id).line.service_name == "鸿盛净水安阳服务网点"


def test_printed_purifier_callback_record_never_says_solar(sqlite_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = actor_for(sqlite_db, "clerk")
    made = make_completed_ticket(sqlite_db, clerk, model_code=PURIFIER)
    callbacks = CallbackService(sqlite_db)
    version = callbacks.card(clerk, made.callback_id).version
    callbacks.complete(clerk, made.callback_id, version,
                       {"q1_service_satisfied": True, "q1_explained_use": True, "q3_working": True,
                        "q5_conduct_kept": True}, "very_satisfied")
    printing = ReportPrintService(sqlite_db, SigningService(sqlite_db, folder=tmp_path / "signing"))
    for pdf in (printing.callback_record(clerk, made.callback_id),
                printing.service_sheet(clerk, made.ticket_id)):
        text = "".join(pdf_text(pdf).split())
        assert "太阳能" not in text
        # The header and the product name are the purifier's own.
        assert "鸿盛净水器售后服务中心" in text and "鸿盛净水器" in text
    record = "".join(pdf_text(printing.callback_record(clerk, made.callback_id)).split())
    assert "维修人员是否修好了您的鸿盛净水器" in record


def test_an_edited_line_is_checked_against_the_never_say_list(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    scripts = ScriptService(db)
    line_id = _line_id(db, "purifier")
    _, q2_en = next((t.zh, t.en) for t in scripts.wording(supervisor, line_id).texts if t.line_id == "Q2")
    # A never-say phrase (seed 003 「你使用不当，我们不负责」), however punctuated, is refused with its line.
    with pytest.raises(ValidationError) as caught:
        scripts.save(supervisor, line_id, "鸿盛", "", {"Q2": ("说明书看过吗？您使用不当 我们不负责哦。", q2_en)})
    assert caught.value.code == "script_forbidden_phrase" and caught.value.params["line_id"] == "Q2"
    # Another product line's word is refused too: the purifier script cannot say 太阳能.
    with pytest.raises(ValidationError) as caught:
        scripts.save(supervisor, line_id, "鸿盛", "", {"Q3": ("太阳能修好了吗？", "Fixed?")})
    assert caught.value.code == "script_other_product_line"
    with pytest.raises(ValidationError) as caught:
        scripts.save(supervisor, line_id, "鸿盛", "", {"Q3": ("{产品名}修好了吗？", "Fixed?")})
    assert caught.value.code == "script_unknown_placeholder"
    with db.read.begin() as session:
        assert session.scalar(select(func.count(ScriptText.id))) == 0
    # The preview shows the problem without storing anything.
    preview = scripts.preview(supervisor, line_id, "鸿盛", "", {"Q2": ("这个不清楚。", "Unclear.")})
    assert [(p.line_id, p.code, p.detail) for p in preview.problems] == [("Q2", "forbidden_phrase", "不清楚")]
    assert next(line for line in preview.lines if line.id == "G1").zh.endswith("请问您的鸿盛净水器使用情况好吗？")


def test_a_saved_edit_reaches_the_call_card_and_a_reset_removes_it(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    scripts = ScriptService(db)
    line_id = _line_id(db, "purifier")
    new_q2 = ("净水器的使用说明书您看过吗？滤芯更换周期清楚吗？", "Have you read the purifier manual? Is the filter "
              "schedule clear?")
    wording = scripts.save(supervisor, line_id, "鸿盛", "", {"Q2": new_q2})
    assert next(t for t in wording.texts if t.line_id == "Q2").edited
    card = CallbackService(db).card(clerk, make_completed_ticket(db, clerk, model_code=PURIFIER).callback_id)
    assert next(line for line in card.script if line.id == "Q2").zh == new_q2[0]
    # The solar line still reads the seed.
    solar = CallbackService(db).card(clerk, make_completed_ticket(db, clerk).callback_id)
    assert next(line for line in solar.script if line.id == "Q2").zh == "说明书您是否看过？有什么不了解的问题吗？"
    default = next(t for t in wording.texts if t.line_id == "Q2")
    scripts.save(supervisor, line_id, "鸿盛", "", {"Q2": (default.default_zh, default.default_en)})
    with db.read.begin() as session:
        assert session.scalar(select(func.count(ScriptText.id))) == 0
        actions = list(session.scalars(select(AuditLog.action).where(AuditLog.entity == "script_text")))
    assert actions == ["script_text.set", "script_text.reset"]


def test_only_a_supervisor_words_the_product_lines(db, clerk) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PermissionDenied):
        ScriptService(db).save(clerk, _line_id(db, "purifier"), "鸿盛", "", {})


def test_a_purifier_certificate_never_says_solar(db) -> None:  # type: ignore[no-untyped-def]
    clerk, engineer = actor_for(db, "clerk"), actor_for(db, "engineer")
    unit = make_unit(db, invoice_date=date(2026, 6, 1), installed_by_us=False, model_code=PURIFIER)
    ticket_id, _ = make_ticket(db, unit, opened=date(2026, 6, 5))
    claims = ClaimService(db)
    claim = claims.start_claim(clerk, requested_remedy="exchange", ticket_id=ticket_id)
    claim = claims.record_inspection(engineer, claim.id, claim.version, cause="quality",
                                     fault_category="performance", part="pump", note="增压泵不工作")
    claim = claims.decide(clerk, claim.id, claim.version)
    header = claims.certificate_header(clerk, claim.id)
    data = claims.certificate_data(clerk, claim.id, header.language)
    assert header.name == "鸿盛净水器售后服务中心" and data.unit.product == "鸿盛净水器"
    text = "".join(pdf_text(render_certificate(header, data)).split())
    assert "太阳能" not in text and "鸿盛净水器" in text
    # Without the claim the header stays the branch's own (the solar line's customers know it).
    assert "太阳能" in claims.certificate_header(clerk).name
