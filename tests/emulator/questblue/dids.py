"""Owned voice numbers: POST/GET/PUT/DELETE /did (digest §3.2 #12-#15, §6.2, §6.5)."""

from __future__ import annotations

import re

from emulator.questblue import envelope
from emulator.questblue import validate as v
from emulator.questblue.model import OwnedDid

ORDER_ERROR = "DID Ordering Error"  # seed L666/L1915 (reused for a failed order, digest §6.4)


def _pattern_matcher(pattern: str):
    """Unix-style search (digest §2.7): '*' is any run of digits, '?' one digit; without a
    wildcard the pattern is an exact number (a +1/1 prefix is tolerated)."""
    if "*" not in pattern and "?" not in pattern:
        try:
            exact = v.to_did("did", pattern)
        except v.QBError:
            exact = pattern
        return lambda did: did == exact
    regex = re.compile("".join(r"\d*" if c == "*" else r"\d" if c == "?" else re.escape(c) for c in pattern))
    return lambda did: regex.fullmatch(did) is not None


def pattern_filter(params: dict, name: str = "did"):
    """The unix-style search filter of a list call (``did`` on /did, /sms, /fax, /fax2;
    ``number2port`` on /lnp) as a predicate, or None when absent or too short to apply."""
    pattern = params.get(name)
    if pattern in (None, ""):
        return None
    pattern = v.to_str(name, pattern).strip()
    # Shorter than 3 characters: ignored, not an error ([ext] OpenAPI 2.2.1, digest §2.7).
    return _pattern_matcher(pattern) if len(pattern) >= 3 else None


def list_dids(ctx) -> envelope.Outcome:
    dids = ctx.account.dids
    # Sorted by the keys (the numbers) without a key function: this runs for every page.
    rows = [dids[did] for did in sorted(dids)]
    pattern = ctx.params.get("did")
    if pattern not in (None, ""):
        pattern = v.to_str("did", pattern).strip()
        # Shorter than 3 characters: ignored, not an error ([ext] OpenAPI 2.2.1, digest §2.7).
        if len(pattern) >= 3:
            match = _pattern_matcher(pattern)
            rows = [d for d in rows if match(d.did)]
    return envelope.data(envelope.paginate(rows, ctx.params, 5, 200, 25, render=lambda d: d.row()))


def _route_target(ctx, name: str):
    """The trunk a DID may be routed to: it must exist in the account and be on."""
    trunk = ctx.account.trunks.get(name)
    if trunk is None:
        raise v.not_found("SIP trunk", name)
    return trunk


def _inactive(name: str) -> str:
    return f"SIP trunk {name} is not active"  # project-defined


def order(ctx) -> envelope.Outcome:
    tier = v.to_tier(v.required(ctx.params, "tier"))
    raw = v.required(ctx.params, "did")
    warnings: list[str] = []

    route = ctx.params.get("route2trunk")
    route = v.to_str("route2trunk", route).strip() if route is not None else ""
    if route and _route_target(ctx, route).status != "on":
        # "The trunk must be active" (seed L518): a missing or inactive trunk fails the order
        # before anything is bought, never a bought-but-unrouted number with a warning.
        raise v.QBError(_inactive(route))

    if isinstance(raw, list):
        wanted, seen = [], set()
        for item in raw:
            try:
                did = v.to_did("did", item)
            except v.QBError:
                warnings.append(f"DID {item} is not available")  # project-defined
                continue
            if did in seen:
                continue
            seen.add(did)
            entry = ctx.state.pool.get(did)
            if entry is None or entry.tier != tier:
                warnings.append(f"DID {did} is not available")  # project-defined
            else:
                wanted.append(entry)
        if not wanted:
            # Nothing was bought, so this is an error, not a warning.  # project-defined
            raise v.QBError(ORDER_ERROR)
    elif isinstance(raw, dict):
        raise v.invalid("did")
    else:
        did = v.to_did("did", raw)
        entry = ctx.state.pool.get(did)
        # The pool is per tier: a number offered under tier 1 cannot be ordered as tier 2.
        if entry is None or entry.tier != tier:
            raise v.QBError(ORDER_ERROR)
        wanted = [entry]

    for entry in wanted:
        del ctx.state.pool[entry.did]
        ctx.account.dids[entry.did] = OwnedDid(
            did=entry.did, tier=entry.tier, type=entry.type, route2trunk=route, origin=entry
        )
    return envelope.warning(warnings) if warnings else envelope.empty()


def _owned(ctx):
    did = v.to_did("did", v.required(ctx.params, "did"))
    record = ctx.account.dids.get(did)
    if record is None:
        raise v.not_found("DID", did)
    return record


def _clearable(params: dict, name: str):
    """A string parameter where "" means clear."""
    value = params[name]
    return "" if value == "" else v.to_str(name, value)


def update(ctx) -> envelope.Outcome:
    record = _owned(ctx)
    p = ctx.params
    changes: dict = {}
    # Validate everything first and apply nothing on error: no half-applied updates.
    if v.given(p, "note"):
        note = _clearable(p, "note")
        if len(note) > 15:
            raise v.invalid("note")
        changes["note"] = note
    if v.given(p, "pin"):
        pin = _clearable(p, "pin").strip()
        # The seed gives no length for the DID PIN; digits only, at least 4 (digest Q42).
        if pin and not re.fullmatch(r"\d{4,}", pin):
            raise v.invalid("pin")
        changes["pin"] = pin
    if v.given(p, "route2trunk"):
        name = _clearable(p, "route2trunk").strip()
        if name and _route_target(ctx, name).status != "on":
            raise v.QBError(_inactive(name))
        changes["route2trunk"] = name
    if v.given(p, "forw2did"):
        target = p["forw2did"]
        changes["forw2did"] = "" if target == "" else v.to_us_number("forw2did", target)
    if v.given(p, "failover"):
        failover = v.to_failover(p["failover"])
        changes["failover"] = None if failover is v.CLEAR else failover
    if v.given(p, "lidb"):
        lidb = _clearable(p, "lidb").strip()
        # Seed: "4-15 chars long, [a-z0-9] only"; upper case is accepted too (lenient).
        if lidb and not re.fullmatch(r"[A-Za-z0-9]{4,15}", lidb):
            raise v.invalid("lidb")
        changes["lidb"] = lidb
    if v.given(p, "cnam"):
        changes["cnam"] = v.to_switch("cnam", p["cnam"], "yes", "no")
    if v.given(p, "e911"):
        e911 = v.to_e911(p["e911"])
        changes["e911"] = None if e911 is v.CLEAR else e911
    for key, value in changes.items():
        setattr(record, key, value)
    return envelope.empty()


def delete(ctx) -> envelope.Outcome:
    record = _owned(ctx)
    # Dropping the record also unroutes it: trunks derive routed_dids from the DIDs.
    del ctx.account.dids[record.did]
    if record.origin is not None:  # a ported-in number is not QuestBlue's to offer again
        ctx.state.pool[record.did] = record.to_pool()
    return envelope.empty()
