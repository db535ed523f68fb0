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
  - "VoiceMeUp has no free pre-check (its number lookup is charged, see O(voip.carrier.lnp_request_info#module:lookup)
    of M(voip.carrier.lnp_request_info)), so there a number the account already holds fails the task before anything
    is submitted."
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
  - "VoiceMeUp: the request is created with C(update_port_request) and sent to VoiceMeUp's staff (its
    C(send_to_staff)) unless O(submit=false), which keeps it a draft. O(loa_file) and O(bill_file) go with it as a
    multipart upload. VoiceMeUp accepts changes only while the request is a draft (C(not_ready)) or rejected by its
    staff (C(rejected_by_staff)), and a change then sends the request again; an update replaces the whole request,
    so the module sends every field again from what VoiceMeUp shows, with your values over it. VoiceMeUp can
    neither cancel nor delete a port request: O(state=absent) fails before any request."
  - "VoiceMeUp statuses are reported in RV(lnp_request.carrier_status): C(not_ready) is C(draft); C(sent_to_staff),
    C(approved_by_staff), C(modified_by_staff), C(sent_to_provider) and C(tentative_confirm) are C(submitted) (with
    RV(lnp_request.tentative_foc_date) once the losing carrier proposed a date); C(firm_confirm) is C(foc);
    C(completed); C(rejected_by_staff), C(rejected_by_provider) and C(rejected_by_client) are C(rejected) (the
    reason in RV(lnp_request.reason)); C(cancelled_by_client) and C(expired) are C(cancelled). A request that
    expired, was cancelled, or was rejected by the losing carrier or the client has ended: it is ignored, and the
    numbers can be ported in a new one."
  - "VoiceMeUp names: O(company) is its C(organization), the name on the losing carrier's account (for
    O(location=residential), the account holder's name); O(location) its C(organization_type); O(street_number) and
    O(service_unit) are digits only (C(civic_number), C(unit_number)); O(region) is looked up in VoiceMeUp's list of
    states (C(get_states), one request a run). To submit, VoiceMeUp needs O(capacity), O(company), O(location),
    O(losing_carrier), O(street_number), O(street_name), O(city), O(region) and O(postal_code): checked before any
    write, also in check mode."
  - "VoIP Innovations' API can neither submit, change nor cancel a port-in: they are submitted in its Back Office. So
    this module fails there before any request, whatever O(state); follow a port with
    M(voip.carrier.lnp_request_info)."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  numbers:
    description:
      - The numbers to port, in any format M(voip.carrier.did) accepts. Order does not matter.
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request)."
    type: list
    elements: str
    required: true
  state:
    description:
      - V(present) submits (or updates) the request; V(absent) cancels it.
      - "VoiceMeUp: its API can neither cancel nor delete a port request, so V(absent) fails before any request."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); V(absent) at
        QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: [present, absent]
    default: present
  losing_carrier:
    description:
      - Name of the carrier the numbers leave. Required to submit.
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); fixed once created at
        VoIP.ms."
    type: str
  account_number:
    description:
      - The account number at the losing carrier. Required to submit.
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); fixed once created
        at VoIP.ms."
    type: str
  authorized_contact:
    description:
      - Name of the person authorised to port the numbers. Required to submit.
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); fixed once created
        at VoIP.ms."
    type: str
  contact_title:
    description:
      - That person's title. Required to submit.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
  street_number:
    description:
      - House number of the service address on the losing carrier's account. Required to submit.
      - "VoiceMeUp: digits only (its C(civic_number)); checked before any request."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); write-only at
        VoIP.ms."
    type: str
  street_prefix:
    description:
      - Directional prefix of the street (C(N), C(NE), ...).
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: ['None', N, NE, E, SE, S, SW, W, NW]
  street_name:
    description:
      - Street of the service address. Required to submit.
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); write-only at
        VoIP.ms."
    type: str
  street_suffix:
    description:
      - Directional suffix of the street.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: ['None', N, NE, E, SE, S, SW, W, NW]
  service_unit:
    description:
      - Suite or unit of the service address.
      - "VoiceMeUp: digits only (its C(unit_number)); write a suite's letters in O(instructions)."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); fixed once created at
        VoIP.ms."
    type: str
  city:
    description:
      - City of the service address. Required to submit.
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); fixed once created at
        VoIP.ms."
    type: str
  region:
    description:
      - State (or, for a Canadian address, province) of the service address, as its two-letter code.
      - "VoiceMeUp: checked before any request (with O(postal_code), as for M(voip.carrier.e911)), then sent as the
        C(state_id) VoiceMeUp's list of states (C(get_states)) gives it; required to submit."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); write-only at
        QuestBlue; fixed once created at VoIP.ms."
    type: str
  postal_code:
    description:
      - ZIP code of the service address. Required to submit.
      - "VoIP.ms: checked before any request against the country of the address (O(country)): a US ZIP
        (C(12345) or C(12345-6789)), or a Canadian postal code (C(A1A 1A1); sent and compared upper-case with
        the space, however it is written)."
      - "VoiceMeUp: checked before any request against the country (a US ZIP in O(region)'s state, or a Canadian
        postal code, written upper-case with the space)."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); fixed once created at
        VoIP.ms."
    type: str
  billing_number:
    description:
      - The billing telephone number (BTN) of the losing carrier's account. Required to submit.
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); fixed once created
        at VoIP.ms."
    type: str
  bill_file:
    description:
      - Path, on the host that runs the module, to a recent bill of the losing carrier (GIF, JPG, PNG or
        PDF, at most 5 MB). Required to submit.
      - "VoIP.ms: PDF, Word, BMP or JPG; optional, and attached to a submitted port that shows none (see the
        description)."
      - "VoiceMeUp: optional, any readable file, sent with the request (multipart, its C(bill)). While the request
        can change (a draft, or rejected by VoiceMeUp's staff), a request that shows no bill gets this one (a
        change); once it is submitted the option is not compared."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); write-only at
        QuestBlue; fixed once created at VoIP.ms."
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
      - "VoiceMeUp: its C(requested_firm_date), 3 to 15 business days (Monday to Friday) after today at the carrier
        (fixed UTC-05:00). Checked before anything is written, also in check mode: when sent, and when a draft that
        holds it is submitted. Compared while the request is a draft or rejected by VoiceMeUp's staff; VoiceMeUp
        then reports RV(lnp_request.tentative_foc_date) and RV(lnp_request.confirmed_foc_date)."
      - "Supported by: QuestBlue, VoiceMeUp (VoIP Innovations and VoIP.ms fail before any request)."
    type: str
  activate_time:
    description:
      - The hour to activate on the port date, C(HH:00).
      - "QuestBlue: in EST, which QuestBlue writes C(HH:00(EST)); taken as fixed UTC-05:00 all year (no daylight
        saving), which is what the carrier's own listings show."
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); write-only at
        QuestBlue."
    type: str
  service:
    description:
      - Whether the numbers are ported for voice or fax. Chosen at submission only.
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); fixed once created
        at QuestBlue and VoIP.ms."
    type: str
    choices: [voice, fax]
  partial_port:
    description:
      - Whether other numbers stay at the losing carrier on the same account.
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); fixed once created
        at VoIP.ms."
    type: bool
  extra_services:
    description:
      - Services that stay on the losing carrier's account. Required with O(partial_port=true).
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); write-only at
        QuestBlue; fixed once created at VoIP.ms."
    type: str
  location:
    description:
      - Whether the service address is a business or a residence.
      - "VoiceMeUp: its C(organization_type) (V(residential) is its C(personal)); required to submit."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); fixed once created at
        VoIP.ms."
    type: str
    choices: [business, residential]
  company:
    description:
      - The business name. Required with O(location=business).
      - "VoiceMeUp: its C(organization), the name on the losing carrier's account, 2 to 60 characters: the business,
        or for O(location=residential) the account holder's name. Required to submit."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); fixed once created at
        VoIP.ms."
    type: str
  wireless:
    description:
      - Whether the numbers are mobile numbers.
      - "QuestBlue: a mobile port takes no O(foc_date) (the carrier sets the date)."
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); fixed once created
        at VoIP.ms."
    type: bool
  wireless_pin:
    description:
      - The mobile account PIN (4 digits). Required with O(wireless=true). Never shown.
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); write-only at
        QuestBlue and VoIP.ms."
    type: str
  ssn_last4:
    description:
      - Last four digits of the account holder's SSN. Required with O(wireless=true). Never shown.
      - "VoIP.ms: required for US local and US fax ports."
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); write-only at
        QuestBlue and VoIP.ms."
    type: str
  lidb_listing:
    description:
      - Whether to list the numbers' caller name (LIDB).
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: bool
  toll_free_type:
    description:
      - "VoIP.ms only (its C(tfType)): where toll-free numbers come from and who may call them. Required to port
        toll-free numbers at VoIP.ms, refused for local numbers; checked before any request."
      - V(1) the current carrier is American and only callers in the US can reach the numbers.
      - V(2) the current carrier is American and callers in the US and Canada can reach the numbers.
      - V(3) the current carrier is Canadian.
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request); fixed once
        created at VoIP.ms."
    type: int
    choices: [1, 2, 3]
    version_added: 0.2.0
  country:
    description:
      - "The country of the service address, as on the losing carrier's records (VoIP.ms C(country), VoiceMeUp
        C(country_id)). It decides the format O(postal_code) must have."
      - Default for local numbers, the country of their area code; for toll-free numbers, the country the format
        of O(postal_code) shows.
      - "VoIP.ms: whether a local port is US or Canadian always follows the numbers, not this option."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request); fixed once created
        at VoIP.ms."
    type: str
    choices: [US, CA]
    version_added: 0.2.0
  imei:
    description:
      - "VoIP.ms only: the IMEI of the phone (15 digits; dial C(*#06#) on it). VoIP.ms documents it as required
        for every Canadian port (voice and fax) while its text speaks of mobiles; the module follows the rule
        and fails before any request without it."
      - Sent on submission only, never compared.
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request); write-only at
        VoIP.ms."
    type: str
    version_added: 0.2.0
  submit:
    description:
      - Whether to send the request to the carrier. V(false) creates (or keeps) a draft that can still be changed,
        and submits nothing; a submitted request cannot become a draft again (that fails before any request).
      - "VoiceMeUp: its C(send_to_staff). Default V(true): the request is submitted, and a draft is submitted on
        the next run without O(submit=false)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: bool
    version_added: 0.2.0
  capacity:
    description:
      - The number of simultaneous calls the ported numbers need. Required to submit at VoiceMeUp.
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: ['1-2', '2-5', '5-10', '10-15', '15-25', '25-50', '50+']
    version_added: 0.2.0
  features:
    description:
      - The services to bring along with the numbers, V(sms), V(mms) and V(t38) (fax). Order does not matter.
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: list
    elements: str
    choices: [sms, mms, t38]
    version_added: 0.2.0
  loa_file:
    description:
      - Path, on the host that runs the module, to the letter of authorization (LOA) the account holder signed,
        sent with the request (multipart, VoiceMeUp's C(loa)). VoiceMeUp's staff refuse a request without one.
      - While the request can change (a draft, or rejected by VoiceMeUp's staff), a request that shows no LOA gets
        this one (a change); once it is submitted the option is not compared.
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: path
    version_added: 0.2.0
  instructions:
    description:
      - Free text for the carrier with the request (VoiceMeUp's C(client_instructions)), such as the account
        number or the PIN at the losing carrier, or a new billing number, for which VoiceMeUp has no field.
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  wait_for:
    description:
      - Wait until the request reaches this status (or a later one). A rejected or cancelled request ends the
        wait with a failure. Not used in check mode.
      - "VoiceMeUp: V(foc) is its C(firm_confirm); its C(tentative_confirm) is still V(submitted). Every status
        read is one C(get_port_requests) of the request, drawn from the account's 1,200 requests an hour."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request)."
    type: str
    choices: [submitted, foc, completed]
  wait_timeout:
    description:
      - How long to wait for O(wait_for), in seconds.
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request)."
    type: int
    default: 600
  wait_interval:
    description:
      - Seconds between status reads while waiting.
      - At least 1, and never so short that the status reads alone would take more than a quarter of the
        account's request budget (see O(rate_limit)); a shorter value is raised to that floor.
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request)."
    type: int
    default: 30
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (see the description).
      - V(on_create) sends them on submission only; V(always) on every run, while the request can change.
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); it applies at
        QuestBlue to O(region), O(bill_file), O(activate_time), O(extra_services), O(wireless_pin), O(ssn_last4); at
        VoIP.ms to O(street_number), O(street_name), O(wireless_pin), O(ssn_last4), O(imei); no effect at VoiceMeUp
        (it returns every option); at VoIP.ms V(always) fails once the record exists (it cannot be changed)."
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: voip.carrier.lnp_request_info
  - module: voip.carrier.did
