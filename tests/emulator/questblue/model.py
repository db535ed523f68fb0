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
    # SMS config (PUT /sms; only tier-1b numbers have one): the write enum and its fields.
    sms_mode: str = "none"  # email | xmpp | both | url | none
    sms_email: str = ""
    sms_xmpp_name: str = ""  # write-only
    sms_xmpp_password: str = ""  # write-only
    sms_url: str = ""
    origin: PoolNumber | None = None  # what goes back to the pool on delete (None: ported in)

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

    def sms_row(self) -> dict:
        """The GET /sms row (seed L2720/L2736): display strings, read-side key names."""
        row = {"did": self.did, "sms_enabled": "off" if self.sms_mode == "none" else "on",
               "sms_mode": SMS_DISPLAY[self.sms_mode]}
        if self.sms_mode in ("email", "both"):
            row["email2forward"] = self.sms_email
        if self.sms_mode == "url":
            row["post2url"] = self.sms_url
        return row


# PUT /sms enum -> the GET /sms display string (digest §4.3). "Email" and "XMPP" are not in the
# seed.  # project-defined
SMS_DISPLAY = {
    "both": "Email and XMPP",
    "url": "Post SMS to URL",
    "email": "Email",  # project-defined
    "xmpp": "XMPP",  # project-defined
    "none": "SMS Disabled",
}


@dataclass
class FaxDid:
    """A fax number (iFax Enterprise `/fax2` or iFax Pro `/fax`), separate from voice DIDs."""

    did: str
    service: str  # enterprise | pro
    did_type: str  # local | tf
    status: str = "active"
    note: str = ""
    pin: str = ""  # write-only
    sname: str = ""  # enterprise: the group ("" = no fax account)
    fax_name: str = ""  # pro account fields; fax_email and fax_password are write-only
    fax_email: str = ""
    fax_login: str = ""
    fax_password: str = ""
    origin: PoolNumber | None = None

    def enterprise_row(self) -> dict:
        # digest Q15: enterprise rows carry sname (seed Output L831), not the Pro account fields.
        return {"did": self.did, "status": self.status, "did_type": self.did_type, "note": self.note,
                "sname": self.sname}

    def pro_row(self) -> dict:
        return {"did": self.did, "status": self.status, "did_type": self.did_type, "note": self.note,
                "fax_name": self.fax_name, "fax_login": self.fax_login}


@dataclass
class FaxGroup:
    sname: str
    name: str


@dataclass
class FaxUser:
    fax_login: str
    fax_password: str
    sname: str
    fax_name: str
    fax_lname: str = ""
    fax_email: str = ""  # write-only
    is_admin: str = "off"

    def row(self) -> dict:
        # Seed L1137: login/password (not fax_*), the password in plaintext, no fax_email.
        return {"sname": self.sname, "fax_name": self.fax_name, "fax_lname": self.fax_lname,
                "login": self.fax_login, "password": self.fax_password, "is_admin": self.is_admin}


@dataclass
class FaxPermit:
    fax_login: str
    did: str
    allow_send: str
    allow_delete: str
    allow_list_in: str
    allow_list_out: str
    create_date: str

    def row(self) -> dict:
        return {"create_date": self.create_date, "fax_login": self.fax_login, "did": self.did,
                "allow_send": self.allow_send, "allow_delete": self.allow_delete,
                "allow_list_in": self.allow_list_in, "allow_list_out": self.allow_list_out}


@dataclass
class EmailPermit:
    did: str
    email: str
    allow_send: str = "off"
    allow_receive: str = "off"


LNP_ACTIVE = ("draft", "submitted", "foc", "rejected")  # listed by GET /lnp  # project-defined

# GET /lnp row keys in seed order (L2174); the rest of a request is write-only.
LNP_ROW_FIELDS = (
    "did_mode", "trunk", "partial_port", "location", "company", "wireless_no", "lidb_list",
    "provider_name", "account_no", "authorize_contact", "contact_title", "street_no", "dir_prefix",
    "street_name", "dir_suffix", "service_unit", "city", "zipcode", "billing_telephone_no",
)


