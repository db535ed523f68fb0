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
    O(allow225), the password included, so they are compared; the password is never shown. Each option says which
    carriers support it (see also the notes)."
  - "VoIP.ms replaces the whole sub-account on every update: the module reads it, merges your options and writes it
    back. O(allow225) is never returned: when you do not set it, every update resets it to VoIP.ms's default (off);
    set it to keep it, and the module sends it with every update."
  - "VoiceMeUp calls a trunk a peer. A trunk that registers (O(auth_type=credentials), VoiceMeUp C(host_type) dynamic)
    is named by its peer user name, an IP-authenticated one (O(auth_type=ip), C(host_type) static) by its friendly
    name; when two peers answer to O(name) the module fails rather than guess. VoiceMeUp replaces the whole peer on
    every update, so the module reads it, merges your options and sends the whole peer back (nothing you did not set
    changes). VoiceMeUp returns every option but the O(password)."
  - "At VoiceMeUp O(proxy), O(register_timeout) and O(progress_timeout) (and the trunk's name, its peer user name,
    for a trunk that registers) can only be chosen when the trunk is created: a different value for an existing
    trunk fails before anything is written. Delete and re-create the trunk to change them."
  - "At VoiceMeUp the channels a trunk may use come from a channel group (O(channels)): the module creates the group
    when the account has none of that name, sets the quantities you give and puts the trunk in it. Several trunks
    naming the same group share its channels."
  - "At VoIP.ms every value is checked before any request (also in check mode): O(codecs), O(dtmf_mode), O(nat) against
    VoIP.ms's fixed lists, O(ip_address) against the addresses VoIP.ms refuses, O(caller_id_number) as a North American
    number, and O(music_on_hold) against the account's own classes (getMusicOnHold) before it is written. VoIP.ms error
    codes are reported with the option they concern, for example C(voipms API error invalid_musiconhold: music_on_hold: ...)."
  - "VoIP Innovations calls a trunk an endpoint group. Its API cannot create, change or delete one (that is done in
    VoIP Innovations' Back Office); it can only activate or deactivate one. So at VoIP Innovations the module manages
    O(enabled) of an existing group only (C(ActivateEndpointGroup), C(DeactivateEndpointGroup)); any other option,
    and O(state=absent), fails before any request, and a group the account does not have fails after one read
    (C(AuditEndpointGroups)), also in check mode. The group's other settings are returned, read-only."
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
      - "VoiceMeUp: the peer user name of a trunk that registers (6 to 32 letters, digits, C(.), C(_) or C(-); unique
        across VoiceMeUp), or the friendly name of an IP-authenticated trunk (2 to 32 characters)."
      - "VoIP Innovations: the endpoint group's name, or its numeric ID when no group has that name."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    required: true
  state:
    description:
      - V(present) creates or updates the trunk; V(absent) deletes it. Numbers routed to a deleted trunk
        are unrouted by the carrier (which warns about it).
      - "VoiceMeUp refuses to delete a trunk that numbers ring: the module fails first, naming them; take the
        trunk off them with M(voip.carrier.did) (O(voip.carrier.did#module:trunk)) and run it again."
      - "VoIP Innovations: V(present) only asserts that the endpoint group exists (it is created in the Back Office)."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); V(absent) at QuestBlue,
        VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request)."
    type: str
    choices: [present, absent]
    default: present
  auth_type:
    description:
      - V(ip) authenticates by source address (O(ip_address) or O(host)); V(credentials) by registration
        with user name and O(password). Chosen at creation only.
      - QuestBlue allows V(credentials) (registration) trunks only where its staff enabled them for the account.
      - "VoiceMeUp: V(credentials) is a peer that registers (C(host_type) dynamic), V(ip) a peer at a fixed address
        (C(host_type) static). Left unset for a new trunk, V(ip) when O(ip_address) is given, else V(credentials)."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); fixed once created at
        QuestBlue, VoiceMeUp and VoIP.ms."
    type: str
    choices: [ip, credentials]
  password:
    description:
      - The trunk password (QuestBlue 4 to 48 letters and digits). Never returned; masked in diffs.
      - Without it, QuestBlue generates a password it never discloses.
      - "VoiceMeUp: 6 to 32 characters, required to create a trunk that registers (VoiceMeUp never returns it), and
        refused for an IP-authenticated trunk."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request); write-only at
        QuestBlue and VoiceMeUp."
    type: str
  ip_address:
    description:
      - The IP address the carrier sends calls to and accepts calls from (IP-authenticated trunks).
      - "VoIP.ms refuses reserved addresses (C(reserved_ip)): private (10/8, 172.16/12, 192.168/16, fc00::/7), shared
        (100.64/10), loopback, link-local, multicast, reserved and unspecified ones fail before any request. Give the
        public address your PBX sends from."
      - "VoiceMeUp: the peer's C(host), for O(auth_type=ip) only; required to create such a trunk."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request)."
    type: str
  host:
    description:
      - A host name to use instead of a fixed O(ip_address) (QuestBlue C(dynamic_host)).
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); write-only at
        QuestBlue."
    type: str
  enabled:
    description:
      - Whether the trunk is enabled. A disabled trunk is locked and carries no calls.
      - "VoiceMeUp refuses to disable a trunk that numbers ring: the module fails first, naming them."
      - "VoIP Innovations: the endpoint group's C(Active) (numbers keep their group while it is inactive)."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP Innovations (VoIP.ms fails before any request)."
    type: bool
  international_calls:
    description:
      - Whether outbound international calls are allowed (the account must allow them).
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request)."
    type: bool
  international_limit:
    description:
      - Spending limit for international calls, in USD (1 to 1000). Needs O(international_calls=true).
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); write-only at
        QuestBlue."
    type: int
  failover:
    description:
      - Move the trunk's calls to another IP address when it stops answering.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); write-only at
        QuestBlue."
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
    description:
      - "VoIP.ms: V(sip) (default), V(iax2) or V(h323). Chosen at creation only."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request); fixed once
        created at VoIP.ms."
    type: str
    choices: [sip, iax2, h323]
  description:
    description:
      - "VoIP.ms: a description of the sub-account. VoiceMeUp: the peer's comments."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: str
  device_type:
    description:
      - "VoIP.ms: V(pbx) (an IP PBX, gateway or switch; the default) or V(phone)."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
    choices: [pbx, phone]
  codecs:
    description:
      - "VoIP.ms: the codecs allowed (getAllowedCodecs), such as C([ulaw, g729]); order does not matter. Default ulaw,
        g729, gsm. V(all) allows every codec. V(alaw), V(g726) and V(ilbc) are VoiceMeUp's only."
      - "VoiceMeUp: any of V(g729), V(ulaw), V(alaw), V(g726), V(gsm), V(ilbc) (not V(all)); default ulaw, g729."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: list
    elements: str
    choices: [ulaw, g729, gsm, all, alaw, g726, ilbc]
  dtmf_mode:
    description:
      - "VoIP.ms: the DTMF mode (getDTMFModes), V(auto) (the default), V(inband), V(rfc2833) or V(info)."
      - "VoiceMeUp: the same four modes; default V(rfc2833)."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: str
    choices: [auto, inband, info, rfc2833]
  nat:
    description:
      - "VoIP.ms: NAT handling (getNAT), V(yes) (the default), V(no) or V(route)."
      - "VoiceMeUp: V(yes) or V(no) (C(enable_nat)); default V(no)."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: str
    choices: ["yes", "no", route]
  caller_id_number:
    description:
      - "VoIP.ms: a caller ID number that overrides the one the device sends: a North American number in any form
        (10 digits, 11 starting with 1, E.164); VoIP.ms stores 10 digits. V(\"\") removes it."
      - "VoiceMeUp: the same; the peer's caller ID mode becomes C(custom) with it and C(device) (the PBX's caller ID
        passes through) without it. A peer in another caller ID mode (C(global), C(privacy), C(smart)) reads as
        V(\"\")."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: str
  international_route:
    description:
      - "VoIP.ms: the route quality of international calls, V(value) (the default) or V(premium)."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
    choices: [value, premium]
  music_on_hold:
    description:
      - "VoIP.ms: the music-on-hold class, such as C(default) or C(jazz): a name of letters, digits, C(_) and C(-).
        Classes can be the account's own (setMusicOnHold), so before the value is written, also in check mode, the
        module checks that getMusicOnHold knows it, and fails naming this option if not."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  allow225:
    description:
      - "VoIP.ms: whether calls to *225 announce the account balance (V(true)) or are rejected (V(false))."
      - "Write-only: VoIP.ms accepts it (createSubAccount, setSubAccount) but never returns it, so it cannot be compared
        and is listed in RV(not_compared). Its value is sent when the trunk is created, with every update (VoIP.ms
        replaces the whole sub-account, and resets an unsent C(allow225) to off), and on every run with
        O(update_write_only=always)."
      - "Left unset, the module does not manage it and any update turns the balance announcement off."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request); write-only at
        VoIP.ms."
    type: bool
    version_added: 0.2.0
  port:
    description:
      - "VoiceMeUp: the SIP port of an IP-authenticated trunk (O(auth_type=ip)), 1 to 65535."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: int
    version_added: 0.2.0
  transport:
    description:
      - "VoiceMeUp: the SIP transport, V(udp) (the default), V(tcp) or V(tls)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: [udp, tcp, tls]
    version_added: 0.2.0
  max_calls:
    description:
      - "VoiceMeUp: the trunk's own limit of simultaneous calls (C(simultaneous_calls_limit)), 0 to 255; V(0) (the
        default) sets none, the channel group's limits still apply (see O(channels))."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: int
    version_added: 0.2.0
  channels:
    description:
      - "VoiceMeUp: the channel group (C(get_channels), C(update_channel)) whose channels the trunk uses. The module
        creates the group when the account has none named O(channels.name), sets the quantities given (an unset one
        is kept, or 0 in a new group) and puts the trunk in it (the peer's C(client_channel_id))."
      - "Several trunks naming the same group share its channels. A trunk outside any group uses the account's
        C(System) row, the channels of its plans; name it to put a trunk back there (its quantities cannot be
        changed). Groups are never deleted by this module."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: dict
    version_added: 0.2.0
    suboptions:
      name:
        description: The group's name, 2 to 32 characters. Default the trunk's O(name).
        type: str
      inbound:
        description: Channels for inbound calls only, 0 to 999.
        type: int
      outbound:
        description: Channels for outbound calls only, 0 to 999.
        type: int
      bidirectional:
        description: Channels for calls either way, 0 to 999.
        type: int
  proxy:
    description:
      - "VoiceMeUp: the proxy the trunk uses (C(get_proxies)), by its host name, its name or its C(proxy_id).
        Default the account's first proxy. Chosen at creation only: a different proxy for an existing trunk fails
        before anything is written."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request); fixed once
        created at VoiceMeUp."
    type: str
    version_added: 0.2.0
  register_timeout:
    description:
      - "VoiceMeUp: the registration timeout in seconds, 120 to 7200 (default 3600). Chosen at creation only."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request); fixed once
        created at VoiceMeUp."
    type: int
    version_added: 0.2.0
  progress_timeout:
    description:
      - "VoiceMeUp: the call progress timeout in seconds, 1 to 10 (default none). Chosen at creation only."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request); fixed once
        created at VoiceMeUp."
    type: int
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (which ones, per carrier, is said below).
      - V(on_create) sends them only when the trunk is created, and, at a carrier that replaces the whole record on
        update (VoIP.ms), with every update another option triggers; runs without such an update list them in
        RV(not_compared).
      - V(always) sends them on every run and reports C(changed).
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); it applies at QuestBlue to
        O(password), O(host), O(international_limit), O(failover); at VoiceMeUp to O(password); at VoIP.ms to
        O(allow225); no effect at VoIP Innovations (it returns every option)."
    type: str
    choices: [on_create, always]
    default: on_create
    aliases: [update_password]
