"""The fault matrix of issue 8: every fault a carrier's API can show, on the write of ``did``,
``sip_trunk``, ``e911`` and ``lnp_request`` at each carrier, through the real modules, engine and
drivers over HTTP against the emulator.

A cell is (scenario, fault). A scenario is one module at one carrier doing one change: ``create``
(the record is absent) or ``modify`` (an existing record changes: an update, or for QuestBlue's
e911, whose address can never be read back, its removal). The fault hits the scenario's main
write once (``persistent_429`` every time); ``connection_refused`` points api_url at a closed port.
A modify runs the faults whose outcome the engine must settle (TRANSPORT_ONLY ones behave as in a
create). Each cell runs the task three times:

1. with the fault: the result is what the fault allows (success; success recovered by a re-read
   that the warnings name; or failure naming the function, with ``maybe_applied: true`` exactly
   when the write may have been applied), no traceback, at most one applied write per intended
   change (zero double writes);
2. without it: the task converges, ``changed`` exactly when the first run did not get there;
3. once more: ``changed=false`` and not one write.

Over the three runs every intended write is applied exactly once and the emulator's state is the
desired one (zero lost updates).
"""

from __future__ import annotations

import collections
import socket
from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils import transport as transport_mod

from fault_harness import run_module

# The whole request may take 1 s (the timeout option's smallest value); the emulator's slow
# answers come after 1.4 s, its latency stays well inside.
TIMEOUT = 1
SLOW = 1.4

OK, RECOVERED, UNKNOWN, REFUSED = "ok", "recovered", "unknown", "refused"

# fault name -> (rule keys, the first run's expected outcome)
FAULTS = {
    "latency": ({"kind": "latency", "delay": 0.3}, OK),
    "timeout": ({"kind": "timeout", "delay": SLOW}, UNKNOWN),
    "timeout_applied": ({"kind": "timeout", "delay": SLOW, "after_effect": True}, RECOVERED),
    "http_500": ({"kind": "status", "status": 500}, UNKNOWN),
    "http_502": ({"kind": "status", "status": 502}, UNKNOWN),
    "http_503": ({"kind": "status", "status": 503}, UNKNOWN),
    "http_504": ({"kind": "status", "status": 504}, UNKNOWN),
    "429_seconds": ({"kind": "rate_limit", "retry_after": 1}, OK),
    "429_date": ({"kind": "rate_limit", "retry_after": 1, "retry_after_date": True}, OK),
    "429_no_retry_after": ({"kind": "rate_limit", "retry_after": None}, OK),
    # Every attempt refused (Retry-After: 0 keeps the cell fast; the waits are the cells above).
    "persistent_429": ({"kind": "rate_limit", "retry_after": 0, "times": 50}, REFUSED),
    # A pause longer than rate_limit_max_wait (300 s): the task fails at once, sending nothing more.
    "429_beyond_max_wait": ({"kind": "rate_limit", "retry_after": 3600}, REFUSED),
    "malformed": ({"kind": "malformed"}, UNKNOWN),
    "malformed_applied": ({"kind": "malformed", "after_effect": True}, RECOVERED),
    "wrong_shape": ({"kind": "wrong_shape"}, UNKNOWN),
    "wrong_shape_applied": ({"kind": "wrong_shape", "after_effect": True}, RECOVERED),
    "drop": ({"kind": "drop"}, UNKNOWN),
    "drop_applied": ({"kind": "drop", "after_effect": True}, RECOVERED),
    "connection_refused": (None, REFUSED),
}
# VoIP.ms answers every call with an object that has a status: an object without one is as
# unreadable as a list.
VOIPMS_FAULTS = {
    "wrong_shape_object": ({"kind": "wrong_shape", "body": {"result": "ok"}}, UNKNOWN),
    "wrong_shape_object_applied": ({"kind": "wrong_shape", "body": {"result": "ok"}, "after_effect": True}, RECOVERED),
}

