#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: did
short_description: Order, configure and release phone numbers (DIDs) at a VoIP carrier
version_added: 0.1.0
description:
  - Ensures a phone number is in the carrier account (ordering it if needed) with the given settings,
    or released from the account.
  - Only the options you set are compared and changed; an option left unset never overwrites what the
    carrier has.
  - Ordering a number spends money. An order is never re-sent after a timeout; the module re-reads
    the inventory to learn whether it went through.
  - Which options each carrier supports is in the collection's support matrix (docs/support-matrix.md); an option
    the carrier does not support fails before any request. QuestBlue cannot return O(forward_to) or O(port_out_pin);
    see O(update_write_only). VoIP.ms returns every option but O(record_calls), the port-out PIN included.
  - "VoIP.ms replaces a number's whole record on every update: the module reads it, merges your options and writes
    it back, so options you do not set keep their values. The one exception is O(record_calls), which VoIP.ms never
    returns: when you do not set it, every update resets call recording to VoIP.ms's default (off). Set it to keep
    it; the module then sends it with every update, whatever option triggered the update."
  - "VoIP.ms error codes are reported with the option they concern, for example
    C(voipms API error invalid_pin: port_out_pin: ...)."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  number:
    description:
      - The phone number, as 10 digits, 11 digits starting with 1, with any punctuation, or in E.164
        (C(+19195550123)). Returned in E.164.
    type: str
    required: true
  state:
    description:
      - V(present) orders the number if the account does not hold it, then applies the settings.
      - V(absent) releases the number from the account. This cannot be undone.
    type: str
    choices: [present, absent]
    default: present
  tier:
    description:
      - The QuestBlue service tier to order the number in, V(1), V(1b) (SMS-enabled) or V(2). It must
        be the tier the number was found in (see M(voip.carrier.available_did_info)).
      - Required to order a number at QuestBlue. It cannot be changed later; a different value for a
        number already held fails.
    type: str
    choices: ['1', '1b', '2']
  description:
    description:
      - A note on the number (QuestBlue C(note), at most 15 characters). V("") removes it.
    type: str
  trunk:
    description:
      - Name of the SIP trunk that receives the number's calls. The trunk must be active.
      - V("") unroutes the number.
      - "QuestBlue: before a number is ordered or re-routed (also in check mode) the trunk is read, and the task
        fails naming O(trunk) if it does not exist or is disabled, so that no number is bought that cannot be
        routed. QuestBlue itself refuses to route a number to an inactive trunk."
    type: str
  forward_to:
    description:
      - A North American number to forward inbound calls to.
      - Write-only at QuestBlue, see O(update_write_only).
    type: str
  cnam:
    description:
      - Whether CNAM (caller name lookup on inbound calls) is enabled.
    type: bool
  caller_id_name:
    description:
      - The caller ID name (LIDB) shown on outbound calls, 4 to 15 letters and digits.
    type: str
  port_out_pin:
    description:
      - The port-out security PIN, digits only, at least 4 (VoIP.ms 4 to 10). Secret; never shown, masked in diffs.
      - Write-only at QuestBlue, see O(update_write_only).
      - "VoIP.ms offers PINs only on selected US numbers (the lock icon in the portal, C(has_port_out_pin) in
        getDIDsUSA), never on Canadian or toll-free ones. Before ordering a number with a PIN, also in check mode, the
        module looks the number up (searchDIDsUSA, getDIDsUSA) and fails naming this option if it cannot take one, so
        nothing is bought. On a number already held, a Canadian or toll-free one fails before any request; for a US
        one VoIP.ms decides (C(invalid_pin)) and nothing is changed."
    type: str
  failover:
    description:
      - Move the number's calls to another IP address when the trunk stops answering.
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
        description: The time window, in minutes, in which O(failover.calls) are counted.
        type: int
        required: true
        choices: [2, 3, 5, 7, 10, 15, 20, 30]
  routing:
    description:
      - "VoIP.ms: where calls go, as C(header:target): C(account:100000_pbx) (a sub-account), C(fwd:1026) (a
        forwarding), C(vm:101) (a mailbox), C(sip:5096), C(sys:hangup), C(none:) and the other VoIP.ms headers."
      - Mutually exclusive with O(trunk), which sets C(account:<sub-account>) for you.
    type: str
  failover_busy:
    description: "VoIP.ms: where calls go when the target is busy (a routing target, see O(routing))."
    type: str
  failover_unreachable:
    description: "VoIP.ms: where calls go when the target is unreachable."
    type: str
  failover_noanswer:
    description: "VoIP.ms: where calls go when the target does not answer."
    type: str
  voicemail:
    description:
      - "VoIP.ms: the voicemail box of the number, by its mailbox number (digits, such as V(101) or V(1001)), V(\"\")
        for none."
      - "Mailboxes belong to the account: before the number is ordered or the box changed, also in check mode, the
        module checks that getVoicemails knows it, and fails naming this option if not."
    type: str
  pop:
    description:
      - "VoIP.ms: the server POP (C(server_pop) of getServersInfo) the number is served from. When a number is
        ordered without it, the POP VoIP.ms recommends is used."
    type: str
  dial_time:
    description: "VoIP.ms: seconds to ring the target before the failover applies (default 60 on order)."
    type: int
  caller_id_prefix:
    description: "VoIP.ms: text put before the caller ID name of inbound calls (under 20 characters)."
    type: str
  billing_type:
    description: "VoIP.ms: V(per_minute) or V(flat) rate billing (default V(per_minute) on order)."
    type: str
    choices: [per_minute, flat]
  record_calls:
    description:
      - "VoIP.ms: whether the number's calls are recorded."
      - "Write-only: VoIP.ms accepts it (setDIDInfo) but never returns it, so it cannot be compared and is listed in
        RV(not_compared). Its value is sent when the number is ordered, with every update (VoIP.ms replaces the whole
        record, and resets an unsent C(record_calls) to off), and on every run with O(update_write_only=always)."
      - "Left unset, the module does not manage it and any update turns call recording off."
    type: bool
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (QuestBlue O(forward_to), O(port_out_pin);
        VoIP.ms O(record_calls)), which therefore cannot be compared.
      - V(on_create) sends them only when the number is ordered, and, at a carrier that replaces the whole record on
        update (VoIP.ms), with every update another option triggers; runs without such an update list them in
        RV(not_compared) instead of reporting a change they cannot verify.
      - V(always) sends them on every run and reports C(changed).
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: voip.carrier.did_info
  - module: voip.carrier.available_did_info
