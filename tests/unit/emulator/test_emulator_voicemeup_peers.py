"""VoiceMeUp peers, proxies and channel groups: get_peers, update_peer (create/update, the per-mode
required lists, every code of the seed's "Update Peer" section, create-only parameters ignored on
update, the write-only password), delete_peer (peer_did_dependency), get_proxies, get_channels (the
System row), update_channel, delete_channel (seed L916-1012, L1393-1401, L1597-1629)."""

from __future__ import annotations

import pytest

from voicemeup_testclient import VoiceMeUp

DYNAMIC = {"mode": "create", "friendly_name": "Branch PBX", "host_type": "dynamic", "peer_username": "branch-pbx",
           "password": "Branch-Pass-1", "callerid_mode": "device"}
STATIC = {"mode": "create", "friendly_name": "Edge SBC", "host_type": "static", "host": "198.51.100.20", "port": "5080",
          "callerid_mode": "device"}
# What mode=update requires besides friendly_name, host_type and callerid_mode (+ transport if static).
UPDATE = {"mode": "update", "callerid_mode": "device", "callerid_type": "rpid", "callerid_format": "national",
          "codecs": "ulaw", "dtmf_mode": "rfc2833", "dnis_mode": "auto", "dnis_format": "national",
          "status": "enabled"}


@pytest.fixture
def vmu(client):
    return VoiceMeUp(client.port)


def peers(vmu, **params):
    return vmu.ok("get_peers", **params).records("peers", "peer")


def create(vmu, **params):
    [record] = vmu.ok("update_peer", via="post", **params).records("peers", "peer")
    return record


def update(vmu, peer, **params):
    base = dict(UPDATE, client_peer_id=peer["client_peer_id"], friendly_name=peer["friendly_name"],
                host_type=peer["host_type"])
    if peer["host_type"] == "static":
        base["transport"] = "udp"
    return vmu.call("update_peer", via="post", **dict(base, **params))


def stored(vmu, peer_id):
    return vmu.account()["peers"][peer_id]


# -- reads -------------------------------------------------------------------------------------------

def test_the_demo_peers_and_filters(vmu):
    records = peers(vmu)
    assert [(p["client_peer_id"], p["friendly_name"], p["host_type"]) for p in records] == [
        ("40001", "Office PBX", "dynamic"), ("40002", "Data center trunk", "static")]
    assert all("password" not in p and "_password" not in p for p in records)
    [one] = peers(vmu, client_peer_id="40002")
    assert one["host"] == "203.0.113.10"
    assert peers(vmu, client_channel_id="0") == records
    assert peers(vmu, client_subaccount_id="7") == []
    assert vmu.error("get_peers", client_peer_id="99") == ["client_peer_id_invalid"]
    assert vmu.error("get_peers", client_peer_id="x", client_channel_id="77") == ["client_peer_id_invalid",
                                                                                  "client_channel_id_invalid"]


def test_one_peer_is_an_object_none_is_empty(vmu):
    reply = vmu.ok("get_peers", client_peer_id="40001")
    assert isinstance(reply.json["peers"]["peer"], dict)
    vmu.ok("update_did", via="post", phone_number="5145550100", usage_type="default")
    vmu.ok("update_did", via="post", phone_number="8335550100", usage_type="default")
    for peer_id in ("40001", "40002"):
        vmu.ok("delete_peer", via="post", client_peer_id=peer_id)
    assert vmu.ok("get_peers").json["peers"] == ""


def test_proxies(vmu):
    [proxy] = vmu.ok("get_proxies").records("proxies", "proxy")
    assert proxy["proxy_id"] == "1" and proxy["hostname"] == "mtl.voicemeup.example"
    assert vmu.ok("get_proxies", proxy_id="1").records("proxies", "proxy") == [proxy]
    assert vmu.error("get_proxies", proxy_id="9") == ["proxy_id_invalid"]


# -- create ------------------------------------------------------------------------------------------

def test_create_dynamic_peer_with_defaults_and_write_only_password(vmu):
    record = create(vmu, **DYNAMIC)
    assert record["client_peer_id"] == "40003"
    assert {k: record[k] for k in ("proxy_id", "peer_username", "host_type", "callerid_type", "callerid_format",
                                   "codecs", "dtmf_mode", "dnis_mode", "dnis_format", "transport", "status",
                                   "enable_nat", "enable_qualify", "register_timeout", "client_channel_id")} == {
        "proxy_id": "1", "peer_username": "branch-pbx", "host_type": "dynamic", "callerid_type": "rpid",
        "callerid_format": "national", "codecs": "ulaw,g729", "dtmf_mode": "rfc2833", "dnis_mode": "auto",
        "dnis_format": "national", "transport": "udp", "status": "enabled", "enable_nat": "0", "enable_qualify": "0",
        "register_timeout": "3600", "client_channel_id": "0"}
    assert "password" not in record and "Branch-Pass-1" not in vmu.ok("get_peers").body.decode()
    assert stored(vmu, "40003")["_password"] == "Branch-Pass-1"
    assert peers(vmu, client_peer_id="40003") == [record]


