"""voip.carrier.lnp_request and lnp_request_info against the emulated QuestBlue API, through the
port-in lifecycle driven by the emulator's clock."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from helpers import account, creds, play, qb, task  # noqa: F401  pylint: disable=unused-import

NUMBERS = ["+13365551234", "336-555-1235"]
EST = timezone(timedelta(hours=-5))          # QuestBlue's "HH:00(EST)": fixed UTC-05:00


def est_day(days=0):
    """A day at the carrier, ``days`` from today there."""
    return (datetime.now(EST).date() + timedelta(days=days)).isoformat()


@pytest.fixture
def port(tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 a bill\n")
    return {"numbers": NUMBERS, "losing_carrier": "Old Telco", "account_number": "A-123", "authorized_contact": "Jane Doe",
            "contact_title": "CTO", "street_number": "100", "street_name": "Main St", "city": "Greensboro",
            "region": "NC", "postal_code": "27401", "billing_number": "3365551234", "bill_file": str(bill),
            "location": "business", "company": "ACME Corp"}


def requests_of(qb):
    return account(qb)["lnp"]


def test_submit_then_rerun_makes_no_write(qb, creds, port, run_playbook):
    res = run_playbook(play(task("lnp_request", **port), creds=creds)).assert_ok(changed=True)
    out = res.task("lnp_request")["result"]["lnp_request"]
    assert out["numbers"] == ["+13365551234", "+13365551235"] and out["status"] == "submitted"
    assert len(out["request_ids"]) == 2 and out["foc_days"] == 3
    checks = [r for r in qb.requests("questblue") if r["path"] == "/lnp/check"]
    assert len(checks) == 2
    mark = qb.last_seq()
    again = run_playbook(play(task("lnp_request", **port), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []
    assert "bill_file" in again.task("lnp_request")["result"]["not_compared"]


def test_check_mode_submits_nothing_but_runs_the_portability_check(qb, creds, port, run_playbook):
    mark = qb.last_seq()
    run_playbook(play(task("lnp_request", **port), creds=creds), check=True).assert_ok(changed=True)
    assert qb.writes("questblue", since=mark) == [] and requests_of(qb) == []
    assert any(r["path"] == "/lnp/check" for r in qb.requests("questblue", since=mark))


def test_update_while_submitted_then_blocked_after_foc(qb, creds, port, run_playbook):
    run_playbook(play(task("lnp_request", **port), creds=creds)).assert_ok(changed=True)
    run_playbook(play(task("lnp_request", **dict(port, losing_carrier="Older Telco")), creds=creds)).assert_ok(
        changed=True)
    assert {r["fields"]["provider_name"] for r in requests_of(qb)} == {"Older Telco"}
    qb.advance_clock(2 * 86400)
    res = run_playbook(play(task("lnp_request", **dict(port, losing_carrier="Another")), creds=creds))
    res.assert_failed("losing_carrier: cannot be changed (lnp_request wants losing_carrier): questblue accepts changes "
                      "only while a port-in is draft or submitted, and this one is foc")


def test_lifecycle_to_completion_puts_the_numbers_in_the_inventory(qb, creds, port, run_playbook):
    run_playbook(play(task("lnp_request", **port), creds=creds)).assert_ok(changed=True)
    qb.advance_clock(30 * 86400)
    res = run_playbook(play(
        task("lnp_request", **port),
        {"name": "inventory", "voip.carrier.did_info": {"pattern": "336*"}},
        creds=creds)).assert_ok(changed=False)
    assert res.task("lnp_request")["result"]["lnp_request"]["status"] == "completed"
    assert [d["number"] for d in res.task("inventory")["result"]["dids"]] == ["+13365551234", "+13365551235"]
    run_playbook(play(task("lnp_request", numbers=NUMBERS, state="absent"), creds=creds)).assert_failed(
        "state: absent is not possible: the port-in of +13365551234, +13365551235 has completed")


def test_wait_for_foc_polls_until_the_status(qb, creds, port, run_playbook):
    mark = qb.last_seq()

    def advance_later():
        # Only once the port-in is submitted: on a loaded machine ansible-playbook can take longer
        # to get there than any fixed sleep (advancing the clock earlier left it waiting in vain).
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(
                r["method"] == "POST" and r["path"].rstrip("/").endswith("/lnp") for r in qb.writes("questblue", since=mark)):
            time.sleep(0.2)
        time.sleep(1.5)   # let the module read the new request once before the FOC arrives
        qb.advance_clock(2 * 86400)
    worker = threading.Thread(target=advance_later)
    worker.start()
    try:
        res = run_playbook(play(task("lnp_request", wait_for="foc", wait_timeout=60, wait_interval=1, **port),
                                creds=creds))
    finally:
        worker.join()
    res.assert_ok(changed=True)
    out = res.task("lnp_request")["result"]["lnp_request"]
    assert out["status"] == "foc" and out["confirmed_foc_date"]


def test_wait_ends_on_rejection_and_on_timeout(qb, creds, port, run_playbook):
    run_playbook(play(task("lnp_request", **port), creds=creds)).assert_ok()
    res = run_playbook(play(task("lnp_request", wait_for="completed", wait_timeout=2, wait_interval=1, **port),
                            creds=creds))
    res.assert_failed("is still submitted after 2s of waiting for completed")
    qb.seed(carrier="questblue", lnp_status=[{"number2port": "3365551234", "status": "rejected", "reason": "Invalid PIN"}])
    res = run_playbook(play(task("lnp_request", numbers=["+13365551234"], wait_for="foc", wait_interval=1),
                            creds=creds))
    res.assert_failed("is rejected: Invalid PIN while waiting for foc")


def test_cancel_and_info(qb, creds, port, run_playbook):
    run_playbook(play(task("lnp_request", **port), creds=creds)).assert_ok()
    info = run_playbook(play({"name": "info", "voip.carrier.lnp_request_info": {}}, creds=creds)).assert_ok()
    listed = sorted(r["numbers"][0] for r in info.task("info")["result"]["lnp_requests"])
    assert listed == ["+13365551234", "+13365551235"]
    run_playbook(play(task("lnp_request", numbers=NUMBERS, state="absent"), creds=creds), check=True).assert_ok(
        changed=True)
    run_playbook(play(task("lnp_request", numbers=NUMBERS, state="absent"), creds=creds)).assert_ok(changed=True)
    assert {r["status"] for r in requests_of(qb)} == {"cancelled"}
    mark = qb.last_seq()
    run_playbook(play(task("lnp_request", numbers=NUMBERS, state="absent"), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


@pytest.mark.parametrize("change, message", [
    ({"losing_carrier": None}, "losing_carrier: is required to submit a port-in at questblue"),
    ({"company": None}, "company: is required with location: business"),
    ({"wireless": True}, "wireless_pin: is required with wireless: true"),
    ({"activate_time": "9:30"}, "activate_time: must be a whole hour"),
    ({"foc_date": "15/12/2026"}, "foc_date: '15/12/2026' is not a date in the form YYYY-MM-DD"),
    ({"bill_file": "/nonexistent/bill.pdf"}, "bill_file: /nonexistent/bill.pdf is not a readable file"),
    ({"numbers": ["+442079460018"]}, "numbers: +442079460018 is not a North American number"),
])
def test_bad_input_fails_before_any_write(qb, creds, port, run_playbook, change, message):
    options = {k: v for k, v in dict(port, **change).items() if v is not None}
    mark = qb.last_seq()
    run_playbook(play(task("lnp_request", **options), creds=creds)).assert_failed(message)
    assert qb.writes("questblue", since=mark) == []


def test_a_number_that_cannot_be_ported_fails_at_the_pre_check(qb, creds, port, run_playbook):
    res = run_playbook(play(task("lnp_request", **dict(port, numbers=["+13365550042"])), creds=creds))
    res.assert_failed("Number 3365550042 is not portable")
    assert qb.writes("questblue") == []


# ---- dates in the carrier's time zone --------------------------------------------------------------

@pytest.mark.parametrize("activate_time", ["19:00", "23:00", "00:00", "12:00"])
def test_an_evening_activation_time_does_not_rewrite_the_foc_date_each_run(qb, creds, port, run_playbook, activate_time):
    options = dict(port, foc_date=est_day(20), activate_time=activate_time)
    res = run_playbook(play(task("lnp_request", **options), creds=creds)).assert_ok(changed=True)
    assert res.task("lnp_request")["result"]["lnp_request"]["foc_date"] == est_day(20)
    mark = qb.last_seq()
    run_playbook(play(task("lnp_request", **options), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


def test_a_submitted_request_reports_the_carriers_foc_date(qb, creds, port, run_playbook):
    res = run_playbook(play(task("lnp_request", **port), creds=creds)).assert_ok(changed=True)
    # submitted today (EST) + foc_days 3 for local numbers, as the seed's listing shows it
    assert res.task("lnp_request")["result"]["lnp_request"]["foc_date"] == est_day(3)


@pytest.mark.parametrize("check", [False, True])
def test_a_wireless_port_with_a_foc_date_fails_before_any_request(qb, creds, port, run_playbook, check):
    options = dict(port, wireless=True, wireless_pin="1234", ssn_last4="5678", foc_date=est_day(10))
    mark = qb.last_seq()
    res = run_playbook(play(task("lnp_request", **options), creds=creds), check=check)
    res.assert_failed("foc_date: questblue takes no requested port date for wireless (mobile) numbers; remove foc_date")
    assert qb.requests("questblue", since=mark) == [] and requests_of(qb) == []


@pytest.mark.parametrize("check", [False, True])
def test_a_past_foc_date_fails_before_any_write_and_before_the_portability_check(qb, creds, port, run_playbook, check):
    mark = qb.last_seq()
    res = run_playbook(play(task("lnp_request", **dict(port, foc_date=est_day(-1))), creds=creds), check=check)
    res.assert_failed("foc_date: %s is in the past at questblue (today is %s in its time zone, EST, UTC-05:00)"
                      % (est_day(-1), est_day(0)))
    sent = qb.requests("questblue", since=mark)
    assert all(r["method"] == "GET" and r["path"] != "/lnp/check" for r in sent) and requests_of(qb) == []


def test_a_past_foc_date_already_requested_stays_a_no_op_but_cannot_be_sent_again(qb, creds, run_playbook):
    # a request submitted when 2020-01-06 was ahead, still waiting for its FOC
    qb.seed(carrier="questblue", lnp=[{"number2port": "3365551234", "foc_date": "2020-01-06"}])
    mark = qb.last_seq()
    run_playbook(play(task("lnp_request", numbers=["+13365551234"], foc_date="2020-01-06"), creds=creds)).assert_ok(
        changed=False)
    res = run_playbook(play(task("lnp_request", numbers=["+13365551234"], foc_date="2020-01-07"), creds=creds))
    res.assert_failed("foc_date: 2020-01-07 is in the past at questblue")
    assert qb.writes("questblue", since=mark) == []


def test_a_carrier_refusal_names_the_option(qb, creds, port, run_playbook):
    res = run_playbook(play(task("lnp_request", **dict(port, numbers=["+13365550042"])), creds=creds))
    res.assert_failed("Number 3365550042 is not portable (GET /lnp/check); check the numbers option")
