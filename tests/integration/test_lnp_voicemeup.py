"""voip.carrier.lnp_request and lnp_request_info at VoiceMeUp, through ansible-playbook against the
emulator: a draft, check mode, idempotence with zero writes, the submission with the LOA and the
bill in one multipart POST, the workflow on the emulator clock to the firm date and completion,
the staff's rejection and the resubmission, state=absent and bad input refused before any request,
the charged lookup_did only when asked, no credential at -vvvv, and every returned key documented."""

from __future__ import annotations

import importlib.util
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from conftest import INSTALLED_COLLECTION, TOOLS_DIR
from helpers import play, task

NUMBERS = ["+15145551234", "+15145551235"]
CARRIER_TZ = timezone(timedelta(hours=-5))      # VoiceMeUp's business days, as the driver counts them
DRAFT = {"numbers": NUMBERS, "submit": False, "losing_carrier": "Bell Canada", "company": "ACME inc",
         "location": "business", "instructions": "Account 123-456-789"}
COMPLETE = {**DRAFT, "submit": True, "street_number": "100", "street_name": "Rue Sainte-Catherine Ouest",
            "city": "Montreal", "region": "QC", "postal_code": "h3b 1b1", "capacity": "2-5", "features": ["sms"]}

_SPEC = importlib.util.spec_from_file_location("return_keys", TOOLS_DIR / "return_keys.py")
return_keys = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(return_keys)


def business_day(days):
    day = datetime.now(CARRIER_TZ).date()
    while days:
        day += timedelta(days=1)
        days -= day.weekday() < 5
    return day.isoformat()


