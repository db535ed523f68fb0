"""voip.carrier.sms_config against the emulated QuestBlue API (GET/PUT /sms)."""

from __future__ import annotations

import json

import pytest

from helpers import account, creds, play, qb, seed_owned, task  # noqa: F401  pylint: disable=unused-import

NUMBER = "+19195550200"             # a tier-1b number of the seeded pool


def sms_state(qb, did="9195550200"):
    row = {d["did"]: d for d in account(qb)["dids"]}[did]
    return {k: row.get(k) for k in ("sms_mode", "sms_email", "sms_xmpp_name", "sms_url")}


@pytest.fixture
def sms_number(qb):
    seed_owned(qb, "9195550200", tier="1b")


def test_enable_email_then_rerun_makes_no_write(qb, creds, sms_number, run_playbook):
    res = run_playbook(play(task("sms_config", number=NUMBER, email="sms@example.com"), creds=creds), diff=True)
    res.assert_ok(changed=True)
    assert sms_state(qb)["sms_mode"] == "email" and sms_state(qb)["sms_email"] == "sms@example.com"
    out = res.task("sms_config")["result"]["sms_config"]
    assert out["mode"] == "email" and out["email"] == "sms@example.com"
    mark = qb.last_seq()
    again = run_playbook(play(task("sms_config", number=NUMBER, email="sms@example.com"), creds=creds))
    again.assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []
    assert again.task("sms_config")["result"]["sms_config"]["enabled"] is True


def test_switching_to_url_turns_email_off(qb, creds, sms_number, run_playbook):
    run_playbook(play(task("sms_config", number=NUMBER, email="sms@example.com"), creds=creds)).assert_ok()
    mark = qb.last_seq()
    run_playbook(play(task("sms_config", number=NUMBER, url="https://hooks.example.com/sms"), creds=creds)).assert_ok(
        changed=True)
    [write] = qb.writes("questblue", since=mark)
    assert json.loads(write["body"]) == {"did": 9195550200, "sms_mode": "url", "post2url": "https://hooks.example.com/sms"}
    assert sms_state(qb)["sms_mode"] == "url"


def test_email_and_xmpp_is_mode_both_and_xmpp_is_not_compared(qb, creds, sms_number, run_playbook):
    options = {"number": NUMBER, "email": "sms@example.com", "xmpp_name": "bot@xmpp.example.com",
               "xmpp_password": "xmpp-secret-1"}
    res = run_playbook(play(task("sms_config", **options), creds=creds), verbosity=3)
    res.assert_ok(changed=True)
    res.assert_no_secrets("xmpp-secret-1")
    assert sms_state(qb)["sms_mode"] == "both"
    mark = qb.last_seq()
    again = run_playbook(play(task("sms_config", **options), creds=creds)).assert_ok(changed=False)
    assert again.task("sms_config")["result"]["not_compared"] == ["xmpp_name", "xmpp_password"]
    assert qb.writes("questblue", since=mark) == []


def test_check_mode_and_absent(qb, creds, sms_number, run_playbook):
    mark = qb.last_seq()
    run_playbook(play(task("sms_config", number=NUMBER, email="a@example.com"), creds=creds), check=True).assert_ok(
        changed=True)
    assert qb.writes("questblue", since=mark) == []
    run_playbook(play(task("sms_config", number=NUMBER, email="a@example.com"), creds=creds)).assert_ok(changed=True)
    run_playbook(play(task("sms_config", number=NUMBER, state="absent"), creds=creds)).assert_ok(changed=True)
    assert sms_state(qb)["sms_mode"] == "none"
    mark = qb.last_seq()
    run_playbook(play(task("sms_config", number=NUMBER, state="absent"), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


@pytest.mark.parametrize("options, message", [
    ({"email": "not-an-email"}, "email: 'not-an-email' is not an e-mail address"),
    ({"url": "ftp://x"}, "url: 'ftp://x' is not an http:// or https:// URL"),
    ({"url": "https://x.example.com", "email": "a@example.com"}, "url: questblue delivers SMS either to a URL"),
    ({}, "email: set at least one SMS target"),
    ({"xmpp_name": "bot"}, "parameters are required together: xmpp_name, xmpp_password"),
])
def test_bad_input_fails_before_any_request(qb, creds, sms_number, run_playbook, options, message):
    mark = qb.last_seq()
    run_playbook(play(task("sms_config", number=NUMBER, **options), creds=creds)).assert_failed(message)
    assert qb.requests("questblue", since=mark) == []


def test_a_number_without_sms_is_reported(qb, creds, run_playbook):
    seed_owned(qb, "9195550100", tier="1")
    run_playbook(play(task("sms_config", number="+19195550100", email="a@example.com"), creds=creds)).assert_failed(
        "number: +19195550100 is not an SMS-capable number in this questblue account")
