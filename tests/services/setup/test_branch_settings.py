"""After setup: the branch code may change until the first ticket carries it, then it is fixed; the region list
is edited in the settings and read by intake and the board."""

from __future__ import annotations

import pytest

from desktop.database import Database
from desktop.errors import PermissionDenied, ValidationError
from desktop.services.admin.settings_service import SettingsService
from desktop.services.core.region import District, Region
from tests.conftest import actor_for
from tests.services.intake_factories import open_ticket, register
from tests.services.setup_factories import empty_sqlite, fill_every_page, setup_service  # noqa: F401 - fixture


def test_the_code_changes_until_the_first_ticket_then_is_fixed(empty_sqlite: Database) -> None:  # noqa: F811
    from desktop.services.core.permissions import setup_actor

    setup = setup_service(empty_sqlite)
    fill_every_page(setup)
    boss = setup.finish(setup_actor())
    settings = SettingsService(empty_sqlite)
    branch = settings.branch(boss)
    assert branch.code == "XX02" and not branch.code_fixed
    with pytest.raises(ValidationError) as refused:
        settings.update_branch(boss, version=branch.version, name=branch.name, address=branch.address,
                               hotline=branch.hotline, code="x 2")
    assert refused.value.code == "branch_code_invalid"
    branch = settings.update_branch(boss, version=branch.version, name=branch.name, address=branch.address,
                                    hotline=branch.hotline, code="xx03")
    assert branch.code == "XX03"


def test_a_ticket_fixes_the_code(sqlite_db: Database) -> None:
    clerk, admin = actor_for(sqlite_db, "clerk"), actor_for(sqlite_db, "admin")
    settings = SettingsService(sqlite_db)
    branch = settings.branch(admin)
    assert not branch.code_fixed
    open_ticket(sqlite_db, clerk, register(sqlite_db, clerk))
    branch = settings.branch(admin)
    assert branch.code_fixed
    with pytest.raises(ValidationError) as refused:
        settings.update_branch(admin, version=branch.version, name=branch.name, address=branch.address,
                               hotline=branch.hotline, code="AY02")
    assert refused.value.code == "branch_code_fixed"
    # Everything else can still change.
    assert settings.update_branch(admin, version=branch.version, name="安阳网点", address=branch.address,
                                  hotline=branch.hotline, code=branch.code).name == "安阳网点"


def test_the_region_is_edited_in_the_settings(sqlite_db: Database) -> None:
    admin, clerk = actor_for(sqlite_db, "admin"), actor_for(sqlite_db, "clerk")
    settings = SettingsService(sqlite_db)
    assert "文峰区" in settings.region(clerk).district_names
    saved = settings.set_region(admin, Region("河南省", "安阳市", (District("文峰区", ("东大街街道",)),
                                                                   District("高新区"))))
    assert settings.region(clerk) == saved and saved.district_names == ("文峰区", "高新区")
    with pytest.raises(ValidationError) as refused:
        settings.set_region(admin, Region("河南省", "安阳市", (District("文峰区"), District("文峰区"))))
    assert refused.value.code == "name_duplicate"
    with pytest.raises(ValidationError):
        settings.set_region(admin, Region("河南省", "安阳市", ()))
    with pytest.raises(PermissionDenied):
        settings.set_region(clerk, saved)
