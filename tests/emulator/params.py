"""Parameter decoding shared by carriers: PHP-style arrays in query strings and form bodies.

Carriers whose real servers are PHP (QuestBlue, VoIP.ms) accept ``did[]=1&did[]=2`` and
``failover[failover_num]=3``; PHP turns those into arrays, and a later plain key wins over an
earlier one. This module reproduces that decoding so the emulator reads such requests the way the
carrier would.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl

_BRACKETS = re.compile(r"\[([^\[\]]*)\]")


def _split_key(key: str) -> list[str]:
    """``a[b][]`` -> ``["a", "b", ""]``; a key without well-formed brackets stays literal."""
    head, sep, _rest = key.partition("[")
    if not sep or not head:
        return [key]
    rest = key[len(head):]
    parts = _BRACKETS.findall(rest)
    if "".join(f"[{p}]" for p in parts) != rest:
        return [key]
    return [head] + parts


def _assign(container: dict, parts: list[str], value: str) -> None:
    node = container
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if part == "":
            # "[]" appends: the next integer index after the largest one used so far, as PHP does.
            numeric = [int(k) for k in node if k.isdigit()]
            part = str(max(numeric) + 1 if numeric else 0)
        if last:
            node[part] = value
        else:
            child = node.get(part)
            if not isinstance(child, dict):
                # PHP replaces a scalar with an array when the same name reappears with brackets.
                child = {}
                node[part] = child
            node = child


def _listify(value):
    """Dicts keyed 0..n (from ``x[]`` or ``x[0]``) become lists, as PHP arrays serialise to JSON."""
    if isinstance(value, dict):
        converted = {k: _listify(v) for k, v in value.items()}
        if converted and all(k.isdigit() for k in converted):
            return [converted[k] for k in sorted(converted, key=int)]
        return converted
    return value


def parse_php_pairs(pairs) -> dict:
    result: dict = {}
    for key, value in pairs:
        _assign(result, _split_key(key), value)
    return {k: _listify(v) for k, v in result.items()}


def parse_php_query(text: str) -> dict:
    """Decode a query string or an ``application/x-www-form-urlencoded`` body PHP-style."""
    return parse_php_pairs(parse_qsl(text, keep_blank_values=True))


def strip_nulls(value):
    """Drop JSON ``null`` everywhere: the official SDKs send null for every unset optional."""
    if isinstance(value, dict):
        return {k: strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_nulls(v) for v in value if v is not None]
    return value