seealso:
  - module: voip.carrier.sip_trunk_info
  - module: voip.carrier.did
notes:
  - "Carrier support: QuestBlue, VoiceMeUp and VoIP.ms with O(state=present) and O(state=absent); VoIP Innovations with
    O(state=present). Only at QuestBlue, VoiceMeUp and VoIP.ms: O(auth_type), O(password), O(ip_address). Only at
    QuestBlue: O(host), O(international_limit), O(failover). Only at QuestBlue, VoiceMeUp and VoIP Innovations:
    O(enabled). Only at QuestBlue and VoIP.ms: O(international_calls). Only at VoIP.ms: O(protocol), O(device_type),
    O(international_route), O(music_on_hold), O(allow225). Only at VoiceMeUp and VoIP.ms: O(description), O(codecs),
    O(dtmf_mode), O(nat), O(caller_id_number). Only at VoiceMeUp: O(port), O(transport), O(max_calls), O(channels),
    O(proxy), O(register_timeout), O(progress_timeout). Write-only (never returned, so not compared; see
    O(update_write_only)): at QuestBlue O(password), O(host), O(international_limit), O(failover); at VoiceMeUp
    O(password); at VoIP.ms O(allow225). Set at creation only: at QuestBlue O(auth_type); at VoiceMeUp O(auth_type),
    O(proxy), O(register_timeout), O(progress_timeout); at VoIP.ms O(auth_type), O(protocol). An option a carrier does
    not support fails before any request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: A QuestBlue trunk to the PBX, authenticated by IP address
  voip.carrier.sip_trunk:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
    name: mainpbx
    auth_type: ip
    ip_address: 198.51.100.10
    password: "{{ vault_trunk_password }}"
    international_calls: true
    international_limit: 50
    failover:
      ip_address: 198.51.100.20
      calls: 3
      minutes: 5

