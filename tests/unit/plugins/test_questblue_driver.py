"""QuestBlue wire mapping and envelope handling, against a mock HTTP transport."""

import json

import httpx
import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue import QuestBlueClient

from scripted_carrier import QUESTBLUE as CONNECTION, Wire, questblue_client as client_with


def row(**kwargs):
    base = {"did": "9195550123", "status": "active", "tier": "1", "type": "local", "note": "", "route2trunk": "",
            "lidb": "", "cnam": "", "e911": "", "failover": ""}
    base.update(kwargs)
    return base


def test_requests_carry_basic_auth_and_security_key_and_reads_use_the_query():
    wire = Wire((200, {"total": 1, "total_pages": 1, "current_page": 1, "data": [row()]}))
    current = client_with(wire).resource("did").read("+19195550123")
    request = wire.requests[0]
    assert request.headers["Security-Key"] == "key-secret"
    assert request.headers["Authorization"].startswith("Basic ")
    assert request.method == "GET" and request.url.params["did"] == "9195550123"
    assert current["number"] == "+19195550123" and current["type"] == "local"


def test_read_matches_exactly_among_pattern_results():
    wire = Wire((200, {"total": 1, "total_pages": 1, "current_page": 1, "data": [row(did=91955501230)]}))
    assert client_with(wire).resource("did").read("+19195550123") is None


def test_read_back_mapping():
    wire = Wire((200, {"data": [row(did=9195550123, note="sales", route2trunk="pbx ", lidb="ACME", cnam="yes",
                                    e911="yes", type="tf", failover={"failover_ip_address": "192.0.2.1",
                                                                     "failover_num": "3", "failover_time": 5})]}))
    current = client_with(wire).resource("did").read("+19195550123")
    assert current == {"number": "+19195550123", "status": "active", "tier": "1", "type": "toll_free",
                       "description": "sales", "trunk": "pbx", "caller_id_name": "ACME", "cnam": True,
                       "failover": {"ip_address": "192.0.2.1", "calls": 3, "minutes": 5}, "e911": True,
                       "provider": "questblue"}


def test_update_sends_carrier_names_in_a_json_body():
    wire = Wire((200, ""))
    client_with(wire).resource("did").update(
        "+19195550123",
        {"description": "x", "trunk": "", "cnam": False, "port_out_pin": "0123", "forward_to": "+19195550100",
         "failover": {"ip_address": "192.0.2.1", "calls": 3, "minutes": 5}},
        {}, {})
    request = wire.requests[0]
    assert request.method == "PUT"
    assert json.loads(request.content) == {
        "did": 9195550123, "note": "x", "route2trunk": "", "cnam": "no", "pin": "0123", "forw2did": 9195550100,
        "failover": {"failover_ip_address": "192.0.2.1", "failover_num": 3, "failover_time": 5}}


def test_error_envelope_raises_with_the_carrier_message_whatever_the_status():
    for status in (200, 206, 400):
        wire = Wire((status, {"error": "DID Ordering Error"}))
        with pytest.raises(CarrierError) as info:
            client_with(wire).call("POST", "/did", {"did": 1})
        assert "DID Ordering Error" in info.value.message and "POST /did" in info.value.message


def test_auth_failure_is_an_authentication_error_without_secrets():
    wire = Wire((401, {"error": "Invalid Security-Key key-secret"}))
    with pytest.raises(AuthenticationError) as info:
        client_with(wire).call("GET", "/did")
    assert "key-secret" not in info.value.message


def test_warnings_list_and_map_are_collected():
    client = client_with(Wire((202, {"warning": ["Warning Message"]}), (200, {"did": 1, " warning": {"forward2did": "Set DID forwarding Error"}})))
    client.call("PUT", "/did", {"did": 1})
    client.call("POST", "/didinter", {})
    assert client.warnings == ["questblue: Warning Message", "questblue: Set DID forwarding Error (forward2did)"]


def test_malformed_body_is_a_transport_error():
    with pytest.raises(TransportError, match="malformed answer to GET /did"):
        client_with(Wire((200, "<html>oops"))).call("GET", "/did")


