"""Number porting, read-only: isPortable, getPortDetails, GetPortHistory, getActivePorts. Seed
L160-176, L518-526, L627-634; digest 3E, 4.2 (PortDetail, PortDID, PortHistory), 6.6, Q13 (``portId``),
Q32 (``ActivePorts``). The API cannot submit, change or cancel a port: ports are seeded (key
``ports``) and move on the emulator clock.

A port (``Account.ports[id]``) holds the PortDetail fields (dates as emulator-clock epoch seconds,
``focDate`` None until the FOC) plus ``_history`` (PortHistory entries) and ``_schedule`` (the
transitions still to come, ``[at, status]`` in time order).

PROJECT DECISIONS where the seed is silent (docs/emulator.md "Ports"):
* lifecycle: ``PENDING SIGNATURE`` (the real service's example status) at submittedDate, ``SUBMITTED``
  ``signed_after`` seconds later (default 1 hour), ``FOC`` ``foc_after`` seconds after submittedDate
  (default 1 day; focDate = requestedFocDate), ``COMPLETE`` at requestedFocDate (default 5 days after
  submittedDate); a seed may end a port early (``end``: a status it stays in) or make it
  ``REJECTED`` / ``CANCELLED`` at the FOC step instead. Each step appends a history entry;
* on ``COMPLETE`` the port's numbers become the account's (auditDIDs, queryDID) with endpointId = the
  PortDID's endpointGroup (the port's defaultEndpointGroup when 0), inbound CNAM = PortDID.cnam, its
  tier, rate center, state and LATA; a number someone owns by then is skipped;
* active = neither COMPLETE nor REJECTED nor CANCELLED. getActivePorts lists them in ``ActivePorts``
  (Q32) and, for a client that reads the doc's single ``PortDetail``, the first one in
  ``PortDetails`` too; none: 100 with no ports;
* getPortDetails: a port id of another account or unknown answers 101; GetPortHistory(tn): every
  history entry of the account's ports that hold the tn (oldest first, each description naming its
  port) and the latest such port in PortDetails; a tn in none of its ports answers 101;
* IsPortable in those three replies says whether the port shown is active (getActivePorts: any);
* isPortable(tn): not 10 digits -> 944 "Invalid Number"; false when the number is already at VoIP
  Innovations (owned by any account, on offer or reserved), in an active port of any account, or
  matches ``State.not_portable`` (10-digit numbers or NPA / NPA-NXX prefixes: the demo has 907,
  Alaska, and 617-555-0199); true otherwise.
"""

from __future__ import annotations

import copy

from emulator.carrier import SeedError
from emulator.voipinnovations import codes
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.model import LOCATOR_DEFAULTS, is_tn, owned_from_locator

HOUR, DAY = 3600, 86400
PENDING, SUBMITTED, FOC, COMPLETE, REJECTED, CANCELLED = (
    "PENDING SIGNATURE", "SUBMITTED", "FOC", "COMPLETE", "REJECTED", "CANCELLED")
LIFECYCLE = (PENDING, SUBMITTED, FOC, COMPLETE)
ENDED = (COMPLETE, REJECTED, CANCELLED)
PORT_DID_DEFAULTS = {"tn": "", "tier": "1", "rateCenter": "", "state": "", "lata": "", "endpointGroup": 0,
                     "cnam": False, "e911": False}
PORT_TEXT = ("endUser", "billingTN", "portingFrom", "salesRep")


def is_active(port: dict) -> bool:
    return port["status"] not in ENDED


def _describe(port: dict, status: str) -> str:
    """The history text of a step (project-defined wording)."""
    if status == PENDING:
        text = "Port order received; waiting for the signed letter of authorization"
    elif status == SUBMITTED:
        text = f"Letter of authorization signed; port submitted to {port['portingFrom'] or 'the losing carrier'}"
    elif status == FOC:
        text = "Firm order commitment received"
    elif status == COMPLETE:
        text = f"Port complete; numbers active on endpoint group {port['defaultEndpointGroup'] or 0}"
    elif status == REJECTED:
        text = f"Rejected by the losing carrier: {port.get('_reason') or 'information does not match'}"
    else:
        text = "Cancelled at the customer's request"
    return f"Port {port['id']}: {text}"


# -- the clock --------------------------------------------------------------------------------------

def advance(state, now: float) -> None:
    """Apply every transition that is due (ADVANCE_HOOKS: before each request and after the clock moves)."""
    for account in state.accounts.values():
        for port in account.ports.values():
            while port["_schedule"] and port["_schedule"][0][0] <= now:
                at, status = port["_schedule"].pop(0)
                _enter(state, account, port, status, at)


