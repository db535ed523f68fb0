"""Fax: locations, fax numbers and Email-to-Fax configurations (digest §3.8, §4.5, §6.4;
fax-functions.md). Setters replace their whole group: an omitted flag goes back to 0 and an
omitted text to "" (fax-functions.md Q9)."""

from __future__ import annotations

import re

from emulator.voipms import check, refdata
from emulator.voipms.check import required
from emulator.voipms.errors import ApiError
from emulator.voipms.model import public

FAX_FIELDS = ("id", "did", "description", "state", "city", "country", "email_enabled", "email", "url_enabled", "url",
              "retry", "attach_file", "note", "reseller_account", "reseller_next_billing", "reseller_monthly",
              "reseller_minute", "reseller_setup", "fax_to_sip_enabled", "fax_to_sip_enabled_account")
EMAIL_TO_FAX_FIELDS = ("id", "enabled", "email", "security_code", "security_code_enabled", "from")


def new_fax_number(number_id: str, did: str, location: dict, settings: dict) -> dict:
    country = refdata.COUNTRY_NAMES[location["country"]]
    record = {name: "" for name in FAX_FIELDS}
    record.update(id=number_id, did=did, description=f"{country}, {location['state']}, {location['ratecenter']}",
                  state=location["state"], city=location["ratecenter"], country=country, email_enabled="0",
                  url_enabled="0", retry="0", attach_file="0", fax_to_sip_enabled="0")
    record.update(settings)
    record["_location"] = location["location"]
    return record


# -- locations ------------------------------------------------------------------------------------

def get_fax_states(ctx) -> dict:
    wanted = ctx.params.get("state").upper()
    return {"states": [row for row in refdata.fax_state_rows() if not wanted or row["state"] == wanted]}


def get_fax_provinces(ctx) -> dict:
    wanted = ctx.params.get("province").upper()
    return {"provinces": [row for row in refdata.fax_province_rows() if not wanted or row["province"] == wanted]}


def _rate_centers(ctx, country: str, region: str) -> dict:
    rows = [{"location": loc["location"], "area_code": loc["area_code"], "ratecenter": loc["ratecenter"],
             "available": "yes" if loc["stock"] else "no"}
            for loc in ctx.state.fax_locations.values() if loc["country"] == country and loc["state"] == region]
    return {"ratecenters": sorted(rows, key=lambda row: row["ratecenter"])}


def get_fax_rate_centers_usa(ctx) -> dict:
    required(ctx.params, [("state", "missing_state")])
    state = ctx.params.get("state").upper()
    if state not in refdata.US_STATES:
        raise ApiError("invalid_state")
    return _rate_centers(ctx, "US", state)


def get_fax_rate_centers_can(ctx) -> dict:
    required(ctx.params, [("province", "missing_province")])
    province = ctx.params.get("province").upper()
    if province not in refdata.CA_PROVINCES:
        raise ApiError("invalid_province")
    return _rate_centers(ctx, "CA", province)


# -- settings groups --------------------------------------------------------------------------

def _email_group(ctx) -> dict:
    params = ctx.params
    out = {"email": check.email(params.get("email")) if params.has("email") else ""}
    out["email_enabled"] = check.opt_flag(params, "email_enable", "invalid_email_enable")
    out["attach_file"] = check.int_flag(params.get("email_attach_file"))
    if out["email_enabled"] == "1" and not out["email"]:
        raise ApiError("invalid_email")
    return out


def _url_group(ctx) -> dict:
    params = ctx.params
    url = params.get("url_callback")
    if url:
        check.url(url, ("http", "https"), "invalid_callback")
    out = {"url": url, "url_enabled": check.opt_flag(params, "url_callback_enable", "invalid_callback_enable")}
    if out["url_enabled"] == "1" and not url:
        raise ApiError("invalid_callback")
    out["retry"] = check.opt_flag(params, "url_callback_retry", "invalid_callback_retry")
    return out


def _sip_group(ctx) -> dict:
    params = ctx.params
    out = {"fax_to_sip_enabled": check.int_flag(params.get("fax_to_sip_enabled"))}
    account = params.get("fax_to_sip_enabled_account")
    if account and ctx.account.subaccount_by_name(account) is None:
        raise ApiError("invalid_account")
    if out["fax_to_sip_enabled"] == "1" and not account:
        raise ApiError("missing_account")  # project-defined
    out["fax_to_sip_enabled_account"] = account
    note = params.get("note")
    if len(note) >= 50:
        raise ApiError("invalid_note")
    out["note"] = note
    return out


# -- fax numbers ----------------------------------------------------------------------------------

def order_fax_number(ctx) -> dict:
    params = ctx.params
    required(params, [("location", "missing_location"), ("quantity", "missing_params")])
    location = ctx.state.fax_locations.get(params.get("location"))
    if location is None:
        raise ApiError("invalid_location")
    quantity = int(check.int_in(params.get("quantity"), 1, 100, "invalid_quantity"))
    settings = _email_group(ctx)
    settings.update(_url_group(ctx))
    if len(location["stock"]) < quantity:
        raise ApiError("unsifficient_stock")
    price = quantity * (float(refdata.FAX_SETUP) + float(refdata.FAX_MONTHLY))
    if ctx.account.balance < price:
        raise ApiError("non_sufficient_funds")
    if ctx.test:
        return {"dids": []}  # digest §6.6 [interpretation]
    dids = location["stock"][:quantity]
    del location["stock"][:quantity]
    for did in dids:
        number_id = ctx.state.next_id("fax")
        ctx.account.fax_numbers[number_id] = new_fax_number(number_id, did, location, settings)
    ctx.account.charge(price, ctx.now)
    return {"dids": dids}


