#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: sip_trunk
short_description: Manage SIP trunks at a VoIP carrier
version_added: 0.1.0
description:
  - Creates, updates and deletes a SIP trunk, keyed by its name.
  - Only the options you set are compared and changed.
  - Numbers are routed to a trunk from the number side, with the O(voip.carrier.did#module:trunk) option of
    M(voip.carrier.did); the trunk reports the numbers routed to it in RV(sip_trunk.numbers).
  - "QuestBlue never returns a trunk's O(password), O(host), O(international_limit) or O(failover): they are
    sent when the trunk is created and, with O(update_write_only=always), on every run."
  - "VoIP.ms has no trunk object: a trunk is a sub-account (keyed by its username). VoIP.ms returns every option,
    the password included, so all are compared; the password is never shown. Which options each carrier supports
    is in docs/support-matrix.md."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  name:
    description:
      - The trunk name. At QuestBlue 1 to 15 letters and digits, unique across the whole carrier; it cannot
        be renamed.
    type: str
    required: true
  state:
    description:
      - V(present) creates or updates the trunk; V(absent) deletes it. Numbers routed to a deleted trunk
        are unrouted by the carrier (which warns about it).
    type: str
    choices: [present, absent]
    default: present
  auth_type:
    description:
      - V(ip) authenticates by source address (O(ip_address) or O(host)); V(credentials) by registration
        with user name and O(password). Chosen at creation only.
      - QuestBlue allows V(credentials) (registration) trunks only where its staff enabled them for the account.
    type: str
    choices: [ip, credentials]
  password:
    description:
      - The trunk password (QuestBlue 4 to 48 letters and digits). Never returned; masked in diffs.
      - Without it, QuestBlue generates a password it never discloses.
    type: str
  ip_address:
    description: The IP address the carrier sends calls to and accepts calls from (IP-authenticated trunks).
    type: str
  host:
    description: A host name to use instead of a fixed O(ip_address) (QuestBlue C(dynamic_host)).
    type: str
  enabled:
    description: Whether the trunk is enabled. A disabled trunk is locked and carries no calls.
    type: bool
  international_calls:
    description: Whether outbound international calls are allowed (the account must allow them).
    type: bool
  international_limit:
    description: Spending limit for international calls, in USD (1 to 1000). Needs O(international_calls=true).
    type: int
  failover:
    description: Move the trunk's calls to another IP address when it stops answering.
    type: dict
    suboptions:
      ip_address:
        description: The IP address calls fail over to.
        type: str
        required: true
      calls:
        description: How many unanswered calls within O(failover.minutes) trigger the failover (1-100).
        type: int
        required: true
      minutes:
        description: The time window, in minutes.
        type: int
        required: true
        choices: [2, 3, 5, 7, 10, 15, 20, 30]
  protocol:
    description: "VoIP.ms: V(sip) (default), V(iax2) or V(h323). Chosen at creation only."
    type: str
    choices: [sip, iax2, h323]
  description:
    description: "VoIP.ms: a description of the sub-account."
    type: str
  device_type:
    description: "VoIP.ms: V(pbx) (an IP PBX, gateway or switch; the default) or V(phone)."
    type: str
    choices: [pbx, phone]
  codecs:
    description: "VoIP.ms: the codecs allowed, such as C([ulaw, g729]); order does not matter. Default ulaw, g729, gsm."
    type: list
    elements: str
  dtmf_mode:
    description: "VoIP.ms: the DTMF mode, such as C(auto) (the default), C(inband), C(rfc2833) or C(info)."
    type: str
  nat:
    description: "VoIP.ms: NAT handling, C(yes) (the default), C(no) or C(route)."
    type: str
  caller_id_number:
    description: "VoIP.ms: a caller ID number that overrides the one the device sends."
    type: str
  international_route:
    description: "VoIP.ms: the route quality of international calls, V(value) (the default) or V(premium)."
    type: str
    choices: [value, premium]
  music_on_hold:
    description: "VoIP.ms: the music-on-hold class, such as C(default) or C(jazz)."
    type: str
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (at QuestBlue O(password), O(host),
        O(international_limit), O(failover)).
      - V(on_create) sends them only when the trunk is created; later runs list them in RV(not_compared).
      - V(always) sends them on every run and reports C(changed).
    type: str
    choices: [on_create, always]
    default: on_create
    aliases: [update_password]
seealso:
  - module: voip.carrier.sip_trunk_info
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: A trunk to the PBX, authenticated by IP address
  voip.carrier.sip_trunk:
    provider: questblue
    name: mainpbx
    auth_type: ip
    ip_address: 198.51.100.10
    password: "{{ vault_trunk_password }}"
    international_calls: false

- name: Route a number to it
  voip.carrier.did:
    provider: questblue
    number: "+19195550123"
    trunk: mainpbx

- name: Rotate the password (it cannot be read back, so send it)
  voip.carrier.sip_trunk:
    provider: questblue
    name: mainpbx
    password: "{{ vault_new_trunk_password }}"
    update_password: always

- name: Disable the trunk
  voip.carrier.sip_trunk:
    provider: questblue
    name: mainpbx
    enabled: false

- name: Delete it
  voip.carrier.sip_trunk:
    provider: questblue
    name: mainpbx
    state: absent
"""

RETURN = r"""
sip_trunk:
  description: The trunk after the run (as it was, for O(state=absent)).
  returned: always
  type: dict
  contains:
    name:
      description: The trunk name.
      type: str
      sample: mainpbx
    auth_type:
      description: V(ip) or V(credentials).
      type: str
      sample: ip
    ip_address:
      description: The trunk's IP address, V("") if none.
      type: str
      sample: 198.51.100.10
    enabled:
      description: Whether the trunk is enabled.
      type: bool
      sample: true
    international_calls:
      description: Whether international calls are allowed.
      type: bool
      sample: false
    numbers:
      description: The numbers routed to the trunk, in E.164.
      type: list
      elements: str
      sample: ["+19195550123"]
    provider:
      description: The provider key.
      type: str
      sample: questblue
not_compared:
  description: Options you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when such options are set and the trunk already existed
  type: list
  elements: str
  sample: [password]
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import FAILOVER_SPEC, resource_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import ResourceEngine
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK


def main():
    argument_spec = resource_argument_spec(
        write_only_aliases=["update_password"],
        name={"type": "str", "required": True},
        auth_type={"type": "str", "choices": ["ip", "credentials"]},
        password={"type": "str", "no_log": True},
        ip_address={"type": "str"},
        host={"type": "str"},
        enabled={"type": "bool"},
        international_calls={"type": "bool"},
        international_limit={"type": "int"},
        failover=FAILOVER_SPEC,
        protocol={"type": "str", "choices": ["sip", "iax2", "h323"]},
        description={"type": "str"},
        device_type={"type": "str", "choices": ["pbx", "phone"]},
        codecs={"type": "list", "elements": "str"},
        dtmf_mode={"type": "str"},
        nat={"type": "str"},
        caller_id_number={"type": "str"},
        international_route={"type": "str", "choices": ["value", "premium"]},
        music_on_hold={"type": "str"},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=[("ip_address", "host")])
    ResourceEngine(module, SIP_TRUNK).run()


if __name__ == "__main__":
    main()
