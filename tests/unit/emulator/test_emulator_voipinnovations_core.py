"""VoIP Innovations emulator core: the WSDL at ?wsdl, the SOAP envelope (Faults for unreadable,
unknown and schema-invalid requests, marked in the request log), unknown elements, SOAPAction,
authentication (902), the renderer, seeding, the clock (reservation expiry), endpoint groups and
the prepaid balance."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest

from emulator.voipinnovations import render, schema
from emulator.voipinnovations.carrier import OPERATIONS, is_read
from emulator.voipinnovations.seed import DEMO_LOGIN, OTHER_LOGIN, OTHER_SECRET
from voipinnovations_testclient import ENVELOPE, MOUNT, TNS, Raw, VoipInnovations, dp, envelope

WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
SOAP_BINDING = "http://schemas.xmlsoap.org/wsdl/soap/"


@pytest.fixture
def vi(client):
    return VoipInnovations(client.port)


def soap_marks(vi) -> list:
    return [entry["soap"] for entry in vi.log()]


# -- the WSDL ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", [f"{MOUNT}?wsdl", f"{MOUNT}?WSDL", f"{MOUNT}/Services/APIService.asmx?wsdl"])
def test_wsdl_is_served_with_the_emulator_address(vi, path):
    reply = vi.request("GET", path)
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/xml")
    root = ET.fromstring(reply.body)
    address = path.split("?")[0]
    locations = [node.get("location") for node in root.iter(f"{{{SOAP_BINDING}}}address")]
    assert locations == [f"http://127.0.0.1:{vi.port}{address}"]
    # Apart from the address, it is the collection's WSDL as is.
    served = reply.body.decode().replace(f"http://127.0.0.1:{vi.port}{address}", "X")
    assert served == schema.ADDRESS.sub(lambda m: m.group(1) + "X" + m.group(2), schema.load_text())


def test_get_without_wsdl_is_a_help_page_and_other_methods_405(vi):
    page = vi.request("GET", MOUNT)
    assert page.status == 200 and b"queryDID" in page.body
    assert vi.request("PUT", MOUNT, b"x").status == 405


def test_every_emulated_operation_is_in_the_wsdl():
    assert sorted(set(OPERATIONS) - set(schema.get().operations)) == []


def test_read_operations_are_not_writes(vi):
    vi.ok("queryDID", {"did": "2125550100"})
    vi.ok("configDID", {"didParams": [dp("2125550100", 13550)]})
    entries = vi.log()
    assert [(e["soap"]["operation"], e["write"]) for e in entries] == [("queryDID", False), ("configDID", True)]
    assert is_read("AuditEndpointGroups") and is_read("getDIDCount") and not is_read("releaseDID")


# -- envelope failures: HTTP 500 soap:Client Fault, marked in the log --------------------------------

BAD_BODIES = {
    "not_xml": b"this is not xml",
    "not_soap": b"<queryDID xmlns='http://tempuri.org/'><did>2125550100</did></queryDID>",
    "unknown_operation": envelope("buyEverything").encode(),
}


@pytest.mark.parametrize("kind", sorted(BAD_BODIES))
def test_unreadable_requests_are_client_faults(vi, kind):
    reply = vi.post(BAD_BODIES[kind])
    assert reply.status == 500 and reply.headers["content-type"].startswith("text/xml")
    faultcode, faultstring = reply.fault
    assert faultcode == "soap:Client"
    assert faultstring.startswith(("Server was unable to read request.", "Server did not recognize"))
    assert soap_marks(vi)[-1]["fault"] == kind


def test_soap12_envelope_is_a_version_mismatch(vi):
    body = ('<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>'
            f'<auditDIDs xmlns="{TNS}"/></env:Body></env:Envelope>')
    reply = vi.post(body)
    assert reply.status == 500 and reply.fault[0] == "soap:VersionMismatch"


def test_operation_in_another_namespace_is_unknown(vi):
    body = ENVELOPE.format(body='<auditDIDs xmlns="http://example.com/"><login>demo-vi</login></auditDIDs>')
    reply = vi.post(body)
    assert reply.status == 500 and "SOAPAction" in reply.fault[1]
    assert soap_marks(vi)[-1] == {"operation": "auditDIDs", "fault": "unknown_operation", "unknown_elements": [],
                                  "response_code": None}


@pytest.mark.parametrize("params", [
    {"didParams": [dp("2125550110", Raw("abc"))]},                               # int expected
    {"didParams": Raw("<DIDParam><tn>2125550110</tn></DIDParam>")},              # epg is minOccurs=1
    {"didParams": Raw("<DIDParam><epg>13550</epg><tn>2125550110</tn></DIDParam>")},   # out of order
], ids=["bad-int", "missing-epg", "order"])
def test_schema_invalid_body_is_a_fault_and_changes_nothing(vi, params):
    reply = vi.post(envelope("assignDID", params))
    assert reply.status == 500
    faultcode, faultstring = reply.fault
    assert faultcode == "soap:Client" and faultstring.startswith("Server was unable to read request.")
    mark = soap_marks(vi)[-1]
    assert mark["operation"] == "assignDID" and mark["fault"] == "schema"
    assert "2125550110" in vi.state()["inventory"]


def test_credentials_out_of_order_fail_the_schema(vi):
    body = ENVELOPE.format(body=f'<auditDIDs xmlns="{TNS}"><secret>x</secret><login>demo-vi</login></auditDIDs>')
    assert vi.post(body).status == 500


def test_soap_action_is_advisory_but_must_not_name_another_operation(vi):
    body = envelope("GetPrepaidBalance")
    assert vi.post(body).status == 200                                     # absent
    assert vi.post(body, action=f"{TNS}GetPrepaidBalance").status == 200   # unquoted
    wrong = vi.post(body, action=f'"{TNS}auditDIDs"')
    assert wrong.status == 500 and "auditDIDs" in wrong.fault[1]
    assert soap_marks(vi)[-1]["fault"] == "soap_action"


def test_operation_in_the_wsdl_but_not_emulated_is_a_server_fault(vi, monkeypatch):
    monkeypatch.delitem(OPERATIONS, "GetPrepaidBalance")
    reply = vi.post(envelope("GetPrepaidBalance"))
    assert reply.status == 500 and reply.fault[0] == "soap:Server"
    assert soap_marks(vi)[-1]["fault"] == "not_emulated"


def test_unknown_elements_are_ignored_and_logged(vi):
    params = {"did": "2125550100", "color": "blue"}
    reply = vi.call("queryDID", params)
    assert reply.code == 100 and reply.did()["tn"] == "2125550100"
    nested = vi.call("configDID", {"didParams": Raw("<DIDParam><tn>2125550100</tn><x>1</x><epg>13551</epg></DIDParam>")})
    assert nested.statuses() == {"2125550100": "100"}
    marks = soap_marks(vi)
    assert marks[0]["unknown_elements"] == ["color"] and marks[0]["fault"] is None
    assert marks[1]["unknown_elements"] == ["didParams/DIDParam/x"]


def test_a_clean_request_has_an_empty_mark(vi):
    vi.ok("auditDIDs")
    assert soap_marks(vi) == [{"operation": "auditDIDs", "fault": None, "unknown_elements": [], "response_code": 100}]


# -- authentication -----------------------------------------------------------------------------------

@pytest.mark.parametrize("login,secret", [
    (DEMO_LOGIN, "wrong"), ("nobody", "vi-demo-secret-2026"), (DEMO_LOGIN, None), (None, None), ("", ""),
    (DEMO_LOGIN, "VI-DEMO-SECRET-2026"),
])
def test_bad_credentials_answer_902_with_http_200(vi, login, secret):
    reply = vi.call("auditDIDs", login=login, secret=secret)
    assert (reply.code, reply.message) == (902, "Username/password/IP not found")
    assert reply.dids == []


def test_unqualified_credentials_are_unknown_elements_so_auth_fails(vi):
    body = ENVELOPE.format(body=f'<GetPrepaidBalance xmlns="{TNS}"><login xmlns="">demo-vi</login>'
                                '<secret xmlns="">vi-demo-secret-2026</secret></GetPrepaidBalance>')
    reply = vi.post(body)
    assert reply.status == 200 and reply.code == 902
    assert soap_marks(vi)[-1]["unknown_elements"] == ["login", "secret"]


def test_902_still_writes_the_value_types(vi):
    reply = vi.call("GetPrepaidBalance", secret="x")
    assert reply.code == 902 and reply.text("Amount") == "0"


def test_each_account_sees_its_own_data(vi):
    other = vi.ok("auditDIDs", login=OTHER_LOGIN, secret=OTHER_SECRET)
    assert [d["tn"] for d in other.dids] == ["2125550199"]


# -- renderer -------------------------------------------------------------------------------------------

MINI_WSDL = f"""<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:s="http://www.w3.org/2001/XMLSchema" xmlns:tns="{TNS}" xmlns:wsdl="{WSDL_NS}"
    targetNamespace="{TNS}">
  <wsdl:types><s:schema elementFormDefault="qualified" targetNamespace="{TNS}">
    <s:complexType name="Thing">
      <s:sequence>
        <s:element minOccurs="0" maxOccurs="1" name="name" type="s:string" />
        <s:element minOccurs="1" maxOccurs="1" name="count" type="s:int" />
        <s:element minOccurs="1" maxOccurs="1" name="when" nillable="true" type="s:dateTime" />
        <s:element minOccurs="1" maxOccurs="1" name="on" type="s:boolean" />
        <s:element minOccurs="1" maxOccurs="1" name="amount" type="s:decimal" />
        <s:element minOccurs="0" maxOccurs="1" name="tags" type="tns:ArrayOfString" />
      </s:sequence>
    </s:complexType>
    <s:complexType name="ArrayOfString">
      <s:sequence><s:element minOccurs="0" maxOccurs="unbounded" name="string" nillable="true" type="s:string" /></s:sequence>
    </s:complexType>
  </s:schema></wsdl:types>
