"""The per-account request budget: limits kept in every sliding window, holds honoured, shared
across processes through the lock file, and a refusal before anything is sent."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from ansible_collections.voip.carrier.plugins.module_utils import budget as budget_mod
from ansible_collections.voip.carrier.plugins.module_utils.budget import BudgetExhausted, RequestBudget, account_key


class FakeClock:
    def __init__(self, start=1_000_000.0):
        self.now = start
        self.slept = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(seconds)
        self.now += seconds


def make(tmp_path, limits, max_wait=60, clock=None):
    clock = clock or FakeClock()
    return RequestBudget("voipms", "acct", limits, max_wait, directory=str(tmp_path), clock=clock,
                         sleep=clock.sleep), clock


def test_key_hides_the_user_and_separates_accounts():
    key = account_key("voipms", "https://voip.ms/", "ops@example.com")
    assert "ops" not in key and "example" not in key
    assert key == account_key("voipms", "https://voip.ms", "ops@example.com")
    assert key != account_key("voipms", "https://voip.ms", "other@example.com")
    assert key != account_key("questblue", "https://voip.ms", "ops@example.com")


def test_requests_within_the_limit_do_not_wait(tmp_path):
    budget, clock = make(tmp_path, [(5, 60)])
    for _request in range(5):
        budget.acquire()
    assert clock.slept == []


def test_the_next_request_waits_until_the_oldest_leaves_the_window(tmp_path):
    budget, clock = make(tmp_path, [(2, 10)])
    budget.acquire()
    clock.now += 3
    budget.acquire()
    start = clock.now
    budget.acquire()
    # the first request was at t0, so the third may go at t0 + 10 = start + 7
    assert clock.now - start == pytest.approx(7)
    assert budget.waited == pytest.approx(7)


def test_every_limit_is_kept(tmp_path):
    budget, clock = make(tmp_path, [(3, 1), (4, 100)], max_wait=1000)
    for _request in range(5):
        budget.acquire()
    # the 5th request had to wait for the hourly-style limit, not the per-second one
    assert clock.now - 1_000_000.0 >= 100


def test_refuses_before_sending_when_the_wait_is_too_long(tmp_path):
    budget, clock = make(tmp_path, [(1, 3600)], max_wait=30)
    budget.acquire()
    with pytest.raises(BudgetExhausted) as failure:
        budget.acquire("orderDID")
    message = str(failure.value)
    assert "1 requests per 3600 s" in message and "rate_limit_max_wait" in message and "orderDID" in message
    assert "nothing was sent" in message
    assert failure.value.to_result()["budget_refills_at"].endswith("Z")
    assert clock.slept == []


def test_a_hold_pauses_every_budget_on_the_same_file(tmp_path):
    first, clock = make(tmp_path, [(100, 60)], max_wait=5)
    second = RequestBudget("voipms", "acct", [(100, 60)], 5, directory=str(tmp_path), clock=clock, sleep=clock.sleep)
    first.hold(3600, "locked out by the carrier")
    with pytest.raises(BudgetExhausted, match="locked out by the carrier"):
        second.acquire()
    assert second.held_until() == pytest.approx(clock.now + 3600)


def test_a_shorter_hold_does_not_shorten_a_longer_one(tmp_path):
    budget, clock = make(tmp_path, [])
    budget.hold(600, "lockout")
    budget.hold(5, "retry-after")
    assert budget.held_until() == pytest.approx(clock.now + 600)


def test_a_short_hold_is_waited_out(tmp_path):
    budget, clock = make(tmp_path, [], max_wait=10)
    budget.hold(2.5, "Retry-After")
    budget.acquire()
    assert sum(clock.slept) == pytest.approx(2.5)


def test_a_corrupt_file_is_read_as_empty(tmp_path):
    budget, _clock = make(tmp_path, [(1, 60)])
    with open(budget.path, "w") as handle:
        handle.write("{not json")
    budget.acquire()


def test_the_file_holds_no_secret_and_is_private(tmp_path):
    budget, _clock = make(tmp_path / "b", [(5, 60)])
    budget.acquire()
    assert oct(os.stat(budget.directory).st_mode & 0o777) == "0o700"
    with open(budget.path) as handle:
        assert set(__import__("json").load(handle)) == {"sent", "hold_until", "hold_reason"}


def test_directory_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("VOIP_CARRIER_BUDGET_DIR", str(tmp_path))
    assert budget_mod.budget_directory() == str(tmp_path)
    monkeypatch.delenv("VOIP_CARRIER_BUDGET_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert budget_mod.budget_directory() == str(tmp_path / "cache" / "voip.carrier" / "budget")


class _LastTime:
    """time.time that remembers what it last said: after acquire() returns, that is the time
    the request was booked at (no other clock call comes between the booking and the return)."""

    last = 0.0

    def __call__(self):
        self.last = time.time()
        return self.last


def _worker(directory, count, queue):
    clock = _LastTime()
    budget = RequestBudget("voipms", "shared", [(10, 1.0)], 30, directory=directory, clock=clock)
    stamps = []
    for _request in range(count):
        budget.acquire()
        stamps.append(clock.last)
    queue.put(stamps)


def test_processes_share_one_budget(tmp_path):
    """12 processes x 3 requests on 10 per second: no one-second window ever holds more than 10."""
    queue = multiprocessing.get_context("fork").Queue()
    workers = [multiprocessing.get_context("fork").Process(target=_worker, args=(str(tmp_path), 3, queue))
               for _worker_number in range(12)]
    for worker in workers:
        worker.start()
    stamps = sorted(t for _worker_process in workers for t in queue.get(timeout=60))
    for worker in workers:
        worker.join(timeout=60)
    assert len(stamps) == 36
    busiest = max(sum(1 for t in stamps if start <= t < start + 1.0) for start in stamps)
    assert busiest <= 10
    # and it did not serialise needlessly: 36 requests at 10/s take about 3 s, not 36
    assert stamps[-1] - stamps[0] < 6


def test_clients_parse_and_check_rate_limit_before_any_request():
    from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
    from ansible_collections.voip.carrier.plugins.module_utils.providers.base import _max_wait, parse_rate_limit
    assert parse_rate_limit("30/60") == [(30, 60.0)]
    assert parse_rate_limit(" 10/1, 1200/3600 ") == [(10, 1.0), (1200, 3600.0)]
    assert parse_rate_limit(None) is None and parse_rate_limit("") is None
    for bad in ("30", "0/60", "30/0", "a/b", "30/-1"):
        with pytest.raises(ValidationError, match="rate_limit: .*REQUESTS/SECONDS"):
            parse_rate_limit(bad)
    with pytest.raises(ValidationError, match="rate_limit_max_wait"):
        _max_wait(-1)


def test_a_settled_request_counts_from_when_it_ended(tmp_path):
    budget, clock = make(tmp_path, [(1, 10)])
    booked = budget.acquire()
    clock.now += 4            # the request took 4 s to be sent and answered
    budget.settle(booked)
    start = clock.now
    budget.acquire()
    # counted from its end (start), not from when it was booked (start - 4)
    assert clock.now - start == pytest.approx(10)


@pytest.mark.parametrize("connection, option, text", [
    ({"timeout": 0}, "timeout", "above 0"),
    ({"timeout": -1}, "timeout", "above 0"),
    ({"api_url": "http://127.0.0.1:99999"}, "api_url", "not a usable URL"),
    ({"api_url": "http://[::1"}, "api_url", "not a usable URL"),
    ({"api_url": "https://:8443/api"}, "api_url", "names no host"),
    ({"api_url": "ftp://voip.ms"}, "api_url", "must start with https://"),
    ({"rate_limit": "fast"}, "rate_limit", "REQUESTS/SECONDS"),
])
def test_connection_options_fail_before_any_request(connection, option, text):
    from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
    from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms import VoipmsClient
    params = dict({"provider": "voipms", "api_username": "u@example.com", "api_password": "secret-pw",
                   "timeout": 30}, **connection)
    with pytest.raises(ValidationError) as failure:
        VoipmsClient(params)
    assert failure.value.field == option and text in str(failure.value)


def test_polling_never_takes_more_than_a_quarter_of_the_budget(tmp_path):
    budget, _clock = make(tmp_path, [(1200, 3600)])
    assert budget.poll_interval(1) == 12.0          # 300 polls an hour at most
    assert budget.poll_interval(60) == 60.0
    fast, _clock = make(tmp_path, [(1000, 1)])
    assert fast.poll_interval(0) == 1.0            # and never under a second
