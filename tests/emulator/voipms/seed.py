"""The seeded VoIP.ms world (docs/emulator.md "Seeded accounts") and the /_emulator/seed input.
Everything is deterministic: the same account, stock and fax locations after every start and reset."""

from __future__ import annotations

import re

from emulator.carrier import SeedError
from emulator.voipms import dids, e911, fax, lnp, refdata, subaccounts, voicemail
from emulator.voipms.model import Account, State

DEMO_USERNAME = "demo@example.com"
DEMO_PASSWORD = "demo-api-password"
DEMO_MAIN_ACCOUNT = "100000"
DEMO_ALLOWED_IPS = ("127.0.0.1", "::1")
DEMO_BALANCE = 100.0

SETTINGS_DEFAULTS = {
    "e911_manual_delay": 86400,      # e911ProvisionManually: pending for a day
    "lnp_processing_delay": 3600,    # pending_approval -> processing
    "lnp_foc_delay": 86400,          # -> foc_received
    "lnp_complete_delay": 259200,    # -> completed (the FOC date is this day)
    "lnp_list_digits": 10,           # getLNPList numbers as 10 digits or 11 (1NXXNXXXXXX)
    "rate_limit": 0,                 # calls per minute per account; 0 = no limit
    # The window of rate_limit in seconds. VoIP.ms counts per minute; tests shorten it so a
    # budget test does not wait whole minutes (project-defined knob, not a carrier setting).
    "rate_limit_window": 60,
    "maintenance": [],               # methods answering method_maintenance
}
# The last id handed out; the first new object gets the next one (99785, 923: the seed's examples).
COUNTERS = {"subaccount": 99784, "fax": 922, "email_to_fax": 0, "port": 1000, "attachment": 0}
# Values of a seeded sub-account's required fields when the seed item omits them.
SUBACCOUNT_SEED_DEFAULTS = {"protocol": "1", "auth_type": "1", "password": "Demo-Pass-1234", "device_type": "2",
                            "lock_international": "1", "international_route": "1", "music_on_hold": "default",
                            "allowed_codecs": "ulaw;g729;gsm", "dtmf_mode": "auto", "nat": "yes"}
SEED_KEYS = ("accounts", "settings", "stock", "subaccounts", "mailboxes", "dids", "e911", "fax_numbers", "email_to_fax",
             "ports", "lnp_status", "e911_status", "inject")


def _stock_entry(country: str, region: str, ratecenter: str, did: str, sms: str, pin: str) -> dict:
    return {"did": did, "kind": "local", "country": country, "region": region, "ratecenter": ratecenter,
            "sms": sms, "has_port_out_pin": pin}


def _toll_free_entry(did: str) -> dict:
    return {"did": did, "kind": "tf", "country": "TF", "region": "", "ratecenter": "", "sms": "0",
            "has_port_out_pin": "0"}


def build_state() -> State:
    demo = Account(api_username=DEMO_USERNAME, api_password=DEMO_PASSWORD, main_account=DEMO_MAIN_ACCOUNT,
                   api_enabled=True, allowed_ips=list(DEMO_ALLOWED_IPS), balance=DEMO_BALANCE)
    state = State(accounts={DEMO_USERNAME: demo}, settings=dict(SETTINGS_DEFAULTS), counters=dict(COUNTERS))
    state.settings["maintenance"] = []
    entries = []
    for country, region, ratecenter, first, count, sms, pin in refdata.LOCAL_BLOCKS:
        entries += [_stock_entry(country, region, ratecenter, str(int(first) + i), sms, pin) for i in range(count)]
    for country, region, ratecenter, did, sms, pin in refdata.LOCAL_SINGLES:
        entries.append(_stock_entry(country, region, ratecenter, did, sms, pin))
    entries += [_toll_free_entry(did) for did in refdata.TOLL_FREE_SINGLES]
    for npa in refdata.TOLL_FREE_NPAS:
        entries += [_toll_free_entry(f"{npa}55501{i:02d}") for i in range(refdata.TOLL_FREE_BLOCK)]
    for entry in entries:
        state.catalog[entry["did"]] = entry
        state.available.add(entry["did"])
    for location, country, region, ratecenter, area_code, count in refdata.FAX_LOCATIONS:
        state.fax_locations[location] = {
            "location": location, "country": country, "state": region, "ratecenter": ratecenter,
            "area_code": area_code, "stock": [f"{area_code}55507{i:02d}" for i in range(count)]}
    return state


# -- /_emulator/seed ------------------------------------------------------------------------------

def _items(payload: dict, key: str) -> list:
    value = payload.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        raise SeedError(f"{key} must be a list of objects")
    return value


