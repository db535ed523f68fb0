"""The seeded QuestBlue world (docs/emulator.md "Seeded accounts") and the /_emulator/seed input.

Everything is deterministic: the same numbers, trunk and account after every start and reset.
Numbers use 555 exchanges so they look fictional.
"""

from __future__ import annotations

import hashlib

from emulator.carrier import SeedError
from emulator.questblue import validate as v
from emulator.questblue.model import (
    LNP_ACTIVE, SMS_DISPLAY, Account, FaxDid, FaxGroup, FaxUser, LnpRequest, OwnedDid, PoolNumber,
    State, Trunk, did_type,
)

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo-password"
DEMO_PRIVATE_KEY = "demo-private-key"
DEMO_ACCOUNT_ID = "1001"
# The seed calls the header value "md5hash_of_private_key_and_id" (L108); the server compares it
# verbatim, so this is what clients send as Security-Key.
DEMO_SECURITY_KEY = hashlib.md5((DEMO_PRIVATE_KEY + DEMO_ACCOUNT_ID).encode()).hexdigest()
DEMO_ALLOWED_IPS = ("127.0.0.1", "::1")
DEMO_TRUNK = "demotrunk"
DEMO_TRUNK_IP = "192.0.2.10"

# listStates (seed L395): the 60 codes of the Output line, Canadian provinces included.
STATES = [
    "AA", "AB", "AL", "AR", "AZ", "BC", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA",
    "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MB", "MD", "ME", "MI", "MN", "MO", "MS", "MT",
    "NC", "ND", "NE", "NF", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "ON", "OR", "PA", "PQ",
    "PR", "QB", "RI", "SC", "SD", "SK", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY",
]

# Rate-centre code -> full name, as listRateCenters returns them (seed L429: "YADKINVL":
# "YADKINVILLE"). The seeded ones are short enough that code and name coincide.
RATE_CENTER_NAMES = {"RALEIGH": "RALEIGH", "DURHAM": "DURHAM", "CARY": "CARY"}

# (first number, count, tier, rate centre, zip): 380 local numbers in NC.
LOCAL_BLOCKS = [
    ("9195550100", 100, "1", "RALEIGH", "27601"),
    ("9195550200", 50, "1b", "RALEIGH", "27601"),
    ("9195550250", 30, "2", "RALEIGH", "27601"),
    ("9195550300", 40, "1", "DURHAM", "27701"),
    ("9195550340", 20, "2", "DURHAM", "27701"),
    ("9845550100", 40, "1", "DURHAM", "27701"),
    ("9845550140", 20, "1b", "DURHAM", "27701"),
    ("9845550200", 40, "1", "CARY", "27511"),
    ("9845550240", 20, "1b", "CARY", "27513"),
    ("9845550260", 20, "2", "CARY", "27511"),
]

# Toll-free: 8XX-555-0100..0109 under tier 1 and 0110..0119 under tier 1b for each code
# (toll-free is not offered under tier 2, seed L470).
TOLL_FREE_CODES = ("44", "55", "66", "77", "88")


def _local_pool() -> list[PoolNumber]:
    numbers = []
    for first, count, tier, ratecenter, zip_code in LOCAL_BLOCKS:
        for offset in range(count):
            numbers.append(PoolNumber(str(int(first) + offset), tier, "local", "NC", ratecenter, zip_code))
    return numbers


def _toll_free_pool() -> list[PoolNumber]:
    numbers = []
    for code in TOLL_FREE_CODES:
        for offset in range(20):
            numbers.append(PoolNumber(f"8{code}55501{offset:02d}", "1" if offset < 10 else "1b", "tf"))
    return numbers


# Fax numbers (iFax, /fax/available): a pool of their own, without tiers. 919-555-07xx etc.
# (first number, count, rate centre, zip); all state NC.
FAX_BLOCKS = [
    ("9195550700", 40, "RALEIGH", "27601"),
    ("9195550740", 20, "DURHAM", "27701"),
    ("9845550700", 20, "CARY", "27511"),
]
FAX_TOLL_FREE = [f"8{code}5550700" for code in TOLL_FREE_CODES] + [f"8{code}5550701" for code in TOLL_FREE_CODES]


