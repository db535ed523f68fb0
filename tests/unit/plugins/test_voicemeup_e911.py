"""VoiceMeUp E911 driver: the address checked before any request, check_e911 before every
update_e911 (check mode too, once per address), the carrier's proposed addresses shown, reads
through get_e911, the default endpoint's refusal explained, the fee notice as a warning, and the
whole account's addresses from one paginated get_e911. Real driver and engine, VoiceMeUp
scripted with a mock HTTP transport."""

from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils import engine as engine_mod
from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, UnsupportedError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import NOT_IN_SNAPSHOT
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup import VoiceMeUpClient
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.e911 import ADDRESS_TYPES

from scripted_carrier import UNLIMITED, Wire, _scripted

TOKEN = "0123456789abcdef0123456789abcdef"
CONNECTION = {"provider": "voicemeup", "api_username": "demo-vmu", "api_key": TOKEN, "api_url": "http://vmu.test",
              "timeout": 5, "validate_certs": True, "rate_limit": UNLIMITED}
NUMBER = "+15145550100"
MONTREAL = {"number": NUMBER, "name": "ACME Inc", "street_number": "100", "street_name": "Boulevard Saint-Laurent",
            "city": "Montréal", "region": "QC", "postal_code": "H2X 2T3", "country": "CA"}
ROW = {"client_endpoint_id": "9001", "client_did_id": "87289", "phone_number": "5145550100", "full_name": "ACME Inc",
       "civic_number": "100", "street": "Boulevard Saint-Laurent", "city": "Montréal", "state_code": "QC",
       "state_id": "11", "country_code": "CA", "country_id": "38", "postal_code": "H2X 2T3", "address_type": "",
       "address_type_number": "", "e911_language": "en", "client_peer_ids": ""}


def client_with(wire):
    return _scripted(VoiceMeUpClient(dict(CONNECTION)), wire)


def ok(**payload):
    return dict({"response_details": {"response_status": "success", "response_messages": ""}}, **payload)


def with_messages(status, *codes, **payload):
    items = [{"code": code, "_content": code.replace("_", " ")} for code in codes]
    return dict({"response_details": {"response_status": status,
                                      "response_messages": {"message": items[0] if len(items) == 1 else items}}},
                **payload)


def endpoints(*rows):
    return ok(e911_endpoints={"e911_endpoint": rows[0] if len(rows) == 1 else list(rows)} if rows else "")


NOT_PROVISIONED = with_messages("error", "no_e911_endpoint_found")


def calls(wire):
    """(HTTP method, request type) of every request."""
    return [(request.method, request.url.path.rsplit("/", 1)[1]) for request in wire.requests]


def params(wire, index):
    request = wire.requests[index]
    text = request.content.decode() if request.method == "POST" else request.url.query.decode()
    values = {k: v[0] for k, v in parse_qs(text).items()}
    values.pop("username"), values.pop("auth_token")
    return values


def prepared(adapter, values, state="present"):
    desired = adapter.prepare(E911.desired_from_params(values), state)
    adapter.validate(desired, state)
    return desired


class Exit(Exception):
    def __init__(self, result):
        super().__init__("exit")
        self.result = result


class Module:
    """What the engine needs of AnsibleModule."""

    def __init__(self, params_, check_mode=False):
        self.params = dict({"state": "present", "update_write_only": "on_create"}, **params_)
        self.check_mode = check_mode
        self._diff = False
        self.warnings = []
        self.argument_spec = {}
        self.no_log_values = set()

    def warn(self, text):
        self.warnings.append(text)

    def exit_json(self, **result):
        raise Exit(result)

    fail_json = exit_json


def run(wire, monkeypatch, check_mode=False, **values):
    client = client_with(wire)
    monkeypatch.setattr(engine_mod, "open_client", lambda connection: client)
    module = Module(values, check_mode)
    with pytest.raises(Exit) as info:
        engine_mod.ResourceEngine(module, E911).run()
    return info.value.result, module.warnings


# ---- before any request -------------------------------------------------------------------------

