#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: fax_user
short_description: Manage fax users and their per-number permissions
version_added: 0.1.0
description:
  - Creates, updates and deletes a fax user, keyed by its login.
  - At QuestBlue this is an iFax Enterprise user in a group (the group is created when it does not exist),
    with per-number permissions to send faxes and to list and delete received and sent faxes.
  - QuestBlue returns the user's password (so it is compared, and never shown) but not the e-mail address,
    which is therefore sent only at creation unless O(update_write_only=always).
  - "At VoIP.ms a fax user is an e-mail-to-fax sender: O(login) is the sender's e-mail address, O(password) the
    security code, O(from_number) the account's fax number it faxes from. Everything is returned and compared. In
    check mode VoIP.ms' C(test) flag validates a new sender without creating it."
  - "At VoiceMeUp a fax user is a fax profile, a virtual fax machine: O(login) is its name (C(friendly_name), 2 to 32
    characters, unique in the account by this module's rule), O(email) the address its faxes are delivered to,
    O(from_number) and O(caller_id_name) the caller ID of the faxes it sends, O(allowed_senders) who may fax by
    e-mail. O(number) binds one of the account's numbers to it, so that number's inbound faxes arrive there.
    Everything is returned and compared."
  - "VoiceMeUp wants every setting of a fax profile on every change: the module reads the profile and sends it back
    whole with your changes, so a setting you leave unset keeps its value. To create one it needs O(from_number),
    O(email) and O(caller_id_name); the rest defaults to O(station_id) the 10 digits of O(from_number), O(header)
    the O(caller_id_name), O(language=en), O(page_format=letter), O(resolution=fine), no O(allowed_senders),
    O(enabled=true)."
  - "At VoIP Innovations there are no fax users: fax is a set of features of one of the account's numbers, so
    O(login) is that number (any format M(voip.carrier.did) accepts; returned in E.164), O(email) its Fax-to-Email
    recipient (received faxes are e-mailed there; C(SetFaxToEmail)), O(allowed_senders) the addresses that may fax
    from it by e-mail (Email-to-Fax; only the difference is added or removed) and O(failure_notifications)
    Fax-to-Email's failure notifications. The fax user exists while the number has Fax-to-Email or a sender;
    O(state=absent) removes both. Setting one up checks first that the number is the account's (one C(queryDID)),
    also in check mode; the number should be able to carry faxes (T.38)."
  - "VoIP Innovations never returns O(failure_notifications): it is sent with the Fax-to-Email it belongs to (the
    run that sets O(email) up) and on every run with O(update_write_only=always), and needs O(email) (VoIP
    Innovations refuses it on a number without Fax-to-Email; checked before any request). Removing Fax-to-Email
    (O(email=\"\")) turns them off."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  login:
    description:
      - The user's login (QuestBlue at most 36 characters). VoiceMeUp, the fax profile's name (2 to 32 characters).
      - "VoIP Innovations: the fax number, one of the account's numbers."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    required: true
  state:
    description:
      - V(present) creates or updates the user; V(absent) deletes it.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    choices: [present, absent]
    default: present
  password:
    description:
      - The user's password (QuestBlue at most 64 characters). Required to create. Masked in all output.
      - "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request)."
    type: str
  first_name:
    description:
      - First name (QuestBlue at most 48 characters). Required to create.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
  last_name:
    description:
      - Last name (QuestBlue at most 48 characters).
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
  email:
    description:
      - The user's e-mail address. VoiceMeUp, the address the fax profile's faxes are delivered to (required to
        create).
      - "VoIP Innovations: the Fax-to-Email recipient, where the number's received faxes are e-mailed (at most 150
        characters); V(\"\") removes Fax-to-Email. To set up fax on a number, give O(email), O(allowed_senders) or
        both."
      - "Supported by: QuestBlue, VoiceMeUp, VoIP Innovations (VoIP.ms fails before any request); write-only at
        QuestBlue."
    type: str
  admin:
    description:
      - Whether the user administers the group.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: bool
  group:
    description:
      - The fax group (QuestBlue C(sname), at most 24 characters) the user belongs to. Required to create;
        cannot be changed afterwards. Created if it does not exist.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); fixed once
        created at QuestBlue."
    type: str
  group_description:
    description:
      - The long name given to the group if this module creates it (at most 128 characters).
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); write-only at
        QuestBlue."
    type: str
  permissions:
    description:
      - "The user's permissions on the account's fax numbers. When given, this is the complete list:
        permissions on numbers not listed are removed. Omit it to leave permissions alone."
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request)."
    type: list
    elements: dict
    suboptions:
      number:
        description: A fax number of the account.
        type: str
        required: true
      send:
        description: May send faxes from the number.
        type: bool
        default: false
      delete:
        description: May delete the number's faxes.
        type: bool
        default: false
      list_received:
        description: May list faxes received on the number.
        type: bool
        default: false
      list_sent:
        description:
          - May list faxes sent from the number.
          - "QuestBlue: sent as C(list_sent), the name its updateUserPermissions call documents, and read back
            from C(allow_list_out)."
        type: bool
        default: false
  enabled:
    description:
      - "VoIP.ms: whether the e-mail-to-fax sender is enabled (default true). VoiceMeUp: whether the fax profile is
        enabled (its C(status); default true)."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: bool
  from_number:
    description:
      - "VoIP.ms: the account's fax number the faxes are sent from. Required to create."
      - "VoiceMeUp: the caller ID number of the faxes sent (C(callerid_number), a North American number). Required to
        create."
      - "Supported by: VoiceMeUp, VoIP.ms (QuestBlue and VoIP Innovations fail before any request)."
    type: str
  require_code:
    description:
      - "VoIP.ms: whether the security code (O(password)) must be in the subject of the e-mail (default true)."
      - "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    type: bool
  station_id:
    description:
      - "VoiceMeUp: the station identifier the fax machine sends (C(local_ident)), 2 to 20 characters. Default at
        creation: the 10 digits of O(from_number)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  header:
    description:
      - "VoiceMeUp: the header line printed on the faxes sent (C(fax_header)), 2 to 20 characters. Default at
        creation: O(caller_id_name)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  caller_id_name:
    description:
      - "VoiceMeUp: the caller ID name of the faxes sent (C(callerid_name)), 3 to 15 characters. Required to create."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  contact_name:
    description:
      - "VoiceMeUp: the sender's name on the faxes sent (C(contact_name)), 4 to 60 characters; V(\"\") for none."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  language:
    description:
      - "VoiceMeUp: the language of the profile's notifications. Default at creation: V(en)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: [en, fr]
    version_added: 0.2.0
  allowed_senders:
    description:
      - "VoiceMeUp: the e-mail senders allowed to send faxes through the profile by e-mail. The complete list: senders
        not listed are removed; V([]) for none (the default at creation)."
      - "VoIP Innovations: the addresses allowed to fax from the number by e-mail (Email-to-Fax). The complete list,
        compared ignoring case: missing ones are added (C(AddEmailToFax)), others removed from this number only
        (C(RemoveEmailToFax) with the number); V([]) for none."
      - "Supported by: VoiceMeUp, VoIP Innovations (QuestBlue and VoIP.ms fail before any request)."
    type: list
    elements: str
    version_added: 0.2.0
  page_format:
    description:
      - "VoiceMeUp: the page format of the faxes sent. Default at creation: V(letter)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: [letter, legal, a4]
    version_added: 0.2.0
  resolution:
    description:
      - "VoiceMeUp: the resolution of the faxes sent. Default at creation: V(fine)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    choices: [standard, fine, super_fine, ultra_fine, color]
    version_added: 0.2.0
  retry_limit:
    description:
      - "VoiceMeUp: how many times a fax that fails is sent again, 1 to 9 (VoiceMeUp's default: 2)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: int
    version_added: 0.2.0
  fax_options:
    description:
      - "VoiceMeUp: the profile's notifications and attachments. The complete list: options not listed are switched
        off; V([]) for none. The webhook is O(url)."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: list
    elements: str
    choices: [inbound_completed_notification, inbound_failed_notification, outbound_completed_notification,
              outbound_failed_notification, enable_cover_page, enable_inbound_send_attachment,
              enable_outbound_send_attachment]
    version_added: 0.2.0
  url:
    description:
      - "VoiceMeUp: a webhook VoiceMeUp posts the details of each fax to, as JSON (C(callback_url) with the option
        C(enable_callback)); V(\"\") switches it off."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  number:
    description:
      - "VoiceMeUp: the account's number whose inbound faxes arrive in this profile (the number's
        C(client_fax_profile_id), with its option C(enable_fax)). Any other number bound to the profile is unbound;
        V(\"\") unbinds them all. Deleting the profile unbinds its number first."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  failure_notifications:
    description:
      - "VoIP Innovations: whether Fax-to-Email also e-mails a notice when a fax could not be received (its C(Receive
        Failure Notifications), C(ConfigFaxToEmailNotifications)). Needs O(email). VoIP Innovations never returns
        it, so it is not compared (see O(update_write_only))."
      - "Supported by: VoIP Innovations only (QuestBlue, VoiceMeUp and VoIP.ms fail before any request); write-only at
        VoIP Innovations."
    type: bool
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (which ones, per carrier, is said below).
        V(on_create) sends them at creation only; V(always) on every run.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); it applies at QuestBlue to
        O(email), O(group_description); at VoIP Innovations to O(failure_notifications); no effect at VoiceMeUp and
        VoIP.ms (they return every option)."
    type: str
    choices: [on_create, always]
    default: on_create