def _enter(state, account, port: dict, status: str, at: float) -> None:
    port["status"] = status
    if status == FOC:
        port["focDate"] = port["requestedFocDate"]
    if status == COMPLETE:
        _bring_in(state, account, port)
    port["_history"].append({"date": at, "status": status, "description": _describe(port, status)})


def _bring_in(state, account, port: dict) -> None:
    for item in port["dids"]:
        tn = item["tn"]
        if state.owner_of(tn) is not None:
            continue
        lata = int(item["lata"]) if str(item["lata"]).isdigit() else 0
        locator = dict(LOCATOR_DEFAULTS, tn=tn, rateCenter=item["rateCenter"], state=item["state"], tier=item["tier"],
                       lataId=lata)
        record = owned_from_locator(locator)
        record.update(endpointId=item["endpointGroup"] or port["defaultEndpointGroup"] or 0, cnam=item["cnam"])
        state.inventory.pop(tn, None)
        account.dids[tn] = record


# -- replies ----------------------------------------------------------------------------------------

def detail(port: dict) -> dict:
    """A port as the PortDetail type (dates stay epoch seconds: render.py writes them)."""
    return {k: copy.deepcopy(v) for k, v in port.items() if not k.startswith("_")}


def _port(ctx) -> dict:
    port = ctx.account.ports.get(ctx.params.get("portId"))
    if port is None:
        raise ApiError(codes.NO_RECORDS)
    return port


def get_port_details(ctx) -> dict:
    port = _port(ctx)
    return {"PortDetails": detail(port), "IsPortable": is_active(port)}


def get_active_ports(ctx) -> dict:
    active = [detail(ctx.account.ports[key]) for key in sorted(ctx.account.ports) if is_active(ctx.account.ports[key])]
    result = {"ActivePorts": active, "IsPortable": bool(active)}
    if active:
        result["PortDetails"] = active[0]
    return result


def get_port_history(ctx) -> dict:
    tn = ctx.text("tn").strip()
    ports = [ctx.account.ports[key] for key in sorted(ctx.account.ports)
             if any(item["tn"] == tn for item in ctx.account.ports[key]["dids"])]
    if not ports:
        raise ApiError(codes.NO_RECORDS)
    history = sorted((entry for port in ports for entry in port["_history"]), key=lambda entry: entry["date"])
    return {"PortHistory": [dict(entry) for entry in history], "PortDetails": detail(ports[-1]),
            "IsPortable": is_active(ports[-1])}


def portable(state, tn: str, now: float) -> bool:
    if state.owner_of(tn) is not None or tn in state.inventory or state.reservation(tn, now) is not None:
        return False
    for account in state.accounts.values():
        if any(is_active(port) and any(item["tn"] == tn for item in port["dids"]) for port in account.ports.values()):
            return False
    return not any(tn.startswith(prefix) for prefix in state.not_portable)


def is_portable(ctx) -> dict:
    tn = ctx.text("tn").strip()
    if not is_tn(tn):
        raise ApiError(codes.INVALID_NUMBER)
    return {"IsPortable": portable(ctx.state, tn, ctx.now)}


# -- seeding ----------------------------------------------------------------------------------------

def _port_dids(value, default_epg: int) -> list:
    if not isinstance(value, list) or not value:
        raise SeedError("ports: dids must be a non-empty list of 10-digit numbers or PortDID objects")
    out = []
    for item in value:
        item = {"tn": item} if isinstance(item, str) else item
        if not isinstance(item, dict):
            raise SeedError("ports: each of dids is a 10-digit number or a PortDID object")
        unknown = set(item) - set(PORT_DID_DEFAULTS)
        if unknown:
            raise SeedError(f"ports: unknown PortDID field(s) {', '.join(sorted(unknown))}")
        did = dict(PORT_DID_DEFAULTS, **copy.deepcopy(item))
        if not is_tn(did["tn"]):
            raise SeedError("ports: every PortDID tn must be a string of 10 digits")
        did["endpointGroup"] = did["endpointGroup"] or default_epg or 0
        out.append(did)
    return out


