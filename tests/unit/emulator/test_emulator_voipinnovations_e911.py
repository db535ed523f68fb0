"""VoIP Innovations emulator, E911: validate911 against the emulator's address database, insert911 /
update911 / query911 / remove911 / audit911 / getProvisioningHistory, asynchronous geocoding on the
emulator clock, update911 of an invalid address removing the location (Q35), off-net numbers in
audit911 (Q36) and the 911 alerts with their comma-joined string (Q41). Seed L74-140, L262-316."""

from __future__ import annotations

import pytest

from emulator.voipinnovations import e911
from voipinnovations_testclient import VoipInnovations

OWNED_FREE = "2125550101"      # a demo DID without a location
DALLAS, CHICAGO, MIAMI, OFF_NET = "2145550120", "3125550110", "3055550140", "4356569075"
RALEIGH = {"address1": "100 Main St", "address2": "STE 200", "city": "Raleigh", "state": "NC", "zip": "27601",
           "plusFour": "", "callerName": "ACME Corp"}
NOWHERE = dict(RALEIGH, address1="999 Nowhere Rd")


@pytest.fixture
def vi(client):
    return VoipInnovations(client.port)


def query(vi, tn) -> tuple[list, list]:
    reply = vi.ok("query911", {"did": tn})
    return reply.items("DID911s"), reply.items("VILocations")


def location(vi, tn) -> dict:
    rows, locations = query(vi, tn)
    assert len(rows) == 1 and len(locations) == 1, (rows, locations)
    return locations[0]


def has911(vi, tn) -> str:
    return vi.ok("queryDID", {"did": tn}).did()["has911"]


# -- validate911 ------------------------------------------------------------------------------------

@pytest.mark.parametrize("address", [
    RALEIGH,
    dict(RALEIGH, address1="100 MAIN STREET", city="raleigh", state="nc"),
    dict(RALEIGH, address1=" 150  main   st. ", address2="", plusFour="1071"),
    {"address1": "233 South Wacker Drive", "city": "Chicago", "state": "IL", "zip": "60606"},
    {"address1": "350 Fifth Avenue", "city": "New York", "state": "NY", "zip": "10118"},
    {"address1": "833 East Tabernacle Street", "city": "St. George", "state": "UT", "zip": "84770"},
])
def test_validate911_accepts_known_addresses_in_any_case_and_abbreviation(vi, address):
    reply = vi.ok("validate911", address)
    assert reply.message == "Success"
    assert reply.items("Statuses") == [] and reply.items("VILocations") == []   # validates only (L275)


@pytest.mark.parametrize("changes", [
    {"address1": "999 Nowhere Rd"},           # no such street
    {"address1": "1000 Main St"},             # house number outside the street's range
    {"address1": "Main St"},                  # no house number
    {"city": "Durham"},                       # the street is in another city
    {"state": "SC"},
    {"zip": "27603"},                         # another ZIP
    {"zip": "2760"},
    {"plusFour": "12"},
])
def test_validate911_answers_101_for_an_address_it_does_not_know(vi, changes):
    reply = vi.call("validate911", dict(RALEIGH, **changes))
    assert (reply.code, reply.message) == (101, "No Records Found")
    assert vi.state()["accounts"]["demo-vi"]["e911"]["locations"].get(OWNED_FREE) is None


# -- insert911, geocoding, query911 -----------------------------------------------------------------

