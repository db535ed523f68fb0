"""voip.carrier.did, did_info and available_did_info against the emulated QuestBlue API, through
real ansible-playbook runs. The emulator's request log is the witness for "no write"."""

from __future__ import annotations

import base64
import json

import pytest

import helpers
from helpers import creds, play, qb  # noqa: F401  pylint: disable=unused-import

NUMBER = "+19195550100"          # tier 1, RALEIGH, in the seeded pool
NATIONAL = "9195550100"


def did_task(name="did", register="out", **options):
    return {"name": name, "voip.carrier.did": options, "register": register}


def owned(emulator, did=NATIONAL):
    account = emulator.state("questblue")["accounts"]["demo"]
    return {d["did"]: d for d in account["dids"]}.get(did)


def seed_owned(emulator, did=NATIONAL, **fields):
    helpers.seed_owned(emulator, did, **fields)


# ---- create, idempotence, check mode, diff --------------------------------------------------------

def test_order_with_settings_then_rerun_makes_no_write(qb, creds, run_playbook):
    settings = {"number": "(919) 555-0100", "tier": "1", "trunk": "demotrunk", "description": "sales",
                "caller_id_name": "ACMESALES", "cnam": True,
                "failover": {"ip_address": "198.51.100.20", "calls": 3, "minutes": 5}}
    first = run_playbook(play(did_task(**settings), creds=creds)).assert_ok(changed=True)
    result = first.task("did")["result"]["did"]
    assert result["number"] == NUMBER and result["status"] == "active" and result["trunk"] == "demotrunk"
    record = owned(qb)
    assert record["note"] == "sales" and record["route2trunk"] == "demotrunk" and record["lidb"] == "ACMESALES"
    assert record["cnam"] == "yes" and record["failover"]["failover_num"] == 3

    mark = qb.last_seq()
    second = run_playbook(play(did_task(**settings), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []
    reads = qb.requests("questblue", since=mark)
    assert [(r["method"], r["path"]) for r in reads] == [("GET", "/did")]
    assert second.task("did")["result"]["api_calls"] == {"reads": 1, "writes": 0, "retries": 0, "total": 1}


def test_check_mode_orders_nothing_and_updates_nothing(qb, creds, run_playbook):
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER, tier="1", description="x"), creds=creds), check=True)
    res.assert_ok(changed=True)
    assert qb.writes("questblue", since=mark) == [] and owned(qb) is None

    seed_owned(qb, note="old")
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER, description="new"), creds=creds), check=True, diff=True)
    res.assert_ok(changed=True)
    assert qb.writes("questblue", since=mark) == [] and owned(qb)["note"] == "old"
    diff = res.task("did")["result"]["diff"]
    assert diff["before"]["description"] == "old" and diff["after"]["description"] == "new"


def test_diff_shows_before_and_after_and_masks_the_pin(qb, creds, run_playbook):
    seed_owned(qb, note="old", lidb="OLDNAME")
    res = run_playbook(play(did_task(number=NUMBER, description="new", port_out_pin="987654",
                                     update_write_only="always"), creds=creds), diff=True)
    res.assert_ok(changed=True)
    assert "-    \"description\": \"old\"" in res.stdout and "+    \"description\": \"new\"" in res.stdout
    res.assert_no_secrets("987654")
    assert owned(qb)["pin"] == "987654"
    assert res.task("did")["result"]["diff"]["before"]["caller_id_name"] == "OLDNAME"


def test_only_user_set_fields_are_compared(qb, creds, run_playbook):
    seed_owned(qb, note="keep", lidb="KEEPNAME", route2trunk="demotrunk")
    mark = qb.last_seq()
    run_playbook(play(did_task(number=NATIONAL, cnam=False), creds=creds)).assert_ok(changed=True)
    record = owned(qb)
    assert record["note"] == "keep" and record["lidb"] == "KEEPNAME" and record["route2trunk"] == "demotrunk"
    [write] = qb.writes("questblue", since=mark)
    assert write["method"] == "PUT" and set(json.loads(write["body"])) == {"did", "cnam"}


