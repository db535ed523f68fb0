"""VoIP Innovations' fast reader of list answers (fastreply): on the emulator's real answers, and on
variants of them a service may send (xsi:nil, unknown elements, elements left out or out of order,
empty arrays), it gives exactly what zeep's reading (soap.plain of zeep's result) gives; a Fault or an
answer it does not model is left to zeep; and the WSDL is parsed once per process."""

import datetime
import re

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import CarrierError, TransportError
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import VoipInnovationsClient
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import fastreply, soap

from scripted_carrier import UNLIMITED, Wire
from test_voipinnovations_client import VI, client_with, fault, reply

CARRIER = "voipinnovations"
LOGIN, SECRET = "fast-vi", "fast-vi-secret-2026"
LIST_CALLS = (("auditDIDs", {}), ("AuditEndpointGroups", {}), ("AuditSMS", {"tn": ""}), ("audit911", {}),
              ("AuditDIDForwards", {}), ("AuditDIDFailovers", {}))


class Answer:  # pylint: disable=too-few-public-methods
    """An HTTP answer as zeep's process_reply reads it."""

    def __init__(self, content, status_code=200):
        self.content = content
        self.status_code = status_code
        self.headers = {"Content-Type": "text/xml; charset=utf-8"}
        self.encoding = "utf-8"


def seed(control, count, **extra):
    """An account of its own with ``count`` numbers: two endpoint groups, CNAM on every other number,
    SMS by e-mail on every third, a forward and a failover on the first."""
    dids = [{"account": LOGIN, "tn": "720%07d" % (2000000 + index), "refId": "Line %d" % index, "cnam": index % 2 == 0,
             "sms": index % 3 == 0, "endpointId": 17001 + index % 2} for index in range(count)]
    if dids:
        dids[0].update(extra)
    control.seed({"carrier": CARRIER, "accounts": [{"login": LOGIN, "secret": SECRET}],
                  "endpoint_groups": [{"account": LOGIN, "ID": 17001, "Name": "pbxa"}, {"account": LOGIN, "ID": 17002, "Name": "pbxb"}],
                  "dids": dids,
                  "sms": [{"account": LOGIN, "tn": row["tn"], "Enabled": True, "DestinationType": "EMAIL",
                           "Destination": "sms@example.com"} for row in dids if row["sms"]]})


def connection(control, login=LOGIN, secret=SECRET):
    return {"provider": CARRIER, "api_username": login, "api_password": secret,
            "api_url": "%s/%s" % (control.base_url, CARRIER), "timeout": 30, "rate_limit": UNLIMITED}


def real_answers(client):
    """{operation: the body of the emulator's answer to it}, each read through the client."""
    answers = {}
    for operation, params in LIST_CALLS:
        try:
            client.call(operation, empty=(101,), **params)
        except CarrierError:
            pass
        answers[operation] = soap.last_reply(client._service()[0])  # pylint: disable=protected-access
    return answers


def by_zeep(client, operation, body):
    """What client.call reads today from ``body``: zeep's result, made plain."""
    zeep_client, service = client._service()  # pylint: disable=protected-access
    binding = service._binding  # pylint: disable=protected-access
    return soap.plain(binding.process_reply(zeep_client, binding.get(operation), Answer(body)))


def by_fastreply(client, operation, body):
    _zeep_client, service = client._service()  # pylint: disable=protected-access
    reader = soap._fast_reader(service, operation)  # pylint: disable=protected-access
    assert reader is not None, operation
    return fastreply.decode(body, *reader)


def assert_same(client, operation, body):
    expected, got = by_zeep(client, operation, body), by_fastreply(client, operation, body)
    assert got == expected
    assert _types(got) == _types(expected)
    return got


