"""voip.carrier.lnp_request and lnp_request_info against the emulated VoIP Innovations SOAP API, whose
port-ins are read-only (submitted in its Back Office): lnp_request refused with no request whatever
the state; lnp_request_info's active ports, one port by its numbers with its history, the isPortable
lookup, and the demo port followed as the emulator clock moves it to its FOC and to completion (its
numbers then in the account). Three playbooks."""

from __future__ import annotations

import re

from helpers import play, task
from test_did_voipinnovations import CARRIER, SECRET, operations

BOSTON = ["+16175550160", "+16175550161"]      # demo port 7001: PENDING SIGNATURE, FOC after a day
DAY = 86400


def step(module, title, **options):
    return dict(task(module, title, register=re.sub(r"\W", "_", title).lower(), **options), ignore_errors=True)


def test_refused_writes_and_ports_followed_on_the_clock(fresh_emulator, run_playbook):
    vi = fresh_emulator
    creds = vi.credentials(CARRIER)
    mark = vi.last_seq()
    res = run_playbook(play(
        step("lnp_request", "Submit", numbers=BOSTON, losing_carrier="Verizon"),
        step("lnp_request", "Cancel", numbers=BOSTON, state="absent"),
        step("lnp_request_info", "Active ports"),
        step("lnp_request_info", "The Boston port", numbers=[BOSTON[1]]),
        step("lnp_request_info", "Could this one be ported", numbers=["+16465550100"], lookup=True),
        creds=creds, name=CARRIER), verbosity=4)

    for title in ("Submit", "Cancel"):
        result = res.task(title)["result"]
        assert res.task(title)["failed"] and result["field"] == "state", title
        assert "VoIP Innovations' Back Office" in result["msg"] and result["api_calls"]["total"] == 0, title
    ports = res.task("Active ports")["result"]["lnp_requests"]
    assert [(p["request_ids"], p["status"], p["carrier_status"]) for p in ports] == [
        (["7001"], "draft", "PENDING SIGNATURE"), (["7002"], "foc", "FOC")]
    boston = res.task("The Boston port")["result"]["lnp_requests"][0]
    assert boston["numbers"] == BOSTON and boston["losing_carrier"] == "Verizon"
    assert boston["default_endpoint_group"] == 13550 and boston["history"][0]["status"] == "PENDING SIGNATURE"
    lookup = res.task("Could this one be ported")["result"]
    assert lookup["lnp_requests"] == [] and lookup["lookups"] == [{"number": "+16465550100", "portable": True}]
    assert operations(vi, mark) == ["getActivePorts", "GetPortHistory", "GetPortHistory", "isPortable"]
    res.assert_no_secrets(SECRET)

    # A day later the losing carrier has confirmed the date.
    vi.advance_clock(DAY + 3600)
    res = run_playbook(play(step("lnp_request_info", "The Boston port", numbers=BOSTON), creds=creds, name=CARRIER))
    boston = res.task("The Boston port")["result"]["lnp_requests"][0]
    assert boston["status"] == "foc" and boston["confirmed_foc_date"] == boston["foc_date"]
    assert [entry["status"] for entry in boston["history"]] == ["PENDING SIGNATURE", "SUBMITTED", "FOC"]

    # On the FOC date the port completes: it leaves the active list and its numbers are the account's.
    vi.advance_clock(4 * DAY)
    res = run_playbook(play(step("lnp_request_info", "Active ports"),
                            step("lnp_request_info", "The Boston port", numbers=BOSTON),
                            step("did_info", "The ported number", number=BOSTON[0]),
                            creds=creds, name=CARRIER))
    assert res.task("Active ports")["result"]["lnp_requests"] == []
    assert res.task("The Boston port")["result"]["lnp_requests"][0]["status"] == "completed"
    ported = res.task("The ported number")["result"]["dids"]
    assert [(did["number"], did["trunk"]) for did in ported] == [(BOSTON[0], "Primary PBX")]
    assert vi.writes(carrier=CARRIER, since=mark) == []
