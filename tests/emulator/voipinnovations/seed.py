"""The seeded VoIP Innovations world (docs/emulator.md "VoIP Innovations") and the
``POST /_emulator/seed`` input ``{"carrier": "voipinnovations", <key>: ...}``. Everything is deterministic.

Each seed key has a seeder ``fn(state, value, now) -> list | None`` in SEEDERS (slice helpers add
theirs); what a seeder returns is echoed in the control reply under its key. DEMO_BUILDERS fill the
demo account (``fn(state, demo_account, now)``).
"""

from __future__ import annotations

import copy
from decimal import Decimal, InvalidOperation

from emulator.carrier import SeedError, seed_account, seed_items
from emulator.voipinnovations import sms
from emulator.voipinnovations import fax, ports
from emulator.voipinnovations import e911
from emulator.voipinnovations.model import (EPG_DEFAULTS, LOCATOR_DEFAULTS, OWNED_DEFAULTS, RESERVATION_SECONDS,
                                            Account, State, is_tn, owned_from_locator)

DEMO_LOGIN = "demo-vi"
DEMO_SECRET = "vi-demo-secret-2026"
OTHER_LOGIN = "vi-other"
OTHER_SECRET = "vi-other-secret-2026"

# -- the demo world ---------------------------------------------------------------------------------

DEMO_EPGS = [
    {"ID": 13550, "Name": "Primary PBX", "IPAddresses": ["203.0.113.10", "203.0.113.11"], "MTDUsage": "42.17"},
    {"ID": 13551, "Name": "Backup SBC", "IPAddresses": ["198.51.100.20"], "Port": 5080, "StripPlus": True,
     "MTDUsage": "3.05"},
    {"ID": 13552, "Name": "Old Lab", "IPAddresses": ["192.0.2.30"], "Active": False, "International": True,
     "RateDeck": "Premium"},
]
DEMO_DID_GROUPS = [{"ID": 501, "Name": "Sales"}]
# (tn, state, rate center, LATA, tier, network, fields)
DEMO_DIDS = [
    ("2125550100", "NY", "NEW YORK CITY", 132, "1", "Level 3",
     {"endpointId": 13550, "cnam": True, "cnamName": "DEMO MAIN LINE", "cnamStorageAvailability": True, "t38": True,
      "_sms": True, "refId": "main-line", "didGroupId": "501"}),
    ("2125550101", "NY", "NEW YORK CITY", 132, "1", "Level 3",
     {"endpointId": 13550, "failover": "6465550150", "cnamStorageAvailability": True, "_sms": True}),
    ("3125550110", "IL", "CHICAGO", 358, "2", "Bandwidth", {"endpointId": 13551, "forward": "7735550123"}),
    ("2145550120", "TX", "DALLAS", 552, "1", "Onvoy",
     {"endpointId": 13550, "failover": "8175550188", "cnamName": "ACME DALLAS", "cnamStorageAvailability": True,
      "t38": True}),
    ("8885550130", "TF", "TOLLFREE", 0, "1", "Level 3", {"endpointId": 13551}),
    ("3055550140", "FL", "MIAMI", 460, "2", "Level 3", {"_sms": True}),                  # unconfigured (no EPG)
    ("2135550150", "CA", "LOS ANGELES", 730, "1", "Bandwidth", {"_inventory": True}),    # personal inventory
]
# (first tn, count, state, rate center, LATA, network, tier of line i, extended)
INVENTORY_BLOCKS = [
    ("2125550110", 10, "NY", "NEW YORK CITY", 132, "Level 3", lambda i: "1", False),
    ("2145550100", 10, "TX", "DALLAS", 552, "Onvoy", lambda i: "1" if i < 5 else "2", False),
    ("2135550100", 10, "CA", "LOS ANGELES", 730, "Bandwidth", lambda i: "1", False),
    ("3055550100", 8, "FL", "MIAMI", 460, "Level 3", lambda i: "2", False),
    ("3125550100", 6, "IL", "CHICAGO", 358, "Bandwidth", lambda i: "4", False),
    ("8885550100", 4, "TF", "TOLLFREE", 0, "Level 3", lambda i: "1", False),
    ("7025550100", 8, "NV", "LAS VEGAS", 721, "Bandwidth", lambda i: "3", True),   # Extended Inventory
]


def _inventory_block(first: str, count: int, state: str, rate_center: str, lata: int, network: str, tier_of,
                     extended: bool) -> list:
    numbers = []
    for i in range(count):
        numbers.append(dict(LOCATOR_DEFAULTS, tn=str(int(first) + i), state=state, rateCenter=rate_center, lataId=lata,
                            Network=network, tier=tier_of(i), outboundCNAM=i % 2 == 0, t38=i % 3 == 0,
                            sms=i % 4 != 3 and state != "TF", _extended=extended))
    return numbers