@dataclass
class LnpRequest:
    id: str
    number2port: str
    fields: dict  # every create/update field as stored (write-only ones included)
    created: float  # emulator clock
    status: str = "submitted"
    submitted: float = 0.0  # when the FOC timer started
    foc_at: float | None = None  # the FOC date as a timestamp once assigned
    reason: str = ""  # rejected only

    def row(self, foc_date: str, created_by: str) -> dict:
        row = {"number2port": self.number2port, "id": self.id, "created_by": created_by,
               "status": self.status, "foc_date": foc_date}
        for key in LNP_ROW_FIELDS:
            row[key] = self.fields.get(key, "")
        if self.status == "rejected":
            row["reason"] = self.reason  # project-defined
        return row


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
    fax_dids: dict[str, FaxDid] = field(default_factory=dict)
    fax_groups: dict[str, FaxGroup] = field(default_factory=dict)
    fax_users: dict[str, FaxUser] = field(default_factory=dict)
    fax_permits: dict[tuple, FaxPermit] = field(default_factory=dict)  # (fax_login, did)
    fax_emails: dict[tuple, EmailPermit] = field(default_factory=dict)  # (did, email lower case)
    lnp: dict[str, LnpRequest] = field(default_factory=dict)  # id -> request
    sms_log: list = field(default_factory=list)  # POST /sms sends (no delivery is emulated)

    def routed_dids(self, trunk: str) -> list[str]:
        # Routing is stored once, on the DID; the trunk side is derived, so it is always symmetric.
        return sorted(d.did for d in self.dids.values() if d.route2trunk == trunk)


@dataclass
class State:
    accounts: dict[str, Account] = field(default_factory=dict)
    pool: dict[str, PoolNumber] = field(default_factory=dict)
    fax_pool: dict[str, PoolNumber] = field(default_factory=dict)  # tier "" (fax has no tiers)
    settings: dict = field(default_factory=lambda: {"status_mode": "default"})
    next_lnp_id: int = 10001  # project-defined: request ids are sequential

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

    def fax_owner(self, did: str) -> Account | None:
        for account in self.accounts.values():
            if did in account.fax_dids:
                return account
        return None

    def with_questblue(self, did: str) -> bool:
        """Owned by some account (voice or fax) or offered in a pool: nothing to port in."""
        return did in self.pool or did in self.fax_pool or self.did_owner(did) is not None \
            or self.fax_owner(did) is not None

    def fax_group_owner(self, sname: str) -> Account | None:
        for account in self.accounts.values():
            if sname in account.fax_groups:
                return account
        return None

    def fax_user_owner(self, login: str) -> Account | None:
        for account in self.accounts.values():
            if login in account.fax_users:
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
            data["fax_dids"] = [
                {k: v for k, v in asdict(d).items() if k != "origin"}
                for d in sorted(acc.fax_dids.values(), key=lambda d: d.did)
            ]
            data["fax_groups"] = [asdict(g) for g in sorted(acc.fax_groups.values(), key=lambda g: g.sname)]
            data["fax_users"] = [asdict(u) for u in sorted(acc.fax_users.values(), key=lambda u: u.fax_login)]
            data["fax_permits"] = [asdict(acc.fax_permits[k]) for k in sorted(acc.fax_permits)]
            data["fax_emails"] = [asdict(acc.fax_emails[k]) for k in sorted(acc.fax_emails)]
            # Every request, cancelled and completed ones too, with the write-only fields.
            data["lnp"] = [asdict(r) for r in sorted(acc.lnp.values(), key=lambda r: int(r.id))]
            accounts[login] = data
        return {
            "accounts": accounts,
            "available": [asdict(p) for p in sorted(self.pool.values(), key=lambda p: p.did)],
            "fax_available": [asdict(p) for p in sorted(self.fax_pool.values(), key=lambda p: p.did)],
            "settings": dict(self.settings),
        }
