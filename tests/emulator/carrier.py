"""The interface every emulated carrier implements (one sub-package per carrier)."""

from __future__ import annotations

from emulator.clock import Clock
from emulator.messages import Request, Response


class SeedError(ValueError):
    """Bad input to ``POST /_emulator/seed``; the control API answers 400 with the message."""


class Carrier:
    """Base class. The core calls every method below with its state lock held, so carriers
    need no locking of their own and must never sleep or block inside them."""

    #: provider key, used in the control API (``{"carrier": "questblue"}``) and the request log
    name: str = ""
    #: URL prefix the carrier is served under, e.g. ``/questblue``
    mount: str = ""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def handle(self, request: Request) -> Response:
        raise NotImplementedError

    def reset(self) -> None:
        """Restore the seeded state documented in docs/emulator.md."""
        raise NotImplementedError

    def seed(self, payload: dict) -> dict:
        """Add objects to the state; raise SeedError on bad input. Returns a JSON-able summary."""
        raise NotImplementedError

    def dump(self) -> dict:
        """The whole state as JSON-able data, secrets included (it is a test instrument)."""
        raise NotImplementedError

    def is_write(self, request: Request) -> bool:
        """Whether a request changes (or would change) state; drives the log's ``write`` flag."""
        return request.method in ("POST", "PUT", "DELETE", "PATCH")

    def on_clock(self, now: float) -> None:
        """Called after the clock is advanced, to complete time-driven work (port-ins, ...)."""
