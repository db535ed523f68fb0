"""VoIP Innovations e911 adapter, through the engine's Converger, against the in-process emulator
(tests/emulator/voipinnovations/e911.py) and, where the emulator cannot be made to answer so, a
scripted wire: query911 read and mapping, validate911 before every insert911 / update911 (check mode
too; a 101 writes nothing and the location stays), remove911, the GEOCODED -> PROVISIONED status,
the tolerance of VoIP Innovations' upper-casing and ZIP+4, resend_address, audit911 rows for the
snapshot, and every check that must fail before a request. Every request must pass the emulator's
schema validation."""

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger
from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, TransportError, UnsupportedError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import e911 as vi_e911

from scripted_carrier import Wire
from test_voipinnovations_client import client_with, reply
from test_voipinnovations_did import calls, connection

CARRIER = "voipinnovations"
LOGIN = "demo-vi"
DALLAS = "+12145550120"      # seeded: 1500 MARILLA ST, DALLAS TX 75201 (+4 6318), PROVISIONED
CHICAGO = "+13125550110"     # seeded: 233 S WACKER DR, STE 4400, CHICAGO IL 60606-6306
MIAMI = "+13055550140"       # seeded: an INVALID location
FREE = "+12125550101"        # owned, no location
OTHERS = "+12125550199"      # another company's number
RALEIGH = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "unit_type": "Suite",
           "unit_number": "200", "city": "Raleigh", "region": "NC", "postal_code": "27601"}
DALLAS_AS_TYPED = {"name": "acme dallas", "street_number": "1500", "street_name": "Marilla  st", "city": "dallas",
                   "region": "tx", "postal_code": "75201"}


def converge(control, params, state="present", check=False, write_only=None):
    """One module run's worth of engine: (result, client)."""
    client = open_client(connection(control))
    adapter = client.resource("e911")
    converger = Converger(E911, check_mode=check, diff=True, write_only=write_only)
    desired = converger.prepare(adapter, E911.desired_from_params(params), state)
    current = adapter.read(desired["number"])
    if state == "absent":
        return converger.absent(adapter, desired["number"], current), client
    return converger.present(adapter, desired["number"], desired, current)[0], client


def location(control, number):
    return control.state(CARRIER)["accounts"][LOGIN]["e911"]["locations"].get(number[2:])


def advance(control, seconds):
    control.call("POST", "/clock", {"advance": seconds})


@pytest.fixture(name="vi")
def _vi(control):
    return control


# ---- read -----------------------------------------------------------------------------------------

def test_read_maps_query911(vi):
    mark = vi.last_seq()
    record = open_client(connection(vi)).resource("e911").read(CHICAGO)
    assert record == {"number": CHICAGO, "name": "ACME Chicago", "street_number": "233", "street_name": "S WACKER DR",
                      "unit_type": "STE", "unit_number": "4400", "city": "CHICAGO", "region": "IL",
                      "postal_code": "60606-6306", "country": "US", "status": "PROVISIONED", "provider": CARRIER}
    assert calls(vi, mark) == ["query911"]


def test_read_of_a_number_without_a_location_is_none(vi):
    assert open_client(connection(vi)).resource("e911").read(FREE) is None


def test_a_number_of_another_account_fails_for_present_and_is_absent_for_absent(vi):
    with pytest.raises(ValidationError, match="not a number of this voipinnovations account"):
        converge(vi, dict(RALEIGH, number=OTHERS))
    mark = vi.last_seq()
    result, _client = converge(vi, {"number": OTHERS}, state="absent")
    assert result["changed"] is False and calls(vi, mark, writes=True) == []


def test_an_invalid_location_is_returned_with_a_warning(vi):
    result, client = converge(vi, dict(DALLAS_AS_TYPED, number=MIAMI, street_name="Nowhere Blvd", street_number="1",
                                       city="Miami", region="FL", postal_code="33133", name="ACME Miami"), check=True)
    assert result["changed"] is False and result["e911"]["status"] == "INVALID"
    assert any("INVALID" in warning and "+13055550140" in warning for warning in client.warnings)


# ---- create ---------------------------------------------------------------------------------------

def test_create_validates_then_inserts_and_returns_the_geocoding_state(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, dict(RALEIGH, number=FREE))
    assert result["changed"] is True
    assert calls(vi, mark) == ["query911", "validate911", "insert911", "query911"]
    sent = [entry for entry in vi.requests(CARRIER, mark) if entry["soap"]["operation"] == "validate911"][0]["body"]
    for element in ("<ns0:address1>100 Main St</ns0:address1>", "<ns0:address2>STE 200</ns0:address2>",
                    "<ns0:state>NC</ns0:state>", "<ns0:zip>27601</ns0:zip>", "<ns0:callerName>ACME Corp</ns0:callerName>"):
        assert element in sent, sent
    assert result["e911"]["status"] == "GEOCODED"
    assert (result["e911"]["street_name"], result["e911"]["unit_type"], result["e911"]["postal_code"]) == (
        "MAIN ST", "STE", "27601")      # the +4 VoIP Innovations completed is no difference
    stored = location(vi, FREE)
    assert (stored["address1"], stored["address2"], stored["plusFour"]) == ("100 MAIN ST", "STE 200", "1071")

    advance(vi, 60)
    mark = vi.last_seq()
    again, _client = converge(vi, dict(RALEIGH, number=FREE))
    assert again["changed"] is False and again["e911"]["status"] == "PROVISIONED"
    assert calls(vi, mark) == ["query911"]


