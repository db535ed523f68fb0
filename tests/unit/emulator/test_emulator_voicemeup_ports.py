"""VoiceMeUp emulator port-ins: get_port_requests filters, update_port_request (create, edit while
not_ready or rejected_by_staff, send_to_staff with its required fields, multipart files, the
requested firm date in business days), the workflow on the clock up to the numbers in get_dids,
both rejections, the port_requests seed key, lookup_did's charges and get_states."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET

import pytest

from emulator.voicemeup.ports import PORT_DEFAULTS, add_business_days, business_days_after, carrier_day
from voicemeup_testclient import CREDS, VoiceMeUp

NUMBERS = "5145551234,5145551235"
HOUR, DAY = 3600, 86400
PDF = ("loa.pdf", b"%PDF-1.4 signed LOA", "application/pdf")
BILL = ("bill.pdf", b"%PDF-1.4 a bill", "application/pdf")


def business_day(days: int) -> str:
    """The day ``days`` business days after today at the carrier."""
    return add_business_days(carrier_day(time.time()), days).isoformat()


COMPLETE = {"phone_number_type": "local", "phone_numbers": NUMBERS, "capacity": "1-2", "organization": "ACME inc",
            "organization_type": "business", "current_provider": "Bell Canada", "civic_number": "100",
            "street": "Rue Sainte-Catherine Ouest", "city": "Montreal", "country_id": "38", "state_id": "11",
            "postal_code": "H3B 1B1"}


@pytest.fixture
def vmu(client):
    return VoiceMeUp(client.port)


def create(vmu, files=None, **params):
    """update_port_request mode=create, multipart when files are given; the reply."""
    full = {**CREDS, "mode": "create", **params}
    if files:
        reply = vmu.raw("update_port_request", full, via="multipart", files=files)
        assert reply.status == 200, reply.body
        return reply
    return vmu.call("update_port_request", via="post", **{"mode": "create", **params})


def update(vmu, port_id, files=None, **params):
    full = {**CREDS, "port_request_id": port_id, **params}
    if files:
        return vmu.raw("update_port_request", full, via="multipart", files=files)
    return vmu.call("update_port_request", via="post", **{"port_request_id": port_id, **params})


def ports(vmu, **params) -> list:
    return vmu.ok("get_port_requests", **params).records("port_requests", "port_request")


def port(vmu, port_id) -> dict:
    rows = ports(vmu, port_request_id=port_id)
    assert len(rows) == 1
    return rows[0]


def submitted(vmu, **change) -> str:
    reply = create(vmu, files={"loa": PDF, "bill": BILL}, send_to_staff="1", **{**COMPLETE, **change})
    assert reply.ok, reply.json
    return reply.records("port_requests", "port_request")[0]["port_request_id"]


# -- business days --------------------------------------------------------------------------------

def test_business_days_skip_weekends():
    friday = carrier_day(time.mktime((2026, 12, 4, 12, 0, 0, 0, 0, -1)))
    assert friday.weekday() == 4
    assert add_business_days(friday, 1).isoformat() == "2026-12-07"
    assert business_days_after(friday, add_business_days(friday, 3)) == 3
    assert business_days_after(friday, friday) == 0


# -- create, read -----------------------------------------------------------------------------------

def test_draft_created_and_read_by_id_pon_number_and_status(vmu):
    reply = create(vmu, phone_numbers=NUMBERS, friendly_name="Montreal office")
    assert reply.ok
    record = reply.records("port_requests", "port_request")[0]
    assert list(record) == list(PORT_DEFAULTS)
    assert (record["port_request_id"], record["pon"], record["status"]) == ("1201", "PON00001201", "not_ready")
    assert record["datetime_created"] and record["datetime_submitted"] == ""
    assert port(vmu, "PON00001201") == record == port(vmu, "1201")
    assert ports(vmu, phone_number="5145551235") == [record]
    assert ports(vmu, phone_number="5145559999") == []
    assert ports(vmu, status="not_ready,sent_to_staff") == [record]
    assert ports(vmu, status="completed") == []
    assert ports(vmu, current_owner="acme") == []


@pytest.mark.parametrize("params, codes", [
    ({"port_request_id": "1299"}, ["port_request_id_invalid"]),
    ({"port_request_id": "PON123"}, ["port_request_id_invalid"]),
    ({"status": "done"}, ["status_invalid"]),
    ({"phone_number": "514-555"}, ["phone_number_invalid"]),
    ({"date_from": "2026-13-01"}, ["date_from_invalid"]),
])
def test_get_port_requests_refuses_bad_filters(vmu, params, codes):
    assert vmu.error("get_port_requests", **params) == codes


def test_current_owner_is_a_wildcard_ignoring_case_and_accents(vmu):
    create(vmu, phone_numbers=NUMBERS, organization="Société Générale", current_provider="Vidéotron")
    assert len(ports(vmu, current_owner="SOCIETE GEN")) == 1
    assert len(ports(vmu, current_owner="videotron")) == 1
    assert ports(vmu, current_owner="bell") == []


def test_update_port_request_validates_every_field_at_once(vmu):
    codes = vmu.error("update_port_request", via="post", mode="create", phone_numbers="514555,5145551234",
                      capacity="1-5", features="sms,fax", organization_type="company", civic_number="1A",
                      send_to_staff="yes", requested_firm_date="tomorrow")
    assert codes == ["phone_numbers_invalid", "features_invalid", "capacity_invalid", "requested_firm_date_invalid",
                     "organization_type_invalid", "civic_number_invalid", "send_to_staff_invalid"]
    assert vmu.error("update_port_request", via="post", mode="replace") == ["mode_invalid", "required_parameter_not_found"]
    assert vmu.error("update_port_request", via="post") == ["required_parameter_not_found"]
    assert vmu.error("update_port_request", via="post", port_request_id="1299") == ["port_request_id_invalid"]
    assert vmu.account()["port_requests"] == {}


# -- send_to_staff ------------------------------------------------------------------------------------

def test_send_to_staff_makes_the_optionally_required_fields_required(vmu):
    assert create(vmu, phone_numbers=NUMBERS, send_to_staff="1").codes == ["required_parameter_not_found",
                                                                           "country_id_required"]
    without_state = {k: v for k, v in COMPLETE.items() if k != "state_id"}
    assert create(vmu, send_to_staff="1", **without_state).codes == ["required_parameter_not_found"]
    assert create(vmu, send_to_staff="1", is_notify_creation="1", **COMPLETE).codes == ["required_parameter_not_found"]
    assert vmu.account()["port_requests"] == {}


def test_submission_with_files_then_no_more_edits(vmu):
    port_id = submitted(vmu, features="t38,sms", is_notify_creation="1", notification_client_user_id="123456")
    record = port(vmu, port_id)
    assert (record["status"], record["loa"], record["bill"], record["other"]) == ("sent_to_staff", "loa.pdf", "bill.pdf", "")
    assert record["features"] == "sms,t38" and record["datetime_submitted"]
    stored = vmu.account()["port_requests"][port_id]["_files"]
    assert stored["loa"] == {"filename": "loa.pdf", "content_type": "application/pdf", "bytes": "19"}
    assert update(vmu, port_id, **COMPLETE).codes == ["status_invalid"]
    assert update(vmu, port_id, send_to_staff="1", **COMPLETE).codes == ["status_invalid"]


def test_a_draft_is_edited_whole_keeps_its_files_and_is_submitted_later(vmu):
    reply = create(vmu, files={"loa": PDF}, client_instructions="PIN 1234", **COMPLETE)
    port_id = reply.records("port_requests", "port_request")[0]["port_request_id"]
    assert update(vmu, port_id, phone_numbers=NUMBERS, organization="ACME 2").ok
    record = port(vmu, port_id)
    # an update replaces the request: the omitted fields are back to their defaults, the file stays
    assert (record["organization"], record["client_instructions"], record["city"], record["loa"]) == \
        ("ACME 2", "", "", "loa.pdf")
    assert update(vmu, port_id, send_to_staff="1", phone_numbers=NUMBERS).codes == ["required_parameter_not_found",
                                                                                    "country_id_required"]
    assert update(vmu, port_id, files={"bill": BILL}, send_to_staff="1", **COMPLETE).ok
    record = port(vmu, port_id)
    assert (record["status"], record["loa"], record["bill"]) == ("sent_to_staff", "loa.pdf", "bill.pdf")


def test_an_empty_file_is_invalid(vmu):
    assert create(vmu, files={"loa": ("loa.pdf", b"", "application/pdf")}, phone_numbers=NUMBERS).codes == \
        ["loa_invalid"]


@pytest.mark.parametrize("days, ok", [(2, False), (3, True), (15, True), (16, False)])
def test_requested_firm_date_is_3_to_15_business_days_ahead(vmu, days, ok):
    reply = create(vmu, send_to_staff="1", requested_firm_date=business_day(days), **COMPLETE)
    assert reply.ok is ok and (ok or reply.codes == ["requested_firm_date_invalid"])


def test_a_stored_firm_date_is_checked_again_on_submission_only(vmu):
    wanted = business_day(3)
    reply = create(vmu, requested_firm_date=wanted, **COMPLETE)
    port_id = reply.records("port_requests", "port_request")[0]["port_request_id"]
    vmu.advance(7 * DAY)          # the date is now too close
    assert update(vmu, port_id, requested_firm_date=wanted, **COMPLETE).ok
    assert update(vmu, port_id, send_to_staff="1", requested_firm_date=wanted, **COMPLETE).codes == \
        ["requested_firm_date_invalid"]


@pytest.mark.parametrize("change, code", [
    ({"phone_numbers": "5145550100"}, "phone_numbers_invalid"),           # a DID of the account
    ({"phone_numbers": "8335550999"}, "phone_number_type_invalid"),       # toll-free as local
    ({"state_id": "135"}, "state_id_invalid"),                            # New York in Canada
    ({"postal_code": "27401"}, "postal_code_invalid"),
    ({"notification_client_user_id": "654321"}, "notification_client_user_id_invalid"),
    ({"extra_recipients": "ops@example.com,nobody"}, "extra_recipients_invalid"),
])
def test_request_rules(vmu, change, code):
    assert create(vmu, send_to_staff="1", **{**COMPLETE, **change}).codes == [code]


def test_a_number_in_a_request_that_has_not_ended_cannot_be_in_another(vmu):
    create(vmu, phone_numbers="5145551235")
    assert create(vmu, phone_numbers=NUMBERS).codes == ["phone_numbers_invalid"]
    vmu.seed(port_requests=[{"phone_numbers": ["5145551300"], "status": "expired"}])
    assert create(vmu, phone_numbers="5145551300").ok


# -- the workflow --------------------------------------------------------------------------------------

def test_workflow_on_the_clock_ends_with_the_numbers_in_get_dids(vmu):
    port_id = submitted(vmu, features="sms")
    steps = []
    for seconds in (HOUR, HOUR, DAY - 2 * HOUR, DAY):
        vmu.advance(seconds)
        steps.append(port(vmu, port_id)["status"])
    assert steps == ["approved_by_staff", "sent_to_provider", "tentative_confirm", "firm_confirm"]
    record = port(vmu, port_id)
    submitted_day = carrier_day(time.time())
    assert record["tentative_date"] == record["firm_date"] == add_business_days(submitted_day, 5).isoformat()
    assert ports(vmu, date_from=record["firm_date"], date_to=record["firm_date"]) == [record]
    assert ports(vmu, date_to="2000-01-01") == []
    vmu.advance(10 * DAY)
    assert port(vmu, port_id)["status"] == "completed"
    rows = vmu.ok("get_dids", phone_number="5145551234").records("dids", "did")
    assert [(r["status"], r["sms_support"], r["district"]) for r in rows] == [("enabled", "1", "Montreal")]


def test_a_requested_firm_date_is_the_tentative_and_firm_date(vmu):
    wanted = business_day(10)
    port_id = submitted(vmu, requested_firm_date=wanted)
    vmu.advance(3 * DAY)
    record = port(vmu, port_id)
    assert (record["status"], record["tentative_date"], record["firm_date"]) == ("firm_confirm", wanted, wanted)


def test_staff_rejects_a_request_without_loa_which_can_be_fixed_and_sent_again(vmu):
    port_id = create(vmu, send_to_staff="1", **COMPLETE).records("port_requests", "port_request")[0]["port_request_id"]
    vmu.advance(HOUR)
    record = port(vmu, port_id)
    assert record["status"] == "rejected_by_staff" and "letter of authorization" in record["rejection_reason"]
    assert update(vmu, port_id, files={"loa": PDF}, send_to_staff="1", **COMPLETE).ok
    record = port(vmu, port_id)
    assert (record["status"], record["rejection_reason"]) == ("sent_to_staff", "")
    vmu.advance(HOUR)
    assert port(vmu, port_id)["status"] == "approved_by_staff"


def test_the_provider_rejects_lines_0000_to_0099(vmu):
    port_id = submitted(vmu, phone_numbers="5145550042")
    vmu.advance(30 * DAY)
    record = port(vmu, port_id)
    assert record["status"] == "rejected_by_provider" and "5145550042" in record["rejection_reason"]
    assert vmu.ok("get_dids", phone_number="5145550042").records("dids", "did") == []


def test_the_loa_rule_can_be_turned_off(vmu):
    vmu.seed(settings={"port_require_loa": False, "port_review_delay": 60})
    port_id = create(vmu, send_to_staff="1", **COMPLETE).records("port_requests", "port_request")[0]["port_request_id"]
    vmu.advance(60)
    assert port(vmu, port_id)["status"] == "approved_by_staff"


def test_seeded_requests_keep_their_status_and_continue_on_the_clock(vmu):
    ids = vmu.seed(port_requests=[{"phone_numbers": ["5145551400"], "status": "cancelled_by_client"},
                                  {"phone_numbers": ["5145551401"], "status": "tentative_confirm",
                                   "tentative_date": business_day(4), "loa": "loa.pdf"}])["port_requests"]
    assert ids == ["1201", "1202"]
    assert [r["status"] for r in ports(vmu)] == ["cancelled_by_client", "tentative_confirm"]
    vmu.advance(30 * DAY)
    assert [r["status"] for r in ports(vmu)] == ["cancelled_by_client", "completed"]
    reply = vmu.control("POST", "/seed", {"carrier": "voicemeup", "port_requests": [{"status": "done"}]})
    assert reply.status == 400


def test_get_port_requests_renders_in_xml(vmu):
    create(vmu, phone_numbers=NUMBERS)
    reply = vmu.raw("get_port_requests", CREDS, fmt="xml")
    root = ET.fromstring(reply.body)
    assert root.find("port_requests/port_request/pon").text == "PON00001201"


# -- lookup_did and get_states -----------------------------------------------------------------------------

def test_lookup_did_answers_and_records_a_charge(vmu):
    record = vmu.ok("lookup_did", phone_number="5145551234").records("did_lookups", "did_lookup")[0]
    assert (record["phone_number"], record["country_id"], record["portable"], record["charged_amount"]) == \
        ("5145551234", "38", "1", "0.0100")
    assert record["current_provider"] and record["line_type"]
    own = vmu.ok("lookup_did", phone_number="5145550100").records("did_lookups", "did_lookup")[0]
    assert (own["current_provider"], own["portable"]) == ("VoiceMeUp", "0")
    assert vmu.error("lookup_did", phone_number="514") == ["phone_number_invalid"]
    assert vmu.error("lookup_did") == ["required_parameter_not_found"]
    charges = vmu.account()["charges"]
    assert [(c["request_type"], c["phone_number"], c["amount"], c["currency"]) for c in charges] == \
        [("lookup_did", "5145551234", "0.0100", "CAD"), ("lookup_did", "5145550100", "0.0100", "CAD")]


def test_get_states_lists_a_countrys_states_with_their_ids(vmu):
    states = vmu.ok("get_states", country_id="38").records("states", "state")
    assert len(states) == 13
    assert {"state_id": "11", "state_code": "QC", "name": "Quebec", "country_id": "38"} in states
    us = vmu.ok("get_states", country_id="223").records("states", "state")
    assert {s["state_code"]: s["state_id"] for s in us}["NY"] == "135"
    assert vmu.error("get_states") == ["country_id_required"]
    assert vmu.error("get_states", country_id="x") == ["country_id_invalid"]
