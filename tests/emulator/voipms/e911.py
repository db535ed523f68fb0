"""e911: validate, provision (automatic or manual), update, info, cancel (digest §3.9, §4.4, §6.4).
``info.status`` "1" = pending validation, "2" = active ([interpretation], digest §5 item 41)."""

from __future__ import annotations

import re

from emulator import regions
from emulator.voipms import check, refdata
from emulator.voipms.errors import ApiError
from emulator.voipms.model import public

PENDING = "1"
ACTIVE = "2"
INFO_FIELDS = ("did", "status", "full_name", "street_number", "street_name", "address_type", "address_number", "city",
               "state", "zip_code", "country", "language", "email", "other_info")
REQUIRED = [("did", "missing_did"), ("full_name", "missing_fullname"), ("street_number", "missing_street_number"),
            ("street_name", "missing_street_name"), ("city", "missing_city"), ("state", "missing_state"),
            ("country", "missing_country"), ("zip_code", "missing_zip"), ("language", "missing_language"),
            ("email", "missing_email")]
_NAME = re.compile(r"^[A-Za-z0-9 .,'&/#-]{1,100}$")
_CITY = re.compile(r"^[A-Za-z .'-]{1,64}$")


def _validate(ctx, need_language: bool) -> dict:
    params = ctx.params
    check.required(params, [pair for pair in REQUIRED if need_language or pair[0] != "language"])
    get = params.get
    out = {}
    did = get("did")
    if did not in ctx.account.dids:
        raise ApiError("invalid_did")
    out["did"] = did
    if not _NAME.match(get("full_name").strip()):
        raise ApiError("invalid_fullname")
    out["full_name"] = get("full_name").strip()
    if not re.fullmatch(r"[0-9]{1,10}[A-Za-z]?(-[0-9]{1,6})?", get("street_number").strip()):
        raise ApiError("invalid_street_number")
    out["street_number"] = get("street_number").strip()
    if not _NAME.match(get("street_name").strip()):
        raise ApiError("invalid_street_name")
    out["street_name"] = get("street_name").strip().upper()  # stored upper case (the seed's example)
    out["address_type"] = ""
    if params.has("address_type"):
        # Exactly the e911AddressTypes values, in any case ([ext]: VoIP.ms matches them ignoring
        # case); abbreviations such as STE or APT are not values, so invalid_type.
        types = {t.lower(): t for t in refdata.E911_ADDRESS_TYPES}
        if get("address_type").strip().lower() not in types:
            raise ApiError("invalid_type")
        out["address_type"] = types[get("address_type").strip().lower()]
    out["address_number"] = get("address_number").strip()[:20]
    if not _CITY.match(get("city").strip()):
        raise ApiError("invalid_city")
    out["city"] = get("city").strip().upper()
    country = get("country").strip().upper()
    state = get("state").strip().upper()
    # State / Province: a US state, DC or territory for US, a province or territory for CA
    # (project-defined list, see emulator/regions.py).
    allowed = {"US": regions.US_REGIONS, "CA": regions.CA_REGIONS}.get(country)
    if allowed is not None and state not in allowed:
        raise ApiError("invalid_state")
    out["state"] = state
    if allowed is None:
        raise ApiError("invalid_country")
    out["country"] = country
    zip_code = get("zip_code").strip().upper()
    if country == "US":
        ok = regions.US_ZIP.fullmatch(zip_code)
    else:
        ok = regions.CA_POSTAL.fullmatch(zip_code)
        if ok:
            zip_code = f"{ok.group(1)} {ok.group(2)}"
    if not ok:
        raise ApiError("invalid_zip")
    out["zip_code"] = zip_code
    out["language"] = ""
    if params.has("language"):
        if get("language").upper() not in ("EN", "FR"):
            raise ApiError("invalid_language")
        out["language"] = get("language").upper()
    out["email"] = check.email(get("email").strip())
    # project-defined: other_info is kept for Canadian addresses only (the seed: "Only available
    # for addresses from Canada")
    out["other_info"] = get("other_info").strip() if country == "CA" else ""
    return out


def _store(ctx, values: dict, status: str) -> None:
    record = {name: values.get(name, "") for name in INFO_FIELDS}
    record["status"] = status
    if status == PENDING:
        record["_activate_at"] = ctx.now + float(ctx.state.settings["e911_manual_delay"])
    ctx.account.e911[values["did"]] = record
    ctx.account.dids[values["did"]]["e911"] = "1" if status == ACTIVE else "0"


def e911_validate(ctx) -> dict:
    _validate(ctx, False)
    return {}


def _provision(ctx, status: str) -> dict:
    values = _validate(ctx, True)
    current = ctx.account.e911.get(values["did"])
    if current is not None:
        if current["status"] == PENDING:
            raise ApiError("e911_pending")
        raise ApiError("no_provision", f"E911 is already active for DID {values['did']}")  # project-defined text
    _store(ctx, values, status)
    return {}


def e911_provision(ctx) -> dict:
    return _provision(ctx, ACTIVE)


def e911_provision_manually(ctx) -> dict:
    return _provision(ctx, PENDING)


def e911_update(ctx) -> dict:
    values = _validate(ctx, True)
    current = ctx.account.e911.get(values["did"])
    if current is None:
        raise ApiError("e911_disabled")
    if current["status"] == PENDING:
        raise ApiError("e911_pending")
    _store(ctx, values, ACTIVE)
    return {}


def _record(ctx) -> dict:
    check.required(ctx.params, [("did", "missing_did")])
    did = ctx.params.get("did")
    if did not in ctx.account.dids:
        raise ApiError("invalid_did")
    record = ctx.account.e911.get(did)
    if record is None:
        raise ApiError("e911_disabled")
    return record


def e911_info(ctx) -> dict:
    return {"info": public(_record(ctx))}


def e911_cancel(ctx) -> dict:
    record = _record(ctx)
    del ctx.account.e911[record["did"]]
    ctx.account.dids[record["did"]]["e911"] = "0"
    return {}


def advance(state, now: float) -> None:
    """Pending manual provisions become active when their validation delay has passed."""
    for account in state.accounts.values():
        for did, record in account.e911.items():
            if record["status"] == PENDING and record.get("_activate_at", now + 1) <= now:
                activate(account, did)


def activate(account, did: str) -> None:
    record = account.e911[did]
    record["status"] = ACTIVE
    record.pop("_activate_at", None)
    if did in account.dids:
        account.dids[did]["e911"] = "1"