def _owned(tn: str, state: str, rate_center: str, lata: int, tier: str, network: str, fields: dict) -> dict:
    locator = dict(LOCATOR_DEFAULTS, tn=tn, state=state, rateCenter=rate_center, lataId=lata, tier=tier, Network=network)
    record = owned_from_locator(locator)
    record.update(fields)
    record["cnamStorageActive"] = bool(record["cnamName"])
    return record


def build_demo(state: State, demo: Account, now: float) -> None:
    for group in DEMO_EPGS:
        demo.endpoint_groups[group["ID"]] = dict(copy.deepcopy(EPG_DEFAULTS), **copy.deepcopy(group))
    for group in DEMO_DID_GROUPS:
        demo.did_groups[group["ID"]] = dict(group)
        state.counters["did_group"] = max(state.counters["did_group"], group["ID"])
    for tn, st, rate_center, lata, tier, network, fields in DEMO_DIDS:
        demo.dids[tn] = _owned(tn, st, rate_center, lata, tier, network, fields)
    for block in INVENTORY_BLOCKS:
        for locator in _inventory_block(*block):
            state.inventory[locator["tn"]] = locator
    # Another company: owns one number and holds one on offer, so queryDID / reserveDID / assignDID
    # can answer "assigned to / reserved for another company" (1xx235 / 1xx230).
    other = Account(login=OTHER_LOGIN, secret=OTHER_SECRET, name="Other Company", client_id=4002,
                    balance=Decimal("10.00"))
    other.endpoint_groups[13553] = dict(copy.deepcopy(EPG_DEFAULTS), ID=13553, Name="Other Co PBX",
                                        IPAddresses=["198.51.100.99"])
    other.dids["2125550199"] = _owned("2125550199", "NY", "NEW YORK CITY", 132, "1", "Level 3", {"endpointId": 13553})
    state.accounts[OTHER_LOGIN] = other
    state.reservations["2145550109"] = {"login": OTHER_LOGIN, "expires": now + RESERVATION_SECONDS, "refId": ""}


# ``fn(state, demo_account, now)``: fills the demo account (slice helpers add theirs).
DEMO_BUILDERS: list = [
    build_demo,
    sms.build_demo,
    fax.build_demo,
    ports.build_demo,
    e911.build_demo,
]


def build_state(now: float) -> State:
    demo = Account(login=DEMO_LOGIN, secret=DEMO_SECRET, name="Demo Client", client_id=4001,
                   balance=Decimal("125.50"))
    state = State(accounts={DEMO_LOGIN: demo})
    for build in DEMO_BUILDERS:
        build(state, demo, now)
    return state


# -- helpers for seeders ----------------------------------------------------------------------------

items = seed_items


def account_of(state: State, item: dict, key: str) -> Account:
    """The account a seed item belongs to (``account``: login, default the demo account)."""
    return seed_account(state.accounts, str(item.get("account") or DEMO_LOGIN), key)


def typed(key: str, fields: dict, defaults: dict, allowed_extra=()) -> dict:
    """Seed ``fields`` checked against the types of ``defaults`` (bool, int, str, list)."""
    out = {}
    for name, value in fields.items():
        if name in allowed_extra:
            continue
        if name not in defaults:
            raise SeedError(f"{key}: unknown field {name} (known: {', '.join(k for k in defaults if k[:1] != '_')})")
        expected = type(defaults[name])
        if expected is int and (isinstance(value, bool) or not isinstance(value, int)):
            raise SeedError(f"{key}: {name} must be an integer")
        if expected is not int and not isinstance(value, expected):
            raise SeedError(f"{key}: {name} must be {expected.__name__}")
        out[name] = copy.deepcopy(value)
    return out


def _tn(item: dict, key: str) -> str:
    tn = item.get("tn")
    if not is_tn(tn):
        raise SeedError(f"{key}: tn must be a string of 10 digits")
    return tn


# -- the seed keys ----------------------------------------------------------------------------------

def seed_accounts(state: State, value, now: float) -> list:
    created = []
    for item in items(value, "accounts"):
        login, secret = item.get("login"), item.get("secret")
        if not isinstance(login, str) or not login or not isinstance(secret, str) or not secret:
            raise SeedError("accounts: login and secret are required strings")
        account = state.accounts.get(login)
        if account is None:
            account = Account(login=login, secret=secret, name=login, client_id=state.next_id("client"))
            state.accounts[login] = account
            created.append(login)
        account.secret = secret
        account.name = str(item.get("name", account.name))
        try:
            account.balance = Decimal(str(item.get("balance", account.balance)))
        except InvalidOperation:
            raise SeedError("accounts: balance must be a decimal number") from None
        for flag in ("tf_origination", "standard_origination"):
            if flag in item:
                if not isinstance(item[flag], bool):
                    raise SeedError(f"accounts: {flag} must be true or false")
                setattr(account, flag, item[flag])
        if "tiers" in item:
            tiers = item["tiers"]
            if tiers is not None and (not isinstance(tiers, list) or not all(isinstance(t, str) for t in tiers)):
                raise SeedError("accounts: tiers must be a list of strings or null")
            account.tiers = tiers
    return created


