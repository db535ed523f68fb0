"""voip.carrier.did and did_info against the emulated VoiceMeUp API, through real ansible-playbook
runs. The emulator's request log is the witness for "no write" and "no request"."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from helpers import play, task

NUMBER = "+15145550200"          # in the demo inventory (Montreal), not in the account
NATIONAL = "5145550200"
HELD = "+14165550111"            # demo DID: "Toronto office", forwarded to 6135550123
TOKEN = "0123456789abcdef0123456789abcdef"


@pytest.fixture
def vmu(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vmu_creds(vmu):
    return vmu.credentials("voicemeup")


def did_task(**options):
    return task("did", **options)


def account(emulator):
    return emulator.state("voicemeup")["accounts"]["demo-vmu"]


def did_row(emulator, national=NATIONAL):
    return next((row for row in account(emulator)["dids"].values()
                 if row["phone_number"] == national and row["status"] != "deleted"), None)


def calls(emulator, since, writes_only=False):
    """The request types asked since ``since`` (the last path segment), in order."""
    found = emulator.writes("voicemeup", since=since) if writes_only else emulator.requests("voicemeup", since=since)
    return [entry["path"].rsplit("/", 1)[1] for entry in found]


def sent(entry):
    """The parameters of one logged request (query and form body)."""
    params = parse_qs(entry.get("query") or "", keep_blank_values=True)
    params.update(parse_qs(entry.get("body") or "", keep_blank_values=True))
    return {key: values[0] for key, values in params.items()}


def run(run_playbook, creds, check=False, diff=False, verbosity=0, **options):
    return run_playbook(play(did_task(**options), creds=creds, name="voicemeup"), check=check, diff=diff,
                        verbosity=verbosity)


SETTINGS = {"number": "(514) 555-0200", "description": "Sales line", "forward_to": "613-555-0123",
            "caller_id_name": "ACMESALES", "caller_id_number": "+15145550200", "comments": "managed by ansible"}


def test_activate_with_settings_then_rerun_makes_no_write(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    first = run(run_playbook, vmu_creds, **SETTINGS).assert_ok(changed=True)
    result = first.task("did")["result"]["did"]
    assert result["number"] == NUMBER and result["status"] == "active" and result["description"] == "Sales line"
    assert result["forward_to"] == "+16135550123" and result["enabled"] is True
    assert calls(vmu, mark, writes_only=True) == ["activate_new_did", "update_did"]
    row = did_row(vmu)
    assert row["friendly_name"] == "Sales line" and row["forward_number"] == "6135550123"
    assert row["options"] == "enable_forwarding" and row["callerid_name_rewrite"] == "ACMESALES"
    assert row["callerid_number_rewrite"] == "5145550200" and row["comments"] == "managed by ansible"
    update = sent(vmu.writes("voicemeup", since=mark)[1])
    assert update["preserve_missing_data"] == "1" and update["usage_type"] == "default"

    mark = vmu.last_seq()
    second = run(run_playbook, vmu_creds, **SETTINGS).assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []
    assert calls(vmu, mark) == ["get_dids"]
    assert second.task("did")["result"]["api_calls"] == {"reads": 1, "writes": 0, "retries": 0, "total": 1}


def test_check_mode_activates_nothing_and_updates_nothing(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, check=True, **SETTINGS).assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == [] and did_row(vmu) is None
    assert calls(vmu, mark) == ["get_dids", "get_new_dids"]

    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, check=True, diff=True, number=HELD, description="Renamed")
    res.assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == [] and did_row(vmu, "4165550111")["friendly_name"] == "Toronto office"
    diff = res.task("did")["result"]["diff"]
    assert diff["before"]["description"] == "Toronto office" and diff["after"]["description"] == "Renamed"


def test_check_mode_says_when_the_number_is_not_offered(vmu, vmu_creds, run_playbook):
    res = run(run_playbook, vmu_creds, check=True, number="+15145559999")
    assert res.task("did")["failed"] and "available_did_info" in res.task("did")["result"]["msg"]


@pytest.mark.parametrize("options, field, expected", [
    ({"description": "Renamed"}, "friendly_name", "Renamed"),
    ({"description": ""}, "friendly_name", ""),
    ({"caller_id_name": "NEWNAME"}, "callerid_name_rewrite", "NEWNAME"),
    ({"caller_id_number": "4165550111"}, "callerid_number_rewrite", "4165550111"),
    ({"comments": "a note"}, "comments", "a note"),
    ({"enabled": False}, "status", "disabled"),
    ({"forward_to": "+15145550177"}, "forward_number", "5145550177"),
])
def test_each_setting_is_updated_and_the_rest_kept(vmu, vmu_creds, run_playbook, options, field, expected):
    before = did_row(vmu, "4165550111")
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, number=HELD, **options).assert_ok(changed=True)
    after = did_row(vmu, "4165550111")
    assert after[field] == expected
    kept = {key: value for key, value in after.items() if key != field}
    assert kept == {key: value for key, value in before.items() if key != field}
    [write] = vmu.writes("voicemeup", since=mark)
    assert write["method"] == "POST" and write["path"].endswith("/update_did")

    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, number=HELD, **options).assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []


def test_clearing_the_forward_drops_its_option(vmu, vmu_creds, run_playbook):
    run(run_playbook, vmu_creds, number=HELD, forward_to="").assert_ok(changed=True)
    row = did_row(vmu, "4165550111")
    assert row["forward_number"] == "" and row["options"] == ""


def test_delete_then_absent_again(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, check=True, number=HELD, state="absent").assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == []
    res = run(run_playbook, vmu_creds, number=HELD, state="absent").assert_ok(changed=True)
    assert res.task("did")["result"]["did"]["number"] == HELD
    assert calls(vmu, mark, writes_only=True) == ["delete_did"] and did_row(vmu, "4165550111") is None

    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, number=HELD, state="absent").assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []


def test_a_deleted_row_is_absent(vmu, vmu_creds, run_playbook):
    # The demo's 3125550150 is listed by get_dids with status deleted.
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, number="+13125550150", state="absent").assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []


@pytest.mark.parametrize("options, field, words", [
    ({"cnam": True}, "cnam", "voicemeup does not support this did option"),
    ({"port_out_pin": "1234"}, "port_out_pin", "voicemeup does not support this did option"),
    ({"pop": "1"}, "pop", "voicemeup does not support this did option"),
    ({"billing_type": "flat"}, "billing_type", "voicemeup does not support this did option"),
    ({"description": "x" * 33}, "description", "2 to 32 characters"),
    ({"caller_id_name": "AB"}, "caller_id_name", "3 to 15 characters"),
    ({"trunk": "a,b,c,d,e,f"}, "trunk", "at most 5 trunks"),
    ({"forward_to": "12"}, "forward_to", "digits"),
])
def test_bad_input_fails_before_any_request(vmu, vmu_creds, run_playbook, options, field, words):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, number=HELD, **options)
    result = res.task("did")["result"]
    assert res.task("did")["failed"] and result["field"] == field and words in result["msg"]
    assert vmu.requests(carrier="voicemeup", since=mark) == []


def test_bad_input_fails_before_any_request_in_check_mode_too(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, check=True, number=NUMBER, cnam=True)
    assert res.task("did")["failed"] and res.task("did")["result"]["field"] == "cnam"
    assert vmu.requests(carrier="voicemeup", since=mark) == []


def test_a_carrier_refusal_names_the_option(vmu, vmu_creds, run_playbook):
    # 5145550100 is a DID of the account: VoiceMeUp refuses to forward to it.
    res = run(run_playbook, vmu_creds, number=HELD, forward_to="+15145550100")
    msg = res.task("did")["result"]["msg"]
    assert res.task("did")["failed"] and "forward_number_used_by_did" in msg and "forward_to:" in msg


def test_no_secret_at_the_highest_verbosity(vmu, vmu_creds, run_playbook):
    res = run(run_playbook, vmu_creds, verbosity=4, **SETTINGS).assert_ok(changed=True)
    res.assert_no_secrets(TOKEN)
    res = run(run_playbook, dict(vmu_creds, api_key=TOKEN.upper()), verbosity=4, number=HELD, description="Other")
    res.assert_ok(changed=True)
    res.assert_no_secrets(TOKEN, TOKEN.upper())


def test_wrong_credentials_name_the_options(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, dict(vmu_creds, api_key="f" * 32), number=HELD)
    msg = res.task("did")["result"]["msg"]
    assert res.task("did")["failed"] and "api_username" in msg and "api_key" in msg
    assert calls(vmu, mark) == ["get_dids"]


def test_did_info_lists_the_account_without_deleted_numbers(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run_playbook(play(task("did_info"), creds=vmu_creds, name="voicemeup")).assert_ok(changed=False)
    numbers = {entry["number"]: entry for entry in res.task("did_info")["result"]["dids"]}
    assert "+13125550150" not in numbers and numbers[HELD]["forward_to"] == "+16135550123"
    assert numbers["+12125550123"]["enabled"] is False and numbers["+12125550123"]["status"] == "disabled"
    assert numbers["+15145550100"]["trunk"] == "demo-pbx-01"
    assert numbers["+18335550100"]["trunk"] == "demo-pbx-01,Data center trunk"  # named as sip_trunk names them
    assert calls(vmu, mark) == ["get_dids", "get_peers", "get_e911"]


def test_a_trunk_by_either_name_rings_that_peer(vmu, vmu_creds, run_playbook):
    run(run_playbook, vmu_creds, number=HELD, trunk="Data center trunk").assert_ok(changed=True)
    row = did_row(vmu, "4165550111")
    assert row["peer_to_rings"] == "40002" and row["options"] == "enable_forwarding,enable_peer"
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, number=HELD, trunk="Data center trunk").assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []
    res = run(run_playbook, vmu_creds, number=HELD, trunk="nope")
    assert res.task("did")["failed"] and res.task("did")["result"]["field"] == "trunk"
    assert vmu.writes("voicemeup", since=mark) == []


def test_an_unknown_trunk_adds_no_number(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, number=NUMBER, trunk="nope")
    assert res.task("did")["failed"] and res.task("did")["result"]["field"] == "trunk"
    assert vmu.writes("voicemeup", since=mark) == [] and did_row(vmu) is None


def test_the_soft_limit_warns_and_the_lockout_stops_every_later_task(vmu, vmu_creds, run_playbook):
    vmu.seed(carrier="voicemeup", settings={"rate_limit_soft": 1, "rate_limit_hard": 2})
    tasks = [dict(task("did", title="read %d" % i, number=HELD), ignore_errors=True) for i in range(4)]
    mark = vmu.last_seq()
    res = run_playbook(play(*tasks, creds=vmu_creds, name="voicemeup"))
    assert not res.task("read 0")["failed"] and not res.task("read 1")["failed"]
    assert any("1,200 requests an hour" in warning for warning in res.task("read 1")["result"].get("warnings", []))
    assert res.task("read 2")["failed"] and "60 minutes" in res.task("read 2")["result"]["msg"]
    # The fourth task sends nothing: a request during the lockout would extend it.
    late = res.task("read 3")["result"]
    assert res.task("read 3")["failed"] and "nothing was sent" in late["msg"] and "requests_hard_limit_exceeded" in late["msg"]
    assert len(vmu.requests("voicemeup", since=mark)) == 3
