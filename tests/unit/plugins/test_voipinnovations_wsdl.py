"""VoIP Innovations' WSDL (plugins/module_utils/providers/voipinnovations/wsdl.py): the driver's zeep client
and the emulator both read this one text, so these tests pin down what both rely on:

- zeep loads it from memory with no network and finds every operation of the plan (digest
  ../shared/providers/voipinnovations.md section 3) with its parameters in the digest's order;
- the schema in wsdl:types compiles (the emulator validates every request body against it), and the
  request bodies zeep builds validate against it;
- the real 2014 production WSDL is still inside it unchanged, and every addition is marked.
"""

import ast
import copy
import os
import re
import socket
import xml.etree.ElementTree as ET

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import wsdl

zeep = pytest.importorskip("zeep")
etree = pytest.importorskip("lxml.etree")

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
WSDL_PY = os.path.join(REPO, "plugins", "module_utils", "providers", "voipinnovations", "wsdl.py")
REFERENCE = "/work/shared/reference/voipinnovations/APIService.production-2014.wsdl"
IN_MEMORY_URL = "https://in-memory.invalid/Services/APIService.asmx?wsdl"
WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
XSD_NS = "http://www.w3.org/2001/XMLSchema"
TNS = "http://tempuri.org/"
MARK = "voip.carrier:"
# The real 2014 file lives beside the seeds, not in the collection: tests comparing against it skip where it is absent.
needs_reference = pytest.mark.skipif(not os.path.exists(REFERENCE), reason="the real 2014 WSDL is not on this machine")

DIDPARAMS = ["didParams:ArrayOfDIDParam"]
SEARCH = ["state", "lata", "rateCenter", "npa", "nxx", "tier", "t38", "cnam", "sms", "network"]
ADDRESS = ["address1", "address2", "city", "state", "zip", "plusFour", "callerName"]
CAMPAIGN_FLAGS = ["subOptIn", "subOptOut", "subHelp", "numPooling", "directLending", "embeddedLink", "embeddedPhone",
                  "affMarketing", "ageGated"]

