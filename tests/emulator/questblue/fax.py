"""Fax numbers: the search (GET /fax/states, /fax/ratecenters = /ratecenters, /fax/available),
iFax Enterprise (/fax2, /fax2/group, /fax2/user, /fax2/permit, /fax2/email) and iFax Pro (/fax).
Digest §3.3, §3.4, §4.5, §6.2, §6.5.

Fax numbers come from their own pool (``State.fax_pool``) and are held apart from the voice
inventory of /did. A fax number is either an Enterprise DID (in a group, `sname`) or a Pro DID
(with an optional iFax.pro account on it).
"""

from __future__ import annotations

import time

from emulator.questblue import envelope, seed
from emulator.questblue import validate as v
from emulator.questblue.catalog import AVAILABLE_LIMIT, _optional, _state_code
from emulator.questblue.dids import ORDER_ERROR, pattern_filter
from emulator.questblue.model import EmailPermit, FaxDid, FaxGroup, FaxPermit, FaxUser

# project-defined: the fax lists document no per_page range (seed L841, L1137); 1-200, default 25.
PAGE = (1, 200, 25)
NOTE_MAX = 255  # project-defined: the seed gives no length for fax notes


# -- search ------------------------------------------------------------------------------------

def list_states(ctx) -> envelope.Outcome:
    return envelope.data(envelope.listing(list(seed.STATES)))


def list_rate_centers(ctx) -> envelope.Outcome:
    state = _state_code(v.required(ctx.params, "state"))
    # A list of names (seed Output L719), unlike /did/ratecenters' map (digest Q14). No tier.
    return envelope.data(envelope.listing(seed.fax_rate_centers(ctx.state, state)))


def list_available(ctx) -> envelope.Outcome:
    p = ctx.params
    kind = v.to_enum("type", v.required(p, "type"), ("local", "tf"))
    # There is no tier parameter (digest Q47): a `tier` sent anyway is ignored.
    if kind == "local":
        zip_code, npa = _optional(p, "zip"), _optional(p, "npa")
        state, ratecenter = _optional(p, "state"), _optional(p, "ratecenter")
        zip_code = v.to_digits("zip", zip_code, 5) if zip_code is not None else None
        npa = v.to_digits("npa", npa, 3) if npa is not None else None
        state = _state_code(state) if state is not None else None
        ratecenter = v.to_str("ratecenter", ratecenter).strip().upper() if ratecenter is not None else None
        if zip_code is not None:  # precedence zip > npa > state/ratecenter, as for /did/available
            wanted = {"zip": zip_code}
        elif npa is not None:
            wanted = {"npa": npa}
        elif state is None:
            raise v.missing("state")
        elif ratecenter is None:
            raise v.missing("ratecenter")
        else:
            wanted = {"state": state, "ratecenter": ratecenter}
    else:
        code = _optional(p, "code")
        wanted = {"tf_code": v.to_digits("code", code, 2)} if code is not None else {}
    numbers = sorted(n.did for n in ctx.state.fax_pool.values()
                     if n.type == kind and all(getattr(n, k) == val for k, val in wanted.items()))
    return envelope.data(envelope.listing(numbers[:AVAILABLE_LIMIT]))


# -- shared --------------------------------------------------------------------------------------

def _switch(params: dict, name: str, *, required_: bool = True):
    value = params.get(name)
    if value in (None, ""):
        if required_:
            raise v.missing(name)
        return None
    return v.to_switch(name, value)


def _order_fax(ctx, service: str) -> FaxDid:
    """Take a number out of the fax pool (validation done by the caller)."""
    did = v.to_did("did", v.required(ctx.params, "did"))
    entry = ctx.state.fax_pool.get(did)
    if entry is None:
        raise v.QBError(ORDER_ERROR)  # seed string, reused for fax orders  # project-defined
    return FaxDid(did=did, service=service, did_type=entry.type, origin=entry)


def _release(ctx, record: FaxDid) -> None:
    del ctx.account.fax_dids[record.did]
    if record.origin is not None:  # ported-in numbers are not offered again
        ctx.state.fax_pool[record.did] = record.origin
    for key in [k for k in ctx.account.fax_permits if k[1] == record.did]:
        del ctx.account.fax_permits[key]
    for key in [k for k in ctx.account.fax_emails if k[0] == record.did]:
        del ctx.account.fax_emails[key]


