#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: lnp_request
short_description: Port numbers in from another carrier (LNP)
version_added: 0.1.0
description:
  - Submits a port-in request for one or more numbers with the losing carrier's details, reports its
    status and FOC (firm order commitment) date, updates it while the carrier allows, cancels it, and can
    wait until it reaches a status.
  - The request is identified by its set of O(numbers). A request that has completed is recognised (its numbers
    are in the account) and never submitted again.
  - Before submitting, each number's portability is checked with the carrier's pre-check; a number that cannot
    be ported fails the task before anything is submitted.
  - "QuestBlue accepts changes only while a request is C(draft) or C(submitted), and cancels only requests that
    are still active. It never returns O(region), O(bill_file), O(activate_time), O(extra_services),
    O(wireless_pin) or O(ssn_last4)."
  - "VoIP.ms can neither change nor cancel a port-in once submitted: a difference fails naming the option, and
    O(state=absent) fails before any request. The bill is attached with VoIP.ms' addLNPFile (PDF, Word, BMP or JPG).
    VoIP.ms statuses are reported in RV(lnp_request.carrier_status) and mapped to C(submitted), C(foc), C(completed),
    C(rejected) or C(cancelled) in RV(lnp_request.status)."
  - "VoIP.ms port types: local numbers are ported as US or Canadian by their area code (voice or fax by
    O(service)); toll-free numbers need O(toll_free_type). US and Canadian numbers, like toll-free and local
    numbers, go in separate requests. Canadian ports need O(imei) and a Canadian O(postal_code); US ports a US
    ZIP and O(ssn_last4). All of this is checked before any request, also in check mode."
  - "VoIP.ms bill: the port is created with addLNPPort and the bill attached with a second call (addLNPFile). If
    that second call fails, or the port's answer was lost, the task fails saying so, and a re-run finds the port,
    sees from VoIP.ms' attachment list that it has no bill, and attaches O(bill_file) (C(changed=true); check mode
    reports it without writing). A port that shows any attachment counts as having its bill (VoIP.ms cannot tell
    which file it is); on a completed, rejected or cancelled port O(bill_file) is not compared. Attaching a missing
    bill is the only change made to a submitted VoIP.ms port."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  numbers:
    description: The numbers to port, in any format M(voip.carrier.did) accepts. Order does not matter.
    type: list
    elements: str
    required: true
  state:
    description: V(present) submits (or updates) the request; V(absent) cancels it.
    type: str
    choices: [present, absent]
    default: present
  losing_carrier:
    description: Name of the carrier the numbers leave. Required to submit.
    type: str
  account_number:
    description: The account number at the losing carrier. Required to submit.
    type: str
  authorized_contact:
    description: Name of the person authorised to port the numbers. Required to submit.
    type: str
  contact_title:
    description: That person's title. Required to submit.
    type: str
  street_number:
    description: House number of the service address on the losing carrier's account. Required to submit.
    type: str
  street_prefix:
    description: Directional prefix of the street (C(N), C(NE), ...).
    type: str
    choices: ['None', N, NE, E, SE, S, SW, W, NW]
  street_name:
    description: Street of the service address. Required to submit.
    type: str
  street_suffix:
    description: Directional suffix of the street.
    type: str
    choices: ['None', N, NE, E, SE, S, SW, W, NW]
  service_unit:
    description: Suite or unit of the service address.
    type: str
  city:
    description: City of the service address. Required to submit.
    type: str
  region:
    description: State (or, for a Canadian address, province) of the service address, as its two-letter code.
    type: str
  postal_code:
    description:
      - ZIP code of the service address. Required to submit.
      - "VoIP.ms: checked before any request against the country of the address (O(country)): a US ZIP
        (C(12345) or C(12345-6789)), or a Canadian postal code (C(A1A 1A1); sent and compared upper-case with
        the space, however it is written)."
    type: str
  billing_number:
    description: The billing telephone number (BTN) of the losing carrier's account. Required to submit.
    type: str
  bill_file:
    description:
      - Path, on the host that runs the module, to a recent bill of the losing carrier (GIF, JPG, PNG or
        PDF, at most 5 MB). Required to submit.
      - "VoIP.ms: PDF, Word, BMP or JPG; optional, and attached to a submitted port that shows none (see the
        description)."
    type: path
  foc_date:
    description:
      - The requested port date, C(YYYY-MM-DD). Compared while the request can still change; once the carrier
        confirms a date it is reported as RV(lnp_request.confirmed_foc_date).
      - "QuestBlue: a day in the carrier's time zone, EST (fixed UTC-05:00, the zone of O(activate_time)); the
        date it answers in UTC is read back in EST, so an evening O(activate_time) does not move it to the next
        day. A date before today (in EST) fails before anything is written (also in check mode); a date
        requested earlier that has passed since is still compared, not refused. Not available with
        O(wireless=true): that fails before any request."
    type: str
  activate_time:
    description:
      - The hour to activate on the port date, C(HH:00).
      - "QuestBlue: in EST, which QuestBlue writes C(HH:00(EST)); taken as fixed UTC-05:00 all year (no daylight
        saving), which is what the carrier's own listings show."
    type: str
  service:
    description: Whether the numbers are ported for voice or fax. Chosen at submission only.
    type: str
    choices: [voice, fax]
  partial_port:
    description: Whether other numbers stay at the losing carrier on the same account.
    type: bool
  extra_services:
    description: Services that stay on the losing carrier's account. Required with O(partial_port=true).
    type: str
  location:
    description: Whether the service address is a business or a residence.
    type: str
    choices: [business, residential]
  company:
    description: The business name. Required with O(location=business).
    type: str
  wireless:
    description:
      - Whether the numbers are mobile numbers.
      - "QuestBlue: a mobile port takes no O(foc_date) (the carrier sets the date)."
    type: bool
  wireless_pin:
    description: The mobile account PIN (4 digits). Required with O(wireless=true). Never shown.
    type: str
  ssn_last4:
    description:
      - Last four digits of the account holder's SSN. Required with O(wireless=true). Never shown.
      - "VoIP.ms: required for US local and US fax ports."
    type: str
  lidb_listing:
    description: Whether to list the numbers' caller name (LIDB).
    type: bool
  toll_free_type:
    description:
      - "VoIP.ms only (its C(tfType)): where toll-free numbers come from and who may call them. Required to port
        toll-free numbers at VoIP.ms, refused for local numbers; checked before any request."
      - V(1) the current carrier is American and only callers in the US can reach the numbers.
      - V(2) the current carrier is American and callers in the US and Canada can reach the numbers.
      - V(3) the current carrier is Canadian.
    type: int
    choices: [1, 2, 3]
    version_added: 0.2.0
  country:
    description:
      - "VoIP.ms only: the country of the service address, as on the losing carrier's records (its C(country)).
        It decides the format O(postal_code) must have."
      - Default for local numbers, the country of their area code; for toll-free numbers, the country the format
        of O(postal_code) shows.
      - Whether a local port is US or Canadian always follows the numbers, not this option.
    type: str
    choices: [US, CA]
    version_added: 0.2.0
  imei:
    description:
      - "VoIP.ms only: the IMEI of the phone (15 digits; dial C(*#06#) on it). VoIP.ms documents it as required
        for every Canadian port (voice and fax) while its text speaks of mobiles; the module follows the rule
        and fails before any request without it."
      - Sent on submission only, never compared.
    type: str
    version_added: 0.2.0
  wait_for:
    description:
      - Wait until the request reaches this status (or a later one). A rejected or cancelled request ends the
        wait with a failure. Not used in check mode.
    type: str
    choices: [submitted, foc, completed]
  wait_timeout:
    description: How long to wait for O(wait_for), in seconds.
    type: int
    default: 600
  wait_interval:
    description:
      - Seconds between status reads while waiting.
      - At least 1, and never so short that the status reads alone would take more than a quarter of the
        account's request budget (see O(rate_limit)); a shorter value is raised to that floor.
    type: int
    default: 30
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (see the description).
      - V(on_create) sends them on submission only; V(always) on every run, while the request can change.
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: voip.carrier.lnp_request_info
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: Port two numbers in and wait for the FOC date
  voip.carrier.lnp_request:
    provider: questblue
    numbers: ["+19195551234", "+19195551235"]
    losing_carrier: Old Telco
    account_number: "123456"
    authorized_contact: Jane Doe
    contact_title: CTO
    street_number: "100"
    street_name: Main St
    city: Raleigh
    region: NC
    postal_code: "27601"
    billing_number: "+19195551234"
    bill_file: files/old-telco-bill.pdf
    location: business
    company: ACME Corp
    foc_date: "2026-12-15"
    wait_for: foc
    wait_timeout: 3600
    wait_interval: 300
  register: port

