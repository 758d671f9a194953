"""Who is acting: handed to every service call, so permissions are checked where the work is done."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: int
    username: str
    display_name: str
    role: str
    branch_id: int
