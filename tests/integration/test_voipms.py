"""Every module at VoIP.ms, against the emulated VoIP.ms API, through real ansible-playbook runs.
The emulator's request log (the ``method`` of each call, and its write flag) is the witness."""

from __future__ import annotations

import pytest

from helpers import play, task, vm, vm_account, vm_calls, vm_creds  # noqa: F401  pylint: disable=unused-import

NUMBER = "+17862285600"        # in the seeded stock, MIAMI FL, SMS available


def did_row(vm, did="7862285600"):
    return vm_account(vm)["dids"].get(did)


def subaccount(vm, username):
    return next((s for s in vm_account(vm)["subaccounts"].values() if s["username"] == username), None)


def own(vm, did="7862285600", **fields):
    vm.seed(carrier="voipms", dids=[dict({"did": did}, **fields)])


# ---- did --------------------------------------------------------------------------------------

def test_did_order_configure_rerun_and_release(vm, vm_creds, run_playbook):
    options = {"number": NUMBER, "description": "sales", "cnam": True, "dial_time": 30, "billing_type": "flat",
               "routing": "sys:echo"}
    res = run_playbook(play(task("did", **options), creds=vm_creds)).assert_ok(changed=True)
    row = did_row(vm)
    assert row["note"] == "sales" and row["cnam"] == "1" and row["dialtime"] == "30" and row["billing_type"] == "2"
    assert row["routing"] == "sys:echo" and row["pop"]            # the recommended POP was used
    assert res.task("did")["result"]["did"]["billing_type"] == "flat"
    mark = vm.last_seq()
    again = run_playbook(play(task("did", **options), creds=vm_creds)).assert_ok(changed=False)
    assert vm_calls(vm, since=mark) == ["getDIDsInfo"]
    assert again.task("did")["result"]["api_calls"] == {"reads": 1, "writes": 0, "retries": 0, "total": 1}
    run_playbook(play(task("did", number=NUMBER, state="absent"), creds=vm_creds)).assert_ok(changed=True)
    assert did_row(vm) is None


def test_did_update_merges_the_whole_record(vm, vm_creds, run_playbook):
    own(vm, note="keep me", callerid_prefix="MIA", port_out_pin="1234", failover_busy="sys:busy", dialtime="45")
    mark = vm.last_seq()
    run_playbook(play(task("did", number=NUMBER, cnam=True), creds=vm_creds), diff=True).assert_ok(changed=True)
    assert vm_calls(vm, since=mark, writes_only=True) == ["setDIDInfo"]
    row = did_row(vm)
    # setDIDInfo replaces the record: what the user did not set must survive the read-merge-write
    assert row["cnam"] == "1" and row["note"] == "keep me" and row["callerid_prefix"] == "MIA"
    assert row["port_out_pin"] == "1234" and row["failover_busy"] == "sys:busy" and row["dialtime"] == "45"


def test_did_routes_to_a_trunk_by_sub_account_name(vm, vm_creds, run_playbook):
    vm.seed(carrier="voipms", subaccounts=[{"username": "pbx1", "auth_type": "2", "ip": "203.0.113.7"}])
    own(vm)
    res = run_playbook(play(task("did", number=NUMBER, trunk="pbx1"), creds=vm_creds)).assert_ok(changed=True)
    assert did_row(vm)["routing"] == "account:100000_pbx1"
    assert res.task("did")["result"]["did"]["trunk"] == "pbx1"
    run_playbook(play(task("did", number=NUMBER, trunk="pbx1"), creds=vm_creds)).assert_ok(changed=False)
    failed = run_playbook(play(task("did", number=NUMBER, trunk="nosuch"), creds=vm_creds), verbosity=4)
    failed.assert_failed("trunk: there is no voipms sub-account 'nosuch' to route to")
    failed.assert_no_secrets(vm_creds["api_password"])
    vm.seed(carrier="voipms", inject=[{"method": "setDIDInfo", "status": "invalid_routing_header", "times": 1}])
    refused = run_playbook(play(task("did", number=NUMBER, description="x"), creds=vm_creds), verbosity=4)
    refused.assert_failed("voipms API error invalid_routing_header")
    refused.assert_no_secrets(vm_creds["api_password"])


def test_did_check_mode_uses_the_test_flag_and_writes_nothing(vm, vm_creds, run_playbook):
    mark = vm.last_seq()
    run_playbook(play(task("did", number=NUMBER, description="x"), creds=vm_creds), check=True).assert_ok(
        changed=True)
    assert "orderDID" in vm_calls(vm, since=mark)
    assert vm_calls(vm, since=mark, writes_only=True) == [] and did_row(vm) is None
    res = run_playbook(play(task("did", number="+17862299999"), creds=vm_creds), check=True)
    res.assert_failed("voipms API error invalid_did")


