"""The bulk engine's batch hooks (order_many, update_many, delete_many: plugins/module_utils/bulk.py)
through the real did_bulk module, in process, at VoIP Innovations (whose reserveDID, assignDID,
configDID and releaseDID take many numbers and answer each number's own statusCode) against the
in-process emulator; and the engine's rules with a hook that takes only some numbers or none.

Every number of a batch gets its own outcome: a reply that says 100 while one number failed fails
that number only; a batch whose answer is lost is settled by re-reading each number, never sent
again."""

from __future__ import annotations

import re

import pytest
from fault_harness import run_module

from ansible_collections.voip.carrier.plugins.module_utils.bulk import own_errors
from ansible_collections.voip.carrier.plugins.module_utils.errors import CarrierError

CARRIER = "voipinnovations"
LOGIN, SECRET = "fleet-vi", "fleet-vi-secret-5150"
PBX, SBC = (14001, "Fleet PBX"), (14002, "Fleet SBC")
HELD = ["7195550%03d" % index for index in range(100, 106)]        # owned, on PBX, refId fleet
OFFER = ["7195550%03d" % index for index in range(200, 204)]       # on offer, tier 1
TIER_2 = "7195550300"                                               # on offer, tier 2 (the account buys tier 1 only)


def e164(national):
    return "+1" + national


@pytest.fixture(name="vi")
def _vi(control):
    control.seed({"carrier": CARRIER, "accounts": [{"login": LOGIN, "secret": SECRET, "tiers": ["1"]}],
                  "endpoint_groups": [{"account": LOGIN, "ID": PBX[0], "Name": PBX[1]},
                                      {"account": LOGIN, "ID": SBC[0], "Name": SBC[1]}],
                  "inventory": [{"tn": tn, "state": "CO", "rateCenter": "COLORADO SPRINGS", "tier": "1",
                                 "outboundCNAM": True} for tn in OFFER]
                  + [{"tn": TIER_2, "state": "CO", "rateCenter": "COLORADO SPRINGS", "tier": "2"}],
                  "dids": [{"account": LOGIN, "tn": tn, "endpointId": PBX[0], "refId": "fleet", "cnam": True,
                            "cnamStorageAvailability": True} for tn in HELD]})
    return control


def operation(entry):
    """The operation of a logged request: the emulator's mark (every request schema-clean), or the
    body element's name where a fault rule answered before the SOAP endpoint did."""
    if "soap" in entry:
        assert not entry["soap"]["fault"] and not entry["soap"]["unknown_elements"], entry
        return entry["soap"]["operation"]
    return re.search(r"Body><(?:\w+:)?(\w+)", entry["body"]).group(1)


def bulk(vi, numbers, **options):
    """(kind, result, [(operation, [tn, ...]) of every request]) of one did_bulk run."""
    params = dict(provider=CARRIER, api_url="%s/%s" % (vi.base_url, CARRIER), api_username=LOGIN,
                  api_password=SECRET, numbers=numbers, **options)
    since = vi.last_seq()
    kind, result = run_module("did_bulk", params)
    requests = [(operation(entry), re.findall(r"<(?:\w+:)?(?:tn|did)>(\d{10})<", entry["body"] or ""))
                for entry in vi.requests(CARRIER, since)]
    return kind, result, requests


def writes(requests):
    return [call for call in requests if call[0] not in ("auditDIDs", "AuditEndpointGroups", "queryDID", "AuditSMS",
                                                         "audit911")]


def owned(vi, national):
    return vi.state(CARRIER)["accounts"][LOGIN]["dids"].get(national)


def fleet(**fields):
    return [dict({"number": e164(tn), "trunk": PBX[1], "description": "fleet", "cnam": True}, **fields) for tn in HELD]


def actions(result):
    return {entry["number"]: entry["action"] for entry in result["numbers"]}


def test_the_no_op_reads_the_account_in_two_calls_and_writes_nothing(vi):
    kind, result, requests = bulk(vi, fleet())
    assert kind == "exit" and result["changed"] is False and result["counts"]["unchanged"] == len(HELD)
    assert [call for call, _tns in requests] == ["auditDIDs", "AuditEndpointGroups"]
    assert result["api_calls"] == {"reads": 2, "writes": 0, "retries": 0, "total": 2}


