"""The setup wizard driven as a supervisor would on the first start: every page, Back and Next, a bad branch code,
closing half way and resuming, and Finish creating the real branch (with or without a signing key)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from sqlalchemy import select

from desktop.database import Database
from desktop.errors import ValidationError
from desktop.models import Branch, Engineer, ProductLine, Setting, User
from desktop.services.admin.auth_service import AuthService
from desktop.services.admin.signing_service import SigningService
from desktop.views.setup.setup_wizard import SetupWizard
from tests.conftest import FAST_HASHER
from tests.services.setup_factories import empty_sqlite, setup_service  # noqa: F401 - fixture


@pytest.fixture
def answer_yes(monkeypatch):  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _wizard(qtbot, database: Database, tmp_path: Path) -> SetupWizard:  # type: ignore[no-untyped-def]
    wizard = SetupWizard(setup_service(database), SigningService(database, folder=tmp_path / "signing"))
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_branch(wizard: SetupWizard, qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    page = wizard.page_for("branch")
    page.ui.name_edit.setText("新乡太阳能售后服务网点")
    page.ui.code_edit.clear()
    qtbot.keyClicks(page.ui.code_edit, code)
    page.ui.address_edit.setText("河南省新乡市红旗区平原路 9 号")
    qtbot.keyClicks(page.ui.hotline_edit, "0373-2108187")
    page.ui.province_edit.setText("河南省")
    page.ui.city_edit.setText("新乡市")
    for district in ("红旗区", "卫滨区"):
        page.ui.place_edit.setText(district)
        qtbot.mouseClick(page.ui.add_district_button, Qt.MouseButton.LeftButton)
    page.ui.district_tree.setCurrentItem(page.ui.district_tree.topLevelItem(0))
    page.ui.place_edit.setText("东街街道")
    qtbot.mouseClick(page.ui.add_town_button, Qt.MouseButton.LeftButton)


def _fill_catalogue(wizard: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = wizard.page_for("catalogue")
    for name, english, whole, main in (("太阳能热水器", "Solar water heater", "12", "36"),
                                       ("空气能热泵", "Heat pump", "", "")):
        qtbot.mouseClick(page.ui.add_line_button, Qt.MouseButton.LeftButton)
        row = page.ui.lines_table.rowCount() - 1
        for column, value in enumerate((name, english, whole, main)):
            page.ui.lines_table.item(row, column).setText(value)
    for line, code in (("太阳能热水器", "XT-18"), ("空气能热泵", "XT-HP3")):
        qtbot.mouseClick(page.ui.add_model_button, Qt.MouseButton.LeftButton)
        row = page.ui.models_table.rowCount() - 1
        combo = page.ui.models_table.cellWidget(row, 0)
        combo.setCurrentIndex(combo.findText(line))
        page.ui.models_table.item(row, 1).setText(code)


def _fill_engineer(wizard: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = wizard.page_for("engineers")
    page.ui.name_edit.setText("周师傅")
    qtbot.keyClicks(page.ui.phone_edit, "13803730001")
    for widget in (page.ui.areas_list, page.ui.skills_list):
        widget.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(page.ui.add_button, Qt.MouseButton.LeftButton)


def _fill_users(wizard: SetupWizard, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = wizard.page_for("users")
    page.ui.supervisor_username_edit.clear()
    qtbot.keyClicks(page.ui.supervisor_username_edit, "boss")
    page.ui.supervisor_name_edit.setText("王主管")
    qtbot.keyClicks(page.ui.supervisor_password_edit, "start-2026-ok")
    qtbot.keyClicks(page.ui.supervisor_confirm_edit, "start-2026-ok")
    qtbot.keyClicks(page.ui.username_edit, "zhou")
    page.ui.name_edit.setText("周师傅")
    page.ui.role_combo.setCurrentIndex(page.ui.role_combo.findData("engineer"))
    page.ui.engineer_combo.setCurrentIndex(page.ui.engineer_combo.findText("周师傅"))
    qtbot.keyClicks(page.ui.password_edit, "field-2026-z")
    qtbot.mouseClick(page.ui.add_user_button, Qt.MouseButton.LeftButton)


def test_every_page_back_and_next_a_bad_code_then_finish(qtbot, empty_sqlite, tmp_path,  # noqa: F811
                                                         answer_yes) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, empty_sqlite, tmp_path)
    assert wizard.currentId() == 0
    # A bad code: the page stays, says why, and keeps everything typed.
    _fill_branch(wizard, qtbot, "x")
    wizard.next()
    branch = wizard.page_for("branch")
    assert wizard.currentId() == 0 and branch.ui.message_label.text()
    assert branch.ui.name_edit.text() == "新乡太阳能售后服务网点" and branch.ui.district_tree.topLevelItemCount() == 2
    qtbot.keyClicks(branch.ui.code_edit, "x02")
    assert branch.ui.code_edit.text() == "XX02"  # typed lower case, kept upper case
    wizard.next()
    assert wizard.currentId() == 1

    _fill_catalogue(wizard, qtbot)
    catalogue = wizard.page_for("catalogue")
    assert "空气能热泵" in catalogue.ui.policy_label.text()  # flagged while typing
    # Back and Next again: what was typed on both pages is still there.
    wizard.back()
    assert wizard.currentId() == 0 and branch.ui.code_edit.text() == "XX02"
    wizard.next()
    assert wizard.currentId() == 1 and catalogue.ui.lines_table.rowCount() == 2
    wizard.next()
    assert wizard.currentId() == 2
    assert any("空气能热泵" in text for text in answer_yes)  # the missing policy was flagged before going on

    commitments = wizard.page_for("commitments")
    assert "onsite.solar" in commitments.editors and "onsite.heat_pump" in commitments.editors
    commitments.editors["commitment.first_contact_minutes"].setValue(15)
    wizard.next()
    assert wizard.currentId() == 3

    engineers = wizard.page_for("engineers")
    wizard.next()  # no engineer yet
    assert wizard.currentId() == 3 and engineers.ui.message_label.text()
    _fill_engineer(wizard, qtbot)
    assert engineers.ui.engineers_table.rowCount() == 1
    wizard.next()
    assert wizard.currentId() == 4

    users = wizard.page_for("users")
    _fill_users(wizard, qtbot)
    users.ui.supervisor_confirm_edit.setText("start2027")
    wizard.next()
    assert wizard.currentId() == 4 and users.ui.message_label.text()
    users.ui.supervisor_confirm_edit.setText("start-2026-ok")
    wizard.next()
    assert wizard.currentId() == 5

    signing = wizard.page_for("signing")
    signing.ui.skip_radio.setChecked(True)
    assert signing.ui.skip_label.isVisible()
    with qtbot.waitSignal(wizard.branch_created, timeout=10_000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.supervisor is not None
    with empty_sqlite.read.begin() as session:
        assert session.scalars(select(Branch.code)).one() == "XX02"
        assert {u.username: u.role for u in session.scalars(select(User))} == {"boss": "supervisor",
                                                                                "zhou": "engineer"}
        zhou = session.scalars(select(Engineer)).one()
        assert zhou.areas == ["红旗区"] and zhou.skills == ["solar"] and zhou.user_id is not None
        assert {p.code for p in session.scalars(select(ProductLine))} == {"solar", "heat_pump"}
        settings = dict(session.execute(select(Setting.key, Setting.value)).all())
        assert settings["commitment.first_contact_minutes"] == 15
        assert [d["name"] for d in settings["branch.region"]["districts"]] == ["红旗区", "卫滨区"]
    assert AuthService(empty_sqlite, hasher=FAST_HASHER).login("zhou", "field-2026-z").role == "engineer"


def test_closing_half_way_resumes_on_the_same_page_with_what_was_typed(qtbot, empty_sqlite, tmp_path,  # noqa: F811
                                                                       answer_yes) -> None:  # type: ignore[no-untyped-def]
    first = _wizard(qtbot, empty_sqlite, tmp_path)
    _fill_branch(first, qtbot, "xx02")
    first.next()
    _fill_catalogue(first, qtbot)
    first.next()
    assert first.currentId() == 2
    first.page_for("commitments").editors["commitment.report_back_minutes"].setValue(45)
    first.reject()  # closed half way, on the commitments page, without Next

    again = _wizard(qtbot, empty_sqlite, tmp_path)
    assert again.currentId() == 2
    assert again.page_for("commitments").editors["commitment.report_back_minutes"].value() == 45
    assert again.page_for("branch").ui.code_edit.text() == "XX02"
    assert again.page_for("catalogue").ui.lines_table.rowCount() == 2
    # Back from the resumed page reaches the earlier pages with their content.
    again.back()
    assert again.currentId() == 1 and again.page_for("catalogue").ui.models_table.rowCount() == 2
    again.next()
    again.next()
    assert again.currentId() == 3


def test_a_created_signing_key_is_ready_after_finish(qtbot, empty_sqlite, tmp_path, answer_yes) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    from tests.services.setup_factories import fill_every_page

    fill_every_page(setup_service(empty_sqlite))
    wizard = _wizard(qtbot, empty_sqlite, tmp_path)
    assert wizard.currentId() == 5
    signing = wizard.page_for("signing")
    signing.ui.create_radio.setChecked(True)
    qtbot.keyClicks(signing.ui.passphrase_edit, "branch-key-2026")
    qtbot.keyClicks(signing.ui.passphrase_confirm_edit, "branch-key-2027")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.supervisor is None and signing.ui.message_label.text()  # passphrases differ
    signing.ui.passphrase_confirm_edit.setText("branch-key-2026")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.supervisor is not None and wizard.signing_problem == ""
    status = SigningService(empty_sqlite, folder=tmp_path / "signing").status(wizard.supervisor)
    assert status.has_key


def test_a_users_row_is_picked_to_give_its_password_again(qtbot, empty_sqlite, tmp_path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """Reopened, the wizard lists the users without their passwords ("missing"): the clerk picks the row, types a
    password and presses Add user, and the row is set, not listed twice (before, only remove and retype helped)."""
    wizard = _wizard(qtbot, empty_sqlite, tmp_path)
    page = wizard.page_for("users")
    qtbot.keyClicks(page.ui.username_edit, "lina")
    page.ui.name_edit.setText("李娜")
    qtbot.keyClicks(page.ui.password_edit, "Clerk2026a")
    qtbot.mouseClick(page.ui.add_user_button, Qt.MouseButton.LeftButton)
    page.show_page(page.collect())  # as reopened: passwords are never kept
    assert page.ui.users_table.item(0, 4).text() in ("missing", "未设置")
    rect = page.ui.users_table.visualItemRect(page.ui.users_table.item(0, 0))
    qtbot.mouseClick(page.ui.users_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (page.ui.username_edit.text(), page.ui.name_edit.text()) == ("lina", "李娜")
    qtbot.keyClicks(page.ui.password_edit, "Clerk2026b")
    qtbot.mouseClick(page.ui.add_user_button, Qt.MouseButton.LeftButton)
    assert [(a.username, a.password) for a in page.accounts] == [("lina", "Clerk2026b")]
    assert page.ui.users_table.rowCount() == 1


def test_a_product_line_just_added_is_named_in_the_policy_warning(qtbot, empty_sqlite, tmp_path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """The warning under a row just added read "No 三包 warranty policy for: . Enter ..." (an empty name)."""
    wizard = _wizard(qtbot, empty_sqlite, tmp_path)
    page = wizard.page_for("catalogue")
    qtbot.mouseClick(page.ui.add_line_button, Qt.MouseButton.LeftButton)
    text = page.ui.policy_label.text()
    assert text and ": ." not in text and "：。" not in text
    assert "new line" in text or "新产品线" in text


def test_removing_the_row_a_message_was_about_clears_the_message(qtbot, empty_sqlite, tmp_path) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """"Row 1: a user name has 2 to 40 letters ...: 李娜" stayed under the table after that row was removed."""
    wizard = _wizard(qtbot, empty_sqlite, tmp_path)
    page = wizard.page_for("users")
    qtbot.keyClicks(page.ui.supervisor_password_edit, "start-2026-ok")
    qtbot.keyClicks(page.ui.supervisor_confirm_edit, "start-2026-ok")
    page.ui.username_edit.setText("李娜")
    qtbot.keyClicks(page.ui.password_edit, "Clerk2026a")
    qtbot.mouseClick(page.ui.add_user_button, Qt.MouseButton.LeftButton)
    page.show_error(ValidationError("username_invalid", "username", row=1, value="李娜"))
    # A Chinese name is the first thing a branch types: the sentence says what to type instead.
    assert "李娜" in page.message_label.text() and "lina" in page.message_label.text()
    page.ui.users_table.setCurrentCell(0, 0)
    qtbot.mouseClick(page.ui.remove_user_button, Qt.MouseButton.LeftButton)
    assert page.accounts == [] and page.message_label.text() == ""


def test_escape_with_a_password_typed_asks_before_closing(qtbot, empty_sqlite, tmp_path, monkeypatch) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    """A stray Escape closed the wizard at once: the pages are kept, but the passwords just typed were gone."""
    from desktop.services.core.permissions import setup_actor
    from tests.services.setup_factories import branch_page, catalogue_page, engineers_page

    setup = setup_service(empty_sqlite)
    actor = setup_actor()
    setup.save_page(actor, branch_page())
    setup.save_page(actor, catalogue_page())
    setup.save_page(actor, setup.commitment_defaults(actor))
    setup.save_page(actor, engineers_page())
    wizard = _wizard(qtbot, empty_sqlite, tmp_path)
    wizard.next()  # from the engineers page it reopened on
    assert wizard.current_key() == "users"
    page = wizard.page_for("users")
    qtbot.keyClicks(page.ui.supervisor_password_edit, "start-2026-ok")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert len(asked) == 1 and ("password" in asked[0] or "密码" in asked[0])
    assert wizard.isVisible() and page.ui.supervisor_password_edit.text() == "start-2026-ok"
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not wizard.isVisible()


def test_escape_with_no_password_typed_closes_and_keeps_the_page(qtbot, empty_sqlite, tmp_path, monkeypatch) -> None:  # noqa: F811  # type: ignore[no-untyped-def]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: asked.append("asked"))
    wizard = _wizard(qtbot, empty_sqlite, tmp_path)
    _fill_branch(wizard, qtbot, "xx02")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [] and not wizard.isVisible()
    again = _wizard(qtbot, empty_sqlite, tmp_path)
    assert again.page_for("branch").ui.code_edit.text() == "XX02"
