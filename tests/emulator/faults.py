"""Fault injection: queued rules that replace or delay a carrier's answer (control API)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = ("status", "timeout", "latency", "malformed", "rate_limit")

# Defaults from docs/emulator.md ("timeout" 30 s) or chosen to be harmless (the rest).
_DEFAULT_DELAY = {"timeout": 30.0, "latency": 1.0}


def normalise_path(path: str | None) -> str | None:
    """Rule paths and request paths compare without a trailing slash, always with a leading one."""
    if path is None:
        return None
    path = "/" + path.strip().lstrip("/")
    return path.rstrip("/") or "/"


@dataclass
class FaultRule:
    id: int
    kind: str
    carrier: str | None = None
    method: str | None = None
    path: str | None = None
    status: int = 500
    delay: float = 0.0
    retry_after: int = 1
    times: int = 1
    after_effect: bool = False
    #: the carrier's own name of the call (VoIP.ms: the ``method`` parameter), for carriers whose
    #: calls all share one path; None = any
    function: str | None = None
    hits: int = 0

    def matches(self, carrier: str, method: str, path: str, function: str | None = None) -> bool:
        return (
            (self.carrier is None or self.carrier == carrier)
            and (self.method is None or self.method == method)
            and (self.path is None or self.path == normalise_path(path))
            and (self.function is None or self.function == function)
        )

    def to_dict(self) -> dict:
        return asdict(self)


def _number(spec: dict, key: str, default, cast, minimum):
    value = spec.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{key} must be a number")
    if value < minimum:
        raise ValueError(f"{key} must be >= {minimum}")
    return cast(value)


class FaultQueue:
    def __init__(self) -> None:
        self._rules: list[FaultRule] = []
        self._next_id = 1

    def add(self, spec: dict, known_carriers) -> FaultRule:
        kind = spec.get("kind")
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        carrier = spec.get("carrier")
        if carrier is not None and carrier not in known_carriers:
            raise ValueError(f"unknown carrier {carrier}")
        method = spec.get("method")
        if method is not None and not isinstance(method, str):
            raise ValueError("method must be a string")
        path = spec.get("path")
        if path is not None and not isinstance(path, str):
            raise ValueError("path must be a string")
        function = spec.get("function")
        if function is not None and not isinstance(function, str):
            raise ValueError("function must be a string")
        status = _number(spec, "status", 500, int, 100)
        if status > 599:
            raise ValueError("status must be an HTTP status code")
        after_effect = spec.get("after_effect", False)
        if not isinstance(after_effect, bool):
            raise ValueError("after_effect must be a boolean")
        rule = FaultRule(
            id=self._next_id,
            kind=kind,
            carrier=carrier,
            method=method.upper() if method else None,
            path=normalise_path(path),
            status=status,
            delay=_number(spec, "delay", _DEFAULT_DELAY.get(kind, 0.0), float, 0),
            retry_after=_number(spec, "retry_after", 1, int, 0),
            times=_number(spec, "times", 1, int, 1),
            after_effect=after_effect,
            function=function,
        )
        self._next_id += 1
        self._rules.append(rule)
        return rule

    def take(self, carrier: str, method: str, path: str, function: str | None = None) -> FaultRule | None:
        """First queued rule that matches; each hit uses up one of its ``times``."""
        for rule in self._rules:
            if rule.matches(carrier, method, path, function):
                rule.hits += 1
                if rule.hits >= rule.times:
                    self._rules.remove(rule)
                return rule
        return None

    def clear(self, carrier: str | None = None) -> None:
        # Rules without a carrier apply to every carrier, so a one-carrier reset drops them too.
        if carrier is None:
            self._rules = []
        else:
            self._rules = [r for r in self._rules if r.carrier not in (None, carrier)]

    def list(self) -> list[dict]:
        return [r.to_dict() for r in self._rules]
