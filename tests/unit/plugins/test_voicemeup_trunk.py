"""VoiceMeUp sip_trunk adapter (providers/voicemeup/trunk.py): voip.carrier.sip_trunk and sip_trunk_info
run in-process against the in-process emulator, each request checked in the emulator's log."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from fault_harness import run_module

from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.trunk import trunk_name

TOKEN = "0123456789abcdef0123456789abcdef"
REGISTERING = {"name": "branch-pbx", "auth_type": "credentials", "password": "Branch-Pass-1"}


@pytest.fixture
def vmu(control):
    creds = {"provider": "voicemeup", "api_url": control.base_url + "/voicemeup", "api_username": "demo-vmu",
             "api_key": TOKEN}

    class Run:
        def __init__(self):
            self.control = control
            self.creds = creds
            self.mark = control.last_seq()

        def module(self, module="sip_trunk", **params):
            self.mark = control.last_seq()
            return run_module(module, dict(creds, **params))

        def calls(self, writes_only=False):
            """(request type, parameters) of every request since the last module run."""
            found = []
            for entry in control.requests("voicemeup", self.mark):
                if writes_only and not entry["write"]:
                    continue
                params = {k: v[0] for k, v in parse_qs(entry["query"] or "").items()}
                params.update({k: v[0] for k, v in parse_qs(entry["body"] or "", keep_blank_values=True).items()})
                found.append((entry["path"].rsplit("/", 1)[-1], params))
            return found

        def types(self, writes_only=False):
            return [request_type for request_type, _params in self.calls(writes_only)]

        def peer(self, peer_id):
            return control.state("voicemeup")["accounts"]["demo-vmu"]["peers"][peer_id]

        def peers_named(self, name):
            peers = control.state("voicemeup")["accounts"]["demo-vmu"]["peers"].values()
            return [peer for peer in peers if trunk_name(peer) == name]

    return Run()


def adapter_for(vmu, **options):
    """An adapter with the user's options prepared and validated, as the engine hands them over."""
    adapter = open_client(vmu.creds).resource("sip_trunk")
    desired = SIP_TRUNK.desired_from_params(dict(options))
    return adapter, Converger(SIP_TRUNK).prepare(adapter, desired, "present")


# -- naming and reading --------------------------------------------------------------------------

def test_a_registering_peer_is_named_by_its_user_name_a_static_one_by_its_friendly_name(vmu):
    kind, result = vmu.module("sip_trunk_info")
    assert kind == "exit"
    trunks = {trunk["name"]: trunk for trunk in result["sip_trunks"]}
    assert sorted(trunks) == ["Data center trunk", "demo-pbx-01"]
    office = trunks["demo-pbx-01"]
    assert office == {"name": "demo-pbx-01", "auth_type": "credentials", "ip_address": "", "transport": "udp",
                      "enabled": True, "description": "", "codecs": ["g729", "ulaw"], "dtmf_mode": "rfc2833",
                      "nat": "yes", "caller_id_number": "", "max_calls": 0, "register_timeout": 3600,
                      "provider": "voicemeup", "proxy": "mtl.voicemeup.example",
                      "channels": {"name": "System", "inbound": 0, "outbound": 0, "bidirectional": 10},
                      "numbers": ["+15145550100", "+18335550100"]}
    assert trunks["Data center trunk"]["ip_address"] == "203.0.113.10" and trunks["Data center trunk"]["port"] == 5060
    assert vmu.types() == ["get_peers", "get_proxies", "get_channels", "get_dids"]


def test_info_by_name(vmu):
    kind, result = vmu.module("sip_trunk_info", name="Data center trunk")
    assert kind == "exit" and [t["auth_type"] for t in result["sip_trunks"]] == ["ip"]
    assert vmu.module("sip_trunk_info", name="nobody")[1]["sip_trunks"] == []


def test_a_name_two_peers_answer_to_is_an_error(vmu):
    vmu.control.seed({"carrier": "voicemeup", "peers": [{"friendly_name": "demo-pbx-01", "host_type": "static",
                                                         "host": "192.0.2.7"}]})
    kind, result = vmu.module(name="demo-pbx-01", description="x")
    assert kind == "fail" and result["field"] == "name"
    assert "2 voicemeup peers answer to 'demo-pbx-01' (client_peer_id 40001, 40003)" in result["msg"]
    assert vmu.types(writes_only=True) == []


# -- create, idempotence, update -----------------------------------------------------------------