def test_list_pages_through_all_pages_at_200_per_page():
    pages = [(200, {"total": 450, "total_pages": 3, "current_page": n,
                    "data": [row(did=str(9195550000 + n * 1000 + i)) for i in range(200 if n < 3 else 50)]})
             for n in (1, 2, 3)]
    wire = Wire(*pages)
    numbers = list(client_with(wire).resource("did").list())
    assert len(numbers) == 450 and len(wire.requests) == 3
    assert [r.url.params["per_page"] for r in wire.requests] == ["200"] * 3
    assert [r.url.params["page"] for r in wire.requests] == ["1", "2", "3"]


def test_short_patterns_are_filtered_locally():
    wire = Wire((200, {"total_pages": 1, "data": [row(did="9195550123"), row(did="8445550100")]}))
    found = list(client_with(wire).resource("did").list("9*"))
    assert "did" not in wire.requests[0].url.params
    assert [d["number"] for d in found] == ["+19195550123"]


def test_order_timeout_is_left_to_the_engine_flagged_and_never_resent():
    def wire(request):
        wire.requests.append(request)
        if request.method == "POST":
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json={"total_pages": 1, "data": []})
    wire.requests = []
    client = client_with(wire)
    with pytest.raises(TransportError) as info:
        client.resource("did").create({"number": "+19195550123", "tier": "1"})
    # the engine re-reads (tests/unit/plugins/test_engine.py); the driver only says it may have applied
    assert info.value.maybe_applied is True
    assert [r.method for r in wire.requests] == ["POST"]


def test_order_needs_a_tier_before_any_request():
    wire = Wire()
    with pytest.raises(ValidationError) as info:
        client_with(wire).resource("did").validate_create({"number": "+19195550123"})
    assert info.value.field == "tier" and wire.requests == []


@pytest.mark.parametrize("desired, field", [
    ({"description": "x" * 16}, "description"),
    ({"caller_id_name": "AB"}, "caller_id_name"),
    ({"caller_id_name": "ACME CORP"}, "caller_id_name"),
    ({"trunk": "bad name!"}, "trunk"),
    ({"port_out_pin": "123"}, "port_out_pin"),
    ({"failover": {"ip_address": "192.0.2.1", "calls": 0, "minutes": 5}}, "failover.calls"),
    ({"number": "+442079460018"}, "number"),
])
def test_questblue_limits_are_checked_before_requests(desired, field):
    adapter = client_with(Wire()).resource("did")
    with pytest.raises(ValidationError) as info:
        adapter.validate(dict({"number": "+19195550123"}, **desired), "present")
    assert info.value.field == field


@pytest.mark.parametrize("criteria, field", [
    ({"type": "local"}, "rate_center"),
    ({"type": "local", "zip": "27601", "tier": "1"}, "zip"),
    ({"type": "toll_free", "tier": "2"}, "tier"),
    ({"type": "toll_free", "npa": "919"}, "npa"),
    ({"type": "toll_free", "region": "NC"}, "region"),
])
def test_search_combinations_are_checked_before_requests(criteria, field):
    wire = Wire()
    with pytest.raises(ValidationError) as info:
        client_with(wire).resource("did").search(criteria)
    assert info.value.field == field and wire.requests == []


def test_search_maps_toll_free_prefix_to_code():
    wire = Wire((200, {"total": 2, "data": ["8445550100", "8445550101"]}))
    found = client_with(wire).resource("did").search({"type": "toll_free", "npa": "844", "tier": "1"})
    assert wire.requests[0].url.params["code"] == "44" and wire.requests[0].url.params["type"] == "tf"
    assert [f["number"] for f in found] == ["+18445550100", "+18445550101"]


def test_missing_credential_names_the_option_and_env_var():
    with pytest.raises(ValidationError) as info:
        QuestBlueClient(dict(CONNECTION, api_key=None))
    assert info.value.field == "api_key" and "VOIP_CARRIER_API_KEY" in info.value.message


# ---- did: the trunk is checked before the order (and before a re-route) -------------------------

def trunk_list(*rows):
    return 200, {"total": len(rows), "total_pages": 1, "current_page": 1, "data": list(rows)}


def trunk_row(name="pbx", status="on"):
    return {"trunk": name, "type": "static", "status": status, "ip_address": "192.0.2.1", "routed_dids": [],
            "inter_call": "off"}


