"""The setup wizard's service: each page checked and kept as a draft, Finish creates the real branch in one
transaction (never demo data), and nothing runs once someone can sign in."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop.database import Database
from desktop.errors import PermissionDenied, StateError, ValidationError
from desktop.models import (
    AuditLog,
    Branch,
    Engineer,
    FaultCategory,
    ProductLine,
    ProductModel,
    Setting,
    SetupDraft,
    User,
)
from desktop.services.admin.auth_service import AuthService
from desktop.services.core.audit import verify_chain
from desktop.services.core.permissions import setup_actor
from desktop.services.core.region import District, Region
from desktop.services.setup.setup_records import AccountInput, CommitmentsPage, SigningPage, UsersPage
from tests.conftest import FAST_HASHER, actor_for
from tests.services.setup_factories import (
    SUPERVISOR_PASSWORD,
    branch_page,
    catalogue_page,
    empty_db,  # noqa: F401 - fixture
    empty_sqlite,  # noqa: F401 - fixture
    engineers_page,
    fill_every_page,
    setup_service,
    users_page,
)

ACTOR = setup_actor()


def test_a_new_database_needs_setup_and_opens_on_the_branch_page(empty_db: Database) -> None:  # noqa: F811
    setup = setup_service(empty_db)
    assert setup.needs_setup(ACTOR)
    state = setup.state(ACTOR)
    assert state.page == "branch" and state.branch is None


@pytest.mark.parametrize("code", ["A", "ABCDEFGHI", "AB 1", "安阳01", "AB-1", ""])
def test_a_bad_branch_code_is_refused_with_the_code_field(empty_sqlite: Database, code: str) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    with pytest.raises(ValidationError) as refused:
        setup.save_page(ACTOR, branch_page(code))
    assert refused.value.field == "code"
    assert setup.state(ACTOR).branch is None


def test_pages_are_cleaned_and_kept_with_the_page_to_reopen(empty_db: Database) -> None:  # noqa: F811
    setup = setup_service(empty_db)
    saved = setup.save_page(ACTOR, branch_page("xx02"), next_page="catalogue")
    assert saved.code == "XX02"
    catalogue = setup.save_page(ACTOR, catalogue_page(), next_page="commitments")
    # Internal keys made for the lines; the line without periods or a default policy is flagged.
    assert [line.code for line in catalogue.lines] == ["solar", "purifier", "heat_pump"]
    assert catalogue.lines_without_policy == ("空气能热泵",)
    assert catalogue.models[0].code == "XT-18-1800"
    state = setup.state(ACTOR)
    assert state.page == "commitments" and state.branch == saved
    assert state.catalogue is not None and state.catalogue.lines_without_policy == ("空气能热泵",)


def test_later_pages_are_checked_against_the_earlier_ones(empty_sqlite: Database) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    setup.save_page(ACTOR, branch_page())
    setup.save_page(ACTOR, catalogue_page())
    engineer = engineers_page().engineers[0]
    with pytest.raises(ValidationError) as refused:
        setup.save_page(ACTOR, replace(engineers_page(), engineers=(replace(engineer, areas=("文峰区",)),)))
    assert (refused.value.code, refused.value.params["row"]) == ("area_unknown", 1)
    with pytest.raises(ValidationError) as refused:
        setup.save_page(ACTOR, replace(engineers_page(), engineers=(replace(engineer, phone="12345"),)))
    assert refused.value.field == "phone"
    with pytest.raises(ValidationError) as refused:
        setup.save_page(ACTOR, CommitmentsPage({"commitment.first_contact_minutes": 0}, {}))
    assert refused.value.code == "value_out_of_range"
    setup.save_page(ACTOR, engineers_page())
    with pytest.raises(ValidationError) as refused:
        setup.save_page(ACTOR, UsersPage(AccountInput("boss", "王主管", "supervisor", password=SUPERVISOR_PASSWORD),
                                         (AccountInput("li", "李师傅", "engineer", "李师傅", password="field-2026z"),)))
    assert refused.value.code == "engineer_link_unknown"
    with pytest.raises(ValidationError) as refused:
        setup.save_page(ACTOR, UsersPage(AccountInput("boss", "王主管", "supervisor", password="short")))
    assert refused.value.code == "password_too_short"


def test_passwords_are_kept_only_as_hashes_and_need_not_be_typed_again(empty_sqlite: Database) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    setup.save_page(ACTOR, branch_page())
    setup.save_page(ACTOR, catalogue_page())
    setup.save_page(ACTOR, engineers_page())
    saved = setup.save_page(ACTOR, users_page())
    assert saved.supervisor.has_password and saved.supervisor.password == ""
    with empty_sqlite.read.begin() as session:
        stored = str(session.get(SetupDraft, 1).pages["users"])
    assert SUPERVISOR_PASSWORD not in stored and "$argon2" in stored
    # Saved again after Back and Next, with the password fields left empty: the hashes stay.
    again = setup.save_page(ACTOR, UsersPage(replace(saved.supervisor, password=""), saved.others))
    assert again.supervisor.has_password


def test_finish_creates_the_real_branch_in_one_go_and_signs_the_supervisor_in(empty_db: Database) -> None:  # noqa: F811
    setup = setup_service(empty_db)
    fill_every_page(setup)
    boss = setup.finish(ACTOR)
    assert boss.role == "supervisor" and boss.username == "boss"
    assert not setup.needs_setup(ACTOR)
    with empty_db.read.begin() as session:
        branch = session.scalars(select(Branch)).one()
        assert (branch.code, branch.hotline) == ("XX02", "0373-2108187")
        assert session.scalar(select(SetupDraft)) is None
        lines = {line.code: line for line in session.scalars(select(ProductLine))}
        assert set(lines) == {"solar", "purifier", "heat_pump"}
        # The standard lines get the seeds' fault lists, a new line a generic one; no demo model or part.
        assert session.scalar(select(func.count()).select_from(FaultCategory)
                              .where(FaultCategory.product_line_id == lines["solar"].id)) == 9
        assert {m.code for m in session.scalars(select(ProductModel))} == {"XT-18-1800", "XT-RO-400", "XT-HP-3P"}
        users = {u.username: u for u in session.scalars(select(User))}
        assert set(users) == {"boss", "desk1", "zhou"}
        zhou = session.scalars(select(Engineer).where(Engineer.name == "周师傅")).one()
        assert zhou.user_id == users["zhou"].id and zhou.phone == "13803730001"
        settings = dict(session.execute(select(Setting.key, Setting.value)).all())
        assert settings["branch.region"]["districts"][0] == {"name": "红旗区", "towns": ["东街街道", "西街街道"]}
        assert settings["commitment.first_contact_minutes"] == 10
        assert "heat_pump" not in settings.get("policy.warranty", {}).get("periods", {})
        actions = {a for a in session.scalars(select(AuditLog.action))}
        assert {"branch.create", "user.create", "engineer.create", "catalogue.line"} <= actions
        assert verify_chain(session).ok
    signed_in = AuthService(empty_db, hasher=FAST_HASHER).login("boss", SUPERVISOR_PASSWORD)
    assert signed_in.user_id == boss.user_id


def test_periods_typed_for_a_new_line_become_its_warranty_policy(empty_sqlite: Database) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    fill_every_page(setup)
    page = catalogue_page()
    lines = (*page.lines[:2], replace(page.lines[2], whole_unit_months=24, main_parts_months=60))
    assert setup.save_page(ACTOR, replace(page, lines=lines)).lines_without_policy == ()
    actor = setup.finish(ACTOR)
    from desktop.services.admin.settings_service import SettingsService

    policy = SettingsService(empty_sqlite).get(actor, "policy.warranty")
    assert policy["periods"]["heat_pump"]["household"] == {"whole_unit_months": 24, "main_parts_months": 60}
    assert policy["periods"]["solar"]["household"]["main_parts_months"] == 36


def test_finish_checks_every_page_again_and_names_the_one_to_fix(empty_sqlite: Database) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    fill_every_page(setup)
    # Back on page 1 the district that an engineer covers was removed (the region saved without it).
    region = Region("河南省", "新乡市", (District("卫滨区"), District("获嘉县", ("亢村镇",))))
    setup.save_page(ACTOR, replace(branch_page(), region=region))
    with pytest.raises(ValidationError) as refused:
        setup.finish(ACTOR)
    assert refused.value.params["page"] == "engineers" and refused.value.code == "area_unknown"
    with empty_sqlite.read.begin() as session:
        assert session.scalar(select(func.count()).select_from(Branch)) == 0


def test_an_unfinished_draft_cannot_be_finished(empty_sqlite: Database) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    setup.save_page(ACTOR, branch_page())
    with pytest.raises(ValidationError) as refused:
        setup.finish(ACTOR)
    assert refused.value.code == "setup_incomplete" and refused.value.params["page"] == "catalogue"


def test_nothing_of_the_setup_runs_over_a_working_branch(sqlite_db: Database) -> None:
    setup = setup_service(sqlite_db)
    assert not setup.needs_setup(ACTOR)
    with pytest.raises(StateError):
        setup.save_page(ACTOR, branch_page())
    with pytest.raises(StateError):
        setup.finish(ACTOR)
    with pytest.raises(PermissionDenied):
        setup.needs_setup(actor_for(sqlite_db, "clerk"))


def test_closing_keeps_the_page_and_what_was_typed_on_it(empty_sqlite: Database) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    setup.save_page(ACTOR, branch_page(), next_page="catalogue")
    half = replace(catalogue_page(), lines=catalogue_page().lines[:1], models=())
    setup.keep_page(ACTOR, "catalogue", half)
    state = setup.state(ACTOR)
    assert state.page == "catalogue" and [line.name_zh for line in state.catalogue.lines] == ["太阳能热水器"]
    assert state.branch is not None and state.branch.code == "XX02"


def test_the_signing_choice_is_checked_before_the_branch_exists(empty_sqlite: Database) -> None:  # noqa: F811
    setup = setup_service(empty_sqlite)
    assert setup.check_signing(ACTOR, "skip") == ""
    with pytest.raises(ValidationError) as refused:
        setup.check_signing(ACTOR, "create", "short")
    assert refused.value.code == "passphrase_too_short"
    with pytest.raises(ValidationError) as refused:
        setup.check_signing(ACTOR, "import", "long-enough-1", b"not a pkcs12 file", "x")
    assert refused.value.code == "pkcs12_unreadable"
    with pytest.raises(ValidationError):
        setup.save_page(ACTOR, SigningPage("later"))


def test_a_branch_left_without_a_password_by_an_earlier_version_is_completed(empty_sqlite: Database) -> None:  # noqa: F811
    from desktop.clock import utc_now

    with empty_sqlite.write.begin() as session:
        old = Branch(code="AY01", name="old", created_at=utc_now())
        session.add(old)
        session.flush()
        session.add(User(branch_id=old.id, username="admin", display_name="主管", role="supervisor",
                         password_hash=None, created_at=utc_now()))
    setup = setup_service(empty_sqlite)
    assert setup.needs_setup(ACTOR)
    fill_every_page(setup)
    setup.finish(ACTOR)
    with empty_sqlite.read.begin() as session:
        assert [b.code for b in session.scalars(select(Branch))] == ["XX02"]
