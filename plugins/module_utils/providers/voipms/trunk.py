# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms sub-accounts as SIP trunks: createSubAccount, getSubAccounts, setSubAccount (which
repeats the whole required core), delSubAccount. Keyed by the username; the API's own keys are the
numeric ``id`` and ``account`` (``<main account>_<username>``), used for updates and routing.

Every value is checked before any write, also in check mode: the fixed lists of the seed (codecs,
DTMF modes, NAT modes) and address rules here, the account's own music-on-hold classes with a
getMusicOnHold read. ``allow225`` is write-only: getSubAccounts never returns it and setSubAccount
resets it when it is left out, so a value the user declares travels with every setSubAccount.
"""

from __future__ import annotations

import ipaddress
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national, to_e164
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

AUTH_TYPES = {"credentials": "1", "ip": "2"}
PROTOCOLS = {"sip": "1", "h323": "2", "iax2": "3"}
DEVICE_TYPES = {"pbx": "1", "phone": "2"}
ROUTES = {"value": "1", "premium": "2"}
# getAllowedCodecs, getDTMFModes, getNAT: the same for every account. The seed shows ulaw, g729,
# gsm and all (invalid_allowedcodecs), inband and auto, route and yes; rfc2833, info and no are
# VoIP.ms's other documented modes (portal), as in the emulator's tables.
CODECS = ("ulaw", "g729", "gsm", "all")
DTMF_MODES = ("auto", "inband", "info", "rfc2833")
NAT_MODES = ("yes", "no", "route")
# reserved_ip: "a reserved IP used by VoIP.ms or other Companies". No sub-account can take an
# address the Internet cannot reach it at: private, shared (CGN), loopback, link-local,
# multicast, reserved and "this network". (The documentation ranges stay usable for examples.)
RESERVED_NETWORKS = tuple(ipaddress.ip_network(net) for net in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.168.0.0/16", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8"))
_MUSIC_ON_HOLD = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
# Accepted by createSubAccount/setSubAccount, never returned by getSubAccounts (neutral names).
WRITE_ONLY = frozenset(("allow225",))
# Values of the required core when the user does not choose them (the digest's suggestions).
CREATE_DEFAULTS = {"protocol": "1", "device_type": "1", "lock_international": "1", "international_route": "1",
                   "music_on_hold": "default", "allowed_codecs": "ulaw;g729;gsm", "dtmf_mode": "auto", "nat": "yes"}
# What setSubAccount accepts besides the required core; sent back as read so nothing is lost.
KEPT_ON_UPDATE = ("description", "password", "ip", "callerid_number", "canada_routing", "language", "record_calls",
                  "sip_traffic", "max_expiry", "rtp_timeout", "rtp_hold_timeout", "ip_restriction",
                  "enable_ip_restriction", "pop_restriction", "enable_pop_restriction", "send_bye",
                  "internal_extension", "internal_voicemail", "internal_dialtime", "parking_lot")
CORE = ("auth_type", "device_type", "lock_international", "international_route", "music_on_hold", "allowed_codecs",
        "dtmf_mode", "nat")
_USERNAME = re.compile(r"^[A-Za-z0-9]{1,32}$")


def _reverse(mapping):
    return {value: key for key, value in mapping.items()}


class VoipmsTrunk(ResourceAdapter):
    model = SIP_TRUNK
    fields = frozenset(("name", "auth_type", "password", "ip_address", "international_calls", "protocol", "description",
                        "device_type", "codecs", "dtmf_mode", "nat", "caller_id_number", "international_route",
                        "music_on_hold", "allow225"))
    # getSubAccounts returns all the others, the password in plain text (compared, never shown).
    write_only = WRITE_ONLY

    def __init__(self, client):
        super().__init__(client)
        self._row = None

    def prepare(self, desired, state):
        # VoIP.ms stores the caller ID as 10 digits; any way of writing the number compares equal.
        if desired.get("caller_id_number"):
            desired["caller_id_number"] = nanp_national(to_e164(desired["caller_id_number"], field="caller_id_number"),
                                                        "caller_id_number", self.provider)
        return super().prepare(desired, state)

    def validate(self, desired, state):
        if not _USERNAME.match(desired["name"]):
            raise ValidationError("name", "%r is not a voipms sub-account username: letters and digits only"
                                  % desired["name"])
        if state != "present":
            return
        password = desired.get("password")
        if password is not None:
            problems = [text for test, text in ((len(password) >= 8, "8 characters"),
                                                (re.search(r"[a-z]", password), "a lower-case letter"),
                                                (re.search(r"[A-Z]", password), "an upper-case letter"),
                                                (re.search(r"\d", password), "a digit")) if not test]
            if problems:
                raise ValidationError("password", "voipms needs at least %s" % ", ".join(problems))
        auth = desired.get("auth_type")
        if auth == "ip" and password:
            raise ValidationError("password", "an IP-authenticated voipms sub-account takes no password; use "
                                              "auth_type: credentials")
        if auth == "credentials" and desired.get("ip_address"):
            raise ValidationError("ip_address", "a credentials sub-account takes no IP address; use auth_type: ip")
        for name, choices in (("protocol", PROTOCOLS), ("device_type", DEVICE_TYPES), ("international_route", ROUTES)):
            if desired.get(name) is not None and desired[name] not in choices:
                raise ValidationError(name, "must be one of %s at voipms" % ", ".join(choices))
        if desired.get("protocol") == "iax2" and auth == "ip":
            raise ValidationError("auth_type", "IAX2 sub-accounts authenticate with credentials at voipms")
        self._validate_lists(desired)
        if desired.get("ip_address"):
            self._validate_address(desired["ip_address"])

    @staticmethod
    def _validate_lists(desired):
        """The values VoIP.ms takes from its fixed lists, and the form of the account-specific ones."""
        for name, allowed in (("dtmf_mode", DTMF_MODES), ("nat", NAT_MODES)):
            if desired.get(name) is not None and desired[name] not in allowed:
                raise ValidationError(name, "%r is not a voipms %s; use one of %s"
                                      % (desired[name], name, ", ".join(allowed)))
        unknown = [codec for codec in desired.get("codecs") or () if codec not in CODECS]
        if unknown:
            raise ValidationError("codecs", "%s: not a voipms codec; use %s" % (", ".join(unknown), ", ".join(CODECS)))
        music = desired.get("music_on_hold")
        if music is not None and not _MUSIC_ON_HOLD.match(music):
            raise ValidationError("music_on_hold", "%r is not a voipms music-on-hold class name (letters, digits, _ "
                                                   "and -, such as default or jazz; see getMusicOnHold)" % music)

    @staticmethod
    def _validate_address(address):
        parsed = ipaddress.ip_address(address)
        if any(parsed in network for network in RESERVED_NETWORKS if network.version == parsed.version):
            raise ValidationError("ip_address", "%s is a private or reserved address, which voipms refuses "
                                                "(reserved_ip); give the public address your PBX sends from" % address)

    def _check_music_on_hold(self, music):
        """Custom classes make the list the account's own: ask getMusicOnHold before a write."""
        if music is None:
            return
        body = self.client.call("getMusicOnHold", {"music_on_hold": music}) or {}
        if not any(str(row.get("value")) == music for row in self.client.rows(body, "music_on_hold")):
            raise ValidationError("music_on_hold", "%r is not a music-on-hold class of this voipms account (see "
                                                   "getMusicOnHold), such as default or jazz" % music)

    def validate_create(self, desired):
        auth = desired.get("auth_type") or ("ip" if desired.get("ip_address") else "credentials")
        if auth == "ip" and not desired.get("ip_address"):
            raise ValidationError("ip_address", "is required to create an IP-authenticated sub-account")
        if auth == "credentials" and not desired.get("password"):
            raise ValidationError("password", "is required to create a credentials sub-account at voipms")
        self._check_music_on_hold(desired.get("music_on_hold"))

    def validate_update(self, changes, current):
        self._check_music_on_hold(changes.get("music_on_hold"))

    def to_neutral(self, row):
        codecs = [c for c in str(row.get("allowed_codecs") or "").split(";") if c]
        return {
            "name": row.get("username"),
            "account": row.get("account"),
            "auth_type": _reverse(AUTH_TYPES).get(str(row.get("auth_type")), row.get("auth_type")),
            "password": row.get("password") or "",
            "ip_address": row.get("ip") or "",
            "international_calls": str(row.get("lock_international")) == "0",
            "protocol": _reverse(PROTOCOLS).get(str(row.get("protocol")), row.get("protocol")),
            "description": row.get("description") or "",
            "device_type": _reverse(DEVICE_TYPES).get(str(row.get("device_type")), row.get("device_type")),
            "codecs": sorted(c.lower() for c in codecs),
            "dtmf_mode": row.get("dtmf_mode") or "",
            "nat": row.get("nat") or "",
            "caller_id_number": row.get("callerid_number") or "",
            "international_route": _reverse(ROUTES).get(str(row.get("international_route")),
                                                        row.get("international_route")),
            "music_on_hold": row.get("music_on_hold") or "",
            "provider": "voipms",
        }

    @staticmethod
    def to_wire(values):
        wire = {}
        simple = {"password": "password", "ip_address": "ip", "description": "description", "dtmf_mode": "dtmf_mode",
                  "nat": "nat", "caller_id_number": "callerid_number", "music_on_hold": "music_on_hold"}
        for name, key in simple.items():
            if name in values:
                wire[key] = values[name]
        for name, mapping in (("auth_type", AUTH_TYPES), ("protocol", PROTOCOLS), ("device_type", DEVICE_TYPES),
                              ("international_route", ROUTES)):
            if name in values:
                wire[name] = mapping[values[name]]
        if "international_calls" in values:
            wire["lock_international"] = "0" if values["international_calls"] else "1"
        if "allow225" in values:
            wire["allow225"] = "1" if values["allow225"] else "0"
        if "codecs" in values:
            wire["allowed_codecs"] = ";".join(values["codecs"])
        return wire

    def read(self, identity):
        body = self.client.call("getSubAccounts", empty=("no_account",)) or {}
        for row in self.client.rows(body, "accounts"):
            if row.get("username") == identity:
                self._row = row
                return self.to_neutral(row)
        return None

    def create(self, desired):
        wire = dict(CREATE_DEFAULTS)
        wire["auth_type"] = AUTH_TYPES[desired.get("auth_type") or ("ip" if desired.get("ip_address") else "credentials")]
        wire.update(self.to_wire(desired))
        wire["username"] = desired["name"]
        self.client.call("createSubAccount", wire, write=True)
        return self.read(desired["name"])

    def update(self, identity, changes, current, desired):
        row = self._row or {}
        record = {key: row.get(key) for key in CORE + KEPT_ON_UPDATE if row.get(key) not in (None, "")}
        # setSubAccount resets what it is not sent: the declared write-only values go every time.
        record.update(self.to_wire({name: desired[name] for name in WRITE_ONLY if name in desired}))
        record.update(self.to_wire(changes))
        if record.get("auth_type") == AUTH_TYPES["ip"]:
            record.pop("password", None)            # refused with IP authentication
        else:
            record.pop("ip", None)
        record["id"] = row["id"]
        self.client.call("setSubAccount", record, write=True)
        return self.read(identity)

    def delete(self, identity, current):
        self.client.call("delSubAccount", {"id": self._row["id"]}, write=True)

    def list(self):
        body = self.client.call("getSubAccounts", empty=("no_account",)) or {}
        for row in self.client.rows(body, "accounts"):
            yield self.to_neutral(row)
