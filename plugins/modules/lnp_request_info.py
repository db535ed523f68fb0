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
  - "VoiceMeUp lists every port request of the account in one C(get_port_requests), ended ones included; with
    O(numbers), the request is found by its numbers as M(voip.carrier.lnp_request) finds it, and its
    RV(lnp_requests[].region) read from VoiceMeUp's list of states."
  - "VoIP Innovations (port-ins are submitted in its Back Office; its API only reads them): without O(numbers), every
    active port in one C(getActivePorts); with O(numbers), the port that holds them, read with C(GetPortHistory) (one
    request a port), with the numbers' port history in RV(lnp_requests[].history); numbers of several ports fail
    naming the ports. VoIP Innovations' status is in RV(lnp_requests[].carrier_status): C(PENDING SIGNATURE) (the
    letter of authorization is not signed yet) is V(draft), C(SUBMITTED) V(submitted), C(FOC) V(foc) (with
    RV(lnp_requests[].confirmed_foc_date)), C(COMPLETE) V(completed), C(REJECTED) and C(CANCELLED) V(rejected) and
    V(cancelled). A completed port leaves the active list; its numbers are then in the account
    (M(voip.carrier.did_info)), on the port's RV(lnp_requests[].default_endpoint_group)."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes.INFO_MODULE
options:
  numbers:
    description:
      - Return only the request for these numbers (as M(voip.carrier.lnp_request) sees it, completed included).
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: list
    elements: str
  lookup:
    description:
      - "Also look each number of O(numbers) up with the carrier (VoiceMeUp's C(lookup_did)) and return what it
        says in RV(lookups): the carrier that holds the number now, its line type and whether it can be ported."
      - "B(VoiceMeUp charges every lookup), one per number and run: that is why it is made only when this option is
        V(true), never by M(voip.carrier.lnp_request) or any other module. The task warns how many were made."
      - "VoIP Innovations: its free portability check, C(isPortable), one request a number; RV(lookups) then says
        whether each number can be ported in (false also for a number already at VoIP Innovations or in an active
        port)."
      - Needs O(numbers); without them the task fails before any request.
      - "Supported by: VoiceMeUp, VoIP Innovations (QuestBlue and VoIP.ms fail before any request)."
    type: bool
    default: false
    version_added: 0.2.0
seealso:
  - module: voip.carrier.lnp_request
notes:
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms. Only at VoiceMeUp and VoIP Innovations:
    O(lookup). An option a carrier does not support fails before any request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: QuestBlue port-ins in flight
  voip.carrier.lnp_request_info:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
  register: ports

- name: Those with a confirmed date
  ansible.builtin.debug:
    msg: "{{ ports.lnp_requests | selectattr('status', '==', 'foc') | list }}"

- name: The VoIP.ms port-in of one toll-free number, with VoIP.ms' own status
  voip.carrier.lnp_request_info:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    numbers: ["+18885550123"]
  register: toll_free_port

- name: Show it
  ansible.builtin.debug:
    msg: "{{ toll_free_port.lnp_requests[0].carrier_status | default('no such port') }}"

- name: The VoiceMeUp port request of two numbers, and who holds them now (VoiceMeUp charges each lookup)
  voip.carrier.lnp_request_info:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    numbers: ["+15145551234", "+15145551235"]
    lookup: true
  register: montreal_port

- name: Show the status, the firm date and the numbers' current carrier
  ansible.builtin.debug:
    msg: >-
      {{ montreal_port.lnp_requests[0].carrier_status | default('no request') }}
      {{ montreal_port.lnp_requests[0].confirmed_foc_date | default('no firm date yet') }}
      {{ montreal_port.lookups | map(attribute='current_carrier') | list }}

- name: The VoIP Innovations port of two numbers, its history, and whether a third number could be ported
  voip.carrier.lnp_request_info:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
    numbers: ["+16175550160", "+16175550161"]
    lookup: true
  register: boston_port

- name: Show its status, FOC date and last history entry
  ansible.builtin.debug:
    msg: >-
      {{ boston_port.lnp_requests[0].carrier_status | default('no port') }}
      {{ boston_port.lnp_requests[0].confirmed_foc_date | default('no FOC date yet') }}
      {{ (boston_port.lnp_requests[0].history | default([{}]) | last).description | default('') }}

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Port-in report at VoIP.ms
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: voipms
      api_username: "{{ voipms_email }}"
      api_password: "{{ voipms_api_password }}"
  tasks:
    - name: Every port-in VoIP.ms lists
      voip.carrier.lnp_request_info:
      register: ports

    - name: Rejected ones
      ansible.builtin.debug:
        msg: "{{ ports.lnp_requests | selectattr('status', '==', 'rejected') | list }}"
