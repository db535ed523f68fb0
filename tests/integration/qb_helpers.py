"""Shared helpers of the QuestBlue integration tests: plays, tasks and emulator state look-ups."""

from __future__ import annotations

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