QB_NUMBER, QB_NATIONAL = "+19195550150", "9195550150"
QB_OWNED = "9195550100"
VM_NUMBER, VM_NATIONAL = "+17135550100", "7135550100"
VM_OWNED = "7862285600"
PORTED = ["+13365551234", "+13365551235"]
QB_ADDRESS = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Raleigh",
              "region": "NC", "postal_code": "27601"}
VM_ADDRESS = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Miami", "region": "FL",
              "postal_code": "33101", "email": "e911@example.com"}
VM_E911_RECORD = {"did": VM_OWNED, "status": "active", "full_name": "ACME Corp", "street_number": "100",
                  "street_name": "Main St", "city": "Miami", "state": "FL", "country": "US", "zip_code": "33101",
                  "language": "EN", "email": "e911@example.com"}
PORT = {"losing_carrier": "Old Telco", "account_number": "A-123", "authorized_contact": "Jane Doe",
        "street_number": "100", "street_name": "Main St", "city": "Greensboro", "region": "NC", "postal_code": "27401"}


def _account(state, carrier):
    return state["accounts"]["demo" if carrier == "questblue" else "demo@example.com"]


def _qb_did(state, national):
    return next((d for d in _account(state, "questblue")["dids"] if str(d["did"]) == national), None)


def _subaccount(state, username):
    return next((s for s in _account(state, "voipms")["subaccounts"].values() if s.get("username") == username), None)


def _ports(state):
    return list(_account(state, "voipms")["ports"].values())


class Scenario:
    """One module at one carrier making one change; ``fault_on`` selects its main write."""

    def __init__(self, module, carrier, op, params, fault_on, intended, reached, seed=None, bill=False,
                 partial=False):
        self.module, self.carrier, self.op = module, carrier, op
        self.params, self.fault_on, self.intended = params, fault_on, collections.Counter(intended)
        self.reached, self.seed, self.bill = reached, seed, bill
        # The change takes more than one write of the faulted kind: when the first is applied and
        # its answer lost, a re-read shows the change half done, an unknown outcome to report.
        self.partial = partial

    def expected(self, outcome):
        return UNKNOWN if outcome == RECOVERED and self.partial else outcome

    @property
    def id(self):
        return "%s-%s-%s" % (self.module, self.carrier, self.op)

    @property
    def function(self):
        """How messages name the faulted call: QuestBlue ``POST /did``, VoIP.ms ``orderDID``."""
        return self.fault_on.get("function") or "%s %s" % (self.fault_on["method"], self.fault_on["path"])


