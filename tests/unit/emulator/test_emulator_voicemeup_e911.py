"""VoiceMeUp E911 emulation: get_e911 (by number, DID id, endpoint id, or the whole account, paginated),
check_e911 against the exact-match address database (near matches answer alternate addresses, the
rest *_not_found), update_e911 create-or-replace, delete_e911 (default endpoint refused, the last
endpoint's fee notice), associate_e911 / disassociate_e911."""

from __future__ import annotations

import pytest

from voicemeup_testclient import VoiceMeUp

NUMBER = "5145550100"            # a demo DID (Montreal)
OTHER = "4165550111"             # a demo DID (Toronto)
MONTREAL = {"civic_number": "100", "street": "Boulevard Saint-Laurent", "city": "Montréal", "state_code": "QC",
            "country_code": "CA", "postal_code": "H2X 2T3"}
TORONTO = {"civic_number": "10", "street": "Yonge St", "city": "Toronto", "state_code": "ON", "country_code": "CA",
           "postal_code": "M5B 2H1"}


@pytest.fixture
def vmu(client):
    return VoiceMeUp(client.port)


def endpoints(reply):
    return reply.records("e911_endpoints", "e911_endpoint")


def provision(vmu, number=NUMBER, address=None, **extra):
    fields = {**(address or MONTREAL), **extra}
    return vmu.ok("update_e911", via="post", phone_number=number, full_name="ACME Inc", **fields)


# ---- check_e911 and the address database -----------------------------------------------------------

def test_an_exact_address_checks_ok_and_writes_nothing(vmu):
    reply = vmu.ok("check_e911", **MONTREAL)
    assert reply.json.get("e911_endpoints") is None
    assert vmu.account()["e911_endpoints"] == {}
    # Case and repeated spaces are not part of the match; a US ZIP+4 matches on its five digits.
    vmu.ok("check_e911", **{**MONTREAL, "street": "boulevard  SAINT-LAURENT", "city": "MONTRÉAL"})
    vmu.ok("check_e911", civic_number="100", street="Main St", city="Raleigh", state_code="NC", country_code="US",
           postal_code="27601-1234")


@pytest.mark.parametrize("change, alternate", [
    ({"street": "Boul. St-Laurent"}, {"street": "Boulevard Saint-Laurent"}),
    ({"city": "Montreal"}, {"city": "Montréal"}),
    ({"postal_code": "H3B 1B1"}, {"postal_code": "H2X 2T3"}),     # a postal code of another street of the province
])
def test_a_near_match_answers_the_databases_versions(vmu, change, alternate):
    reply = vmu.call("check_e911", **{**MONTREAL, **change, "address_type": "suite", "address_type_number": "5"})
    assert not reply.ok and reply.codes == ["alternate_address_provided"]
    assert reply.details["response_messages"]["message"]["_content"] == "Alternate Address is Provided."
    [proposed] = reply.records("alternate_addresses", "address")
    assert proposed == {**MONTREAL, "state_id": "11", "country_id": "38", "address_type": "suite",
                        "address_type_number": "5", **alternate}


def test_main_street_is_proposed_as_main_st(vmu):
    reply = vmu.call("check_e911", civic_number="100", street="Main Street", city="Raleigh", state_code="NC",
                     country_code="US", postal_code="27601")
    assert reply.codes == ["alternate_address_provided"]
    assert [a["street"] for a in reply.records("alternate_addresses", "address")] == ["Main St"]


@pytest.mark.parametrize("change, codes", [
    ({"street": "Rue Inconnue"}, ["street_not_found"]),
    ({"city": "Laval"}, ["city_not_found"]),
    ({"civic_number": "9000"}, ["civic_number_not_found"]),
    ({"postal_code": "H0H 0H0"}, ["postal_code_not_found"]),
    ({"street": "Rue Inconnue", "postal_code": "H0H 0H0"}, ["street_not_found", "postal_code_not_found"]),
    ({"state_code": "ZZ"}, ["state_not_found"]),
    ({"state_code": "NC"}, ["state_not_found"]),                  # a US state is no province of Canada
    ({"country_code": "FR"}, ["country_not_found"]),
    ({"state_code": None, "state_id": "9999"}, ["state_not_found"]),
])
def test_no_match_names_every_part_that_is_not_found(vmu, change, codes):
    assert vmu.error("check_e911", **{**MONTREAL, **change}) == codes


