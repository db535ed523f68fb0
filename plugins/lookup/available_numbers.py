# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
name: available_numbers
short_description: Phone numbers available to order at a carrier
version_added: 0.2.0
description:
  - Searches the carrier's stock of numbers that can be ordered, by region and rate centre, area code (NPA), ZIP
    code or toll-free prefix. It is the search of M(voip.carrier.available_did_info), with the same options, checks
    and results. Order a number with M(voip.carrier.did).
  - "At QuestBlue a local search needs O(zip) (tier 1b only), O(npa), or O(region) together with O(rate_center);
    when several are given, O(zip) wins over O(npa), which wins over the rate centre."
  - "At VoiceMeUp a local search needs O(npa) or O(rate_center) (VoiceMeUp's district, such as V(Montreal)); a
    toll-free search takes O(npa) as the prefix."
  - An option a carrier does not support (O(tier) and O(zip) at VoIP.ms; O(tier), O(zip) and O(region) at VoiceMeUp)
    fails before any request.
  - Use it with C(query(\)) (or C(lookup(..., wantlist=true\))) to always get a list.
  - Credentials come from the options or their C(VOIP_CARRIER_*) environment variables, as for the modules; no
    credential is shown at any verbosity, nor in an error.
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.account
options:
  type:
    description: Local (geographic) or toll-free numbers.
    type: str
    choices: [local, toll_free]
    default: local
  tier:
    description:
      - "QuestBlue only: the service tier to search, V(1), V(1b) (SMS-enabled) or V(2); QuestBlue searches tier V(1)
        when it is not set. Order the number in the same tier (the result says which)."
    type: str
    choices: ['1', '1b', '2']
  region:
    description: Two-letter state or province code, such as V(NC). Local numbers only. Not at VoiceMeUp.
    type: str
  rate_center:
    description: Rate centre name, such as V(RALEIGH), within O(region) (VoiceMeUp its district, such as V(Montreal),
      without O(region)). Local numbers only.
    type: str
  npa:
    description:
      - Area code, such as V(919). For toll-free numbers, the toll-free prefix (V(800), V(833), V(844), V(855),
        V(866), V(877), V(888)).
    type: str
  zip:
    description: "QuestBlue only: five-digit ZIP code. Local numbers in tier 1b only."
    type: str
  limit:
    description: Return at most this many numbers (the carrier may offer fewer). V(0) returns all.
    type: int
    default: 20
seealso:
  - module: voip.carrier.available_did_info
  - module: voip.carrier.did
  - plugin: voip.carrier.numbers
    plugin_type: lookup
"""

EXAMPLES = r"""
- name: Five SMS-enabled numbers in Raleigh, NC at QuestBlue (credentials from VOIP_CARRIER_*)
  ansible.builtin.debug:
    msg: "{{ query('voip.carrier.available_numbers', provider='questblue', tier='1b', region='NC',
             rate_center='RALEIGH', limit=5) | map(attribute='number') }}"

- name: Order the first VoIP.ms number in Miami, FL, routed to the sub-account pbx1
  voip.carrier.did:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    number: >-
      {{ (query('voip.carrier.available_numbers', provider='voipms', api_username=voipms_email,
                api_password=voipms_api_password, region='FL', rate_center='MIAMI', limit=1) | first).number }}
    trunk: pbx1

- name: Three VoiceMeUp numbers in Montreal (credentials from VOIP_CARRIER_*)
  ansible.builtin.debug:
    msg: "{{ query('voip.carrier.available_numbers', provider='voicemeup', rate_center='Montreal', limit=3) }}"

- name: QuestBlue toll-free numbers starting 844
  ansible.builtin.set_fact:
    toll_free: "{{ query('voip.carrier.available_numbers', provider='questblue', type='toll_free', npa='844') }}"
"""

RETURN = r"""
_raw:
  description: Numbers that can be ordered, at most O(limit).
  type: list
  elements: dict
  contains:
    number:
      description: The number in E.164.
      type: str
      sample: "+19195550123"
    type:
      description: V(local) or V(toll_free).
      type: str
      sample: local
    tier:
      description: "QuestBlue: the tier to order it in."
      type: str
      sample: "1b"
    state:
      description:
        - The state or province of the number.
        - "QuestBlue: the region searched, null when the search was not by region and rate centre."
        - "VoIP.ms: the number's own, null for toll-free numbers."
        - "VoiceMeUp: null (VoiceMeUp names states by ids of its own)."
      type: str
      sample: NC
    rate_center:
      description:
        - The rate centre of the number.
        - "QuestBlue: the rate centre searched, null when the search was not by region and rate centre."
        - "VoIP.ms: the number's own, null for toll-free numbers."
        - "VoiceMeUp: the number's district, null for toll-free numbers."
      type: str
      sample: RALEIGH
    sms:
      description: "VoIP.ms: whether the number can carry SMS (local numbers). VoiceMeUp: whether it can (C(sms_support))."
      type: bool
      sample: true
"""

from ansible.errors import AnsibleLookupError
from ansible.plugins.lookup import LookupBase
from ansible.utils.display import Display

from ansible_collections.voip.carrier.plugins.module_utils.available import SEARCH_OPTIONS
from ansible_collections.voip.carrier.plugins.module_utils.connection import CONNECTION_KEYS
from ansible_collections.voip.carrier.plugins.module_utils.transport import Redactor
from ansible_collections.voip.carrier.plugins.plugin_utils.carrier import (
    checked_options, connection_of, lookup_options, make_unsafe, plugin_error, plugin_spec, search_numbers)

display = Display()

_OPTIONS = CONNECTION_KEYS + tuple(SEARCH_OPTIONS)


class LookupModule(LookupBase):
    """query('voip.carrier.available_numbers', provider=..., criteria...): numbers to order."""

    def run(self, terms, variables=None, **kwargs):
        redact = Redactor()
        try:
            options = lookup_options(self, (terms, variables, kwargs, redact), _OPTIONS, _OPTIONS,
                                     "search with keywords, such as npa='919'")
            params = checked_options(options, plugin_spec(**SEARCH_OPTIONS), "options")
            found, api_calls = search_numbers(connection_of(params), params)
        except Exception as exc:  # pylint: disable=broad-exception-caught  # every error leaves redacted
            raise plugin_error(AnsibleLookupError, exc, redact, "voip.carrier.available_numbers: ") from None
        display.vvv("voip.carrier.available_numbers: %d numbers at %s, in %d requests"
                    % (len(found), params["provider"], api_calls["total"]))
        return make_unsafe(found)
