"""The control API under ``/_emulator`` (docs/emulator.md "Control API"). JSON in and out."""

from __future__ import annotations

import json
import sys
import traceback
from urllib.parse import parse_qs

from emulator.carrier import SeedError
from emulator.messages import Request, Response


class ControlError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _json_body(request: Request) -> dict:
    if not request.body.strip():
        return {}
    try:
        body = json.loads(request.body)
    except ValueError:
        raise ControlError(400, "body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ControlError(400, "body must be a JSON object")
    return body


def _query(request: Request) -> dict:
    return {k: v[-1] for k, v in parse_qs(request.query, keep_blank_values=True).items()}


def _carrier_name(emulator, value) -> str | None:
    if value in (None, ""):
        return None
    try:
        emulator.carrier(value)
    except LookupError as exc:
        raise ControlError(404, str(exc)) from None
    return value


# Who answers, not only that something does: playbooks/demo.yml runs only when its emulator URL
# answers with this name, and {"ok": true} alone is what many other services reply.
EMULATOR_NAME = "voip.carrier"


def _health(emulator, request):
    return {"ok": True, "emulator": EMULATOR_NAME}


def _reset(emulator, request):
    emulator.reset(_carrier_name(emulator, _json_body(request).get("carrier")))
    return {"ok": True}


def _seed(emulator, request):
    body = _json_body(request)
    name = _carrier_name(emulator, body.get("carrier"))
    if name is None:
        raise ControlError(400, "carrier is required")
    payload = {k: v for k, v in body.items() if k != "carrier"}
    with emulator.lock:
        try:
            summary = emulator.carrier(name).seed(payload)
        except SeedError as exc:
            raise ControlError(400, str(exc)) from None
    return {"ok": True, **(summary or {})}


def _add_fault(emulator, request):
    with emulator.lock:
        try:
            rule = emulator.faults.add(_json_body(request), emulator.by_name)
        except ValueError as exc:
            raise ControlError(400, str(exc)) from None
    return {"id": rule.id}


def _list_faults(emulator, request):
    with emulator.lock:
        return {"faults": emulator.faults.list()}


def _clear_faults(emulator, request):
    with emulator.lock:
        emulator.faults.clear()
    return {"ok": True}


def _requests(emulator, request):
    query = _query(request)
    carrier = _carrier_name(emulator, query.get("carrier"))
    since = query.get("since")
    if since not in (None, ""):
        try:
            since = int(since)
        except ValueError:
            raise ControlError(400, "since must be an integer") from None
    else:
        since = None
    with emulator.lock:
        return {"requests": emulator.log.query(carrier, since), "last_seq": emulator.log.last_seq}


def _clear_requests(emulator, request):
    with emulator.lock:
        emulator.log.clear()
    return {"ok": True}


def _is_number(value) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float))


def _advance_clock(emulator, request):
    body = _json_body(request)
    advance, rate = body.get("advance", 0), body.get("rate")
    if not _is_number(advance) or advance < 0:
        raise ControlError(400, "advance must be a number of seconds >= 0")
    # project-defined: emulated seconds per real second, so a waiting playbook sees days pass in seconds
    if rate is not None and (not _is_number(rate) or rate < 0):
        raise ControlError(400, "rate must be a number of emulated seconds per real second >= 0")
    return emulator.advance_clock(advance, rate)


def _get_clock(emulator, request):
    with emulator.lock:
        return emulator.clock.snapshot()


def _state(emulator, request):
    name = _carrier_name(emulator, _query(request).get("carrier"))
    with emulator.lock:
        if name:
            return emulator.carrier(name).dump()
        return {c.name: c.dump() for c in emulator.carriers}


def _shutdown(emulator, request):
    return {"ok": True}


ROUTES = {
    "/health": {"GET": _health},
    "/reset": {"POST": _reset},
    "/seed": {"POST": _seed},
    "/faults": {"POST": _add_fault, "GET": _list_faults, "DELETE": _clear_faults},
    "/requests": {"GET": _requests, "DELETE": _clear_requests},
    "/clock": {"POST": _advance_clock, "GET": _get_clock},
    "/state": {"GET": _state},
    "/shutdown": {"POST": _shutdown},
}


def handle(emulator, request: Request) -> Response:
    methods = ROUTES.get(request.path.rstrip("/") or "/")
    if methods is None:
        return Response.json(404, {"error": f"unknown control call {request.path}"})
    func = methods.get(request.method)
    if func is None:
        return Response.json(405, {"error": f"{request.method} not allowed on {request.path}"})
    try:
        response = Response.json(200, func(emulator, request))
    except ControlError as exc:
        return Response.json(exc.status, {"error": str(exc)})
    except Exception as exc:  # an emulator bug: say so instead of dropping the connection
        traceback.print_exc(file=sys.stderr)
        return Response.json(500, {"error": f"Emulator internal error: {exc}"})
    if func is _shutdown:
        # Stop only after the reply is on the wire, so the caller sees {"ok": true}.
        response.after_send = emulator.on_shutdown
    return response
