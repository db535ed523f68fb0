"""voip.carrier.sip_trunk and sip_trunk_info against the emulated VoiceMeUp API (a trunk is a peer),
through real ansible-playbook runs. The emulator's request log is the witness for "no write" and
"no request"."""

from __future__ import annotations

import importlib.util
from urllib.parse import parse_qs

import pytest

from conftest import INSTALLED_COLLECTION, TOOLS_DIR
from helpers import play, task

TOKEN = "0123456789abcdef0123456789abcdef"
PASSWORD = "Branch-Peer-Pass-7"
REGISTERING = {"name": "branch-pbx", "auth_type": "credentials", "password": PASSWORD, "codecs": ["ulaw", "alaw"],
               "dtmf_mode": "rfc2833", "nat": "yes", "caller_id_number": "+15145550100",
               "channels": {"bidirectional": 4}}
STATIC = {"name": "Edge SBC", "auth_type": "ip", "ip_address": "198.51.100.20", "port": 5080, "transport": "tls",
          "max_calls": 30, "description": "Managed by Ansible", "proxy": "mtl.voicemeup.example"}

_SPEC = importlib.util.spec_from_file_location("return_keys", TOOLS_DIR / "return_keys.py")
return_keys = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(return_keys)


@pytest.fixture
def vmu(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vmu_creds(vmu):
    return vmu.credentials("voicemeup")


def peers(emulator):
    return emulator.state("voicemeup")["accounts"]["demo-vmu"]["peers"]


def peer_named(emulator, name):
    """The stored peer a trunk name means (peer_username if it registers, else friendly_name)."""
    for peer in peers(emulator).values():
        if (peer["peer_username"] if peer["host_type"] == "dynamic" else peer["friendly_name"]) == name:
            return peer
    return None


def calls(emulator, since, writes_only=False):
    """The request types asked since ``since``, in order."""
    found = emulator.writes("voicemeup", since=since) if writes_only else emulator.requests("voicemeup", since=since)
    return [entry["path"].rsplit("/", 1)[1] for entry in found]


def sent(entry):
    params = parse_qs(entry.get("query") or "", keep_blank_values=True)
    params.update(parse_qs(entry.get("body") or "", keep_blank_values=True))
    return {key: values[0] for key, values in params.items()}


def run(run_playbook, creds, check=False, diff=False, verbosity=0, **options):
    return run_playbook(play(task("sip_trunk", **options), creds=creds, name="voicemeup"), check=check, diff=diff,
                        verbosity=verbosity)


def documented(res, module, title=None):
    """Every key of the task's result is in the module's RETURN (tests/tools/return_keys.py)."""
    result = res.task(title or module)["result"]
    doc = return_keys.return_doc(INSTALLED_COLLECTION / "plugins" / "modules" / ("%s.py" % module))
    assert return_keys.undocumented(doc, result) == []


# -- create, check mode, idempotence ------------------------------------------------------------------

def test_create_a_registering_trunk_then_rerun_writes_nothing(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, diff=True, verbosity=4, **REGISTERING)
    res.assert_ok(changed=True)
    assert calls(vmu, mark) == ["get_peers", "get_channels", "update_channel", "update_peer"]
    trunk = res.task("sip_trunk")["result"]["sip_trunk"]
    assert {k: trunk[k] for k in ("name", "auth_type", "codecs", "dtmf_mode", "nat", "caller_id_number", "enabled",
                                  "transport", "max_calls", "register_timeout", "channels", "provider")} == {
        "name": "branch-pbx", "auth_type": "credentials", "codecs": ["alaw", "ulaw"], "dtmf_mode": "rfc2833",
        "nat": "yes", "caller_id_number": "5145550100", "enabled": True, "transport": "udp", "max_calls": 0,
        "register_timeout": 3600, "provider": "voicemeup",
        "channels": {"name": "branch-pbx", "inbound": 0, "outbound": 0, "bidirectional": 4}}
    stored = peer_named(vmu, "branch-pbx")
    assert (stored["host_type"], stored["friendly_name"], stored["_password"], stored["callerid_mode"],
            stored["client_channel_id"]) == ("dynamic", "branch-pbx", PASSWORD, "custom", "301")
    # Neither the peer's password nor the API token shows anywhere, even at -vvvv.
    res.assert_no_secrets(PASSWORD, TOKEN)
    documented(res, "sip_trunk")

    mark = vmu.last_seq()
    again = run(run_playbook, vmu_creds, verbosity=4, **REGISTERING)
    again.assert_ok(changed=False)
    assert vmu.writes(carrier="voicemeup", since=mark) == []
    assert calls(vmu, mark) == ["get_peers", "get_channels"]
    out = again.task("sip_trunk")["result"]
    assert out["not_compared"] == ["password"] and out["api_calls"]["writes"] == 0
    again.assert_no_secrets(PASSWORD, TOKEN)


def test_check_mode_creates_nothing(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, check=True, **STATIC)
    res.assert_ok(changed=True)
    assert vmu.writes(carrier="voicemeup", since=mark) == []
    assert calls(vmu, mark) == ["get_peers", "get_proxies"]
    assert peer_named(vmu, "Edge SBC") is None
    assert res.task("sip_trunk")["result"]["sip_trunk"]["ip_address"] == "198.51.100.20"


def test_create_an_ip_trunk_and_list_it(vmu, vmu_creds, run_playbook):
    run(run_playbook, vmu_creds, **STATIC).assert_ok(changed=True)
    stored = peer_named(vmu, "Edge SBC")
    assert (stored["host_type"], stored["host"], stored["port"], stored["transport"], stored["proxy_id"],
            stored["simultaneous_calls_limit"], stored["comments"], stored["peer_username"]) == (
        "static", "198.51.100.20", "5080", "tls", "1", "30", "Managed by Ansible", "")
    mark = vmu.last_seq()
    res = run_playbook(play({"name": "info", "voip.carrier.sip_trunk_info": {"name": "Edge SBC"}, "register": "x"},
                            creds=vmu_creds, name="voicemeup")).assert_ok(changed=False)
    assert vmu.writes(carrier="voicemeup", since=mark) == []
    [trunk] = res.task("info")["result"]["sip_trunks"]
    assert (trunk["name"], trunk["auth_type"], trunk["port"], trunk["proxy"], trunk["numbers"]) == (
        "Edge SBC", "ip", 5080, "mtl.voicemeup.example", [])
    documented(res, "sip_trunk_info", "info")


# -- update -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("options, field, expected", [
    ({"codecs": ["g729"]}, "codecs", "g729"),
    ({"dtmf_mode": "info"}, "dtmf_mode", "info"),
    ({"nat": "no"}, "enable_nat", "0"),
    ({"transport": "tcp"}, "transport", "tcp"),
    ({"ip_address": "203.0.113.11", "port": 5062}, "host", "203.0.113.11"),
    ({"description": "Moved"}, "comments", "Moved"),
    ({"caller_id_number": "4165550111"}, "callerid_number", "4165550111"),
    ({"max_calls": 5}, "simultaneous_calls_limit", "5"),
])
def test_each_setting_is_updated_and_converges(vmu, vmu_creds, run_playbook, options, field, expected):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, diff=True, name="Data center trunk", **options)
    res.assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["update_peer"]
    update = sent(vmu.writes(carrier="voicemeup", since=mark)[0])
    # update_peer replaces the peer: the whole required set goes back, create-only fields do not
    assert {"mode", "client_peer_id", "friendly_name", "host_type", "callerid_mode", "callerid_type",
            "callerid_format", "codecs", "dtmf_mode", "dnis_mode", "dnis_format", "status", "transport"} <= set(update)
    assert not {"proxy_id", "peer_username", "register_timeout", "progress_timeout", "password"} & set(update)
    assert peers(vmu)["40002"][field] == expected
    assert res.task("sip_trunk")["result"]["diff"]["before"] != res.task("sip_trunk")["result"]["diff"]["after"]
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, name="Data center trunk", **options).assert_ok(changed=False)
    assert vmu.writes(carrier="voicemeup", since=mark) == []


