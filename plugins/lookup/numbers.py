# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
name: numbers
short_description: The phone numbers a carrier account holds, with filters
version_added: 0.2.0
description:
  - Reads every number of a carrier account (QuestBlue, VoIP.ms, VoiceMeUp) with the carrier's list calls, never one
    request per number, and returns those that pass the filters that are set, one record per number.
  - "What one use costs: QuestBlue C(GET /did) at 200 a page; VoIP.ms one C(getDIDsInfo); VoiceMeUp one C(get_dids),
    one C(get_peers) (the trunks' names) and C(get_e911) at 1000 a page (the E911 flags). O(include) adds its parts.
    At VoiceMeUp every use draws on the account's 1,200 requests an hour."
  - Use it with C(query(\)) (or C(lookup(..., wantlist=true\))) to always get a list.
  - Everything the carrier returns is marked unsafe, so it is never templated.
  - Credentials come from the options or their C(VOIP_CARRIER_*) environment variables, as for the modules; no
    credential is shown at any verbosity, nor in an error.
  - Each use reads the account again. To use the numbers in many tasks or hosts, read them once (C(run_once) and
    C(ansible.builtin.set_fact)) or use the P(voip.carrier.numbers#inventory) inventory.
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.account
options:
  include:
    description:
      - What to read besides the numbers, each at its own cost. C(sms) the SMS settings (QuestBlue one more list,
        VoIP.ms nothing more, VoiceMeUp nothing more unless a number is bound to an SMS profile, then one
        C(get_sms_profiles)); C(port_in) the pending port-ins, including numbers not yet held (one more list).
      - A record leaves out C(sms) or C(port_in) when its part is not read.
    type: list
    elements: str
    choices: [sms, port_in]
    default: [sms, port_in]
  pattern:
    description:
      - Only numbers that match this pattern, written as M(voip.carrier.did_info)'s
        O(voip.carrier.did_info#module:pattern), the national number's digits (10 for a North American number) with C(*) matching any run of digits, such as
        V(919*) or V(*0100). Without C(*) the number must match exactly. QuestBlue filters in its list call.
    type: str
  trunk:
    description: Only numbers routed to one of these trunks (VoIP.ms sub-accounts; VoiceMeUp peers, by name), such as
      V(main).
    type: list
    elements: str
  status:
    description: Only numbers in one of these statuses, such as V(active) or V(porting) (a pending port-in's number).
    type: list
    elements: str
  sms_enabled:
    description: Only numbers with SMS enabled (V(true)) or without (V(false)). Needs V(sms) in O(include).
    type: bool
  e911:
    description: Only numbers with an emergency address on file (V(true)) or without (V(false)).
    type: bool
  port_in_pending:
    description: Only numbers with a pending port-in (V(true)) or without (V(false)). Needs V(port_in) in O(include).
    type: bool
notes:
  - "Fields no list call returns are not in the records: QuestBlue C(forward_to), C(port_out_pin), the E911 address
    and the SMS XMPP login; VoIP.ms C(record_calls) and the E911 address; VoiceMeUp the E911 address."
seealso:
  - module: voip.carrier.did_info
  - plugin: voip.carrier.numbers
    plugin_type: inventory
  - plugin: voip.carrier.available_numbers
    plugin_type: lookup
"""

EXAMPLES = r"""
- name: Numbers routed to the VoIP.ms sub-account main (credentials from VOIP_CARRIER_*)
  ansible.builtin.debug:
    msg: "{{ query('voip.carrier.numbers', provider='voipms', trunk='main') | map(attribute='number') }}"

- name: QuestBlue numbers without an emergency address, with credentials from the vault
  ansible.builtin.set_fact:
    missing_e911: >-
      {{ query('voip.carrier.numbers', provider='questblue', api_username=qb_user, api_password=qb_password,
               api_key=qb_security_key, e911=false, status='active') }}

- name: QuestBlue numbers in area code 919 with SMS enabled
  ansible.builtin.debug:
    msg: "{{ item.number }}: {{ item.sms.mode }}"
  loop: "{{ query('voip.carrier.numbers', provider='questblue', pattern='919*', sms_enabled=true) }}"

- name: Numbers still porting in, at two accounts
  ansible.builtin.set_fact:
    porting: >-
      {{ query('voip.carrier.numbers', provider='questblue', api_username=qb_user, api_password=qb_password,
               api_key=qb_security_key, port_in_pending=true)
         + query('voip.carrier.numbers', provider='voipms', api_username=voipms_email,
                 api_password=voipms_api_password, port_in_pending=true) }}

- name: VoiceMeUp numbers ringing the peer main-pbx, by the client user ID and the auth_token from the vault
  ansible.builtin.debug:
    msg: >-
      {{ query('voip.carrier.numbers', provider='voicemeup', api_username='123456', api_key=vmu_auth_token,
               trunk='main-pbx', include=[]) | map(attribute='number') }}

- name: Only the numbers, no SMS or port-in reads (the cheapest snapshot)
  ansible.builtin.debug:
    msg: "{{ query('voip.carrier.numbers', provider='voipms', include=[]) | length }} numbers"
"""

RETURN = r"""
_raw:
  description:
    - One record per number, sorted by number.
    - C(number), C(provider), C(status), C(type), C(description), C(trunk) and C(e911) are in every record; a
      description or trunk is V('') where there is none (as for a number still porting in). The carrier's own keys
      are only in that carrier's records.
  type: list
  elements: dict
  contains:
    number:
      description: The number in E.164.
      type: str
      sample: "+19195550100"
    provider:
      description: The provider key.
      type: str
      sample: questblue
    status:
      description: The number's status at the carrier; V(porting) for a number of a pending port-in the account
        does not hold yet.
      type: str
      sample: active
    type:
      description: V(local) or V(toll_free).
      type: str
      sample: local
    tier:
      description: "QuestBlue: the number's tier."
      type: str
      sample: "1b"
    description:
      description: The number's description (note).
      type: str
      sample: Front desk
    trunk:
      description: The trunk the number is routed to (QuestBlue SIP trunk, VoIP.ms sub-account, VoiceMeUp the peers
        it rings, comma-separated in ring order, each by its C(peer_username) when it registers, else its
        C(friendly_name)), empty when none.
      type: str
      sample: main
    routing:
      description: "VoIP.ms: the call routing, C(header:target)."
      type: str
      sample: account:100000_main
    caller_id_name:
      description: "QuestBlue: the outbound caller ID name (LIDB). VoiceMeUp: the caller ID name rewrite of inbound
        calls."
      type: str
    caller_id_number:
      description: "VoiceMeUp: the caller ID number rewrite of inbound calls, E.164."
      type: str
    forward_to:
      description: "VoiceMeUp: where calls are forwarded (E.164), empty when forwarding is off."
      type: str
    enabled:
      description: "VoiceMeUp: false when the number is disabled."
      type: bool
    comments:
      description: "VoiceMeUp: the number's comments."
      type: str
    sms_available:
      description: "VoIP.ms and VoiceMeUp: whether the number can carry SMS."
      type: bool
    cnam:
      description: "VoIP.ms: whether inbound CNAM look-up is on."
      type: bool
    failover:
      description: "QuestBlue: the failover settings, when set."
      type: dict
    e911:
      description: Whether an emergency address is on file.
      type: bool
      sample: true
    sms:
      description:
        - The SMS settings, with C(enabled) (and the carrier's mode and targets when enabled); null where the number
          cannot carry SMS.
        - Left out when O(include) has no V(sms).
      type: dict
      sample: {"enabled": true, "mode": "email", "email": "sms@example.com"}
    port_in:
      description:
        - The pending port-in that brings the number in (C(status), C(request_ids), C(foc_date) when known,
          VoIP.ms also C(carrier_status)); null when none.
        - Left out when O(include) has no V(port_in).
      type: dict
      sample: {"status": "submitted", "request_ids": ["10001"], "foc_date": "2030-01-15"}
"""

from ansible.errors import AnsibleLookupError
from ansible.plugins.lookup import LookupBase
from ansible.utils.display import Display

from ansible_collections.voip.carrier.plugins.module_utils.connection import CONNECTION_KEYS
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import check_parts
from ansible_collections.voip.carrier.plugins.module_utils.transport import Redactor
from ansible_collections.voip.carrier.plugins.plugin_utils.carrier import (
    SELECTION_OPTIONS, check_selection, checked_options, checked_patterns, connection_of, lookup_options, make_unsafe,
    plugin_error, plugin_spec, read_numbers, selected)

display = Display()

_OPTIONS = CONNECTION_KEYS + ("include", "pattern") + tuple(SELECTION_OPTIONS)


class LookupModule(LookupBase):
    """query('voip.carrier.numbers', provider=..., filters...): the account's number records."""

    def run(self, terms, variables=None, **kwargs):
        redact = Redactor()
        try:
            options = lookup_options(self, (terms, variables, kwargs, redact), _OPTIONS, CONNECTION_KEYS,
                                     "filter with keywords, such as pattern='919*'")
            connection = connection_of(checked_options(options, plugin_spec(), "options"))
            parts = check_parts(self.get_option("include"))
            selection = checked_options({key: self.get_option(key) for key in SELECTION_OPTIONS}, SELECTION_OPTIONS, "filters")
            check_selection(selection, parts)
            pattern = self.get_option("pattern")
            if pattern:
                pattern = checked_patterns([pattern], "pattern")[0]
            snapshot, api_calls = read_numbers(connection, parts, pattern)
        except Exception as exc:  # pylint: disable=broad-exception-caught  # every error leaves redacted
            raise plugin_error(AnsibleLookupError, exc, redact, "voip.carrier.numbers: ") from None
        found = [record for record in snapshot.numbers if selected(record, selection)]
        display.vvv("voip.carrier.numbers: %d of %d numbers at %s, in %d requests"
                    % (len(found), len(snapshot.numbers), connection["provider"], api_calls["total"]))
        return make_unsafe(found)
