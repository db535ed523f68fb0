"""The fault matrix of issue 8: every fault a carrier's API can show, on the write of ``did``,
``sip_trunk``, ``e911`` and ``lnp_request`` at QuestBlue and VoIP.ms, and one fault of each kind
(CARRIER_FAULTS) on ``did``, ``sip_trunk``, ``e911`` at VoiceMeUp and VoIP Innovations (there also
``sms_config`` and ``fax_user``), through the real modules, engine and drivers over HTTP against
the emulator.

A cell is (scenario, fault). A scenario is one module at one carrier doing one change: ``create``
(the record is absent) or ``modify`` (an existing record changes: an update, or for QuestBlue's
e911, whose address can never be read back, its removal). The fault hits the scenario's main
write once (``persistent_429`` every time); ``connection_refused`` points api_url at a closed port.
A modify runs the faults whose outcome the engine must settle (TRANSPORT_ONLY ones behave as in a
create). Each cell runs the task three times:

1. with the fault: the result is what the fault allows (success; success recovered by a re-read
   that the warnings name; or failure naming the function, with ``maybe_applied: true`` exactly
   when the write may have been applied), no traceback, at most one applied write per intended
   change (zero double writes), and a write whose answer was lost is not sent again;
2. without it: the task converges, ``changed`` exactly when the first run did not get there;
3. once more: ``changed=false`` and not one write.

Over the three runs every intended write is applied exactly once (a ``repeatable`` one at least
once) and the emulator's state is the desired one (zero lost updates). A ``money`` write (VoIP
Innovations' assignDID) is in the log once, or twice when the faulted one was not applied.
"""

from __future__ import annotations

import collections
import re
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

# VoiceMeUp answers every outcome with HTTP 200 and its envelope: a refusal is an "error" envelope
# (a code the collection has no text for: the carrier's own message must reach the user).
VMU_REFUSAL = {"response_details": {"response_status": "error", "response_messages": {
    "message": {"code": "request_refused_by_carrier", "_content": "Emulated refusal"}}}}
VOICEMEUP_FAULTS = {"carrier_error": ({"kind": "wrong_shape", "body": VMU_REFUSAL}, REFUSED)}
# VoiceMeUp and VoIP Innovations run one fault of each kind (the unit target runs in CI; a timeout
# cell costs ~1.7 s): a lost answer to a write that took effect (timeout), a 5xx, a dropped
# connection, a garbled body that came after the write took effect, and VoiceMeUp's refusal. Between
# them the re-read meets both "done" and "not done". The 429s, latency and a refused connection go
# through the same transport as at the first two carriers, which run them. (VoIP Innovations'
# refusals are SOAP bodies, which the emulator's fault rules cannot write.) The money call
# (assignDID) runs every variant: KIND_FAULTS.
KIND_FAULTS = ("timeout", "timeout_applied", "http_503", "drop", "drop_applied", "malformed", "malformed_applied")
ONE_PER_KIND = ("timeout_applied", "http_503", "drop", "malformed_applied")
CARRIER_FAULTS = {"voicemeup": ONE_PER_KIND + tuple(VOICEMEUP_FAULTS), "voipinnovations": ONE_PER_KIND}
ALL_FAULTS = dict(FAULTS, **VOIPMS_FAULTS, **VOICEMEUP_FAULTS)

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


# The demo account of each carrier in the emulator's state dump (docs/emulator.md "Seeded account").
DEMO_LOGIN = {"questblue": "demo", "voipms": "demo@example.com", "voicemeup": "demo-vmu", "voipinnovations": "demo-vi"}


VMU_NEW, VMU_OWNED = "5145550200", "5145550100"
VMU_ADDRESS = {"name": "Demo Inc", "street_number": "100", "street_name": "Boulevard Saint-Laurent",
               "city": "Montréal", "region": "QC", "postal_code": "H2X 2T3", "country": "CA"}
VMU_ENDPOINT = {"phone_number": VMU_OWNED, "full_name": "Demo Inc", "civic_number": "100",
                "street": "Boulevard Saint-Laurent", "city": "Montréal", "state_code": "QC", "country_code": "CA",
                "postal_code": "H2X 2T3"}
VI_NEW, VI_OWNED, VI_E911_NUMBER = "2125550110", "2125550100", "2145550120"
VI_ORDER = {"number": "+1" + VI_NEW, "trunk": "Primary PBX", "description": "sales"}
VI_ADDRESS = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Raleigh",
              "region": "NC", "postal_code": "27601"}
# The demo location of 214-555-0120, as a task gives it.
VI_E911_DALLAS = {"number": "+1" + VI_E911_NUMBER, "name": "ACME Dallas", "street_number": "1500",
                  "street_name": "Marilla St", "city": "Dallas", "region": "TX", "postal_code": "75201"}


def _account(state, carrier):
    return state["accounts"][DEMO_LOGIN[carrier]]


def _qb_did(state, national):
    return next((d for d in _account(state, "questblue")["dids"] if str(d["did"]) == national), None)


