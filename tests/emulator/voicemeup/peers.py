"""Peers (SIP endpoints and trunks), proxies and channel groups: get_peers, update_peer, delete_peer
(seed L916-1012), get_proxies (L1393-1401), get_channels, update_channel, delete_channel (L1597-1629);
digest §3.2.5, §4.3, §6.2, §6.3.

PROJECT DECISIONS (the seed lost every sample and leaves some conditions unsaid), documented in
docs/emulator.md, VoiceMeUp "Peers, proxies and channels":

* The peer record is ``dids.PEER_DEFAULTS``: the update_peer parameters but ``mode``, the deprecated
  ``username`` and ``enable_dnis``, and the write-only ``password`` (kept internally, never returned),
  plus ``client_peer_id`` and ``metadata``; every value a string.
* Required on both modes: ``friendly_name``, ``host_type``, ``callerid_mode``; on ``update`` also
  ``callerid_type``, ``callerid_format``, ``codecs``, ``dtmf_mode``, ``dnis_mode``, ``dnis_format``,
  ``status``, and ``transport`` for a static peer ("Required when using static IP", digest §5 #24).
  The seed's "Optionally required" without a stated condition is read as: ``peer_username`` and
  ``password`` are required to create a ``dynamic`` peer (a peer that registers needs both;
  synthesized ``peer_username_required``, documented ``password_required``); ``proxy_id`` and
  ``progress_timeout`` are optional (default: the account's first proxy, no progress timeout).
* Create-only parameters (``proxy_id``, ``peer_username``, ``register_timeout``,
  ``progress_timeout``) are ignored with ``mode=update`` (digest §6.3), as is the deprecated
  ``username`` always (it is the v1.1 auth parameter, digest §5 #8).
* ``mode=update`` replaces the peer: every omitted optional parameter returns to its create default
  (digest §4.0), except the create-only ones and the password, which keep their value.
* Create defaults: the seed's ("default is 0" flags, ``dnis_mode`` auto, ids 0) and, where it gives
  none, ``callerid_type`` rpid, ``callerid_format`` national, ``dnis_format`` national (digest §5
  #24), ``transport`` udp, ``codecs`` ulaw,g729, ``dtmf_mode`` rfc2833, ``register_timeout`` 3600,
  ``simultaneous_calls_limit`` 0 (no limit of its own), ``status`` enabled.
* ``peer_exist``: a ``peer_username`` another peer of any account holds (SIP user names are
  VoiceMeUp-wide). ``peers_limit_reached``: creating beyond the ``peers_limit`` setting.
  ``global_callerid_infos_undefined``: ``callerid_mode=global`` while the ``global_callerid_infos``
  setting is false. ``qualify_required``: ``enable_qualify=1`` without a ``qualify`` value.
  ``callerid_rejection_notice``: a toll-free ``callerid_number`` (success notice).
  ``peer_did_dependency``: disabling or deleting a peer that a live DID rings (``peer_to_rings``).
  ``peer_excluded_from_sync``: a success notice on every update of a peer seeded with
  ``"excluded_from_sync": true``. ``type_invalid`` ("The peer protocol is invalid."): an undocumented
  ``type`` parameter other than ``sip``. ``smart`` caller-ID profiles are not emulated: any positive
  ``client_callerid_profile_id`` is accepted. Filters and sub-accounts are not emulated either: any
  id is accepted.
* ``provisioned_endpoint_id`` set to an E911 endpoint links the peer to it as ``associate_e911``
  does; deleting a peer unlinks it from every endpoint.
* Channels: the ``System`` row (``client_channel_id`` 0, the channels of the account's plans, the
  ``system_channels`` setting, bidirectional) comes first in get_channels and cannot be updated or
  deleted (``client_channel_id_invalid``); peers and DIDs with ``client_channel_id`` 0 draw on it.
  Deleting a group moves the peers and DIDs in it back to 0.
"""

from __future__ import annotations

import ipaddress

from emulator.carrier import SeedError
from emulator.voicemeup import refdata
from emulator.voicemeup.check import Validator
from emulator.voicemeup.dids import PEER_DEFAULTS, read_metadata
from emulator.voicemeup.errors import ApiError
from emulator.voicemeup.model import Account, public
from emulator.voicemeup.wire import Params

