"""VoIP.ms envelope handling and mapping, against a mock HTTP transport."""

import json
from urllib.parse import parse_qs

import httpx
import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import AuthenticationError, CarrierError
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms import VoipmsClient

CONNECTION = {"provider": "voipms", "api_username": "me@example.com", "api_password": "api-secret-pw",
              "api_url": "http://vm.test", "timeout": 5, "validate_certs": True}


class Wire:
    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests = []

    def __call__(self, request):
        self.requests.append(request)
        return httpx.Response(200, text=json.dumps(self.answers.pop(0)))

    def params(self, index=0):
        return {k: v[0] for k, v in parse_qs(self.requests[index].content.decode()).items()}


def client_with(wire):
    client = VoipmsClient(dict(CONNECTION))
    client.http._client = httpx.Client(transport=httpx.MockTransport(wire))
    client.http.backoff = 0
    return client


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
    client = client_with(Wire({"status": "api_limit_exceeded"}, {"status": "success", "dids": []}))
    assert client.call("getDIDsInfo") == {"status": "success", "dids": []}
    assert client.log.retries == 1


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