def _owned_fax(ctx, service: str, name: str = "did") -> FaxDid:
    did = v.to_did(name, v.required(ctx.params, name))
    record = ctx.account.fax_dids.get(did)
    if record is None or record.service != service:
        raise v.not_found("Fax DID", did)  # project-defined kind
    return record


def _note(params: dict):
    return v.max_len("note", params["note"], NOTE_MAX) if params["note"] != "" else ""


def _list(ctx, records, row) -> envelope.Outcome:
    records = sorted(records, key=lambda d: d.did)
    match = pattern_filter(ctx.params)
    if match is not None:
        records = [d for d in records if match(d.did)]
    return envelope.data(envelope.paginate([row(d) for d in records], ctx.params, *PAGE))


# -- iFax Enterprise DIDs: /fax2 ---------------------------------------------------------------

def _group(ctx, name: str = "sname"):
    sname = v.req_str(ctx.params, name)
    group = ctx.account.fax_groups.get(sname)
    if group is None:
        raise v.not_found("Fax group", sname)  # project-defined kind
    return group


def order_fax2(ctx) -> envelope.Outcome:
    p = ctx.params
    v.to_did("did", v.required(p, "did"))  # a bad number is a parameter error, not an order error
    group = _group(ctx)
    note = _note(p) if v.given(p, "note") else ""
    pin = v.to_pin("pin", p["pin"]) if p.get("pin") not in (None, "") else ""  # "4 digit" (L804)
    record = _order_fax(ctx, "enterprise")
    record.sname, record.note, record.pin = group.sname, note, pin
    del ctx.state.fax_pool[record.did]
    ctx.account.fax_dids[record.did] = record
    return envelope.empty()


def list_fax2(ctx) -> envelope.Outcome:
    records = [d for d in ctx.account.fax_dids.values() if d.service == "enterprise"]
    return _list(ctx, records, lambda d: d.enterprise_row())


def update_fax2(ctx) -> envelope.Outcome:
    record = _owned_fax(ctx, "enterprise")
    p = ctx.params
    changes = {}
    if v.given(p, "note"):
        changes["note"] = _note(p)
    if v.given(p, "pin"):
        changes["pin"] = "" if p["pin"] == "" else v.to_pin("pin", p["pin"])
    if v.given(p, "sname"):
        # "Set an empty value to remove current group (delete Fax account)" (seed L878).
        changes["sname"] = "" if p["sname"] == "" else _group(ctx).sname
    new_group = changes.get("sname", record.sname)
    if new_group != record.sname:
        # The DID leaves its group: user permissions on it go (they belong to the old group's
        # users); with the fax account deleted (sname "") its email permissions go too.  # project-defined
        for key in [k for k in ctx.account.fax_permits if k[1] == record.did]:
            del ctx.account.fax_permits[key]
        if new_group == "":
            for key in [k for k in ctx.account.fax_emails if k[0] == record.did]:
                del ctx.account.fax_emails[key]
    for key, value in changes.items():
        setattr(record, key, value)
    return envelope.empty()


def delete_fax2(ctx) -> envelope.Outcome:
    _release(ctx, _owned_fax(ctx, "enterprise"))
    return envelope.empty()


# -- groups: /fax2/group -----------------------------------------------------------------------

def create_group(ctx) -> envelope.Outcome:
    sname = v.req_str(ctx.params, "sname", 24)
    name = v.req_str(ctx.params, "name", 128)
    # project-defined: short names are unique system-wide, like trunk names.
    if ctx.state.fax_group_owner(sname) is not None:
        raise v.already_exists("Fax group", sname)
    ctx.account.fax_groups[sname] = FaxGroup(sname, name)
    return envelope.empty()  # the seed's reply is a copy of listGroups (digest Q23)


def list_groups(ctx) -> envelope.Outcome:
    groups = sorted(ctx.account.fax_groups.values(), key=lambda g: g.sname)
    sname = _optional(ctx.params, "sname")
    if sname is not None:
        sname = v.to_str("sname", sname).strip()
        groups = [g for g in groups if g.sname == sname]  # unknown name: empty list
    # Shape C, no paging (seed L989).
    return envelope.data(envelope.listing([{"sname": g.sname, "name": g.name} for g in groups]))


