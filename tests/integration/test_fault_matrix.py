"""Representative cells of the fault matrix (tests/unit/faults) through real ansible-playbook runs:
an order whose answer is lost after it took effect, a dropped order, a 503 on the e911 write, an
unreadable answer to a port-in that was submitted; twenty forks creating the same number or the
same trunk at once; and a short secret (ssn_last4) that is also part of a ported number."""

from __future__ import annotations

import re
from urllib.parse import parse_qs

import pytest

from helpers import account, creds, play, qb, task, vm, vm_account, vm_calls, vm_creds  # noqa: F401  pylint: disable=unused-import

# The whole request may take 2 s; the emulator's slow answers come later.
TIMEOUT = 2
SLOW = 2.5
FORKS = 20

ORDERS = {
    "questblue": ({"number": "+19195550150", "tier": "1", "trunk": "demotrunk", "description": "sales"},
                  {"method": "POST", "path": "/did"}, "POST /did"),
    "voipms": ({"number": "+17135550100", "description": "sales"}, {"function": "orderDID"}, "orderDID"),
}


def _creds(emulator, carrier):
    return dict(emulator.credentials(carrier), timeout=TIMEOUT)


def _writes(emulator, carrier, since):
    """The writes that reached the carrier (applied), as messages name them: QuestBlue ``PUT /did``,
    VoIP.ms the function."""
    names = []
    for entry in emulator.requests(carrier, since=since):
        if not (entry["write"] and entry["applied"]):
            continue
        if carrier == "voipms":
            params = parse_qs(entry.get("query") or "")
            params.update(parse_qs(entry.get("body") or ""))
            names.append(params["method"][0])
        else:
            names.append("%s %s" % (entry["method"], entry["path"]))
    return sorted(names)


def _run_three_times(run_playbook, emulator, carrier, module, options):
    """The faulted run, a clean re-run, and a third that must change and write nothing."""
    tasks = play(task(module, **options), creds=_creds(emulator, carrier))
    first = run_playbook(tasks)
    emulator.clear_faults()
    second = run_playbook(tasks).assert_ok()
    mark = emulator.last_seq()
    run_playbook(tasks).assert_ok(changed=False)
    assert emulator.writes(carrier, since=mark) == []
    return first, second


@pytest.mark.parametrize("carrier", ["questblue", "voipms"])
def test_an_order_whose_answer_is_lost_is_recovered_by_a_re_read(fresh_emulator, run_playbook, carrier):
    options, selector, function = ORDERS[carrier]
    fresh_emulator.fault(dict(selector, carrier=carrier, kind="timeout", delay=SLOW, after_effect=True))
    mark = fresh_emulator.last_seq()
    first, second = _run_three_times(run_playbook, fresh_emulator, carrier, "did", options)
    first.assert_ok(changed=True)
    warnings = first.task("did")["warnings"]
    assert any(function in w and "re-read shows" in w for w in warnings), first.describe()
    assert second.task("did")["changed"] is False
    # Bought once (the QuestBlue description follows in one PUT /did).
    assert _writes(fresh_emulator, carrier, mark) == sorted([function] + (["PUT /did"] if carrier == "questblue" else []))


@pytest.mark.parametrize("carrier", ["questblue", "voipms"])
def test_a_dropped_order_fails_flagged_maybe_applied_and_a_re_run_buys_it_once(fresh_emulator, run_playbook, carrier):
    options, selector, function = ORDERS[carrier]
    fresh_emulator.fault(dict(selector, carrier=carrier, kind="drop"))
    mark = fresh_emulator.last_seq()
    first, second = _run_three_times(run_playbook, fresh_emulator, carrier, "did", options)
    failed = first.assert_failed(function)
    assert failed["result"]["maybe_applied"] is True and "rest.php" not in failed["msg"]
    assert "Traceback" not in first.output
    assert second.task("did")["changed"] is True
    assert _writes(fresh_emulator, carrier, mark).count(function) == 1


E911 = {
    "questblue": ({"number": "+19195550100", "name": "ACME Corp", "street_number": "100", "street_name": "Main St",
                   "city": "Raleigh", "region": "NC", "postal_code": "27601"},
                  {"carrier": "questblue", "owned": [{"did": "9195550100", "tier": "1"}]},
                  {"method": "PUT", "path": "/did"}, "PUT /did"),
    "voipms": ({"number": "+17862285600", "name": "ACME Corp", "street_number": "100", "street_name": "Main St",
                "city": "Miami", "region": "FL", "postal_code": "33101", "email": "e911@example.com"},
               {"carrier": "voipms", "dids": [{"did": "7862285600"}]}, {"function": "e911Provision"}, "e911Provision"),
}


@pytest.mark.parametrize("carrier", ["questblue", "voipms"])
def test_e911_write_answered_503_is_flagged_maybe_applied(fresh_emulator, run_playbook, carrier):
    options, seed, selector, function = E911[carrier]
    fresh_emulator.seed(seed)
    fresh_emulator.fault(dict(selector, carrier=carrier, kind="status", status=503))
    mark = fresh_emulator.last_seq()
    first, second = _run_three_times(run_playbook, fresh_emulator, carrier, "e911", options)
    failed = first.assert_failed(function)
    assert failed["result"]["maybe_applied"] is True and "HTTP 503" in failed["msg"]
    assert second.task("e911")["changed"] is True
    assert _writes(fresh_emulator, carrier, mark) == [function]


