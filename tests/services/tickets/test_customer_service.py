"""CustomerService: phone lookup as the clerk types, the customer card, registration rules."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.clock import local_today
from desktop.database import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.core.actor import Actor
from desktop.services.tickets.customer_service import CustomerService, NewAddress, NewUnit, names_similar
from tests.services.intake_factories import line, open_ticket, register


@pytest.fixture
def desk(sqlite_db: Database) -> Actor:
    """For tests whose subject has nothing database-specific: SQLite only keeps the suite fast."""
    from tests.conftest import actor_for

    return actor_for(sqlite_db, "clerk")


def test_register_then_find_by_prefix_fragment_and_full_number(db: Database, clerk: Actor) -> None:
    reg = register(db, clerk)
    register(db, clerk, phone="0372-2108187", name="李秀兰", serial="LT2025000002", detail="红旗路 8 号")
    customers = CustomerService(db)
    assert [m.customer_id for m in customers.find_by_phone(clerk, "1380")] == [reg.customer_id]
    assert [m.customer_id for m in customers.find_by_phone(clerk, "138 0372 0001")] == [reg.customer_id]
    # A fragment from the middle or the end of the number, as customers often read out the last digits.
    assert [m.customer_id for m in customers.find_by_phone(clerk, "720001")] == [reg.customer_id]
    landline = customers.find_by_phone(clerk, "0372-21")
    assert [m.name for m in landline] == ["李秀兰"]
    assert landline[0].display_phone == "0372-2108187"
    assert customers.find_by_phone(clerk, "") == []
    assert customers.find_by_phone(clerk, "139") == []


def test_find_by_phone_pages(sqlite_db: Database, desk: Actor) -> None:
    for i in range(5):
        register(sqlite_db, desk, phone=f"1390372000{i}", name=f"客户{i}", serial=f"LT20250001{i}",
                 detail=f"光明路 {i} 号")
    customers = CustomerService(sqlite_db)
    first = customers.find_by_phone(desk, "139037", offset=0, limit=3)
    rest = customers.find_by_phone(desk, "139037", offset=3, limit=3)
    assert len(first) == 3 and len(rest) == 2
    assert not {m.customer_id for m in first} & {m.customer_id for m in rest}


def test_same_phone_gives_the_existing_customer_never_a_duplicate(db: Database, clerk: Actor) -> None:
    first = register(db, clerk)
    customers = CustomerService(db)
    solar = line(customers, clerk)
    again = customers.register(clerk, name="王建国", phone="13803720001", address=NewAddress("文峰区", "新地址 1 号"),
                               unit=NewUnit(solar.models[1].id, "LT2025000099", date(2025, 1, 1)))
    assert again.existing_customer and again.customer_id == first.customer_id
    detail = customers.detail(clerk, first.customer_id)
    assert len(detail.units) == 2 and len(detail.addresses) == 2 and len(detail.phones) == 1


def test_similar_name_at_the_same_address_is_flagged_until_confirmed(sqlite_db: Database, desk: Actor) -> None:
    register(sqlite_db, desk, name="王建国", detail="中华路 12 号阳光小区 3 号楼")
    customers = CustomerService(sqlite_db)
    address = NewAddress("文峰区", "中华路12号阳光小区3号楼")
    with pytest.raises(ValidationError) as info:
        customers.register(desk, name="王健国", phone="13903720002", address=address)
    assert info.value.code == "similar_customer" and info.value.params["name"] == "王建国"
    confirmed = customers.register(desk, name="王健国", phone="13903720002", address=address, confirm_similar=True)
    assert not confirmed.existing_customer and confirmed.similar


def _neighbours(db: Database, branch_id: int, count: int, detail: str, district: str = "文峰区") -> None:
    """`count` households stored before the test's own (one customer each), `detail` formatted with their number."""
    from desktop.clock import utc_now
    from desktop.models import Customer, CustomerAddress

    with db.write.begin() as session:
        for n in range(count):
            customer = Customer(branch_id=branch_id, name=f"住户{n}", kind="person", created_at=utc_now())
            customer.addresses.append(CustomerAddress(province="河南省", city="安阳市", district=district,
                                                      detail=detail.format(n=n)))
            session.add(customer)


