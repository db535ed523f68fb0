"""Numbers: search (getDIDs, getDIDCount, getDIDsExtended), reservation, ordering (assignDID,
assignDIDExtended), configuration, release, reads (auditDIDs, queryDID) and personal inventory
(InventoryDIDs, GetInventoryTNs, GetUnconfiguredTNs). Seed L3-73, L141-159, L473-499, L729-757;
digest sections 3A, 4.2, 5.3, 6.1.

Batch operations answer top-level 100 and put each number's outcome in its DID's statusCode (digest
section 2, "Batch DID ops"). PROJECT DECISIONS where the seed is silent (docs/emulator.md):
* a number is in one of these situations for the caller: owned by it, reserved by it, reserved by
  another account, owned by another account, on offer (regular or Extended Inventory), unknown;
  a tn that is not 10 digits is unknown;
* a reserved number stays out of every search (also the reserver's); a released number is on offer
  again at once (so a second release answers 106231, not 106241);
* assignDID sees the regular inventory only and assignDIDExtended the Extended Inventory only (the
  other pool's numbers answer 1xx420); reserveDID holds numbers of both;
* assigning a number reserved by the caller succeeds (seed L41 "available or reserved"); 104220 is
  never sent;
* DIDParam.cnam "1"/"true" (any case) turns the inbound CNAM dip on, anything else off; configDID
  leaves cnam/refId unchanged when the element is absent;
* search flags t38/cnam/sms: "1"/"true" require the capability, "0"/"false"/"" do not filter, another
  value answers 900; an empty search (no criterion) or an empty didParams answers 302490 / 101.
"""

from __future__ import annotations

from emulator.voipinnovations import codes
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.model import (NO_EXPIRY, RESERVATION_SECONDS, is_tn, is_toll_free,
                                            locator_from_owned, owned_from_locator, public)

SEARCH_CRITERIA = ("state", "lata", "rateCenter", "npa", "nxx", "tier", "t38", "cnam", "sms", "network")
TRUE_FLAGS = ("1", "true")
FALSE_FLAGS = ("", "0", "false")
COUNT_ORDER = {
    "state": lambda row: (row["state"], row["rateCenter"], row["tier"]),
    "rc": lambda row: (row["rateCenter"], row["state"], row["tier"]),
    "lata": lambda row: (row["lataId"], row["state"], row["rateCenter"], row["tier"]),
    "tier": lambda row: (row["tier"], row["state"], row["rateCenter"]),
}
DID_TYPES = {"LOCAL": lambda tn: not is_toll_free(tn), "TF": is_toll_free, "INTL": lambda tn: False}

# Called with (state, account, record) when a number leaves an account (releaseDID), so other slices
# drop their per-number data (SMS settings, fax routes, ...). Slice helpers append theirs.
RELEASE_HOOKS: list = []

# The caller's view of a number (see the module docstring).
MINE, RESERVED_MINE, RESERVED_OTHER, OTHER, ON_OFFER, UNKNOWN = (
    "mine", "reserved_mine", "reserved_other", "other", "on_offer", "unknown")


def advance(state, now: float) -> None:
    state.expire_reservations(now)


def situation(ctx, tn: str) -> str:
    if not is_tn(tn):
        return UNKNOWN
    if tn in ctx.account.dids:
        return MINE
    held = ctx.state.reservation(tn, ctx.now)
    if held is not None:
        return RESERVED_MINE if held["login"] == ctx.account.login else RESERVED_OTHER
    if ctx.state.owner_of(tn) is not None:
        return OTHER
    return ON_OFFER if tn in ctx.state.inventory else UNKNOWN


# -- DID records on the wire ------------------------------------------------------------------------

def owned_status(record: dict) -> str:
    return (f"Number currently assigned to you with refid '{record['refId']}' rewritten as '{record['rewrite']}' "
            f"to endpoint '{record['endpointId']}'")


def owned_view(record: dict, code: str = "100", status: str | None = None) -> dict:
    view = public(record)
    view.update(availability="assigned", statusCode=code, expireDate=NO_EXPIRY,
                status=status if status is not None else owned_status(record),
                cnamStorageActive=bool(record["cnamName"]))
    return view


