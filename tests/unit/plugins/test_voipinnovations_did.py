"""VoIP Innovations did adapter, through the engine's Converger, against the in-process emulator
(tests/emulator/voipinnovations) and, where the emulator cannot be made to refuse, a scripted wire:
read (queryDID), order (reserveDID, assignDID, the follow-up writes), configDID read-merge-write,
CNAM display, forward, failover, release, search, and every check that must fail before a request.
Every request must pass the emulator's schema validation."""

import re

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger
from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, TransportError, ValidationError, VoipCarrierError)
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import VoipInnovationsClient
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import read_account

from scripted_carrier import UNLIMITED, Wire, _scripted
from test_voipinnovations_client import LOGIN, SECRET, VI, did, reply

CARRIER = "voipinnovations"
ON_OFFER = "+12125550110"       # NY, outbound CNAM storage (even line)
NO_STORAGE = "+12125550111"     # NY, no outbound CNAM storage (odd line)
MAIN = "+12125550100"           # owned: EPG 13550 "Primary PBX", cnam on, name DEMO MAIN LINE, refId main-line
FORWARDED = "+13125550110"      # owned: EPG 13551, forwarded to 7735550123
FAILOVER = "+12125550101"       # owned: EPG 13550, failover 6465550150
UNCONFIGURED = "+13055550140"   # owned: no endpoint group


def connection(control):
    return {"provider": CARRIER, "api_username": LOGIN, "api_password": SECRET,
            "api_url": "%s/%s" % (control.base_url, CARRIER), "timeout": 10, "rate_limit": UNLIMITED}


def converge(control, params, state="present", check=False, client=None):
    """One module run's worth of engine: (result, client)."""
    client = client or open_client(connection(control))
    adapter = client.resource("did")
    converger = Converger(DID, check_mode=check, diff=True)
    desired = converger.prepare(adapter, DID.desired_from_params(params), state)
    current = adapter.read(desired["number"])
    if state == "absent":
        return converger.absent(adapter, desired["number"], current), client
    return converger.present(adapter, desired["number"], desired, current)[0], client


def operation(entry):
    """The operation of a logged request: the emulator's mark, or (a fault rule answered it before
    the SOAP endpoint did) the body element's name."""
    if "soap" in entry:
        assert not entry["soap"]["fault"] and not entry["soap"]["unknown_elements"], entry
        return entry["soap"]["operation"]
    return re.search(r"Body><(?:\w+:)?(\w+)", entry["body"]).group(1)


def calls(control, since, writes=False):
    """The operations the emulator saw since ``since``; every one read cleanly by its schema."""
    return [operation(entry) for entry in control.requests(CARRIER, since) if entry["write"] or not writes]


def owned(control, number):
    return control.state(CARRIER)["accounts"][LOGIN]["dids"].get(number[2:])


@pytest.fixture(name="vi")
def _vi(control):
    return control


# ---- read -----------------------------------------------------------------------------------------

def test_read_maps_an_owned_number_and_names_its_trunk(vi):
    mark = vi.last_seq()
    record = open_client(connection(vi)).resource("did").read(MAIN)
    assert record == {"number": MAIN, "status": "active", "type": "local", "trunk": "Primary PBX", "cnam": True,
                      "caller_id_name": "DEMO MAIN LINE", "description": "main-line", "forward_to": "",
                      "failover_number": "", "e911": False, "provider": CARRIER}
    assert calls(vi, mark) == ["queryDID", "AuditEndpointGroups"]
    adapter = open_client(connection(vi)).resource("did")
    assert adapter.read(FORWARDED)["forward_to"] == "+17735550123"
    assert adapter.read(FAILOVER)["failover_number"] == "+16465550150"


@pytest.mark.parametrize("number", [ON_OFFER, "+12125550199", "+12125559999"])
def test_a_number_on_offer_of_another_customer_or_unknown_is_absent(vi, number):
    assert open_client(connection(vi)).resource("did").read(number) is None


def test_an_answer_without_the_number_is_an_error_not_absent():
    wire = Wire(reply("queryDID", body="<DIDs />"))
    client = _scripted(VoipInnovationsClient(VI), wire)
    with pytest.raises(TransportError, match="unexpected shape"):
        client.resource("did").read(MAIN)


# ---- order ----------------------------------------------------------------------------------------

