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
  - Each option says which carriers support it (see also the notes); an option the carrier does not support fails
    before any request. QuestBlue cannot return O(forward_to) or O(port_out_pin); see O(update_write_only). VoIP.ms
    returns every option but O(record_calls), the port-out PIN included.
  - "VoIP.ms replaces a number's whole record on every update: the module reads it, merges your options and writes
    it back, so options you do not set keep their values. The one exception is O(record_calls), which VoIP.ms never
    returns: when you do not set it, every update resets call recording to VoIP.ms's default (off). Set it to keep
    it; the module then sends it with every update, whatever option triggered the update."
  - "VoIP.ms error codes are reported with the option they concern, for example
    C(voipms API error invalid_pin: port_out_pin: ...)."
  - "VoiceMeUp adds a number from its stock with C(activate_new_did) (synchronous; its asynchronous back-orders,
    C(order_new_dids), are never used), then applies the settings with C(update_did). Every update sends
    C(preserve_missing_data=1), so settings the module does not manage (voicemail, IVR, SMS options ...) keep their
    values, and lists VoiceMeUp replaces whole (its C(options), the peers a number rings) are sent complete. Every
    VoiceMeUp message of a refusal is reported, each with the option it concerns, for example
    C(voicemeup API error friendly_name_invalid: friendly_name_invalid: Friendly name is invalid. (description: must
    be 2 to 32 characters))."
  - "VoiceMeUp allows 1,200 requests an hour per account (see O(rate_limit)): a run of this module costs one read,
    plus one write per change (two to add a number with settings); a O(trunk) costs one C(get_peers) per run."
  - "VoIP Innovations orders a number in two steps: C(reserveDID) holds it for this account (30 minutes at most),
    then C(assignDID) routes it to an endpoint group (O(trunk), required to order) with O(cnam) and O(description).
    O(caller_id_name), O(forward_to) and O(failover_number) follow, one call each; if one of them fails the number is
    still ordered, the task reports C(changed) and says what to run again. If the assignment itself fails the number
    stays reserved for this account until the time the message gives, and a re-run before then assigns it. Before
    ordering (also in check mode) the module reads the number (C(queryDID)), which must be available, the endpoint
    groups (C(AuditEndpointGroups), once per run) and, for O(caller_id_name), whether the number supports outbound
    CNAM storage, so that nothing is bought the task would then fail to configure."
  - "VoIP Innovations changes O(trunk), O(cnam) and O(description) together with C(configDID), always sent with the
    number's current values of the other two so that nothing is reset; its error codes are reported with the option
    they concern, for example C(voipinnovations API error 934: 934: Invalid name ... (caller_id_name: may hold
    letters, spaces and digits only) (UpdateCNAMDisplay))."
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
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    required: true
  state:
    description:
      - V(present) orders the number if the account does not hold it, then applies the settings.
      - V(absent) releases the number from the account. This cannot be undone.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    choices: [present, absent]
    default: present
  tier:
    description:
      - The QuestBlue service tier to order the number in, V(1), V(1b) (SMS-enabled) or V(2). It must
        be the tier the number was found in (see M(voip.carrier.available_did_info)).
      - Required to order a number at QuestBlue. It cannot be changed later; a different value for a
        number already held fails.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); fixed once
        created at QuestBlue."
    type: str
    choices: ['1', '1b', '2']
  description:
    description:
      - A note on the number (QuestBlue C(note), at most 15 characters; VoiceMeUp C(friendly_name), 2 to 32
        characters; VoIP Innovations the number's C(refId), a reference of your own). V("") removes it.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  trunk:
    description:
      - Name of the SIP trunk that receives the number's calls. The trunk must be active.
      - V("") unroutes the number.
      - "VoiceMeUp: a peer, by its C(peer_username) or its C(friendly_name) (see M(voip.carrier.sip_trunk)). Up to 5
        peers, separated by commas, ring in that order (C(client_peer_ids); the option C(enable_peer) is switched
        with it). Before a number is added or re-routed (also in check mode) the peers are read (C(get_peers), once
        per run), and the task fails naming O(trunk) if a name is unknown or shared by two peers. Returned as you
        spelled it when it names the same peers, otherwise by each peer's C(peer_username)."
      - "QuestBlue: before a number is ordered or re-routed (also in check mode) the trunk is read, and the task
        fails naming O(trunk) if it does not exist or is disabled, so that no number is bought that cannot be
        routed. QuestBlue itself refuses to route a number to an inactive trunk."
      - "VoIP Innovations: the endpoint group the number routes to (C(endpointId)), by its C(Name) or, when no group
        has that name, its numeric ID (see M(voip.carrier.sip_trunk_info)). Required to order a number; V(\"\") is
        refused (every number routes to an endpoint group). The groups are read once per run (C(AuditEndpointGroups))
        before a number is ordered or re-routed, also in check mode. Returned as you spelled it when it names the
        same group, otherwise by the group's name."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  forward_to:
    description:
      - A North American number to forward inbound calls to. V("") stops forwarding.
      - Write-only at QuestBlue, see O(update_write_only).
      - "VoiceMeUp: its C(forward_number) with the option C(enable_forwarding), switched with it; VoiceMeUp refuses a
        number of the same account (C(forward_number_used_by_did))."
      - "VoIP Innovations: C(SetDIDForward); calls then go to a VoIP Innovations server that forwards them, never to
        the endpoint group. V(\"\") sends C(RemoveDIDForward), which routes the number back to its endpoint group (or
        to O(trunk) when the same task sets it). Returned (C(queryDID)), so compared like any option. Cannot be set
        together with O(failover_number), which a forwarded number would never use."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP Innovations (VoIP.ms fails before any request); write-only at
        QuestBlue."
    type: str
  cnam:
    description:
      - Whether CNAM (caller name lookup on inbound calls) is enabled.
      - "VoIP Innovations: the inbound CNAM dip (C(cnam) of C(assignDID) and C(configDID))."
      - "Supported by: QuestBlue, VoIP Innovations, VoIP.ms (VoiceMeUp fails before any request)."
    type: bool
  caller_id_name:
    description:
      - The caller ID name (LIDB) shown on outbound calls, 4 to 15 letters and digits.
      - "VoiceMeUp: the caller ID name rewrite of the number (C(callerid_name_rewrite)), 3 to 15 characters; V(\"\")
        for none."
      - "VoIP Innovations: the outbound CNAM display (C(UpdateCNAMDisplay); V(\"\") sends C(RemoveCNAM)), 1 to 15
        letters, digits and spaces. Only numbers that support CNAM storage take one: the module checks it
        (C(queryDID)) before ordering or changing it, also in check mode, and fails naming this option if not."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP Innovations (VoIP.ms fails before any request)."
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
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request); write-only at
        QuestBlue."
    type: str
  failover:
    description:
      - Move the number's calls to another IP address when the trunk stops answering.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
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
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  failover_busy:
    description:
      - "VoIP.ms: where calls go when the target is busy (a routing target, see O(routing))."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  failover_unreachable:
    description:
      - "VoIP.ms: where calls go when the target is unreachable."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  failover_noanswer:
    description:
      - "VoIP.ms: where calls go when the target does not answer."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  voicemail:
    description:
      - "VoIP.ms: the voicemail box of the number, by its mailbox number (digits, such as V(101) or V(1001)), V(\"\")
        for none."
      - "Mailboxes belong to the account: before the number is ordered or the box changed, also in check mode, the
        module checks that getVoicemails knows it, and fails naming this option if not."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  pop:
    description:
      - "VoIP.ms: the server POP (C(server_pop) of getServersInfo) the number is served from. When a number is
        ordered without it, the POP VoIP.ms recommends is used."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  dial_time:
    description:
      - "VoIP.ms: seconds to ring the target before the failover applies (default 60 on order)."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: int
  caller_id_prefix:
    description:
      - "VoIP.ms: text put before the caller ID name of inbound calls (under 20 characters)."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  billing_type:
    description:
      - "VoIP.ms: V(per_minute) or V(flat) rate billing (default V(per_minute) on order)."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
    choices: [per_minute, flat]
  record_calls:
    description:
      - "VoIP.ms: whether the number's calls are recorded."
      - "Write-only: VoIP.ms accepts it (setDIDInfo) but never returns it, so it cannot be compared and is listed in
        RV(not_compared). Its value is sent when the number is ordered, with every update (VoIP.ms replaces the whole
        record, and resets an unsent C(record_calls) to off), and on every run with O(update_write_only=always)."
      - "Left unset, the module does not manage it and any update turns call recording off."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request); write-only at
        VoIP.ms."
    type: bool
    version_added: 0.2.0
  caller_id_number:
    description:
      - "VoiceMeUp: the caller ID number calls to this number are presented with (C(callerid_number_rewrite)), any
        format O(number) accepts, V(\"\") for none."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  enabled:
    description:
      - "VoiceMeUp: whether the number takes calls (its C(status), V(enabled) or V(disabled)). A disabled number stays
        in the account; O(state=absent) releases it."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: bool
    version_added: 0.2.0
  comments:
    description:
      - "VoiceMeUp: free-text comments on the number (C(comments)), besides O(description). V(\"\") removes them."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  failover_number:
    description:
      - "VoIP Innovations: the number calls go to when the number's endpoint group does not answer
        (C(UpdateDIDFailover)), any format O(number) accepts; V(\"\") removes it. Returned (C(queryDID))."
      - A forwarded number (O(forward_to)) never reaches its endpoint group, so both cannot be set; the module fails
        before any request when they would be, naming both options.
      - "Supported by: VoIP Innovations only (QuestBlue, VoiceMeUp and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns, which therefore cannot be compared (which
        ones, per carrier, is said below).
      - V(on_create) sends them only when the number is ordered, and, at a carrier that replaces the whole record on
        update (VoIP.ms), with every update another option triggers; runs without such an update list them in
        RV(not_compared) instead of reporting a change they cannot verify.
      - V(always) sends them on every run and reports C(changed).
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); it applies at QuestBlue to
        O(forward_to), O(port_out_pin); at VoIP.ms to O(record_calls); no effect at VoiceMeUp and VoIP Innovations
        (they return every option)."
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: voip.carrier.did_info
  - module: voip.carrier.available_did_info