@pytest.mark.parametrize("answer, message", [
    (trunk_list(trunk_row(status="off")), "SIP trunk 'pbx' is disabled at questblue"),
    (trunk_list(), "questblue has no SIP trunk 'pbx' in this account"),
    (trunk_list(trunk_row(name="pbx2")), "questblue has no SIP trunk 'pbx' in this account"),
])
def test_order_to_an_unusable_trunk_fails_before_any_write(answer, message):
    wire = Wire(answer)
    with pytest.raises(ValidationError) as info:
        client_with(wire).resource("did").validate_create({"number": "+19195550123", "tier": "1", "trunk": "pbx"})
    assert info.value.field == "trunk" and message in info.value.message
    assert [(r.method, r.url.path, r.url.params["trunk"]) for r in wire.requests] == [("GET", "/siptrunk", "pbx")]


def test_order_to_an_active_trunk_passes_and_without_a_trunk_makes_no_request():
    wire = Wire(trunk_list(trunk_row()))
    adapter = client_with(wire).resource("did")
    adapter.validate_create({"number": "+19195550123", "tier": "1", "trunk": "pbx"})
    adapter.validate_create({"number": "+19195550123", "tier": "1"})
    adapter.validate_create({"number": "+19195550123", "tier": "1", "trunk": ""})
    assert len(wire.requests) == 1


def test_rerouting_to_a_disabled_trunk_fails_before_the_update_and_unrouting_needs_no_read():
    wire = Wire(trunk_list(trunk_row(status="off")))
    adapter = client_with(wire).resource("did")
    with pytest.raises(ValidationError) as info:
        adapter.validate_update({"trunk": "pbx"}, {"trunk": ""})
    assert info.value.field == "trunk" and "enabled: true" in info.value.message
    adapter.validate_update({"trunk": "", "description": "x"}, {"trunk": "pbx"})
    assert [r.method for r in wire.requests] == ["GET"]


def test_a_failed_order_names_the_number_and_tier_options():
    wire = Wire((206, {"error": "DID Ordering Error"}))
    with pytest.raises(CarrierError) as info:
        client_with(wire).resource("did").create({"number": "+19195550123", "tier": "1b"})
    assert info.value.carrier_message == "DID Ordering Error"
    assert "check the number and tier options: +19195550123 must be on offer in tier 1b" in info.value.message


def test_carrier_errors_name_the_module_option_behind_the_parameter():
    wire = Wire((206, {"error": "Invalid value for parameter lidb"}), (206, {"error": "SIP trunk pbx is not active"}),
                (206, {"error": "Error Message"}))
    adapter = client_with(wire).resource("did")
    for changes, hint in (({"caller_id_name": "ACME"}, "check the caller_id_name option"),
                          ({"trunk": "pbx"}, "check the trunk option"),
                          ({"description": "x"}, "check the number, description options")):
        with pytest.raises(CarrierError) as info:
            adapter.update("+19195550123", changes, {}, {})
        assert info.value.message.endswith(hint) and info.value.hint == hint


def test_settings_that_fail_after_the_order_say_the_number_was_bought():
    wire = Wire((200, ""), (206, {"error": "Invalid value for parameter note"}))
    with pytest.raises(CarrierError) as info:
        client_with(wire).resource("did").create({"number": "+19195550123", "tier": "1", "description": "x"})
    assert ("check the description option; +19195550123 was ordered, but its settings were not applied; a re-run "
            "applies them") in info.value.message
    # the number is bought: the task reports a change, and the engine leaves it as the driver said
    assert info.value.to_result()["changed"] is True


# ---- lnp: dates in the carrier's time zone (EST, UTC-05:00) -----------------------------------

LNP = {"numbers": ["+13365551234"], "losing_carrier": "Old", "account_number": "1", "authorized_contact": "J",
       "contact_title": "CTO", "street_number": "1", "street_name": "Main", "city": "X", "postal_code": "27401",
       "billing_number": "+13365551234", "bill_file": "/dev/null"}


def lnp_row(**kwargs):
    base = {"number2port": "3365551234", "id": "10001", "created_by": "2020-02-04T19:28:00+00:00",
            "status": "submitted", "foc_date": "2020-02-07T17:00:00+00:00", "did_mode": "voice"}
    base.update(kwargs)
    return base


