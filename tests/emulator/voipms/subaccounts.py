"""Sub-accounts (the VoIP.ms stand-in for SIP trunks): create, read, replace, delete (digest §3.2.1,
§4.2, §6.4)."""

from __future__ import annotations

import ipaddress
import re

from emulator.voipms import check, refdata
from emulator.voipms.check import required
from emulator.voipms.errors import ApiError
from emulator.voipms.model import public, utc

CORE_REQUIRED = [("auth_type", "missing_authtype"), ("device_type", "missing_devicetype"),
                 ("lock_international", "missing_lockinternational"),
                 ("international_route", "missing_internationalroute"), ("music_on_hold", "missing_musiconhold"),
                 ("allowed_codecs", "missing_allowedcodecs"), ("dtmf_mode", "missing_dtmfmode"), ("nat", "missing_nat")]
CREATE_REQUIRED = [("username", "missing_username"), ("protocol", "missing_protocol")] + CORE_REQUIRED

# getSubAccounts field order (seed L1525-1566).
FIELDS = ("id", "account", "username", "description", "protocol", "auth_type", "password", "ip", "device_type",
          "callerid_number", "canada_routing", "lock_international", "international_route", "music_on_hold",
          "language", "allowed_codecs", "dtmf_mode", "nat", "sip_traffic", "max_expiry", "rtp_timeout",
          "rtp_hold_timeout", "ip_restriction", "enable_ip_restriction", "pop_restriction", "enable_pop_restriction",
          "send_bye", "record_calls", "internal_extension", "internal_voicemail", "internal_dialtime",
          "reseller_client", "reseller_package", "reseller_nextbilling", "transcribe", "transcription_locale",
          "transcription_email", "parking_lot")
# project-defined: values of the optional fields when not sent (create) or omitted (setSubAccount
# replaces the whole record).
OPTIONAL_DEFAULTS = {
    "description": "", "password": "", "ip": "", "callerid_number": "", "canada_routing": "1", "language": "en",
    "record_calls": "0", "sip_traffic": "0", "max_expiry": "3600", "rtp_timeout": "60", "rtp_hold_timeout": "600",
    "ip_restriction": "", "enable_ip_restriction": "0", "pop_restriction": "", "enable_pop_restriction": "0",
    "send_bye": "1", "internal_extension": "", "internal_voicemail": "", "internal_dialtime": "60",
    "reseller_client": "", "reseller_package": "", "reseller_nextbilling": "", "parking_lot": "", "_allow225": "0",
}
CREATE_ONLY_DEFAULTS = {"transcribe": "0", "transcription_locale": "", "transcription_email": ""}
PASSWORD_CHARS = re.compile(r"^[A-Za-z0-9!#$%&/()=?*\[\]_:.,{}+\-]+$")
# project-defined list for weak_password (compared case-insensitively)
WEAK_PASSWORDS = frozenset(("password1", "passw0rd", "password123", "welcome1", "qwerty123", "abc12345", "abcd1234",
                            "admin123", "letmein1", "voipms123"))
# reserved_ip "This is a reserved IP used by VoIP.ms or other Companies": the POP addresses, and
# (project-defined) every range the Internet cannot reach a PBX at: "this network", private,
# shared (CGN), loopback, link-local, multicast and reserved. The documentation ranges stay usable.
RESERVED_NETS = [ipaddress.IPv4Network(n) for n in ("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
                                                    "169.254.0.0/16", "172.16.0.0/12", "192.168.0.0/16", "224.0.0.0/4",
                                                    "240.0.0.0/4")]


def _password(value: str) -> str:
    if not PASSWORD_CHARS.match(value):
        raise ApiError("invalid_password_ilegal_characters")
    if len(value) < 8:
        raise ApiError("invalid_password_lessthan_8characters_long")
    if not re.search(r"[a-z]", value):
        raise ApiError("invalid_password_missing_lowercase")
    if not re.search(r"[A-Z]", value):
        raise ApiError("invalid_password_missing_uppercase")
    if not re.search(r"[0-9]", value):
        raise ApiError("invalid_password_missing_number")
    if value.lower() in WEAK_PASSWORDS:
        raise ApiError("weak_password")
    return value


def _ip(value: str) -> str:
    address = check.ipv4(value)
    if address is None:
        raise ApiError("invalid_ip")
    if any(address in net for net in RESERVED_NETS) or str(address) in refdata.SERVER_IPS:
        raise ApiError("reserved_ip")
    return str(address)


def _table(value: str, table, code: str) -> str:
    return check.in_table(value, table, code)


