"""Voice DIDs: search, order, read, update, cancel and the per-DID SMS settings (digest §3.7, §4.1,
§4.3, §6.4)."""

from __future__ import annotations

import re

from emulator.voipms import check, refdata
from emulator.voipms.check import required
from emulator.voipms.errors import ApiError
from emulator.voipms.model import fmt_datetime, next_month, public

ROUTING_HEADERS = ("account", "fwd", "vm", "sip", "grp", "ivr", "sys", "recording", "queue", "cb", "tc", "disa",
                   "none")
SYS_TARGETS = ("hangup", "busy", "noservice", "disconnected", "dtmf", "echo")
KEYPAD = {c: d for d, letters in {"2": "ABC", "3": "DEF", "4": "GHI", "5": "JKL", "6": "MNO", "7": "PQRS",
                                  "8": "TUV", "9": "WXYZ"}.items() for c in letters}
SEARCH_TYPES = ("starts", "contains", "ends")

# getDIDsInfo field order (seed L2996-3040) and the values a fresh DID has.
DID_DEFAULTS = {
    "did": "", "description": "", "routing": "", "failover_busy": "none:", "failover_unreachable": "none:",
    "failover_noanswer": "none:", "voicemail": "", "pop": "", "dialtime": "", "cnam": "0", "e911": "0",
    "callerid_prefix": "", "note": "", "port_out_pin": "", "billing_type": "1", "next_billing": "",
    "order_date": "", "reseller_account": "", "reseller_next_billing": "", "reseller_monthly": "",
    "reseller_minute": "", "reseller_setup": "", "sms_available": "0", "sms_enabled": "0", "sms_email": "",
    "sms_email_enabled": "0", "sms_forward": "", "sms_forward_enabled": "0", "sms_url_callback": "",
    "sms_url_callback_enabled": "0", "sms_url_callback_retry": "0", "smpp_enabled": "0", "smpp_url": "",
    "smpp_user": "", "smpp_pass": "", "transcribe": "0", "transcription_locale": "", "transcription_email": "",
}
# setDIDInfo optional fields and what "omitted" resets them to (replace semantics, digest §6.4).
SET_DID_OPTIONAL = {
    "failover_busy": "none:", "failover_unreachable": "none:", "failover_noanswer": "none:", "voicemail": "",
    "callerid_prefix": "", "note": "", "port_out_pin": "", "_record_calls": "0", "transcribe": "0",
    "transcription_locale": "", "transcription_email": "",
}
SMS_FIELDS = ("sms_enabled", "sms_email_enabled", "sms_email", "sms_forward_enabled", "sms_forward",
              "sms_url_callback_enabled", "sms_url_callback", "sms_url_callback_retry", "smpp_enabled", "smpp_url",
              "smpp_user", "smpp_pass")


def description_of(entry: dict) -> str:
    if entry["kind"] == "tf":
        return "TOLL FREE"  # project-defined
    return f"{entry['ratecenter']}, {entry['region']}"


def new_did(did: str, description: str, now: float, sms_available: str, kind: str, **fields) -> dict:
    record = dict(DID_DEFAULTS)
    record.update(did=did, description=description, order_date=fmt_datetime(now), next_billing=next_month(now),
                  sms_available=sms_available)
    record["_record_calls"] = "0"
    record["_kind"] = kind
    record.update(fields)
    return record


# -- search ---------------------------------------------------------------------------------------

def _pattern(params, optional: bool):
    """(type, digits) of a search, or None when ``optional`` and neither is given."""
    if optional and not params.has("type") and not params.has("query"):
        return None
    required(params, [("type", "missing_type"), ("query", "missing_query")])
    kind = params.get("type")
    if kind not in SEARCH_TYPES:
        raise ApiError("invalid_type")
    query = params.get("query").upper()
    if not re.fullmatch(r"[0-9A-Z]{1,10}", query):
        raise ApiError("invalid_query")
    return kind, "".join(KEYPAD.get(c, c) for c in query)


def _matches(did: str, pattern) -> bool:
    if pattern is None:
        return True
    kind, digits = pattern
    if kind == "starts":
        return did.startswith(digits)
    if kind == "ends":
        return did.endswith(digits)
    return digits in did


def _available(ctx, country: str, region: str = "", ratecenter: str = "", pattern=None) -> list[dict]:
    rows = []
    for did in sorted(ctx.state.available):
        entry = ctx.state.catalog[did]
        if entry["kind"] != ("tf" if country == "TF" else "local") or (country != "TF" and entry["country"] != country):
            continue
        if region and entry["region"] != region:
            continue
        if ratecenter and entry["ratecenter"].upper() != ratecenter.upper():
            continue
        if _matches(did, pattern):
            rows.append(entry)
    if not rows:
        raise ApiError("no_did")
    return rows


