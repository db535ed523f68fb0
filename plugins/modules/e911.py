#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: e911
short_description: Set or remove the emergency (E911) address of a phone number
version_added: 0.1.0
description:
  - Registers the address emergency services are sent to when the number dials 911, or removes it.
  - Every address part the carrier requires is checked before any request is made.
  - "What can be compared depends on the carrier. QuestBlue reports only whether an address is set, never the
    address itself: an existing address is therefore not compared (the result lists the options in
    RV(not_compared)), and O(update_write_only=always) re-sends the address on every run."
  - "VoIP.ms returns the whole address, which is compared ignoring case (VoIP.ms stores parts upper-cased). Every
    address is checked with VoIP.ms' e911Validate before it is provisioned or updated (in check mode too). An address
    VoIP.ms staff still validate is C(pending) and cannot be changed until it is active."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  number:
    description: The phone number, in any format M(voip.carrier.did) accepts. It must be in the account.
    type: str
    required: true
  state:
    description: V(present) sets the address; V(absent) removes it.
    type: str
    choices: [present, absent]
    default: present
  name:
    description: Name of the person or business at the address. Required for O(state=present).
    type: str
  street_number:
    description: The house number.
    type: str
  street_name:
    description: The street name (with its type, such as C(Main St)). Required for O(state=present).
    type: str
  unit_type:
    description: Type of unit, such as C(APT) or C(STE). Needs O(unit_number).
    type: str
  unit_number:
    description: Unit number or letter. Needs O(unit_type).
    type: str
  city:
    description: The city. Required for O(state=present).
    type: str
  region:
    description: Two-letter state code, such as C(NC). Required for O(state=present).
    type: str
  postal_code:
    description: The ZIP code (C(12345) or C(12345-6789)). Required for O(state=present).
    type: str
  country:
    description: "VoIP.ms: V(US) (the default) or V(CA)."
    type: str
  language:
    description: "VoIP.ms: V(EN) (the default) or V(FR)."
    type: str
  email:
    description: "VoIP.ms: the contact e-mail address of the registration. Required for O(state=present) at VoIP.ms."
    type: str
  update_write_only:
    description:
      - What to do with address parts the carrier never returns (at QuestBlue all of them).
      - V(on_create) sends the address when none is set; V(always) re-sends it on every run and reports C(changed).
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: Register the office address for 911
  voip.carrier.e911:
    provider: questblue
    number: "+19195550123"
    name: ACME Corp
    street_number: "100"
    street_name: Main St
    unit_type: STE
    unit_number: "200"
    city: Raleigh
    region: NC
    postal_code: "27601"

- name: The office moved; re-send the address (QuestBlue cannot return it to compare)
  voip.carrier.e911:
    provider: questblue
    number: "+19195550123"
    name: ACME Corp
    street_number: "5"
    street_name: Oak Ave
    city: Durham
    region: NC
    postal_code: "27701"
    update_write_only: always

- name: Remove the emergency address
  voip.carrier.e911:
    provider: questblue
    number: "+19195550123"
    state: absent
"""

RETURN = r"""
e911:
  description:
    - The emergency address after the run, as far as the carrier reports it. At QuestBlue only C(number)
      and C(provider) when an address was already set (the address itself is not readable).
  returned: always
  type: dict
  sample: {"number": "+19195550123", "provider": "questblue"}
not_compared:
  description: Address parts you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when an address was already set
  type: list
  elements: str
  sample: [city, name, postal_code, region, street_name]
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import resource_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import ResourceEngine
from ansible_collections.voip.carrier.plugins.module_utils.models import E911


def main():
    argument_spec = resource_argument_spec(
        number={"type": "str", "required": True},
        name={"type": "str"},
        street_number={"type": "str"},
        street_name={"type": "str"},
        unit_type={"type": "str"},
        unit_number={"type": "str"},
        city={"type": "str"},
        region={"type": "str"},
        postal_code={"type": "str"},
        country={"type": "str"},
        language={"type": "str"},
        email={"type": "str"},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    ResourceEngine(module, E911).run()


if __name__ == "__main__":
    main()
