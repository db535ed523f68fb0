"""VoIP Innovations client: the SOAP envelope zeep builds from the in-memory WSDL, responseCode and
per-number statusCode, SOAP Faults, retries of reads against maybe_applied writes, redaction of the
login and the secret in every message, and zeep kept out of module start-up; against a scripted
HTTP transport."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import httpx
import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import VoipInnovationsClient
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import client as vi_client
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import soap

from scripted_carrier import UNLIMITED, Wire, _scripted

LOGIN, SECRET = "demo-vi", "vi-demo-secret-2026"
VI = {"provider": "voipinnovations", "api_username": LOGIN, "api_password": SECRET,
      "api_url": "http://vi.test/Services/APIService.asmx", "timeout": 5, "validate_certs": True,
      "rate_limit": UNLIMITED}
TNS = "{http://tempuri.org/}"
SOAP_ENV = "{http://schemas.xmlsoap.org/soap/envelope/}"


def client_with(wire, **connection):
    return _scripted(VoipInnovationsClient(dict(VI, **connection)), wire)


def envelope(inner):
    return ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body>%s</soap:Body></soap:Envelope>' % inner)


def reply(operation, code=100, message="Success", body=""):
    return envelope('<{0}Response xmlns="http://tempuri.org/"><{0}Result><responseCode>{1}</responseCode>'
                    '<responseMessage>{2}</responseMessage>{3}</{0}Result></{0}Response>'
                    .format(operation, code, message, body))


def fault(code="soap:Client", text="Server was unable to read request."):
    return envelope("<soap:Fault><faultcode>%s</faultcode><faultstring>%s</faultstring><detail /></soap:Fault>"
                    % (code, text))


def did(tn, code="100", status="ok", availability=""):
    """A DID element, its children in the schema's order."""
    return ("<DID><tn>%s</tn><availability>%s</availability><status>%s</status><statusCode>%s</statusCode>"
            "<endpointId>0</endpointId><has411>false</has411><has911>false</has911><cnam>false</cnam>"
            "<cnamStorageActive>false</cnamStorageActive><cnamStorageAvailability>false</cnamStorageAvailability>"
            "<t38>false</t38></DID>" % (tn, availability, status, code))


def body_of(request):
    """(operation, [(child name, text)]) of a request's SOAP body."""
    element = ET.fromstring(request.content).find(SOAP_ENV + "Body")[0]
    return element.tag.replace(TNS, ""), [(child.tag.replace(TNS, ""), child.text) for child in element]


def all_messages(error):
    return " ".join(str(value) for value in [error.message] + list(error.to_result().values()))


# ---- the connection -----------------------------------------------------------------------------

def test_registered_with_its_credentials_and_endpoint():
    assert driver_class("voipinnovations") is VoipInnovationsClient
    assert VoipInnovationsClient.default_url == "https://backoffice.voipinnovations.com/Services/APIService.asmx"
    assert VoipInnovationsClient.credentials == ("api_username", "api_password")
    with pytest.raises(ValidationError) as raised:
        VoipInnovationsClient(dict(VI, api_password=None))
    assert raised.value.field == "api_password"


def test_a_wsdl_address_means_the_endpoint():
    client = VoipInnovationsClient(dict(VI, api_url="http://vi.test/Services/APIService.asmx?WSDL"))
    assert client.base_url == "http://vi.test/Services/APIService.asmx"


def test_importing_the_driver_does_not_import_zeep():
    """zeep (lxml, requests: about half a second) is for the first request to VoIP Innovations,
    never for a module start at any carrier, nor for building a VoIP Innovations client."""
    code = ("import sys\n"
            "from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class\n"
            "client = driver_class('voipinnovations')(%r)\n"
            "client.resource('did'); client.resource('sip_trunk')\n"
            "assert 'zeep' not in sys.modules and 'lxml' not in sys.modules, sorted(sys.modules)\n" % (dict(VI),))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


# ---- the envelope -------------------------------------------------------------------------------

def test_a_call_posts_one_document_literal_envelope_with_login_and_secret_first():
    wire = Wire(reply("queryDID", body="<DIDs>%s</DIDs>" % did("2125550100", availability="assigned")))
    answer = client_with(wire).call("queryDID", did="2125550100", unset=None)
    [request] = wire.requests
    assert request.method == "POST" and str(request.url) == VI["api_url"]
    assert request.headers["SOAPAction"] == '"http://tempuri.org/queryDID"'
    assert request.headers["Content-Type"].startswith("text/xml")
    assert body_of(request) == ("queryDID", [("login", LOGIN), ("secret", SECRET), ("did", "2125550100")])
    # Arrays are lists, the result a plain dict.
    assert answer["responseCode"] == 100 and answer["DIDs"][0]["tn"] == "2125550100"
    assert answer["DIDs"][0]["availability"] == "assigned" and answer["DIDs"][0]["has911"] is False