def test_order_reserves_assigns_then_applies_what_assign_cannot_carry(vi):
    mark = vi.last_seq()
    params = {"number": ON_OFFER, "trunk": "Backup SBC", "cnam": True, "description": "sales",
              "caller_id_name": "ACME SALES", "failover_number": "6465550100"}
    result, client = converge(vi, params)
    assert result["changed"] and result["did"]["trunk"] == "Backup SBC" and result["did"]["failover_number"] == "+16465550100"
    assert calls(vi, mark, writes=True) == ["reserveDID", "assignDID", "UpdateDIDFailover", "UpdateCNAMDisplay"]
    row = owned(vi, ON_OFFER)
    assert (row["endpointId"], row["cnam"], row["refId"], row["cnamName"], row["failover"]) == \
        (13551, True, "sales", "ACME SALES", "6465550100")
    assert client.log.as_dict()["writes"] == 4

    mark = vi.last_seq()
    again, client = converge(vi, params)
    assert not again["changed"] and calls(vi, mark, writes=True) == []
    assert client.log.as_dict() == {"reads": 2, "writes": 0, "retries": 0, "total": 2}


def test_check_mode_reads_and_orders_nothing(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, {"number": ON_OFFER, "trunk": "Primary PBX", "caller_id_name": "ACME"}, check=True)
    assert result["changed"] and calls(vi, mark) == ["queryDID", "AuditEndpointGroups"] and owned(vi, ON_OFFER) is None


def test_a_trunk_given_by_id_is_shown_as_given(vi):
    result, _client = converge(vi, {"number": ON_OFFER, "trunk": "13550"})
    assert result["did"]["trunk"] == "13550" and owned(vi, ON_OFFER)["endpointId"] == 13550


@pytest.mark.parametrize("params, field, text", [
    ({"number": ON_OFFER}, "trunk", "required to order"),
    ({"number": ON_OFFER, "trunk": "Nope"}, "trunk", "no voipinnovations endpoint group 'Nope'"),
    ({"number": NO_STORAGE, "trunk": "Primary PBX", "caller_id_name": "ACME"}, "caller_id_name", "CNAM storage"),
    ({"number": "+12125550199", "trunk": "Primary PBX"}, "number", "not available to order"),
    ({"number": "+12145550109", "trunk": "Primary PBX"}, "number", "not available to order"),
])
def test_what_an_order_needs_is_checked_before_anything_is_bought(vi, params, field, text):
    mark = vi.last_seq()
    for check in (True, False):
        with pytest.raises(ValidationError) as raised:
            converge(vi, params, check=check)
        assert raised.value.field == field and text in raised.value.message
    assert calls(vi, mark, writes=True) == []


def _scripted_order(*answers):
    queried = reply("queryDID", body="<DIDs>%s</DIDs>" % did("2125550110", availability="available"))
    groups = reply("AuditEndpointGroups", body="<EndpointGroup><EndpointGroup><ID>13550</ID><Name>Primary PBX</Name>"
                                               "<Port>5060</Port><StripPlus>false</StripPlus><StripCC>false</StripCC>"
                                               "<International>false</International><MTDUsage>0</MTDUsage>"
                                               "<Active>true</Active></EndpointGroup></EndpointGroup>")
    reserved = reply("reserveDID", body="<DIDs>%s</DIDs>" % did("2125550110", availability="reserved"))
    wire = Wire(queried, groups, reserved, *answers)
    return _scripted(VoipInnovationsClient(VI), wire), wire


def test_a_refused_assignment_says_how_long_the_number_stays_reserved():
    refused = reply("assignDID", body="<DIDs>%s</DIDs>" % did("2125550110", "104251", "No standard origination"))
    client, wire = _scripted_order(refused)
    with pytest.raises(CarrierError) as raised:
        converge(None, {"number": ON_OFFER, "trunk": "Primary PBX"}, client=client)
    error = raised.value
    assert error.code == 104251 and error.details["changed"] is True and len(wire.requests) == 4
    assert "stays reserved for this account until" in error.message and "a re-run before then assigns it" in error.message


def test_a_failed_follow_up_leaves_the_number_ordered_and_says_so():
    assigned = reply("assignDID", body="<DIDs>%s</DIDs>" % did("2125550110", availability="assigned"))
    refused = reply("SetDIDForward", 944, "Invalid Number")
    client, wire = _scripted_order(assigned, refused)
    with pytest.raises(CarrierError) as raised:
        converge(None, {"number": ON_OFFER, "trunk": "Primary PBX", "forward_to": "6465550100"}, client=client)
    error = raised.value
    assert error.details["changed"] is True and "944: Invalid Number (forward_to:" in error.message
    assert "was ordered and routed to Primary PBX, but forward_to was not applied" in error.message
    assert len(wire.requests) == 5