PEERS = ("peers", "peer")
PROXIES = ("proxies", "proxy")
CHANNELS = ("channels", "channel")

HOST_TYPES = ("dynamic", "static")
CALLERID_MODES = ("global", "privacy", "custom", "device", "smart")
CALLERID_TYPES = ("rpid", "pid", "none")
CALLERID_FORMATS = ("e164", "unaltered", "national")
TRANSPORTS = ("udp", "tcp", "tls")
CODECS = ("g729", "ulaw", "alaw", "g726", "gsm", "ilbc")
DTMF_MODES = ("rfc2833", "inband", "info", "auto")
DNIS_MODES = ("auto", "forced", "disabled")
DNIS_FORMATS = ("national", "e164")
NOTIFY_TRIGGERS = ("on_create", "on_ring", "on_answer", "on_hangup", "on_test", "on_record")
FLAGS = ("force_ring_signal", "enable_nat", "enable_reinvite", "enable_recording", "ondemand_recording",
         "enable_notification")
# provisioned_endpoint_id's own values: 0 = default, 1 = dynamic, 2 = block, 3 = unprovisioned.
ENDPOINT_MODES = ("0", "1", "2", "3")
# Required with mode=update besides friendly_name, host_type and callerid_mode (seed L930-1004).
UPDATE_REQUIRED = ("callerid_type", "callerid_format", "codecs", "dtmf_mode", "dnis_mode", "dnis_format", "status")
# Parameters that only mode=create reads; kept by an update (digest §6.3).
CREATE_ONLY = ("proxy_id", "peer_username", "register_timeout", "progress_timeout")
# The create defaults (module docstring): the seed's "default is 0" flags over the demo record's layout.
CREATE_DEFAULTS = {**PEER_DEFAULTS, **{name: "0" for name in FLAGS}, "enable_auth": "0", "enable_qualify": "0",
                   "enable_notify_callback": "0", "qualify": "", "callerid_mode": "device", "proxy_id": ""}
CHANNEL_FIELDS = ("client_channel_id", "friendly_name", "quantity_inbound", "quantity_outbound",
                  "quantity_bidirectional")
SYSTEM_CHANNEL = "0"


def _ip(v: Validator, name: str, code: str | None = None) -> str | None:
    value = v.text(name)
    if value is None:
        return None
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        v.fail(code or f"{name}_invalid")
        return None


def _csv(items) -> str | None:
    return None if items is None else ",".join(items)


# -- get_peers / get_proxies -----------------------------------------------------------------------

def _sorted(records: dict) -> list:
    return [records[key] for key in sorted(records, key=int)]


def get_peers(ctx) -> dict:
    """All peers, or one by ``client_peer_id``; ``client_channel_id`` / ``client_subaccount_id`` filter."""
    v = Validator(ctx.params, ctx.account)
    peer_id = v.integer("client_peer_id", code="client_peer_id_invalid")
    channel = v.integer("client_channel_id", code="client_channel_id_invalid")
    subaccount = v.integer("client_subaccount_id", code="client_subaccount_id_invalid")
    if peer_id is not None and peer_id not in ctx.account.peers:
        v.fail("client_peer_id_invalid")
    if channel not in (None, SYSTEM_CHANNEL) and channel not in ctx.account.channels:
        v.fail("client_channel_id_invalid")
    v.done()
    records = []
    for peer in _sorted(ctx.account.peers):
        if peer_id is not None and peer["client_peer_id"] != peer_id:
            continue
        if channel is not None and peer["client_channel_id"] != channel:
            continue
        if subaccount is not None and peer["client_subaccount_id"] != subaccount:
            continue
        records.append(public(peer))
    return {PEERS[0]: (PEERS[1], records)}


