#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: sip_trunk_info
short_description: List the SIP trunks of a carrier account
version_added: 0.1.0
description:
  - Returns the account's SIP trunks with the numbers routed to each, paging through the carrier's
    list call (QuestBlue C(GET /siptrunk), 200 trunks a request).
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes.INFO_MODULE
options:
  name:
    description: Return only the trunk of this name.
    type: str
seealso:
  - module: voip.carrier.sip_trunk
"""

EXAMPLES = r"""
- name: All trunks
  voip.carrier.sip_trunk_info:
    provider: questblue
  register: trunks

- name: Numbers routed to mainpbx
  ansible.builtin.debug:
    msg: "{{ (trunks.sip_trunks | selectattr('name', '==', 'mainpbx') | first).numbers }}"
"""

RETURN = r"""
sip_trunks:
  description: The trunks, each in the shape of the C(sip_trunk) result of M(voip.carrier.sip_trunk).
  returned: always
  type: list
  elements: dict
  sample:
    - name: mainpbx
      auth_type: ip
      ip_address: 198.51.100.10
      enabled: true
      international_calls: false
      numbers: ["+19195550123"]
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
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK


def main():
    argument_spec = info_argument_spec(name={"type": "str"})
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)

    def produce(adapter):
        name = module.params["name"]
        if name is not None:
            current = adapter.read(name)
            return {"sip_trunks": [SIP_TRUNK.masked(current)] if current else []}
        return {"sip_trunks": [SIP_TRUNK.masked(row) for row in adapter.list()]}

    run_info(module, "sip_trunk", produce)


if __name__ == "__main__":
    main()
