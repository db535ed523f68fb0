"""The bulk engine (plugins/module_utils/bulk.py) through the real did_bulk module, in process,
against the in-process emulator: what it asks of each carrier, and the edges a playbook test
reaches only by luck (a batch order with a warning, a write whose outcome is unknown, the count
of requests made from several threads)."""

from __future__ import annotations

import json

import pytest
from fault_harness import run_module

from ansible_collections.voip.carrier.plugins.module_utils.bulk import merged_item, within
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError


def _owned(count, start=9195550100, **fields):
    return [dict({"did": str(start + index), "tier": "1", "note": "n%d" % index}, **fields) for index in range(count)]


def _bulk(control, carrier, numbers, **options):
    params = dict(control.credentials(carrier), numbers=numbers, **options)
    since = control.last_seq()
    kind, result = run_module("did_bulk", params)
    return kind, result, control.requests(carrier, since)


def _calls(requests):
    return [(entry["method"], entry["path"]) for entry in requests]


# -- pure pieces ---------------------------------------------------------------------------------

def test_an_item_overrides_the_defaults_key_by_key_and_drops_the_default_it_excludes():
    defaults = {"trunk": "t1", "description": "d", "sms": {"email": "a@example.com", "url": None}}
    item = {"number": "n", "routing": "sys:echo", "description": None, "sms": {"url": None, "state": "absent"}}
    merged = merged_item(defaults, item)
    assert merged == {"number": "n", "routing": "sys:echo", "description": "d",
                      "sms": {"email": "a@example.com", "state": "absent"}}


def test_within_names_the_option_inside_the_list():
    exc = within("numbers[3]", ValidationError("tier", "must be one of 1, 1b, 2 at questblue"))
    assert exc.field == "numbers[3].tier"
    assert exc.message == "numbers[3].tier: must be one of 1, 1b, 2 at questblue"


# -- QuestBlue ----------------------------------------------------------------------------------

def test_questblue_no_op_over_450_numbers_reads_three_pages_and_writes_nothing(control):
    control.seed({"carrier": "questblue", "owned": _owned(450, start=9195551000)})
    numbers = [{"number": "+1%d" % (9195551000 + index), "description": "n%d" % index} for index in range(450)]
    kind, result, requests = _bulk(control, "questblue", numbers)
    assert kind == "exit" and result["changed"] is False
    assert result["counts"] == {"ordered": 0, "updated": 0, "released": 0, "unchanged": 450, "failed": 0}
    assert _calls(requests) == [("GET", "/did")] * 3
    assert all("per_page=200" in entry["query"] for entry in requests)
    assert result["api_calls"] == {"reads": 3, "writes": 0, "retries": 0, "total": 3}


def test_questblue_batch_order_with_a_warning_fails_only_the_number_it_names(control):
    # 9195550100-0104 are on offer in tier 1; 9195550250 is on offer in tier 2 only.
    numbers = [{"number": "+1919555010%d" % index, "tier": "1", "description": "x%d" % index} for index in range(5)]
    numbers.append({"number": "+19195550250", "tier": "1", "description": "wrong tier"})
    kind, result, requests = _bulk(control, "questblue", numbers, workers=3)
    assert kind == "fail"
    orders = [entry for entry in requests if entry["method"] == "POST"]
    assert len(orders) == 1 and len(json.loads(orders[0]["body"])["did"]) == 6
    by_number = {entry["number"]: entry for entry in result["numbers"]}
    assert by_number["+19195550250"]["action"] == "failed"
    assert "DID 9195550250 is not available" in by_number["+19195550250"]["error"]["msg"]
    assert result["counts"]["ordered"] == 5 and result["counts"]["failed"] == 1
    assert "1 of 6 numbers failed" in result["msg"] and "+19195550250" in result["msg"]
    assert result["changed"] is True
    # The five bought numbers got their description; the refused one was neither bought nor configured.
    assert [entry["method"] for entry in requests].count("PUT") == 5
    held = {row["did"]: row for row in control.state("questblue")["accounts"]["demo"]["dids"]}
    assert held["9195550103"]["note"] == "x3" and "9195550250" not in held
    # A re-run orders nothing again: the bought ones are unchanged, the refused one is tried alone.
    numbers[-1]["tier"] = "2"
    kind, again, requests = _bulk(control, "questblue", numbers)
    assert kind == "exit" and again["counts"]["unchanged"] == 5 and again["counts"]["ordered"] == 1
    assert [json.loads(entry["body"])["did"] for entry in requests if entry["method"] == "POST"] == [9195550250]


def test_questblue_batch_order_of_unknown_outcome_is_re_read_never_re_sent(control):
    control.fault({"carrier": "questblue", "method": "POST", "path": "/did", "kind": "drop", "after_effect": True})
    numbers = [{"number": "+1919555010%d" % index, "tier": "1", "description": "d%d" % index} for index in range(3)]
    kind, result, requests = _bulk(control, "questblue", numbers)
    assert kind == "exit", result.get("msg")
    assert result["counts"]["ordered"] == 3
    assert [entry["method"] for entry in requests].count("POST") == 1
    assert all("took effect" in warning for warning in result["warnings"][:3])


def test_questblue_a_bad_item_fails_before_any_request(control):
    numbers = [{"number": "+19195550100", "tier": "1"}] * 1 + [
        {"number": "+1919555010%d" % index, "tier": "1"} for index in range(1, 3)]
    numbers.append({"number": "+19195550103", "tier": "1", "description": "sixteen chars!!!"})
    kind, result, requests = _bulk(control, "questblue", numbers)
    assert kind == "fail" and requests == []
    assert result["field"] == "numbers[3].description"
    assert result["msg"].startswith("numbers[3].description: is 16 characters; questblue allows at most 15")


