# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoiceMeUp fax profiles as fax users (digest 3.2.7, 4.6).

VoiceMeUp has no fax user: its fax profile is a virtual fax machine (station identity, header,
caller ID, the e-mail address faxes are delivered to, the senders allowed to fax by e-mail, page
format, resolution, notifications, a webhook). The neutral ``login`` is the profile's
``friendly_name``, unique per account by this module's rule (the API does not enforce it: a name two
profiles share fails clearly). get_fax_profiles / update_fax_profile (``mode`` create|update) /
delete_fax_profile.

- update_fax_profile has no ``preserve_missing_data`` and wants every Required field on every write:
  a write is the profile as read with the task's changes applied, every field sent (read-merge-write).
- A number receives the profile's faxes when its get_dids row names the profile
  (``client_fax_profile_id``) and has the option ``enable_fax``: the neutral ``number``. Setting it
  binds that number (update_did, ``preserve_missing_data=1``, the whole option list) and unbinds any
  other number bound to the profile; ``""`` unbinds them all. Deleting the profile unbinds its numbers
  first, so no number is left pointing at a profile that is gone.
- ``url`` is ``callback_url`` with the option ``enable_callback``; ``fax_options`` the other options.
- Defaults when the task creates a profile (PROJECT DECISIONS): ``station_id`` the 10 digits of
  ``from_number``, ``header`` the ``caller_id_name``, language ``en``, page format ``letter``,
  resolution ``fine``, no allowed senders, enabled.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.models import FAX_USER
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.didlink import (
    csv, number_row, switched, update_number)

FAX_ON = "enable_fax"
CALLBACK = "enable_callback"
# neutral field -> update_fax_profile field, where the value travels as it is
TEXT = {"login": "friendly_name", "station_id": "local_ident", "header": "fax_header",
        "caller_id_name": "callerid_name", "contact_name": "contact_name", "email": "email", "language": "language",
        "page_format": "page_format", "resolution": "resolution"}
# update_fax_profile's fields: all sent on every write
WIRE_FIELDS = ("client_subaccount_id", "friendly_name", "local_ident", "fax_header", "callerid_name", "callerid_number",
               "contact_name", "email", "language", "allowed_senders", "retry_limit", "page_format", "resolution",
               "callback_url", "backup_url", "options", "status", "comments")
# Sent even when empty: Required keys that may hold nothing, and the option list (empty clears it).
SENT_EMPTY = ("allowed_senders", "options")
NEW_PROFILE = {"language": "en", "page_format": "letter", "resolution": "fine", "status": "enabled"}
# (neutral field, shortest, longest) in characters, as update_fax_profile takes them
LENGTHS = (("login", 2, 32), ("station_id", 2, 20), ("header", 2, 20), ("caller_id_name", 3, 15),
           ("contact_name", 4, 60))
REQUIRED_TO_CREATE = ("from_number", "email", "caller_id_name")