def offer_view(locator: dict, code: str, status: str, availability: str, expires=NO_EXPIRY) -> dict:
    """A number that is not the caller's: what the inventory knows of it."""
    return {
        "tn": locator["tn"], "availability": availability, "status": status, "statusCode": code,
        "tier": locator["tier"], "state": locator["state"], "rateCenter": locator["rateCenter"],
        "Network": locator["Network"], "endpointId": 0, "expireDate": expires,
        "cnamStorageAvailability": locator["outboundCNAM"], "t38": locator["t38"],
    }


def code_view(tn: str, code: str) -> dict:
    """A per-number failure: the number as sent, the code and its text."""
    return {"tn": tn, "statusCode": code, "status": codes.DID_STATUS[code], "endpointId": 0, "expireDate": NO_EXPIRY}


def dummy(code: str) -> dict:
    """The dummy record of a read that found nothing (seed L21; digest section 3.1)."""
    return {"tn": "", "statusCode": code, "status": codes.DID_STATUS[code], "tier": "-99999", "endpointId": 0,
            "expireDate": NO_EXPIRY}


def conference(record: dict) -> dict:
    line = record.get("_conference") or {"Enabled": False, "PIN": ""}
    return {"TN": record["tn"], "Enabled": line["Enabled"], "PIN": line["PIN"] or None}


def reserved_status(locator: dict) -> str:
    return f"Reserved for 30 minutes -- Will be Tier {locator['tier']}"


# -- reads ------------------------------------------------------------------------------------------

def audit_dids(ctx) -> dict:
    records = [owned_view(ctx.account.dids[tn]) for tn in sorted(ctx.account.dids)]
    return {"DIDs": records or [dummy("101200")]}


def query_did(ctx) -> dict:
    tn = ctx.text("did")
    where = situation(ctx, tn)
    if where == MINE:
        record = ctx.account.dids[tn]
        return {"DIDs": [owned_view(record)], "ConferenceLine": conference(record)}
    if where == UNKNOWN:
        return {"DIDs": [dummy("102420")]}
    locator = ctx.state.inventory.get(tn)
    if where == RESERVED_MINE:
        held = ctx.state.reservations[tn]
        return {"DIDs": [offer_view(locator, "100", reserved_status(locator), "reserved", held["expires"])]}
    if where == ON_OFFER:
        return {"DIDs": [offer_view(locator, "100", "Number currently available", "available")]}
    code = "102230" if where == RESERVED_OTHER else "102235"
    return {"DIDs": [dict(code_view(tn, code), availability="Unavailable")]}


# -- search -----------------------------------------------------------------------------------------

def _criteria(ctx) -> dict:
    criteria = {name: ctx.text(name).strip() for name in SEARCH_CRITERIA}
    for flag in ("t38", "cnam", "sms"):
        if criteria[flag].lower() not in TRUE_FLAGS + FALSE_FLAGS:
            raise ApiError(codes.EXCEPTION)
    return {name: value for name, value in criteria.items() if value}


def _matches(locator: dict, criteria: dict) -> bool:
    tn = locator["tn"]
    for name, wanted in criteria.items():
        if name == "state":
            ok = is_toll_free(tn) if wanted.upper() == "TF" else locator["state"].upper() == wanted.upper()
        elif name == "lata":
            ok = str(locator["lataId"]) == wanted
        elif name == "rateCenter":
            ok = locator["rateCenter"].upper() == wanted.upper()
        elif name == "npa":
            ok = tn[:3] == wanted
        elif name == "nxx":
            ok = tn[3:6] == wanted
        elif name == "tier":
            ok = locator["tier"] == wanted
        elif name == "network":
            ok = locator["Network"].lower() == wanted.lower()
        else:   # capability flags: only "1"/"true" filter
            capability = "outboundCNAM" if name == "cnam" else name
            ok = wanted.lower() not in TRUE_FLAGS or locator[capability]
        if not ok:
            return False
    return True


