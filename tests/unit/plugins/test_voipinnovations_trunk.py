"""VoIP Innovations sip_trunk adapter (endpoint groups), through the engine's Converger, against the
in-process emulator: read by Name or ID, the read-only settings, only ``enabled`` written
(Activate/DeactivateEndpointGroup), everything else and ``absent`` refused before any request, a
missing group refused after the one read."""

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger
from ansible_collections.voip.carrier.plugins.module_utils.errors import UnsupportedError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client

from test_voipinnovations_did import CARRIER, LOGIN, calls, connection


def converge(control, params, state="present", check=False):
    client = open_client(connection(control))
    adapter = client.resource("sip_trunk")
    converger = Converger(SIP_TRUNK, check_mode=check, diff=True)
    desired = converger.prepare(adapter, SIP_TRUNK.desired_from_params(params), state)
    current = adapter.read(desired["name"])
    return converger.present(adapter, desired["name"], desired, current)[0], client


def active(control, group_id):
    return control.state(CARRIER)["accounts"][LOGIN]["endpoint_groups"][str(group_id)]["Active"]


def test_read_returns_the_groups_settings_read_only(control):
    mark = control.last_seq()
    record = open_client(connection(control)).resource("sip_trunk").read("Backup SBC")
    assert record == {"name": "Backup SBC", "enabled": True, "auth_type": "ip", "ip_address": "198.51.100.20",
                      "id": 13551, "ip_addresses": ["198.51.100.20"],
                      "port": 5080, "prepend": "", "rate_deck": "Standard", "strip_plus": True,
                      "strip_country_code": False, "international_calls": False, "mtd_usage": 3.05,
                      "client": "Demo Client", "provider": CARRIER}
    assert calls(control, mark) == ["AuditEndpointGroups"]
    adapter = open_client(connection(control)).resource("sip_trunk")
    assert adapter.read("13552")["name"] == "Old Lab" and adapter.read("Nope") is None
    assert [row["name"] for row in adapter.list()] == ["Backup SBC", "Old Lab", "Primary PBX"]


def test_enabled_is_switched_then_left_alone(control):
    mark = control.last_seq()
    result, _client = converge(control, {"name": "Old Lab", "enabled": True}, check=True)
    assert result["changed"] and not active(control, 13552) and calls(control, mark, writes=True) == []
    result, client = converge(control, {"name": "Old Lab", "enabled": True})
    assert result["changed"] and result["sip_trunk"]["enabled"] is True and active(control, 13552)
    assert calls(control, mark, writes=True) == ["ActivateEndpointGroup"]
    assert client.log.as_dict()["writes"] == 1
    result, _client = converge(control, {"name": "Old Lab", "enabled": True})
    assert not result["changed"] and calls(control, mark, writes=True) == ["ActivateEndpointGroup"]
    converge(control, {"name": "13550", "enabled": False})
    assert not active(control, 13550)
    entry = control.requests(CARRIER, mark)[-2]
    assert "<ns0:groupid>13550</ns0:groupid>" in entry["body"] and entry["soap"]["operation"] == "DeactivateEndpointGroup"


@pytest.mark.parametrize("params, state, field", [
    ({"name": "Primary PBX"}, "absent", "state"),
    ({"name": "Primary PBX", "ip_address": "192.0.2.1"}, "present", "ip_address"),
    ({"name": "Primary PBX", "port": 5060}, "present", "port"),
    ({"name": "Primary PBX", "description": "x", "enabled": True}, "present", "description"),
])
def test_what_the_api_cannot_change_fails_before_any_request(control, params, state, field):
    mark = control.last_seq()
    with pytest.raises(UnsupportedError) as raised:
        converge(control, params, state=state)
    assert raised.value.field == field and "Back Office" in raised.value.message
    assert control.requests(CARRIER, mark) == []


def test_a_missing_group_fails_after_the_one_read(control):
    for check in (True, False):
        mark = control.last_seq()
        with pytest.raises(ValidationError) as raised:
            converge(control, {"name": "New PBX", "enabled": True}, check=check)
        assert raised.value.field == "name" and "created, changed and deleted in VoIP Innovations' Back Office" \
            in raised.value.message and "Primary PBX (13550)" in raised.value.message
        assert calls(control, mark) == ["AuditEndpointGroups"]