notes:
  - QuestBlue reports E911 only as set or not set; manage the address with the e911 module.
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms with O(state=present) and O(state=absent).
    Only at QuestBlue: O(tier), O(failover). Only at QuestBlue, VoiceMeUp and VoIP Innovations: O(forward_to),
    O(caller_id_name). Only at QuestBlue, VoIP Innovations and VoIP.ms: O(cnam). Only at QuestBlue and VoIP.ms:
    O(port_out_pin). Only at VoIP.ms: O(routing), O(failover_busy), O(failover_unreachable), O(failover_noanswer),
    O(voicemail), O(pop), O(dial_time), O(caller_id_prefix), O(billing_type), O(record_calls). Only at VoiceMeUp:
    O(caller_id_number), O(enabled), O(comments). Only at VoIP Innovations: O(failover_number). Write-only (never
    returned, so not compared; see O(update_write_only)): at QuestBlue O(forward_to), O(port_out_pin); at VoIP.ms
    O(record_calls). Set at creation only: at QuestBlue O(tier). An option a carrier does not support fails before any
    request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: Order a QuestBlue number found by available_did_info and route it to a trunk
  voip.carrier.did:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
    number: "+19195550123"
    tier: "1b"
    trunk: mainpbx
    description: Sales line
    caller_id_name: ACMESALES
    cnam: true

