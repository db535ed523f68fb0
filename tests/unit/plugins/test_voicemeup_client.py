"""VoiceMeUp client: the response_details envelope, notices, the hourly lockout, redaction and
paging, against a scripted HTTP transport."""

from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.budget import BudgetExhausted, RequestBudget
from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup import VoiceMeUpClient

from scripted_carrier import UNLIMITED, Wire, _scripted

TOKEN = "0123456789ABCDEF0123456789ABCDEF"
VOICEMEUP = {"provider": "voicemeup", "api_username": "demo-vmu", "api_key": TOKEN, "api_url": "http://vmu.test",
             "timeout": 5, "validate_certs": True, "rate_limit": UNLIMITED}


def client_with(wire, **connection):
    return _scripted(VoiceMeUpClient(dict(VOICEMEUP, **connection)), wire)


def ok(**payload):
    return dict({"response_details": {"response_status": "success", "response_messages": ""}}, **payload)


def success_with(*messages, **payload):
    body = ok(**payload)
    body["response_details"]["response_messages"] = {"message": _messages(messages)}
    return body


def error(*messages):
    return {"response_details": {"response_status": "error", "response_messages": {"message": _messages(messages)}}}


def _messages(messages):
    items = [{"code": code, "_content": text} for code, text in messages]
    # One message is an object, several a list (the XML-to-JSON rendering of repeated elements).
    return items[0] if len(items) == 1 else items


def query(request):
    return {k: v[0] for k, v in parse_qs(request.url.query.decode()).items()}


def form(request):
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def did(number, **fields):
    return dict({"client_did_id": "1" + number[-4:], "phone_number": number, "status": "enabled"}, **fields)


# ---- wire --------------------------------------------------------------------------------------

def test_registered_as_a_provider():
    assert driver_class("voicemeup") is VoiceMeUpClient


def test_reads_are_gets_with_the_credentials_among_the_parameters():
    wire = Wire(ok())
    client_with(wire).call("get_dids", {"phone_number": "5145550100"})
    request = wire.requests[0]
    assert request.method == "GET" and request.url.path == "/api/v1.1/json/get_dids"
    # The token travels lower-case, as the seed requires.
    assert query(request) == {"username": "demo-vmu", "auth_token": TOKEN.lower(), "phone_number": "5145550100"}


def test_writes_are_form_posts_and_count_as_writes():
    wire = Wire(ok(), ok())
    client = client_with(wire)
    client.call("get_dids")
    client.call("update_did", {"phone_number": "5145550100", "options": ["enable_peer", "enable_fax"],
                               "preserve_missing_data": True, "skip": None})
    request = wire.requests[1]
    assert request.method == "POST" and not request.url.query
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form(request) == {"username": "demo-vmu", "auth_token": TOKEN.lower(), "phone_number": "5145550100",
                             "options": "enable_peer,enable_fax", "preserve_missing_data": "1"}
    assert client.log.as_dict() == {"reads": 1, "writes": 1, "retries": 0, "total": 2}


def test_a_numeric_user_name_is_the_client_user_id():
    wire = Wire(ok())
    client_with(wire, api_username="123456").call("get_dids")
    assert query(wire.requests[0])["client_user_id"] == "123456" and "username" not in query(wire.requests[0])


@pytest.mark.parametrize("url", ["http://vmu.test/api/v1.1/json", "http://vmu.test/api/v1.1/json/", "http://vmu.test"])
def test_the_api_url_may_name_the_json_endpoint(url):
    wire = Wire(ok())
    client = client_with(wire, api_url=url)
    client.call("get_peers")
    assert client.base_url == "http://vmu.test" and wire.requests[0].url.path == "/api/v1.1/json/get_peers"


def test_credentials_are_required_before_any_request():
    with pytest.raises(ValidationError) as info:
        VoiceMeUpClient(dict(VOICEMEUP, api_key=None))
    assert info.value.field == "api_key"


