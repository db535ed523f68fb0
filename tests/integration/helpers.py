"""Shared helpers of the integration tests: plays, tasks, the carriers' fixtures and emulator state
look-ups."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest


def play(*tasks, creds=None, name="questblue"):
    """One play on localhost; ``creds`` go to module_defaults for the whole collection."""
    return [{
        "name": name, "hosts": "localhost", "gather_facts": False,
        "module_defaults": {"group/voip.carrier.all": dict(creds or {})},
        "tasks": list(tasks),
    }]


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