def test_a_namesake_is_found_at_an_address_typed_another_way(db: Database, clerk: Actor) -> None:
    # Stored with full-width digits (a Chinese input method), spaces and 栋; typed now with ASCII digits and 号楼.
    # The street-prefix search took its prefix from the typed form ("3号院") and never reached "３ 号院".
    register(db, clerk, name="王建国", detail="３ 号院２栋 ５０１")
    customers = CustomerService(db)
    with pytest.raises(ValidationError) as info:
        customers.register(clerk, name="王健国", phone="13903720002", address=NewAddress("文峰区", "3号院2号楼501"))
    assert info.value.code == "similar_customer" and info.value.params["name"] == "王建国"
    assert info.value.params["address"] == "文峰区３ 号院２栋 ５０１"  # shown as it was stored
    found = customers.similar_at_address(clerk, "王建国", NewAddress("文峰区", "３号院 2 幢 501"))
    assert [s.name for s in found] == ["王建国"]


def test_a_namesake_is_found_behind_hundreds_of_households_on_the_same_street(db: Database, clerk: Actor) -> None:
    # 600 households on 光明路 stored first: the street-prefix search read 500 of them and stopped.
    _neighbours(db, clerk.branch_id, 600, "光明路 {n} 号")
    register(db, clerk, name="李秀兰", detail="光明路 88 号院 6 号楼 302")
    with pytest.raises(ValidationError) as info:
        CustomerService(db).register(clerk, name="李秀兰", phone="13903720002",
                                     address=NewAddress("文峰区", "光明路88号院6栋302"))
    assert info.value.code == "similar_customer" and info.value.params["name"] == "李秀兰"


def test_another_address_or_another_branch_is_not_flagged(db: Database, clerk: Actor) -> None:
    register(db, clerk, name="王建国", detail="中华路 12 号阳光小区 3 号楼 501")
    customers = CustomerService(db)
    for district, detail in [("文峰区", "中华路12号阳光小区3号楼502"),  # the flat next door
                             ("文峰区", "中华路12号阳光小区13号楼501"),  # another building
                             ("北关区", "中华路12号阳光小区3号楼501")]:  # the same words in another district
        assert customers.similar_at_address(clerk, "王建国", NewAddress(district, detail)) == [], detail
        assert customers.register(clerk, name="王建国", phone=f"1390372{len(detail):02d}{district == '北关区':d}1",
                                  address=NewAddress(district, detail)).similar == ()
    # A different person at the very address is not a namesake either.
    assert customers.similar_at_address(clerk, "李秀兰", NewAddress("文峰区", "中华路12号阳光小区3栋501")) == []


def test_a_known_customer_s_address_typed_another_way_is_the_same_address(db: Database, clerk: Actor) -> None:
    first = register(db, clerk, name="王建国", detail="中华路 12 号阳光小区 3 号楼")
    customers = CustomerService(db)
    again = customers.register(clerk, name="王建国", phone="13803720001",
                               address=NewAddress("文峰区", "中华路１２号阳光小区３栋"))
    assert again.existing_customer and again.address_id == first.address_id
    assert customers.add_address(clerk, first.customer_id, NewAddress("文峰区", "中华路12号 阳光小区 3#")) \
        == first.address_id
    other = customers.add_address(clerk, first.customer_id, NewAddress("北关区", "中华路12号阳光小区3号楼"))
    assert other != first.address_id
    assert len(customers.detail(clerk, first.customer_id).addresses) == 2


def test_names_similar() -> None:
    assert names_similar("王建国", "王 建国")
    assert names_similar("王建国", "王健国")
    assert not names_similar("王建国", "李建国")
    assert not names_similar("王建国", "王丽")