def test_create_static_peer(vmu):
    record = create(vmu, **STATIC, codecs="alaw,g729", register_timeout="120", progress_timeout="10", proxy_id="1",
                    simultaneous_calls_limit="12", comments="SBC", raw_metadata='{"owner": "ansible"}')
    assert (record["host"], record["port"], record["codecs"], record["register_timeout"], record["progress_timeout"],
            record["simultaneous_calls_limit"], record["comments"]) == (
        "198.51.100.20", "5080", "alaw,g729", "120", "10", "12", "SBC")
    assert record["metadata"]["raw_metadata"] == '{"owner": "ansible"}'


def test_create_requires_name_host_type_and_callerid_mode(vmu):
    assert vmu.error("update_peer", via="post", mode="create") == [
        "friendly_name_required", "host_type_required", "callerid_mode_required"]


def test_update_requires_the_full_set(vmu):
    assert vmu.error("update_peer", via="post", client_peer_id="40002", friendly_name="Data center trunk",
                     host_type="static", callerid_mode="device") == [
        "callerid_type_required", "callerid_format_required", "transport_required", "codecs_required",
        "dtmf_mode_required", "dnis_mode_required", "dnis_format_required", "status_required"]
    assert vmu.error("update_peer", via="post", mode="update", friendly_name="x y") == [
        "required_parameter_not_found", "host_type_required", "callerid_mode_required", "callerid_type_required",
        "callerid_format_required", "codecs_required", "dtmf_mode_required", "dnis_mode_required",
        "dnis_format_required", "status_required"]


def test_a_dynamic_peer_needs_a_username_and_a_password(vmu):
    params = {k: v for k, v in DYNAMIC.items() if k not in ("peer_username", "password")}
    assert vmu.error("update_peer", via="post", **params) == ["peer_username_required", "password_required"]
    assert create(vmu, **{**params, "host_type": "static"})["peer_username"] == ""


@pytest.mark.parametrize("params, codes", [
    ({"mode": "replace"}, ["mode_invalid"]),
    ({"friendly_name": "x"}, ["friendly_name_invalid"]),
    ({"host_type": "fixed"}, ["host_type_invalid"]),
    ({"host": "300.1.1.1", "port": "70000"}, ["host_invalid", "port_invalid"]),
    ({"peer_username": "short"}, ["peer_username_invalid"]),
    ({"password": "12345"}, ["password_invalid"]),
    ({"callerid_name": "ab", "callerid_number": "514555"}, ["callerid_name_invalid", "callerid_number_invalid"]),
    ({"callerid_mode": "everyone"}, ["callerid_mode_invalid"]),
    ({"callerid_type": "x", "callerid_format": "y"}, ["callerid_type_invalid", "callerid_format_invalid"]),
    ({"callerid_mode": "smart"}, ["client_callerid_profile_id_required"]),
    ({"transport": "sctp"}, ["transport_invalid"]),
    ({"codecs": "ulaw,opus"}, ["codecs_invalid"]),
    ({"dtmf_mode": "sip"}, ["dtmf_invalid"]),
    ({"dnis_mode": "x", "dnis_format": "auto"}, ["dnis_mode_invalid", "dnis_format_invalid"]),
    ({"enable_nat": "yes", "force_ring_signal": "2"}, ["force_ring_signal_invalid", "enable_nat_invalid"]),
    ({"simultaneous_calls_limit": "256"}, ["simultaneous_calls_limit_invalid"]),
    ({"auth_username": "ab"}, ["auth_username_invalid"]),
    ({"qualify": "1999"}, ["qualify_invalid"]),
    ({"enable_qualify": "1"}, ["qualify_required"]),
    ({"default_ip": "nowhere"}, ["default_ip_invalid"]),
    ({"client_channel_id": "999"}, ["client_channel_id_invalid"]),
    ({"notify_callback_triggers": "on_call"}, ["notify_callback_triggers_invalid"]),
    ({"notify_callback_url": "ftp://x"}, ["notify_callback_url_invalid"]),
    ({"enable_notify_callback": "1"}, ["notify_callback_triggers_required", "notify_callback_url_required"]),
    ({"register_timeout": "119", "progress_timeout": "11"}, ["register_timeout_invalid", "progress_timeout_invalid"]),
    ({"proxy_id": "7"}, ["proxy_id_invalid"]),
    ({"provisioned_endpoint_id": "4"}, ["provisioned_endpoint_id_invalid"]),
    ({"status": "deleted"}, ["status_invalid"]),
    ({"type": "iax2"}, ["type_invalid"]),
])
def test_every_bad_value_is_reported(vmu, params, codes):
    assert vmu.error("update_peer", via="post", **dict(DYNAMIC, **params)) == codes