SCENARIOS = [
    # -- did
    Scenario("did", "questblue", "create",
             {"number": QB_NUMBER, "tier": "1", "trunk": "demotrunk", "description": "sales"},
             {"method": "POST", "path": "/did"}, {"POST /did": 1, "PUT /did": 1},
             lambda s: (_qb_did(s, QB_NATIONAL) or {}).get("note") == "sales"
             and _qb_did(s, QB_NATIONAL)["route2trunk"] == "demotrunk"),
    Scenario("did", "questblue", "modify", {"number": "+1" + QB_OWNED, "description": "new"},
             {"method": "PUT", "path": "/did"}, {"PUT /did": 1},
             lambda s: _qb_did(s, QB_OWNED)["note"] == "new",
             seed={"carrier": "questblue", "owned": [{"did": QB_OWNED, "tier": "1", "note": "old"}]}),
    Scenario("did", "voipms", "create", {"number": VM_NUMBER, "description": "sales"},
             {"function": "orderDID"}, {"orderDID": 1},
             lambda s: _account(s, "voipms")["dids"].get(VM_NATIONAL, {}).get("note") == "sales"),
    Scenario("did", "voipms", "modify", {"number": "+1" + VM_OWNED, "description": "new"},
             {"function": "setDIDInfo"}, {"setDIDInfo": 1},
             lambda s: _account(s, "voipms")["dids"][VM_OWNED]["note"] == "new",
             seed={"carrier": "voipms", "dids": [{"did": VM_OWNED, "note": "old"}]}),
    # -- sip_trunk
    Scenario("sip_trunk", "questblue", "create", {"name": "pbx1", "ip_address": "203.0.113.5"},
             {"method": "POST", "path": "/siptrunk"}, {"POST /siptrunk": 1},
             lambda s: any(t["trunk"] == "pbx1" and t["ip_address"] == "203.0.113.5"
                           for t in _account(s, "questblue")["trunks"])),
    Scenario("sip_trunk", "questblue", "modify", {"name": "pbx1", "ip_address": "203.0.113.6"},
             {"method": "PUT", "path": "/siptrunk"}, {"PUT /siptrunk": 1},
             lambda s: any(t["trunk"] == "pbx1" and t["ip_address"] == "203.0.113.6"
                           for t in _account(s, "questblue")["trunks"]),
             seed={"carrier": "questblue", "trunks": [{"trunk": "pbx1", "status": "on", "ip_address": "203.0.113.5"}]}),
    Scenario("sip_trunk", "voipms", "create", {"name": "pbx1", "auth_type": "ip", "ip_address": "203.0.113.5"},
             {"function": "createSubAccount"}, {"createSubAccount": 1},
             lambda s: (_subaccount(s, "pbx1") or {}).get("ip") == "203.0.113.5"),
    Scenario("sip_trunk", "voipms", "modify", {"name": "pbx1", "description": "new"},
             {"function": "setSubAccount"}, {"setSubAccount": 1},
             lambda s: _subaccount(s, "pbx1")["description"] == "new",
             seed={"carrier": "voipms", "subaccounts": [{"username": "pbx1", "auth_type": "2", "ip": "203.0.113.5"}]}),
    # -- e911
    Scenario("e911", "questblue", "create", dict(QB_ADDRESS, number="+1" + QB_OWNED),
             {"method": "PUT", "path": "/did"}, {"PUT /did": 1},
             lambda s: isinstance(_qb_did(s, QB_OWNED)["e911"], dict)
             and _qb_did(s, QB_OWNED)["e911"]["e911_address"] == "100 Main St",
             seed={"carrier": "questblue", "owned": [{"did": QB_OWNED, "tier": "1"}]}),
    # QuestBlue never returns the address, so removing it is the change a re-read can show.
    Scenario("e911", "questblue", "modify", {"number": "+1" + QB_OWNED, "state": "absent"},
             {"method": "PUT", "path": "/did"}, {"PUT /did": 1},
             lambda s: _qb_did(s, QB_OWNED)["e911"] in (None, "", "no"),
             seed={"carrier": "questblue", "owned": [{"did": QB_OWNED, "tier": "1", "e911": {
                 "e911_name": "ACME Corp", "e911_address": "100 Main St", "e911_city": "Raleigh",
                 "e911_state": "NC", "e911_zip": "27601"}}]}),
    Scenario("e911", "voipms", "create", dict(VM_ADDRESS, number="+1" + VM_OWNED),
             {"function": "e911Provision"}, {"e911Provision": 1},
             lambda s: _account(s, "voipms")["e911"].get(VM_OWNED, {}).get("street_number") == "100",
             seed={"carrier": "voipms", "dids": [{"did": VM_OWNED}]}),
    Scenario("e911", "voipms", "modify", dict(VM_ADDRESS, number="+1" + VM_OWNED, street_number="200"),
             {"function": "e911Update"}, {"e911Update": 1},
             lambda s: _account(s, "voipms")["e911"][VM_OWNED]["street_number"] == "200",
             seed={"carrier": "voipms", "dids": [{"did": VM_OWNED}], "e911": [VM_E911_RECORD]}),
    # -- lnp_request
    Scenario("lnp_request", "questblue", "create",
             dict(PORT, numbers=PORTED, contact_title="CTO", billing_number=PORTED[0]),
             {"method": "POST", "path": "/lnp"}, {"POST /lnp": 1},
             lambda s: sorted(r["number2port"] for r in _account(s, "questblue")["lnp"]) == ["3365551234", "3365551235"],
             bill=True),
    # One PUT /lnp per number: the fault hits the first, the re-read must not take the request for
    # updated while the second number's row is not.
    Scenario("lnp_request", "questblue", "modify", {"numbers": PORTED, "losing_carrier": "Newer Telco"},
             {"method": "PUT", "path": "/lnp"}, {"PUT /lnp": 2},
             lambda s: [r["fields"].get("provider_name") for r in _account(s, "questblue")["lnp"]] == ["Newer Telco"] * 2,
             seed={"carrier": "questblue", "lnp": [{"number2port": n[2:], "provider_name": "Old Telco", "status": "submitted"}
                                                   for n in PORTED]}, partial=True),
    Scenario("lnp_request", "voipms", "create", dict(PORT, numbers=PORTED, ssn_last4="9876"),
             {"function": "addLNPPort"}, {"addLNPPort": 1, "addLNPFile": 1},
             lambda s: len(_ports(s)) == 1 and bool(_ports(s)[0].get("attachments")), bill=True),
    # A submitted port without its bill: attaching it is the one change VoIP.ms takes.
    Scenario("lnp_request", "voipms", "modify", {"numbers": PORTED},
             {"function": "addLNPFile"}, {"addLNPFile": 1},
             lambda s: len(_ports(s)) == 1 and bool(_ports(s)[0].get("attachments")),
             seed={"carrier": "voipms", "ports": [{"numbers": [n[2:] for n in PORTED], "portType": "1",
                                                   "status": "processing", "city": "Greensboro", "state": "NC",
                                                   "country": "US"}]}, bill=True),
]


