"""VoIP.ms envelope handling and mapping, against a mock HTTP transport."""

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, ValidationError, VoipCarrierError)
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_REQUEST

from scripted_carrier import Wire, voipms_client as client_with


def test_calls_are_form_posts_with_credentials_out_of_the_url():
    wire = Wire({"status": "success", "ip": "127.0.0.1"})
    client_with(wire).call("getIP")
    request = wire.requests[0]
    assert request.method == "POST" and request.url.path == "/api/v1/rest.php" and not request.url.query
    assert wire.params() == {"method": "getIP", "api_username": "me@example.com", "api_password": "api-secret-pw",
                             "content_type": "json"}


def test_reads_count_as_reads_and_writes_as_writes():
    client = client_with(Wire({"status": "success"}, {"status": "success"}))
    client.call("getDIDsInfo")
    client.call("setDIDInfo", {"did": "1"}, write=True)
    assert client.log.as_dict() == {"reads": 1, "writes": 1, "retries": 0, "total": 2}


def test_no_codes_mean_empty_only_where_declared():
    client = client_with(Wire({"status": "no_did"}, {"status": "no_did"}))
    assert client.call("getDIDsInfo", empty=("no_did",)) is None
    with pytest.raises(CarrierError) as info:
        client.call("getDIDsInfo")
    assert info.value.code == "no_did"


def test_auth_codes_say_what_to_fix_and_never_the_password():
    client = client_with(Wire({"status": "ip_not_enabled"}))
    with pytest.raises(AuthenticationError) as info:
        client.call("getDIDsInfo")
    assert "allow-list" in info.value.message and info.value.code == "ip_not_enabled"
    assert "api-secret-pw" not in info.value.message


def test_transient_codes_are_retried_then_reported():
    client = client_with(Wire({"status": "method_maintenance"}, {"status": "success", "dids": []}))
    assert client.call("getDIDsInfo") == {"status": "success", "dids": []}
    assert client.log.retries == 1


def test_the_per_minute_limit_pauses_every_fork_for_a_minute(tmp_path):
    from ansible_collections.voip.carrier.plugins.module_utils.budget import RequestBudget
    slept = []
    now = [1_000_000.0]

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds
    client = client_with(Wire({"status": "api_limit_exceeded"}, {"status": "success", "dids": []}))
    client.http.budget = RequestBudget("voipms", "acct", [(100, 60)], 300, directory=str(tmp_path),
                                       clock=lambda: now[0], sleep=sleep)
    assert client.call("getDIDsInfo") == {"status": "success", "dids": []}
    assert client.log.retries == 1 and sum(slept) == 60


def test_booleans_and_numbers_travel_as_voipms_strings():
    wire = Wire({"status": "success"})
    client_with(wire).call("setSMS", {"did": 7862285600, "enable": True, "email_enabled": False, "skip": None},
                           write=True)
    params = wire.params()
    assert params["did"] == "7862285600" and params["enable"] == "1" and params["email_enabled"] == "0"
    assert "skip" not in params


def test_did_update_sends_the_whole_record_back():
    row = {"did": "7862285600", "routing": "sys:echo", "pop": "1", "dialtime": "45", "cnam": "0", "billing_type": "2",
           "note": "keep", "callerid_prefix": "MIA", "port_out_pin": "1234", "failover_busy": "sys:busy",
           "voicemail": "", "e911": "0", "sms_available": "1"}
    wire = Wire({"status": "success", "dids": [row]}, {"status": "success"}, {"status": "success", "dids": [row]})
    adapter = client_with(wire).resource("did")
    current = adapter.read("+17862285600")
    adapter.update("+17862285600", {"cnam": True}, current, {})
    sent = wire.params(1)
    assert sent["method"] == "setDIDInfo" and sent["cnam"] == "1"
    for key in ("routing", "pop", "dialtime", "billing_type", "note", "callerid_prefix", "port_out_pin", "failover_busy"):
        assert sent[key] == row[key]


def test_sms_read_maps_the_read_names_back():
    row = {"did": "7862285600", "sms_available": "1", "sms_enabled": "1", "sms_email_enabled": "1",
           "sms_email": "a@example.com", "sms_forward_enabled": "0", "sms_forward": "3055550100",
           "sms_url_callback_enabled": "1", "sms_url_callback": "https://h.example.com"}
    record = client_with(Wire({"status": "success", "dids": [row]})).resource("sms_config").read("+17862285600")
    assert record["email"] == "a@example.com" and record["url"] == "https://h.example.com"
    assert record["forward_to"] == ""          # disabled: its stored number does not count


# ---- lnp_request ---------------------------------------------------------------------------------

LNP_PARAMS = {"numbers": ["+13365551234", "+13365551235"], "losing_carrier": "Old Telco", "account_number": "A-1",
              "authorized_contact": "Jane Doe", "street_number": "100", "street_name": "Main St",
              "city": "Greensboro", "region": "NC", "postal_code": "27401", "ssn_last4": "1234"}