@pytest.mark.parametrize("options, field, expected", [
    ({"description": "renamed"}, "note", "renamed"),
    ({"description": ""}, "note", ""),
    ({"trunk": ""}, "route2trunk", ""),
    ({"caller_id_name": "NEWNAME"}, "lidb", "NEWNAME"),
    ({"cnam": True}, "cnam", "yes"),
    ({"failover": {"ip_address": "203.0.113.9", "calls": 10, "minutes": 30}}, "failover",
     {"failover_ip_address": "203.0.113.9", "failover_num": 10, "failover_time": 30}),
    ({"forward_to": "919-555-0199", "update_write_only": "always"}, "forw2did", "9195550199"),
    ({"port_out_pin": "0042", "update_write_only": "always"}, "pin", "0042"),
])
def test_each_setting_is_updated(qb, creds, run_playbook, options, field, expected):
    seed_owned(qb, note="old", route2trunk="demotrunk", lidb="OLDNAME", cnam="no")
    run_playbook(play(did_task(number=NUMBER, **options), creds=creds)).assert_ok(changed=True)
    assert owned(qb)[field] == expected
    if options.get("update_write_only") != "always":
        mark = qb.last_seq()
        run_playbook(play(did_task(number=NUMBER, **options), creds=creds)).assert_ok(changed=False)
        assert qb.writes("questblue", since=mark) == []


def test_write_only_options_are_reported_not_compared(qb, creds, run_playbook):
    seed_owned(qb, pin="1111")
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER, port_out_pin="2222", forward_to="9195550199"), creds=creds))
    res.assert_ok(changed=False)
    assert res.task("did")["result"]["not_compared"] == ["forward_to", "port_out_pin"]
    assert qb.writes("questblue", since=mark) == [] and owned(qb)["pin"] == "1111"


def test_tier_is_fixed_once_ordered(qb, creds, run_playbook):
    seed_owned(qb, tier="1b")
    res = run_playbook(play(did_task(number=NUMBER, tier="2"), creds=creds))
    failure = res.assert_failed("can only be chosen when the did is created")
    assert failure["msg"].startswith("tier:")


# ---- release -----------------------------------------------------------------------------------

def test_release_then_absent_again_is_unchanged(qb, creds, run_playbook):
    seed_owned(qb)
    res = run_playbook(play(did_task(number=NUMBER, state="absent"), creds=creds)).assert_ok(changed=True)
    assert res.task("did")["result"]["did"]["number"] == NUMBER
    assert owned(qb) is None
    assert NATIONAL in {p["did"] for p in qb.state("questblue")["available"]}
    mark = qb.last_seq()
    run_playbook(play(did_task(number=NUMBER, state="absent"), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


def test_release_in_check_mode_keeps_the_number(qb, creds, run_playbook):
    seed_owned(qb)
    run_playbook(play(did_task(number=NUMBER, state="absent"), creds=creds), check=True).assert_ok(changed=True)
    assert owned(qb) is not None


# ---- bad input: fails with the field named, before any request ---------------------------------

@pytest.mark.parametrize("options, message", [
    ({"number": "12345"}, "number: '12345' has 5 digits"),
    ({"number": "+44 20 7946 0018", "tier": "1"}, "number: +442079460018 is not a North American number"),
    ({"number": NUMBER, "description": "sixteen chars!!!"}, "description: is 16 characters; questblue allows at most 15"),
    ({"number": NUMBER, "caller_id_name": "ACME CORP"}, "caller_id_name: 'ACME CORP' must be 4-15 letters and digits"),
    ({"number": NUMBER, "port_out_pin": "12"}, "port_out_pin: must be at least 4 digits"),
    ({"number": NUMBER, "port_out_pin": "12ab"}, "port_out_pin: must contain digits only"),
    ({"number": NUMBER, "failover": {"ip_address": "198.51.100.20", "calls": 0, "minutes": 5}},
     "failover.calls: must be between 1 and 100"),
    ({"number": NUMBER, "failover": {"ip_address": "not-an-ip", "calls": 3, "minutes": 5}},
     "failover.ip_address: 'not-an-ip' is not an IPv4 or IPv6 address"),
    ({"number": NUMBER, "failover": {"ip_address": "198.51.100.20", "calls": 3, "minutes": 4}},
     "value of minutes must be one of: 2, 3, 5, 7, 10, 15, 20, 30"),
    ({"number": NUMBER, "trunk": "no such trunk"}, "trunk: 'no such trunk' is not a questblue trunk name"),
    ({"number": NUMBER, "forward_to": "555"}, "forward_to: '555' has 3 digits"),
])
def test_bad_input_fails_naming_the_field_without_any_request(qb, creds, run_playbook, options, message):
    mark = qb.last_seq()
    res = run_playbook(play(did_task(**options), creds=creds))
    res.assert_failed(message)
    assert qb.requests("questblue", since=mark) == []


def test_unknown_provider_is_refused(qb, creds, run_playbook):
    res = run_playbook(play(did_task(number=NUMBER), creds=dict(creds, provider="acme")))
    res.assert_failed("got: acme")
    assert "value of provider must be one of: questblue, " in res.failed[0]["msg"]


@pytest.mark.parametrize("missing", ["api_username", "api_password", "api_key"])
def test_missing_credentials_name_the_option_and_its_variable(qb, creds, run_playbook, missing):
    partial = {k: v for k, v in creds.items() if k != missing}
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER), creds=partial))
    res.assert_failed("%s: is required for provider questblue; set the %s option or the VOIP_CARRIER_%s "
                      "environment variable" % (missing, missing, missing.upper()))
    assert qb.requests("questblue", since=mark) == []


