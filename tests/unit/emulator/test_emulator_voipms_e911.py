"""VoIP.ms e911: validate, provision, manual provision (pending until the clock says so), update,
info, cancel, and the getDIDsInfo e911 flag."""

from __future__ import annotations

import pytest

from voipms_testclient import VoipMs

DID = "7862285619"
ADDRESS = {"did": DID, "full_name": "John Doe", "street_number": "23", "street_name": "W Broad St",
           "address_type": "Apartment", "address_number": "401", "city": "Richmond", "state": "VA", "country": "US",
           "zip_code": "23220", "language": "EN", "email": "john.doe@example.com"}


@pytest.fixture
def vms(client):
    proxy = VoipMs(client.port)
    proxy.order(DID)
    return proxy


def test_provision_info_flag(vms):
    assert vms.call("e911Info", did=DID) == {"status": "e911_disabled"}
    vms.ok("e911Provision", **ADDRESS)
    assert vms.ok("e911Info", did=DID)["info"] == {
        "did": DID, "status": "2", "full_name": "John Doe", "street_number": "23", "street_name": "W BROAD ST",
        "address_type": "Apartment", "address_number": "401", "city": "RICHMOND", "state": "VA", "zip_code": "23220",
        "country": "US", "language": "EN", "email": "john.doe@example.com", "other_info": ""}
    assert vms.did_info(DID)["e911"] == "1"
    reply = vms.call("e911Provision", **ADDRESS)
    assert reply["status"] == "no_provision" and reply["message"]


def test_validate_changes_nothing(vms):
    params = {k: v for k, v in ADDRESS.items() if k != "language"}  # language optional here
    vms.ok("e911Validate", **params)
    assert vms.call("e911Info", did=DID) == {"status": "e911_disabled"}
    assert vms.call("e911Validate", **{**params, "zip_code": "2322"}) == {"status": "invalid_zip"}


@pytest.mark.parametrize("drop,code", [
    ("did", "missing_did"), ("full_name", "missing_fullname"), ("street_number", "missing_street_number"),
    ("street_name", "missing_street_name"), ("city", "missing_city"), ("state", "missing_state"),
    ("country", "missing_country"), ("zip_code", "missing_zip"), ("language", "missing_language"),
    ("email", "missing_email"),
])
def test_provision_missing(vms, drop, code):
    assert vms.call("e911Provision", **{k: v for k, v in ADDRESS.items() if k != drop}) == {"status": code}


@pytest.mark.parametrize("change,code", [
    ({"did": "7862285600"}, "invalid_did"),
    ({"full_name": "<script>"}, "invalid_fullname"),
    ({"street_number": "abc"}, "invalid_street_number"),
    ({"street_name": "@@@"}, "invalid_street_name"),
    ({"address_type": "Castle"}, "invalid_type"),
    ({"city": "R1chmond"}, "invalid_city"),
    ({"state": "ON"}, "invalid_state"),
    ({"country": "MX"}, "invalid_country"),
    ({"zip_code": "ABCDE"}, "invalid_zip"),
    ({"country": "CA", "state": "QC", "zip_code": "12345"}, "invalid_zip"),
    ({"language": "ES"}, "invalid_language"),
    ({"email": "nope"}, "invalid_email"),
])
def test_provision_invalid(vms, change, code):
    assert vms.call("e911Provision", **{**ADDRESS, **change}) == {"status": code}


def test_canadian_address(vms):
    vms.ok("e911Provision", **{**ADDRESS, "country": "CA", "state": "QC", "city": "Montreal", "zip_code": "h3b2y5",
                               "language": "FR", "other_info": "Door B"})
    info = vms.ok("e911Info", did=DID)["info"]
    assert (info["zip_code"], info["language"], info["other_info"]) == ("H3B 2Y5", "FR", "Door B")


def test_manual_provision_pending_then_active(vms):
    vms.ok("e911ProvisionManually", **ADDRESS)
    assert vms.ok("e911Info", did=DID)["info"]["status"] == "1"
    assert vms.did_info(DID)["e911"] == "0"
    assert vms.call("e911Provision", **ADDRESS) == {"status": "e911_pending"}
    assert vms.call("e911Update", **ADDRESS) == {"status": "e911_pending"}
    vms.advance(86400)
    assert vms.ok("e911Info", did=DID)["info"]["status"] == "2"
    assert vms.did_info(DID)["e911"] == "1"