def test_serial_unique_per_model_shows_the_owner(db: Database, clerk: Actor) -> None:
    register(db, clerk, serial="LT2025000001")
    with pytest.raises(ValidationError) as info:
        register(db, clerk, phone="13903720002", name="张三", serial="lt2025000001", detail="东风路 1 号")
    assert (info.value.code, info.value.field, info.value.params["owner"]) == ("serial_taken", "serial", "王建国")
    # Nothing of the refused registration was kept: the phone is still free.
    assert CustomerService(db).find_by_phone(clerk, "13903720002") == []


@pytest.mark.parametrize(
    ("invoice", "installed", "code", "field"),
    [
        (local_today() + timedelta(days=1), None, "date_in_future", "invoice_date"),
        (date(2025, 1, 1), local_today() + timedelta(days=3), "date_in_future", "installation_date"),
        (date(2025, 3, 1), date(2025, 2, 1), "installed_before_sale", "installation_date"),
        (None, None, "invoice_date_required", "invoice_date"),
    ],
)
def test_unit_dates_are_checked(sqlite_db: Database, invoice: date | None, installed: date | None, code: str,
                                field: str) -> None:
    from tests.conftest import actor_for

    clerk = actor_for(sqlite_db, "clerk")
    customers = CustomerService(sqlite_db)
    model = line(customers, clerk).models[0].id
    with pytest.raises(ValidationError) as info:
        customers.register(clerk, name="赵六", phone="13803720009", address=NewAddress("北关区", "红旗路 1 号"),
                           unit=NewUnit(model, "LT1", invoice, installed))
    assert (info.value.code, info.value.field) == (code, field)


@pytest.mark.parametrize(
    ("kwargs", "code", "field"),
    [
        ({"name": ""}, "required", "name"),
        ({"phone": "1380372"}, "phone_mobile_length", "phone"),
        ({"phone": "2108187"}, "phone_area_code_missing", "phone"),
        ({"address": NewAddress("北关区", "")}, "required", "address"),
        ({"unit": NewUnit(1, "", date(2025, 1, 1))}, "required", "serial"),
        ({"unit": NewUnit(1, "X", date(2025, 1, 1), proof="receipt")}, "unknown_value", "proof"),
        ({"unit": NewUnit(1, "X", date(2025, 1, 1), usage="office")}, "unknown_value", "usage"),
        ({"unit": NewUnit(999, "X", date(2025, 1, 1))}, "unknown_value", "model"),
    ],
)
def test_registration_messages(sqlite_db: Database, kwargs: dict, code: str, field: str) -> None:  # type: ignore[type-arg]
    from tests.conftest import actor_for

    clerk = actor_for(sqlite_db, "clerk")
    values = {"name": "赵六", "phone": "13803720009", "address": NewAddress("北关区", "红旗路 1 号"), "unit": None}
    values.update(kwargs)
    with pytest.raises(ValidationError) as info:
        CustomerService(sqlite_db).register(clerk, **values)
    assert (info.value.code, info.value.field) == (code, field)


def test_detail_shows_warranty_open_tickets_and_history(sqlite_db: Database, desk: Actor) -> None:
    sold = local_today() - timedelta(days=400)
    reg = register(sqlite_db, desk, sold=sold)
    opened = open_ticket(sqlite_db, desk, reg)
    open_ticket(sqlite_db, desk, reg, fault_code="controller", text="仪表黑屏", note="指导重启")
    detail = CustomerService(sqlite_db).detail(desk, reg.customer_id)
    unit = detail.units[0]
    # Solar household: the whole unit for a year, the main parts for three (WarrantyPolicy.default()).
    assert unit.warranty.coverage == "main_parts"
    assert unit.warranty.days_left_main_parts and unit.warranty.days_left_main_parts > 300
    assert [t.number for t in detail.open_tickets] == [opened.number]
    assert [t.status for t in detail.history] == ["resolved_by_phone"]


def test_engineer_may_read_but_not_register(db: Database, engineer_user: Actor) -> None:
    with pytest.raises(PermissionDenied):
        register(db, engineer_user)
    assert CustomerService(db).find_by_phone(engineer_user, "138") == []


