"""VoIP Innovations emulator, numbers and their features: auditDIDs, queryDID, the searches,
reserveDID / assignDID / assignDIDExtended / configDID / releaseDID with each number's statusCode
inside a top-level 100, personal inventory, CNAM display, failover, forward, DID groups and
conference lines (seed L3-73, L141-159, L234-261, L317-454, L473-499, L603-618, L729-757)."""

from __future__ import annotations

import pytest

from emulator.voipinnovations.seed import OTHER_LOGIN, OTHER_SECRET
from voipinnovations_testclient import VoipInnovations, dp

OWNED = ["2125550100", "2125550101", "2135550150", "2145550120", "3055550140", "3125550110", "8885550130"]


@pytest.fixture
def vi(client):
    return VoipInnovations(client.port)


def locators(vi, **criteria) -> list:
    return [loc["tn"] for loc in vi.ok("getDIDs", criteria).items("DIDLocators")]


def batch(vi, op, *params) -> dict:
    reply = vi.ok(op, {"didParams": list(params)})     # top level is 100 whatever the numbers say
    return reply.statuses()


def query(vi, tn) -> dict:
    return vi.ok("queryDID", {"did": tn}).did()


# -- reads ------------------------------------------------------------------------------------------

def test_audit_dids_lists_every_owned_number(vi):
    dids = vi.ok("auditDIDs").dids
    assert [d["tn"] for d in dids] == OWNED
    assert all(d["statusCode"] == "100" and d["availability"] == "assigned" for d in dids)
    main = dids[0]
    assert (main["endpointId"], main["cnam"], main["cnamName"], main["refId"], main["didGroupId"]) == (
        "13550", "true", "DEMO MAIN LINE", "main-line", "501")
    assert main["expireDate"] == "1900-01-01T00:00:00" and main["has911"] == "false"


def test_audit_dids_without_numbers_returns_the_dummy_record(vi):
    vi.seed(accounts=[{"login": "empty", "secret": "s"}])
    reply = vi.ok("auditDIDs", login="empty", secret="s")
    dummy = reply.did()
    assert (dummy["tn"], dummy["statusCode"], dummy["status"], dummy["tier"]) == ("", "101200", "UNKNOWN", "-99999")


def test_query_did_of_an_owned_number(vi):
    reply = vi.ok("queryDID", {"did": "3125550110"})
    did = reply.did()
    assert (did["statusCode"], did["availability"], did["forward"], did["endpointId"]) == ("100", "assigned", "7735550123", "13551")
    assert reply.conference_line == {"TN": "3125550110", "Enabled": "false"}


@pytest.mark.parametrize("tn,code,availability", [
    ("2125550110", "100", "available"),
    ("7025550100", "100", "available"),        # Extended Inventory
    ("2145550109", "102230", "Unavailable"),   # reserved for vi-other
    ("2125550199", "102235", "Unavailable"),   # owned by vi-other
    ("2125559999", "102420", ""),
    ("+12125550100", "102420", ""),
    ("", "102420", ""),
])
def test_query_did_of_numbers_that_are_not_yours(vi, tn, code, availability):
    did = query(vi, tn)
    assert (did["statusCode"], did.get("availability", "")) == (code, availability)
    if code == "102420":
        assert (did["tn"], did["status"], did["tier"]) == ("", "no records found", "-99999")


# -- search -----------------------------------------------------------------------------------------

def test_searches_need_a_criterion(vi):
    for op in ("getDIDs", "getDIDCount", "getDIDsExtended"):
        reply = vi.call(op, {"state": "", "npa": None})
        assert (reply.code, reply.message) == (302490, "No search criteria defined")


@pytest.mark.parametrize("criteria,expected", [
    ({"state": "TF"}, ["8885550100", "8885550101", "8885550102", "8885550103"]),
    ({"state": "il"}, [f"31255501{i:02d}" for i in range(6)]),
    ({"npa": "214", "tier": "2"}, [f"21455501{i:02d}" for i in range(5, 9)]),   # 2145550109 is reserved
    ({"rateCenter": "los angeles", "t38": "true"}, ["2135550100", "2135550103", "2135550106", "2135550109"]),
    ({"npa": "305", "cnam": "1", "sms": "1"}, ["3055550100", "3055550102", "3055550104", "3055550106"]),
    ({"npa": "312", "t38": "false"}, [f"31255501{i:02d}" for i in range(6)]),    # false does not filter
    ({"lata": "460", "network": "level 3"}, [f"30555501{i:02d}" for i in range(8)]),
    ({"npa": "212", "nxx": "555", "network": "Bandwidth"}, []),
    ({"npa": "702"}, []),                                                          # Extended only
])
def test_get_dids_filters(vi, criteria, expected):
    assert locators(vi, **criteria) == expected


