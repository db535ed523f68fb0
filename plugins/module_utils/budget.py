# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""A request budget per carrier account, shared by every fork and process on one host.

Carriers limit requests per account (VoIP.ms per minute, VoiceMeUp per hour with a 60-minute
lockout that every refused request extends). Each Ansible fork is its own process, so a limit kept
in memory would be kept once per fork. The budget is therefore a small file per account under the
user's cache directory, read and written under an exclusive ``fcntl`` lock:

- ``sent``: when the requests of the longest window were sent (a sliding-window log, so a limit of
  N per period is never exceeded in *any* period, not only in aligned ones);
- ``hold_until`` / ``hold_reason``: a pause every process honours, set when the carrier itself
  says to wait (429 with Retry-After, a lockout), so no fork knocks during a lockout.

The file is keyed by a hash of provider, URL and user name; it holds no credential.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time

from ansible_collections.voip.carrier.plugins.module_utils.cache import cache_directory, write_atomically
from ansible_collections.voip.carrier.plugins.module_utils.errors import VoipCarrierError

ENV_DIRECTORY = "VOIP_CARRIER_BUDGET_DIR"


class BudgetExhausted(VoipCarrierError):
    """The account's budget does not refill within the wait the task allows: nothing was sent."""

    def __init__(self, message, retry_at):
        super().__init__(message, budget_refills_at=_iso(retry_at))
        self.retry_at = retry_at


def _iso(timestamp):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(timestamp))


def budget_directory():
    """``$VOIP_CARRIER_BUDGET_DIR``, else ``$XDG_CACHE_HOME/voip.carrier/budget``, else
    ``~/.cache/voip.carrier/budget``."""
    return os.environ.get(ENV_DIRECTORY) or cache_directory("budget")


def account_key(provider, url, username):
    """A file name for one account: a hash, so neither the user name nor anything else about the
    account is written to disk in clear."""
    text = "\n".join((str(provider), str(url).rstrip("/"), str(username or "")))
    return "%s-%s" % (provider, hashlib.sha256(text.encode("utf-8")).hexdigest()[:32])


def describe_limits(limits):
    return ", ".join("%d requests per %s s" % (count, _number(period)) for count, period in limits) or "no limit"


def _number(value):
    return ("%d" % value) if float(value).is_integer() else ("%.1f" % value)


class RequestBudget:
    """``acquire()`` before every request; ``hold()`` when the carrier says to pause.

    limits: ``[(requests, period_seconds), ...]``; every one of them is kept.
    max_wait: how long ``acquire`` may sleep for a free slot before it gives up (seconds).
    """

    def __init__(self, provider, key, limits, max_wait, directory=None, clock=time.time, sleep=time.sleep):
        self.provider = provider
        self.limits = sorted((int(count), float(period)) for count, period in limits)
        self.max_wait = float(max_wait)
        self.directory = directory or budget_directory()
        self.path = os.path.join(self.directory, key + ".json")
        self.clock = clock
        self.sleep = sleep
        # Seconds this process spent waiting for the budget (reported with the API calls).
        self.waited = 0.0

    # -- the shared state, under the lock

    @contextlib.contextmanager
    def _locked(self):
        import fcntl  # pylint: disable=import-outside-toplevel  # POSIX only, and only when a request is made
        os.makedirs(self.directory, mode=0o700, exist_ok=True)
        with open(self.path + ".lock", "a+") as lock:
            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)

    def _load(self):
        try:
            with open(self.path) as handle:
                state = json.load(handle)
        except (OSError, ValueError):
            # Missing or unreadable (a process killed mid-write cannot leave that: writes are
            # atomic renames). Start empty.
            return {"sent": [], "hold_until": 0.0, "hold_reason": ""}
        if not isinstance(state, dict):
            state = {}
        sent = [float(t) for t in state.get("sent") or [] if isinstance(t, (int, float))]
        return {"sent": sent, "hold_until": float(state.get("hold_until") or 0.0),
                "hold_reason": str(state.get("hold_reason") or "")}

    def _save(self, state, now):
        horizon = max([period for _count, period in self.limits] or [0.0])
        state["sent"] = [t for t in state["sent"] if t > now - horizon]
        write_atomically(self.path, json.dumps(state))

    # -- what callers use

    def wait_needed(self, state, now):
        """Seconds until one more request may be sent (0 when it may go now), and why."""
        wait, why = 0.0, ""
        if state["hold_until"] > now:
            wait, why = state["hold_until"] - now, state["hold_reason"] or "the carrier asked to pause"
        for count, period in self.limits:
            recent = [t for t in state["sent"] if t > now - period]
            if len(recent) >= count:
                # The oldest request that still counts must leave the window first.
                free_at = sorted(recent)[len(recent) - count] + period
                if free_at - now > wait:
                    wait, why = free_at - now, "%d requests per %s s" % (count, _number(period))
        return wait, why

    def acquire(self, where=None):
        """Take one request from the budget, waiting up to ``max_wait`` for it; raise
        BudgetExhausted, before anything is sent, when it would take longer. Returns the time the
        request was booked at, for ``settle``."""
        started = self.clock()
        while True:
            with self._locked():
                state = self._load()
                now = self.clock()
                wait, why = self.wait_needed(state, now)
                if wait <= 0:
                    state["sent"].append(now)
                    self._save(state, now)
                    return now
            waited = now - started
            if waited + wait > self.max_wait:
                raise BudgetExhausted(
                    "%s: request budget of this account is spent (%s; shared by every fork and run on this "
                    "controller): it allows the next request at %s, in %s s, more than the %s s this task may wait "
                    "(rate_limit_max_wait); nothing was sent%s. Raise rate_limit_max_wait, lower the forks, or "
                    "run again later" % (self.provider, why, _iso(now + wait), _number(round(wait, 1)),
                                         _number(self.max_wait), " for %s" % where if where else ""),
                    retry_at=now + wait)
            # Sleep in slices of at most a second, so a hold set meanwhile by another fork is seen.
            pause = min(wait, 1.0)
            self.sleep(pause)
            self.waited += pause

    def poll_interval(self, wanted, share=0.25):
        """The interval a polling loop uses: what it wants, but never under 1 s, nor so short that
        polling alone would take more than ``share`` of any of the account's limits."""
        floor = max([period / (count * share) for count, period in self.limits] + [1.0])
        return max(float(wanted), floor)

    def settle(self, booked):
        """The request booked at ``booked`` is over: book it at the time it ended instead.

        The carrier counts a request when it arrives, which is some time after ``acquire`` (a
        busy controller with many forks can take a while to send). Its arrival lies between the
        two, so counting it from its end keeps the window as the carrier sees it, never shorter."""
        with self._locked():
            state = self._load()
            now = self.clock()
            if booked in state["sent"]:
                state["sent"].remove(booked)
                state["sent"].append(now)
                self._save(state, now)

    def hold(self, seconds, reason):
        """Every process pauses this account for ``seconds`` (from now); a longer hold already
        in place is kept."""
        with self._locked():
            state = self._load()
            now = self.clock()
            if now + seconds > state["hold_until"]:
                state["hold_until"], state["hold_reason"] = now + seconds, reason
            self._save(state, now)

    def held_until(self):
        with self._locked():
            state = self._load()
        return state["hold_until"] if state["hold_until"] > self.clock() else None
