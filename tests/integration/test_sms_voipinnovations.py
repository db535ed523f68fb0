"""voip.carrier.sms_config against the emulated VoIP Innovations SOAP API (AuditSMS, ConfigSMSDestination,
ConfigSMS), through real ansible-playbook runs; several tasks per playbook. The emulator's request log is
the witness for "no write", "no request" and "no schema failure"."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from helpers import play, task

CAPABLE_OFF, EMAIL_ON = "+13055550140", "+12125550100"     # demo DIDs: SMS-capable and off; SMS to e-mail
LOGIN, SECRET = "demo-vi", "vi-demo-secret-2026"
TOKEN = "vi-hook-token-7f3a9c"
URL = "https://hooks.example.com/vi-in"
TNS = "{http://tempuri.org/}"


@pytest.fixture
def vi(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vi_creds(vi):
    return vi.credentials("voipinnovations")


def sms_of(emulator, e164):
    return emulator.state("voipinnovations")["accounts"]["demo-vi"]["dids"][e164[2:]].get("_sms_config")


def soap_calls(emulator, since, writes_only=False):
    """[(operation, {element: text})] since ``since``; asserts every request was schema-valid SOAP."""
    calls = []
    for entry in emulator.requests("voipinnovations", since=since):
        mark = entry["soap"]
        assert mark["fault"] is None and mark["unknown_elements"] == [], mark
        if writes_only and not entry["write"]:
            continue
        element = ET.fromstring(entry["body"]).find("{http://schemas.xmlsoap.org/soap/envelope/}Body")[0]
        params = {child.tag.replace(TNS, ""): child.text or "" for child in element}
        calls.append((mark["operation"], {k: v for k, v in params.items() if k not in ("login", "secret")}))
    return calls


def test_create_idempotence_update_and_absent_with_no_secret_at_vvvv(vi, vi_creds, run_playbook):
    plays = play(
        task("sms_config", "post with a token", number=CAPABLE_OFF, url=URL, auth_token=TOKEN),
        task("sms_config", "post again", number=CAPABLE_OFF, url=URL, auth_token=TOKEN),
        task("sms_config", "forward instead", number=CAPABLE_OFF, forward_to="646-555-0111"),
        task("sms_config", "disable", number=CAPABLE_OFF, state="absent"),
        task("sms_config", "disable again", number=CAPABLE_OFF, state="absent"),
        creds=vi_creds, name="voipinnovations")
    mark = vi.last_seq()
    res = run_playbook(plays, diff=True, verbosity=4).assert_ok(changed=True)
    created = res.task("post with a token")["result"]
    assert created["changed"] is True and created["sms_config"] == {
        "number": CAPABLE_OFF, "enabled": True, "destination_type": "post", "email": "", "url": URL, "forward_to": "",
        "auth_token": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "provider": "voipinnovations"}
    again = res.task("post again")["result"]
    assert again["changed"] is False and again["not_compared"] == ["auth_token"]
    moved = res.task("forward instead")["result"]
    assert moved["changed"] is True and moved["sms_config"]["forward_to"] == "+16465550111"
    assert moved["sms_config"]["url"] == "" and moved["diff"]["before"]["url"] == URL
    assert res.task("disable")["result"]["changed"] is True and res.task("disable again")["result"]["changed"] is False
    # the repeats wrote nothing: one write per change
    assert soap_calls(vi, mark, writes_only=True) == [
        ("ConfigSMSDestination", {"tn": "3055550140", "destinationType": "POST", "destination": URL, "authToken": TOKEN}),
        ("ConfigSMSDestination", {"tn": "3055550140", "destinationType": "FORWARD", "destination": "6465550111"}),
        ("ConfigSMS", {"tn": "3055550140", "enable": "false"})]
    assert sms_of(vi, CAPABLE_OFF)["Enabled"] is False
    res.assert_no_secrets(SECRET, TOKEN)
    # the login travels in every SOAP body: it shows only where Ansible echoes the task's own api_username
    output = (res.stdout + res.stderr).splitlines()
    assert [line for line in output if LOGIN in line and '"api_username": "%s"' % LOGIN not in line] == []
    assert all(LOGIN not in json.dumps(dict(r["result"], invocation=None)) for r in res.results)


def test_check_mode_sends_no_write(vi, vi_creds, run_playbook):
    plays = play(task("sms_config", "enable", number=CAPABLE_OFF, url=URL, destination_type="get", auth_token=TOKEN),
                 task("sms_config", "change", number=EMAIL_ON, destination_type="sip"),
                 task("sms_config", "disable", number=EMAIL_ON, state="absent"),
                 creds=vi_creds, name="voipinnovations")
    mark = vi.last_seq()
    res = run_playbook(plays, check=True).assert_ok(changed=True)
    assert all(res.task(name)["result"]["changed"] for name in ("enable", "change", "disable"))
    assert res.task("enable")["result"]["sms_config"]["destination_type"] == "get"
    assert [call[0] for call in soap_calls(vi, mark)] == ["AuditSMS"] * 3
    assert sms_of(vi, CAPABLE_OFF) is None and sms_of(vi, EMAIL_ON)["DestinationType"] == "EMAIL"


def test_bad_input_fails_before_any_request(vi, vi_creds, run_playbook):
    cases = {
        "two destinations": ({"email": "a@example.com", "url": URL}, "url", "one destination"),
        "token without post or get": ({"email": "a@example.com", "auth_token": TOKEN}, "auth_token", "post or get only"),
        "type without its destination": ({"destination_type": "forward"}, "destination_type", "forward needs forward_to"),
        "destination the type does not take": ({"destination_type": "sip", "url": URL}, "url", "takes no email"),
    }
    tasks = [dict(task("sms_config", name, number=CAPABLE_OFF, **options), ignore_errors=True)
             for name, (options, _field, _words) in cases.items()]
    mark = vi.last_seq()
    res = run_playbook(play(*tasks, creds=vi_creds, name="voipinnovations"))
    for name, (_options, field, words) in cases.items():
        record = res.task(name)
        assert record["failed"] and record["result"]["field"] == field and words in record["msg"], record
    assert vi.requests("voipinnovations", since=mark) == []
    res.assert_no_secrets(SECRET, TOKEN)
