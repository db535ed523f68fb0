"""VoIP.ms fax: locations, orderFaxNumber, getFaxNumbersInfo, the fax-number setters (group replace),
cancelFaxNumber and Email-to-Fax."""

from __future__ import annotations

import pytest

from voipms_testclient import VoipMs


@pytest.fixture
def vms(client):
    return VoipMs(client.port)


@pytest.fixture
def faxed(vms):
    assert vms.ok("orderFaxNumber", location="1196", quantity="2")["dids"] == ["2055550700", "2055550701"]
    return vms


def test_states_provinces_rate_centers(vms):
    assert vms.ok("getFaxStates", state="AL")["states"] == [
        {"state": "AL", "state_id": "1", "state_name": "Alabama", "country_code": "USA"}]
    assert len(vms.ok("getFaxStates")["states"]) == 51
    assert vms.ok("getFaxProvinces", province="AB")["provinces"] == [
        {"province": "AB", "province_id": "60", "province_name": "Alberta", "country_code": "CAN"}]
    assert vms.ok("getFaxRateCentersUSA", state="AL")["ratecenters"] == [
        {"location": "1196", "area_code": "205", "ratecenter": "ALABASTER", "available": "yes"},
        {"location": "1197", "area_code": "205", "ratecenter": "BIRMINGHAM", "available": "no"}]
    assert vms.ok("getFaxRateCentersCAN", province="AB")["ratecenters"][1] == {
        "location": "20294", "area_code": "587", "ratecenter": "EDMONTON", "available": "yes"}
    assert vms.ok("getFaxRateCentersUSA", state="WY")["ratecenters"] == []
    assert vms.call("getFaxRateCentersUSA") == {"status": "missing_state"}
    assert vms.call("getFaxRateCentersUSA", state="AB") == {"status": "invalid_state"}
    assert vms.call("getFaxRateCentersCAN") == {"status": "missing_province"}
    assert vms.call("getFaxRateCentersCAN", province="AL") == {"status": "invalid_province"}


def test_order_and_info(faxed):
    numbers = faxed.ok("getFaxNumbersInfo")["numbers"]
    assert [n["id"] for n in numbers] == ["923", "924"]
    assert numbers[0] == {
        "id": "923", "did": "2055550700", "description": "United States, AL, ALABASTER", "state": "AL",
        "city": "ALABASTER", "country": "United States", "email_enabled": "0", "email": "", "url_enabled": "0",
        "url": "", "retry": "0", "attach_file": "0", "note": "", "reseller_account": "", "reseller_next_billing": "",
        "reseller_monthly": "", "reseller_minute": "", "reseller_setup": "", "fax_to_sip_enabled": "0",
        "fax_to_sip_enabled_account": ""}
    assert [n["did"] for n in faxed.ok("getFaxNumbersInfo", did="2055550701")["numbers"]] == ["2055550701"]
    assert faxed.call("getFaxNumbersInfo", did="2055550709") == {"status": "invalid_did"}
    assert faxed.call("getDIDsInfo") == {"status": "no_did"}  # fax numbers are not voice DIDs


def test_order_with_settings_and_test(vms):
    assert vms.ok("orderFaxNumber", location="20294", quantity="1", test="1") == {"status": "success", "dids": []}
    assert vms.call("getFaxNumbersInfo") == {"status": "no_numbers"}
    dids = vms.ok("orderFaxNumber", location="20294", quantity="1", email="f@example.com", email_enable="1",
                  email_attach_file="1", url_callback="https://example.com/fax", url_callback_enable="1",
                  url_callback_retry="1")["dids"]
    number = vms.ok("getFaxNumbersInfo", did=dids[0])["numbers"][0]
    assert (number["description"], number["country"]) == ("Canada, AB, EDMONTON", "Canada")
    assert (number["email"], number["email_enabled"], number["attach_file"]) == ("f@example.com", "1", "1")
    assert (number["url"], number["url_enabled"], number["retry"]) == ("https://example.com/fax", "1", "1")