def _fax_pool() -> list[PoolNumber]:
    numbers = []
    for first, count, ratecenter, zip_code in FAX_BLOCKS:
        for offset in range(count):
            numbers.append(PoolNumber(str(int(first) + offset), "", "local", "NC", ratecenter, zip_code))
    numbers += [PoolNumber(did, "", "tf") for did in FAX_TOLL_FREE]
    return numbers


def build_state() -> State:
    demo = Account(
        login=DEMO_LOGIN,
        password=DEMO_PASSWORD,
        security_key=DEMO_SECURITY_KEY,
        allowed_ips=list(DEMO_ALLOWED_IPS),
        account_id=DEMO_ACCOUNT_ID,
        balance="100.00",
        allowed_credit="0.00",  # project-defined
        allow_registration_trunks=False,  # project-defined: static trunks need ip/dynamic_host
        allow_inter_call=True,  # project-defined: lets tests set inter_call=on
    )
    demo.trunks[DEMO_TRUNK] = Trunk(DEMO_TRUNK, "static", "on", DEMO_TRUNK_IP,
                                    password="demotrunkpass")  # project-defined password
    state = State(accounts={DEMO_LOGIN: demo})
    for number in _local_pool() + _toll_free_pool():
        state.pool[number.did] = number
    for number in _fax_pool():
        state.fax_pool[number.did] = number
    return state


def fax_rate_centers(state: State, us_state: str) -> list[str]:
    """Fax rate centres of a state: the fax blocks plus any brought in by seeded fax numbers."""
    names = {block[2] for block in FAX_BLOCKS if us_state == "NC"}
    names |= {p.ratecenter for p in state.fax_pool.values()
              if p.type == "local" and p.state == us_state and p.ratecenter}
    return sorted(names)


def rate_centers(state: State, us_state: str, tier: str) -> dict[str, str]:
    """Rate centres offered for a state and tier: the seeded blocks (a fixed catalogue, like the
    carrier's) plus any rate centre that seeded available numbers bring in."""
    codes = {block[3] for block in LOCAL_BLOCKS if block[2] == tier and us_state == "NC"}
    codes |= {p.ratecenter for p in state.pool.values()
              if p.type == "local" and p.tier == tier and p.state == us_state and p.ratecenter}
    return {code: RATE_CENTER_NAMES.get(code, code) for code in sorted(codes)}


# -- POST /_emulator/seed {"carrier": "questblue", ...} --------------------------------------

def _check(cond: bool, message: str) -> None:
    if not cond:
        raise SeedError(message)


def _items(payload: dict, key: str) -> list[dict]:
    items = payload.get(key) or []
    _check(isinstance(items, list) and all(isinstance(i, dict) for i in items),
           f"{key} must be a list of objects")
    return items


def _account(state: State, item: dict) -> Account:
    login = item.get("account", DEMO_LOGIN)
    _check(login in state.accounts, f"unknown account {login}")
    return state.accounts[login]


def _did(item: dict, where: str) -> str:
    try:
        return v.to_did("did", item.get("did"))
    except v.QBError:
        raise SeedError(f"{where}: did must be a 10-digit number, got {item.get('did')!r}") from None


def _seed_accounts(state: State, items: list[dict]) -> None:
    for item in items:
        for key in ("login", "password", "security_key"):
            _check(isinstance(item.get(key), str) and item[key], f"accounts: {key} is required")
        ips = item.get("allowed_ips", list(DEMO_ALLOWED_IPS))
        _check(isinstance(ips, list), "accounts: allowed_ips must be a list")
        existing = state.accounts.get(item["login"])
        account = Account(
            login=item["login"], password=item["password"], security_key=item["security_key"],
            allowed_ips=[str(ip) for ip in ips],
            account_id=str(item.get("account_id", "")),
            balance=str(item.get("balance", "100.00")),
            allowed_credit=str(item.get("allowed_credit", "0.00")),
            allow_registration_trunks=bool(item.get("allow_registration_trunks", False)),
            allow_inter_call=bool(item.get("allow_inter_call", True)),
        )
        if existing is not None:  # re-seeding an account changes its settings, keeps inventory
            for key in ("dids", "trunks", "fax_dids", "fax_groups", "fax_users", "fax_permits",
                        "fax_emails", "lnp", "sms_log"):
                setattr(account, key, getattr(existing, key))
        state.accounts[account.login] = account


