#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: did_info
short_description: List the phone numbers (DIDs) held in a carrier account
version_added: 0.1.0
description:
  - Returns the numbers the account holds with their settings, paging through the carrier's list call
    (QuestBlue C(GET /did), 200 numbers a request), so thousands of numbers cost a handful of requests.
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes.INFO_MODULE
options:
  number:
    description:
      - Return only this number (any format M(voip.carrier.did) accepts).
      - Mutually exclusive with O(pattern).
    type: str
  pattern:
    description:
      - A digit pattern over the 10-digit national number, with C(*) matching any run of digits,
        such as C(919*) or C(*0100). Without C(*) the number must match exactly.
      - Mutually exclusive with O(number).
    type: str
seealso:
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: Every number in the account
  voip.carrier.did_info:
    provider: questblue
  register: inventory

- name: Numbers in area code 919
  voip.carrier.did_info:
    provider: questblue
    pattern: "919*"
  register: raleigh

- name: Which trunk is +19195550123 routed to?
  voip.carrier.did_info:
    provider: questblue
    number: "+19195550123"
  register: one

- name: Show it
  ansible.builtin.debug:
    msg: "{{ one.dids[0].trunk if one.dids else 'not held' }}"
"""

RETURN = r"""
dids:
  description: The numbers, each in the shape of the C(did) result of M(voip.carrier.did).
  returned: always
  type: list
  elements: dict
  sample:
    - number: "+19195550123"
      status: active
      tier: "1b"
      type: local
      description: Sales line
      trunk: mainpbx
      caller_id_name: ""
      e911: false
      provider: questblue
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 3, "writes": 0, "retries": 0, "total": 3}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import info_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import run_info
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.numbers import to_e164


def main():
    argument_spec = info_argument_spec(number={"type": "str"}, pattern={"type": "str"})
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=[("number", "pattern")])

    def produce(adapter):
        if module.params["number"] is not None:
            current = adapter.read(to_e164(module.params["number"]))
            return {"dids": [DID.masked(current)] if current else []}
        return {"dids": [DID.masked(row) for row in adapter.list(module.params["pattern"])]}

    run_info(module, "did", produce)


if __name__ == "__main__":
    main()