notes:
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms with O(state=present) and O(state=absent).
    Only at QuestBlue and VoIP.ms: O(password). Only at QuestBlue: O(first_name), O(last_name), O(admin), O(group),
    O(group_description), O(permissions). Only at QuestBlue, VoiceMeUp and VoIP Innovations: O(email). Only at
    VoiceMeUp and VoIP.ms: O(enabled), O(from_number). Only at VoIP.ms: O(require_code). Only at VoiceMeUp:
    O(station_id), O(header), O(caller_id_name), O(contact_name), O(language), O(page_format), O(resolution),
    O(retry_limit), O(fax_options), O(url), O(number). Only at VoiceMeUp and VoIP Innovations: O(allowed_senders).
    Only at VoIP Innovations: O(failure_notifications). Write-only (never returned, so not compared; see
    O(update_write_only)): at QuestBlue O(email), O(group_description); at VoIP Innovations O(failure_notifications).
    Set at creation only: at QuestBlue O(group). An option a carrier does not support fails before any request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: A QuestBlue fax user who may send from and read the inbox of one number
  voip.carrier.fax_user:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
    login: jdoe
    password: "{{ vault_fax_password }}"
    first_name: Jane
    last_name: Doe
    email: jdoe@example.com
    group: sales
    group_description: Sales department
    permissions:
      - number: "+19195550700"
        send: true
        list_received: true