def test_create_a_registering_trunk_then_rerun_writes_nothing(vmu):
    kind, result = vmu.module(**REGISTERING, codecs=["ulaw", "alaw"], caller_id_number="514-555-0100",
                              register_timeout=600)
    assert kind == "exit" and result["changed"] is True
    assert vmu.types() == ["get_peers", "update_peer"]
    [(_request_type, sent)] = vmu.calls(writes_only=True)
    assert {k: sent[k] for k in ("mode", "friendly_name", "host_type", "peer_username", "password", "codecs",
                                 "callerid_mode", "callerid_number", "callerid_type", "callerid_format", "dnis_mode",
                                 "dnis_format", "dtmf_mode", "transport", "status", "register_timeout")} == {
        "mode": "create", "friendly_name": "branch-pbx", "host_type": "dynamic", "peer_username": "branch-pbx",
        "password": "Branch-Pass-1", "codecs": "alaw,ulaw", "callerid_mode": "custom",
        "callerid_number": "5145550100", "callerid_type": "rpid", "callerid_format": "national", "dnis_mode": "auto",
        "dnis_format": "national", "dtmf_mode": "rfc2833", "transport": "udp", "status": "enabled",
        "register_timeout": "600"}
    trunk = result["sip_trunk"]
    assert trunk["name"] == "branch-pbx" and trunk["caller_id_number"] == "5145550100"
    assert "password" not in trunk or trunk["password"] == "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
    [peer] = vmu.peers_named("branch-pbx")
    assert peer["_password"] == "Branch-Pass-1"

    kind, result = vmu.module(**REGISTERING, codecs=["alaw", "ulaw"], caller_id_number="+15145550100",
                              register_timeout=600)
    assert (kind, result["changed"], result["not_compared"]) == ("exit", False, ["password"])
    assert vmu.types() == ["get_peers"]


def test_create_an_ip_trunk_with_a_proxy_and_a_new_channel_group(vmu):
    vmu.control.seed({"carrier": "voicemeup", "proxies": [{"proxy_id": "2", "friendly_name": "Toronto",
                                                           "hostname": "tor.voicemeup.example"}]})
    options = {"name": "Edge SBC", "ip_address": "198.51.100.20", "port": 5080, "transport": "tls", "proxy": "Toronto",
               "channels": {"inbound": 2, "bidirectional": 6}, "max_calls": 12, "nat": "yes"}
    kind, result = vmu.module(**options)
    assert kind == "exit" and result["changed"] is True, result
    assert vmu.types() == ["get_peers", "get_proxies", "get_channels", "update_channel", "update_peer"]
    calls = dict(vmu.calls(writes_only=True))
    assert calls["update_channel"]["friendly_name"] == "Edge SBC" and calls["update_channel"]["mode"] == "create"
    assert (calls["update_channel"]["quantity_inbound"], calls["update_channel"]["quantity_outbound"],
            calls["update_channel"]["quantity_bidirectional"]) == ("2", "0", "6")
    sent = calls["update_peer"]
    assert (sent["host_type"], sent["host"], sent["port"], sent["transport"], sent["proxy_id"],
            sent["client_channel_id"], sent["simultaneous_calls_limit"], sent["enable_nat"]) == (
        "static", "198.51.100.20", "5080", "tls", "2", "301", "12", "1")
    assert "peer_username" not in sent and "password" not in sent
    trunk = result["sip_trunk"]
    assert trunk["proxy"] == "Toronto" and trunk["auth_type"] == "ip"
    assert trunk["channels"] == {"name": "Edge SBC", "inbound": 2, "outbound": 0, "bidirectional": 6}

    kind, result = vmu.module(**options)
    assert (kind, result["changed"]) == ("exit", False)
    assert vmu.types() == ["get_peers", "get_proxies", "get_channels"]


def test_only_the_groups_quantities_changed_means_no_update_peer(vmu):
    options = {"name": "Edge SBC", "ip_address": "198.51.100.20", "channels": {"bidirectional": 6}}
    vmu.module(**options)
    kind, result = vmu.module(**dict(options, channels={"bidirectional": 8, "inbound": 1}))
    assert kind == "exit" and result["changed"] is True
    assert vmu.types(writes_only=True) == ["update_channel"]
    [(_request_type, sent)] = vmu.calls(writes_only=True)
    assert (sent["mode"], sent["client_channel_id"], sent["quantity_inbound"], sent["quantity_outbound"],
            sent["quantity_bidirectional"]) == ("update", "301", "1", "0", "8")


