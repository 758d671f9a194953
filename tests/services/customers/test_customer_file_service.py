"""The customer file on both databases: search, the customer page, corrections with optimistic locking and audit,
the warranty shown before and after a unit change, merging duplicates, key accounts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from desktop.clock import local_today
from desktop.errors import ConcurrentEditError, PermissionDenied, StateError, ValidationError
from desktop.models import AuditLog, Callback, Complaint, Customer, CustomerPhone, Ticket, Unit
from desktop.services.callbacks.complaint_service import ComplaintService
from desktop.services.customers.customer_file_records import AddressEdit, CustomerEdit, UnitEdit
from desktop.services.customers.customer_file_service import CustomerFileService
from desktop.services.printing.report_print_service import ReportPrintService
from desktop.services.tickets.customer_service import CustomerService, NewAddress
from desktop.services.tickets.ticket_service import TicketService
from tests.services.intake_factories import open_ticket, register


def edit_of(page, **changes) -> CustomerEdit:  # type: ignore[no-untyped-def]
    edit = CustomerEdit(name=page.name, phones=tuple(p.number for p in page.phones),
                        addresses=tuple(AddressEdit(a.id, a.district, a.detail, a.province, a.city, a.town)
                                        for a in page.addresses), kind=page.kind, note=page.note)
    return replace(edit, **changes)


def unit_edit_of(unit, **changes) -> UnitEdit:  # type: ignore[no-untyped-def]
    edit = UnitEdit(unit.model_id, unit.serial, unit.invoice_date, unit.installation_date, unit.production_date,
                    unit.proof, unit.usage, unit.installed_by_us, unit.invoice_price_fen)
    return replace(edit, **changes)


def test_search_finds_by_name_phone_fragment_serial_and_address_in_pages(db, clerk) -> None:  # type: ignore[no-untyped-def]
    service = CustomerFileService(db)
    wang = register(db, clerk)
    register(db, clerk, phone="13903720002", name="李秀英", serial="LT-OTHER-1", detail="红旗路 7 号")
    register(db, clerk, phone="13903720003", name="王建军", serial="LT-OTHER-2", detail="解放大道 9 号")
    assert {r.name for r in service.search(clerk, "王建").rows} == {"王建军", "王建国"}
    assert [r.id for r in service.search(clerk, "3803720").rows] == [wang.customer_id]  # middle of 13803720001
    assert [r.name for r in service.search(clerk, "LT-OTHER-2").rows] == ["王建军"]
    assert [r.name for r in service.search(clerk, "红旗路").rows] == ["李秀英"]
    first = service.search(clerk, limit=2)
    second = service.search(clerk, offset=2, limit=2)
    assert first.total == 3 and len(first.rows) == 2 and len(second.rows) == 1
    row = next(r for r in first.rows + second.rows if r.id == wang.customer_id)
    assert (row.phone, row.units, row.open_tickets) == ("138 0372 0001", 1, 0)


def test_one_page_shows_units_tickets_visits_claims_complaints_callbacks_and_documents(db, clerk) -> None:  # type: ignore[no-untyped-def]
    reg = register(db, clerk)
    opened = open_ticket(db, clerk, reg, note="指导客户复位")  # resolved by phone: a callback follows
    complaint = ComplaintService(db).open(clerk, customer_id=reg.customer_id, source="phone", concerns="staff",
                                          description="师傅迟到", ticket_id=opened.id)
    ReportPrintService(db, None).mark_printed(clerk, "service_sheet", opened.id)  # type: ignore[arg-type]
    page = CustomerFileService(db).page(clerk, reg.customer_id, today=date(2026, 3, 1))
    assert page.name == "王建国" and [p.number for p in page.phones] == ["13803720001"]
    [unit] = page.units
    assert (unit.serial, unit.warranty.coverage, unit.invoice_date) == ("LT2025000001", "whole_unit",
                                                                        date(2025, 5, 1))
    assert [(t.number, t.kind) for t in page.tickets] == [(opened.number, "repair")]
    assert [c.kind for c in page.callbacks] == ["after_service"]
    assert [(d.ticket_number, d.document, d.signed) for d in page.documents] == [(opened.number, "service_sheet",
                                                                                  False)]
    assert page.addresses[0].in_use  # the unit and the ticket point at it
    assert [c.id for c in page.complaints] == [complaint.id]


def test_a_customer_is_corrected_with_phones_added_and_removed_and_audited(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    reg = register(db, clerk)
    service = CustomerFileService(db)
    page = service.page(clerk, reg.customer_id)
    edit = edit_of(page, name="王建国（老王）", phones=("0372-2108888", "13903729999"),
                   addresses=(*edit_of(page).addresses, AddressEdit(None, "北关区", "红旗路 1 号")))
    saved = service.save_customer(clerk, reg.customer_id, page.version, edit)
    assert saved.name == "王建国（老王）" and saved.version > page.version
    assert sorted(p.number for p in saved.phones) == ["03722108888", "13903729999"]
    assert [a.detail for a in saved.addresses][-1] == "红旗路 1 号"
    # Intake now finds the customer by the new number, not by the removed one.
    customers = CustomerService(db)
    assert [m.customer_id for m in customers.find_by_phone(clerk, "13903729999")] == [reg.customer_id]
    assert customers.find_by_phone(clerk, "13803720001") == []
    # The old copy of the page is stale: a second clerk's save is refused, nothing overwritten.
    with pytest.raises(ConcurrentEditError):
        service.save_customer(supervisor, reg.customer_id, page.version, edit_of(page, name="别的名字"))
    with db.read.begin() as session:
        row = session.scalars(select(AuditLog).where(AuditLog.action == "customer.update")).one()
        assert row.before["phones"] == ["13803720001"] and set(row.after["phones"]) == {"03722108888",
                                                                                        "13903729999"}
        assert session.get(Customer, reg.customer_id).name == "王建国（老王）"


def test_a_corrected_address_is_checked_for_namesakes_where_it_now_is(db, clerk) -> None:  # type: ignore[no-untyped-def]
    # The address key follows a correction of the detail (the model keeps it on every change through the ORM).
    reg = register(db, clerk, detail="中华路 12 号阳光小区 3 号楼")
    service = CustomerFileService(db)
    page = service.page(clerk, reg.customer_id)
    [address] = edit_of(page).addresses
    moved = replace(address, detail="人民大道 5 号 2 栋")
    service.save_customer(clerk, reg.customer_id, page.version, edit_of(page, addresses=(moved,)))
    customers = CustomerService(db)
    now = customers.similar_at_address(clerk, "王健国", NewAddress("文峰区", "人民大道5号2号楼"))
    assert [s.customer_id for s in now] == [reg.customer_id]
    assert customers.similar_at_address(clerk, "王健国", NewAddress("文峰区", "中华路12号阳光小区3号楼")) == []


def test_bad_corrections_are_refused_with_codes(db, clerk, engineer_user) -> None:  # type: ignore[no-untyped-def]
    reg = register(db, clerk)
    register(db, clerk, phone="13903720002", name="李秀英", serial="LT-OTHER-1", detail="红旗路 7 号")
    service = CustomerFileService(db)
    page = service.page(clerk, reg.customer_id)
    cases = [
        (edit_of(page, phones=()), "phone_required"),
        (edit_of(page, phones=("13803720001", "138-0372-0001")), "phone_twice"),
        (edit_of(page, phones=("13903720002",)), "phone_taken"),
        (edit_of(page, addresses=()), "address_in_use"),
        (edit_of(page, name="  "), "required"),
    ]
    for edit, code in cases:
        with pytest.raises(ValidationError) as caught:
            service.save_customer(clerk, reg.customer_id, page.version, edit)
        assert caught.value.code == code
    with pytest.raises(PermissionDenied):
        service.save_customer(engineer_user, reg.customer_id, page.version, edit_of(page))
    assert service.page(clerk, reg.customer_id).version == page.version


def test_a_unit_change_that_moves_the_warranty_shows_it_first_and_needs_confirming(db, clerk) -> None:  # type: ignore[no-untyped-def]
    reg = register(db, clerk)  # sold and installed 2025-05-01: whole unit until 2026-05-01, main parts 2028
    service = CustomerFileService(db)
    [unit] = service.page(clerk, reg.customer_id).units
    today = date(2026, 3, 1)
    # The price only: the warranty does not move, the save goes through at once.
    priced = service.save_unit(clerk, unit.id, unit.version, unit_edit_of(unit, invoice_price_fen=268_000),
                               today=today)
    assert priced.invoice_price_fen == 268_000
    # The installation was really a year earlier: the whole-unit warranty has already ended.
    earlier = unit_edit_of(priced, invoice_date=date(2024, 5, 1), installation_date=date(2024, 5, 2))
    change = service.preview_unit(clerk, unit.id, earlier, today=today)
    assert change.moves and (change.before.coverage, change.after.coverage) == ("whole_unit", "main_parts")
    with pytest.raises(ValidationError) as caught:
        service.save_unit(clerk, unit.id, priced.version, earlier, today=today)
    assert caught.value.code == "warranty_change_unconfirmed"
    assert caught.value.params == {"before": "whole_unit", "after": "main_parts"}
    saved = service.save_unit(clerk, unit.id, priced.version, earlier, warranty_confirmed=True, today=today)
    assert (saved.installation_date, saved.warranty.coverage) == (date(2024, 5, 2), "main_parts")
    with db.read.begin() as session:
        row = session.scalars(select(AuditLog).where(AuditLog.action == "unit.update")
                              .order_by(AuditLog.id.desc())).first()
        assert row.after["warranty"]["before"] == "whole_unit" and row.after["warranty"]["after"] == "main_parts"
    with pytest.raises(ConcurrentEditError):
        service.save_unit(clerk, unit.id, priced.version, earlier, warranty_confirmed=True, today=today)


def test_unit_corrections_keep_the_intake_rules(db, clerk) -> None:  # type: ignore[no-untyped-def]
    reg = register(db, clerk)
    register(db, clerk, phone="13903720002", name="李秀英", serial="LT-OTHER-1", detail="红旗路 7 号")
    service = CustomerFileService(db)
    [unit] = service.page(clerk, reg.customer_id).units
    for changes, code in (({"serial": "LT-OTHER-1"}, "serial_taken"),
                          ({"invoice_date": local_today() + timedelta(days=3)}, "date_in_future"),
                          ({"installation_date": date(2025, 4, 1)}, "installed_before_sale"),
                          ({"invoice_price_fen": -1}, "negative_value")):
        with pytest.raises(ValidationError) as caught:
            service.save_unit(clerk, unit.id, unit.version, unit_edit_of(unit, **changes), warranty_confirmed=True)
        assert caught.value.code == code


def test_merging_duplicates_moves_everything_and_leaves_an_audited_empty_record(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    keep = register(db, clerk)
    duplicate = register(db, clerk, phone="13903720002", name="王建國", serial="LT-DUP-1", detail="红旗路 7 号")
    ticket = open_ticket(db, clerk, duplicate, note="电话指导", phone="13903720002")
    service = CustomerFileService(db)
    kept_page, dup_page = service.page(clerk, keep.customer_id), service.page(clerk, duplicate.customer_id)
    with pytest.raises(PermissionDenied):
        service.merge(clerk, keep.customer_id, kept_page.version, duplicate.customer_id, dup_page.version)
    with pytest.raises(ValidationError):
        service.merge(supervisor, keep.customer_id, kept_page.version, keep.customer_id, kept_page.version)
    result = service.merge(supervisor, keep.customer_id, kept_page.version, duplicate.customer_id, dup_page.version)
    assert (result.phones, result.addresses, result.units, result.tickets, result.callbacks) == (1, 1, 1, 1, 1)
    page = service.page(clerk, keep.customer_id)
    assert {p.number for p in page.phones} == {"13803720001", "13903720002"}
    assert {u.serial for u in page.units} == {"LT2025000001", "LT-DUP-1"}
    assert [t.number for t in page.tickets] == [ticket.number]
    with pytest.raises(StateError) as caught:
        service.page(clerk, duplicate.customer_id)
    assert caught.value.code == "customer_merged" and caught.value.params["into_id"] == keep.customer_id
    assert duplicate.customer_id not in {r.id for r in service.search(clerk).rows}
    # The ticket's search document now carries the kept customer's name.
    assert ticket.id in {r.id for r in TicketService(db).search(clerk, "13803720001")}
    with db.read.begin() as session:
        assert session.get(Customer, duplicate.customer_id).merged_into_id == keep.customer_id
        for model in (CustomerPhone, Unit, Ticket, Callback, Complaint):
            assert session.scalar(select(func.count()).select_from(model)
                                  .where(model.customer_id == duplicate.customer_id)) == 0
        row = session.scalars(select(AuditLog).where(AuditLog.action == "customer.merge")).one()
        assert row.after["merged"] == duplicate.customer_id and row.after["moved"]["units"] == 1
    # A stale page of the kept customer can no longer merge again.
    with pytest.raises((ConcurrentEditError, StateError)):
        service.merge(supervisor, keep.customer_id, kept_page.version, duplicate.customer_id, dup_page.version)


def test_a_key_account_starts_its_weekly_and_monthly_callbacks(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    reg = register(db, clerk)
    service = CustomerFileService(db)
    page = service.page(clerk, reg.customer_id)
    with pytest.raises(PermissionDenied):
        service.set_key_account(clerk, reg.customer_id, page.version, True)
    result = service.set_key_account(supervisor, reg.customer_id, page.version, True)
    assert (result.is_key_account, result.callbacks_created) == (True, 2)
    with db.read.begin() as session:
        kinds = sorted(session.scalars(select(Callback.kind).where(Callback.customer_id == reg.customer_id,
                                                                   Callback.status == "pending")))
        assert kinds == ["key_account_phone", "key_account_visit"]
    # The daily scheduler creates nothing more while those are pending.
    from desktop.services.callbacks.callback_service import CallbackService

    assert CallbackService(db).schedule_key_accounts(clerk) == 0
    ended = service.set_key_account(supervisor, reg.customer_id, result.version, False)
    assert (ended.is_key_account, ended.callbacks_cancelled) == (False, 2)
    with db.read.begin() as session:
        assert session.scalar(select(func.count()).select_from(Callback).where(
            Callback.customer_id == reg.customer_id, Callback.status == "pending")) == 0
        assert session.scalar(select(func.count()).where(AuditLog.action == "customer.key_account")) == 2


def test_a_branch_outside_anyang_keeps_its_own_city_on_new_and_edited_addresses(db, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    """A 新乡 branch: a customer registered from the installation order (no city on the form) was filed under the
    demo branch's 安阳市, and correcting a customer's street in the customer file moved the address to 安阳市."""
    from desktop.services.admin.settings_service import SettingsService
    from desktop.services.core.region import District, Region

    SettingsService(db).set_region(supervisor, Region("河南省", "新乡市", (District("红旗区"), District("卫滨区"))))
    reg = register(db, clerk, district="红旗区", detail="胜利路 21 号")
    service = CustomerFileService(db)
    page = service.page(clerk, reg.customer_id)
    assert [(a.province, a.city) for a in page.addresses] == [("河南省", "新乡市")]
    [kept] = page.addresses
    edit = edit_of(page, addresses=(AddressEdit(kept.id, "红旗区", "胜利路 21 号 3 单元"),
                                    AddressEdit(None, "卫滨区", "平原路 88 号")))
    saved = service.save_customer(clerk, reg.customer_id, page.version, edit)
    assert sorted((a.city, a.detail) for a in saved.addresses) == [("新乡市", "平原路 88 号"),
                                                                   ("新乡市", "胜利路 21 号 3 单元")]


def test_an_address_town_is_corrected_added_and_audited_and_too_long_is_refused(db, clerk) -> None:  # type: ignore[no-untyped-def]
    reg = register(db, clerk, district="安阳县", detail="王家庄村 17 号")
    service = CustomerFileService(db)
    page = service.page(clerk, reg.customer_id)
    [address] = edit_of(page).addresses
    assert (page.addresses[0].town, page.addresses[0].text) == ("", "安阳县王家庄村 17 号")
    placed = replace(address, town="吕村镇")
    new = AddressEdit(None, "滑县", "东街 3 号", town="留固镇")
    saved = service.save_customer(clerk, reg.customer_id, page.version, edit_of(page, addresses=(placed, new)))
    assert [(a.district, a.town, a.detail) for a in saved.addresses] == [
        ("安阳县", "吕村镇", "王家庄村 17 号"), ("滑县", "留固镇", "东街 3 号")]
    assert [a.full_text for a in saved.addresses] == ["河南省安阳市安阳县吕村镇王家庄村 17 号",
                                                      "河南省安阳市滑县留固镇东街 3 号"]
    assert service.search(clerk, "王家庄村").rows[0].address == "安阳县吕村镇王家庄村 17 号"
    # Found by the name of its town too.
    assert [r.id for r in service.search(clerk, "留固镇").rows] == [reg.customer_id]
    with db.read.begin() as session:
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "customer.update")
                                .order_by(AuditLog.id.desc())).first()
        assert [a["town"] for a in entry.before["addresses"]] == [""]
        assert [a["town"] for a in entry.after["addresses"]] == ["吕村镇", "留固镇"]
    # A town the region does not list is kept as typed; one wider than the column is refused, nothing stored.
    typed = replace(edit_of(saved).addresses[0], town="新开发的镇")
    saved = service.save_customer(clerk, reg.customer_id, saved.version, edit_of(saved, addresses=(typed,
                                  edit_of(saved).addresses[1])))
    assert saved.addresses[0].town == "新开发的镇"
    too_long = replace(typed, town="镇" * 21)
    with pytest.raises(ValidationError) as caught:
        service.save_customer(clerk, reg.customer_id, saved.version, edit_of(saved, addresses=(too_long,)))
    assert (caught.value.code, caught.value.field, caught.value.params) == ("town_too_long", "town", {"max_length": 20})
    assert service.page(clerk, reg.customer_id).addresses[0].town == "新开发的镇"