@pytest.mark.parametrize("options, message", [
    ({"tier": "1"}, "tier: voipms does not support this did option"),
    ({"caller_id_name": "ACME"}, "caller_id_name: voipms does not support this did option"),
    ({"description": "x" * 50}, "description: must be shorter than 50 characters at voipms"),
    ({"routing": "nowhere"}, "routing: 'nowhere' is not a routing target"),
    ({"trunk": "a", "routing": "none:"}, "parameters are mutually exclusive: trunk|routing"),
])
def test_did_bad_input_fails_before_any_request(vm, vm_creds, run_playbook, options, message):
    mark = vm.last_seq()
    run_playbook(play(task("did", number=NUMBER, **options), creds=vm_creds)).assert_failed(message)
    assert vm_calls(vm, since=mark) == []


def test_did_info_and_available_did_info(vm, vm_creds, run_playbook):
    vm.seed(carrier="voipms", dids=[{"did": str(2125550100 + i)} for i in range(30)])
    res = run_playbook(play(
        {"name": "all", "voip.carrier.did_info": {}},
        {"name": "ny", "voip.carrier.did_info": {"pattern": "212555011*"}},
        {"name": "search", "voip.carrier.available_did_info": {"region": "FL", "rate_center": "miami", "limit": 2}},
        {"name": "tf", "voip.carrier.available_did_info": {"type": "toll_free", "npa": "844", "limit": 3}},
        {"name": "ca", "voip.carrier.available_did_info": {"region": "ON", "limit": 0}},
        creds=vm_creds)).assert_ok(changed=False)
    everything = res.task("all")["result"]
    assert len(everything["dids"]) == 30 and everything["api_calls"]["reads"] == 1
    assert len(res.task("ny")["result"]["dids"]) == 10
    found = res.task("search")["result"]["available"]
    assert found[0]["number"] == NUMBER and found[0]["rate_center"] == "MIAMI" and found[0]["sms"] is True
    assert all(a["number"].startswith("+1844") for a in res.task("tf")["result"]["available"])
    assert len(res.task("ca")["result"]["available"]) == 60
    run_playbook(play({"name": "zip", "voip.carrier.available_did_info": {"zip": "33101"}},
                      creds=vm_creds)).assert_failed("zip: voipms cannot search by ZIP code")


# ---- sip_trunk (sub-accounts) ------------------------------------------------------------------

def test_trunk_create_rerun_update_delete(vm, vm_creds, run_playbook):
    options = {"name": "pbx2", "auth_type": "credentials", "password": "Str0ngPassw0rd", "codecs": ["g729", "ulaw"],
               "description": "Main PBX", "international_calls": False}
    res = run_playbook(play(task("sip_trunk", **options), creds=vm_creds), verbosity=4)
    res.assert_ok(changed=True)
    res.assert_no_secrets("Str0ngPassw0rd", vm_creds["api_password"])
    sub = subaccount(vm, "pbx2")
    assert sub["auth_type"] == "1" and sub["allowed_codecs"] in ("g729;ulaw", "ulaw;g729") and sub["lock_international"] == "1"
    assert res.task("sip_trunk")["result"]["sip_trunk"]["account"] == "100000_pbx2"
    mark = vm.last_seq()
    run_playbook(play(task("sip_trunk", **{**options, "codecs": ["ulaw", "g729"]}), creds=vm_creds)).assert_ok(
        changed=False)
    assert vm_calls(vm, since=mark) == ["getSubAccounts"]
    run_playbook(play(task("sip_trunk", name="pbx2", dtmf_mode="inband", password="N3wPassword99"), creds=vm_creds),
                 diff=True).assert_ok(changed=True)
    sub = subaccount(vm, "pbx2")
    assert sub["dtmf_mode"] == "inband" and sub["password"] == "N3wPassword99" and sub["description"] == "Main PBX"
    run_playbook(play(task("sip_trunk", name="pbx2", state="absent"), creds=vm_creds)).assert_ok(changed=True)
    assert subaccount(vm, "pbx2") is None


@pytest.mark.parametrize("options, message", [
    ({"password": "short"}, "password: voipms needs at least 8 characters"),
    ({"auth_type": "ip", "ip_address": "203.0.113.9", "password": "Str0ngPassw0rd"},
     "password: an IP-authenticated voipms sub-account takes no password"),
    ({"enabled": False}, "enabled: voipms does not support this sip_trunk option"),
    ({"protocol": "iax2", "auth_type": "ip", "ip_address": "203.0.113.9"}, "auth_type: IAX2 sub-accounts authenticate"),
    ({"auth_type": "credentials"}, "password: is required to create a credentials sub-account at voipms"),
])
def test_trunk_bad_input_fails_before_any_write(vm, vm_creds, run_playbook, options, message):
    mark = vm.last_seq()
    run_playbook(play(task("sip_trunk", name="pbx3", **options), creds=vm_creds)).assert_failed(message)
    assert vm_calls(vm, since=mark, writes_only=True) == []