def test_wrong_credentials_fail_with_the_carrier_message_and_no_secret(qb, creds, run_playbook):
    wrong = dict(creds, api_key="wrong-security-key-value")
    res = run_playbook(play(did_task(number=NUMBER), creds=wrong), verbosity=3)
    failure = res.assert_failed("questblue API error: Invalid Security-Key; check api_username, api_password "
                                "and api_key")
    assert failure["result"]["http_status"] == 401
    res.assert_no_secrets("wrong-security-key-value", creds["api_password"])


def test_credentials_from_the_environment(qb, creds, run_playbook):
    env = qb.env("questblue")
    res = run_playbook(play(did_task(number=NUMBER, tier="1")), env=env)
    res.assert_ok(changed=True)
    assert owned(qb) is not None


# ---- carrier errors, warnings, faults ---------------------------------------------------------

def test_ordering_a_number_not_on_offer_fails_naming_the_options(qb, creds, run_playbook):
    res = run_playbook(play(did_task(number="+19195559999", tier="1"), creds=creds))
    failure = res.assert_failed("questblue API error: DID Ordering Error (POST /did); check the number and tier "
                                "options: +19195559999 must be on offer in tier 1")
    assert failure["result"]["carrier_message"] == "DID Ordering Error"


# ---- the trunk is checked before anything is bought or re-routed ------------------------------

OFF_TRUNK = {"trunk": "offtrunk", "status": "off", "ip_address": "192.0.2.99"}


@pytest.mark.parametrize("check", [False, True])
@pytest.mark.parametrize("trunk, message", [
    ("offtrunk", "trunk: SIP trunk 'offtrunk' is disabled at questblue, which routes numbers only to active trunks; "
                 "enable it first"),
    ("ghost", "trunk: questblue has no SIP trunk 'ghost' in this account"),
])
def test_ordering_to_an_unusable_trunk_buys_nothing(qb, creds, run_playbook, check, trunk, message):
    qb.seed(carrier="questblue", trunks=[OFF_TRUNK])
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER, tier="1", trunk=trunk, description="x"), creds=creds), check=check)
    res.assert_failed(message)
    assert [(r["method"], r["path"]) for r in qb.requests("questblue", since=mark)] == [
        ("GET", "/did"), ("GET", "/siptrunk")]
    assert owned(qb) is None and NATIONAL in {p["did"] for p in qb.state("questblue")["available"]}


@pytest.mark.parametrize("check", [False, True])
def test_rerouting_to_a_disabled_trunk_fails_before_the_update(qb, creds, run_playbook, check):
    qb.seed(carrier="questblue", trunks=[OFF_TRUNK])
    seed_owned(qb, route2trunk="demotrunk", note="old")
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER, trunk="offtrunk", description="new"), creds=creds), check=check)
    res.assert_failed("trunk: SIP trunk 'offtrunk' is disabled at questblue")
    assert qb.writes("questblue", since=mark) == []
    assert (owned(qb)["route2trunk"], owned(qb)["note"]) == ("demotrunk", "old")