def test_check_mode_create_validates_only(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, dict(RALEIGH, number=FREE), check=True)
    assert result["changed"] is True
    assert calls(vi, mark) == ["query911", "validate911"]
    assert location(vi, FREE) is None


def test_an_address_validate911_does_not_know_is_never_inserted(vi):
    mark = vi.last_seq()
    with pytest.raises(CarrierError) as failure:
        converge(vi, dict(RALEIGH, number=FREE, street_name="Nowhere Rd"))
    assert failure.value.code == 101 and failure.value.details["request"] == "validate911"
    for option in ("street_number", "street_name", "city", "region", "postal_code"):
        assert option in str(failure.value)
    assert "100 Nowhere Rd, STE 200, Raleigh NC 27601" in str(failure.value)
    assert calls(vi, mark) == ["query911", "validate911"] and location(vi, FREE) is None


# ---- compare, update ------------------------------------------------------------------------------

def test_the_carrier_s_upper_case_and_plus_four_are_no_change(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, dict(DALLAS_AS_TYPED, number=DALLAS))
    assert result["changed"] is False and calls(vi, mark) == ["query911"]
    same, _client = converge(vi, dict(DALLAS_AS_TYPED, number=DALLAS, postal_code="75201-6318", country="us"))
    assert same["changed"] is False and same["e911"]["postal_code"] == "75201-6318"
    other, _client = converge(vi, dict(DALLAS_AS_TYPED, number=DALLAS, postal_code="75201-1111"), check=True)
    assert other["changed"] is True and other["diff"]["after"]["postal_code"] == "75201-1111"


def test_update_validates_then_sends_the_whole_address(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, {"number": CHICAGO, "name": "ACME Chicago", "street_number": "250",
                                    "street_name": "South Wacker Drive", "city": "Chicago", "region": "IL",
                                    "postal_code": "60606"})
    assert result["changed"] is True
    assert calls(vi, mark) == ["query911", "validate911", "update911", "query911"]
    stored = location(vi, CHICAGO)
    # read-merge-write: the unit the task does not manage is kept
    assert (stored["address1"], stored["address2"], stored["statusCode"]) == (
        "250 SOUTH WACKER DRIVE", "STE 4400", "GEOCODED")
    assert result["e911"]["status"] == "GEOCODED"


def test_unit_type_empty_removes_the_unit(vi):
    result, _client = converge(vi, {"number": CHICAGO, "name": "ACME Chicago", "street_number": "233",
                                    "street_name": "S Wacker Dr", "unit_type": "", "city": "Chicago", "region": "IL",
                                    "postal_code": "60606"})
    assert result["changed"] is True and (result["e911"]["unit_type"], result["e911"]["unit_number"]) == ("", "")
    assert location(vi, CHICAGO)["address2"] == ""


def test_check_mode_update_validates_only(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, dict(RALEIGH, number=DALLAS), check=True)
    assert result["changed"] is True and calls(vi, mark) == ["query911", "validate911"]
    assert location(vi, DALLAS)["address1"] == "1500 MARILLA ST"


def test_an_invalid_update_is_never_sent_and_the_location_stays(vi):
    # update911 of an address VoIP Innovations cannot geocode would remove the location (Q35).
    mark = vi.last_seq()
    with pytest.raises(CarrierError, match="keeps the location it has"):
        converge(vi, dict(DALLAS_AS_TYPED, number=DALLAS, street_number="9999"))
    assert calls(vi, mark) == ["query911", "validate911"]
    assert location(vi, DALLAS)["statusCode"] == "PROVISIONED"


def test_resend_address_sends_an_equal_address_again(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, dict(DALLAS_AS_TYPED, number=DALLAS), write_only="always")
    assert result["changed"] is True and "not_compared" not in result
    assert calls(vi, mark) == ["query911", "validate911", "update911", "query911"]
    assert location(vi, DALLAS)["statusCode"] == "GEOCODED"


# ---- absent ---------------------------------------------------------------------------------------

def test_absent_removes_and_then_changes_nothing(vi):
    mark = vi.last_seq()
    result, _client = converge(vi, {"number": DALLAS}, state="absent")
    assert result["changed"] is True and result["e911"]["street_name"] == "MARILLA ST"
    assert calls(vi, mark) == ["query911", "remove911"] and location(vi, DALLAS) is None
    mark = vi.last_seq()
    again, _client = converge(vi, {"number": DALLAS}, state="absent")
    assert again["changed"] is False and calls(vi, mark) == ["query911"]


