# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Keep short secrets out of results without corrupting data that merely contains their digits.

Ansible masks the value of every ``no_log`` option wherever it occurs in a module's result, as a
substring: with ``ssn_last4: "1234"`` a returned ``+13365551234`` became ``+1336555********``.
Long secrets (passwords, keys) never collide with data that way, so Ansible keeps masking them.
Short ones (PINs, the last four of an SSN) are taken off Ansible's list and masked here instead,
only where they stand as a token of their own (not inside a longer run of letters or digits).
Secret fields of results are replaced by name (``Model.masked``) and the echoed ``invocation``
masks every ``no_log`` option by name, so nothing is lost by the narrower match.
"""

from __future__ import annotations

import re

MASK = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
# Shorter than this, a secret is likely to occur inside ordinary data (numbers, ids, dates).
SHORT = 8


def _no_log_options(spec, params):
    """(name, value) of every no_log option that is set, suboptions included."""
    for name, option in (spec or {}).items():
        value = (params or {}).get(name)
        if value is None:
            continue
        if option.get("no_log"):
            yield name, value
        elif isinstance(value, dict):
            yield from _no_log_options(option.get("options"), value)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    yield from _no_log_options(option.get("options"), item)


def _masked_params(spec, params):
    """The module's parameters with every no_log option replaced by the mask, by name."""
    shown = {}
    for name, value in (params or {}).items():
        option = (spec or {}).get(name) or {}
        if option.get("no_log") and value is not None:
            shown[name] = MASK
        elif isinstance(value, dict):
            shown[name] = _masked_params(option.get("options"), value)
        elif isinstance(value, list):
            shown[name] = [_masked_params(option.get("options"), item) if isinstance(item, dict) else item
                           for item in value]
        else:
            shown[name] = value
    return shown


def _mask_tokens(value, pattern):
    if isinstance(value, str):
        return pattern.sub(MASK, value)
    if isinstance(value, dict):
        return {key: _mask_tokens(item, pattern) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_mask_tokens(item, pattern) for item in value]
    return value


def protect(module, result):
    """``result`` ready for ``exit_json``/``fail_json``: short secrets masked as tokens and taken
    off Ansible's substring list, the invocation echoed with no_log options masked by name."""
    short = {str(value) for _name, value in _no_log_options(module.argument_spec, module.params)
             if not isinstance(value, (dict, list, bool)) and 0 < len(str(value)) < SHORT}
    if short:
        module.no_log_values.difference_update(short)
        alternatives = "|".join(re.escape(text) for text in sorted(short, key=len, reverse=True))
        result = _mask_tokens(result, re.compile(r"(?<![0-9A-Za-z])(?:%s)(?![0-9A-Za-z])" % alternatives))
    result.setdefault("invocation", {"module_args": _masked_params(module.argument_spec, module.params)})
    return result
