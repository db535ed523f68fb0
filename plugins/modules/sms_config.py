#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: sms_config
short_description: Enable, route and disable SMS on a phone number
version_added: 0.1.0
description:
  - Sets where the inbound text messages of a number go (e-mail, XMPP or a URL), or switches SMS off.
  - "At QuestBlue a number delivers SMS in one mode: to e-mail, to XMPP, to both, or to a URL. The targets
    you set choose the mode, and targets you leave unset are switched off. Only numbers ordered in tier
    C(1b) can carry SMS."
  - QuestBlue never returns the XMPP account (O(xmpp_name), O(xmpp_password)); it returns the mode, the
    e-mail address and the URL, which are compared.
  - "At VoIP.ms the targets are independent: e-mail, a forwarding number (O(forward_to)) and a URL callback can be on
    together; a target you leave unset keeps its setting, and V(\"\") switches it off. SMS must be available on the
    number (VoIP.ms C(sms_available)). VoIP.ms has no XMPP delivery."
  - "At VoiceMeUp the targets are independent too (e-mail, O(forward_to), O(url) with O(url_retry), and an automatic
    reply O(auto_reply)); a target you leave unset keeps its setting and V(\"\") switches it off. Only numbers
    VoiceMeUp lets take SMS can (its C(sms_support), read-only); the module switches the number's C(enable_sms) on.
    Every change is sent with C(preserve_missing_data) and the number's complete option list, so nothing of the
    number that the task does not manage is lost."
  - "VoiceMeUp SMS profiles: with O(profile) the number's settings live in the SMS profile of that name, shared by
    every number bound to it (the number's C(client_sms_profile_id)); the targets you set are written to the profile.
    A profile that does not exist is created, starting from the number's current targets; binding to one that exists
    adopts its targets. O(profile=\"\") moves the settings back onto the number itself. A profile is found by its
    name (two profiles with one name fail); its other settings (allowed senders, backup URL, outbound
    notifications, language) are kept as they are."
  - "At VoIP Innovations a number delivers its messages to one destination of one type, O(destination_type):
    V(email), V(forward) (to O(forward_to)), V(post) or V(get) (to O(url), with O(auth_token)), V(sip) (SIP MESSAGE
    to the number's endpoint group), V(progtelco) (the number's programmable telco script) or V(none) (SMS on,
    delivered nowhere). Setting O(email), O(forward_to) or O(url) chooses V(email), V(forward) or V(post) unless you
    set O(destination_type); setting two of them fails before any request. C(ConfigSMSDestination) replaces the
    whole setting, the other destinations and the token included. With no destination and no O(destination_type),
    O(state=present) switches SMS that is off on with type V(none), and leaves SMS that is on as it is. Setting the
    current destination to V(\"\") leaves the type V(none)."
  - "VoIP Innovations does not say which of your numbers can carry SMS until the write: a number that cannot fails
    at C(ConfigSMSDestination); check mode cannot tell, and reports V(changed)."
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  number:
    description:
      - The phone number, in any format M(voip.carrier.did) accepts.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    required: true
  state:
    description:
      - V(present) enables SMS with the given targets; V(absent) disables SMS on the number.
      - "VoIP Innovations: V(absent) sends C(ConfigSMS) with C(enable=false) (the only call that disables SMS), which also
        removes an e-mail or number forward; a number the account does not hold has no SMS to disable (V(changed) is
        false)."
      - "VoiceMeUp: V(absent) switches every SMS option of the number off and unbinds its SMS profile; with O(profile)
        it also deletes that profile once no number of the account is bound to it. At VoiceMeUp V(present) needs no
        target: inbound messages are then kept in the VoiceMeUp portal only."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    choices: [present, absent]
    default: present
  email:
    description:
      - Deliver inbound messages to this e-mail address (VoiceMeUp, a notification of each message).
      - "VoIP Innovations: destination type V(email); one address."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  url:
    description:
      - Deliver inbound messages by HTTP POST to this URL (the carrier posts C(from), C(to) and C(msg)).
      - At QuestBlue it cannot be combined with O(email) or O(xmpp_name).
      - At VoiceMeUp the details are posted as JSON.
      - "VoIP Innovations: destination type V(post), or V(get) with O(destination_type=get)."
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
  xmpp_name:
    description:
      - Deliver inbound messages to this XMPP account. Needs O(xmpp_password).
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); write-only at
        QuestBlue."
    type: str
  xmpp_password:
    description:
      - The password of the XMPP account. Never returned; masked in diffs.
      - "Supported by: QuestBlue only (VoiceMeUp, VoIP Innovations and VoIP.ms fail before any request); write-only at
        QuestBlue."
    type: str
  forward_to:
    description:
      - "VoIP.ms: forward inbound messages to this phone number (any format M(voip.carrier.did) accepts). VoiceMeUp: the
        same, to a North American number. VoIP Innovations: the same (destination type V(forward)), to a North American
        number other than O(number)."
      - "Supported by: VoiceMeUp, VoIP Innovations, VoIP.ms (QuestBlue fails before any request)."
    type: str
  url_retry:
    description:
      - "VoiceMeUp: whether VoiceMeUp retries the URL callback (O(url)) when it fails. Needs a URL; switched off with
        it."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: bool
    version_added: 0.2.0
  auto_reply:
    description:
      - "VoiceMeUp: answer every inbound message with this text (at most 160 characters); V(\"\") switches it off."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  profile:
    description:
      - "VoiceMeUp: the name (2 to 32 characters) of the SMS profile the number's settings live in, created if the
        account has none of that name; V(\"\") for the number's own settings. Leave it unset to keep the number where
        it is."
      - "Supported by: VoiceMeUp only (QuestBlue, VoIP Innovations and VoIP.ms fail before any request)."
    type: str
    version_added: 0.2.0
  destination_type:
    description:
      - "VoIP Innovations: where the number's messages go (C(destinationType) of C(ConfigSMSDestination)). V(email) needs
        O(email), V(forward) O(forward_to), V(post) and V(get) O(url); V(sip), V(progtelco) and V(none) take none of
        them. Unset: V(email), V(forward) or V(post) when O(email), O(forward_to) or O(url) is set, else the current
        type (V(none) when SMS is off)."
      - "Supported by: VoIP Innovations only (QuestBlue, VoiceMeUp and VoIP.ms fail before any request)."
    type: str
    choices: [none, sip, email, forward, post, get, progtelco]
    version_added: 0.2.0
  auth_token:
    description:
      - "VoIP Innovations: the token sent with each message posted to O(url) (C(authToken)); only with
        O(destination_type=post) or O(destination_type=get) (or O(url) alone). Never returned, masked in results and
        diffs. It is sent whenever the setting is written (SMS switched on, or a change), and with
        O(update_write_only=always) on every run; a change written without it leaves no token, so give it in every
        task of a number that posts with a token."
      - "Supported by: VoIP Innovations only (QuestBlue, VoiceMeUp and VoIP.ms fail before any request); write-only at
        VoIP Innovations."
    type: str
    version_added: 0.2.0
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (which ones, per carrier, is said below).
      - V(on_create) sends them when SMS is enabled or its mode changes; otherwise they are listed in
        RV(not_compared). V(always) sends the configuration on every run.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); it applies at QuestBlue to
        O(xmpp_name), O(xmpp_password); at VoIP Innovations to O(auth_token); no effect at VoiceMeUp and VoIP.ms (they
        return every option)."
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: voip.carrier.did
notes:
  - "Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms with O(state=present) and O(state=absent).
    Only at QuestBlue: O(xmpp_name), O(xmpp_password). Only at VoiceMeUp, VoIP Innovations and VoIP.ms: O(forward_to).
    Only at VoiceMeUp: O(url_retry), O(auto_reply), O(profile). Only at VoIP Innovations: O(destination_type),
    O(auth_token). Write-only (never returned, so not compared; see O(update_write_only)): at QuestBlue O(xmpp_name),
    O(xmpp_password); at VoIP Innovations O(auth_token). An option a carrier does not support fails before any
    request."
  - "The full support matrix (every module, option, state and carrier) is the R(Support
    matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's documentation."
"""

EXAMPLES = r"""
- name: QuestBlue texts to e-mail (a tier 1b number)
  voip.carrier.sms_config:
    provider: questblue
    api_username: "{{ questblue_username }}"
    api_password: "{{ questblue_password }}"
    api_key: "{{ questblue_security_key }}"
    number: "+19195550200"
    email: sms@example.com

- name: QuestBlue texts to e-mail and to an XMPP account
  voip.carrier.sms_config:
    provider: questblue
    number: "+19195550200"
    email: sms@example.com
    xmpp_name: sales@xmpp.example.com
    xmpp_password: "{{ vault_xmpp_password }}"

- name: QuestBlue texts to a webhook instead (e-mail and XMPP delivery are switched off)
  voip.carrier.sms_config:
    provider: questblue
    number: "+19195550200"
    url: https://hooks.example.com/sms

- name: No more SMS on this QuestBlue number
  voip.carrier.sms_config:
    provider: questblue
    number: "+19195550200"
    state: absent

- name: VoIP.ms texts to e-mail, to a mobile phone and to a webhook, all at once
  voip.carrier.sms_config:
    provider: voipms
    api_username: "{{ voipms_email }}"
    api_password: "{{ voipms_api_password }}"
    number: "+17862285600"
    email: sms@example.com
    forward_to: "+13055550199"
    url: https://hooks.example.com/sms

- name: Stop forwarding VoIP.ms texts to the phone; e-mail and webhook stay as they are
  voip.carrier.sms_config:
    provider: voipms
    number: "+17862285600"
    forward_to: ""

- name: No more SMS on this VoIP.ms number
  voip.carrier.sms_config:
    provider: voipms
    number: "+17862285600"
    state: absent

# A whole play: module_defaults names the carrier and its credentials once for every module of the
# collection (the action group voip.carrier.all).
- name: SMS to the help desk at VoIP.ms
  hosts: localhost
  gather_facts: false
  module_defaults:
    group/voip.carrier.all:
      provider: voipms
      api_username: "{{ voipms_email }}"
      api_password: "{{ voipms_api_password }}"
  tasks:
    - name: Texts to the help desk mailbox
      voip.carrier.sms_config:
        number: "{{ item }}"
        email: helpdesk@example.com
      loop: ["+17862285600", "+17862285601"]

- name: VoiceMeUp texts to e-mail and to a webhook that is retried, with an automatic reply
  voip.carrier.sms_config:
    provider: voicemeup
    api_username: "{{ voicemeup_username }}"
    api_key: "{{ voicemeup_auth_token }}"
    number: "+15145550100"
    email: sms@example.com
    url: https://hooks.example.com/sms
    url_retry: true
    auto_reply: Thanks, we will answer during business hours.

- name: Two VoiceMeUp numbers share the SMS profile "Sales SMS" (created by the first task)
  voip.carrier.sms_config:
    provider: voicemeup
    number: "{{ item }}"
    profile: Sales SMS
    email: sales@example.com
  loop: ["+15145550100", "+15145550101"]

- name: No more SMS on this VoiceMeUp number; delete the profile if no other number uses it
  voip.carrier.sms_config:
    provider: voicemeup
    number: "+15145550101"
    profile: Sales SMS
    state: absent

- name: VoIP Innovations texts posted to a webhook with a token (destination type post)
  voip.carrier.sms_config:
    provider: voipinnovations
    api_username: "{{ vi_login }}"
    api_password: "{{ vi_secret }}"
    number: "+12125550100"
    url: https://hooks.example.com/sms
    auth_token: "{{ vault_sms_hook_token }}"

- name: VoIP Innovations texts to the number's endpoint group over SIP instead
  voip.carrier.sms_config:
    provider: voipinnovations
    number: "+12125550100"
    destination_type: sip

- name: VoIP Innovations texts forwarded to a mobile phone
  voip.carrier.sms_config:
    provider: voipinnovations
    number: "+12125550101"
    forward_to: "+16465550111"

- name: No more SMS on this VoIP Innovations number (ConfigSMS enable=false)
  voip.carrier.sms_config:
    provider: voipinnovations
    number: "+12125550101"
    state: absent
"""

RETURN = r"""
sms_config:
  description:
    - The SMS settings of the number after the run (as they were, for O(state=absent)).
    - In check mode, when SMS is not on yet, the options you set (secrets masked), as nothing was sent.
  returned: always
  type: dict
  contains:
    number:
      description: The number in E.164.
      returned: always
      type: str
      sample: "+19195550200"
    mode:
      description: "QuestBlue: where messages go, V(email), V(xmpp), V(email+xmpp) or V(url)."
      returned: at QuestBlue, when SMS is on
      type: str
      sample: email
    email:
      description: The e-mail address messages go to, V("") if none.
      returned: when SMS is on
      type: str
      sample: sms@example.com
    url:
      description: The URL messages are posted to, V("") if none.
      returned: when SMS is on
      type: str
      sample: ""
    xmpp_name:
      description:
        - "QuestBlue: the XMPP account messages go to. QuestBlue never returns it: it is the value you set, shown when
          this run sent it (when SMS is switched on, or with O(update_write_only=always)) or in check mode."
      returned: at QuestBlue, when set and sent (or in check mode)
      type: str
      sample: sms@xmpp.example.com
    xmpp_password:
      description:
        - "QuestBlue: the XMPP password, always masked as C(VALUE_SPECIFIED_IN_NO_LOG_PARAMETER); shown when
          RV(sms_config.xmpp_name) is."
      returned: at QuestBlue, when set and sent (or in check mode)
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    forward_to:
      description: "VoIP.ms, VoiceMeUp and VoIP Innovations: the number messages are forwarded to, in E.164, V(\"\") if
        none."
      returned: at VoIP.ms, VoiceMeUp and VoIP Innovations, when SMS is on
      type: str
      sample: ""
    url_retry:
      description: "VoiceMeUp: whether the URL callback is retried."
      returned: at VoiceMeUp, when SMS is on
      type: bool
      sample: false
    auto_reply:
      description: "VoiceMeUp: the automatic reply to every inbound message, V(\"\") if none."
      returned: at VoiceMeUp, when SMS is on
      type: str
      sample: ""
    profile:
      description:
        - "VoiceMeUp: the SMS profile the number's settings live in (the targets shown are the profile's), V(\"\") for
          the number's own."
      returned: at VoiceMeUp, when SMS is on
      type: str
      sample: Sales SMS
    destination_type:
      description: "VoIP Innovations: where messages go, one of V(none), V(sip), V(email), V(forward), V(post), V(get),
        V(progtelco)."
      returned: at VoIP Innovations, when SMS is on
      type: str
      sample: post
    auth_token:
      description:
        - "VoIP Innovations: the token of O(url), always masked as C(VALUE_SPECIFIED_IN_NO_LOG_PARAMETER). VoIP
          Innovations never returns it: shown when this run sent it, or in check mode."
      returned: at VoIP Innovations, when set and sent (or in check mode)
      type: str
      sample: VALUE_SPECIFIED_IN_NO_LOG_PARAMETER
    enabled:
      description: Whether SMS is enabled (V(true) whenever the key is present).
      returned: when SMS is on
      type: bool
      sample: true
    provider:
      description: The provider key.
      returned: when SMS is on
      type: str
      sample: questblue
not_compared:
  description: Options you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when such options are set and SMS was already enabled
  type: list
  elements: str
  sample: [xmpp_name, xmpp_password]
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
  sample: number
provider:
  description: The provider key of the carrier whose answer made the task fail.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: voipms
carrier_code:
  description:
    - "VoIP.ms: the carrier's own error code (its C(status)). VoiceMeUp: the code of its first message (every message
      is in the error text). VoIP Innovations: its C(responseCode) (a number). QuestBlue errors carry no code."
  returned: on failure, when the carrier answered with an error code
  type: str
  sample: invalid_sms_forward
carrier_message:
  description: The carrier's own error message, or C(HTTP <status>) when the answer had none.
  returned: on failure, when the carrier answered with an error
  type: str
  sample: SMS Forward is missing or not valid
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
      request type, VoIP Innovations as the SOAP operation (C(ConfigSMSDestination)).
  returned: on failure, when a request to the carrier failed
  type: str
  sample: setSMS
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
from ansible_collections.voip.carrier.plugins.module_utils.models import SMS_CONFIG
from ansible_collections.voip.carrier.plugins.module_utils.options import SMS_OPTIONS, SMS_REQUIRED_TOGETHER


def main():
    argument_spec = resource_argument_spec(number={"type": "str", "required": True}, **SMS_OPTIONS)
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           required_together=SMS_REQUIRED_TOGETHER)
    ResourceEngine(module, SMS_CONFIG).run()


if __name__ == "__main__":
    main()