def test_the_default_budget_is_the_hourly_pool():
    client = VoiceMeUpClient(dict(VOICEMEUP, rate_limit=None))
    assert client.budget.limits == [(1200, 3600.0)]


# ---- envelope ----------------------------------------------------------------------------------

def test_records_one_object_a_list_an_empty_string_or_nothing():
    client = client_with(Wire())
    one = did("5145550100")
    assert client.records(ok(dids={"did": one}), "dids", "did") == [one]
    assert client.records(ok(dids={"did": [one, one]}), "dids", "did") == [one, one]
    assert client.records(ok(dids=""), "dids", "did") == []
    assert client.records(ok(dids={"did": ""}), "dids", "did") == []
    assert client.records(ok(), "dids", "did") == []


def test_records_of_another_shape_name_the_container():
    with pytest.raises(TransportError) as info:
        client_with(Wire()).records(ok(dids={"did": "5145550100"}), "dids", "did")
    assert "dids/did" in info.value.message


def test_every_message_of_an_error_is_in_the_error():
    wire = Wire(error(("friendly_name_invalid", "Friendly name is invalid."),
                      ("forward_number_invalid", "Forward number is invalid.")))
    with pytest.raises(CarrierError) as info:
        client_with(wire).call("update_did", {"phone_number": "5145550100"})
    message = info.value.message
    assert info.value.code == "friendly_name_invalid" and not info.value.maybe_applied
    assert "friendly_name_invalid: Friendly name is invalid. (description: must be 2 to 32 characters)" in message
    assert "forward_number_invalid: Forward number is invalid. (forward_to:" in message
    assert "(update_did)" in message


def test_the_same_code_names_the_option_of_its_request_type():
    wire = Wire(error(("friendly_name_invalid", "Friendly name is invalid.")))
    with pytest.raises(CarrierError) as info:
        client_with(wire).call("update_peer", {"mode": "create"})
    assert "(name: must be 2 to 32 characters)" in info.value.message


@pytest.mark.parametrize("request_type, code, named", [
    # SMS profiles and a number's SMS settings: sms_config
    ("update_sms_profile", "friendly_name_invalid", "(profile: must be 2 to 32 characters)"),
    ("update_did", "client_sms_profile_id_invalid", "(profile: names an SMS profile this account does not have"),
    ("update_sms_profile", "callback_url_invalid", "(url: is not a valid http(s) URL)"),
    ("update_sms_profile", "notify_email_invalid", "(email: is not a valid e-mail address)"),
    ("update_sms_profile", "autoreply_message_invalid", "(auto_reply: must be 1 to 160 characters)"),
    ("update_did", "sms_forward_number_invalid", "(forward_to: is not a valid North American number"),
    # fax profiles: fax_user
    ("update_fax_profile", "friendly_name_invalid", "(login: must be 2 to 32 characters)"),
    ("update_fax_profile", "local_ident_invalid", "(station_id: must be 2 to 20 characters)"),
    ("update_fax_profile", "fax_header_required", "(header: is required)"),
    ("update_fax_profile", "callerid_number_invalid", "(from_number: must be a North American number (10 digits))"),
    ("update_fax_profile", "page_format_invalid", "(page_format: must be letter, legal or a4)"),
    ("update_fax_profile", "resolution_invalid", "(resolution: must be standard, fine, super_fine"),
    ("update_fax_profile", "allowed_senders_invalid", "(allowed_senders: must be e-mail addresses)"),
    ("update_fax_profile", "language_invalid", "(language: must be en or fr)"),
    # peers and channel groups: sip_trunk
    ("update_peer", "client_peer_id_invalid", "(name: names a trunk (VoiceMeUp peer) this account does not have)"),
    ("update_peer", "codecs_invalid", "(codecs: one of them is not a codec VoiceMeUp offers)"),
    ("update_peer", "host_type_invalid", "(auth_type: must be ip"),
    ("update_peer", "host_invalid", "(ip_address: is not a valid IPv4 or IPv6 address)"),
    ("update_peer", "peer_exist", "(name: another trunk (peer) already has this user name)"),
    ("update_peer", "peers_limit_reached", "(name: cannot be a new trunk"),
    ("update_peer", "global_callerid_infos_undefined", "(caller_id_number: the trunk uses the account's global"),
    ("update_peer", "simultaneous_calls_limit_invalid", "(max_calls: must be 0 to 255)"),
    ("update_peer", "peer_did_dependency", "(enabled: numbers still ring this trunk"),
    ("delete_peer", "peer_did_dependency", "(state: numbers still ring this trunk"),
    ("update_channel", "quantity_bidirectional_invalid", "(channels.bidirectional: must be 0 to 999)"),
    # port requests: lnp_request and lnp_request_info
    ("update_port_request", "phone_numbers_invalid", "(numbers: are not 10-digit numbers"),
    ("update_port_request", "requested_firm_date_invalid", "(foc_date: must be 3 to 15 business days ahead"),
    ("update_port_request", "organization_invalid", "(company: must be 2 to 60 characters)"),
    ("update_port_request", "current_provider_invalid", "(losing_carrier: must be 2 to 60 characters)"),
    ("update_port_request", "unit_number_invalid", "(service_unit: must be digits only)"),
    ("update_port_request", "capacity_invalid", "(capacity: must be 1-2, 2-5"),
    ("update_port_request", "loa_invalid", "(loa_file: the letter of authorization"),
    ("get_port_requests", "phone_number_invalid", "(numbers: is not a valid number"),
])
def test_a_refusal_names_the_module_option_the_parameter_comes_from(request_type, code, named):
    wire = Wire(error((code, "VoiceMeUp's text.")))
    with pytest.raises(CarrierError) as info:
        client_with(wire).call(request_type, {"mode": "update"})
    assert "%s: VoiceMeUp's text. %s" % (code, named) in info.value.message


