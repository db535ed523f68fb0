"""E911 at QuestBlue and VoIP.ms: the address checks run before any request, the QuestBlue
address that cannot be read back is never passed over silently, and VoIP.ms unit types are its
own values. Real drivers and engine, carriers scripted with a mock HTTP transport."""

import json
from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils import engine as engine_mod
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.e911 import ADDRESS_TYPES

from scripted_carrier import Wire, questblue_client as questblue, voipms_client as voipms

NUMBER = "+19195550100"
RALEIGH = {"number": NUMBER, "name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Raleigh",
           "region": "NC", "postal_code": "27601"}
VOIPMS = dict(RALEIGH, email="e911@example.com")
BAD_PLACES = [
    ({"region": "XX"}, "region"),
    ({"region": "CA"}, "postal_code"),          # an NC ZIP code in California
    ({"postal_code": "00000"}, "postal_code"),
    ({"postal_code": "2760"}, "postal_code"),
]


def prepared(adapter, values, state="present"):
    desired = adapter.prepare(E911.desired_from_params(values), state)
    adapter.validate(desired, state)
    return desired


# ---- QuestBlue --------------------------------------------------------------------------------

@pytest.mark.parametrize("change, field", BAD_PLACES)
def test_questblue_refuses_a_wrong_place_before_any_request(change, field):
    wire = Wire()
    with pytest.raises(ValidationError) as info:
        prepared(questblue(wire).resource("e911"), dict(RALEIGH, **change))
    assert info.value.field == field and wire.requests == []


def test_questblue_addresses_are_in_the_us():
    with pytest.raises(ValidationError) as info:
        prepared(questblue(Wire()).resource("e911"), dict(RALEIGH, region="ON", postal_code="K1A 0B1"))
    assert "must be in US" in info.value.message


def test_questblue_sends_the_normalised_region():
    adapter = questblue(Wire()).resource("e911")
    desired = prepared(adapter, dict(RALEIGH, region=" nc "))
    assert adapter.to_wire(desired)["e911_state"] == "NC"


ROW_WITH_ADDRESS = {"data": [{"did": "9195550100", "e911": "yes"}]}
ROW_WITHOUT = {"data": [{"did": "9195550100", "e911": ""}]}


def test_questblue_warns_that_an_existing_address_cannot_be_verified():
    client = questblue(Wire(ROW_WITH_ADDRESS))
    adapter = client.resource("e911")
    prepared(adapter, RALEIGH)
    assert adapter.read(NUMBER) == {"number": NUMBER, "provider": "questblue"}
    [warning] = client.warnings
    assert warning.startswith("questblue: the emergency address of +19195550100 cannot be verified")
    assert "resend_address: true" in warning


def test_questblue_no_warning_without_an_address_or_when_removing():
    client = questblue(Wire(ROW_WITHOUT, ROW_WITH_ADDRESS))
    adapter = client.resource("e911")
    prepared(adapter, RALEIGH)
    assert adapter.read(NUMBER) is None
    adapter = client.resource("e911")
    prepared(adapter, {"number": NUMBER}, state="absent")
    assert adapter.read(NUMBER) is not None and client.warnings == []


class Exit(Exception):
    def __init__(self, result):
        super().__init__("exit")
        self.result = result


class Module:
    """What the engine needs of AnsibleModule."""

    def __init__(self, params):
        self.params = dict({"state": "present", "update_write_only": "on_create"}, **params)
        self.check_mode = False
        self._diff = False
        self.warnings = []
        self.argument_spec = {}
        self.no_log_values = set()

    def warn(self, text):
        self.warnings.append(text)

    def exit_json(self, **result):
        raise Exit(result)

    fail_json = exit_json


def run(client, monkeypatch, **params):
    monkeypatch.setattr(engine_mod, "open_client", lambda connection: client)
    module = Module(params)
    with pytest.raises(Exit) as info:
        engine_mod.ResourceEngine(module, E911).run()
    return info.value.result, module.warnings


DURHAM = {**RALEIGH, "street_number": "5", "street_name": "Oak Ave", "city": "Durham", "postal_code": "27701"}


def test_questblue_move_without_resend_changes_nothing_but_warns(monkeypatch):
    wire = Wire(ROW_WITH_ADDRESS)
    result, warnings = run(questblue(wire), monkeypatch, **DURHAM)
    assert result["changed"] is False and "city" in result["not_compared"]
    assert [r.method for r in wire.requests] == ["GET"]
    assert len(warnings) == 1 and "cannot be verified" in warnings[0]


def test_questblue_move_with_resend_writes_the_new_address_once(monkeypatch):
    wire = Wire(ROW_WITH_ADDRESS, {})
    result, warnings = run(questblue(wire), monkeypatch, update_write_only="always", **DURHAM)
    assert result["changed"] is True and "not_compared" not in result
    assert [r.method for r in wire.requests] == ["GET", "PUT"]
    sent = json.loads(wire.bodies()[1])["e911"]
    assert (sent["e911_address"], sent["e911_city"], sent["e911_zip"]) == ("5 Oak Ave", "Durham", "27701")
    assert len(warnings) == 1  # QuestBlue still cannot confirm what it holds


# ---- VoIP.ms ----------------------------------------------------------------------------------

@pytest.mark.parametrize("change, field", BAD_PLACES + [({"unit_type": "Castle", "unit_number": "1"}, "unit_type")])
def test_voipms_refuses_a_wrong_address_before_any_request(change, field):
    wire = Wire()
    with pytest.raises(ValidationError) as info:
        prepared(voipms(wire).resource("e911"), dict(VOIPMS, **change))
    assert info.value.field == field and wire.requests == []


def test_voipms_unit_type_error_lists_the_carriers_values():
    with pytest.raises(ValidationError) as info:
        prepared(voipms(Wire()).resource("e911"), dict(VOIPMS, unit_type="Castle"))
    assert "'Castle' is not a VoIP.ms address type; use one of Apartment, Basement" in info.value.message


@pytest.mark.parametrize("typed, sent", [("STE", "Suite"), ("suite", "Suite"), ("Apt", "Apartment"),
                                         ("HNGR", "Hanger"), ("Hangar", "Hanger"), ("Unit", "Unit")])
def test_voipms_unit_types_are_sent_as_the_carriers_values(typed, sent):
    desired = prepared(voipms(Wire()).resource("e911"), dict(VOIPMS, unit_type=typed, unit_number="200"))
    assert desired["unit_type"] == sent and sent in ADDRESS_TYPES


def test_voipms_address_types_are_the_24_the_carrier_lists():
    assert len(ADDRESS_TYPES) == 24 and {"Apartment", "Basement", "Hanger"} <= set(ADDRESS_TYPES)


def test_voipms_canadian_postal_code_is_sent_as_the_carrier_stores_it():
    wire = Wire({"status": "success"}, {"status": "success"}, {"status": "success", "info": {}})
    adapter = voipms(wire).resource("e911")
    desired = prepared(adapter, dict(VOIPMS, country="ca", region="qc", city="Montreal", postal_code="h3b2y5"))
    assert (desired["postal_code"], desired["region"], desired["country"]) == ("H3B 2Y5", "QC", "CA")
    adapter.create(desired)
    sent = {k: v[0] for k, v in parse_qs(wire.bodies()[1]).items()}
    assert (sent["method"], sent["zip_code"], sent["state"], sent["country"]) == ("e911Provision", "H3B 2Y5", "QC", "CA")
