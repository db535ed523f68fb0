#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: available_did_info
short_description: Search phone numbers available to order at a carrier
version_added: 0.1.0
description:
  - Searches the carrier's stock of numbers that can be ordered, by region and rate centre, area code
    (NPA), ZIP code or toll-free prefix. Order one with M(voip.carrier.did).
  - "At QuestBlue a local search needs O(zip) (tier 1b only), O(npa), or O(region) together with
    O(rate_center); when several are given, O(zip) wins over O(npa), which wins over the rate centre."
  - "VoIP Innovations searches with C(getDIDs): O(region) is its C(state), O(rate_center) its C(rateCenter), O(npa)
    its C(npa); a local search needs at least one of them, and every one given narrows it. Toll-free numbers are its
    state C(TF), narrowed by O(npa) (the toll-free prefix)."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes.INFO_MODULE
options:
  type:
    description:
      - Local (geographic) or toll-free numbers.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    choices: [local, toll_free]
    default: local
  tier:
    description:
      - The QuestBlue service tier to search, V(1), V(1b) (SMS-enabled) or V(2); QuestBlue searches tier V(1) when
        it is not set. Order the number in the same tier (the result says which). Toll-free numbers are not offered
        in tier 2.
      - VoIP.ms has no tiers; leave it unset.
      - VoIP Innovations prices numbers in tiers of its own (RV(available[].tier)); it cannot search by this option.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: ['1', '1b', '2']
  region:
    description:
      - Two-letter state or province code, such as V(NC). Local numbers only.
      - "Supported by: QuestBlue, VoIP Innovations, VoIP.ms (VoiceMeUp fails before any request)."
    type: str
  rate_center:
    description:
      - Rate centre name, such as V(RALEIGH), within O(region). Local numbers only.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  npa:
    description:
      - Area code, such as V(919). For toll-free numbers, the toll-free prefix (V(800), V(833), V(844),
        V(855), V(866), V(877), V(888)).
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  zip:
    description:
      - Five-digit ZIP code. Local numbers in tier 1b only.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
  limit:
    description:
      - Return at most this many numbers (the carrier may offer fewer). V(0) returns all.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: int
    default: 20
seealso:
  - module: voip.carrier.did
notes:
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms. Only at QuestBlue: O(tier), O(zip). Only at
    QuestBlue, VoIP Innovations and VoIP.ms: O(region). An option a carrier does not support fails before any request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: Find SMS-enabled numbers in Raleigh, NC (QuestBlue tier 1b)
  voip.carrier.available_did_info:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
    tier: "1b"
    region: NC
    rate_center: RALEIGH
    limit: 5
  register: found

- name: Order the first one in the tier it was found in
  voip.carrier.did:
    provider: questblue
    number: "{{ found.available[0].number }}"
    tier: "{{ found.available[0].tier }}"

- name: QuestBlue tier 1b numbers by ZIP code (credentials from the VOIP_CARRIER_* variables)
  voip.carrier.available_did_info:
    provider: questblue
    tier: "1b"
    zip: "27601"

- name: QuestBlue toll-free numbers starting 844
  voip.carrier.available_did_info:
    provider: questblue
    type: toll_free
    npa: "844"

- name: VoiceMeUp numbers in area code 514 (get_new_dids; VoiceMeUp searches by npa or rate centre name)
  voip.carrier.available_did_info:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    npa: "514"
    limit: 5

- name: VoIP.ms numbers in Miami, FL (VoIP.ms has no tiers and no ZIP search)
  voip.carrier.available_did_info:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    region: FL
    rate_center: MIAMI
    limit: 10
  register: miami