def _seed_settings(state: State, settings) -> None:
    _check(isinstance(settings, dict), "settings must be an object")
    mode = settings.get("status_mode")
    if mode is not None:
        _check(mode in ("default", "seed"), "settings.status_mode must be 'default' or 'seed'")
        state.settings["status_mode"] = mode
    delay = settings.get("lnp_foc_delay")
    if delay is not None:
        _check(isinstance(delay, (int, float)) and not isinstance(delay, bool) and delay >= 0,
               "settings.lnp_foc_delay must be a number of seconds >= 0")
        state.settings["lnp_foc_delay"] = delay


def _seed_trunks(state: State, items: list[dict]) -> None:
    for item in items:
        name = item.get("trunk")
        _check(isinstance(name, str) and name, "trunks: trunk is required")
        account = _account(state, item)
        owner = state.trunk_owner(name)
        _check(owner is None or owner is account, f"trunks: {name} belongs to account {owner and owner.login}")
        inter_limit = item.get("inter_limit")
        account.trunks[name] = Trunk(
            trunk=name,
            type=item.get("type") or ("static" if item.get("ip_address") or item.get("dynamic_host") else "registration"),
            status=item.get("status", "on"),
            ip_address=item.get("ip_address", ""),
            dynamic_host=item.get("dynamic_host", ""),
            password=item.get("password", ""),
            inter_call=item.get("inter_call", "off"),
            inter_limit=int(inter_limit) if inter_limit is not None else None,
            failover=item.get("failover") or None,
        )


def _seed_available(state: State, items: list[dict]) -> None:
    for item in items:
        did = _did(item, "available")
        _check(state.did_owner(did) is None, f"available: {did} is owned")
        tier = str(item.get("tier", "1"))
        _check(tier in ("1", "1b", "2"), "available: tier must be 1, 1b or 2")
        state.pool[did] = PoolNumber(
            did, tier, item.get("type") or did_type(did), str(item.get("state", "")).upper(),
            str(item.get("ratecenter", "")).upper(), str(item.get("zip", "")),
        )


def _seed_owned(state: State, items: list[dict]) -> None:
    for item in items:
        did = _did(item, "owned")
        account = _account(state, item)
        owner = state.did_owner(did)
        _check(owner is None or owner is account, f"owned: {did} is owned by account {owner and owner.login}")
        route = item.get("route2trunk", "")
        _check(not route or route in account.trunks, f"owned: trunk {route} does not exist")
        origin = state.pool.pop(did, None)
        tier = str(item.get("tier", origin.tier if origin else "1"))
        _check(tier in ("1", "1b", "2"), "owned: tier must be 1, 1b or 2")
        cnam = item.get("cnam", "")
        _check(cnam in ("", "yes", "no"), "owned: cnam must be '', 'yes' or 'no'")
        account.dids[did] = OwnedDid(
            did=did, tier=tier, type=item.get("type") or did_type(did),
            status=item.get("status", "active"), note=str(item.get("note", "")), route2trunk=route,
            lidb=str(item.get("lidb", "")), cnam=cnam,
            e911=item.get("e911") or None, failover=item.get("failover") or None,
            pin=str(item.get("pin", "")), forw2did=str(item.get("forw2did", "")),
            origin=origin or PoolNumber(did, tier, item.get("type") or did_type(did)),
        )
        if "sms" in item:
            _seed_sms(account.dids[did], item["sms"])