def test_what_the_user_does_not_set_survives_an_update(vmu, vmu_creds, run_playbook):
    before = dict(peers(vmu)["40001"])
    run(run_playbook, vmu_creds, name="demo-pbx-01", description="Office").assert_ok(changed=True)
    after = peers(vmu)["40001"]
    assert after["comments"] == "Office"
    assert {k: v for k, v in after.items() if k != "comments"} == {k: v for k, v in before.items() if k != "comments"}


def test_password_rotation_with_update_write_only_always(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, diff=True, verbosity=4, name="demo-pbx-01", password="Rotated-Pass-11",
              update_write_only="always")
    res.assert_ok(changed=True)
    [write] = vmu.writes(carrier="voicemeup", since=mark)
    assert sent(write)["password"] == "Rotated-Pass-11"
    assert peers(vmu)["40001"]["_password"] == "Rotated-Pass-11"
    res.assert_no_secrets("Rotated-Pass-11", TOKEN)


def test_channel_group_quantities_change_without_touching_the_peer(vmu, vmu_creds, run_playbook):
    vmu.seed(carrier="voicemeup", channels=[{"friendly_name": "Data centres", "quantity_bidirectional": 6}])
    run(run_playbook, vmu_creds, name="Data center trunk", channels={"name": "Data centres"}).assert_ok(changed=True)
    assert peers(vmu)["40002"]["client_channel_id"] == "301"
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, name="Data center trunk",
        channels={"name": "Data centres", "inbound": 2, "bidirectional": 8}).assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["update_channel"]
    group = vmu.state("voicemeup")["accounts"]["demo-vmu"]["channels"]["301"]
    assert (group["quantity_inbound"], group["quantity_bidirectional"]) == ("2", "8")


