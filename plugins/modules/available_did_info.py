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
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes.INFO_MODULE
options:
  type:
    description: Local (geographic) or toll-free numbers.
    type: str
    choices: [local, toll_free]
    default: local
  tier:
    description:
      - The QuestBlue service tier to search, V(1), V(1b) (SMS-enabled) or V(2); QuestBlue searches tier V(1) when
        it is not set. Order the number in the same tier (the result says which). Toll-free numbers are not offered
        in tier 2.
      - VoIP.ms has no tiers; leave it unset.
    type: str
    choices: ['1', '1b', '2']
  region:
    description: Two-letter state or province code, such as V(NC). Local numbers only.
    type: str
  rate_center:
    description: Rate centre name, such as V(RALEIGH), within O(region). Local numbers only.
    type: str
  npa:
    description:
      - Area code, such as V(919). For toll-free numbers, the toll-free prefix (V(800), V(833), V(844),
        V(855), V(866), V(877), V(888)).
    type: str
  zip:
    description: Five-digit ZIP code. Local numbers in tier 1b only.
    type: str
  limit:
    description: Return at most this many numbers (the carrier may offer fewer). V(0) returns all.
    type: int
    default: 20
seealso:
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: Find SMS-enabled numbers in Raleigh, NC
  voip.carrier.available_did_info:
    provider: questblue
    tier: "1b"
    region: NC
    rate_center: RALEIGH
    limit: 5
  register: found

- name: Order the first one
  voip.carrier.did:
    provider: questblue
    number: "{{ found.available[0].number }}"
    tier: "1b"

- name: Toll-free numbers starting 844
  voip.carrier.available_did_info:
    provider: questblue
    type: toll_free
    npa: "844"
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
      type: str
      sample: "+19195550123"
    type:
      description: V(local) or V(toll_free).
      type: str
      sample: local
    tier:
      description: The tier to order it in.
      type: str
      sample: "1b"
    state:
      description: The region searched, when the search was by region and rate centre.
      type: str
      sample: NC
    rate_center:
      description: The rate centre searched, when the search was by region and rate centre.
      type: str
      sample: RALEIGH
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import info_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import run_info
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError


def main():
    argument_spec = info_argument_spec(
        type={"type": "str", "default": "local", "choices": ["local", "toll_free"]},
        tier={"type": "str", "choices": ["1", "1b", "2"]},
        region={"type": "str"},
        rate_center={"type": "str"},
        npa={"type": "str"},
        zip={"type": "str"},
        limit={"type": "int", "default": 20},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    params = module.params

    def produce(adapter):
        if params["limit"] < 0:
            raise ValidationError("limit", "must be 0 (all) or a positive number")
        criteria = {"type": params["type"], "tier": params["tier"], "state": params["region"],
                    "rate_center": params["rate_center"], "npa": params["npa"], "zip": params["zip"]}
        found = adapter.search(criteria)
        return {"available": found[:params["limit"]] if params["limit"] else found}

    run_info(module, "did", produce)


if __name__ == "__main__":
    main()