def test_orders_reserve_and_assign_every_number_in_one_call_each_per_endpoint_group(vi):
    numbers = fleet() + [{"number": e164(OFFER[0]), "trunk": PBX[1], "description": "new0"},
                         {"number": e164(OFFER[1]), "trunk": SBC[1], "cnam": True},
                         {"number": e164(OFFER[2]), "trunk": PBX[1], "failover_number": "+17195559999"}]
    kind, result, requests = bulk(vi, numbers)
    assert kind == "exit", result.get("msg")
    assert result["counts"] == {"ordered": 3, "updated": 0, "released": 0, "unchanged": 6, "failed": 0}
    # one reserveDID with the three numbers, one assignDID per endpoint group, then the failover alone
    assert writes(requests) == [("reserveDID", OFFER[:3]), ("assignDID", [OFFER[0], OFFER[2]]),
                                ("assignDID", [OFFER[1]]), ("UpdateDIDFailover", [OFFER[2]])]
    # a queryDID per new number before anything was bought: on offer, and with a CNAM name its storage
    assert sorted(tns for call, tns in requests if call == "queryDID") == [[tn] for tn in OFFER[:3]]
    assert (owned(vi, OFFER[0])["refId"], owned(vi, OFFER[1])["endpointId"], owned(vi, OFFER[1])["cnam"]) == \
        ("new0", SBC[0], True)
    assert owned(vi, OFFER[2])["failover"] == "7195559999"
    kind, again, requests = bulk(vi, numbers)
    assert kind == "exit" and again["changed"] is False and writes(requests) == []


def test_one_number_of_an_order_batch_refused_fails_alone(vi):
    """reserveDID answers 100 and TIER_2's own 103259 (the account buys tier 1 only): that number
    fails, nothing was bought for it, the others are ordered in the same calls."""
    numbers = [{"number": e164(tn), "trunk": PBX[1]} for tn in (OFFER[0], TIER_2, OFFER[1])]
    kind, result, requests = bulk(vi, numbers)
    assert kind == "fail" and result["counts"]["ordered"] == 2 and result["counts"]["failed"] == 1
    failed = next(entry for entry in result["numbers"] if entry["action"] == "failed")
    assert failed["number"] == e164(TIER_2) and "103259" in failed["error"]["msg"] and failed["changed"] is False
    assert "1 of 3 numbers failed" in result["msg"] and e164(TIER_2) in result["msg"]
    assert writes(requests) == [("reserveDID", [OFFER[0], TIER_2, OFFER[1]]), ("assignDID", [OFFER[0], OFFER[1]])]
    assert owned(vi, TIER_2) is None and owned(vi, OFFER[1])["endpointId"] == PBX[0]


def test_drift_of_trunk_cnam_and_description_is_one_config_did_and_the_rest_per_number(vi):
    numbers = fleet()
    numbers[0]["description"] = "moved"
    numbers[1]["trunk"] = SBC[1]
    numbers[2]["cnam"] = False
    numbers[3]["caller_id_name"] = "FLEET FOUR"     # UpdateCNAMDisplay: a call of its own, not configDID
    kind, result, requests = bulk(vi, numbers)
    assert kind == "exit", result.get("msg")
    assert result["counts"]["updated"] == 4 and result["counts"]["unchanged"] == 2
    assert writes(requests) == [("configDID", HELD[:3]), ("UpdateCNAMDisplay", [HELD[3]])]
    # every DIDParam carries what the number has for the rest: nothing reset
    assert [(owned(vi, tn)["refId"], owned(vi, tn)["endpointId"], owned(vi, tn)["cnam"]) for tn in HELD[:3]] == [
        ("moved", PBX[0], True), ("fleet", SBC[0], True), ("fleet", PBX[0], False)]
    assert owned(vi, HELD[3])["cnamName"] == "FLEET FOUR"
    assert {entry["number"]: entry["changes"] for entry in result["numbers"] if entry["action"] == "updated"} == {
        e164(HELD[0]): ["description"], e164(HELD[1]): ["trunk"], e164(HELD[2]): ["cnam"],
        e164(HELD[3]): ["caller_id_name"]}