@pytest.mark.parametrize("request_type, code, wrong", [
    # default_ip is no option (the address is ip_address, sent as host): sent back as read
    ("update_peer", "default_ip_invalid", "ip_address:"),
    # a port request's status is not the enabled flag of a trunk or a number
    ("update_port_request", "status_invalid", "enabled:"),
    # the protocol is not a VoiceMeUp option: this collection never sends it
    ("update_peer", "type_invalid", "protocol:"),
])
def test_a_parameter_no_option_feeds_names_none(request_type, code, wrong):
    wire = Wire(error((code, "VoiceMeUp's text.")))
    with pytest.raises(CarrierError) as info:
        client_with(wire).call(request_type, {"mode": "update"})
    assert wrong not in info.value.message and "(" in info.value.message.split("VoiceMeUp's text.", 1)[1]


def test_every_code_the_emulator_answers_for_profiles_peers_and_port_requests_is_explained():
    """The codes the emulated update_sms_profile, update_fax_profile, peer, channel and port request
    calls can answer (literal codes of their handlers, ``<field>_invalid``/``_required`` of their
    records, the seed's Update Peer list) each have a CODE_TEXT entry."""
    # pylint: disable=import-outside-toplevel
    import re
    from pathlib import Path

    from emulator.voicemeup import codes, fax, peers, ports, profiles, sms

    from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.client import CODE_TEXT

    answered = set(codes.SEED_SECTIONS["Update Peer"])
    for handler in (sms, fax, profiles, peers, ports):
        for literal in re.findall(r'"([a-z0-9_-]+)"', Path(handler.__file__).read_text(encoding="utf-8")):
            if codes.is_known(literal) and re.search(r"_(invalid|required|exist|reached|dependency|undefined)$",
                                                     literal):
                answered.add(literal)
    fields = (set(sms.KIND.fields) | set(fax.KIND.fields) | set(peers.CREATE_DEFAULTS) | set(ports.PORT_DEFAULTS)
              | {name for name, _rule in ports.FIELD_RULES} | set(ports.FILES))
    answered |= {"%s_%s" % (field, kind) for field in fields for kind in ("invalid", "required")
                 if codes.is_known("%s_%s" % (field, kind))}
    assert sorted(code for code in answered if code not in CODE_TEXT) == []