def _validate(ctx, protocol: str, creating: bool) -> dict:
    """Pass 2: every present parameter, in the documented order; conditional requirements inline."""
    params = ctx.params
    get = params.get
    out = {}
    if creating:
        if not re.fullmatch(r"[A-Za-z0-9]{1,32}", get("username")):
            raise ApiError("invalid_username")
        out["username"] = get("username")
        out["protocol"] = protocol = _table(get("protocol"), refdata.PROTOCOLS, "invalid_protocol")
    if params.has("description"):
        if len(get("description")) > 255:
            raise ApiError("invalid_description")
        out["description"] = get("description")
    auth = out["auth_type"] = _table(get("auth_type"), refdata.AUTH_TYPES, "invalid_authtype")
    if protocol == "2" and auth != "2":
        raise ApiError("invalid_authtype_h323")
    if protocol == "3" and auth == "2":
        raise ApiError("invalid_authtype_iax2")
    if auth == "1":
        if not params.has("password"):
            raise ApiError("missing_password")
        out["password"] = _password(get("password"))
        if params.has("ip"):
            raise ApiError("invalid_ip_iax2" if protocol == "3" else "invalid_ip_auth")
    else:
        if params.has("password"):
            raise ApiError("invalid_password_auth")
        if not params.has("ip"):
            raise ApiError("missing_ip_h323" if protocol == "2" else "missing_ip")
        out["ip"] = _ip(get("ip"))
    out["device_type"] = _table(get("device_type"), refdata.DEVICE_TYPES, "invalid_devicetype")
    if params.has("callerid_number"):
        if not re.fullmatch(r"1?[2-9][0-9]{9}", get("callerid_number")):
            raise ApiError("invalid_callerid")
        out["callerid_number"] = get("callerid_number")
    if params.has("canada_routing"):
        out["canada_routing"] = _table(get("canada_routing"), refdata.ROUTES, "invalid_canada_routing")
    out["lock_international"] = _table(get("lock_international"), refdata.LOCK_INTERNATIONAL,
                                       "invalid_lockinternational")
    if params.has("allow225"):
        out["_allow225"] = check.int_flag(get("allow225"))
    out["international_route"] = _table(get("international_route"), refdata.ROUTES, "invalid_internationalroute")
    out["music_on_hold"] = _table(get("music_on_hold"), refdata.MUSIC_ON_HOLD, "invalid_musiconhold")
    if params.has("language"):
        out["language"] = _table(get("language"), refdata.LANGUAGES, "invalid_language")
    if params.has("record_calls"):
        out["record_calls"] = check.flag(get("record_calls"), "invalid_record_calls")
    codecs = get("allowed_codecs").split(";")
    if any(c not in refdata.CODECS for c in codecs):
        raise ApiError("invalid_allowedcodecs")
    out["allowed_codecs"] = get("allowed_codecs")
    out["dtmf_mode"] = _table(get("dtmf_mode"), refdata.DTMF_MODES, "invalid_dtmfmode")
    out["nat"] = _table(get("nat"), refdata.NAT, "invalid_nat")
    if params.has("sip_traffic"):
        out["sip_traffic"] = check.flag(get("sip_traffic"), "invalid_sip_traffic")
    if params.has("max_expiry"):
        out["max_expiry"] = check.int_in(get("max_expiry"), 60, 3600, "invalid_max_expiry")
    if params.has("rtp_timeout"):
        out["rtp_timeout"] = check.int_in(get("rtp_timeout"), 1, 3600, "invalid_rtp_timeout")
    if params.has("rtp_hold_timeout"):
        out["rtp_hold_timeout"] = check.int_in(get("rtp_hold_timeout"), 1, 3600, "invalid_rtp_hold_timeout")
    timeout = int(out.get("rtp_timeout", OPTIONAL_DEFAULTS["rtp_timeout"]))
    if timeout > int(out.get("rtp_hold_timeout", OPTIONAL_DEFAULTS["rtp_hold_timeout"])):
        raise ApiError("rtp_timeout_greater_than_rtp_hold_timeout")
    if params.has("ip_restriction"):
        if not all(check.network(item) for item in get("ip_restriction").split(",")):
            raise ApiError("invalid_ip")
        out["ip_restriction"] = get("ip_restriction")
    if params.has("enable_ip_restriction"):
        out["enable_ip_restriction"] = check.flag(get("enable_ip_restriction"), "invalid_enable_ip_restriction")
        if out["enable_ip_restriction"] == "1" and "ip_restriction" not in out:
            raise ApiError("missing_ip_restriction")
    if params.has("pop_restriction"):
        if not all(item.strip() in refdata.POPS for item in get("pop_restriction").split(",")):
            raise ApiError("invalid_pop_restriction")
        out["pop_restriction"] = get("pop_restriction")
    if params.has("enable_pop_restriction"):
        out["enable_pop_restriction"] = check.flag(get("enable_pop_restriction"), "invalid_enable_pop_restriction")
        if out["enable_pop_restriction"] == "1" and "pop_restriction" not in out:
            raise ApiError("missing_pop_restriction")
    if params.has("send_bye"):
        out["send_bye"] = check.int_flag(get("send_bye"))
    if creating:
        _transcription(params, out)
    if params.has("internal_extension"):
        if not re.fullmatch(r"[0-9]{1,10}", get("internal_extension")):
            raise ApiError("invalid_extension")
        out["internal_extension"] = get("internal_extension")
    if params.has("internal_voicemail"):
        if not re.fullmatch(r"[0-9]{1,10}", get("internal_voicemail")):
            raise ApiError("invalid_internalvoicemail")
        out["internal_voicemail"] = get("internal_voicemail")
    if params.has("internal_dialtime"):
        out["internal_dialtime"] = check.int_in(get("internal_dialtime"), 1, 60, "invalid_internaldialtime")
    if params.has("reseller_package") and not params.has("reseller_client"):
        raise ApiError("missing_resellerclient")
    if params.has("reseller_client"):
        if not params.has("reseller_package"):
            raise ApiError("missing_resellerpackage")
        raise ApiError("invalid_resellerclient")  # project-defined: no reseller clients are emulated
    if params.has("reseller_nextbilling"):
        when = check.iso_date(get("reseller_nextbilling"), "invalid_resellernextbilling")
        if when < utc(ctx.now).date():
            raise ApiError("invalid_resellernextbilling")
    if params.has("parking_lot"):
        if not re.fullmatch(r"[0-9]{1,10}", get("parking_lot")):
            raise ApiError("invalid_callparking")
        out["parking_lot"] = get("parking_lot")
    return out