# The plan: operation -> (parameters after login and secret, in digest order, "name:type" unless string; result type).
# W14 operations keep the 2014 spelling (digest section 7); the rest follow digest sections 3 and 4.
PLAN = {
    # 3A. DID search, ordering and inventory
    "auditDIDs": ([], "DIDResponse"),
    "queryDID": (["did"], "DIDResponse"),
    "getDIDs": (SEARCH, "DIDResponse"),
    "getDIDCount": (SEARCH[:8] + ["orderby", "sms", "network"], "DIDResponse"),
    "getDIDsExtended": (SEARCH, "DIDResponse"),
    "reserveDID": (DIDPARAMS, "DIDResponse"),
    "assignDID": (DIDPARAMS, "DIDResponse"),
    "assignDIDExtended": (DIDPARAMS, "DIDResponse"),
    "configDID": (DIDPARAMS, "DIDResponse"),
    "releaseDID": (DIDPARAMS, "DIDResponse"),
    "InventoryDIDs": (DIDPARAMS, "DIDResponse"),
    "GetInventoryTNs": (["didType"], "TNResponse"),
    "GetUnconfiguredTNs": (["didType"], "TNResponse"),
    "GetAvailableNPAs": (["state", "ratecenter"], "Response"),
    "GetAvailableRateCenters": (["state"], "Response"),
    "GetAvailableStates": ([], "Response"),
    # 3B. Per-DID features
    "GetCNAMDisplay": (["tn"], "CNAMResponse"),
    "UpdateCNAMDisplay": (["tn", "name"], "CNAMResponse"),
    "RemoveCNAM": (["tn"], "CNAMResponse"),
    "UpdateDIDFailover": (["tn", "failover"], "DIDResponse"),
    "GetDIDFailover": (["tn"], "DIDResponse"),
    "AuditDIDFailovers": ([], "AuditResponse"),
    "GetDIDForward": (["tn"], "DIDResponse"),
    "SetDIDForward": (["tn", "forward"], "DIDResponse"),
    "RemoveDIDForward": (["tn", "epgId"], "DIDResponse"),
    "AuditDIDForwards": ([], "AuditResponse"),
    "CreateDIDGroup": (["name"], "DIDResponse"),
    "SetDIDGroup": (["tn", "groupId:int"], "DIDResponse"),
    "RemoveDIDGroup": (["tn"], "DIDResponse"),
    "GetDIDGroup": (["tn"], "DIDResponse"),
    "GetDIDGroups": ([], "DIDResponse"),
    "AuditDIDGroup": (["groupId:int"], "DIDResponse"),
    "GetConferenceLine": (["tn"], "DIDResponse"),
    "SetConferenceLine": (["tn", "pin"], "DIDResponse"),
    "RemoveConferenceLine": (["tn"], "DIDResponse"),
    "AuditConferenceLines": ([], "AuditResponse"),
    "GetScripts": ([], "ProgrammableTelcoResponse"),
    "ProgramDID": (["did", "scriptId"], "ProgrammableTelcoResponse"),
    "UnprogramDID": (["did", "endpointGroupId"], "ProgrammableTelcoResponse"),
    # 3C. E911
    "validate911": (ADDRESS, "Response911"),
    "insert911": (["did"] + ADDRESS, "Response911"),
    "update911": (["did"] + ADDRESS, "Response911"),
    "query911": (["did"], "Response911"),
    "remove911": (["did"], "Response911"),
    "audit911": ([], "Response911"),
    "getProvisioningHistory": (["did"], "Response911"),
    "Add911Alert": (["tn", "email"], "Response911"),
    "Remove911Alert": (["tn", "email"], "Response911"),
    "Query911Alert": (["tn"], "Response911"),
    # 3D. Fax
    "SetFaxToEmail": (["tn", "email"], "FaxToEmailResponse"),
    "GetFaxToEmail": (["tn"], "FaxToEmailResponse"),
    "RemoveFaxToEmail": (["tn"], "FaxToEmailResponse"),
    "ConfigFaxToEmailNotifications": (["tn", "enabled:boolean"], "FaxToEmailResponse"),
    "AuditFaxToEmails": ([], "AuditResponse"),
    "AddEmailToFax": (["tn", "email"], "EmailToFaxResponse"),
    "GetEmailToFax": (["tn"], "EmailToFaxResponse"),
    "RemoveEmailToFax": (["tn", "email"], "EmailToFaxResponse"),
    # 3E. Number porting (read-only)
    "isPortable": (["tn"], "PortResponse"),
    "getPortDetails": (["portId:int"], "PortResponse"),
    "GetPortHistory": (["tn"], "PortResponse"),
    "getActivePorts": ([], "PortResponse"),
    # 3F. International
    "GetCountries": ([], "IntlResponse"),
    "AssignIntlDID": (["cityID:int", "epgID:int"], "IntlResponse"),
    "ReleaseIntlDID": (["tn"], "IntlResponse"),
    "AuditIntlDIDs": ([], "IntlResponse"),
    # 3G. Endpoint groups, clients, account
    "AuditEndpointGroups": ([], "AuditResponse"),
    "AuditEndpointGroup": (["groupId:int"], "AuditResponse"),
    "DeactivateEndpointGroup": (["groupid"], "Response"),
    "ActivateEndpointGroup": (["groupid"], "Response"),
    "AuditClients": ([], "AuditResponse"),
    "GetPrepaidBalance": ([], "NumericResponse"),
    # 3H. SMS / MMS
    "ConfigSMSDestination": (["tn", "destinationType", "destination", "authToken"], "SMSResponse"),
    "ConfigSMS": (["tn", "enable:boolean", "forwardEmail"], "SMSResponse"),
    "AuditSMS": (["tn"], "SMSResponse"),
    "SendSMS": (["sender", "recipient", "message"], "SMSResponse"),
    "SendMMS": (["sender", "recipient", "message", "files:ArrayOfMMSFile"], "MMSResponse"),
    # 3I. 10DLC registration
    "GetSMSCustomers": ([], "SMSCustomerResponse"),
    "GetSMSCustomersByTag": (["tag"], "SMSCustomerResponse"),
    "CreateSMSCustomer": (["customer:SMSCustomer"], "SMSCustomerResponse"),
    "UpdateSMSCustomer": (["customer:SMSCustomer"], "SMSCustomerResponse"),
    "DeleteSMSCustomer": (["customerId"], "SMSCustomerResponse"),
    "TriggerSMSOTP": (["customerId"], "SMSCustomerResponse"),
    "CheckSMSCustomerStatus": (["customerId"], "SMSCustomerResponse"),
    "GetSMSEnumerations": ([], "SMSEnumerationResponse"),
    "GetSMSUsecaseOptions": (["customerId"], "SMSEnumerationResponse"),
    "GetSMSCampaigns": ([], "SMSCampaignResponse"),
    "CreateSMSCampaign": (["customerId", "description", "displayName", "vertical", "messageFlow", "sampleMsg1", "sampleMsg2"]
                          + [flag + ":boolean" for flag in CAMPAIGN_FLAGS] + ["usecaseId", "subUsecaseIds"],
                          "SMSCampaignResponse"),
    "UpdateSMSCampaign": (["campaignId", "helpMessage", "optOutMessage", "messageFlow", "description", "sampleMsg1", "sampleMsg2"],
                          "SMSCampaignResponse"),
    "DeleteSMSCampaign": (["campaignId"], "SMSCampaignResponse"),
    "GetCampaignRejectionReason": (["campaignId"], "SMSCampaignResponse"),
    "RegisterExternalSMSCampaign": (["campaignId", "displayName"], "SMSCampaignResponse"),
    "ResubmitExternalSMSCampaign": (["campaignId"], "SMSCampaignResponse"),
    "AssignToSMSCampaign": (["tns", "campaignId"], "SMSCampaignResponse"),
    "RemoveFromSMSCampaign": (["tns"], "SMSCampaignResponse"),
    # retired 2014 location calls, kept because the real file has them
    "addLocation": (["did"] + ADDRESS, "Response911"),
    "getLocations": (["did"], "Response911"),
    "provisionLocation": (["did", "locationId"], "Response911"),
    "removeLocation": (["locationId", "did"], "Response911"),
}
XSD_BUILTINS = ("int", "boolean", "decimal", "dateTime", "string", "base64Binary")


