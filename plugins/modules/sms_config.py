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
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  number:
    description: The phone number, in any format M(voip.carrier.did) accepts.
    type: str
    required: true
  state:
    description: V(present) enables SMS with the given targets; V(absent) disables SMS on the number.
    type: str
    choices: [present, absent]
    default: present
  email:
    description: Deliver inbound messages to this e-mail address.
    type: str
  url:
    description:
      - Deliver inbound messages by HTTP POST to this URL (the carrier posts C(from), C(to) and C(msg)).
      - At QuestBlue it cannot be combined with O(email) or O(xmpp_name).
    type: str
  xmpp_name:
    description: Deliver inbound messages to this XMPP account. Needs O(xmpp_password).
    type: str
  xmpp_password:
    description: The password of the XMPP account. Never returned; masked in diffs.
    type: str
  forward_to:
    description: "VoIP.ms: forward inbound messages to this phone number (any format M(voip.carrier.did) accepts)."
    type: str
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (O(xmpp_name), O(xmpp_password)).
      - V(on_create) sends them when SMS is enabled or its mode changes; otherwise they are listed in
        RV(not_compared). V(always) sends the configuration on every run.
    type: str
    choices: [on_create, always]
    default: on_create
seealso:
  - module: voip.carrier.did
"""

EXAMPLES = r"""
- name: Texts to e-mail
  voip.carrier.sms_config:
    provider: questblue
    number: "+19195550200"
    email: sms@example.com

- name: Texts to a webhook instead (e-mail delivery is switched off)
  voip.carrier.sms_config:
    provider: questblue
    number: "+19195550200"
    url: https://hooks.example.com/sms

- name: No more SMS on this number
  voip.carrier.sms_config:
    provider: questblue
    number: "+19195550200"
    state: absent
"""

RETURN = r"""
sms_config:
  description: The SMS settings of the number after the run (as they were, for O(state=absent)).
  returned: always
  type: dict
  contains:
    number:
      description: The number in E.164.
      type: str
      sample: "+19195550200"
    mode:
      description: V(email), V(xmpp), V(email+xmpp) or V(url).
      type: str
      sample: email
    email:
      description: The e-mail address messages go to, V("") if none.
      type: str
      sample: sms@example.com
    url:
      description: The URL messages are posted to, V("") if none.
      type: str
      sample: ""
    forward_to:
      description: "VoIP.ms: the number messages are forwarded to, V(\"\") if none."
      type: str
      sample: ""
    enabled:
      description: Whether SMS is enabled.
      type: bool
      sample: true
    provider:
      description: The provider key.
      type: str
      sample: questblue
not_compared:
  description: Options you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when such options are set and SMS was already enabled
  type: list
  elements: str
  sample: [xmpp_name, xmpp_password]
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 1, "writes": 0, "retries": 0, "total": 1}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import resource_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import ResourceEngine
from ansible_collections.voip.carrier.plugins.module_utils.models import SMS_CONFIG


def main():
    argument_spec = resource_argument_spec(
        number={"type": "str", "required": True},
        email={"type": "str"},
        url={"type": "str"},
        xmpp_name={"type": "str"},
        xmpp_password={"type": "str", "no_log": True},
        forward_to={"type": "str"},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True,
                           required_together=[("xmpp_name", "xmpp_password")])
    ResourceEngine(module, SMS_CONFIG).run()


if __name__ == "__main__":
    main()
