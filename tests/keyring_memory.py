"""A keyring backend kept in memory, installed through keyring's own API for the length of a test (the OS
credential store is not reachable from a test process), and one that refuses like a PC without any store."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.backends import fail


class MemoryKeyring(KeyringBackend):
    # Every backend class is registered for keyring's detection; this one must never be chosen by it (a test that
    # first asks keyring for its backend would otherwise get one), only installed by the fixtures below.
    @properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]
        raise RuntimeError("installed by the tests only")

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


def _installed(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    yield from _installed(MemoryKeyring())  # type: ignore[misc]


@pytest.fixture
def no_keyring() -> Iterator[KeyringBackend]:
    yield from _installed(fail.Keyring())