def test_settings_that_fail_after_the_order_say_so_and_a_rerun_applies_them(qb, creds, run_playbook):
    qb.fault(carrier="questblue", method="PUT", path="/did", kind="status", status=400)
    options = {"number": NUMBER, "tier": "1", "trunk": "demotrunk", "description": "sales"}
    res = run_playbook(play(did_task(**options), creds=creds))
    res.assert_failed("+19195550100 was ordered, but its settings were not applied; a re-run applies them")
    assert (owned(qb)["route2trunk"], owned(qb)["note"]) == ("demotrunk", "")
    run_playbook(play(did_task(**options), creds=creds)).assert_ok(changed=True)
    assert owned(qb)["note"] == "sales"


def test_a_5xx_on_a_read_is_retried(qb, creds, run_playbook):
    seed_owned(qb, note="kept")
    qb.fault(carrier="questblue", method="GET", path="/did", kind="status", status=503, times=2)
    res = run_playbook(play(did_task(number=NUMBER, description="kept"), creds=creds)).assert_ok(changed=False)
    assert res.task("did")["result"]["api_calls"]["retries"] == 2


def test_an_order_that_timed_out_is_not_resent(qb, creds, run_playbook):
    qb.fault(carrier="questblue", method="POST", path="/did", kind="timeout", delay=6)
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER, tier="1", timeout=2), creds=creds))
    failed = res.assert_failed("no answer from POST /did within 2s")
    assert "a re-read does not show the did +19195550100, so it was not sent again" in failed["msg"]
    assert failed["result"]["maybe_applied"] is True
    assert [r["method"] for r in qb.writes("questblue", since=mark)] == ["POST"]


def test_an_order_that_timed_out_but_went_through_is_recognised(qb, creds, run_playbook):
    qb.fault(carrier="questblue", method="POST", path="/did", kind="timeout", delay=6, after_effect=True)
    mark = qb.last_seq()
    res = run_playbook(play(did_task(number=NUMBER, tier="1", timeout=2), creds=creds)).assert_ok(changed=True)
    assert any("but a re-read shows the did +19195550100: the create took effect" in w
               for w in res.task("did")["result"]["warnings"])
    assert [r["method"] for r in qb.writes("questblue", since=mark)] == ["POST"]
    assert owned(qb) is not None


def test_malformed_answer_is_reported(qb, creds, run_playbook):
    qb.fault(carrier="questblue", method="GET", path="/did", kind="malformed")
    run_playbook(play(did_task(number=NUMBER), creds=creds)).assert_failed("malformed answer to GET /did")


def test_no_credential_in_output_at_vvv(qb, creds, run_playbook):
    basic = base64.b64encode(("%s:%s" % (creds["api_username"], creds["api_password"])).encode()).decode()
    ok = run_playbook(play(did_task(number=NUMBER, tier="1", description="x"), creds=creds), verbosity=3, diff=True)
    ok.assert_ok(changed=True)
    qb.fault(carrier="questblue", method="PUT", path="/did", kind="status", status=500)
    failed = run_playbook(play(did_task(number=NUMBER, description="y"), creds=creds), verbosity=4)
    failed.assert_failed()
    for res in (ok, failed):
        res.assert_no_secrets(creds["api_password"], creds["api_key"], basic)


# ---- did_info and available_did_info -----------------------------------------------------------

def test_did_info_pages_through_the_inventory(qb, creds, run_playbook):
    qb.seed(carrier="questblue", owned=[{"did": str(9195550100 + i)} for i in range(100)]
            + [{"did": str(9845550100 + i)} for i in range(120)] + [{"did": "8445550100", "tier": "1"}])
    mark = qb.last_seq()
    res = run_playbook(play(
        {"name": "all", "voip.carrier.did_info": {}, "register": "all"},
        {"name": "pattern", "voip.carrier.did_info": {"pattern": "984*"}, "register": "p"},
        {"name": "one", "voip.carrier.did_info": {"number": "844-555-0100"}, "register": "one"},
        creds=creds)).assert_ok(changed=False)
    everything = res.task("all")["result"]
    assert len(everything["dids"]) == 221 and everything["api_calls"]["reads"] == 2   # 200 + 21
    assert len({d["number"] for d in everything["dids"]}) == 221
    pattern = res.task("pattern")["result"]["dids"]
    assert len(pattern) == 120 and all(d["number"].startswith("+1984") for d in pattern)
    assert res.task("one")["result"]["dids"][0]["type"] == "toll_free"
    assert qb.writes("questblue", since=mark) == []