def test_state_and_country_ids_are_alternatives_to_the_codes(vmu):
    vmu.ok("check_e911", **{**MONTREAL, "state_code": None, "state_id": "11", "country_code": None, "country_id": "38"})
    # Ontario's id with Canada's code, but the street is in Quebec.
    assert vmu.error("check_e911", **{**MONTREAL, "state_code": None, "state_id": "9"}) == ["city_not_found",
                                                                                            "postal_code_not_found"]
    assert vmu.error("check_e911", **{**MONTREAL, "state_code": None, "state_id": "135"}) == ["state_not_found"]


@pytest.mark.parametrize("change, codes", [
    ({"civic_number": None}, ["required_parameter_not_found"]),
    ({"street": None, "city": None}, ["required_parameter_not_found"]),
    ({"state_code": None}, ["required_parameter_not_found"]),
    ({"country_code": None}, ["required_parameter_not_found"]),
    ({"postal_code": None}, ["required_parameter_not_found"]),
    ({"civic_number": "12B"}, ["civic_number_invalid"]),
    ({"state_code": "Quebec"}, ["state_code_invalid"]),
    ({"country_code": "CAN"}, ["country_code_invalid"]),
    ({"state_code": None, "state_id": "QC"}, ["state_id_invalid"]),
    ({"postal_code": "H2X"}, ["postal_code_invalid"]),
    ({"address_type": "castle"}, ["address_type_invalid"]),
    ({"phone_number": "514-555-0100"}, ["phone_number_invalid"]),
    ({"civic_number": "x", "postal_code": "1", "address_type": "castle"},
     ["civic_number_invalid", "postal_code_invalid", "address_type_invalid"]),
])
def test_check_validates_every_parameter_at_once(vmu, change, codes):
    assert vmu.error("check_e911", **{**MONTREAL, **change}) == codes


def test_check_with_a_number_not_in_the_account(vmu):
    assert vmu.error("check_e911", phone_number="5145559999", **MONTREAL) == ["phone_number_not_found"]
    vmu.ok("check_e911", phone_number=NUMBER, **MONTREAL)


def test_seeded_addresses_join_the_database(vmu):
    address = {"civic_number": "5", "street": "Rue Principale", "city": "Gatineau", "state_code": "QC",
               "country_code": "CA", "postal_code": "J8X 1A1"}
    assert vmu.error("check_e911", **address) == ["city_not_found", "postal_code_not_found"]
    vmu.seed(e911_addresses=[{k: v for k, v in address.items() if k != "civic_number"}])
    vmu.ok("check_e911", **address)
    vmu.ok("check_e911", **MONTREAL)     # the built-in streets are still there


# ---- update_e911 / get_e911 -------------------------------------------------------------------------

def test_update_creates_then_replaces_the_endpoint_of_the_number(vmu):
    [created] = endpoints(provision(vmu, street="boulevard saint-laurent", address_type="Suite",
                                    address_type_number="200", e911_language="fr"))
    assert created == {"client_endpoint_id": "9001", "client_did_id": created["client_did_id"], "phone_number": NUMBER,
                       "full_name": "ACME Inc", **MONTREAL, "state_id": "11", "country_id": "38",
                       "address_type": "suite", "address_type_number": "200", "e911_language": "fr",
                       "client_peer_ids": ""}
    [read] = endpoints(vmu.ok("get_e911", phone_number=NUMBER))
    assert read == created
    [replaced] = endpoints(provision(vmu, address=TORONTO))
    assert replaced["client_endpoint_id"] == "9001" and replaced["street"] == "Yonge St"
    # Every omitted optional part is reset; the language defaults to the account's (en).
    assert replaced["address_type"] == "" and replaced["address_type_number"] == "" and replaced["e911_language"] == "en"
    assert list(vmu.account()["e911_endpoints"]) == ["9001"]