def test_a_config_batch_answering_100_with_one_number_refused_fails_that_number_only(vi, monkeypatch):
    from emulator.voipinnovations import carrier, dids  # pylint: disable=import-outside-toplevel

    def refuse_one(ctx):
        return dids._batch(ctx, lambda c, item, tn: dids.code_view(tn, "105235") if tn == HELD[1]  # pylint: disable=protected-access
                           else dids._config_one(c, item, tn))  # pylint: disable=protected-access
    monkeypatch.setitem(carrier.OPERATIONS, "configDID", refuse_one)
    kind, result, requests = bulk(vi, fleet(description="moved"))
    assert kind == "fail" and result["counts"]["updated"] == 5 and result["counts"]["failed"] == 1
    assert actions(result)[e164(HELD[1])] == "failed"
    assert "105235" in result["numbers"][1]["error"]["msg"] and "another" in result["numbers"][1]["error"]["msg"]
    assert writes(requests) == [("configDID", HELD)]
    assert owned(vi, HELD[0])["refId"] == "moved" and owned(vi, HELD[1])["refId"] == "fleet"


def test_a_config_batch_of_unknown_outcome_is_re_read_number_by_number_never_re_sent(vi):
    vi.fault({"carrier": CARRIER, "function": "configDID", "kind": "drop", "after_effect": True})
    kind, result, requests = bulk(vi, fleet(description="moved"))
    assert kind == "exit", result.get("msg")
    assert result["counts"]["updated"] == len(HELD)
    assert writes(requests) == [("configDID", HELD)]
    assert sorted(tns[0] for call, tns in requests if call == "queryDID") == HELD
    assert len(result["warnings"]) >= len(HELD) and all("took effect" in warning for warning in result["warnings"][:6])


def test_purge_releases_every_number_in_one_release_did(vi):
    kind, result, requests = bulk(vi, fleet()[:2], purge=True, max_releases=4)
    assert kind == "exit", result.get("msg")
    assert result["counts"] == {"ordered": 0, "updated": 0, "released": 4, "unchanged": 2, "failed": 0}
    assert writes(requests) == [("releaseDID", HELD[2:])]
    assert [owned(vi, tn) is None for tn in HELD] == [False, False, True, True, True, True]
    kind, again, requests = bulk(vi, fleet()[:2], purge=True, max_releases=0)
    assert kind == "exit" and again["changed"] is False and writes(requests) == []


def test_a_release_batch_with_one_number_refused_and_state_absent_items(vi, monkeypatch):
    from emulator.voipinnovations import carrier, dids  # pylint: disable=import-outside-toplevel

    def refuse_one(ctx):
        return dids._batch(ctx, lambda c, item, tn: dids.code_view(tn, "106225") if tn == HELD[4]  # pylint: disable=protected-access
                           else dids._release_one(c, item, tn))  # pylint: disable=protected-access
    monkeypatch.setitem(carrier.OPERATIONS, "releaseDID", refuse_one)
    numbers = fleet()[:3] + [{"number": e164(tn), "state": "absent"} for tn in HELD[3:]]
    numbers.append({"number": e164(OFFER[3]), "state": "absent"})       # not held: nothing to release
    kind, result, requests = bulk(vi, numbers)
    assert kind == "fail" and result["counts"]["released"] == 2 and result["counts"]["failed"] == 1
    assert actions(result)[e164(HELD[4])] == "failed" and actions(result)[e164(OFFER[3])] == "unchanged"
    assert writes(requests) == [("releaseDID", HELD[3:])]
    assert owned(vi, HELD[3]) is None and owned(vi, HELD[4]) is not None


def test_a_release_batch_of_unknown_outcome_is_re_read_never_re_sent(vi):
    vi.fault({"carrier": CARRIER, "function": "releaseDID", "kind": "timeout", "delay": 2.5, "after_effect": True})
    kind, result, requests = bulk(vi, fleet()[:4], purge=True, timeout=1)
    assert kind == "exit", result.get("msg")
    assert result["counts"]["released"] == 2
    assert [call for call, _tns in writes(requests)] == ["releaseDID"]
    assert sorted(tns[0] for call, tns in requests if call == "queryDID") == HELD[4:]
    assert all("gone: the delete took effect" in warning for warning in result["warnings"][:2])


