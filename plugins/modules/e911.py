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
  - "VoiceMeUp returns the whole address, compared ignoring case. Street and city must match VoiceMeUp's E911 address
    database exactly, so every address is checked with VoiceMeUp's check_e911 before update_e911 sends it (in check
    mode too). An address VoiceMeUp knows under another spelling (C(Main Street) for C(Main St), C(Montreal) for
    C(Montréal)) fails with the addresses VoiceMeUp proposes, in the message and in RV(alternate_addresses), and
    nothing is written: write the address as VoiceMeUp does and run again."
  - "VoiceMeUp refuses to remove the account's default E911 address, and its API has no call that chooses another
    default (the VoiceMeUp portal does). Removing the account's last address succeeds with VoiceMeUp's warning that a
    911 call made before a new address is set is billed an unprovision fee."
  - "VoIP Innovations returns the whole address (C(query911)), street, unit and city upper-cased as it stores them,
    compared ignoring case. Every address is checked with VoIP Innovations' C(validate911) before C(insert911) or
    C(update911) sends it (in check mode too): VoIP Innovations removes the location of a number whose new address it
    cannot geocode, so an address C(validate911) does not know fails, naming the address options, and nothing is
    written (the number keeps the location it has). A new address is C(GEOCODED), then C(PROVISIONED) a little later,
    once VoIP Innovations' 911 provider has it: RV(e911.status) says which."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  number:
    description:
      - The phone number, in any format M(voip.carrier.did) accepts. It must be in the account.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    required: true
  state:
    description:
      - V(present) sets the address; V(absent) removes it.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    choices: [present, absent]
    default: present
  name:
    description:
      - Name of the person or business at the address. Required for O(state=present).
      - "VoiceMeUp: 2 to 32 characters."
      - "VoIP Innovations: the caller name of the location (C(callerName)), returned as written."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
    type: str
  street_number:
    description:
      - The house number.
      - "VoiceMeUp: digits only (its civic number is an integer), and required."
      - "VoIP Innovations: required, and one word with digits (C(100), C(12B)): it is sent before the street in one
        line (C(address1)), which is split at its first space when read."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
    type: str
  street_name:
    description:
      - The street name (with its type, such as C(Main St)). Required for O(state=present).
      - "VoiceMeUp: exactly as its E911 address database writes it (case does not matter); see the addresses it
        proposes when it does not."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
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
      - "VoiceMeUp: one of its address types, the same 24 words as at VoIP.ms (C(hanger) included) in any case, or
        their USPS abbreviations; sent and returned in lower case (C(STE) becomes C(suite)). Anything else fails
        before any request."
      - "VoIP Innovations: a USPS secondary unit designator, its abbreviation (C(STE), C(APT), C(FL), C(RM) ...) or its
        word (C(Suite), C(Apartment)) in any case; sent and returned as the abbreviation, before O(unit_number) in one
        line (C(address2), such as C(STE 111)). Anything else fails before any request. Unset, the unit VoIP
        Innovations holds is kept; V(\"\") removes it."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
    type: str
  unit_number:
    description:
      - Unit number or letter. Needs O(unit_type) (VoiceMeUp and VoIP Innovations fail without it before any request).
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
    type: str
  city:
    description:
      - The city. Required for O(state=present).
      - "VoiceMeUp: exactly as its E911 address database writes it, accents included (C(Montréal))."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
    type: str
  region:
    description:
      - The two-letter code of the state, territory or province, such as C(NC), C(DC), C(PR) or (VoIP.ms and
        VoiceMeUp, O(country=CA)) C(ON). It must be an ISO 3166-2 subdivision of the country. Required for
        O(state=present).
      - QuestBlue and VoIP Innovations addresses must be in the US.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
    type: str
  postal_code:
    description:
      - "US: the ZIP code (C(12345) or C(12345-6789)). It must be a ZIP code in use and lie in O(region), checked
        with the ZIP code data of the C(zipcodes) library; a ZIP code that data does not know fails (if it is a new
        ZIP code, upgrade C(zipcodes) on the host that runs the module)."
      - "Canada (VoIP.ms and VoiceMeUp): the postal code, C(A1A 1A1), in any case and with or without the space."
      - "VoIP Innovations: sent as C(zip) and C(plusFour). It may complete a 5-digit ZIP code with its +4; for a task
        that gives the 5-digit ZIP code, that is no difference."
      - Required for O(state=present).
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); write-only at QuestBlue."
    type: str
  country:
    description:
      - "VoIP.ms and VoiceMeUp: V(US) (the default) or V(CA). QuestBlue: not supported (addresses are in the US).
        VoIP Innovations: V(US) only."
      - "Supported by: VoiceMeUp, VoIP Innovations, VoIP.ms (QuestBlue fails before any request)."
    type: str
  language:
    description:
      - "VoIP.ms: V(EN) (the default) or V(FR)."
      - "VoiceMeUp: V(en) or V(fr) (in any case), the language of the emergency services, for Canadian addresses only
        (VoiceMeUp ignores it elsewhere, so it fails before any request with another O(country)); unset, VoiceMeUp
        uses the account's language."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: str
  email:
    description:
      - "VoIP.ms: the contact e-mail address of the registration. Required for O(state=present) at VoIP.ms."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  resend_address:
    description:
      - "QuestBlue: send the address on every run, even though an address is already set. QuestBlue never returns
        the address, so this is the only way to be sure it holds the one in the task (after a move, say); the task
        then reports C(changed) on every run."
      - V(false) sends the address only when none is set, and warns on every run that the existing one cannot be
        verified.
      - The same as O(update_write_only=always). VoIP.ms and VoiceMeUp return the address and compare it, so this has no
        effect there.
      - "VoIP Innovations returns the address and compares it too, but V(true) sends it again with C(update911) on every
        run (checked with C(validate911) first; the task reports C(changed)): to provision again a location that is
        C(INVALID), say."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); no effect at VoiceMeUp and
        VoIP.ms (they return every option)."
    type: bool
    default: false
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with address parts the carrier never returns (at QuestBlue all of them). Prefer O(resend_address).
      - V(on_create) sends the address when none is set; V(always) re-sends it on every run and reports C(changed).
      - "VoIP Innovations: V(always) sends the whole address again on every run, though it is returned (see
        O(resend_address))."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); it applies at QuestBlue to
        O(name), O(street_number), O(street_name), O(unit_type), O(unit_number), O(city), O(region), O(postal_code);
        at VoIP Innovations to O(name), O(street_number), O(street_name), O(unit_type), O(unit_number), O(city),
        O(region), O(postal_code), O(country); no effect at VoiceMeUp and VoIP.ms (they return every option)."
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
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms with O(state=present) and O(state=absent).
    Only at VoiceMeUp, VoIP Innovations and VoIP.ms: O(country). Only at VoiceMeUp and VoIP.ms: O(language). Only at
    VoIP.ms: O(email). Write-only (never returned, so not compared; see O(update_write_only)): at QuestBlue O(name),
    O(street_number), O(street_name), O(unit_type), O(unit_number), O(city), O(region), O(postal_code). An option a
    carrier does not support fails before any request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
