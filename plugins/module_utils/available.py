# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The search for numbers available to order, as its users name it (``available_did_info`` and
the ``voip.carrier.available_numbers`` lookup): the same options, the same checks, one search.

What each carrier can search by is the DID adapter's (``search_criteria``, refused before any
request by ``refuse_unsupported_criteria``); this file only maps the options onto the adapter's
criteria and applies ``limit``.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError

# The options of the search, as an argument spec (the module's and the lookup's docs say the same).
SEARCH_OPTIONS = {
    "type": {"type": "str", "default": "local", "choices": ["local", "toll_free"]},
    "tier": {"type": "str", "choices": ["1", "1b", "2"]},
    "region": {"type": "str"},
    "rate_center": {"type": "str"},
    "npa": {"type": "str"},
    "zip": {"type": "str"},
    "limit": {"type": "int", "default": 20},
}


def search_available(adapter, params):
    """The numbers ``adapter`` (a DID adapter) offers for ``params`` (the search options, already
    typed), at most ``limit`` of them (0: all). ValidationError before any request for a bad value."""
    limit = params.get("limit")
    if limit is None:
        limit = SEARCH_OPTIONS["limit"]["default"]
    if limit < 0:
        raise ValidationError("limit", "must be 0 (all) or a positive number")
    # The adapters take the criteria by the options' own names (their ``search_criteria``).
    criteria = dict((name, params.get(name)) for name in SEARCH_OPTIONS if name != "limit")
    criteria["type"] = criteria["type"] or "local"
    found = adapter.search(criteria)
    return found[:limit] if limit else found
