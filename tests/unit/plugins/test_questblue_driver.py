"""QuestBlue wire mapping and envelope handling, against a mock HTTP transport."""

import json

import httpx
import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue import QuestBlueClient

CONNECTION = {"provider": "questblue", "api_username": "demo", "api_password": "pw-secret",
              "api_key": "key-secret", "api_url": "http://qb.test", "timeout": 5, "validate_certs": True}


class Wire:
    """Scripted carrier: a list of (status, body) answers; records requests."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests = []

    def __call__(self, request):
        self.requests.append(request)
        status, body = self.answers.pop(0)
        text = body if isinstance(body, str) else json.dumps(body)
        return httpx.Response(status, text=text)


def client_with(wire):
    client = QuestBlueClient(dict(CONNECTION))
    client.http._client = httpx.Client(transport=httpx.MockTransport(wire), headers=client.http.headers,
                                       auth=client.http.auth)
    client.http.backoff = 0
    return client


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


def test_order_timeout_rereads_and_never_resends():
    def wire(request):
        wire.requests.append(request)
        if request.method == "POST":
            raise httpx.ReadTimeout("slow", request=request)
        return httpx.Response(200, json={"total_pages": 1, "data": []})
    wire.requests = []
    client = client_with(wire)
    with pytest.raises(TransportError, match="not in the account after a re-read"):
        client.resource("did").create({"number": "+19195550123", "tier": "1"})
    assert [r.method for r in wire.requests] == ["POST", "GET"]


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
    ({"type": "toll_free", "state": "NC"}, "state"),
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