- name: VoIP.ms numbers in area code 514 (Montreal; a Canadian province searches VoIP.ms' Canadian stock)
  voip.carrier.available_did_info:
    provider: voipms
    region: QC
    npa: "514"

- name: VoIP.ms toll-free numbers starting 833
  voip.carrier.available_did_info:
    provider: voipms
    type: toll_free
    npa: "833"

- name: VoIP Innovations numbers in Dallas, Texas
  voip.carrier.available_did_info:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
    region: TX
    rate_center: DALLAS
  register: dallas

- name: VoIP Innovations toll-free numbers
  voip.carrier.available_did_info:
    provider: voipinnovations
    type: toll_free
    limit: 5

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Find and order a number at VoIP.ms
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: voipms
      api_username: "{{ voipms_email }}"
      api_password: "{{ voipms_api_password }}"
  tasks:
    - name: Numbers in area code 786
      voip.carrier.available_did_info:
        region: FL
        npa: "786"
        limit: 1
      register: found

    - name: Order it, routed to the sub-account pbx1
      voip.carrier.did:
        number: "{{ found.available[0].number }}"
        trunk: pbx1
"""

RETURN = r"""
available:
  description: Numbers that can be ordered.
  returned: always
  type: list
  elements: dict
  contains:
    number:
      description: The number in E.164.
      returned: always
      type: str
      sample: "+19195550123"
    type:
      description: V(local) or V(toll_free).
      returned: always
      type: str
      sample: local
    tier:
      description: "QuestBlue: the tier to order it in. VoIP Innovations: its price tier (such as V(1), V(2), V(4))."
      returned: at QuestBlue and VoIP Innovations
      type: str
      sample: "1b"
    state:
      description:
        - The state or province of the number.
        - "QuestBlue: the region searched, null when the search was not by region and rate centre."
        - "VoIP.ms and VoIP Innovations: the number's own, null for toll-free numbers."
      returned: always (null where unknown)
      type: str
      sample: NC
    rate_center:
      description:
        - The rate centre of the number.
        - "QuestBlue: the rate centre searched, null when the search was not by region and rate centre."
        - "VoIP.ms and VoIP Innovations: the number's own, null for toll-free numbers."
      returned: always (null where unknown)
      type: str
      sample: RALEIGH
    sms:
      description: "VoIP.ms and VoIP Innovations: whether the number can carry SMS."
      returned: at VoIP.ms, when its search reports it (local numbers); at VoIP Innovations
      type: bool
      sample: true
api_calls:
  description: The API requests this run made (also on failure).
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
  contains:
    reads:
      description: Requests that only read.
      returned: always
      type: int
      sample: 1
    writes:
      description: Requests that changed, or could have changed, something at the carrier.
      returned: always
      type: int
      sample: 0
    retries:
      description:
        - Requests sent again, after a connection that could not be made, a rate-limit answer, or (reads only) a
          timeout or an HTTP 5xx.
      returned: always
      type: int
      sample: 0
    total:
      description: All requests, retries included.
      returned: always
      type: int
      sample: 1
field:
  description: The module option a failure is about, when the task failed on a value refused before any request.
  returned: on failure, when an option value was refused
  type: str
  sample: rate_center
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description: "VoIP.ms: the carrier's own error code (its C(status)). QuestBlue errors carry no code."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: no_did
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: There are no DIDs matching your criteria
budget_refills_at:
  description:
    - When the account's request budget refills (UTC, ISO 8601). Nothing more is sent for the account from this
      controller before then; run the task again after it.
    - The task failed because the budget this controller keeps for the account (O(rate_limit)) does not refill within
      O(rate_limit_max_wait), or because VoiceMeUp locked the account out for 60 minutes
      (C(requests_hard_limit_exceeded)), where any request before this time would extend the lockout.
  returned: on failure, when the account's request budget is spent or the carrier locked the account out
  type: str
  sample: "2030-01-15T10:00:00Z"
http_status:
  description: The HTTP status of the carrier's error answer.
  returned: on failure, when the carrier answered with an HTTP error status
  type: int
  sample: 503
request:
  description: The request that failed, QuestBlue as C(METHOD /path), VoIP.ms as the name of the API function,
    VoiceMeUp as its request type (C(get_new_dids)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: getDIDsUSA
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.available import SEARCH_OPTIONS, search_available
from ansible_collections.voip.carrier.plugins.module_utils.connection import info_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import run_info


def main():
    module = AnsibleModule(argument_spec=info_argument_spec(**SEARCH_OPTIONS), supports_check_mode=True)
    run_info(module, "did", lambda adapter: {"available": search_available(adapter, module.params)})


if __name__ == "__main__":
    main()