PORT = {"numbers": ["+13365551234", "+13365551235"], "losing_carrier": "Old Telco", "account_number": "A-123",
        "authorized_contact": "Jane Doe", "street_number": "100", "street_name": "Main St", "city": "Greensboro",
        "region": "NC", "postal_code": "27401"}
PORT_AT = {
    "questblue": ({"contact_title": "CTO", "billing_number": "+13365551234"}, {"method": "POST", "path": "/lnp"},
                  "POST /lnp", ["POST /lnp"]),
    "voipms": ({"ssn_last4": "9876"}, {"function": "addLNPPort"}, "addLNPPort", ["addLNPFile", "addLNPPort"]),
}


@pytest.mark.parametrize("carrier", ["questblue", "voipms"])
def test_a_port_in_submitted_with_an_unreadable_answer_is_found_and_completed(fresh_emulator, run_playbook, tmp_path,
                                                                              carrier):
    extra, selector, function, intended = PORT_AT[carrier]
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 a bill\n")
    fresh_emulator.fault(dict(selector, carrier=carrier, kind="malformed", after_effect=True))
    mark = fresh_emulator.last_seq()
    first, second = _run_three_times(run_playbook, fresh_emulator, carrier, "lnp_request",
                                     dict(PORT, bill_file=str(bill), **extra))
    first.assert_ok(changed=True)
    assert any(function in w and "re-read shows" in w for w in first.task("lnp_request")["warnings"]), first.describe()
    assert second.task("lnp_request")["changed"] is False
    # Submitted once; at VoIP.ms the engine found the port without its bill and attached it.
    assert _writes(fresh_emulator, carrier, mark) == intended


# ---- races: twenty forks create the same object at once ------------------------------------------

ONE_HOST = ["-i", "fork00,"]      # the re-run: one host is enough to show nothing is left to do


def _forks_play(module, options, creds):
    plays = play(task(module, **options), creds=creds)
    plays[0]["hosts"] = "fork*"
    return plays, ["-i", ",".join("fork%02d" % i for i in range(FORKS)) + ",", "--forks", str(FORKS)]


def test_twenty_forks_ordering_the_same_number_buy_it_once_and_all_succeed(vm, vm_creds, run_playbook):
    before = float(vm_account(vm)["balance"])
    plays, args = _forks_play("did", {"number": "+17135550100", "description": "shared"}, vm_creds)
    mark = vm.last_seq()
    res = run_playbook(plays, extra_args=args)
    results = res.tasks("did")
    assert len(results) == FORKS and not res.failed, res.describe()
    assert "Traceback" not in res.output
    # One purchase: the number is held once and charged once (setup 0.50 + first month 0.99).
    assert list(vm_account(vm)["dids"]) == ["7135550100"]
    assert round(before - float(vm_account(vm)["balance"]), 2) == 1.49
    orders = vm_calls(vm, since=mark, writes_only=True)
    assert set(orders) == {"orderDID"}, orders
    # The forks whose order was refused ("did_in_use") found the number and said so.
    refused = len(orders) - 1
    raced = [r for r in results if any("another task or run created it" in w for w in r["warnings"])]
    assert len(raced) == refused
    mark = vm.last_seq()
    run_playbook(plays, extra_args=ONE_HOST).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []


def test_twenty_forks_creating_the_same_trunk_create_it_once_and_all_succeed(qb, creds, run_playbook):
    plays, args = _forks_play("sip_trunk", {"name": "shared", "ip_address": "203.0.113.9"}, creds)
    mark = qb.last_seq()
    res = run_playbook(plays, extra_args=args)
    assert len(res.tasks("sip_trunk")) == FORKS and not res.failed, res.describe()
    creates = [e for e in qb.requests("questblue", since=mark) if e["write"]]
    assert {(e["method"], e["path"]) for e in creates} == {("POST", "/siptrunk")}
    assert len([e for e in creates if e["status"] == 200]) == 1, creates
    assert [t["trunk"] for t in account(qb)["trunks"]].count("shared") == 1
    mark = qb.last_seq()
    run_playbook(plays, extra_args=ONE_HOST).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


# ---- short secrets ----------------------------------------------------------------------------------

def test_a_short_secret_inside_a_ported_number_leaves_the_number_whole(vm, vm_creds, run_playbook, tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 a bill\n")
    options = dict(PORT, bill_file=str(bill), ssn_last4="1234")
    res = run_playbook(play(task("lnp_request", **options), creds=vm_creds), verbosity=3).assert_ok(changed=True)
    out = res.task("lnp_request")["result"]["lnp_request"]
    assert out["numbers"] == ["+13365551234", "+13365551235"]
    assert "+13365551234" in res.stdout
    stored = list(vm_account(vm)["ports"].values())[0]
    assert stored["_snn"] == "1234"
    # The secret never stands alone (a token of its own) anywhere in the -vvv output or the results.
    alone = re.compile(r"(?<![0-9A-Za-z])1234(?![0-9A-Za-z])")
    assert not alone.search(res.output), [m.group(0) for m in alone.finditer(res.output)]
    assert not alone.search(repr(res.results))
    res.assert_no_secrets(vm_creds["api_password"])
