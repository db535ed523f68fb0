"""SMS settings of owned DIDs: ConfigSMSDestination, ConfigSMS (deprecated) and AuditSMS. Seed L527-546,
L635-645; digest sections 3H, 4.2 (SMSDID), 6.3 and quirks Q20, Q21, Q37.

A DID's settings live on its record under ``_sms_config``: ``Enabled``, ``DestinationType``, ``Destination``,
``DLR`` and ``authToken`` (kept, never sent back: digest 4.2 "Do not echo authToken"). A DID without it has
never been configured (SMS off, type NONE). Whether a DID can carry SMS at all is ``_sms`` (model.py).

Seed decisions followed: ConfigSMSDestination enables SMS and sets one destination type (L640-643),
authToken is kept for POST and GET only (L644); ConfigSMS(enable=false) is the explicit disable, a null or
empty forwardEmail removes forwards (L528), forwardEmail is one or more ';'-separated e-mail addresses or a
10-digit TN (L535); AuditSMS with a blank tn lists every DID of the account, SMS on or off (L539, L544).

PROJECT DECISIONS where the seed is silent (docs/emulator.md, "VoIP Innovations: SMS"):
* ConfigSMSDestination takes ``destination`` after destinationType (digest Q20; the doc's order without it
  is valid too). The destination each type takes: EMAIL one or more ';'-separated addresses, FORWARD a
  10-digit TN other than the DID, POST and GET an http(s) URL; SIP and PROGTELCO an optional free text
  (SIP MESSAGE to the DID's own endpoint group, the programmed script, when empty); NONE none (a
  destination sent with it is dropped). NONE keeps SMS enabled with nowhere to deliver (digest Q21);
* the type is read case-insensitively and stored upper-case; a blank or unknown type answers 951,
  a destination that does not suit its type 952 (944 for a FORWARD number that is not 10 digits or
  is the DID itself); each ConfigSMSDestination replaces the whole setting, its authToken included (an
  absent authToken leaves none);
* a 10-digit forwardEmail sets destination type FORWARD, addresses set EMAIL (digest Q21); an empty
  one turns an EMAIL or FORWARD destination into NONE and keeps the others (SIP, POST, GET, PROGTELCO:
  they are no forwards); ``enable`` switches SMS on or off and keeps the destination for a later enable;
* SMSDID.Forward is the destination of an EMAIL or FORWARD setting (what L539 calls "a Forward"), ""
  otherwise; DLR is never changed by these calls (only the seed sets it);
* a tn the account does not own (or that is not 10 digits) answers 101 "No Records Found", as features.py
  does; switching SMS on, or setting a destination, on a DID that cannot carry SMS answers 950;
  disabling it there succeeds (nothing to do);
* AuditSMS of an account without DIDs answers 100 with an empty list.
"""

from __future__ import annotations

import re

from emulator.carrier import SeedError
from emulator.voipinnovations import codes
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.features import owned
from emulator.voipinnovations.model import is_tn

SMS_NOT_AVAILABLE = 950
INVALID_DESTINATION_TYPE = 951
INVALID_DESTINATION = 952
codes.RESPONSE.update({
    # project-defined codes and texts (no source gives VoIP Innovations' own), worded like 933
    SMS_NOT_AVAILABLE: "SMS is not available for the specified DID",
    INVALID_DESTINATION_TYPE: "Invalid destination type. Valid types are NONE, SIP, EMAIL, FORWARD, POST, GET and PROGTELCO",
    INVALID_DESTINATION: "Invalid destination for the destination type",
})

TYPES = ("NONE", "SIP", "EMAIL", "FORWARD", "POST", "GET", "PROGTELCO")
FORWARDS = ("EMAIL", "FORWARD")
WITH_TOKEN = ("POST", "GET")
EMAIL = re.compile(r"^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$")
URL = re.compile(r"^https?://[^\s/]+\S*$", re.IGNORECASE)
DEFAULTS = {"Enabled": False, "DestinationType": "NONE", "Destination": "", "DLR": False, "authToken": ""}


def config_of(record: dict) -> dict:
    """The DID's SMS settings (a copy of the defaults when it was never configured)."""
    return dict(DEFAULTS, **record.get("_sms_config", {}))


def sms_row(record: dict) -> dict:
    """The SMSDID of a DID (no authToken)."""
    config = config_of(record)
    forward = config["Destination"] if config["DestinationType"] in FORWARDS else ""
    return {"TN": record["tn"], "Enabled": config["Enabled"], "Forward": forward,
            "DestinationType": config["DestinationType"], "Destination": config["Destination"], "DLR": config["DLR"]}


