"""The interface every emulated carrier implements (one sub-package per carrier)."""

from __future__ import annotations

import copy

from emulator.clock import Clock
from emulator.messages import Request, Response


class SeedError(ValueError):
    """Bad input to ``POST /_emulator/seed``; the control API answers 400 with the message."""


def seed_items(value, key: str) -> list:
    """A seed key's value, which must be a list of objects."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise SeedError(f"{key} must be a list of objects")
    return value


def seed_account(accounts: dict, name: str, key: str):
    """The seeded account ``name`` of ``accounts``, or SeedError naming the seed key."""
    account = accounts.get(name)
    if account is None:
        raise SeedError(f"{key}: unknown account {name!r}")
    return account


class Carrier:
    """Base class. The core calls every method below with its state lock held, so carriers
    need no locking of their own and must never sleep or block inside them."""

    #: provider key, used in the control API (``{"carrier": "questblue"}``) and the request log
    name: str = ""
    #: URL prefix the carrier is served under, e.g. ``/questblue``
    mount: str = ""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.state = self.build_state()

    # -- what a carrier provides -------------------------------------------------------------

    def build_state(self):
        """The seeded state documented in docs/emulator.md; it must have a ``dump()``."""
        raise NotImplementedError

    def apply_seed(self, state, payload: dict, now: float) -> dict:
        """Add objects to ``state``; raise SeedError on bad input. Returns a JSON-able summary."""
        raise NotImplementedError

    def advance(self, now: float) -> None:
        """Complete the time-driven work that is due (port-ins, ...). Default: none."""

    def handle(self, request: Request) -> Response:
        raise NotImplementedError

    # -- what the core calls, the same for every carrier --------------------------------------

    def reset(self) -> None:
        """Restore the seeded state."""
        self.state = self.build_state()

    def seed(self, payload: dict) -> dict:
        # Applied to a copy and swapped in, so a bad seed call changes nothing.
        self.advance(self.clock.now())
        state = copy.deepcopy(self.state)
        summary = self.apply_seed(state, payload, self.clock.now())
        self.state = state
        return summary

    def dump(self) -> dict:
        """The whole state as JSON-able data, secrets included (it is a test instrument)."""
        self.advance(self.clock.now())
        return self.state.dump()

    def is_write(self, request: Request) -> bool:
        """Whether a request changes (or would change) state; drives the log's ``write`` flag."""
        return request.method in ("POST", "PUT", "DELETE", "PATCH")

    def function_of(self, request: Request) -> str | None:
        """The carrier's own name of the call, for fault rules with ``function`` (carriers whose
        calls all share one path, such as VoIP.ms). Default: none."""
        return None

    def account_of(self, request: Request) -> str | None:
        """The carrier account a request claims to be from (its login, unchecked), so ``lockout``
        fault rules count per account. Default: none, they count per carrier mount."""
        return None

    def on_clock(self, now: float) -> None:
        """Called after the clock is advanced, to complete time-driven work (port-ins, ...)."""
        self.advance(now)