- name: Make her the group's administrator
  voip.carrier.fax_user:
    provider: questblue
    login: jdoe
    admin: true

- name: Remove the QuestBlue fax user
  voip.carrier.fax_user:
    provider: questblue
    login: jdoe
    state: absent

- name: A VoIP.ms e-mail-to-fax sender that faxes from the account's fax number
  voip.carrier.fax_user:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    login: jdoe@example.com            # the sender's e-mail address
    password: "{{ vault_fax_code }}"    # the security code: letters and digits
    from_number: "+17862285700"
    require_code: true
    enabled: true

- name: Suspend the VoIP.ms sender
  voip.carrier.fax_user:
    provider: voipms
    login: jdoe@example.com
    enabled: false

- name: Remove the VoIP.ms sender
  voip.carrier.fax_user:
    provider: voipms
    login: jdoe@example.com
    state: absent

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: Fax senders of the sales team at VoIP.ms
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: voipms
      api_username: "{{ voipms_email }}"
      api_password: "{{ voipms_api_password }}"
  tasks:
    - name: One sender per person
      voip.carrier.fax_user:
        login: "{{ item }}"
        password: "{{ vault_fax_code }}"
        from_number: "+17862285700"
      loop: [jdoe@example.com, rroe@example.com]

- name: A VoiceMeUp fax profile that receives the faxes of a number and lets two people fax by e-mail
  voip.carrier.fax_user:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    login: Front desk                   # the profile's name
    email: frontdesk@example.com        # where received faxes go
    from_number: "+15145550100"         # caller ID of the faxes sent
    caller_id_name: ACME
    header: ACME Inc
    allowed_senders: [jdoe@example.com, rroe@example.com]
    fax_options: [enable_inbound_send_attachment, inbound_failed_notification]
    resolution: super_fine
    number: "+15145550100"