def test_batch_parameters_and_per_number_codes():
    wire = Wire(reply("releaseDID", body="<DIDs>%s%s%s</DIDs>" % (
        did("2125550100"), did("2125550101", "106231", "Number currently available"),
        did("2125550102", "106235", "Number assigned to another company"))))
    client = client_with(wire)
    numbers = ("2125550100", "2125550101", "2125550102")
    answer = client.call("releaseDID", didParams={"DIDParam": [{"tn": tn, "epg": 0} for tn in numbers]})
    operation, children = body_of(wire.requests[0])
    params = ET.fromstring(wire.requests[0].content).find(SOAP_ENV + "Body")[0].find(TNS + "didParams")
    assert operation == "releaseDID" and children[:2] == [("login", LOGIN), ("secret", SECRET)]
    assert [item.find(TNS + "tn").text for item in params] == ["2125550100", "2125550101", "2125550102"]
    assert client.did_results(answer, ok=(106231,)) == {
        "2125550100": (100, "ok"), "2125550101": (100, "Number currently available"),
        "2125550102": (106235, "Number assigned to another company")}
    with pytest.raises(CarrierError) as raised:
        client.did_outcome("releaseDID", answer, "2125550102", ok=(106231,))
    assert raised.value.code == 106235 and "number: belongs to another VoIP Innovations customer" in raised.value.message
    assert client.did_outcome("releaseDID", answer, "2125550101", ok=(106231,))["tn"] == "2125550101"
    with pytest.raises(TransportError) as raised:
        client.did_outcome("releaseDID", answer, "2125550199")
    assert raised.value.maybe_applied and "no DID 2125550199" in raised.value.message


def test_parameters_the_wsdl_refuses_are_never_sent():
    wire = Wire()
    with pytest.raises(TransportError) as raised:
        client_with(wire).call("queryDID", no_such_parameter="1")
    assert wire.requests == [] and not raised.value.maybe_applied and "was not sent" in raised.value.message


def test_zeep_reads_the_wsdl_without_its_soap12_binding():
    document = soap.wsdl_document().decode("utf-8")
    assert 'name="APIServiceSoap12"' not in document and '<wsdl:binding name="APIServiceSoap"' in document
    assert 'name="APIServiceSoap12"' in soap.wsdl.WSDL


def test_the_wsdl_is_never_fetched():
    transport = soap._soap_transport_class()(VoipInnovationsClient(VI).http, vi_client.is_read)  # pylint: disable=protected-access
    assert transport.load(soap.WSDL_URL).startswith(b"<?xml")
    with pytest.raises(TransportError):
        transport.load("https://backoffice.voipinnovations.com/Services/APIService.asmx?wsdl")


# ---- codes ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("operation, params, code, option", [
    ("RemoveDIDForward", {"tn": "2125550100", "epgId": "1"}, 948, "trunk"),
    ("ActivateEndpointGroup", {"groupid": "1"}, 948, "name"),
    ("SetDIDForward", {"tn": "2125550100", "forward": "1"}, 944, "forward_to"),
    ("UpdateDIDFailover", {"tn": "2125550100", "failover": "1"}, 944, "failover_number"),
    ("UpdateCNAMDisplay", {"tn": "2125550100", "name": "!"}, 934, "caller_id_name"),
    ("UpdateCNAMDisplay", {"tn": "2125550100", "name": "A"}, 933, "caller_id_name"),
    ("queryDID", {"did": "2125550100"}, 909, "number"),
])
def test_a_refusal_keeps_the_code_and_names_the_option(operation, params, code, option):
    wire = Wire(reply(operation, code, "Refused"))
    with pytest.raises(CarrierError) as raised:
        client_with(wire).call(operation, **params)
    error = raised.value
    assert error.code == code and error.details["request"] == operation and not error.maybe_applied
    assert "%d: Refused (%s: " % (code, option) in error.message


def test_a_code_the_caller_expects_means_nothing_found():
    assert client_with(Wire(reply("AuditEndpointGroups", 101, "No Records Found"))).call(
        "AuditEndpointGroups", empty=(101,)) is None


def test_902_is_an_authentication_error_with_the_fix():
    with pytest.raises(AuthenticationError) as raised:
        client_with(Wire(reply("auditDIDs", 902, "Username/password/IP not found"))).call("auditDIDs")
    assert raised.value.code == 902 and "api_username" in raised.value.message and "api_password" in raised.value.message


def test_an_exception_on_a_write_may_have_been_applied():
    with pytest.raises(CarrierError) as raised:
        client_with(Wire(reply("assignDID", 900, "An exception occurred"))).call("assignDID", didParams={})
    assert raised.value.maybe_applied
    with pytest.raises(CarrierError) as raised:
        client_with(Wire(reply("queryDID", 900, "An exception occurred"))).call("queryDID", did="1")
    assert not raised.value.maybe_applied


def test_an_answer_without_a_response_code_is_never_success():
    with pytest.raises(TransportError) as raised:
        client_with(Wire(envelope('<SetDIDForwardResponse xmlns="http://tempuri.org/" />'))).call(
            "SetDIDForward", tn="2125550100", forward="6465550100")
    assert raised.value.maybe_applied and "unexpected shape" in raised.value.message