notes:
  - "Carrier support: QuestBlue with O(state=present) and O(state=absent); VoiceMeUp and VoIP.ms with O(state=present).
    Only at QuestBlue, VoiceMeUp and VoIP.ms: O(numbers), O(state), O(losing_carrier), O(street_number),
    O(street_name), O(service_unit), O(city), O(region), O(postal_code), O(bill_file), O(location), O(company),
    O(wait_for), O(wait_timeout), O(wait_interval), O(update_write_only). Only at QuestBlue and VoIP.ms:
    O(account_number), O(authorized_contact), O(billing_number), O(service), O(partial_port), O(extra_services),
    O(wireless), O(wireless_pin), O(ssn_last4). Only at QuestBlue: O(contact_title), O(street_prefix),
    O(street_suffix), O(activate_time), O(lidb_listing). Only at QuestBlue and VoiceMeUp: O(foc_date). Only at
    VoIP.ms: O(toll_free_type), O(imei). Only at VoiceMeUp and VoIP.ms: O(country). Only at VoiceMeUp: O(submit),
    O(capacity), O(features), O(loa_file), O(instructions). Write-only (never returned, so not compared; see
    O(update_write_only)): at QuestBlue O(region), O(bill_file), O(activate_time), O(extra_services), O(wireless_pin),
    O(ssn_last4); at VoIP.ms O(street_number), O(street_name), O(wireless_pin), O(ssn_last4), O(imei). Set at creation
    only: at QuestBlue and VoIP.ms O(service). VoIP.ms cannot change a record once created: a difference fails, naming
    the option. An option a carrier does not support fails before any request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: Port two numbers in at QuestBlue and wait for the FOC date
  voip.carrier.lnp_request:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
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
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
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

