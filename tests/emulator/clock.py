"""The emulator clock: wall time plus an offset that tests advance (asynchronous work)."""

from __future__ import annotations

import time


class Clock:
    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            # Time only moves forward; a negative advance would let asynchronous work "un-happen".
            raise ValueError("advance must be >= 0")
        self.offset += seconds
        return self.now()

    def reset(self) -> None:
        self.offset = 0.0

    def snapshot(self) -> dict:
        return {"now": self.now(), "offset": self.offset}
