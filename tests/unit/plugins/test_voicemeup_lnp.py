"""VoiceMeUp lnp_request adapter: get_port_requests / update_port_request / get_states / lookup_did,
against a scripted transport."""

import datetime
import email
import re
from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger
from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, UnsupportedError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_REQUEST
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup import lnp

from scripted_carrier import Wire
from test_voicemeup_client import client_with, error, ok

NUMBERS = ["+15145551234", "+15145551235"]
STATES = ok(states={"state": [{"state_id": "9", "state_code": "ON", "name": "Ontario", "country_id": "38"},
                              {"state_id": "11", "state_code": "QC", "name": "Quebec", "country_id": "38"}]})
COMPLETE = {"losing_carrier": "Bell Canada", "company": "ACME inc", "location": "business", "street_number": "100",
            "street_name": "Rue Sainte-Catherine Ouest", "city": "Montreal", "region": "QC", "postal_code": "h3b1b1",
            "capacity": "1-2"}


def row(**fields):
    return dict({"port_request_id": "1201", "pon": "PON00001201", "status": "not_ready", "client_subaccount_id": "0",
                 "friendly_name": "", "phone_number_type": "local", "phone_numbers": "5145551234,5145551235",
                 "phone_numbers_to_keep": "", "phone_numbers_to_cancel": "", "features": "", "capacity": "1-2",
                 "requested_firm_date": "", "organization": "ACME inc", "organization_type": "business",
                 "current_provider": "Bell Canada", "civic_number": "100", "street": "Rue Sainte-Catherine Ouest",
                 "unit_number": "", "city": "Montreal", "country_id": "38", "state_id": "11", "postal_code": "H3B 1B1",
                 "client_instructions": "", "loa": "", "bill": "", "other": "", "tentative_date": "", "firm_date": "",
                 "rejection_reason": "", "datetime_created": "2026-11-30 12:00:00"}, **fields)


def ports(*rows):
    return ok(port_requests={"port_request": list(rows)} if len(rows) != 1 else {"port_request": rows[0]})


def params(request):
    text = request.content.decode() if request.method == "POST" else request.url.query.decode()
    return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}


def multipart(request):
    """The fields and files of a multipart POST: ({name: text}, {name: (filename, bytes)})."""
    request.read()
    message = email.message_from_bytes(b"Content-Type: " + request.headers["content-type"].encode() + b"\r\n\r\n"
                                       + request.content)
    fields, files = {}, {}
    for part in message.get_payload():
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        if filename:
            files[name] = (filename, part.get_payload(decode=True))
        else:
            fields[name] = part.get_payload(decode=True).decode()
    return fields, files


def adapter_with(*answers):
    wire = Wire(*answers)
    return wire, client_with(wire).resource("lnp_request")


def prepared(adapter, state="present", **options):
    desired = LNP_REQUEST.desired_from_params(dict(options, numbers=options.get("numbers", NUMBERS)))
    return Converger(LNP_REQUEST).prepare(adapter, desired, state)


def business_day(days):
    day = lnp.carrier_today()
    while days:
        day += datetime.timedelta(days=1)
        days -= day.weekday() < 5
    return day.isoformat()


@pytest.fixture
def loa(tmp_path):
    path = tmp_path / "signed-loa.pdf"
    path.write_bytes(b"%PDF-1.4 signed")
    return str(path)


# ---- before any request ------------------------------------------------------------------------

def test_absent_is_refused_before_any_request():
    wire, adapter = adapter_with()
    with pytest.raises(UnsupportedError, match="state: absent is not possible at voicemeup: its API can neither "
                                               "cancel nor delete a port request"):
        prepared(adapter, state="absent")
    assert wire.requests == []