def _seed_sms(record: OwnedDid, sms) -> None:
    _check(isinstance(sms, dict), "owned: sms must be an object")
    _check(record.tier == "1b", f"owned: {record.did} is not tier 1b, it has no SMS config")
    mode = sms.get("sms_mode", "none")
    _check(mode in SMS_DISPLAY, "owned: sms.sms_mode must be email, xmpp, both, url or none")
    record.sms_mode = mode
    record.sms_email = str(sms.get("forward2email", ""))
    record.sms_xmpp_name = str(sms.get("xmpp_name", ""))
    record.sms_xmpp_password = str(sms.get("xmpp_password", ""))
    record.sms_url = str(sms.get("post2url", ""))


def _seed_fax_available(state: State, items: list[dict]) -> None:
    for item in items:
        did = _did(item, "fax_available")
        _check(state.fax_owner(did) is None and state.did_owner(did) is None, f"fax_available: {did} is owned")
        state.fax_pool[did] = PoolNumber(
            did, "", item.get("type") or did_type(did), str(item.get("state", "")).upper(),
            str(item.get("ratecenter", "")).upper(), str(item.get("zip", "")),
        )


def _text(item: dict, key: str, where: str, default=None) -> str:
    value = item.get(key, default)
    _check(isinstance(value, str) and (value != "" or default is not None), f"{where}: {key} is required")
    return value


def _seed_fax_groups(state: State, items: list[dict]) -> None:
    for item in items:
        sname = _text(item, "sname", "fax_groups")
        account = _account(state, item)
        owner = state.fax_group_owner(sname)
        _check(owner is None or owner is account, f"fax_groups: {sname} belongs to account {owner and owner.login}")
        account.fax_groups[sname] = FaxGroup(sname, _text(item, "name", "fax_groups", sname))


def _seed_fax_users(state: State, items: list[dict]) -> None:
    for item in items:
        login = _text(item, "fax_login", "fax_users")
        account = _account(state, item)
        owner = state.fax_user_owner(login)
        _check(owner is None or owner is account, f"fax_users: {login} belongs to account {owner and owner.login}")
        sname = _text(item, "sname", "fax_users")
        _check(sname in account.fax_groups, f"fax_users: fax group {sname} does not exist")
        is_admin = item.get("is_admin", "off")
        _check(is_admin in ("on", "off"), "fax_users: is_admin must be 'on' or 'off'")
        account.fax_users[login] = FaxUser(
            login, _text(item, "fax_password", "fax_users"), sname, _text(item, "fax_name", "fax_users", login),
            _text(item, "fax_lname", "fax_users", ""), _text(item, "fax_email", "fax_users", ""), is_admin)


def _seed_fax_dids(state: State, items: list[dict]) -> None:
    for item in items:
        did = _did(item, "fax_dids")
        account = _account(state, item)
        owner = state.fax_owner(did)
        _check(owner is None or owner is account, f"fax_dids: {did} is owned by account {owner and owner.login}")
        _check(state.did_owner(did) is None, f"fax_dids: {did} is a voice DID")
        service = item.get("service", "enterprise")
        _check(service in ("enterprise", "pro"), "fax_dids: service must be 'enterprise' or 'pro'")
        sname = str(item.get("sname", ""))
        _check(service == "pro" or not sname or sname in account.fax_groups,
               f"fax_dids: fax group {sname} does not exist")
        origin = state.fax_pool.pop(did, None) or state.pool.pop(did, None)
        record = FaxDid(did=did, service=service, did_type=item.get("type") or did_type(did),
                        status=str(item.get("status", "active")), note=str(item.get("note", "")),
                        pin=str(item.get("pin", "")), sname=sname if service == "enterprise" else "",
                        origin=origin or PoolNumber(did, "", did_type(did)))
        for key in ("fax_name", "fax_email", "fax_login", "fax_password"):
            setattr(record, key, str(item.get(key, "")) if service == "pro" else "")
        account.fax_dids[did] = record


LNP_SEED_STATUSES = LNP_ACTIVE + ("completed", "cancelled")


