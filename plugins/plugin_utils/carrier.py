# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What the controller-side plugins (the ``numbers`` inventory, the ``numbers`` and
``available_numbers`` lookups) share, written once:

- the connection options: the modules' argument spec (module_utils/connection.py), so a plugin
  takes the same names, types, choices and defaults and refuses the same values as a module;
- templating of the inventory's option values (vaulted strings and ``lookup('env', ...)``);
- reading an account (module_utils/snapshot.py) and the errors of that, translated into Ansible's
  errors with every credential masked;
- marking what the carrier sent as unsafe, so that no carrier data is ever templated;
- selecting numbers by the same filters in the inventory and the lookup.

Plugins run on the controller, so they use module_utils directly; nothing here is sent to a host.
"""

from __future__ import annotations

import re

from ansible.errors import AnsibleError
from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.module_utils.common.text.converters import to_text
from ansible.utils.unsafe_proxy import wrap_var

from ansible_collections.voip.carrier.plugins.module_utils.available import search_available
from ansible_collections.voip.carrier.plugins.module_utils.connection import CONNECTION_KEYS, connection_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import PORTING, matches, read_account
from ansible_collections.voip.carrier.plugins.module_utils.transport import Redactor

# The filters both plugins take, as an argument spec (the lookup takes them as keywords, the
# inventory under ``filters``); the patterns are the inventory's include/exclude lists.
SELECTION_OPTIONS = {
    "trunk": {"type": "list", "elements": "str"},
    "status": {"type": "list", "elements": "str"},
    "sms_enabled": {"type": "bool"},
    "e911": {"type": "bool"},
    "port_in_pending": {"type": "bool"},
}
# A number pattern, as did_info's: digits of the national number (10 for a North American number)
# with ``*`` matching any run of digits; without ``*`` the number must match exactly.
_PATTERN = re.compile(r"^[0-9*]*[0-9][0-9*]*$")
_SECRET_KEYS = ("api_password", "api_key")


def plugin_spec(**extra):
    """The connection options' argument spec without its environment fallbacks (a plugin's own
    configuration reads the environment: Ansible's ``env:`` entries), plus ``extra`` options."""
    spec = {}
    for name, option in connection_argument_spec().items():
        option = dict(option)
        option.pop("fallback", None)
        spec[name] = option
    spec.update(extra)
    return spec


def checked_options(params, spec, where):
    """``params`` validated and typed by ``spec`` (as a module's would be): a dict of every option
    in ``spec``; ValidationError naming ``where`` (the options, an account) otherwise. The messages
    name options, and quote only values of typed options (never a credential's)."""
    if "provider" in spec and not params.get("provider"):
        raise ValidationError(where, "provider is required, questblue, voicemeup, voipinnovations or voipms%s" % (
            " (or the VOIP_CARRIER_PROVIDER environment variable)" if where == "options" else ""))
    # An option left unset is None here; to the validator (as to a module) it is absent, so its default applies.
    result = ArgumentSpecValidator(spec).validate({key: value for key, value in params.items() if value is not None})
    if result.error_messages:
        raise ValidationError(where, "; ".join(result.error_messages))
    return result.validated_parameters


def connection_of(options):
    """The connection dict ``open_client`` takes, from validated options."""
    return {key: options.get(key) for key in CONNECTION_KEYS}


def add_secrets(redact, options):
    """Teach ``redact`` (a transport Redactor) the secrets of ``options`` (connection options, as
    given or validated), in every encoding a driver sends them; returns ``redact``."""
    for key in _SECRET_KEYS:
        if isinstance(options.get(key), str):
            redact.add(options[key])
    username, password = options.get("api_username"), options.get("api_password")
    if isinstance(username, str) and isinstance(password, str):
        redact.add_basic_auth(username, password)
    return redact


def redactor_for(connection):
    """A redactor that masks every secret of ``connection``."""
    return add_secrets(Redactor(), connection)