"""

RETURN = r"""
lnp_requests:
  description:
    - The requests, each in the shape of the C(lnp_request) result of M(voip.carrier.lnp_request).
    - "VoIP.ms lists its ports with their status only; the details (address, contact ...) need one more request a port,
      made when O(numbers) names the port."
  returned: always
  type: list
  elements: dict
  sample:
    - numbers: ["+19195551234"]
      status: submitted
      request_ids: ["12345"]
      losing_carrier: Old Telco
      provider: questblue
  contains:
    numbers:
      description: The numbers being ported, in E.164.
      returned: always
      type: list
      elements: str
      sample: ["+19195551234"]
    status:
      description: The request's status, V(draft), V(submitted), V(foc), V(completed), V(rejected) or V(cancelled).
      returned: always
      type: str
      sample: submitted
    carrier_status:
      description: "VoIP.ms, VoiceMeUp and VoIP Innovations: the carrier's own status code, such as V(pending_approval)
        (VoIP.ms), V(tentative_confirm) (VoiceMeUp) or V(PENDING SIGNATURE) (VoIP Innovations)."
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations
      type: str
      sample: pending_approval
    reason:
      description: "QuestBlue and VoiceMeUp: why the request was rejected."
      returned: at QuestBlue and VoiceMeUp, when the carrier gives a reason
      type: str
      sample: Invalid PIN
    pon:
      description: "VoiceMeUp: the port order number, C(PON) and 8 digits."
      returned: at VoiceMeUp
      type: str
      sample: PON00001201
      version_added: 0.2.0
    submit:
      description: "VoiceMeUp: whether the request was sent to VoiceMeUp's staff (false for a draft)."
      returned: at VoiceMeUp
      type: bool
      sample: true
      version_added: 0.2.0
    tentative_foc_date:
      description: "VoiceMeUp: the port date the losing carrier proposed (its C(tentative_confirm)), before it is firm."
      returned: at VoiceMeUp, once the losing carrier proposed a date
      type: str
      sample: "2026-12-15"
      version_added: 0.2.0
    request_ids:
      description: The carrier's request ids.
      returned: always, except for a completed QuestBlue port (which leaves the carrier's list)
      type: list
      elements: str
      sample: ["12345"]
    foc_date:
      description:
        - "QuestBlue: the port date while the request can still change, C(YYYY-MM-DD) in the carrier's time zone."
        - "VoiceMeUp: the requested port date (its C(requested_firm_date)), while the request is a draft or rejected by
          VoiceMeUp's staff."
        - "VoIP Innovations: the port date asked for (its C(requestedFocDate))."
      returned: at QuestBlue, while the request is submitted or a draft; at VoiceMeUp, while it can change, when a
        date was requested; at VoIP Innovations, when the port has one
      type: str
      sample: "2026-12-15"
    confirmed_foc_date:
      description: The port date the carrier confirmed, once it has.
      returned: when the carrier has confirmed a date
      type: str
      sample: "2026-12-15"
    created_at:
      description: When the request was submitted, as the carrier writes it (VoIP Innovations, ISO 8601).
      returned: at QuestBlue and VoIP Innovations; at VoIP.ms when O(numbers) is set
      type: str
      sample: "2026-11-22 10:00:00"
    provider:
      description: The provider key.
      returned: always
      type: str
      sample: questblue
    losing_carrier:
      description: The carrier the numbers leave.
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set; at VoIP Innovations when it names one
      type: str
      sample: Old Telco
    account_number:
      description: The account number at the losing carrier.
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: A-123
    authorized_contact:
      description: The name of the person who authorized the port.
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: Jane Doe
    contact_title:
      description: "QuestBlue: the title of the authorized contact."
      returned: at QuestBlue
      type: str
      sample: CTO
    street_number:
      description: "QuestBlue and VoiceMeUp: the house number of the service address."
      returned: at QuestBlue and VoiceMeUp
      type: str
      sample: "100"
    street_prefix:
      description: "QuestBlue: the direction before the street name, such as V(N)."
      returned: at QuestBlue
      type: str
      sample: N
    street_name:
      description: "QuestBlue and VoiceMeUp: the street name of the service address."
      returned: at QuestBlue and VoiceMeUp
      type: str
      sample: Main St
    street_suffix:
      description: "QuestBlue: the direction after the street name, such as V(SE)."
      returned: at QuestBlue
      type: str
      sample: SE
    service_unit:
      description: The unit of the service address (suite, floor ...).
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: Suite 5
    city:
      description: The city of the service address.
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: Greensboro
    region:
      description: "VoIP.ms and VoiceMeUp: the state or province of the service address."
      returned: at VoIP.ms and VoiceMeUp, when O(numbers) is set (at VoiceMeUp, when the request has one)
      type: str
      sample: NC
    postal_code:
      description: The ZIP or postal code of the service address.
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: "27401"
    country:
      description: "VoIP.ms and VoiceMeUp: the country of the service address, V(US) or V(CA)."
      returned: at VoIP.ms, when O(numbers) is set; at VoiceMeUp, when the request has one
      type: str
      sample: US
    billing_number:
      description: The billing telephone number (BTN) at the losing carrier, in E.164.
      returned: when the carrier holds one (at VoIP.ms, when O(numbers) is set)
      type: str
      sample: "+19195551234"
    end_user:
      description: "VoIP Innovations: the end user the numbers are ported for (its C(endUser))."
      returned: at VoIP Innovations, when the port names one
      type: str
      sample: ACME Boston
      version_added: 0.2.0
    sales_rep:
      description: "VoIP Innovations: its sales representative for the port."
      returned: at VoIP Innovations, when the port names one
      type: str
      sample: Dana Reyes
      version_added: 0.2.0
    default_endpoint_group:
      description:
        - "VoIP Innovations: the endpoint group (trunk) the numbers route to once ported, by its ID (the C(id) of
          M(voip.carrier.sip_trunk_info))."
      returned: at VoIP Innovations, when the port has one
      type: int
      sample: 13550
      version_added: 0.2.0
    port_numbers:
      description: "VoIP Innovations: each number of the port as the port describes it."
      returned: at VoIP Innovations
      type: list
      elements: dict
      version_added: 0.2.0
      sample: [{"number": "+16175550160", "endpoint_group": 13550, "cnam": false, "e911": false, "tier": "1"}]
      contains:
        number:
          description: The number, in E.164.
          returned: always
          type: str
          sample: "+16175550160"
        endpoint_group:
          description: The ID of the endpoint group it routes to once ported.
          returned: when the port gives one
          type: int
          sample: 13550
        cnam:
          description: Whether inbound caller ID name (CNAM) look-ups are on for it once ported.
          returned: always
          type: bool
          sample: false
        e911:
          description: Whether the port includes an E911 record for it.
          returned: always
          type: bool
          sample: false
        tier:
          description: Its VoIP Innovations pricing tier.
          returned: when the port gives one
          type: str
          sample: "1"
        rate_center:
          description: Its rate center.
          returned: when the port gives one
          type: str
          sample: BOSTON
        region:
          description: Its state.
          returned: when the port gives one
          type: str
          sample: MA
        lata:
          description: Its LATA.
          returned: when the port gives one
          type: str
          sample: "128"
    history:
      description:
        - "VoIP Innovations, with O(numbers): the port history of the numbers (C(GetPortHistory)), oldest first: every
          step of every port of theirs."
      returned: at VoIP Innovations, when O(numbers) is set
      type: list
      elements: dict
      version_added: 0.2.0
      sample: [{"date": "2026-11-30T12:00:00+00:00", "status": "PENDING SIGNATURE",
                "description": "Port 7001: Port order received; waiting for the signed letter of authorization"}]
      contains:
        date:
          description: When the step happened (ISO 8601).
          returned: always
          type: str
          sample: "2026-11-30T12:00:00+00:00"
        status:
          description: VoIP Innovations' status from then on.
          returned: when given
          type: str
          sample: SUBMITTED
        description:
          description: What happened.
          returned: when given
          type: str
          sample: "Port 7001: Letter of authorization signed; port submitted to Verizon"
    bill_attached:
      description: "VoIP.ms and VoiceMeUp: whether the port shows an attached bill."
      returned: at VoIP.ms, when O(numbers) is set; at VoiceMeUp
      type: bool
      sample: true
    loa_attached:
      description: "VoiceMeUp: whether the request shows an attached letter of authorization (LOA)."
      returned: at VoiceMeUp
      type: bool
      sample: true
      version_added: 0.2.0
    capacity:
      description: "VoiceMeUp: the number of simultaneous calls the numbers need, such as V(2-5)."
      returned: at VoiceMeUp
      type: str
      sample: 2-5
      version_added: 0.2.0
    features:
      description: "VoiceMeUp: the services brought along with the numbers (V(sms), V(mms), V(t38)), sorted."
      returned: at VoiceMeUp
      type: list
      elements: str
      sample: [sms]
      version_added: 0.2.0
    instructions:
      description: "VoiceMeUp: the free text for the carrier that came with the request."
      returned: at VoiceMeUp
      type: str
      sample: Account 123-456-789
      version_added: 0.2.0
    service:
      description: V(voice) or V(fax).
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: voice
    partial_port:
      description: Whether only some of the account's numbers are ported.
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: bool
      sample: false
    extra_services:
      description: "VoIP.ms: the services on the numbers besides voice."
      returned: at VoIP.ms, when O(numbers) is set
      type: str
      sample: DSL
    location:
      description: V(business) or V(residential).
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: business
    company:
      description: The company name of a business port (VoIP.ms, the statement name).
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: str
      sample: ACME Corp
    wireless:
      description: Whether the numbers are mobile numbers.
      returned: at QuestBlue; at VoIP.ms when O(numbers) is set
      type: bool
      sample: false
    lidb_listing:
      description: "QuestBlue: whether the caller ID name (LIDB) listing is ported too."
      returned: at QuestBlue
      type: bool
      sample: false
    toll_free_type:
      description: "VoIP.ms: the toll-free type of a toll-free port."
      returned: at VoIP.ms, for toll-free ports, when O(numbers) is set
      type: int
      sample: 2
