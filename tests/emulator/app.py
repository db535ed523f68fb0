"""The emulator core: routes a request to the control API or to a carrier by mount prefix,
applies queued faults, records the request log. One lock guards all carrier state."""

from __future__ import annotations

import sys
import threading
import traceback
from dataclasses import dataclass
from email.message import Message
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
    response: Response
    #: seconds to wait before sending (the "timeout" fault); the HTTP layer sleeps, not the core
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
            for c in targets:
                c.reset()
            self.faults.clear(name)
            self.log.clear(name)
            if name is None:
                self.clock.reset()

    def advance_clock(self, seconds: float) -> dict:
        with self.lock:
            now = self.clock.advance(seconds)
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
                self._record(None, request, response, False, None)
            return Reply(response)
        return self._dispatch_carrier(carrier, request)

    def _dispatch_carrier(self, carrier: Carrier, request: Request) -> Reply:
        with self.lock:
            rule = self.faults.take(carrier.name, request.method, request.path, carrier.function_of(request))
        if rule is not None and rule.kind == "latency":
            # Sleep before the state change so a slow answer is also a late effect, as on the wire.
            self.sleep(rule.delay)
        with self.lock:
            response = self._answer(carrier, request, rule)
            self._record(carrier.name, request, response, carrier.is_write(request), rule)
        delay = rule.delay if rule is not None and rule.kind == "timeout" else 0.0
        return Reply(response, delay)

    def _answer(self, carrier: Carrier, request: Request, rule: FaultRule | None) -> Response:
        applies = rule is None or rule.kind == "latency" or (rule.kind == "timeout" and rule.after_effect)
        if applies:
            try:
                return carrier.handle(request)
            except Exception as exc:  # a bug in the emulator must not look like a carrier answer
                traceback.print_exc(file=sys.stderr)
                return Response.json(500, {"error": f"Emulator internal error: {exc}"})
        # project-defined fault bodies below: no carrier documents them.
        if rule.kind == "timeout":
            return Response.json(504, {"error": "Emulated timeout"})
        if rule.kind == "status":
            return Response.json(rule.status, {"error": f"Emulated HTTP {rule.status}"})
        if rule.kind == "malformed":
            return Response(200, MALFORMED_BODY, {"Content-Type": "application/json"})
        # rate_limit
        return Response.json(429, {"error": "Too many requests"}, {"Retry-After": str(rule.retry_after)})

    def _record(self, carrier: str | None, request: Request, response: Response, write: bool,
                rule: FaultRule | None) -> None:
        self.log.add({
            "carrier": carrier,
            "method": request.method,
            "path": request.path,
            "query": request.query,
            "body": request.body_text(),
            "status": response.status,
            "write": write,
            "fault": rule.kind if rule is not None else None,
            "time": self.clock.now(),
        })