- name: Configure QuestBlue failover on a number already held (credentials from VOIP_CARRIER_* variables)
  voip.carrier.did:
    provider: questblue
    number: (919) 555-0123
    failover:
      ip_address: 198.51.100.20
      calls: 3
      minutes: 5

- name: Set a new QuestBlue port-out PIN, even though QuestBlue cannot return it
  voip.carrier.did:
    provider: questblue
    number: "9195550123"
    port_out_pin: "{{ vault_port_pin }}"
    update_write_only: always

- name: Release a QuestBlue number
  voip.carrier.did:
    provider: questblue
    number: "+19195550123"
    state: absent

- name: A VoIP.ms number routed to the sub-account pbx1, with a port-out PIN and call recording
  voip.carrier.did:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    number: "+17862285600"
    trunk: pbx1
    voicemail: "101"
    port_out_pin: "{{ vault_port_pin }}"
    record_calls: true

- name: Order a VoIP.ms number on the Atlanta POP at a flat rate, with voicemail when the PBX does not answer
  voip.carrier.did:
    provider: voipms
    number: "+14045550142"
    routing: account:100000_pbx1     # <main account>_<sub-account>
    failover_busy: vm:101
    failover_unreachable: vm:101
    failover_noanswer: vm:101
    voicemail: "101"
    pop: "15"                        # server_pop of getServersInfo; the recommended one when unset
    dial_time: 30
    billing_type: flat
    caller_id_prefix: SALES
    description: Sales line