# A modify meets the transport's waits and refusals exactly as a create does (latency, the 429s
# that are retried, a refused connection, which fails on the first read): it runs the faults whose
# outcome the engine has to settle, and the 429 that never ends.
TRANSPORT_ONLY = ("latency", "429_seconds", "429_date", "429_no_retry_after", "429_beyond_max_wait", "connection_refused")


def _cells():
    for scenario in SCENARIOS:
        faults = dict(FAULTS, **(VOIPMS_FAULTS if scenario.carrier == "voipms" else {}))
        for name in faults:
            if scenario.op == "modify" and name in TRANSPORT_ONLY:
                continue
            yield pytest.param(scenario, name, id="%s-%s" % (scenario.id, name))


def write_key(entry):
    """A logged write as messages name it: QuestBlue ``PUT /did``, VoIP.ms the function."""
    if entry["carrier"] == "voipms":
        params = parse_qs(entry.get("query") or "")
        if isinstance(entry.get("body"), str):
            params.update(parse_qs(entry["body"]))
        return (params.get("method") or ["?"])[0]
    return "%s %s" % (entry["method"], entry["path"])


def applied_writes(control, carrier, since):
    return collections.Counter(write_key(e) for e in control.requests(carrier, since) if e["write"] and e["applied"])


def any_writes(control, carrier, since):
    return [write_key(e) for e in control.requests(carrier, since) if e["write"]]


