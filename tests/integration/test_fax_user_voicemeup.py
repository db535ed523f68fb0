"""voip.carrier.fax_user against the emulated VoiceMeUp API (fax profiles: read-merge-write of every
required field, the number bound with update_did), through real ansible-playbook runs. The
emulator's request log is the witness for "no write" and "no request"."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from helpers import play, task

NUMBER, NATIONAL = "+15145550100", "5145550100"     # demo DID "Main line", options enable_peer
OTHER = "+18335550100"
TOKEN = "0123456789abcdef0123456789abcdef"
PROFILE = {"login": "Front desk", "email": "fax@example.com", "from_number": NUMBER, "caller_id_name": "ACME"}


@pytest.fixture
def vmu(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vmu_creds(vmu):
    return vmu.credentials("voicemeup")


def account(emulator):
    return emulator.state("voicemeup")["accounts"]["demo-vmu"]


def fax_profile(emulator, name="Front desk"):
    return next((row for row in account(emulator)["fax_profiles"].values() if row["friendly_name"] == name), None)


def did_row(emulator, national=NATIONAL):
    return next(row for row in account(emulator)["dids"].values() if row["phone_number"] == national)


def calls(emulator, since, writes_only=False):
    found = emulator.writes("voicemeup", since=since) if writes_only else emulator.requests("voicemeup", since=since)
    return [entry["path"].rsplit("/", 1)[1] for entry in found]


def sent(entry):
    params = parse_qs(entry.get("query") or "", keep_blank_values=True)
    params.update(parse_qs(entry.get("body") or "", keep_blank_values=True))
    return {key: values[0] for key, values in params.items() if key not in ("username", "auth_token")}


def run(run_playbook, creds, check=False, diff=False, verbosity=0, **options):
    return run_playbook(play(task("fax_user", **options), creds=creds, name="voicemeup"), check=check, diff=diff,
                        verbosity=verbosity)


def test_create_check_mode_idempotence_update_and_delete(vmu, vmu_creds, run_playbook):
    options = dict(PROFILE, allowed_senders=["jdoe@example.com"], fax_options=["enable_inbound_send_attachment"],
                   number=NUMBER)
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, check=True, **options).assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == []
    assert fax_profile(vmu) is None

    res = run(run_playbook, vmu_creds, diff=True, **options).assert_ok(changed=True)
    stored = fax_profile(vmu)
    assert (stored["local_ident"], stored["fax_header"], stored["callerid_number"]) == (NATIONAL, "ACME", NATIONAL)
    assert (stored["language"], stored["page_format"], stored["resolution"], stored["status"]) == (
        "en", "letter", "fine", "enabled")
    row = did_row(vmu)
    assert row["client_fax_profile_id"] == stored["client_fax_profile_id"]
    assert set(row["options"].split(",")) == {"enable_peer", "enable_fax"}
    out = res.task("fax_user")["result"]["fax_user"]
    assert out["number"] == NUMBER and out["allowed_senders"] == ["jdoe@example.com"] and out["provider"] == "voicemeup"

    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, **options).assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []

    # update: the quirky resolution; every required field is sent back as it was
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, login="Front desk", resolution="super_fine", contact_name="Jane Doe").assert_ok(
        changed=True)
    [write] = vmu.writes("voicemeup", since=mark)
    wire = sent(write)
    assert wire["mode"] == "update" and wire["resolution"] == "super_fine" and wire["contact_name"] == "Jane Doe"
    for field in ("friendly_name", "local_ident", "fax_header", "callerid_name", "callerid_number", "email", "language",
                  "allowed_senders", "page_format", "status"):
        assert wire[field] == stored[field], field
    assert wire["options"] == "enable_inbound_send_attachment"

    # the number moves to another one
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, login="Front desk", number=OTHER).assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["update_did", "update_did"]
    assert did_row(vmu)["client_fax_profile_id"] == "" and "enable_fax" not in did_row(vmu)["options"]
    assert did_row(vmu, "8335550100")["client_fax_profile_id"] == stored["client_fax_profile_id"]

    # delete: the number is unbound first; a second delete writes nothing
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, login="Front desk", state="absent").assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["update_did", "delete_fax_profile"]
    assert fax_profile(vmu) is None and did_row(vmu, "8335550100")["client_fax_profile_id"] == ""
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, login="Front desk", state="absent").assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []


def test_create_needs_its_fields_before_any_write(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, login="Front desk", email="fax@example.com").assert_failed(
        "from_number: is required to create a voicemeup fax profile")
    assert calls(vmu, mark) == ["get_fax_profiles"]


@pytest.mark.parametrize("options, message", [
    ({"login": "F"}, "login: must be 2 to 32 characters at voicemeup"),
    ({"caller_id_name": "AC"}, "caller_id_name: must be 3 to 15 characters at voicemeup"),
    ({"header": "H" * 21}, "header: must be 2 to 20 characters at voicemeup"),
    ({"retry_limit": 0}, "retry_limit: must be 1 to 9 at voicemeup"),
    ({"email": "nope"}, "email: 'nope' is not an e-mail address"),
    ({"number": "12345"}, "number: '12345' has 5 digits"),
    ({"password": "Secret99"}, "password: voicemeup does not support this fax_user option"),
    ({"resolution": "huge"}, "value of resolution must be one of"),
])
def test_bad_input_fails_before_any_request(vmu, vmu_creds, run_playbook, options, message):
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, **dict(PROFILE, **options)).assert_failed(message)
    assert vmu.requests("voicemeup", since=mark) == []


def test_no_credential_at_vvvv(vmu, vmu_creds, run_playbook):
    res = run(run_playbook, vmu_creds, verbosity=4, number=NUMBER, **PROFILE)
    res.assert_ok(changed=True)
    res.assert_no_secrets(TOKEN)