def update_group(ctx) -> envelope.Outcome:
    group = _group(ctx)
    new_sname = v.req_str(ctx.params, "sname_new", 24)
    new_name = v.req_str(ctx.params, "name_new", 128)
    if new_sname != group.sname and ctx.state.fax_group_owner(new_sname) is not None:
        raise v.already_exists("Fax group", new_sname)
    old = group.sname
    del ctx.account.fax_groups[old]
    group.sname, group.name = new_sname, new_name
    ctx.account.fax_groups[new_sname] = group
    # A rename carries the group's users and DIDs along.
    for user in ctx.account.fax_users.values():
        if user.sname == old:
            user.sname = new_sname
    for record in ctx.account.fax_dids.values():
        if record.service == "enterprise" and record.sname == old:
            record.sname = new_sname
    return envelope.empty()


def delete_group(ctx) -> envelope.Outcome:
    group = _group(ctx)
    users = any(u.sname == group.sname for u in ctx.account.fax_users.values())
    dids = any(d.service == "enterprise" and d.sname == group.sname for d in ctx.account.fax_dids.values())
    if users or dids:
        raise v.QBError(f"Fax group {group.sname} is not empty")  # project-defined (digest §6.5)
    del ctx.account.fax_groups[group.sname]
    return envelope.empty()


# -- users: /fax2/user -------------------------------------------------------------------------

def _user(ctx) -> FaxUser:
    login = v.req_str(ctx.params, "fax_login")
    user = ctx.account.fax_users.get(login)
    if user is None:
        raise v.not_found("Fax user", login)  # project-defined kind
    return user


def create_user(ctx) -> envelope.Outcome:
    p = ctx.params
    login = v.req_str(p, "fax_login", 36)
    password = v.req_str(p, "fax_password", 64)
    group = _group(ctx)
    fax_name = v.req_str(p, "fax_name", 48)
    fax_lname = v.max_len("fax_lname", p["fax_lname"], 48) if p.get("fax_lname") not in (None, "") else ""
    email = v.to_email("fax_email", p["fax_email"]) if p.get("fax_email") not in (None, "") else ""
    is_admin = _switch(p, "is_admin", required_=False) or "off"
    # project-defined: logins are unique system-wide (they are iFax web logins).
    if ctx.state.fax_user_owner(login) is not None:
        raise v.already_exists("Fax user", login)
    ctx.account.fax_users[login] = FaxUser(login, password, group.sname, fax_name, fax_lname, email, is_admin)
    return envelope.empty()


def list_users(ctx) -> envelope.Outcome:
    users = sorted(ctx.account.fax_users.values(), key=lambda u: u.fax_login)
    sname, login = _optional(ctx.params, "sname"), _optional(ctx.params, "fax_login")
    if sname is not None:
        users = [u for u in users if u.sname == v.to_str("sname", sname).strip()]
    if login is not None:
        users = [u for u in users if u.fax_login == v.to_str("fax_login", login).strip()]
    return envelope.data(envelope.paginate([u.row() for u in users], ctx.params, *PAGE))


def update_user(ctx) -> envelope.Outcome:
    user = _user(ctx)
    p = ctx.params
    changes = {}
    if v.given(p, "fax_password"):
        changes["fax_password"] = v.max_len("fax_password", p["fax_password"], 64, required_=True)
    if v.given(p, "fax_name"):
        changes["fax_name"] = v.max_len("fax_name", p["fax_name"], 48, required_=True)
    if v.given(p, "fax_lname"):  # "" clears the optional last name  # project-defined
        changes["fax_lname"] = v.max_len("fax_lname", p["fax_lname"], 48)
    if v.given(p, "fax_email"):
        changes["fax_email"] = "" if p["fax_email"] == "" else v.to_email("fax_email", p["fax_email"])
    if p.get("is_admin") not in (None, ""):
        changes["is_admin"] = v.to_switch("is_admin", p["is_admin"])
    for key, value in changes.items():
        setattr(user, key, value)
    return envelope.empty()


def delete_user(ctx) -> envelope.Outcome:
    user = _user(ctx)
    del ctx.account.fax_users[user.fax_login]
    for key in [k for k in ctx.account.fax_permits if k[0] == user.fax_login]:
        del ctx.account.fax_permits[key]  # the user's permissions go with the user
    return envelope.empty()


