"""The seeded VoiceMeUp world (docs/emulator.md "VoiceMeUp", "Seeded account") and the
``POST /_emulator/seed`` input ``{"carrier": "voicemeup", <key>: ...}``. Everything is deterministic.

Each seed key has a seeder ``fn(state, value, now) -> list | None`` in SEEDERS (slice helpers add
theirs); the ids a seeder returns are echoed in the control reply under its key.
"""

from __future__ import annotations

import re

from emulator.carrier import SeedError, seed_account, seed_items
from emulator.voicemeup import dids, ratelimit
from emulator.voicemeup import e911
from emulator.voicemeup import fax, profiles, sms
from emulator.voicemeup import peers
from emulator.voicemeup import ports
from emulator.voicemeup.model import Account, State

DEMO_USERNAME = "demo-vmu"
DEMO_CLIENT_USER_ID = "123456"
DEMO_AUTH_TOKEN = "0123456789abcdef0123456789abcdef"

SETTINGS_DEFAULTS = {
    **ratelimit.DEFAULTS,
    # get_dids without a status filter also lists status=deleted rows (digest §6.3: exercises the
    # client's filtering); false hides them.
    "list_deleted_dids": True,
    # order_new_dids: seconds until a back-order's numbers appear in get_dids.
    "order_delay": 86400,
    # order_new_dids answers could_not_send (the order desk is unreachable).
    "order_could_not_send": False,
    # update_peer mode=create answers peers_limit_reached once the account holds this many peers.
    "peers_limit": 50,
    # The account has global caller ID settings (portal); false: callerid_mode=global answers
    # global_callerid_infos_undefined.
    "global_callerid_infos": True,
    # get_channels' System row: the bidirectional channels of the account's plans and services.
    "system_channels": 10,
    # the port workflow's delays (seconds from submission), the LOA rule and lookup_did's price (ports.py)
    **ports.SETTINGS,
}


# -- helpers for seeders --------------------------------------------------------------------------

def text(value) -> str:
    """A seed value as a wire string (bools as 1/0, None as "")."""
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value)


items = seed_items


def account_of(state: State, item: dict, key: str) -> Account:
    """The account a seed item belongs to (``account``: username, default the demo account)."""
    return seed_account(state.accounts, text(item.get("account") or DEMO_USERNAME), key)


# -- the built-in keys ----------------------------------------------------------------------------

def seed_accounts(state: State, value, now: float) -> list:
    created = []
    for item in items(value, "accounts"):
        username = text(item.get("username"))
        if not re.fullmatch(r"[A-Za-z0-9._@+-]{1,64}", username):
            raise SeedError("accounts: username is required (1-64 of A-Z a-z 0-9 . _ @ + -)")
        account = state.accounts.get(username)
        user_id = text(item.get("client_user_id") or (account.client_user_id if account else ""))
        token = text(item.get("auth_token") or (account.auth_token if account else ""))
        if not re.fullmatch(r"[0-9]{4,8}", user_id):
            raise SeedError("accounts: client_user_id must be 4-8 digits")
        if not re.fullmatch(r"[0-9a-f]{32}", token):
            raise SeedError("accounts: auth_token must be 32 lowercase hex characters")
        other = state.find_account(client_user_id=user_id)
        if other is not None and other.username != username:
            raise SeedError(f"accounts: client_user_id {user_id} is taken by {other.username}")
        if account is None:
            account = Account(username=username, client_user_id=user_id, auth_token=token)
            state.accounts[username] = account
            created.append(username)
        account.client_user_id, account.auth_token = user_id, token
    return created


def seed_settings(state: State, value, now: float) -> None:
    if not isinstance(value, dict):
        raise SeedError("settings must be an object")
    for key, setting in value.items():
        if key not in SETTINGS_DEFAULTS:
            raise SeedError(f"settings: unknown key {key}")
        default = SETTINGS_DEFAULTS[key]
        if isinstance(default, bool):
            if not isinstance(setting, bool):
                raise SeedError(f"settings: {key} must be true or false")
        elif key == "bucket_limits":
            if not isinstance(setting, dict) or any(
                    name not in ratelimit.BUCKETS or not isinstance(pair, list) or len(pair) != 2
                    or not all(isinstance(n, (int, float)) and not isinstance(n, bool) and n >= 0 for n in pair)
                    for name, pair in setting.items()):
                raise SeedError("settings: bucket_limits must map a bucket of digest §1.5 to [soft, hard]")
        elif isinstance(setting, bool) or not isinstance(setting, (int, float)) or setting < 0:
            raise SeedError(f"settings: {key} must be a number >= 0")
        state.settings[key] = setting


def seed_lockout(state: State, value, now: float) -> None:
    """``{"lockout": {"account": "demo-vmu", "seconds": 3600}}``: start a hard-limit lockout."""
    if not isinstance(value, dict):
        raise SeedError("lockout must be an object")
    seconds = value.get("seconds", state.settings["lockout_seconds"])
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds < 0:
        raise SeedError("lockout: seconds must be a number >= 0")
    account_of(state, value, "lockout").locked_until = now + seconds if seconds else 0.0


# Applied in this order (accounts and settings first: the others may name an account).
SEEDERS = {
    "accounts": seed_accounts,
    "settings": seed_settings,
    "lockout": seed_lockout,
    "proxies": peers.seed_proxies,           # before peers: a peer names its proxy
    "channels": peers.seed_channels,
    "peers": peers.seed_peers,
    "inventory": dids.seed_inventory,
    "dids": dids.seed_dids,
    "e911_addresses": e911.seed_addresses,   # after dids: endpoints name DIDs
    "e911_endpoints": e911.seed_endpoints,
    "sms_profiles": profiles.seeder(sms.KIND, account_of, text),
    "fax_profiles": profiles.seeder(fax.KIND, account_of, text),
    "port_requests": ports.seed_port_requests,   # after dids: a port's numbers are not the account's
}


def build_state(now: float) -> State:
    demo = Account(username=DEMO_USERNAME, client_user_id=DEMO_CLIENT_USER_ID, auth_token=DEMO_AUTH_TOKEN)
    settings = {k: (dict(v) if isinstance(v, dict) else v) for k, v in SETTINGS_DEFAULTS.items()}
    state = State(accounts={DEMO_USERNAME: demo}, settings=settings)
    for build in DEMO_BUILDERS:
        build(state, demo, now)
    return state


# ``fn(state, demo_account, now)``: fills the demo account (slice helpers add theirs).
DEMO_BUILDERS: list = [
    dids.build_demo,     # DIDs, inventory, peers, proxy
    e911.demo,           # the E911 address database
]


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
