# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations trunks: endpoint groups (EPGs), read with AuditEndpointGroups.

The API has no call that creates, changes or deletes an endpoint group: only
ActivateEndpointGroup / DeactivateEndpointGroup (``groupid``, a string). So a trunk here is named by
its EPG Name (or its ID when no group has that name), ``enabled`` (the group's Active) is the one
option sip_trunk can set, and everything else is refused before any request. A group's other
settings (addresses, port, prepend, rate deck, strip plus / country code, international, usage)
are returned, read-only.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import UnsupportedError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SIP_TRUNK
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

BACK_OFFICE = ("endpoint groups (VoIP Innovations' trunks) are created, changed and deleted in VoIP Innovations' Back "
               "Office; its API can only activate or deactivate one")


class VoipInnovationsTrunk(ResourceAdapter):
    model = SIP_TRUNK
    fields = frozenset(("name", "enabled"))
    states = ("present",)
    write_only = frozenset()

    def check_supported(self, desired, state):
        if state not in self.states:
            raise UnsupportedError("state", "state=%s is not supported for sip_trunk at voipinnovations: %s"
                                   % (state, BACK_OFFICE))
        for name in sorted(desired):
            if name not in self.fields:
                raise UnsupportedError(name, "voipinnovations cannot set this sip_trunk option: %s; remove %s (only "
                                             "enabled can be set there)" % (BACK_OFFICE, name))

    def validate_create(self, desired):
        # After the one read found no such group, also in check mode: nothing could create it.
        raise ValidationError("name", "there is no voipinnovations endpoint group %r in this account (by Name or ID; it "
                                      "has: %s); %s" % (desired["name"], self.client.group_names(), BACK_OFFICE))

    @staticmethod
    def to_neutral(group):
        addresses = [str(address) for address in (group.get("IPAddresses") or []) if address]
        return {
            "name": str(group.get("Name") or ""),
            "enabled": bool(group.get("Active")),
            # An endpoint group admits calls by source address.
            "auth_type": "ip",
            "ip_address": addresses[0] if addresses else "",
            "id": group.get("ID"),
            "ip_addresses": addresses,
            "port": group.get("Port"),
            "prepend": group.get("Prepend") or "",
            "rate_deck": group.get("RateDeck") or "",
            "strip_plus": bool(group.get("StripPlus")),
            "strip_country_code": bool(group.get("StripCC")),
            "international_calls": bool(group.get("International")),
            "mtd_usage": group.get("MTDUsage"),
            "client": group.get("Client") or "",
            "provider": "voipinnovations",
        }

    def read(self, identity):
        group = self.client.endpoint_group(identity, option="name")
        return self.to_neutral(group) if group is not None else None

    def list(self):
        for group in sorted(self.client.endpoint_groups(), key=lambda group: (str(group.get("Name")), group.get("ID"))):
            yield self.to_neutral(group)

    def create(self, desired):
        raise UnsupportedError("name", BACK_OFFICE)

    def update(self, identity, changes, current, desired):
        operation = "ActivateEndpointGroup" if changes["enabled"] else "DeactivateEndpointGroup"
        try:
            self.client.call(operation, groupid=str(current["id"]))
        finally:
            # Whatever the answer, the groups read before may no longer be what VoIP Innovations has.
            self.client.forget_endpoint_groups()
        return self.read(identity) if self.confirm_writes else None

    def delete(self, identity, current):
        raise UnsupportedError("state", BACK_OFFICE)