@pytest.mark.parametrize("change, field, text", [
    ({"name": "A"}, "name", "must be 2 to 32 characters at voicemeup"),
    ({"name": "x" * 33}, "name", "must be 2 to 32 characters"),
    ({"street_number": "100A"}, "street_number", "'100A' is not a civic number VoiceMeUp takes"),
    ({"street_name": None}, "street_name", "is required: voicemeup needs name, street_number"),
    ({"unit_type": "Castle", "unit_number": "1"}, "unit_type", "'Castle' is not a VoiceMeUp address type"),
    ({"unit_number": "5"}, "unit_type", "is required with unit_number at voicemeup"),
    ({"language": "de"}, "language", "'de' is not an E911 language at voicemeup; use en or fr"),
    ({"country": None, "region": "NC", "postal_code": "27601", "city": "Raleigh", "language": "fr"}, "language",
     "applies to Canadian addresses only at voicemeup"),
    ({"region": "ON", "country": "US"}, "region", "set country: CA"),
    ({"postal_code": "H2X"}, "postal_code", "is not a Canadian postal code"),
])
def test_a_wrong_address_fails_before_any_request(change, field, text):
    wire = Wire()
    with pytest.raises(ValidationError) as info:
        prepared(client_with(wire).resource("e911"), {k: v for k, v in {**MONTREAL, **change}.items() if v is not None})
    assert info.value.field == field and text in info.value.message and wire.requests == []


def test_email_is_not_an_option_at_voicemeup(monkeypatch):
    wire = Wire()
    result, _warnings = run(wire, monkeypatch, email="noc@example.com", **MONTREAL)
    assert result["field"] == "email" and "voicemeup does not support this e911 option" in result["msg"]
    assert wire.requests == []


@pytest.mark.parametrize("typed, sent", [("STE", "suite"), ("Suite", "suite"), ("APT", "apartment"),
                                         ("Hangar", "hanger"), ("HNGR", "hanger"), ("fl", "floor")])
def test_unit_types_are_voicemeups_words(typed, sent):
    desired = prepared(client_with(Wire()).resource("e911"), {**MONTREAL, "unit_type": typed, "unit_number": "5"})
    assert desired["unit_type"] == sent and sent in ADDRESS_TYPES and len(ADDRESS_TYPES) == 24


# ---- create, check mode, idempotence, update ----------------------------------------------------------

def test_create_checks_the_address_then_sends_it_whole(monkeypatch):
    echo = {**ROW, "address_type": "suite", "address_type_number": "5", "e911_language": "fr"}
    wire = Wire(NOT_PROVISIONED, ok(), endpoints(echo))
    result, warnings = run(wire, monkeypatch, unit_type="STE", unit_number="5", language="FR",
                           **{**MONTREAL, "postal_code": "h2x2t3", "region": "qc"})
    assert calls(wire) == [("GET", "get_e911"), ("GET", "check_e911"), ("POST", "update_e911")]
    assert params(wire, 0) == {"phone_number": "5145550100"}
    address = {"civic_number": "100", "street": "Boulevard Saint-Laurent", "city": "Montréal", "state_code": "QC",
               "country_code": "CA", "postal_code": "H2X 2T3", "address_type": "suite", "address_type_number": "5",
               "phone_number": "5145550100"}
    assert params(wire, 1) == address
    assert params(wire, 2) == dict(address, full_name="ACME Inc", e911_language="fr")
    assert result["changed"] is True and warnings == []
    assert result["e911"] == {"number": NUMBER, "name": "ACME Inc", "street_number": "100",
                              "street_name": "Boulevard Saint-Laurent", "unit_type": "suite", "unit_number": "5",
                              "city": "Montréal", "region": "QC", "postal_code": "H2X 2T3", "country": "CA",
                              "language": "fr", "endpoint_id": "9001", "provider": "voicemeup"}


def test_create_without_an_echo_reads_the_address_back(monkeypatch):
    wire = Wire(NOT_PROVISIONED, ok(), ok(), endpoints(ROW))
    result, _warnings = run(wire, monkeypatch, **MONTREAL)
    assert [name for _method, name in calls(wire)] == ["get_e911", "check_e911", "update_e911", "get_e911"]
    assert result["e911"]["endpoint_id"] == "9001"