- name: Port a US business number in at VoIP.ms (a US local port needs the last four digits of the SSN)
  voip.carrier.lnp_request:
    provider: voipms
    numbers: ["+13055550150"]
    service: voice
    losing_carrier: Old Telco
    account_number: "778899"
    authorized_contact: Jane Doe
    street_number: "100"
    street_name: Main St
    service_unit: Suite 200
    city: Miami
    region: FL
    postal_code: "33101"
    billing_number: "+13055550150"
    location: business
    company: ACME Corp
    ssn_last4: "{{ vault_ssn_last4 }}"
    bill_file: files/old-telco-bill.pdf

- name: Prepare a VoiceMeUp port request as a draft, with the signed LOA (nothing is sent to VoiceMeUp's staff)
  voip.carrier.lnp_request:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    numbers: ["+15145551234", "+15145551235"]
    submit: false
    losing_carrier: Bell Canada
    company: ACME inc
    location: business
    loa_file: files/signed-loa.pdf

- name: Complete and submit it at VoiceMeUp, then wait for the firm date (VoiceMeUp's firm_confirm)
  voip.carrier.lnp_request:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    numbers: ["+15145551234", "+15145551235"]
    losing_carrier: Bell Canada
    company: ACME inc
    location: business
    street_number: "100"
    street_name: Rue Sainte-Catherine Ouest
    city: Montreal
    region: QC
    postal_code: H3B 1B1
    capacity: 2-5
    features: [sms]
    instructions: "Account 123-456-789, PIN 2468"
    loa_file: files/signed-loa.pdf
    bill_file: files/bell-bill.pdf
    wait_for: foc
    wait_timeout: 259200
    wait_interval: 3600
  register: montreal_port

- name: Show the FOC date
  ansible.builtin.debug:
    msg: "{{ port.lnp_request.status }} {{ port.lnp_request.confirmed_foc_date }}"

- name: Cancel the QuestBlue port-in (VoIP.ms cannot cancel one)
  voip.carrier.lnp_request:
    provider: questblue
    numbers: ["+19195551234", "+19195551235"]
    state: absent

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Port-in of the Durham office at QuestBlue
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: questblue
      api_username: "{{ questblue_username }}"
      api_password: "{{ questblue_password }}"
      api_key: "{{ questblue_security_key }}"
  tasks:
    - name: Submit it and wait for the FOC date
      voip.carrier.lnp_request:
        numbers: ["+19845550910"]
        losing_carrier: Old Telco
        account_number: "445566"
        authorized_contact: Jane Doe
        contact_title: Office manager
        street_number: "5"
        street_name: Oak Ave
        city: Durham
        region: NC
        postal_code: "27701"
        billing_number: "+19845550910"
        bill_file: files/durham-bill.pdf
        wait_for: foc
        wait_timeout: 10800
        wait_interval: 600
"""

RETURN = r"""
lnp_request:
  description:
    - The request after the run (as it was, for O(state=absent)); also returned when a wait for O(wait_for) gave up.
    - In check mode, for a request not yet submitted, the options you set (secrets masked), as nothing was submitted;
      the keys only the carrier reports (such as RV(lnp_request.status) and RV(lnp_request.request_ids)) are then
      absent.
    - A completed QuestBlue port leaves the carrier's list of requests, so it is reported with RV(lnp_request.numbers),
      RV(lnp_request.status) and RV(lnp_request.provider) only.
  returned: always
  type: dict
  contains:
    numbers:
      description: The numbers being ported, in E.164.
      returned: always
      type: list
      elements: str
      sample: ["+19195551234"]
    status:
      description: The request's status, V(draft), V(submitted), V(foc), V(completed), V(rejected) or V(cancelled).
      returned: when the request exists
      type: str
      sample: submitted
    carrier_status:
      description: "VoIP.ms and VoiceMeUp: the carrier's own status code, such as V(pending_approval) (VoIP.ms) or
        V(tentative_confirm) (VoiceMeUp)."
      returned: at VoIP.ms and VoiceMeUp, when the request exists
      type: str
      sample: pending_approval
    reason:
      description: "QuestBlue and VoiceMeUp: why the request was rejected."
      returned: at QuestBlue and VoiceMeUp, when the carrier gives a reason
      type: str
      sample: Invalid PIN
    pon:
      description: "VoiceMeUp: the port order number, C(PON) and 8 digits (RV(lnp_request.request_ids) holds the
        same request's C(port_request_id))."
      returned: at VoiceMeUp, when the request exists
      type: str
      sample: PON00001201
      version_added: 0.2.0
    submit:
      description: "VoiceMeUp: whether the request was sent to VoiceMeUp's staff (false for a draft)."
      returned: at VoiceMeUp, when the request exists, or when set
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
      description: The carrier's request ids (QuestBlue, one a number; VoiceMeUp, its C(port_request_id)).
      returned: when the request exists
      type: list
      elements: str
      sample: ["12345"]
    foc_date:
      description:
        - The port date while the request can still change, C(YYYY-MM-DD) in the carrier's time zone.
        - "QuestBlue: the requested O(foc_date), or else the date the carrier expects (submission day plus its
          FOC days)."
        - "VoiceMeUp: the requested O(foc_date) (its C(requested_firm_date))."
      type: str
      returned: at QuestBlue, while the request is submitted or a draft; at VoiceMeUp, while it is a draft or rejected
        by VoiceMeUp's staff, when a date was requested (and in check mode when set)
      sample: "2026-12-15"
      version_added: 0.2.0
    confirmed_foc_date:
      description: The port date the carrier confirmed, once it has.
      returned: when the carrier has confirmed a date
      type: str
      sample: "2026-12-15"
    created_at:
      description: When the request was submitted, as the carrier writes it.
      returned: when the request exists
      type: str
      sample: "2026-11-22 10:00:00"
    provider:
      description: The provider key.
      returned: when the request exists
      type: str
      sample: questblue
    losing_carrier:
      description: The carrier the numbers leave.
      returned: when the request exists, or when set
      type: str
      sample: Old Telco
    account_number:
      description: The account number at the losing carrier.
      returned: when the request exists, or when set
      type: str
      sample: A-123
    authorized_contact:
      description: The name of the person who authorized the port.
      returned: when the request exists, or when set
      type: str
      sample: Jane Doe
    contact_title:
      description: "QuestBlue: the title of the authorized contact."
      returned: at QuestBlue
      type: str
      sample: CTO
    street_number:
      description: The house number of the service address. VoIP.ms never returns it (shown in check mode when set).
      returned: at QuestBlue and VoiceMeUp; at VoIP.ms when set, in check mode
      type: str
      sample: "100"
    street_prefix:
      description: "QuestBlue: the direction before the street name, such as V(N)."
      returned: at QuestBlue
      type: str
      sample: N
    street_name:
      description: The street name of the service address. VoIP.ms never returns it (shown in check mode when set).
      returned: at QuestBlue and VoiceMeUp; at VoIP.ms when set, in check mode
      type: str
      sample: Main St
    street_suffix:
      description: "QuestBlue: the direction after the street name, such as V(SE)."
      returned: at QuestBlue
      type: str
      sample: SE
    service_unit:
      description: The unit of the service address (suite, floor ...).
      returned: when the request exists, or when set
      type: str
      sample: Suite 5
    city:
      description: The city of the service address.
      returned: when the request exists, or when set
      type: str
      sample: Greensboro
    region:
      description:
        - The state or province of the service address. QuestBlue never returns it (shown in check mode when set).
      returned: at VoIP.ms; at VoiceMeUp when the request has one; at QuestBlue when set, in check mode
      type: str
      sample: NC
    postal_code:
      description: The ZIP or postal code of the service address.
      returned: when the request exists, or when set
      type: str
      sample: "27401"
    country:
      description: "VoIP.ms and VoiceMeUp: the country of the service address, V(US) or V(CA)."
      returned: at VoIP.ms; at VoiceMeUp when the request has one
      type: str
      sample: US
      version_added: 0.2.0
    billing_number:
      description: The billing telephone number (BTN) at the losing carrier, in E.164.
      returned: when the carrier holds one, or when set
      type: str
      sample: "+19195551234"
    bill_file:
      description:
        - The path of the bill you set.
        - "VoIP.ms: while the port is not finished, present when RV(lnp_request.bill_attached) is true (the bill counts
          as attached). QuestBlue never returns the bill: shown in check mode."
        - "VoiceMeUp: as at VoIP.ms, while the request is a draft or rejected by VoiceMeUp's staff."
      returned: when O(bill_file) is set, at VoIP.ms and VoiceMeUp when the bill is attached, or in check mode
      type: str
      sample: /srv/ports/bill.pdf
    bill_attached:
      description: "VoIP.ms and VoiceMeUp: whether the port shows an attached bill."
      type: bool
      returned: at VoIP.ms and VoiceMeUp, when the request exists
      sample: true
      version_added: 0.2.0
    loa_file:
      description: "VoiceMeUp: the path of the LOA you set (present while the request can change when
        RV(lnp_request.loa_attached) is true; in check mode)."
      returned: at VoiceMeUp when O(loa_file) is set and the LOA is attached, or in check mode
      type: str
      sample: /srv/ports/signed-loa.pdf
      version_added: 0.2.0
    loa_attached:
      description: "VoiceMeUp: whether the request shows an attached letter of authorization (LOA)."
      type: bool
      returned: at VoiceMeUp, when the request exists
      sample: true
      version_added: 0.2.0
    capacity:
      description: "VoiceMeUp: the number of simultaneous calls the numbers need, such as V(2-5)."
      returned: at VoiceMeUp, when the request exists, or when set
      type: str
      sample: 2-5
      version_added: 0.2.0
    features:
      description: "VoiceMeUp: the services brought along with the numbers (V(sms), V(mms), V(t38)), sorted."
      returned: at VoiceMeUp, when the request exists, or when set
      type: list
      elements: str
      sample: [sms]
      version_added: 0.2.0
    instructions:
      description: "VoiceMeUp: the free text for the carrier that came with the request."
      returned: at VoiceMeUp, when the request exists, or when set
      type: str
      sample: Account 123-456-789
      version_added: 0.2.0
    activate_time:
      description: "QuestBlue: the activation hour you set (EST). QuestBlue never returns it (shown in check mode)."
      returned: at QuestBlue, when set, in check mode
      type: str
      sample: "09:00"
    service:
      description: V(voice) or V(fax).
      returned: when the request exists, or when set
      type: str
      sample: voice
    partial_port:
      description: Whether only some of the account's numbers are ported.
      returned: when the request exists, or when set
      type: bool
      sample: false
    extra_services:
      description:
        - The services on the numbers besides voice (VoIP.ms returns them; QuestBlue does not, shown in check mode).
      returned: at VoIP.ms when the request exists; when set, in check mode
      type: str
      sample: DSL
    location:
      description: V(business) or V(residential).
      returned: when the request exists, or when set
      type: str
      sample: business
    company:
      description: The company name of a business port (VoIP.ms, the statement name).
      returned: when the request exists, or when set
      type: str
      sample: ACME Corp
    wireless:
      description: Whether the numbers are mobile numbers.
      returned: when the request exists, or when set
      type: bool
      sample: false
    wireless_pin:
      description:
        - The account PIN of the mobile numbers, always masked. The carriers never return it (shown in check mode).
      returned: when set, in check mode
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    ssn_last4:
      description: The last 4 digits of the SSN, always masked. Never returned by the carriers (shown in check mode).
      returned: when set, in check mode
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    lidb_listing:
      description: "QuestBlue: whether the caller ID name (LIDB) listing is ported too."
      returned: at QuestBlue
      type: bool
      sample: false
    toll_free_type:
      description: "VoIP.ms: the toll-free type of a toll-free port (see O(toll_free_type))."
      type: int
      returned: at VoIP.ms, for toll-free ports
      sample: 2
      version_added: 0.2.0
    imei:
      description: "VoIP.ms: the IMEI you set. VoIP.ms never returns it (shown in check mode)."
      returned: at VoIP.ms, when set, in check mode
      type: str
      sample: "356938035643809"
    foc_days:
      description: "QuestBlue: business days to FOC that the portability check announced."
      returned: at QuestBlue, on the run that submitted the request
      type: int
      sample: 3
not_compared:
  description: Options you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when such options are set and the request already existed
  type: list
  elements: str
  sample: [bill_file]
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
  sample: foc_date
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
  sample: invalid_zip
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: Zip is missing or not valid
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
    VoiceMeUp as its request type (C(update_port_request)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: addLNPPort
maybe_applied:
  description:
    - V(true) when a write got no usable answer (a timeout, a dropped connection, a 5xx or unreadable answer) and a
      re-read could not show whether it took effect. The write was not sent again; run the task again, it reads first
      and converges.
  returned: on failure, when the outcome of a write is unknown
  type: bool
  sample: true
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
        submit={"type": "bool"},
        capacity={"type": "str", "choices": ["1-2", "2-5", "5-10", "10-15", "15-25", "25-50", "50+"]},
        features={"type": "list", "elements": "str", "choices": ["sms", "mms", "t38"]},
        loa_file={"type": "path"},
        instructions={"type": "str"},
        wait_for={"type": "str", "choices": ["submitted", "foc", "completed"]},
        wait_timeout={"type": "int", "default": 600},
        wait_interval={"type": "int", "default": 30},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    ResourceEngine(module, LNP_REQUEST, wait=waiter(module)).run()


if __name__ == "__main__":
    main()