def _types(value):
    """The value with every leaf replaced by its type: equal values of other types (1 == True) differ."""
    if isinstance(value, dict):
        return {key: _types(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_types(item) for item in value]
    return type(value)


# ---- the emulator's own answers ---------------------------------------------------------------------

@pytest.mark.parametrize("count", [0, 1, 40])
def test_every_list_answer_of_the_emulator_reads_as_zeep_reads_it(control, count):
    seed(control, count)
    client = open_client(connection(control))
    answers = real_answers(client)
    dids = assert_same(client, "auditDIDs", answers["auditDIDs"])
    for operation, body in answers.items():
        assert_same(client, operation, body)
    if count == 0:
        # An empty account: the dummy record (no tn, statusCode 101200) is there, and not a number.
        assert [row["statusCode"] for row in dids["DIDs"]] == ["101200"] and not dids["DIDs"][0]["tn"]
        assert client.audit_dids() == {}
    else:
        assert len(dids["DIDs"]) == count and dids["responseCode"] == 100
        row = dids["DIDs"][0]
        assert isinstance(row["endpointId"], int) and isinstance(row["cnam"], bool) and row["cnam"] is True
        assert isinstance(row["expireDate"], datetime.datetime)


def test_the_demo_account_reads_as_zeep_reads_it(control):
    """The seeded demo account: forwards, failovers, E911, CNAM names, SMS destinations of every kind."""
    client = open_client(connection(control, "demo-vi", "vi-demo-secret-2026"))
    for operation, body in real_answers(client).items():
        assert_same(client, operation, body)


# ---- variants a service may send ------------------------------------------------------------------

def _first_did(body):
    return re.search(rb"<DID>.*?</DID>", body, re.S).group(0)


VARIANTS = {
    "unknown element": lambda body: body.replace(b"<statusCode>", b"<newField>x<inner>1</inner></newField><statusCode>", 1)
                                        .replace(b"</responseMessage>", b"</responseMessage><extra>1</extra>", 1),
    "left out": lambda body: re.sub(rb"<(refId|has911|availability)>[^<]*</\1>|<\1\s*/>", b"", body),
    "out of order": lambda body: body.replace(
        _first_did(body), re.sub(rb"(<tn>[^<]*</tn>)(.*?)(</DID>)", rb"\2\1\3", _first_did(body), flags=re.S), 1),
    "empty array": lambda body: re.sub(rb"<DIDs>.*</DIDs>", b"<DIDs />", body, flags=re.S),
    "no array": lambda body: re.sub(rb"<DIDs>.*</DIDs>", b"", body, flags=re.S),
    "blank values": lambda body: re.sub(rb"<(endpointId|cnam|refId)>[^<]*</\1>", rb"<\1></\1>", body),
    "bad values": lambda body: re.sub(rb"<(endpointId|cnam)>[^<]*</\1>", rb"<\1> x1 </\1>", body),
    "spaced values": lambda body: re.sub(rb"<(endpointId|cnam)>([^<]*)</\1>", rb"<\1>\n\t\2 </\1>", body),
    "a comment": lambda body: body.replace(b"<DID>", b"<DID><!-- a note -->"),
}


def _nil(body):
    """Every expireDate and endpointId written as xsi:nil, as ASMX writes a null."""
    return re.sub(rb"<(expireDate|endpointId)>[^<]*</\1>", rb'<\1 xsi:nil="true" />', body)


VARIANTS["nil"] = _nil   # nil dates and numbers


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_variants_of_an_answer_read_as_zeep_reads_them(control, variant):
    seed(control, 3)
    client = open_client(connection(control))
    body = VARIANTS[variant](real_answers(client)["auditDIDs"])
    assert body != real_answers(client)["auditDIDs"]
    assert_same(client, "auditDIDs", body)


def test_nil_values_are_none():
    client = VoipInnovationsClient(VI)
    body = reply("auditDIDs", body='<DIDs><DID><tn>7205550100</tn><statusCode>100</statusCode>'
                                   '<endpointId xsi:nil="true" /><expireDate xsi:nil="true" /></DID></DIDs>')
    row = assert_same(client, "auditDIDs", body.encode())["DIDs"][0]
    assert row["endpointId"] is None and row["expireDate"] is None and row["statusCode"] == "100"


@pytest.mark.parametrize("body", [
    fault(),
    reply("auditDIDs").replace("<soap:Body>", "<soap:Body><other />"),
    reply("auditDIDs").replace("auditDIDsResult", "otherResult"),
    reply("auditDIDs", body='<DIDs xsi:type="DIDResponse"><DID /></DIDs>'),
    reply("auditDIDs")[:-20],
    '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "1">]>' + reply("auditDIDs").split("?>", 1)[1],
], ids=["fault", "two elements", "another result", "xsi:type", "broken", "dtd"])
def test_what_fastreply_does_not_model_is_left_to_zeep(body):
    client = VoipInnovationsClient(VI)
    _zeep_client, service = client._service()  # pylint: disable=protected-access
    with pytest.raises(fastreply.Unsupported):
        fastreply.decode(body.encode(), *soap._fast_reader(service, "auditDIDs"))  # pylint: disable=protected-access


# ---- through client.call: the same errors as before ------------------------------------------------

@pytest.mark.parametrize("answer, error, text", [
    (fault(), CarrierError, "SOAP Fault soap:Client"),
    (fault("soap:Server", "boom"), CarrierError, "SOAP Fault soap:Server: boom"),
    (reply("auditDIDs", 902, "Username/password/IP not found"), CarrierError, "902"),
    (reply("auditDIDs").replace("<responseCode>100</responseCode>", ""), TransportError, "no responseCode"),
    ("not xml at all", TransportError, "no usable answer"),
])
def test_errors_of_a_list_call_are_what_they_were(answer, error, text):
    # A soap:Server fault to a read is a passing failure: sent again, with the same answer.
    status = 500 if "Fault" in answer else 200
    wire = Wire((status, answer), exhausted=(status, answer))
    with pytest.raises(error, match=re.escape(text)):
        client_with(wire).call("auditDIDs")


def test_a_list_call_reads_through_fastreply_and_others_through_zeep(control, monkeypatch):
    seed(control, 5)
    client = open_client(connection(control))
    fast = client.call("auditDIDs")
    assert len(fast["DIDs"]) == 5
    monkeypatch.setattr(fastreply, "OPERATIONS", frozenset())
    monkeypatch.setattr(soap, "_shared", dict(soap._shared, plans={}))  # pylint: disable=protected-access
    assert open_client(connection(control)).call("auditDIDs") == fast
    assert soap._fast_reader(client._service()[1], "queryDID") is None  # pylint: disable=protected-access


def test_the_wsdl_is_parsed_once_per_process(control):
    first, second = open_client(connection(control)), open_client(connection(control, "demo-vi", "vi-demo-secret-2026"))
    (client_a, _service_a), (client_b, _service_b) = first._service(), second._service()  # pylint: disable=protected-access
    assert client_a.wsdl is client_b.wsdl and client_a.transport is not client_b.transport
    assert client_a.transport.http is first.http and client_b.transport.http is second.http
