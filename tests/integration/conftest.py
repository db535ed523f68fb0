"""Integration test harness: real ``ansible-playbook`` runs against the carrier emulator.

Run with ``make integration`` (it builds and installs the collection first). The pieces:

``emulator`` (session fixture)
    Starts ``python -m emulator --port 0 --port-file F`` from tests/ (one per pytest-xdist
    worker), waits for ``/_emulator/health``, stops it at the end. The object it yields has
    ``base_url``, ``api_url(provider)``, ``reset()``, ``seed(dict)``, ``fault(dict)``,
    ``clear_faults()``, ``requests(carrier=None, since=None)``, ``writes(...)``,
    ``clear_requests()``, ``last_seq()``, ``advance_clock(seconds)``, ``state(carrier)``,
    ``credentials(provider)`` / ``env(provider)`` (the seeded demo account as module options /
    as VOIP_CARRIER_* environment) and ``log_tail()``.

``fresh_emulator`` (function fixture)
    The same object, reset to the seeded state (all carriers) before the test.

``run_playbook(playbook, extra_vars=None, check=False, diff=False, verbosity=0, env=None, ...)``
    A plain function (also available as the ``run_playbook`` fixture). ``playbook`` is YAML
    text, a path to a playbook, or a Python list of plays. Runs the venv's ansible-playbook on
    ``-i localhost, -c local`` with ansible_python_interpreter = the venv Python and
    ANSIBLE_COLLECTIONS_PATH = the built, installed collection (.build/collections), in a clean
    environment (the caller's ANSIBLE_* and VOIP_CARRIER_* variables are dropped; ``env`` adds
    variables back). Every task result is captured as JSON by the voip_results callback
    (tests/tools/callback_plugins) and returned in a ``PlaybookResult``.

Typical use::

    def test_order(fresh_emulator, run_playbook):
        mark = fresh_emulator.last_seq()
        res = run_playbook(PLAY, extra_vars=fresh_emulator.credentials("questblue"))
        res.assert_ok()
        assert res.task("Order the number")["changed"] is True
        assert fresh_emulator.writes(carrier="questblue", since=mark)
        res.assert_no_secrets(fresh_emulator.credentials("questblue")["api_password"])
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import importlib.util
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Iterable, Mapping

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
TESTS_DIR = REPO_ROOT / "tests"
TOOLS_DIR = TESTS_DIR / "tools"
CALLBACK_DIR = TOOLS_DIR / "callback_plugins"
CALLBACK_NAME = "voip_results"
COLLECTIONS_PATH = Path(os.environ.get("VOIP_CARRIER_COLLECTIONS_PATH", REPO_ROOT / ".build" / "collections")).resolve()
INSTALLED_COLLECTION = COLLECTIONS_PATH / "ansible_collections" / "voip" / "carrier"
VENV_PYTHON = sys.executable
ANSIBLE_PLAYBOOK = str(Path(sys.executable).parent / "ansible-playbook")

DEFAULT_PLAYBOOK_TIMEOUT = float(os.environ.get("VOIP_CARRIER_PLAYBOOK_TIMEOUT", "600"))
EMULATOR_START_TIMEOUT = 30.0

# Seeded accounts of the emulator (docs/emulator.md "Seeded accounts"), as module options.
# Add a provider here when its emulator part documents its demo account.
DEMO_ACCOUNTS: dict[str, dict[str, str]] = {
    "questblue": {
        "api_username": "demo",
        "api_password": "demo-password",
        "api_key": hashlib.md5(b"demo-private-key" + b"1001").hexdigest(),  # Security-Key
    },
    "voipms": {
        "api_username": "demo@example.com",
        "api_password": "demo-api-password",
    },
    "voicemeup": {
        "api_username": "demo-vmu",
        "api_key": "0123456789abcdef0123456789abcdef",  # auth_token
    },
    "voipinnovations": {
        "api_username": "demo-vi",           # login
        "api_password": "vi-demo-secret-2026",  # secret
    },
}

# Environment variables that would change what a playbook run does; dropped from the
# caller's environment so a developer's shell cannot influence the tests.
_DROPPED_ENV_PREFIXES = ("ANSIBLE_", "VOIP_CARRIER_", "VOIP_RESULTS_")
_LOOPBACK = "127.0.0.1,localhost,::1"


# --------------------------------------------------------------------------- emulator


class EmulatorError(RuntimeError):
    """A control-API call failed, or the emulator did not start."""


class Emulator:
    """Client for one running emulator process (and its control API under /_emulator)."""

    def __init__(self, base_url: str, process: subprocess.Popen | None = None, log_path: Path | None = None):
        self.base_url = base_url.rstrip("/")
        self.port = urllib.parse.urlsplit(self.base_url).port
        self.process = process
        self.log_path = log_path
        # never send loopback traffic through a proxy from the environment
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def __repr__(self) -> str:
        return f"<Emulator {self.base_url}>"

    # -- plumbing
    def api_url(self, provider: str) -> str:
        """The ``api_url`` module option for a provider: the carrier's mount on this emulator."""
        return f"{self.base_url}/{provider}"

    def call(self, method: str, path: str, body: Any = None, query: Mapping[str, Any] | None = None,
             timeout: float = 30.0) -> Any:
        """One control-API request; returns the decoded JSON reply (None for an empty one)."""
        url = self.base_url + path
        if query:
            pairs = {k: v for k, v in query.items() if v is not None}
            if pairs:
                url += "?" + urllib.parse.urlencode(pairs)
        data = None
        headers = {"Accept": "application/json"}
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with self._opener.open(request, timeout=timeout) as reply:
                raw = reply.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise EmulatorError(f"{method} {path} -> HTTP {exc.code}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise EmulatorError(f"{method} {path} failed: {exc}\n{self.log_tail()}") from None
        if not raw.strip():
            return None
        try:
            return json.loads(raw)
        except ValueError:
            raise EmulatorError(f"{method} {path}: reply is not JSON: {raw[:500]!r}") from None

    # -- control API (docs/emulator.md)
    def health(self) -> dict:
        return self.call("GET", "/_emulator/health", timeout=5)

    def reset(self, carrier: str | None = None) -> Any:
        """Restore the seeded state and clear faults and the request log (one carrier or all)."""
        return self.call("POST", "/_emulator/reset", {"carrier": carrier} if carrier else {})

    def seed(self, data: Mapping[str, Any] | None = None, **keys: Any) -> Any:
        """Add objects to a carrier's state: ``seed({"carrier": "questblue", "owned": [...]})``
        (keyword arguments are merged in: ``seed(carrier="questblue", owned=[...])``)."""
        body = dict(data or {}, **keys)
        if "carrier" not in body:
            raise ValueError("seed() needs a 'carrier' key")
        return self.call("POST", "/_emulator/seed", body)

    def fault(self, rule: Mapping[str, Any] | None = None, **keys: Any) -> int | None:
        """Queue one fault rule (see docs/emulator.md); returns its id."""
        reply = self.call("POST", "/_emulator/faults", dict(rule or {}, **keys))
        return reply.get("id") if isinstance(reply, dict) else None

    def clear_faults(self) -> Any:
        return self.call("DELETE", "/_emulator/faults")

    def requests(self, carrier: str | None = None, since: int | None = None) -> list[dict]:
        """The request log: ``[{seq, carrier, method, path, query, body, status, write}]``."""
        reply = self.call("GET", "/_emulator/requests", query={"carrier": carrier, "since": since})
        return list(reply.get("requests", [])) if isinstance(reply, dict) else list(reply or [])

    def writes(self, carrier: str | None = None, since: int | None = None) -> list[dict]:
        """The logged requests that changed (or would have changed) carrier state."""
        return [r for r in self.requests(carrier=carrier, since=since) if r.get("write")]

    def clear_requests(self) -> Any:
        return self.call("DELETE", "/_emulator/requests")

    def last_seq(self, carrier: str | None = None) -> int:
        """Highest sequence number in the request log (0 when empty): a mark for ``since=``."""
        return max((int(r.get("seq", 0)) for r in self.requests(carrier=carrier)), default=0)

    def advance_clock(self, seconds: float) -> Any:
        return self.call("POST", "/_emulator/clock", {"advance": seconds})

    def state(self, carrier: str) -> Any:
        return self.call("GET", "/_emulator/state", query={"carrier": carrier})

    # -- credentials of the seeded accounts
    def credentials(self, provider: str = "questblue") -> dict[str, str]:
        """Module options for the provider's seeded demo account on this emulator:
        ``provider``, ``api_url`` and the account's ``api_username``/``api_password``/``api_key``."""
        if provider not in DEMO_ACCOUNTS:
            raise KeyError(f"no demo account known for provider {provider!r}: add it to DEMO_ACCOUNTS "
                           f"in {Path(__file__).relative_to(REPO_ROOT)}")
        return {"provider": provider, "api_url": self.api_url(provider), **DEMO_ACCOUNTS[provider]}

    def env(self, provider: str = "questblue") -> dict[str, str]:
        """The same, as the collection's environment variables (VOIP_CARRIER_PROVIDER, _API_URL, ...)."""
        return {f"VOIP_CARRIER_{key.upper()}": value for key, value in self.credentials(provider).items()}

    # -- diagnostics
    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path or not self.log_path.exists():
            return ""
        text = self.log_path.read_text(errors="replace").splitlines()[-lines:]
        return f"--- emulator log {self.log_path} (last {len(text)} lines) ---\n" + "\n".join(text)


def start_emulator(workdir: Path) -> Emulator:
    """Start an emulator on a free port; returns once /_emulator/health answers {"ok": true}."""
    workdir.mkdir(parents=True, exist_ok=True)
    port_file = workdir / "emulator.port"
    log_path = workdir / "emulator.log"
    port_file.unlink(missing_ok=True)
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONUNBUFFERED="1")
    log = open(log_path, "ab")  # noqa: SIM115 - handed to the child, closed below
    try:
        process = subprocess.Popen(
            [VENV_PYTHON, "-m", "emulator", "--port", "0", "--port-file", str(port_file)],
            cwd=TESTS_DIR, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env,
        )
    finally:
        log.close()
    emulator = Emulator("http://127.0.0.1:0", process=process, log_path=log_path)
    atexit.register(stop_emulator, emulator)

    deadline = time.monotonic() + EMULATOR_START_TIMEOUT
    port = None
    while port is None:
        if process.poll() is not None:
            raise EmulatorError(f"emulator exited with code {process.returncode} during start-up\n"
                                f"{emulator.log_tail()}")
        try:
            text = port_file.read_text().strip()
            port = int(text) if text else None
        except (FileNotFoundError, ValueError):
            port = None
        if port is None:
            if time.monotonic() > deadline:
                stop_emulator(emulator)
                raise EmulatorError(f"emulator wrote no port file in {EMULATOR_START_TIMEOUT:.0f}s\n"
                                    f"{emulator.log_tail()}")
            time.sleep(0.05)

    emulator.base_url = f"http://127.0.0.1:{port}"
    emulator.port = port
    last_error: Exception | None = None
    while True:
        try:
            if (emulator.health() or {}).get("ok") is True:
                return emulator
        except EmulatorError as exc:
            last_error = exc
        if process.poll() is not None or time.monotonic() > deadline:
            stop_emulator(emulator)
            raise EmulatorError(f"emulator health check failed: {last_error}\n{emulator.log_tail()}")
        time.sleep(0.1)