def test_joining_an_existing_group_and_back_to_the_system_row(vmu):
    vmu.control.seed({"carrier": "voicemeup", "channels": [{"friendly_name": "Shared", "quantity_bidirectional": 9}]})
    kind, result = vmu.module(name="Data center trunk", channels={"name": "Shared"})
    assert kind == "exit" and result["changed"] is True
    assert vmu.types(writes_only=True) == ["update_peer"]
    assert vmu.peer("40002")["client_channel_id"] == "301"
    kind, result = vmu.module(name="Data center trunk", channels={"name": "System"})
    assert kind == "exit" and result["changed"] is True and vmu.peer("40002")["client_channel_id"] == "0"
    kind, result = vmu.module(name="Data center trunk", channels={"name": "System", "bidirectional": 99})
    assert kind == "fail" and "is the System row" in result["msg"]
    kind, result = vmu.module(name="Data center trunk", channels={"name": "Nowhere"})
    assert kind == "fail" and "no channel group named 'Nowhere'" in result["msg"]
    assert vmu.types(writes_only=True) == []


def test_an_update_sends_the_whole_peer_back(vmu):
    vmu.control.seed({"carrier": "voicemeup", "peers": [{
        "friendly_name": "Legacy", "host_type": "static", "host": "192.0.2.5", "transport": "tcp", "enable_qualify": "1",
        "qualify": "5000", "callerid_mode": "global", "enable_recording": "1", "client_filter_ids": "4,5",
        "notify_callback_url": "https://hooks.example.com/peer", "notify_callback_triggers": "on_ring,on_hangup",
        "enable_notify_callback": "1", "comments": "keep me", "raw_metadata": '{"owner": "noc"}'}]})
    before = vmu.peer("40003")
    kind, result = vmu.module(name="Legacy", codecs=["g729"], dtmf_mode="inband")
    assert kind == "exit" and result["changed"] is True, result
    assert vmu.types(writes_only=True) == ["update_peer"]
    after = vmu.peer("40003")
    assert (after["codecs"], after["dtmf_mode"]) == ("g729", "inband")
    unchanged = {k: v for k, v in before.items() if k not in ("codecs", "dtmf_mode")}
    assert {k: after[k] for k in unchanged} == unchanged


def test_create_only_options_are_refused_on_update_before_any_write(vmu):
    for options, field in (({"proxy": "9"}, "proxy"), ({"register_timeout": 120}, "register_timeout"),
                           ({"progress_timeout": 5}, "progress_timeout"), ({"auth_type": "ip"}, "auth_type")):
        kind, result = vmu.module(name="demo-pbx-01", **options)
        assert kind == "fail" and result["field"] == field, result
        assert "can only be chosen when the sip_trunk is created" in result["msg"]
        assert vmu.types(writes_only=True) == []
    assert vmu.module(name="demo-pbx-01", proxy="Montreal", register_timeout=3600)[1]["changed"] is False


def test_the_password_is_write_only_and_sent_with_update_write_only_always(vmu):
    kind, result = vmu.module(name="demo-pbx-01", password="Rotated-Pass-9")
    assert (kind, result["changed"], result["not_compared"]) == ("exit", False, ["password"])
    assert vmu.types() == ["get_peers"]
    kind, result = vmu.module(name="demo-pbx-01", password="Rotated-Pass-9", update_write_only="always")
    assert kind == "exit" and result["changed"] is True
    [(_request_type, sent)] = vmu.calls(writes_only=True)
    assert sent["password"] == "Rotated-Pass-9" and sent["mode"] == "update"
    assert vmu.peer("40001")["_password"] == "Rotated-Pass-9"


def test_a_peer_a_number_rings_cannot_be_disabled_or_deleted(vmu):
    kind, result = vmu.module(name="demo-pbx-01", enabled=False)
    assert kind == "fail" and result["field"] == "enabled"
    assert "+15145550100, +18335550100" in result["msg"] and "voip.carrier.did" in result["msg"]
    kind, result = vmu.module(name="Data center trunk", state="absent")
    assert kind == "fail" and result["field"] == "state" and "+18335550100" in result["msg"]
    assert vmu.types(writes_only=True) == []


def test_delete_then_absent_again(vmu):
    vmu.module(name="Edge SBC", ip_address="198.51.100.20")
    kind, result = vmu.module(name="Edge SBC", state="absent")
    assert kind == "exit" and result["changed"] is True
    assert vmu.types() == ["get_peers", "get_dids", "delete_peer"]
    assert vmu.peers_named("Edge SBC") == []
    kind, result = vmu.module(name="Edge SBC", state="absent")
    assert (kind, result["changed"]) == ("exit", False) and vmu.types() == ["get_peers"]


def test_check_mode_writes_nothing(vmu):
    kind, result = vmu.module(_ansible_check_mode=True, **REGISTERING)
    assert kind == "exit" and result["changed"] is True
    assert vmu.types(writes_only=True) == [] and vmu.peers_named("branch-pbx") == []


# -- bad input: refused before any request --------------------------------------------------------

