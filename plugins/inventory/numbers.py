# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
name: numbers
short_description: Phone numbers of one or more carrier accounts as inventory hosts
version_added: 0.2.0
description:
  - Reads every number of one or more carrier accounts (QuestBlue, VoIP.ms, VoiceMeUp) with the carriers' list calls
    (never one request per number) and makes each number a host, with its settings as host variables and groups by
    carrier, account and trunk, plus the numbers without E911, with SMS enabled and with a port-in pending.
  - A play over these hosts runs the collection's modules on the controller, without SSH
    (O(host_connection)).
  - Everything the carrier returns is marked unsafe, so a description such as V({{ lookup('pipe', 'id'\) }}) stays
    that text and is never templated.
  - No credential appears in the inventory (C(ansible-inventory --list), C(--graph), C(--host)), in the cache or in
    any error, at any verbosity.
  - The configuration file's name must end with C(voip_numbers.yml) or C(voip_numbers.yaml).
  - "What a snapshot costs: QuestBlue C(GET /did), C(GET /sms) and C(GET /lnp) at 200 a page; VoIP.ms one
    C(getDIDsInfo) and one C(getLNPList); VoiceMeUp one C(get_dids) (SMS options included), one C(get_peers) (the
    trunks' names), C(get_e911) at 1000 a page (the E911 flags) and one C(get_port_requests) (C(get_sms_profiles)
    too when a number is bound to an SMS profile)."
  - "VoiceMeUp allows 1,200 requests an hour per account, for every task, inventory and lookup together, and locks
    the account out for 60 minutes far beyond that: use the cache (O(cache)) rather than refresh the inventory before
    every job."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.account
  - constructed
  - inventory_cache
notes:
  - The top-level connection options (O(provider), O(api_username) ...) and their C(VOIP_CARRIER_*) environment
    variables describe one account, used only when O(accounts) is empty. Under AWX they come from a credential of
    the collection's credential type (see the R(Inventory,ansible_collections.voip.carrier.docsite.inventory) page).
  - "Host variables (with the default O(vars_prefix)): C(voip_number) (E.164), C(voip_account), C(voip_provider),
    C(voip_status) (C(porting) for a number of a pending port-in that the account does not hold yet), C(voip_type),
    C(voip_description), C(voip_trunk), C(voip_e911) (true when an emergency address is on file), C(voip_sms) (SMS
    settings with C(enabled), null where the number cannot carry SMS), C(voip_port_in) (the pending port-in, null
    when none), and the carrier's own fields: QuestBlue C(voip_tier), C(voip_caller_id_name), C(voip_failover);
    VoIP.ms C(voip_routing), C(voip_failover_busy), C(voip_failover_unreachable), C(voip_failover_noanswer),
    C(voip_voicemail), C(voip_pop), C(voip_dial_time), C(voip_cnam), C(voip_caller_id_prefix), C(voip_billing_type),
    C(voip_sms_available); VoiceMeUp C(voip_forward_to), C(voip_caller_id_name), C(voip_caller_id_number),
    C(voip_enabled), C(voip_comments), C(voip_sms_available); VoIP Innovations C(voip_cnam) (the inbound CNAM dip),
    C(voip_caller_id_name) (the outbound CNAM display), C(voip_forward_to), C(voip_failover_number)."
  - Every host has C(voip_number), C(voip_account), C(voip_provider), C(voip_status), C(voip_type),
    C(voip_description), C(voip_trunk) and C(voip_e911); a description or trunk is V('') where there is none (as for a
    number still porting in). The carrier's own variables are set only at that carrier.
  - "Fields no list call returns are not host variables: QuestBlue C(forward_to), C(port_out_pin), the E911
    address and the SMS XMPP login; VoIP.ms C(record_calls) and the E911 address; VoiceMeUp the E911 address; VoIP
    Innovations the E911 address and the SMS C(auth_token)."
  - "Default groups (O(default_groups)): C(voip_<provider>), C(voip_account_<name>), C(voip_trunk_<trunk>) (numbers
    routed to a trunk; VoIP.ms: a sub-account; VoiceMeUp: the peers a number rings, by name; VoIP Innovations: an
    endpoint group, by name),
    C(voip_no_e911) (numbers the account holds without an emergency address), C(voip_sms_enabled),
    C(voip_port_in_pending). Group names are made valid the Ansible way: every
    character other than a letter, digit or underscore becomes C(_)."
  - The same number in two accounts (a port between your own accounts, say) is one host name by default; the first
    account listed keeps it and a warning names both. Put the account into O(hostname) to keep both.
