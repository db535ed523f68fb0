"""VoIP Innovations emulator, fax and ports: Fax-to-Email (Set/Get/RemoveFaxToEmail,
ConfigFaxToEmailNotifications with its 101 without Fax-to-Email, AuditFaxToEmails), Email-to-Fax
senders (Add/Get/RemoveEmailToFax, with and without tn: Q17), and the read-only port calls
(isPortable, getPortDetails, GetPortHistory, getActivePorts) with ports that move on the emulator
clock. Plain SOAP strings (voipinnovations_testclient), every reply checked against the WSDL schema.
Seed L160-176, L206-233, L463-526, L619-634, L701-728."""

from __future__ import annotations

import pytest

from emulator.voipinnovations.ports import DAY, HOUR
from emulator.voipinnovations.seed import OTHER_LOGIN, OTHER_SECRET
from voipinnovations_testclient import TNS, VoipInnovations

FAX = "2145550120"        # demo: Fax-to-Email faxes@acme.example with notifications, sender ops@acme.example
PLAIN = "2125550100"      # demo: owned, no fax settings
NOT_MINE = "2125550199"   # owned by vi-other


@pytest.fixture
def vi(client):
    return VoipInnovations(client.port)


def fax_state(vi, tn) -> dict:
    return vi.state()["accounts"]["demo-vi"]["dids"][tn].get("_fax") or {}


def soap_clean(vi) -> None:
    marks = [entry["soap"] for entry in vi.log()]
    assert not any(mark["fault"] or mark["unknown_elements"] for mark in marks), marks


def port_detail(reply) -> dict:
    from voipinnovations_testclient import record  # pylint: disable=import-outside-toplevel
    node = reply.result.find(f"{{{TNS}}}PortDetails")
    return record(node) if node is not None else {}


# -- Fax-to-Email -----------------------------------------------------------------------------------

def test_fax_to_email_set_get_replace_remove(vi):
    assert vi.code("GetFaxToEmail", {"tn": PLAIN}) == 101            # none yet
    assert vi.ok("SetFaxToEmail", {"tn": PLAIN, "email": "inbox@example.com"}).text("Email") == "inbox@example.com"
    assert vi.ok("GetFaxToEmail", {"tn": PLAIN}).text("Email") == "inbox@example.com"
    vi.ok("SetFaxToEmail", {"tn": PLAIN, "email": "other@example.com"})     # replaces
    assert vi.ok("GetFaxToEmail", {"tn": PLAIN}).text("Email") == "other@example.com"
    assert vi.ok("RemoveFaxToEmail", {"tn": PLAIN}).text("Email") == "other@example.com"
    assert vi.code("GetFaxToEmail", {"tn": PLAIN}) == 101
    assert vi.code("RemoveFaxToEmail", {"tn": PLAIN}) == 101            # nothing to remove
    soap_clean(vi)


def test_fax_to_email_may_hold_several_recipients(vi):
    vi.ok("SetFaxToEmail", {"tn": PLAIN, "email": "a@example.com; b@example.com"})
    assert vi.ok("GetFaxToEmail", {"tn": PLAIN}).text("Email") == "a@example.com; b@example.com"


@pytest.mark.parametrize("email, code", [("", 946), ("not-an-address", 946), ("a b@example.com", 946),
                                         ("x" * 140 + "@example.com", 940)])
def test_fax_to_email_refuses_bad_addresses(vi, email, code):
    assert vi.code("SetFaxToEmail", {"tn": PLAIN, "email": email}) == code
    assert fax_state(vi, PLAIN).get("email", "") == ""


@pytest.mark.parametrize("op", ["SetFaxToEmail", "GetFaxToEmail", "RemoveFaxToEmail", "AddEmailToFax", "GetEmailToFax"])
@pytest.mark.parametrize("tn", [NOT_MINE, "2125550110", "+12125550100", ""])
def test_fax_calls_on_a_number_that_is_not_yours_answer_101(vi, op, tn):
    assert vi.code(op, {"tn": tn, "email": "x@example.com"} if op in ("SetFaxToEmail", "AddEmailToFax")
                   else {"tn": tn}) == 101