def stop_emulator(emulator: Emulator) -> None:
    """SIGTERM, then SIGKILL after 10 s. Safe to call twice."""
    process = emulator.process
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


# --------------------------------------------------------------------------- playbooks


@dataclasses.dataclass
class PlaybookResult:
    """What one ansible-playbook run did.

    ``results`` holds the task-level records (event ok/failed/skipped/unreachable) in order,
    ``items`` the per-loop-item records, ``stats`` the per-host recap; see
    tests/tools/callback_plugins/voip_results.py for the fields of a record.
    """

    rc: int
    stdout: str
    stderr: str
    results: list[dict]
    items: list[dict]
    stats: dict[str, dict]
    command: list[str]
    workdir: Path
    playbook_path: Path

    @property
    def output(self) -> str:
        return self.stdout + self.stderr

    @property
    def changed(self) -> bool:
        """True if any task reported a change."""
        return any(r["changed"] for r in self.results)

    @property
    def failed(self) -> list[dict]:
        """Task records that failed (including ignored failures)."""
        return [r for r in self.results if r["failed"] or r["unreachable"]]

    def tasks(self, name: str | None = None, host: str | None = None) -> list[dict]:
        return [r for r in self.results
                if (name is None or r["task"] == name) and (host is None or r["host"] == host)]

    def task(self, name: str, host: str | None = None) -> dict:
        """The single task-level record of the task called ``name`` (fails if none or several)."""
        found = self.tasks(name, host)
        if len(found) != 1:
            names = [r["task"] for r in self.results]
            raise AssertionError(f"expected one result for task {name!r}, found {len(found)}; "
                                 f"tasks that ran: {names}\n{self.describe()}")
        return found[0]

    def describe(self, limit: int = 12000) -> str:
        """The command and (the end of) its output, for assertion messages."""
        text = (f"$ {shlex.join(self.command)}\n(rc={self.rc}, workdir={self.workdir})\n"
                f"--- stdout ---\n{self.stdout}\n--- stderr ---\n{self.stderr}")
        return text if len(text) <= limit else "...\n" + text[-limit:]

    def assert_ok(self, changed: bool | None = None) -> PlaybookResult:
        """Fail the test unless the run succeeded (and, if given, ``changed`` matches)."""
        if self.rc != 0:
            raise AssertionError(f"ansible-playbook failed\n{self.describe()}")
        if changed is not None and self.changed != changed:
            which = [r["task"] for r in self.results if r["changed"]]
            raise AssertionError(f"expected changed={changed}, got {self.changed} (changed: {which})\n"
                                 f"{self.describe()}")
        return self

    def assert_failed(self, msg_contains: str | None = None) -> dict:
        """Fail the test unless the run failed; returns the first failed task record."""
        if self.rc == 0 or not self.failed:
            raise AssertionError(f"expected a failed task, rc={self.rc}\n{self.describe()}")
        first = self.failed[0]
        if msg_contains is not None and msg_contains not in str(first.get("msg")):
            raise AssertionError(f"failure message {first.get('msg')!r} does not contain {msg_contains!r}\n"
                                 f"{self.describe()}")
        return first

    def leaks(self, secrets: Iterable[str]) -> list[str]:
        """The secrets that appear anywhere in stdout, stderr or the recorded results."""
        recorded = json.dumps(self.results + self.items, ensure_ascii=False)
        haystack = self.stdout + self.stderr + recorded
        return [s for s in secrets if s and s in haystack]

    def assert_no_secrets(self, *secrets: str) -> None:
        leaked = self.leaks(secrets)
        if leaked:
            raise AssertionError(f"{len(leaked)} secret value(s) appear in the output\n{self.describe()}")


