"""QuestBlue state: accounts with their owned DIDs and SIP trunks, and the available pool."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# NANP toll-free NPAs; the DID `type` (local/tf) is derived from the number, never sent.
TOLL_FREE_NPAS = frozenset({"800", "833", "844", "855", "866", "877", "888"})


def did_type(did: str) -> str:
    return "tf" if did[:3] in TOLL_FREE_NPAS else "local"


@dataclass
class PoolNumber:
    """A number that can be ordered. ``tier`` is the inventory tier it is offered under."""

    did: str
    tier: str
    type: str
    state: str = ""
    ratecenter: str = ""
    zip: str = ""

    @property
    def npa(self) -> str:
        return self.did[:3]

    @property
    def tf_code(self) -> str:
        # "code" of listAvailableDids: the two digits after the 8 of 8XX (44 -> 844).
        return self.did[1:3]


@dataclass
class OwnedDid:
    did: str
    tier: str
    type: str
    status: str = "active"
    note: str = ""
    route2trunk: str = ""
    lidb: str = ""
    cnam: str = ""  # "" never set, then "yes"/"no"  # project-defined read-back
    e911: dict | None = None  # the address; read back only as "yes"  # project-defined
    failover: dict | None = None
    pin: str = ""  # write-only
    forw2did: str = ""  # write-only
    origin: PoolNumber | None = None  # what goes back to the pool on delete

    def row(self) -> dict:
        """The GET /did row (seed L579 shape)."""
        return {
            "did": self.did,
            "status": self.status,
            "tier": self.tier,
            "type": self.type,
            "note": self.note,
            "route2trunk": self.route2trunk,
            "lidb": self.lidb,
            "cnam": self.cnam,
            # project-defined: the seed shows only "" and documents no format when set.
            "e911": "yes" if self.e911 else "",
            "failover": dict(self.failover) if self.failover else "",
        }

    def to_pool(self) -> PoolNumber:
        if self.origin is not None:
            return self.origin
        return PoolNumber(self.did, self.tier, self.type)


@dataclass
class Trunk:
    trunk: str
    type: str = "static"  # static | registration
    status: str = "on"
    ip_address: str = ""
    dynamic_host: str = ""
    password: str = ""
    inter_call: str = "off"
    inter_limit: int | None = None
    failover: dict | None = None

    def row(self, routed_dids: list[str]) -> dict:
        """The GET /siptrunk row (seed L2641 shape; write-only fields are not returned)."""
        return {
            "trunk": self.trunk,
            "type": self.type,
            "status": self.status,
            "ip_address": self.ip_address,
            "routed_dids": routed_dids,
            "inter_call": self.inter_call,
        }


@dataclass
class Account:
    login: str
    password: str
    security_key: str
    allowed_ips: list[str]
    account_id: str = ""
    balance: str = "100.00"
    allowed_credit: str = "0.00"
    allow_registration_trunks: bool = False
    allow_inter_call: bool = True
    dids: dict[str, OwnedDid] = field(default_factory=dict)
    trunks: dict[str, Trunk] = field(default_factory=dict)

    def routed_dids(self, trunk: str) -> list[str]:
        # Routing is stored once, on the DID; the trunk side is derived, so it is always symmetric.
        return sorted(d.did for d in self.dids.values() if d.route2trunk == trunk)


@dataclass
class State:
    accounts: dict[str, Account] = field(default_factory=dict)
    pool: dict[str, PoolNumber] = field(default_factory=dict)
    settings: dict = field(default_factory=lambda: {"status_mode": "default"})

    def trunk_owner(self, name: str) -> Account | None:
        """Trunk names are unique across the whole system, not per account (seed L2591)."""
        for account in self.accounts.values():
            if name in account.trunks:
                return account
        return None

    def did_owner(self, did: str) -> Account | None:
        for account in self.accounts.values():
            if did in account.dids:
                return account
        return None

    def dump(self) -> dict:
        accounts = {}
        for login, acc in self.accounts.items():
            data = asdict(acc)
            data["dids"] = [
                {k: v for k, v in asdict(d).items() if k != "origin"}
                for d in sorted(acc.dids.values(), key=lambda d: d.did)
            ]
            data["trunks"] = [
                {**asdict(t), "routed_dids": acc.routed_dids(t.trunk)}
                for t in sorted(acc.trunks.values(), key=lambda t: t.trunk)
            ]
            accounts[login] = data
        return {
            "accounts": accounts,
            "available": [asdict(p) for p in sorted(self.pool.values(), key=lambda p: p.did)],
            "settings": dict(self.settings),
        }