def test_notifications_need_fax_to_email_first(vi):
    # Q38 / seed L464: 101 "No records found" for a DID without Fax-to-Email, and for one not yours.
    reply = vi.call("ConfigFaxToEmailNotifications", {"tn": PLAIN, "enabled": True})
    assert reply.code == 101 and reply.message.lower() == "no records found"
    assert vi.code("ConfigFaxToEmailNotifications", {"tn": NOT_MINE, "enabled": True}) == 101
    vi.ok("SetFaxToEmail", {"tn": PLAIN, "email": "inbox@example.com"})
    assert vi.ok("ConfigFaxToEmailNotifications", {"tn": PLAIN, "enabled": True}).text("Email") is None
    assert fax_state(vi, PLAIN)["notifications"] is True
    vi.ok("ConfigFaxToEmailNotifications", {"tn": PLAIN, "enabled": "0"})
    assert fax_state(vi, PLAIN)["notifications"] is False
    vi.ok("ConfigFaxToEmailNotifications", {"tn": PLAIN, "enabled": "1"})
    vi.ok("RemoveFaxToEmail", {"tn": PLAIN})                            # they go with Fax-to-Email
    assert fax_state(vi, PLAIN)["notifications"] is False


def test_notifications_flag_is_required_by_the_schema(vi):
    reply = vi.post(f'<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
                    f'<soap:Body><ConfigFaxToEmailNotifications xmlns="{TNS}"><login>demo-vi</login>'
                    f'<secret>vi-demo-secret-2026</secret><tn>{FAX}</tn></ConfigFaxToEmailNotifications>'
                    '</soap:Body></soap:Envelope>')
    assert reply.status == 500 and vi.log()[-1]["soap"]["fault"] == "schema"


def test_audit_fax_to_emails_lists_the_numbers_that_have_it(vi):
    assert vi.ok("AuditFaxToEmails").items("FaxToEmail") == [{"TN": FAX, "Email": "faxes@acme.example"}]
    vi.ok("SetFaxToEmail", {"tn": PLAIN, "email": "inbox@example.com"})
    assert [row["TN"] for row in vi.ok("AuditFaxToEmails").items("FaxToEmail")] == [PLAIN, FAX]
    assert vi.ok("AuditFaxToEmails", login=OTHER_LOGIN, secret=OTHER_SECRET).items("FaxToEmail") == []


# -- Email-to-Fax -----------------------------------------------------------------------------------

def test_email_to_fax_senders(vi):
    empty = vi.ok("GetEmailToFax", {"tn": PLAIN})
    assert empty.items("Email") == [] and empty.text("CallerID") == PLAIN
    vi.ok("AddEmailToFax", {"tn": PLAIN, "email": "jdoe@example.com"})
    vi.ok("AddEmailToFax", {"tn": PLAIN, "email": "rroe@example.com"})
    assert vi.code("AddEmailToFax", {"tn": PLAIN, "email": "JDoe@Example.com"}) == 942      # already there
    assert vi.code("AddEmailToFax", {"tn": PLAIN, "email": "nope"}) == 946
    assert vi.ok("GetEmailToFax", {"tn": PLAIN}).items("Email") == ["jdoe@example.com", "rroe@example.com"]
    vi.ok("RemoveEmailToFax", {"tn": PLAIN, "email": "jdoe@example.com"})
    assert vi.ok("GetEmailToFax", {"tn": PLAIN}).items("Email") == ["rroe@example.com"]
    assert vi.code("RemoveEmailToFax", {"tn": PLAIN, "email": "jdoe@example.com"}) == 101    # not there any more
    soap_clean(vi)


