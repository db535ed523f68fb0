"""VoIP.ms through real ansible-playbook runs: nothing bought or written for bad input (the emulator's
request log is the witness), write-only values carried by every update, carrier codes that name our
options, and api_url given either as the base URL or as the full endpoint."""

from __future__ import annotations

import pytest

from helpers import play, task, vm, vm_account, vm_calls, vm_creds  # noqa: F401  pylint: disable=unused-import

WITH_PIN = "+17862285601"        # MIAMI FL, has_port_out_pin 1
WITHOUT_PIN = "+17862285871"     # MIAMI FL, has_port_out_pin 0
TORONTO = "+14165550100"         # Canadian: never a PIN


def did_row(emulator, number):
    return vm_account(emulator)["dids"].get(number[2:])


def subaccount(emulator, username):
    return next((s for s in vm_account(emulator)["subaccounts"].values() if s["username"] == username), None)


# ---- 1. port_out_pin is decided before the order -------------------------------------------------

@pytest.mark.parametrize("check", [False, True])
@pytest.mark.parametrize("number", [WITHOUT_PIN, TORONTO])
def test_pin_on_a_number_that_cannot_take_one_buys_nothing(vm, vm_creds, run_playbook, number, check):
    balance = vm_account(vm)["balance"]
    mark = vm.last_seq()
    res = run_playbook(play(task("did", number=number, port_out_pin="1234"), creds=vm_creds), check=check)
    res.assert_failed("port_out_pin: voip")
    calls = vm_calls(vm, since=mark)
    assert "orderDID" not in calls and vm_calls(vm, since=mark, writes_only=True) == []
    assert calls[-1] in ("searchDIDsUSA", "getDIDsUSA")
    assert did_row(vm, number) is None and vm_account(vm)["balance"] == balance


def test_pin_on_a_number_with_one_is_ordered_and_set(vm, vm_creds, run_playbook):
    mark = vm.last_seq()
    run_playbook(play(task("did", number=WITH_PIN, port_out_pin="1234"), creds=vm_creds)).assert_ok(changed=True)
    calls = vm_calls(vm, since=mark)
    assert calls.index("getDIDsUSA") < calls.index("orderDID") < calls.index("setDIDInfo")
    assert did_row(vm, WITH_PIN)["port_out_pin"] == "1234"


def test_pin_on_a_held_canadian_number_fails_before_any_write(vm, vm_creds, run_playbook):
    vm.seed(carrier="voipms", dids=[{"did": TORONTO[2:]}])
    mark = vm.last_seq()
    run_playbook(play(task("did", number=TORONTO, port_out_pin="1234"), creds=vm_creds)).assert_failed(
        "port_out_pin: voipms offers port-out PINs only on selected US numbers")
    assert vm_calls(vm, since=mark) == ["getDIDsInfo"]


# ---- 2. write-only values ------------------------------------------------------------------------

def test_record_calls_travels_with_every_update(vm, vm_creds, run_playbook):
    vm.seed(carrier="voipms", dids=[{"did": WITH_PIN[2:], "note": "old"}])
    number = {"number": WITH_PIN}
    res = run_playbook(play(task("did", **number, description="new", record_calls=True), creds=vm_creds))
    res.assert_ok(changed=True)
    assert did_row(vm, WITH_PIN)["_record_calls"] == "1"
    assert res.task("did")["result"]["not_compared"] == ["record_calls"]
    mark = vm.last_seq()
    again = run_playbook(play(task("did", **number, description="new", record_calls=True), creds=vm_creds))
    again.assert_ok(changed=False)
    assert again.task("did")["result"]["not_compared"] == ["record_calls"] and vm_calls(vm, since=mark) == ["getDIDsInfo"]
    # another option triggers the update: the declared value goes with it
    run_playbook(play(task("did", **number, cnam=True, record_calls=True), creds=vm_creds)).assert_ok(changed=True)
    assert did_row(vm, WITH_PIN)["_record_calls"] == "1" and did_row(vm, WITH_PIN)["cnam"] == "1"
    # not declared: VoIP.ms's replace resets it (documented)
    run_playbook(play(task("did", **number, cnam=False), creds=vm_creds)).assert_ok(changed=True)
    assert did_row(vm, WITH_PIN)["_record_calls"] == "0"
    run_playbook(play(task("did", **number, record_calls=True, update_write_only="always"),
                      creds=vm_creds)).assert_ok(changed=True)
    assert did_row(vm, WITH_PIN)["_record_calls"] == "1"


def test_allow225_travels_with_every_update(vm, vm_creds, run_playbook):
    trunk = {"name": "pbx7", "auth_type": "ip", "ip_address": "203.0.113.70", "allow225": True}
    run_playbook(play(task("sip_trunk", **trunk), creds=vm_creds)).assert_ok(changed=True)
    assert subaccount(vm, "pbx7")["_allow225"] == "1"
    mark = vm.last_seq()
    again = run_playbook(play(task("sip_trunk", **trunk), creds=vm_creds)).assert_ok(changed=False)
    assert again.task("sip_trunk")["result"]["not_compared"] == ["allow225"]
    assert vm_calls(vm, since=mark) == ["getSubAccounts"]
    run_playbook(play(task("sip_trunk", **trunk, description="front"), creds=vm_creds)).assert_ok(changed=True)
    assert subaccount(vm, "pbx7")["_allow225"] == "1" and subaccount(vm, "pbx7")["description"] == "front"


# ---- 3. bad input fails before any request (or any write, after the read it needs) ---------------