# ---- sms_config ----------------------------------------------------------------------------------

def test_sms_targets_are_independent(vm, vm_creds, run_playbook):
    own(vm)
    run_playbook(play(task("sms_config", number=NUMBER, email="sms@example.com"), creds=vm_creds)).assert_ok(
        changed=True)
    run_playbook(play(task("sms_config", number=NUMBER, url="https://hooks.example.com/sms"), creds=vm_creds)).assert_ok(
        changed=True)
    row = did_row(vm)
    assert row["sms_enabled"] == "1" and row["sms_email_enabled"] == "1" and row["sms_email"] == "sms@example.com"
    assert row["sms_url_callback_enabled"] == "1" and row["sms_url_callback"] == "https://hooks.example.com/sms"
    mark = vm.last_seq()
    run_playbook(play(task("sms_config", number=NUMBER, email="sms@example.com"), creds=vm_creds)).assert_ok(
        changed=False)
    assert vm_calls(vm, since=mark) == ["getDIDsInfo"]
    run_playbook(play(task("sms_config", number=NUMBER, state="absent"), creds=vm_creds), check=True).assert_ok(
        changed=True)
    assert did_row(vm)["sms_enabled"] == "1"
    run_playbook(play(task("sms_config", number=NUMBER, state="absent"), creds=vm_creds)).assert_ok(changed=True)
    assert did_row(vm)["sms_enabled"] == "0"


def test_sms_needs_an_sms_capable_number_and_no_xmpp(vm, vm_creds, run_playbook):
    own(vm, did="8635550100")                   # ARCADIA: sms not available
    run_playbook(play(task("sms_config", number="+18635550100", email="a@example.com"), creds=vm_creds)).assert_failed(
        "number: +18635550100 cannot carry SMS at voipms")
    run_playbook(play(task("sms_config", number=NUMBER, xmpp_name="x", xmpp_password="yyyyyy"),
                      creds=vm_creds)).assert_failed("xmpp_name: voipms does not support this sms_config option")


# ---- e911 --------------------------------------------------------------------------------------

ADDRESS = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Miami", "region": "FL",
           "postal_code": "33101", "email": "e911@example.com"}


def test_e911_validate_then_provision_compare_ignoring_case_update_cancel(vm, vm_creds, run_playbook):
    own(vm)
    mark = vm.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=vm_creds), check=True).assert_ok(changed=True)
    assert vm_calls(vm, since=mark) == ["e911Info", "e911Validate"] and not vm_account(vm)["e911"]
    mark = vm.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=vm_creds)).assert_ok(changed=True)
    calls = vm_calls(vm, since=mark)
    assert calls.index("e911Validate") < calls.index("e911Provision")
    assert vm_account(vm)["e911"]["7862285600"]["street_name"] == "MAIN ST"
    mark = vm.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=vm_creds)).assert_ok(changed=False)
    assert vm_calls(vm, since=mark) == ["e911Info"]
    run_playbook(play(task("e911", number=NUMBER, **{**ADDRESS, "city": "Hialeah"}), creds=vm_creds)).assert_ok(
        changed=True)
    assert vm_account(vm)["e911"]["7862285600"]["city"] == "HIALEAH"
    run_playbook(play(task("e911", number=NUMBER, state="absent"), creds=vm_creds)).assert_ok(changed=True)
    assert not vm_account(vm)["e911"]


def test_e911_required_parts_before_any_request(vm, vm_creds, run_playbook):
    mark = vm.last_seq()
    options = {k: v for k, v in ADDRESS.items() if k != "email"}
    run_playbook(play(task("e911", number=NUMBER, **options), creds=vm_creds)).assert_failed(
        "email: is required: voipms needs")
    assert vm_calls(vm, since=mark) == []


# ---- fax_user (e-mail-to-fax) ------------------------------------------------------------------

