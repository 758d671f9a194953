"""The demo accounts the sign-in dialog lists with --demo: plain constants, so the dialog can be painted before the
database stack (SQLAlchemy, the models) is imported. desktop/demo/seed.py creates them."""

from __future__ import annotations

DEMO_PASSWORD = "demo1234"
# (username, 显示名, role) — documented in the README as the demo accounts.
DEMO_USERS = [
    ("admin", "王主管", "supervisor"),
    ("clerk", "李文员", "clerk"),
    ("dispatch", "赵调度", "dispatcher"),
    ("engineer", "张师傅", "engineer"),
]
