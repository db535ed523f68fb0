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
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  login:
    description: The user's login (QuestBlue at most 36 characters).
    type: str
    required: true
  state:
    description: V(present) creates or updates the user; V(absent) deletes it.
    type: str
    choices: [present, absent]
    default: present
  password:
    description: The user's password (QuestBlue at most 64 characters). Required to create. Masked in all output.
    type: str
  first_name:
    description: First name (QuestBlue at most 48 characters). Required to create.
    type: str
  last_name:
    description: Last name (QuestBlue at most 48 characters).
    type: str
  email:
    description: The user's e-mail address.
    type: str
  admin:
    description: Whether the user administers the group.
    type: bool
  group:
    description:
      - The fax group (QuestBlue C(sname), at most 24 characters) the user belongs to. Required to create;
        cannot be changed afterwards. Created if it does not exist.
    type: str
  group_description:
    description: The long name given to the group if this module creates it (at most 128 characters).
    type: str
  permissions:
    description:
      - "The user's permissions on the account's fax numbers. When given, this is the complete list:
        permissions on numbers not listed are removed. Omit it to leave permissions alone."
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
    description: "VoIP.ms: whether the e-mail-to-fax sender is enabled (default true)."
    type: bool
  from_number:
    description: "VoIP.ms: the account's fax number the faxes are sent from. Required to create."
    type: str
  require_code:
    description: "VoIP.ms: whether the security code (O(password)) must be in the subject of the e-mail (default true)."
    type: bool
  update_write_only:
    description:
      - What to do with options the carrier accepts but never returns (at QuestBlue O(email) and
        O(group_description)). V(on_create) sends them at creation only; V(always) on every run.
    type: str
    choices: [on_create, always]
    default: on_create
"""

EXAMPLES = r"""
- name: A fax user who may send from and read the inbox of one number
  voip.carrier.fax_user:
    provider: questblue
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

- name: Remove the user
  voip.carrier.fax_user:
    provider: questblue
    login: jdoe
    state: absent
"""

RETURN = r"""
fax_user:
  description: The user after the run (as it was, for O(state=absent)). The password is masked.
  returned: always
  type: dict
  contains:
    login:
      description: The login.
      type: str
      sample: jdoe
    first_name:
      description: First name.
      type: str
      sample: Jane
    last_name:
      description: Last name.
      type: str
      sample: Doe
    admin:
      description: Whether the user administers the group.
      type: bool
      sample: false
    group:
      description: The user's group.
      type: str
      sample: sales
    permissions:
      description: Per-number permissions (when managed by this task).
      type: list
      elements: dict
      sample: [{"number": "+19195550700", "send": true, "delete": false, "list_received": true, "list_sent": false}]
    provider:
      description: The provider key.
      type: str
      sample: questblue
not_compared:
  description: Options you set that the carrier cannot return, so they were neither compared nor sent.
  returned: when such options are set and the user already existed
  type: list
  elements: str
  sample: [email]
api_calls:
  description: The API requests this run made.
  returned: always
  type: dict
  sample: {"reads": 2, "writes": 0, "retries": 0, "total": 2}
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.connection import resource_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.engine import ResourceEngine
from ansible_collections.voip.carrier.plugins.module_utils.models import FAX_USER


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
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    ResourceEngine(module, FAX_USER).run()


if __name__ == "__main__":
    main()
