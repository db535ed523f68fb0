"""The VoiceMeUp state: accounts, each with its DIDs, number inventory, peers, proxies, channels,
SMS and fax profiles, E911 endpoints (+ the exact-match address database), port requests and
pending back-orders. Records are dicts of wire fields with every value a string (digest §2.3 rule 3),
so a read is a copy; keys starting with ``_`` are internal and never sent."""

from __future__ import annotations

import copy
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone


def utc(now: float) -> datetime:
    return datetime.fromtimestamp(now, tz=timezone.utc)


def fmt_datetime(now: float) -> str:
    return utc(now).strftime("%Y-%m-%d %H:%M:%S")


def fmt_date(now: float) -> str:
    return utc(now).strftime("%Y-%m-%d")


def public(record: dict) -> dict:
    """A record without its internal keys. get_dids calls this for every DID of the account: when the
    smallest key sorts after "_" there is none, and a plain copy is ten times faster."""
    if not record or min(record)[:1] > "_":
        return dict(record)
    return {k: v for k, v in record.items() if k[:1] != "_"}


# The last id handed out per kind; the first new object gets the next one. Per account, so every
# account's ids are deterministic whatever the others do.
COUNTERS = {"client_did_id": 87288, "did_id": 500000, "client_peer_id": 40000, "client_channel_id": 300,
            "client_sms_profile_id": 700, "client_fax_profile_id": 800, "client_endpoint_id": 9000,
            "port_request_id": 1200, "order": 0}


@dataclass
class Account:
    username: str
    client_user_id: str
    auth_token: str
    dids: dict = field(default_factory=dict)              # client_did_id -> DID record
    phone_index: dict = field(default_factory=dict)       # phone_number -> client_did_id (not deleted)
    inventory: dict = field(default_factory=dict)         # did_id -> get_new_dids record
    inventory_index: dict = field(default_factory=dict)   # phone_number -> did_id
    peers: dict = field(default_factory=dict)             # client_peer_id -> record
    proxies: dict = field(default_factory=dict)           # proxy_id -> record
    channels: dict = field(default_factory=dict)          # client_channel_id -> record
    sms_profiles: dict = field(default_factory=dict)      # client_sms_profile_id -> record
    fax_profiles: dict = field(default_factory=dict)      # client_fax_profile_id -> record
    e911_endpoints: dict = field(default_factory=dict)    # client_endpoint_id -> record
    e911_addresses: list = field(default_factory=list)    # the exact-match address database
    port_requests: dict = field(default_factory=dict)     # port_request_id -> record
    orders: dict = field(default_factory=dict)            # order id -> hidden back-order (order_new_dids)
    charges: list = field(default_factory=list)           # charged requests (lookup_did), oldest first
    counters: dict = field(default_factory=lambda: dict(COUNTERS))
    #: request times per rate-limit bucket (emulator clock), a sliding window
    requests: dict = field(default_factory=dict)
    #: end of the hard-limit lockout (0 = none)
    locked_until: float = 0.0

    def next_id(self, kind: str) -> str:
        self.counters[kind] += 1
        return str(self.counters[kind])

    def bucket(self, name: str) -> deque:
        return self.requests.setdefault(name, deque())

    # DIDs
    def did_by_number(self, phone_number: str) -> dict | None:
        """The live (not deleted) DID of that number."""
        client_did_id = self.phone_index.get(phone_number)
        return self.dids.get(client_did_id) if client_did_id else None

    def add_did(self, record: dict) -> dict:
        self.dids[record["client_did_id"]] = record
        if record.get("status") != "deleted":
            self.phone_index[record["phone_number"]] = record["client_did_id"]
        return record

    def live_dids(self):
        return (record for record in self.dids.values() if record.get("status") != "deleted")

    # inventory
    def add_inventory(self, record: dict) -> dict:
        self.inventory[record["did_id"]] = record
        self.inventory_index[record["phone_number"]] = record["did_id"]
        return record

    def take_inventory(self, did_id: str) -> dict:
        record = self.inventory.pop(did_id)
        self.inventory_index.pop(record["phone_number"], None)
        return record

    def dump(self) -> dict:
        return {
            "username": self.username,
            "client_user_id": self.client_user_id,
            "auth_token": self.auth_token,
            "dids": copy.deepcopy(self.dids),
            "inventory": copy.deepcopy(self.inventory),
            "peers": copy.deepcopy(self.peers),
            "proxies": copy.deepcopy(self.proxies),
            "channels": copy.deepcopy(self.channels),
            "sms_profiles": copy.deepcopy(self.sms_profiles),
            "fax_profiles": copy.deepcopy(self.fax_profiles),
            "e911_endpoints": copy.deepcopy(self.e911_endpoints),
            "e911_addresses": copy.deepcopy(self.e911_addresses),
            "port_requests": copy.deepcopy(self.port_requests),
            "orders": copy.deepcopy(self.orders),
            "charges": copy.deepcopy(self.charges),
            "counters": dict(self.counters),
            "locked_until": self.locked_until,
        }


@dataclass
class State:
    accounts: dict = field(default_factory=dict)   # username -> Account
    settings: dict = field(default_factory=dict)

    def find_account(self, username: str = "", client_user_id: str = "") -> Account | None:
        if username:
            return self.accounts.get(username)
        for account in self.accounts.values():
            if account.client_user_id == client_user_id:
                return account
        return None

    def dump(self) -> dict:
        return {
            "accounts": {name: account.dump() for name, account in self.accounts.items()},
            "settings": copy.deepcopy(self.settings),
        }
