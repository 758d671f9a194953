"""File → Import on a real database: the template round trip, every kind of bad row (listed and saved as a
workbook to correct), an idempotent second import, a workbook in the branch's own layout, and a cancel midway."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.clock import local_today
from desktop.database import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.imports.record_workbook import SheetMapping
from desktop.models import AuditLog, Customer, CustomerAddress, CustomerPhone, PastService, ProductModel, Unit
from desktop.services.core.actor import Actor
from desktop.services.core.audit import verify_chain
from desktop.services.setup.record_import_service import RecordImportService
from tests.conftest import actor_for

TEMPLATE_SHEETS = ("客户与机器", "服务记录")


def _count(db: Database, model) -> int:  # type: ignore[no-untyped-def]
    with db.read.begin() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _mappings(service: RecordImportService, actor: Actor, path: Path) -> tuple[SheetMapping, ...]:
    return tuple(SheetMapping(p.title, p.kind, p.columns) for p in service.preview(actor, path) if p.kind)


def _template_with(service: RecordImportService, actor: Actor, path: Path, customers: list[list],  # type: ignore[type-arg]
                   services: list[list] | None = None) -> Path:  # type: ignore[type-arg]
    service.template(actor, path)
    book = load_workbook(path)
    for row in customers:
        book[TEMPLATE_SHEETS[0]].append(row)
    for row in services or []:
        book[TEMPLATE_SHEETS[1]].append(row)
    book.save(path)
    return path


GOOD_CUSTOMERS = [
    ["孙丽华", "139 3720 0101", "", "文峰区", "光明路 8 号", "LT-18-1800", "IMP-0001", date(2024, 3, 1),
     date(2024, 3, 3), "发票", "家用"],
    ["孙丽华", "13937200101", "0372-5123456", "文峰区", "光明路8号", "HS-RO-400G", "IMP-0002", "2024/05/06", None,
     None, None],
    ["钱德福", "13937200102", None, "林州市", "红旗渠大道 20 号", None, None, None, None, None, None],
    ["郑春梅", "13937200103", None, "滑县", "道口镇 3 组", "lt-20-2000", "imp-0003", "2023-11-20", "2023-11-20",
     "仅保修卡", "商用"],
]
GOOD_SERVICES = [
    ["13937200101", "LT-18-1800", "IMP-0001", date(2024, 7, 1), "漏水", "更换密封圈", "张师傅", "是"],
    ["13937200103", None, None, "2024-01-05", "不出热水", "", "", "否"],
]


def test_the_template_round_trip_stores_every_field(db: Database, tmp_path: Path) -> None:
    clerk = actor_for(db, "clerk")
    service = RecordImportService(db)
    path = _template_with(service, clerk, tmp_path / "branch.xlsx", GOOD_CUSTOMERS, GOOD_SERVICES)
    previews = service.preview(clerk, path)
    assert [(p.title, p.kind) for p in previews][:2] == [("客户与机器", "customers"), ("服务记录", "services")]
    mappings = _mappings(service, clerk, path)
    dry = service.dry_run(clerk, path, mappings)
    assert (dry.rows, dry.bad_rows, dry.problems) == (6, 0, ())
    assert (dry.customers_created, dry.units_created, dry.records_created) == (3, 3, 2)
    assert _count(db, PastService) == 0
    before = _count(db, Customer)
    done = service.import_file(clerk, path, mappings)
    assert (done.rows_imported, done.customers_created, done.units_created, done.records_created) == (6, 3, 3, 2)
    assert _count(db, Customer) == before + 3
    with db.read.begin() as session:
        sun = session.scalars(select(Customer).where(Customer.name == "孙丽华")).one()
        assert sorted(p.number for p in sun.phones) == ["03725123456", "13937200101"]
        # "光明路 8 号" and "光明路8号" are one address.
        assert [(a.province, a.city, a.district, a.detail) for a in sun.addresses] == [
            ("河南省", "安阳市", "文峰区", "光明路 8 号")]
        # Inserted without the ORM, with its key: intake finds a namesake there however the address is typed.
        assert [a.detail_key for a in sun.addresses] == ["光明路8号"]
        unit = session.execute(select(Unit, ProductModel.code).join(ProductModel, ProductModel.id == Unit.model_id)
                               .where(Unit.serial == "IMP-0003")).one()
        assert unit[1] == "LT-20-2000" and (unit[0].proof, unit[0].usage) == ("card_only", "commercial")
        assert unit[0].invoice_date == date(2023, 11, 20) and unit[0].address_id is not None
        records = session.scalars(select(PastService).order_by(PastService.served_on)).all()
        assert [(r.served_on, r.result, r.unit_id is not None) for r in records] == [
            (date(2024, 1, 5), "unresolved", False), (date(2024, 7, 1), "resolved", True)]
        # Every record created is audited with the file name.
        imported = session.scalars(select(AuditLog).where(AuditLog.action.like("%.import%"))).all()
        assert {a.action for a in imported} == {"customer.import", "unit.import", "past_service.import"}
        assert len([a for a in imported if a.action == "unit.import"]) == 3
        assert all(a.after["file"] == "branch.xlsx" for a in imported)
        assert verify_chain(session).ok


def test_every_kind_of_bad_row_is_listed_and_saved_to_correct(db: Database, tmp_path: Path) -> None:
    clerk = actor_for(db, "clerk")
    service = RecordImportService(db)
    tomorrow = local_today() + timedelta(days=1)
    rows = [
        ["好客户", "13937200201", None, "文峰区", "中华路 1 号", "LT-18-1800", "BAD-0001", date(2024, 1, 1), None,
         None, None],                                                                      # row 2: good
        ["坏电话", "1393720", None, "文峰区", "中华路 2 号", None, None, None, None, None, None],  # 3: bad phone
        ["重复", "13937200203", None, "文峰区", "中华路 3 号", "LT-18-1800", "BAD-0001", None, None, "无",
         None],                                                                            # 4: duplicate serial
        ["未来", "13937200204", None, "文峰区", "中华路 4 号", "LT-18-1800", "BAD-0004", tomorrow, None, None,
         None],                                                                            # 5: future date
        ["未知型号", "13937200205", None, "文峰区", "中华路 5 号", "NO-SUCH", "BAD-0005", date(2024, 1, 1), None,
         None, None],                                                                      # 6: unknown model
        ["先装后买", "13937200206", None, "文峰区", "中华路 6 号", "LT-18-1800", "BAD-0006", date(2024, 5, 1),
         date(2024, 4, 1), None, None],                                                    # 7: installation before sale
        [None, "13937200207", None, "文峰区", "中华路 7 号", None, None, None, None, None, None],  # 8: missing name
        ["坏日期", "13937200208", None, "文峰区", "中华路 8 号", "LT-18-1800", "BAD-0008", "明年", None, None,
         None],                                                                            # 9: not a date
        ["外地", "13937200209", None, "海淀区", "中关村", None, None, None, None, None, None],   # 10: unknown district
        ["怪用途", "13937200210", None, "文峰区", "中华路 10 号", None, None, None, None, None, "自用"],  # 11: usage
    ]
    services = [["13900000000", None, None, date(2024, 2, 2), "漏水", None, None, None]]  # row 2: unknown customer
    path = _template_with(service, clerk, tmp_path / "bad.xlsx", rows, services)
    mappings = _mappings(service, clerk, path)
    dry = service.dry_run(clerk, path, mappings)
    found = {(p.sheet, p.row, p.field, p.code) for p in dry.problems}
    assert found == {
        ("客户与机器", 3, "phone", "bad_phone"),
        ("客户与机器", 4, "serial", "duplicate_serial"),
        ("客户与机器", 5, "invoice_date", "future_date"),
        ("客户与机器", 6, "model", "unknown_model"),
        ("客户与机器", 7, "installation_date", "installed_before_sale"),
        ("客户与机器", 8, "name", "missing_value"),
        ("客户与机器", 9, "invoice_date", "bad_date"),
        ("客户与机器", 10, "district", "unknown_district"),
        ("客户与机器", 11, "usage", "unknown_value"),
        ("服务记录", 2, "phone", "unknown_customer"),
    }
    assert dry.bad_rows == 10 and dry.rows == 11
    report = service.problem_report(clerk, path, mappings, dry.problems, tmp_path / "to-correct.xlsx")
    book = load_workbook(report)
    sheet = book["客户与机器"]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["客户姓名", "联系电话"] and header[-2:] == ["原文件行号", "问题"]
    listed = {row[-2]: row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert set(listed) == {3, 4, 5, 6, 7, 8, 9, 10, 11}
    assert "电话" in listed[3] and "重复" in listed[4] and "晚于今天" in listed[5] and "型号" in listed[6]
    assert "安装日期早于购买日期" in listed[7]
    bad_phone_row = next(r for r in sheet.iter_rows(min_row=2) if r[-2].value == 3)
    assert bad_phone_row[1].fill.fgColor.rgb.endswith("F8CBAD") and bad_phone_row[1].comment is not None
    # The clerk corrects the saved workbook and imports it as it is: it follows the template.
    service.import_file(clerk, path, mappings)
    fixed = load_workbook(report)
    sheet = fixed["客户与机器"]
    for row in sheet.iter_rows(min_row=2):
        line = row[-2].value
        if line == 3:
            row[1].value = "13937200202"
        elif line == 4:
            row[6].value = "BAD-0003"
        elif line == 5:
            row[7].value = date(2024, 6, 1)
        elif line == 6:
            row[5].value = "LT-24-2400"
        elif line == 7:
            row[8].value = date(2024, 5, 2)
        elif line == 8:
            row[0].value = "补名字"
        elif line == 9:
            row[7].value = "2024-08-08"
        elif line == 10:
            row[3].value = "北关区"
        elif line == 11:
            row[10].value = "家用"
    del fixed["服务记录"]
    fixed.save(tmp_path / "corrected.xlsx")
    corrected = _mappings(service, clerk, tmp_path / "corrected.xlsx")
    result = service.import_file(clerk, tmp_path / "corrected.xlsx", corrected)
    assert (result.bad_rows, result.rows_imported, result.customers_created) == (0, 9, 9)


def test_importing_the_same_file_again_creates_nothing(db: Database, tmp_path: Path) -> None:
    clerk = actor_for(db, "clerk")
    service = RecordImportService(db)
    path = _template_with(service, clerk, tmp_path / "twice.xlsx", GOOD_CUSTOMERS, GOOD_SERVICES)
    mappings = _mappings(service, clerk, path)
    service.import_file(clerk, path, mappings)
    counts = [_count(db, m) for m in (Customer, CustomerPhone, CustomerAddress, Unit, PastService, AuditLog)]
    again = service.import_file(clerk, path, mappings)
    assert (again.customers_created, again.units_created, again.records_created) == (0, 0, 0)
    assert again.rows_imported == 6 and again.bad_rows == 0
    assert [_count(db, m) for m in (Customer, CustomerPhone, CustomerAddress, Unit, PastService, AuditLog)] == counts
    dry = service.dry_run(clerk, path, mappings)
    assert (dry.customers_created, dry.units_created, dry.records_created) == (0, 0, 0)


def test_a_serial_of_another_customer_in_the_database_is_refused(db: Database, tmp_path: Path) -> None:
    clerk = actor_for(db, "clerk")
    service = RecordImportService(db)
    first = _template_with(service, clerk, tmp_path / "first.xlsx", GOOD_CUSTOMERS[:1])
    service.import_file(clerk, first, _mappings(service, clerk, first))
    other = _template_with(service, clerk, tmp_path / "other.xlsx",
                           [["别人", "13937209999", None, "文峰区", "x 路", "LT-18-1800", "IMP-0001", None, None, "无",
                             None]])
    result = service.import_file(clerk, other, _mappings(service, clerk, other))
    assert [(p.row, p.code) for p in result.problems] == [(2, "serial_taken")]
    assert result.customers_created == 0


def test_a_workbook_in_the_branch_own_layout_is_mapped_by_its_headings(db: Database, tmp_path: Path) -> None:
    clerk = actor_for(db, "clerk")
    service = RecordImportService(db)
    book = Workbook()
    sheet = book.active
    sheet.title = "2023年用户档案"
    sheet.append(["序号", "用户姓名", "手机号码", "住址", "机型", "机号", "购机日期", "备注"])
    sheet.append([1, "冯建军", 13937200301, "光明路 1 号", "LT-18-1800", "OWN-1", "2023.06.01", "老客户"])
    sheet.append([2, "冯秀英", "13937200302", "光明路 2 号", "LT-18-1800", "OWN-2", 45100, ""])
    path = tmp_path / "own.xlsx"
    book.save(path)
    [preview] = service.preview(clerk, path)
    assert preview.kind == "customers"
    assert preview.columns == {"name": 1, "phone": 2, "address": 3, "model": 4, "serial": 5, "invoice_date": 6}
    assert preview.rows[0][:3] == ("1", "冯建军", "13937200301")
    result = service.import_file(clerk, path, (SheetMapping(preview.title, "customers", preview.columns),))
    assert (result.customers_created, result.units_created, result.bad_rows) == (2, 2, 0)
    with db.read.begin() as session:
        sold = session.scalar(select(Unit.invoice_date).where(Unit.serial == "OWN-2"))
    assert sold == date(2023, 6, 23)  # Excel's day number 45100
    with pytest.raises(ValidationError) as refused:
        service.dry_run(clerk, path, (SheetMapping(preview.title, "customers", {"name": 1}),))
    assert refused.value.code == "column_not_mapped"


def test_a_cancel_midway_keeps_whole_batches_and_says_how_many_rows_went_in(db: Database, tmp_path: Path) -> None:
    clerk = actor_for(db, "clerk")
    service = RecordImportService(db)
    rows = [[f"批量{i}", f"1393721{i:04d}", None, "文峰区", f"文明大道 {i} 号", "HS-RO-400G", f"CAN-{i:04d}",
             date(2024, 1, 1), None, None, None] for i in range(95)]
    path = _template_with(service, clerk, tmp_path / "big.xlsx", rows)
    mappings = _mappings(service, clerk, path)
    before = _count(db, Customer)
    seen: list[tuple[int, int]] = []
    result = service.import_file(clerk, path, mappings, batch_rows=20, progress=lambda d, t: seen.append((d, t)),
                                 cancelled=lambda: len(seen) >= 2)
    assert result.cancelled and result.rows_imported == 40
    assert _count(db, Customer) == before + 40
    assert seen[0] == (20, 95)
    # Importing the file again adds the rest, nothing twice.
    rest = service.import_file(clerk, path, mappings, batch_rows=20)
    assert (rest.customers_created, rest.cancelled) == (55, False)
    assert _count(db, Customer) == before + 95


def test_import_is_for_the_desk_and_an_unreadable_file_says_so(db: Database, tmp_path: Path) -> None:
    service = RecordImportService(db)
    with pytest.raises(PermissionDenied):
        service.preview(actor_for(db, "engineer"), tmp_path / "x.xlsx")
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    with pytest.raises(ValidationError) as refused:
        service.preview(actor_for(db, "clerk"), broken)
    assert refused.value.code == "workbook_unreadable"


def test_towns_are_taken_from_their_column_or_from_a_town_written_as_the_district(db: Database,
                                                                                   tmp_path: Path) -> None:
    clerk = actor_for(db, "clerk")
    service = RecordImportService(db)
    book = Workbook()
    sheet = book.active
    sheet.title = "农村用户"
    sheet.append(["用户姓名", "手机号码", "区县", "乡镇", "住址"])
    sheet.append(["吕大娘", "13937200401", "安阳县", "吕村镇", "王家庄村 17 号"])    # both columns
    sheet.append(["柏大爷", "13937200402", "柏庄镇", None, "东街 2 号"])            # a town in the district column
    sheet.append(["韩先生", "13937200403", None, "留固镇", "南街 9 号"])            # a town alone
    sheet.append(["新镇户", "13937200404", "滑县", "新设镇", "北街 1 号"])          # a town the region lacks
    sheet.append(["长名户", "13937200405", "滑县", "镇" * 21, "北街 2 号"])        # too long: refused
    path = tmp_path / "towns.xlsx"
    book.save(path)
    [preview] = service.preview(clerk, path)
    assert preview.columns == {"name": 0, "phone": 1, "district": 2, "town": 3, "address": 4}
    result = service.import_file(clerk, path, (SheetMapping(preview.title, "customers", preview.columns),))
    assert (result.customers_created, result.bad_rows) == (4, 1)
    assert [(p.row, p.field, p.code) for p in result.problems] == [(6, "town", "too_long")]
    with db.read.begin() as session:
        rows = session.execute(select(Customer.name, CustomerAddress.district, CustomerAddress.town,
                                      CustomerAddress.detail, CustomerAddress.detail_key)
                               .join(CustomerAddress, CustomerAddress.customer_id == Customer.id)
                               .where(Customer.name.in_(["吕大娘", "柏大爷", "韩先生", "新镇户"]))
                               .order_by(Customer.id)).all()
        assert [tuple(r[:4]) for r in rows] == [("吕大娘", "安阳县", "吕村镇", "王家庄村 17 号"),
                                               ("柏大爷", "安阳县", "柏庄镇", "东街 2 号"),
                                               ("韩先生", "滑县", "留固镇", "南街 9 号"),
                                               ("新镇户", "滑县", "新设镇", "北街 1 号")]
        assert rows[0][4] == "王家庄村17号"
        entry = session.scalars(select(AuditLog).where(AuditLog.action == "customer.import",
                                                       AuditLog.after["name"].as_string() == "吕大娘")).one()
        assert entry.after["addresses"] == ["安阳县吕村镇王家庄村 17 号"]
    # Imported without the ORM, the key and town are those intake compares: the namesake is found.
    from desktop.services.tickets.customer_service import CustomerService, NewAddress

    with pytest.raises(ValidationError) as caught:
        CustomerService(db).register(clerk, name="吕大妈", phone="13937200499",
                                     address=NewAddress("安阳县", "王家庄村17号", town="吕村镇"))
    assert caught.value.code == "similar_customer"
