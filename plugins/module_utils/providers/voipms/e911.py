# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms E911: e911Validate before e911Provision / e911Update, e911Info to read, e911Cancel for
absent. The whole address is sent on every write; VoIP.ms stores some parts upper-cased, so they
are compared ignoring case. A provisioning that VoIP.ms staff still validate is "pending" and cannot
be updated until it is active.

Region, postal code and their agreement are checked by the shared address module before any
request: e911Validate, as the seed documents it, checks only the ZIP code's form, not that it
exists or lies in the state. ``unit_type`` must be one of VoIP.ms' address types; the USPS
abbreviations people write (APT, STE ...) are mapped to them, so the value sent and read back is
VoIP.ms' own and re-runs compare equal.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils import address
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import NOT_IN_SNAPSHOT, ResourceAdapter

# neutral field -> e911Provision/e911Update/e911Info name
WIRE_NAMES = {"name": "full_name", "street_number": "street_number", "street_name": "street_name",
              "unit_type": "address_type", "unit_number": "address_number", "city": "city", "region": "state",
              "postal_code": "zip_code", "country": "country", "language": "language", "email": "email"}
REQUIRED = ("name", "street_number", "street_name", "city", "region", "postal_code", "email")
STATUSES = {"1": "pending", "2": "active"}
# address_type: "Values from e911AddressTypes". The seed's sample shows Apartment and Basement and
# its e911Info example Hanger; the whole list, as e911AddressTypes returns it, is the 24 USPS
# secondary unit designators (USPS Publication 28 C2), with VoIP.ms' spelling "Hanger".
ADDRESS_TYPES = ("Apartment", "Basement", "Building", "Department", "Floor", "Front", "Hanger", "Key", "Lobby", "Lot",
                 "Lower", "Office", "Penthouse", "Pier", "Rear", "Room", "Side", "Slip", "Space", "Stop", "Suite",
                 "Trailer", "Unit", "Upper")
ADDRESS_TYPE_ALIASES = {"hangar": "Hanger"}  # the USPS spelling of HNGR


class VoipmsE911(ResourceAdapter):
    model = E911
    fields = frozenset(("number",) + tuple(WIRE_NAMES))
    write_only = frozenset()

    def prepare(self, desired, state):
        if state == "present":
            desired = address.normalise(desired)
            if desired.get("unit_type"):
                # Unknown values are kept as typed, for validate() to name them.
                desired["unit_type"] = (address.unit_type(desired["unit_type"], ADDRESS_TYPES, ADDRESS_TYPE_ALIASES)
                                        or desired["unit_type"])
        return super().prepare(desired, state)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if state != "present":
            return
        address.require(desired, REQUIRED, self.provider)
        address.check(desired, countries=("US", "CA"), provider=self.provider)
        if desired.get("unit_type") and desired["unit_type"] not in ADDRESS_TYPES:
            raise ValidationError("unit_type", "%r is not a VoIP.ms address type; use one of %s (or its USPS "
                                               "abbreviation, such as APT or STE)"
                                  % (desired["unit_type"], ", ".join(ADDRESS_TYPES)))
        if desired.get("language") and desired["language"].upper() not in ("EN", "FR"):
            raise ValidationError("language", "must be EN or FR")

    def from_snapshot(self, number):
        """getDIDsInfo (the snapshot) says whether an address is on file; the address itself only
        e911Info returns, one number a call."""
        if number is None or not number.get("e911"):
            return None
        return NOT_IN_SNAPSHOT

    def read(self, identity):
        body = self.client.call("e911Info", {"did": nanp_national(identity, "number", self.provider)},
                                empty=("e911_disabled",))
        if body is None:
            return None
        info = body.get("info") or {}
        record = {name: info.get(wire) or "" for name, wire in WIRE_NAMES.items()}
        record.update(number=identity, status=STATUSES.get(str(info.get("status")), info.get("status")),
                      provider="voipms")
        return record

    def _wire(self, values):
        wire = {wire: values[name] for name, wire in WIRE_NAMES.items() if values.get(name) not in (None, "")}
        wire.setdefault("country", "US")
        wire.setdefault("language", "EN")
        wire["country"] = wire["country"].upper()
        wire["language"] = wire["language"].upper()
        wire["state"] = wire.get("state", "").upper()
        wire["did"] = nanp_national(values["number"])
        return wire

    def check_create(self, desired):
        self.client.call("e911Validate", self._wire(desired))

    def create(self, desired):
        wire = self._wire(desired)
        self.client.call("e911Validate", wire)
        self.client.call("e911Provision", wire, write=True)
        return self.read(desired["number"])

    def update_blocked(self, current):
        if current.get("status") == "pending":
            return "the address is pending validation by VoIP.ms staff; run again once it is active"
        return None

    def update(self, identity, changes, current, desired):
        merged = {k: v for k, v in current.items() if k in WIRE_NAMES}
        merged.update(changes)
        merged["number"] = identity
        wire = self._wire(merged)
        self.client.call("e911Validate", wire)
        self.client.call("e911Update", wire, write=True)
        return self.read(identity) if self.confirm_writes else None

    def delete(self, identity, current):
        self.client.call("e911Cancel", {"did": nanp_national(identity)}, write=True)