def _on_offer(ctx, criteria: dict, extended: bool) -> list:
    found = []
    for tn in sorted(ctx.state.inventory):
        locator = ctx.state.inventory[tn]
        if locator["_extended"] == extended and ctx.state.reservation(tn, ctx.now) is None and _matches(locator, criteria):
            found.append(locator)
    return found


def _locator_view(locator: dict) -> dict:
    return public(locator)


def get_dids(ctx) -> dict:
    criteria = _criteria(ctx)
    if not criteria:
        raise ApiError(codes.NO_CRITERIA)
    return {"DIDLocators": [_locator_view(loc) for loc in _on_offer(ctx, criteria, extended=False)]}


def get_dids_extended(ctx) -> dict:
    criteria = _criteria(ctx)
    # seed L731-733: (state AND rateCenter) or npa or lata
    if not (("state" in criteria and "rateCenter" in criteria) or "npa" in criteria or "lata" in criteria):
        raise ApiError(codes.NO_CRITERIA)
    return {"DIDLocators": [_locator_view(loc) for loc in _on_offer(ctx, criteria, extended=True)]}


def get_did_count(ctx) -> dict:
    criteria = _criteria(ctx)
    if not criteria:
        raise ApiError(codes.NO_CRITERIA)
    groups: dict = {}
    for locator in _on_offer(ctx, criteria, extended=False):
        key = (locator["state"], locator["rateCenter"], locator["lataId"], locator["tier"],
               locator["outboundCNAM"], locator["t38"], locator["sms"])
        groups[key] = groups.get(key, 0) + 1
    rows = [{"didCount": str(count), "rateCenter": rate_center, "state": state, "tier": tier, "lataId": lata,
             "cnam": cnam, "t38": t38, "sms": sms}
            for (state, rate_center, lata, tier, cnam, t38, sms), count in groups.items()]
    order = COUNT_ORDER.get(ctx.text("orderby").strip().lower(), COUNT_ORDER["state"])
    return {"DIDCounts": sorted(rows, key=order)}


# -- batch writes -----------------------------------------------------------------------------------

def _batch(ctx, one) -> dict:
    items = ctx.did_params()
    if not items:
        raise ApiError(codes.NO_RECORDS)
    return {"DIDs": [one(ctx, item, item.get("tn") or "") for item in items]}


def _may_buy(ctx, locator: dict, prefix: str) -> str | None:
    """The per-number code when the account may not buy this number (origination, tier), else None."""
    if is_toll_free(locator["tn"]):
        if not ctx.account.tf_origination:
            return prefix + "250"
    elif not ctx.account.standard_origination and prefix != "103":   # reserveDID has no 103251
        return prefix + "251"
    if ctx.account.tiers is not None and locator["tier"] not in ctx.account.tiers:
        return prefix + "259"
    return None


def _reserve_one(ctx, item: dict, tn: str) -> dict:
    where = situation(ctx, tn)
    if where == MINE:
        return owned_view(ctx.account.dids[tn], "103225", codes.DID_STATUS["103225"])
    if where == RESERVED_MINE:
        locator = ctx.state.inventory[tn]
        held = ctx.state.reservations[tn]
        return offer_view(locator, "103220", codes.DID_STATUS["103220"], "reserved", held["expires"])
    if where != ON_OFFER:
        return code_view(tn, {RESERVED_OTHER: "103230", OTHER: "103235", UNKNOWN: "103420"}[where])
    locator = ctx.state.inventory[tn]
    refused = _may_buy(ctx, locator, "103")
    if refused:
        return code_view(tn, refused)
    expires = ctx.now + RESERVATION_SECONDS
    ctx.state.reservations[tn] = {"login": ctx.account.login, "expires": expires, "refId": item.get("refId") or ""}
    return offer_view(locator, "100", reserved_status(locator), "reserved", expires)


def reserve_did(ctx) -> dict:
    return _batch(ctx, _reserve_one)


def flag(value) -> bool:
    return isinstance(value, str) and value.strip().lower() in TRUE_FLAGS