def _local_row(entry: dict, full: bool) -> dict:
    us = entry["country"] == "US"
    region_key = "state" if us else "province"
    names = refdata.US_STATES if us else refdata.CA_PROVINCES
    row = {"did": entry["did"], "ratecenter": entry["ratecenter"], region_key: entry["region"],
           f"{region_key}_description": names[entry["region"]]}
    row.update(refdata.LOCAL_PRICES_US if us else refdata.LOCAL_PRICES_CA)
    if full:
        if us:
            row["has_port_out_pin"] = entry["has_port_out_pin"]
        row["sms"] = entry["sms"]
    return row


def _region(params, name: str, table: dict, missing: str | None, invalid: str) -> str:
    if missing:
        required(params, [(name, missing)])
    value = params.get(name).upper()
    if value and value not in table:
        raise ApiError(invalid)
    return value


def search_dids_usa(ctx) -> dict:
    pattern = _pattern(ctx.params, False)
    state = _region(ctx.params, "state", refdata.US_STATES, None, "invalid_state")
    return {"dids": [_local_row(e, False) for e in _available(ctx, "US", state, pattern=pattern)]}


def search_dids_can(ctx) -> dict:
    pattern = _pattern(ctx.params, False)
    province = _region(ctx.params, "province", refdata.CA_PROVINCES, None, "invalid_province")
    return {"dids": [_local_row(e, False) for e in _available(ctx, "CA", province, pattern=pattern)]}


def get_dids_usa(ctx) -> dict:
    state = _region(ctx.params, "state", refdata.US_STATES, "missing_state", "invalid_state")
    rows = _available(ctx, "US", state, ctx.params.get("ratecenter"))
    return {"dids": [_local_row(e, True) for e in rows]}


def get_dids_can(ctx) -> dict:
    province = _region(ctx.params, "province", refdata.CA_PROVINCES, "missing_province", "invalid_province")
    rows = _available(ctx, "CA", province, ctx.params.get("ratecenter"))
    return {"dids": [_local_row(e, True) for e in rows]}


def search_toll_free_usa(ctx) -> dict:
    pattern = _pattern(ctx.params, True)
    return {"dids": [{"did": e["did"], **refdata.TOLL_FREE_USA} for e in _available(ctx, "TF", pattern=pattern)]}


def search_toll_free_canus(ctx) -> dict:
    pattern = _pattern(ctx.params, True)
    return {"dids": [{"did": e["did"], **refdata.TOLL_FREE_CANUS} for e in _available(ctx, "TF", pattern=pattern)]}


# -- shared field validation -------------------------------------------------------------------

def routing(ctx, value: str, code: str) -> str:
    header, sep, target = value.partition(":")
    if not sep or header not in ROUTING_HEADERS:
        raise ApiError(code)
    if header == "none":
        ok = target == ""
    elif header == "sys":
        ok = target in SYS_TARGETS
    elif header == "account":
        # project-defined: only account targets are checked for existence (the main account or a
        # sub-account); the other objects (forwardings, mailboxes, ...) are not emulated.
        ok = target == ctx.account.main_account or ctx.account.subaccount_by_name(target) is not None
    else:
        ok = bool(re.fullmatch(r"[0-9A-Za-z_]+", target))
    if not ok:
        raise ApiError(code)
    return value


def _did_fields(ctx, names, record: dict | None = None) -> dict:
    """Validate the DID settings present in the request, in the documented order. ``record`` is
    the DID being changed (None while ordering)."""
    record = record or {}
    params = ctx.params
    out = {}
    for name in names:
        if not params.has(name):
            continue
        value = params.get(name)
        if name == "routing":
            out[name] = routing(ctx, value, "invalid_routing_header")
        elif name.startswith("failover_"):
            out[name] = routing(ctx, value, "invalid_failover_header")
        elif name == "voicemail":
            # a mailbox of the account (getVoicemails; seed key ``mailboxes``)
            if value not in ctx.account.mailboxes:
                raise ApiError("invalid_mailbox")
            out[name] = value
        elif name == "pop":
            out[name] = check.in_table(value, refdata.POPS, "invalid_serverpop")
        elif name == "dialtime":
            out[name] = check.int_in(value, 1, None, "invalid_dialtime")
        elif name == "cnam":
            out[name] = check.flag(value, "invalid_cnam")
        elif name == "callerid_prefix":
            if len(value) >= 20:
                raise ApiError("invalid_calleridprefix")
            out[name] = value
        elif name == "note":
            if len(value) >= 50:
                raise ApiError("invalid_note")
            out[name] = value
        elif name == "record_calls":
            out["_record_calls"] = check.flag(value, "invalid_record_calls")
        elif name == "port_out_pin":
            if not re.fullmatch(r"[0-9]{4,10}", value):
                raise ApiError("invalid_pin")
            out[name] = value
            if record.get("_has_port_out_pin") != "1":
                # "only for selected US numbers with the lock icon" (getDIDsUSA has_port_out_pin)
                raise ApiError("invalid_pin")
        elif name == "billing_type":
            out[name] = check.in_table(value, ("1", "2"), "invalid_billingtype")
        elif name == "transcribe":
            out[name] = check.int_flag(value)
        elif name == "transcription_locale":
            out[name] = check.in_table(value, refdata.LOCALES, "invalid_transcription_locale")
        elif name == "transcription_email":
            out[name] = check.email(value, "invalid_transcription_email")
    return out