@pytest.mark.parametrize("params,code", [
    ({"quantity": "1"}, "missing_location"),
    ({"location": "1196"}, "missing_params"),
    ({"location": "9999", "quantity": "1"}, "invalid_location"),
    ({"location": "1196", "quantity": "0"}, "invalid_quantity"),
    ({"location": "1196", "quantity": "two"}, "invalid_quantity"),
    ({"location": "1196", "quantity": "6"}, "unsifficient_stock"),
    ({"location": "1197", "quantity": "1"}, "unsifficient_stock"),
    ({"location": "1196", "quantity": "1", "email": "bad"}, "invalid_email"),
    ({"location": "1196", "quantity": "1", "email_enable": "x"}, "invalid_email_enable"),
    ({"location": "1196", "quantity": "1", "email_enable": "1"}, "invalid_email"),
    ({"location": "1196", "quantity": "1", "url_callback_enable": "x"}, "invalid_callback_enable"),
    ({"location": "1196", "quantity": "1", "url_callback": "nope"}, "invalid_callback"),
    ({"location": "1196", "quantity": "1", "url_callback_retry": "x"}, "invalid_callback_retry"),
])
def test_order_errors(vms, params, code):
    assert vms.call("orderFaxNumber", **params) == {"status": code}


def test_order_funds(vms):
    vms.seed(accounts=[{"api_username": "demo@example.com", "balance": 3}])
    assert vms.call("orderFaxNumber", location="1196", quantity="2") == {"status": "non_sufficient_funds"}
    assert vms.ok("orderFaxNumber", location="1196", quantity="1")["dids"] == ["2055550700"]


def test_set_fax_number_info_replaces(faxed):
    faxed.seed(subaccounts=[{"username": "Fax"}])
    faxed.ok("setFaxNumberInfo", did="2055550700", email="a@example.com", email_enable="1", email_attach_file="1",
             url_callback="http://example.com/cb", url_callback_enable="1", url_callback_retry="1",
             fax_to_sip_enabled="1", fax_to_sip_enabled_account="100000_Fax", note="front office")
    number = faxed.ok("getFaxNumbersInfo", did="2055550700")["numbers"][0]
    assert (number["email_enabled"], number["attach_file"], number["url_enabled"], number["fax_to_sip_enabled"],
            number["fax_to_sip_enabled_account"], number["note"]) == ("1", "1", "1", "1", "100000_Fax", "front office")
    faxed.ok("setFaxNumberInfo", did="2055550700", email="a@example.com")
    number = faxed.ok("getFaxNumbersInfo", did="2055550700")["numbers"][0]
    assert (number["email"], number["email_enabled"], number["attach_file"], number["url"], number["note"],
            number["fax_to_sip_enabled"]) == ("a@example.com", "0", "0", "", "", "0")


def test_group_setters(faxed):
    faxed.ok("setFaxNumberInfo", did="2055550700", email="a@example.com", email_enable="1",
             url_callback="http://example.com/cb", url_callback_enable="1", note="keep")
    faxed.ok("setFaxNumberEmail", did="2055550700", email="b@example.com")
    number = faxed.ok("getFaxNumbersInfo", did="2055550700")["numbers"][0]
    assert (number["email"], number["email_enabled"], number["url_enabled"], number["note"]) == \
        ("b@example.com", "0", "1", "keep")
    faxed.ok("setFaxNumberURLCallback", did="2055550700")
    number = faxed.ok("getFaxNumbersInfo", did="2055550700")["numbers"][0]
    assert (number["url"], number["url_enabled"], number["email"]) == ("", "0", "b@example.com")
    faxed.ok("setFaxNumberEmail", did="2055550700", email="c@example.com", test="1")
    assert faxed.ok("getFaxNumbersInfo", did="2055550700")["numbers"][0]["email"] == "b@example.com"


@pytest.mark.parametrize("params,code", [
    ({}, "missing_did"),
    ({"did": "2055550709"}, "invalid_did"),
    ({"did": "2055550700", "note": "n" * 50}, "invalid_note"),
    ({"did": "2055550700", "fax_to_sip_enabled_account": "100000_Nobody"}, "invalid_account"),
    ({"did": "2055550700", "fax_to_sip_enabled": "1"}, "missing_account"),
    ({"did": "2055550700", "email_enable": "maybe"}, "invalid_email_enable"),
    ({"did": "2055550700", "email_enable": "true", "email": "a@example.com"}, "invalid_email_enable"),
    ({"did": "2055550700", "url_callback_enable": "yes", "url_callback": "https://example.com/f"},
     "invalid_callback_enable"),
    ({"did": "2055550700", "url_callback_retry": "true"}, "invalid_callback_retry"),
])
def test_set_fax_number_info_errors(faxed, params, code):
    assert faxed.call("setFaxNumberInfo", **params) == {"status": code}