def templated(templar, value):
    """An option value from an inventory file with its template rendered (``{{ lookup('env', 'X') }}``,
    a variable) and a vaulted string decrypted; other values as they are."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if templar is not None and isinstance(value, str):
        value = templar.template(value)
    if isinstance(value, (bool, int, float, list, dict)) or value is None:
        return value
    # A vaulted value (2.16: AnsibleVaultEncryptedUnicode, no str subclass) decrypts on conversion.
    return to_text(value)


def plugin_error(error_class, exc, redact, context=""):
    """``exc`` (any exception) as ``error_class`` (AnsibleError, AnsibleParserError,
    AnsibleLookupError) with every secret masked. A carrier's error keeps its code and message
    (CarrierError's text: ``voipms API error invalid_credentials: ...``)."""
    if isinstance(exc, VoipCarrierError):
        text = exc.message
    elif isinstance(exc, AnsibleError):
        text = to_text(exc.message)
    else:
        # Not an error of the collection's own: say what it was, never how it was reached (a
        # traceback or its chained causes could quote a request).
        text = "%s: %s" % (type(exc).__name__, exc)
    return error_class(redact("%s%s" % (context, text)))


def read_numbers(connection, parts, pattern=None):
    """The account's snapshot (module_utils/snapshot.py) and the requests it took:
    ``(AccountSnapshot, {"reads": ..., "total": ...})``. Raises VoipCarrierError."""
    client = open_client(connection)
    try:
        snapshot = read_account(client, parts=parts, pattern=pattern)
        return snapshot, client.log.as_dict()
    finally:
        client.close()


def search_numbers(connection, params):
    """The numbers available to order (module_utils/available.py, as available_did_info finds
    them) and the requests it took. Raises VoipCarrierError; ValidationError before any request."""
    client = open_client(connection)
    try:
        return search_available(client.resource("did"), params), client.log.as_dict()
    finally:
        client.close()


def unknown_keywords(kwargs, known):
    """ValidationError for the first keyword a lookup does not take (a typo must not be ignored)."""
    unknown = sorted(set(kwargs) - set(known))
    if unknown:
        raise ValidationError(unknown[0], "is not an option of this lookup; it takes %s" % ", ".join(sorted(known)))


def lookup_options(lookup, call, keywords, templated_keys, hint):
    """A lookup call's options (LookupBase ``lookup``; ``call`` is ``(terms, variables, kwargs,
    redact)``): every secret in ``redact`` first, so any later error is masked; a keyword not in
    ``keywords``, or a term, refused; then its options from
    the keywords, the variables and the environment, those in ``templated_keys`` rendered and
    returned (the rest stay in ``lookup.get_option``). ``hint`` says how to call it instead of terms."""
    terms, variables, kwargs, redact = call
    add_secrets(redact, kwargs)
    unknown_keywords(kwargs, keywords)
    if terms:
        raise ValidationError("terms", "this lookup takes no terms; " + hint)
    lookup.set_options(var_options=variables, direct=kwargs)
    options = {key: templated(None, lookup.get_option(key)) for key in templated_keys}
    add_secrets(redact, options)
    return options


def checked_patterns(patterns, field):
    """The number patterns as given, or ValidationError naming ``field``."""
    patterns = [str(pattern) for pattern in patterns or ()]
    for pattern in patterns:
        if not _PATTERN.match(pattern):
            raise ValidationError(field, "%r is not a number pattern: the national number's digits with * for any run of "
                                         "digits, such as 919* or *0100 (or a whole number, 9195550100)" % pattern)
    return patterns


def check_selection(selection, parts, where=""):
    """ValidationError when a filter needs a part of the snapshot that ``include`` leaves out."""
    needs = {"sms_enabled": "sms", "port_in_pending": "port_in"}
    for name, part in needs.items():
        if selection.get(name) is not None and part not in parts:
            raise ValidationError(where + name, "filters on what the %s part reads; add %s to include (or drop this filter)"
                                  % (part, part))


def sms_enabled(record):
    return bool((record.get("sms") or {}).get("enabled"))


def port_in_pending(record):
    return record.get("port_in") is not None


def held_without_e911(record):
    """A number the account holds (not one still porting in) that has no emergency address."""
    return not record.get("e911") and record.get("status") != PORTING


def selected(record, selection, include_patterns=(), exclude_patterns=()):
    """Whether ``record`` passes every filter that is set (None or empty: not filtered)."""
    number = record["number"]
    if include_patterns and not any(matches(number, pattern) for pattern in include_patterns):
        return False
    if any(matches(number, pattern) for pattern in exclude_patterns or ()):
        return False
    if selection.get("trunk") and (record.get("trunk") or "") not in selection["trunk"]:
        return False
    if selection.get("status") and record.get("status") not in selection["status"]:
        return False
    tests = {"sms_enabled": sms_enabled, "e911": lambda r: bool(r.get("e911")), "port_in_pending": port_in_pending}
    return all(tests[name](record) == selection[name] for name in tests if selection.get(name) is not None)


def make_unsafe(value):
    """``value`` (carrier data: records, strings, lists) marked unsafe at any depth, so Ansible
    never templates it: a description ``{{ lookup('pipe', 'id') }}`` stays that text."""
    return wrap_var(value)


def trusted_template(text):
    """``text``, a template the plugin writes itself (never carrier data), as one Ansible templates
    when it uses the value: ansible-core 2.19 templates trusted strings only, 2.16 every plain one."""
    try:
        from ansible.template import trust_as_template  # pylint: disable=import-outside-toplevel
    except ImportError:
        return text
    return trust_as_template(text)