@pytest.mark.parametrize("options, message", [
    ({"account_number": "A-1"}, "account_number: voicemeup does not support this lnp_request option"),
    ({"numbers": ["+15145551234", "+18335550100"]}, "numbers: voicemeup ports toll-free and local numbers in separate"),
    ({"numbers": ["+442079460018"]}, "numbers: +442079460018 is not a North American number"),
    ({"street_number": "100A"}, "street_number: '100A' is not a number; voicemeup takes digits only here"),
    ({"service_unit": "Suite 5"}, "service_unit: 'Suite 5' is not a number; voicemeup takes digits only here (put a"),
    ({"company": "A"}, "company: is 1 characters; voicemeup takes 2 to 60"),
    ({"region": "NC"}, "region: 'NC' is not a Canadian province or territory code"),
    ({"postal_code": "27401"}, "postal_code: '27401' is not a Canadian postal code"),
    ({"loa_file": "/nonexistent/loa.pdf"}, "loa_file: /nonexistent/loa.pdf is not a readable file"),
])
def test_bad_input_fails_before_any_request(options, message):
    wire, adapter = adapter_with()
    with pytest.raises(ValidationError, match=re.escape(message)):
        prepared(adapter, **options)
    assert wire.requests == []


def test_submit_defaults_to_true_and_features_are_a_sorted_set():
    _wire, adapter = adapter_with()
    desired = prepared(adapter, features=["t38", "sms", "sms"])
    assert desired["submit"] is True and desired["features"] == ["sms", "t38"]
    assert prepared(adapter, submit=False)["submit"] is False


@pytest.mark.parametrize("days, ok_", [(2, False), (3, True), (15, True), (16, False)])
def test_the_requested_date_is_3_to_15_business_days_ahead(days, ok_):
    wire, adapter = adapter_with(ok(dids=""), STATES)
    desired = prepared(adapter, foc_date=business_day(days), **COMPLETE)
    if ok_:
        adapter.validate_create(desired)
    else:
        with pytest.raises(ValidationError, match="foc_date: .* voicemeup takes a requested port date 3 to 15"):
            adapter.validate_create(desired)
        assert wire.requests == []


def test_submitting_needs_the_optionally_required_fields_a_draft_does_not():
    wire, adapter = adapter_with(ok(dids=""))
    desired = prepared(adapter, **{k: v for k, v in COMPLETE.items() if k != "capacity"})
    with pytest.raises(ValidationError, match="capacity: is required to submit a port-in at voicemeup .or set submit: "
                                              "false"):
        adapter.validate_create(desired)
    adapter.validate_create(prepared(adapter, submit=False))
    # the account's numbers are read once a run, whichever check asks
    assert [r.url.path for r in wire.requests] == ["/api/v1.1/json/get_dids"]


def test_a_number_the_account_holds_cannot_be_ported_in():
    wire, adapter = adapter_with(ok(dids={"did": [{"phone_number": "5145551234", "status": "enabled"}]}))
    with pytest.raises(ValidationError, match=r"numbers: \+15145551234 already in this voicemeup account"):
        adapter.validate_create(prepared(adapter, **COMPLETE))
    assert len(wire.requests) == 1


# ---- read ---------------------------------------------------------------------------------------

def test_read_finds_the_request_by_number_ignores_ended_ones_then_reads_it_by_id():
    ended = row(port_request_id="1200", pon="PON00001200", status="expired")
    wire, adapter = adapter_with(ports(ended, row(status="tentative_confirm", tentative_date="2026-12-15",
                                                  loa="loa.pdf")),
                                 STATES, ports(row(status="firm_confirm", firm_date="2026-12-15")))
    prepared(adapter, **COMPLETE)
    record = adapter.read(NUMBERS)
    assert record == {"numbers": NUMBERS, "status": "submitted", "carrier_status": "tentative_confirm",
                      "request_ids": ["1201"], "pon": "PON00001201", "provider": "voicemeup",
                      "created_at": "2026-11-30 12:00:00", "tentative_foc_date": "2026-12-15",
                      "confirmed_foc_date": None, "reason": None, "submit": True, "losing_carrier": "Bell Canada",
                      "company": "ACME inc", "street_name": "Rue Sainte-Catherine Ouest", "city": "Montreal",
                      "postal_code": "H3B 1B1", "instructions": "", "street_number": "100", "service_unit": "",
                      "location": "business", "capacity": "1-2", "features": [], "country": "CA",
                      "loa_attached": True, "bill_attached": False, "region": "QC"}
    assert params(wire.requests[0]) == {"username": "demo-vmu", "auth_token": "0123456789abcdef0123456789abcdef",
                                        "phone_number": "5145551234"}
    again = adapter.read(NUMBERS)
    assert (again["status"], again["confirmed_foc_date"]) == ("foc", "2026-12-15")
    assert params(wire.requests[2])["port_request_id"] == "1201"


