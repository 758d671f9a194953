"""Fixtures the view tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.views.background import BackgroundRunner


@pytest.fixture
def runner() -> Iterator[BackgroundRunner]:
    """The views' background runner; the test waits for its work to end before the database goes."""
    background = BackgroundRunner()
    yield background
    background.wait_for_done(10_000)