def test_remove911_answering_205200_is_already_absent():
    wire = Wire(reply("remove911", 205200, "Zero records deleted/archived"),
                reply("remove911", body="<Statuses><Status911><code>205200</code>"
                                        "<description>Zero records deleted/archived</description></Status911></Statuses>"))
    adapter = client_with(wire).resource("e911")
    adapter.delete(DALLAS, {})
    adapter.delete(DALLAS, {})
    assert len(wire.requests) == 2


# ---- bad input: no request ------------------------------------------------------------------------

@pytest.mark.parametrize("changes,field,message", [
    ({"country": "CA", "region": "ON", "postal_code": "M5V 2T6"}, "country", "use US"),
    ({"unit_type": "Cabin"}, "unit_type", "USPS unit designator"),
    ({"unit_type": None}, "unit_type", "required with unit_number"),
    ({"street_number": "100 1/2"}, "street_number", "one word"),
    ({"street_number": "Rear"}, "street_number", "one word"),
    ({"name": None}, "name", "is required"),
    ({"postal_code": "75201"}, "postal_code", "not in NC"),
    ({"region": "XX"}, "region", "not a US state"),
])
def test_bad_input_fails_before_any_request(vi, changes, field, message):
    mark = vi.last_seq()
    params = dict(RALEIGH, number=FREE)
    params.update(changes)
    with pytest.raises(ValidationError) as failure:
        converge(vi, {k: v for k, v in params.items() if v is not None}, check=True)
    assert failure.value.field == field and message in str(failure.value), failure.value
    assert vi.requests(CARRIER, mark) == []


@pytest.mark.parametrize("option", [{"language": "EN"}, {"email": "noc@example.com"}])
def test_options_voip_innovations_does_not_take_fail_before_any_request(vi, option):
    mark = vi.last_seq()
    with pytest.raises(UnsupportedError):
        converge(vi, dict(RALEIGH, number=FREE, **option))
    assert vi.requests(CARRIER, mark) == []


def test_unit_types_are_sent_as_usps_abbreviations():
    adapter = client_with(Wire()).resource("e911")
    for typed, sent in (("suite", "STE"), ("Apartment", "APT"), ("fl", "FL"), ("Hanger", "HNGR"), ("STE.", "STE")):
        assert adapter.prepare(dict(RALEIGH, number=FREE, unit_type=typed), "present")["unit_type"] == sent


# ---- the wire, scripted ---------------------------------------------------------------------------

def test_an_answer_with_no_location_and_no_stub_is_an_error_not_absent():
    adapter = client_with(Wire(reply("query911"))).resource("e911")
    with pytest.raises(TransportError, match="neither a location nor the 206200 stub"):
        adapter.read(DALLAS)


def test_an_insert_that_comes_back_invalid_is_partly_applied():
    wire = Wire(reply("validate911"),
                reply("insert911", body="<Statuses><Status911><code>INVALID</code>"
                                        "<description>Unable to geocoded address</description></Status911></Statuses>"))
    adapter = client_with(wire).resource("e911")
    desired = adapter.prepare(dict(RALEIGH, number=FREE), "present")
    with pytest.raises(CarrierError, match="stored as INVALID") as failure:
        adapter.create(desired)
    assert failure.value.details["changed"] is True


# ---- audit911 rows (the account snapshot) ---------------------------------------------------------

AUDIT_ROW = {"locationId": "17696872", "tn": "4356569075", "callerName": "Campus Villas  ",
             "address1": "833 E TABERNACLE ST", "address2": None, "city": "SAINT GEORGE", "state": "UT",
             "zipCode": "84770-3059", "statusCode": "PROVISIONED"}


def test_location_record_maps_an_audit911_row():
    assert vi_e911.location_record(AUDIT_ROW, "+14356569075") == {
        "number": "+14356569075", "name": "Campus Villas", "street_number": "833", "street_name": "E TABERNACLE ST",
        "unit_type": "", "unit_number": "", "city": "SAINT GEORGE", "region": "UT", "postal_code": "84770-3059",
        "country": "US", "status": "PROVISIONED", "provider": CARRIER}
    assert vi_e911.location_record(dict(AUDIT_ROW, address1="RURAL ROUTE 5"), "+14356569075")["street_name"] == \
        "RURAL ROUTE 5"


def test_audit_locations_is_read_once_and_from_snapshot_uses_it(vi):
    client = open_client(connection(vi))
    adapter = client.resource("e911")
    adapter.prepare({"number": DALLAS, "postal_code": "75201"}, "present")
    mark = vi.last_seq()
    assert sorted(vi_e911.audit_locations(client)) == ["+12145550120", "+13055550140", "+13125550110", "+14356569075"]
    record = adapter.from_snapshot({"number": DALLAS, "e911": True})
    assert record["street_name"] == "MARILLA ST" and record["postal_code"] == "75201"
    assert adapter.from_snapshot({"number": FREE, "e911": False}) is None
    assert adapter.from_snapshot({"number": FREE, "e911": True}) is vi_e911.NOT_IN_SNAPSHOT
    assert calls(vi, mark) == ["audit911"]