def _owned(ctx, missing: str = "missing_did") -> dict:
    required(ctx.params, [("did", missing)])
    record = ctx.account.dids.get(ctx.params.get("did"))
    if record is None:
        raise ApiError("invalid_did")
    return record


# -- ordering -----------------------------------------------------------------------------------

ORDER_REQUIRED = [("did", "missing_did"), ("routing", "missing_routing"), ("pop", "missing_serverpop"),
                  ("dialtime", "missing_dialtime"), ("cnam", "missing_cnam")]
ORDER_FIELDS = ("routing", "failover_busy", "failover_unreachable", "failover_noanswer", "voicemail", "pop",
                "dialtime", "cnam", "callerid_prefix", "note", "billing_type")


def _reseller(ctx) -> dict:
    params = ctx.params
    out = {}
    if params.has("account"):
        if ctx.account.subaccount_by_name(params.get("account")) is None:
            raise ApiError("invalid_account")
        out["reseller_account"] = params.get("account")
    for name in ("monthly", "setup", "minute"):
        if params.has(name):
            out[f"reseller_{name}"] = f"{check.decimal(params.get(name), 'invalid_' + name):.8f}"
    if out:
        for name in ("monthly", "setup", "minute"):
            out.setdefault(f"reseller_{name}", "0.00000000")
    return out


def _order(ctx, kind: str) -> dict:
    params = ctx.params
    req = list(ORDER_REQUIRED) + ([("billing_type", "missing_billingtype")] if kind == "local" else [])
    required(params, req)
    did = check.did(params.get("did"))
    entry = ctx.state.catalog.get(did)
    if did not in ctx.state.available or entry is None or entry["kind"] != kind:
        raise ApiError("did_in_use" if ctx.state.owner_of(did) is not None else "invalid_did")
    fields = _did_fields(ctx, ORDER_FIELDS)
    fields.update(_reseller(ctx))
    if kind == "local":
        prices = refdata.LOCAL_PRICES_US if entry["country"] == "US" else refdata.LOCAL_PRICES_CA
        plan = "perminute" if fields["billing_type"] == "1" else "flat"
        price = float(prices[f"{plan}_setup"]) + float(prices[f"{plan}_monthly"])
    else:
        fields["billing_type"] = "1"  # project-defined: toll-free numbers are billed per minute
        price = float(refdata.TOLL_FREE_USA["setup"]) + float(refdata.TOLL_FREE_USA["monthly"])
    if ctx.account.balance < price:
        raise ApiError("non_sufficient_funds")
    if ctx.test:
        return {}
    if "reseller_account" in fields:
        fields["reseller_next_billing"] = next_month(ctx.now)
    record = new_did(did, description_of(entry), ctx.now, entry["sms"], kind, **fields)
    record["_has_port_out_pin"] = entry["has_port_out_pin"]
    ctx.state.available.discard(did)
    ctx.account.dids[did] = record
    ctx.account.charge(price, ctx.now)
    return {}


def order_did(ctx) -> dict:
    return _order(ctx, "local")


def order_toll_free(ctx) -> dict:
    return _order(ctx, "tf")


# -- read -----------------------------------------------------------------------------------------

def get_dids_info(ctx) -> dict:
    params = ctx.params
    records = sorted(ctx.account.dids.values(), key=lambda r: r["did"])
    client = params.get("client")
    if client:
        if "_" in client:
            if ctx.account.subaccount_by_name(client) is None:
                raise ApiError("invalid_account")
            # project-defined: a sub-account's DIDs are those whose main routing targets it
            records = [r for r in records if r["routing"] == f"account:{client}"]
        else:
            raise ApiError("invalid_client")  # project-defined: no reseller clients are emulated
    if params.has("did"):
        did = params.get("did")
        records = [r for r in records if r["did"] == did]
        if not records:
            raise ApiError("invalid_did")
    if not records:
        raise ApiError("no_did")
    return {"dids": [public(r) for r in records]}


# -- update -------------------------------------------------------------------------------------

SET_DID_REQUIRED = [("did", "missing_did"), ("routing", "missing_routing"), ("pop", "missing_serverpop"),
                    ("dialtime", "missing_dialtime"), ("cnam", "missing_cnam"), ("billing_type", "missing_billingtype")]
