"""Fixtures of the fault matrix (the harness is fault_harness.py: a unique module name, as a
shared conftest name could collide with other test folders)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
# tests/ makes the emulator package importable, this folder fault_harness, whatever the import mode.
for path in (HERE.parents[1], HERE):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from emulator import EmulatorServer  # noqa: E402  pylint: disable=wrong-import-position
from fault_harness import Control  # noqa: E402  pylint: disable=wrong-import-position


@pytest.fixture(scope="session")
def emulator_server():
    server = EmulatorServer("127.0.0.1", 0, quiet=True)
    server.start()
    yield server
    server.stop()
    server.join(5)


@pytest.fixture
def control(emulator_server, monkeypatch, tmp_path):
    """The emulator reset to its seeded state; this test's own request budget (a generous limit, so
    only a carrier's 429 makes a run wait)."""
    monkeypatch.setenv("VOIP_CARRIER_BUDGET_DIR", str(tmp_path / "budget"))
    monkeypatch.setenv("VOIP_CARRIER_RATE_LIMIT", "1000/1")
    for name in ("TIMEOUT", "API_URL", "PROVIDER", "RATE_LIMIT_MAX_WAIT"):
        monkeypatch.delenv("VOIP_CARRIER_" + name, raising=False)
    ctl = Control(emulator_server.port)
    ctl.reset()
    return ctl