def test_own_errors_gives_each_number_its_own_error():
    shared = CarrierError("voipinnovations", "lost", request="configDID")
    outcomes = own_errors({"+1": shared, "+2": shared, "+3": None})
    assert outcomes["+3"] is None and outcomes["+1"] is shared and outcomes["+2"] is not shared
    outcomes["+2"].unresolved("re-read")
    assert shared.message.endswith("(configDID)") and outcomes["+2"].message.endswith("; re-read")


def test_sms_and_e911_items_read_audit_sms_and_audit911_once_each(vi):
    """SMS settings from one AuditSMS with a blank tn, E911 addresses from one audit911 (which lists
    numbers the account no longer holds too: only the listed numbers' rows are used); a change is the
    number's own ConfigSMSDestination."""
    vi.seed({"carrier": CARRIER, "dids": [{"account": LOGIN, "tn": "7195550110", "endpointId": PBX[0], "sms": True}],
             "sms": [{"account": LOGIN, "tn": "7195550110", "Enabled": True, "DestinationType": "EMAIL",
                      "Destination": "sms@fleet.example"}],
             "e911_locations": [{"account": LOGIN, "tn": HELD[0], "address1": "100 MAIN ST", "city": "RALEIGH",
                                 "state": "NC", "zip": "27601", "callerName": "FLEET"},
                                {"account": LOGIN, "tn": "7195550999", "address1": "100 MAIN ST", "city": "RALEIGH",
                                 "state": "NC", "zip": "27601", "callerName": "GONE"}]})
    address = {"name": "Fleet", "street_number": "100", "street_name": "Main St", "city": "Raleigh", "region": "NC",
               "postal_code": "27601"}
    numbers = fleet()[:2] + [{"number": "+17195550110", "trunk": PBX[1], "sms": {"email": "sms@fleet.example"}}]
    numbers[0]["e911"] = address
    kind, result, requests = bulk(vi, numbers)
    assert kind == "exit" and result["changed"] is False, result.get("msg")
    assert sorted(call for call, _tns in requests) == ["AuditEndpointGroups", "AuditSMS", "audit911", "auditDIDs"]
    numbers[2]["sms"] = {"email": "texts@fleet.example"}
    kind, result, requests = bulk(vi, numbers)
    assert kind == "exit" and result["counts"]["updated"] == 1, result.get("msg")
    assert writes(requests) == [("ConfigSMSDestination", ["7195550110"])]


def test_a_number_the_batch_reply_leaves_out_is_re_read_not_sent_again(vi, monkeypatch):
    """releaseDID applied to every number but its answer names one fewer: that number's outcome is
    unknown, so it is re-read (gone: released, with a warning); the others count as the reply says."""
    from emulator.voipinnovations import carrier, dids  # pylint: disable=import-outside-toplevel

    def one_row_short(ctx):
        answer = dids.release_did(ctx)
        answer["DIDs"] = [row for row in answer["DIDs"] if row["tn"] != HELD[5]]
        return answer
    monkeypatch.setitem(carrier.OPERATIONS, "releaseDID", one_row_short)
    kind, result, requests = bulk(vi, fleet()[:3], purge=True)
    assert kind == "exit", result.get("msg")
    assert result["counts"]["released"] == 3
    assert writes(requests) == [("releaseDID", HELD[3:])]
    assert [tns for call, tns in requests if call == "queryDID"] == [[HELD[5]]]
    assert len(result["warnings"]) == 1 and "no DID %s in it" % HELD[5] in result["warnings"][0]


def test_a_batch_call_failed_whole_fails_each_number_with_an_error_of_its_own(vi):
    """releaseDID answered HTTP 500 (nothing applied): each number is re-read, still held, and fails
    with its own message (the re-read's finding about that number only), never sent again."""
    vi.fault({"carrier": CARRIER, "function": "releaseDID", "kind": "status", "status": 500})
    kind, result, requests = bulk(vi, fleet()[:4], purge=True)
    assert kind == "fail" and result["counts"]["failed"] == 2
    assert [call for call, _tns in writes(requests)] == ["releaseDID"]
    failed = {entry["number"]: entry["error"]["msg"] for entry in result["numbers"] if entry["action"] == "failed"}
    for number, message in failed.items():
        assert message.count("a re-read still shows") == 1 and number in message
        assert [other for other in failed if other != number and other in message] == []
