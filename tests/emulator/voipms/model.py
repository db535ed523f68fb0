"""The VoIP.ms state: accounts with their DIDs, sub-accounts, e911 records, fax numbers, Email-to-Fax
configurations and ports, plus the stock of available numbers. Records are dicts of wire fields,
every value a string (digest §1.4), so reads are copies of them; keys starting with ``_`` are
internal (never sent)."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone


def utc(now: float) -> datetime:
    return datetime.fromtimestamp(now, tz=timezone.utc)


def fmt_datetime(now: float) -> str:
    return utc(now).strftime("%Y-%m-%d %H:%M:%S")


def fmt_date(now: float) -> str:
    return utc(now).strftime("%Y-%m-%d")


def next_month(now: float) -> str:
    """The same day next month (clamped to the month's last day), ``yyyy-mm-dd``."""
    day = utc(now).date()
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    for candidate in range(day.day, 27, -1):
        try:
            return day.replace(year=year, month=month, day=candidate).isoformat()
        except ValueError:
            continue
    return day.replace(year=year, month=month, day=min(day.day, 28)).isoformat()


def add_days(now: float, days: float) -> float:
    return (utc(now) + timedelta(days=days)).timestamp()


def money(value: float) -> str:
    return f"{value:.6f}"


def public(record: dict) -> dict:
    """A record without its internal keys (k[:1], not startswith: getDIDsInfo calls this for every
    number of the account, and the method call is half its cost)."""
    return {k: v for k, v in record.items() if k[:1] != "_"}


@dataclass
class Account:
    api_username: str
    api_password: str
    main_account: str
    api_enabled: bool = True
    allowed_ips: list = field(default_factory=list)
    balance: float = 100.0
    #: (time, amount) of every charge, for getBalance's spent_* statistics
    charges: list = field(default_factory=list)
    dids: dict = field(default_factory=dict)            # did -> record
    subaccounts: dict = field(default_factory=dict)     # id -> record
    e911: dict = field(default_factory=dict)            # did -> record (+ _activate_at)
    fax_numbers: dict = field(default_factory=dict)     # id -> record (+ _location)
    email_to_fax: dict = field(default_factory=dict)    # id -> record (+ _from_id)
    ports: dict = field(default_factory=dict)           # portid -> record
    mailboxes: dict = field(default_factory=dict)       # mailbox -> getVoicemails record
    #: call times for the rate limit (emulator clock)
    calls: list = field(default_factory=list)

    def charge(self, amount: float, now: float) -> None:
        if amount:
            self.balance -= amount
            self.charges.append((now, amount))

    def subaccount_by_name(self, name: str) -> dict | None:
        for record in self.subaccounts.values():
            if record["account"] == name:
                return record
        return None

    def fax_by_did(self, did: str) -> dict | None:
        for record in self.fax_numbers.values():
            if record["did"] == did:
                return record
        return None

    def dump(self) -> dict:
        return {
            "api_username": self.api_username,
            "api_password": self.api_password,
            "main_account": self.main_account,
            "api_enabled": self.api_enabled,
            "allowed_ips": list(self.allowed_ips),
            "balance": money(self.balance),
            "dids": copy.deepcopy(self.dids),
            "subaccounts": copy.deepcopy(self.subaccounts),
            "e911": copy.deepcopy(self.e911),
            "fax_numbers": copy.deepcopy(self.fax_numbers),
            "email_to_fax": copy.deepcopy(self.email_to_fax),
            "ports": copy.deepcopy(self.ports),
            "mailboxes": copy.deepcopy(self.mailboxes),
        }


@dataclass
class State:
    accounts: dict = field(default_factory=dict)        # api_username -> Account
    #: every number the stock ever held: did -> {did, country, region, ratecenter, sms, has_port_out_pin, kind}
    catalog: dict = field(default_factory=dict)
    #: dids of the catalog that are available now
    available: set = field(default_factory=set)
    #: fax locations: location -> {location, country, state, ratecenter, area_code, stock: [dids]}
    fax_locations: dict = field(default_factory=dict)
    settings: dict = field(default_factory=dict)
    #: injected failures: [{method, status, message, times}]
    inject: list = field(default_factory=list)
    counters: dict = field(default_factory=dict)

    def next_id(self, name: str) -> str:
        self.counters[name] += 1
        return str(self.counters[name])

    def owner_of(self, did: str) -> Account | None:
        """The account holding a voice DID or a fax number."""
        for account in self.accounts.values():
            if did in account.dids or account.fax_by_did(did) is not None:
                return account
        return None

    def in_fax_stock(self, did: str) -> bool:
        return any(did in loc["stock"] for loc in self.fax_locations.values())

    def on_network(self, did: str) -> bool:
        """Owned by some account, or in the voice or fax stock ("already in our network")."""
        return did in self.available or self.in_fax_stock(did) or self.owner_of(did) is not None

    def dump(self) -> dict:
        return {
            "accounts": {name: acc.dump() for name, acc in self.accounts.items()},
            "available": sorted(self.available),
            "fax_locations": copy.deepcopy(self.fax_locations),
            "settings": copy.deepcopy(self.settings),
            "inject": copy.deepcopy(self.inject),
        }