- name: Port a toll-free number in at VoIP.ms (American carrier, US and Canadian callers)
  voip.carrier.lnp_request:
    provider: voipms
    numbers: ["+18885550123"]
    toll_free_type: 2
    losing_carrier: Old Telco
    account_number: "123456"
    authorized_contact: Jane Doe
    street_number: "100"
    street_name: Main St
    city: Raleigh
    region: NC
    postal_code: "27601"
    bill_file: files/old-telco-bill.pdf

- name: Port a Canadian number in at VoIP.ms
  voip.carrier.lnp_request:
    provider: voipms
    numbers: ["+14165550123"]
    imei: "356938035643809"
    losing_carrier: Old Telco
    account_number: "123456"
    authorized_contact: Jean Tremblay
    street_number: "200"
    street_name: King St W
    city: Toronto
    region: "ON"
    postal_code: M5H 3T4
    bill_file: files/old-telco-bill.pdf

- name: Show the FOC date
  ansible.builtin.debug:
    msg: "{{ port.lnp_request.status }} {{ port.lnp_request.confirmed_foc_date }}"

- name: Cancel it
  voip.carrier.lnp_request:
    provider: questblue
    numbers: ["+19195551234", "+19195551235"]
    state: absent
"""

RETURN = r"""
lnp_request:
  description: The request after the run (as it was, for O(state=absent)).
  returned: always
  type: dict
  contains:
    numbers:
      description: The numbers being ported, in E.164.
      type: list
      elements: str
      sample: ["+19195551234"]
    status:
      description: The carrier's status, such as V(submitted), V(foc), V(completed) or V(rejected).
      type: str
      sample: submitted
    carrier_status:
      description: "VoIP.ms: the carrier's own status code, such as V(pending_approval)."
      type: str
      sample: pending_approval
    request_ids:
      description: The carrier's request ids.
      type: list
      elements: str
      sample: ["12345"]
    foc_date:
      description:
        - The port date while the request can still change, C(YYYY-MM-DD) in the carrier's time zone.
        - "QuestBlue: the requested O(foc_date), or else the date the carrier expects (submission day plus its
          FOC days)."
      type: str
      returned: at questblue, while the request is submitted or a draft
      sample: "2026-12-15"
      version_added: 0.2.0
    confirmed_foc_date:
      description: The port date the carrier confirmed, once it has.
      type: str
      sample: "2026-12-15"
    foc_days:
      description: Business days to FOC the portability check announced (on submission).
      type: int
      sample: 3
    created_at:
      description: When the request was submitted.
      type: str
      sample: "2026-11-22 10:00:00"
    provider:
      description: The provider key.
      type: str
      sample: questblue
    bill_attached:
      description: "VoIP.ms: whether the port shows an attached bill."
      type: bool
      returned: at voipms
      sample: true
      version_added: 0.2.0
    toll_free_type:
      description: "VoIP.ms: the toll-free type of a toll-free port (see O(toll_free_type))."
      type: int
      returned: at voipms, for toll-free ports
      sample: 2
      version_added: 0.2.0
    country:
      description: "VoIP.ms: the country of the service address."
      type: str
      returned: at voipms
      sample: US
      version_added: 0.2.0
