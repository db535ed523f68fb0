"""Make ``ansible_collections.voip.carrier`` importable from the working tree for unit tests,
without installing the collection: a symlink tree in pytest's temporary area. The in-process
emulator fixtures (``emulator_server``, ``control``) serve the fault matrix and the snapshot tests."""

import os
import sys
import tempfile

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_ROOT = tempfile.mkdtemp(prefix="voip-carrier-unit-")
os.makedirs(os.path.join(_ROOT, "ansible_collections", "voip"))
os.symlink(REPO, os.path.join(_ROOT, "ansible_collections", "voip", "carrier"))
sys.path.insert(0, _ROOT)

# Driver clients keep a request budget on disk: never in the developer's own cache.
os.environ["VOIP_CARRIER_BUDGET_DIR"] = os.path.join(_ROOT, "budget")

# tests/ makes the emulator package importable, tests/unit/faults the harness (Control).
for _path in (os.path.join(REPO, "tests"), os.path.join(REPO, "tests", "unit", "faults")):
    if _path not in sys.path:
        sys.path.insert(0, _path)


@pytest.fixture(scope="session")
def emulator_server():
    from emulator import EmulatorServer  # pylint: disable=import-outside-toplevel
    server = EmulatorServer("127.0.0.1", 0, quiet=True)
    server.start()
    # The VoIP Innovations endpoint parses its WSDL and compiles the schema on its first request
    # (~0.7 s, more on a loaded machine): done here, so no test's first SOAP request, which may
    # have a 1 s timeout (the fault matrix), pays for it and times out.
    from emulator.voipinnovations import schema  # pylint: disable=import-outside-toplevel
    schema.get()
    yield server
    server.stop()
    server.join(5)


@pytest.fixture
def control(emulator_server, monkeypatch, tmp_path):
    """The emulator reset to its seeded state; this test's own request budget (a generous limit, so
    only a carrier's 429 makes a run wait)."""
    from fault_harness import Control  # pylint: disable=import-outside-toplevel
    monkeypatch.setenv("VOIP_CARRIER_BUDGET_DIR", str(tmp_path / "budget"))
    monkeypatch.setenv("VOIP_CARRIER_RATE_LIMIT", "1000/1")
    for name in ("TIMEOUT", "API_URL", "PROVIDER", "RATE_LIMIT_MAX_WAIT"):
        monkeypatch.delenv("VOIP_CARRIER_" + name, raising=False)
    ctl = Control(emulator_server.port)
    ctl.reset()
    return ctl