def _subaccount(state, username):
    return next((s for s in _account(state, "voipms")["subaccounts"].values() if s.get("username") == username), None)


def _ports(state):
    return list(_account(state, "voipms")["ports"].values())


def _vmu_did(state, national):
    """A live VoiceMeUp DID by its 10 digits (dids are keyed by client_did_id; deleted rows stay)."""
    return next((d for d in _account(state, "voicemeup")["dids"].values()
                 if d["phone_number"] == national and d["status"] != "deleted"), None)


def _vmu_endpoint(state, national):
    return next((e for e in _account(state, "voicemeup")["e911_endpoints"].values() if e["phone_number"] == national),
                None)


def _vi_did(state, national):
    return _account(state, "voipinnovations")["dids"].get(national)


def _vi_location(state, national):
    return _account(state, "voipinnovations")["e911"]["locations"].get(national)


def _vi_ordered(state):
    did = _vi_did(state, VI_NEW) or {}
    return did.get("refId") == "sales" and did.get("endpointId") == 13550


class Scenario:
    """One module at one carrier making one change; ``fault_on`` selects its main write."""

    def __init__(self, module, carrier, op, params, fault_on, intended, reached, seed=None, bill=False,
                 partial=False, repeatable=(), money=False):
        self.module, self.carrier, self.op = module, carrier, op
        self.params, self.fault_on, self.intended = params, fault_on, collections.Counter(intended)
        self.reached, self.seed, self.bill = reached, seed, bill
        # The change takes more than one write of the faulted kind: when the first is applied and
        # its answer lost, a re-read shows the change half done, an unknown outcome to report.
        self.partial = partial
        # Writes the carrier answers as done when sent again (VoIP Innovations' reserveDID: 103220
        # "already reserved for you"): a later run may repeat them, so they are counted as at
        # least once, not exactly once.
        self.repeatable = frozenset(repeatable)
        # The faulted write buys something: over the three runs it is sent once, or twice when the
        # faulted one was not applied (the second run orders anew); never re-sent after a lost answer.
        self.money = money

    def settled(self, applied):
        """The applied writes to compare with ``intended``: repeatable ones counted once."""
        return collections.Counter({key: 1 if key in self.repeatable else count for key, count in applied.items()})

    def expected(self, outcome):
        return UNKNOWN if outcome == RECOVERED and self.partial else outcome

    @property
    def id(self):
        return "%s-%s-%s" % (self.module, self.carrier, self.op)

    @property
    def function(self):
        """How messages name the faulted call: QuestBlue ``POST /did``, VoIP.ms ``orderDID``,
        VoiceMeUp the request type, VoIP Innovations the SOAP operation."""
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
    # -- VoiceMeUp: activate_new_did takes no settings, update_did follows it with the description.
    Scenario("did", "voicemeup", "create", {"number": "+1" + VMU_NEW, "description": "sales"},
             {"function": "activate_new_did"}, {"activate_new_did": 1, "update_did": 1},
             lambda s: (_vmu_did(s, VMU_NEW) or {}).get("friendly_name") == "sales"),
    Scenario("did", "voicemeup", "modify", {"number": "+1" + VMU_OWNED, "description": "new"},
             {"function": "update_did"}, {"update_did": 1},
             lambda s: _vmu_did(s, VMU_OWNED)["friendly_name"] == "new"),
    # The static peer 40002 is named by its friendly_name; its description is the peer's comments.
    Scenario("sip_trunk", "voicemeup", "modify", {"name": "Data center trunk", "description": "new"},
             {"function": "update_peer"}, {"update_peer": 1},
             lambda s: _account(s, "voicemeup")["peers"]["40002"]["comments"] == "new"),
    Scenario("e911", "voicemeup", "create", dict(VMU_ADDRESS, number="+1" + VMU_OWNED),
             {"function": "update_e911"}, {"update_e911": 1},
             lambda s: (_vmu_endpoint(s, VMU_OWNED) or {}).get("civic_number") == "100"),
    Scenario("e911", "voicemeup", "modify", dict(VMU_ADDRESS, number="+1" + VMU_OWNED, street_number="200"),
             {"function": "update_e911"}, {"update_e911": 1},
             lambda s: _vmu_endpoint(s, VMU_OWNED)["civic_number"] == "200",
             seed={"carrier": "voicemeup", "e911_endpoints": [VMU_ENDPOINT]}),
    # -- VoIP Innovations: an order is reserveDID then assignDID. A reservation is not a number of
    # the account: when reserveDID's answer is lost the re-read cannot show the order (partial).
    Scenario("did", "voipinnovations", "reserve", VI_ORDER, {"function": "reserveDID"},
             {"reserveDID": 1, "assignDID": 1}, _vi_ordered, partial=True, repeatable=("reserveDID",)),
    # The money call: a lost or garbled answer to assignDID is settled by queryDID, never re-sent.
    Scenario("did", "voipinnovations", "create", VI_ORDER, {"function": "assignDID"},
             {"reserveDID": 1, "assignDID": 1}, _vi_ordered, repeatable=("reserveDID",), money=True),
    Scenario("did", "voipinnovations", "modify", {"number": "+1" + VI_OWNED, "description": "new"},
             {"function": "configDID"}, {"configDID": 1},
             lambda s: _vi_did(s, VI_OWNED)["refId"] == "new"),
    # 13552 "Old Lab" is seeded inactive; enabled is the one thing the API changes on a group.
    Scenario("sip_trunk", "voipinnovations", "modify", {"name": "Old Lab", "enabled": True},
             {"function": "ActivateEndpointGroup"}, {"ActivateEndpointGroup": 1},
             lambda s: _account(s, "voipinnovations")["endpoint_groups"]["13552"]["Active"] is True),
    Scenario("e911", "voipinnovations", "create", dict(VI_ADDRESS, number="+1" + VI_OWNED),
             {"function": "insert911"}, {"insert911": 1},
             lambda s: (_vi_location(s, VI_OWNED) or {}).get("address1") == "100 MAIN ST"),
    Scenario("e911", "voipinnovations", "modify", dict(VI_E911_DALLAS, name="ACME HQ"),
             {"function": "update911"}, {"update911": 1},
             lambda s: _vi_location(s, VI_E911_NUMBER)["callerName"] == "ACME HQ"),
    Scenario("sms_config", "voipinnovations", "modify", {"number": "+1" + VI_OWNED, "email": "new@example.com"},
             {"function": "ConfigSMSDestination"}, {"ConfigSMSDestination": 1},
             lambda s: _vi_did(s, VI_OWNED)["_sms_config"]["Destination"] == "new@example.com"),
    Scenario("fax_user", "voipinnovations", "create", {"login": "+1" + VI_OWNED, "email": "fax@example.com"},
             {"function": "SetFaxToEmail"}, {"SetFaxToEmail": 1},
             lambda s: (_vi_did(s, VI_OWNED).get("_fax") or {}).get("email") == "fax@example.com"),
]


