"""The emulator core: control API, request log, faults, clock, reset, CLI lifecycle."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import pytest
from emulator_testclient import TESTS_DIR, Client

from emulator.params import parse_php_query, strip_nulls


def test_health(client):
    reply = client.control("GET", "/health")
    assert reply.status == 200
    assert reply.json == {"ok": True, "emulator": "voip.carrier"}
    assert reply.headers["content-type"] == "application/json"


def test_unknown_control_call_and_method(client):
    assert client.control("GET", "/nope").status == 404
    assert client.control("GET", "/reset").status == 405


def test_unknown_mount_is_404_and_logged(client):
    reply = client.request("GET", "/voipms-typo/did")
    assert reply.status == 404
    assert reply.json == {"error": "Unknown carrier mount"}
    log = client.control("GET", "/requests").json["requests"]
    assert log[-1]["carrier"] is None and log[-1]["path"] == "/voipms-typo/did"


# -- PHP-style parameter decoding (unit level) ------------------------------------------------

def test_php_query_arrays_and_nesting():
    assert parse_php_query("did[]=1&did[]=2") == {"did": ["1", "2"]}
    assert parse_php_query("did[1]=b&did[0]=a") == {"did": ["a", "b"]}
    assert parse_php_query("failover[failover_num]=3&failover[failover_time]=5") == {
        "failover": {"failover_num": "3", "failover_time": "5"}}
    assert parse_php_query("a[b][c]=1") == {"a": {"b": {"c": "1"}}}
    # later plain key wins, as in PHP; malformed brackets stay literal
    assert parse_php_query("x=1&x=2&y[=3") == {"x": "2", "y[": "3"}
    assert parse_php_query("note=") == {"note": ""}


def test_strip_nulls_is_recursive():
    assert strip_nulls({"a": None, "b": {"c": None, "d": 1}, "e": [None, 2]}) == {"b": {"d": 1}, "e": [2]}


# -- request log --------------------------------------------------------------------------------

def test_request_log_records_as_received(client):
    client.qb("GET", "/did", "per_page=7&did=919*", via="query")
    client.qb("PUT", "/did", {"did": "9990000000", "note": "x"})
    log = client.control("GET", "/requests", query={"carrier": "questblue"}).json["requests"]
    assert [e["method"] for e in log] == ["GET", "PUT"]
    get, put = log
    assert get["path"] == "/did" and get["query"] == "per_page=7&did=919*" and get["body"] == ""
    assert get["write"] is False and get["status"] == 200 and get["carrier"] == "questblue"
    assert put["write"] is True and put["status"] == 206
    assert '"note": "x"' in put["body"]
    assert put["seq"] == get["seq"] + 1


def test_request_log_write_flag_on_failed_and_testmode_writes(client):
    client.qb("DELETE", "/did", {"did": "9195550100"})  # fails: not owned, still a write attempt
    client.qb("POST", "/did", {"tier": "1", "did": 9195550100, "testmode": "success"})
    client.qb("GET", "/siptrunk")
    writes = [e["write"] for e in client.control("GET", "/requests").json["requests"]]
    assert writes == [True, True, False]


def test_request_log_since_and_clear(client):
    client.qb("GET", "/did/states")
    first = client.control("GET", "/requests").json
    mark = first["last_seq"]
    assert first["requests"][-1]["seq"] == mark
    client.qb("GET", "/siptrunk")
    client.qb("GET", "/account/getbalance")
    newer = client.control("GET", "/requests", query={"since": mark}).json["requests"]
    assert [e["path"] for e in newer] == ["/siptrunk", "/account/getbalance"]
    assert all(e["seq"] > mark for e in newer)
    assert client.control("DELETE", "/requests").json == {"ok": True}
    assert client.control("GET", "/requests").json["requests"] == []
    # seq keeps counting after a clear, so old watermarks stay valid
    client.qb("GET", "/did/states")
    again = client.control("GET", "/requests", query={"since": mark}).json["requests"]
    assert len(again) == 1 and again[0]["seq"] > newer[-1]["seq"]


def test_request_log_bad_filters(client):
    assert client.control("GET", "/requests", query={"since": "x"}).status == 400
    assert client.control("GET", "/requests", query={"carrier": "nosuch"}).status == 404


def test_control_calls_are_not_logged(client):
    client.control("GET", "/health")
    client.control("GET", "/state")
    assert client.control("GET", "/requests").json["requests"] == []


# -- reset, state, clock -----------------------------------------------------------------------

def test_reset_all_restores_seed_and_clears_log_and_faults(client):
    client.order("9195550100")
    client.control("POST", "/faults", {"carrier": "questblue", "kind": "status", "status": 500, "times": 5})
    client.control("POST", "/clock", {"advance": 3600})
    assert client.control("POST", "/reset", {}).json == {"ok": True}
    assert client.owned() == {}
    assert client.control("GET", "/faults").json["faults"] == []
    log = client.control("GET", "/requests").json["requests"]
    assert [e["path"] for e in log] == ["/did"]  # only the owned() read above, after the reset
    assert abs(client.control("GET", "/clock").json["offset"]) < 1e-9


def test_reset_one_carrier(client):
    client.order("9195550100")
    assert client.control("POST", "/reset", {"carrier": "questblue"}).status == 200
    assert "9195550100" in {p["did"] for p in client.state()["available"]}
    assert client.control("POST", "/reset", {"carrier": "nosuch"}).status == 404


def test_state_dump_shape(client):
    client.order("9195550100")
    client.qb("PUT", "/did", {"did": "9195550100", "pin": "1234", "route2trunk": "demotrunk"})
    dump = client.state()
    demo = dump["accounts"]["demo"]
    assert demo["dids"][0]["did"] == "9195550100" and demo["dids"][0]["pin"] == "1234"
    assert demo["trunks"][0]["trunk"] == "demotrunk"
    assert demo["trunks"][0]["routed_dids"] == ["9195550100"]
    assert dump["settings"] == {"status_mode": "default"}
    assert "questblue" in client.control("GET", "/state").json


def test_clock_advance(client):
    before = client.control("GET", "/clock").json
    after = client.control("POST", "/clock", {"advance": 86400}).json
    assert after["offset"] == pytest.approx(before["offset"] + 86400)
    assert after["now"] >= before["now"] + 86400
    assert client.control("POST", "/clock", {"advance": -1}).status == 400
    assert client.control("POST", "/clock", {"advance": "soon"}).status == 400


def test_seed_errors_change_nothing(client):
    reply = client.control("POST", "/seed", {
        "carrier": "questblue",
        "trunks": [{"trunk": "t2", "ip_address": "192.0.2.20"}],
        "owned": [{"did": "123"}]})
    assert reply.status == 400 and "did" in reply.json["error"]
    assert [t["trunk"] for t in client.qb("GET", "/siptrunk").json["data"]] == ["demotrunk"]
    assert client.control("POST", "/seed", {"carrier": "questblue", "bogus": []}).status == 400
    assert client.control("POST", "/seed", {"owned": []}).status == 400
    assert client.control("POST", "/seed", {"carrier": "nosuch"}).status == 404
    assert client.request("POST", "/_emulator/seed", body=b"{not json").status == 400


# -- faults -------------------------------------------------------------------------------------

def _fault(client, **rule) -> int:
    reply = client.control("POST", "/faults", {"carrier": "questblue", **rule})
    assert reply.status == 200, reply.body
    return reply.json["id"]


def test_fault_status_hits_times_then_expires(client):
    fid = _fault(client, method="GET", path="/did", kind="status", status=503, times=2)
    assert isinstance(fid, int)
    for _attempt in range(2):
        reply = client.qb("GET", "/did")
        assert reply.status == 503 and "error" in reply.json
    assert client.qb("GET", "/did").status == 200
    log = client.control("GET", "/requests").json["requests"]
    assert [e["fault"] for e in log] == ["status", "status", None]
    assert [e["status"] for e in log] == [503, 503, 200]


def test_fault_selects_method_and_path(client):
    _fault(client, method="POST", path="/did/", kind="status", status=500)
    assert client.qb("GET", "/did").status == 200  # other method: untouched
    assert client.qb("POST", "/siptrunk", {"trunk": "x1", "ip_address": "192.0.2.1"}).status == 200
    reply = client.qb("POST", "/did", {"tier": "1", "did": 9195550100})
    assert reply.status == 500
    assert client.owned() == {}  # no state change


def test_fault_without_carrier_or_path_matches_anything(client):
    _fault(client, kind="status", status=502)
    assert client.qb("GET", "/did/states").status == 502
    assert client.qb("GET", "/did/states").status == 200


def test_fault_rate_limit(client):
    _fault(client, kind="rate_limit", retry_after=7)
    reply = client.qb("GET", "/did")
    assert reply.status == 429
    assert reply.headers["retry-after"] == "7"


def test_fault_malformed(client):
    _fault(client, kind="malformed", path="/did")
    reply = client.qb("GET", "/did")
    assert reply.status == 200
    assert reply.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        reply.json


def test_fault_latency_answers_normally_after_delay(client):
    _fault(client, kind="latency", delay=0.3, path="/did/states")
    started = time.monotonic()
    reply = client.qb("GET", "/did/states")
    assert time.monotonic() - started >= 0.3
    assert reply.status == 200 and reply.json["total"] == 60


def test_fault_timeout_without_effect(client):
    _fault(client, kind="timeout", delay=0.6, method="POST", path="/did")
    with pytest.raises(socket.timeout):
        client.qb("POST", "/did", {"tier": "1", "did": 9195550100}, timeout=0.2)
    time.sleep(0.6)
    assert client.owned() == {}  # the order never happened
    entry = client.control("GET", "/requests").json["requests"][0]
    assert entry["fault"] == "timeout" and entry["write"] is True


def test_fault_timeout_after_effect(client):
    _fault(client, kind="timeout", delay=0.6, method="POST", path="/did", after_effect=True)
    with pytest.raises(socket.timeout):
        client.qb("POST", "/did", {"tier": "1", "did": 9195550100}, timeout=0.2)
    # the write happened although the client never saw the answer
    assert list(client.owned()) == ["9195550100"]


def test_fault_timeout_reply_when_client_waits(client):
    _fault(client, kind="timeout", delay=0.2)
    reply = client.qb("GET", "/did")
    assert reply.status == 504


def test_fault_validation_list_and_clear(client):
    assert client.control("POST", "/faults", {"kind": "explode"}).status == 400
    assert client.control("POST", "/faults", {"kind": "status", "times": 0}).status == 400
    assert client.control("POST", "/faults", {"kind": "status", "status": 42}).status == 400
    assert client.control("POST", "/faults", {"kind": "latency", "delay": "x"}).status == 400
    assert client.control("POST", "/faults", {"kind": "status", "carrier": "nosuch"}).status == 400
    first = _fault(client, kind="status")
    second = _fault(client, kind="latency", delay=0.1)
    assert second == first + 1
    faults = client.control("GET", "/faults").json["faults"]
    assert [f["kind"] for f in faults] == ["status", "latency"]
    assert client.control("DELETE", "/faults").json == {"ok": True}
    assert client.control("GET", "/faults").json["faults"] == []
    assert client.qb("GET", "/did").status == 200


def test_faults_do_not_touch_control_api(client):
    _fault(client, kind="status", status=500)
    assert client.control("GET", "/health").status == 200


# -- CLI lifecycle ------------------------------------------------------------------------------

def _start_cli(tmp_path):
    port_file = tmp_path / "port"
    proc = subprocess.Popen(
        [sys.executable, "-m", "emulator", "--port", "0", "--port-file", str(port_file), "--quiet"],
        cwd=TESTS_DIR, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while not port_file.exists():
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "emulator did not write its port file"
        time.sleep(0.05)
    return proc, int(port_file.read_text().strip()), port_file


def test_cli_port_file_and_sigterm(tmp_path):
    proc, port, port_file = _start_cli(tmp_path)
    try:
        assert Client(port).control("GET", "/health").json == {"ok": True, "emulator": "voip.carrier"}
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(10) == 0
        assert not port_file.exists()
    finally:
        if proc.poll() is None:
            proc.kill()


def test_cli_shutdown_endpoint(tmp_path):
    proc, port, _port_file = _start_cli(tmp_path)
    try:
        assert Client(port).control("POST", "/shutdown").json == {"ok": True}
        assert proc.wait(10) == 0
        assert "stopped" in proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.mark.skipif(not hasattr(signal, "SIGINT"), reason="POSIX signals")
def test_cli_sigint(tmp_path):
    proc, port, _port_file = _start_cli(tmp_path)
    try:
        os.kill(proc.pid, signal.SIGINT)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


def test_concurrent_orders_of_one_number_sell_it_once(client):
    import threading

    results = []

    def buy():
        results.append(client.qb("POST", "/did", {"tier": "1", "did": 9195550100}).status)

    threads = [threading.Thread(target=buy) for _buyer in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert sorted(results) == [200] + [206] * 11
    assert list(client.owned()) == ["9195550100"]
