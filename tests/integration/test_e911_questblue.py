"""voip.carrier.e911 against the emulated QuestBlue API (the e911 parameter of PUT /did)."""

from __future__ import annotations

import json

import pytest

from helpers import account, creds, play, qb, seed_owned, task  # noqa: F401  pylint: disable=unused-import

NUMBER = "+19195550100"
ADDRESS = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Raleigh",
           "region": "NC", "postal_code": "27601"}


def stored(qb, did="9195550100"):
    return {d["did"]: d for d in account(qb)["dids"]}[did]["e911"]


@pytest.fixture
def owned(qb):
    seed_owned(qb, "9195550100")


DURHAM = {**ADDRESS, "street_number": "5", "street_name": "Oak Ave", "city": "Durham", "postal_code": "27701"}
UNVERIFIABLE = "questblue: the emergency address of +19195550100 cannot be verified"


def test_set_then_rerun_compares_presence_only_and_says_so(qb, creds, owned, run_playbook):
    res = run_playbook(play(task("e911", number=NUMBER, unit_type="STE", unit_number="200", **ADDRESS), creds=creds))
    res.assert_ok(changed=True)
    sent = stored(qb)
    assert sent["e911_name"] == "ACME Corp" and sent["e911_address"] == "100 Main St"
    assert sent["e911_unittype"] == "STE" and sent["e911_unitnumber"] == "200" and sent["e911_zip"] == "27601"

    # The office moved to Durham, but QuestBlue cannot return the address to compare: nothing is
    # sent, and the run says so instead of a silent ok.
    mark = qb.last_seq()
    again = run_playbook(play(task("e911", number=NUMBER, **DURHAM), creds=creds))
    again.assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == [] and stored(qb)["e911_city"] == "Raleigh"
    result = again.task("e911")
    assert result["result"]["e911"] == {"number": NUMBER, "provider": "questblue"}
    assert result["result"]["not_compared"] == ["city", "name", "postal_code", "region", "street_name",
                                                "street_number"]
    [warning] = [w for w in result["warnings"] if UNVERIFIABLE in w]
    assert "resend_address: true" in warning


def test_resend_address_sends_the_moved_address_once_per_run(qb, creds, owned, run_playbook):
    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=creds)).assert_ok(changed=True)
    mark = qb.last_seq()
    res = run_playbook(play(task("e911", number=NUMBER, resend_address=True, **DURHAM), creds=creds))
    res.assert_ok(changed=True)
    [write] = qb.writes("questblue", since=mark)
    assert json.loads(write["body"])["e911"]["e911_city"] == "Durham"
    assert stored(qb)["e911_address"] == "5 Oak Ave" and stored(qb)["e911_zip"] == "27701"
    assert "not_compared" not in res.task("e911")["result"]


def test_update_write_only_always_is_the_same_mechanism(qb, creds, owned, run_playbook):
    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=creds)).assert_ok(changed=True)
    res = run_playbook(play(task("e911", number=NUMBER, update_write_only="always", **DURHAM), creds=creds))
    res.assert_ok(changed=True)
    assert stored(qb)["e911_city"] == "Durham"


def test_check_mode_and_absent(qb, creds, owned, run_playbook):
    mark = qb.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=creds), check=True).assert_ok(changed=True)
    assert qb.writes("questblue", since=mark) == [] and not stored(qb)

    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=creds)).assert_ok(changed=True)
    mark = qb.last_seq()
    run_playbook(play(task("e911", number=NUMBER, state="absent"), creds=creds), check=True).assert_ok(changed=True)
    assert qb.writes("questblue", since=mark) == []
    run_playbook(play(task("e911", number=NUMBER, state="absent"), creds=creds)).assert_ok(changed=True)
    [write] = qb.writes("questblue", since=mark)
    assert json.loads(write["body"]) == {"did": 9195550100, "e911": "no"} and not stored(qb)
    mark = qb.last_seq()
    run_playbook(play(task("e911", number=NUMBER, state="absent"), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


@pytest.mark.parametrize("drop, extra, message", [
    ("name", {}, "name: is required: questblue needs name, street_name, city, region and postal_code"),
    ("postal_code", {}, "postal_code: is required"),
    (None, {"unit_type": "APT"}, "unit_number: is required with unit_type"),
    (None, {"region": "North Carolina"}, "region: 'NORTH CAROLINA' is not a US state or territory code; did you mean NC?"),
    (None, {"region": "XX"}, "region: 'XX' is not a US state or territory code"),
    (None, {"region": "CA"}, "postal_code: ZIP code 27601 is in Raleigh, NC, not in CA (region)"),
    (None, {"postal_code": "00000"}, "postal_code: ZIP code 00000 is not a known ZIP code"),
    (None, {"postal_code": "2760"}, "postal_code: '2760' is not a US ZIP code"),
    (None, {"region": "ON", "postal_code": "K1A 0B1"}, "E911 addresses at questblue must be in US"),
])
def test_address_is_checked_before_any_request(qb, creds, owned, run_playbook, drop, extra, message):
    options = {k: v for k, v in {**ADDRESS, **extra}.items() if k != drop}
    mark = qb.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **options), creds=creds)).assert_failed(message)
    assert qb.requests("questblue", since=mark) == []


def test_address_is_checked_in_check_mode_too(qb, creds, owned, run_playbook):
    mark = qb.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **{**ADDRESS, "region": "CA"}), creds=creds), check=True) \
        .assert_failed("postal_code: ZIP code 27601 is in Raleigh, NC, not in CA (region)")
    assert qb.requests("questblue", since=mark) == []


def test_a_number_not_in_the_account_is_reported(qb, creds, run_playbook):
    run_playbook(play(task("e911", number="+19195550999", **ADDRESS), creds=creds)).assert_failed(
        "number: +19195550999 is not a number in this questblue account")
