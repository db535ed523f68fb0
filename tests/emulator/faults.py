"""Fault injection: queued rules that replace or delay a carrier's answer, and standing
``lockout`` rules that count requests and lock a carrier account out (control API)."""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, field

KINDS = ("status", "timeout", "latency", "malformed", "rate_limit", "wrong_shape", "drop", "lockout")

# Kinds that can answer after the request was applied (a write that happened, answer lost).
AFTER_EFFECT_KINDS = ("timeout", "malformed", "wrong_shape", "drop")

# Keys that mean something for one kind only; sent with another kind they are a mistake (400).
_KIND_KEYS = {
    "wrong_shape": ("body",),
    "rate_limit": ("retry_after_date",),
    "lockout": ("limit", "window", "lockout"),
}

# Defaults from docs/emulator.md ("timeout" 30 s) or chosen to be harmless (the rest).
_DEFAULT_DELAY = {"timeout": 30.0, "latency": 1.0}
# project-defined: one hour, the usual length of a carrier's abuse lockout
_DEFAULT_LOCKOUT = 3600.0


def normalise_path(path: str | None) -> str | None:
    """Rule paths and request paths compare without a trailing slash, always with a leading one."""
    if path is None:
        return None
    path = "/" + path.strip().lstrip("/")
    return path.rstrip("/") or "/"


@dataclass
class _Bucket:
    """What a lockout rule knows about one account (or one carrier mount)."""

    #: wall-clock arrival times of the counted requests still inside the window
    arrivals: list = field(default_factory=list)
    #: wall-clock end of the lockout; 0 = not locked
    locked_until: float = 0.0
    refused: int = 0


@dataclass
class FaultRule:
    id: int
    kind: str
    carrier: str | None = None
    method: str | None = None
    path: str | None = None
    status: int = 500
    delay: float = 0.0
    #: seconds for Retry-After; None = send 429 without the header
    retry_after: int | None = 1
    times: int = 1
    after_effect: bool = False
    #: the carrier's own name of the call (VoIP.ms: the ``method`` parameter), for carriers whose
    #: calls all share one path; None = any
    function: str | None = None
    hits: int = 0
    #: wrong_shape: the JSON value sent with HTTP 200
    body: object = field(default_factory=list)
    #: rate_limit: Retry-After as an HTTP date instead of seconds
    retry_after_date: bool = False
    #: lockout: more than ``limit`` requests within ``window`` seconds lock out for ``lockout`` seconds
    limit: int = 0
    window: float = 0.0
    lockout: float = 0.0
    #: lockout: per (carrier, account) counters; the account is None where the carrier has none
    buckets: dict = field(default_factory=dict)

    def matches(self, carrier: str, method: str, path: str, function: str | None = None) -> bool:
        return (
            (self.carrier is None or self.carrier == carrier)
            and (self.method is None or self.method == method)
            and (self.path is None or self.path == normalise_path(path))
            and (self.function is None or self.function == function)
        )

    def to_dict(self, now: float) -> dict:
        data = asdict(self)
        del data["buckets"]
        # Keys of other kinds are left out so a listed rule reads as it was queued.
        for kind, keys in _KIND_KEYS.items():
            if kind != self.kind:
                for key in keys:
                    del data[key]
        if self.kind == "lockout":
            data["refused"] = sum(b.refused for b in self.buckets.values())
            data["accounts"] = [_bucket_dict(carrier, account, bucket, self.window, now)
                                for (carrier, account), bucket in self.buckets.items()]
        return data


def _bucket_dict(carrier: str, account: str | None, bucket: _Bucket, window: float, now: float) -> dict:
    locked = bucket.locked_until > now
    return {
        "carrier": carrier,
        "account": account,
        "locked": locked,
        "locked_until": bucket.locked_until if locked else None,
        "remaining": math.ceil(bucket.locked_until - now) if locked else 0,
        "refused": bucket.refused,
        "recent": 0 if locked else sum(1 for t in bucket.arrivals if t > now - window),
    }


def _number(spec: dict, key: str, default, cast, minimum):
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{key} must be a number")
    if value < minimum:
        raise ValueError(f"{key} must be >= {minimum}")
    return cast(value)


def _optional_string(spec: dict, key: str) -> str | None:
    value = spec.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{key} must be a string")
    return value


def _flag(spec: dict, key: str) -> bool:
    value = spec.get(key, False)
    if not isinstance(value, bool):
        raise ValueError(f"{key} must be a boolean")
    return value