def test_did_info_include_reads_sms_and_port_ins_from_lists(qb, creds, run_playbook):
    """include: [sms, port_in] costs one list each (GET /sms, GET /lnp at 200 a page), never a request per number."""
    qb.seed(carrier="questblue", owned=[{"did": str(9195550100 + i), "tier": "1b",
                                         "sms": {"sms_mode": "email", "forward2email": "s%d@example.com" % i}}
                                        for i in range(3)] + [{"did": "9195550199", "tier": "1"}],
            lnp=[{"number2port": "3365551234", "status": "submitted", "provider_name": "Verizon"}])
    mark = qb.last_seq()
    res = run_playbook(play(
        {"name": "all", "voip.carrier.did_info": {"include": ["sms", "port_in"]}, "register": "all"},
        {"name": "one", "voip.carrier.did_info": {"number": "919-555-0101", "include": ["sms"]}, "register": "one"},
        {"name": "bad", "voip.carrier.did_info": {"include": ["e911"]}, "ignore_errors": True},
        creds=creds))
    everything = res.task("all")["result"]
    assert everything["api_calls"]["reads"] == 3                           # /did, /sms, /lnp
    by_number = {d["number"]: d for d in everything["dids"]}
    assert by_number["+19195550100"]["sms"] == {"enabled": True, "mode": "email", "email": "s0@example.com", "url": ""}
    assert by_number["+19195550199"]["sms"] is None
    assert by_number["+13365551234"]["status"] == "porting"
    assert by_number["+13365551234"]["port_in"]["status"] == "submitted"
    one = res.task("one")["result"]
    assert [d["number"] for d in one["dids"]] == ["+19195550101"] and one["dids"][0]["sms"]["email"] == "s1@example.com"
    assert "include" in res.task("bad")["result"]["msg"] and "e911" in res.task("bad")["result"]["msg"]
    assert qb.writes("questblue", since=mark) == []


def test_available_did_info_searches(qb, creds, run_playbook):
    res = run_playbook(play(
        {"name": "rc", "voip.carrier.available_did_info": {
            "tier": "1b", "region": "nc", "rate_center": "raleigh", "limit": 5}},
        {"name": "zip", "voip.carrier.available_did_info": {"tier": "1b", "zip": "27513", "limit": 0}},
        {"name": "tf", "voip.carrier.available_did_info": {"type": "toll_free", "npa": "844"}},
        creds=creds)).assert_ok(changed=False)
    rc = res.task("rc")["result"]["available"]
    assert len(rc) == 5 and rc[0] == {"number": "+19195550200", "type": "local", "tier": "1b", "state": "NC",
                                      "rate_center": "RALEIGH"}
    assert len(res.task("zip")["result"]["available"]) == 20
    assert {a["number"][:5] for a in res.task("tf")["result"]["available"]} == {"+1844"}


@pytest.mark.parametrize("options, message", [
    ({"region": "NC"}, "rate_center: questblue searches local numbers by zip, by npa, or by region together"),
    ({"zip": "27601"}, "zip: searching by ZIP code needs tier 1b at questblue"),
    ({"type": "toll_free", "tier": "2"}, "tier: toll-free numbers are not available in tier 2"),
    ({"type": "toll_free", "npa": "919"}, "npa: 919 is not a toll-free prefix"),
    ({"npa": "91"}, "npa: '91' is not an area code: give 3 digits"),
    ({"npa": "822"}, "npa: 822 is not a North American area code in service"),
    ({"npa": "800"}, "npa: 800 is a toll-free prefix; search it with type=toll_free"),
])
def test_available_did_info_bad_input(qb, creds, run_playbook, options, message):
    mark = qb.last_seq()
    run_playbook(play({"name": "search", "voip.carrier.available_did_info": options}, creds=creds)).assert_failed(message)
    assert qb.requests("questblue", since=mark) == []


def test_search_then_order_then_inventory_sees_it(qb, creds, run_playbook):
    res = run_playbook(play(
        {"name": "search", "voip.carrier.available_did_info": {"npa": "984", "limit": 1}, "register": "found"},
        {"name": "order", "voip.carrier.did": {"number": "{{ found.available[0].number }}", "tier": "1"}},
        {"name": "list", "voip.carrier.did_info": {"pattern": "984*"}},
        creds=creds)).assert_ok()
    ordered = res.task("search")["result"]["available"][0]["number"]
    assert [d["number"] for d in res.task("list")["result"]["dids"]] == [ordered]
