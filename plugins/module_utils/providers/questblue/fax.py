# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue iFax Enterprise users (/fax2/user), their group (/fax2/group) and their per-number
permissions (/fax2/permit).

The user list returns ``login``/``password`` where the writes take ``fax_login``/``fax_password``;
the password comes back in plain text (so it is compared, and never shown), the e-mail address not
at all. Permissions are read only when the user manages them.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import FAX_USER, PERMISSION_FLAGS
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

LIMITS = {"login": 36, "password": 64, "first_name": 48, "last_name": 48, "group": 24, "group_description": 128}
WIRE_NAMES = {"password": "fax_password", "first_name": "fax_name", "last_name": "fax_lname", "email": "fax_email"}
# neutral permission flag -> the parameter POST /fax2/permit takes (seed L1242-1247) and the key
# GET /fax2/permit answers with (L1273): the flag for sent faxes is written "list_sent" and read
# back "allow_list_out".
PERMISSION_WRITE = {"send": "allow_send", "delete": "allow_delete", "list_received": "allow_list_in",
                    "list_sent": "list_sent"}
PERMISSION_READ = dict(PERMISSION_WRITE, list_sent="allow_list_out")
ON_OFF = {True: "on", False: "off"}
# The carrier's words for the fax parameters -> the fax_user options, for error messages.
BLAME = dict({wire: name for name, wire in WIRE_NAMES.items()},
             **{wire: "permissions" for wire in list(PERMISSION_WRITE.values()) + ["did"]},
             fax_login="login", login="login", sname="group", group="group", is_admin="admin")


class QuestBlueFaxUser(ResourceAdapter):
    model = FAX_USER
    fields = frozenset(("login", "password", "first_name", "last_name", "email", "admin", "group",
                        "group_description", "permissions"))
    write_only = frozenset(("email", "group_description"))

    def validate(self, desired, state):
        for name, limit in LIMITS.items():
            value = desired.get(name)
            if value is not None and len(str(value)) > limit:
                raise ValidationError(name, "is %d characters; questblue allows at most %d" % (len(str(value)), limit))
        if not desired["login"].strip():
            raise ValidationError("login", "must not be empty")
        for entry in desired.get("permissions") or []:
            nanp_national(entry["number"], "permissions.number", self.provider)

    def validate_create(self, desired):
        for name in ("password", "first_name", "group"):
            if not desired.get(name):
                raise ValidationError(name, "is required to create a fax user at questblue")

    def read(self, identity):
        rows = self.client.pages("/fax2/user", {"fax_login": identity})
        user = next((row for row in rows if row.get("login", row.get("fax_login")) == identity), None)
        if user is None:
            return None
        record = {
            "login": identity,
            "password": user.get("password", user.get("fax_password")),
            "first_name": user.get("fax_name") or "",
            "last_name": user.get("fax_lname") or "",
            "admin": user.get("is_admin") == "on",
            "group": user.get("sname") or "",
            "provider": "questblue",
        }
        if "permissions" in self.desired:
            record["permissions"] = self._read_permissions(identity)
        return record

    def _read_permissions(self, login):
        permissions = []
        for row in self.client.pages("/fax2/permit", {"fax_login": login}):
            if row.get("fax_login", login) != login:
                continue
            entry = {flag: row.get(PERMISSION_READ[flag]) == "on" for flag in PERMISSION_FLAGS}
            entry["number"] = from_carrier(row["did"])
            permissions.append(entry)
        return sorted(permissions, key=lambda entry: entry["number"])

    def _ensure_group(self, desired):
        group = desired["group"]
        body = self.client.call("GET", "/fax2/group", {"sname": group})
        if any(row.get("sname") == group for row in self.client.rows(body, "GET /fax2/group")):
            return
        self.client.call("POST", "/fax2/group", {"sname": group, "name": desired.get("group_description") or group},
                         blame=dict(BLAME, name="group_description"))

    def create(self, desired):
        self._ensure_group(desired)
        wire = {"fax_login": desired["login"], "sname": desired["group"]}
        wire.update(self._user_wire(desired))
        self.client.call("POST", "/fax2/user", wire, blame=BLAME)
        for entry in desired.get("permissions") or []:
            self._grant(desired["login"], entry)
        return self.read(desired["login"])

    def update(self, identity, changes, current, desired):
        user_changes = self._user_wire(changes)
        if user_changes:
            self.client.call("PUT", "/fax2/user", dict(user_changes, fax_login=identity), blame=BLAME)
        if "permissions" in changes:
            wanted = {entry["number"]: entry for entry in changes["permissions"]}
            had = {entry["number"]: entry for entry in current.get("permissions") or []}
            for number, entry in wanted.items():
                if had.get(number) != entry:
                    self._grant(identity, entry)
            for number in sorted(set(had) - set(wanted)):
                self.client.call("DELETE", "/fax2/permit", {"fax_login": identity, "did": int(nanp_national(number))},
                                 blame=BLAME)

    def delete(self, identity, current):
        self.client.call("DELETE", "/fax2/user", {"fax_login": identity}, blame=BLAME)

    @staticmethod
    def _user_wire(values):
        wire = {WIRE_NAMES[name]: values[name] for name in WIRE_NAMES if name in values}
        if "admin" in values:
            wire["is_admin"] = ON_OFF[bool(values["admin"])]
        return wire

    def _grant(self, login, entry):
        wire = {"fax_login": login, "did": int(nanp_national(entry["number"]))}
        wire.update({PERMISSION_WRITE[flag]: ON_OFF[entry[flag]] for flag in PERMISSION_FLAGS})
        self.client.call("POST", "/fax2/permit", wire, blame=BLAME)