# ---- faults, retries and maybe_applied ----------------------------------------------------------

def test_a_client_fault_is_not_sent_again_even_for_a_read():
    wire = Wire((500, fault()))
    with pytest.raises(CarrierError) as raised:
        client_with(wire).call("auditDIDs")
    assert len(wire.requests) == 1 and raised.value.code == "soap:Client" and not raised.value.maybe_applied
    assert "Server was unable to read request" in raised.value.message and "please report it" in raised.value.message


def test_a_server_fault_retries_a_read_and_flags_a_write():
    wire = Wire((500, fault("soap:Server", "boom")), reply("auditDIDs", 101, "No Records Found"))
    client = client_with(wire)
    assert client.call("auditDIDs", empty=(101,)) is None
    assert len(wire.requests) == 2 and client.log.as_dict()["retries"] == 1
    wire = Wire((500, fault("soap:Server", "boom")))
    with pytest.raises(CarrierError) as raised:
        client_with(wire).call("SetDIDForward", tn="2125550100", forward="6465550100")
    assert len(wire.requests) == 1 and raised.value.maybe_applied


def test_an_http_error_without_soap_retries_reads_and_never_resends_a_write():
    wire = Wire(*[(503, "<html>busy</html>")] * 4)
    with pytest.raises(TransportError) as raised:
        client_with(wire).call("queryDID", did="2125550100")
    assert len(wire.requests) == 4 and not raised.value.maybe_applied
    wire = Wire((503, "<html>busy</html>"))
    with pytest.raises(TransportError) as raised:
        client_with(wire).call("assignDID", didParams={"DIDParam": [{"tn": "2125550100", "epg": 1}]})
    assert len(wire.requests) == 1 and raised.value.maybe_applied


def test_an_unreadable_answer_to_a_write_may_have_been_applied():
    with pytest.raises(TransportError) as raised:
        client_with(Wire("not xml at all")).call("UpdateDIDFailover", tn="2125550100", failover="")
    assert raised.value.maybe_applied


def test_a_timeout_on_a_write_is_never_retried():
    calls = []

    def timeout(request):
        calls.append(request)
        raise httpx.ReadTimeout("slow", request=request)

    client = client_with(timeout)
    with pytest.raises(TransportError) as raised:
        client.call("releaseDID", didParams={"DIDParam": [{"tn": "2125550100", "epg": 0}]})
    assert len(calls) == 1 and raised.value.maybe_applied and raised.value.request == "releaseDID"


def test_404_points_at_api_url():
    with pytest.raises(CarrierError) as raised:
        client_with(Wire((404, "<html>Not found</html>"))).call("auditDIDs")
    assert raised.value.code == "HTTP 404" and "api_url: http://vi.test/Services/APIService.asmx answered" in raised.value.message
    assert not raised.value.maybe_applied


# ---- redaction ------------------------------------------------------------------------------------

@pytest.mark.parametrize("answer", [
    (500, fault("soap:Client", "Server was unable to read request. login=%s secret=%s" % (LOGIN, SECRET))),
    (500, fault("soap:Server", "%s/%s" % (LOGIN, SECRET))),
    (200, reply("queryDID", 902, "Username %s with password %s not found" % (LOGIN, SECRET))),
    (200, reply("UpdateCNAMDisplay", 934, "%s %s" % (LOGIN, SECRET))),
    (200, "garbage %s %s" % (LOGIN, SECRET)),
    (502, "<html>%s %s</html>" % (LOGIN, SECRET)),
])
def test_login_and_secret_never_appear_in_a_message(answer):
    client = client_with(Wire(*[answer] * 4))
    with pytest.raises((CarrierError, TransportError)) as raised:
        client.call("UpdateCNAMDisplay", tn="2125550100", name="ACME")
    text = all_messages(raised.value) + " ".join(client.warnings)
    assert LOGIN not in text and SECRET not in text


def test_redacted_even_in_the_transport_errors():
    def refused(request):
        raise httpx.ConnectError("refused while sending %s" % request.content.decode(), request=request)

    client = client_with(refused)
    client.http.retries = 0
    with pytest.raises(TransportError) as raised:
        client.call("auditDIDs")
    assert LOGIN not in raised.value.message and SECRET not in raised.value.message


# ---- reads and writes ---------------------------------------------------------------------------

@pytest.mark.parametrize("operation, read", [
    ("queryDID", True), ("auditDIDs", True), ("getDIDs", True), ("AuditEndpointGroups", True), ("GetDIDForward", True),
    ("validate911", True), ("isPortable", True), ("Query911Alert", True), ("GetPortHistory", True),
    ("assignDID", False), ("reserveDID", False), ("configDID", False), ("releaseDID", False), ("SetDIDForward", False),
    ("ActivateEndpointGroup", False), ("UpdateCNAMDisplay", False), ("insert911", False),
])
def test_reads_and_writes(operation, read):
    assert vi_client.is_read(operation) is read