def _seed_lnp(state: State, items: list[dict], now: float) -> None:
    from emulator.questblue import lnp

    for item in items:
        tn = _did(dict(item, did=item.get("number2port")), "lnp")
        account = _account(state, item)
        status = item.get("status", "submitted")
        _check(status in LNP_ACTIVE, f"lnp: status must be one of {', '.join(LNP_ACTIVE)}")
        _check(lnp._active_for(state, tn) is None, f"lnp: {tn} already has an active request")
        fields = {**lnp.DEFAULTS, **{k: str(v_) for k, v_ in item.items()
                                     if k not in ("account", "number2port", "status", "reason", "id", "created")}}
        request_id = str(state.next_lnp_id)
        state.next_lnp_id += 1
        created = item.get("created", now)
        _check(isinstance(created, (int, float)) and not isinstance(created, bool), "lnp: created must be epoch seconds")
        request = LnpRequest(id=request_id, number2port=tn, fields=fields, created=created, submitted=created)
        account.lnp[request_id] = request
        _set_lnp_status(state, account, request, status, item, now)


def _set_lnp_status(state: State, account: Account, request, status: str, item: dict, now: float) -> None:
    from emulator.questblue import lnp

    request.reason = ""
    if status == "rejected":
        request.status = "rejected"
        request.reason = str(item.get("reason") or "Rejected by the losing carrier")  # project-defined default
    elif status == "foc":
        lnp.assign_foc(state, request, now)
        if item.get("foc_date"):
            request.foc_at = lnp._at_activation(_foc_day(item["foc_date"]), request.fields.get("activate_time"))
    elif status == "completed":
        lnp.complete(state, account, request)
    elif status == "submitted":
        request.status, request.submitted, request.foc_at = "submitted", now, None  # the FOC timer restarts
    else:
        request.status, request.foc_at = status, None  # draft, cancelled


def _foc_day(value) -> str:
    from datetime import date

    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise SeedError(f"foc_date must be YYYY-MM-DD, got {value!r}") from None


def _seed_lnp_status(state: State, items: list[dict], now: float) -> None:
    for item in items:
        status = item.get("status")
        _check(status in LNP_SEED_STATUSES, f"lnp_status: status must be one of {', '.join(LNP_SEED_STATUSES)}")
        found = None
        for account in state.accounts.values():
            for request in account.lnp.values():
                if "id" in item and str(item["id"]) != request.id:
                    continue
                if "number2port" in item and str(item["number2port"]) != request.number2port:
                    continue
                if "id" not in item and request.status not in LNP_ACTIVE:
                    continue  # by number: the active request
                found = (account, request)
        _check("id" in item or "number2port" in item, "lnp_status: id or number2port is required")
        _check(found is not None, f"lnp_status: no request {item.get('id') or item.get('number2port')}")
        _set_lnp_status(state, found[0], found[1], status, item, now)


LIST_KEYS = ("accounts", "trunks", "available", "owned", "fax_available", "fax_groups", "fax_users",
             "fax_dids", "lnp", "lnp_status")


def apply_seed(state: State, payload: dict, now: float = 0.0) -> dict:
    """Add objects. Order matters: accounts, then trunks (owned DIDs may route to them), fax
    groups before the users and DIDs in them, LNP requests before status changes."""
    known = set(LIST_KEYS) | {"settings"}
    unknown = set(payload) - known
    _check(not unknown, f"unknown seed keys: {', '.join(sorted(unknown))}")
    _seed_accounts(state, _items(payload, "accounts"))
    if "settings" in payload:
        _seed_settings(state, payload["settings"])
    _seed_trunks(state, _items(payload, "trunks"))
    _seed_available(state, _items(payload, "available"))
    _seed_owned(state, _items(payload, "owned"))
    _seed_fax_available(state, _items(payload, "fax_available"))
    _seed_fax_groups(state, _items(payload, "fax_groups"))
    _seed_fax_users(state, _items(payload, "fax_users"))
    _seed_fax_dids(state, _items(payload, "fax_dids"))
    _seed_lnp(state, _items(payload, "lnp"), now)
    _seed_lnp_status(state, _items(payload, "lnp_status"), now)
    return {key: len(payload[key]) for key in LIST_KEYS if key in payload}