def test_get_dids_locator_fields_and_bad_flag(vi):
    loc = vi.ok("getDIDs", {"npa": "212", "nxx": "555"}).items("DIDLocators")[0]
    assert loc == {"tn": "2125550110", "rateCenter": "NEW YORK CITY", "state": "NY", "tier": "1", "lataId": "132",
                   "outboundCNAM": "true", "t38": "true", "sms": "true", "Network": "Level 3"}
    assert vi.code("getDIDs", {"npa": "212", "t38": "yes"}) == 900


def test_get_did_count_groups_and_orders(vi):
    rows = vi.ok("getDIDCount", {"state": "TX"}).items("DIDCounts")
    assert sum(int(r["didCount"]) for r in rows) == 9
    assert {r["tier"] for r in rows} == {"1", "2"} and all(r["rateCenter"] == "DALLAS" for r in rows)
    by_tier = vi.ok("getDIDCount", {"npa": "214", "orderby": "tier"}).items("DIDCounts")
    assert [r["tier"] for r in by_tier] == sorted(r["tier"] for r in by_tier)


@pytest.mark.parametrize("criteria,found", [
    ({"state": "NV"}, None), ({"state": "NV", "rateCenter": "LAS VEGAS"}, 8), ({"npa": "702"}, 8), ({"lata": "721"}, 8),
    ({"npa": "212"}, 0),
])
def test_get_dids_extended_searches_the_extended_inventory_only(vi, criteria, found):
    reply = vi.call("getDIDsExtended", criteria)
    if found is None:
        assert reply.code == 302490
    else:
        assert reply.code == 100 and len(reply.items("DIDLocators")) == found


# -- reserve ------------------------------------------------------------------------------------------

def test_reserve_did_per_number_codes(vi):
    statuses = batch(vi, "reserveDID", dp("2125550110", ref_id="r1"), dp("2125550110"), dp("2125550100"),
                     dp("2145550109"), dp("2125550199"), dp("2125559999"), dp("7025550101"))
    assert statuses == {"2125550110": "103220", "2125550100": "103225", "2145550109": "103230",
                        "2125550199": "103235", "2125559999": "103420", "7025550101": "100"}
    dids = vi.ok("reserveDID", {"didParams": [dp("2125550111")]}).dids
    assert dids[0]["status"] == "Reserved for 30 minutes -- Will be Tier 1" and dids[0]["availability"] == "reserved"
    assert query(vi, "2125550110")["availability"] == "reserved"
    # another company sees the hold
    other = vi.ok("queryDID", {"did": "2125550110"}, login=OTHER_LOGIN, secret=OTHER_SECRET).did()
    assert other["statusCode"] == "102230"


def test_reserve_and_assign_respect_origination_and_tiers(vi):
    vi.seed(accounts=[{"login": "lim", "secret": "s", "tf_origination": False, "standard_origination": False,
                       "tiers": ["2"]}],
            endpoint_groups=[{"account": "lim", "ID": 20000, "Name": "Lim PBX"}])
    lim = {"login": "lim", "secret": "s"}
    reply = vi.ok("reserveDID", {"didParams": [dp("8885550100"), dp("2125550110"), dp("2145550105")]}, **lim)
    assert reply.statuses() == {"8885550100": "103250", "2125550110": "103259", "2145550105": "100"}
    reply = vi.ok("assignDID", {"didParams": [dp("8885550101", 20000), dp("2145550106", 20000)]}, **lim)
    assert reply.statuses() == {"8885550101": "104250", "2145550106": "104251"}


def test_empty_did_params_answer_101(vi):
    assert vi.code("reserveDID", {"didParams": []}) == 101
    assert vi.code("assignDID") == 101


# -- assign -------------------------------------------------------------------------------------------

