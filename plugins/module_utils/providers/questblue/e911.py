# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue E911: not a resource of its own but the ``e911`` parameter of PUT /did.

The address is sent whole (five required keys) and can never be read back: GET /did reports only
whether an address is set. So only presence is compared; the address is re-sent when the user asks
(``update_write_only: always``). ``"no"`` removes it.
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

REQUIRED = ("name", "street_name", "city", "region", "postal_code")
ADDRESS_FIELDS = ("name", "street_number", "street_name", "unit_type", "unit_number", "city", "region",
                  "postal_code")


class QuestBlueE911(ResourceAdapter):
    model = E911
    fields = frozenset(("number",) + ADDRESS_FIELDS)
    write_only = frozenset(ADDRESS_FIELDS)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if state != "present":
            return
        # Every write sends the whole address, so every required part is needed on every run.
        for name in REQUIRED:
            if not desired.get(name):
                raise ValidationError(name, "is required: questblue needs name, street_name, city, region and "
                                            "postal_code for an emergency address")
        if bool(desired.get("unit_type")) != bool(desired.get("unit_number")):
            missing = "unit_number" if desired.get("unit_type") else "unit_type"
            raise ValidationError(missing, "is required with %s: questblue ignores one without the other"
                                  % ("unit_type" if missing == "unit_number" else "unit_number"))
        if not re.match(r"^[A-Za-z]{2}$", desired["region"]):
            raise ValidationError("region", "must be a two-letter state code such as NC")
        if not re.match(r"^\d{5}(-\d{4})?$", desired["postal_code"]):
            raise ValidationError("postal_code", "must be a US ZIP code (12345 or 12345-6789)")

    def read(self, identity):
        row = self.client.find_number("/did", nanp_national(identity, "number", self.provider))
        if row is None:
            raise ValidationError("number", "%s is not a number in this questblue account" % identity)
        e911 = row.get("e911")
        if not e911 or e911 == "no":
            return None
        # Only presence is known: the address keys are absent, so they are not compared.
        return {"number": identity, "provider": "questblue"}

    @staticmethod
    def to_wire(desired):
        street = " ".join(str(desired[k]) for k in ("street_number", "street_name") if desired.get(k))
        wire = {"e911_name": desired["name"], "e911_address": street, "e911_city": desired["city"],
                "e911_state": desired["region"].upper(), "e911_zip": str(desired["postal_code"])}
        if desired.get("unit_type") and desired.get("unit_number"):
            wire["e911_unittype"] = desired["unit_type"]
            wire["e911_unitnumber"] = str(desired["unit_number"])
        return wire

    def create(self, desired):
        self.client.call("PUT", "/did", {"did": int(nanp_national(desired["number"])), "e911": self.to_wire(desired)})
        return dict(desired, provider="questblue")

    def update(self, identity, changes, current, desired):
        self.client.call("PUT", "/did", {"did": int(nanp_national(identity)), "e911": self.to_wire(desired)})
        return dict(desired, provider="questblue")

    def delete(self, identity, current):
        self.client.call("PUT", "/did", {"did": int(nanp_national(identity)), "e911": "no"})