def test_an_unknown_code_is_reported_as_it_came():
    wire = Wire(error(("something_new", "Something new happened.")))
    with pytest.raises(CarrierError) as info:
        client_with(wire).call("get_dids")
    assert info.value.code == "something_new" and "something_new: Something new happened." in info.value.message


def test_empty_codes_mean_nothing_found_only_where_declared():
    client = client_with(Wire(error(("no_e911_endpoint_found", "Number is not provisioned.")),
                              error(("no_e911_endpoint_found", "Number is not provisioned."))))
    assert client.call("get_e911", {"phone_number": "5145550100"}, empty=("no_e911_endpoint_found",)) is None
    with pytest.raises(CarrierError):
        client.call("get_e911", {"phone_number": "5145550100"})


def test_notices_of_a_success_become_warnings():
    wire = Wire(success_with(("requests_soft_limit_reached", "The limit of requests has been reached. Further "
                                                             "requests may be denied"),
                             ("peer_excluded_from_sync", "This peer is currently excluded from synchronization."),
                             dids={"did": did("5145550100")}))
    client = client_with(wire)
    body = client.call("get_dids")
    assert client.records(body, "dids", "did")[0]["phone_number"] == "5145550100"
    assert len(client.warnings) == 2
    assert "1,200 requests an hour" in client.warnings[0] and "60 minutes" in client.warnings[0]
    assert "peer_excluded_from_sync" in client.warnings[1]


def test_a_data_message_of_a_success_is_no_warning():
    client = client_with(Wire(success_with(("queued_sms_hash", "0123-abcd"))))
    client.call("queue_sms", {"message": "hi"})
    assert client.warnings == []


@pytest.mark.parametrize("code", ["authentication_failed", "username_invalid", "authentication_token_required"])
def test_auth_codes_name_the_options_to_fix_and_never_the_token(code):
    wire = Wire(error((code, "Authentication failed. Please verify 'client_account_id' and 'auth_token'.")))
    with pytest.raises(AuthenticationError) as info:
        client_with(wire).call("get_dids")
    assert "api_username" in info.value.message and "api_key" in info.value.message
    assert TOKEN.lower() not in info.value.message and TOKEN not in info.value.message


def test_an_answer_that_is_not_the_envelope_is_not_understood():
    for body in ("<html>oops</html>", ["a"], {"status": "success"}):
        with pytest.raises(TransportError) as info:
            client_with(Wire(body)).call("get_dids")
        assert "get_dids" in info.value.message


def test_a_5xx_to_a_write_may_have_been_applied():
    wire = Wire((500, "oops"))
    with pytest.raises(CarrierError) as info:
        client_with(wire).call("activate_new_did", {"phone_number": "5145550100"})
    assert info.value.maybe_applied and info.value.http_status == 500
    assert len(wire.requests) == 1          # never re-sent


def test_an_internal_error_of_a_write_may_have_been_applied():
    wire = Wire(error(("internal_error-database_error", "There was an internal error with our database.")))
    with pytest.raises(CarrierError) as info:
        client_with(wire).call("update_did", {"phone_number": "5145550100"})
    assert info.value.maybe_applied


def test_404_says_the_api_url_is_wrong():
    with pytest.raises(CarrierError) as info:
        client_with(Wire((404, "not found"))).call("get_dids")
    assert info.value.message.count("api_url") >= 2 and "https://clients.voicemeup.com" in info.value.message
    assert TOKEN.lower() not in info.value.message


# ---- the hourly lockout ------------------------------------------------------------------------