def test_all_errors_at_once_in_parameter_order(vmu):
    params = dict(DYNAMIC, friendly_name="x", port="0", codecs="mp3", qualify="1")
    assert vmu.error("update_peer", via="post", **params) == [
        "friendly_name_invalid", "port_invalid", "codecs_invalid", "qualify_invalid"]


def test_peer_exist_across_accounts(vmu):
    assert vmu.error("update_peer", via="post", **dict(DYNAMIC, peer_username="demo-pbx-01")) == ["peer_exist"]
    vmu.seed(accounts=[{"username": "other", "client_user_id": "222222", "auth_token": "f" * 32}],
             peers=[{"account": "other", "peer_username": "taken-name", "friendly_name": "Other"}])
    assert vmu.error("update_peer", via="post", **dict(DYNAMIC, peer_username="taken-name")) == ["peer_exist"]


def test_peers_limit_reached(vmu):
    vmu.seed(settings={"peers_limit": 3})
    create(vmu, **DYNAMIC)
    assert vmu.error("update_peer", via="post", **dict(DYNAMIC, peer_username="another-1")) == ["peers_limit_reached"]


def test_global_callerid_needs_the_account_settings(vmu):
    params = {**DYNAMIC, "callerid_mode": "global"}
    assert create(vmu, **params)["callerid_mode"] == "global"
    vmu.seed(settings={"global_callerid_infos": False})
    params["peer_username"] = "another-1"
    assert vmu.error("update_peer", via="post", **params) == ["global_callerid_infos_undefined"]


def test_toll_free_caller_id_is_a_notice(vmu):
    reply = vmu.ok("update_peer", via="post", **dict(DYNAMIC, callerid_mode="custom", callerid_number="8005550100"))
    assert reply.codes == ["callerid_rejection_notice"]


# -- update ------------------------------------------------------------------------------------------

def test_update_replaces_but_keeps_create_only_fields_and_password(vmu):
    peer = create(vmu, **DYNAMIC, register_timeout="600", progress_timeout="3", simultaneous_calls_limit="5",
                  comments="old", enable_nat="1")
    reply = update(vmu, peer, peer_username="renamed-peer", proxy_id="9", register_timeout="7200",
                   progress_timeout="1", codecs="g729")
    assert reply.ok, reply.json
    [after] = reply.records("peers", "peer")
    assert (after["peer_username"], after["proxy_id"], after["register_timeout"], after["progress_timeout"]) == (
        "branch-pbx", "1", "600", "3")
    # omitted optional fields returned to their defaults (no preserve_missing_data at update_peer)
    assert (after["simultaneous_calls_limit"], after["comments"], after["enable_nat"], after["codecs"]) == (
        "0", "", "0", "g729")
    assert stored(vmu, peer["client_peer_id"])["_password"] == "Branch-Pass-1"
    assert update(vmu, peer, password="New-Pass-22").ok
    assert stored(vmu, peer["client_peer_id"])["_password"] == "New-Pass-22"


def test_update_unknown_or_missing_peer(vmu):
    params = dict(UPDATE, client_peer_id="1", friendly_name="Peer", host_type="dynamic")
    assert vmu.error("update_peer", via="post", **params) == ["client_peer_id_invalid"]


def test_disabling_a_peer_a_did_rings_is_refused(vmu):
    peer = peers(vmu, client_peer_id="40001")[0]
    assert update(vmu, peer, status="disabled").codes == ["peer_did_dependency"]
    static = create(vmu, **STATIC)
    assert update(vmu, static, status="disabled").ok


def test_excluded_from_sync_notice(vmu):
    [peer_id] = vmu.seed(peers=[{"friendly_name": "Legacy", "host_type": "static", "host": "192.0.2.5",
                                 "excluded_from_sync": True}])["peers"]
    peer = peers(vmu, client_peer_id=peer_id)[0]
    reply = update(vmu, peer, comments="touched")
    assert reply.ok and reply.codes == ["peer_excluded_from_sync"]
    assert update(vmu, peers(vmu, client_peer_id="40002")[0]).codes == []