notes:
  - QuestBlue reports E911 only as set or not set; manage the address with the e911 module.
"""

EXAMPLES = r"""
- name: Order a number found by available_did_info and route it to a trunk
  voip.carrier.did:
    provider: questblue
    api_username: "{{ qb_user }}"
    api_password: "{{ qb_password }}"
    api_key: "{{ qb_security_key }}"
    number: "+19195550123"
    tier: "1b"
    trunk: mainpbx
    description: Sales line
    caller_id_name: ACMESALES
    cnam: true

- name: Configure failover on a number already held (credentials from VOIP_CARRIER_* variables)
  voip.carrier.did:
    provider: questblue
    number: (919) 555-0123
    failover:
      ip_address: 198.51.100.20
      calls: 3
      minutes: 5

- name: Set a new port-out PIN, even though it cannot be read back
  voip.carrier.did:
    provider: questblue
    number: "9195550123"
    port_out_pin: "{{ vault_port_pin }}"
    update_write_only: always

- name: A VoIP.ms number routed to a sub-account, with a port-out PIN and call recording
  voip.carrier.did:
    provider: voipms
    number: "+17862285600"
    trunk: pbx1
    voicemail: "101"
    port_out_pin: "{{ vault_port_pin }}"
    record_calls: true

- name: Release a number
  voip.carrier.did:
    provider: questblue
    number: "+19195550123"
    state: absent
"""

RETURN = r"""
did:
  description: The number as the carrier holds it after the run (as it was, for O(state=absent)).
  returned: always
  type: dict
  contains:
    number:
      description: The number in E.164.
      type: str
      sample: "+19195550123"
    status:
      description: The carrier's status of the number.
      type: str
      sample: active
    tier:
      description: The QuestBlue service tier.
      type: str
      sample: "1b"
    type:
      description: V(local) or V(toll_free).
      type: str
      sample: local
    description:
      description: The note on the number.
      type: str
      sample: Sales line
    trunk:
      description: The SIP trunk the number is routed to, V("") if none.
      type: str
      sample: mainpbx
    caller_id_name:
      description: The caller ID name (LIDB).
      type: str
      sample: ACMESALES
    cnam:
      description: Whether CNAM is enabled; absent if the carrier has never reported it.
      type: bool
      sample: true
    failover:
      description: The failover settings, if any.
      type: dict
      sample: {"ip_address": "198.51.100.20", "calls": 3, "minutes": 5}
    e911:
      description: Whether an emergency address is set on the number.
      type: bool
      sample: false
    routing:
      description: "VoIP.ms: the routing target."
      type: str
      sample: account:100000_pbx
    pop:
      description: "VoIP.ms: the server POP."
      type: str
      sample: "1"
    billing_type:
      description: "VoIP.ms: V(per_minute) or V(flat)."
      type: str
      sample: per_minute
    provider:
      description: The provider key.
      type: str
      sample: questblue
not_compared:
  description:
    - Options you set that the carrier cannot return, so they were not compared (see O(update_write_only)).
      They were sent only if the number was updated at a carrier that replaces the whole record (VoIP.ms).
  returned: when such options are set and the number already existed
  type: list
  elements: str
  sample: [record_calls]
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import FAILOVER_SPEC, resource_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import ResourceEngine
from ansible_collections.voip.carrier.plugins.module_utils.models import DID


def main():
    argument_spec = resource_argument_spec(
        number={"type": "str", "required": True},
        tier={"type": "str", "choices": ["1", "1b", "2"]},
        description={"type": "str"},
        trunk={"type": "str"},
        forward_to={"type": "str"},
        cnam={"type": "bool"},
        caller_id_name={"type": "str"},
        port_out_pin={"type": "str", "no_log": True},
        failover=FAILOVER_SPEC,
        routing={"type": "str"},
        failover_busy={"type": "str"},
        failover_unreachable={"type": "str"},
        failover_noanswer={"type": "str"},
        voicemail={"type": "str"},
        pop={"type": "str"},
        dial_time={"type": "int"},
        caller_id_prefix={"type": "str"},
        billing_type={"type": "str", "choices": ["per_minute", "flat"]},
        record_calls={"type": "bool"},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=[("trunk", "routing")])
    ResourceEngine(module, DID).run()


if __name__ == "__main__":
    main()
