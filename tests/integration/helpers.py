"""Shared helpers of the integration tests: plays, tasks, the carriers' fixtures and emulator state
look-ups."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from urllib.parse import parse_qs

import pytest


def play(*tasks, creds=None, name="questblue"):
    """One play on localhost; ``creds`` go to module_defaults for the whole collection."""
    return [{
        "name": name, "hosts": "localhost", "gather_facts": False,
        "module_defaults": {"group/voip.carrier.all": dict(creds or {})},
        "tasks": list(tasks),
    }]


def role_play(role):
    """One play on localhost that runs the role ``voip.carrier.<role>`` with the variables of the run."""
    return [{"name": role, "hosts": "localhost", "gather_facts": False, "roles": [{"role": "voip.carrier.%s" % role}]}]


def task(module, title=None, register="out", **options):
    """One task of ``voip.carrier.<module>``; ``title`` is the task name (default: the module)."""
    return {"name": title or module, "voip.carrier.%s" % module: options, "register": register}


def account(emulator, login="demo"):
    return emulator.state("questblue")["accounts"][login]


def seed_owned(emulator, did, **fields):
    emulator.seed(carrier="questblue", owned=[dict({"did": did, "tier": "1"}, **fields)])


@pytest.fixture
def qb(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def creds(qb):
    return qb.credentials("questblue")


@pytest.fixture
def vm(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vm_creds(vm):
    return vm.credentials("voipms")


def vm_account(emulator, login="demo@example.com"):
    return emulator.state("voipms")["accounts"][login]


def vm_calls(emulator, since=None, writes_only=False):
    """The VoIP.ms functions called (the ``method`` parameter of each logged request)."""
    calls = []
    for entry in emulator.requests("voipms", since=since):
        if writes_only and not entry.get("write"):
            continue
        params = parse_qs(entry.get("query") or "")
        body = entry.get("body") or ""
        if isinstance(body, str):
            params.update(parse_qs(body))
        calls.append((params.get("method") or ["?"])[0])
    return calls


def run_benchmark_smoke(script, output, collections_path):
    """Run ``benchmarks/<script> --smoke`` against the installed collection, in an environment
    without the caller's ANSIBLE_* and VOIP_CARRIER_* variables: its JSON figures and its printed
    report, once it exited 0."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("ANSIBLE_", "VOIP_CARRIER_"))}
    env["ANSIBLE_COLLECTIONS_PATH"] = str(collections_path)
    benchmark = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                             "benchmarks", script)
    done = subprocess.run([sys.executable, benchmark, "--smoke", "--output", str(output)], env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    with open(output) as handle:
        return json.load(handle), done.stdout