def test_language_is_ignored_outside_canada(vmu):
    vmu.seed(dids=[{"phone_number": "9195550100"}])
    [endpoint] = endpoints(provision(vmu, "9195550100", {"civic_number": "100", "street": "Main St", "city": "Raleigh",
                                                         "state_code": "NC", "country_code": "US",
                                                         "postal_code": "27601"}, e911_language="fr"))
    assert endpoint["e911_language"] == "" and endpoint["country_id"] == "223"


@pytest.mark.parametrize("change, codes", [
    ({"phone_number": None}, ["required_parameter_not_found"]),
    ({"full_name": "A"}, ["full_name_invalid"]),
    ({"full_name": "x" * 33}, ["full_name_invalid"]),
    ({"full_name": None}, ["required_parameter_not_found"]),
    ({"e911_language": "de"}, ["e911_language_invalid"]),
    ({"phone_number": "5145559999"}, ["phone_number_not_found"]),
    ({"street": "Boul. St-Laurent"}, ["alternate_address_provided"]),
    ({"city": "Laval"}, ["city_not_found"]),
])
def test_update_refusals_change_nothing(vmu, change, codes):
    params = {"phone_number": NUMBER, "full_name": "ACME Inc", **MONTREAL, **change}
    assert vmu.error("update_e911", via="post", **params) == codes
    assert vmu.account()["e911_endpoints"] == {}


def test_deprecated_first_and_last_name_make_the_full_name(vmu):
    params = dict(MONTREAL)
    [endpoint] = endpoints(vmu.ok("update_e911", via="post", phone_number=NUMBER, first_name="Jane", last_name="Doe",
                                  **params))
    assert endpoint["full_name"] == "Jane Doe"


def test_get_by_did_id_and_endpoint_id_and_not_found_codes(vmu):
    [endpoint] = endpoints(provision(vmu))
    assert endpoints(vmu.ok("get_e911", client_did_id=endpoint["client_did_id"])) == [endpoint]
    # Both given: client_endpoint_id wins.
    assert endpoints(vmu.ok("get_e911", client_endpoint_id="9001", phone_number=OTHER)) == [endpoint]
    assert vmu.error("get_e911", phone_number=OTHER) == ["no_e911_endpoint_found"]
    assert vmu.error("get_e911", phone_number="5145559999") == ["phone_number_not_found"]
    assert vmu.error("get_e911", client_endpoint_id="1") == ["client_endpoint_id_not_found"]
    assert vmu.error("get_e911", client_did_id="1") == ["client_did_id_not_found"]
    reply = vmu.call("get_e911", phone_number=OTHER)
    assert reply.details["response_messages"]["message"]["_content"] == "Number is not provisioned."


def test_get_all_is_paginated_with_a_default_of_1000(vmu):
    assert vmu.ok("get_e911").json["e911_endpoints"] == ""
    numbers = ["514555%04d" % n for n in range(1000, 1005)]
    vmu.seed(dids=[{"phone_number": n} for n in numbers])
    for number in numbers:
        provision(vmu, number)
    assert [e["phone_number"] for e in endpoints(vmu.ok("get_e911"))] == numbers
    page = endpoints(vmu.ok("get_e911", result_limit=2, result_offset=3))
    assert [e["phone_number"] for e in page] == numbers[3:]
    assert endpoints(vmu.ok("get_e911", result_limit=2, result_offset=6)) == []
    assert vmu.error("get_e911", result_limit=1001) == ["result_limit_invalid"]
    assert vmu.error("get_e911", result_offset=-1) == ["result_offset_invalid"]


