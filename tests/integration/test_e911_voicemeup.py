"""voip.carrier.e911 against the emulated VoiceMeUp API, through real ansible-playbook runs: every
address is checked with check_e911 before update_e911 writes it (check mode too), a re-run only
reads, the addresses VoiceMeUp proposes are shown, and bad input makes no request at all. The
emulator's request log is the witness."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from helpers import play, task

NUMBER = "+15145550100"          # demo DID "Main line" (Montreal)
NATIONAL = "5145550100"
TOKEN = "0123456789abcdef0123456789abcdef"
# In the emulator's address database (tests/emulator/voicemeup/e911.py ADDRESSES).
MONTREAL = {"name": "ACME Inc", "street_number": "100", "street_name": "Boulevard Saint-Laurent", "unit_type": "STE",
            "unit_number": "200", "city": "Montréal", "region": "QC", "postal_code": "h2x2t3", "country": "CA",
            "language": "fr"}
TORONTO = {"name": "ACME Inc", "street_number": "10", "street_name": "Yonge St", "city": "Toronto", "region": "ON",
           "postal_code": "M5B 2H1", "country": "CA"}


@pytest.fixture
def vmu(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vmu_creds(vmu):
    return vmu.credentials("voicemeup")


def endpoint(emulator, national=NATIONAL):
    endpoints = emulator.state("voicemeup")["accounts"]["demo-vmu"]["e911_endpoints"]
    return next((row for row in endpoints.values() if row["phone_number"] == national), None)


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
    options.setdefault("number", NUMBER)
    return run_playbook(play(task("e911", **options), creds=creds, name="voicemeup"), check=check, diff=diff,
                        verbosity=verbosity)


def test_create_then_rerun_makes_no_write_then_update(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    first = run(run_playbook, vmu_creds, diff=True, **MONTREAL).assert_ok(changed=True)
    assert calls(vmu, mark) == ["get_e911", "check_e911", "update_e911"]
    assert calls(vmu, mark, writes_only=True) == ["update_e911"]
    stored = endpoint(vmu)
    assert (stored["civic_number"], stored["street"], stored["city"], stored["postal_code"]) == (
        "100", "Boulevard Saint-Laurent", "Montréal", "H2X 2T3")
    assert (stored["address_type"], stored["address_type_number"], stored["e911_language"], stored["full_name"]) == (
        "suite", "200", "fr", "ACME Inc")
    result = first.task("e911")["result"]
    assert result["e911"]["endpoint_id"] == stored["client_endpoint_id"] and result["e911"]["unit_type"] == "suite"
    assert result["diff"]["before"] == {} and result["diff"]["after"]["postal_code"] == "H2X 2T3"

    # Idempotence: one read, zero writes, although the task writes the parts in other case and spacing.
    mark = vmu.last_seq()
    again = {**MONTREAL, "street_name": "BOULEVARD SAINT-LAURENT", "unit_type": "Suite", "language": "FR"}
    run(run_playbook, vmu_creds, **again).assert_ok(changed=False)
    assert calls(vmu, mark) == ["get_e911"] and vmu.writes("voicemeup", since=mark) == []

    # Update: the office moves to Toronto; the whole address is checked and sent again.
    mark = vmu.last_seq()
    moved = run(run_playbook, vmu_creds, **TORONTO).assert_ok(changed=True)
    assert calls(vmu, mark) == ["get_e911", "check_e911", "update_e911"]
    update = sent(vmu.writes("voicemeup", since=mark)[0])
    # Parts the task does not set stay as VoiceMeUp holds them (update_e911 replaces the whole address).
    assert (update["street"], update["state_code"], update["address_type"], update["e911_language"]) == (
        "Yonge St", "ON", "suite", "fr")
    assert endpoint(vmu)["city"] == "Toronto" and moved.task("e911")["result"]["e911"]["city"] == "Toronto"


def test_check_mode_checks_the_address_and_writes_nothing(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, vmu_creds, check=True, **MONTREAL).assert_ok(changed=True)
    assert calls(vmu, mark) == ["get_e911", "check_e911"] and vmu.writes("voicemeup", since=mark) == []
    assert endpoint(vmu) is None and res.task("e911")["result"]["e911"]["street_name"] == "Boulevard Saint-Laurent"

    # A change in check mode is checked too: a wrong one fails, nothing is written.
    run(run_playbook, vmu_creds, **MONTREAL).assert_ok(changed=True)
    mark = vmu.last_seq()
    failed = run(run_playbook, vmu_creds, check=True, **{**TORONTO, "street_name": "Yonge Street"}).assert_failed(
        "alternate_address_provided")
    assert failed["result"]["alternate_addresses"][0]["street_name"] == "Yonge St"
    assert calls(vmu, mark) == ["get_e911", "check_e911"] and endpoint(vmu)["city"] == "Montréal"


def test_the_addresses_voicemeup_proposes_are_shown(vmu, vmu_creds, run_playbook):
    mark = vmu.last_seq()
    failed = run(run_playbook, vmu_creds, **{**MONTREAL, "street_name": "Boul. St-Laurent",
                                             "city": "Montreal"}).assert_failed("VoiceMeUp proposes")
    result = failed["result"]
    assert result["carrier_code"] == "alternate_address_provided" and result["request"] == "check_e911"
    assert "street_name: 'Boulevard Saint-Laurent', city: 'Montréal'" in result["msg"]
    assert result["alternate_addresses"] == [{
        "street_number": "100", "street_name": "Boulevard Saint-Laurent", "unit_type": "suite", "unit_number": "200",
        "city": "Montréal", "region": "QC", "postal_code": "H2X 2T3", "country": "CA"}]
    assert calls(vmu, mark) == ["get_e911", "check_e911"] and endpoint(vmu) is None

    # An address the database does not have at all names the option to fix.
    failed = run(run_playbook, vmu_creds, **{**MONTREAL, "street_name": "Rue Inconnue"}).assert_failed(
        "street_not_found")
    assert "street_name: is not in the E911 address database" in failed["result"]["msg"]


def test_delete_warns_of_the_fee_and_reruns_clean(vmu, vmu_creds, run_playbook):
    run(run_playbook, vmu_creds, **MONTREAL).assert_ok(changed=True)
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, check=True, state="absent").assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == [] and endpoint(vmu) is not None

    removed = run(run_playbook, vmu_creds, state="absent").assert_ok(changed=True)
    assert calls(vmu, mark, writes_only=True) == ["delete_e911"] and endpoint(vmu) is None
    # It was the account's last address: VoiceMeUp's fee notice reaches the user as a warning.
    warnings = removed.task("e911")["warnings"]
    assert any("last_endpoint_was_deleted" in w and "E911 unprovision fee" in w for w in warnings), warnings

    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, state="absent").assert_ok(changed=False)
    assert calls(vmu, mark) == ["get_e911"]


def test_the_default_address_is_not_removed_and_the_run_says_why(vmu, vmu_creds, run_playbook):
    vmu.seed(carrier="voicemeup", e911_endpoints=[{"phone_number": NATIONAL, "default": True}])
    mark = vmu.last_seq()
    failed = run(run_playbook, vmu_creds, state="absent").assert_failed("entry_is_default_endpoint")
    assert "no API call chooses another default" in failed["result"]["msg"]
    assert "VoiceMeUp portal" in failed["result"]["msg"]
    assert calls(vmu, mark) == ["get_e911", "delete_e911"] and endpoint(vmu) is not None


@pytest.mark.parametrize("change, message", [
    ({"street_number": "100A"}, "street_number: '100A' is not a civic number VoiceMeUp takes"),
    ({"name": "A"}, "name: must be 2 to 32 characters at voicemeup"),
    ({"unit_type": "Castle"}, "unit_type: 'Castle' is not a VoiceMeUp address type"),
    ({"postal_code": "H2X"}, "postal_code: 'H2X' is not a Canadian postal code"),
    ({"country": "US"}, "region: 'QC' is not a US state or territory code but a Canadian province"),
    ({"email": "noc@example.com"}, "email: voicemeup does not support this e911 option"),
    ({"street_name": None}, "street_name: is required: voicemeup needs"),
])
def test_bad_input_fails_before_any_request(vmu, vmu_creds, run_playbook, change, message):
    options = {key: value for key, value in {**MONTREAL, **change}.items() if value is not None}
    mark = vmu.last_seq()
    run(run_playbook, vmu_creds, **options).assert_failed(message)
    assert vmu.requests("voicemeup", since=mark) == []
    # Check mode is no different.
    run(run_playbook, vmu_creds, check=True, **options).assert_failed(message)
    assert vmu.requests("voicemeup", since=mark) == []


def test_no_credential_in_the_output_at_any_verbosity(vmu, vmu_creds, run_playbook):
    res = run(run_playbook, vmu_creds, verbosity=4, **MONTREAL).assert_ok(changed=True)
    res.assert_no_secrets(TOKEN)
    failed = run(run_playbook, vmu_creds, verbosity=4, **{**MONTREAL, "street_name": "Boul. St-Laurent"})
    failed.assert_failed("alternate_address_provided")
    failed.assert_no_secrets(TOKEN)