@pytest.fixture
def vmu(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def creds(vmu):
    return vmu.credentials("voicemeup")


@pytest.fixture
def files(tmp_path):
    loa, bill = tmp_path / "signed-loa.pdf", tmp_path / "bell-bill.pdf"
    loa.write_bytes(b"%PDF-1.4 signed LOA\n")
    bill.write_bytes(b"%PDF-1.4 a bill\n")
    return {"loa_file": str(loa), "bill_file": str(bill)}


def run(run_playbook, creds, check=False, verbosity=0, **options):
    return run_playbook(play(task("lnp_request", **options), creds=creds), check=check, verbosity=verbosity)


def result(res, name="lnp_request"):
    return res.task(name)["result"]


def requests_of(vmu):
    return list(vmu.state("voicemeup")["accounts"]["demo-vmu"]["port_requests"].values())


def only_request(vmu):
    stored = requests_of(vmu)
    assert len(stored) == 1, stored
    return stored[0]


def request_types(entries):
    return [entry["path"].rsplit("/", 1)[-1] for entry in entries]


def documented(res, module):
    doc = return_keys.return_doc(INSTALLED_COLLECTION / "plugins" / "modules" / (module + ".py"))
    return return_keys.undocumented(doc, result(res, module))


# ---- a draft, check mode, idempotence ----------------------------------------------------------------

def test_a_draft_is_created_then_a_rerun_makes_no_write(vmu, creds, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, creds, **DRAFT).assert_ok(changed=True)
    out = result(res)["lnp_request"]
    assert (out["status"], out["carrier_status"], out["submit"], out["pon"]) == \
        ("draft", "not_ready", False, "PON00001201")
    assert request_types(vmu.writes("voicemeup", since=mark)) == ["update_port_request"]
    stored = only_request(vmu)
    assert (stored["status"], stored["phone_numbers"], stored["organization"], stored["client_instructions"]) == \
        ("not_ready", "5145551234,5145551235", "ACME inc", "Account 123-456-789")
    assert documented(res, "lnp_request") == []

    mark = vmu.last_seq()
    again = run(run_playbook, creds, **DRAFT).assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []
    # the request is found by its first number, then nothing else is asked
    assert request_types(vmu.requests("voicemeup", since=mark)) == ["get_port_requests"]
    assert result(again)["lnp_request"]["request_ids"] == ["1201"]


def test_check_mode_writes_nothing(vmu, creds, files, run_playbook):
    mark = vmu.last_seq()
    res = run(run_playbook, creds, check=True, **COMPLETE, **files).assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == [] and requests_of(vmu) == []
    assert result(res)["lnp_request"]["capacity"] == "2-5"
    run(run_playbook, creds, **DRAFT).assert_ok(changed=True)
    mark = vmu.last_seq()
    run(run_playbook, creds, check=True, **COMPLETE, **files).assert_ok(changed=True)
    assert vmu.writes("voicemeup", since=mark) == [] and only_request(vmu)["status"] == "not_ready"


# ---- submission, the clock, completion ---------------------------------------------------------------

def test_the_draft_is_completed_and_submitted_with_its_files_in_one_write(vmu, creds, files, run_playbook):
    run(run_playbook, creds, **DRAFT).assert_ok(changed=True)
    mark = vmu.last_seq()
    res = run(run_playbook, creds, **COMPLETE, **files).assert_ok(changed=True)
    assert request_types(vmu.writes("voicemeup", since=mark)) == ["update_port_request"]
    stored = only_request(vmu)
    assert (stored["status"], stored["loa"], stored["bill"], stored["state_id"], stored["postal_code"]) == \
        ("sent_to_staff", "signed-loa.pdf", "bell-bill.pdf", "11", "H3B 1B1")
    assert stored["_files"]["loa"]["content_type"] == "application/pdf"
    # what the draft held and this run did not name is sent again (an update replaces the request)
    assert stored["client_instructions"] == "Account 123-456-789"
    out = result(res)["lnp_request"]
    assert (out["status"], out["loa_attached"], out["bill_attached"]) == ("submitted", True, True)

    mark = vmu.last_seq()
    again = run(run_playbook, creds, **COMPLETE, **files).assert_ok(changed=False)
    assert vmu.writes("voicemeup", since=mark) == []
    assert result(again)["not_compared"] == ["bill_file", "loa_file"]
    run(run_playbook, creds, **{**COMPLETE, "city": "Laval"}).assert_failed(
        "city: cannot be changed (lnp_request wants city): voicemeup accepts changes to a port request only while it "
        "is a draft (not_ready) or rejected by its staff (rejected_by_staff), and this one is sent_to_staff")
    assert vmu.writes("voicemeup", since=mark) == []


def test_wait_for_foc_follows_the_emulator_clock_then_completion(vmu, creds, files, run_playbook):
    mark = vmu.last_seq()

    def advance_later():
        # Only once the request is submitted, and after the module read it once.
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and not vmu.writes("voicemeup", since=mark):
            time.sleep(0.2)
        time.sleep(1.5)
        vmu.advance_clock(3 * 86400)
    worker = threading.Thread(target=advance_later)
    worker.start()
    try:
        res = run(run_playbook, creds, wait_for="foc", wait_timeout=60, wait_interval=1,
                  foc_date=business_day(10), **COMPLETE, **files)
    finally:
        worker.join()
    res.assert_ok(changed=True)
    out = result(res)["lnp_request"]
    assert (out["status"], out["carrier_status"]) == ("foc", "firm_confirm")
    assert out["confirmed_foc_date"] == out["tentative_foc_date"] == business_day(10)

    vmu.advance_clock(30 * 86400)
    mark = vmu.last_seq()
    done = run(run_playbook, creds, **COMPLETE, **files).assert_ok(changed=False)
    assert result(done)["lnp_request"]["status"] == "completed" and vmu.writes("voicemeup", since=mark) == []
    held = {d["phone_number"]: d for d in vmu.state("voicemeup")["accounts"]["demo-vmu"]["dids"].values()}
    assert {"5145551234", "5145551235"} <= set(held) and held["5145551234"]["sms_support"] == "1"


def test_a_request_the_staff_reject_ends_the_wait_and_is_sent_again_with_the_loa(vmu, creds, files, run_playbook):
    run(run_playbook, creds, **COMPLETE).assert_ok(changed=True)
    vmu.advance_clock(3600)
    res = run(run_playbook, creds, wait_for="foc", wait_interval=1, **COMPLETE)
    failed = res.assert_failed("the port-in of +15145551234, +15145551235 is rejected: A signed letter of "
                               "authorization (LOA) is required")
    assert failed["result"]["lnp_request"]["carrier_status"] == "rejected_by_staff"
    mark = vmu.last_seq()
    res = run(run_playbook, creds, **COMPLETE, loa_file=files["loa_file"]).assert_ok(changed=True)
    assert request_types(vmu.writes("voicemeup", since=mark)) == ["update_port_request"]
    assert (only_request(vmu)["status"], only_request(vmu)["loa"]) == ("sent_to_staff", "signed-loa.pdf")
    assert result(res)["lnp_request"]["status"] == "submitted"


def test_a_request_that_ended_is_ignored_and_the_numbers_are_ported_again(vmu, creds, files, run_playbook):
    vmu.seed(carrier="voicemeup", port_requests=[{"phone_numbers": ["5145551234", "5145551235"], "status": "expired"}])
    res = run(run_playbook, creds, **COMPLETE, **files).assert_ok(changed=True)
    assert result(res)["lnp_request"]["request_ids"] == ["1202"]
    assert sorted(r["status"] for r in requests_of(vmu)) == ["expired", "sent_to_staff"]


# ---- refused before any request -------------------------------------------------------------------

@pytest.mark.parametrize("check", [False, True])
def test_absent_is_refused_before_any_request(vmu, creds, run_playbook, check):
    run(run_playbook, creds, **DRAFT).assert_ok()
    mark = vmu.last_seq()
    res = run_playbook(play(task("lnp_request", numbers=NUMBERS, state="absent"), creds=creds), check=check)
    res.assert_failed("state: absent is not possible at voicemeup: its API can neither cancel nor delete a port "
                      "request")
    assert vmu.requests("voicemeup", since=mark) == []


@pytest.mark.parametrize("change, message", [
    ({"account_number": "A-123"}, "account_number: voicemeup does not support this lnp_request option"),
    ({"numbers": ["+15145551234", "+18335550123"]}, "numbers: voicemeup ports toll-free and local numbers in "
                                                    "separate requests"),
    ({"street_number": "100A"}, "street_number: '100A' is not a number; voicemeup takes digits only here"),
    ({"service_unit": "Suite 5"}, "service_unit: 'Suite 5' is not a number"),
    ({"region": "NC"}, "region: 'NC' is not a Canadian province or territory code but a US state or territory "
                       "code; set country: US"),
    ({"company": "A"}, "company: is 1 characters; voicemeup takes 2 to 60"),
    ({"loa_file": "/nonexistent/loa.pdf"}, "loa_file: /nonexistent/loa.pdf is not a readable file"),
    ({"capacity": "1-5"}, "value of capacity must be one of"),
])
def test_bad_input_makes_no_request(vmu, creds, run_playbook, change, message):
    mark = vmu.last_seq()
    run(run_playbook, creds, **{**COMPLETE, **change}).assert_failed(message)
    assert vmu.requests("voicemeup", since=mark) == []


@pytest.mark.parametrize("change, message", [
    ({"capacity": None}, "capacity: is required to submit a port-in at voicemeup (or set submit: false"),
    ({"foc_date": "today"}, "foc_date: 'today' is not a date in the form YYYY-MM-DD"),
    ({"foc_date": business_day(2)}, "voicemeup takes a requested port date 3 to 15 business days"),
    ({"numbers": ["+15145550100"]}, "numbers: +15145550100 already in this voicemeup account"),
])
@pytest.mark.parametrize("check", [False, True])
def test_what_a_submission_lacks_fails_before_any_write(vmu, creds, run_playbook, change, message, check):
    options = {k: v for k, v in {**COMPLETE, **change}.items() if v is not None}
    mark = vmu.last_seq()
    run(run_playbook, creds, check=check, **options).assert_failed(message)
    assert vmu.writes("voicemeup", since=mark) == [] and requests_of(vmu) == []


# ---- lnp_request_info and the charged lookup ---------------------------------------------------------

def test_info_lists_in_one_request_and_looks_numbers_up_only_when_asked(vmu, creds, run_playbook):
    run(run_playbook, creds, **DRAFT).assert_ok(changed=True)
    mark = vmu.last_seq()
    res = run_playbook(play(task("lnp_request_info", title="all"),
                            task("lnp_request_info", title="mine", numbers=NUMBERS), creds=creds)).assert_ok()
    listed = result(res, "all")["lnp_requests"]
    assert [(r["numbers"], r["status"], r["pon"]) for r in listed] == [(NUMBERS, "draft", "PON00001201")]
    assert request_types(vmu.requests("voicemeup", since=mark)) == ["get_port_requests", "get_port_requests"]
    assert "lookups" not in result(res, "mine")
    assert vmu.state("voicemeup")["accounts"]["demo-vmu"]["charges"] == []

    mark = vmu.last_seq()
    res = run_playbook(play(task("lnp_request_info", numbers=NUMBERS, lookup=True), creds=creds)).assert_ok()
    out = result(res, "lnp_request_info")
    assert [(r["number"], r["portable"]) for r in out["lookups"]] == [(n, True) for n in NUMBERS]
    assert request_types(vmu.requests("voicemeup", since=mark)).count("lookup_did") == 2
    assert len(vmu.state("voicemeup")["accounts"]["demo-vmu"]["charges"]) == 2
    assert any("lookup_did is charged by VoiceMeUp on every call: 2 lookups made" in w for w in out["warnings"])
    assert documented(res, "lnp_request_info") == []


def test_a_lookup_without_numbers_or_at_another_carrier_fails_before_any_request(vmu, creds, run_playbook):
    mark = vmu.last_seq()
    run_playbook(play(task("lnp_request_info", lookup=True), creds=creds)).assert_failed(
        "lookup: needs numbers: the numbers to look up (each lookup is charged)")
    run_playbook(play(task("lnp_request_info", numbers=NUMBERS, lookup=True),
                      creds=vmu.credentials("voipms"))).assert_failed(
        "lookup: voipms has no number lookup; remove lookup (voicemeup and voipinnovations have one)")
    assert vmu.requests(since=mark) == []


def test_converging_never_looks_a_number_up(vmu, creds, files, run_playbook):
    run(run_playbook, creds, check=True, **COMPLETE, **files).assert_ok()
    run(run_playbook, creds, **COMPLETE, **files).assert_ok()
    run(run_playbook, creds, **COMPLETE, **files).assert_ok()
    assert "lookup_did" not in request_types(vmu.requests("voicemeup"))
    assert vmu.state("voicemeup")["accounts"]["demo-vmu"]["charges"] == []


# ---- secrets -----------------------------------------------------------------------------------------

def test_no_credential_at_vvvv(vmu, creds, files, run_playbook):
    res = run(run_playbook, creds, verbosity=4, **COMPLETE, **files).assert_ok(changed=True)
    res.assert_no_secrets(creds["api_key"])
    info = run_playbook(play(task("lnp_request_info", numbers=NUMBERS, lookup=True), creds=creds), verbosity=4)
    info.assert_ok()
    info.assert_no_secrets(creds["api_key"])
