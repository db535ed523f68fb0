# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms e-mail-to-fax configurations as fax users: a sender address (the login) allowed to fax
from one of the account's fax numbers, with a security code. getEmailToFax / setEmailToFax (create
without ``id``, update with it; it returns no id) / delEmailToFax. The fax number is sent as its
record id (``from_number_id``) and read back as a number (``from``). In check mode the carrier's
``test`` flag validates a create without making it.
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import FAX_USER, email
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter


class VoipmsFaxUser(ResourceAdapter):
    model = FAX_USER
    fields = frozenset(("login", "password", "enabled", "from_number", "require_code"))
    write_only = frozenset()

    def __init__(self, client):
        super().__init__(client)
        self._row = None

    def validate(self, desired, state):
        email(desired["login"], "login")
        if not desired["login"]:
            raise ValidationError("login", "is the sender e-mail address at voipms and must not be empty")
        if desired.get("password") is not None and not re.match(r"^[A-Za-z0-9]+$", desired["password"]):
            raise ValidationError("password", "the voipms security code takes letters and digits only")
        if desired.get("from_number"):
            nanp_national(desired["from_number"], "from_number", self.provider)

    def validate_create(self, desired):
        for name in ("password", "from_number"):
            if not desired.get(name):
                raise ValidationError(name, "is required to create an e-mail-to-fax sender at voipms")

    def read(self, identity):
        body = self.client.call("getEmailToFax") or {}
        for row in body.get("emailToFax") or []:
            if str(row.get("email", "")).lower() == identity.lower():
                self._row = row
                return {"login": identity, "password": row.get("security_code") or "",
                        "enabled": str(row.get("enabled")) == "1",
                        "require_code": str(row.get("security_code_enabled")) == "1",
                        "from_number": from_carrier(row["from"]) if row.get("from") else "",
                        "provider": "voipms"}
        return None

    def _fax_number_id(self, number):
        national = nanp_national(number, "from_number", self.provider)
        body = self.client.call("getFaxNumbersInfo", {"did": national}, empty=("no_numbers", "invalid_did")) or {}
        for row in self.client.rows(body, "numbers"):
            if str(row.get("did")) == national:
                return row["id"]
        raise ValidationError("from_number", "%s is not a fax number of this voipms account" % number)

    def _wire(self, values, current=None):
        merged = dict(current or {})
        merged.update(values)
        wire = {"auth_email": merged["login"], "security_code": merged.get("password"),
                "enabled": "1" if merged.get("enabled", True) else "0",
                "security_code_enabled": "1" if merged.get("require_code", True) else "0",
                "from_number_id": self._fax_number_id(merged["from_number"])}
        return wire

    def check_create(self, desired):
        self.client.call("setEmailToFax", dict(self._wire(desired), test="1"))

    def create(self, desired):
        self.client.call("setEmailToFax", self._wire(desired), write=True)
        return self.read(desired["login"])

    def update(self, identity, changes, current, desired):
        wire = self._wire(changes, current)
        wire["id"] = self._row["id"]
        self.client.call("setEmailToFax", wire, write=True)
        return self.read(identity)

    def delete(self, identity, current):
        self.client.call("delEmailToFax", {"id": self._row["id"]}, write=True)