def get_fax_numbers_info(ctx) -> dict:
    records = sorted(ctx.account.fax_numbers.values(), key=lambda r: r["did"])
    if ctx.params.has("did"):
        records = [r for r in records if r["did"] == ctx.params.get("did")]
        if not records:
            raise ApiError("invalid_did")  # digest §6.4
    if not records:
        raise ApiError("no_numbers")
    return {"numbers": [public(r) for r in records]}


def _fax_by_did(ctx) -> dict:
    required(ctx.params, [("did", "missing_did")])
    record = ctx.account.fax_by_did(ctx.params.get("did"))
    if record is None:
        raise ApiError("invalid_did")
    return record


def set_fax_number_info(ctx) -> dict:
    record = _fax_by_did(ctx)
    values = _email_group(ctx)
    values.update(_url_group(ctx))
    values.update(_sip_group(ctx))
    if not ctx.test:
        record.update(values)
    return {}


def set_fax_number_email(ctx) -> dict:
    record = _fax_by_did(ctx)
    values = _email_group(ctx)
    if not ctx.test:
        record.update(values)
    return {}


def set_fax_number_url_callback(ctx) -> dict:
    record = _fax_by_did(ctx)
    values = _url_group(ctx)
    if not ctx.test:
        record.update(values)
    return {}


def cancel_fax_number(ctx) -> dict:
    required(ctx.params, [("id", "missing_id")])
    record = ctx.account.fax_numbers.get(ctx.params.get("id"))
    if record is None:
        raise ApiError("invalid_id")
    if not ctx.test:
        del ctx.account.fax_numbers[record["id"]]
        # project-defined: the number goes back to its location's stock, and the Email-to-Fax
        # configurations sending from it are deleted with it
        location = ctx.state.fax_locations.get(record["_location"])
        if location is not None:
            location["stock"] = sorted(location["stock"] + [record["did"]])
        for e2f_id in [k for k, v in ctx.account.email_to_fax.items() if v["_from_id"] == record["id"]]:
            del ctx.account.email_to_fax[e2f_id]
    return {"deleted_did": record["did"]}


# -- Email-to-Fax ----------------------------------------------------------------------------------

def _e2f_row(ctx, record: dict) -> dict:
    row = public(record)
    number = ctx.account.fax_numbers.get(record["_from_id"])
    row["from"] = number["did"] if number is not None else ""
    return row


def get_email_to_fax(ctx) -> dict:
    records = sorted(ctx.account.email_to_fax.values(), key=lambda r: int(r["id"]))
    if ctx.params.has("id"):
        records = [r for r in records if r["id"] == ctx.params.get("id")]
        if not records:
            raise ApiError("invalid_id")  # project-defined
    return {"emailToFax": [_e2f_row(ctx, r) for r in records]}


def set_email_to_fax(ctx) -> dict:
    """Create without ``id``, replace with ``id``: omitted flags default to 1 (fax-functions Q21)."""
    params = ctx.params
    required(params, [("auth_email", "missing_email"), ("from_number_id", "missing_params"),
                      ("security_code", "missing_params")])
    record = None
    if params.has("id"):
        record = ctx.account.email_to_fax.get(params.get("id"))
        if record is None:
            raise ApiError("invalid_id")
    values = {"enabled": check.int_flag(params.get("enabled")) if params.has("enabled") else "1"}
    values["email"] = check.email(params.get("auth_email"))
    if params.get("from_number_id") not in ctx.account.fax_numbers:
        raise ApiError("invalid_from_number")
    values["_from_id"] = params.get("from_number_id")
    values["security_code_enabled"] = (check.int_flag(params.get("security_code_enabled"))
                                       if params.has("security_code_enabled") else "1")
    if not re.fullmatch(r"[A-Za-z0-9]{1,64}", params.get("security_code")):
        raise ApiError("invalid_security_code")
    values["security_code"] = params.get("security_code")
    own_id = record["id"] if record is not None else None
    for other in ctx.account.email_to_fax.values():
        if other["id"] != own_id and other["email"].lower() == values["email"].lower():
            raise ApiError("used_email")
    if ctx.test:
        return {}
    if record is None:
        new_id = ctx.state.next_id("email_to_fax")
        record = {"id": new_id}
        ctx.account.email_to_fax[new_id] = record
    record.update(values)
    ordered = {name: record.get(name, "") for name in EMAIL_TO_FAX_FIELDS if name != "from"}
    ordered["_from_id"] = record["_from_id"]
    ctx.account.email_to_fax[record["id"]] = ordered
    return {}


def del_email_to_fax(ctx) -> dict:
    required(ctx.params, [("id", "missing_id")])
    if ctx.params.get("id") not in ctx.account.email_to_fax:
        raise ApiError("invalid_id")
    if not ctx.test:
        del ctx.account.email_to_fax[ctx.params.get("id")]
    return {}
