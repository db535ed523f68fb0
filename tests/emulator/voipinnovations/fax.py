"""Fax on owned DIDs: Fax-to-Email (SetFaxToEmail, GetFaxToEmail, RemoveFaxToEmail,
ConfigFaxToEmailNotifications, AuditFaxToEmails) and Email-to-Fax senders (AddEmailToFax,
GetEmailToFax, RemoveEmailToFax). Seed L206-233, L463-472, L619-626, L701-728; digest 3D, 6.5,
Q16 (the unnamed email parameters are ``email``), Q17, Q38.

A DID's fax settings live in its record under ``_fax``: ``{"email": str, "notifications": bool,
"senders": [str, ...]}`` (dropped with the record when the number is released).

PROJECT DECISIONS where the seed is silent (docs/emulator.md "Fax"):
* a tn the account does not own (or that is not 10 digits) answers 101 "No Records Found", as the
  seed says for ConfigFaxToEmailNotifications (L464) and features.py does for every per-DID call;
* an address is ``local@domain.tld`` without spaces, commas or semicolons, at most 150 characters
  (940, the text the real service uses for 911 alert addresses); anything else answers 946 "Invalid
  email address" (project-defined code and text); SetFaxToEmail's ``email`` may hold several
  addresses separated by commas or semicolons (AuditFaxToEmails says "Email(s)", L620), stored as
  sent (trimmed);
* SetFaxToEmail replaces the recipient; GetFaxToEmail and RemoveFaxToEmail answer 101 when the DID
  has no Fax-to-Email (as ConfigFaxToEmailNotifications does, L464); RemoveFaxToEmail returns the
  removed ``Email`` and also turns the failure notifications off (they belong to Fax-to-Email);
* ConfigFaxToEmailNotifications sets the flag; there is no getter (digest 3.46), the state dump shows it;
* Email-to-Fax senders: a set per DID, compared case-insensitively, kept in the order added; the same
  address may be a sender of several DIDs; adding one the DID has answers 942 "Email already exists
  for this DID" (the real text of that code); GetEmailToFax answers 100 with an empty ``Email`` list
  when there are none, and ``CallerID`` is the DID's 10 digits (faxes sent by e-mail show the DID);
* RemoveEmailToFax (Q17): with ``tn``, from that DID (101 when the DID does not have the address);
  without ``tn`` (the seed's own parameter list; a blank or nil ``tn`` counts as none), from every DID
  of the account (101 when none has it).
"""

from __future__ import annotations

import re

from emulator.carrier import SeedError
from emulator.voipinnovations import codes
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.features import owned

EMAIL_TOO_LONG = 940
EMAIL_EXISTS = 942
INVALID_EMAIL = 946
codes.RESPONSE.setdefault(EMAIL_TOO_LONG, "Email cannot be greater than 150 characters")
codes.RESPONSE.setdefault(EMAIL_EXISTS, "Email already exists for this DID")
codes.RESPONSE.setdefault(INVALID_EMAIL, "Invalid email address")   # project-defined

ADDRESS = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")
MAX_EMAIL = 150


def fax_of(record: dict) -> dict:
    """The DID's fax settings (created empty on first use)."""
    return record.setdefault("_fax", {"email": "", "notifications": False, "senders": []})


def _address(value: str) -> str:
    value = value.strip()
    if len(value) > MAX_EMAIL:
        raise ApiError(EMAIL_TOO_LONG)
    if not ADDRESS.match(value):
        raise ApiError(INVALID_EMAIL)
    return value


def _recipients(value: str) -> str:
    """SetFaxToEmail's ``email``: one address, or several separated by commas or semicolons."""
    value = value.strip()
    if len(value) > MAX_EMAIL:
        raise ApiError(EMAIL_TOO_LONG)
    parts = [part.strip() for part in re.split(r"[,;]", value)]
    if not value or not all(ADDRESS.match(part) for part in parts):
        raise ApiError(INVALID_EMAIL)
    return value


def _with_fax_to_email(ctx) -> tuple[dict, dict]:
    """(DID record, its fax settings) of a DID that has Fax-to-Email, else 101 (reads change nothing)."""
    record = owned(ctx)
    fax = record.get("_fax")
    if not fax or not fax["email"]:
        raise ApiError(codes.NO_RECORDS)
    return record, fax


# -- Fax-to-Email -----------------------------------------------------------------------------------