def _check_kind_keys(spec: dict, kind: str) -> None:
    for other, keys in _KIND_KEYS.items():
        for key in keys:
            if other != kind and key in spec:
                raise ValueError(f"{key} applies to kind {other} only")
    if spec.get("after_effect") and kind not in AFTER_EFFECT_KINDS:
        raise ValueError(f"after_effect applies to kinds {', '.join(AFTER_EFFECT_KINDS)} only")


def _retry_after(spec: dict) -> int | None:
    # An explicit null is the documented way to ask for a 429 without Retry-After.
    if "retry_after" in spec and spec["retry_after"] is None:
        if spec.get("retry_after_date"):
            raise ValueError("retry_after_date needs retry_after seconds")
        return None
    return _number(spec, "retry_after", 1, int, 0)


class FaultQueue:
    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._next_id = 1
        #: lockouts and Retry-After dates use real time, not the emulator clock: the collection
        #: measures real time (tests may replace this)
        self.wall_clock = time.time

    def add(self, spec: dict, known_carriers) -> FaultRule:
        kind = spec.get("kind")
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        _check_kind_keys(spec, kind)
        carrier = _optional_string(spec, "carrier")
        if carrier is not None and carrier not in known_carriers:
            raise ValueError(f"unknown carrier {carrier}")
        method = _optional_string(spec, "method")
        status = _number(spec, "status", 500, int, 100)
        if status > 599:
            raise ValueError("status must be an HTTP status code")
        rule = FaultRule(
            id=self._next_id,
            kind=kind,
            carrier=carrier,
            method=method.upper() if method else None,
            path=normalise_path(_optional_string(spec, "path")),
            status=status,
            delay=_number(spec, "delay", _DEFAULT_DELAY.get(kind, 0.0), float, 0),
            retry_after=_retry_after(spec),
            times=_number(spec, "times", 1, int, 1),
            after_effect=_flag(spec, "after_effect"),
            function=_optional_string(spec, "function"),
            body=spec.get("body", []),
            retry_after_date=_flag(spec, "retry_after_date"),
        )
        if kind == "lockout":
            rule.limit = _number(spec, "limit", _required(spec, "limit"), int, 0)
            rule.window = _positive(spec, "window", _required(spec, "window"))
            rule.lockout = _positive(spec, "lockout", _DEFAULT_LOCKOUT)
        self._next_id += 1
        self._rules.append(rule)
        return rule

    def take(self, carrier: str, method: str, path: str, function: str | None = None) -> FaultRule | None:
        """First queued rule that matches; each hit uses up one of its ``times``. Lockout rules
        are standing rules, handled by ``lockout()``, never taken."""
        for rule in self._rules:
            if rule.kind != "lockout" and rule.matches(carrier, method, path, function):
                rule.hits += 1
                if rule.hits >= rule.times:
                    self._rules.remove(rule)
                return rule
        return None

    def lockout(self, carrier: str, method: str, path: str, function: str | None,
                account: str | None) -> tuple[FaultRule, int] | None:
        """Count the request in every matching lockout rule. Returns (rule, Retry-After seconds)
        when one of them refuses it, else None."""
        now = self.wall_clock()
        refusal = None
        for rule in self._rules:
            if rule.kind == "lockout" and rule.matches(carrier, method, path, function):
                rule.hits += 1
                bucket = rule.buckets.setdefault((carrier, account), _Bucket())
                if _count(rule, bucket, now) and refusal is None:
                    refusal = (rule, math.ceil(rule.lockout))
        return refusal

    def clear(self, carrier: str | None = None) -> None:
        # Rules without a carrier apply to every carrier, so a one-carrier reset drops them too.
        if carrier is None:
            self._rules = []
        else:
            self._rules = [r for r in self._rules if r.carrier not in (None, carrier)]

    def list(self) -> list[dict]:
        now = self.wall_clock()
        return [r.to_dict(now) for r in self._rules]


def _count(rule: FaultRule, bucket: _Bucket, now: float) -> bool:
    """Record one request; True when it is refused. A request during the lockout restarts it."""
    if bucket.locked_until > now:
        bucket.locked_until = now + rule.lockout
        bucket.refused += 1
        return True
    bucket.arrivals = [t for t in bucket.arrivals if t > now - rule.window] + [now]
    if len(bucket.arrivals) <= rule.limit:
        return False
    # The request that goes over the limit is refused too, and starts the lockout.
    bucket.arrivals = []
    bucket.locked_until = now + rule.lockout
    bucket.refused += 1
    return True


def _required(spec: dict, key: str):
    """The value of a key that has no default (checked by the caller's _number)."""
    if key not in spec:
        raise ValueError(f"{key} is required")
    return spec[key]


def _positive(spec: dict, key: str, default) -> float:
    value = _number(spec, key, default, float, 0)
    if value <= 0:
        raise ValueError(f"{key} must be > 0")
    return value