def closed_port():
    """A local port nothing listens on: connections to it are refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assert_names_function(text, function, carrier):
    assert function in text, "%r does not name %s" % (text, function)
    if carrier == "voipms":
        assert "rest.php" not in text, text


def _failed_request(result, carrier):
    """The call a failure names in ``request``: a QuestBlue method and path, a VoIP.ms function."""
    request = result.get("request") or ""
    if carrier == "voipms":
        assert request.isalnum(), result
    else:
        assert request.split(" ")[0] in ("GET", "POST", "PUT", "DELETE") and request.split(" ")[1].startswith("/"), result
    return request


@pytest.mark.parametrize("scenario, fault", list(_cells()))
def test_fault_matrix(control, scenario, fault, tmp_path):
    rule, expected = dict(FAULTS, **VOIPMS_FAULTS)[fault]
    expected = scenario.expected(expected)
    if scenario.seed:
        control.seed(scenario.seed)
    # validate_certs: the emulator speaks plain HTTP, and without it every run would load the CA bundle.
    params = dict(scenario.params, timeout=TIMEOUT, validate_certs=False, **control.credentials(scenario.carrier))
    if scenario.bill:
        bill = tmp_path / "bill.pdf"
        bill.write_bytes(b"%PDF-1.4 a bill\n")
        params["bill_file"] = str(bill)
    faulted = dict(params)
    if rule is None:
        # Nothing listens at api_url: every attempt is refused, and retried without waiting here.
        faulted["api_url"] = "http://127.0.0.1:%d/%s" % (closed_port(), scenario.carrier)
    else:
        control.fault(dict(rule, carrier=scenario.carrier, **scenario.fault_on))
    mark = control.last_seq()

    # 1. with the fault
    with pytest.MonkeyPatch.context() as patch:
        # The carrier's pause is kept in the budget of the faulted run; the later runs come after it.
        patch.setenv("VOIP_CARRIER_BUDGET_DIR", str(tmp_path / "budget-faulted"))
        if rule is None:
            patch.setattr(transport_mod.time, "sleep", lambda seconds: None)
        kind, result = run_module(scenario.module, faulted)
    control.clear_faults()
    first = applied_writes(control, scenario.carrier, mark)
    for key, count in first.items():
        assert count <= scenario.intended[key], "double write: %s applied %d times\n%s" % (key, count, result)
    reached = scenario.reached(control.state(scenario.carrier))
    if expected in (OK, RECOVERED):
        assert kind == "exit", result
        assert result["changed"] is True and reached, result
        if expected == RECOVERED:
            said = [w for w in result.get("warnings", []) if "re-read" in w]
            assert said, result
            assert_names_function(said[0], scenario.function, scenario.carrier)
    else:
        assert kind == "fail", result
        assert "Traceback" not in result["msg"]
        if expected == UNKNOWN:
            assert result.get("maybe_applied") is True, result
            assert_names_function(result["msg"], scenario.function, scenario.carrier)
        else:
            # The carrier refused, or nothing reached it: the outcome is known, nothing happened.
            assert not result.get("maybe_applied"), result
            assert not first and not reached, result
            name = scenario.function if rule is not None else _failed_request(result, scenario.carrier)
            assert_names_function(result["msg"], name, scenario.carrier)

    # 2. without it: converges, changed exactly when the first run did not get there
    mark2 = control.last_seq()
    kind, again = run_module(scenario.module, params)
    assert kind == "exit", again
    assert again["changed"] is (not reached), again
    assert scenario.reached(control.state(scenario.carrier)), again
    total = first + applied_writes(control, scenario.carrier, mark2)
    assert total == scenario.intended, "applied %s, intended %s" % (dict(total), dict(scenario.intended))

    # 3. once more: nothing to do, nothing written
    mark3 = control.last_seq()
    kind, third = run_module(scenario.module, params)
    assert kind == "exit" and third["changed"] is False, third
    assert any_writes(control, scenario.carrier, mark3) == []


@pytest.mark.parametrize("fault", ["http_503", "timeout_applied"])
def test_a_change_no_read_can_show_is_never_reported_as_taking_effect(control, fault):
    # QuestBlue never returns the emergency address: resend_address sends it on every run, and a
    # lost answer leaves the outcome unknown whatever a re-read says (it shows only that one is set).
    scenario = next(s for s in SCENARIOS if s.id == "e911-questblue-modify")
    control.seed(scenario.seed)
    params = dict(QB_ADDRESS, number="+1" + QB_OWNED, street_number="5", resend_address=True, timeout=TIMEOUT,
                  validate_certs=False, **control.credentials("questblue"))
    control.fault(dict(FAULTS[fault][0], carrier="questblue", method="PUT", path="/did"))
    kind, result = run_module("e911", params)
    assert kind == "fail" and result.get("maybe_applied") is True, result
    assert_names_function(result["msg"], "PUT /did", "questblue")
    assert not any("took effect" in warning for warning in result.get("warnings", [])), result
    kind, again = run_module("e911", params)
    assert kind == "exit" and again["changed"] is True
    assert _qb_did(control.state("questblue"), QB_OWNED)["e911"]["e911_address"] == "5 Main St"