- name: Release a VoIP.ms number
  voip.carrier.did:
    provider: voipms
    number: "+14045550142"
    state: absent

- name: Add a VoiceMeUp number from its stock, ringing two peers in turn, with a caller ID rewrite
  voip.carrier.did:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    number: "+15145550200"
    description: Sales line
    trunk: office-pbx,backup-pbx       # peer_username or friendly_name of each peer
    caller_id_name: ACMESALES
    caller_id_number: "+15145550100"
    comments: managed by ansible

- name: Forward a VoiceMeUp number to a mobile and take it out of service for the night
  voip.carrier.did:
    provider: voicemeup
    number: "+15145550200"
    forward_to: "+15145550177"
    enabled: false

- name: Release a VoiceMeUp number
  voip.carrier.did:
    provider: voicemeup
    number: "+15145550200"
    state: absent

- name: Order a VoIP Innovations number, routed to an endpoint group, with outbound CNAM and a failover number
  voip.carrier.did:
    provider: voipinnovations
    api_username: "{{ vi_login }}"       # the API user's login
    api_password: "{{ vi_secret }}"      # its secret
    number: "+12125550110"
    trunk: Primary PBX                   # the endpoint group's name (or its ID)
    cnam: true                           # inbound CNAM dip
    description: sales-ny                # the number's refId
    caller_id_name: ACME SALES           # only numbers with CNAM storage take one
    failover_number: "+16465550100"

- name: Forward a VoIP Innovations number to a mobile, removing its failover (a forwarded number never uses one)
  voip.carrier.did:
    provider: voipinnovations
    number: "+12125550110"
    failover_number: ""
    forward_to: "+16465550177"

- name: Stop forwarding; the number goes back to the group named here
  voip.carrier.did:
    provider: voipinnovations
    number: "+12125550110"
    forward_to: ""
    trunk: Backup SBC

- name: Release a VoIP Innovations number
  voip.carrier.did:
    provider: voipinnovations
    number: "+12125550110"
    state: absent

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Number plan at QuestBlue
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: questblue
      api_username: "{{ questblue_username }}"
      api_password: "{{ questblue_password }}"
      api_key: "{{ questblue_security_key }}"
  tasks:
    - name: Route the sales numbers to mainpbx
      voip.carrier.did:
        number: "{{ item }}"
        trunk: mainpbx
        cnam: true
      loop: ["+19195550123", "+19195550124"]