def test_an_assignment_of_unknown_outcome_is_settled_by_a_re_read(vi):
    vi.fault({"carrier": CARRIER, "function": "assignDID", "kind": "status", "status": 503})
    mark = vi.last_seq()
    with pytest.raises(VoipCarrierError) as raised:
        converge(vi, {"number": ON_OFFER, "trunk": "Primary PBX"})
    assert raised.value.maybe_applied and "stays reserved for this account until" in raised.value.message
    assert calls(vi, mark, writes=True) == ["reserveDID", "assignDID"]
    assert calls(vi, mark)[-1] == "queryDID"       # the engine's re-read, never a second assignDID
    # A re-run within the reservation assigns the number (reserveDID answers 103220: already yours).
    result, _client = converge(vi, {"number": ON_OFFER, "trunk": "Primary PBX"})
    assert result["changed"] and owned(vi, ON_OFFER)["endpointId"] == 13550


# ---- update -----------------------------------------------------------------------------------------

def test_config_did_keeps_what_the_user_does_not_change(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, {"number": MAIN, "description": "renamed"})
    assert result["changed"] and calls(vi, mark, writes=True) == ["configDID"]
    row = owned(vi, MAIN)
    assert (row["refId"], row["endpointId"], row["cnam"], row["cnamName"]) == ("renamed", 13550, True, "DEMO MAIN LINE")
    result, _client = converge(vi, {"number": MAIN, "trunk": "Backup SBC", "cnam": False})
    row = owned(vi, MAIN)
    assert (row["refId"], row["endpointId"], row["cnam"]) == ("renamed", 13551, False)


def test_caller_id_name_is_set_and_removed(vi):
    mark = vi.last_seq()
    converge(vi, {"number": MAIN, "caller_id_name": "NEW NAME"})
    converge(vi, {"number": MAIN, "caller_id_name": ""})
    assert calls(vi, mark, writes=True) == ["UpdateCNAMDisplay", "RemoveCNAM"] and owned(vi, MAIN)["cnamName"] == ""


def test_forward_is_set_then_removed_back_to_the_numbers_group(vi):
    mark = vi.last_seq()
    converge(vi, {"number": MAIN, "forward_to": "+1 646 555 0177"})
    assert owned(vi, MAIN)["forward"] == "6465550177"
    converge(vi, {"number": MAIN, "forward_to": ""})
    assert calls(vi, mark, writes=True) == ["SetDIDForward", "RemoveDIDForward"]
    row = owned(vi, MAIN)
    assert row["forward"] == "" and row["endpointId"] == 13550


def test_removing_a_forward_with_a_new_trunk_routes_to_that_trunk(vi):
    mark = vi.last_seq()
    converge(vi, {"number": FORWARDED, "forward_to": "", "trunk": "Primary PBX", "failover_number": "6465550100"})
    assert calls(vi, mark, writes=True) == ["configDID", "RemoveDIDForward", "UpdateDIDFailover"]
    row = owned(vi, FORWARDED)
    assert (row["forward"], row["endpointId"], row["failover"]) == ("", 13550, "6465550100")


def test_a_failover_is_removed_before_a_forward_is_set(vi):
    mark = vi.last_seq()
    converge(vi, {"number": FAILOVER, "failover_number": "", "forward_to": "6465550177"})
    assert calls(vi, mark, writes=True) == ["UpdateDIDFailover", "SetDIDForward"]