class InMemoryTransport(zeep.Transport):
    """What the driver does: the WSDL comes from memory; any other URL (an import, the live ?wsdl) is refused."""

    def __init__(self):
        super().__init__()
        self.loaded = []

    def load(self, url):
        self.loaded.append(url)
        if url != IN_MEMORY_URL:
            raise AssertionError("the WSDL must not make zeep load %s" % url)
        return wsdl.WSDL.encode("utf-8")


def _no_network(*_args, **_kwargs):
    raise AssertionError("loading the WSDL must not touch the network")


@pytest.fixture(scope="module")
def client():
    transport = InMemoryTransport()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", _no_network)
        patch.setattr(socket, "create_connection", _no_network)
        loaded = zeep.Client(IN_MEMORY_URL, transport=transport, settings=zeep.Settings(strict=False, xml_huge_tree=True))
    assert transport.loaded == [IN_MEMORY_URL]
    return loaded


def _operations(client, binding="APIServiceSoap"):
    return client.wsdl.bindings["{%s}%s" % (TNS, binding)]._operations  # pylint: disable=protected-access


def _signature(operation):
    names = []
    for name, element in operation.input.body.type.elements:
        kind = element.type.qname.localname
        names.append(name if kind == "string" else "%s:%s" % (name, kind))
    return names


