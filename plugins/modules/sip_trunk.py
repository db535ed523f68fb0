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
  - "VoIP.ms has no trunk object: a trunk is a sub-account (keyed by its username). VoIP.ms returns every option but
    O(allow225), the password included, so they are compared; the password is never shown. Which options each carrier
    supports is in docs/support-matrix.md."
  - "VoIP.ms replaces the whole sub-account on every update: the module reads it, merges your options and writes it
    back. O(allow225) is never returned: when you do not set it, every update resets it to VoIP.ms's default (off);
    set it to keep it, and the module sends it with every update."
  - "At VoIP.ms every value is checked before any request (also in check mode): O(codecs), O(dtmf_mode), O(nat) against
    VoIP.ms's fixed lists, O(ip_address) against the addresses VoIP.ms refuses, O(caller_id_number) as a North American
    number, and O(music_on_hold) against the account's own classes (getMusicOnHold) before it is written. VoIP.ms error
    codes are reported with the option they concern, for example C(voipms API error invalid_musiconhold: music_on_hold: ...)."
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
    description:
      - The IP address the carrier sends calls to and accepts calls from (IP-authenticated trunks).
      - "VoIP.ms refuses reserved addresses (C(reserved_ip)): private (10/8, 172.16/12, 192.168/16, fc00::/7), shared
        (100.64/10), loopback, link-local, multicast, reserved and unspecified ones fail before any request. Give the
        public address your PBX sends from."
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
    description:
      - "VoIP.ms: the codecs allowed (getAllowedCodecs), such as C([ulaw, g729]); order does not matter. Default ulaw,
        g729, gsm. V(all) allows every codec."
    type: list
    elements: str
    choices: [ulaw, g729, gsm, all]
  dtmf_mode:
    description: "VoIP.ms: the DTMF mode (getDTMFModes), V(auto) (the default), V(inband), V(rfc2833) or V(info)."
    type: str
    choices: [auto, inband, info, rfc2833]
  nat:
    description: "VoIP.ms: NAT handling (getNAT), V(yes) (the default), V(no) or V(route)."
    type: str
    choices: ["yes", "no", route]
  caller_id_number:
    description:
      - "VoIP.ms: a caller ID number that overrides the one the device sends: a North American number in any form
        (10 digits, 11 starting with 1, E.164); VoIP.ms stores 10 digits. V(\"\") removes it."
    type: str
  international_route:
    description: "VoIP.ms: the route quality of international calls, V(value) (the default) or V(premium)."
    type: str
    choices: [value, premium]
  music_on_hold:
    description:
      - "VoIP.ms: the music-on-hold class, such as C(default) or C(jazz): a name of letters, digits, C(_) and C(-).
        Classes can be the account's own (setMusicOnHold), so before the value is written, also in check mode, the
        module checks that getMusicOnHold knows it, and fails naming this option if not."
    type: str
  allow225:
    description:
      - "VoIP.ms: whether calls to *225 announce the account balance (V(true)) or are rejected (V(false))."
      - "Write-only: VoIP.ms accepts it (createSubAccount, setSubAccount) but never returns it, so it cannot be compared
        and is listed in RV(not_compared). Its value is sent when the trunk is created, with every update (VoIP.ms
        replaces the whole sub-account, and resets an unsent C(allow225) to off), and on every run with
        O(update_write_only=always)."
      - "Left unset, the module does not manage it and any update turns the balance announcement off."
    type: bool
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (at QuestBlue O(password), O(host),
        O(international_limit), O(failover); at VoIP.ms O(allow225)).
      - V(on_create) sends them only when the trunk is created, and, at a carrier that replaces the whole record on
        update (VoIP.ms), with every update another option triggers; runs without such an update list them in
        RV(not_compared).
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

- name: A VoIP.ms sub-account as a trunk, with the *225 balance announcement kept on
  voip.carrier.sip_trunk:
    provider: voipms
    name: pbx1
    auth_type: ip
    ip_address: 203.0.113.7
    codecs: [ulaw, g729]
    dtmf_mode: rfc2833
    nat: "no"
    music_on_hold: jazz
    allow225: true

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
  description:
    - Options you set that the carrier cannot return, so they were not compared. They were sent only if the trunk was
      updated at a carrier that replaces the whole record (VoIP.ms).
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
        codecs={"type": "list", "elements": "str", "choices": ["ulaw", "g729", "gsm", "all"]},
        dtmf_mode={"type": "str", "choices": ["auto", "inband", "info", "rfc2833"]},
        nat={"type": "str", "choices": ["yes", "no", "route"]},
        caller_id_number={"type": "str"},
        international_route={"type": "str", "choices": ["value", "premium"]},
        music_on_hold={"type": "str"},
        allow225={"type": "bool"},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=[("ip_address", "host")])
    ResourceEngine(module, SIP_TRUNK).run()


if __name__ == "__main__":
    main()