def test_insert911_geocodes_then_provisions_after_60_seconds(vi):
    reply = vi.ok("insert911", {"did": OWNED_FREE, **RALEIGH})
    assert reply.items("Statuses") == [{"code": "100", "description": "Location status updated"}]
    rows, locations = query(vi, OWNED_FREE)
    stored = locations[0]
    # stored upper-cased, callerName as sent, the ZIP+4 completed from the geocoder's database
    assert (stored["address1"], stored["address2"], stored["city"], stored["state"], stored["zipCode"],
            stored["plusFour"], stored["callerName"]) == ("100 MAIN ST", "STE 200", "RALEIGH", "NC", "27601", "1071",
                                                          "ACME Corp")
    assert (stored["statusCode"], stored["statusDescription"]) == ("GEOCODED", "Location is geocoded")
    assert stored["activatedTime"] == "0001-01-01T00:00:00" and stored["latitude"]
    assert rows[0]["tn"] == OWNED_FREE and rows[0]["zipCode"] == "27601-1071"
    assert rows[0]["callerName"] == "ACME Corp  "          # trailing spaces, as the real DID911
    assert has911(vi, OWNED_FREE) == "false"

    vi.advance(e911.GEOCODE_SECONDS - 5)
    assert location(vi, OWNED_FREE)["statusCode"] == "GEOCODED"
    vi.advance(10)
    provisioned = location(vi, OWNED_FREE)
    assert (provisioned["statusCode"], provisioned["statusDescription"]) == (
        "PROVISIONED", "Location is currently provisioned for URI")
    assert provisioned["activatedTime"] != "0001-01-01T00:00:00"
    assert has911(vi, OWNED_FREE) == "true"


def test_insert911_keeps_a_plus_four_that_was_sent_and_the_address_as_written(vi):
    vi.ok("insert911", {"did": OWNED_FREE, **dict(RALEIGH, address1="100 Main Street", plusFour="9999")})
    stored = location(vi, OWNED_FREE)
    assert (stored["address1"], stored["plusFour"]) == ("100 MAIN STREET", "9999")


def test_insert911_of_an_unknown_address_stores_an_invalid_location(vi):
    reply = vi.ok("insert911", {"did": OWNED_FREE, **NOWHERE})
    assert reply.items("Statuses") == [{"code": "INVALID", "description": "Unable to geocoded address"}]
    stored = location(vi, OWNED_FREE)
    assert stored["statusCode"] == "INVALID" and stored["latitude"] == ""
    vi.advance(600)
    assert location(vi, OWNED_FREE)["statusCode"] == "INVALID" and has911(vi, OWNED_FREE) == "false"


def test_insert911_on_a_number_with_a_location_answers_911(vi):
    reply = vi.call("insert911", {"did": DALLAS, **RALEIGH})
    assert (reply.code, reply.message) == (911, "Location already exists and is provisioned")
    assert location(vi, DALLAS)["address1"] == "1500 MARILLA ST"


@pytest.mark.parametrize("op", ["insert911", "update911", "query911", "getProvisioningHistory"])
@pytest.mark.parametrize("tn", ["2125550199", "5555550000", "212555", OFF_NET])   # another company's, unknown, short, off-net
def test_numbers_the_account_does_not_own_answer_909(vi, op, tn):
    reply = vi.call(op, {"did": tn, **({} if op in ("query911", "getProvisioningHistory") else RALEIGH)})
    if op == "getProvisioningHistory" and tn == OFF_NET:
        assert reply.code == 100            # its history stays the account's
        return
    assert (reply.code, reply.message) == (909, "You do not own the specified number")


def test_query911_without_a_location_returns_the_206200_stub(vi):
    reply = vi.ok("query911", {"did": OWNED_FREE})
    assert reply.items("DID911s") == []
    stub = reply.items("VILocations")
    assert [(s["statusCode"], s["statusDescription"]) for s in stub] == [
        ("206200", f"A location could not be found for {OWNED_FREE}")]
    # the four arrays are always there, as in the real fixtures
    assert reply.result.find("{http://tempuri.org/}Alerts") is not None


def test_seeded_locations(vi):
    dallas = location(vi, DALLAS)
    assert (dallas["address1"], dallas["city"], dallas["zipCode"], dallas["plusFour"], dallas["statusCode"]) == (
        "1500 MARILLA ST", "DALLAS", "75201", "6318", "PROVISIONED")
    assert location(vi, CHICAGO)["address2"] == "STE 4400"
    assert location(vi, MIAMI)["statusCode"] == "INVALID"
    assert (has911(vi, DALLAS), has911(vi, CHICAGO), has911(vi, MIAMI)) == ("true", "true", "false")