def test_a_us_address_is_sent_without_a_language(monkeypatch):
    raleigh = {"number": "+19195550100", "name": "ACME Corp", "street_number": "100", "street_name": "Main St",
               "city": "Raleigh", "region": "NC", "postal_code": "27601"}
    wire = Wire(NOT_PROVISIONED, ok(), ok(), NOT_PROVISIONED)
    run(wire, monkeypatch, **raleigh)
    sent = params(wire, 2)
    assert sent["country_code"] == "US" and "e911_language" not in sent


def test_check_mode_checks_the_address_and_writes_nothing(monkeypatch):
    wire = Wire(NOT_PROVISIONED, ok())
    result, _warnings = run(wire, monkeypatch, check_mode=True, **MONTREAL)
    assert calls(wire) == [("GET", "get_e911"), ("GET", "check_e911")] and result["changed"] is True


def test_a_second_run_only_reads(monkeypatch):
    # VoiceMeUp returns its database's spelling; the comparison ignores case.
    wire = Wire(endpoints(ROW))
    result, _warnings = run(wire, monkeypatch, **{**MONTREAL, "street_name": "BOULEVARD SAINT-LAURENT"})
    assert calls(wire) == [("GET", "get_e911")] and result["changed"] is False


def test_an_update_is_checked_once_and_sends_the_whole_address(monkeypatch):
    toronto = {**MONTREAL, "street_number": "10", "street_name": "Yonge St", "city": "Toronto", "region": "ON",
               "postal_code": "M5B 2H1"}
    moved = {**ROW, "civic_number": "10", "street": "Yonge St", "city": "Toronto", "state_code": "ON", "postal_code": "M5B 2H1"}
    wire = Wire(endpoints({**ROW, "address_type": "suite", "address_type_number": "5"}), ok(), endpoints(moved))
    result, _warnings = run(wire, monkeypatch, **toronto)
    assert [name for _method, name in calls(wire)] == ["get_e911", "check_e911", "update_e911"]
    # What the task does not set is kept as VoiceMeUp holds it: the suite and the language.
    sent = params(wire, 2)
    assert (sent["street"], sent["address_type"], sent["address_type_number"], sent["e911_language"]) == (
        "Yonge St", "suite", "5", "en")
    assert result["changed"] is True and result["e911"]["city"] == "Toronto"


def test_an_update_in_check_mode_is_checked_too(monkeypatch):
    wire = Wire(endpoints(ROW), ok())
    result, _warnings = run(wire, monkeypatch, check_mode=True, **{**MONTREAL, "street_number": "200"})
    assert [name for _method, name in calls(wire)] == ["get_e911", "check_e911"] and result["changed"] is True


# ---- refusals ------------------------------------------------------------------------------------------

def test_proposed_addresses_are_shown_and_nothing_is_written(monkeypatch):
    proposed = {"civic_number": "100", "street": "Boulevard Saint-Laurent", "city": "Montréal", "state_code": "QC",
                "state_id": "11", "country_code": "CA", "country_id": "38", "postal_code": "H2X 2T3",
                "address_type": "", "address_type_number": ""}
    refusal = with_messages("error", "alternate_address_provided", alternate_addresses={"address": proposed})
    wire = Wire(NOT_PROVISIONED, refusal)
    result, _warnings = run(wire, monkeypatch, **{**MONTREAL, "street_name": "Boul. St-Laurent", "city": "Montreal"})
    assert [name for _method, name in calls(wire)] == ["get_e911", "check_e911"]
    assert result["carrier_code"] == "alternate_address_provided" and result["request"] == "check_e911"
    assert result["alternate_addresses"] == [{
        "street_number": "100", "street_name": "Boulevard Saint-Laurent", "unit_type": "", "unit_number": "",
        "city": "Montréal", "region": "QC", "postal_code": "H2X 2T3", "country": "CA"}]
    assert "VoiceMeUp proposes '100 Boulevard Saint-Laurent, Montréal QC H2X 2T3, CA'" in result["msg"]
    assert "street_name: 'Boulevard Saint-Laurent', city: 'Montréal'" in result["msg"]


