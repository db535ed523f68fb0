"""The emulator clock: wall time plus an offset that tests advance (asynchronous work), running at a
rate that tests may raise (``rate`` emulated seconds per real second), so that a playbook that waits
in real time for a port-in sees days pass in seconds (docs/emulator.md "Control API")."""

from __future__ import annotations

import time


class Clock:
    def __init__(self) -> None:
        self.reset()

    def _offset_at(self, wall: float) -> float:
        # At rate 1 this is exactly the advances made, as before rates existed.
        return self._base_offset + (wall - self._anchor_wall) * (self.rate - 1.0)

    @property
    def offset(self) -> float:
        """How far the clock is ahead of wall time: the advances plus what a rate above 1 has added."""
        return self._offset_at(time.time())

    def now(self) -> float:
        wall = time.time()
        return wall + self._offset_at(wall)

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            # Time only moves forward; a negative advance would let asynchronous work "un-happen".
            raise ValueError("advance must be >= 0")
        self._base_offset += seconds
        return self.now()

    def set_rate(self, rate: float) -> float:
        """Run at ``rate`` emulated seconds per real second from now on (0 stops the clock)."""
        if rate < 0:
            # A negative rate would run time backwards, like a negative advance.
            raise ValueError("rate must be >= 0")
        # Re-anchor at this instant so that the time already passed keeps the rate it ran at.
        wall = time.time()
        self._base_offset, self._anchor_wall = self._offset_at(wall), wall
        self.rate = float(rate)
        return self.now()

    def reset(self) -> None:
        self.rate = 1.0
        self._base_offset = 0.0
        self._anchor_wall = time.time()

    def snapshot(self) -> dict:
        wall = time.time()
        offset = self._offset_at(wall)
        return {"now": wall + offset, "offset": offset, "rate": self.rate}