@pytest.mark.parametrize("options, field, text", [
    ({"name": "x"}, "name", "has 2 to 32 characters"),
    ({"name": "short", "auth_type": "credentials", "password": "Long-Pass-1"}, "name", "6 to 32 letters"),
    ({"name": "bad name!", "auth_type": "credentials", "password": "Long-Pass-1"}, "name", "peer_username"),
    ({"name": "pbx-one", "codecs": ["all"]}, "codecs", "all: not a voicemeup codec"),
    ({"name": "pbx-one", "nat": "route"}, "nat", "'route' is not a voicemeup nat; use one of yes, no"),
    ({"name": "pbx-one", "auth_type": "ip", "ip_address": "192.0.2.1", "password": "Long-Pass-1"}, "password",
     "IP-authenticated"),
    ({"name": "pbx-one", "auth_type": "credentials", "ip_address": "192.0.2.1"}, "ip_address", "registers"),
    ({"name": "pbx-one", "password": "12345"}, "password", "6 to 32 characters"),
    ({"name": "pbx-one", "ip_address": "192.0.2.1", "port": 70000}, "port", "1 to 65535"),
    ({"name": "pbx-one", "max_calls": 256}, "max_calls", "0 to 255"),
    ({"name": "pbx-one", "register_timeout": 60}, "register_timeout", "120 to 7200"),
    ({"name": "pbx-one", "progress_timeout": 11}, "progress_timeout", "1 to 10"),
    ({"name": "pbx-one", "channels": {"name": "x"}}, "channels.name", "2 to 32"),
    ({"name": "pbx-one", "channels": {"bidirectional": 1000}}, "channels.bidirectional", "0 to 999"),
    ({"name": "pbx-one", "caller_id_number": "+442079460000"}, "caller_id_number", "not a North American number"),
    ({"name": "pbx-one", "international_calls": True}, "international_calls", "voicemeup does not support"),
])
def test_bad_input_fails_before_any_request(vmu, options, field, text):
    kind, result = vmu.module(**options)
    assert kind == "fail" and result["field"] == field and text in result["msg"], result
    assert vmu.types() == []


@pytest.mark.parametrize("options, field, text", [
    ({"name": "branch-pbx"}, "password", "is required to create a voicemeup trunk that registers"),
    ({"name": "Edge SBC", "auth_type": "ip"}, "ip_address", "is required to create an IP-authenticated"),
    ({"name": "Edge SBC", "ip_address": "192.0.2.1", "proxy": "nowhere.example"}, "proxy",
     "'nowhere.example' is no voicemeup proxy; the account's proxies (get_proxies): mtl.voicemeup.example (1)"),
])
def test_what_a_create_needs_is_checked_before_any_write(vmu, options, field, text):
    kind, result = vmu.module(**options)
    assert kind == "fail" and result["field"] == field and text in result["msg"], result
    assert vmu.types(writes_only=True) == []


def test_options_a_found_trunk_cannot_take(vmu):
    kind, result = vmu.module(name="demo-pbx-01", ip_address="192.0.2.1")
    assert kind == "fail" and result["field"] == "ip_address" and "registers" in result["msg"]
    kind, result = vmu.module(name="Data center trunk", password="Long-Pass-1")
    assert kind == "fail" and result["field"] == "password"
    assert vmu.types() == ["get_peers"]


# -- the adapter alone ---------------------------------------------------------------------------

def test_the_caller_id_number_counts_in_custom_mode_only(vmu):
    adapter, _desired = adapter_for(vmu, name="Data center trunk")
    row = {"host_type": "static", "friendly_name": "x", "callerid_number": "5145550100", "callerid_mode": "global"}
    assert adapter.to_neutral(row)["caller_id_number"] == ""
    assert adapter.to_neutral(dict(row, callerid_mode="custom"))["caller_id_number"] == "5145550100"
    assert adapter.to_wire({"caller_id_number": ""}) == {"callerid_number": "", "callerid_mode": "device"}


def test_a_missing_echo_is_read_back(vmu):
    adapter, desired = adapter_for(vmu, name="Edge SBC", ip_address="198.51.100.20")
    assert adapter.read("Edge SBC") is None
    call = adapter.client.call

    def without_echo(request_type, params=None, **kwargs):
        body = call(request_type, params, **kwargs)
        return dict(body, peers="") if request_type == "update_peer" else body

    adapter.client.call = without_echo
    record = adapter.create(desired)
    assert record["name"] == "Edge SBC" and record["ip_address"] == "198.51.100.20"
    assert vmu.types()[-2:] == ["update_peer", "get_peers"]


def test_validation_needs_no_request(vmu):
    with pytest.raises(ValidationError):
        adapter_for(vmu, name="pbx-one", codecs=["opus"])
    assert vmu.types() == []