def _assign_one(ctx, item: dict, tn: str, extended: bool) -> dict:
    where = situation(ctx, tn)
    if where == MINE:
        return owned_view(ctx.account.dids[tn], "104225", codes.DID_STATUS["104225"])
    locator = ctx.state.inventory.get(tn)
    if where not in (ON_OFFER, RESERVED_MINE) or locator["_extended"] != extended:
        return code_view(tn, {RESERVED_OTHER: "104230", OTHER: "104235"}.get(where, "104420"))
    refused = _may_buy(ctx, locator, "104")
    if refused:
        return code_view(tn, refused)
    epg = item.get("epg")
    if epg not in ctx.account.endpoint_groups:
        return code_view(tn, "104258")
    held = ctx.state.reservations.pop(tn, None)
    del ctx.state.inventory[tn]
    record = owned_from_locator(locator)
    record.update(endpointId=epg, cnam=flag(item.get("cnam")),
                  refId=item.get("refId") or (held["refId"] if held else ""))
    ctx.account.dids[tn] = record
    return owned_view(record, "100", f"Assigned to endpoint '{epg}' rewritten as '{record['rewrite']}' Tier {record['tier']}")


def assign_did(ctx) -> dict:
    return _batch(ctx, lambda c, item, tn: _assign_one(c, item, tn, extended=False))


def assign_did_extended(ctx) -> dict:
    return _batch(ctx, lambda c, item, tn: _assign_one(c, item, tn, extended=True))


def _config_one(ctx, item: dict, tn: str) -> dict:
    where = situation(ctx, tn)
    if where != MINE:
        code = {ON_OFFER: "105221", RESERVED_MINE: "105225", RESERVED_OTHER: "105230", OTHER: "105235"}.get(where, "105420")
        return code_view(tn, code)
    record = ctx.account.dids[tn]
    epg = item.get("epg")
    if epg not in ctx.account.endpoint_groups:
        return owned_view(record, "105258", codes.DID_STATUS["105258"])
    record.update(endpointId=epg, _inventory=False)
    if item.get("cnam") is not None:
        record["cnam"] = flag(item["cnam"])
    if item.get("refId") is not None:
        record["refId"] = item["refId"]
    return owned_view(record)


def config_did(ctx) -> dict:
    return _batch(ctx, _config_one)


def _release_one(ctx, item: dict, tn: str) -> dict:
    where = situation(ctx, tn)
    if where != MINE:
        code = {ON_OFFER: "106231", RESERVED_MINE: "106220", RESERVED_OTHER: "106230", OTHER: "106235"}.get(where, "106420")
        return code_view(tn, code)
    record = ctx.account.dids.pop(tn)
    for hook in RELEASE_HOOKS:
        hook(ctx.state, ctx.account, record)
    ctx.state.inventory[tn] = locator_from_owned(record)
    return {"tn": tn, "availability": "available", "status": "Number released", "statusCode": "100",
            "tier": record["tier"], "endpointId": 0, "expireDate": NO_EXPIRY}


def release_did(ctx) -> dict:
    return _batch(ctx, _release_one)


def _inventory_one(ctx, item: dict, tn: str) -> dict:
    record = ctx.account.dids.get(tn)
    if record is None:
        return {"tn": tn, "statusCode": "101", "status": "No records found", "endpointId": 0, "expireDate": NO_EXPIRY}
    record.update(endpointId=0, _inventory=True)
    return owned_view(record, "100", "Number moved to personal inventory")


def inventory_dids(ctx) -> dict:
    return _batch(ctx, _inventory_one)


# -- personal inventory -----------------------------------------------------------------------------

def _of_type(ctx, records) -> list:
    keep = DID_TYPES.get(ctx.text("didType").strip().upper(), lambda tn: True)
    return sorted(record["tn"] for record in records if keep(record["tn"]))


def get_inventory_tns(ctx) -> dict:
    return {"TNs": _of_type(ctx, [r for r in ctx.account.dids.values() if r["_inventory"]])}


def get_unconfigured_tns(ctx) -> dict:
    return {"TNs": _of_type(ctx, [r for r in ctx.account.dids.values()
                                  if not r["_inventory"] and not r["endpointId"] and not r["forward"]])}
