"""Customer file search and page, installation list: milliseconds on a generated SQLite history (issue 14).

    python benchmarks/bench_customer_file.py [--tickets 200000] [--rebuild]

Uses the same cached database as bench_tickets.py (benchmarks/out/, git-ignored); prints medians and the ratio to a
200 ms target for anything the clerk waits for while typing.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from benchmarks.bench_tickets import build, timed  # noqa: E402
from desktop.database import open_database, sqlite_url  # noqa: E402
from desktop.models import Customer, CustomerPhone, Unit, User  # noqa: E402
from desktop.services.core.actor import Actor  # noqa: E402
from desktop.services.customers.customer_file_service import CustomerFileService  # noqa: E402
from desktop.services.installations.installation_service import InstallationService  # noqa: E402

TARGET_MS = 200.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=200_000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    database = open_database(sqlite_url(build(args.tickets, args.rebuild)))
    with database.read.begin() as session:
        user = session.scalars(select(User).where(User.username == "clerk")).one()
        actor = Actor(user.id, user.username, user.display_name, user.role, user.branch_id)
        customers = session.scalar(select(func.count()).select_from(Customer))
        some = session.execute(select(Customer.id, Customer.name).order_by(Customer.id.desc()).limit(1)).one()
        phone = session.scalar(select(CustomerPhone.number).where(CustomerPhone.customer_id == some.id).limit(1))
        serial = session.scalar(select(Unit.serial).where(Unit.customer_id == some.id).limit(1))
    files, installs = CustomerFileService(database), InstallationService(database)
    print(f"{args.tickets:,} tickets, {customers:,} customers")
    cases = [
        ("search: first page, no filter", lambda: files.search(actor)),
        ("search: surname", lambda: files.search(actor, some.name[:1])),
        ("search: full name", lambda: files.search(actor, some.name)),
        ("search: phone fragment (6 digits)", lambda: files.search(actor, phone[3:9])),
        ("search: serial", lambda: files.search(actor, serial)),
        ("search: key accounts only", lambda: files.search(actor, key_accounts_only=True)),
        ("customer page", lambda: files.page(actor, some.id)),
        ("installations: open, first page", lambda: installs.list_page(actor, open_only=True)),
        ("installations: all, first page", lambda: installs.list_page(actor)),
    ]
    for label, fn in cases:
        ms, _ = timed(fn)
        print(f"  {label:<36} {ms:8.1f} ms   {ms / TARGET_MS:5.2f} × target ({TARGET_MS:.0f} ms)")
    database.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