def seed_endpoint_groups(state: State, value, now: float) -> list:
    created = []
    for item in items(value, "endpoint_groups"):
        account = account_of(state, item, "endpoint_groups")
        fields = typed("endpoint_groups", item, EPG_DEFAULTS, ("account",))
        if not fields.get("Name"):
            raise SeedError("endpoint_groups: Name is required")
        group_id = fields.get("ID") or state.next_id("epg")
        owner = state.epg_owner(group_id)
        if owner is not None and owner is not account:
            raise SeedError(f"endpoint_groups: ID {group_id} belongs to {owner.login}")
        state.counters["epg"] = max(state.counters["epg"], group_id)
        group = account.endpoint_groups.get(group_id) or copy.deepcopy(EPG_DEFAULTS)
        group.update(fields, ID=group_id)
        account.endpoint_groups[group_id] = group
        created.append(group_id)
    return created


def seed_inventory(state: State, value, now: float) -> list:
    created = []
    for item in items(value, "inventory"):
        tn = _tn(item, "inventory")
        if tn in state.inventory or state.owner_of(tn) is not None:
            raise SeedError(f"inventory: {tn} is already on offer or owned")
        fields = typed("inventory", item, LOCATOR_DEFAULTS, ("extended",))
        locator = dict(LOCATOR_DEFAULTS, **fields, _extended=bool(item.get("extended", False)))
        state.inventory[tn] = locator
        created.append(tn)
    return created


def seed_dids(state: State, value, now: float) -> list:
    created = []
    for item in items(value, "dids"):
        account = account_of(state, item, "dids")
        tn = _tn(item, "dids")
        if state.owner_of(tn) is not None:
            raise SeedError(f"dids: {tn} is already owned")
        aliases = {"sms": "_sms", "lataId": "_lataId", "inventory": "_inventory"}
        fields = typed("dids", {aliases.get(k, k): v for k, v in item.items() if k != "account"},
                       dict(OWNED_DEFAULTS))
        epg = fields.get("endpointId", 0)
        if epg and epg not in account.endpoint_groups:
            raise SeedError(f"dids: endpointId {epg} is not an endpoint group of {account.login}")
        locator = state.inventory.pop(tn, None) or dict(LOCATOR_DEFAULTS, tn=tn)
        state.reservations.pop(tn, None)
        record = owned_from_locator(locator)
        record.update(fields)
        record["cnamStorageActive"] = bool(record["cnamName"])
        account.dids[tn] = record
        created.append(tn)
    return created


def seed_reservations(state: State, value, now: float) -> list:
    created = []
    for item in items(value, "reservations"):
        account = account_of(state, item, "reservations")
        tn = _tn(item, "reservations")
        if tn not in state.inventory:
            raise SeedError(f"reservations: {tn} is not on offer")
        seconds = item.get("expires_in", RESERVATION_SECONDS)
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds <= 0:
            raise SeedError("reservations: expires_in must be a number of seconds > 0")
        state.reservations[tn] = {"login": account.login, "expires": now + seconds, "refId": str(item.get("refId", ""))}
        created.append(tn)
    return created


def seed_did_groups(state: State, value, now: float) -> list:
    created = []
    for item in items(value, "did_groups"):
        account = account_of(state, item, "did_groups")
        group_id = item.get("ID") or state.next_id("did_group")
        if isinstance(group_id, bool) or not isinstance(group_id, int):
            raise SeedError("did_groups: ID must be an integer")
        state.counters["did_group"] = max(state.counters["did_group"], group_id)
        account.did_groups[group_id] = {"ID": group_id, "Name": str(item.get("Name", ""))}
        created.append(group_id)
    return created


# Applied in this order (accounts first: the others name an account; endpoint groups before DIDs).
SEEDERS = {
    "accounts": seed_accounts,
    "endpoint_groups": seed_endpoint_groups,
    "did_groups": seed_did_groups,
    "inventory": seed_inventory,
    "dids": seed_dids,
    "reservations": seed_reservations,
    "sms": sms.seed_sms,
    "fax": fax.seed_fax,
    "not_portable": ports.seed_not_portable,
    "ports": ports.seed_ports,
    "e911_locations": e911.seed_locations,
}


def apply_seed(state: State, payload: dict, now: float) -> dict:
    unknown = sorted(set(payload) - set(SEEDERS))
    if unknown:
        raise SeedError(f"unknown seed keys: {', '.join(unknown)} (known: {', '.join(SEEDERS)})")
    summary = {}
    for key, seeder in SEEDERS.items():
        if key in payload:
            created = seeder(state, payload[key], now)
            if created:
                summary[key] = created
    return summary
