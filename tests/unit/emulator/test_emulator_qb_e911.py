"""E911 on PUT /did (digest §3.2 updateDid, §4.4): the five required keys, unit fields only as a
pair, removal with "no"/"", read-back "" or "yes", the address visible in the state dump."""

from __future__ import annotations

import pytest

DID = "9195550100"
E911 = {"e911_name": "Acme", "e911_city": "Raleigh", "e911_state": "NC", "e911_zip": "27601",
        "e911_address": "1 Main St"}


@pytest.fixture
def owned(client):
    client.order(DID)
    return client


def _stored(client):
    return client.state()["accounts"]["demo"]["dids"][0]["e911"]


def _put(client, e911, via="json"):
    return client.qb("PUT", "/did", {"did": DID, "e911": e911}, via=via)


def test_set_read_back_and_dump(owned):
    assert _put(owned, E911).status == 200
    assert owned.owned()[DID]["e911"] == "yes"
    assert _stored(owned) == E911


def test_units_kept_only_as_a_pair(owned):
    _put(owned, {**E911, "e911_unittype": "STE", "e911_unitnumber": 4})
    assert _stored(owned) == {**E911, "e911_unittype": "STE", "e911_unitnumber": "4"}
    _put(owned, {**E911, "e911_unitnumber": "4"})
    assert _stored(owned) == E911
    _put(owned, {**E911, "e911_unittype": "STE", "e911_unitnumber": ""})
    assert _stored(owned) == E911


def test_form_encoded_php_array(owned):
    form = "did=%s&%s" % (DID, "&".join(f"e911[{k}]={v.replace(' ', '+')}" for k, v in E911.items()))
    assert owned.qb("PUT", "/did", form, via="form").status == 200
    assert _stored(owned) == E911


def test_int_zip_is_zero_padded(owned):
    _put(owned, {**E911, "e911_zip": 2134})
    assert _stored(owned)["e911_zip"] == "02134"


@pytest.mark.parametrize("removal", ["no", "", "NO", False])
def test_removal(owned, removal):
    _put(owned, E911)
    assert _put(owned, removal).status == 200
    assert owned.owned()[DID]["e911"] == "" and _stored(owned) is None


@pytest.mark.parametrize("key", sorted(E911))
def test_each_main_key_required(owned, key):
    for value in (None, "", "  "):
        e911 = {k: v for k, v in E911.items() if k != key}
        if value is not None:
            e911[key] = value
        reply = _put(owned, e911)
        assert (reply.status, reply.json) == (206, {"error": f"Parameter {key} is required"})
    assert owned.owned()[DID]["e911"] == ""


@pytest.mark.parametrize("value", ["yes", ["a"], 5])
def test_bad_shapes(owned, value):
    assert _put(owned, value).json == {"error": "Invalid value for parameter e911"}


def test_failed_update_keeps_previous_address(owned):
    _put(owned, E911)
    reply = owned.qb("PUT", "/did", {"did": DID, "e911": {**E911, "e911_city": "Cary"}, "note": "x" * 16})
    assert reply.json == {"error": "Invalid value for parameter note"}
    assert _stored(owned)["e911_city"] == "Raleigh"


def test_unowned_did(client):
    assert client.qb("PUT", "/did", {"did": DID, "e911": E911}).json == {"error": f"DID {DID} not found"}


# -- the place of the address: e911_state a state/province code, e911_zip a ZIP or postal code
#    (project-defined reading of seed L623-624, tests/emulator/regions.py)

@pytest.mark.parametrize("change, param", [
    ({"e911_state": "XX"}, "e911_state"),
    ({"e911_state": "North Carolina"}, "e911_state"),
    ({"e911_zip": "2760"}, "e911_zip"),
    ({"e911_zip": "27601-12"}, "e911_zip"),
    ({"e911_zip": "ABCDE"}, "e911_zip"),
    ({"e911_state": "ON", "e911_zip": "27601"}, "e911_zip"),
    ({"e911_state": "NC", "e911_zip": "K1A 0B1"}, "e911_zip"),
])
def test_state_and_zip_are_checked(owned, change, param):
    reply = _put(owned, {**E911, **change})
    assert (reply.status, reply.json) == (206, {"error": f"Invalid value for parameter {param}"})
    assert owned.owned()[DID]["e911"] == ""


@pytest.mark.parametrize("change, stored", [
    ({"e911_state": "nc", "e911_zip": "27601-1234"}, {"e911_state": "NC", "e911_zip": "27601-1234"}),
    ({"e911_state": "PR", "e911_zip": "00601"}, {"e911_state": "PR", "e911_zip": "00601"}),
    ({"e911_state": "DC", "e911_zip": "20001"}, {"e911_state": "DC", "e911_zip": "20001"}),
    ({"e911_state": "on", "e911_zip": "k1a 0b1"}, {"e911_state": "ON", "e911_zip": "K1A 0B1"}),
    ({"e911_state": "PQ", "e911_zip": "H3B2Y5"}, {"e911_state": "PQ", "e911_zip": "H3B2Y5"}),  # listStates' old code
])
def test_states_and_zips_a_carrier_would_take(owned, change, stored):
    assert _put(owned, {**E911, **change}).status == 200
    assert _stored(owned) == {**E911, **stored}


def test_what_only_a_zip_database_knows_is_not_checked(owned):
    """The seed documents no ZIP look-up: a well-formed ZIP of another state, or 00000, is stored
    (the collection checks them before sending)."""
    assert _put(owned, {**E911, "e911_state": "CA", "e911_zip": "27601"}).status == 200
    assert _put(owned, {**E911, "e911_zip": "00000"}).status == 200
    assert _stored(owned)["e911_zip"] == "00000"
