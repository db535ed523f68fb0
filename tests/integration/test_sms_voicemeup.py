"""voip.carrier.sms_config against the emulated VoiceMeUp API (update_did's SMS options with
preserve_missing_data, SMS profiles), through real ansible-playbook runs. The emulator's request log
is the witness for "no write" and "no request"."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from helpers import play, task

NUMBER, NATIONAL = "+15145550100", "5145550100"     # demo DID "Main line": sms_support 1, rings peer 40001
OTHER = "+18335550100"                              # demo DID: sms_support 1
NO_SMS = "+14165550111"                             # demo DID "Toronto office": sms_support 0
TOKEN = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def vmu(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vmu_creds(vmu):
    return vmu.credentials("voicemeup")


def account(emulator):
    return emulator.state("voicemeup")["accounts"]["demo-vmu"]


def did_row(emulator, national=NATIONAL):
    return next(row for row in account(emulator)["dids"].values() if row["phone_number"] == national)


def options(row):
    return set(row["options"].split(",")) - {""}


def calls(emulator, since, writes_only=False):
    found = emulator.writes("voicemeup", since=since) if writes_only else emulator.requests("voicemeup", since=since)
    return [entry["path"].rsplit("/", 1)[1] for entry in found]


def sent(entry):
    params = parse_qs(entry.get("query") or "", keep_blank_values=True)
    params.update(parse_qs(entry.get("body") or "", keep_blank_values=True))
    return {key: values[0] for key, values in params.items() if key not in ("username", "auth_token")}


def run(run_playbook, creds, check=False, diff=False, verbosity=0, **options):
    options.setdefault("number", NUMBER)
    return run_playbook(play(task("sms_config", **options), creds=creds, name="voicemeup"), check=check, diff=diff,
                        verbosity=verbosity)


def test_create_check_mode_idempotence_update_and_absent(vmu, vmu_creds, run_playbook):
    targets = {"email": "sms@example.com", "url": "https://hooks.example.com/sms", "url_retry": True}
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, check=True, **targets).assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == []
    assert "enable_sms" not in options(did_row(vmu))

    res = run(run_playbook, vmu_creds, diff=True, **targets).assert_ok(changed=True)
    out = res.task("sms_config")["result"]["sms_config"]
    assert out == {"number": NUMBER, "enabled": True, "email": "sms@example.com", "url": "https://hooks.example.com/sms",
                   "url_retry": True, "forward_to": "", "auto_reply": "", "profile": "", "provider": "voicemeup"}
    row = did_row(vmu)
    assert options(row) == {"enable_peer", "enable_sms", "enable_sms_email_notify", "enable_sms_callback",
                            "enable_sms_callback_retry"}
    assert row["peer_to_rings"] == "40001" and row["friendly_name"] == "Main line"   # nothing else lost

    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, **targets).assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []

    # update: a forward number and an automatic reply; e-mail and webhook stay
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, forward_to="613-555-0123", auto_reply="Thanks!").assert_ok(changed=True)
    [write] = vmu.writes("voicemeup", since=mark)
    wire = sent(write)
    assert wire["preserve_missing_data"] == "1" and wire["usage_type"] == "default"
    assert wire["sms_forward_number"] == "6135550123" and wire["sms_autoreply_message"] == "Thanks!"
    row = did_row(vmu)
    assert row["sms_notify_email"] == "sms@example.com" and row["sms_callback_url"] == "https://hooks.example.com/sms"

    # absent: every SMS option off, the number's other options stay; a second absent writes nothing
    run(run_playbook, vmu_creds, state="absent").assert_ok(changed=True)
    assert options(did_row(vmu)) == {"enable_peer"}
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, state="absent").assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []


def test_sms_profile_shared_by_two_numbers_then_removed(vmu, vmu_creds, run_playbook):
    plays = play(task("sms_config", "bind main line", number=NUMBER, profile="Sales SMS", email="sales@example.com"),
                 task("sms_config", "bind support line", number=OTHER, profile="Sales SMS"),
                 creds=vmu_creds, name="voicemeup")
    mark = vmu.last_seq()
    res = run_playbook(plays).assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["update_sms_profile", "update_did", "update_did"]
    [profile] = account(vmu)["sms_profiles"].values()
    assert profile["friendly_name"] == "Sales SMS" and profile["notify_email"] == "sales@example.com"
    assert {did_row(vmu)["client_sms_profile_id"], did_row(vmu, "8335550100")["client_sms_profile_id"]} == {
        profile["client_sms_profile_id"]}
    # the second number adopted the profile's targets
    assert res.task("bind support line")["result"]["sms_config"]["email"] == "sales@example.com"
    mark = vmu.last_seq()
    run_playbook(plays).assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []

    # a change through one number changes the shared profile (every field sent back)
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, number=OTHER, auto_reply="Closed today").assert_ok(changed=True)
    [write] = vmu.writes("voicemeup", since=mark)
    assert write["path"].endswith("/update_sms_profile")
    assert sent(write)["notify_email"] == "sales@example.com" and sent(write)["mode"] == "update"

    # absent with the profile: unbound; the profile goes with the last number
    run(run_playbook, vmu_creds, state="absent", profile="Sales SMS").assert_ok(changed=True)
    assert len(account(vmu)["sms_profiles"]) == 1
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, number=OTHER, state="absent", profile="Sales SMS").assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["update_did", "delete_sms_profile"]
    assert account(vmu)["sms_profiles"] == {}


def test_a_number_without_sms_support_fails_clearly(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, number=NO_SMS, email="sms@example.com")
    failed = res.assert_failed("+14165550111 cannot carry SMS at voicemeup (its sms_support is 0")
    assert failed["result"]["field"] == "number"
    assert calls(vmu, mark) == ["get_dids"]


@pytest.mark.parametrize("options, message", [
    ({"email": "not-an-email"}, "email: 'not-an-email' is not an e-mail address"),
    ({"auto_reply": "x" * 161}, "auto_reply: is 161 characters; voicemeup sends at most 160"),
    ({"url": "", "url_retry": True}, "url_retry: retries a URL callback"),
    ({"profile": "S"}, "profile: is the SMS profile's name at voicemeup: 2 to 32 characters"),
    ({"forward_to": "+44 20 7123 4567"}, "forward_to: +442071234567 is not a North American number"),
    ({"xmpp_name": "bot@xmpp.example.com", "xmpp_password": "x"},
     "xmpp_name: voicemeup does not support this sms_config option"),
])
def test_bad_input_fails_before_any_request(vmu, vmu_creds, run_playbook, options, message):
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, **options).assert_failed(message)
    assert vmu.requests("voicemeup", since=mark) == []


def test_no_credential_at_vvvv(vmu, vmu_creds, run_playbook):
    res = run(run_playbook, vmu_creds, verbosity=4, email="sms@example.com", profile="Sales SMS")
    res.assert_ok(changed=True)
    res.assert_no_secrets(TOKEN)