def test_assign_did_orders_the_number(vi):
    reply = vi.ok("assignDID", {"didParams": [dp("2125550113", 13551, cnam="true", ref_id="order-7")]})
    did = reply.did()
    assert did["statusCode"] == "100" and did["status"] == "Assigned to endpoint '13551' rewritten as '2125550113' Tier 1"
    owned = query(vi, "2125550113")
    assert (owned["availability"], owned["endpointId"], owned["cnam"], owned["refId"]) == ("assigned", "13551", "true", "order-7")
    assert "2125550113" not in locators(vi, npa="212")
    # a second order of the same number is "already assigned to you"
    assert batch(vi, "assignDID", dp("2125550113", 13551)) == {"2125550113": "104225"}


def test_assign_did_per_number_codes_in_one_batch(vi):
    statuses = batch(vi, "assignDID", dp("2125550114", 13550), dp("2125550100", 13550), dp("2145550109", 13550),
                     dp("2125550199", 13550), dp("2125559999", 13550), dp("7025550100", 13550),
                     dp("2125550115", 13553), dp("2125550116", 0), dp("2125550117", 13552))
    assert statuses == {"2125550114": "100", "2125550100": "104225", "2145550109": "104230", "2125550199": "104235",
                        "2125559999": "104420", "7025550100": "104420", "2125550115": "104258",
                        "2125550116": "104258", "2125550117": "100"}   # an inactive group of yours takes numbers


def test_assign_a_number_reserved_for_you_keeps_the_reservation_ref_id(vi):
    batch(vi, "reserveDID", dp("2125550118", ref_id="held"))
    assert batch(vi, "assignDID", dp("2125550118", 13550)) == {"2125550118": "100"}
    assert query(vi, "2125550118")["refId"] == "held"
    assert "2125550118" not in vi.state()["reservations"]


def test_assign_did_extended_takes_extended_numbers_only(vi):
    assert batch(vi, "assignDIDExtended", dp("7025550102", 13550), dp("2125550119", 13550)) == {
        "7025550102": "100", "2125550119": "104420"}
    assert query(vi, "7025550102")["tier"] == "3"


# -- config -------------------------------------------------------------------------------------------

def test_config_did_changes_group_cnam_and_ref_id(vi):
    assert batch(vi, "configDID", dp("2125550101", 13551, cnam="1", ref_id="new")) == {"2125550101": "100"}
    did = query(vi, "2125550101")
    assert (did["endpointId"], did["cnam"], did["refId"]) == ("13551", "true", "new")
    batch(vi, "configDID", dp("2125550101", 13550))          # cnam and refId absent: unchanged
    did = query(vi, "2125550101")
    assert (did["endpointId"], did["cnam"], did["refId"]) == ("13550", "true", "new")
    batch(vi, "configDID", dp("2125550101", 13550, cnam="false", ref_id=""))
    did = query(vi, "2125550101")
    assert (did["cnam"], did["refId"]) == ("false", "")


def test_config_did_per_number_codes(vi):
    batch(vi, "reserveDID", dp("2125550110"))
    statuses = batch(vi, "configDID", dp("2125550111", 13550), dp("2125550110", 13550), dp("2145550109", 13550),
                     dp("2125550199", 13550), dp("2125559999", 13550), dp("2125550100", 13553))
    assert statuses == {"2125550111": "105221", "2125550110": "105225", "2145550109": "105230",
                        "2125550199": "105235", "2125559999": "105420", "2125550100": "105258"}
    assert query(vi, "2125550100")["endpointId"] == "13550"


def test_config_did_takes_a_number_out_of_personal_inventory(vi):
    batch(vi, "configDID", dp("2135550150", 13550))
    assert vi.ok("GetInventoryTNs", {"didType": "ALL"}).items("TNs") == []


# -- release ------------------------------------------------------------------------------------------

def test_release_did_puts_the_number_back_on_offer(vi):
    assert batch(vi, "releaseDID", dp("2145550120")) == {"2145550120": "100"}
    assert "2145550120" not in [d["tn"] for d in vi.ok("auditDIDs").dids]
    assert query(vi, "2145550120")["availability"] == "available"
    assert "2145550120" in locators(vi, npa="214", tier="1")
    # released again: already available (the driver's "already absent")
    assert batch(vi, "releaseDID", dp("2145550120")) == {"2145550120": "106231"}


