# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Provider-neutral resource models: which fields a resource has, how a user's value is
normalised, and which fields cannot be read back (write-only) or must never be shown (secret).

Drivers speak these field names to the engine; only drivers know the carriers' names.
"""

from __future__ import annotations

import ipaddress

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.numbers import to_e164


class Field:
    """One field of a resource model.

    write_only: the carrier accepts it but never returns it, so it cannot be compared; it is sent
        on create, and on update only when the user asks for it (``update_write_only: always``).
    secret: never returned in results, masked in diffs.
    create_only: can only be chosen when the resource is created; a different value later is an
        error, not a silent no-op.
    """

    def __init__(self, name, normalize=None, write_only=False, secret=False, create_only=False):
        self.name = name
        self.normalize = normalize
        self.write_only = write_only
        self.secret = secret
        self.create_only = create_only

    def desired(self, value):
        return self.normalize(value, self.name) if self.normalize else value

    def equal(self, desired, current):
        if isinstance(desired, dict):
            # Only the keys the user gave are compared; an unset sub-option never forces a change.
            if not isinstance(current, dict):
                return False
            return all(self.equal(v, current.get(k)) for k, v in desired.items() if v is not None)
        if isinstance(desired, bool) or isinstance(current, bool):
            return bool(desired) == bool(current) and current is not None
        if current is None:
            return desired in (None, "")
        return str(desired) == str(current)


class Model:
    """A resource: its identity field and its fields (the identity is one of them)."""

    def __init__(self, name, identity, fields, read_only=()):
        self.name = name
        self.identity = identity
        self.fields = {field.name: field for field in fields}
        # Reported by the carrier, never set by the user (status, type ...): shown, not compared.
        self.read_only = tuple(read_only)

    def desired_from_params(self, params):
        """The user-set fields only, normalised. Options left unset (None) are not part of it."""
        desired = {}
        for name, field in self.fields.items():
            value = params.get(name)
            if value is None:
                continue
            desired[name] = field.desired(value)
        return desired

    def masked(self, record):
        """A copy fit to show: secrets replaced, unknown (None) values dropped."""
        if record is None:
            return None
        shown = {}
        for key, value in record.items():
            field = self.fields.get(key)
            if field is not None and field.secret:
                if value not in (None, ""):
                    shown[key] = "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"
                continue
            if value is not None:
                shown[key] = value
        return shown


# ---- normalisers: (value, field name) -> normalised value, or ValidationError naming the field ----

def e164(value, name):
    return to_e164(value, field=name)


def optional_e164(value, name):
    """A number, or "" to clear it."""
    return "" if str(value).strip() == "" else to_e164(value, field=name)


def digits(value, name):
    text = str(value).strip()
    if not text.isdigit():
        raise ValidationError(name, "must contain digits only")
    return text


def ip_address(value, name):
    try:
        return str(ipaddress.ip_address(str(value).strip()))
    except ValueError:
        raise ValidationError(name, "%r is not an IPv4 or IPv6 address" % value)


def failover(value, name):
    value = dict(value)
    if value.get("ip_address") is not None:
        value["ip_address"] = ip_address(value["ip_address"], name + ".ip_address")
    return value


DID = Model(
    "did",
    identity="number",
    fields=[
        Field("number", e164),
        Field("tier", create_only=True),
        Field("description"),
        Field("trunk"),
        Field("forward_to", optional_e164, write_only=True),
        Field("cnam"),
        Field("caller_id_name"),
        Field("port_out_pin", digits, write_only=True, secret=True),
        Field("failover", failover),
    ],
    read_only=("status", "type", "e911", "provider"),
)