- name: Route a number to it
  voip.carrier.did:
    provider: questblue
    number: "+19195550123"
    trunk: mainpbx

- name: Rotate the QuestBlue trunk password (it cannot be read back, so send it)
  voip.carrier.sip_trunk:
    provider: questblue
    name: mainpbx
    password: "{{ vault_new_trunk_password }}"
    update_password: always

- name: Disable the QuestBlue trunk
  voip.carrier.sip_trunk:
    provider: questblue
    name: mainpbx
    enabled: false

- name: Delete the QuestBlue trunk
  voip.carrier.sip_trunk:
    provider: questblue
    name: mainpbx
    state: absent

- name: A VoIP.ms sub-account as an IP-authenticated trunk, with the *225 balance announcement kept on
  voip.carrier.sip_trunk:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    name: pbx1
    auth_type: ip
    ip_address: 203.0.113.7
    description: Main office PBX
    codecs: [ulaw, g729]
    dtmf_mode: rfc2833
    nat: "no"
    music_on_hold: jazz
    allow225: true

- name: A VoIP.ms sub-account for a desk phone that registers with a password
  voip.carrier.sip_trunk:
    provider: voipms
    name: frontdesk
    auth_type: credentials
    protocol: sip
    device_type: phone
    password: "{{ vault_frontdesk_password }}"   # VoIP.ms: 8 or more, upper and lower case and a digit
    caller_id_number: "+17862285600"
    international_calls: true
    international_route: premium