def _seconds(item: dict, name: str, default: float) -> float:
    value = item.get(name, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise SeedError(f"ports: {name} must be a number of seconds")
    return float(value)


def _schedule(item: dict, submitted: float, requested: float) -> list:
    signed = submitted + _seconds(item, "signed_after", HOUR)
    foc = submitted + _seconds(item, "foc_after", DAY)
    if not submitted <= signed <= foc <= requested:
        raise SeedError("ports: the steps must keep their order: 0 <= signed_after <= foc_after <= requested_foc")
    end = item.get("end", COMPLETE)
    steps = [[signed, SUBMITTED], [foc, FOC], [requested, COMPLETE]]
    if end in (REJECTED, CANCELLED):
        return [steps[0], [foc, end]] if end == REJECTED else [[signed, end]]
    if end not in LIFECYCLE:
        raise SeedError(f"ports: end must be one of {', '.join(LIFECYCLE + (REJECTED, CANCELLED))}")
    return steps[:LIFECYCLE.index(end)]


def new_port(state, account, item: dict, now: float) -> dict:
    default_epg = item.get("defaultEndpointGroup")
    if default_epg is not None and (isinstance(default_epg, bool) or default_epg not in account.endpoint_groups):
        raise SeedError(f"ports: defaultEndpointGroup {default_epg!r} is not an endpoint group of {account.login}")
    port_id = item.get("id") or state.next_id("port")
    if isinstance(port_id, bool) or not isinstance(port_id, int):
        raise SeedError("ports: id must be an integer")
    if any(port_id in other.ports for other in state.accounts.values()):
        raise SeedError(f"ports: id {port_id} is taken")
    state.counters["port"] = max(state.counters["port"], port_id)
    submitted = now + _seconds(item, "submitted", 0)
    requested = submitted + _seconds(item, "requested_foc", 5 * DAY)
    port = {"id": port_id, "status": PENDING, "submittedDate": submitted, "focDate": None,
            "requestedFocDate": requested, "dids": _port_dids(item.get("dids"), default_epg),
            "defaultEndpointGroup": default_epg, "_reason": str(item.get("reason", "")),
            "_schedule": _schedule(item, submitted, requested), "_history": []}
    for name in PORT_TEXT:
        port[name] = str(item.get(name, ""))
    for did in port["dids"]:
        held = state.owner_of(did["tn"])
        # A port that completed before now may name a number the account holds (it brought it in).
        completed_here = held is account and item.get("end", COMPLETE) == COMPLETE and requested <= now
        if (held is not None and not completed_here) or did["tn"] in state.inventory:
            raise SeedError(f"ports: {did['tn']} is already at VoIP Innovations (owned or on offer)")
    port["_history"].append({"date": submitted, "status": PENDING, "description": _describe(port, PENDING)})
    return port


KNOWN_KEYS = {"account", "id", "dids", "defaultEndpointGroup", "submitted", "requested_foc", "signed_after",
              "foc_after", "end", "reason"} | set(PORT_TEXT)


def seed_ports(state, value, now: float) -> list:
    from emulator.voipinnovations.seed import account_of, items  # pylint: disable=import-outside-toplevel  # cycle
    created = []
    for item in items(value, "ports"):
        unknown = set(item) - KNOWN_KEYS
        if unknown:
            raise SeedError(f"ports: unknown field(s) {', '.join(sorted(unknown))} (known: {', '.join(sorted(KNOWN_KEYS))})")
        account = account_of(state, item, "ports")
        port = new_port(state, account, item, now)
        account.ports[port["id"]] = port
        created.append(port["id"])
    advance(state, now)
    return created


def seed_not_portable(state, value, now: float) -> list:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.isdigit() and 3 <= len(v) <= 10 for v in value):
        raise SeedError("not_portable must be a list of digit strings (NPA, NPA-NXX or a 10-digit number)")
    state.not_portable.extend(v for v in value if v not in state.not_portable)
    return list(value)


# The demo's ports (docs/emulator.md "Ports"): one waiting for its signature, one with a FOC date in
# two days, one completed a month ago (its number, 214-555-0120, is an owned demo DID).
DEMO_PORTS = [
    {"id": 7001, "dids": ["6175550160", {"tn": "6175550161", "cnam": True}], "defaultEndpointGroup": 13550,
     "endUser": "ACME Boston", "billingTN": "6175550160", "portingFrom": "Verizon", "salesRep": "Dana Reyes",
     "submitted": -600},
    {"id": 7002, "dids": [{"tn": "4155550170", "endpointGroup": 13551, "rateCenter": "SAN FRANCISCO", "state": "CA",
                           "lata": "722"}],
     "defaultEndpointGroup": 13550, "endUser": "ACME West", "billingTN": "4155550170", "portingFrom": "AT&T",
     "salesRep": "Dana Reyes", "submitted": -3 * DAY, "requested_foc": 5 * DAY},
    {"id": 7000, "dids": [{"tn": "2145550120", "rateCenter": "DALLAS", "state": "TX", "lata": "552"}],
     "defaultEndpointGroup": 13550, "endUser": "ACME Dallas", "billingTN": "2145550120", "portingFrom": "Frontier",
     "salesRep": "Dana Reyes", "submitted": -40 * DAY, "requested_foc": 10 * DAY},
]
DEMO_NOT_PORTABLE = ["907", "6175550199"]


def build_demo(state, demo, now: float) -> None:
    state.not_portable.extend(DEMO_NOT_PORTABLE)
    for item in DEMO_PORTS:
        port = new_port(state, demo, item, now)
        demo.ports[port["id"]] = port
    advance(state, now)