def _playbook_file(playbook: Any, workdir: Path) -> Path:
    if isinstance(playbook, Path):
        return playbook.resolve()
    if isinstance(playbook, (list, dict)):
        path = workdir / "playbook.yml"
        path.write_text(json.dumps(playbook if isinstance(playbook, list) else [playbook], indent=2))
        return path
    if isinstance(playbook, str):
        if "\n" not in playbook and playbook.strip().endswith((".yml", ".yaml")):
            candidate = Path(playbook)
            if not candidate.is_absolute():
                candidate = REPO_ROOT / candidate
            if not candidate.exists():
                raise FileNotFoundError(f"playbook {playbook} not found")
            return candidate.resolve()
        path = workdir / "playbook.yml"
        path.write_text(playbook)
        return path
    raise TypeError(f"playbook must be YAML text, a path or a list of plays, not {type(playbook).__name__}")


def _clean_environment(workdir: Path, results_file: Path, env: Mapping[str, str] | None) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(_DROPPED_ENV_PREFIXES)}
    config = workdir / "ansible.cfg"
    config.write_text("# empty on purpose: settings come from the environment (tests/integration/conftest.py)\n")
    base.update({
        "ANSIBLE_CONFIG": str(config),  # never a developer's ~/.ansible.cfg or /etc/ansible
        "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS_PATH),
        "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False",
        "ANSIBLE_STDOUT_CALLBACK": "ansible.builtin.default",
        "ANSIBLE_CALLBACK_PLUGINS": str(CALLBACK_DIR),
        "ANSIBLE_CALLBACKS_ENABLED": CALLBACK_NAME,
        "VOIP_RESULTS_FILE": str(results_file),
        "ANSIBLE_HOME": str(workdir / "ansible_home"),
        "ANSIBLE_LOCAL_TEMP": str(workdir / "tmp"),
        "ANSIBLE_REMOTE_TEMP": str(workdir / "remote_tmp"),
        "ANSIBLE_RETRY_FILES_ENABLED": "False",
        # Each run has its own request budget (the forks of the run share it), generous enough that
        # only the tests of the budget itself ever wait; they set VOIP_CARRIER_RATE_LIMIT themselves.
        "VOIP_CARRIER_BUDGET_DIR": str(workdir / "budget"),
        "VOIP_CARRIER_RATE_LIMIT": "1000/1",
        "ANSIBLE_NOCOLOR": "True",
        "ANSIBLE_FORCE_COLOR": "False",
        "ANSIBLE_LOCALHOST_WARNING": "False",
        "ANSIBLE_INVENTORY_UNPARSED_WARNING": "False",
        "ANSIBLE_HOST_KEY_CHECKING": "False",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_PROXY": _LOOPBACK + ("," + os.environ["NO_PROXY"] if os.environ.get("NO_PROXY") else ""),
        "no_proxy": _LOOPBACK + ("," + os.environ["no_proxy"] if os.environ.get("no_proxy") else ""),
    })
    if env:
        base.update({str(k): str(v) for k, v in env.items()})
    return base