def test_a_request_with_other_numbers_fails_naming_them():
    _wire, adapter = adapter_with(ports(row(phone_numbers="5145551234,5145551299")))
    with pytest.raises(ValidationError, match=r"numbers: port request 1201 \(PON00001201\) ports \+15145551234, "
                                              r"\+15145551299, not exactly these numbers"):
        adapter.read(NUMBERS)


def test_nothing_found_asks_for_every_number():
    wire, adapter = adapter_with(ok(port_requests=""), ok(port_requests=""))
    assert adapter.read(NUMBERS) is None
    assert [params(r)["phone_number"] for r in wire.requests] == ["5145551234", "5145551235"]


def test_the_files_count_as_attached_while_the_request_can_change(loa):
    _wire, adapter = adapter_with(ports(row()), STATES, ports(row(loa="signed-loa.pdf")),
                                  ports(row(status="sent_to_staff")))
    prepared(adapter, loa_file=loa)
    assert adapter.read(NUMBERS)["loa_file"] is None          # a difference: update sends it
    assert adapter.read(NUMBERS)["loa_file"] == loa
    submitted = adapter.read(NUMBERS)
    assert "loa_file" not in submitted and "foc_date" not in submitted   # no longer compared


def test_list_is_one_call_with_every_request():
    wire, adapter = adapter_with(ports(row(), row(port_request_id="1202", pon="PON00001202", status="completed",
                                                  phone_numbers="4165550199")))
    listed = list(adapter.list())
    assert [(r["numbers"], r["status"], r["request_ids"]) for r in listed] == [
        (NUMBERS, "draft", ["1201"]), (["+14165550199"], "completed", ["1202"])]
    assert len(wire.requests) == 1 and "region" not in listed[0]


# ---- write --------------------------------------------------------------------------------------