- name: Delete the VoIP.ms sub-account
  voip.carrier.sip_trunk:
    provider: voipms
    name: frontdesk
    state: absent

- name: A VoiceMeUp trunk that registers, with a channel group of its own
  voip.carrier.sip_trunk:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    name: branch-pbx                              # the peer user name the PBX registers with
    auth_type: credentials
    password: "{{ vault_branch_pbx_password }}"   # write-only: sent when the trunk is created
    proxy: mtl.voicemeup.example                  # chosen at creation only
    codecs: [ulaw, alaw]
    dtmf_mode: rfc2833
    nat: "yes"
    caller_id_number: "+15145550100"
    channels:
      bidirectional: 4                            # a group named branch-pbx, created if missing

- name: A VoiceMeUp trunk to an SBC at a fixed address, sharing the channels of the group "Data centres"
  voip.carrier.sip_trunk:
    provider: voicemeup
    name: Edge SBC                                # the peer's friendly name
    auth_type: ip
    ip_address: 198.51.100.20
    port: 5080
    transport: tls
    max_calls: 30
    description: Managed by Ansible
    channels:
      name: Data centres
      inbound: 10
      bidirectional: 20

- name: Rotate the password of the VoiceMeUp trunk (it cannot be read back, so send it)
  voip.carrier.sip_trunk:
    provider: voicemeup
    name: branch-pbx
    password: "{{ vault_new_branch_pbx_password }}"
    update_write_only: always