# -- user permissions: /fax2/permit ------------------------------------------------------------

def _create_date(now: float) -> str:
    # Seed L1273: "Mar 12, 2019" (no zero padding of the day, L1260 "Feb 3, 2020").
    t = time.gmtime(now)
    return f"{time.strftime('%b', t)} {t.tm_mday}, {t.tm_year}"


# The permission writes take the seed's write names only; the names the lists answer with are
# refused there, so a client that mixes the two up is told instead of silently ignored.
PERMIT_WRITE_NAMES = {"allow_list_out": "list_sent"}  # seed L1247 (write) vs L1273 (read)
EMAIL_WRITE_NAMES = {"allow_receive": "allow_recieve"}  # seed L1357 (write, sic) vs L1383 (read)


def _refuse_read_names(params: dict, write_names: dict) -> None:
    for read_name, write_name in write_names.items():
        if read_name in params:
            raise v.QBError(f"Unknown parameter {read_name}; use {write_name}")  # project-defined


def upsert_permit(ctx) -> envelope.Outcome:
    p = ctx.params
    _refuse_read_names(p, PERMIT_WRITE_NAMES)
    user = _user(ctx)
    record = _owned_fax(ctx, "enterprise")
    if record.status != "active":
        raise v.QBError(f"DID {record.did} is not active")  # project-defined
    if record.sname != user.sname:
        # project-defined: permissions are given within a group (company).
        raise v.QBError(f"DID {record.did} is not in fax group {user.sname}")  # project-defined
    flags = {
        "allow_send": _switch(p, "allow_send"),
        "allow_delete": _switch(p, "allow_delete"),
        "allow_list_in": _switch(p, "allow_list_in"),
        # Written as list_sent, stored and listed as allow_list_out (seed L1247, L1273).
        "allow_list_out": _switch(p, "list_sent"),
    }
    key = (user.fax_login, record.did)
    existing = ctx.account.fax_permits.get(key)
    created = existing.create_date if existing else _create_date(ctx.now)
    ctx.account.fax_permits[key] = FaxPermit(user.fax_login, record.did, create_date=created, **flags)
    return envelope.empty()


def list_permits(ctx) -> envelope.Outcome:
    keys = sorted(ctx.account.fax_permits)
    login, did = _optional(ctx.params, "fax_login"), _optional(ctx.params, "did")
    if login is not None:
        keys = [k for k in keys if k[0] == v.to_str("fax_login", login).strip()]
    if did is not None:
        keys = [k for k in keys if k[1] == v.to_did("did", did)]
    rows = [ctx.account.fax_permits[k].row() for k in keys]
    return envelope.data(envelope.paginate(rows, ctx.params, *PAGE))


def delete_permit(ctx) -> envelope.Outcome:
    login = v.req_str(ctx.params, "fax_login")
    did = v.to_did("did", v.required(ctx.params, "did"))
    if (login, did) not in ctx.account.fax_permits:
        raise v.not_found("Fax permission", f"{login}/{did}")  # project-defined kind
    del ctx.account.fax_permits[(login, did)]
    return envelope.empty()


# -- email permissions: /fax2/email ------------------------------------------------------------

def upsert_email(ctx) -> envelope.Outcome:
    p = ctx.params
    _refuse_read_names(p, EMAIL_WRITE_NAMES)
    record = _owned_fax(ctx, "enterprise")
    email = v.to_email("email", v.required(p, "email"))
    allow_send = _switch(p, "allow_send", required_=False)
    # allow_recieve (sic) is the seed's write name, allow_receive its read name (seed L1357, L1383).
    allow_receive = _switch(p, "allow_recieve", required_=False)
    key = (record.did, email.lower())
    permit = ctx.account.fax_emails.get(key) or EmailPermit(record.did, email)  # new: both "off"  # project-defined
    if allow_send is not None:
        permit.allow_send = allow_send
    if allow_receive is not None:
        permit.allow_receive = allow_receive
    ctx.account.fax_emails[key] = permit
    return envelope.empty()