def test_release_did_per_number_codes(vi):
    batch(vi, "reserveDID", dp("2125550110"))
    statuses = batch(vi, "releaseDID", dp("2125550110"), dp("2145550109"), dp("2125550199"), dp("2125559999"),
                     dp("2125550111"))
    assert statuses == {"2125550110": "106220", "2145550109": "106230", "2125550199": "106235",
                        "2125559999": "106420", "2125550111": "106231"}


# -- personal inventory -----------------------------------------------------------------------------

@pytest.mark.parametrize("did_type,expected", [
    ("ALL", ["2135550150", "8885550130"]), ("LOCAL", ["2135550150"]), ("tf", ["8885550130"]), ("INTL", []),
    ("whatever", ["2135550150", "8885550130"]), (None, ["2135550150", "8885550130"]),
])
def test_inventory_dids_and_get_inventory_tns(vi, did_type, expected):
    assert batch(vi, "InventoryDIDs", dp("8885550130"), dp("2125550110")) == {"8885550130": "100", "2125550110": "101"}
    assert vi.ok("GetInventoryTNs", {"didType": did_type}).items("TNs") == expected
    assert query(vi, "8885550130")["endpointId"] == "0"


def test_get_unconfigured_tns(vi):
    assert vi.ok("GetUnconfiguredTNs", {"didType": "ALL"}).items("TNs") == ["3055550140"]
    batch(vi, "configDID", dp("3055550140", 13550))
    assert vi.ok("GetUnconfiguredTNs", {"didType": "LOCAL"}).items("TNs") == []


# -- CNAM display ---------------------------------------------------------------------------------------

def test_cnam_display_get_update_remove(vi):
    assert vi.ok("GetCNAMDisplay", {"tn": "2125550100"}).text("DisplayName") == "DEMO MAIN LINE"
    assert vi.ok("UpdateCNAMDisplay", {"tn": "2125550101", "name": "Front Desk 2"}).text("DisplayName") == "Front Desk 2"
    did = query(vi, "2125550101")
    assert (did["cnamName"], did["cnamStorageActive"]) == ("Front Desk 2", "true")
    vi.ok("RemoveCNAM", {"tn": "2125550101"})
    vi.ok("RemoveCNAM", {"tn": "2125550101"})     # nothing left to remove: success
    did = query(vi, "2125550101")
    assert (did["cnamName"], did["cnamStorageActive"]) == ("", "false")
    assert vi.ok("GetCNAMDisplay", {"tn": "2125550101"}).text("DisplayName") == ""


@pytest.mark.parametrize("op,params,code", [
    ("UpdateCNAMDisplay", {"tn": "2125550101", "name": "O'Brien"}, 934),
    ("UpdateCNAMDisplay", {"tn": "2125550101", "name": "A NAME TOO LONG X"}, 934),
    ("UpdateCNAMDisplay", {"tn": "2125550101", "name": "   "}, 934),
    ("UpdateCNAMDisplay", {"tn": "2125550101"}, 934),
    ("UpdateCNAMDisplay", {"tn": "3125550110", "name": "OK"}, 933),     # no CNAM storage
    ("RemoveCNAM", {"tn": "3125550110"}, 933),
    ("UpdateCNAMDisplay", {"tn": "2125550199", "name": "OK"}, 101),     # not yours
    ("GetCNAMDisplay", {"tn": "2125550110"}, 101),
    ("GetCNAMDisplay", {}, 101),
])
def test_cnam_display_errors(vi, op, params, code):
    assert vi.code(op, params) == code


# -- failover and forward ------------------------------------------------------------------------------

def test_failover_set_read_audit_remove(vi):
    vi.ok("UpdateDIDFailover", {"tn": "2125550100", "failover": "9175550100"})
    reply = vi.ok("GetDIDFailover", {"tn": "2125550100"})
    assert reply.did()["failover"] == "9175550100" and reply.conference_line["TN"] == "2125550100"
    audit = vi.ok("AuditDIDFailovers").items("DIDFailover")
    assert {"TN": "2125550100", "FailoverTN": "9175550100"} in audit and len(audit) == 3
    vi.ok("UpdateDIDFailover", {"tn": "2125550100", "failover": ""})   # blank removes (seed L324)
    assert vi.ok("GetDIDFailover", {"tn": "2125550100"}).did()["failover"] == ""


