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
  - Returns the numbers the account holds with their settings, read from the account snapshot, that is the carrier's list
    calls at their largest page (QuestBlue C(GET /did), 200 numbers a request; VoIP.ms C(getDIDsInfo), every number
    in one answer; VoiceMeUp C(get_dids), every number in one answer, plus C(get_e911) for the E911 flag, 1000
    addresses a request, and C(get_peers) when numbers ring peers; VoIP Innovations C(auditDIDs), every number with
    its E911 flag in one answer, plus C(AuditEndpointGroups) once for the names of the endpoint groups), so
    thousands of numbers cost a handful of requests and never one request per number.
  - "VoiceMeUp lists released numbers with the status C(deleted) for a while: they are left out."
  - With O(include), the SMS settings and the pending port-ins come from the carrier's lists too.
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
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  pattern:
    description:
      - A digit pattern over the 10-digit national number, with C(*) matching any run of digits,
        such as C(919*) or C(*0100). Without C(*) the number must match exactly.
      - Mutually exclusive with O(number).
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  include:
    description:
      - What to read beyond the numbers and their own settings, each at the cost of the carrier's list call for it.
      - V(sms) adds RV(dids[].sms) (QuestBlue C(GET /sms), 200 numbers a request; nothing more at VoIP.ms, whose
        C(getDIDsInfo) carries it, nor at VoiceMeUp, whose C(get_dids) does; VoIP Innovations C(AuditSMS) with a
        blank number, every number in one answer).
      - V(port_in) adds RV(dids[].port_in) and lists the numbers of pending port-ins that the account does not hold
        yet, with RV(dids[].status) V(porting) (QuestBlue C(GET /lnp); VoIP.ms C(getLNPList); VoiceMeUp
        C(get_port_requests); VoIP Innovations C(getActivePorts)).
      - With O(number), the number is looked up in the same lists.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: list
    elements: str
    choices: [sms, port_in]
    default: []
    version_added: 0.2.0
seealso:
  - module: voip.carrier.did
notes:
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms. Every option works at every carrier."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: Every number in the QuestBlue account
  voip.carrier.did_info:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
  register: inventory

- name: QuestBlue numbers in area code 919
  voip.carrier.did_info:
    provider: questblue
    pattern: "919*"
  register: raleigh

- name: Every QuestBlue number with its SMS settings and pending port-ins (GET /did, /sms and /lnp lists)
  voip.carrier.did_info:
    provider: questblue
    include: [sms, port_in]
  register: full

- name: Numbers without an E911 address
  ansible.builtin.debug:
    msg: "{{ full.dids | rejectattr('e911') | map(attribute='number') }}"

- name: Which trunk is +19195550123 routed to?
  voip.carrier.did_info:
    provider: questblue
    number: "+19195550123"
  register: one

- name: Show it
  ansible.builtin.debug:
    msg: "{{ one.dids[0].trunk if one.dids else 'not held' }}"

- name: Every number in the VoIP.ms account (one getDIDsInfo call)
  voip.carrier.did_info:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
  register: voipms_numbers

- name: VoIP.ms numbers that ring the sub-account pbx1
  ansible.builtin.debug:
    msg: "{{ voipms_numbers.dids | selectattr('routing', 'equalto', 'account:100000_pbx1') | map(attribute='number') }}"

- name: The POP and billing of one VoIP.ms number
  voip.carrier.did_info:
    provider: voipms
    number: "+17862285600"
  register: one_voipms

- name: Every number in the VoiceMeUp account (get_dids, get_e911, and get_peers when numbers ring peers)
  voip.carrier.did_info:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
  register: voicemeup_numbers

- name: VoiceMeUp numbers that are out of service
  ansible.builtin.debug:
    msg: "{{ voicemeup_numbers.dids | rejectattr('enabled') | map(attribute='number') }}"

- name: Every number in the VoIP Innovations account (auditDIDs, and AuditEndpointGroups for the trunk names)
  voip.carrier.did_info:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
  register: vi_numbers