# -- create-only options and refusals -------------------------------------------------------------------

@pytest.mark.parametrize("options, field, current", [
    ({"proxy": "198.51.100.99"}, "proxy", "is 'mtl.voicemeup.example'"),
    ({"register_timeout": 600}, "register_timeout", "is 3600"),
    ({"progress_timeout": 3}, "progress_timeout", "is not set"),
    ({"auth_type": "ip"}, "auth_type", "is 'credentials'"),
])
def test_create_only_options_are_refused_without_a_write(vmu, vmu_creds, run_playbook, options, field, current):
    mark = vmu.last_seq()
    failed = run(run_playbook, vmu_creds, name="demo-pbx-01", **options).assert_failed(
        "%s: %s and can only be chosen when the sip_trunk is created" % (field, current))
    assert failed["result"]["field"] == field
    # only the read that found the trunk (and the proxy list naming its proxy): nothing written
    assert vmu.writes(carrier="voicemeup", since=mark) == []
    assert set(calls(vmu, mark)) <= {"get_peers", "get_proxies"}


def test_delete_refused_while_numbers_ring_the_trunk(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    failed = run(run_playbook, vmu_creds, name="demo-pbx-01", state="absent").assert_failed(
        "state: absent is not possible: numbers ring this voicemeup trunk (+15145550100, +18335550100)")
    assert failed["result"]["field"] == "state"
    assert vmu.writes(carrier="voicemeup", since=mark) == [] and "40001" in peers(vmu)
    failed = run(run_playbook, vmu_creds, name="demo-pbx-01", enabled=False).assert_failed(
        "enabled: voicemeup cannot disable a trunk that numbers ring")
    assert vmu.writes(carrier="voicemeup", since=mark) == []


def test_delete_then_absent_again(vmu, vmu_creds, run_playbook):
    run(run_playbook, vmu_creds, **STATIC).assert_ok(changed=True)
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, name="Edge SBC", state="absent").assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["delete_peer"]
    assert peer_named(vmu, "Edge SBC") is None
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, name="Edge SBC", state="absent").assert_ok(changed=False)
    assert vmu.writes(carrier="voicemeup", since=mark) == []


def test_a_carrier_refusal_is_reported_with_its_code(vmu, vmu_creds, run_playbook):
    vmu.seed(carrier="voicemeup", accounts=[{"username": "other", "client_user_id": "222222",
                                             "auth_token": "f" * 32}],
             peers=[{"account": "other", "peer_username": "taken-name", "friendly_name": "Other",
                     "host_type": "dynamic"}])
    failed = run(run_playbook, vmu_creds, name="taken-name", auth_type="credentials",
                 password=PASSWORD).assert_failed("peer_exist: The username is already in use. (name:")
    assert (failed["result"]["carrier_code"], failed["result"]["request"]) == ("peer_exist", "update_peer")


# -- bad input: no request at all ---------------------------------------------------------------------------

@pytest.mark.parametrize("options, message", [
    ({"name": "x"}, "name: 'x': a voicemeup trunk name (peer friendly_name) has 2 to 32 characters"),
    ({"name": "pbx", "auth_type": "credentials", "password": PASSWORD}, "name: 'pbx': a trunk that registers"),
    ({"name": "pbx-one", "codecs": ["all"]}, "codecs: all: not a voicemeup codec"),
    ({"name": "pbx-one", "nat": "route"}, "nat: 'route' is not a voicemeup nat; use one of yes, no"),
    ({"name": "pbx-one", "password": "short"}, "password: must be 6 to 32 characters at voicemeup"),
    ({"name": "pbx-one", "auth_type": "ip", "ip_address": "192.0.2.1", "password": PASSWORD},
     "password: an IP-authenticated voicemeup trunk (static peer)"),
    ({"name": "pbx-one", "auth_type": "credentials", "ip_address": "192.0.2.1"},
     "ip_address: a voicemeup trunk that registers"),
    ({"name": "pbx-one", "ip_address": "300.1.1.1"}, "ip_address: '300.1.1.1' is not an IPv4 or IPv6 address"),
    ({"name": "pbx-one", "max_calls": 300}, "max_calls: must be 0 to 255"),
    ({"name": "pbx-one", "channels": {"bidirectional": 1000}}, "channels.bidirectional: must be 0 to 999"),
    ({"name": "pbx-one", "music_on_hold": "jazz"}, "voicemeup does not support this sip_trunk option"),
])
def test_bad_input_fails_before_any_request(vmu, vmu_creds, run_playbook, options, message):
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, **options).assert_failed(message)
    assert vmu.requests(carrier="voicemeup", since=mark) == []


def test_creating_a_registering_trunk_needs_a_password(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, name="branch-pbx", auth_type="credentials").assert_failed(
        "password: is required to create a voicemeup trunk that registers")
    assert vmu.writes(carrier="voicemeup", since=mark) == []