@pytest.mark.parametrize("foc_date, day", [
    ("2020-02-07T17:00:00+00:00", "2020-02-07"),     # the seed's listing: 12:00 EST
    ("2020-02-08T00:00:00+00:00", "2020-02-07"),     # activate_time 19:00 EST
    ("2020-02-08T04:00:00+00:00", "2020-02-07"),     # 23:00 EST
    ("2020-02-08T05:00:00+00:00", "2020-02-08"),     # 00:00 EST
    ("2020-02-08", "2020-02-08"),
])
def test_the_foc_date_is_read_back_as_the_day_in_est(foc_date, day):
    wire = Wire((200, {"total": 1, "total_pages": 1, "current_page": 1, "data": [lnp_row(foc_date=foc_date)]}))
    record = client_with(wire).resource("lnp_request").read(["+13365551234"])
    assert record["foc_date"] == day


def est_today():
    from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue import lnp
    return lnp.carrier_today()


def test_wireless_port_with_a_foc_date_fails_before_any_request():
    wire = Wire()
    adapter = client_with(wire).resource("lnp_request")
    desired = dict(LNP, wireless=True, wireless_pin="1234", ssn_last4="5678", foc_date="2099-01-01", bill_file=None)
    with pytest.raises(ValidationError) as info:
        adapter.validate(desired, "present")
    assert info.value.field == "foc_date" and "wireless" in info.value.message and wire.requests == []
    adapter.validate(dict(desired, foc_date=None), "present")


def test_a_past_foc_date_fails_before_the_portability_check_and_before_an_update():
    from datetime import timedelta
    yesterday = (est_today() - timedelta(days=1)).isoformat()
    wire = Wire((200, {"data": {"foc_days": 3}}))
    adapter = client_with(wire).resource("lnp_request")
    with pytest.raises(ValidationError) as info:
        adapter.validate_create(dict(LNP, foc_date=yesterday))
    assert info.value.field == "foc_date" and "in the past" in info.value.message and wire.requests == []
    with pytest.raises(ValidationError):
        adapter.validate_update({"foc_date": yesterday}, {"foc_date": "2020-01-01"})
    # today at the carrier is fine, and an update that does not send the date does not judge it
    adapter.validate_update({"losing_carrier": "New"}, {"foc_date": "2020-01-01"})
    adapter.validate_create(dict(LNP, foc_date=est_today().isoformat()))
    assert [r.url.path for r in wire.requests] == ["/lnp/check"]


def test_lnp_carrier_errors_name_the_option():
    wire = Wire((206, {"error": "Invalid value for parameter provider_name"}))
    with pytest.raises(CarrierError) as info:
        client_with(wire).resource("lnp_request").update(["+13365551234"], {"losing_carrier": "x"}, {}, {})
    assert info.value.message.endswith("check the losing_carrier option")


# ---- fax: the seed's permission names ------------------------------------------------------------

def test_permissions_are_written_with_list_sent_and_read_back_from_allow_list_out():
    permit = {"create_date": "Mar 12, 2019", "fax_login": "jdoe", "did": "9195550700", "allow_send": "on",
              "allow_delete": "off", "allow_list_in": "off", "allow_list_out": "on"}
    wire = Wire((200, ""), (200, {"total": 1, "total_pages": 1, "current_page": 1, "data": [permit]}))
    adapter = client_with(wire).resource("fax_user")
    adapter._grant("jdoe", {"number": "+19195550700", "send": True, "delete": False, "list_received": False,
                            "list_sent": True})
    assert json.loads(wire.requests[0].content) == {
        "fax_login": "jdoe", "did": 9195550700, "allow_send": "on", "allow_delete": "off", "allow_list_in": "off",
        "list_sent": "on"}
    assert adapter._read_permissions("jdoe") == [{"number": "+19195550700", "send": True, "delete": False,
                                                  "list_received": False, "list_sent": True}]


@pytest.mark.parametrize("resource, identity, body", [
    ("did", "+19195550123", []),
    ("did", "+19195550123", "\"OK\""),
    ("did", "+19195550123", {"data": "none"}),
    ("sip_trunk", "pbx", {"data": [1, 2]}),
    ("sip_trunk", "pbx", []),
])
def test_an_answer_of_the_wrong_shape_is_an_error_never_absent(resource, identity, body):
    wire = Wire((200, body))
    with pytest.raises(TransportError, match="unexpected shape to GET /"):
        client_with(wire).resource(resource).read(identity)
