"""General functions and reference lookups: getIP, getBalance, getServersInfo, get<Lookup>s,
getStates/getProvinces/getRateCenters*, getDIDCountries (digest §3.1, §3.2.2, §3.7.1)."""

from __future__ import annotations

from emulator.voipms import refdata
from emulator.voipms.check import required
from emulator.voipms.errors import ApiError
from emulator.voipms.model import fmt_date, money


def get_ip(ctx) -> dict:
    return {"ip": ctx.client_ip}


def get_balance(ctx) -> dict:
    account = ctx.account
    balance = {"current_balance": money(account.balance)}
    if ctx.params.has("advanced") and ctx.params.get("advanced").lower() not in ("0", "false", "no"):
        # project-defined: no calls are emulated, so the call statistics are zero; spent_* sum the
        # emulator's charges (orders).
        today = fmt_date(ctx.now)
        spent_total = sum(amount for _unused, amount in account.charges)
        spent_today = sum(amount for when, amount in account.charges if fmt_date(when) == today)
        balance.update({
            "spent_total": f"{spent_total:.5f}", "calls_total": "0", "time_total": "0:00:00",
            "spent_today": f"{spent_today:.4f}", "calls_today": "0", "time_today": "0:00",
        })
    return {"balance": balance}


def get_servers_info(ctx) -> dict:
    pop = ctx.params.get("server_pop")
    rows = [dict(zip(refdata.SERVER_KEYS, row)) for row in refdata.SERVERS]
    if pop:
        rows = [row for row in rows if row["server_pop"] == pop]
    return {"servers": rows}


def _lookup(key: str, param: str, table: dict):
    """A list-or-one lookup returning ``key[]{value, description}``. An unknown filter value gives
    an empty list (project-defined; digest §6.3: lookups have no no_* code)."""

    def handler(ctx) -> dict:
        wanted = ctx.params.get(param)
        return {key: [{"value": value, "description": desc} for value, desc in table.items()
                      if not wanted or value == wanted]}

    handler.__name__ = f"lookup_{key}"
    return handler


get_allowed_codecs = _lookup("allowed_codecs", "codec", refdata.CODECS)
get_auth_types = _lookup("auth_types", "type", refdata.AUTH_TYPES)
get_device_types = _lookup("device_types", "device_type", refdata.DEVICE_TYPES)
get_dtmf_modes = _lookup("dtmf_modes", "dtmf_mode", refdata.DTMF_MODES)
get_lock_international = _lookup("lock_international", "lock_international", refdata.LOCK_INTERNATIONAL)
get_nat = _lookup("nat", "nat", refdata.NAT)
get_protocols = _lookup("protocols", "protocol", refdata.PROTOCOLS)
get_routes = _lookup("routes", "route", refdata.ROUTES)
get_languages = _lookup("languages", "language", refdata.LANGUAGES)
get_locales = _lookup("locales", "locale", refdata.LOCALES)
get_countries = _lookup("countries", "country", refdata.COUNTRIES)
get_international_types = _lookup("types", "type", refdata.INTERNATIONAL_TYPES)
e911_address_types = _lookup("types", "type", {t: t for t in refdata.E911_ADDRESS_TYPES})


def get_music_on_hold(ctx) -> dict:
    wanted = ctx.params.get("music_on_hold")
    # project-defined: the extra fields of the seed's row, with neutral values
    return {"music_on_hold": [
        {"value": value, "description": desc, "recordings": "", "total": "0", "volume": "0", "sort": "alpha",
         "custom": "0"}
        for value, desc in refdata.MUSIC_ON_HOLD.items() if not wanted or value == wanted]}


def get_did_countries(ctx) -> dict:
    required(ctx.params, [("type", "missing_type")])
    if ctx.params.get("type") not in refdata.INTERNATIONAL_TYPES:
        raise ApiError("invalid_type")
    wanted = ctx.params.get("country_id")
    return {"countries": [{"value": value, "description": desc} for value, desc in refdata.DID_COUNTRIES.items()
                          if not wanted or value == wanted]}


def get_states(ctx) -> dict:
    return {"states": [{"state": code, "description": desc} for code, desc in sorted(refdata.US_STATES.items())]}


def get_provinces(ctx) -> dict:
    return {"provinces": [{"province": code, "description": desc}
                          for code, desc in sorted(refdata.CA_PROVINCES.items())]}


def _rate_centers(ctx, country: str, region: str) -> dict:
    names: dict[str, bool] = {}
    for entry in ctx.state.catalog.values():
        if entry["kind"] == "local" and entry["country"] == country and entry["region"] == region:
            names[entry["ratecenter"]] = names.get(entry["ratecenter"], False) or entry["did"] in ctx.state.available
    for e_country, e_region, e_name in refdata.EMPTY_RATE_CENTERS:
        if (e_country, e_region) == (country, region):
            names.setdefault(e_name, False)
    return {"ratecenters": [{"ratecenter": name, "available": "yes" if avail else "no"}
                            for name, avail in sorted(names.items(), key=lambda item: item[0].upper())]}


def get_rate_centers_usa(ctx) -> dict:
    required(ctx.params, [("state", "missing_state")])
    state = ctx.params.get("state").upper()
    if state not in refdata.US_STATES:
        raise ApiError("invalid_state")
    return _rate_centers(ctx, "US", state)


def get_rate_centers_can(ctx) -> dict:
    required(ctx.params, [("province", "missing_province")])
    province = ctx.params.get("province").upper()
    if province not in refdata.CA_PROVINCES:
        raise ApiError("invalid_province")
    return _rate_centers(ctx, "CA", province)
