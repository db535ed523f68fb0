"""VoIP.ms LNP: getPortability, addLNPPort validation, addLNPFile (POST only), the getLNP* reads and
the lifecycle on the emulator clock, ending with the numbers as DIDs of the account."""

from __future__ import annotations

import base64

import pytest

from emulator.voipms.seed import DEMO_PASSWORD, DEMO_USERNAME
from voipms_testclient import VoipMs

PORT = {"numbers": "3055551234,3055551235", "portType": "1", "snn": "1234", "statementName": "",
        "firstName": "John", "lastName": "Doe", "address1": "1 Main St", "city": "Miami", "zip": "33101",
        "state": "FL", "country": "US", "providerName": "AT&T", "providerAccount": "A-1", "notes": "please"}
PDF = base64.b64encode(b"%PDF-1.4 signed invoice").decode()
HOUR = 3600
DAY = 86400


@pytest.fixture
def vms(client):
    return VoipMs(client.port)


def _port(vms, **change) -> str:
    return vms.ok("addLNPPort", **{**PORT, **change})["port"]


# -- getPortability -------------------------------------------------------------------------------

def test_portability(vms):
    assert vms.ok("getPortability", did="3055551234") == {
        "status": "success", "portable": "yes", "sms": "yes",
        "plans": [{"title": "Per Minute Plan", "pricePerMonth": "0.99", "pricePerMin": "0.01"},
                  {"title": "Monthly Flat Rate Plan", "pricePerMonth": "4.95", "pricePerMin": "0.00"}]}
    assert vms.ok("getPortability", did="8005559999")["sms"] == "no"
    assert vms.ok("getPortability", did="3055550042") == {"status": "success", "portable": "no", "sms": "no",
                                                          "plans": []}
    assert vms.call("getPortability") == {"status": "missing_did"}
    assert vms.call("getPortability", did="305") == {"status": "invalid_did"}
    assert vms.call("getPortability", did="7862285619") == {"status": "invalid_number_exist"}  # in stock
    assert vms.call("getPortability", did="2055550700") == {"status": "invalid_number_exist"}  # fax stock


# -- addLNPPort -------------------------------------------------------------------------------------

def test_add_port_and_read(vms):
    port_id = _port(vms)
    assert port_id == "1001"
    assert vms.ok("getLNPStatus", portid=port_id) == {"status": "success", "post_status": "pending_approval",
                                                      "post_status_description": "Pending Approval"}
    details = vms.ok("getLNPDetails", portid=port_id)
    # 11 digits, as the seed's example shows them (L5825: "###########")
    assert details["numbers"] == [{"did": "13055551234", "rateCenter": "MIAMI", "state": "FL"},
                                  {"did": "13055551235", "rateCenter": "MIAMI", "state": "FL"}]
    assert (details["id"], details["portType"], details["customer_notes"], details["focDate"]) == \
        ("1001", "1", "please", "")
    assert details["notes"][0]["note"].startswith("You have submitted a new LNP Order.")
    assert list(details) == ["status", "id", "numbers", "isPartial", "locationType", "isMobile", "mobileInfo",
                             "tfType", "portType", "btn", "services", "statementName", "firstName", "lastName",
                             "address1", "address2", "city", "zip", "state", "country", "providerName",
                             "providerAccount", "customer_notes", "notes", "post_status", "post_status_description",
                             "date", "focDate", "attachments"]
    assert "snn" not in details
    assert vms.ok("getLNPList")["list"] == [{"portid": "1001", "numbers": "3055551234,3055551235", "foc_date": False,
                                             "status": "pending_approval"}]
    assert vms.ok("getLNPNotes", portid=port_id)["list"] == details["notes"]