CANADA = {"numbers": ["+14165551234"], "region": "ON", "city": "Toronto", "postal_code": "m5v2t6",
          "imei": "35-693803-564380-9", "ssn_last4": None}
TOLL_FREE = {"numbers": ["+18885550123"], "toll_free_type": 2, "ssn_last4": None}


def lnp_desired(adapter, **change):
    """The user's options as the engine hands them over: normalised, prepared, validated."""
    params = {k: v for k, v in dict(LNP_PARAMS, **change).items() if v is not None}
    desired = adapter.prepare(LNP_REQUEST.desired_from_params(params), "present")
    adapter.validate(desired, "present")
    return desired


def lnp_adapter(*answers):
    wire = Wire(*answers)
    return client_with(wire).resource("lnp_request"), wire


def port_details(**change):
    details = {"status": "success", "id": "1001", "numbers": [{"did": "13365551234"}, {"did": "13365551235"}],
               "isPartial": "0", "locationType": "0", "isMobile": "0", "mobileInfo": "", "tfType": "0",
               "portType": "1", "btn": "", "services": "", "statementName": "", "firstName": "Jane",
               "lastName": "Doe", "address1": "100 Main St", "address2": "", "city": "Greensboro", "zip": "27401",
               "state": "NC", "country": "US", "providerName": "Old Telco", "providerAccount": "A-1",
               "post_status": "pending_approval", "date": "2026-01-01 10:00:00", "focDate": "", "attachments": []}
    details.update(change)
    return details


LISTED_11 = {"status": "success", "list": [{"portid": "1001", "numbers": "13365551234,13365551235",
                                            "foc_date": False, "status": "pending_approval"}]}


@pytest.mark.parametrize("change,field,text", [
    ({"numbers": ["+18885550123"], "ssn_last4": None}, "toll_free_type", "1 (American carrier, American callers only)"),
    ({"toll_free_type": 1}, "toll_free_type", "applies to toll-free numbers only"),
    ({"numbers": ["+18885550123"], "toll_free_type": 1, "service": "fax"}, "service", "no toll-free fax port"),
    (dict(CANADA, imei=None), "imei", "required for a Canadian port-in at voipms (portType 2)"),
    (dict(CANADA, imei=None, service="fax"), "imei", "(portType 5)"),
    (dict(CANADA, imei="123"), "imei", "15-digit IMEI"),
    (dict(CANADA, postal_code="27401"), "postal_code", "a Canadian postal code: A1A 1A1"),
    ({"postal_code": "2740"}, "postal_code", "a US ZIP code: 5 digits or ZIP+4"),
    ({"postal_code": "M5V 2T6"}, "postal_code", "set country if the address is elsewhere"),
    ({"country": "CA"}, "postal_code", "as a service address in CA needs"),
    ({"numbers": ["+13365551234", "+14165551234"], "imei": "356938035643809"}, "numbers", "US and Canadian numbers"),
    ({"numbers": ["+13365551234", "+18885550123"]}, "numbers", "toll-free and local numbers in separate"),
    ({"numbers": ["+18765551234"]}, "numbers", "+18765551234 is not a US or Canadian number (JM)"),
    (dict(TOLL_FREE, postal_code="ABCDE"), "postal_code", "cannot tell the country"),
    ({"wireless": True, "billing_number": "+13365551234", "extra_services": "DSL"}, "wireless_pin", "is required"),
])
def test_lnp_bad_input_fails_before_any_request(change, field, text):
    adapter, wire = lnp_adapter()
    with pytest.raises(ValidationError) as info:
        lnp_desired(adapter, **change)
    assert info.value.field == field and text in info.value.message
    assert wire.requests == []


@pytest.mark.parametrize("change,expected", [
    ({}, {"portType": "1", "country": "US", "zip": "27401", "snn": "1234"}),
    ({"service": "fax"}, {"portType": "4", "country": "US"}),
    ({"postal_code": "27401-1234"}, {"portType": "1", "zip": "27401-1234"}),
    (CANADA, {"portType": "2", "country": "CA", "zip": "M5V 2T6", "imei": "356938035643809", "state": "ON"}),
    (dict(CANADA, service="fax"), {"portType": "5", "country": "CA"}),
    (TOLL_FREE, {"portType": "3", "tfType": "2", "country": "US"}),
    (dict(TOLL_FREE, postal_code="H2X 1Y4", toll_free_type=3), {"portType": "3", "tfType": "3", "country": "CA"}),
    (dict(TOLL_FREE, country="CA", postal_code="h2x 1y4"), {"country": "CA", "zip": "H2X 1Y4"}),
])
def test_lnp_port_type_country_and_their_fields(change, expected):
    adapter, _wire = lnp_adapter()
    sent = adapter._wire(lnp_desired(adapter, **change))  # pylint: disable=protected-access
    assert {key: sent.get(key) for key in expected} == expected
    if sent["portType"] != "3":
        assert "tfType" not in sent