seealso:
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: Register the office address for 911 at QuestBlue, and make QuestBlue hold it on every run
  # QuestBlue never returns the address: resend_address is the only way to be sure it is this one.
  voip.carrier.e911:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
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
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
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

- name: Register an address at VoiceMeUp (checked with check_e911 first, compared on every run)
  voip.carrier.e911:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    number: "+15145550100"
    name: ACME Inc
    street_number: "100"
    street_name: Boulevard Saint-Laurent   # as VoiceMeUp's address database writes it
    unit_type: STE                         # sent as VoiceMeUp's "suite"
    unit_number: "200"
    city: Montréal
    region: QC
    postal_code: H2X 2T3
    country: CA
    language: fr                           # Canadian addresses only
  register: vmu_e911
  # Written "Boul. St-Laurent", the task fails and vmu_e911.alternate_addresses holds the
  # addresses VoiceMeUp proposes; nothing is written.

- name: Register an address at VoIP Innovations (checked with validate911 first, compared on every run)
  voip.carrier.e911:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
    number: "+19195550123"
    name: ACME Corp
    street_number: "100"
    street_name: Main St
    unit_type: Suite           # sent and returned as STE
    unit_number: "200"
    city: Raleigh
    region: NC
    postal_code: "27601"
  register: vi_e911
  # vi_e911.e911.status is GEOCODED at first, PROVISIONED once VoIP Innovations' 911 provider has
  # the address. An address validate911 does not know fails and nothing is written.