@pytest.fixture(scope="module")
def schema():
    return etree.XMLSchema(standalone_schema(etree.fromstring(wsdl.WSDL.encode("utf-8"))))


def standalone_schema(definitions):
    """wsdl:types' schema as its own document: its type="tns:..." values need the namespaces the
    wsdl:definitions root declares, which a bare copy of the element would lose."""
    inner = definitions.find("{%s}types/{%s}schema" % (WSDL_NS, XSD_NS))
    standalone = etree.Element(inner.tag, attrib=dict(inner.attrib), nsmap=definitions.nsmap)
    for child in inner:
        standalone.append(copy.deepcopy(child))
    return standalone


def test_wsdl_py_is_data_only():
    tree = ast.parse(open(WSDL_PY, encoding="utf-8").read())
    statements = [node for node in tree.body if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))]
    imports = [node for node in statements if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert [node.module for node in imports] == ["__future__"]
    assigned = [target.id for node in statements if isinstance(node, ast.Assign) for target in node.targets]
    assert assigned == ["WSDL"] and len(statements) == 2


def test_every_planned_operation_has_its_parameters_in_digest_order(client):
    operations = _operations(client)
    assert sorted(operations) == sorted(PLAN)
    for name, (params, result) in PLAN.items():
        operation = operations[name]
        assert _signature(operation) == ["login", "secret"] + params, name
        (result_name, result_element), = operation.output.body.type.elements
        assert (result_name, result_element.type.qname.localname) == (name + "Result", result), name
        assert operation.soapaction == "http://tempuri.org/" + name


def test_both_bindings_carry_every_operation(client):
    soap11 = _operations(client, "APIServiceSoap")
    soap12 = _operations(client, "APIServiceSoap12")
    assert sorted(soap12) == sorted(soap11)
    assert all(soap12[name].soapaction == soap11[name].soapaction for name in soap11)
    assert client.service._binding.name.localname == "APIServiceSoap"  # pylint: disable=protected-access


def test_asmx_occurrence_conventions_in_additions():
    """Strings and complex types optional, value types always present, array items nillable (not ArrayOfInt)."""
    definitions = ET.fromstring(wsdl.WSDL)
    for element in definitions.iter("{%s}element" % XSD_NS):
        kind = element.get("type", "")
        if element.get("maxOccurs") == "unbounded":
            assert element.get("minOccurs") == "0"
            assert (element.get("nillable") == "true") == (kind != "s:int"), element.attrib
        elif kind.startswith("s:") and kind[2:] in ("int", "boolean", "decimal"):
            assert element.get("minOccurs") == "1", element.attrib
        elif kind in ("s:string", "s:base64Binary") or kind.startswith("tns:"):
            assert element.get("minOccurs") == "0", element.attrib


def test_schema_compiles_with_lxml(schema):
    assert isinstance(schema, etree.XMLSchema)


def _same_or_extended(reference, extended, path):
    """reference's children must appear in extended, in order, each unchanged (extended may hold more)."""
    assert extended.tag == reference.tag and extended.attrib == reference.attrib, path
    assert (extended.text or "").strip() == (reference.text or "").strip(), path
    candidates = list(extended)
    for child in reference:
        where = "%s/%s[%s]" % (path, child.tag.split("}")[-1], child.get("name", ""))
        while candidates and not _matches(child, candidates[0]):
            candidates.pop(0)
        assert candidates, "%s missing or changed" % where
        _same_or_extended(child, candidates.pop(0), where)


def _matches(reference, extended):
    try:
        _same_or_extended(reference, extended, "")
    except AssertionError:
        return False
    return True


@needs_reference
def test_every_element_of_the_real_wsdl_is_kept_unchanged():
    reference = ET.parse(REFERENCE).getroot()
    extended = ET.fromstring(wsdl.WSDL)
    _same_or_extended(reference, extended, "definitions")
    reference_ops = [op.get("name") for op in reference.find("{%s}portType" % WSDL_NS)]
    extended_ops = [op.get("name") for op in extended.find("{%s}portType" % WSDL_NS)]
    assert extended_ops[:len(reference_ops)] == reference_ops
    address = "https://backoffice.voipinnovations.com/Services/APIService.asmx"
    assert [port[0].get("location") for port in extended.find("{%s}service" % WSDL_NS)] == [address, address]


@needs_reference
def test_reference_file_lines_are_kept_in_order():
    """Textually too: apart from LF line ends and the root tag spread over lines, every line of the real file is there."""
    with open(REFERENCE, "rb") as handle:
        reference_lines = handle.read().decode("ascii").split("\r\n")
    lines = wsdl.WSDL.split("\n")
    root_end = next(index for index, line in enumerate(lines) if line.endswith(">") and index > 0)
    assert " ".join(line.strip() for line in lines[1:root_end + 1]) == reference_lines[1]
    remaining = iter(lines[root_end + 1:])
    for line in reference_lines[2:]:
        assert any(candidate == line for candidate in remaining), line


@needs_reference
def test_every_addition_is_marked_with_a_comment():
    reference = ET.parse(REFERENCE).getroot()
    extended = etree.fromstring(wsdl.WSDL.encode("utf-8"))
    unmarked = []
    _check_marks(reference, extended, unmarked)
    assert not unmarked
    comments = [node.text for node in extended.iter(etree.Comment)]
    assert comments and all(text.strip().startswith(MARK) and "(digest \u00a7" in text for text in comments)


def _check_marks(reference, extended, unmarked):
    candidates = [node for node in extended if not isinstance(node, etree._Comment)]  # pylint: disable=protected-access
    kept = {}
    position = 0
    for child in reference:
        while not _matches(child, _as_et(candidates[position])):
            position += 1
        kept[id(candidates[position])] = child
        position += 1
    for node in candidates:
        if id(node) in kept:
            _check_marks(kept[id(node)], node, unmarked)
            continue
        if not _marked(node, kept):
            unmarked.append("%s %s" % (node.tag, node.get("name")))


def _marked(node, kept):
    """The nearest comment before an added node (past other additions of its group only) is ours and names it:
    "AuditSMS" covers the elements AuditSMS and AuditSMSResponse, the messages AuditSMSSoapIn and AuditSMSSoapOut."""
    previous = node.getprevious()
    while previous is not None and not isinstance(previous, etree._Comment) and id(previous) not in kept:  # pylint: disable=protected-access
        previous = previous.getprevious()
    if previous is None or not isinstance(previous, etree._Comment) or MARK not in previous.text:  # pylint: disable=protected-access
        return False
    name = node.get("name")
    stem = re.sub(r"(Response|SoapIn|SoapOut)$", "", name) or name
    return re.search(r"\b(%s|%s)\b" % (name, stem), previous.text) is not None


def _as_et(node):
    return ET.fromstring(etree.tostring(node))


def _body_of(client, operation, **params):
    envelope = client.create_message(client.service, operation, login="demo-vi", secret="vi-demo-secret-2026", **params)
    body = envelope.find("{http://schemas.xmlsoap.org/soap/envelope/}Body")
    (request,) = list(body)
    return request


def _valid(schema, request):
    return schema.validate(etree.fromstring(etree.tostring(request)))


def test_assign_did_request_with_two_numbers_validates(client, schema):
    request = _body_of(client, "assignDID", didParams={"DIDParam": [
        {"tn": "2125550100", "cnam": "true", "refId": "office", "epg": 8674},
        {"tn": "2125550101", "epg": 8674}]})
    assert _valid(schema, request), schema.error_log
    params = request.findall("{%s}didParams/{%s}DIDParam" % (TNS, TNS))
    assert [param.findtext("{%s}tn" % TNS) for param in params] == ["2125550100", "2125550101"]


def test_config_sms_destination_validates_with_and_without_destination(client, schema):
    request = _body_of(client, "ConfigSMSDestination", tn="2125550100", destinationType="POST",
                       destination="https://example.invalid/sms", authToken="token")
    assert _valid(schema, request), schema.error_log
    assert [child.tag.split("}")[1] for child in request] == ["login", "secret", "tn", "destinationType", "destination", "authToken"]
    request.remove(request.find("{%s}destination" % TNS))
    assert _valid(schema, request), "the doc's order (no destination) must stay valid"


def test_validate911_request_validates(client, schema):
    request = _body_of(client, "validate911", address1="1 Main St", address2="", city="Springfield", state="IL",
                       zip="62701", plusFour="1234", callerName="Office")
    assert _valid(schema, request), schema.error_log


def test_added_operations_build_valid_requests(client, schema):
    samples = [
        ("ActivateEndpointGroup", {"groupid": "8674"}),
        ("AuditEndpointGroup", {"groupId": 8674}),
        ("ConfigSMS", {"tn": "2125550100", "enable": False, "forwardEmail": ""}),
        ("ConfigFaxToEmailNotifications", {"tn": "2125550100", "enabled": True}),
        ("RemoveEmailToFax", {"tn": "2125550100", "email": "fax@example.invalid"}),
        ("SendMMS", {"sender": "2125550100", "recipient": "2125550101", "message": "hi",
                     "files": {"MMSFile": [{"FileName": "a.png", "ContentType": "image/png", "Data": b"\x89PNG"}]}}),
        ("CreateSMSCustomer", {"customer": {"companyName": "Example", "email": "ops@example.invalid"}}),
        ("AuditSMS", {"tn": ""}),
    ]
    for operation, params in samples:
        assert _valid(schema, _body_of(client, operation, **params)), (operation, schema.error_log)


def test_schema_rejects_what_asmx_could_not_read(client, schema):
    """Proof the validation is meaningful: out-of-order or unknown children and a missing int fail."""
    request = _body_of(client, "validate911", address1="1 Main St", city="Springfield")
    request.append(request[0])  # login moved to the end
    assert not _valid(schema, request)
    unknown = _body_of(client, "AuditSMS", tn="2125550100")
    etree.SubElement(unknown, "{%s}Network" % TNS).text = "x"
    assert not _valid(schema, unknown)
    no_epg = etree.fromstring(
        '<assignDID xmlns="%s"><login>a</login><secret>b</secret><didParams><DIDParam><tn>2125550100</tn></DIDParam>'
        '</didParams></assignDID>' % TNS)
    assert not schema.validate(no_epg)


def test_extended_types_parse_replies(client):
    """The fields added to 2014 types (ConferenceLine.TN, DIDLocator.Network, PortResponse lists) reach the driver."""
    port_type = client.get_type("{%s}PortResponse" % TNS)
    assert [name for name, _element in port_type.elements][-2:] == ["PortHistory", "ActivePorts"]
    conference = client.get_type("{%s}ConferenceLine" % TNS)
    assert [name for name, _element in conference.elements] == ["TN", "Enabled", "PIN"]
    locator = client.get_type("{%s}DIDLocator" % TNS)
    assert [name for name, _element in locator.elements][-1] == "Network"
    reply = etree.fromstring(
        '<GetConferenceLineResponse xmlns="%s"><GetConferenceLineResult><responseCode>100</responseCode>'
        '<ConferenceLine><TN>2125550100</TN><Enabled>true</Enabled><PIN>1234</PIN></ConferenceLine>'
        '</GetConferenceLineResult></GetConferenceLineResponse>' % TNS)
    element = client.get_element("{%s}GetConferenceLineResponse" % TNS)
    parsed = element.parse(reply, client.wsdl.types)
    line = parsed.GetConferenceLineResult.ConferenceLine
    assert (line.TN, line.Enabled, line.PIN) == ("2125550100", True, "1234")
