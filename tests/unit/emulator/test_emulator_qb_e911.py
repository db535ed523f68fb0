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