def test_remove_email_to_fax_without_tn_removes_it_from_every_number(vi):
    # Q17: the seed's RemoveEmailToFax has no tn; the WSDL takes one (minOccurs 0).
    vi.ok("AddEmailToFax", {"tn": PLAIN, "email": "ops@acme.example"})
    vi.ok("AddEmailToFax", {"tn": PLAIN, "email": "keep@acme.example"})
    vi.ok("RemoveEmailToFax", {"email": "OPS@acme.example"})
    assert vi.ok("GetEmailToFax", {"tn": PLAIN}).items("Email") == ["keep@acme.example"]
    assert vi.ok("GetEmailToFax", {"tn": FAX}).items("Email") == []
    assert vi.code("RemoveEmailToFax", {"email": "ops@acme.example"}) == 101     # nobody has it now
    assert vi.code("RemoveEmailToFax", {"tn": "", "email": "keep@acme.example"}) == 100   # blank tn = none
    soap_clean(vi)


def test_released_number_loses_its_fax_settings(vi):
    from voipinnovations_testclient import dp  # pylint: disable=import-outside-toplevel
    vi.ok("releaseDID", {"didParams": [dp(FAX)]})
    assert vi.ok("AuditFaxToEmails").items("FaxToEmail") == []
    vi.ok("assignDID", {"didParams": [dp(FAX, 13550)]})
    assert vi.code("GetFaxToEmail", {"tn": FAX}) == 101


def test_fax_seed_key(vi):
    vi.seed(fax=[{"tn": PLAIN, "email": "seeded@example.com", "notifications": True, "senders": ["s@example.com"]}])
    assert vi.ok("GetFaxToEmail", {"tn": PLAIN}).text("Email") == "seeded@example.com"
    assert vi.ok("GetEmailToFax", {"tn": PLAIN}).items("Email") == ["s@example.com"]
    bad = vi.control("POST", "/seed", {"carrier": "voipinnovations", "fax": [{"tn": NOT_MINE, "email": "x@y.z"}]})
    assert bad.status == 400


# -- ports ------------------------------------------------------------------------------------------

def test_active_ports_of_the_demo(vi):
    reply = vi.ok("getActivePorts")
    ports = reply.items("ActivePorts")
    assert [(p["id"], p["status"]) for p in ports] == [("7001", "PENDING SIGNATURE"), ("7002", "FOC")]
    first = ports[0]
    assert [d["tn"] for d in first["dids"]] == ["6175550160", "6175550161"]
    assert first["defaultEndpointGroup"] == "13550" and first["portingFrom"] == "Verizon"
    assert first["focDate"] == "" and first["requestedFocDate"] and first["submittedDate"]   # nil until the FOC
    assert port_detail(reply)["id"] == "7001"               # the doc's single PortDetail: the first one
    assert reply.text("IsPortable") == "true"
    assert vi.ok("getActivePorts", login=OTHER_LOGIN, secret=OTHER_SECRET).items("ActivePorts") == []
    soap_clean(vi)


def test_port_details_by_id(vi):
    reply = vi.ok("getPortDetails", {"portId": 7002})
    detail = port_detail(reply)
    assert detail["status"] == "FOC" and detail["focDate"] == detail["requestedFocDate"]
    assert detail["dids"][0]["endpointGroup"] == "13551" and reply.text("IsPortable") == "true"
    done = vi.ok("getPortDetails", {"portId": 7000})
    assert port_detail(done)["status"] == "COMPLETE" and done.text("IsPortable") == "false"
    assert vi.code("getPortDetails", {"portId": 9999}) == 101
    assert vi.code("getPortDetails", {"portId": 7001}, login=OTHER_LOGIN, secret=OTHER_SECRET) == 101


def test_port_history_of_a_number(vi):
    reply = vi.ok("GetPortHistory", {"tn": "2145550120"})
    history = reply.items("PortHistory")
    assert [entry["status"] for entry in history] == ["PENDING SIGNATURE", "SUBMITTED", "FOC", "COMPLETE"]
    assert all(entry["description"].startswith("Port 7000: ") for entry in history)
    assert port_detail(reply)["id"] == "7000"
    assert vi.code("GetPortHistory", {"tn": PLAIN}) == 101
    assert vi.code("GetPortHistory", {"tn": "617"}) == 101