def test_get_all_of_a_subaccount(vmu):
    vmu.seed(dids=[{"phone_number": "5145551000", "client_subaccount_id": "7"}])
    provision(vmu)
    provision(vmu, "5145551000")
    assert [e["phone_number"] for e in endpoints(vmu.ok("get_e911", client_subaccount_id="7"))] == ["5145551000"]


def test_xml_rendering_of_an_endpoint(vmu):
    provision(vmu)
    reply = vmu.call("get_e911", fmt="xml", phone_number=NUMBER)
    assert b"<e911_endpoints><e911_endpoint><client_endpoint_id>9001</client_endpoint_id>" in reply.body


# ---- delete_e911 -------------------------------------------------------------------------------------

def test_delete_and_the_last_endpoint_notice(vmu):
    provision(vmu)
    provision(vmu, OTHER, TORONTO)
    first = vmu.ok("delete_e911", via="post", phone_number=NUMBER)
    assert first.codes == []
    last = vmu.ok("delete_e911", via="post", phone_number=OTHER)
    assert last.codes == ["last_endpoint_was_deleted"]
    assert "E911 unprovision fee" in last.details["response_messages"]["message"]["_content"]
    assert vmu.account()["e911_endpoints"] == {}
    assert vmu.error("delete_e911", via="post", phone_number=NUMBER) == ["no_e911_endpoint_found"]
    assert vmu.error("delete_e911", via="post") == ["required_parameter_not_found"]


def test_the_default_endpoint_cannot_be_deleted(vmu):
    [endpoint_id] = vmu.seed(e911_endpoints=[{"phone_number": NUMBER, "default": True}])["e911_endpoints"]
    assert vmu.error("delete_e911", via="post", client_endpoint_id=endpoint_id) == ["entry_is_default_endpoint"]
    assert endpoint_id in vmu.account()["e911_endpoints"]
    # Seeded as stored: readable like any other endpoint, the default flag is internal.
    [read] = endpoints(vmu.ok("get_e911", phone_number=NUMBER))
    assert read["street"] == "Boulevard Saint-Laurent" and "_default" not in read


# ---- peers -------------------------------------------------------------------------------------------

def test_associate_moves_a_peer_and_delete_unlinks_it(vmu):
    provision(vmu)
    provision(vmu, OTHER, TORONTO)
    [linked] = endpoints(vmu.ok("associate_e911", via="post", phone_number=NUMBER, client_peer_id="40001"))
    assert linked["client_peer_ids"] == "40001"
    assert vmu.account()["peers"]["40001"]["provisioned_endpoint_id"] == "9001"
    vmu.ok("associate_e911", via="post", phone_number=OTHER, client_peer_id="40001")
    state = vmu.account()
    assert state["e911_endpoints"]["9001"]["client_peer_ids"] == ""
    assert state["e911_endpoints"]["9002"]["client_peer_ids"] == "40001"
    vmu.ok("delete_e911", via="post", phone_number=OTHER)
    assert vmu.account()["peers"]["40001"]["provisioned_endpoint_id"] == "0"


def test_associate_and_disassociate_refusals(vmu):
    provision(vmu)
    assert vmu.error("associate_e911", via="post", phone_number=NUMBER) == ["required_parameter_not_found"]
    assert vmu.error("associate_e911", via="post", phone_number=NUMBER, client_peer_id="1") == [
        "client_peer_id_not_found"]
    assert vmu.error("associate_e911", via="post", phone_number=OTHER, client_peer_id="40001") == [
        "no_e911_endpoint_found"]
    vmu.ok("associate_e911", via="post", phone_number=NUMBER, client_peer_id="40002")
    vmu.ok("disassociate_e911", via="post", client_peer_id="40002")
    assert vmu.account()["e911_endpoints"]["9001"]["client_peer_ids"] == ""
    assert vmu.error("disassociate_e911", via="post", client_peer_id="1") == ["client_peer_id_not_found"]
    assert vmu.error("disassociate_e911", via="post", client_peer_id="abc") == ["client_peer_id_invalid"]