def test_manual_provision_promoted_by_seed(vms):
    vms.ok("e911ProvisionManually", **ADDRESS)
    vms.seed(e911_status=[{"did": DID, "status": "active"}])
    assert vms.ok("e911Info", did=DID)["info"]["status"] == "2"


def test_update_replaces_every_field(vms):
    assert vms.call("e911Update", **ADDRESS) == {"status": "e911_disabled"}
    vms.ok("e911Provision", **ADDRESS)
    update = {k: v for k, v in ADDRESS.items() if k not in ("address_type", "address_number")}
    vms.ok("e911Update", **{**update, "street_number": "25", "city": "Norfolk"})
    info = vms.ok("e911Info", did=DID)["info"]
    assert (info["street_number"], info["city"], info["address_type"], info["address_number"]) == \
        ("25", "NORFOLK", "", "")


def test_cancel(vms):
    assert vms.call("e911Cancel") == {"status": "missing_did"}
    assert vms.call("e911Cancel", did=DID) == {"status": "e911_disabled"}
    assert vms.call("e911Cancel", did="7862285600") == {"status": "invalid_did"}
    vms.ok("e911Provision", **ADDRESS)
    vms.ok("e911Cancel", did=DID)
    assert vms.did_info(DID)["e911"] == "0"
    assert vms.call("e911Info", did=DID) == {"status": "e911_disabled"}


def test_cancel_did_drops_e911(vms):
    vms.ok("e911Provision", **ADDRESS)
    vms.ok("cancelDID", did=DID)
    vms.order(DID)
    assert vms.call("e911Info", did=DID) == {"status": "e911_disabled"}


def test_injected_no_provision(vms):
    vms.seed(inject=[{"method": "e911Provision", "status": "no_provision", "message": "Address could not be geocoded"}])
    assert vms.call("e911Provision", **ADDRESS) == {"status": "no_provision", "message": "Address could not be geocoded"}
    vms.ok("e911Provision", **ADDRESS)


# -- address types, states and ZIP codes as the carrier checks them ---------------------------

SEED_TYPES = ("Apartment", "Basement", "Hanger")  # the seed's e911AddressTypes sample and e911Info example


def test_address_types_are_the_carriers_list(vms):
    values = [row["value"] for row in vms.ok("e911AddressTypes")["types"]]
    assert len(values) == 24 and set(SEED_TYPES) <= set(values) and "Suite" in values
    assert all(row["value"] == row["description"] for row in vms.ok("e911AddressTypes")["types"])


@pytest.mark.parametrize("value", ["STE", "APT", "Apt.", "Ste", "#", "Hangar", "Castle"])
def test_abbreviations_are_not_address_types(vms, value):
    assert vms.call("e911Validate", **{**ADDRESS, "address_type": value}) == {"status": "invalid_type"}
    assert vms.call("e911Provision", **{**ADDRESS, "address_type": value}) == {"status": "invalid_type"}


def test_address_type_is_stored_in_the_carriers_spelling(vms):
    vms.ok("e911Provision", **{**ADDRESS, "address_type": "suite"})
    assert vms.ok("e911Info", did=DID)["info"]["address_type"] == "Suite"


@pytest.mark.parametrize("change, code", [
    ({"state": "XX"}, "invalid_state"),
    ({"state": "AA"}, "invalid_state"),                 # a military "state" is no place for 911
    ({"state": "QC"}, "invalid_state"),                 # a province with country US
    ({"zip_code": "00000-1"}, "invalid_zip"),
    ({"zip_code": "1234"}, "invalid_zip"),
    ({"zip_code": "K1A 0B1"}, "invalid_zip"),
    ({"country": "CA", "state": "ON", "zip_code": "K1A-0B1"}, "invalid_zip"),
])
def test_state_and_zip_checks(vms, change, code):
    assert vms.call("e911Validate", **{**ADDRESS, **change}) == {"status": code}
    assert vms.call("e911Provision", **{**ADDRESS, **change}) == {"status": code}


def test_us_territories_are_states_here(vms):
    vms.ok("e911Provision", **{**ADDRESS, "state": "pr", "city": "Adjuntas", "zip_code": "00601"})
    assert vms.ok("e911Info", did=DID)["info"]["state"] == "PR"