lookups:
  description:
    - "VoiceMeUp, with O(lookup=true): what the carrier's number lookup (C(lookup_did)) says of each number of
      O(numbers), in their order. VoiceMeUp charges each one."
    - "VoIP Innovations, with O(lookup=true): C(isPortable) of each number (RV(lookups[].number) and
      RV(lookups[].portable) only)."
  returned: when O(lookup=true)
  type: list
  elements: dict
  version_added: 0.2.0
  sample:
    - number: "+15145551234"
      current_carrier: Bell Canada
      line_type: landline
      portable: true
      rate_center: Montreal
      country: CA
      charged_amount: "0.0100"
      currency: CAD
  contains:
    number:
      description: The number looked up, in E.164.
      returned: always
      type: str
      sample: "+15145551234"
    current_carrier:
      description: The carrier that holds the number now.
      returned: when the carrier says
      type: str
      sample: Bell Canada
    line_type:
      description: The kind of line, such as V(landline), V(wireless), V(voip) or V(tollfree).
      returned: when the carrier says
      type: str
      sample: landline
    portable:
      description: Whether the number can be ported to the carrier.
      returned: when the carrier says
      type: bool
      sample: true
    rate_center:
      description: The number's rate center.
      returned: when the carrier says
      type: str
      sample: Montreal
    country:
      description: The number's country, V(US) or V(CA).
      returned: when the carrier says
      type: str
      sample: CA
    charged_amount:
      description: What the lookup cost, as the carrier writes it.
      returned: when the carrier says
      type: str
      sample: "0.0100"
    currency:
      description: The currency of RV(lookups[].charged_amount).
      returned: when the carrier says
      type: str
      sample: CAD
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
  sample: numbers
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description: "VoIP.ms and VoiceMeUp: the carrier's own error code (VoIP.ms its C(status), VoiceMeUp the C(code) of
    its first message). QuestBlue errors carry no code."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: invalid_portid
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: Port ID is missing or not valid
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
    VoiceMeUp as its request type (C(get_port_requests)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: getLNPDetails
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import info_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import run_info
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_REQUEST, e164_list


def main():
    argument_spec = info_argument_spec(numbers={"type": "list", "elements": "str"},
                                       lookup={"type": "bool", "default": False})
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)

    def produce(adapter):
        numbers = e164_list(module.params["numbers"], "numbers") if module.params["numbers"] else None
        # The carrier's number lookup is charged per call: only on request, and checked before any request.
        lookup = getattr(adapter, "lookup", None) if module.params["lookup"] else None
        if module.params["lookup"] and lookup is None:
            raise ValidationError("lookup", "%s has no number lookup; remove lookup (voicemeup and voipinnovations "
                                            "have one)" % adapter.provider)
        if module.params["lookup"] and not numbers:
            raise ValidationError("lookup", "needs numbers: the numbers to look up (each lookup is charged)")
        if numbers:
            current = adapter.read(numbers)
            result = {"lnp_requests": [LNP_REQUEST.masked(current)] if current else []}
        else:
            result = {"lnp_requests": [LNP_REQUEST.masked(row) for row in adapter.list()]}
        if lookup is not None:
            result["lookups"] = [{k: v for k, v in row.items() if v is not None} for row in lookup(numbers)]
        return result

    run_info(module, "lnp_request", produce)


if __name__ == "__main__":
    main()