@pytest.mark.parametrize("options, message", [
    ({"codecs": ["ulaw", "opus"]}, "codecs"),
    ({"dtmf_mode": "loud"}, "dtmf_mode"),
    ({"nat": "maybe"}, "nat"),
    ({"music_on_hold": "easy listening"}, "music_on_hold: 'easy listening' is not a voipms music-on-hold class"),
    ({"caller_id_number": "12"}, "caller_id_number:"),
    ({"auth_type": "ip", "ip_address": "10.0.0.5"}, "ip_address: 10.0.0.5 is a private or reserved address"),
    ({"auth_type": "ip", "ip_address": "192.168.1.20"}, "ip_address: 192.168.1.20 is a private or reserved address"),
    ({"auth_type": "ip", "ip_address": "127.0.0.1"}, "ip_address: 127.0.0.1 is a private or reserved address"),
])
def test_trunk_bad_input_makes_no_request(vm, vm_creds, run_playbook, options, message):
    options = dict({"auth_type": "ip", "ip_address": "203.0.113.71"}, **options)
    mark = vm.last_seq()
    run_playbook(play(task("sip_trunk", name="pbx8", **options), creds=vm_creds)).assert_failed(message)
    assert vm_calls(vm, since=mark) == []


@pytest.mark.parametrize("check", [False, True])
def test_unknown_music_on_hold_is_read_then_refused(vm, vm_creds, run_playbook, check):
    trunk = {"name": "pbx9", "auth_type": "ip", "ip_address": "203.0.113.72"}
    run_playbook(play(task("sip_trunk", **trunk), creds=vm_creds)).assert_ok(changed=True)
    mark = vm.last_seq()
    run_playbook(play(task("sip_trunk", **trunk, music_on_hold="metal"), creds=vm_creds), check=check).assert_failed(
        "music_on_hold: 'metal' is not a music-on-hold class of this voipms account")
    assert vm_calls(vm, since=mark) == ["getSubAccounts", "getMusicOnHold"]
    run_playbook(play(task("sip_trunk", **trunk, music_on_hold="jazz", nat="route", dtmf_mode="rfc2833"),
                      creds=vm_creds)).assert_ok(changed=True)
    row = subaccount(vm, "pbx9")
    assert (row["music_on_hold"], row["nat"], row["dtmf_mode"]) == ("jazz", "route", "rfc2833")


def test_did_voicemail_form_and_existence(vm, vm_creds, run_playbook):
    vm.seed(carrier="voipms", mailboxes=[{"mailbox": "101"}])
    mark = vm.last_seq()
    run_playbook(play(task("did", number=WITH_PIN, voicemail="main box"), creds=vm_creds)).assert_failed(
        "voicemail: 'main box' is not a voipms mailbox number")
    assert vm_calls(vm, since=mark) == []
    run_playbook(play(task("did", number=WITH_PIN, voicemail="102"), creds=vm_creds), check=True).assert_failed(
        "voicemail: there is no mailbox 102 in this voipms account")
    assert "orderDID" not in vm_calls(vm, since=mark) and vm_calls(vm, since=mark, writes_only=True) == []
    run_playbook(play(task("did", number=WITH_PIN, voicemail="101"), creds=vm_creds)).assert_ok(changed=True)
    assert did_row(vm, WITH_PIN)["voicemail"] == "101"


# ---- 4. carrier codes name our options ----------------------------------------------------------

def test_carrier_code_names_the_option(vm, vm_creds, run_playbook):
    run_playbook(play(task("sip_trunk", name="pbx10", auth_type="ip", ip_address="203.0.113.73"),
                      creds=vm_creds)).assert_ok(changed=True)
    vm.seed(carrier="voipms", inject=[{"method": "setSubAccount", "status": "invalid_musiconhold"}])
    res = run_playbook(play(task("sip_trunk", name="pbx10", description="x"), creds=vm_creds))
    failure = res.assert_failed("voipms API error invalid_musiconhold: music_on_hold: ")
    assert failure["msg"].endswith("(setSubAccount)") and failure["result"]["carrier_code"] == "invalid_musiconhold"


def test_address_state_code_names_region_not_state(vm, vm_creds, run_playbook):
    vm.seed(carrier="voipms", dids=[{"did": WITH_PIN[2:]}],
            inject=[{"method": "e911Validate", "status": "invalid_state"}])
    address = {"name": "ACME", "street_number": "1", "street_name": "Main St", "city": "Miami", "region": "FL",
               "postal_code": "33101", "email": "e@example.com"}
    failure = run_playbook(play(task("e911", number=WITH_PIN, **address), creds=vm_creds)).assert_failed(
        "voipms API error invalid_state: region: the state or province")
    assert "state: " not in failure["msg"].replace("invalid_state: ", "")


# ---- 6. api_url: the base URL or the full endpoint --------------------------------------------------

@pytest.mark.parametrize("suffix", ["/", "/api/v1/rest.php", "/api/v1/rest.php/"])
def test_api_url_forms(vm, vm_creds, run_playbook, suffix):
    creds = dict(vm_creds, api_url=vm_creds["api_url"] + suffix)
    run_playbook(play({"name": "info", "voip.carrier.did_info": {}}, creds=creds)).assert_ok(changed=False)


def test_api_url_that_is_not_the_api_is_named(vm, vm_creds, run_playbook):
    creds = dict(vm_creds, api_url=vm_creds["api_url"] + "/api/v2")
    run_playbook(play({"name": "info", "voip.carrier.did_info": {}}, creds=creds)).assert_failed(
        "api_url: %s/api/v2/api/v1/rest.php answered HTTP 404" % vm_creds["api_url"])
