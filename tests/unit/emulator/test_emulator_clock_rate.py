"""The clock rate (``POST /_emulator/clock {"rate": R}``): the emulator clock runs at R emulated
seconds per real second, so that a playbook waiting in real time (the port_in role's bounded wait)
sees a port-in land without anyone advancing the clock. A full reset puts the rate back to 1."""

from __future__ import annotations

import time

import pytest

from emulator.clock import Clock
from test_emulator_qb_lnp import TN, _create, _rows

DAY = 86400


class FakeTime:
    """time.time() under the test's control, for exact clock readings."""

    def __init__(self, start: float) -> None:
        self.wall = start

    def __call__(self) -> float:
        return self.wall


@pytest.fixture
def wall(monkeypatch) -> FakeTime:
    fake = FakeTime(1_000_000.0)
    monkeypatch.setattr(time, "time", fake)
    return fake


def test_rate_multiplies_the_time_that_passes_from_when_it_is_set(wall):
    clock = Clock()
    wall.wall += 10
    assert clock.now() == wall.wall and clock.offset == 0  # rate 1: wall time
    clock.set_rate(100)
    wall.wall += 2
    assert clock.now() == wall.wall + 198  # 2 real seconds were 200 emulated ones
    clock.advance(50)
    assert clock.offset == 248
    clock.set_rate(1)  # what passed at rate 100 stays passed
    wall.wall += 5
    assert clock.offset == 248
    assert clock.snapshot() == {"now": wall.wall + 248, "offset": 248, "rate": 1.0}


def test_rate_zero_stops_the_clock_and_reset_restores_wall_time(wall):
    clock = Clock()
    stopped_at = clock.set_rate(0)
    wall.wall += 60
    assert clock.now() == stopped_at
    clock.reset()
    assert (clock.now(), clock.rate, clock.offset) == (wall.wall, 1.0, 0)


def test_negative_rate_refused(wall):
    with pytest.raises(ValueError):
        Clock().set_rate(-1)


@pytest.mark.parametrize("body", [{"rate": -1}, {"rate": "fast"}, {"rate": True}, {"advance": 1, "rate": [2]}])
def test_control_refuses_a_bad_rate_and_changes_nothing(client, body):
    reply = client.control("POST", "/clock", body)
    assert reply.status == 400 and "rate must be" in reply.json["error"]
    assert client.control("GET", "/clock").json["rate"] == 1.0


def test_a_port_lands_while_the_client_only_waits(client):
    """At QuestBlue the FOC is up to four days after submission; at two days a second it completes
    within a few real seconds, with no clock advance, as a role's bounded wait sees it."""
    _create(client)
    snapshot = client.control("POST", "/clock", {"rate": 2 * DAY}).json
    assert snapshot["rate"] == 2 * DAY
    deadline = time.monotonic() + 10
    while _rows(client) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _rows(client) == [] and TN in client.owned()
    # a full reset (the client fixture's) puts the clock back to wall time at rate 1
    assert client.control("POST", "/reset", {}).status == 200
    clock = client.control("GET", "/clock").json
    assert clock["rate"] == 1.0 and abs(clock["offset"]) < 1