not_compared:
  description: Options you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when such options are set and the request already existed
  type: list
  elements: str
  sample: [bill_file]
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
"""

import time

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import resource_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import ResourceEngine
from ansible_collections.voip.carrier.plugins.module_utils.errors import VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.models import (
    LNP_FAILED, LNP_PROGRESS, LNP_REQUEST, STREET_DIRECTIONS)

DIRECTIONS = list(STREET_DIRECTIONS)


def waiter(module):
    """Poll the request until it reaches ``wait_for`` (or later), fails, or the time runs out."""
    target = module.params["wait_for"]
    if not target:
        return None

    def wait(adapter, identity, record):
        deadline = time.monotonic() + module.params["wait_timeout"]
        # Every status read draws from the account's request budget like any other request.
        interval = adapter.client.budget.poll_interval(module.params["wait_interval"])
        while True:
            status = (record or {}).get("status")
            if status in LNP_PROGRESS and LNP_PROGRESS.index(status) >= LNP_PROGRESS.index(target):
                return record
            if status in LNP_FAILED:
                raise VoipCarrierError("the port-in of %s is %s%s while waiting for %s" % (
                    ", ".join(identity), status, ": %s" % record["reason"] if record.get("reason") else "", target),
                    lnp_request=LNP_REQUEST.masked(record))
            if time.monotonic() >= deadline:
                raise VoipCarrierError("the port-in of %s is still %s after %ss of waiting for %s; raise wait_timeout "
                                       "or run again later" % (", ".join(identity), status,
                                                               module.params["wait_timeout"], target),
                                       lnp_request=LNP_REQUEST.masked(record))
            time.sleep(interval)
            record = adapter.read(identity)
    return wait


def main():
    argument_spec = resource_argument_spec(
        numbers={"type": "list", "elements": "str", "required": True},
        losing_carrier={"type": "str"},
        account_number={"type": "str"},
        authorized_contact={"type": "str"},
        contact_title={"type": "str"},
        street_number={"type": "str"},
        street_prefix={"type": "str", "choices": DIRECTIONS},
        street_name={"type": "str"},
        street_suffix={"type": "str", "choices": DIRECTIONS},
        service_unit={"type": "str"},
        city={"type": "str"},
        region={"type": "str"},
        postal_code={"type": "str"},
        billing_number={"type": "str"},
        bill_file={"type": "path"},
        foc_date={"type": "str"},
        activate_time={"type": "str"},
        service={"type": "str", "choices": ["voice", "fax"]},
        partial_port={"type": "bool"},
        extra_services={"type": "str"},
        location={"type": "str", "choices": ["business", "residential"]},
        company={"type": "str"},
        wireless={"type": "bool"},
        wireless_pin={"type": "str", "no_log": True},
        ssn_last4={"type": "str", "no_log": True},
        lidb_listing={"type": "bool"},
        toll_free_type={"type": "int", "choices": [1, 2, 3]},
        country={"type": "str", "choices": ["US", "CA"]},
        imei={"type": "str"},
        wait_for={"type": "str", "choices": ["submitted", "foc", "completed"]},
        wait_timeout={"type": "int", "default": 600},
        wait_interval={"type": "int", "default": 30},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    ResourceEngine(module, LNP_REQUEST, wait=waiter(module)).run()


if __name__ == "__main__":
    main()
