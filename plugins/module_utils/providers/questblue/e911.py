# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue E911: not a resource of its own but the ``e911`` parameter of PUT /did.

The address is sent whole (five required keys) and can never be read back: GET /did reports only
whether an address is set, and the seed has no other call (no validation, no status) that returns
any part of it. So only presence is compared, every run that finds an address warns that it cannot
be verified, and the address is re-sent when the user asks (``resend_address: true``, the engine's
``update_write_only: always``). ``"no"`` removes it.

QuestBlue stores whatever it is sent (state ``XX``, a ZIP of another state, ZIP ``00000``), so the
region and ZIP code are checked here, before any request, by the shared address module.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils import address
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
    state = None  # set by prepare(); a read outside a module run (state unknown) does not warn

    def prepare(self, desired, state):
        self.state = state
        return super().prepare(address.normalise(desired) if state == "present" else desired, state)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if state != "present":
            return
        # Every write sends the whole address, so every required part is needed on every run.
        address.require(desired, REQUIRED, self.provider)
        if bool(desired.get("unit_type")) != bool(desired.get("unit_number")):
            missing = "unit_number" if desired.get("unit_type") else "unit_type"
            raise ValidationError(missing, "is required with %s: questblue ignores one without the other"
                                  % ("unit_type" if missing == "unit_number" else "unit_number"))
        # e911_state / e911_zip: "State" and "Zip code" (seed L623-624), so a US address.
        address.check(desired, countries=("US",), provider=self.provider)

    def read(self, identity):
        row = self.client.find_number("/did", nanp_national(identity, "number", self.provider))
        if row is None:
            raise ValidationError("number", "%s is not a number in this questblue account" % identity)
        e911 = row.get("e911")
        if not e911 or e911 == "no":
            return None
        # Only presence is known: the address keys are absent, so they are not compared.
        if self.state == "present":
            self.client.warn(
                "the emergency address of %s cannot be verified: QuestBlue never returns it (it reports only that an "
                "address is set), so the address in this task was not compared with the one QuestBlue holds and, "
                "unless resend_address is true, was not sent. If the address may have changed, set resend_address: "
                "true to send it on every run (reported as changed); check what QuestBlue holds in its portal."
                % identity)
        return {"number": identity, "provider": "questblue"}

    def from_snapshot(self, number):
        """GET /did (the snapshot's list) says whether an address is on file, all read() can tell.
        The bulk module reports the address as not compared instead of warning per number."""
        if number is None or not number.get("e911"):
            return None
        return {"number": number["number"], "provider": self.provider}

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