</wsdl:definitions>"""


def test_renderer_writes_schema_order_and_always_the_value_types():
    mini = schema.Schema(MINI_WSDL)
    assert render.render(mini, "Thing", {}) == (
        '<count>0</count><when xsi:nil="true" /><on>false</on><amount>0</amount>')
    assert render.render(mini, "Thing", {"tags": ["a", None], "on": True, "name": "x<y", "when": 0.0, "count": 3}) == (
        '<name>x&lt;y</name><count>3</count><when>1970-01-01T00:00:00Z</when><on>true</on><amount>0</amount>'
        '<tags><string>a</string><string xsi:nil="true" /></tags>')
    assert render.render(mini, "Thing", {"tags": []}).endswith("<tags></tags>")
    with pytest.raises(KeyError):
        render.render(mini, "Thing", {"colour": "red"})


def test_every_reply_of_the_demo_reads_validates(vi):
    """The client validates each 200 reply against the WSDL schema: walk the reads once."""
    for op, params in [("auditDIDs", {}), ("AuditClients", {}), ("AuditEndpointGroups", {}),
                       ("getDIDCount", {"state": "NY"}), ("getDIDs", {"npa": "212"}), ("GetDIDGroups", {}),
                       ("AuditDIDFailovers", {}), ("AuditDIDForwards", {}), ("AuditConferenceLines", {}),
                       ("GetInventoryTNs", {"didType": "ALL"}), ("GetPrepaidBalance", {})]:
        vi.ok(op, params)


# -- seeding and the clock ----------------------------------------------------------------------------

def test_seed_adds_accounts_groups_inventory_dids_and_reservations(vi):
    summary = vi.seed(
        accounts=[{"login": "acme", "secret": "acme-secret", "name": "ACME", "balance": "5.25", "tiers": ["1"]}],
        endpoint_groups=[{"account": "acme", "Name": "ACME PBX", "IPAddresses": ["192.0.2.99"]}],
        inventory=[{"tn": "5035550100", "state": "OR", "rateCenter": "PORTLAND", "lataId": 672, "t38": True},
                   {"tn": "5035550101", "state": "OR", "rateCenter": "PORTLAND", "extended": True}],
        dids=[{"account": "acme", "tn": "5035550199", "endpointId": 13561, "cnamName": "ACME"}],
        reservations=[{"account": "acme", "tn": "5035550100", "expires_in": 60}],
    )
    assert summary == {"ok": True, "accounts": ["acme"], "endpoint_groups": [13561], "inventory": ["5035550100", "5035550101"],
                       "dids": ["5035550199"], "reservations": ["5035550100"]}
    acme = {"login": "acme", "secret": "acme-secret"}
    assert vi.ok("GetPrepaidBalance", **acme).text("Amount") == "5.25"
    did = vi.ok("queryDID", {"did": "5035550199"}, **acme).did()
    assert did["endpointId"] == "13561" and did["cnamStorageActive"] == "true"
    assert vi.ok("queryDID", {"did": "5035550100"}, **acme).did()["availability"] == "reserved"
    assert vi.ok("getDIDsExtended", {"npa": "503"}).items("DIDLocators")[0]["tn"] == "5035550101"


@pytest.mark.parametrize("payload", [
    {"accounts": [{"login": "x"}]},
    {"endpoint_groups": [{"Name": "x", "Port": "5060"}]},
    {"inventory": [{"tn": "123"}]},
    {"inventory": [{"tn": "2125550110"}]},             # already on offer
    {"dids": [{"tn": "2125550199"}]},                  # owned by vi-other
    {"dids": [{"tn": "5035550100", "endpointId": 13553}]},   # vi-other's group
    {"dids": [{"tn": "5035550100", "colour": "red"}]},
    {"reservations": [{"tn": "5035550100"}]},          # not on offer
    {"nonsense": []},
])
def test_bad_seed_is_refused_and_changes_nothing(vi, payload):
    before = vi.state()
    reply = vi.control("POST", "/seed", {"carrier": "voipinnovations", **payload})
    assert reply.status == 400, reply.body
    assert vi.state() == before


def test_reset_restores_the_demo(vi):
    vi.ok("releaseDID", {"didParams": [dp("2125550100")]})
    assert vi.control("POST", "/reset", {"carrier": "voipinnovations"}).status == 200
    assert vi.ok("queryDID", {"did": "2125550100"}).did()["availability"] == "assigned"


def test_reservation_expires_after_30_minutes_on_the_emulator_clock(vi):
    first = vi.ok("reserveDID", {"didParams": [dp("2125550112")]}).did()
    assert first["statusCode"] == "100" and first["expireDate"].endswith("Z")
    vi.advance(1799)
    assert vi.ok("reserveDID", {"didParams": [dp("2125550112")]}).statuses() == {"2125550112": "103220"}
    assert vi.ok("getDIDs", {"npa": "212", "nxx": "555"}).items("DIDLocators") and \
        "2125550112" not in [loc["tn"] for loc in vi.ok("getDIDs", {"npa": "212"}).items("DIDLocators")]
    vi.advance(2)
    assert vi.ok("queryDID", {"did": "2125550112"}).did()["availability"] == "available"
    assert vi.state()["reservations"].get("2125550112") is None
    # the other company's seeded hold expires the same way, and the number can be ordered
    assert vi.ok("assignDID", {"didParams": [dp("2145550109", 13550)]}).statuses() == {"2145550109": "100"}


def test_control_state_dump_is_json(vi):
    state = vi.state()
    assert set(state) == {"accounts", "inventory", "reservations", "counters", "not_portable"}
    assert state["accounts"][DEMO_LOGIN]["endpoint_groups"]["13552"]["Active"] is False
    json.dumps(state)


# -- endpoint groups and the account ------------------------------------------------------------------

def test_audit_endpoint_groups_lists_all_with_the_inactive_one(vi):
    groups = vi.ok("AuditEndpointGroups").items("EndpointGroup")
    assert [(g["ID"], g["Name"], g["Active"]) for g in groups] == [
        ("13550", "Primary PBX", "true"), ("13551", "Backup SBC", "true"), ("13552", "Old Lab", "false")]
    assert groups[0]["IPAddresses"] == ["203.0.113.10", "203.0.113.11"] and groups[0]["Client"] == "Demo Client"


@pytest.mark.parametrize("group_id,code", [(13551, 100), (13553, 948), (99999, 948)])
def test_audit_endpoint_group(vi, group_id, code):
    reply = vi.call("AuditEndpointGroup", {"groupId": group_id})
    assert reply.code == code
    assert [g["ID"] for g in reply.items("EndpointGroup")] == ([str(group_id)] if code == 100 else [])


def test_activate_and_deactivate_endpoint_group(vi):
    vi.ok("ActivateEndpointGroup", {"groupid": "13552"})
    vi.ok("ActivateEndpointGroup", {"groupid": "13552"})     # already active: success
    assert vi.ok("AuditEndpointGroup", {"groupId": 13552}).items("EndpointGroup")[0]["Active"] == "true"
    vi.ok("DeactivateEndpointGroup", {"groupid": " 13550 "})
    assert vi.ok("AuditEndpointGroup", {"groupId": 13550}).items("EndpointGroup")[0]["Active"] == "false"
    for groupid in ("13553", "abc", "", None):
        assert vi.code("DeactivateEndpointGroup", {"groupid": groupid}) == 948


def test_prepaid_balance_and_audit_clients(vi):
    assert vi.ok("GetPrepaidBalance").text("Amount") == "125.50"
    client = vi.ok("AuditClients").items("Clients")[0]
    assert client["Name"] == "Demo Client" and client["EndpointGroups"] == ["13550", "13551", "13552"]
    assert client["Forwards"] == [{"TN": "3125550110", "ForwardTN": "7735550123"}]
    assert re.fullmatch(r"\d+\.\d\d", client["Usage"])
