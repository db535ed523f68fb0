"""plugins/plugin_utils/carrier.py (what the inventory and lookup plugins share) and the search of
module_utils/available.py: option checks, redaction, error translation, filters, unsafe marking."""

from __future__ import annotations

import base64

import pytest
from ansible.errors import AnsibleError, AnsibleLookupError
from ansible.utils.unsafe_proxy import AnsibleUnsafe

from ansible_collections.voip.carrier.plugins.module_utils.available import search_available
from ansible_collections.voip.carrier.plugins.module_utils.errors import AuthenticationError, ValidationError
from ansible_collections.voip.carrier.plugins.plugin_utils.carrier import (
    SELECTION_OPTIONS, check_selection, checked_options, checked_patterns, connection_of, make_unsafe, plugin_error,
    plugin_spec, redactor_for, selected, templated, unknown_keywords)

SECRET = "Pw-Unit-5521"
KEY = "Key-Unit-8830"


def test_options_are_typed_and_defaulted_as_a_module_s():
    options = checked_options({"provider": "voipms", "api_username": "a@b.c", "api_password": SECRET, "timeout": "12",
                               "validate_certs": "no", "rate_limit": None}, plugin_spec(), "options")
    assert options["timeout"] == 12 and options["validate_certs"] is False
    assert options["rate_limit_max_wait"] == 300 and options["rate_limit"] is None
    assert connection_of(options) == {"provider": "voipms", "api_username": "a@b.c", "api_password": SECRET,
                                      "api_key": None, "api_url": None, "validate_certs": False, "timeout": 12,
                                      "rate_limit": None, "rate_limit_max_wait": 300}


def test_plugin_spec_reads_no_environment(monkeypatch):
    """A plugin's options read the environment through Ansible's ``env:`` entries only, so an item
    of the inventory's ``accounts`` never picks up VOIP_CARRIER_* values."""
    monkeypatch.setenv("VOIP_CARRIER_API_PASSWORD", SECRET)
    options = checked_options({"provider": "voipms"}, plugin_spec(), "accounts[0]")
    assert options["api_password"] is None
    assert all("fallback" not in option for option in plugin_spec().values())


@pytest.mark.parametrize("params, where, fragment", [
    ({}, "options", "provider is required, questblue, voicemeup, voipinnovations or voipms (or the VOIP_CARRIER_PROVIDER"),
    ({"api_username": "x"}, "accounts[1] (b)", "accounts[1] (b): provider is required, questblue, voicemeup, voipinnovations or voipms"),
    ({"provider": "nope"}, "options", "provider must be one of: questblue, voicemeup, voipinnovations, voipms"),
    ({"provider": "voipms", "timeout": "soon"}, "options", "timeout"),
    ({"provider": "voipms", "api_pasword": SECRET}, "accounts[0] (a)", "api_pasword"),
])
def test_bad_options_name_the_account_and_the_option(params, where, fragment):
    with pytest.raises(ValidationError) as info:
        checked_options(params, plugin_spec(), where)
    assert fragment in info.value.message and info.value.field == where
    assert SECRET not in info.value.message


def test_redactor_masks_password_key_and_basic_auth():
    redact = redactor_for({"api_username": "acme", "api_password": SECRET, "api_key": KEY})
    token = base64.b64encode(("acme:%s" % SECRET).encode()).decode()
    assert redact("p=%s k=%s auth=Basic %s" % (SECRET, KEY, token)) == "p=******** k=******** auth=Basic ********"


def test_templated_values():
    class Templar:  # pylint: disable=too-few-public-methods
        @staticmethod
        def template(value):
            return value.replace("{{ pw }}", SECRET)

    class Vaulted:  # pylint: disable=too-few-public-methods
        """Like 2.16's AnsibleVaultEncryptedUnicode: not a str, decrypted by str()."""

        def __str__(self):
            return SECRET

    assert templated(Templar(), "{{ pw }}") == SECRET
    assert templated(None, Vaulted()) == SECRET
    assert templated(Templar(), 30) == 30 and templated(Templar(), True) is True and templated(Templar(), None) is None


def test_errors_leave_as_ansible_errors_with_secrets_masked():
    redact = redactor_for({"api_password": SECRET})
    error = plugin_error(AnsibleLookupError, AuthenticationError("voipms", "refused %s" % SECRET, code="invalid_credentials"),
                         redact, "voip.carrier.numbers: ")
    assert isinstance(error, AnsibleLookupError)
    assert error.message == "voip.carrier.numbers: voipms API error invalid_credentials: refused ********"
    assert plugin_error(AnsibleError, KeyError(SECRET), redact).message == "KeyError: '********'"
    assert plugin_error(AnsibleError, AnsibleError("bad %s" % SECRET), redact).message == "bad ********"


