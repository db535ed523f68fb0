"""VoIP Innovations fax_user adapter (a number's Fax-to-Email and Email-to-Fax senders), through the
engine's Converger, against the in-process emulator: the number is the login, set up only on a number
of the account (queryDID first), failure notifications after SetFaxToEmail and never compared,
senders as a set (only the difference written, removals with the number), absent removes both,
bad input and unsupported options before any request."""

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger
from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError, UnsupportedError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import FAX_USER
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client

from test_voipinnovations_did import CARRIER, LOGIN, calls, connection

FAX = "+12145550120"      # demo: Fax-to-Email faxes@acme.example (notifications on), sender ops@acme.example
PLAIN = "+12125550100"    # demo: no fax settings


def converge(control, params, state="present", check=False, write_only=None):
    client = open_client(connection(control))
    adapter = client.resource("fax_user")
    converger = Converger(FAX_USER, check_mode=check, diff=True, write_only=write_only)
    desired = converger.prepare(adapter, FAX_USER.desired_from_params(params), state)
    current = adapter.read(desired["login"])
    if state == "absent":
        return converger.absent(adapter, desired["login"], current)
    return converger.present(adapter, desired["login"], desired, current)[0]


def fax(control, number):
    return control.state(CARRIER)["accounts"][LOGIN]["dids"][number[2:]].get("_fax") or {}


def test_read_maps_the_numbers_fax_settings(control):
    mark = control.last_seq()
    adapter = open_client(connection(control)).resource("fax_user")
    assert adapter.read(FAX) == {"login": FAX, "email": "faxes@acme.example", "allowed_senders": ["ops@acme.example"],
                                 "from_number": FAX, "provider": CARRIER}
    assert adapter.read(PLAIN) is None
    assert calls(control, mark) == ["GetFaxToEmail", "GetEmailToFax"] * 2


def test_set_up_fax_on_a_number_then_nothing_to_do(control):
    params = {"login": "(212) 555-0100", "email": "inbox@example.com", "failure_notifications": True,
              "allowed_senders": ["b@example.com", "a@example.com"]}
    mark = control.last_seq()
    result = converge(control, params, check=True)
    assert result["changed"] and calls(control, mark, writes=True) == [] and fax(control, PLAIN) == {}
    assert calls(control, mark) == ["GetFaxToEmail", "GetEmailToFax", "queryDID"]     # ownership, also in check mode
    mark = control.last_seq()
    result = converge(control, params)
    assert result["changed"] and result["fax_user"]["login"] == PLAIN
    assert calls(control, mark, writes=True) == ["SetFaxToEmail", "ConfigFaxToEmailNotifications", "AddEmailToFax",
                                                 "AddEmailToFax"]
    assert fax(control, PLAIN) == {"email": "inbox@example.com", "notifications": True,
                                   "senders": ["a@example.com", "b@example.com"]}
    mark = control.last_seq()
    again = converge(control, params)
    assert not again["changed"] and again["not_compared"] == ["failure_notifications"]
    assert calls(control, mark, writes=True) == []


def test_change_the_recipient_and_the_senders_writes_only_the_difference(control):
    mark = control.last_seq()
    result = converge(control, {"login": FAX, "email": "new@acme.example",
                                "allowed_senders": ["OPS@acme.example", "jane@acme.example"]})
    assert result["changed"] and result["diff"]["after"]["email"] == "new@acme.example"
    # ops@ is already there (VoIP Innovations compares addresses ignoring case): only jane@ is added.
    assert calls(control, mark, writes=True) == ["SetFaxToEmail", "AddEmailToFax"]
    assert fax(control, FAX)["senders"] == ["ops@acme.example", "jane@acme.example"]
    assert fax(control, FAX)["notifications"] is True                  # a new recipient keeps them
    mark = control.last_seq()
    converge(control, {"login": FAX, "allowed_senders": ["jane@acme.example"]})
    entry = control.requests(CARRIER, mark)[-1]
    assert entry["soap"]["operation"] == "RemoveEmailToFax" and "<ns0:tn>2145550120</ns0:tn>" in entry["body"]
    assert fax(control, FAX)["senders"] == ["jane@acme.example"]