def _read_records(results_file: Path) -> list[dict]:
    if not results_file.exists():
        return []
    records = []
    for line in results_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            records.append(json.loads(line))
    return records


def run_playbook(
    playbook: str | Path | list | dict,
    extra_vars: Mapping[str, Any] | None = None,
    check: bool = False,
    diff: bool = False,
    verbosity: int = 0,
    env: Mapping[str, str] | None = None,
    *,
    extra_args: Iterable[str] = (),
    timeout: float | None = None,
    workdir: str | Path | None = None,
) -> PlaybookResult:
    """Run ``ansible-playbook`` on localhost with the installed collection; see the module doc.

    ``extra_vars`` go through a JSON file (``-e @file``), so nothing is quoted on a command
    line and no secret shows up in ``ps``. ``extra_args`` are added to the command line
    (``["--tags", "x"]``). ``timeout`` (default 600 s, env VOIP_CARRIER_PLAYBOOK_TIMEOUT) kills
    the run and fails the test. ``workdir`` defaults to a new temporary directory, kept for
    inspection (pytest's tmp_path when used through the fixture).
    """
    workdir = Path(workdir) if workdir is not None else Path(tempfile.mkdtemp(prefix="voip-playbook-"))
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "tmp").mkdir(exist_ok=True)
    results_file = workdir / "results.jsonl"
    results_file.unlink(missing_ok=True)
    playbook_path = _playbook_file(playbook, workdir)

    command = [ANSIBLE_PLAYBOOK, "-i", "localhost,", "-c", "local",
               "-e", f"ansible_python_interpreter={VENV_PYTHON}"]
    if extra_vars:
        vars_file = workdir / "extra_vars.json"
        vars_file.write_text(json.dumps(dict(extra_vars)))
        command += ["-e", f"@{vars_file}"]
    if check:
        command.append("--check")
    if diff:
        command.append("--diff")
    if verbosity:
        command.append("-" + "v" * int(verbosity))
    command += list(extra_args)
    command.append(str(playbook_path))

    limit = DEFAULT_PLAYBOOK_TIMEOUT if timeout is None else timeout
    process = subprocess.Popen(command, cwd=workdir, env=_clean_environment(workdir, results_file, env),
                               stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, errors="replace", start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        partial = PlaybookResult(-9, stdout, stderr, [], [], {}, command, workdir, playbook_path)
        pytest.fail(f"ansible-playbook did not finish in {limit:.0f}s\n{partial.describe()}", pytrace=False)

    records = _read_records(results_file)
    results = [r for r in records if r.get("event") in ("ok", "failed", "skipped", "unreachable")]
    items = [r for r in records if str(r.get("event", "")).startswith("item_")]
    stats: dict[str, dict] = {}
    for r in records:
        if r.get("event") == "stats":
            stats = r.get("stats", {})
    return PlaybookResult(process.returncode, stdout, stderr, results, items, stats, command, workdir, playbook_path)


# --------------------------------------------------------------------------- pytest glue


def _installed_fingerprint_is_current() -> bool | None:
    """Compare the installed collection's stamp with the working tree (None: cannot tell)."""
    stamp = COLLECTIONS_PATH / ".stamp"
    tree_py = TOOLS_DIR / "tree.py"
    if not stamp.exists() or not tree_py.exists():
        return None
    try:
        spec = importlib.util.spec_from_file_location("_voip_tree", tree_py)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        files = [f for f in module.list_files() if not f.startswith(("tests/", ".ci/"))]
        current = module.tree_hash(files)
    except Exception:  # pragma: no cover - best effort only
        return None
    return stamp.read_text().strip().split("-")[0] == current


def _check_setup() -> None:
    if not (INSTALLED_COLLECTION / "MANIFEST.json").exists():
        raise pytest.UsageError(
            f"voip.carrier is not installed in {COLLECTIONS_PATH}: run `make install` "
            f"(or `make integration`, which does it) first")
    if not Path(ANSIBLE_PLAYBOOK).exists():
        raise pytest.UsageError(f"{ANSIBLE_PLAYBOOK} not found: run pytest with the .venv Python "
                                f"(make integration)")


def pytest_sessionstart(session: pytest.Session) -> None:
    _check_setup()


def pytest_report_header(config: pytest.Config) -> list[str]:
    state = {True: "matches the working tree", False: "STALE: older than the working tree, "
             "run `make install`", None: "freshness unknown"}[_installed_fingerprint_is_current()]
    return [f"voip.carrier under test: {INSTALLED_COLLECTION} ({state})",
            f"ansible-playbook: {ANSIBLE_PLAYBOOK}"]


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterable[Emulator]:
    """One emulator process for the session (per xdist worker)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    emu = start_emulator(tmp_path_factory.mktemp(f"emulator-{worker}"))
    try:
        yield emu
    finally:
        stop_emulator(emu)


@pytest.fixture
def fresh_emulator(emulator: Emulator) -> Emulator:
    """The session emulator, reset to its seeded state before the test."""
    emulator.reset()
    return emulator


@pytest.fixture(name="run_playbook")
def run_playbook_fixture(tmp_path: Path):
    """``run_playbook`` with its files under the test's tmp_path (one sub-directory per run)."""
    counter = iter(range(1, 10_000))

    def _run(playbook, extra_vars=None, check=False, diff=False, verbosity=0, env=None, **kwargs):
        kwargs.setdefault("workdir", tmp_path / f"run{next(counter)}")
        return run_playbook(playbook, extra_vars=extra_vars, check=check, diff=diff,
                            verbosity=verbosity, env=env, **kwargs)

    return _run