def test_added_phone_is_found_and_a_taken_phone_is_refused(sqlite_db: Database, desk: Actor) -> None:
    first = register(sqlite_db, desk)
    other = register(sqlite_db, desk, phone="13903720002", name="张三", serial="LT2", detail="东风路 1 号")
    customers = CustomerService(sqlite_db)
    customers.add_phone(desk, first.customer_id, "0372-5551234")
    assert [m.customer_id for m in customers.find_by_phone(desk, "5551234")] == [first.customer_id]
    with pytest.raises(ValidationError) as info:
        customers.add_phone(desk, other.customer_id, "03725551234")
    assert (info.value.code, info.value.params["owner"]) == ("phone_taken", "王建国")


def test_a_town_is_stored_with_the_address_and_read_with_it(db: Database, clerk: Actor) -> None:
    customers = CustomerService(db)
    solar = line(customers, clerk)
    reg = customers.register(clerk, name="吕大娘", phone="13903721001",
                             address=NewAddress("安阳县", "王家庄村 3 组 17 号", town=" 吕村镇 "),
                             unit=NewUnit(solar.models[0].id, "LT-TOWN-1", date(2025, 5, 1), date(2025, 5, 1)))
    detail = customers.detail(clerk, reg.customer_id)
    assert [(a.town, a.text) for a in detail.addresses] == [("吕村镇", "安阳县吕村镇王家庄村 3 组 17 号")]
    assert customers.find_by_phone(clerk, "13903721001")[0].address == "安阳县吕村镇王家庄村 3 组 17 号"
    # The same address said again with its town is the same address; in another town of the county, another one.
    assert customers.add_address(clerk, reg.customer_id, NewAddress("安阳县", "王家庄村3组17号", town="吕村镇")) \
        == reg.address_id
    assert customers.add_address(clerk, reg.customer_id, NewAddress("安阳县", "王家庄村3组17号")) == reg.address_id
    other = customers.add_address(clerk, reg.customer_id, NewAddress("安阳县", "王家庄村3组17号", town="白璧镇"))
    assert other != reg.address_id
    with pytest.raises(ValidationError) as caught:
        customers.add_address(clerk, reg.customer_id, NewAddress("安阳县", "东街 1 号", town="吕" * 21))
    assert (caught.value.code, caught.value.field) == ("town_too_long", "town")
    assert len(customers.detail(clerk, reg.customer_id).addresses) == 2


def test_an_address_stored_without_its_town_gets_it_when_said_and_is_audited(db: Database, clerk: Actor) -> None:
    from sqlalchemy import select

    from desktop.models import AuditLog, CustomerAddress

    customers = CustomerService(db)
    reg = customers.register(clerk, name="白先生", phone="13903721002", address=NewAddress("安阳县", "东街 5 号"))
    again = customers.add_address(clerk, reg.customer_id, NewAddress("安阳县", "东街5号", town="白璧镇"))
    assert again == reg.address_id
    with db.read.begin() as session:
        assert session.get(CustomerAddress, reg.address_id).town == "白璧镇"
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "customer.update_address")).one()
        assert (entry.entity_id, entry.before["town"], entry.after["town"]) == (reg.address_id, "", "白璧镇")


def test_a_namesake_in_another_town_is_not_the_same_customer(db: Database, clerk: Actor) -> None:
    customers = CustomerService(db)
    first = customers.register(clerk, name="王建国", phone="13903721003",
                               address=NewAddress("安阳县", "王家庄村 17 号", town="吕村镇"))
    # Another town of the county with the same village address: another household.
    elsewhere = customers.register(clerk, name="王健国", phone="13903721004",
                                   address=NewAddress("安阳县", "王家庄村17号", town="柏庄镇"))
    assert elsewhere.similar == ()
    # Same town, or a town not said: the namesake is asked about, as before towns.
    for town in ("吕村镇", ""):
        with pytest.raises(ValidationError) as caught:
            customers.register(clerk, name="王建囯", phone="13903721005",
                               address=NewAddress("安阳县", "王家庄村 17号", town=town))
        assert caught.value.code == "similar_customer" and caught.value.params["customer_id"] == first.customer_id
        assert caught.value.params["address"] == "安阳县吕村镇王家庄村 17 号"