"""

RETURN = r"""
did:
  description:
    - The number as the carrier holds it after the run (as it was, for O(state=absent)).
    - In check mode, for a number the account does not hold yet, the options you set (normalised, secrets masked), as
      nothing was ordered; the keys only the carrier reports (such as RV(did.status) and RV(did.type)) are then absent.
  returned: always
  type: dict
  contains:
    number:
      description: The number in E.164.
      returned: always
      type: str
      sample: "+19195550123"
    status:
      description:
        - The carrier's status of the number (VoIP.ms lists only active numbers, V(active)).
        - "VoiceMeUp: V(active), or V(disabled) for a number that does not take calls (see O(enabled))."
      returned: when the account holds the number
      type: str
      sample: active
    tier:
      description: "QuestBlue: the service tier, V(1), V(1b) or V(2)."
      returned: at QuestBlue
      type: str
      sample: "1b"
    type:
      description: V(local) or V(toll_free).
      returned: when the account holds the number
      type: str
      sample: local
    description:
      description: The note on the number, V("") if none.
      returned: when the account holds the number, or when set
      type: str
      sample: Sales line
    trunk:
      description:
        - The SIP trunk the number is routed to, V("") if none.
        - "VoIP.ms: the sub-account that RV(did.routing) names (C(account:<main account>_<sub-account>)), V(\"\") when
          the number is routed elsewhere."
        - "VoIP Innovations: the endpoint group, by name (as you spelled it when O(trunk) names the same group); V(\"\")
          for a number routed to none (unconfigured, or in personal inventory)."
      returned: when the account holds the number, or when set
      type: str
      sample: mainpbx
    forward_to:
      description:
        - "QuestBlue: the number inbound calls are forwarded to, in E.164. QuestBlue never returns it: it is the value
          you set, shown when the run sent it or would send it."
        - "VoiceMeUp: the forward number while forwarding is on (C(enable_forwarding)), V(\"\") otherwise."
        - "VoIP Innovations: the forward number (C(SetDIDForward)), V(\"\") when the number is not forwarded."
      returned: at QuestBlue, when set, in check mode or when O(update_write_only=always); at VoiceMeUp and VoIP
        Innovations
      type: str
      sample: "+19195550199"
    cnam:
      description: Whether CNAM is enabled. At QuestBlue absent if the carrier has never reported it.
      returned: when the carrier reports it, or when set
      type: bool
      sample: true
    caller_id_name:
      description: "QuestBlue: the caller ID name (LIDB); VoiceMeUp: the caller ID name rewrite; VoIP Innovations: the
        outbound CNAM display (C(cnamName)); V(\"\") if none."
      returned: at QuestBlue, VoiceMeUp and VoIP Innovations
      type: str
      sample: ACMESALES
    caller_id_number:
      description: "VoiceMeUp: the caller ID number rewrite, in E.164, V(\"\") if none."
      returned: at VoiceMeUp
      type: str
      sample: "+15145550100"
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
      description:
        - The port-out PIN, always masked as C(VALUE_SPECIFIED_IN_NO_LOG_PARAMETER).
        - "VoIP.ms: present when the number has a PIN. QuestBlue never returns it: present when set, in check mode or
          when O(update_write_only=always)."
      returned: when the number has a PIN (VoIP.ms), or when set
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
    failover_number:
      description: "VoIP Innovations: the number calls go to when the endpoint group does not answer, in E.164, V(\"\")
        if none."
      returned: at VoIP Innovations
      type: str
      sample: "+16465550150"
    e911:
      description: Whether an emergency address is set on the number.
      returned: when the account holds the number
      type: bool
      sample: false
    sms_available:
      description: "VoIP.ms and VoiceMeUp (C(sms_support)): whether the number can carry SMS (see
        M(voip.carrier.sms_config))."
      returned: at VoIP.ms and VoiceMeUp, when the account holds the number
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
      description:
        - "VoIP.ms: seconds to ring before a call counts as unanswered, as VoIP.ms returns it (a string). In check mode
          for a number not yet ordered, the integer you set."
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
    record_calls:
      description:
        - "VoIP.ms: whether calls are recorded. VoIP.ms never returns it: it is the value you set, shown in check mode."
      returned: at VoIP.ms, when set, in check mode
      type: bool
      sample: true
    provider:
      description: The provider key.
      returned: when the account holds the number
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
  sample: description
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description: "VoIP.ms: the carrier's own error code (its C(status)). QuestBlue errors carry no code."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: invalid_routing_header
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: Routing Header is missing or not valid
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
    VoiceMeUp as its request type (C(update_did)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: setDIDInfo
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
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.options import DID_MUTUALLY_EXCLUSIVE, DID_OPTIONS


def main():
    argument_spec = resource_argument_spec(number={"type": "str", "required": True}, **DID_OPTIONS)
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=DID_MUTUALLY_EXCLUSIVE)
    ResourceEngine(module, DID).run()


if __name__ == "__main__":
    main()