@pytest.mark.parametrize("params, field, text", [
    # A forwarded number never reaches its group: its failover would never apply.
    ({"number": FORWARDED, "failover_number": "6465550100"}, "failover_number", "forward_to is (+17735550123)"),
    ({"number": FAILOVER, "forward_to": "6465550177"}, "failover_number", "never apply"),
    ({"number": MAIN, "forward_to": "6465550177", "failover_number": "6465550100"}, "failover_number", "never apply"),
    ({"number": "+18885550130", "caller_id_name": "TOLL FREE"}, "caller_id_name", "CNAM storage"),
    ({"number": MAIN, "trunk": "Nope"}, "trunk", "no voipinnovations endpoint group"),
    ({"number": UNCONFIGURED, "description": "x"}, "trunk", "routes to no endpoint group"),
    ({"number": MAIN, "trunk": ""}, "trunk", "routes every number to an endpoint group"),
    ({"number": MAIN, "caller_id_name": "ACME, INC."}, "caller_id_name", "1 to 15 letters"),
    ({"number": MAIN, "caller_id_name": "A" * 16}, "caller_id_name", "1 to 15 letters"),
    ({"number": MAIN, "forward_to": MAIN}, "forward_to", "the number itself"),
    ({"number": MAIN, "failover_number": "2125550100"}, "failover_number", "the number itself"),
    ({"number": MAIN, "tier": "1"}, "tier", "does not support"),
    ({"number": MAIN, "routing": "none:"}, "routing", "does not support"),
])
def test_bad_updates_fail_before_any_write(vi, params, field, text):
    mark = vi.last_seq()
    with pytest.raises(ValidationError) as raised:
        converge(vi, params)
    assert raised.value.field == field and text in raised.value.message
    assert calls(vi, mark, writes=True) == []


def test_an_unconfigured_number_is_configured_with_a_trunk(vi):
    converge(vi, {"number": UNCONFIGURED, "trunk": "Backup SBC", "description": "now routed"})
    row = owned(vi, UNCONFIGURED)
    assert (row["endpointId"], row["refId"]) == (13551, "now routed")


# ---- release --------------------------------------------------------------------------------------

def test_release_then_release_again(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, {"number": MAIN}, state="absent")
    assert result["changed"] and owned(vi, MAIN) is None
    result, _client = converge(vi, {"number": MAIN}, state="absent")
    assert not result["changed"] and calls(vi, mark, writes=True) == ["releaseDID"]


def test_a_release_of_a_number_already_gone_counts_as_done():
    gone = reply("releaseDID", body="<DIDs>%s</DIDs>" % did("2125550100", "106231", "Number currently available"))
    client = _scripted(VoipInnovationsClient(VI), Wire(gone))
    client.resource("did").delete(MAIN, {"number": MAIN})


# ---- the account snapshot (did_info, inventory, bulk) ----------------------------------------------

def test_the_snapshot_is_list_calls_only(vi):
    client = open_client(connection(vi))
    mark = vi.last_seq()
    numbers = read_account(client, ["sms"], "212*").numbers
    assert [record["number"] for record in numbers] == [MAIN, FAILOVER]
    assert numbers[0]["trunk"] == "Primary PBX" and numbers[0]["sms"]["enabled"] is True and numbers[1]["e911"] is False
    assert calls(vi, mark) == ["auditDIDs", "AuditEndpointGroups", "AuditSMS"]
    adapter = client.resource("did")
    assert adapter.from_snapshot(numbers[0]) == adapter.read(MAIN)


# ---- search -----------------------------------------------------------------------------------------

def test_search_by_region_rate_center_npa_and_toll_free(vi):
    adapter = open_client(connection(vi)).resource("did")
    found = adapter.search({"type": "local", "region": "tx", "npa": None, "rate_center": None})
    assert [entry["number"] for entry in found] == ["+1214555%04d" % n for n in range(100, 109)]
    assert found[0] == {"number": "+12145550100", "type": "local", "tier": "1", "state": "TX", "rate_center": "DALLAS",
                        "sms": True}
    assert len(adapter.search({"type": "local", "rate_center": "chicago"})) == 6
    assert {entry["number"][:5] for entry in adapter.search({"type": "local", "npa": "305"})} == {"+1305"}
    assert [entry["type"] for entry in adapter.search({"type": "toll_free"})] == ["toll_free"] * 4
    assert adapter.search({"type": "toll_free", "npa": "800"}) == []


@pytest.mark.parametrize("criteria, field", [
    ({"type": "local", "tier": "1", "region": "NY"}, "tier"),
    ({"type": "local", "zip": "10001"}, "zip"),
    ({"type": "local"}, "npa"),
    ({"type": "local", "region": "New York"}, "region"),
    ({"type": "toll_free", "region": "NY"}, "region"),
    ({"type": "toll_free", "rate_center": "X"}, "rate_center"),
    ({"type": "local", "npa": "800"}, "npa"),
])
def test_search_refuses_before_any_request(criteria, field):
    client = VoipInnovationsClient(VI)
    with pytest.raises(ValidationError) as raised:
        client.resource("did").search(criteria)
    assert raised.value.field == field and client.log.as_dict()["total"] == 0
