"""The request budget per carrier account, shared by every fork of a run (and every run on the
host): real ansible-playbook runs with many forks against an emulator that enforces a limit."""

from __future__ import annotations

from helpers import play, task, vm, vm_calls, vm_creds, qb, creds  # noqa: F401  pylint: disable=unused-import

FORKS = 20


def _many_hosts_play(tasks, creds, hosts=FORKS):
    plays = play(*tasks, creds=creds)
    plays[0]["hosts"] = "fork*"
    return plays, ["-i", ",".join("fork%02d" % i for i in range(hosts)) + ",", "--forks", str(hosts)]


def test_twenty_forks_order_twenty_numbers_within_the_carriers_limit(vm, vm_creds, run_playbook):
    # The emulated account takes 30 calls per 5 s (VoIP.ms counts per minute; the window is
    # shortened to keep the test fast) and answers api_limit_exceeded past that.
    vm.seed(carrier="voipms", settings={"rate_limit": 30, "rate_limit_window": 5},
            stock=[{"did": str(3125550100 + i), "state": "IL", "ratecenter": "CHICAGO"} for i in range(FORKS)])
    order = task("did", number="{{ '+1312555%04d' % (100 + (inventory_hostname[4:] | int)) }}",
                 description="fork {{ inventory_hostname }}")
    plays, args = _many_hosts_play([order], vm_creds)
    mark = vm.last_seq()
    res = run_playbook(plays, extra_args=args, env={"VOIP_CARRIER_RATE_LIMIT": "30/5"})
    results = res.tasks("did")
    assert len(results) == FORKS
    assert all(not r["failed"] and r["changed"] for r in results), res.describe()
    # Not one call was refused for rate: no task had to retry, and every number was bought once.
    assert sum(r["result"]["api_calls"]["retries"] for r in results) == 0
    assert vm_calls(vm, since=mark, writes_only=True).count("orderDID") == FORKS


def test_a_task_that_cannot_wait_long_enough_fails_before_sending(vm, vm_creds, run_playbook):
    tasks = [dict(task("did_info", title="read %d" % i), ignore_errors=True) for i in range(3)]
    mark = vm.last_seq()
    res = run_playbook(play(*tasks, creds=vm_creds),
                       env={"VOIP_CARRIER_RATE_LIMIT": "2/3600", "VOIP_CARRIER_RATE_LIMIT_MAX_WAIT": "0"})
    assert not res.task("read 0").get("failed") and not res.task("read 1").get("failed")
    third = res.task("read 2")
    assert third["failed"]
    message = third["result"]["msg"]
    assert "request budget of this account is spent" in message and "2 requests per 3600 s" in message
    assert "rate_limit_max_wait" in message and "nothing was sent" in message
    assert third["result"]["budget_refills_at"].endswith("Z")
    assert len(vm.requests("voipms", since=mark)) == 2


def test_a_long_retry_after_pauses_every_later_task_without_a_request(qb, creds, run_playbook):
    qb.fault({"carrier": "questblue", "kind": "rate_limit", "retry_after": 3600, "times": 5})
    tasks = [dict(task("did_info", title="read %d" % i), ignore_errors=True) for i in range(3)]
    mark = qb.last_seq()
    res = run_playbook(play(*tasks, creds=creds), env={"VOIP_CARRIER_RATE_LIMIT_MAX_WAIT": "60"})
    for index in range(3):
        result = res.task("read %d" % index)
        assert result["failed"] and "Retry-After: 3600" in result["result"]["msg"], result
    # One request met the 429; the pause was shared, so no later attempt or task knocked again.
    assert len(qb.requests("questblue", since=mark)) == 1


def test_a_lockout_stops_every_later_task_before_it_sends(vm, vm_creds, run_playbook):
    # A carrier that locks the account out past its limit, and extends the lockout on every request
    # made during it: after the refusal, no task of the account may knock again.
    vm.fault({"carrier": "voipms", "kind": "lockout", "limit": 2, "window": 60, "lockout": 3600})
    tasks = [dict(task("did_info", title="read %d" % i), ignore_errors=True) for i in range(5)]
    mark = vm.last_seq()
    res = run_playbook(play(*tasks, creds=vm_creds), env={"VOIP_CARRIER_RATE_LIMIT_MAX_WAIT": "30"})
    assert not res.task("read 0")["failed"] and not res.task("read 1")["failed"]
    for index in (2, 3, 4):
        message = res.task("read %d" % index)["result"]["msg"]
        assert "request budget of this account is spent" in message and "Retry-After" in message, message
    # the two allowed requests and the one refused: nothing was sent during the lockout
    assert len(vm.requests("voipms", since=mark)) == 3
    lockout = next(rule for rule in vm.call("GET", "/_emulator/faults")["faults"] if rule["kind"] == "lockout")
    assert lockout["refused"] == 1
