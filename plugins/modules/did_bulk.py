#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
---
module: did_bulk
short_description: Make a carrier account hold exactly a list of phone numbers, with their settings, in one task
version_added: 0.2.0
description:
  - Converges many numbers of one account in one task, where a C(loop) over M(voip.carrier.did) would cost one
    module run and at least one request per number.
  - Each item of O(numbers) takes the options of M(voip.carrier.did), and optionally O(numbers[].sms) (the options of
    M(voip.carrier.sms_config)) and O(numbers[].e911) (the options of M(voip.carrier.e911)). The same rules apply as in
    those modules, from the same code - only the options you set are compared, write-only options are listed as
    not compared, an option the carrier does not support fails before any request.
  - Every item is checked before the first request; one bad item fails the task naming C(numbers[i].option), and
    nothing is read or written.
  - The account is read with the list calls of the account snapshot (the same reads as the
    R(inventory plugin,ansible_collections.voip.carrier.numbers_inventory)), never one request per number, except
    VoIP.ms E911 addresses (C(e911Info), one call per number that has one, only for items that set O(numbers[].e911)).
    A run with nothing to change makes only these reads and no write.
  - Orders use the carrier's batch call where it has one (QuestBlue orders up to 100 numbers of one tier and trunk in
    one call); every other write goes one number at a time through a pool of O(workers) threads that share the
    account's request budget.
  - A carrier error on one number does not stop the others. The task fails at the end, naming each failed number with
    the carrier's code and message; the other numbers stay converged and a re-run converges the rest without buying
    anything twice. An order whose outcome is unknown is re-read, never re-sent.
author:
  - voip.carrier contributors (@voip-carrier)
extends_documentation_fragment:
  - voip.carrier.connection
  - voip.carrier.attributes
options:
  numbers:
    description:
      - The numbers the account must hold (or, with O(numbers[].state=absent), must not hold), with their settings.
    type: list
    elements: dict
    required: true
  defaults:
    description:
      - Options applied to every item of O(numbers) that does not set them; the same options as an item, but
        O(numbers[].number).
    type: dict
  purge:
    description:
      - Release every number the account holds that O(numbers) does not name (numbers still being ported in are
        kept). Releasing is guarded by O(max_releases).
    type: bool
    default: false
  max_releases:
    description:
      - The most numbers one run may release (O(purge) and items with O(numbers[].state=absent) together). A run that
        would release more fails before any write, listing the numbers. Check mode shows exactly which numbers would
        go.
    type: int
    default: 10
  workers:
    description:
      - How many writes run at once (1 to 16). They share the account's request budget, so more workers never exceed
        the carrier's rate limit.
    type: int
    default: 4
  update_write_only:
    description:
      - What to do with options the carrier never returns, in every item. V(on_create) sends them only when a number
        is ordered; V(always) sends them on every run (and reports C(changed)).
    type: str
    choices: [on_create, always]
    default: on_create
"""

EXAMPLES = r"""
- name: Converge the numbers of the Raleigh office at QuestBlue
  voip.carrier.did_bulk:
    provider: questblue
    defaults:
      trunk: raleigh01
      tier: "1"
    numbers:
      - number: "+19195550100"
        description: reception
      - number: "+19195550101"
        description: sales
"""

RETURN = r"""
counts:
  description: How many numbers got each action.
  returned: always
  type: dict
  sample: {"ordered": 1, "updated": 2, "released": 0, "unchanged": 997, "failed": 0}
numbers:
  description: Every number of the list (and every number O(purge) releases), with its action.
  returned: always
  type: list
  elements: dict
"""

from ansible.module_utils.basic import AnsibleModule

from ansible_collections.voip.carrier.plugins.module_utils.bulk import BulkEngine
from ansible_collections.voip.carrier.plugins.module_utils.connection import connection_argument_spec
from ansible_collections.voip.carrier.plugins.module_utils.options import DID_MUTUALLY_EXCLUSIVE, bulk_item_options


def main():
    argument_spec = connection_argument_spec()
    argument_spec.update(
        numbers={"type": "list", "elements": "dict", "required": True, "options": bulk_item_options(),
                 "mutually_exclusive": DID_MUTUALLY_EXCLUSIVE},
        defaults={"type": "dict", "options": bulk_item_options(number_required=False)},
        purge={"type": "bool", "default": False},
        max_releases={"type": "int", "default": 10},
        workers={"type": "int", "default": 4},
        update_write_only={"type": "str", "default": "on_create", "choices": ["on_create", "always"]},
    )
    module = AnsibleModule(argument_spec=argument_spec, supports_check_mode=True)
    BulkEngine(module).run()


if __name__ == "__main__":
    main()
