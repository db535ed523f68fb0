# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoiceMeUp peers as SIP trunks: get_peers, update_peer (mode create / update), delete_peer, and
the proxies (get_proxies) and channel groups (get_channels, update_channel) a peer refers to.

- A trunk is named by its ``peer_username`` when it registers (``host_type`` dynamic, neutral
  ``auth_type: credentials``) and by its ``friendly_name`` otherwise (static, ``auth_type: ip``).
  get_peers has no name filter: every peer is read in one call and matched here; a name two peers
  answer to is an error, never a guess.
- update_peer replaces the peer (it has no ``preserve_missing_data``, and its update mode requires
  the whole configuration): an update sends every writable value of the peer as read, with the
  user's changes over it.
- ``proxy_id``, ``peer_username``, ``register_timeout`` and ``progress_timeout`` are taken with
  mode=create only: a different value for an existing trunk fails before any write (the model's
  create-only fields). The password is write-only: never returned, never compared.
- Channel capacity: a peer draws on the channel group of its ``client_channel_id`` (0: the System
  row, every channel of the account's plans). The neutral ``channels`` names a group (default: the
  trunk's name), creates it with update_channel when the account has none of that name, sets the
  quantities given, and puts the peer in it.
- VoiceMeUp refuses to disable or delete a peer that a number rings (``peer_did_dependency``): both
  are refused here first, naming the numbers (get_dids).
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national, to_e164
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.client import peer_name as trunk_name

HOST_TYPES = {"credentials": "dynamic", "ip": "static"}
AUTH_TYPES = {wire: neutral for neutral, wire in HOST_TYPES.items()}
CODECS = ("g729", "ulaw", "alaw", "g726", "gsm", "ilbc")
DTMF_MODES = ("rfc2833", "inband", "info", "auto")
TRANSPORTS = ("udp", "tcp", "tls")
NAT = {"yes": "1", "no": "0"}
QUANTITIES = ("inbound", "outbound", "bidirectional")
# neutral field -> update_peer parameter, where the value travels as it is.
SIMPLE = {"password": "password", "ip_address": "host", "port": "port", "transport": "transport",
          "description": "comments", "dtmf_mode": "dtmf_mode", "max_calls": "simultaneous_calls_limit",
          "register_timeout": "register_timeout", "progress_timeout": "progress_timeout"}
# Every update_peer parameter an update sends back as read (update_peer replaces the peer). Not the
# create-only ones (ignored with mode=update) nor the password (never returned; VoiceMeUp keeps it).
WRITABLE = ("friendly_name", "host_type", "host", "port", "callerid_name", "callerid_number", "callerid_mode",
            "callerid_type", "callerid_format", "client_callerid_profile_id", "transport", "codecs", "dtmf_mode",
            "dnis_mode", "dnis_format", "force_ring_signal", "enable_nat", "enable_reinvite", "enable_recording",
            "ondemand_recording", "enable_notification", "simultaneous_calls_limit", "enable_auth", "auth_username",
            "enable_qualify", "qualify", "default_ip", "client_channel_id", "client_subaccount_id",
            "client_filter_ids", "enable_notify_callback", "notify_callback_triggers", "notify_callback_url",
            "provisioned_endpoint_id", "status", "comments")
# What a new trunk gets where the user sets nothing: the values update_peer requires on update
# (callerid_type ... status), so the peer never depends on VoiceMeUp's undocumented defaults.
CREATE_DEFAULTS = {"callerid_mode": "device", "callerid_type": "rpid", "callerid_format": "national",
                   "codecs": "ulaw,g729", "dtmf_mode": "rfc2833", "dnis_mode": "auto", "dnis_format": "national",
                   "transport": "udp", "status": "enabled"}
# The seed's "alphanumeric string from 6 to 32 characters"; SIP user names take these.
_USERNAME = re.compile(r"^[A-Za-z0-9._-]{6,32}$")
SYSTEM_CHANNEL = "0"


def _int(value):
    text = str(value if value is not None else "").strip()
    return int(text) if text.isdigit() else None


def _csv(value):
    return [item.strip() for item in str(value or "").split(",") if item.strip()]


def _in_range(desired, name, low, high, what):
    value = desired.get(name)
    if value is not None and not low <= value <= high:
        raise ValidationError(name, "must be %d to %d%s at voicemeup, not %s" % (low, high, what, value))


class VoiceMeUpTrunk(ResourceAdapter):
    model = SIP_TRUNK
    fields = frozenset(("name", "auth_type", "password", "ip_address", "port", "transport", "enabled", "description",
                        "codecs", "dtmf_mode", "nat", "caller_id_number", "max_calls", "channels", "proxy",
                        "register_timeout", "progress_timeout"))
    # get_peers returns every field but the password.
    write_only = frozenset(("password",))

    def __init__(self, client):
        super().__init__(client)
        self._row = None
        self._proxies = None
        self._channels = None

    # -- checks without a request ---------------------------------------------------------------

    def prepare(self, desired, state):
        if desired.get("caller_id_number"):
            desired["caller_id_number"] = nanp_national(to_e164(desired["caller_id_number"], field="caller_id_number"),
                                                        "caller_id_number", self.provider)
        if desired.get("channels") is not None:
            channels = {key: value for key, value in desired["channels"].items() if value is not None}
            channels.setdefault("name", desired["name"])
            desired["channels"] = channels
        return super().prepare(desired, state)

    def validate(self, desired, state):
        name = desired["name"]
        if not 2 <= len(name) <= 32:
            raise ValidationError("name", "%r: a voicemeup trunk name (peer friendly_name) has 2 to 32 characters"
                                  % name)
        if desired.get("auth_type") == "credentials":
            self._validate_username(name)
        if state != "present":
            return
        self._validate_auth(desired)
        unknown = [codec for codec in desired.get("codecs") or () if codec not in CODECS]
        if unknown:
            raise ValidationError("codecs", "%s: not a voicemeup codec; use %s" % (", ".join(unknown), ", ".join(CODECS)))
        for option, allowed in (("dtmf_mode", DTMF_MODES), ("transport", TRANSPORTS), ("nat", tuple(NAT))):
            if desired.get(option) is not None and desired[option] not in allowed:
                raise ValidationError(option, "%r is not a voicemeup %s; use one of %s"
                                      % (desired[option], option, ", ".join(allowed)))
        _in_range(desired, "port", 1, 65535, "")
        _in_range(desired, "max_calls", 0, 255, " simultaneous calls (0: no limit of the trunk's own)")
        _in_range(desired, "register_timeout", 120, 7200, " seconds")
        _in_range(desired, "progress_timeout", 1, 10, " seconds")
        if desired.get("proxy") is not None and not str(desired["proxy"]).strip():
            raise ValidationError("proxy", "give the proxy's host name, name or proxy_id (get_proxies), or leave it out")
        if desired.get("channels") is not None:
            self._validate_channels(desired["channels"])

    @staticmethod
    def _validate_username(name):
        if not _USERNAME.match(name):
            raise ValidationError("name", "%r: a trunk that registers (auth_type credentials) is named by its "
                                          "voicemeup peer_username: 6 to 32 letters, digits, '.', '_' or '-'" % name)

    @staticmethod
    def _validate_auth(desired):
        auth = desired.get("auth_type")
        password = desired.get("password")
        if password is not None and not 6 <= len(password) <= 32:
            raise ValidationError("password", "must be 6 to 32 characters at voicemeup")
        if auth == "ip" and password is not None:
            raise ValidationError("password", "an IP-authenticated voicemeup trunk (static peer) is known by its "
                                              "address and has no user name to go with a password; use auth_type: "
                                              "credentials for a trunk that registers")
        for option in ("ip_address", "port"):
            if auth == "credentials" and desired.get(option) is not None:
                raise ValidationError(option, "a voicemeup trunk that registers (auth_type credentials) tells its "
                                              "address when it registers; %s is for auth_type: ip" % option)

    @staticmethod
    def _validate_channels(channels):
        if not 2 <= len(channels["name"]) <= 32:
            raise ValidationError("channels.name", "%r: a voicemeup channel group name has 2 to 32 characters"
                                  % channels["name"])
        for key in QUANTITIES:
            value = channels.get(key)
            if value is not None and not 0 <= value <= 999:
                raise ValidationError("channels.%s" % key, "must be 0 to 999 channels, not %s" % value)

    # -- checks that read -----------------------------------------------------------------------

    def validate_create(self, desired):
        auth = self._auth_type(desired)
        if auth == "credentials":
            self._validate_username(desired["name"])
            if not desired.get("password"):
                raise ValidationError("password", "is required to create a voicemeup trunk that registers: "
                                                  "VoiceMeUp never returns a peer's password, so one you do not set "
                                                  "could never be known")
        elif not desired.get("ip_address"):
            raise ValidationError("ip_address", "is required to create an IP-authenticated voicemeup trunk (static "
                                                "peer); or use auth_type: credentials for a trunk that registers")
        if desired.get("proxy") is not None:
            self._proxy_row(desired["proxy"])
        if desired.get("channels") is not None:
            self._check_channels(desired["channels"])

    def validate_update(self, changes, current):
        if changes.get("enabled") is False:
            numbers = self._numbers_ringing(self._row["client_peer_id"])
            if numbers:
                raise ValidationError("enabled", "voicemeup cannot disable a trunk that numbers ring (%s; "
                                                 "peer_did_dependency): take it off them first with voip.carrier.did "
                                                 "(trunk)" % ", ".join(numbers))
        if "channels" in changes:
            self._check_channels(changes["channels"])

    def delete_blocked(self, current):
        numbers = self._numbers_ringing(self._row["client_peer_id"])
        if numbers:
            return ("numbers ring this voicemeup trunk (%s), and VoiceMeUp refuses to delete it then "
                    "(peer_did_dependency): take it off them first with voip.carrier.did (trunk)" % ", ".join(numbers))
        return None

    def _check_against(self, row):
        """What the user set that the trunk found cannot take (its type is fixed once created)."""
        auth = AUTH_TYPES.get(row.get("host_type"))
        for option in ("ip_address", "port"):
            if auth == "credentials" and self.desired.get(option) is not None:
                raise ValidationError(option, "the voicemeup trunk %s registers (auth_type credentials): it has no "
                                              "fixed address; remove %s" % (trunk_name(row), option))
        if auth == "ip" and self.desired.get("password") is not None:
            raise ValidationError("password", "the voicemeup trunk %s is IP-authenticated (static peer) and takes no "
                                              "password; remove it" % trunk_name(row))

    @staticmethod
    def _auth_type(desired):
        return desired.get("auth_type") or ("ip" if desired.get("ip_address") else "credentials")

    # -- the wire -------------------------------------------------------------------------------

    def to_neutral(self, row):
        record = {
            "name": trunk_name(row),
            "auth_type": AUTH_TYPES.get(row.get("host_type"), row.get("host_type")),
            "ip_address": row.get("host") or "",
            "port": _int(row.get("port")),
            "transport": row.get("transport") or "",
            "enabled": row.get("status") == "enabled",
            "description": row.get("comments") or "",
            "codecs": sorted(codec.lower() for codec in _csv(row.get("codecs"))),
            "dtmf_mode": row.get("dtmf_mode") or "",
            "nat": "yes" if str(row.get("enable_nat")) == "1" else "no",
            # The caller ID number counts only in the custom caller ID mode.
            "caller_id_number": (row.get("callerid_number") or "") if row.get("callerid_mode") == "custom" else "",
            "max_calls": _int(row.get("simultaneous_calls_limit")) or 0,
            "register_timeout": _int(row.get("register_timeout")),
            "progress_timeout": _int(row.get("progress_timeout")),
            "provider": "voicemeup",
        }
        # What costs a request of its own is read only when the user manages it, or for a listing
        # (sip_trunk_info prepares nothing).
        listing = not self.desired
        if listing or "proxy" in self.desired:
            record["proxy"] = self._proxy_label(str(row.get("proxy_id") or ""))
        if listing or "channels" in self.desired:
            record["channels"] = self._channels_of(str(row.get("client_channel_id") or SYSTEM_CHANNEL))
        if listing:
            record["numbers"] = self._numbers_ringing(str(row.get("client_peer_id")))
        return record

    @staticmethod
    def to_wire(values):
        wire = {key: values[name] for name, key in SIMPLE.items() if name in values}
        if "codecs" in values:
            wire["codecs"] = ",".join(values["codecs"])
        if "nat" in values:
            wire["enable_nat"] = NAT[values["nat"]]
        if "enabled" in values:
            wire["status"] = "enabled" if values["enabled"] else "disabled"
        if "caller_id_number" in values:
            # A caller ID number of the trunk's own replaces what the PBX sends (custom mode); none
            # passes the PBX's caller ID through (device mode).
            wire["callerid_number"] = values["caller_id_number"]
            wire["callerid_mode"] = "custom" if values["caller_id_number"] else "device"
        return wire

    def _peers(self):
        return self.client.records(self.client.call("get_peers"), "peers", "peer")

    def read(self, identity):
        matches = [row for row in self._peers() if trunk_name(row) == identity]
        if len(matches) > 1:
            raise ValidationError("name", "%d voicemeup peers answer to %r (client_peer_id %s): a trunk is named by "
                                          "its peer_username when it registers, else by its friendly_name; rename "
                                          "all but one in the VoiceMeUp portal"
                                  % (len(matches), identity, ", ".join(str(row.get("client_peer_id")) for row in matches)))
        self._row = matches[0] if matches else None
        if self._row is None:
            return None
        self._check_against(self._row)
        return self.to_neutral(self._row)

    def list(self):
        for row in self._peers():
            yield self.to_neutral(row)

    def create(self, desired):
        auth = self._auth_type(desired)
        params = dict(CREATE_DEFAULTS, mode="create", friendly_name=desired["name"], host_type=HOST_TYPES[auth])
        if auth == "credentials":
            params["peer_username"] = desired["name"]
        if desired.get("proxy") is not None:
            params["proxy_id"] = self._proxy_row(desired["proxy"])["proxy_id"]
        if desired.get("channels") is not None:
            params["client_channel_id"] = self._ensure_channels(desired["channels"])
        params.update(self.to_wire(desired))
        self._row = self._written(self.client.call("update_peer", params, write=True), desired["name"])
        return self.to_neutral(self._row) if self._row else None

    def update(self, identity, changes, current, desired):
        row = self._row
        params = {key: row[key] for key in WRITABLE if row.get(key) not in (None, "")}
        metadata = row.get("metadata")
        if isinstance(metadata, dict) and metadata.get("raw_metadata"):
            params["raw_metadata"] = metadata["raw_metadata"]      # update_peer resets what it is not sent
        params.update(self.to_wire(changes))
        if "channels" in changes:
            params["client_channel_id"] = self._ensure_channels(changes["channels"])
        if set(changes) == {"channels"} and str(params["client_channel_id"]) == str(row.get("client_channel_id")):
            # Only the group's quantities changed: the peer itself stays as it is.
            return self.to_neutral(row)
        params.update(mode="update", client_peer_id=row["client_peer_id"])
        self._row = self._written(self.client.call("update_peer", params, write=True), identity,
                                  row["client_peer_id"])
        return self.to_neutral(self._row) if self._row else None

    def _written(self, body, name, peer_id=None):
        """The peer update_peer echoes; where it echoes none, as a read shows it."""
        rows = self.client.records(body, "peers", "peer")
        if rows:
            return rows[0]
        if peer_id is not None:
            rows = self.client.records(self.client.call("get_peers", {"client_peer_id": peer_id}), "peers", "peer")
            return rows[0] if rows else None
        return next((row for row in self._peers() if trunk_name(row) == name), None)

    def delete(self, identity, current):
        self.client.call("delete_peer", {"client_peer_id": self._row["client_peer_id"]}, write=True)

    # -- numbers ringing a peer -----------------------------------------------------------------

    def _numbers_ringing(self, peer_id):
        """The account's numbers whose peers to ring hold the peer, in E.164 (get_dids, once a run)."""
        return sorted(from_carrier(number) for number, row in self.client.dids().items()
                      if peer_id in _csv(row.get("peer_to_rings")))

    # -- proxies --------------------------------------------------------------------------------

    def _proxy_rows(self):
        if self._proxies is None:
            self._proxies = self.client.records(self.client.call("get_proxies"), "proxies", "proxy")
        return self._proxies

    def _proxy_row(self, wanted):
        """The proxy the user names by proxy_id, host name, name or address (case aside)."""
        key = str(wanted).strip().lower()
        names = ("proxy_id", "hostname", "friendly_name", "ip_address")
        found = [row for row in self._proxy_rows() if key in {str(row.get(name) or "").strip().lower() for name in names}]
        if len(found) != 1:
            known = ", ".join("%s (%s)" % (row.get("hostname") or row.get("friendly_name"), row.get("proxy_id"))
                              for row in self._proxy_rows())
            raise ValidationError("proxy", "%r %s; the account's proxies (get_proxies): %s"
                                  % (wanted, "names several voicemeup proxies" if found else "is no voicemeup proxy",
                                     known or "none"))
        return found[0]

    def _proxy_label(self, proxy_id):
        """The peer's proxy as the user wrote it when it is that proxy, else its host name."""
        wanted = self.desired.get("proxy")
        if wanted is not None:
            try:
                if str(self._proxy_row(wanted).get("proxy_id")) == proxy_id:
                    return wanted
            except ValidationError:
                pass        # not a proxy of the account: the difference says so
        row = next((row for row in self._proxy_rows() if str(row.get("proxy_id")) == proxy_id), None)
        return (row.get("hostname") or row.get("friendly_name") or proxy_id) if row else proxy_id

    # -- channel groups -------------------------------------------------------------------------

    def _channel_rows(self):
        if self._channels is None:
            self._channels = self.client.records(self.client.call("get_channels"), "channels", "channel")
        return self._channels

    def _channels_of(self, channel_id):
        row = next((row for row in self._channel_rows() if str(row.get("client_channel_id")) == channel_id), None)
        if row is None:
            return None
        return dict({key: _int(row.get("quantity_" + key)) or 0 for key in QUANTITIES},
                    name=row.get("friendly_name") or "")

    def _group(self, name):
        """The channel group of that name (the System row included), or None."""
        found = [row for row in self._channel_rows() if row.get("friendly_name") == name]
        if len(found) > 1:
            raise ValidationError("channels.name", "%d voicemeup channel groups are named %r (client_channel_id %s); "
                                                   "rename all but one in the VoiceMeUp portal"
                                  % (len(found), name, ", ".join(str(row.get("client_channel_id")) for row in found)))
        return found[0] if found else None

    def _check_channels(self, channels):
        group = self._group(channels["name"])
        given = [key for key in QUANTITIES if key in channels]
        if group is None and not given:
            raise ValidationError("channels", "voicemeup has no channel group named %r; give inbound, outbound "
                                              "and/or bidirectional to create it" % channels["name"])
        if group is not None and str(group.get("client_channel_id")) == SYSTEM_CHANNEL and any(
                _int(group.get("quantity_" + key)) != channels[key] for key in given):
            raise ValidationError("channels", "%r is the System row, the channels of the account's plans: voicemeup "
                                              "does not change it; name a channel group of the trunk's own"
                                  % channels["name"])

    def _ensure_channels(self, channels):
        """The client_channel_id of the group ``channels`` names, created or resized as it says."""
        group = self._group(channels["name"])
        if group is not None and all(_int(group.get("quantity_" + key)) == channels[key]
                                     for key in QUANTITIES if key in channels):
            return str(group["client_channel_id"])
        params = {"friendly_name": channels["name"]}
        for key in QUANTITIES:
            params["quantity_" + key] = channels.get(key, _int((group or {}).get("quantity_" + key)) or 0)
        if group is None:
            params["mode"] = "create"
        else:
            params.update(mode="update", client_channel_id=group["client_channel_id"])
        before = self._channel_rows()
        echo = self.client.records(self.client.call("update_channel", params, write=True), "channels", "channel")
        if echo:
            written = echo[0]
            self._channels = [row for row in before if str(row.get("client_channel_id"))
                              != str(written.get("client_channel_id"))] + [written]
        else:
            self._channels = None       # no echo: as a read shows it
            written = self._group(channels["name"])
            if written is None:
                raise TransportError("voicemeup: update_channel answered success, but get_channels shows no channel "
                                     "group named %r" % channels["name"], request="update_channel")
        return str(written["client_channel_id"])