- name: Provision the same address again at VoIP Innovations (its location is INVALID, say)
  voip.carrier.e911:
    provider: voipinnovations
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

- name: Remove the emergency address at QuestBlue
  voip.carrier.e911:
    provider: questblue
    number: "+19195550123"
    state: absent

- name: Remove the emergency address at VoIP.ms
  voip.carrier.e911:
    provider: voipms
    number: "+13055550123"
    state: absent

- name: Remove the emergency address at VoIP Innovations
  voip.carrier.e911:
    provider: voipinnovations
    number: "+19195550123"
    state: absent

- name: Remove the emergency address at VoiceMeUp (it refuses for the account's default address)
  voip.carrier.e911:
    provider: voicemeup
    number: "+15145550100"
    state: absent

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: E911 for the Miami office at VoIP.ms
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: voipms
      api_username: "{{ voipms_email }}"
      api_password: "{{ voipms_api_password }}"
  tasks:
    - name: The office address on every number of the office
      voip.carrier.e911:
        number: "{{ item }}"
        name: ACME Corp
        street_number: "100"
        street_name: Main St
        city: Miami
        region: FL
        postal_code: "33101"
        email: noc@example.com
      loop: ["+17862285600", "+17862285601"]
"""

RETURN = r"""
e911:
  description:
    - The emergency address after the run, as far as the carrier reports it (as it was, for O(state=absent)).
    - VoIP.ms returns the whole address, with parts upper-cased as it stores them.
    - VoiceMeUp returns the whole address, street and city as its E911 address database writes them.
    - VoIP Innovations returns the whole address, street, unit and city upper-cased, and RV(e911.status).
    - "QuestBlue never returns the address: after a run that sent it (a new address, or O(resend_address=true)) the
      parts are those you set; otherwise only RV(e911.number) and RV(e911.provider), when an address is set."
    - In check mode, for a number without an address, the parts you set, as nothing was sent.
  returned: always
  type: dict
  sample: {"number": "+19195550123", "provider": "questblue"}
  contains:
    number:
      description: The number in E.164.
      returned: always
      type: str
      sample: "+19195550123"
    name:
      description: The name of the person or business at the address.
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when the address was sent
      type: str
      sample: ACME Corp
    street_number:
      description: The house number, V("") if none.
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when set and sent
      type: str
      sample: "100"
    street_name:
      description: The street name.
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when the address was sent
      type: str
      sample: MAIN ST
    unit_type:
      description: The type of unit, such as C(Suite), V("") if none.
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when set and sent
      type: str
      sample: Suite
    unit_number:
      description: The unit number, V("") if none.
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when set and sent
      type: str
      sample: "200"
    city:
      description: The city.
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when the address was sent
      type: str
      sample: RALEIGH
    region:
      description: The two-letter state, territory or province code.
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when the address was sent
      type: str
      sample: NC
    postal_code:
      description:
        - The ZIP or postal code.
        - "VoIP Innovations: the ZIP+4 it holds, or the 5-digit ZIP code when the task gives that ZIP code."
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations when an address is set; at QuestBlue when the address was sent
      type: str
      sample: "27601"
    country:
      description: "VoIP.ms and VoiceMeUp: V(US) or V(CA). VoIP Innovations: V(US)."
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations, when an address is set
      type: str
      sample: US
    language:
      description:
        - "VoIP.ms: the language of the registration, V(EN) or V(FR)."
        - "VoiceMeUp: the language of the emergency services, V(en) or V(fr) for a Canadian address, V(\"\") elsewhere."
      returned: at VoIP.ms and VoiceMeUp, when an address is set
      type: str
      sample: EN
    email:
      description: "VoIP.ms: the contact e-mail address of the registration."
      returned: at VoIP.ms, when an address is set
      type: str
      sample: e911@example.com
    status:
      description:
        - "VoIP.ms: V(active), or V(pending) while VoIP.ms staff validate the address."
        - "VoIP Innovations: V(GEOCODED) (the address is geocoded, not yet at VoIP Innovations' 911 provider),
          V(PROVISIONED) (911 calls from the number get this address) or V(INVALID) (VoIP Innovations could not
          geocode it: 911 calls have no address; the task warns). A new or changed address is V(GEOCODED) first."
      returned: at VoIP.ms and VoIP Innovations, when an address is set
      type: str
      sample: active
    endpoint_id:
      description: "VoiceMeUp: the id of the address (its C(client_endpoint_id)), what a trunk's E911 setting names."
      returned: at VoiceMeUp, when an address is set and was read or written
      type: str
      sample: "9001"
      version_added: 0.2.0
    provider:
      description: The provider key.
      returned: when an address is set
      type: str
      sample: questblue
alternate_addresses:
  description:
    - "VoiceMeUp: the addresses it proposes when it knows the address of the task only under another spelling
      (check_e911 answered C(alternate_address_provided)); nothing was written. Write the address as one of them."
  returned: on failure, when VoiceMeUp proposed addresses
  type: list
  elements: dict
  version_added: 0.2.0
  sample: [{"street_number": "100", "street_name": "Boulevard Saint-Laurent", "unit_type": "", "unit_number": "",
            "city": "Montréal", "region": "QC", "postal_code": "H2X 2T3", "country": "CA"}]
  contains:
    street_number:
      description: The civic number.
      returned: always
      type: str
      sample: "100"
    street_name:
      description: The street, as VoiceMeUp writes it.
      returned: always
      type: str
      sample: Boulevard Saint-Laurent
    unit_type:
      description: The type of unit, V("") if none.
      returned: always
      type: str
      sample: suite
    unit_number:
      description: The unit number, V("") if none.
      returned: always
      type: str
      sample: "200"
    city:
      description: The city, as VoiceMeUp writes it.
      returned: always
      type: str
      sample: Montréal
    region:
      description: The two-letter state or province code.
      returned: always
      type: str
      sample: QC
    postal_code:
      description: The ZIP or postal code VoiceMeUp has for the street.
      returned: always
      type: str
      sample: H2X 2T3
    country:
      description: V(US) or V(CA).
      returned: always
      type: str
      sample: CA
not_compared:
  description:
    - Address parts you set that the carrier cannot return, so they were neither compared nor sent (QuestBlue
      without O(resend_address)). Such a run also warns that the address cannot be verified.
  returned: when an address was already set and not re-sent
  type: list
  elements: str
  sample: [city, name, postal_code, region, street_name]
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
  sample: postal_code
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description:
    - "VoIP.ms: the carrier's own error code (its C(status)). QuestBlue errors carry no code."
    - "VoiceMeUp: the code of its first message, such as C(alternate_address_provided), C(street_not_found) or
      C(entry_is_default_endpoint)."
    - "VoIP Innovations: its C(responseCode) (a number), such as C(101) (C(validate911) does not know the address)
      or C(909) (not a number of the account); C(INVALID) when a write came back unable to geocode the address."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: invalid_city
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: City is missing or not valid
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
    VoiceMeUp as its request type (C(check_e911)), VoIP Innovations as its SOAP operation (C(validate911)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: e911Update
maybe_applied:
  description:
    - V(true) when a write got no usable answer (a timeout, a dropped connection, a 5xx or unreadable answer) and a
      re-read could not show whether it took effect. The write was not sent again; run the task again, it reads first
      and converges.
  returned: on failure, when the outcome of a write is unknown
  type: bool
  sample: true
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import resource_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import ResourceEngine
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.options import E911_OPTIONS


def main():
    argument_spec = resource_argument_spec(number={"type": "str", "required": True}, **E911_OPTIONS)
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    if module.params["resend_address"]:
        # The engine's one mechanism for values a carrier never returns: send them on every run.
        module.params["update_write_only"] = "always"
    ResourceEngine(module, E911).run()


if __name__ == "__main__":
    main()