- name: VoIP Innovations numbers that fail over somewhere
  ansible.builtin.debug:
    msg: "{{ vi_numbers.dids | selectattr('failover_number') | map(attribute='number') }}"

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Inventory of a VoIP.ms account
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: voipms
      api_username: "{{ voipms_email }}"
      api_password: "{{ voipms_api_password }}"
  tasks:
    - name: Numbers in area code 786
      voip.carrier.did_info:
        pattern: "786*"
      register: miami

    - name: Count them
      ansible.builtin.debug:
        msg: "{{ miami.dids | length }} numbers in 786"
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
  contains:
    number:
      description: The number in E.164.
      returned: always
      type: str
      sample: "+19195550123"
    status:
      description:
        - The carrier's status of the number (VoIP.ms lists only active numbers, V(active)).
        - "VoiceMeUp: V(active), or V(disabled) for a number that does not take calls."
        - V(porting) for a number of a pending port-in that the account does not hold yet (with O(include=port_in)); such
          a record has only RV(dids[].number), RV(dids[].status), RV(dids[].provider), RV(dids[].e911),
          RV(dids[].port_in) and, with O(include=sms), RV(dids[].sms).
      returned: always
      type: str
      sample: active
    tier:
      description: "QuestBlue: the service tier, V(1), V(1b) or V(2)."
      returned: at QuestBlue
      type: str
      sample: "1b"
    type:
      description: V(local) or V(toll_free).
      returned: always
      type: str
      sample: local
    description:
      description: The note on the number, V("") if none.
      returned: always
      type: str
      sample: Sales line
    trunk:
      description:
        - The SIP trunk the number is routed to, V("") if none.
        - "VoIP.ms: the sub-account that the routing names (C(account:<main account>_<sub-account>)), V(\"\") when the
          number is routed elsewhere."
        - "VoIP Innovations: the endpoint group's name (its ID when the group has none)."
      returned: always
      type: str
      sample: mainpbx
    cnam:
      description: Whether CNAM is enabled. At QuestBlue absent if the carrier has never reported it.
      returned: when the carrier reports it
      type: bool
      sample: true
    caller_id_name:
      description: "QuestBlue: the caller ID name (LIDB); VoiceMeUp: the caller ID name rewrite; VoIP Innovations: the
        outbound CNAM display; V(\"\") if none."
      returned: at QuestBlue, VoiceMeUp and VoIP Innovations
      type: str
      sample: ACMESALES
    caller_id_number:
      description: "VoiceMeUp: the caller ID number rewrite, in E.164, V(\"\") if none."
      returned: at VoiceMeUp
      type: str
      sample: "+15145550100"
    forward_to:
      description: "VoiceMeUp (while forwarding is on) and VoIP Innovations: the number calls are forwarded to, in
        E.164, V(\"\") if none."
      returned: at VoiceMeUp and VoIP Innovations
      type: str
      sample: "+16135550123"
    failover_number:
      description: "VoIP Innovations: the number calls go to when the endpoint group does not answer, in E.164, V(\"\")
        if none."
      returned: at VoIP Innovations
      type: str
      sample: "+16465550150"
    enabled:
      description: "VoiceMeUp: whether the number takes calls."
      returned: at VoiceMeUp
      type: bool
      sample: true
    comments:
      description: "VoiceMeUp: the comments on the number, V(\"\") if none."
      returned: at VoiceMeUp
      type: str
      sample: managed by ansible
    port_out_pin:
      description: "VoIP.ms: the port-out PIN, always masked as C(VALUE_SPECIFIED_IN_NO_LOG_PARAMETER)."
      returned: at VoIP.ms, when the number has a PIN
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    failover:
      description: "QuestBlue: the failover settings, if any."
      returned: at QuestBlue, when failover is set
      type: dict
      sample: {"ip_address": "198.51.100.20", "calls": 3, "minutes": 5}
      contains:
        ip_address:
          description: The IP address calls fail over to.
          returned: always
          type: str
          sample: 198.51.100.20
        calls:
          description: Failed calls that trigger the failover.
          returned: always
          type: int
          sample: 3
        minutes:
          description: The time window of those calls, in minutes.
          returned: always
          type: int
          sample: 5
    e911:
      description: Whether an emergency address is set on the number.
      returned: always
      type: bool
      sample: false
    sms_available:
      description: "VoIP.ms and VoiceMeUp: whether the number can carry SMS."
      returned: at VoIP.ms and VoiceMeUp
      type: bool
      sample: true
    routing:
      description: "VoIP.ms: the routing target, C(header:target), such as C(account:100000_pbx) or C(sys:hangup)."
      returned: at VoIP.ms
      type: str
      sample: account:100000_pbx
    failover_busy:
      description: "VoIP.ms: where calls go when the line is busy, a routing target (C(none:) for none)."
      returned: at VoIP.ms
      type: str
      sample: "vm:101"
    failover_unreachable:
      description: "VoIP.ms: where calls go when the routing target cannot be reached (C(none:) for none)."
      returned: at VoIP.ms
      type: str
      sample: "none:"
    failover_noanswer:
      description: "VoIP.ms: where calls go when there is no answer, a routing target (C(none:) for none)."
      returned: at VoIP.ms
      type: str
      sample: "vm:101"
    voicemail:
      description: "VoIP.ms: the voicemail box of the number, V(\"\") if none."
      returned: at VoIP.ms
      type: str
      sample: "101"
    pop:
      description: "VoIP.ms: the server POP."
      returned: at VoIP.ms
      type: str
      sample: "1"
    dial_time:
      description: "VoIP.ms: seconds to ring before a call counts as unanswered."
      returned: at VoIP.ms
      type: str
      sample: "60"
    caller_id_prefix:
      description: "VoIP.ms: the text put before the caller ID name of inbound calls, V(\"\") if none."
      returned: at VoIP.ms
      type: str
      sample: MIA
    billing_type:
      description: "VoIP.ms: V(per_minute) or V(flat)."
      returned: at VoIP.ms
      type: str
      sample: per_minute
    provider:
      description: The provider key.
      returned: always
      type: str
      sample: questblue
    sms:
      description:
        - The number's SMS settings, as M(voip.carrier.sms_config) names them, with RV(dids[].sms.enabled).
        - When SMS is off, only RV(dids[].sms.enabled) (V(false)).
        - V(null) when the number cannot carry SMS (QuestBlue tiers 1 and 2, VoIP.ms C(sms_available) 0, a VoIP
          Innovations number C(AuditSMS) does not list).
      returned: with O(include=sms)
      type: dict
      sample: {"enabled": true, "mode": "email", "email": "sms@example.com", "url": ""}
      contains:
        enabled:
          description: Whether SMS is on.
          returned: always
          type: bool
          sample: true
        mode:
          description: "QuestBlue: where messages go, V(email), V(xmpp), V(email+xmpp) or V(url)."
          returned: at QuestBlue, when SMS is on
          type: str
          sample: email
        email:
          description: The e-mail address messages are delivered to, V("") if none.
          returned: when SMS is on
          type: str
          sample: sms@example.com
        url:
          description: The URL messages are posted to, V("") if none.
          returned: when SMS is on
          type: str
          sample: ""
        forward_to:
          description: "VoIP.ms and VoIP Innovations: the number messages are forwarded to, V(\"\") if none."
          returned: at VoIP.ms and VoIP Innovations, when SMS is on
          type: str
          sample: ""
        destination_type:
          description: "VoIP Innovations: where messages go (see M(voip.carrier.sms_config)), such as V(email), V(post)
            or V(forward)."
          returned: at VoIP Innovations, when SMS is on
          type: str
          sample: email
    port_in:
      description: The pending port-in (neither completed, rejected nor cancelled) that brings the number in, or V(null).
      returned: with O(include=port_in)
      type: dict
      sample: {"status": "submitted", "request_ids": ["10001"], "foc_date": "2026-12-03"}
      contains:
        status:
          description: The port-in status, V(draft), V(submitted) or V(foc), as M(voip.carrier.lnp_request) reports it.
          returned: always
          type: str
          sample: submitted
        carrier_status:
          description: "VoIP.ms: the carrier's own status word."
          returned: at VoIP.ms
          type: str
          sample: submitted
        request_ids:
          description: The carrier's port-in request ids.
          returned: always
          type: list
          elements: str
          sample: ["10001"]
        foc_date:
          description: The confirmed (or else requested) port date, YYYY-MM-DD, when the carrier has one.
          returned: when known
          type: str
          sample: "2026-12-03"
api_calls:
  description: The API requests this run made (also on failure).
  returned: always
  type: dict
  sample: {"reads": 3, "writes": 0, "retries": 0, "total": 3}
  contains:
    reads:
      description: Requests that only read.
      returned: always
      type: int
      sample: 3
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
      sample: 3
field:
  description: The module option a failure is about, when the task failed on a value refused before any request.
  returned: on failure, when an option value was refused
  type: str
  sample: pattern
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description: "VoIP.ms: the carrier's own error code (its C(status)). QuestBlue errors carry no code."
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
  description: The request that failed, QuestBlue as C(METHOD /path), VoIP.ms as the name of the API function,
    VoiceMeUp as its request type (C(get_dids)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: getDIDsInfo
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import info_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import run_info
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national, to_e164
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import SNAPSHOT_PARTS, read_account


def main():
    argument_spec = info_argument_spec(number={"type": "str"}, pattern={"type": "str"},
                                       include={"type": "list", "elements": "str", "choices": list(SNAPSHOT_PARTS),
                                                "default": []})
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=[("number", "pattern")])

    def produce(adapter):
        number, include = module.params["number"], module.params["include"]
        if number is not None and not include:
            current = adapter.read(to_e164(number))
            return {"dids": [DID.masked(current)] if current else []}
        # One number with more than its own settings: the same lists, narrowed to that number.
        pattern = nanp_national(to_e164(number), "number", adapter.provider) if number is not None else module.params["pattern"]
        return {"dids": read_account(adapter.client, include, pattern).numbers}

    run_info(module, "did", produce)


if __name__ == "__main__":
    main()
