"""The emulator core: routes a request to the control API or to a carrier by mount prefix,
applies queued faults, records the request log. One lock guards all carrier state."""

from __future__ import annotations

import sys
import threading
import traceback
from dataclasses import dataclass
from email.message import Message
from email.utils import formatdate
from urllib.parse import urlsplit

from emulator import control
from emulator.carrier import Carrier
from emulator.clock import Clock
from emulator.faults import FaultQueue, FaultRule
from emulator.messages import Request, Response
from emulator.registry import build_carriers
from emulator.reqlog import RequestLog

CONTROL_PREFIX = "/_emulator"

# A body that a JSON parser rejects (truncated mid-array), for the "malformed" fault.
MALFORMED_BODY = b'{"data": [{"did": "91955'


@dataclass
class Reply:
    #: None for the "drop" fault: the HTTP layer closes the connection without an answer
    response: Response | None
    #: seconds to wait before sending or dropping ("timeout", "drop"); the HTTP layer sleeps, not the core
    delay: float = 0.0


class Emulator:
    def __init__(self, carriers: list[Carrier] | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = Clock()
        self.carriers = carriers if carriers is not None else build_carriers(self.clock)
        self.by_name = {c.name: c for c in self.carriers}
        self.faults = FaultQueue()
        self.log = RequestLog()
        #: set on shutdown; every sleep waits on it so a stopping server does not hang on a fault
        self.stop_event = threading.Event()
        #: installed by the HTTP server; called after the shutdown reply has been sent
        self.on_shutdown = None

    # -- helpers used by the control API -------------------------------------------------------

    def carrier(self, name: str) -> Carrier:
        try:
            return self.by_name[name]
        except KeyError:
            raise LookupError(f"unknown carrier {name}") from None

    def reset(self, name: str | None = None) -> None:
        with self.lock:
            targets = [self.carrier(name)] if name else self.carriers
            # The clock first: carriers rebuild time-based demo data (VoIP Innovations' ports) from it.
            if name is None:
                self.clock.reset()
            for c in targets:
                c.reset()
            self.faults.clear(name)
            self.log.clear(name)

    def advance_clock(self, seconds: float, rate: float | None = None) -> dict:
        with self.lock:
            now = self.clock.advance(seconds)
            if rate is not None:
                now = self.clock.set_rate(rate)
            for c in self.carriers:
                c.on_clock(now)
            return self.clock.snapshot()

    def sleep(self, seconds: float) -> None:
        if seconds > 0:
            self.stop_event.wait(seconds)

    # -- request dispatch ----------------------------------------------------------------------

    def _find_carrier(self, path: str) -> tuple[Carrier | None, str]:
        for c in self.carriers:
            if path == c.mount or path.startswith(c.mount + "/"):
                return c, path[len(c.mount):] or "/"
        return None, path

    def dispatch(self, method: str, target: str, headers: Message, body: bytes, client_ip: str) -> Reply:
        parts = urlsplit(target)
        path = parts.path or "/"
        request = Request(method.upper(), path, parts.query, headers, body, client_ip, full_path=path)
        if path == CONTROL_PREFIX or path.startswith(CONTROL_PREFIX + "/"):
            request.path = path[len(CONTROL_PREFIX):] or "/"
            return Reply(control.handle(self, request))
        carrier, request.path = self._find_carrier(path)
        if carrier is None:
            # project-defined: a wrong api_url should be visible in the log, not a silent hang.
            response = Response.json(404, {"error": "Unknown carrier mount"})
            with self.lock:
                self._record(None, request, response, False, None, applied=False)
            return Reply(response)
        return self._dispatch_carrier(carrier, request)

    def _dispatch_carrier(self, carrier: Carrier, request: Request) -> Reply:
        with self.lock:
            function, account = carrier.function_of(request), carrier.account_of(request)
            refusal = self.faults.lockout(carrier.name, request.method, request.path, function, account)
            if refusal is not None:
                rule, retry_after = refusal
                # project-defined: no carrier documents the body of a lockout refusal
                response = Response.json(429, {"error": "Locked out: too many requests"},
                                         {"Retry-After": str(retry_after)})
                self._record(carrier.name, request, response, carrier.is_write(request), rule, applied=False)
                return Reply(response)
            rule = self.faults.take(carrier.name, request.method, request.path, function)
        if rule is not None and rule.kind == "latency":
            # Sleep before the state change so a slow answer is also a late effect, as on the wire.
            self.sleep(rule.delay)
        with self.lock:
            applied = rule is None or rule.kind == "latency" or rule.after_effect
            response = self._carrier_answer(carrier, request) if applied else None
            if rule is not None and not (applied and rule.kind in ("latency", "timeout")):
                # The fault's answer replaces the carrier's; with after_effect the state change stays.
                response = self._fault_answer(rule)
            self._record(carrier.name, request, response, carrier.is_write(request), rule, applied)
        # The HTTP layer waits before the answer ("timeout") or before closing ("drop").
        delay = rule.delay if rule is not None and rule.kind in ("timeout", "drop") else 0.0
        return Reply(response, delay)

    @staticmethod
    def _carrier_answer(carrier: Carrier, request: Request) -> Response:
        try:
            return carrier.handle(request)
        except Exception as exc:  # a bug in the emulator must not look like a carrier answer
            traceback.print_exc(file=sys.stderr)
            return Response.json(500, {"error": f"Emulator internal error: {exc}"})

    def _fault_answer(self, rule: FaultRule) -> Response | None:
        """The answer a fault puts in place of the carrier's (None: drop the connection)."""
        # project-defined fault bodies below: no carrier documents them.
        if rule.kind == "timeout":
            return Response.json(504, {"error": "Emulated timeout"})
        if rule.kind == "status":
            return Response.json(rule.status, {"error": f"Emulated HTTP {rule.status}"})
        if rule.kind == "malformed":
            return Response(200, MALFORMED_BODY, {"Content-Type": "application/json"})
        if rule.kind == "wrong_shape":
            return Response.json(200, rule.body)
        if rule.kind == "drop":
            return None
        # rate_limit
        return Response.json(429, {"error": "Too many requests"}, self._retry_after_header(rule))

    def _retry_after_header(self, rule: FaultRule) -> dict:
        if rule.retry_after is None:
            return {}
        if rule.retry_after_date:
            # RFC 9110 IMF-fixdate from the real clock: the client compares it with its own.
            return {"Retry-After": formatdate(self.faults.wall_clock() + rule.retry_after, usegmt=True)}
        return {"Retry-After": str(rule.retry_after)}

    def _record(self, carrier: str | None, request: Request, response: Response | None, write: bool,
                rule: FaultRule | None, applied: bool = True) -> None:
        # A carrier's own log keys (Response.log) come first: the core's keys below always win.
        extra = response.log if response is not None and response.log else {}
        self.log.add({
            **extra,
            "carrier": carrier,
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "body": request.body_text(),
            # None: the "drop" fault sent no status line
            "status": response.status if response is not None else None,
            "write": write,
            # whether the carrier processed the request: a write with applied false changed nothing
            "applied": applied,
            "fault": rule.kind if rule is not None else None,
            "fault_id": rule.id if rule is not None else None,
            "time": self.clock.now(),
        })