def set_fax_to_email(ctx) -> dict:
    record = owned(ctx)
    email = _recipients(ctx.text("email"))
    fax_of(record)["email"] = email
    return {"Email": email}


def get_fax_to_email(ctx) -> dict:
    _record, fax = _with_fax_to_email(ctx)
    return {"Email": fax["email"]}


def remove_fax_to_email(ctx) -> dict:
    _record, fax = _with_fax_to_email(ctx)
    removed = fax["email"]
    fax.update(email="", notifications=False)
    return {"Email": removed}


def config_fax_to_email_notifications(ctx) -> dict:
    _record, fax = _with_fax_to_email(ctx)
    fax["notifications"] = bool(ctx.params.get("enabled"))
    return {}


def audit_fax_to_emails(ctx) -> dict:
    rows = []
    for tn in sorted(ctx.account.dids):
        email = (ctx.account.dids[tn].get("_fax") or {}).get("email")
        if email:
            rows.append({"TN": tn, "Email": email})
    return {"FaxToEmail": rows}


# -- Email-to-Fax -----------------------------------------------------------------------------------

def _has(senders: list, email: str) -> bool:
    return email.casefold() in (sender.casefold() for sender in senders)


def add_email_to_fax(ctx) -> dict:
    record = owned(ctx)
    email = _address(ctx.text("email"))
    senders = fax_of(record)["senders"]
    if _has(senders, email):
        raise ApiError(EMAIL_EXISTS)
    senders.append(email)
    return {}


def get_email_to_fax(ctx) -> dict:
    record = owned(ctx)
    senders = (record.get("_fax") or {}).get("senders") or []
    return {"Email": list(senders), "CallerID": record["tn"]}


def _drop(record: dict, email: str) -> bool:
    fax = record.get("_fax")
    if not fax or not _has(fax["senders"], email):
        return False
    fax["senders"] = [sender for sender in fax["senders"] if sender.casefold() != email.casefold()]
    return True


def remove_email_to_fax(ctx) -> dict:
    email = ctx.text("email").strip()
    if ctx.text("tn").strip():
        records = [owned(ctx)]
    else:
        # Q17: the seed's RemoveEmailToFax names no DID: the address leaves every DID of the account.
        records = [ctx.account.dids[tn] for tn in sorted(ctx.account.dids)]
    removed = [record for record in records if _drop(record, email)]
    if not removed:
        raise ApiError(codes.NO_RECORDS)
    return {}


# -- seeding ----------------------------------------------------------------------------------------

def seed_fax(state, value, now: float) -> list:
    """``fax``: [{"account", "tn", "email", "notifications", "senders"}]: the DID (owned by the account)
    gets these fax settings, replacing its own."""
    from emulator.voipinnovations.seed import account_of, items  # pylint: disable=import-outside-toplevel  # cycle
    created = []
    for item in items(value, "fax"):
        unknown = set(item) - {"account", "tn", "email", "notifications", "senders"}
        if unknown:
            raise SeedError(f"fax: unknown field(s) {', '.join(sorted(unknown))}")
        account = account_of(state, item, "fax")
        record = account.did(item.get("tn"))
        if record is None:
            raise SeedError(f"fax: {item.get('tn')!r} is not a DID of {account.login}")
        email, notifications, senders = item.get("email", ""), item.get("notifications", False), item.get("senders", [])
        if not isinstance(email, str) or not isinstance(notifications, bool) or not isinstance(senders, list) \
                or not all(isinstance(sender, str) and ADDRESS.match(sender) for sender in senders):
            raise SeedError("fax: email is a string, notifications true or false, senders a list of addresses")
        record["_fax"] = {"email": email.strip(), "notifications": notifications and bool(email.strip()),
                          "senders": list(dict.fromkeys(senders))}
        created.append(record["tn"])
    return created


# The demo's fax number (docs/emulator.md "Fax"): 214-555-0120 (T.38) delivers its faxes by e-mail,
# with failure notifications, and one address may fax from it by e-mail.
DEMO_FAX = {"2145550120": {"email": "faxes@acme.example", "notifications": True, "senders": ["ops@acme.example"]}}


def build_demo(state, demo, now: float) -> None:
    for tn, settings in DEMO_FAX.items():
        record = demo.did(tn)
        if record is not None:
            record["_fax"] = {"email": settings["email"], "notifications": settings["notifications"],
                              "senders": list(settings["senders"])}