def _capable(record: dict) -> None:
    if not record.get("_sms"):
        raise ApiError(SMS_NOT_AVAILABLE)


def _emails(text: str) -> str:
    """One or more ';'-separated addresses, as stored ("a@x.com;b@y.com"); 952 otherwise."""
    addresses = [part.strip() for part in text.split(";") if part.strip()]
    if not addresses or not all(EMAIL.match(address) for address in addresses):
        raise ApiError(INVALID_DESTINATION)
    return ";".join(addresses)


def _forward_tn(record: dict, text: str) -> str:
    if not is_tn(text) or text == record["tn"]:
        raise ApiError(codes.INVALID_NUMBER)
    return text


def destination_for(record: dict, destination_type: str, text: str) -> str:
    """The destination ``destination_type`` keeps for ``text`` (see the module docstring)."""
    text = text.strip()
    if destination_type == "NONE":
        return ""
    if destination_type == "EMAIL":
        return _emails(text)
    if destination_type == "FORWARD":
        return _forward_tn(record, text)
    if destination_type in WITH_TOKEN:
        if not URL.match(text):
            raise ApiError(INVALID_DESTINATION)
        return text
    return text   # SIP, PROGTELCO: optional


def _reply(record: dict) -> dict:
    return {"SMSDID": [sms_row(record)]}


# -- operations -------------------------------------------------------------------------------------

def config_sms_destination(ctx) -> dict:
    record = owned(ctx)
    _capable(record)
    destination_type = ctx.text("destinationType").strip().upper()
    if destination_type not in TYPES:
        raise ApiError(INVALID_DESTINATION_TYPE)
    destination = destination_for(record, destination_type, ctx.text("destination"))
    token = ctx.text("authToken") if destination_type in WITH_TOKEN else ""
    record["_sms_config"] = dict(config_of(record), Enabled=True, DestinationType=destination_type,
                                 Destination=destination, authToken=token)
    return _reply(record)


def config_sms(ctx) -> dict:
    record = owned(ctx)
    enable = bool(ctx.params.get("enable"))
    forward = ctx.text("forwardEmail").strip()
    if enable or forward:
        _capable(record)
    config = config_of(record)
    if forward:
        destination_type = "FORWARD" if forward.isdigit() else "EMAIL"
        config.update(DestinationType=destination_type, Destination=destination_for(record, destination_type, forward),
                      authToken="")
    elif config["DestinationType"] in FORWARDS:
        # "If this forwardEmail string is null or empty, any forwards will be removed" (L528)
        config.update(DestinationType="NONE", Destination="")
    config["Enabled"] = enable
    record["_sms_config"] = config
    return _reply(record)


def audit_sms(ctx) -> dict:
    if not ctx.text("tn").strip():
        return {"SMSDID": [sms_row(ctx.account.dids[tn]) for tn in sorted(ctx.account.dids)]}
    return _reply(owned(ctx))


# -- seed -------------------------------------------------------------------------------------------

# The demo account's SMS (docs/emulator.md): its three SMS-capable DIDs, two of them on.
DEMO_SMS = {
    "2125550100": {"Enabled": True, "DestinationType": "EMAIL", "Destination": "sms@example.com"},
    "2125550101": {"Enabled": True, "DestinationType": "POST", "Destination": "https://hooks.example.com/vi-sms",
                   "authToken": "vi-demo-hook-token", "DLR": True},
}


def build_demo(state, demo, now: float) -> None:
    for tn, config in DEMO_SMS.items():
        demo.dids[tn]["_sms_config"] = dict(DEFAULTS, **config)


def seed_sms(state, value, now: float) -> list:
    """``"sms": [{"tn", "account"?, "Enabled", "DestinationType", "Destination", "authToken", "DLR"}]``: the
    settings of owned, SMS-capable DIDs, as the wire names them (unset fields: their defaults)."""
    from emulator.voipinnovations.seed import account_of, items, typed  # pylint: disable=import-outside-toplevel

    done = []
    for item in items(value, "sms"):
        account = account_of(state, item, "sms")
        record = account.did(item.get("tn"))
        if record is None:
            raise SeedError(f"sms: {item.get('tn')!r} is not a DID of {account.login}")
        if not record.get("_sms"):
            raise SeedError(f"sms: {record['tn']} cannot carry SMS (seed it with \"sms\": true)")
        config = dict(DEFAULTS, **typed("sms", item, DEFAULTS, ("account", "tn")))
        if config["DestinationType"] not in TYPES:
            raise SeedError(f"sms: DestinationType must be one of {', '.join(TYPES)}")
        record["_sms_config"] = config
        done.append(record["tn"])
    return done
