"""Phone examples in the branch's own area code: a 新乡 (0373) clerk was told "e.g. 0372-2108187", 安阳's code, in
the intake hint and in the phone messages; the setup wizard kept phone sentences of its own beside the common ones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.errors import ValidationError
from desktop.rules.phones import parse_phone
from desktop.services.admin.settings_service import SettingsService
from desktop.services.tickets.customer_service import CustomerService
from desktop.services.tickets.ticket_service import TicketService
from desktop.views import messages, phone_examples
from desktop.views.background import BackgroundRunner
from desktop.views.intake.intake_view import IntakeView
from desktop.views.messages import error_message
from desktop.views.setup.setup_messages import setup_messages
from tests.conftest import actor_for


@pytest.fixture
def unknown_area() -> Iterator[None]:
    phone_examples.set_area_code("")
    yield
    phone_examples.set_area_code("")


def _refusal(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as raised:
        parse_phone(text)
    return raised.value


def test_the_branch_area_code_comes_from_its_hotline(db) -> None:  # type: ignore[no-untyped-def]
    admin = actor_for(db, "admin")
    settings = SettingsService(db)
    branch = settings.branch(admin)
    settings.update_branch(admin, version=branch.version, name=branch.name, address=branch.address,
                           hotline="0373-2108187")
    assert settings.area_code(admin) == "0373"
    branch = settings.branch(admin)
    settings.update_branch(admin, version=branch.version, name=branch.name, address=branch.address,
                           hotline="138 0373 0001")
    assert settings.area_code(admin) == ""  # a mobile hotline has no area code


def test_intake_and_the_phone_messages_give_the_branchs_own_code(qtbot, sqlite_db, unknown_area) -> None:  # type: ignore[no-untyped-def]
    runner = BackgroundRunner()
    view = IntakeView(CustomerService(sqlite_db), TicketService(sqlite_db), runner, actor_for(sqlite_db, "clerk"))
    qtbot.addWidget(view)
    # Before the hotline is read (or for a branch without a landline) the example names no city.
    assert "0372" not in view.ui.phone_edit.placeholderText() and "0XXX" in view.ui.phone_edit.placeholderText()
    phone_examples.set_area_code("0373")
    assert "0373-2108187" in view.ui.phone_edit.placeholderText()
    for typed in ("2108187", "0373-21081", "0373-2108187 转1234567"):
        text = error_message(_refusal(typed))
        assert "0373-" in text and "0372" not in text, text
    phone_examples.set_area_code("010")  # a three-digit code goes with an eight-digit number
    assert "010-21081870" in view.ui.phone_edit.placeholderText()
    runner.wait_for_done(10_000)


def test_the_wizard_explains_phones_with_the_hotline_typed_on_its_first_page(qtbot, unknown_area) -> None:  # type: ignore[no-untyped-def]
    from desktop.views.setup.branch_page import BranchSetupPage

    page = BranchSetupPage(None, None)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.ui.hotline_edit.setText("0373-2108187")
    assert "0373-2108187" in error_message(_refusal("2108187"))


def test_the_wizard_keeps_no_sentence_of_its_own_for_a_common_code(qapp) -> None:  # type: ignore[no-untyped-def]
    """Its phone sentences (without the example) were never shown: the common catalogue is asked first."""
    assert not set(setup_messages()) & set(messages._catalogue())
