"""The shipped demo (``ansible-playbook voip.carrier.demo``) buys and writes, so it must refuse to run
anywhere but at the voip.carrier emulator: its first task checks the URLs and asks the emulator who it
is, before any module runs. Each run goes through the installed collection, as a user's would."""

from __future__ import annotations

import http.server
import json
import threading

import pytest

# The playbook as a user runs it: by its collection name, from the installed tarball.
DEMO = "- ansible.builtin.import_playbook: voip.carrier.demo\n"
GUARD = "Refuse to run anywhere but at the voip.carrier emulator"

# A request that slipped past the guard must never reach the internet: every proxied request goes to
# a closed local port instead (the loopback emulator is exempt through NO_PROXY).
DEAD_PROXY = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
              "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9"}
MADE_UP_PASSWORD = "made-up-Password-91"
REAL_VOIPMS = {"VOIP_CARRIER_PROVIDER": "voipms", "VOIP_CARRIER_API_URL": "https://voip.ms/api/v1/rest.php",
               "VOIP_CARRIER_API_USERNAME": "someone@example.com", "VOIP_CARRIER_API_PASSWORD": MADE_UP_PASSWORD}


class _OkToEverything(http.server.BaseHTTPRequestHandler):
    """A service that is not the emulator but answers {"ok": true} to anything, as many health checks do."""

    seen: list[str] = []

    def do_GET(self):  # noqa: N802 - the name http.server calls
        self.seen.append(f"GET {self.path}")
        body = json.dumps({"ok": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET  # noqa: N815

    def log_message(self, *args):  # quiet
        pass


@pytest.fixture(name="not_the_emulator")
def _not_the_emulator():
    _OkToEverything.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _OkToEverything)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _OkToEverything.seen
    server.shutdown()
    server.server_close()


def _assert_refused_at_the_guard(res):
    """Only the guard ran, and it failed saying why and how to run the demo instead."""
    assert res.rc != 0, res.describe()
    assert [(r["task"], r["event"]) for r in res.results] == [(GUARD, "failed")], res.describe()
    message = res.results[0]["msg"]
    assert "refused to run" in message and "costs money" in message
    assert "make demo" in message and "VOIP_CARRIER_EMULATOR_URL" in message
    return message


def test_demo_refuses_a_real_carrier_url(fresh_emulator, run_playbook):
    """An AWX credential injects a real carrier's URL and credentials; no emulator is named."""
    mark = fresh_emulator.last_seq()
    res = run_playbook(DEMO, env={**REAL_VOIPMS, **DEAD_PROXY})
    message = _assert_refused_at_the_guard(res)
    assert "'https://voip.ms/api/v1/rest.php'" in message
    assert fresh_emulator.requests(since=mark) == []
    res.assert_no_secrets(MADE_UP_PASSWORD)


def test_demo_refuses_a_real_carrier_url_beside_a_running_emulator(fresh_emulator, run_playbook):
    """The emulator runs, but the modules would talk to the real carrier: refused, the emulator not asked."""
    mark = fresh_emulator.last_seq()
    env = {**REAL_VOIPMS, **DEAD_PROXY, "VOIP_CARRIER_EMULATOR_URL": fresh_emulator.base_url}
    _assert_refused_at_the_guard(run_playbook(DEMO, env=env))
    assert fresh_emulator.requests(since=mark) == []


def test_demo_refuses_the_carriers_default_url(fresh_emulator, run_playbook):
    """No VOIP_CARRIER_API_URL means the carrier's real default URL, even with the emulator's credentials."""
    env = {key: value for key, value in fresh_emulator.env("questblue").items() if key != "VOIP_CARRIER_API_URL"}
    mark = fresh_emulator.last_seq()
    res = run_playbook(DEMO, env={**env, **DEAD_PROXY, "VOIP_CARRIER_EMULATOR_URL": fresh_emulator.base_url})
    _assert_refused_at_the_guard(res)
    assert fresh_emulator.requests(since=mark) == []


def test_demo_refuses_a_service_that_is_not_the_emulator(fresh_emulator, not_the_emulator, run_playbook):
    """A URL that answers {"ok": true} is not enough: the health reply must name the voip.carrier emulator.
    The stand-in is asked its health once, and nothing else."""
    url, seen = not_the_emulator
    env = {**fresh_emulator.env("questblue"), "VOIP_CARRIER_EMULATOR_URL": url,
           "VOIP_CARRIER_API_URL": f"{url}/questblue"}
    mark = fresh_emulator.last_seq()
    _assert_refused_at_the_guard(run_playbook(DEMO, env=env))
    assert seen == ["GET /_emulator/health"]
    assert fresh_emulator.requests(since=mark) == []


def test_demo_runs_at_the_emulator(fresh_emulator, run_playbook):
    """The guard lets the demo through at the emulator, and the demo converges (its own asserts)."""
    env = {**fresh_emulator.env("questblue"), "VOIP_CARRIER_EMULATOR_URL": fresh_emulator.base_url + "/"}
    res = run_playbook(DEMO, env=env).assert_ok(changed=True)
    assert res.results[0]["task"] == GUARD and res.results[0]["event"] == "ok"
    assert fresh_emulator.writes(carrier="questblue")
    assert res.task("The re-runs changed nothing and wrote nothing")["failed"] is False
    # The block of five numbers: bought in one task, routed to the demo's trunk, the item's own
    # description over the default; converged again without a change (the assert above).
    block = res.task("Converge a block of five numbers in one task")["result"]
    assert block["counts"] == {"ordered": 5, "updated": 0, "released": 0, "unchanged": 0, "failed": 0}
    owned = {d["did"]: d for d in fresh_emulator.state("questblue")["accounts"]["demo"]["dids"]}
    block_numbers = ["919555%04d" % n for n in range(110, 115)]
    assert all(owned[did]["route2trunk"] == "demopbx" for did in block_numbers)
    assert [owned[did]["note"] for did in block_numbers] == ["Reception"] + ["Demo block"] * 4
    assert res.task("Converge the block again")["result"]["counts"]["unchanged"] == 5


MADE_UP_TOKEN = "feedfacefeedfacefeedfacefeedface"
REAL_VOICEMEUP = {"VOIP_CARRIER_PROVIDER": "voicemeup", "VOIP_CARRIER_API_URL": "https://clients.voicemeup.com",
                  "VOIP_CARRIER_API_USERNAME": "someone", "VOIP_CARRIER_API_KEY": MADE_UP_TOKEN}


def test_demo_refuses_the_real_voicemeup_url_beside_a_running_emulator(fresh_emulator, run_playbook):
    """VoiceMeUp's own URL (an AWX credential of a real account) beside a running emulator: refused
    before any module runs; the token never shows."""
    mark = fresh_emulator.last_seq()
    env = {**REAL_VOICEMEUP, **DEAD_PROXY, "VOIP_CARRIER_EMULATOR_URL": fresh_emulator.base_url}
    res = run_playbook(DEMO, env=env)
    message = _assert_refused_at_the_guard(res)
    assert "'https://clients.voicemeup.com'" in message and "VoiceMeUp" in message
    assert fresh_emulator.requests(since=mark) == []
    res.assert_no_secrets(MADE_UP_TOKEN)


def test_demo_runs_at_voicemeup(fresh_emulator, run_playbook):
    """The same playbook at VoiceMeUp (what tests/tools/demo.sh runs third): a peer as the trunk, a
    number from the Montreal offer, SMS, E911, a block of five Toronto numbers in one did_bulk task, a
    port-in with its LOA to completion, and re-runs with no change and no write."""
    vmu = fresh_emulator
    env = {**vmu.env("voicemeup"), "VOIP_CARRIER_EMULATOR_URL": vmu.base_url}
    res = run_playbook(DEMO, env=env).assert_ok(changed=True)
    assert res.results[0]["task"] == GUARD and res.results[0]["event"] == "ok"
    assert res.task("The re-runs changed nothing and wrote nothing")["failed"] is False
    assert res.task("Converge a block of five numbers in one task")["result"]["counts"]["ordered"] == 5
    account = vmu.state("voicemeup")["accounts"]["demo-vmu"]
    peer = next(p for p in account["peers"].values() if p["friendly_name"] == "demopbx")
    dids = {d["phone_number"]: d for d in account["dids"].values() if d["status"] != "deleted"}
    block = ["416555%04d" % n for n in range(200, 205)]
    assert all(dids[number]["peer_to_rings"] == peer["client_peer_id"] for number in block)
    assert [dids[number]["friendly_name"] for number in block] == ["Reception"] + ["Demo block"] * 4
    # the port-in completed (its LOA went with it): the two numbers are the account's now
    assert {"3365551234", "3365551235"} <= set(dids)
    port = next(p for p in account["port_requests"].values() if "3365551234" in p["phone_numbers"])
    assert port["status"] == "completed" and port["loa"]
    assert res.task("Converge the block again")["result"]["counts"]["unchanged"] == 5


def test_demo_runs_at_voipinnovations(fresh_emulator, run_playbook):
    """The same playbook at VoIP Innovations (what tests/tools/demo.sh runs fourth): the seeded endpoint
    group as the trunk (only activated), a New York number ordered on it with inbound CNAM, SMS by
    e-mail, E911 (validate911 first), Fax-to-Email, a block of five Los Angeles numbers in one did_bulk
    task, the account's port-ins read; the two refusals (an endpoint group's address, a port-in) shown
    and sent nowhere; re-runs with no change and no write; every envelope schema-clean."""
    vi = fresh_emulator
    mark = vi.last_seq()
    env = {**vi.env("voipinnovations"), "VOIP_CARRIER_EMULATOR_URL": vi.base_url}
    res = run_playbook(DEMO, env=env).assert_ok(changed=True)
    assert res.results[0]["task"] == GUARD and res.results[0]["event"] == "ok"
    assert res.task("The re-runs changed nothing and wrote nothing")["failed"] is False
    assert res.task("Both were refused and nothing was sent")["failed"] is False
    refusals = res.task("Show the refusals")["result"]["msg"]
    assert "Back Office" in refusals["lnp_request"] and "ip_address" in refusals["sip_trunk"], refusals
    requests = vi.requests(carrier="voipinnovations", since=mark)
    assert requests and not any(r["soap"]["fault"] or r["soap"]["unknown_elements"] for r in requests)
    operations = [r["soap"]["operation"] for r in requests]
    # the refused tasks sent nothing: no endpoint group was changed, no port submitted (the API has no call)
    assert "ActivateEndpointGroup" not in operations and "DeactivateEndpointGroup" not in operations
    # E911: validate911 before the insert911 of the demo's number
    assert operations.index("validate911") < operations.index("insert911")
    account = vi.state("voipinnovations")["accounts"]["demo-vi"]
    dids = account["dids"]
    ordered = res.task("Order the first number and route it to the trunk")["result"]["did"]["number"]
    assert dids[ordered[2:]]["endpointId"] == 13550 and dids[ordered[2:]]["cnam"] is True
    assert dids[ordered[2:]]["_fax"]["email"] == "faxes@example.com"
    block = ["213555%04d" % n for n in range(100, 105)]
    assert all(dids[number]["endpointId"] == 13550 for number in block)
    assert [dids[number]["refId"] for number in block] == ["Reception"] + ["Demo block"] * 4
    assert res.task("Converge the block again")["result"]["counts"]["unchanged"] == 5
    # the seeded Boston port completed on the month the demo let pass: its numbers are the account's
    assert {"6175550160", "6175550161"} <= set(dids)