def get_proxies(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    proxy_id = v.integer("proxy_id", code="proxy_id_invalid")
    if proxy_id is not None and proxy_id not in ctx.account.proxies:
        v.fail("proxy_id_invalid")
    v.done()
    records = [dict(proxy) for proxy in _sorted(ctx.account.proxies)
               if proxy_id is None or proxy["proxy_id"] == proxy_id]
    return {PROXIES[0]: (PROXIES[1], records)}


# -- update_peer -----------------------------------------------------------------------------------

def _find_peer(v: Validator, account: Account) -> dict | None:
    """The peer of ``client_peer_id`` (required with mode=update, digest §6.2 step 6)."""
    peer_id = v.require("client_peer_id", "required_parameter_not_found")
    if peer_id is None:
        return None
    peer_id = v.integer("client_peer_id", code="client_peer_id_invalid")
    peer = account.peers.get(peer_id) if peer_id is not None else None
    if peer_id is not None and peer is None:
        v.fail("client_peer_id_invalid")
    return peer


def _create_only(v: Validator, account: Account, state) -> dict:
    """proxy_id, peer_username, register_timeout, progress_timeout, validated as mode=create reads them."""
    values = {}
    proxy_id = v.integer("proxy_id", code="proxy_id_invalid")
    if proxy_id is not None and proxy_id not in account.proxies:
        v.fail("proxy_id_invalid")
    elif proxy_id is not None:
        values["proxy_id"] = proxy_id
    username = v.text("peer_username", 6, 32, "peer_username_invalid")
    if username is not None:
        if any(peer["peer_username"] == username for other in state.accounts.values() for peer in other.peers.values()):
            v.fail("peer_exist")
        values["peer_username"] = username
    for name, low, high in (("register_timeout", 120, 7200), ("progress_timeout", 1, 10)):
        value = v.integer(name, low, high)
        if value is not None:
            values[name] = value
    return values


def _callerid(v: Validator, values: dict, ctx) -> None:
    name = v.text("callerid_name", 3, 15, "callerid_name_invalid")
    number = v.digits("callerid_number", 10, code="callerid_number_invalid")
    mode = v.require("callerid_mode")
    mode = v.enum("callerid_mode", CALLERID_MODES) if mode is not None else None
    values.update(callerid_name=name, callerid_number=number, callerid_mode=mode)
    if mode == "global" and not ctx.state.settings["global_callerid_infos"]:
        v.fail("global_callerid_infos_undefined")


def _choice(v: Validator, name: str, choices, required: bool, code: str | None = None) -> str | None:
    if required and v.require(name) is None:
        return None
    return v.enum(name, choices, code)


def _update_peer_fields(v: Validator, ctx, update: bool) -> dict:
    """Every parameter of the seed's table but mode, client_peer_id and the create-only ones, in the
    seed's order: {record field: value} for those given and valid (None for the omitted ones)."""
    account = ctx.account
    values = {"friendly_name": v.text("friendly_name", 2, 32) if v.require("friendly_name") is not None else None}
    values["host_type"] = _choice(v, "host_type", HOST_TYPES, True)
    values["host"] = _ip(v, "host")
    values["port"] = v.integer("port", 1, 65535)
    values["password"] = v.text("password", 6, 32, "password_invalid")
    _callerid(v, values, ctx)
    values["callerid_type"] = _choice(v, "callerid_type", CALLERID_TYPES, update)
    values["callerid_format"] = _choice(v, "callerid_format", CALLERID_FORMATS, update)
    profile = v.integer("client_callerid_profile_id", 1, code="client_callerid_profile_id_invalid")
    if values["callerid_mode"] == "smart" and profile is None and not v.failed("client_callerid_profile_id"):
        v.fail("client_callerid_profile_id_required")
    values["client_callerid_profile_id"] = profile
    values["transport"] = _choice(v, "transport", TRANSPORTS, update and values["host_type"] == "static")
    if update and v.require("codecs") is None:
        values["codecs"] = None
    else:
        values["codecs"] = _csv(v.enum_list("codecs", CODECS, "codecs_invalid"))
    values["dtmf_mode"] = _choice(v, "dtmf_mode", DTMF_MODES, update, "dtmf_invalid")
    values["dnis_mode"] = _choice(v, "dnis_mode", DNIS_MODES, update)
    values["dnis_format"] = _choice(v, "dnis_format", DNIS_FORMATS, update)
    for name in FLAGS:
        values[name] = v.flag(name)
    if v.flag("enable_dnis") == "1":                  # deprecated: "will set the dnis_mode at forced"
        values["dnis_mode"] = "forced"
    values["simultaneous_calls_limit"] = v.integer("simultaneous_calls_limit", 0, 255)
    values["enable_auth"] = v.flag("enable_auth")
    values["auth_username"] = v.text("auth_username", 3, 32, "auth_username_invalid")
    values["enable_qualify"] = v.flag("enable_qualify")
    values["qualify"] = v.integer("qualify", 2000, 60000, "qualify_invalid")
    values["default_ip"] = _ip(v, "default_ip", "default_ip_invalid")
    channel = v.integer("client_channel_id", code="client_channel_id_invalid")
    if channel not in (None, SYSTEM_CHANNEL) and channel not in account.channels:
        v.fail("client_channel_id_invalid")
    values["client_channel_id"] = channel
    values["client_subaccount_id"] = v.integer("client_subaccount_id", code="client_subaccount_id_invalid")
    values["client_filter_ids"] = _csv(v.id_list("client_filter_ids", "client_filter_ids_invalid"))
    values["enable_notify_callback"] = v.flag("enable_notify_callback")
    values["notify_callback_triggers"] = _csv(v.enum_list("notify_callback_triggers", NOTIFY_TRIGGERS))
    values["notify_callback_url"] = v.url("notify_callback_url")
    endpoint = v.integer("provisioned_endpoint_id", code="provisioned_endpoint_id_invalid")
    if endpoint is not None and endpoint not in ENDPOINT_MODES and endpoint not in account.e911_endpoints:
        v.fail("provisioned_endpoint_id_invalid")
        endpoint = None
    values["provisioned_endpoint_id"] = endpoint
    values["status"] = _choice(v, "status", ("enabled", "disabled"), update, "status_invalid")
    values["comments"] = v.text("comments")
    if v.params.has("type") and v.params.get("type").strip().lower() != "sip":
        v.fail("type_invalid")
    return values


def _check_peer(v: Validator, account: Account, peer: dict, old: dict | None) -> None:
    """The rules on the resulting record (so an update is checked with what it keeps)."""
    if peer["enable_qualify"] == "1" and not peer["qualify"]:
        v.fail("qualify_required")
    if peer["enable_notify_callback"] == "1":
        if not peer["notify_callback_triggers"]:
            v.fail("notify_callback_triggers_required")
        if not peer["notify_callback_url"]:
            v.fail("notify_callback_url_required")
    if old is None and peer["host_type"] == "dynamic":
        if not peer["peer_username"]:
            v.fail("peer_username_required")
        if not peer.get("_password"):
            v.fail("password_required")
    if peer["status"] == "disabled" and old is not None and old["status"] != "disabled" and \
            dids_ringing(account, peer["client_peer_id"]):
        v.fail("peer_did_dependency")


def dids_ringing(account: Account, peer_id: str) -> list:
    """The live DIDs whose peer_to_rings holds the peer."""
    return [did for did in account.live_dids() if peer_id in did["peer_to_rings"].split(",")]


def _link_endpoint(account: Account, peer_id: str, endpoint_id: str) -> None:
    """As associate_e911 / disassociate_e911 do: a peer is listed by at most one endpoint."""
    for endpoint in account.e911_endpoints.values():
        peers = [p for p in endpoint.get("client_peer_ids", "").split(",") if p and p != peer_id]
        if endpoint["client_endpoint_id"] == endpoint_id:
            peers.append(peer_id)
        endpoint["client_peer_ids"] = ",".join(peers)


def update_peer(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    account = ctx.account
    # An invalid mode is reported alone with the values' own errors: neither mode's requirements apply.
    mode = v.enum("mode", ("update", "create"), "mode_invalid") or ("update" if not v.failed("mode") else None)
    update = mode == "update"
    old = _find_peer(v, account) if update else None
    kept = _create_only(v, account, ctx.state) if mode == "create" else {}
    values = _update_peer_fields(v, ctx, update)
    metadata = read_metadata(v)
    if mode == "create" and len(account.peers) >= ctx.state.settings["peers_limit"]:
        v.fail("peers_limit_reached")
    if not v.ok() or (update and old is None):
        v.done()
        raise ApiError("required_parameter_not_found")   # unreachable: _find_peer recorded why
    password = values.pop("password")
    if update:
        peer = {**CREATE_DEFAULTS, **{name: old[name] for name in ("client_peer_id",) + CREATE_ONLY},
                "_password": old.get("_password", "")}
        peer.update({key: value for key, value in old.items() if key.startswith("_") and key != "_password"})
    else:
        proxy = kept.get("proxy_id") or (min(account.proxies, key=int) if account.proxies else "")
        peer = {**CREATE_DEFAULTS, **kept, "proxy_id": proxy, "client_peer_id": "", "_password": ""}
    peer.update({name: value for name, value in values.items() if value is not None})
    if password is not None:
        peer["_password"] = password
    if metadata is not None:
        peer["metadata"] = metadata
    _check_peer(v, account, peer, old)
    v.done()
    if values["callerid_number"] is not None and values["callerid_number"][:3] in refdata.TOLL_FREE_NPAS:
        ctx.notice("callerid_rejection_notice")
    if not update:
        peer["client_peer_id"] = account.next_id("client_peer_id")
    if old is None or old["provisioned_endpoint_id"] != peer["provisioned_endpoint_id"]:
        _link_endpoint(account, peer["client_peer_id"], peer["provisioned_endpoint_id"])
    if old is not None:
        old.clear()
        old.update(peer)
        peer = old
        if peer.get("_excluded_from_sync") == "1":
            ctx.notice("peer_excluded_from_sync")
    else:
        account.peers[peer["client_peer_id"]] = peer
    return {PEERS[0]: (PEERS[1], [public(peer)])}


def delete_peer(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    peer = _find_peer(v, ctx.account)
    v.done()
    peer_id = peer["client_peer_id"]
    if dids_ringing(ctx.account, peer_id):
        raise ApiError("peer_did_dependency")
    _link_endpoint(ctx.account, peer_id, "")
    del ctx.account.peers[peer_id]
    return {}


# -- channels --------------------------------------------------------------------------------------

def system_channel(ctx) -> dict:
    """The System row: every channel the account holds through plans and services (seed L1599)."""
    return {"client_channel_id": SYSTEM_CHANNEL, "friendly_name": "System", "quantity_inbound": "0",
            "quantity_outbound": "0", "quantity_bidirectional": str(int(ctx.state.settings["system_channels"]))}


def get_channels(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    channel = v.integer("client_channel_id", code="client_channel_id_invalid")
    if channel not in (None, SYSTEM_CHANNEL) and channel not in ctx.account.channels:
        v.fail("client_channel_id_invalid")
    v.done()
    records = [system_channel(ctx)] + [dict(group) for group in _sorted(ctx.account.channels)]
    if channel is not None:
        records = [record for record in records if record["client_channel_id"] == channel]
    return {CHANNELS[0]: (CHANNELS[1], records)}


def _channel_group(v: Validator, account: Account) -> dict | None:
    if v.require("client_channel_id", "required_parameter_not_found") is None:
        return None
    channel = v.integer("client_channel_id", code="client_channel_id_invalid")
    group = account.channels.get(channel) if channel is not None else None
    if channel is not None and group is None:
        v.fail("client_channel_id_invalid")      # the System row (0) included: it is not a group
    return group


def update_channel(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    mode = v.enum("mode", ("update", "create"), "mode_invalid") or ("update" if not v.failed("mode") else None)
    group = _channel_group(v, ctx.account) if mode != "create" else None
    values = {"friendly_name": v.text("friendly_name", 2, 32) if v.require("friendly_name") is not None else None}
    for name in CHANNEL_FIELDS[2:]:
        values[name] = v.integer(name, 0, 999) if v.require(name) is not None else None
    if not v.ok() or (mode != "create" and group is None):
        v.done()
        raise ApiError("required_parameter_not_found")   # unreachable: _channel_group recorded why
    if group is None:
        group = {"client_channel_id": ctx.account.next_id("client_channel_id")}
        ctx.account.channels[group["client_channel_id"]] = group
    group.update(values)
    return {CHANNELS[0]: (CHANNELS[1], [dict(group)])}


def delete_channel(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    group = _channel_group(v, ctx.account)
    v.done()
    channel = group["client_channel_id"]
    for record in list(ctx.account.peers.values()) + list(ctx.account.dids.values()):
        if record.get("client_channel_id") == channel:
            record["client_channel_id"] = SYSTEM_CHANNEL
    del ctx.account.channels[channel]
    return {}


# -- seeding (POST /_emulator/seed keys "proxies", "channels", "peers") ---------------------------------

def _seed_text(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ",".join(_seed_text(item) for item in value)
    return "" if value is None else str(value)


def _seed_id(account: Account, kind: str, value, taken: dict, key: str) -> str:
    record_id = _seed_text(value) or account.next_id(kind)
    if not record_id.isdigit() or record_id in taken:
        raise SeedError(f"{key}: {kind} {record_id!r} is not a number or exists")
    if int(record_id) > account.counters.get(kind, 0):
        account.counters[kind] = int(record_id)
    return record_id


PROXY_KEYS = frozenset({"account", "proxy_id", "friendly_name", "hostname", "ip_address", "port", "location"})


def seed_proxies(state, value, now: float) -> list:
    """``{"proxies": [{"proxy_id", "friendly_name", "hostname", "ip_address", "port", "location"}]}``."""
    from emulator.voicemeup.seed import account_of, items  # the seed module registers this one

    created = []
    for item in items(value, "proxies"):
        unknown = set(item) - PROXY_KEYS
        if unknown:
            raise SeedError(f"proxies: unknown fields {', '.join(sorted(unknown))}")
        account = account_of(state, item, "proxies")
        proxy_id = _seed_text(item.get("proxy_id"))
        if not proxy_id.isdigit():
            raise SeedError("proxies: proxy_id (a number) is required")
        account.proxies[proxy_id] = {"proxy_id": proxy_id, **{key: _seed_text(item.get(key)) for key in
                                                              ("friendly_name", "hostname", "ip_address", "port",
                                                               "location")}}
        created.append(proxy_id)
    return created


def seed_channels(state, value, now: float) -> list:
    """``{"channels": [{"friendly_name", "quantity_inbound", "quantity_outbound", "quantity_bidirectional",
    "client_channel_id"}]}`` (quantities default 0)."""
    from emulator.voicemeup.seed import account_of, items

    created = []
    for item in items(value, "channels"):
        unknown = set(item) - set(CHANNEL_FIELDS) - {"account"}
        if unknown:
            raise SeedError(f"channels: unknown fields {', '.join(sorted(unknown))}")
        account = account_of(state, item, "channels")
        channel = _seed_id(account, "client_channel_id", item.get("client_channel_id"), account.channels, "channels")
        group = {"client_channel_id": channel, "friendly_name": _seed_text(item.get("friendly_name")) or "Group"}
        for name in CHANNEL_FIELDS[2:]:
            group[name] = _seed_text(item.get(name, 0))
        account.channels[channel] = group
        created.append(channel)
    return created


SEED_PEER_KEYS = frozenset(PEER_DEFAULTS) | {"account", "password", "excluded_from_sync", "raw_metadata"}


def seed_peers(state, value, now: float) -> list:
    """``{"peers": [{<peer record field>..., "password", "excluded_from_sync": true}]}``: stored as given
    over the create defaults (no validation); returns the client_peer_ids."""
    from emulator.voicemeup.seed import account_of, items

    created = []
    for item in items(value, "peers"):
        unknown = set(item) - SEED_PEER_KEYS
        if unknown:
            raise SeedError(f"peers: unknown fields {', '.join(sorted(unknown))}")
        account = account_of(state, item, "peers")
        peer_id = _seed_id(account, "client_peer_id", item.get("client_peer_id"), account.peers, "peers")
        peer = {**CREATE_DEFAULTS, "proxy_id": min(account.proxies, key=int) if account.proxies else ""}
        for key, field_value in item.items():
            if key in PEER_DEFAULTS:
                peer[key] = _seed_text(field_value)
        peer.update(client_peer_id=peer_id, _password=_seed_text(item.get("password")),
                    _excluded_from_sync="1" if item.get("excluded_from_sync") else "0")
        if "raw_metadata" in item:
            # As update_peer would store it (a flat JSON object also gives metadata_attributes).
            peer["metadata"] = read_metadata(Validator(Params({}, {"raw_metadata": _seed_text(item["raw_metadata"])})))
        if peer["host_type"] not in HOST_TYPES or peer["status"] not in ("enabled", "disabled"):
            raise SeedError("peers: host_type must be dynamic or static, status enabled or disabled")
        account.peers[peer_id] = peer
        created.append(peer_id)
    return created