@pytest.mark.parametrize("change,code", [
    ({"numbers": None}, "missing_numbers"),
    ({"numbers": " , "}, "missing_numbers"),
    ({"numbers": "305555123"}, "invalid_number"),
    ({"portType": None}, "invalid_porttype"),
    ({"portType": "6"}, "invalid_porttype"),
    ({"numbers": "3055551234,8005551234"}, "invalid_mixed_numbers"),
    ({"numbers": "8005551234"}, "invalid_tfnumber_porttype"),
    ({"portType": "3", "tfType": "1"}, "invalid_number_porttype"),
    ({"portType": "2", "imei": "1"}, "invalid_number_us"),
    ({"numbers": "4165551234"}, "invalid_number_canadian"),
    ({"snn": "12"}, "invalid_snn"),
    ({"snn": None}, "invalid_snn"),
    ({"isMobile": "1"}, "invalid_pin_number"),
    ({"isMobile": "1", "pin": "99"}, "missing_params"),  # btn/services
    ({"numbers": "8005551234", "portType": "3"}, "missing_params"),  # tfType
    ({"numbers": "4165551234", "portType": "2", "state": "ON", "country": "CA", "zip": "M5V 2T6"}, "missing_params"),
    ({"locationType": "1"}, "invalid_statement_name"),
    ({"firstName": ""}, "invalid_firstname"),
    ({"lastName": ""}, "invalid_lastname"),
    ({"address1": ""}, "invalid_address"),
    ({"city": ""}, "invalid_city"),
    ({"zip": "3310"}, "invalid_zip"),
    ({"state": "ON"}, "invalid_state"),
    ({"country": "MX", "zip": "01000"}, "invalid_country"),
    ({"providerName": ""}, "invalid_provider_name"),
    ({"providerAccount": ""}, "invalid_provider_account"),
    ({"notes": "n" * 501}, "note_toolong"),
    ({"numbers": "7862285619"}, "invalid_number_exist"),
    ({"numbers": "3055550042"}, "invalid_number"),
    ({"numbers": "3055550042", "portType": "4"}, "invalid_number_fax"),
])
def test_add_port_errors(vms, change, code):
    params = {k: v for k, v in {**PORT, **change}.items() if v is not None}
    assert vms.call("addLNPPort", **params) == {"status": code}
    assert vms.ok("getLNPList")["list"] == []


def test_add_port_other_types(vms):
    _port(vms, numbers="4165551234", portType="2", state="ON", country="CA", zip="M5V 2T6", imei="3520990000000")
    _port(vms, numbers="8005551234", portType="3", tfType="2", snn=None)
    _port(vms, numbers="3055551299", isMobile="1", pin="4321", btn="3055551200", services="DSL", locationType="1",
          statementName="ACME")
    assert vms.call("addLNPPort", **PORT) == {"status": "success", "port": "1004"}
    assert vms.call("addLNPPort", **PORT) == {"status": "invalid_number_exist"}  # already in an open port


@pytest.mark.parametrize("tf_type", [None, "", "0", "4", "x", "American"])
def test_toll_free_port_needs_a_tftype_of_the_seed(vms, tf_type):
    """tfType is "[Required If portType = 3]" with the values 1, 2, 3 (seed L5718)."""
    params = {k: v for k, v in {**PORT, "numbers": "8005551234", "portType": "3", "tfType": tf_type}.items()
              if v is not None}
    assert vms.call("addLNPPort", **params) == {"status": "missing_params"}
    assert vms.ok("getLNPList")["list"] == []


@pytest.mark.parametrize("tf_type", ["1", "2", "3"])
def test_toll_free_port_keeps_its_tftype(vms, tf_type):
    port_id = _port(vms, numbers="8005551234", portType="3", tfType=tf_type, snn=None)
    details = vms.ok("getLNPDetails", portid=port_id)
    assert (details["portType"], details["tfType"]) == ("3", tf_type)


def test_local_port_reads_tftype_0_whatever_was_sent(vms):
    port_id = _port(vms, tfType="2")
    assert vms.ok("getLNPDetails", portid=port_id)["tfType"] == "0"


CANADIAN = {"numbers": "4165551234", "portType": "2", "snn": None, "state": "ON", "country": "CA", "zip": "M5V 2T6",
            "city": "Toronto", "imei": "356938035643809"}


@pytest.mark.parametrize("change", [{}, {"portType": "5"}, {"zip": "m5v2t6"}, {"numbers": "14165551234"}])
def test_canadian_ports_are_accepted(vms, change):
    port_id = _port(vms, **{**CANADIAN, **change})
    details = vms.ok("getLNPDetails", portid=port_id)
    assert (details["portType"], details["country"], details["state"], details["mobileInfo"]) == \
        (change.get("portType", "2"), "CA", "ON", "356938035643809")
    assert details["numbers"][0]["did"] == "14165551234"


@pytest.mark.parametrize("change,code", [
    ({"imei": None}, "missing_params"),                   # "[Required If portType = 2 or portType = 5]"
    ({"imei": None, "portType": "5"}, "missing_params"),
    ({"zip": "33101"}, "invalid_zip"),                    # a US ZIP on a Canadian address
    ({"state": "FL"}, "invalid_state"),
    ({"numbers": "3055551234"}, "invalid_number_us"),
    ({"portType": "1", "snn": "1234"}, "invalid_number_canadian"),
])
def test_canadian_port_errors(vms, change, code):
    params = {k: v for k, v in {**PORT, **CANADIAN, **change}.items() if v is not None}
    assert vms.call("addLNPPort", **params) == {"status": code}


def test_list_in_11_digits_on_request(vms):
    _port(vms)
    vms.seed(settings={"lnp_list_digits": 11})
    assert vms.ok("getLNPList")["list"][0]["numbers"] == "13055551234,13055551235"
    vms.seed(settings={"lnp_list_digits": 10})
    assert vms.ok("getLNPList")["list"][0]["numbers"] == "3055551234,3055551235"
    assert vms.control("POST", "/seed", {"carrier": "voipms", "settings": {"lnp_list_digits": 12}}).status == 400