def list_emails(ctx) -> envelope.Outcome:
    keys = sorted(ctx.account.fax_emails)
    did, email = _optional(ctx.params, "did"), _optional(ctx.params, "email")
    if did is not None:
        keys = [k for k in keys if k[0] == v.to_did("did", did)]
    if email is not None:
        keys = [k for k in keys if k[1] == v.to_str("email", email).strip().lower()]
    rows = []
    for key in keys:
        permit = ctx.account.fax_emails[key]
        record = ctx.account.fax_dids.get(permit.did)
        rows.append({"sname": record.sname if record else "", "did": permit.did, "email": permit.email,
                     "allow_send": permit.allow_send, "allow_receive": permit.allow_receive})
    return envelope.data(envelope.paginate(rows, ctx.params, *PAGE))


def delete_email(ctx) -> envelope.Outcome:
    did = v.to_did("did", v.required(ctx.params, "did"))
    email = v.to_str("email", v.required(ctx.params, "email")).strip()
    key = (did, email.lower())
    if key not in ctx.account.fax_emails:
        raise v.not_found("Email permission", f"{did}/{email}")  # project-defined kind
    del ctx.account.fax_emails[key]
    return envelope.empty()


# -- iFax Pro: /fax ------------------------------------------------------------------------------

PRO_ACCOUNT = ("fax_name", "fax_email", "fax_login", "fax_password")


def _pro_account(ctx, required_: bool) -> dict | None:
    """The four fax_* fields; all are needed to create an iFax.pro account (seed L1725-1728)."""
    p = ctx.params
    if not required_ and all(p.get(k) in (None, "") for k in PRO_ACCOUNT):
        return None
    account = {
        "fax_name": v.req_str(p, "fax_name", 48),  # length as for enterprise users  # project-defined
        "fax_email": v.to_email("fax_email", v.required(p, "fax_email")),
        "fax_login": v.req_str(p, "fax_login", 36),
        "fax_password": v.req_str(p, "fax_password", 64),
    }
    return account


def _check_pro_login(ctx, login: str, did: str) -> None:
    for acc in ctx.state.accounts.values():
        for record in acc.fax_dids.values():
            if record.service == "pro" and record.fax_login == login and record.did != did:
                raise v.already_exists("Fax user", login)  # project-defined


def order_pro(ctx) -> envelope.Outcome:
    p = ctx.params
    v.to_did("did", v.required(p, "did"))
    account = _pro_account(ctx, True)
    note = _note(p) if v.given(p, "note") else ""
    pin = v.to_pin("pin", p["pin"]) if p.get("pin") not in (None, "") else ""
    _check_pro_login(ctx, account["fax_login"], "")
    record = _order_fax(ctx, "pro")
    record.note, record.pin = note, pin
    for key, value in account.items():
        setattr(record, key, value)
    del ctx.state.fax_pool[record.did]
    ctx.account.fax_dids[record.did] = record
    return envelope.empty()


def list_pro(ctx) -> envelope.Outcome:
    records = [d for d in ctx.account.fax_dids.values() if d.service == "pro"]
    return _list(ctx, records, lambda d: d.pro_row())


def _unset(value) -> bool:
    # digest Q49: any non-empty value other than no/off removes the account.
    if value is True:
        return True
    return value not in (None, "", False) and v.to_str("unset_acc", value).strip().lower() not in ("no", "off", "")


def update_pro(ctx) -> envelope.Outcome:
    record = _owned_fax(ctx, "pro")
    p = ctx.params
    changes = {}
    if v.given(p, "note"):
        changes["note"] = _note(p)
    if v.given(p, "pin"):
        # "min 4 char" here (seed L1723), "4 digit" on order (digest Q42).
        changes["pin"] = "" if p["pin"] == "" else v.to_pin("pin", p["pin"], exact=None)
    if _unset(p.get("unset_acc")):
        changes.update({k: "" for k in PRO_ACCOUNT})  # overrides fax_* in the same request
    else:
        account = _pro_account(ctx, False)
        if account is not None:
            _check_pro_login(ctx, account["fax_login"], record.did)
            changes.update(account)
    for key, value in changes.items():
        setattr(record, key, value)
    return envelope.empty()


def delete_pro(ctx) -> envelope.Outcome:
    _release(ctx, _owned_fax(ctx, "pro"))
    return envelope.empty()
