"""Fixtures for the emulator's own tests: one in-process server on a free port, reset before
every test. The client lives in emulator_testclient.py (a unique name: a shared conftest module
name could collide with other test folders)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# tests/ makes the ``emulator`` package importable; this folder makes emulator_testclient
# importable whatever pytest import mode is configured.
for path in (HERE.parents[1], HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from emulator import EmulatorServer  # noqa: E402
from emulator_testclient import Client  # noqa: E402


@pytest.fixture(scope="session")
def server():
    srv = EmulatorServer("127.0.0.1", 0, quiet=True).start()
    yield srv
    srv.stop()
    srv.join(5)


@pytest.fixture
def client(server) -> Client:
    c = Client(server.port)
    reset = c.control("POST", "/reset", {})
    assert reset.status == 200
    return c