def test_unknown_keywords_are_refused():
    unknown_keywords({"trunk": "a"}, ("trunk", "pattern"))
    with pytest.raises(ValidationError, match="trunks: is not an option of this lookup; it takes pattern, trunk"):
        unknown_keywords({"trunks": "a"}, ("trunk", "pattern"))


@pytest.mark.parametrize("pattern", ["919*", "*0100", "9195550100", "9*5*"])
def test_good_patterns(pattern):
    assert checked_patterns([pattern], "include_patterns") == [pattern]


@pytest.mark.parametrize("pattern", ["+1919*", "919?", "*", "", "919-555", "[0-9]*"])
def test_bad_patterns_name_the_option(pattern):
    with pytest.raises(ValidationError) as info:
        checked_patterns([pattern], "exclude_patterns")
    assert info.value.field == "exclude_patterns"


def test_a_filter_needs_its_part():
    check_selection({"sms_enabled": False, "e911": True}, frozenset(["sms"]))
    with pytest.raises(ValidationError, match="filters.port_in_pending: filters on what the port_in part reads"):
        check_selection({"port_in_pending": True}, frozenset(["sms"]), "filters.")


RECORDS = [
    {"number": "+19195550100", "status": "active", "trunk": "main", "e911": True, "sms": {"enabled": True}, "port_in": None},
    {"number": "+19195550101", "status": "active", "trunk": "", "e911": False, "sms": {"enabled": False}, "port_in": None},
    {"number": "+13365551234", "status": "porting", "e911": False, "sms": None, "port_in": {"status": "submitted"}},
    {"number": "+442079460000", "status": "active", "trunk": "main", "e911": False, "sms": None, "port_in": None},
]


def pick(selection=None, include=(), exclude=()):
    selection = checked_options(selection or {}, SELECTION_OPTIONS, "filters")
    return [record["number"] for record in RECORDS if selected(record, selection, include, exclude)]


def test_filters():
    assert pick() == [r["number"] for r in RECORDS]
    assert pick({"trunk": "main"}) == ["+19195550100", "+442079460000"]
    # "" is no trunk: an unrouted number, or one still porting in.
    assert pick({"trunk": ["main", ""]}) == ["+19195550100", "+19195550101", "+13365551234", "+442079460000"]
    assert pick({"status": "porting"}) == ["+13365551234"]
    assert pick({"sms_enabled": True}) == ["+19195550100"]
    assert pick({"sms_enabled": False}) == ["+19195550101", "+13365551234", "+442079460000"]
    assert pick({"e911": True}) == ["+19195550100"]
    assert pick({"port_in_pending": True}) == ["+13365551234"]
    assert pick({"port_in_pending": False, "e911": False}) == ["+19195550101", "+442079460000"]
    # Patterns match the national number of a North American number, the digits after + elsewhere.
    assert pick(include=["919*"]) == ["+19195550100", "+19195550101"]
    assert pick(include=["919*", "336*"], exclude=["*0101"]) == ["+19195550100", "+13365551234"]
    assert pick(include=["44*"]) == ["+442079460000"]


def test_carrier_data_is_marked_unsafe_at_every_depth():
    value = make_unsafe([{"description": "{{ lookup('pipe', 'id') }}", "sms": {"email": "a@b.c", "enabled": True},
                          "ids": ["1"], "e911": False, "missing": None}])
    record = value[0]
    assert not _trusted(record["description"])
    assert record["description"] == "{{ lookup('pipe', 'id') }}"
    assert record["e911"] is False and record["missing"] is None and record["sms"]["enabled"] is True
    assert not _trusted(record["sms"]["email"]) and not _trusted(record["ids"][0])


def _trusted(value):
    """Whether Ansible would template ``value``: 2.19 trusts tagged strings only; 2.16 all but unsafe ones."""
    try:
        from ansible.template import is_trusted_as_template  # pylint: disable=import-outside-toplevel
    except ImportError:
        return not isinstance(value, AnsibleUnsafe)
    return is_trusted_as_template(value)


class FakeDid:  # pylint: disable=too-few-public-methods
    """A DID adapter whose search returns ten numbers and records the criteria it got."""

    def __init__(self):
        self.criteria = None

    def search(self, criteria):
        self.criteria = criteria
        return [{"number": "+1919555%04d" % index} for index in range(10)]


def test_search_maps_region_and_applies_limit():
    adapter = FakeDid()
    assert len(search_available(adapter, {"region": "NC", "npa": "919", "limit": 3})) == 3
    assert adapter.criteria == {"type": "local", "tier": None, "region": "NC", "rate_center": None, "npa": "919",
                                "zip": None}
    assert len(search_available(adapter, {"limit": 0})) == 10
    assert len(search_available(adapter, {})) == 10        # default limit 20


def test_search_refuses_a_negative_limit_before_searching():
    adapter = FakeDid()
    with pytest.raises(ValidationError, match="limit: must be 0"):
        search_available(adapter, {"limit": -1})
    assert adapter.criteria is None
