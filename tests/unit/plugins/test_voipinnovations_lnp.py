"""VoIP Innovations port-ins, read-only, run as modules against the in-process emulator:
lnp_request refused before any request whatever the state, lnp_request_info's list (getActivePorts),
one port by its numbers with its history (GetPortHistory), isPortable as the lookup, statuses
followed on the emulator clock, the snapshot's port_in part."""

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.lnp import neutral_status
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import read_account

from fault_harness import run_module
from test_voipinnovations_did import CARRIER, calls, connection

BOSTON = ["+16175550160", "+16175550161"]     # demo port 7001, PENDING SIGNATURE
WEST = "+14155550170"                          # demo port 7002, FOC in 2 days
DALLAS = "+12145550120"                        # demo port 7000, completed (an owned number)
DAY = 86400


def info(control, **params):
    kind, result = run_module("lnp_request_info", dict(connection(control), **params))
    assert kind == "exit", result
    return result


def advance(control, seconds):
    control.call("POST", "/clock", {"advance": seconds})


@pytest.mark.parametrize("params", [
    {"numbers": BOSTON},
    {"numbers": BOSTON, "state": "absent"},
    {"numbers": BOSTON, "losing_carrier": "Verizon", "wait_for": "foc"},
    {"numbers": ["+16465550100"], "state": "present", "_ansible_check_mode": True},
])
def test_lnp_request_is_refused_before_any_request(control, params):
    mark = control.last_seq()
    kind, result = run_module("lnp_request", dict(connection(control), **params))
    assert kind == "fail" and result["field"] == "state"
    assert "submitted, changed and cancelled in VoIP Innovations' Back Office" in result["msg"]
    assert "lnp_request_info" in result["msg"]
    assert control.requests(CARRIER, mark) == [] and result["api_calls"]["total"] == 0


def test_list_is_every_active_port_in_one_request(control):
    mark = control.last_seq()
    result = info(control)
    assert calls(control, mark) == ["getActivePorts"]
    boston, west = result["lnp_requests"]
    assert boston["numbers"] == BOSTON and boston["status"] == "draft"
    assert boston["carrier_status"] == "PENDING SIGNATURE" and boston["request_ids"] == ["7001"]
    assert boston["losing_carrier"] == "Verizon" and boston["billing_number"] == BOSTON[0]
    assert boston["end_user"] == "ACME Boston" and boston["sales_rep"] == "Dana Reyes"
    assert boston["default_endpoint_group"] == 13550 and boston["foc_date"] and "confirmed_foc_date" not in boston
    assert boston["port_numbers"][1] == {"number": BOSTON[1], "endpoint_group": 13550, "cnam": True, "e911": False,
                                         "tier": "1"}
    assert west["status"] == "foc" and west["confirmed_foc_date"] == west["foc_date"]
    assert west["port_numbers"][0]["rate_center"] == "SAN FRANCISCO" and west["port_numbers"][0]["region"] == "CA"
    assert "history" not in west


def test_one_port_by_its_numbers_with_its_history(control):
    mark = control.last_seq()
    result = info(control, numbers=list(reversed(BOSTON)))
    (port,) = result["lnp_requests"]
    assert calls(control, mark) == ["GetPortHistory"]          # the port names both numbers: one request
    assert port["request_ids"] == ["7001"] and [entry["status"] for entry in port["history"]] == ["PENDING SIGNATURE"]
    assert port["history"][0]["description"].startswith("Port 7001: ") and port["history"][0]["date"]
    # One number of the port finds the whole port.
    assert info(control, numbers=[BOSTON[0]])["lnp_requests"][0]["numbers"] == BOSTON
    done = info(control, numbers=[DALLAS])["lnp_requests"][0]
    assert done["status"] == "completed" and [e["status"] for e in done["history"]][-1] == "COMPLETE"
    assert info(control, numbers=["+16465550100"])["lnp_requests"] == []


def test_numbers_of_several_ports_fail_naming_them(control):
    kind, result = run_module("lnp_request_info", dict(connection(control), numbers=[BOSTON[0], WEST, "+16465550100"]))
    assert kind == "fail" and result["field"] == "numbers"
    assert "port 7001 (+16175550160, +16175550161)" in result["msg"] and "port 7002" in result["msg"]
    assert "no port (+16465550100)" in result["msg"]


def test_statuses_follow_the_clock_and_a_completed_port_leaves_the_list(control):
    advance(control, 3600)
    assert info(control, numbers=BOSTON)["lnp_requests"][0]["status"] == "submitted"
    advance(control, DAY)
    port = info(control, numbers=BOSTON)["lnp_requests"][0]
    assert port["status"] == "foc" and port["confirmed_foc_date"] == port["foc_date"]
    advance(control, 4 * DAY)
    assert info(control)["lnp_requests"] == []
    port = info(control, numbers=BOSTON)["lnp_requests"][0]
    assert port["status"] == "completed" and [e["status"] for e in port["history"]] == [
        "PENDING SIGNATURE", "SUBMITTED", "FOC", "COMPLETE"]
    kind, did = run_module("did", dict(connection(control), number=BOSTON[0]))
    assert kind == "exit" and not did["changed"] and did["did"]["trunk"] == "Primary PBX"


def test_lookup_is_is_portable_per_number_and_free(control):
    mark = control.last_seq()
    result = info(control, numbers=["+16465550100", "+19075550100"], lookup=True)
    assert result["lookups"] == [{"number": "+16465550100", "portable": True},
                                 {"number": "+19075550100", "portable": False}]
    assert calls(control, mark) == ["GetPortHistory", "GetPortHistory", "isPortable", "isPortable"]
    assert "warnings" not in result


def test_numbers_outside_north_america_fail_before_any_request(control):
    mark = control.last_seq()
    kind, result = run_module("lnp_request_info", dict(connection(control), numbers=["+442071234567"], lookup=True))
    assert kind == "fail" and result["field"] == "numbers" and control.requests(CARRIER, mark) == []


def test_snapshot_port_in_part_is_one_get_active_ports(control):
    client = open_client(connection(control))
    mark = control.last_seq()
    snapshot = read_account(client, parts=("port_in",))
    numbers = snapshot.by_number()
    assert numbers[BOSTON[0]]["status"] == "porting" and numbers[BOSTON[0]]["port_in"]["status"] == "draft"
    assert numbers[WEST]["port_in"]["foc_date"] and numbers[DALLAS]["port_in"] is None
    assert calls(control, mark).count("getActivePorts") == 1


@pytest.mark.parametrize("status, neutral", [("PENDING SIGNATURE", "draft"), ("Submitted", "submitted"),
                                             ("FOC", "foc"), ("COMPLETED", "completed"), ("CANCELED", "cancelled"),
                                             ("REJECTED BY LOSING CARRIER", "rejected"), ("IN PROGRESS", "submitted"),
                                             (None, "submitted")])
def test_statuses_map_onto_the_lifecycle(status, neutral):
    assert neutral_status(status) == neutral