def test_the_hard_limit_holds_every_fork_for_an_hour_and_nothing_more_is_sent(tmp_path):
    now = [1_700_000_000.0]
    wire = Wire(error(("requests_hard_limit_exceeded", "The limit of requests allowed has been exceeded. Request "
                                                       "is denied.")))
    client = client_with(wire)
    budget = RequestBudget("voicemeup", "acct", [(1200, 3600)], 300, directory=str(tmp_path), clock=lambda: now[0],
                           sleep=lambda seconds: None)
    client.budget = client.http.budget = budget
    with pytest.raises(CarrierError) as info:
        client.call("get_dids")
    assert info.value.code == "requests_hard_limit_exceeded"
    assert "60 minutes" in info.value.message and "2023-11-14 23:13:20 UTC" in info.value.message
    assert budget.held_until() == now[0] + 3600
    # Another task of the account (a fork: its own client, the same budget file) sends nothing.
    other = client_with(wire)
    other.budget = other.http.budget = RequestBudget("voicemeup", "acct", [(1200, 3600)], 300,
                                                     directory=str(tmp_path), clock=lambda: now[0])
    with pytest.raises(BudgetExhausted) as held:
        other.call("get_dids")
    assert "requests_hard_limit_exceeded" in held.value.message
    assert len(wire.requests) == 1


# ---- redaction ---------------------------------------------------------------------------------

def test_the_token_and_the_user_name_never_appear_in_a_message():
    echo = "bad request username=demo-vmu&auth_token=%s" % TOKEN.lower()
    wire = Wire(error(("options_invalid", echo)), "not json %s" % TOKEN.lower())
    client = client_with(wire)
    with pytest.raises(CarrierError) as info:
        client.call("update_did", {"phone_number": "5145550100"})
    with pytest.raises(TransportError) as malformed:
        client.call("get_dids")
    for message in (info.value.message, malformed.value.message):
        assert "demo-vmu" not in message and TOKEN.lower() not in message and "********" in message


def test_warnings_are_redacted():
    client = client_with(Wire(success_with(("callerid_rejection_notice", "token %s" % TOKEN.lower()))))
    client.call("update_did", {"phone_number": "5145550100"})
    assert TOKEN.lower() not in client.warnings[0]


# ---- paging and the account's numbers ---------------------------------------------------------

def test_pages_of_a_thousand_until_a_short_page():
    rows = [{"client_endpoint_id": str(i)} for i in range(1500)]
    wire = Wire(ok(e911_endpoints={"e911_endpoint": rows[:1000]}), ok(e911_endpoints={"e911_endpoint": rows[1000:]}))
    found = client_with(wire).pages("get_e911", {}, "e911_endpoints", "e911_endpoint")
    assert found == rows
    assert [(query(r)["result_limit"], query(r)["result_offset"]) for r in wire.requests] == [
        ("1000", "0"), ("1000", "1000")]


def test_a_full_last_page_costs_one_empty_page():
    rows = [{"client_endpoint_id": str(i)} for i in range(1000)]
    wire = Wire(ok(e911_endpoints={"e911_endpoint": rows}), ok(e911_endpoints=""))
    assert len(client_with(wire).pages("get_e911", {}, "e911_endpoints", "e911_endpoint")) == 1000
    assert len(wire.requests) == 2


def test_the_account_numbers_are_read_once_and_deleted_rows_dropped():
    wire = Wire(ok(dids={"did": [did("5145550100"), did("5145550101", status="deleted"),
                                 did("5145550102", status="disabled")]}))
    client = client_with(wire)
    assert sorted(client.dids()) == ["5145550100", "5145550102"]
    assert client.did_row("5145550102")["status"] == "disabled"
    assert client.did_row("5145550101") is None
    assert len(wire.requests) == 1 and "phone_number" not in query(wire.requests[0])


def test_one_number_is_one_get_dids_when_the_account_was_not_read():
    wire = Wire(ok(dids={"did": did("5145550100")}), ok(dids=""))
    client = client_with(wire)
    assert client.did_row("5145550100")["client_did_id"] == "10100"
    assert client.did_row("5145550199") is None
    assert query(wire.requests[1])["phone_number"] == "5145550199"