- name: Delete the VoiceMeUp trunk (numbers must not ring it any more)
  voip.carrier.sip_trunk:
    provider: voicemeup
    name: Edge SBC
    state: absent

- name: Deactivate a VoIP Innovations endpoint group (groups are created and changed in its Back Office)
  voip.carrier.sip_trunk:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
    name: Old Lab                                 # the endpoint group's name, or its ID
    enabled: false

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Trunks of the Miami office at VoIP.ms
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: voipms
      api_username: "{{ voipms_email }}"
      api_password: "{{ voipms_api_password }}"
  tasks:
    - name: The PBX sub-account
      voip.carrier.sip_trunk:
        name: miamipbx
        auth_type: ip
        ip_address: 203.0.113.8
        codecs: [ulaw]

    - name: Route the office's main number to it
      voip.carrier.did:
        number: "+17862285601"
        trunk: miamipbx
"""

RETURN = r"""
sip_trunk:
  description:
    - The trunk after the run (as it was, for O(state=absent)).
    - In check mode, for a trunk that does not exist yet, the options you set (secrets masked), as nothing was created;
      the keys only the carrier reports (such as RV(sip_trunk.account) and RV(sip_trunk.numbers)) are then absent.
  returned: always
  type: dict
  contains:
    name:
      description:
        - The trunk name (VoIP.ms, the sub-account username).
        - "VoiceMeUp: the peer user name of a trunk that registers, else the peer's friendly name."
      returned: always
      type: str
      sample: mainpbx
    account:
      description:
        - "VoIP.ms: the sub-account's full name, C(<main account>_<name>), which routes numbers to it
          (C(account:<account>))."
      returned: at VoIP.ms, when the trunk exists
      type: str
      sample: 100000_mainpbx
    auth_type:
      description: V(ip) or V(credentials).
      returned: when the trunk exists, or when set
      type: str
      sample: ip
    password:
      description:
        - The password, always masked as C(VALUE_SPECIFIED_IN_NO_LOG_PARAMETER).
        - "VoIP.ms: present when the sub-account has one (credentials authentication). QuestBlue and VoiceMeUp never
          return it: present when set, in check mode or when O(update_write_only=always)."
      returned: when the trunk has a password (VoIP.ms), or when set
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    ip_address:
      description: The trunk's IP address, V("") if none (VoIP Innovations the endpoint group's first address).
      returned: when the trunk exists, or when set
      type: str
      sample: 198.51.100.10
    host:
      description:
        - "QuestBlue: the host name of a trunk without a fixed IP address. QuestBlue never returns it: it is the
          value you set, shown in check mode or when O(update_write_only=always)."
      returned: at QuestBlue, when set, in check mode or when O(update_write_only=always)
      type: str
      sample: pbx.example.com
    enabled:
      description: "QuestBlue, VoiceMeUp and VoIP Innovations (the endpoint group's C(Active)): whether the trunk is
        enabled."
      returned: at QuestBlue, VoiceMeUp and VoIP Innovations
      type: bool
      sample: true
    international_calls:
      description: Whether international calls are allowed (VoIP Innovations the endpoint group's C(International),
        read-only).
      returned: at QuestBlue, VoIP Innovations and VoIP.ms, when the trunk exists, or when set
      type: bool
      sample: false
    international_limit:
      description:
        - "QuestBlue: the international spending limit in USD. QuestBlue never returns it: it is the value you
          set, shown in check mode or when O(update_write_only=always)."
      returned: at QuestBlue, when set, in check mode or when O(update_write_only=always)
      type: int
      sample: 50
    failover:
      description:
        - "QuestBlue: the failover settings. QuestBlue never returns them: they are the values you set, shown in
          check mode or when O(update_write_only=always)."
      returned: at QuestBlue, when set, in check mode or when O(update_write_only=always)
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
    numbers:
      description: "QuestBlue: the numbers routed to the trunk, in E.164."
      returned: at QuestBlue, when the trunk exists
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
    allow225:
      description:
        - "VoIP.ms: whether *225 announces the account balance. VoIP.ms never returns it: it is the value you set,
          shown in check mode."
      returned: at VoIP.ms, when set, in check mode
      type: bool
      sample: false
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
      description:
        - "VoiceMeUp: the channel group the trunk uses (C(System): the channels of the account's plans). Read only
          when O(channels) is set (and by M(voip.carrier.sip_trunk_info))."
      returned: at VoiceMeUp, when O(channels) is set
      type: dict
      sample: {"name": "branch-pbx", "inbound": 0, "outbound": 0, "bidirectional": 4}
      contains:
        name:
          description: The group's name.
          returned: always
          type: str
          sample: branch-pbx
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
          sample: 4
    proxy:
      description:
        - "VoiceMeUp: the trunk's proxy, as O(proxy) names it when that is the trunk's proxy, else its host name.
          Read only when O(proxy) is set (and by M(voip.carrier.sip_trunk_info))."
      returned: at VoiceMeUp, when O(proxy) is set
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
      description: "VoIP Innovations: every IP address of the endpoint group (RV(sip_trunk.ip_address) is the first)."
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
      returned: when the trunk exists
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
  sample: ip_address
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description:
    - "VoIP.ms: the carrier's own error code (its C(status)). QuestBlue errors carry no code."
    - "VoiceMeUp: the first message code of the error answer, such as C(peer_exist)."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: invalid_musiconhold
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: Music on Hold is missing or not valid
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
      the request type (such as C(update_peer)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: setSubAccount
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
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK
from ansible_collections.voip.carrier.plugins.module_utils.options import FAILOVER_SPEC


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
        codecs={"type": "list", "elements": "str", "choices": ["ulaw", "g729", "gsm", "all", "alaw", "g726", "ilbc"]},
        dtmf_mode={"type": "str", "choices": ["auto", "inband", "info", "rfc2833"]},
        nat={"type": "str", "choices": ["yes", "no", "route"]},
        caller_id_number={"type": "str"},
        international_route={"type": "str", "choices": ["value", "premium"]},
        music_on_hold={"type": "str"},
        allow225={"type": "bool"},
        port={"type": "int"},
        transport={"type": "str", "choices": ["udp", "tcp", "tls"]},
        max_calls={"type": "int"},
        channels={"type": "dict", "options": {"name": {"type": "str"}, "inbound": {"type": "int"},
                                              "outbound": {"type": "int"}, "bidirectional": {"type": "int"}}},
        proxy={"type": "str"},
        register_timeout={"type": "int"},
        progress_timeout={"type": "int"},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           mutually_exclusive=[("ip_address", "host")])
    ResourceEngine(module, SIP_TRUNK).run()


if __name__ == "__main__":
    main()