# A modify meets the transport's waits and refusals exactly as a create does (latency, the 429s
# that are retried, a refused connection, which fails on the first read): it runs the faults whose
# outcome the engine has to settle, and the 429 that never ends.
TRANSPORT_ONLY = ("latency", "429_seconds", "429_date", "429_no_retry_after", "429_beyond_max_wait", "connection_refused")


def _cells():
    for scenario in SCENARIOS:
        if scenario.money:
            faults = KIND_FAULTS
        elif scenario.carrier in CARRIER_FAULTS:
            faults = CARRIER_FAULTS[scenario.carrier]
        else:
            faults = dict(FAULTS, **(VOIPMS_FAULTS if scenario.carrier == "voipms" else {}))
        for name in faults:
            if scenario.op == "modify" and name in TRANSPORT_ONLY:
                continue
            yield pytest.param(scenario, name, id="%s-%s" % (scenario.id, name))


# The operation of a SOAP request: the first element in its Body. (The log's ``soap`` key is the
# carrier's, and a fault's answer replaces the carrier's: the body is what every entry has.)
_SOAP_OPERATION = re.compile(r"<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([\w.-]+)")


def write_key(entry):
    """A logged write as messages name it: QuestBlue ``PUT /did``, VoIP.ms the function,
    VoiceMeUp the request type (the last part of the path), VoIP Innovations the SOAP operation."""
    if entry["carrier"] == "voicemeup":
        return entry["path"].rstrip("/").rsplit("/", 1)[-1]
    if entry["carrier"] == "voipinnovations":
        found = _SOAP_OPERATION.search(entry.get("body") or "")
        return found.group(1) if found else "?"
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


def sent(control, scenario, since):
    """How many requests of the faulted write reached the emulator since ``since``, applied or not."""
    return sum(1 for e in control.requests(scenario.carrier, since) if e["write"] and write_key(e) == scenario.function)


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
    if carrier in ("voipms", "voicemeup", "voipinnovations"):
        assert request.replace("_", "").isalnum(), result
    else:
        assert request.split(" ")[0] in ("GET", "POST", "PUT", "DELETE") and request.split(" ")[1].startswith("/"), result
    return request


@pytest.mark.parametrize("scenario, fault", list(_cells()))
def test_fault_matrix(control, scenario, fault, tmp_path):
    rule, expected = ALL_FAULTS[fault]
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
    if expected in (RECOVERED, UNKNOWN):
        # A write whose answer was lost is settled by a re-read, never sent again in the same run.
        assert sent(control, scenario, mark) <= max(scenario.intended[scenario.function], 1), \
            "%s re-sent after a lost answer\n%s" % (scenario.function, result)
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
    total = scenario.settled(first + applied_writes(control, scenario.carrier, mark2))
    assert total == scenario.intended, "applied %s, intended %s" % (dict(total), dict(scenario.intended))
    if scenario.money:
        # One order in the log when the faulted one took effect; when it did not, the second run's.
        orders = sent(control, scenario, mark)
        assert orders == (1 if first[scenario.function] else 2), "%d %s sent" % (orders, scenario.function)

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
