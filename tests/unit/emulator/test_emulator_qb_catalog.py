"""GET /did/states, /did/ratecenters and /did/available."""

from __future__ import annotations


def test_states_are_the_60_codes(client):
    body = client.qb("GET", "/did/states").json
    assert body["total"] == 60 == len(body["data"])
    assert body["data"][0] == "AA" and body["data"][-1] == "WY"
    assert {"NC", "ON", "PQ", "QB", "PR"} <= set(body["data"])


def test_rate_centers_map(client):
    body = client.qb("GET", "/did/ratecenters", {"state": "NC", "tier": "1b"}).json
    assert body == {"total": 3, "data": {"CARY": "CARY", "DURHAM": "DURHAM", "RALEIGH": "RALEIGH"}}
    # lower-case state and int tier are accepted
    assert client.qb("GET", "/did/ratecenters", {"state": "nc", "tier": 2}).json["total"] == 3


def test_rate_centers_elsewhere_empty(client):
    assert client.qb("GET", "/did/ratecenters", {"state": "TX", "tier": "1"}).json == {"total": 0, "data": {}}


def test_rate_centers_include_seeded_numbers(client):
    client.seed(available=[{"did": "2145550100", "tier": "1", "state": "TX", "ratecenter": "DALLAS", "zip": "75201"}])
    assert client.qb("GET", "/did/ratecenters", {"state": "TX", "tier": "1"}).json["data"] == {"DALLAS": "DALLAS"}


def test_rate_centers_validation(client):
    assert client.qb("GET", "/did/ratecenters", {"tier": "1"}).json == {"error": "Parameter state is required"}
    assert client.qb("GET", "/did/ratecenters", {"state": "NC"}).json == {"error": "Parameter tier is required"}
    reply = client.qb("GET", "/did/ratecenters", {"state": "NC", "tier": "3"})
    assert reply.status == 206 and reply.json == {"error": "Invalid value for parameter tier"}
    assert client.qb("GET", "/did/ratecenters", {"state": "NCX", "tier": "1"}).json == {
        "error": "Invalid value for parameter state"}


def _available(client, **params):
    reply = client.qb("GET", "/did/available", params)
    assert reply.status == 200, reply.body
    return reply.json


def test_available_by_state_and_ratecenter(client):
    body = _available(client, type="local", tier="1", state="NC", ratecenter="RALEIGH")
    assert body["total"] == 100 == len(body["data"])
    assert body["data"][0] == "9195550100" and body["data"][-1] == "9195550199"
    assert all(isinstance(d, str) and len(d) == 10 for d in body["data"])
    cary = _available(client, type="local", tier="2", state="nc", ratecenter="cary")
    assert cary["data"] == [str(n) for n in range(9845550260, 9845550280)]


def test_available_by_npa_overrides_state(client):
    body = _available(client, type="local", tier="1", npa=984, state="NC", ratecenter="RALEIGH")
    assert body["total"] == 80
    assert all(d.startswith("984") for d in body["data"])


def test_available_by_zip_tier_1b(client):
    body = _available(client, type="local", tier="1b", zip="27601", npa="984")
    assert body["data"] == [str(n) for n in range(9195550200, 9195550250)]
    assert _available(client, type="local", tier="1b", zip=27513)["total"] == 20


def test_available_zip_int_is_zero_padded(client):
    client.seed(available=[{"did": "6175550100", "tier": "1b", "state": "MA", "ratecenter": "BOSTON", "zip": "02134"}])
    assert _available(client, type="local", tier="1b", zip=2134)["data"] == ["6175550100"]


def test_available_local_validation(client):
    def err(**params):
        reply = client.qb("GET", "/did/available", params)
        assert reply.status == 206
        return reply.json["error"]

    assert err(tier="1") == "Parameter type is required"
    assert err(type="local") == "Parameter tier is required"
    assert err(type="mobile", tier="1") == "Invalid value for parameter type"
    assert err(type="local", tier="1") == "Parameter state is required"
    assert err(type="local", tier="1", state="NC") == "Parameter ratecenter is required"
    assert err(type="local", tier="1", zip="27601") == "Invalid value for parameter zip"
    assert err(type="local", tier="1b", zip="2760") == "Invalid value for parameter zip"
    assert err(type="local", tier="1", npa="91") == "Invalid value for parameter npa"
    assert err(type="local", tier="1", npa="abc") == "Invalid value for parameter npa"


def test_available_toll_free(client):
    body = _available(client, type="tf", tier="1")
    assert body["total"] == 50 and all(d[:3] in {"844", "855", "866", "877", "888"} for d in body["data"])
    code = _available(client, type="tf", tier="1b", code="44")
    assert code["data"] == [f"84455501{n}" for n in range(10, 20)]
    # local filters are ignored for toll-free
    assert _available(client, type="tf", tier="1", code=88, state="NC")["total"] == 10


def test_available_toll_free_validation(client):
    assert client.qb("GET", "/did/available", {"type": "tf", "tier": "2"}).json == {
        "error": "Invalid value for parameter tier"}
    assert client.qb("GET", "/did/available", {"type": "tf", "tier": "1", "code": "844"}).json == {
        "error": "Invalid value for parameter code"}


def test_available_empty_filters_are_not_sent(client):
    body = _available(client, type="local", tier="1", state="NC", ratecenter="DURHAM", zip="", npa="", code="")
    assert body["total"] == 80


def test_ordered_number_leaves_pool_and_returns_on_delete(client):
    client.order("9195550100")
    data = _available(client, type="local", tier="1", npa="919")["data"]
    assert "9195550100" not in data
    assert client.qb("DELETE", "/did", {"did": 9195550100}).status == 200
    assert "9195550100" in _available(client, type="local", tier="1", npa="919")["data"]


def test_pool_is_large_enough_for_paging(client):
    local = [p for p in client.state()["available"] if p["type"] == "local"]
    assert len(local) >= 250
    assert {p["ratecenter"] for p in local} == {"RALEIGH", "DURHAM", "CARY"}