# -- update911 --------------------------------------------------------------------------------------

def test_update911_replaces_the_location_and_geocodes_it_again(vi):
    before = location(vi, DALLAS)
    reply = vi.ok("update911", {"did": DALLAS, **RALEIGH})
    assert reply.items("Statuses") == [{"code": "100", "description": "Location status updated"}]
    after = location(vi, DALLAS)
    assert (after["address1"], after["statusCode"]) == ("100 MAIN ST", "GEOCODED")
    assert after["locationId"] != before["locationId"] and has911(vi, DALLAS) == "false"
    vi.advance(e911.GEOCODE_SECONDS)
    assert location(vi, DALLAS)["statusCode"] == "PROVISIONED" and has911(vi, DALLAS) == "true"


def test_update911_of_an_invalid_address_removes_the_provisioned_location(vi):
    # Seed L126 / Q35: "An INVALID location information will result in no provisioned location".
    reply = vi.ok("update911", {"did": DALLAS, **NOWHERE})
    assert reply.items("Statuses") == [{"code": "INVALID", "description": "Unable to geocoded address"}]
    rows, locations = query(vi, DALLAS)
    assert rows == [] and locations[0]["statusCode"] == "206200"
    assert has911(vi, DALLAS) == "false"
    assert all(row["tn"] != DALLAS for row in vi.ok("audit911").items("DID911s"))


def test_update911_without_a_location_answers_910(vi):
    reply = vi.call("update911", {"did": OWNED_FREE, **RALEIGH})
    assert (reply.code, reply.message) == (910, "Location does not exist")


# -- remove911, audit911, history -------------------------------------------------------------------

def test_remove911_then_nothing_to_remove(vi):
    reply = vi.ok("remove911", {"did": DALLAS})
    assert reply.items("Statuses") == [{"code": "205100", "description": "Location successfully removed"}]
    assert query(vi, DALLAS)[0] == [] and has911(vi, DALLAS) == "false"
    again = vi.ok("remove911", {"did": DALLAS})
    assert again.items("Statuses") == [{"code": "205200", "description": "Zero records deleted/archived"}]
    assert vi.call("remove911", {"did": "2125550199"}).code == 909


def test_audit911_lists_off_net_numbers_and_releasing_a_number_keeps_its_location(vi):
    rows = vi.ok("audit911").items("DID911s")
    assert [row["tn"] for row in rows] == [DALLAS, MIAMI, CHICAGO, OFF_NET]
    assert rows[-1]["city"] == "SAINT GEORGE" and rows[-1]["zipCode"] == "84770-3059"
    vi.ok("releaseDID", {"didParams": [{"tn": DALLAS, "epg": 0}]})
    assert DALLAS in [row["tn"] for row in vi.ok("audit911").items("DID911s")]    # now off-net too
    assert vi.call("query911", {"did": DALLAS}).code == 909
    vi.ok("remove911", {"did": OFF_NET})                                          # off-net rows can be cleaned up
    assert OFF_NET not in [row["tn"] for row in vi.ok("audit911").items("DID911s")]


def test_audit911_of_another_account_holds_only_its_own_locations(vi):
    assert vi.ok("audit911", login="vi-other", secret="vi-other-secret-2026").items("DID911s") == []


def test_get_provisioning_history_records_every_step(vi):
    vi.ok("insert911", {"did": OWNED_FREE, **RALEIGH})
    vi.advance(e911.GEOCODE_SECONDS)
    vi.ok("update911", {"did": OWNED_FREE, **NOWHERE})
    history = vi.ok("getProvisioningHistory", {"did": OWNED_FREE}).items("VILocations")
    assert [entry["statusCode"] for entry in history] == ["GEOCODED", "PROVISIONED", "INVALID"]
    empty = vi.ok("getProvisioningHistory", {"did": "2125550100"}).items("VILocations")
    assert [entry["statusCode"] for entry in empty] == ["206200"]


# -- 911 alerts -------------------------------------------------------------------------------------

