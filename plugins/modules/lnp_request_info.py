#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: lnp_request_info
short_description: List the active port-in (LNP) requests of a carrier account
version_added: 0.1.0
description:
  - Returns the port-in requests the carrier still lists as active, with their status and FOC dates, paging
    through the carrier's list call (QuestBlue C(GET /lnp), 200 numbers a request). QuestBlue lists one entry
    per number; completed ports leave the list (their numbers are in the account's inventory).
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes.INFO_MODULE
options:
  numbers:
    description: Return only the request for these numbers (as M(voip.carrier.lnp_request) sees it, completed included).
    type: list
    elements: str
seealso:
  - module: voip.carrier.lnp_request
"""

EXAMPLES = r"""
- name: Port-ins in flight
  voip.carrier.lnp_request_info:
    provider: questblue
  register: ports

- name: Those with a confirmed date
  ansible.builtin.debug:
    msg: "{{ ports.lnp_requests | selectattr('status', '==', 'foc') | list }}"
"""

RETURN = r"""
lnp_requests:
  description: The requests, each in the shape of the C(lnp_request) result of M(voip.carrier.lnp_request).
  returned: always
  type: list
  elements: dict
  sample:
    - numbers: ["+19195551234"]
      status: submitted
      request_ids: ["12345"]
      losing_carrier: Old Telco
      provider: questblue
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import info_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import run_info
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_REQUEST, e164_list


def main():
    argument_spec = info_argument_spec(numbers={"type": "list", "elements": "str"})
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)

    def produce(adapter):
        if module.params["numbers"]:
            current = adapter.read(e164_list(module.params["numbers"], "numbers"))
            return {"lnp_requests": [LNP_REQUEST.masked(current)] if current else []}
        return {"lnp_requests": [LNP_REQUEST.masked(row) for row in adapter.list()]}

    run_info(module, "lnp_request", produce)


if __name__ == "__main__":
    main()