def test_fax_user_create_rerun_update_delete(vm, vm_creds, run_playbook):
    created = vm.seed(carrier="voipms", fax_numbers=[{"did": "3055550700", "country": "US", "state": "FL"}])
    assert created["fax_numbers"]
    options = {"login": "scanner@example.com", "password": "Code1234", "from_number": "305-555-0700"}
    mark = vm.last_seq()
    run_playbook(play(task("fax_user", **options), creds=vm_creds), check=True).assert_ok(changed=True)
    assert "setEmailToFax" in vm_calls(vm, since=mark) and vm_calls(vm, since=mark, writes_only=True) == []
    res = run_playbook(play(task("fax_user", **options), creds=vm_creds), verbosity=3).assert_ok(changed=True)
    res.assert_no_secrets("Code1234")
    [config] = vm_account(vm)["email_to_fax"].values()
    assert config["email"] == "scanner@example.com" and config["security_code"] == "Code1234"
    mark = vm.last_seq()
    run_playbook(play(task("fax_user", **options), creds=vm_creds)).assert_ok(changed=False)
    assert vm_calls(vm, since=mark) == ["getEmailToFax"]
    run_playbook(play(task("fax_user", login="scanner@example.com", enabled=False), creds=vm_creds)).assert_ok(
        changed=True)
    [config] = vm_account(vm)["email_to_fax"].values()
    assert config["enabled"] == "0" and config["security_code"] == "Code1234"
    run_playbook(play(task("fax_user", login="scanner@example.com", state="absent"), creds=vm_creds)).assert_ok(
        changed=True)
    assert vm_account(vm)["email_to_fax"] == {}


def test_fax_user_bad_input(vm, vm_creds, run_playbook):
    mark = vm.last_seq()
    run_playbook(play(task("fax_user", login="not-an-email", password="Code1234"), creds=vm_creds)).assert_failed(
        "login: 'not-an-email' is not an e-mail address")
    run_playbook(play(task("fax_user", login="a@example.com", group="sales"), creds=vm_creds)).assert_failed(
        "group: voipms does not support this fax_user option")
    assert vm_calls(vm, since=mark) == []


# ---- lnp_request -------------------------------------------------------------------------------

@pytest.fixture
def port(tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 a bill\n")
    return {"numbers": ["+13365551234", "+13365551235"], "losing_carrier": "Old Telco", "account_number": "A-123",
            "authorized_contact": "Jane Doe", "street_number": "100", "street_name": "Main St", "city": "Greensboro",
            "region": "NC", "postal_code": "27401", "bill_file": str(bill), "ssn_last4": "1234"}


def test_port_in_submit_attach_rerun_and_complete(vm, vm_creds, port, run_playbook):
    mark = vm.last_seq()
    res = run_playbook(play(task("lnp_request", **port), creds=vm_creds), verbosity=3).assert_ok(changed=True)
    res.assert_no_secrets(vm_creds["api_password"])
    calls = vm_calls(vm, since=mark)
    assert calls.count("getPortability") == 2 and "addLNPPort" in calls and "addLNPFile" in calls
    out = res.task("lnp_request")["result"]["lnp_request"]
    assert out["status"] == "submitted" and out["carrier_status"] == "pending_approval"
    mark = vm.last_seq()
    run_playbook(play(task("lnp_request", **port), creds=vm_creds)).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []
    res = run_playbook(play(task("lnp_request", **dict(port, losing_carrier="Other")), creds=vm_creds))
    res.assert_failed("losing_carrier: cannot be changed (lnp_request wants losing_carrier): voipms cannot change")
    vm.advance_clock(60 * 86400)
    res = run_playbook(play(task("lnp_request", **port), {"name": "inv", "voip.carrier.did_info": {"pattern": "336*"}},
                            creds=vm_creds)).assert_ok(changed=False)
    assert res.task("lnp_request")["result"]["lnp_request"]["status"] == "completed"
    assert len(res.task("inv")["result"]["dids"]) == 2


def test_port_in_cannot_be_cancelled_and_fails_before_any_request(vm, vm_creds, port, run_playbook):
    mark = vm.last_seq()
    run_playbook(play(task("lnp_request", numbers=port["numbers"], state="absent"), creds=vm_creds)).assert_failed(
        "state: state=absent is not supported for lnp_request at voipms")
    assert vm_calls(vm, since=mark) == []


# ---- credentials -------------------------------------------------------------------------------

def test_wrong_password_fails_with_the_code_and_no_secret_at_vvvv(vm, vm_creds, run_playbook):
    wrong = dict(vm_creds, api_password="Wr0ng-API-Passw0rd")
    res = run_playbook(play(task("did", number=NUMBER), creds=wrong), verbosity=4)
    failure = res.assert_failed("voipms API error invalid_credentials")
    assert failure["result"]["carrier_code"] == "invalid_credentials"
    res.assert_no_secrets("Wr0ng-API-Passw0rd", vm_creds["api_password"])
    ok = run_playbook(play(task("did", number=NUMBER, description="x"), creds=vm_creds), verbosity=4)
    ok.assert_ok(changed=True)
    ok.assert_no_secrets(vm_creds["api_password"])


def test_api_key_is_not_needed_and_missing_password_is_named(vm, vm_creds, run_playbook):
    partial = {k: v for k, v in vm_creds.items() if k != "api_password"}
    run_playbook(play(task("did", number=NUMBER), creds=partial)).assert_failed(
        "api_password: is required for provider voipms")