def test_cancel_fax_number(faxed):
    assert faxed.call("cancelFaxNumber") == {"status": "missing_id"}
    assert faxed.call("cancelFaxNumber", id="1") == {"status": "invalid_id"}
    assert faxed.ok("cancelFaxNumber", id="923", test="1") == {"status": "success", "deleted_did": "2055550700"}
    assert len(faxed.ok("getFaxNumbersInfo")["numbers"]) == 2
    faxed.ok("setEmailToFax", auth_email="x@example.com", from_number_id="923", security_code="abc")
    assert faxed.ok("cancelFaxNumber", id="923") == {"status": "success", "deleted_did": "2055550700"}
    assert [n["did"] for n in faxed.ok("getFaxNumbersInfo")["numbers"]] == ["2055550701"]
    assert faxed.ok("getEmailToFax")["emailToFax"] == []
    # back in stock
    assert faxed.ok("orderFaxNumber", location="1196", quantity="1")["dids"] == ["2055550700"]


def test_flags_without_a_code_read_as_php_integers(faxed):
    faxed.ok("setFaxNumberInfo", did="2055550700", email="a@example.com", email_enable="1", email_attach_file="true")
    assert faxed.ok("getFaxNumbersInfo", did="2055550700")["numbers"][0]["attach_file"] == "0"
    faxed.ok("setEmailToFax", auth_email="s@example.com", from_number_id="923", security_code="abc", enabled="true",
             security_code_enabled="yes")
    row = faxed.ok("getEmailToFax")["emailToFax"][0]
    assert (row["enabled"], row["security_code_enabled"]) == ("0", "0")


def test_email_to_fax_create_update_delete(faxed):
    assert faxed.ok("getEmailToFax") == {"status": "success", "emailToFax": []}
    faxed.ok("setEmailToFax", auth_email="Your@Example.com", from_number_id="923", security_code="12345")
    rows = faxed.ok("getEmailToFax")["emailToFax"]
    assert rows == [{"id": "1", "enabled": "1", "email": "Your@Example.com", "security_code": "12345",
                     "security_code_enabled": "1", "from": "2055550700"}]
    faxed.ok("setEmailToFax", id="1", auth_email="your@example.com", from_number_id="924", security_code="abc",
             enabled="0")
    assert faxed.ok("getEmailToFax", id="1")["emailToFax"] == [
        {"id": "1", "enabled": "0", "email": "your@example.com", "security_code": "abc",
         "security_code_enabled": "1", "from": "2055550701"}]
    faxed.ok("setEmailToFax", auth_email="two@example.com", from_number_id="923", security_code="x", test="1")
    assert len(faxed.ok("getEmailToFax")["emailToFax"]) == 1
    assert faxed.call("delEmailToFax") == {"status": "missing_id"}
    assert faxed.call("delEmailToFax", id="7") == {"status": "invalid_id"}
    faxed.ok("delEmailToFax", id="1", test="1")
    faxed.ok("delEmailToFax", id="1")
    assert faxed.ok("getEmailToFax")["emailToFax"] == []


@pytest.mark.parametrize("params,code", [
    ({"from_number_id": "923", "security_code": "a"}, "missing_email"),
    ({"auth_email": "a@example.com", "security_code": "a"}, "missing_params"),
    ({"auth_email": "a@example.com", "from_number_id": "923"}, "missing_params"),
    ({"id": "99", "auth_email": "a@example.com", "from_number_id": "923", "security_code": "a"}, "invalid_id"),
    ({"auth_email": "bad", "from_number_id": "923", "security_code": "a"}, "invalid_email"),
    ({"auth_email": "a@example.com", "from_number_id": "5", "security_code": "a"}, "invalid_from_number"),
    ({"auth_email": "a@example.com", "from_number_id": "923", "security_code": "a-b"}, "invalid_security_code"),
    ({"auth_email": "DUP@example.com", "from_number_id": "923", "security_code": "a"}, "used_email"),
])
def test_email_to_fax_errors(faxed, params, code):
    faxed.ok("setEmailToFax", auth_email="dup@example.com", from_number_id="924", security_code="z")
    assert faxed.call("setEmailToFax", **params) == {"status": code}
    assert faxed.call("getEmailToFax", id="42") == {"status": "invalid_id"}
