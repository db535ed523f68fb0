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
  - "VoiceMeUp: the account's peers (C(get_peers), one request), with the proxy (C(get_proxies)), the channel group
    (C(get_channels)) and the numbers (C(get_dids)) of each: four requests whatever the number of trunks. A peer
    that registers is named by its peer user name, any other by its friendly name."
  - "VoIP Innovations: the account's endpoint groups (C(AuditEndpointGroups), one request), by name, with their
    addresses, port, prepend, rate deck, strip settings, international setting and usage this month (read-only: they
    are changed in VoIP Innovations' Back Office). No numbers are listed per group: see
    M(voip.carrier.did_info)."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes.INFO_MODULE
options:
  name:
    description:
      - Return only the trunk of this name.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
seealso:
  - module: voip.carrier.sip_trunk
notes:
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms. Every option works at every carrier."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: All QuestBlue trunks
  voip.carrier.sip_trunk_info:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
  register: trunks

- name: Numbers routed to mainpbx
  ansible.builtin.debug:
    msg: "{{ (trunks.sip_trunks | selectattr('name', '==', 'mainpbx') | first).numbers }}"

- name: The VoIP.ms sub-account pbx1 (a trunk is a sub-account, named by its username)
  voip.carrier.sip_trunk_info:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    name: pbx1
  register: pbx1

- name: Its codecs and the numbers routed to it
  ansible.builtin.debug:
    msg: "{{ pbx1.sip_trunks[0].codecs }} {{ pbx1.sip_trunks[0].numbers }}"
  when: pbx1.sip_trunks

- name: Every VoiceMeUp trunk (peer), with its proxy, channel group and numbers
  voip.carrier.sip_trunk_info:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
  register: peers

- name: Trunks that draw on the account's own channels (no channel group)
  ansible.builtin.debug:
    msg: "{{ peers.sip_trunks | selectattr('channels.name', '==', 'System') | map(attribute='name') }}"

- name: The endpoint groups of a VoIP Innovations account, with their addresses and usage this month
  voip.carrier.sip_trunk_info:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
  register: vi_groups

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Trunk audit at QuestBlue
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: questblue
      api_username: "{{ questblue_username }}"
      api_password: "{{ questblue_password }}"
      api_key: "{{ questblue_security_key }}"
  tasks:
    - name: All trunks
      voip.carrier.sip_trunk_info:
      register: trunks

    - name: Disabled trunks
      ansible.builtin.debug:
        msg: "{{ trunks.sip_trunks | rejectattr('enabled') | map(attribute='name') }}"
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
  contains:
    name:
      description:
        - The trunk name (VoIP.ms, the sub-account username).
        - "VoiceMeUp: the peer user name of a trunk that registers, else the peer's friendly name."
      returned: always
      type: str
      sample: mainpbx
    account:
      description: "VoIP.ms: the sub-account's full name, C(<main account>_<name>), which routes numbers to it."
      returned: at VoIP.ms
      type: str
      sample: 100000_mainpbx
    auth_type:
      description: V(ip) or V(credentials).
      returned: always
      type: str
      sample: ip
    password:
      description: "VoIP.ms: the password, always masked as C(VALUE_SPECIFIED_IN_NO_LOG_PARAMETER)."
      returned: at VoIP.ms, when the sub-account has one (credentials authentication)
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    ip_address:
      description: The trunk's IP address, V("") if none (VoIP Innovations the endpoint group's first address).
      returned: always
      type: str
      sample: 198.51.100.10
    enabled:
      description: "QuestBlue, VoiceMeUp and VoIP Innovations (the endpoint group's C(Active)): whether the trunk is
        enabled."
      returned: at QuestBlue, VoiceMeUp and VoIP Innovations
      type: bool
      sample: true
    international_calls:
      description: Whether international calls are allowed (VoIP Innovations the endpoint group's C(International),
        read-only).
      returned: at QuestBlue, VoIP Innovations and VoIP.ms
      type: bool
      sample: false
    numbers:
      description:
        - "QuestBlue: the numbers routed to the trunk, in E.164."
        - "VoiceMeUp: the numbers that ring the peer (their C(peer_to_rings)), in E.164."
      returned: at QuestBlue and VoiceMeUp
      type: list
      elements: str
      sample: ["+19195550123"]
    protocol:
      description: "VoIP.ms: V(sip), V(iax2) or V(h323)."
      returned: at VoIP.ms
      type: str
      sample: sip
    description:
      description: "VoIP.ms: the sub-account's description; VoiceMeUp: the peer's comments; V(\"\") if none."
      returned: at VoIP.ms and VoiceMeUp
      type: str
      sample: Main PBX
    device_type:
      description: "VoIP.ms: V(pbx) or V(phone)."
      returned: at VoIP.ms
      type: str
      sample: pbx
    codecs:
      description: "VoIP.ms and VoiceMeUp: the allowed codecs, lower case and sorted."
      returned: at VoIP.ms and VoiceMeUp
      type: list
      elements: str
      sample: [g729, ulaw]
    dtmf_mode:
      description: "VoIP.ms and VoiceMeUp: the DTMF mode, such as V(auto) or V(rfc2833)."
      returned: at VoIP.ms and VoiceMeUp
      type: str
      sample: auto
    nat:
      description: "VoIP.ms: the NAT mode, V(yes), V(no) or V(route); VoiceMeUp: V(yes) or V(no)."
      returned: at VoIP.ms and VoiceMeUp
      type: str
      sample: "yes"
    caller_id_number:
      description:
        - "VoIP.ms and VoiceMeUp: the caller ID number of outbound calls, 10 digits, V(\"\") if none."
        - "VoiceMeUp: V(\"\") also when the peer's caller ID mode is not C(custom)."
      returned: at VoIP.ms and VoiceMeUp
      type: str
      sample: "7862285600"
    international_route:
      description: "VoIP.ms: the route of international calls, V(value) or V(premium)."
      returned: at VoIP.ms
      type: str
      sample: value
    music_on_hold:
      description: "VoIP.ms: the music-on-hold class, such as V(default)."
      returned: at VoIP.ms
      type: str
      sample: default
    port:
      description: "VoiceMeUp: the SIP port of an IP-authenticated trunk. VoIP Innovations: the endpoint group's port."
      returned: at VoiceMeUp, when the peer has one; at VoIP Innovations
      type: int
      sample: 5060
    transport:
      description: "VoiceMeUp: the SIP transport, V(udp), V(tcp) or V(tls)."
      returned: at VoiceMeUp
      type: str
      sample: udp
    max_calls:
      description: "VoiceMeUp: the trunk's own limit of simultaneous calls, V(0) for none."
      returned: at VoiceMeUp
      type: int
      sample: 0
    channels:
      description: "VoiceMeUp: the channel group the trunk uses (C(System): the channels of the account's plans)."
      returned: at VoiceMeUp
      type: dict
      sample: {"name": "System", "inbound": 0, "outbound": 0, "bidirectional": 10}
      contains:
        name:
          description: The group's name.
          returned: always
          type: str
          sample: System
        inbound:
          description: Channels for inbound calls only.
          returned: always
          type: int
          sample: 0
        outbound:
          description: Channels for outbound calls only.
          returned: always
          type: int
          sample: 0
        bidirectional:
          description: Channels for calls either way.
          returned: always
          type: int
          sample: 10
    proxy:
      description: "VoiceMeUp: the host name of the trunk's proxy (C(get_proxies))."
      returned: at VoiceMeUp
      type: str
      sample: mtl.voicemeup.example
    register_timeout:
      description: "VoiceMeUp: the registration timeout in seconds."
      returned: at VoiceMeUp
      type: int
      sample: 3600
    progress_timeout:
      description: "VoiceMeUp: the call progress timeout in seconds."
      returned: at VoiceMeUp, when the peer has one
      type: int
      sample: 5
    id:
      description: "VoIP Innovations: the endpoint group's ID (C(epg) of its numbers)."
      returned: at VoIP Innovations
      type: int
      sample: 13550
    ip_addresses:
      description: "VoIP Innovations: every IP address of the endpoint group (RV(sip_trunks[].ip_address) is the first)."
      returned: at VoIP Innovations
      type: list
      elements: str
      sample: ["203.0.113.10", "203.0.113.11"]
    prepend:
      description: "VoIP Innovations: the digits the endpoint group prepends, V(\"\") if none."
      returned: at VoIP Innovations
      type: str
      sample: ""
    rate_deck:
      description: "VoIP Innovations: the endpoint group's rate deck."
      returned: at VoIP Innovations
      type: str
      sample: Standard
    strip_plus:
      description: "VoIP Innovations: whether the endpoint group strips the C(+) of numbers it sends."
      returned: at VoIP Innovations
      type: bool
      sample: false
    strip_country_code:
      description: "VoIP Innovations: whether the endpoint group strips the country code (C(StripCC))."
      returned: at VoIP Innovations
      type: bool
      sample: false
    mtd_usage:
      description: "VoIP Innovations: the endpoint group's usage this month to date (C(MTDUsage))."
      returned: at VoIP Innovations
      type: float
      sample: 42.17
    client:
      description: "VoIP Innovations: the client (account) the endpoint group belongs to."
      returned: at VoIP Innovations
      type: str
      sample: Demo Client
    provider:
      description: The provider key.
      returned: always
      type: str
      sample: questblue
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
  sample: name
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description:
    - "VoIP.ms: the carrier's own error code (its C(status)). QuestBlue errors carry no code."
    - "VoiceMeUp: the first message code of the error answer."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: invalid_credentials
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: Username or Password is incorrect
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
  description:
    - The request that failed, QuestBlue as C(METHOD /path), VoIP.ms as the name of the API function, VoiceMeUp as
      the request type (such as C(get_peers)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: getSubAccounts
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
