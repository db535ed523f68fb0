"""VoiceMeUp's request limits against the collection's request budget, through real ansible-playbook
runs: 1,200 requests an hour per account, and far beyond that a 60-minute lockout that every
request made during it extends (digest §1.5). The emulator's thresholds are made small (seed
settings), and the client's own budget (``rate_limit``) wide enough to let requests through to
them, so the carrier's refusal is met for real.

What a user is promised: the task that meets the lockout fails at once and names when it ends;
every later task of the account on this controller, in this run or in another ansible-playbook
process, fails at once too, naming the same time, and sends nothing (a knock would extend the
lockout); and a run that stays within the budget waits for it, or fails before sending, saying
when it refills."""

from __future__ import annotations

import calendar
import time

import pytest

from helpers import play, task

NUMBER = "+14165550111"        # the seeded account's "Toronto office": did_info reads it with one get_dids
LOCKOUT = 3600                 # VoiceMeUp: "refused for the next 60 minutes"


@pytest.fixture
def vmu(fresh_emulator):
    return fresh_emulator


def reads(count, first=0):
    return [dict(task("did_info", title="read %d" % index, number=NUMBER), ignore_errors=True)
            for index in range(first, first + count)]


def budget_env(tmp_path, rate_limit, max_wait):
    """The account's budget shared by the runs of one test (a directory of its own, as every run on
    one controller shares ~/.cache/voip.carrier/budget)."""
    return {"VOIP_CARRIER_BUDGET_DIR": str(tmp_path / "budget"), "VOIP_CARRIER_RATE_LIMIT": rate_limit,
            "VOIP_CARRIER_RATE_LIMIT_MAX_WAIT": str(max_wait)}


def refills_at(result):
    """``budget_refills_at`` of a failed task (``2030-01-15T10:00:00Z``), as seconds since the epoch."""
    return calendar.timegm(time.strptime(result["budget_refills_at"], "%Y-%m-%dT%H:%M:%SZ"))


def test_the_lockout_names_its_end_and_no_later_run_knocks(vmu, run_playbook, tmp_path):
    # The fourth request within the hour is "too greatly" over: requests_hard_limit_exceeded.
    vmu.seed(carrier="voicemeup", settings={"rate_limit_soft": 2, "rate_limit_hard": 3})
    env = budget_env(tmp_path, "100/60", 30)
    creds = vmu.credentials("voicemeup")
    mark = vmu.last_seq()
    started = time.time()
    first = run_playbook(play(*reads(5), creds=creds, name="voicemeup"), env=env)
    ended = time.time()
    assert [first.task("read %d" % i)["failed"] for i in range(5)] == [False, False, False, True, True], first.describe()
    # past the soft limit: served, with a warning
    assert any("1,200 requests an hour" in warning for warning in first.task("read 2")["result"].get("warnings", []))

    # the refused task: at once (no retry), naming the end of the lockout, in its message and as
    # budget_refills_at, an hour after the refusal
    locked = first.task("read 3")["result"]
    assert "requests_hard_limit_exceeded" in locked["msg"] and "60 minutes" in locked["msg"], locked["msg"]
    assert started + LOCKOUT - 1 <= refills_at(locked) <= ended + LOCKOUT + 1
    assert time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(refills_at(locked))) in locked["msg"]
    # the next task of the run: nothing sent, the same end named
    late = first.task("read 4")["result"]
    assert "nothing was sent" in late["msg"] and "requests_hard_limit_exceeded" in late["msg"], late["msg"]
    assert abs(refills_at(late) - refills_at(locked)) <= 1
    assert len(vmu.requests("voicemeup", since=mark)) == 4            # three served, one refused
    locked_until = vmu.state("voicemeup")["accounts"]["demo-vmu"]["locked_until"]

    # another ansible-playbook process on this controller, during the lockout: not one request
    mark = vmu.last_seq()
    second = run_playbook(play(*reads(2), creds=creds, name="voicemeup"), env=env)
    for index in (0, 1):
        result = second.task("read %d" % index)["result"]
        assert second.task("read %d" % index)["failed"] and "nothing was sent" in result["msg"], result
        assert abs(refills_at(result) - refills_at(locked)) <= 1
    assert vmu.requests("voicemeup", since=mark) == []
    # so the lockout was not extended by a knock
    assert vmu.state("voicemeup")["accounts"]["demo-vmu"]["locked_until"] == locked_until


def test_a_run_within_the_budget_fails_before_sending_saying_when_it_refills(vmu, run_playbook, tmp_path):
    env = budget_env(tmp_path, "2/3600", 0)
    mark = vmu.last_seq()
    res = run_playbook(play(*reads(3), creds=vmu.credentials("voicemeup"), name="voicemeup"), env=env)
    assert not res.task("read 0")["failed"] and not res.task("read 1")["failed"]
    third = res.task("read 2")["result"]
    assert res.task("read 2")["failed"]
    assert "request budget of this account is spent" in third["msg"] and "2 requests per 3600 s" in third["msg"]
    assert "nothing was sent" in third["msg"] and "rate_limit_max_wait" in third["msg"]
    sent = vmu.requests("voicemeup", since=mark)
    assert len(sent) == 2
    # it refills when the first of the two leaves the hour's window
    assert sent[0]["time"] + 3600 - 2 <= refills_at(third) <= sent[0]["time"] + 3600 + 2


def test_a_run_within_the_budget_waits_for_it(vmu, run_playbook, tmp_path):
    env = budget_env(tmp_path, "2/3", 30)
    mark = vmu.last_seq()
    res = run_playbook(play(*reads(3), creds=vmu.credentials("voicemeup"), name="voicemeup"), env=env)
    res.assert_ok(changed=False)
    sent = vmu.requests("voicemeup", since=mark)
    assert len(sent) == 3
    # the third waited for the first to leave the 3-second window, and nothing was refused
    assert sent[2]["time"] - sent[0]["time"] >= 3 - 0.2
    assert all(entry["fault"] is None and entry["status"] == 200 for entry in sent)
