# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue SIP trunks: POST/GET/PUT/DELETE /siptrunk, keyed by the trunk name.

A trunk is static (an IP address or a dynamic host) or registration (user/password). The read
returns ``trunk, type, status, ip_address, routed_dids, inter_call``; the password, the dynamic
host, the international spending limit and failover are accepted but never returned.
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.did import (
    failover_to_wire, validate_failover)

_NAME = re.compile(r"^[A-Za-z0-9]{1,15}$")
_PASSWORD = re.compile(r"^[A-Za-z0-9]{4,48}$")
_HOST = re.compile(r"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")
AUTH_FROM_WIRE = {"static": "ip", "registration": "credentials"}
ON_OFF = {True: "on", False: "off"}


class QuestBlueTrunk(ResourceAdapter):
    model = SIP_TRUNK
    fields = frozenset(("name", "auth_type", "password", "ip_address", "host", "enabled", "international_calls",
                        "international_limit", "failover"))
    write_only = frozenset(("password", "host", "international_limit", "failover"))

    def validate(self, desired, state):
        if not _NAME.match(desired["name"]):
            raise ValidationError("name", "%r is not a questblue trunk name: 1-15 letters and digits" % desired["name"])
        password = desired.get("password")
        if password is not None and not _PASSWORD.match(password):
            raise ValidationError("password", "must be 4-48 letters and digits at questblue")
        host = desired.get("host")
        if host and not _HOST.match(host):
            raise ValidationError("host", "%r is not a host name" % host)
        limit = desired.get("international_limit")
        if limit is not None:
            if not 1 <= limit <= 1000:
                raise ValidationError("international_limit", "must be between 1 and 1000 (USD)")
            if desired.get("international_calls") is False:
                raise ValidationError("international_limit", "only applies with international_calls: true")
        if desired.get("auth_type") == "credentials" and (desired.get("ip_address") or host):
            raise ValidationError("ip_address", "a credentials (registration) trunk has no IP address or host; "
                                                "use auth_type: ip")
        if "failover" in desired:
            validate_failover(desired["failover"])

    def validate_create(self, desired):
        if desired.get("auth_type", "ip") == "ip" and not (desired.get("ip_address") or desired.get("host")):
            raise ValidationError("ip_address", "an IP-authenticated trunk needs ip_address or host to be created")

    @staticmethod
    def to_neutral(row):
        return {
            "name": str(row["trunk"]).strip(),
            "auth_type": AUTH_FROM_WIRE.get(row.get("type"), row.get("type")),
            "ip_address": row.get("ip_address") or "",
            "enabled": row.get("status") == "on",
            "international_calls": row.get("inter_call") == "on",
            "numbers": sorted(from_carrier(n) for n in row.get("routed_dids") or []),
            "provider": "questblue",
        }

    @staticmethod
    def to_wire(values):
        wire = {}
        if "password" in values:
            wire["password"] = values["password"]
        if "ip_address" in values:
            wire["ip_address"] = values["ip_address"]
        if "host" in values:
            wire["dynamic_host"] = values["host"]
        if "international_calls" in values:
            wire["inter_call"] = ON_OFF[bool(values["international_calls"])]
        if "international_limit" in values:
            wire["inter_limit"] = int(values["international_limit"])
        if "failover" in values:
            wire["failover"] = failover_to_wire(values["failover"])
        return wire

    def read(self, identity):
        body = self.client.call("GET", "/siptrunk", {"trunk": identity, "per_page": 5})
        for row in self.client.rows(body, "GET /siptrunk"):
            if str(row.get("trunk", "")).strip() == identity:
                return self.to_neutral(row)
        return None

    def create(self, desired):
        if desired.get("password") is None and desired.get("auth_type") == "credentials":
            self.client.warn("no password given: questblue generates one for trunk %s and never returns it; set "
                             "password to know it" % desired["name"])
        self.client.call("POST", "/siptrunk", dict(self.to_wire(desired), trunk=desired["name"]))
        if desired.get("enabled") is False:
            # createTrunk has no status parameter: a trunk is created enabled.
            self.client.call("PUT", "/siptrunk", {"trunk": desired["name"], "status": "off"})
        return self.read(desired["name"])

    def update(self, identity, changes, current, desired):
        wire = self.to_wire(changes)
        if "enabled" in changes:
            wire["status"] = ON_OFF[bool(changes["enabled"])]
        self.client.call("PUT", "/siptrunk", dict(wire, trunk=identity))

    def delete(self, identity, current):
        # Numbers routed to the trunk are unrouted by the carrier, which answers with a warning.
        self.client.call("DELETE", "/siptrunk", {"trunk": identity})

    def list(self):
        for row in self.client.pages("/siptrunk"):
            yield self.to_neutral(row)
