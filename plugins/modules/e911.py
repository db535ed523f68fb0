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
  - "Every address part the carrier requires is checked before any request is made, and so are the region (an
    ISO 3166-2 state, territory or province code), the postal code (a ZIP code that exists and lies in that
    state, or a Canadian postal code) and the unit type: a wrong emergency address sends help to the wrong place."
  - "QuestBlue never returns the address, only whether one is set, and has no call that validates it. An address
    that is already set is therefore not compared, and every such run warns that it cannot be verified. To
    make QuestBlue hold the address in the task, set O(resend_address=true): the address is sent on every run
    (and the task reports C(changed)). Without it, a changed address (an office move) is not sent."
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
    description:
      - Type of unit, such as C(Suite) or C(Apartment).
      - "VoIP.ms: one of its address types (e911AddressTypes): C(Apartment), C(Basement), C(Building),
        C(Department), C(Floor), C(Front), C(Hanger), C(Key), C(Lobby), C(Lot), C(Lower), C(Office), C(Penthouse),
        C(Pier), C(Rear), C(Room), C(Side), C(Slip), C(Space), C(Stop), C(Suite), C(Trailer), C(Unit), C(Upper), in
        any case. Their USPS abbreviations (C(APT), C(STE), C(FL), C(RM) ...) are accepted and sent as the VoIP.ms
        value (C(STE) becomes C(Suite)); anything else fails before any request."
      - "QuestBlue: sent as given (QuestBlue documents no list); needs O(unit_number)."
    type: str
  unit_number:
    description: Unit number or letter. Needs O(unit_type).
    type: str
  city:
    description: The city. Required for O(state=present).
    type: str
  region:
    description:
      - The two-letter code of the state, territory or province, such as C(NC), C(DC), C(PR) or (VoIP.ms,
        O(country=CA)) C(ON). It must be an ISO 3166-2 subdivision of the country. Required for O(state=present).
      - QuestBlue addresses must be in the US.
    type: str
  postal_code:
    description:
      - "US: the ZIP code (C(12345) or C(12345-6789)). It must be a ZIP code in use and lie in O(region), checked
        with the ZIP code data of the C(zipcodes) library; a ZIP code that data does not know fails (if it is a new
        ZIP code, upgrade C(zipcodes) on the host that runs the module)."
      - "Canada (VoIP.ms): the postal code, C(A1A 1A1), in any case and with or without the space."
      - Required for O(state=present).
    type: str
  country:
    description: "VoIP.ms: V(US) (the default) or V(CA). QuestBlue: not supported (addresses are in the US)."
    type: str
  language:
    description: "VoIP.ms: V(EN) (the default) or V(FR)."
    type: str
  email:
    description: "VoIP.ms: the contact e-mail address of the registration. Required for O(state=present) at VoIP.ms."
    type: str
  resend_address:
    description:
      - "QuestBlue: send the address on every run, even though an address is already set. QuestBlue never returns
        the address, so this is the only way to be sure it holds the one in the task (after a move, say); the task
        then reports C(changed) on every run."
      - V(false) sends the address only when none is set, and warns on every run that the existing one cannot be
        verified.
      - The same as O(update_write_only=always). VoIP.ms returns the address and compares it, so this has no
        effect there.
    type: bool
    default: false
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with address parts the carrier never returns (at QuestBlue all of them). Prefer O(resend_address).
      - V(on_create) sends the address when none is set; V(always) re-sends it on every run and reports C(changed).
    type: str
    choices: [on_create, always]
    default: on_create
requirements:
  - pycountry (ISO 3166-2 state, territory and province codes)
  - zipcodes (US ZIP codes and their states; bundled data, no network)
notes:
  - "The address checks use the data of C(pycountry) and C(zipcodes) on the host that runs the module, and run only
    for O(state=present). A ZIP code unknown to that data fails on purpose: a mistyped ZIP code is far more likely
    than one newer than the data, and an emergency address is not the place to guess."
seealso:
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: Register the office address for 911 at QuestBlue, and make QuestBlue hold it on every run
  # QuestBlue never returns the address: resend_address is the only way to be sure it is this one.
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
    resend_address: true

- name: The office moved to Durham; send the new address (without resend_address nothing would be sent)
  voip.carrier.e911:
    provider: questblue
    number: "+19195550123"
    name: ACME Corp
    street_number: "5"
    street_name: Oak Ave
    city: Durham
    region: NC
    postal_code: "27701"
    resend_address: true

- name: Register an address at VoIP.ms (validated with e911Validate first, compared on every run)
  voip.carrier.e911:
    provider: voipms
    number: "+13055550123"
    name: ACME Corp
    street_number: "100"
    street_name: Main St
    unit_type: Suite           # or STE; VoIP.ms takes the values of e911AddressTypes
    unit_number: "200"
    city: Miami
    region: FL
    postal_code: "33101"
    email: noc@example.com

- name: A Canadian address at VoIP.ms
  voip.carrier.e911:
    provider: voipms
    number: "+15145550123"
    name: ACME Corp
    street_number: "1000"
    street_name: Rue De La Gauchetiere O
    city: Montreal
    region: QC
    postal_code: H3B 2Y5
    country: CA
    language: FR
    email: noc@example.com

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
  description:
    - Address parts you set that the carrier cannot return, so they were neither compared nor sent (QuestBlue
      without O(resend_address)). Such a run also warns that the address cannot be verified.
  returned: when an address was already set and not re-sent
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
        resend_address={"type": "bool", "default": False},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    if module.params["resend_address"]:
        # The engine's one mechanism for values a carrier never returns: send them on every run.
        module.params["update_write_only"] = "always"
    ResourceEngine(module, E911).run()


if __name__ == "__main__":
    main()