def test_fault_aimed_at_one_function(vms):
    """Every VoIP.ms call shares one path: a fault rule's ``function`` picks the ``method``."""
    port_id = _port(vms)
    assert vms.control("POST", "/faults", {"carrier": "voipms", "function": "addLNPFile", "kind": "status",
                                           "status": 500}).status == 200
    assert vms.ok("getLNPDetails", portid=port_id)["attachments"] == []          # not hit
    reply = vms.raw({"api_username": DEMO_USERNAME, "api_password": DEMO_PASSWORD, "method": "addLNPFile",
                     "portid": port_id, "file": PDF})
    assert reply.status == 500
    assert vms.ok("getLNPDetails", portid=port_id)["attachments"] == []          # the fault changed nothing
    assert vms.ok("addLNPFile", portid=port_id, file=PDF)["attachment"] == "1"  # used up
    assert vms.control("POST", "/faults", {"function": 7, "kind": "status"}).status == 400


# -- addLNPFile ---------------------------------------------------------------------------------------

def test_add_file_post_only(vms):
    port_id = _port(vms)
    assert vms.call("getLNPAttachList", portid=port_id) == {"status": "no_attachments"}
    assert vms.call("addLNPFile", via="get", portid=port_id, file=PDF) == {"status": "missing_file"}
    assert vms.ok("addLNPFile", portid=port_id, file=PDF) == {"status": "success", "attachment": "1"}
    assert vms.ok("addLNPFile", via="multipart", portid=port_id, file=PDF)["attachment"] == "2"
    assert vms.ok("getLNPDetails", portid=port_id)["attachments"][0] == {
        "id": "1", "description": "Invoice", "type": "pdf", "bytes": str(len(b"%PDF-1.4 signed invoice"))}
    assert vms.ok("getLNPAttachList", portid=port_id)["list"][1] == {"attachid": "2", "type": "pdf", "size": "23"}
    assert vms.ok("getLNPAttach", portid=port_id, attachid="1")["base64"] == PDF
    assert vms.call("getLNPAttach", portid=port_id, attachid="9") == {"status": "invalid_attachid"}


@pytest.mark.parametrize("params,code", [
    ({"file": PDF}, "missing_params"),
    ({"portid": "9", "file": PDF}, "invalid_portingid"),
    ({"portid": "1001"}, "missing_file"),
    ({"portid": "1001", "file": "not base64!"}, "no_base64file"),
    ({"portid": "1001", "file": base64.b64encode(b"MZ\x90\x00 exe").decode()}, "invalid_attach_file"),
])
def test_add_file_errors(vms, params, code):
    _port(vms)
    assert vms.call("addLNPFile", **params) == {"status": code}


def test_other_file_types(vms):
    port_id = _port(vms)
    for data, kind in ((b"\xff\xd8\xff\xe0jpeg", "jpg"), (b"BM6bmp", "bmp"), (b"\xd0\xcf\x11\xe0doc", "doc")):
        vms.ok("addLNPFile", portid=port_id, file=base64.b64encode(data).decode())
        assert vms.ok("getLNPDetails", portid=port_id)["attachments"][-1]["type"] == kind


# -- reads -----------------------------------------------------------------------------------------

def test_reads_unknown_port(vms):
    for method in ("getLNPStatus", "getLNPDetails", "getLNPNotes", "getLNPAttachList"):
        assert vms.call(method, portid="9") == {"status": "invalid_portingid"}
        assert vms.call(method) == {"status": "missing_params"}


def test_list_filters(vms):
    first = _port(vms)
    second = _port(vms, numbers="3055551236")
    vms.seed(lnp_status=[{"portid": second, "status": "processing"}])
    assert [p["portid"] for p in vms.ok("getLNPList", portStatus="processing")["list"]] == [second]
    assert [p["portid"] for p in vms.ok("getLNPList", portid=first)["list"]] == [first]
    assert vms.call("getLNPList", portid="9") == {"status": "invalid_portingid"}
    assert vms.call("getLNPList", portStatus="precessing") == {"status": "invalid_port_status"}
    assert vms.call("getLNPList", startDate="2019-13-01") == {"status": "invalid_foc_startdate"}
    assert vms.call("getLNPList", endDate="yesterday") == {"status": "invalid_foc_enddate"}
    assert vms.ok("getLNPList", startDate="2000-01-01", endDate="2000-12-31")["list"] == []
    assert len(vms.ok("getLNPList", startDate="2000-01-01")["list"]) == 2


# -- lifecycle ------------------------------------------------------------------------------------

