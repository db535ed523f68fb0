"""SIP trunks: POST/GET/PUT/DELETE /siptrunk (digest §3.9, §4.2, §6.2, §6.5)."""

from __future__ import annotations

import hashlib
import re

from emulator.questblue import envelope
from emulator.questblue import validate as v
from emulator.questblue.model import Trunk

TRUNK_NAME = re.compile(r"[A-Za-z0-9]{1,15}")  # "alphanumeric ... Max 15 chars" (seed L2591)
PASSWORD = re.compile(r"[A-Za-z0-9]{4,48}")  # "Alphanumeric value only ... Min 4, Max 48" (L2592)


def _name(ctx) -> str:
    return v.to_str("trunk", v.required(ctx.params, "trunk")).strip()


def _existing(ctx) -> Trunk:
    name = _name(ctx)
    trunk = ctx.account.trunks.get(name)
    if trunk is None:
        raise v.not_found("SIP trunk", name)
    return trunk


def _password(value) -> str:
    password = v.to_str("password", value)
    if not PASSWORD.fullmatch(password):
        raise v.invalid("password")
    return password


def _inter_call(ctx, value) -> str:
    inter_call = v.to_switch("inter_call", value)
    if inter_call == "on" and not ctx.account.allow_inter_call:
        # "This option must be enabled for your account by a server admin" (seed L2596)
        raise v.QBError("International calls are not enabled for this account")  # project-defined
    return inter_call


def _inter_limit(ctx, inter_call: str):
    """inter_limit is ignored unless inter_call ends up on and the account allows it (L2597)."""
    value = ctx.params.get("inter_limit")
    if value in (None, "") or inter_call != "on" or not ctx.account.allow_inter_call:
        return None
    return v.to_int("inter_limit", value, 1, 1000)


def _dids_to_route(ctx, name: str) -> list:
    """createTrunk `did`: owned, active and not routed to another trunk (seed L2595). One
    number per the seed's (int); a list is accepted too."""
    raw = ctx.params.get("did")
    if raw in (None, "", []):
        return []
    records = []
    for item in raw if isinstance(raw, list) else [raw]:
        did = v.to_did("did", item)
        record = ctx.account.dids.get(did)
        if record is None:
            raise v.not_found("DID", did)
        if record.status != "active":
            raise v.QBError(f"DID {did} is not active")  # project-defined
        if record.route2trunk and record.route2trunk != name:
            raise v.QBError(f"DID {did} is routed to SIP trunk {record.route2trunk}")  # project-defined
        records.append(record)
    return records


def create(ctx) -> envelope.Outcome:
    p = ctx.params
    name = _name(ctx)
    if not TRUNK_NAME.fullmatch(name):
        raise v.invalid("trunk")
    if ctx.state.trunk_owner(name) is not None:  # unique in the whole system, not per account
        raise v.already_exists("SIP trunk", name)
    if p.get("password") not in (None, ""):
        password = _password(p["password"])
    else:
        # "assigned automatically if not entered"; deterministic so test runs repeat.  # project-defined
        password = hashlib.sha1(f"questblue-trunk-{name}".encode()).hexdigest()[:16]
    dynamic_host = v.to_hostname("dynamic_host", p["dynamic_host"]) if p.get("dynamic_host") not in (None, "") else ""
    ip_address = v.to_ip("ip_address", p["ip_address"]) if p.get("ip_address") not in (None, "") else ""
    if dynamic_host:
        # dynamic_host overrides ip_address; the emulator does no DNS, so no IP is shown.  # project-defined
        trunk_type, ip_address = "static", ""
    elif ip_address:
        trunk_type = "static"
    elif ctx.account.allow_registration_trunks:
        trunk_type = "registration"  # digest Q37  # project-defined type name
    else:
        raise v.missing("ip_address")
    inter_call = _inter_call(ctx, p["inter_call"]) if p.get("inter_call") not in (None, "") else "off"
    inter_limit = _inter_limit(ctx, inter_call)
    failover = v.to_failover(p["failover"]) if v.given(p, "failover") else v.CLEAR
    routed = _dids_to_route(ctx, name)

    ctx.account.trunks[name] = Trunk(
        trunk=name, type=trunk_type, status="on", ip_address=ip_address, dynamic_host=dynamic_host,
        password=password, inter_call=inter_call, inter_limit=inter_limit,
        failover=None if failover is v.CLEAR else failover,
    )
    for record in routed:  # the DID side holds the routing; the trunk's routed_dids follows
        record.route2trunk = name
    return envelope.empty()


def list_trunks(ctx) -> envelope.Outcome:
    trunks = sorted(ctx.account.trunks.values(), key=lambda t: t.trunk)
    name = ctx.params.get("trunk")
    if name not in (None, ""):
        name = v.to_str("trunk", name).strip()
        # An unknown name gives an empty list rather than an error: it is a filter on a list.
        trunks = [t for t in trunks if t.trunk == name]
    rows = [t.row(ctx.account.routed_dids(t.trunk)) for t in trunks]
    return envelope.data(envelope.paginate(rows, ctx.params, 5, 200, 25))


def update(ctx) -> envelope.Outcome:
    trunk = _existing(ctx)
    p = ctx.params
    changes: dict = {}
    if p.get("password") not in (None, ""):
        changes["password"] = _password(p["password"])
    if p.get("status") not in (None, ""):
        changes["status"] = v.to_switch("status", p["status"])
    if p.get("ip_address") not in (None, ""):
        if trunk.type != "static":
            raise v.invalid("ip_address")  # "for static trunks only" (seed L2669)
        changes.update(ip_address=v.to_ip("ip_address", p["ip_address"]), dynamic_host="")
    if v.given(p, "dynamic_host"):
        if p["dynamic_host"] == "":
            changes["dynamic_host"] = ""  # back to the fixed ip_address  # project-defined
        else:
            if trunk.type != "static":
                raise v.invalid("dynamic_host")
            # It "overwrites ip_address value if dynamic_host is set in the same request".
            changes.update(dynamic_host=v.to_hostname("dynamic_host", p["dynamic_host"]), ip_address="")
    inter_call = trunk.inter_call
    if p.get("inter_call") not in (None, ""):
        inter_call = changes["inter_call"] = _inter_call(ctx, p["inter_call"])
    inter_limit = _inter_limit(ctx, inter_call)
    if inter_limit is not None:
        changes["inter_limit"] = inter_limit
    if v.given(p, "failover"):
        failover = v.to_failover(p["failover"])
        changes["failover"] = None if failover is v.CLEAR else failover
    for key, value in changes.items():
        setattr(trunk, key, value)
    return envelope.empty()


def delete(ctx) -> envelope.Outcome:
    trunk = _existing(ctx)
    routed = ctx.account.routed_dids(trunk.trunk)
    for did in routed:
        ctx.account.dids[did].route2trunk = ""
    del ctx.account.trunks[trunk.trunk]
    if routed:
        # The trunk is gone either way; the warning tells which numbers lost their route.
        return envelope.warning([f"DID {did} unrouted from SIP trunk {trunk.trunk}" for did in routed])  # project-defined
    return envelope.empty()
