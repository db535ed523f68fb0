"""How parameters may travel: query string, form body, JSON body (all methods), PHP arrays."""

from __future__ import annotations

import http.client
import json

import pytest


@pytest.mark.parametrize("via", ["json", "query", "form"])
def test_order_update_delete_by_each_transport(client, via):
    assert client.qb("POST", "/did", {"tier": "1", "did": "9195550100"}, via=via).status == 200
    assert client.qb("PUT", "/did", {"did": "9195550100", "note": "via " + via}, via=via).status == 200
    assert client.owned()["9195550100"]["note"] == "via " + via
    assert client.qb("DELETE", "/did", {"did": "9195550100"}, via=via).status == 200
    assert client.owned() == {}


def test_json_body_on_get(client):
    client.order(9195550100, 9845550100)
    body = client.qb("GET", "/did", {"did": "984*"}).json  # JSON body on a GET, as the SDK sends
    assert [r["did"] for r in body["data"]] == ["9845550100"]
    avail = client.qb("GET", "/did/available", {"type": "tf", "tier": "1", "code": 55}).json
    assert avail["total"] == 10


def test_php_array_order_in_query(client):
    reply = client.qb("POST", "/did", "tier=1&did[]=9195550100&did[]=9195550101", via="query")
    assert reply.status == 200
    assert sorted(client.owned()) == ["9195550100", "9195550101"]


def test_php_array_order_in_form_with_indexes(client):
    reply = client.qb("POST", "/did", "tier=1&did[0]=9195550100&did[1]=5550000000", via="form")
    assert reply.status == 202 and reply.json == {"warning": ["DID 5550000000 is not available"]}


def test_php_failover_and_e911_in_form(client):
    client.order("9195550100")
    form = ("did=9195550100&failover[failover_ip_address]=192.0.2.5&failover[failover_num]=10"
            "&failover[failover_time]=15&e911[e911_name]=Acme&e911[e911_city]=Raleigh&e911[e911_state]=NC"
            "&e911[e911_zip]=27601&e911[e911_address]=1%20Main%20St")
    assert client.qb("PUT", "/did", form, via="form").status == 200
    row = client.owned()["9195550100"]
    assert row["failover"] == {"failover_ip_address": "192.0.2.5", "failover_num": 10, "failover_time": 15}
    assert row["e911"] == "yes"


def test_php_failover_in_query_on_trunk(client):
    query = "trunk=demotrunk&failover[failover_ip_address]=192.0.2.5&failover[failover_num]=2&failover[failover_time]=2"
    assert client.qb("PUT", "/siptrunk", query, via="query").status == 200
    trunk = client.state()["accounts"]["demo"]["trunks"][0]
    assert trunk["failover"] == {"failover_ip_address": "192.0.2.5", "failover_num": 2, "failover_time": 2}


def test_merge_order_query_then_form_then_json(client):
    client.order("9195550100")
    # JSON overrides the query string
    client.qb("PUT", "/did?note=fromquery", {"did": "9195550100", "note": "fromjson"})
    assert client.owned()["9195550100"]["note"] == "fromjson"
    # the query string still supplies what the body does not
    client.qb("PUT", "/did?note=onlyquery&did=9195550100", {"lidb": "abcd"})
    row = client.owned()["9195550100"]
    assert (row["note"], row["lidb"]) == ("onlyquery", "abcd")
    # a form body overrides the query string
    client.qb("PUT", "/did?note=fromquery&did=9195550100", "note=fromform", via="form")
    assert client.owned()["9195550100"]["note"] == "fromform"


def test_json_null_does_not_override_query(client):
    client.order("9195550100")
    client.qb("PUT", "/did?note=kept", {"did": "9195550100", "note": None})
    assert client.owned()["9195550100"]["note"] == "kept"


def test_json_body_without_content_type(client):
    reply = client.qb("POST", "/did", body=json.dumps({"tier": "1", "did": 9195550100}),
                      headers={"Content-Type": ""})
    assert reply.status == 200 and list(client.owned()) == ["9195550100"]


def test_malformed_json_body(client):
    reply = client.qb("POST", "/did", body='{"tier": "1", "did": ', headers={"Content-Type": "application/json"})
    assert reply.status == 206 and reply.json == {"error": "Malformed JSON body"}
    reply = client.qb("POST", "/did", body='[1, 2]', headers={"Content-Type": "application/json"})
    assert reply.json == {"error": "Malformed JSON body"}


def test_numeric_coercion(client):
    # ints for (string) parameters and numeric strings for (int) ones
    client.order("9195550100")
    assert client.qb("PUT", "/did", {"did": 9195550100, "note": 12345}).status == 200
    assert client.owned()["9195550100"]["note"] == "12345"
    assert client.qb("GET", "/did", {"per_page": "5", "page": "1"}).json["current_page"] == 1
    assert client.qb("POST", "/siptrunk", {"trunk": 12345, "ip_address": "192.0.2.1",
                                           "inter_call": "on", "inter_limit": "10"}).status == 200
    assert "12345" in {t["trunk"] for t in client.qb("GET", "/siptrunk").json["data"]}


def test_chunked_request_body(server, client):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    body = json.dumps({"tier": "1", "did": 9195550100}).encode()
    headers = {**client.qb_headers(), "Content-Type": "application/json", "Transfer-Encoding": "chunked"}
    conn.request("POST", "/questblue/did", body=iter([body[:10], body[10:]]), headers=headers, encode_chunked=True)
    assert conn.getresponse().status == 200
    conn.close()
    assert list(client.owned()) == ["9195550100"]


def test_keep_alive_connection_serves_several_requests(server, client):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    for _attempt in range(3):
        conn.request("GET", "/questblue/did/states", headers=client.qb_headers())
        resp = conn.getresponse()
        assert resp.status == 200 and json.loads(resp.read())["total"] == 60
    conn.close()