def test_lnp_numbers_read_back_in_11_digits_are_found():
    """getLNPList/getLNPDetails numbers as 1NXXNXXXXXX must match, or a re-run would submit again."""
    adapter, wire = lnp_adapter(LISTED_11, port_details(attachments=[{"id": "1"}]))
    record = adapter.read(["+13365551234", "+13365551235"])
    assert record["request_ids"] == ["1001"] and record["numbers"] == ["+13365551234", "+13365551235"]
    assert record["bill_attached"] is True and record["country"] == "US"
    assert [wire.params(i)["method"] for i in range(2)] == ["getLNPList", "getLNPDetails"]
    adapter, _wire = lnp_adapter(LISTED_11)
    assert list(adapter.list())[0]["numbers"] == ["+13365551234", "+13365551235"]


def test_lnp_a_port_without_its_bill_is_a_difference_only_that_can_be_repaired(tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 bill")
    adapter, _wire = lnp_adapter(LISTED_11, port_details())
    desired = lnp_desired(adapter, bill_file=str(bill))
    current = adapter.read(desired["numbers"])
    assert current["bill_file"] is None and current["bill_attached"] is False
    assert adapter.update_blocked(current) is None
    adapter.desired = dict(desired, losing_carrier="Another Telco")
    with pytest.raises(ValidationError) as info:
        adapter.update_blocked(current)
    assert info.value.field == "losing_carrier" and "'Old Telco' at voipms" in info.value.message
    with pytest.raises(ValidationError) as info:
        adapter.update(desired["numbers"], {"bill_file": str(bill), "ssn_last4": "1234"}, current, desired)
    assert info.value.field == "ssn_last4"


def test_lnp_bill_attached_or_finished_is_not_a_difference(tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 bill")
    adapter, _wire = lnp_adapter(LISTED_11, port_details(attachments=[{"id": "7", "type": "pdf"}]))
    desired = lnp_desired(adapter, bill_file=str(bill))
    current = adapter.read(desired["numbers"])
    assert current["bill_file"] == str(bill)
    assert "voipms cannot change" in adapter.update_blocked(current)
    adapter, _wire = lnp_adapter(LISTED_11, port_details(post_status="completed"))
    desired = lnp_desired(adapter, bill_file=str(bill))
    assert "bill_file" not in adapter.read(desired["numbers"])   # reported as not compared


def test_lnp_attachments_missing_from_details_are_asked_for():
    adapter, wire = lnp_adapter(LISTED_11, {k: v for k, v in port_details().items() if k != "attachments"},
                                {"status": "no_attachments"})
    assert adapter.read(["+13365551234", "+13365551235"])["bill_attached"] is False
    assert wire.params(2) == dict(wire.params(2), method="getLNPAttachList", portid="1001")


def test_lnp_update_attaches_the_missing_bill(tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 bill")
    adapter, wire = lnp_adapter(LISTED_11, port_details(), {"status": "success", "attachment": "1"},
                                LISTED_11, port_details(attachments=[{"id": "1"}]))
    desired = lnp_desired(adapter, bill_file=str(bill))
    current = adapter.read(desired["numbers"])
    after = adapter.update(desired["numbers"], {"bill_file": str(bill)}, current, desired)
    assert wire.params(2)["method"] == "addLNPFile" and wire.params(2)["portid"] == "1001"
    assert after["bill_attached"] is True and after["bill_file"] == str(bill)


def test_lnp_a_failed_bill_after_the_port_says_changed_and_how_to_repair(tmp_path):
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 bill")
    adapter, _wire = lnp_adapter({"status": "success", "port": "1001"}, {"status": "exceeds_file_size"})
    desired = lnp_desired(adapter, bill_file=str(bill))
    with pytest.raises(VoipCarrierError) as info:
        adapter.create(desired)
    result = info.value.to_result()
    assert result["changed"] is True and result["carrier_code"] == "exceeds_file_size"
    assert result["msg"].startswith("bill_file: port 1001 of +13365551234, +13365551235 was submitted, but its bill")
    assert "Run the task again" in result["msg"]


def test_lnp_missing_params_names_the_option_of_the_port():
    adapter, _wire = lnp_adapter({"status": "missing_params"})
    desired = lnp_desired(adapter, **TOLL_FREE)
    with pytest.raises(CarrierError) as info:
        adapter.create(desired)
    assert info.value.code == "missing_params" and "toll_free_type" in info.value.message


@pytest.mark.parametrize("dids", ["none", [1, 2], {"did": "7862285600"}])
def test_rows_of_the_wrong_shape_are_an_error_naming_the_function(dids):
    from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError
    client = client_with(Wire({"status": "success", "dids": dids}))
    with pytest.raises(TransportError, match="unexpected shape to getDIDsInfo"):
        client.resource("did").read("+17862285600")


@pytest.mark.parametrize("body", [[], "\"OK\"", [{"status": "success"}]])
def test_an_answer_that_is_not_an_object_is_an_error_never_absent(body):
    from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError
    client = client_with(Wire(body))
    with pytest.raises(TransportError, match="unexpected shape to getDIDsInfo"):
        client.resource("did").read("+17862285600")