def alerts(vi, tn) -> list:
    return vi.ok("Query911Alert", {"tn": tn}).items("Alerts")


def test_alerts_are_one_comma_joined_string(vi):
    assert alerts(vi, DALLAS) == ["noc@example.com"]
    vi.ok("Add911Alert", {"tn": DALLAS, "email": "5551234567@vtext.com"})
    assert alerts(vi, DALLAS) == ["noc@example.com,5551234567@vtext.com"]
    assert vi.call("Add911Alert", {"tn": DALLAS, "email": "NOC@example.com"}).code == 942
    vi.ok("Remove911Alert", {"tn": DALLAS, "email": "noc@example.com"})
    assert alerts(vi, DALLAS) == ["5551234567@vtext.com"]
    assert vi.call("Remove911Alert", {"tn": DALLAS, "email": "noc@example.com"}).code == 101
    vi.ok("Remove911Alert", {"tn": DALLAS, "email": ""})                  # blank: every alert
    assert alerts(vi, CHICAGO) == [] and alerts(vi, DALLAS) == []


def test_alert_limits(vi):
    assert vi.call("Add911Alert", {"tn": CHICAGO, "email": "a" * 140 + "@example.com"}).code == 940
    assert vi.call("Add911Alert", {"tn": CHICAGO, "email": "not-an-email"}).code == 900
    for i in range(10):
        vi.ok("Add911Alert", {"tn": CHICAGO, "email": f"ops{i}@example.com"})
    reply = vi.call("Add911Alert", {"tn": CHICAGO, "email": "ops10@example.com"})
    assert (reply.code, reply.message) == (943, "Can not exceed 10 emails")


@pytest.mark.parametrize("op,params", [("Query911Alert", {}), ("Add911Alert", {"email": "a@example.com"}),
                                       ("Remove911Alert", {"email": "a@example.com"})])
def test_alerts_need_911_enabled(vi, op, params):
    for tn in (OWNED_FREE, MIAMI):           # no location; an INVALID one
        reply = vi.call(op, {"tn": tn, **params})
        assert (reply.code, reply.message) == (941, "911 is not enabled")
    assert vi.call(op, {"tn": "2125550199", **params}).code == 909


# -- seed key, request log --------------------------------------------------------------------------

def test_seed_e911_locations(vi):
    summary = vi.seed(e911_locations=[{"tn": OWNED_FREE, **RALEIGH, "status": "GEOCODED", "alerts": ["x@example.com"]}])
    assert summary["e911_locations"] == [OWNED_FREE]
    assert location(vi, OWNED_FREE)["statusCode"] == "GEOCODED"
    vi.advance(e911.GEOCODE_SECONDS)
    assert location(vi, OWNED_FREE)["statusCode"] == "PROVISIONED"
    assert alerts(vi, OWNED_FREE) == ["x@example.com"]


@pytest.mark.parametrize("item,message", [
    ({"tn": "123"}, "10 digits"),
    ({"tn": OWNED_FREE, **NOWHERE}, "geocoder does not know"),
    ({"tn": OWNED_FREE, **RALEIGH, "status": "VERIFIED"}, "status must be"),
    ({"tn": OWNED_FREE, **RALEIGH, "colour": "red"}, "unknown field"),
])
def test_seed_e911_locations_refuses_bad_items(vi, item, message):
    reply = vi.control("POST", "/seed", {"carrier": "voipinnovations", "e911_locations": [item]})
    assert reply.status == 400 and message in reply.body.decode()


def test_reads_and_writes_in_the_request_log(vi):
    vi.ok("validate911", RALEIGH)
    vi.ok("query911", {"did": DALLAS})
    vi.ok("Query911Alert", {"tn": DALLAS})
    vi.ok("insert911", {"did": OWNED_FREE, **RALEIGH})
    log = vi.log()[-4:]
    assert [entry["write"] for entry in log] == [False, False, False, True]
    assert not any(entry.get("soap", {}).get("fault") for entry in log)
