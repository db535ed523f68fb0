"""A full reset (``POST /_emulator/reset`` without a carrier) puts the clock back before the carriers
rebuild their demo data, so time-based seeds (VoIP Innovations' ports, submitted 10 minutes before
the reset) are laid out on the clock that runs after it. Before, the demo ports were scheduled on the
old, advanced clock: a month after the reset, port 7001 had not even been signed."""

from __future__ import annotations

import json

from voipinnovations_testclient import VoipInnovations

MONTH = 30 * 24 * 3600


def test_full_reset_rebuilds_the_demo_on_the_reset_clock(client):
    vi = VoipInnovations(client.port)
    vi.advance(MONTH)
    assert vi.control("POST", "/reset").status == 200
    clock = json.loads(vi.control("GET", "/clock").body)
    assert clock["offset"] == 0
    port = vi.state()["accounts"]["demo-vi"]["ports"]["7001"]
    assert port["status"] == "PENDING SIGNATURE"
    # the whole schedule lies within the next five days of the reset clock, not a month later
    assert all(clock["now"] < at <= clock["now"] + 5 * 24 * 3600 for at, _status in port["_schedule"])
    vi.advance(MONTH)
    assert vi.state()["accounts"]["demo-vi"]["ports"]["7001"]["status"] == "COMPLETE"