@pytest.mark.parametrize("op,params,code", [
    ("UpdateDIDFailover", {"tn": "2125550100", "failover": "917555"}, 944),
    ("UpdateDIDFailover", {"tn": "2125550100", "failover": "2125550100"}, 944),
    ("UpdateDIDFailover", {"tn": "2125550110", "failover": "9175550100"}, 101),
    ("GetDIDFailover", {"tn": "2125550199"}, 101),
    ("SetDIDForward", {"tn": "2125550100", "forward": "+19175550100"}, 944),
    ("SetDIDForward", {"tn": "2125550100", "forward": ""}, 944),
    ("SetDIDForward", {"tn": "2125550100", "forward": "2125550100"}, 944),
    ("SetDIDForward", {"tn": "2125550199", "forward": "9175550100"}, 101),
    ("GetDIDForward", {"tn": "2125559999"}, 101),
    ("RemoveDIDForward", {"tn": "3125550110", "epgId": "13553"}, 948),   # vi-other's group
    ("RemoveDIDForward", {"tn": "3125550110", "epgId": "abc"}, 948),
    ("RemoveDIDForward", {"tn": "3125550110"}, 948),
    ("RemoveDIDForward", {"tn": "2125550199", "epgId": "13550"}, 101),
])
def test_failover_and_forward_errors(vi, op, params, code):
    assert vi.code(op, params) == code


def test_forward_set_read_audit_remove(vi):
    vi.ok("SetDIDForward", {"tn": "2125550100", "forward": "9175550111"})
    did = vi.ok("GetDIDForward", {"tn": "2125550100"}).did()
    assert (did["forward"], did["endpointId"]) == ("9175550111", "13550")   # the EPG is kept
    assert vi.ok("AuditDIDForwards").items("DIDForward") == [
        {"TN": "2125550100", "ForwardTN": "9175550111"}, {"TN": "3125550110", "ForwardTN": "7735550123"}]
    vi.ok("RemoveDIDForward", {"tn": "3125550110", "epgId": "13550"})
    did = query(vi, "3125550110")
    assert (did["forward"], did["endpointId"]) == ("", "13550")
    vi.ok("RemoveDIDForward", {"tn": "3125550110", "epgId": "13551"})   # no forward left: still success
    assert query(vi, "3125550110")["endpointId"] == "13551"


# -- DID groups and conference lines -------------------------------------------------------------------

def test_did_groups(vi):
    created = vi.ok("CreateDIDGroup", {"name": "Support"}).items("DIDGroups")
    assert created == [{"Name": "Support", "ID": "502"}]
    vi.ok("SetDIDGroup", {"tn": "2145550120", "groupId": 502})
    assert vi.ok("GetDIDGroup", {"tn": "2145550120"}).items("DIDGroups") == [{"Name": "Support", "ID": "502"}]
    assert [d["tn"] for d in vi.ok("AuditDIDGroup", {"groupId": 502}).dids] == ["2145550120"]
    assert [g["ID"] for g in vi.ok("GetDIDGroups").items("DIDGroups")] == ["501", "502"]
    vi.ok("RemoveDIDGroup", {"tn": "2145550120"})
    assert vi.ok("GetDIDGroup", {"tn": "2145550120"}).items("DIDGroups") == []
    assert vi.ok("AuditDIDGroup", {"groupId": 502}).dids == []
    assert vi.code("SetDIDGroup", {"tn": "2145550120", "groupId": 999}) == 101
    assert vi.code("AuditDIDGroup", {"groupId": 999}) == 101


def test_conference_lines(vi):
    assert vi.ok("GetConferenceLine", {"tn": "2125550100"}).conference_line == {"TN": "2125550100", "Enabled": "false"}
    vi.ok("SetConferenceLine", {"tn": "2125550100", "pin": "1234"})
    assert vi.ok("AuditConferenceLines").items("ConferenceLine") == [{"TN": "2125550100", "Enabled": "true", "PIN": "1234"}]
    assert query(vi, "2125550100") and vi.ok("queryDID", {"did": "2125550100"}).conference_line["PIN"] == "1234"
    assert vi.code("SetConferenceLine", {"tn": "2125550100", "pin": "123456789"}) == 944
    vi.ok("RemoveConferenceLine", {"tn": "2125550100"})
    assert vi.ok("AuditConferenceLines").items("ConferenceLine") == []
