"""The VoIP Innovations state: accounts (each with endpoint groups, owned DIDs, DID groups), the
inventory of numbers on offer (shared by all accounts, as the real one is) and the reservations.

Records are dicts keyed by the wire names of digest section 4.2 with Python values (bool, int, str),
so a handler hands a copy to the renderer; keys starting with ``_`` are internal and never sent.

* owned DID (``Account.dids[tn]``): the DID fields except the per-reply ones (availability, status,
  statusCode, expireDate), plus ``_lataId``, ``_sms`` (SMS capable), ``_inventory`` (parked in personal
  inventory) and ``_conference`` ({"Enabled", "PIN"}). Other slices keep their per-DID data under their
  own ``_`` keys or in their own Account attributes.
* number on offer (``State.inventory[tn]``): the DIDLocator fields plus ``_extended`` (Extended
  Inventory, only getDIDsExtended / assignDIDExtended see it).
* reservation (``State.reservations[tn]``): ``login``, ``expires`` (emulator clock), ``refId``.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from decimal import Decimal

TOLL_FREE_NPAS = frozenset({"800", "833", "844", "855", "866", "877", "888"})
#: DID.expireDate of a number that is not reserved (W14 fixtures)
NO_EXPIRY = "1900-01-01T00:00:00"
#: reserveDID holds a number "for a maximum of 30 minutes" (seed L68)
RESERVATION_SECONDS = 30 * 60

OWNED_DEFAULTS = {
    "tn": "", "rewrite": "", "tier": "1", "refId": "", "failover": "", "forward": "", "cnamName": "",
    "state": "", "rateCenter": "", "didGroupId": "", "Network": "", "endpointId": 0, "has411": False,
    "has911": False, "cnam": False, "cnamStorageActive": False, "cnamStorageAvailability": False, "t38": False,
    "_lataId": 0, "_sms": False, "_inventory": False,
}
LOCATOR_DEFAULTS = {
    "tn": "", "rateCenter": "", "state": "", "tier": "1", "lataId": 0, "outboundCNAM": False, "t38": False,
    "sms": False, "Network": "", "_extended": False,
}
EPG_DEFAULTS = {
    "ID": 0, "Name": "", "Client": "", "Port": 5060, "Prepend": "", "RateDeck": "Standard", "StripPlus": False,
    "StripCC": False, "International": False, "MTDUsage": "0.00", "IPAddresses": [], "Active": True,
}


def is_tn(value) -> bool:
    """A 10-digit NANP number as the API takes it (seed L166, L406)."""
    return isinstance(value, str) and len(value) == 10 and value.isascii() and value.isdigit()


def is_toll_free(tn: str) -> bool:
    return tn[:3] in TOLL_FREE_NPAS


def public(record: dict) -> dict:
    return {k: v for k, v in record.items() if not k.startswith("_")}


def owned_from_locator(locator: dict) -> dict:
    """A number that leaves the inventory for an account keeps its location and capabilities."""
    record = copy.deepcopy(OWNED_DEFAULTS)
    record.update(tn=locator["tn"], rewrite=locator["tn"], tier=locator["tier"], state=locator["state"],
                  rateCenter=locator["rateCenter"], Network=locator["Network"], t38=locator["t38"],
                  cnamStorageAvailability=locator["outboundCNAM"], _lataId=locator["lataId"], _sms=locator["sms"])
    record["_conference"] = {"Enabled": False, "PIN": ""}
    return record


def locator_from_owned(record: dict) -> dict:
    """A released number goes back on offer (regular inventory) with what it was born with."""
    locator = dict(LOCATOR_DEFAULTS)
    locator.update(tn=record["tn"], rateCenter=record["rateCenter"], state=record["state"], tier=record["tier"],
                   lataId=record["_lataId"], outboundCNAM=record["cnamStorageAvailability"], t38=record["t38"],
                   sms=record["_sms"], Network=record["Network"])
    return locator


@dataclass
class Account:
    login: str
    secret: str
    #: the client name (EndpointGroup.Client, AuditClients)
    name: str
    client_id: int
    balance: Decimal = Decimal("0.00")
    #: the account buys toll-free (800) / local (standard) origination (per-number 1xx250 / 1xx251)
    tf_origination: bool = True
    standard_origination: bool = True
    #: tiers the account may order (None = all; others: per-number 1xx259)
    tiers: list | None = None
    endpoint_groups: dict = field(default_factory=dict)   # ID (int) -> EndpointGroup record
    dids: dict = field(default_factory=dict)              # tn -> owned DID record
    did_groups: dict = field(default_factory=dict)        # ID (int) -> {"ID", "Name"}
    #: E911 (e911.py): locations {tn: location}, history {tn: [VILocation]}, alerts {tn: [email]}; a
    #: released number keeps its location (off-net), so this is not keyed on ``dids``
    e911: dict = field(default_factory=lambda: {"locations": {}, "history": {}, "alerts": {}})
    ports: dict = field(default_factory=dict)             # port id (int) -> port (ports.py)

    def did(self, tn) -> dict | None:
        return self.dids.get(tn) if isinstance(tn, str) else None

    def dump(self) -> dict:
        return {
            "login": self.login, "secret": self.secret, "name": self.name, "client_id": self.client_id,
            "balance": str(self.balance), "tf_origination": self.tf_origination,
            "standard_origination": self.standard_origination, "tiers": self.tiers,
            "endpoint_groups": {str(k): copy.deepcopy(v) for k, v in self.endpoint_groups.items()},
            "dids": copy.deepcopy(self.dids),
            "did_groups": {str(k): dict(v) for k, v in self.did_groups.items()},
            "e911": copy.deepcopy(self.e911),
            "ports": {str(k): copy.deepcopy(v) for k, v in self.ports.items()},
        }


@dataclass
class State:
    accounts: dict = field(default_factory=dict)        # login -> Account
    inventory: dict = field(default_factory=dict)       # tn -> number on offer
    reservations: dict = field(default_factory=dict)    # tn -> {"login", "expires", "refId"}
    #: the last id handed out; endpoint group and DID group ids are unique across accounts, so "not
    #: yours" (948) can be told from "does not exist"
    counters: dict = field(default_factory=lambda: {"epg": 13560, "did_group": 500, "client": 4000, "port": 7000})
    #: numbers isPortable answers false for: 10-digit numbers or NPA / NPA-NXX prefixes (ports.py)
    not_portable: list = field(default_factory=list)

    def next_id(self, kind: str) -> int:
        self.counters[kind] += 1
        return self.counters[kind]

    def owner_of(self, tn: str) -> Account | None:
        for account in self.accounts.values():
            if tn in account.dids:
                return account
        return None

    def epg_owner(self, epg_id: int) -> Account | None:
        for account in self.accounts.values():
            if epg_id in account.endpoint_groups:
                return account
        return None

    def reservation(self, tn: str, now: float) -> dict | None:
        """The live reservation of ``tn`` (an expired one is dropped here too)."""
        held = self.reservations.get(tn)
        if held is not None and held["expires"] <= now:
            del self.reservations[tn]
            return None
        return held

    def expire_reservations(self, now: float) -> None:
        for tn in [tn for tn, held in self.reservations.items() if held["expires"] <= now]:
            del self.reservations[tn]

    def dump(self) -> dict:
        return {
            "accounts": {login: account.dump() for login, account in self.accounts.items()},
            "inventory": copy.deepcopy(self.inventory),
            "reservations": copy.deepcopy(self.reservations),
            "counters": dict(self.counters),
            "not_portable": list(self.not_portable),
        }