def test_an_address_voicemeup_does_not_know_names_the_options(monkeypatch):
    wire = Wire(NOT_PROVISIONED, with_messages("error", "street_not_found", "postal_code_not_found"))
    result, _warnings = run(wire, monkeypatch, **{**MONTREAL, "street_name": "Rue Inconnue"})
    assert result["carrier_code"] == "street_not_found" and len(wire.requests) == 2
    assert "street_name: is not in the E911 address database" in result["msg"]
    assert "postal_code: is not in the E911 address database" in result["msg"]


def test_a_number_not_in_the_account(monkeypatch):
    missing = with_messages("error", "phone_number_not_found")
    result, _warnings = run(Wire(missing), monkeypatch, **MONTREAL)
    assert result["field"] == "number" and "is not a number of this voicemeup account" in result["msg"]
    result, _warnings = run(Wire(missing), monkeypatch, number=NUMBER, state="absent")
    assert result["changed"] is False


# ---- delete --------------------------------------------------------------------------------------------

def test_delete_and_the_fee_notice(monkeypatch):
    notice = with_messages("success", "last_endpoint_was_deleted")
    notice["response_details"]["response_messages"]["message"]["_content"] = (
        "The last endpoint was deleted. Any calls to 911 after this notice and before another DID is provisionned "
        "will be billed an E911 unprovision fee in your account.")
    wire = Wire(endpoints(ROW), notice)
    result, warnings = run(wire, monkeypatch, number=NUMBER, state="absent")
    assert calls(wire) == [("GET", "get_e911"), ("POST", "delete_e911")]
    assert params(wire, 1) == {"phone_number": "5145550100"}
    assert result["changed"] is True and result["e911"]["street_name"] == "Boulevard Saint-Laurent"
    [warning] = warnings
    assert "last_endpoint_was_deleted" in warning and "E911 unprovision fee" in warning


def test_the_default_endpoint_refusal_says_what_to_do(monkeypatch):
    wire = Wire(endpoints(ROW), with_messages("error", "entry_is_default_endpoint"))
    result, _warnings = run(wire, monkeypatch, number=NUMBER, state="absent")
    assert result["carrier_code"] == "entry_is_default_endpoint"
    assert "VoiceMeUp refused to remove the E911 address of +15145550100" in result["msg"]
    assert "no API call chooses another default" in result["msg"] and "VoiceMeUp portal" in result["msg"]


# ---- the whole account ---------------------------------------------------------------------------------

def test_the_snapshot_reads_every_address_in_pages_once():
    rows = [{**ROW, "client_endpoint_id": str(9000 + n), "phone_number": "514555%04d" % n} for n in range(1000)]
    wire = Wire(endpoints(*rows), endpoints({**ROW, "phone_number": "15145559999"}))
    adapter = client_with(wire).resource("e911")
    record = adapter.from_snapshot({"number": "+15145550007", "e911": True})
    assert record["endpoint_id"] == "9007" and record["street_name"] == "Boulevard Saint-Laurent"
    # An 11-digit phone number is the same number.
    assert adapter.from_snapshot({"number": "+15145559999", "e911": True})["number"] == "+15145559999"
    assert adapter.from_snapshot({"number": "+14165550111", "e911": False}) is None
    assert adapter.from_snapshot(None) is None
    assert [params(wire, i)["result_offset"] for i in range(len(wire.requests))] == ["0", "1000"]
    assert {params(wire, i)["result_limit"] for i in range(len(wire.requests))} == {"1000"}


def test_an_address_the_list_missed_is_read_not_skipped():
    adapter = client_with(Wire(endpoints())).resource("e911")
    assert adapter.from_snapshot({"number": NUMBER, "e911": True}) is NOT_IN_SNAPSHOT


def test_a_failed_list_is_an_error_never_no_address():
    adapter = client_with(Wire(with_messages("error", "internal_error-database_error"))).resource("e911")
    with pytest.raises(CarrierError):
        adapter.from_snapshot({"number": NUMBER, "e911": False})


def test_supported_fields():
    adapter = client_with(Wire()).resource("e911")
    with pytest.raises(UnsupportedError):
        adapter.check_supported({"number": NUMBER, "email": "x@example.com"}, "present")
    assert "email" not in adapter.fields and {"language", "country"} <= adapter.fields