def test_create_submits_with_the_files_in_one_multipart_post(loa, tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 bill")
    wire, adapter = adapter_with(STATES, ports(row(status="sent_to_staff", loa="signed-loa.pdf", bill="bill.pdf")),
                                 ports(row(status="sent_to_staff", loa="signed-loa.pdf", bill="bill.pdf")))
    desired = prepared(adapter, loa_file=loa, bill_file=str(bill), features=["sms"], instructions="PIN 2468",
                       foc_date="2030-01-15", **COMPLETE)
    record = adapter.create(desired)
    fields, files = multipart(wire.requests[1])
    assert wire.requests[1].url.path == "/api/v1.1/json/update_port_request"
    assert fields == {"username": "demo-vmu", "auth_token": "0123456789abcdef0123456789abcdef", "mode": "create",
                      "send_to_staff": "1", "phone_numbers": "5145551234,5145551235", "phone_number_type": "local",
                      "current_provider": "Bell Canada", "organization": "ACME inc",
                      "street": "Rue Sainte-Catherine Ouest", "city": "Montreal", "postal_code": "H3B 1B1",
                      "client_instructions": "PIN 2468", "civic_number": "100", "organization_type": "business",
                      "capacity": "1-2", "features": "sms", "requested_firm_date": "2030-01-15", "country_id": "38",
                      "state_id": "11"}
    assert files == {"loa": ("signed-loa.pdf", b"%PDF-1.4 signed"), "bill": ("bill.pdf", b"%PDF-1.4 bill")}
    assert record["status"] == "submitted" and record["loa_attached"] is True
    # the echo gave the id: the re-read asks for it
    assert params(wire.requests[2])["port_request_id"] == "1201"


def test_a_draft_is_a_plain_form_post_without_send_to_staff():
    wire, adapter = adapter_with(ports(row()), ports(row()), STATES)
    adapter.create(prepared(adapter, submit=False, losing_carrier="Bell Canada"))
    sent = params(wire.requests[0])
    assert wire.requests[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent["mode"] == "create" and "send_to_staff" not in sent and sent["country_id"] == "38"


def test_an_update_sends_the_whole_request_again_and_submits_it():
    wire, adapter = adapter_with(ports(row(client_instructions="keep me", friendly_name="Montreal")), STATES,
                                 ports(row(status="sent_to_staff")), ports(row(status="sent_to_staff")))
    desired = prepared(adapter, losing_carrier="Videotron")
    current = adapter.read(NUMBERS)
    result, _after = Converger(LNP_REQUEST).converge(adapter, NUMBERS, desired, current)
    sent = params(wire.requests[2])
    assert result["changed"] is True
    assert (sent["mode"], sent["port_request_id"], sent["send_to_staff"]) == ("update", "1201", "1")
    assert (sent["current_provider"], sent["client_instructions"], sent["friendly_name"], sent["state_id"]) == \
        ("Videotron", "keep me", "Montreal", "11")


def test_no_change_makes_no_write():
    wire, adapter = adapter_with(ports(row(status="sent_to_staff")), STATES)
    desired = prepared(adapter, **COMPLETE)
    current = adapter.read(NUMBERS)
    result, _after = Converger(LNP_REQUEST).converge(adapter, NUMBERS, desired, current)
    assert result["changed"] is False and len(wire.requests) == 2


def test_a_submitted_request_cannot_change_nor_become_a_draft():
    _wire, adapter = adapter_with(ports(row(status="sent_to_staff")), STATES)
    desired = prepared(adapter, **{**COMPLETE, "city": "Laval"})
    current = adapter.read(NUMBERS)
    with pytest.raises(ValidationError, match="city: cannot be changed .* voicemeup accepts changes to a port request "
                                              "only while it is a draft .not_ready. or rejected by its staff "
                                              ".rejected_by_staff., and this one is sent_to_staff"):
        Converger(LNP_REQUEST).converge(adapter, NUMBERS, desired, current)
    _wire, adapter = adapter_with(ports(row(status="rejected_by_staff")), STATES)
    desired = prepared(adapter, submit=False)
    with pytest.raises(ValidationError, match="submit: a port request sent to VoiceMeUp's staff cannot become a draft"):
        Converger(LNP_REQUEST).converge(adapter, NUMBERS, desired, adapter.read(NUMBERS))


def test_submitting_a_draft_checks_the_date_it_holds():
    _wire, adapter = adapter_with(ports(row(requested_firm_date="2020-01-06")), STATES)
    desired = prepared(adapter)
    with pytest.raises(ValidationError, match="foc_date: 2020-01-06 is 0 business days .*, the date this request "
                                              "holds; voicemeup takes"):
        Converger(LNP_REQUEST).converge(adapter, NUMBERS, desired, adapter.read(NUMBERS))


def test_a_refusal_names_the_option():
    wire, adapter = adapter_with(STATES, error(("capacity_invalid", 'Preference must be either "1-5", "5-25" or "25+".')))
    with pytest.raises(CarrierError, match="capacity_invalid.*check the capacity option"):
        adapter.create(prepared(adapter, **COMPLETE))
    assert len(wire.requests) == 2


# ---- lookup_did -------------------------------------------------------------------------------

def test_lookup_is_one_charged_call_per_number_with_a_warning():
    found = {"phone_number": "5145551234", "type": "local", "district": "Montreal", "state_id": "11",
             "country_id": "38", "current_provider": "Bell Canada", "line_type": "landline", "portable": "1",
             "charged_amount": "0.0100", "currency": "CAD"}
    wire = Wire(ok(did_lookups={"did_lookup": found}), ok(did_lookups={"did_lookup": dict(found, portable="0")}))
    client = client_with(wire)
    looked = client.resource("lnp_request").lookup(NUMBERS)
    assert looked[0] == {"number": "+15145551234", "current_carrier": "Bell Canada", "line_type": "landline",
                         "portable": True, "rate_center": "Montreal", "country": "CA", "charged_amount": "0.0100",
                         "currency": "CAD"}
    assert looked[1]["portable"] is False
    assert [r.url.path for r in wire.requests] == ["/api/v1.1/json/lookup_did"] * 2
    assert client.warnings == ["voicemeup: lookup_did is charged by VoiceMeUp on every call: 2 lookups made"]