def _text(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return "" if value is None else str(value)


def _did(value, key: str) -> str:
    did = _text(value)
    if not re.fullmatch(r"[2-9][0-9]{9}", did):
        raise SeedError(f"{key}: invalid did {value!r}")
    return did


def _account(state: State, item: dict, key: str) -> Account:
    name = item.get("account", DEMO_USERNAME)
    account = state.accounts.get(name)
    if account is None:
        raise SeedError(f"{key}: unknown account {name!r}")
    return account


def _seed_accounts(state: State, payload: dict) -> None:
    for item in _items(payload, "accounts"):
        name = _text(item.get("api_username"))
        if not name:
            raise SeedError("accounts: api_username is required")
        account = state.accounts.get(name)
        if account is None:
            if not item.get("api_password"):
                raise SeedError("accounts: api_password is required for a new account")
            main = _text(item.get("main_account") or 100000 + len(state.accounts))
            account = Account(api_username=name, api_password=_text(item["api_password"]), main_account=main,
                              allowed_ips=list(DEMO_ALLOWED_IPS), balance=DEMO_BALANCE)
            state.accounts[name] = account
        if "api_password" in item:
            account.api_password = _text(item["api_password"])
        if "api_enabled" in item:
            account.api_enabled = bool(item["api_enabled"])
        if "allowed_ips" in item:
            ips = item["allowed_ips"]
            if isinstance(ips, str):
                ips = [ip.strip() for ip in ips.split(",") if ip.strip()]
            if not isinstance(ips, list):
                raise SeedError("accounts: allowed_ips must be a list or a comma-separated string")
            account.allowed_ips = [_text(ip) for ip in ips]
        if "balance" in item:
            try:
                account.balance = float(item["balance"])
            except (TypeError, ValueError):
                raise SeedError("accounts: balance must be a number") from None
        if "main_account" in item and account.subaccounts:
            raise SeedError("accounts: main_account cannot change once sub-accounts exist")
        if "main_account" in item:
            account.main_account = _text(item["main_account"])


def _seed_settings(state: State, payload: dict) -> None:
    settings = payload.get("settings", {})
    if not isinstance(settings, dict):
        raise SeedError("settings must be an object")
    for key, value in settings.items():
        if key not in SETTINGS_DEFAULTS:
            raise SeedError(f"settings: unknown key {key}")
        if key == "maintenance":
            if not isinstance(value, list):
                raise SeedError("settings: maintenance must be a list of method names")
            state.settings[key] = [_text(v) for v in value]
        elif isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise SeedError(f"settings: {key} must be a number >= 0")
        elif key == "lnp_list_digits" and value not in (10, 11):
            raise SeedError("settings: lnp_list_digits must be 10 or 11")
        else:
            state.settings[key] = value


def _seed_stock(state: State, payload: dict) -> None:
    for item in _items(payload, "stock"):
        did = _did(item.get("did"), "stock")
        if state.owner_of(did) is not None:
            raise SeedError(f"stock: {did} is owned")
        if refdata.npa_country(did) == "TF":
            entry = _toll_free_entry(did)
        else:
            if "province" in item:
                country, region = "CA", _text(item["province"]).upper()
            else:
                country, region = "US", _text(item.get("state")).upper()
            if region not in (refdata.CA_PROVINCES if country == "CA" else refdata.US_STATES):
                raise SeedError(f"stock: {did} needs a valid state or province")
            if not item.get("ratecenter"):
                raise SeedError(f"stock: {did} needs a ratecenter")
            entry = _stock_entry(country, region, _text(item["ratecenter"]), did, _text(item.get("sms", "1")),
                                 _text(item.get("has_port_out_pin", "0")))
        state.catalog[did] = entry
        state.available.add(did)


def _seed_subaccounts(state: State, payload: dict) -> list:
    created = []
    for item in _items(payload, "subaccounts"):
        account = _account(state, item, "subaccounts")
        username = _text(item.get("username"))
        if not re.fullmatch(r"[A-Za-z0-9]{1,32}", username):
            raise SeedError("subaccounts: username must be 1-32 letters or digits")
        if any(r["username"].lower() == username.lower() for r in account.subaccounts.values()):
            raise SeedError(f"subaccounts: {username} exists")
        sub_id = _text(item.get("id")) or state.next_id("subaccount")
        if any(sub_id in acc.subaccounts for acc in state.accounts.values()):
            raise SeedError(f"subaccounts: id {sub_id} exists")
        record = {"id": sub_id, "account": f"{account.main_account}_{username}"}
        record.update(subaccounts.OPTIONAL_DEFAULTS)
        record.update(subaccounts.CREATE_ONLY_DEFAULTS)
        record.update(SUBACCOUNT_SEED_DEFAULTS)
        record.update({k: _text(v) for k, v in item.items() if k in subaccounts.FIELDS and k not in ("id", "account")})
        if record["auth_type"] == "2":
            record["password"] = ""  # IP authentication has no password
        account.subaccounts[sub_id] = record
        created.append(sub_id)
    return created


def _seed_mailboxes(state: State, payload: dict) -> None:
    for item in _items(payload, "mailboxes"):
        account = _account(state, item, "mailboxes")
        mailbox = _text(item.get("mailbox"))
        if not re.fullmatch(r"[0-9]{1,10}", mailbox):
            raise SeedError("mailboxes: mailbox must be 1-10 digits")
        if mailbox in account.mailboxes:
            raise SeedError(f"mailboxes: {mailbox} exists")
        account.mailboxes[mailbox] = voicemail.new_mailbox(mailbox, {k: _text(v) for k, v in item.items()})


def _seed_dids(state: State, payload: dict, now: float) -> None:
    for item in _items(payload, "dids"):
        account = _account(state, item, "dids")
        did = _did(item.get("did"), "dids")
        if state.owner_of(did) is not None:
            raise SeedError(f"dids: {did} is owned")
        entry = state.catalog.get(did)
        toll_free = refdata.npa_country(did) == "TF"
        if entry is not None:
            description, sms, kind = dids.description_of(entry), entry["sms"], entry["kind"]
        else:
            description, sms, kind = ("TOLL FREE", "0", "tf") if toll_free else ("", "1", "ported")
        fields = {"routing": f"account:{account.main_account}", "pop": refdata.DEFAULT_POP, "dialtime": "60",
                  "cnam": "0", "billing_type": "1"}
        fields.update({k: _text(v) for k, v in item.items() if k in dids.DID_DEFAULTS and k != "did"})
        fields.setdefault("sms_available", sms)
        if "record_calls" in item:
            fields["_record_calls"] = _text(item["record_calls"])
        record = dids.new_did(did, fields.pop("description", description), now, fields.pop("sms_available"), kind,
                              **fields)
        pin = item.get("has_port_out_pin", entry["has_port_out_pin"] if entry else "0")
        record["_has_port_out_pin"] = _text(pin)
        state.available.discard(did)
        account.dids[did] = record


def _seed_e911(state: State, payload: dict, now: float) -> None:
    for item in _items(payload, "e911"):
        account = _account(state, item, "e911")
        did = _did(item.get("did"), "e911")
        if did not in account.dids:
            raise SeedError(f"e911: {did} is not a DID of the account")
        status = _text(item.get("status", "active"))
        if status not in ("active", "pending"):
            raise SeedError("e911: status must be active or pending")
        record = {name: _text(item.get(name, "")) for name in e911.INFO_FIELDS}
        record.update(did=did, status=e911.ACTIVE if status == "active" else e911.PENDING,
                      street_name=record["street_name"].upper(), city=record["city"].upper())
        if status == "pending":
            record["_activate_at"] = now + float(state.settings["e911_manual_delay"])
        account.e911[did] = record
        account.dids[did]["e911"] = "1" if status == "active" else "0"


def _seed_fax_numbers(state: State, payload: dict) -> list:
    created = []
    for item in _items(payload, "fax_numbers"):
        account = _account(state, item, "fax_numbers")
        did = _did(item.get("did"), "fax_numbers")
        if state.owner_of(did) is not None:
            raise SeedError(f"fax_numbers: {did} is owned")
        location = state.fax_locations.get(_text(item.get("location")))
        if location is None:
            country = _text(item.get("country", "US")).upper()
            if country not in refdata.COUNTRY_NAMES:
                raise SeedError("fax_numbers: country must be US or CA")
            location = {"location": "", "country": country, "state": _text(item.get("state", "")).upper(),
                        "ratecenter": _text(item.get("city", "")).upper()}
        for loc in state.fax_locations.values():
            if did in loc["stock"]:
                loc["stock"].remove(did)
        number_id = _text(item.get("id")) or state.next_id("fax")
        if any(number_id in acc.fax_numbers for acc in state.accounts.values()):
            raise SeedError(f"fax_numbers: id {number_id} exists")
        derived = ("id", "did", "description", "state", "city", "country")  # from the location
        settings = {k: _text(v) for k, v in item.items() if k in fax.FAX_FIELDS and k not in derived}
        account.fax_numbers[number_id] = fax.new_fax_number(number_id, did, location, settings)
        created.append(number_id)
    return created


def _seed_email_to_fax(state: State, payload: dict) -> list:
    created = []
    for item in _items(payload, "email_to_fax"):
        account = _account(state, item, "email_to_fax")
        email = _text(item.get("email"))
        if "@" not in email:
            raise SeedError("email_to_fax: email is required")
        if any(r["email"].lower() == email.lower() for r in account.email_to_fax.values()):
            raise SeedError(f"email_to_fax: {email} exists")
        number = account.fax_by_did(_text(item.get("from")))
        if number is None:
            raise SeedError("email_to_fax: from must be a fax number of the account")
        e2f_id = _text(item.get("id")) or state.next_id("email_to_fax")
        if e2f_id in account.email_to_fax:
            raise SeedError(f"email_to_fax: id {e2f_id} exists")
        account.email_to_fax[e2f_id] = {
            "id": e2f_id, "enabled": _text(item.get("enabled", "1")), "email": email,
            "security_code": _text(item.get("security_code", "1234")),
            "security_code_enabled": _text(item.get("security_code_enabled", "1")), "_from_id": number["id"]}
        created.append(e2f_id)
    return created


def _find_port(state: State, port_id: str):
    for account in state.accounts.values():
        if port_id in account.ports:
            return account, account.ports[port_id]
    raise SeedError(f"unknown port {port_id}")


def _seed_ports(state: State, payload: dict, now: float) -> list:
    ids = []
    for item in _items(payload, "ports"):
        account = _account(state, item, "ports")
        numbers = item.get("numbers")
        if isinstance(numbers, str):
            numbers = [n.strip() for n in numbers.split(",") if n.strip()]
        if not isinstance(numbers, list) or not numbers:
            raise SeedError("ports: numbers is required")
        values = {name: _text(item.get(name, "")) for name in lnp.DETAIL_FIELDS}
        values["numbers"] = [_did(n, "ports") for n in numbers]
        default_type = "3" if refdata.npa_country(values["numbers"][0]) == "TF" else "1"
        values["portType"] = values["portType"] or default_type
        values["tfType"] = values["tfType"] or "0"
        for flag in ("isPartial", "locationType", "isMobile"):
            values[flag] = values[flag] or "0"
        created = float(item.get("created", now))
        port = lnp.create_port(state, account, values, created)
        ids.append(port["id"])
        status = _text(item.get("status", "pending_approval"))
        if status not in refdata.LNP_STATUSES:
            raise SeedError(f"ports: unknown status {status}")
        if status != "pending_approval":
            lnp.move(state, account, port, status, now, _text(item.get("reason")), _text(item.get("foc_date")))
    return ids


def _seed_lnp_status(state: State, payload: dict, now: float) -> None:
    for item in _items(payload, "lnp_status"):
        account, port = _find_port(state, _text(item.get("portid")))
        status = _text(item.get("status"))
        if status not in refdata.LNP_STATUSES:
            raise SeedError(f"lnp_status: unknown status {status}")
        if status == "pending_approval":
            port["post_status"] = status
        else:
            lnp.move(state, account, port, status, now, _text(item.get("reason")), _text(item.get("foc_date")))


def _seed_e911_status(state: State, payload: dict) -> None:
    for item in _items(payload, "e911_status"):
        account = _account(state, item, "e911_status")
        did = _did(item.get("did"), "e911_status")
        if did not in account.e911:
            raise SeedError(f"e911_status: {did} has no e911 record")
        if _text(item.get("status", "active")) != "active":
            raise SeedError("e911_status: status must be active")
        e911.activate(account, did)


def _seed_inject(state: State, payload: dict) -> None:
    for item in _items(payload, "inject"):
        if not item.get("method") or not item.get("status"):
            raise SeedError("inject: method and status are required")
        times = item.get("times", 1)
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise SeedError("inject: times must be an integer >= 1")
        rule = {"method": _text(item["method"]), "status": _text(item["status"]), "times": times}
        if item.get("message") is not None:
            rule["message"] = _text(item["message"])
        state.inject.append(rule)


def apply_seed(state: State, payload: dict, now: float) -> dict:
    unknown = sorted(set(payload) - set(SEED_KEYS))
    if unknown:
        raise SeedError(f"unknown seed keys: {', '.join(unknown)}")
    _seed_accounts(state, payload)
    _seed_settings(state, payload)
    _seed_stock(state, payload)
    summary = {"subaccounts": _seed_subaccounts(state, payload)}
    _seed_mailboxes(state, payload)
    _seed_dids(state, payload, now)
    _seed_e911(state, payload, now)
    summary["fax_numbers"] = _seed_fax_numbers(state, payload)
    summary["email_to_fax"] = _seed_email_to_fax(state, payload)
    summary["ports"] = _seed_ports(state, payload, now)
    _seed_lnp_status(state, payload, now)
    _seed_e911_status(state, payload)
    _seed_inject(state, payload)
    # the ids of the objects created, so a test can address them
    return {key: ids for key, ids in summary.items() if ids}