seealso:
  - module: voip.carrier.did_info
  - plugin: voip.carrier.numbers
    plugin_type: lookup
options:
  plugin:
    description: The name of this plugin; it makes the file a C(voip.carrier.numbers) inventory source.
    required: true
    type: str
    choices: [voip.carrier.numbers]
  accounts:
    description:
      - The carrier accounts to read, each with a O(accounts[].name) and its connection options (the same names as
        the modules' and the top-level options).
      - Values are templated, so vaulted strings and V({{ lookup('env', 'QB_PASSWORD'\) }}) work. The
        C(VOIP_CARRIER_*) environment variables are not read for these accounts.
      - When empty, one account is read from the top-level connection options (or their environment variables),
        named after its provider.
    type: list
    elements: dict
    default: []
    suboptions:
      name:
        description:
          - The account's label, unique in this file. It names the group C(voip_account_<name>), the host variable
            C(voip_account) and the account's entry in the cache.
        type: str
        required: true
      provider:
        description: The carrier, C(questblue), C(voicemeup), C(voipinnovations) or C(voipms).
        type: str
        required: true
        choices: [questblue, voicemeup, voipinnovations, voipms]
      api_username:
        description: The API user name (VoiceMeUp the user name or the client user ID; VoIP Innovations the API user's login).
        type: str
      api_password:
        description: The API password (not used at VoiceMeUp; VoIP Innovations the API user's secret).
        type: str
      api_key:
        description: The API key (QuestBlue C(Security-Key); VoiceMeUp the C(auth_token)).
        type: str
      api_url:
        description: Base URL of the carrier API; the carrier's public endpoint when not set.
        type: str
      validate_certs:
        description: Whether to verify the carrier's TLS certificate.
        type: bool
        default: true
      timeout:
        description: Seconds to wait for each API answer.
        type: int
        default: 30
      rate_limit:
        description: The account's request limit, C(REQUESTS/SECONDS).
        type: str
      rate_limit_max_wait:
        description: The longest to wait for the account's request budget, in seconds.
        type: int
        default: 300
  include:
    description:
      - What to read besides the numbers, each at its own cost (see the description). Leave a part out to save its
        requests; its host variable (C(voip_sms), C(voip_port_in)) and group are then missing.
      - C(sms) the SMS settings; C(port_in) the pending port-ins, including numbers not yet held.
    type: list
    elements: str
    choices: [sms, port_in]
    default: [sms, port_in]
  include_patterns:
    description:
      - Keep only the numbers that match one of these patterns. A pattern is written as
        M(voip.carrier.did_info)'s O(voip.carrier.did_info#module:pattern), the national number's digits (10 for a
        North American number) with C(*) matching any run of digits, such as V(919*) or V(*0100); without C(*) the
        number must match exactly.
    type: list
    elements: str
    default: []
  exclude_patterns:
    description: Leave out the numbers that match one of these patterns (written as in O(include_patterns)).
    type: list
    elements: str
    default: []
  filters:
    description:
      - Keep only the numbers that pass every filter that is set (the same filters as the
        P(voip.carrier.numbers#lookup) lookup).
    type: dict
    default: {}
    suboptions:
      trunk:
        description: Numbers routed to one of these trunks (VoIP.ms sub-accounts; VoiceMeUp peers).
        type: list
        elements: str
      status:
        description: Numbers in one of these statuses, such as V(active) or V(porting).
        type: list
        elements: str
      sms_enabled:
        description: Numbers with SMS enabled (V(true)) or not (V(false)). Needs V(sms) in O(include).
        type: bool
      e911:
        description: Numbers with an emergency address on file (V(true)) or without (V(false)).
        type: bool
      port_in_pending:
        description: Numbers with a pending port-in (V(true)) or without (V(false)). Needs V(port_in) in O(include).
        type: bool
  hostname:
    description:
      - A Jinja2 expression (like the values of O(compose)) that makes the host name of a number from its host
        variables, such as V(voip_account ~ '_' ~ voip_number[1:]).
      - The number in E.164 when not set.
    type: str
  vars_prefix:
    description: The prefix of every host variable that comes from the carrier.
    type: str
    default: voip_
  host_connection:
    description:
      - The C(ansible_connection) of every host. V(local), the default, runs a play's tasks on the controller
        without SSH, with C(ansible_python_interpreter) set to the Python that runs C(ansible-playbook) (where the
        collection's requirements are installed).
      - Set it empty to set neither variable (then set them yourself, with O(compose) for example).
    type: str
    default: local
  default_groups:
    description: Whether to add the default groups (see the notes). O(groups) and O(keyed_groups) work either way.
    type: bool
    default: true
"""

EXAMPLES = r"""
# inventory/questblue.voip_numbers.yml: one account from the VOIP_CARRIER_* environment variables
# (under AWX, a credential of the collection's credential type injects them).
plugin: voip.carrier.numbers

# inventory/carriers.voip_numbers.yml: two accounts, credentials templated from a vault and the environment
---
plugin: voip.carrier.numbers
accounts:
  - name: qb_main
    provider: questblue
    api_username: acme
    api_password: "{{ lookup('env', 'QB_PASSWORD') }}"
    api_key: !vault |
      $ANSIBLE_VAULT;1.1;AES256
      6162636465666768696a6b6c6d6e6f70...
  - name: voipms_support
    provider: voipms
    api_username: noc@example.com
    api_password: "{{ lookup('env', 'VOIPMS_API_PASSWORD') }}"
  - name: vmu_montreal
    provider: voicemeup
    api_username: acme-mtl            # or the client user ID, such as "123456"
    api_key: "{{ lookup('env', 'VOICEMEUP_AUTH_TOKEN') }}"

# inventory/raleigh.voip_numbers.yml: Raleigh numbers at VoIP.ms without their port-ins, grouped by
# trunk, with the number's digits as host name and a variable for each host.
---
plugin: voip.carrier.numbers
provider: voipms
include: [sms]
include_patterns: ["919*", "984*"]
exclude_patterns: ["9195550000"]
filters:
  status: [active]
hostname: "voip_number[2:]"
compose:
  voip_national: "voip_number[2:]"
keyed_groups:
  - key: voip_trunk
    prefix: pbx
    default_value: unrouted
groups:
  sales: "'sales' in (voip_description | lower)"
strict: true

# inventory/cached.voip_numbers.yml: QuestBlue, cached for an hour in JSON files
---
plugin: voip.carrier.numbers
provider: questblue
cache: true
cache_plugin: ansible.builtin.jsonfile
cache_connection: ~/.cache/voip.carrier/inventory
cache_timeout: 3600

# A play over the numbers without E911: it runs on the controller (ansible_connection local)
# - name: Report numbers without an emergency address
#   hosts: voip_no_e911
#   gather_facts: false
#   tasks:
#     - name: Read the number
#       voip.carrier.did_info:
#         provider: "{{ voip_provider }}"
#         number: "{{ voip_number }}"
"""

import hashlib

from ansible.errors import AnsibleParserError
from ansible.inventory.group import to_safe_group_name
from ansible.plugins.inventory import BaseInventoryPlugin, Cacheable, Constructable

from ansible_collections.voip.carrier.plugins.module_utils.connection import CONNECTION_KEYS
from ansible_collections.voip.carrier.plugins.module_utils.errors import VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import check_parts
from ansible_collections.voip.carrier.plugins.module_utils.transport import Redactor
from ansible_collections.voip.carrier.plugins.plugin_utils.carrier import (
    SELECTION_OPTIONS, add_secrets, check_selection, checked_options, checked_patterns, connection_of,
    held_without_e911, make_unsafe, plugin_error, plugin_spec, port_in_pending, read_numbers, selected, sms_enabled,
    templated, trusted_template)

# What a cache entry records besides the numbers, so that an entry read with other settings (another
# provider or set of parts) is not taken for this account's: a cache is keyed on the file path only.
_CACHE_FORMAT = 1


class InventoryModule(BaseInventoryPlugin, Constructable, Cacheable):
    """One host per number of each account; see DOCUMENTATION."""

    NAME = "voip.carrier.numbers"

    # Every group name this plugin makes, keyed groups included, is made valid (not only warned about).
    @staticmethod
    def _sanitize_group_name(name):
        return to_safe_group_name(name, force=True, silent=True)

    def verify_file(self, path):
        return super().verify_file(path) and path.endswith(("voip_numbers.yml", "voip_numbers.yaml"))

    def parse(self, inventory, loader, path, cache=True):
        super().parse(inventory, loader, path, cache)
        self._read_config_data(path)
        redact = Redactor()
        try:
            accounts = self._accounts(redact)
            # Plain strings: the cache stores them, and Ansible's own strings may carry tags (2.19).
            parts = check_parts(str(part) for part in self.get_option("include") or ())
            include = checked_patterns(self.get_option("include_patterns"), "include_patterns")
            exclude = checked_patterns(self.get_option("exclude_patterns"), "exclude_patterns")
            selection = checked_options(self.get_option("filters") or {}, SELECTION_OPTIONS, "filters")
            check_selection(selection, parts, "filters.")
            snapshots = self._snapshots(path, accounts, parts, cache)
        except Exception as exc:  # pylint: disable=broad-exception-caught  # every error leaves redacted
            raise plugin_error(AnsibleParserError, exc, redact, "voip.carrier.numbers (%s): " % path) from None
        self._populate(accounts, snapshots, include, exclude, selection)

    # -- the accounts, from the file or the environment; no request ------------------------------------

    def _accounts(self, redact):
        """``[(name, connection)]`` in the file's order, each validated as a module's options are.
        Every secret is added to ``redact`` as soon as it is known."""
        items = self.get_option("accounts") or []
        if not items:
            options = {key: templated(self.templar, self.get_option(key)) for key in CONNECTION_KEYS}
            add_secrets(redact, options)
            connection = connection_of(checked_options(options, plugin_spec(), "options"))
            return [(connection["provider"], connection)]
        accounts, names = [], set()
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise AnsibleParserError("accounts[%d] must be a mapping with name and the connection options" % index)
            item = {key: templated(self.templar, value) for key, value in item.items()}
            add_secrets(redact, item)
            name = item.pop("name", None)
            name = str(name) if isinstance(name, str) else name
            where = "accounts[%d]%s" % (index, " (%s)" % name if name else "")
            if not name or not isinstance(name, str):
                raise AnsibleParserError("%s: name is required, a label for the account such as qb_main" % where)
            if name in names:
                raise AnsibleParserError("%s: another account has the name %s; give each account its own" % (where, name))
            names.add(name)
            accounts.append((name, connection_of(checked_options(item, plugin_spec(), where))))
        return accounts

    # -- the snapshots, from the cache or the carriers --------------------------------------------------

    def _snapshots(self, path, accounts, parts, cache):
        """``{name: entry}``: each account's numbers, from the cache when it holds them (read with the
        same provider, account and parts), otherwise from the carrier. The cache is written only
        after a read from a carrier, so a cached result never renews its own timeout."""
        cache_key = self.get_cache_key(path)
        use_cache = self.get_option("cache") and cache
        update_cache = self.get_option("cache") and not cache
        cached = {}
        if use_cache:
            try:
                cached = self._cache[cache_key]
            except KeyError:
                update_cache = True
        snapshots = {}
        for name, connection in accounts:
            entry = cached.get(name) if isinstance(cached, dict) else None
            if _entry_fits(entry, connection, parts):
                self.display.vvv("voip.carrier.numbers: account %s: %d numbers from the cache" % (name, len(entry["numbers"])))
            else:
                try:
                    entry, api_calls = _read_entry(connection, parts)
                except VoipCarrierError as exc:
                    # With several accounts, say whose read failed (the message is masked by the caller).
                    exc.message = "account %s: %s" % (name, exc.message)
                    raise
                update_cache = update_cache or bool(self.get_option("cache"))
                self.display.vvv("voip.carrier.numbers: account %s: %d numbers in %d requests"
                                 % (name, len(entry["numbers"]), api_calls["total"]))
            snapshots[name] = entry
        if update_cache:
            # Only the records and what they were read with: no credential, no URL, no user name.
            self._cache[cache_key] = snapshots
        return snapshots

    # -- hosts, variables and groups ------------------------------------------------------------------

    def _populate(self, accounts, snapshots, include, exclude, selection):
        # The options every host uses, read once (an account may hold tens of thousands of numbers).
        host_options = {"strict": self.get_option("strict"), "prefix": self.get_option("vars_prefix") or "",
                        "connection": self.get_option("host_connection"),
                        "default_groups": self.get_option("default_groups"),
                        "compose": self.get_option("compose"), "groups": self.get_option("groups"),
                        "keyed_groups": self.get_option("keyed_groups")}
        owners = {}
        for name, _connection in accounts:
            for record in snapshots[name]["numbers"]:
                if selected(record, selection, include, exclude):
                    self._add_number(name, record, owners, host_options)

    def _add_number(self, account, record, owners, options):
        strict, prefix = options["strict"], options["prefix"]
        variables = {prefix + key: value for key, value in record.items()}
        variables[prefix + "account"] = account
        variables = make_unsafe(variables)
        host = self._hostname(record, variables, strict)
        if host in owners:
            self.display.warning("voip.carrier.numbers: %s of account %s is also host %s of account %s: kept the first; "
                                 "put voip_account into the hostname option to keep both" % (
                                     record["number"], account, host, owners[host]))
            return
        owners[host] = account
        self.inventory.add_host(host)
        for key, value in variables.items():
            self.inventory.set_variable(host, key, value)
        connection = options["connection"]
        if connection:
            self.inventory.set_variable(host, "ansible_connection", connection)
            if connection in ("local", "ansible.builtin.local"):
                # The Python that runs ansible-playbook has the collection's requirements (httpx ...);
                # a template the plugin writes itself, so it is trusted where trust is needed (2.19).
                self.inventory.set_variable(host, "ansible_python_interpreter", trusted_template("{{ ansible_playbook_python }}"))
        if options["default_groups"]:
            for group in _default_groups(account, record):
                self.inventory.add_child(self.inventory.add_group(self._sanitize_group_name(group)), host)
        if options["compose"] or options["groups"] or options["keyed_groups"]:
            hostvars = self.inventory.get_host(host).get_vars()
            self._set_composite_vars(options["compose"], hostvars, host, strict)
            self._add_host_to_composed_groups(options["groups"], hostvars, host, strict)
            self._add_host_to_keyed_groups(options["keyed_groups"], hostvars, host, strict)

    def _hostname(self, record, variables, strict):
        expression = self.get_option("hostname")
        if not expression:
            return record["number"]
        try:
            host = self._compose(expression, variables)
        except Exception as exc:  # pylint: disable=broad-exception-caught  # any template error
            if strict:
                raise AnsibleParserError("hostname: %r failed for %s: %s" % (expression, record["number"], exc)) from None
            self.display.warning("voip.carrier.numbers: hostname %r failed for %s (%s); the host is named by the number"
                                 % (expression, record["number"], exc))
            return record["number"]
        if host in (None, ""):
            return record["number"]
        return str(host)


def _read_entry(connection, parts):
    snapshot, api_calls = read_numbers(connection, parts)
    entry = {"format": _CACHE_FORMAT, "source": _source(connection), "parts": sorted(parts), "numbers": snapshot.numbers}
    return entry, api_calls


def _source(connection):
    """Which account an entry was read from, without naming it: a digest of the provider, URL and user."""
    text = "\0".join(str(connection.get(key) or "") for key in ("provider", "api_url", "api_username"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _entry_fits(entry, connection, parts):
    return (isinstance(entry, dict) and entry.get("format") == _CACHE_FORMAT and entry.get("source") == _source(connection)
            and entry.get("parts") == sorted(parts) and isinstance(entry.get("numbers"), list))


def _default_groups(account, record):
    yield "voip_%s" % record.get("provider")
    yield "voip_account_%s" % account
    if record.get("trunk"):
        yield "voip_trunk_%s" % record["trunk"]
    if held_without_e911(record):
        yield "voip_no_e911"
    if sms_enabled(record):
        yield "voip_sms_enabled"
    if port_in_pending(record):
        yield "voip_port_in_pending"
