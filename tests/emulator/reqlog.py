"""The request log: what each carrier received, so tests can assert "the second run wrote nothing"."""

from __future__ import annotations


class RequestLog:
    def __init__(self) -> None:
        self._entries: list[dict] = []
        # seq never restarts, not even on clear/reset: a test holding an old `since=` watermark
        # must not miss entries written after a clear.
        self._seq = 0

    @property
    def last_seq(self) -> int:
        return self._seq

    def add(self, entry: dict) -> int:
        self._seq += 1
        self._entries.append({"seq": self._seq, **entry})
        return self._seq

    def query(self, carrier: str | None = None, since: int | None = None) -> list[dict]:
        return [
            dict(e)
            for e in self._entries
            if (carrier is None or e["carrier"] == carrier) and (since is None or e["seq"] > since)
        ]

    def clear(self, carrier: str | None = None) -> None:
        if carrier is None:
            self._entries = []
        else:
            self._entries = [e for e in self._entries if e["carrier"] != carrier]