- name: Post each fax of that VoiceMeUp profile to a webhook; everything else stays as it is
  voip.carrier.fax_user:
    provider: voicemeup
    login: Front desk
    url: https://hooks.example.com/fax

- name: Remove the VoiceMeUp fax profile (its number is unbound first)
  voip.carrier.fax_user:
    provider: voicemeup
    login: Front desk
    state: absent

- name: Fax on a VoIP Innovations number - received faxes e-mailed, two people may fax from it by e-mail
  voip.carrier.fax_user:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
    login: "+12125550100"               # the account's fax number
    email: faxes@example.com            # Fax-to-Email recipient
    failure_notifications: true         # never returned: sent when Fax-to-Email is set up
    allowed_senders: [jdoe@example.com, rroe@example.com]

- name: Only Jane may fax by e-mail from now on; Fax-to-Email stays as it is
  voip.carrier.fax_user:
    provider: voipinnovations
    login: "+12125550100"
    allowed_senders: [jdoe@example.com]

- name: Remove fax from the VoIP Innovations number (Fax-to-Email and every sender)
  voip.carrier.fax_user:
    provider: voipinnovations
    login: "+12125550100"
    state: absent
"""

RETURN = r"""
fax_user:
  description:
    - The user after the run (as it was, for O(state=absent)). The password is masked.
    - In check mode, for a user that does not exist yet, the options you set (secrets masked), as nothing was created.
  returned: always
  type: dict
  contains:
    login:
      description: The login (VoIP.ms, the e-mail address faxes are sent from; VoiceMeUp, the fax profile's name; VoIP
        Innovations, the fax number in E.164).
      returned: always
      type: str
      sample: jdoe
    password:
      description:
        - The password (VoIP.ms, the security code), always masked as C(VALUE_SPECIFIED_IN_NO_LOG_PARAMETER).
      returned: when the user has one, or when set
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    first_name:
      description: "QuestBlue: first name."
      returned: at QuestBlue
      type: str
      sample: Jane
    last_name:
      description: "QuestBlue: last name, V(\"\") if none."
      returned: at QuestBlue
      type: str
      sample: Doe
    email:
      description:
        - "QuestBlue: the user's e-mail address. QuestBlue never returns it: it is the value you set, shown in check
          mode or when O(update_write_only=always)."
        - "VoiceMeUp: the address the faxes are delivered to."
        - "VoIP Innovations: the Fax-to-Email recipient, V(\"\") when the number has none."
      returned: at VoiceMeUp and VoIP Innovations; at QuestBlue, when set, in check mode or when
        O(update_write_only=always)
      type: str
      sample: jdoe@example.com
    admin:
      description: "QuestBlue: whether the user administers the group."
      returned: at QuestBlue
      type: bool
      sample: false
    group:
      description: "QuestBlue: the user's group."
      returned: at QuestBlue
      type: str
      sample: sales
    group_description:
      description:
        - "QuestBlue: the description of a group the task creates. Never returned by QuestBlue: it is the value you
          set, shown in check mode or when O(update_write_only=always)."
      returned: at QuestBlue, when set, in check mode or when O(update_write_only=always)
      type: str
      sample: Sales team
    permissions:
      description: "QuestBlue: the per-number permissions, sorted by number."
      returned: at QuestBlue, when O(permissions) is set
      type: list
      elements: dict
      sample: [{"number": "+19195550700", "send": true, "delete": false, "list_received": true, "list_sent": false}]
      contains:
        number:
          description: The fax number, in E.164.
          returned: always
          type: str
          sample: "+19195550700"
        send:
          description: Whether the user may send faxes from the number.
          returned: always
          type: bool
          sample: true
        delete:
          description: Whether the user may delete the number's faxes.
          returned: always
          type: bool
          sample: false
        list_received:
          description: Whether the user may list the faxes the number received.
          returned: always
          type: bool
          sample: true
        list_sent:
          description: Whether the user may list the faxes sent from the number.
          returned: always
          type: bool
          sample: false
    enabled:
      description: "VoIP.ms: whether e-mail-to-fax is enabled for the sender. VoiceMeUp: whether the fax profile is."
      returned: at VoIP.ms and VoiceMeUp
      type: bool
      sample: true
    from_number:
      description: "VoIP.ms: the fax number faxes are sent from, in E.164. VoiceMeUp: the caller ID number of the faxes.
        VoIP Innovations: the caller ID of the faxes sent by e-mail (C(GetEmailToFax)'s C(CallerID)), read only."
      returned: at VoIP.ms and VoiceMeUp; at VoIP Innovations when it gives one
      type: str
      sample: "+13055550700"
    require_code:
      description: "VoIP.ms: whether the security code must be in the subject of the e-mail."
      returned: at VoIP.ms
      type: bool
      sample: true
    station_id:
      description: "VoiceMeUp: the station identifier the fax machine sends."
      returned: at VoiceMeUp
      type: str
      sample: "5145550100"
    header:
      description: "VoiceMeUp: the header line of the faxes sent."
      returned: at VoiceMeUp
      type: str
      sample: ACME Inc
    caller_id_name:
      description: "VoiceMeUp: the caller ID name of the faxes sent."
      returned: at VoiceMeUp
      type: str
      sample: ACME
    contact_name:
      description: "VoiceMeUp: the sender's name on the faxes sent, V(\"\") if none."
      returned: at VoiceMeUp
      type: str
      sample: Jane Doe
    language:
      description: "VoiceMeUp: the language of the profile's notifications."
      returned: at VoiceMeUp
      type: str
      sample: en
    allowed_senders:
      description: "VoiceMeUp: the e-mail senders allowed to fax through the profile, sorted. VoIP Innovations: the
        Email-to-Fax senders of the number, sorted."
      returned: at VoiceMeUp and VoIP Innovations
      type: list
      elements: str
      sample: [jdoe@example.com]
    page_format:
      description: "VoiceMeUp: the page format of the faxes sent."
      returned: at VoiceMeUp
      type: str
      sample: letter
    resolution:
      description: "VoiceMeUp: the resolution of the faxes sent."
      returned: at VoiceMeUp
      type: str
      sample: fine
    retry_limit:
      description: "VoiceMeUp: how many times a failed fax is sent again."
      returned: at VoiceMeUp
      type: int
      sample: 2
    fax_options:
      description: "VoiceMeUp: the profile's notification and attachment options, sorted."
      returned: at VoiceMeUp
      type: list
      elements: str
      sample: [enable_inbound_send_attachment]
    url:
      description: "VoiceMeUp: the webhook each fax is posted to, V(\"\") if none."
      returned: at VoiceMeUp
      type: str
      sample: ""
    number:
      description:
        - "VoiceMeUp: the number whose inbound faxes arrive in the profile, in E.164, V(\"\") if none. Several,
          comma-separated, only when more were bound elsewhere (a task's O(number) then unbinds the others)."
      returned: at VoiceMeUp
      type: str
      sample: "+15145550100"
    failure_notifications:
      description:
        - "VoIP Innovations: whether failure notifications were turned on. Never returned by VoIP Innovations: it is
          the value you set, shown when this run set up the fax user, in check mode or when
          O(update_write_only=always)."
      returned: at VoIP Innovations, when set and sent (or in check mode)
      type: bool
      sample: true
      version_added: 0.2.0
    provider:
      description: The provider key.
      returned: when the user exists
      type: str
      sample: questblue
not_compared:
  description: Options you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when such options are set and the user already existed
  type: list
  elements: str
  sample: [email]
api_calls:
  description: The API requests this run made (also on failure).
  returned: always
  type: dict
  sample: {"reads": 2, "writes": 0, "retries": 0, "total": 2}
  contains:
    reads:
      description: Requests that only read.
      returned: always
      type: int
      sample: 2
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
      sample: 2
field:
  description: The module option a failure is about, when the task failed on a value refused before any request.
  returned: on failure, when an option value was refused
  type: str
  sample: from_number
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description:
    - "VoIP.ms: the carrier's own error code (its C(status)). VoiceMeUp: the code of its first message (every message
      is in the error text). QuestBlue errors carry no code."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: invalid_security_code
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: Security code is missing or not valid
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
    - The request that failed, QuestBlue as C(METHOD /path), VoIP.ms as the name of the API function, VoiceMeUp as its
      request type.
  returned: on failure, when a request to the carrier failed
  type: str
  sample: setEmailToFax
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
from ansible_collections.voip.carrier.plugins.module_utils.models import FAX_USER

# VoiceMeUp fax profile options but enable_callback (O(url) sets it).
FAX_OPTIONS = ["inbound_completed_notification", "inbound_failed_notification", "outbound_completed_notification",
               "outbound_failed_notification", "enable_cover_page", "enable_inbound_send_attachment",
               "enable_outbound_send_attachment"]


def main():
    argument_spec = resource_argument_spec(
        login={"type": "str", "required": True},
        password={"type": "str", "no_log": True},
        first_name={"type": "str"},
        last_name={"type": "str"},
        email={"type": "str"},
        admin={"type": "bool"},
        group={"type": "str"},
        group_description={"type": "str"},
        permissions={"type": "list", "elements": "dict", "options": {
            "number": {"type": "str", "required": True},
            "send": {"type": "bool", "default": False},
            "delete": {"type": "bool", "default": False},
            "list_received": {"type": "bool", "default": False},
            "list_sent": {"type": "bool", "default": False},
        }},
        enabled={"type": "bool"},
        from_number={"type": "str"},
        require_code={"type": "bool"},
        station_id={"type": "str"},
        header={"type": "str"},
        caller_id_name={"type": "str"},
        contact_name={"type": "str"},
        language={"type": "str", "choices": ["en", "fr"]},
        allowed_senders={"type": "list", "elements": "str"},
        page_format={"type": "str", "choices": ["letter", "legal", "a4"]},
        resolution={"type": "str", "choices": ["standard", "fine", "super_fine", "ultra_fine", "color"]},
        retry_limit={"type": "int"},
        fax_options={"type": "list", "elements": "str", "choices": FAX_OPTIONS},
        url={"type": "str"},
        number={"type": "str"},
        failure_notifications={"type": "bool"},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    ResourceEngine(module, FAX_USER).run()


if __name__ == "__main__":
    main()