SET_DID_FIELDS = ("routing", "failover_busy", "failover_unreachable", "failover_noanswer", "voicemail", "pop",
                  "dialtime", "cnam", "callerid_prefix", "record_calls", "note", "port_out_pin", "billing_type",
                  "transcribe", "transcription_locale", "transcription_email")


def set_did_info(ctx) -> dict:
    """Whole-record replace: the required core every call; omitted optional fields are reset to
    their defaults (digest §4.0.4, §6.4). SMS, e911 and reseller fields are not touched."""
    required(ctx.params, SET_DID_REQUIRED)
    record = _owned(ctx)
    fields = _did_fields(ctx, SET_DID_FIELDS, record)
    if fields.get("transcribe") == "1":
        if "transcription_locale" not in fields:
            raise ApiError("missing_transcription_locale")
        if "transcription_email" not in fields:
            raise ApiError("missing_transcription_email")
    if fields["billing_type"] != record["billing_type"] and record.get("_kind") == "tf":
        raise ApiError("no_change_billingtype")  # project-defined: toll-free stays per minute
    record.update({**SET_DID_OPTIONAL, **fields})
    return {}


def set_did_routing(ctx) -> dict:
    required(ctx.params, [("did", "missing_did"), ("routing", "missing_routing")])
    record = _owned(ctx)
    fields = _did_fields(ctx, ("routing",))
    record.update(fields)
    return {}


def set_did_pop(ctx) -> dict:
    required(ctx.params, [("did", "missing_did"), ("pop", "missing_serverpop")])
    record = _owned(ctx)
    record.update(_did_fields(ctx, ("pop",)))
    return {}


def set_did_voicemail(ctx) -> dict:
    record = _owned(ctx)
    fields = _did_fields(ctx, ("voicemail",))
    record["voicemail"] = fields.get("voicemail", "")  # omitted = no voicemail (digest §3.7.4)
    return {}


def cancel_did(ctx) -> dict:
    record = _owned(ctx)
    if ctx.test:
        return {}
    did = record["did"]
    del ctx.account.dids[did]
    ctx.account.e911.pop(did, None)
    # project-defined: a number bought from the stock goes back to it; a ported-in one does not
    if did in ctx.state.catalog:
        ctx.state.available.add(did)
    return {}


# -- SMS -------------------------------------------------------------------------------------------

def set_sms(ctx) -> dict:
    """Replace semantics like setDIDInfo: omitted settings are reset (flags 0, texts "")."""
    params = ctx.params
    required(params, [("did", "missing_did"), ("enable", "missing_enable")])
    record = _owned(ctx)
    if record["sms_available"] != "1":
        raise ApiError("invalid_sms")
    new = {"sms_enabled": check.flag(params.get("enable"), "invalid_sms")}
    new["sms_email_enabled"] = check.opt_flag(params, "email_enabled", "invalid_email_enable")
    new["sms_email"] = check.email(params.get("email_address")) if params.has("email_address") else ""
    if new["sms_email_enabled"] == "1" and not new["sms_email"]:
        raise ApiError("invalid_email")
    new["sms_forward_enabled"] = check.opt_flag(params, "sms_forward_enable", "invalid_forward_enable")
    forward = params.get("sms_forward")
    if forward:
        check.did(forward, "invalid_sms_forward")
        if forward == record["did"]:
            raise ApiError("invalid_forwarding_did")
    elif new["sms_forward_enabled"] == "1":
        raise ApiError("invalid_sms_forward")
    new["sms_forward"] = forward
    new["sms_url_callback_enabled"] = check.opt_flag(params, "url_callback_enable", "invalid_callback_enable")
    callback = params.get("url_callback")
    if callback:
        check.url(callback, ("http", "https"), "invalid_callback")
    elif new["sms_url_callback_enabled"] == "1":
        raise ApiError("invalid_callback")
    new["sms_url_callback"] = callback
    new["sms_url_callback_retry"] = check.opt_flag(params, "url_callback_retry", "invalid_callback_retry")
    new["smpp_enabled"] = check.int_flag(params.get("smpp_enabled"))
    smpp_url = params.get("smpp_url")
    if smpp_url:
        check.url(smpp_url, ("smpp", "ssmpp", "http", "https"), "invalid_smpp_url")
    elif new["smpp_enabled"] == "1":
        raise ApiError("invalid_smpp_url")
    new["smpp_url"] = smpp_url
    for name, code in (("smpp_user", "invalid_smpp_username"), ("smpp_pass", "invalid_smpp_password")):
        value = params.get(name)
        if len(value) > 64 or re.search(r"\s", value):
            raise ApiError(code)
        new[name] = value
    record.update(new)
    return {}