def test_ports_move_on_the_clock_and_complete_into_the_account(vi):
    def status(port_id):
        return port_detail(vi.ok("getPortDetails", {"portId": port_id}))

    assert status(7001)["status"] == "PENDING SIGNATURE"
    vi.advance(HOUR)
    assert status(7001)["status"] == "SUBMITTED"
    vi.advance(DAY)
    detail = status(7001)
    assert detail["status"] == "FOC" and detail["focDate"] == detail["requestedFocDate"]
    assert vi.ok("queryDID", {"did": "6175550160"}).did()["statusCode"] == "102420"    # not in yet
    vi.advance(4 * DAY)
    assert status(7001)["status"] == "COMPLETE"
    assert [p["id"] for p in vi.ok("getActivePorts").items("ActivePorts")] == []
    owned = {d["tn"]: d for d in vi.ok("auditDIDs").dids}
    assert owned["6175550160"]["endpointId"] == "13550" and owned["6175550161"]["cnam"] == "true"
    assert owned["4155550170"]["endpointId"] == "13551" and owned["4155550170"]["rateCenter"] == "SAN FRANCISCO"
    assert [e["status"] for e in vi.ok("GetPortHistory", {"tn": "6175550161"}).items("PortHistory")] == [
        "PENDING SIGNATURE", "SUBMITTED", "FOC", "COMPLETE"]
    soap_clean(vi)


@pytest.mark.parametrize("tn, portable", [
    ("6465550100", True),         # nowhere at VoIP Innovations
    ("8005550100", True),         # toll-free: portable too
    (PLAIN, False),               # already yours
    (NOT_MINE, False),            # another customer's
    ("2125550110", False),        # on offer at VoIP Innovations
    ("6175550160", False),        # in an active port
    ("9075550100", False),        # not covered (demo: NPA 907)
    ("6175550199", False),        # listed as not portable
])
def test_is_portable_rules(vi, tn, portable):
    assert vi.ok("isPortable", {"tn": tn}).text("IsPortable") == ("true" if portable else "false")


@pytest.mark.parametrize("tn", ["+16465550100", "646555010", "", "646-555-0100"])
def test_is_portable_wants_ten_digits(vi, tn):
    assert vi.code("isPortable", {"tn": tn}) == 944


def test_ports_and_not_portable_seed_keys(vi):
    reply = vi.seed(ports=[{"dids": ["5035550180"], "defaultEndpointGroup": 13551, "endUser": "Seeded",
                            "portingFrom": "Lumen", "end": "SUBMITTED"},
                           {"dids": ["5035550181"], "end": "REJECTED", "reason": "PIN mismatch", "submitted": -2 * DAY}],
                    not_portable=["503555"])
    first, second = reply["ports"]
    assert first == 7003 and second == 7004
    rejected = port_detail(vi.ok("getPortDetails", {"portId": second}))
    assert rejected["status"] == "REJECTED" and rejected["focDate"] == "" and rejected["defaultEndpointGroup"] == ""
    assert "PIN mismatch" in vi.ok("GetPortHistory", {"tn": "5035550181"}).items("PortHistory")[-1]["description"]
    vi.advance(30 * DAY)
    assert port_detail(vi.ok("getPortDetails", {"portId": first}))["status"] == "SUBMITTED"    # its end
    assert vi.ok("isPortable", {"tn": "5035550199"}).text("IsPortable") == "false"
    for bad in ({"dids": [PLAIN]}, {"dids": ["5035550182"], "defaultEndpointGroup": 13553},
                {"dids": ["5035550182"], "end": "LOST"}, {"dids": []}, {"dids": ["5035550182"], "colour": "red"}):
        assert vi.control("POST", "/seed", {"carrier": "voipinnovations", "ports": [bad]}).status == 400, bad