def test_a_number_given_twice_is_refused_before_any_request(control):
    kind, result, requests = _bulk(control, "questblue", [{"number": "9195550100", "tier": "1"},
                                                          {"number": "+1 919 555 0100", "tier": "1"}])
    assert kind == "fail" and requests == []
    assert result["field"] == "numbers[1].number" and "also numbers[0]" in result["msg"]


def test_sms_on_a_number_that_cannot_carry_it_fails_before_any_write(control):
    control.seed({"carrier": "questblue", "owned": _owned(2)})
    numbers = [{"number": "+19195550100", "description": "new"},
               {"number": "+19195550101", "sms": {"email": "sms@example.com"}}]
    kind, result, requests = _bulk(control, "questblue", numbers)
    assert kind == "fail" and not [entry for entry in requests if entry["write"]]
    assert result["field"] == "numbers[1].sms.number" and "nothing was written" in result["msg"]


def test_purge_beyond_max_releases_fails_before_any_write_and_names_the_numbers(control):
    control.seed({"carrier": "questblue", "owned": _owned(4)})
    kind, result, requests = _bulk(control, "questblue", [{"number": "+19195550100"}], purge=True, max_releases=2)
    assert kind == "fail" and not [entry for entry in requests if entry["write"]]
    assert result["field"] == "max_releases"
    assert "release 3 numbers (+19195550101, +19195550102, +19195550103)" in result["msg"]
    kind, result, requests = _bulk(control, "questblue", [{"number": "+19195550100"}], purge=True, max_releases=3)
    assert kind == "exit" and result["counts"]["released"] == 3
    assert sorted(entry["number"] for entry in result["numbers"] if entry["action"] == "released") == [
        "+19195550101", "+19195550102", "+19195550103"]
    assert [entry["method"] for entry in requests if entry["write"]] == ["DELETE"] * 3


# -- VoIP.ms ------------------------------------------------------------------------------------

def _voipms_dids(count, start=2125550100):
    return [{"did": str(start + index), "note": "n%d" % index, "callerid_prefix": "KEEP"} for index in range(count)]


def test_voipms_updates_drifted_numbers_from_several_threads_and_counts_every_request(control):
    control.seed({"carrier": "voipms", "dids": _voipms_dids(40)})
    numbers = [{"number": "+1%d" % (2125550100 + index), "description": "n%d" % index} for index in range(40)]
    for index in range(0, 40, 4):
        numbers[index]["description"] = "drift%d" % index
    kind, result, requests = _bulk(control, "voipms", numbers, workers=8)
    assert kind == "exit" and result["counts"]["updated"] == 10 and result["counts"]["unchanged"] == 30
    writes = [entry for entry in requests if entry["write"]]
    assert len(writes) == 10
    assert result["api_calls"]["writes"] == 10 and result["api_calls"]["total"] == len(requests)
    # One getDIDsInfo for the whole account, none per number written.
    assert result["api_calls"]["reads"] == 1
    rows = control.state("voipms")["accounts"]["demo@example.com"]["dids"]
    # setDIDInfo replaces the record: the field nobody set survived the read-merge-write.
    assert rows["2125550104"]["note"] == "drift4" and rows["2125550104"]["callerid_prefix"] == "KEEP"


@pytest.mark.parametrize("workers", [0, 17])
def test_workers_out_of_range_fail_before_any_request(control, workers):
    kind, result, requests = _bulk(control, "voipms", [{"number": "+12125550100"}], workers=workers)
    assert kind == "fail" and requests == [] and result["field"] == "workers"


def test_questblue_sms_on_a_number_ordered_outside_tier_1b_fails_before_the_order(control):
    numbers = [{"number": "+19195550200", "tier": "1b", "sms": {"email": "sms@example.com"}},
               {"number": "+19195550100", "tier": "1", "sms": {"email": "sms@example.com"}}]
    kind, result, requests = _bulk(control, "questblue", numbers)
    assert kind == "fail" and not [entry for entry in requests if entry["write"]]
    assert result["field"] == "numbers[1].tier" and "tier 1b" in result["msg"]
    kind, result, requests = _bulk(control, "questblue", numbers[:1])
    assert kind == "exit" and result["counts"]["ordered"] == 1, result.get("msg")
    assert [entry["method"] for entry in requests if entry["write"]] == ["POST", "PUT"]


def test_voipms_sms_and_e911_parts_with_state_absent_switch_them_off(control):
    control.seed({"carrier": "voipms", "dids": [
        {"did": "2125550100", "sms_available": "1", "sms_enabled": "1", "sms_email_enabled": "1",
         "sms_email": "sms@example.com"},
        {"did": "2125550101", "sms_available": "1", "sms_enabled": "0"}]})
    numbers = [{"number": "+12125550100", "sms": {"state": "absent"}, "e911": {"state": "absent"}},
               {"number": "+12125550101", "sms": {"state": "absent"}}]
    kind, result, requests = _bulk(control, "voipms", numbers)
    assert kind == "exit", result.get("msg")
    by_number = {entry["number"]: entry for entry in result["numbers"]}
    assert by_number["+12125550100"]["action"] == "updated" and by_number["+12125550101"]["action"] == "unchanged"
    writes = [entry for entry in requests if entry["write"]]
    assert len(writes) == 1 and "setSMS" in (writes[0]["body"] or "") + (writes[0]["query"] or "")
    rows = control.state("voipms")["accounts"]["demo@example.com"]["dids"]
    assert str(rows["2125550100"]["sms_enabled"]) == "0"
    kind, again, requests = _bulk(control, "voipms", numbers)
    assert kind == "exit" and again["changed"] is False and not [entry for entry in requests if entry["write"]]
