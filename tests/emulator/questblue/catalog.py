"""Number search: GET /did/states, /did/ratecenters, /did/available (digest §3.2 #9-#11)."""

from __future__ import annotations

import re

from emulator.questblue import envelope, seed
from emulator.questblue import validate as v

# project-defined: the seed's example shows total 100 (L467); the real cap is not documented.
AVAILABLE_LIMIT = 100


def list_states(ctx) -> envelope.Outcome:
    # digest Q33: the 60-code Output list, total = len(data).
    return envelope.data(envelope.listing(list(seed.STATES)))


def _state_code(value) -> str:
    code = v.to_str("state", value).strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise v.invalid("state")
    return code


def list_rate_centers(ctx) -> envelope.Outcome:
    state = _state_code(v.required(ctx.params, "state"))
    tier = v.to_tier(v.required(ctx.params, "tier"))
    # Shape: an object mapping code to full name (seed L429), even when empty.
    return envelope.data(envelope.listing(seed.rate_centers(ctx.state, state, tier)))


def _optional(params: dict, name: str):
    """Search filters: "" is treated as not sent (clients that send every filter blank)."""
    value = params.get(name)
    return None if value in (None, "") else value


def _local_filter(params: dict, tier: str):
    zip_code = _optional(params, "zip")
    npa = _optional(params, "npa")
    state = _optional(params, "state")
    ratecenter = _optional(params, "ratecenter")
    # Formats are checked whatever the precedence, so a bad value is reported, not hidden.
    zip_code = v.to_digits("zip", zip_code, 5) if zip_code is not None else None
    npa = v.to_digits("npa", npa, 3) if npa is not None else None
    state = _state_code(state) if state is not None else None
    ratecenter = v.to_str("ratecenter", ratecenter).strip().upper() if ratecenter is not None else None
    # Precedence zip > npa > state/ratecenter (seed L478-480).
    if zip_code is not None:
        if tier != "1b":
            raise v.invalid("zip")  # "For tier 1b only" (seed L478)
        return lambda p: p.zip == zip_code
    if npa is not None:
        return lambda p: p.npa == npa
    if state is None:
        raise v.missing("state")
    if ratecenter is None:
        raise v.missing("ratecenter")
    # Accept the rate-centre code or its full name (they differ for long names, seed L429).
    names = {code for code, name in seed.RATE_CENTER_NAMES.items() if name == ratecenter} | {ratecenter}
    return lambda p: p.state == state and p.ratecenter in names


def _toll_free_filter(params: dict, tier: str):
    if tier == "2":
        raise v.invalid("tier")  # "TF is not available for Tier 2" (seed L470)
    code = _optional(params, "code")
    if code is None:
        return lambda p: True
    code = v.to_digits("code", code, 2)
    return lambda p: p.tf_code == code


def list_available(ctx) -> envelope.Outcome:
    kind = v.to_enum("type", v.required(ctx.params, "type"), ("local", "tf"))
    tier = v.to_tier(v.required(ctx.params, "tier"))
    # Filters of the other type are ignored rather than refused: SDKs send every argument.
    match = _local_filter(ctx.params, tier) if kind == "local" else _toll_free_filter(ctx.params, tier)
    numbers = sorted(
        p.did for p in ctx.state.pool.values() if p.type == kind and p.tier == tier and match(p)
    )[:AVAILABLE_LIMIT]
    # A list of 10-digit strings (seed L467; the L487 schema is a copy-paste, digest Q13).
    return envelope.data(envelope.listing(numbers))