class VoiceMeUpFaxUser(ResourceAdapter):
    model = FAX_USER
    fields = frozenset(("login", "email", "enabled", "from_number", "station_id", "header", "caller_id_name",
                        "contact_name", "language", "allowed_senders", "page_format", "resolution", "retry_limit",
                        "fax_options", "url", "number"))
    write_only = frozenset()

    def __init__(self, client):
        super().__init__(client)
        self._profile = None

    # -- checks before any request ---------------------------------------------------------------

    def validate(self, desired, state):
        for name, low, high in LENGTHS:
            value = desired.get(name)
            if value is None or (value == "" and name == "contact_name"):
                continue
            if not low <= len(value) <= high:
                raise ValidationError(name, "must be %d to %d characters at voicemeup%s" % (
                    low, high, " (the fax profile's friendly_name)" if name == "login" else ""))
        if desired.get("email") == "":
            raise ValidationError("email", "is where voicemeup delivers the faxes; it cannot be empty")
        if desired.get("from_number") is not None:
            nanp_national(desired["from_number"], "from_number", self.provider)
        if desired.get("number"):
            nanp_national(desired["number"], "number", self.provider)
        if desired.get("retry_limit") is not None and not 1 <= int(desired["retry_limit"]) <= 9:
            raise ValidationError("retry_limit", "must be 1 to 9 at voicemeup, not %s" % desired["retry_limit"])

    def validate_create(self, desired):
        missing = [name for name in REQUIRED_TO_CREATE if not desired.get(name)]
        if missing:
            raise ValidationError(missing[0], "is required to create a voicemeup fax profile (it needs %s)"
                                  % ", ".join(REQUIRED_TO_CREATE))
        if desired.get("number"):
            number_row(self, desired["number"])

    def validate_update(self, changes, current):
        if changes.get("number"):
            number_row(self, changes["number"])

    # -- reading ----------------------------------------------------------------------------------

    def read(self, identity):
        rows = self.client.records(self.client.call("get_fax_profiles"), "fax_profiles", "fax_profile")
        found = [row for row in rows if str(row.get("friendly_name") or "").strip() == identity.strip()]
        if len(found) > 1:
            raise ValidationError("login", "%d voicemeup fax profiles are named %r (ids %s); rename all but one in the "
                                           "VoiceMeUp portal" % (len(found), identity, ", ".join(
                                               sorted(str(row.get("client_fax_profile_id")) for row in found))))
        if not found:
            self._profile = None
            return None
        self._profile = found[0]
        return self.to_neutral(found[0], identity)

    def bound_numbers(self, profile_id):
        """The numbers (E.164, sorted) that receive this profile's faxes (get_dids, once per run)."""
        return sorted(from_carrier(national) for national, row in self.client.dids().items()
                      if str(row.get("client_fax_profile_id") or "") == profile_id and FAX_ON in csv(row.get("options")))

    def to_neutral(self, row, login):
        options = csv(row.get("options"))
        retry = str(row.get("retry_limit") or "")
        record = {name: str(row.get(wire) or "") for name, wire in TEXT.items()}
        bound = self.bound_numbers(str(row.get("client_fax_profile_id")))
        record.update(
            login=login,
            enabled=row.get("status") == "enabled",
            from_number=from_carrier(row["callerid_number"]) if row.get("callerid_number") else "",
            allowed_senders=sorted(set(csv(row.get("allowed_senders")))),
            retry_limit=int(retry) if retry.isdigit() else retry,
            fax_options=sorted(set(options) - {CALLBACK}),
            url=str(row.get("callback_url") or "") if CALLBACK in options else "",
            # Several numbers only when bound elsewhere (the portal): a task's number then unbinds the rest.
            number=", ".join(bound),
            provider=self.provider)
        return record

    # -- writing ----------------------------------------------------------------------------------

    def _wire(self, values, profile=None):
        """Every update_fax_profile field: the profile as read (or a new one's defaults), ``values``
        (neutral) applied."""
        if profile is None:
            wire = dict({field: "" for field in WIRE_FIELDS}, **NEW_PROFILE)
            wire["local_ident"] = nanp_national(values["from_number"])
            wire["fax_header"] = values["caller_id_name"]
        else:
            wire = {field: str(profile.get(field) or "") for field in WIRE_FIELDS}
        for name, field in TEXT.items():
            if name in values:
                wire[field] = values[name]
        if "from_number" in values:
            wire["callerid_number"] = nanp_national(values["from_number"])
        if "enabled" in values:
            wire["status"] = "enabled" if values["enabled"] else "disabled"
        if "allowed_senders" in values:
            wire["allowed_senders"] = ",".join(values["allowed_senders"])
        if "retry_limit" in values:
            wire["retry_limit"] = str(values["retry_limit"])
        options = csv(wire["options"])
        if "fax_options" in values:
            options = [option for option in options if option == CALLBACK] + list(values["fax_options"])
        if "url" in values:
            options = switched(options, CALLBACK, bool(values["url"]))
            wire["callback_url"] = values["url"]
        wire["options"] = ",".join(options)
        return {field: value for field, value in wire.items() if value != "" or field in SENT_EMPTY}

    def _send(self, params, login):
        """update_fax_profile; the profile as VoiceMeUp now has it (the echo, else a re-read)."""
        body = self.client.call("update_fax_profile", params, write=True)
        echoed = self.client.records(body, "fax_profiles", "fax_profile")
        if echoed:
            self._profile = echoed[0]
        elif self.read(login) is None:
            raise ValidationError("login", "voicemeup accepted the fax profile %r but does not list it" % login)
        return self._profile

    def _bind(self, number, profile_id):
        """Make ``number`` ("" for none) the one number receiving the profile's faxes."""
        for other in self.bound_numbers(profile_id):
            if other != number:
                row = number_row(self, other)
                update_number(self.client, other, row, switched(csv(row.get("options")), FAX_ON, False),
                              {"client_fax_profile_id": ""})
        if number:
            row = number_row(self, number)
            update_number(self.client, number, row, switched(csv(row.get("options")), FAX_ON, True),
                          {"client_fax_profile_id": profile_id})

    def create(self, desired):
        values = {name: value for name, value in desired.items() if name != "number"}
        profile = self._send(dict(self._wire(values), mode="create"), desired["login"])
        if desired.get("number"):
            try:
                self._bind(desired["number"], str(profile["client_fax_profile_id"]))
            except VoipCarrierError as exc:
                raise exc.partly_applied("the fax profile %r was created, but %s was not bound to it; run the task "
                                         "again to bind it" % (desired["login"], desired["number"]))
        return self.to_neutral(profile, desired["login"])

    def update(self, identity, changes, current, desired):
        profile = self._profile
        values = {name: value for name, value in changes.items() if name != "number"}
        if values:
            params = dict(self._wire(values, profile), mode="update",
                          client_fax_profile_id=profile["client_fax_profile_id"])
            profile = self._send(params, identity)
        if "number" in changes:
            self._bind(changes["number"], str(profile["client_fax_profile_id"]))
        return self.to_neutral(profile, identity) if self.confirm_writes else None

    def delete(self, identity, current):
        profile_id = str(self._profile["client_fax_profile_id"])
        self._bind("", profile_id)
        self.client.call("delete_fax_profile", {"client_fax_profile_id": profile_id}, write=True)