def test_lifecycle_on_the_clock(vms):
    port_id = _port(vms)
    vms.advance(HOUR - 5)
    assert vms.ok("getLNPStatus", portid=port_id)["post_status"] == "pending_approval"
    vms.advance(10)
    assert vms.ok("getLNPStatus", portid=port_id) == {"status": "success", "post_status": "processing",
                                                      "post_status_description": "Processing"}
    vms.advance(DAY)
    row = vms.ok("getLNPList")["list"][0]
    assert row["status"] == "foc_received" and isinstance(row["foc_date"], str)
    details = vms.ok("getLNPDetails", portid=port_id)
    assert details["focDate"] == row["foc_date"] and len(details["notes"]) == 3
    assert vms.call("getDIDsInfo") == {"status": "no_did"}
    vms.advance(2 * DAY)
    assert vms.ok("getLNPStatus", portid=port_id)["post_status"] == "completed"
    dids = vms.ok("getDIDsInfo")["dids"]
    assert [d["did"] for d in dids] == ["3055551234", "3055551235"]
    assert (dids[0]["description"], dids[0]["routing"], dids[0]["pop"], dids[0]["sms_available"]) == \
        ("MIAMI, FL", "account:100000", "1", "1")
    assert dids[0]["order_date"][:10] == row["foc_date"]
    assert vms.call("getPortability", did="3055551234") == {"status": "invalid_number_exist"}
    # cancelled later: a ported number does not go to the stock
    vms.ok("cancelDID", did="3055551234")
    assert "3055551234" not in vms.state()["available"]


def test_big_jump_passes_every_step(vms):
    port_id = _port(vms)
    vms.advance(10 * DAY)
    notes = [n["note"] for n in vms.ok("getLNPNotes", portid=port_id)["list"]]
    assert len(notes) == 4 and "Completed" in notes[-1]


def test_fax_port_completes_as_fax_numbers(vms):
    _port(vms, numbers="3055551240", portType="4")
    vms.advance(3 * DAY)
    numbers = vms.ok("getFaxNumbersInfo")["numbers"]
    assert [(n["did"], n["city"], n["state"]) for n in numbers] == [("3055551240", "MIAMI", "FL")]
    assert vms.call("getDIDsInfo") == {"status": "no_did"}


def test_custom_timings_and_seed_status(vms):
    vms.seed(settings={"lnp_processing_delay": 10, "lnp_foc_delay": 20, "lnp_complete_delay": 30})
    port_id = _port(vms)
    vms.advance(25)
    assert vms.ok("getLNPStatus", portid=port_id)["post_status"] == "foc_received"
    rejected = _port(vms, numbers="3055551250")
    vms.seed(lnp_status=[{"portid": rejected, "status": "rejected", "reason": "Invalid PIN"}])
    assert vms.ok("getLNPStatus", portid=rejected)["post_status"] == "rejected"
    assert "Invalid PIN" in vms.ok("getLNPNotes", portid=rejected)["list"][-1]["note"]
    vms.advance(DAY)
    assert vms.ok("getLNPStatus", portid=rejected)["post_status"] == "rejected"  # final: stays
    assert vms.call("getDIDsInfo", did="3055551250") == {"status": "invalid_did"}


def test_completion_rejected_when_number_taken(vms):
    port_id = _port(vms, numbers="3055551260")
    vms.seed(stock=[{"did": "3055551260", "state": "FL", "ratecenter": "MIAMI"}])
    vms.order("3055551260")
    vms.advance(3 * DAY)
    assert vms.ok("getLNPStatus", portid=port_id)["post_status"] == "rejected"


def test_seeded_port_and_completion_via_seed(vms):
    summary = vms.seed(ports=[{"numbers": ["3055551270"], "firstName": "A", "city": "Miami", "state": "FL",
                               "country": "US", "status": "processing"}])
    port_id = summary["ports"][0]
    assert vms.ok("getLNPStatus", portid=port_id)["post_status"] == "processing"
    vms.seed(lnp_status=[{"portid": port_id, "status": "completed"}])
    assert vms.did_info("3055551270")["routing"] == "account:100000"


def test_lnp_flags_are_one_or_zero_and_true_is_not_one(vms):
    """isPartial/locationType/isMobile are "1 = ..., 0 = ..." with no error code of their own:
    read as PHP's integer cast would, so "true" is not taken for 1 (project-defined reading)."""
    details = vms.ok("getLNPDetails", portid=_port(vms, isPartial="true", locationType="yes", isMobile="true"))
    assert (details["isPartial"], details["locationType"], details["isMobile"]) == ("0", "0", "0")
    details = vms.ok("getLNPDetails", portid=_port(vms, numbers="3055551236", isPartial="1"))
    assert details["isPartial"] == "1"