def test_notifications_are_sent_with_update_write_only_always_or_a_new_fax_to_email(control):
    mark = control.last_seq()
    converge(control, {"login": FAX, "failure_notifications": False}, write_only="always")
    assert calls(control, mark, writes=True) == ["ConfigFaxToEmailNotifications"] and not fax(control, FAX)["notifications"]
    # A number with senders only gets Fax-to-Email: its notifications go with it.
    converge(control, {"login": PLAIN, "allowed_senders": ["a@example.com"]})
    mark = control.last_seq()
    converge(control, {"login": PLAIN, "email": "inbox@example.com", "failure_notifications": True})
    assert calls(control, mark, writes=True) == ["SetFaxToEmail", "ConfigFaxToEmailNotifications"]
    assert fax(control, PLAIN)["notifications"] is True


def test_removing_fax_to_email_keeps_the_senders(control):
    mark = control.last_seq()
    result = converge(control, {"login": FAX, "email": ""})
    assert result["changed"] and calls(control, mark, writes=True) == ["RemoveFaxToEmail"]
    assert fax(control, FAX) == {"email": "", "notifications": False, "senders": ["ops@acme.example"]}


def test_absent_removes_both_then_nothing_to_do(control):
    mark = control.last_seq()
    result = converge(control, {"login": FAX}, state="absent")
    assert result["changed"] and calls(control, mark, writes=True) == ["RemoveFaxToEmail", "RemoveEmailToFax"]
    assert fax(control, FAX) == {"email": "", "notifications": False, "senders": []}
    mark = control.last_seq()
    assert not converge(control, {"login": FAX}, state="absent")["changed"]
    assert calls(control, mark, writes=True) == []


@pytest.mark.parametrize("params, field", [
    ({"login": "not a number", "email": "a@example.com"}, "login"),
    ({"login": "+442071234567", "email": "a@example.com"}, "login"),
    ({"login": PLAIN, "email": "not-an-address"}, "email"),
    ({"login": PLAIN, "email": "x" * 150 + "@example.com"}, "email"),
    ({"login": PLAIN, "allowed_senders": ["nobody"]}, "allowed_senders"),
    ({"login": PLAIN, "email": "", "failure_notifications": True}, "failure_notifications"),
])
def test_bad_input_fails_before_any_request(control, params, field):
    mark = control.last_seq()
    with pytest.raises(ValidationError) as raised:
        converge(control, params)
    assert raised.value.field == field
    assert control.requests(CARRIER, mark) == []


@pytest.mark.parametrize("option, value", [("password", "x"), ("from_number", PLAIN), ("group", "sales"),
                                           ("enabled", True), ("number", PLAIN)])
def test_options_voip_innovations_does_not_have_fail_before_any_request(control, option, value):
    mark = control.last_seq()
    with pytest.raises(UnsupportedError) as raised:
        converge(control, {"login": PLAIN, "email": "a@example.com", option: value})
    assert raised.value.field == option and "voipinnovations has no fax users" in raised.value.message
    assert control.requests(CARRIER, mark) == []


@pytest.mark.parametrize("params, field", [
    ({"login": PLAIN}, "email"),                                                   # nothing to set up
    ({"login": PLAIN, "allowed_senders": ["a@example.com"], "failure_notifications": True}, "failure_notifications"),
    ({"login": "+12125550199", "email": "a@example.com"}, "login"),                # another customer's number
    ({"login": "+12125550110", "email": "a@example.com"}, "login"),                # on offer, not the account's
])
def test_setting_up_needs_a_number_of_the_account_and_something_to_set(control, params, field):
    mark = control.last_seq()
    with pytest.raises(ValidationError) as raised:
        converge(control, params)
    assert raised.value.field == field
    assert calls(control, mark, writes=True) == []


def test_failure_notifications_without_fax_to_email_fails_before_writing(control):
    converge(control, {"login": PLAIN, "allowed_senders": ["a@example.com"]})
    mark = control.last_seq()
    with pytest.raises(ValidationError) as raised:
        converge(control, {"login": PLAIN, "failure_notifications": True}, write_only="always")
    assert raised.value.field == "failure_notifications" and calls(control, mark, writes=True) == []


def test_a_failure_after_a_first_write_says_what_was_applied(control):
    control.fault({"carrier": CARRIER, "function": "AddEmailToFax", "kind": "status", "status": 500, "times": 1})
    with pytest.raises(TransportError) as raised:
        converge(control, {"login": PLAIN, "email": "inbox@example.com", "allowed_senders": ["a@example.com"]})
    assert raised.value.details.get("changed") is True and raised.value.maybe_applied
    assert "Fax-to-Email set to inbox@example.com" in raised.value.message
    # A re-run sends only what is missing.
    mark = control.last_seq()
    converge(control, {"login": PLAIN, "email": "inbox@example.com", "allowed_senders": ["a@example.com"]})
    assert calls(control, mark, writes=True) == ["AddEmailToFax"]
