"""The seeded QuestBlue world (docs/emulator.md "Seeded accounts") and the /_emulator/seed input.

Everything is deterministic: the same numbers, trunk and account after every start and reset.
Numbers use 555 exchanges so they look fictional.
"""

from __future__ import annotations

import hashlib

from emulator.carrier import SeedError
from emulator.questblue import validate as v
from emulator.questblue.model import Account, OwnedDid, PoolNumber, State, Trunk, did_type

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
    return state


def rate_centers(state: State, us_state: str, tier: str) -> dict[str, str]:
    """Rate centres offered for a state and tier: the seeded blocks (a fixed catalogue, like the
    carrier's) plus any rate centre that seeded available numbers bring in."""
    codes = {rc for _, _, t, rc, _ in LOCAL_BLOCKS if t == tier and us_state == "NC"}
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
            account.dids, account.trunks = existing.dids, existing.trunks
        state.accounts[account.login] = account


def _seed_settings(state: State, settings) -> None:
    _check(isinstance(settings, dict), "settings must be an object")
    mode = settings.get("status_mode")
    if mode is not None:
        _check(mode in ("default", "seed"), "settings.status_mode must be 'default' or 'seed'")
        state.settings["status_mode"] = mode


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


def apply_seed(state: State, payload: dict) -> dict:
    """Add objects. Order matters: accounts, then trunks (owned DIDs may route to them)."""
    known = {"accounts", "settings", "trunks", "available", "owned"}
    unknown = set(payload) - known
    _check(not unknown, f"unknown seed keys: {', '.join(sorted(unknown))}")
    _seed_accounts(state, _items(payload, "accounts"))
    if "settings" in payload:
        _seed_settings(state, payload["settings"])
    _seed_trunks(state, _items(payload, "trunks"))
    _seed_available(state, _items(payload, "available"))
    _seed_owned(state, _items(payload, "owned"))
    return {key: len(payload[key]) for key in ("accounts", "trunks", "available", "owned") if key in payload}