def _transcription(params, out: dict) -> None:
    if params.has("transcribe"):
        out["transcribe"] = check.int_flag(params.get("transcribe"))
    if params.has("transcription_locale"):
        out["transcription_locale"] = check.in_table(params.get("transcription_locale"), refdata.LOCALES,
                                                     "invalid_transcription_locale")
    if params.has("transcription_email"):
        out["transcription_email"] = check.email(params.get("transcription_email"), "invalid_transcription_email")
    if out.get("transcribe") == "1":
        if "transcription_locale" not in out:
            raise ApiError("missing_transcription_locale")
        if "transcription_email" not in out:
            raise ApiError("missing_transcription_email")


def _state_checks(ctx, values: dict, protocol: str, own_id: str | None) -> None:
    account = ctx.account
    others = [r for r in account.subaccounts.values() if r["id"] != own_id]
    if "username" in values and any(r["username"].lower() == values["username"].lower() for r in others):
        raise ApiError("used_username")
    ip = values.get("ip")
    if ip:
        for other in ctx.state.accounts.values():
            if other is not account and any(r["ip"] == ip for r in other.subaccounts.values()):
                raise ApiError("used_ip")
        if any(r["ip"] == ip and r["protocol"] == protocol for r in others):
            raise ApiError("repeated_ip")
    extension = values.get("internal_extension")
    if extension and any(r["internal_extension"] == extension for r in others):
        raise ApiError("used_extension")


def _row(record: dict) -> dict:
    return {name: record.get(name, "") for name in FIELDS}


def create_sub_account(ctx) -> dict:
    required(ctx.params, CREATE_REQUIRED)
    values = _validate(ctx, ctx.params.get("protocol"), True)
    _state_checks(ctx, values, values["protocol"], None)
    new_id = ctx.state.next_id("subaccount")
    record = {"id": new_id, "account": f"{ctx.account.main_account}_{values['username']}"}
    record.update(OPTIONAL_DEFAULTS)
    record.update(CREATE_ONLY_DEFAULTS)
    record.update(values)
    ctx.account.subaccounts[new_id] = _ordered(record)
    return {"id": new_id, "account": record["account"]}


def _ordered(record: dict) -> dict:
    ordered = _row(record)
    ordered.update({k: v for k, v in record.items() if k.startswith("_")})
    return ordered


def _by_id(ctx) -> dict:
    required(ctx.params, [("id", "missing_id")])
    record = ctx.account.subaccounts.get(ctx.params.get("id"))
    if record is None:
        raise ApiError("invalid_id")
    return record


def set_sub_account(ctx) -> dict:
    """Replace: the required core every call; omitted optional fields go back to their defaults.
    username, protocol and the transcription fields (absent from setSubAccount) are kept."""
    required(ctx.params, [("id", "missing_id")] + CORE_REQUIRED)
    record = _by_id(ctx)
    values = _validate(ctx, record["protocol"], False)
    _state_checks(ctx, values, record["protocol"], record["id"])
    record.update(OPTIONAL_DEFAULTS)
    record.update(values)
    return {}


def del_sub_account(ctx) -> dict:
    record = _by_id(ctx)
    target = f"account:{record['account']}"
    for did in ctx.account.dids.values():
        if target in (did["routing"], did["failover_busy"], did["failover_unreachable"], did["failover_noanswer"]):
            raise ApiError("account_with_dids")
    del ctx.account.subaccounts[record["id"]]
    return {}


def get_sub_accounts(ctx) -> dict:
    records = sorted(ctx.account.subaccounts.values(), key=lambda r: int(r["id"]))
    wanted = ctx.params.get("account")
    if wanted:
        # project-defined: a reseller client ID (digits) is unknown too; no clients are emulated
        records = [r for r in records if r["account"] == wanted]
        if not records:
            raise ApiError("invalid_account")
    if not records:
        raise ApiError("no_account")
    return {"accounts": [_row(public(r)) for r in records]}
