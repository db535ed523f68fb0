# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Provider-neutral resource models: which fields a resource has, how a user's value is
normalised, and which fields cannot be read back (write-only) or must never be shown (secret).

Drivers speak these field names to the engine; only drivers know the carriers' names.
"""

from __future__ import annotations

import datetime
import ipaddress
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.numbers import to_e164


class Field:
    """One field of a resource model.

    write_only: the carrier accepts it but never returns it, so it cannot be compared; it is sent
        on create, and on update only when the user asks for it (``update_write_only: always``).
    secret: never returned in results, masked in diffs.
    create_only: can only be chosen when the resource is created; a different value later is an
        error, not a silent no-op.
    """

    def __init__(self, name, normalize=None, write_only=False, secret=False, create_only=False, casefold=False):
        self.name = name
        self.normalize = normalize
        self.write_only = write_only
        self.secret = secret
        self.create_only = create_only
        # Compare ignoring case and surrounding space (a carrier that stores addresses upper-cased).
        self.casefold = casefold

    def desired(self, value):
        return self.normalize(value, self.name) if self.normalize else value

    def equal(self, desired, current):
        if isinstance(desired, dict):
            # Only the keys the user gave are compared; an unset sub-option never forces a change.
            if not isinstance(current, dict):
                return False
            return all(self.equal(v, current.get(k)) for k, v in desired.items() if v is not None)
        if isinstance(desired, bool) or isinstance(current, bool):
            return bool(desired) == bool(current) and current is not None
        if current is None:
            return desired in (None, "")
        if self.casefold:
            return str(desired).strip().casefold() == str(current).strip().casefold()
        return str(desired) == str(current)


class Model:
    """A resource: its identity field and its fields (the identity is one of them)."""

    def __init__(self, name, identity, fields, read_only=()):
        self.name = name
        self.identity = identity
        self.fields = {field.name: field for field in fields}
        # Reported by the carrier, never set by the user (status, type ...): shown, not compared.
        self.read_only = tuple(read_only)

    def desired_from_params(self, params):
        """The user-set fields only, normalised. Options left unset (None) are not part of it."""
        desired = {}
        for name, field in self.fields.items():
            value = params.get(name)
            if value is None:
                continue
            desired[name] = field.desired(value)
        return desired

    def masked(self, record):
        """A copy fit to show: secrets replaced, unknown (None) values dropped."""
        if record is None:
            return None
        shown = {}
        for key, value in record.items():
            field = self.fields.get(key)
            if field is not None and field.secret:
                if value not in (None, ""):
                    shown[key] = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
                continue
            if value is not None:
                shown[key] = value
        return shown


# ---- normalisers: (value, field name) -> normalised value, or ValidationError naming the field ----

def e164(value, name):
    return to_e164(value, field=name)


def optional_e164(value, name):
    """A number, or "" to clear it."""
    return "" if str(value).strip() == "" else to_e164(value, field=name)


def digits(value, name):
    text = str(value).strip()
    if not text.isdigit():
        raise ValidationError(name, "must contain digits only")
    return text


def ip_address(value, name):
    try:
        return str(ipaddress.ip_address(str(value).strip()))
    except ValueError:
        raise ValidationError(name, "%r is not an IPv4 or IPv6 address" % value)


def e164_list(value, name):
    """A set of numbers: normalised, de-duplicated and sorted, so that order never counts."""
    if isinstance(value, str):
        value = [value]
    numbers = sorted({to_e164(item, field=name) for item in value})
    if not numbers:
        raise ValidationError(name, "needs at least one number")
    return numbers


def text_set(value, name):
    """A set of words (e-mail addresses, option names): stripped, de-duplicated, sorted, so order never
    counts; an item holding a comma or a space is refused (the carrier takes them comma-separated)."""
    if isinstance(value, str):
        value = value.split(",") if value.strip() else []
    items = sorted({str(item).strip() for item in value})
    for item in items:
        if not item or re.search(r"[,\s]", item):
            raise ValidationError(name, "%r is not a list of single words or addresses; give a list" % value)
    return items


def email(value, name):
    text = str(value).strip()
    if text and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", text):
        raise ValidationError(name, "%r is not an e-mail address" % text)
    return text


def url(value, name):
    text = str(value).strip()
    if text and not re.match(r"^https?://[^\s/]+", text):
        raise ValidationError(name, "%r is not an http:// or https:// URL" % text)
    return text


def iso_date(value, name):
    text = str(value).strip()
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError(name, "%r is not a date in the form YYYY-MM-DD" % text)


PERMISSION_FLAGS = ("send", "delete", "list_received", "list_sent")


def fax_permissions(value, name):
    """Per-number fax permissions: one entry a number, every flag known (unset means False),
    sorted by number, so two lists compare equal exactly when they grant the same rights."""
    entries = {}
    for index, entry in enumerate(value or []):
        if not isinstance(entry, dict) or not entry.get("number"):
            raise ValidationError("%s[%d]" % (name, index), "needs a number")
        number = to_e164(entry["number"], field="%s[%d].number" % (name, index))
        if number in entries:
            raise ValidationError("%s[%d].number" % (name, index), "%s is listed twice" % number)
        entries[number] = dict({flag: bool(entry.get(flag)) for flag in PERMISSION_FLAGS}, number=number)
    return [entries[number] for number in sorted(entries)]


ROUTING_HEADERS = ("account", "fwd", "vm", "sip", "grp", "ivr", "sys", "recording", "queue", "cb", "tc", "disa",
                   "none")


def routing(value, name):
    """A routing target as ``header:target``; ``none`` alone is read as ``none:``."""
    text = str(value).strip()
    if text == "none":
        text = "none:"
    header = text.split(":", 1)[0]
    if ":" not in text or header not in ROUTING_HEADERS:
        raise ValidationError(name, "%r is not a routing target: use header:target with a header among %s (for "
                                    "example account:100000_pbx, fwd:1026, vm:101, sys:hangup, none:)"
                              % (text, ", ".join(ROUTING_HEADERS)))
    return text


def codec_list(value, name):
    """Codecs as a set: lower case, de-duplicated, sorted (the carrier's order is not the user's)."""
    codecs = sorted({str(item).strip().lower() for item in value if str(item).strip()})
    if not codecs:
        raise ValidationError(name, "needs at least one codec, such as ulaw")
    return codecs


def failover(value, name):
    value = dict(value)
    if value.get("ip_address") is not None:
        value["ip_address"] = ip_address(value["ip_address"], name + ".ip_address")
    return value


DID = Model(
    "did",
    identity="number",
    fields=[
        Field("number", e164),
        Field("tier", create_only=True),
        Field("description"),
        Field("trunk"),
        Field("forward_to", optional_e164, write_only=True),
        Field("cnam"),
        Field("caller_id_name"),
        Field("port_out_pin", digits, write_only=True, secret=True),
        Field("failover", failover),
        # VoIP.ms call routing: "header:target" strings (account:, fwd:, vm:, sip:, sys:, none: ...).
        Field("routing", routing),
        Field("failover_busy", routing),
        Field("failover_unreachable", routing),
        Field("failover_noanswer", routing),
        Field("voicemail"),
        Field("pop"),
        Field("dial_time"),
        Field("caller_id_prefix"),
        Field("billing_type"),
        # VoIP.ms: accepted by setDIDInfo, never returned by getDIDsInfo.
        Field("record_calls", write_only=True),
        # VoiceMeUp: the caller ID number rewrite, whether the number takes calls, a free-text comment.
        Field("caller_id_number", optional_e164),
        Field("enabled"),
        Field("comments"),
        # VoIP Innovations: the number calls go to when the number's endpoint group does not answer
        # (UpdateDIDFailover; "" removes it).
        Field("failover_number", optional_e164),
    ],
    read_only=("status", "type", "e911", "sms_available", "provider"),
)


SIP_TRUNK = Model(
    "sip_trunk",
    identity="name",
    fields=[
        Field("name"),
        Field("auth_type", create_only=True),          # ip | credentials
        Field("password", secret=True),
        Field("ip_address", ip_address),
        Field("host"),                                  # a hostname instead of a fixed IP address
        Field("enabled"),
        Field("international_calls"),
        Field("international_limit"),
        Field("failover", failover),
        Field("protocol", create_only=True),           # sip | iax2 | h323
        Field("description"),
        Field("device_type"),                           # pbx | phone
        Field("codecs", codec_list),
        Field("dtmf_mode"),
        Field("nat"),
        Field("caller_id_number"),
        Field("international_route"),                   # value | premium
        Field("music_on_hold"),
        # VoIP.ms: *225 announces the account balance; accepted by setSubAccount, never returned.
        Field("allow225", write_only=True),
        # VoiceMeUp peers: the SIP port and transport of an IP-authenticated trunk, its own limit of
        # simultaneous calls, the channel group it draws on ({name, inbound, outbound, bidirectional}),
        # and what update_peer takes with mode=create only (the proxy, the two timeouts).
        Field("port"),
        Field("transport"),                             # udp | tcp | tls
        Field("max_calls"),
        Field("channels"),
        Field("proxy", create_only=True),
        Field("register_timeout", create_only=True),
        Field("progress_timeout", create_only=True),
    ],
    read_only=("numbers", "account", "provider"),
)

SMS_CONFIG = Model(
    "sms_config",
    identity="number",
    fields=[
        Field("number", e164),
        Field("email", email),
        Field("url", url),
        Field("xmpp_name"),
        Field("xmpp_password", secret=True),
        # Forward messages to a phone number; "" switches forwarding off (as the module documents).
        Field("forward_to", optional_e164),
        # Derived by drivers whose API has a single delivery mode (QuestBlue): email, xmpp,
        # email+xmpp, url, disabled.
        Field("mode"),
        # VoiceMeUp: retry the URL callback, an automatic reply (up to 160 characters), and the
        # SMS profile (its friendly name) the number's settings live in ("" for the number's own).
        Field("url_retry"),
        Field("auto_reply"),
        Field("profile"),
        # VoIP Innovations: where a number's messages go (one destination: none, sip, email, forward, post,
        # get, progtelco; derived from email / forward_to / url when unset) and the token it sends with
        # a post or get, which it never returns.
        Field("destination_type"),
        Field("auth_token", write_only=True, secret=True),
    ],
    read_only=("enabled", "provider"),
)

E911 = Model(
    "e911",
    identity="number",
    fields=[
        Field("number", e164),
        Field("name", casefold=True),
        Field("street_number", casefold=True),
        Field("street_name", casefold=True),
        Field("unit_type", casefold=True),
        Field("unit_number", casefold=True),
        Field("city", casefold=True),
        Field("region", casefold=True),
        Field("postal_code", casefold=True),
        Field("country", casefold=True),                # VoIP.ms: US | CA
        Field("language", casefold=True),               # VoIP.ms: EN | FR
        Field("email", email),                          # VoIP.ms: contact for the registration
    ],
    read_only=("status", "provider"),
)

FAX_USER = Model(
    "fax_user",
    identity="login",
    fields=[
        Field("login"),
        Field("password", secret=True),
        Field("first_name"),
        Field("last_name"),
        Field("email", email),
        Field("admin"),
        Field("group", create_only=True),
        Field("group_description", write_only=True),   # only used to create a missing group
        Field("permissions", fax_permissions),
        Field("enabled"),                               # VoIP.ms e-mail-to-fax
        Field("from_number", e164),                     # VoIP.ms: the fax number faxes are sent from
        Field("require_code"),                          # VoIP.ms: the code must be in the mail subject
        # VoiceMeUp fax profile: the fax identity (local_ident, fax_header, callerid_name), delivery
        # and sending settings, and the number whose faxes it receives (update_did client_fax_profile_id).
        Field("station_id"),
        Field("header"),
        Field("caller_id_name"),
        Field("contact_name"),
        Field("language"),
        Field("allowed_senders", text_set),
        Field("page_format"),
        Field("resolution"),
        Field("retry_limit"),
        Field("fax_options", text_set),
        Field("url", url),
        Field("number", optional_e164),
        # VoIP Innovations: Fax-to-Email's "Receive Failure Notifications" (ConfigFaxToEmailNotifications),
        # which no call returns.
        Field("failure_notifications", write_only=True),
    ],
    read_only=("provider",),
)

# The port-in lifecycle every driver maps its carrier's statuses onto, in order; rejected and
# cancelled end a request without completing it.
LNP_PROGRESS = ("draft", "submitted", "foc", "completed")
LNP_FAILED = ("rejected", "cancelled")
STREET_DIRECTIONS = ("None", "N", "NE", "E", "SE", "S", "SW", "W", "NW")

LNP_REQUEST = Model(
    "lnp_request",
    identity="numbers",
    fields=[
        Field("numbers", e164_list),
        Field("losing_carrier"),
        Field("account_number"),
        Field("authorized_contact"),
        Field("contact_title"),
        Field("street_number"),
        Field("street_prefix"),
        Field("street_name"),
        Field("street_suffix"),
        Field("service_unit"),
        Field("city"),
        Field("region", write_only=True),
        Field("postal_code"),
        Field("billing_number", e164),
        Field("bill_file", write_only=True),
        Field("foc_date", iso_date),
        Field("activate_time", write_only=True),
        Field("service", create_only=True),            # voice | fax
        Field("partial_port"),
        Field("extra_services", write_only=True),
        Field("location"),                              # business | residential
        Field("company"),
        Field("wireless"),
        Field("wireless_pin", write_only=True, secret=True),
        Field("ssn_last4", write_only=True, secret=True),
        Field("lidb_listing"),
        Field("toll_free_type"),                        # VoIP.ms tfType 1-3 (toll-free ports)
        Field("country"),                               # US | CA: the country of the service address
        Field("imei", write_only=True),                 # VoIP.ms: required for Canadian ports
        # VoiceMeUp: false keeps the request a draft (send_to_staff submits), the expected call
        # capacity, the services to bring along (sms, mms, t38), the signed letter of
        # authorization, and free-text instructions for the losing carrier.
        Field("submit"),
        Field("capacity"),
        Field("features"),
        Field("loa_file", write_only=True),
        Field("instructions"),
    ],
    read_only=("status", "request_ids", "created_at", "foc_days", "provider", "bill_attached", "loa_attached", "pon",
               "tentative_foc_date"),
)