def test_provisioned_endpoint_links_the_e911_endpoint(vmu):
    [endpoint] = vmu.seed(e911_endpoints=[{"phone_number": "5145550100"}])["e911_endpoints"]
    peer = create(vmu, **dict(STATIC, provisioned_endpoint_id=endpoint))
    assert vmu.account()["e911_endpoints"][endpoint]["client_peer_ids"] == peer["client_peer_id"]
    vmu.ok("delete_peer", via="post", client_peer_id=peer["client_peer_id"])
    assert vmu.account()["e911_endpoints"][endpoint]["client_peer_ids"] == ""


# -- delete ------------------------------------------------------------------------------------------

def test_delete_peer(vmu):
    peer = create(vmu, **STATIC)
    assert vmu.ok("delete_peer", via="post", client_peer_id=peer["client_peer_id"]).codes == []
    assert vmu.error("get_peers", client_peer_id=peer["client_peer_id"]) == ["client_peer_id_invalid"]
    assert vmu.error("delete_peer", via="post", client_peer_id=peer["client_peer_id"]) == ["client_peer_id_invalid"]
    assert vmu.error("delete_peer", via="post") == ["required_parameter_not_found"]


def test_delete_peer_a_did_rings_is_refused(vmu):
    assert vmu.error("delete_peer", via="post", client_peer_id="40002") == ["peer_did_dependency"]
    vmu.ok("update_did", via="post", phone_number="8335550100", usage_type="default")
    vmu.ok("delete_peer", via="post", client_peer_id="40002")


# -- channels ----------------------------------------------------------------------------------------

def test_channels_system_row_and_groups(vmu):
    assert vmu.ok("get_channels").records("channels", "channel") == [
        {"client_channel_id": "0", "friendly_name": "System", "quantity_inbound": "0", "quantity_outbound": "0",
         "quantity_bidirectional": "10"}]
    [group] = vmu.ok("update_channel", via="post", mode="create", friendly_name="Branch", quantity_inbound="2",
                     quantity_outbound="1", quantity_bidirectional="4").records("channels", "channel")
    assert group == {"client_channel_id": "301", "friendly_name": "Branch", "quantity_inbound": "2",
                     "quantity_outbound": "1", "quantity_bidirectional": "4"}
    rows = vmu.ok("get_channels").records("channels", "channel")
    assert [row["friendly_name"] for row in rows] == ["System", "Branch"]
    assert vmu.ok("get_channels", client_channel_id="301").records("channels", "channel") == [group]
    assert vmu.error("get_channels", client_channel_id="302") == ["client_channel_id_invalid"]
    [changed] = vmu.ok("update_channel", via="post", client_channel_id="301", friendly_name="Branch 2",
                       quantity_inbound="0", quantity_outbound="0", quantity_bidirectional="8").records(
        "channels", "channel")
    assert (changed["friendly_name"], changed["quantity_bidirectional"]) == ("Branch 2", "8")


def test_update_channel_rules(vmu):
    assert vmu.error("update_channel", via="post", mode="create") == [
        "friendly_name_required", "quantity_inbound_required", "quantity_outbound_required",
        "quantity_bidirectional_required"]
    assert vmu.error("update_channel", via="post", mode="create", friendly_name="G", quantity_inbound="1000",
                     quantity_outbound="-1", quantity_bidirectional="x") == [
        "friendly_name_invalid", "quantity_inbound_invalid", "quantity_outbound_invalid",
        "quantity_bidirectional_invalid"]
    assert vmu.error("update_channel", via="post", friendly_name="Group", quantity_inbound="1", quantity_outbound="1",
                     quantity_bidirectional="1") == ["required_parameter_not_found"]
    assert vmu.error("update_channel", via="post", client_channel_id="0", friendly_name="System",
                     quantity_inbound="1", quantity_outbound="1",
                     quantity_bidirectional="1") == ["client_channel_id_invalid"]


def test_peers_join_a_group_and_deleting_it_moves_them_back(vmu):
    [channel] = vmu.seed(channels=[{"friendly_name": "Shared", "quantity_bidirectional": 6}])["channels"]
    peer = create(vmu, **dict(STATIC, client_channel_id=channel))
    assert peers(vmu, client_channel_id=channel) == [peer]
    assert vmu.error("delete_channel", via="post", client_channel_id="0") == ["client_channel_id_invalid"]
    vmu.ok("delete_channel", via="post", client_channel_id=channel)
    assert peers(vmu, client_peer_id=peer["client_peer_id"])[0]["client_channel_id"] == "0"
    assert vmu.error("delete_channel", via="post", client_channel_id=channel) == ["client_channel_id_invalid"]


def test_xml_rendering_of_a_peer(vmu):
    reply = vmu.call("get_peers", fmt="xml", client_peer_id="40001")
    text = reply.body.decode()
    assert "<peers><peer><client_peer_id>40001</client_peer_id>" in text and "password" not in text.lower()
