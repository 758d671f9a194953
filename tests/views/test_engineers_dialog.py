"""Engineer management dialog: add, edit, a stale save keeps the form, a clerk is refused by the service."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import Qt

from desktop.errors import ConcurrentEditError, PermissionDenied
from desktop.services.admin.auth_service import AuthService
from desktop.services.dispatch.dispatch_service import DispatchService
from desktop.services.dispatch.engineer_service import EngineerInput, EngineerService
from desktop.views.dispatch.engineers_dialog import EngineersDialog, split_areas
from desktop.views.messages import error_message
from tests.conftest import FAST_HASHER, actor_for


def make_dialog(qtbot, database, username: str) -> EngineersDialog:  # type: ignore[no-untyped-def]
    dialog = EngineersDialog(EngineerService(database), DispatchService(database),
                             AuthService(database, hasher=FAST_HASHER), actor_for(database, username))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def select_engineer(dialog: EngineersDialog, engineer_id: int) -> None:
    row = next(r for r, e in enumerate(dialog._rows) if e.id == engineer_id)
    dialog.ui.engineers_table.selectRow(row)


def test_areas_accept_chinese_and_ascii_separators() -> None:
    assert split_areas("文峰区，北关区、殷都区, 龙安区;;") == ("文峰区", "北关区", "殷都区", "龙安区")


def test_supervisor_adds_an_engineer_with_areas_skills_and_days(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sqlite_db, "admin")
    before = dialog.ui.engineers_table.rowCount()
    # GIVEN a new engineer typed into the form
    qtbot.mouseClick(dialog.ui.new_button, Qt.MouseButton.LeftButton)
    dialog.ui.name_edit.setText("赵师傅")  # QTest.keyClicks takes ASCII only
    qtbot.keyClicks(dialog.ui.phone_edit, "13903721234")
    dialog.ui.areas_edit.setText("文峰区，北关区")
    first_line = dialog.ui.skills_list.item(0)
    first_line.setCheckState(Qt.CheckState.Checked)
    dialog.ui.sat_check.setChecked(False)
    dialog.ui.sun_check.setChecked(True)
    dialog.ui.end_time_edit.setTime(dialog.ui.end_time_edit.time().addSecs(-3600))
    # WHEN it is added
    with qtbot.waitSignal(dialog.engineer_saved) as saved:
        qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    # THEN the service holds it as typed and the table shows it
    row = EngineerService(sqlite_db).get(actor_for(sqlite_db, "admin"), saved.args[0])
    assert row.name == "赵师傅"
    assert row.areas == ("文峰区", "北关区")
    assert row.skills == (first_line.data(Qt.ItemDataRole.UserRole),)
    assert row.working_days == "1111101"
    assert row.work_end == time(17, 0)
    assert row.active and row.user_id is None
    assert dialog.ui.engineers_table.rowCount() == before + 1


def test_supervisor_edits_and_deactivates_an_engineer(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sqlite_db, "admin")
    target = dialog._rows[0]
    select_engineer(dialog, target.id)
    assert dialog.ui.name_edit.text() == target.name
    dialog.ui.phone_edit.setText("0372-5550000")
    dialog.ui.mon_check.setChecked(not dialog.ui.mon_check.isChecked())
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    service, boss = EngineerService(sqlite_db), actor_for(sqlite_db, "admin")
    edited = service.get(boss, target.id)
    assert edited.phone == "03725550000"  # stored as digits, by the one phone rule
    assert dialog.ui.phone_edit.text() == "0372-5550000"  # and shown as people read it
    assert edited.working_days[0] != target.working_days[0]
    assert edited.version == target.version + 1
    assert dialog.ui.message_label.text() == dialog.tr("Changes saved.")
    # The saved row stays selected, so deactivating works on the fresh version.
    assert dialog.selected() is not None and dialog.selected().id == target.id
    qtbot.mouseClick(dialog.ui.toggle_active_button, Qt.MouseButton.LeftButton)
    assert not service.get(boss, target.id).active
    assert target.id not in [r.id for r in dialog._rows]
    dialog.ui.show_inactive_check.setChecked(True)
    assert target.id in [r.id for r in dialog._rows]


def test_a_stale_save_shows_the_message_and_keeps_the_input(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sqlite_db, "admin")
    target = dialog._rows[0]
    select_engineer(dialog, target.id)
    # GIVEN another PC saved the engineer after the dialog loaded it
    service, boss = EngineerService(sqlite_db), actor_for(sqlite_db, "admin")
    service.update(boss, target.id, EngineerInput(target.name, "0372-1111111", target.areas, target.skills,
                                                  target.working_days, target.work_start, target.work_end,
                                                  target.active, target.user_id), version=target.version)
    # WHEN this PC saves its own edit
    dialog.ui.name_edit.setText("改名的师傅")
    dialog.ui.areas_edit.setText("殷都区")
    qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    # THEN nothing is overwritten, the message says why, and the form still holds what was typed
    assert dialog.ui.message_label.text() == error_message(ConcurrentEditError())
    assert dialog.ui.name_edit.text() == "改名的师傅"
    assert dialog.ui.areas_edit.text() == "殷都区"
    assert service.get(boss, target.id).name == target.name


def test_a_validation_message_keeps_the_input(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sqlite_db, "admin")
    dialog.ui.name_edit.setText("钱师傅")
    qtbot.keyClicks(dialog.ui.phone_edit, "call me")
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.message_label.text() not in ("", dialog.tr("Engineer added."))
    assert dialog.ui.name_edit.text() == "钱师傅"


def test_a_clerks_save_is_refused_by_the_service(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog(qtbot, sqlite_db, "clerk")
    before = len(dialog._rows)
    assert before > 0  # reading is allowed to everyone; only the account list stays empty
    assert dialog.ui.user_combo.count() == 1
    dialog.ui.name_edit.setText("孙师傅")
    qtbot.keyClicks(dialog.ui.phone_edit, "13900000000")
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.message_label.text() == error_message(PermissionDenied())
    assert dialog.ui.name_edit.text() == "孙师傅"
    assert len(EngineerService(sqlite_db).list(actor_for(sqlite_db, "clerk"))) == before


def test_areas_are_ticked_from_the_branchs_districts(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.admin.settings_service import SettingsService

    admin = actor_for(sqlite_db, "admin")
    places = SettingsService(sqlite_db).region(admin).district_names
    dialog = EngineersDialog(EngineerService(sqlite_db), DispatchService(sqlite_db),
                             AuthService(sqlite_db, hasher=FAST_HASHER), admin, region_places=places)
    qtbot.addWidget(dialog)
    dialog.show()
    # No free text where the branch has a district list: one box per district instead.
    assert not dialog.ui.areas_edit.isVisible() and dialog.areas_list.isVisible()
    assert [dialog.areas_list.item(i).text() for i in range(dialog.areas_list.count())] == list(places)
    # An engineer's districts come up ticked; one the region does not list is kept (and said to be outside it).
    engineer = EngineerService(sqlite_db).create(admin, EngineerInput(
        name="钱师傅", phone="13903725678", areas=(places[0], "外省某县"), skills=("solar",)))
    dialog.reload(select_id=engineer.id)
    checked = [dialog.areas_list.item(i) for i in range(dialog.areas_list.count())
               if dialog.areas_list.item(i).checkState() == Qt.CheckState.Checked]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in checked] == [places[0], "外省某县"]
    assert "外省某县" in checked[1].text() and checked[1].text() != "外省某县"
    # Ticking another district and saving stores exactly the ticked ones.
    dialog.areas_list.item(1).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.engineer_saved):
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert EngineerService(sqlite_db).get(admin, engineer.id).areas == (places[0], places[1], "外省某县")


def test_towns_are_offered_after_their_district_and_saved_as_areas(qtbot, sqlite_db) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.admin.settings_service import SettingsService

    admin = actor_for(sqlite_db, "admin")
    region = SettingsService(sqlite_db).region(admin)
    dialog = EngineersDialog(EngineerService(sqlite_db), DispatchService(sqlite_db),
                             AuthService(sqlite_db, hasher=FAST_HASHER), admin, region_places=region.place_names,
                             region_districts=region.district_names)
    qtbot.addWidget(dialog)
    dialog.show()
    items = {dialog.areas_list.item(i).data(Qt.ItemDataRole.UserRole): dialog.areas_list.item(i)
             for i in range(dialog.areas_list.count())}
    names = list(items)
    # 安阳县, then its towns; districts in bold, towns not.
    assert names[names.index("安阳县") + 1:names.index("安阳县") + 3] == ["白璧镇", "吕村镇"]
    assert items["安阳县"].font().bold() and not items["吕村镇"].font().bold()
    engineer = EngineerService(sqlite_db).create(admin, EngineerInput(name="郭师傅", phone="13903725679",
                                                                     skills=("solar",)))
    dialog.reload(select_id=engineer.id)
    for town in ("吕村镇", "白璧镇"):
        next(dialog.areas_list.item(i) for i in range(dialog.areas_list.count())
             if dialog.areas_list.item(i).data(Qt.ItemDataRole.UserRole) == town).setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(dialog.engineer_saved):
        qtbot.mouseClick(dialog.ui.save_button, Qt.MouseButton.LeftButton)
    assert EngineerService(sqlite_db).get(admin, engineer.id).areas == ("白璧镇", "吕村镇")
