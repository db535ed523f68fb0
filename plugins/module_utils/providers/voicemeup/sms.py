# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoiceMeUp SMS settings of a number (digest 3.2.1, 3.2.3, 4.0, 4.4).

A number takes SMS when VoiceMeUp says it can (``sms_support`` 1 in get_dids: read-only) and its
option ``enable_sms`` is on. Its targets live in one of two places:

- the number itself (update_did): an option and a field per target, ``enable_sms_email_notify`` +
  ``sms_notify_email``, ``enable_sms_forwarding`` + ``sms_forward_number``, ``enable_sms_callback`` +
  ``sms_callback_url`` (+ ``enable_sms_callback_retry``), ``enable_sms_autoreply`` +
  ``sms_autoreply_message``;
- an SMS profile the number is bound to (update_did ``client_sms_profile_id``), shared by every number
  bound to it: ``inbound_completed_notification`` + ``notify_email`` (and ``notify_name``),
  ``enable_forwarding`` + ``forward_number``, ``enable_callback`` + ``callback_url`` (+
  ``enable_callback_retry``), ``enable_autoreply`` + ``autoreply_message``.

PROJECT DECISIONS (documented in the sms_config module):
- the neutral ``profile`` is the profile's friendly name (the API's is optional; this driver names
  every profile it creates and finds one by name, soft-deleted ones left out); ``""`` is the number's
  own settings. While a number is bound, its targets are the profile's; its own are kept, unused;
- a target the user leaves unset keeps its value where the settings now live; binding to another
  profile that exists adopts that profile's targets; a profile this driver creates starts with the
  number's current targets, so the number's settings stay what they were unless the task says
  otherwise;
- state absent switches every SMS option of the number off and unbinds its profile; the profile
  named by ``profile`` is then deleted (delete_sms_profile) when no number of the account is bound
  to it any more;
- every update_did sends ``preserve_missing_data=1``, the number's ``usage_type`` and, when the
  options change, the whole option list (update_did replaces it), so nothing else of the number is
  lost; update_sms_profile has no such flag: it is sent with every field of the profile as read,
  the task's changes applied.
"""

from __future__ import annotations

import threading

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SMS_CONFIG
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.didlink import (
    csv, number_row, switched, update_number)
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import sms_record

SMS_ON = "enable_sms"
TARGETS = ("email", "forward_to", "url", "auto_reply")
# Where each target lives: neutral name -> (the option that turns it on, the field holding its value).
ON_NUMBER = {"email": ("enable_sms_email_notify", "sms_notify_email"),
             "forward_to": ("enable_sms_forwarding", "sms_forward_number"),
             "url": ("enable_sms_callback", "sms_callback_url"),
             "auto_reply": ("enable_sms_autoreply", "sms_autoreply_message")}
NUMBER_RETRY = "enable_sms_callback_retry"
IN_PROFILE = {"email": ("inbound_completed_notification", "notify_email"),
              "forward_to": ("enable_forwarding", "forward_number"),
              "url": ("enable_callback", "callback_url"),
              "auto_reply": ("enable_autoreply", "autoreply_message")}
PROFILE_RETRY = "enable_callback_retry"
# Every option of a number that is about SMS: state absent switches them all off.
NUMBER_SMS_OPTIONS = (SMS_ON, NUMBER_RETRY) + tuple(option for option, _field in ON_NUMBER.values())
# update_sms_profile's fields, all sent on every write (it has no preserve_missing_data).
PROFILE_FIELDS = ("client_subaccount_id", "friendly_name", "language", "allowed_senders", "notify_name", "notify_email",
                  "forward_number", "callback_url", "backup_url", "autoreply_message", "client_did_id", "options",
                  "status", "comments")
AUTO_REPLY_MAX = 160


def bound_id(row):
    """The SMS profile id a get_dids row names, or "" (VoiceMeUp writes none as "" or 0)."""
    value = str(row.get("client_sms_profile_id") or "").strip()
    return "" if value in ("", "0") else value


def targets_of(record, places, retry):
    """The neutral targets of a number row (places ON_NUMBER) or a profile (IN_PROFILE): a target
    whose option is off is "" whatever its field holds."""
    options = set(csv(record.get("options")))
    view = {}
    for name, (option, field) in places.items():
        value = str(record.get(field) or "") if option in options else ""
        view[name] = from_carrier(value) if name == "forward_to" and value else value
    view["url_retry"] = retry in options
    return view


class VoiceMeUpSms(ResourceAdapter):
    model = SMS_CONFIG
    fields = frozenset(("number", "email", "url", "forward_to", "url_retry", "auto_reply", "profile"))
    write_only = frozenset()
    snapshot_parts = ("sms",)

    # -- checks before any request ---------------------------------------------------------------

    def prepare(self, desired, state):
        if desired.get("profile") is not None:
            # The name as VoiceMeUp keeps it, so a stray space never reads as a change.
            desired = dict(desired, profile=desired["profile"].strip())
        return super().prepare(desired, state)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if desired.get("forward_to"):
            # An SMS profile takes 10 digits only: one rule for both places.
            nanp_national(desired["forward_to"], "forward_to", self.provider)
            if desired["forward_to"] == desired["number"]:
                raise ValidationError("forward_to", "cannot be the number itself")
        if len(desired.get("auto_reply") or "") > AUTO_REPLY_MAX:
            raise ValidationError("auto_reply", "is %d characters; voicemeup sends at most %d (one SMS)"
                                  % (len(desired["auto_reply"]), AUTO_REPLY_MAX))
        profile = desired.get("profile")
        if profile and not 2 <= len(profile) <= 32:
            raise ValidationError("profile", "is the SMS profile's name at voicemeup: 2 to 32 characters, or \"\" for "
                                             "the number's own settings")
        if desired.get("url_retry") and desired.get("url") == "":
            raise ValidationError("url_retry", "retries a URL callback; it cannot be on with url: \"\"")

    def validate_create(self, desired):
        self.target(desired["number"], desired)

    def validate_update(self, changes, current):
        self.target(current["number"], dict(self.desired, **changes))

    # -- reading ----------------------------------------------------------------------------------

    def row(self, number):
        return number_row(self, number)

    def profiles(self):
        """The account's SMS profiles (not soft-deleted) by id: get_sms_profiles, once per run."""
        def read_all():
            rows = self.client.records(self.client.call("get_sms_profiles"), "sms_profiles", "sms_profile")
            return {str(row.get("client_sms_profile_id")): row for row in rows if row.get("status") != "deleted"}
        return self.client.memo("get_sms_profiles", read_all)

    def profile_named(self, name):
        """The profile called ``name`` (None: no such profile); ValidationError when several are."""
        found = [row for row in self.profiles().values() if str(row.get("friendly_name") or "").strip() == name]
        if len(found) > 1:
            raise ValidationError("profile", "%d voicemeup SMS profiles are named %r (ids %s); rename all but one in "
                                             "the VoiceMeUp portal" % (len(found), name, ", ".join(
                                                 sorted(str(row["client_sms_profile_id"]) for row in found))))
        return found[0] if found else None

    def bound_profile(self, row):
        """The profile a number is bound to, or None (unbound, or bound to one that is gone)."""
        profile_id = bound_id(row)
        return self.profiles().get(profile_id) if profile_id else None

    def view(self, row):
        """The targets and profile of a number as they now are, wherever they live (SMS on or off)."""
        profile = self.bound_profile(row)
        if profile is not None:
            return dict(targets_of(profile, IN_PROFILE, PROFILE_RETRY),
                        profile=str(profile.get("friendly_name") or "").strip())
        return dict(targets_of(row, ON_NUMBER, NUMBER_RETRY), profile="")

    def settings(self, row):
        """The SMS settings of a get_dids row: None when the number cannot carry SMS, ``{"enabled":
        False}`` when SMS is off, else the targets with ``enabled``. The account snapshot's ``sms``
        part; it reads get_sms_profiles (once per run) only for a number bound to a profile."""
        if str(row.get("sms_support")) != "1":
            return None
        if SMS_ON not in csv(row.get("options")):
            return {"enabled": False}
        return dict(self.view(row), enabled=True)

    def read(self, identity):
        settings = self.settings(self.row(identity))
        if settings is None:
            raise ValidationError("number", "%s cannot carry SMS at voicemeup (its sms_support is 0: VoiceMeUp decides "
                                            "which numbers take SMS); remove the sms_config task for it" % identity)
        if not settings["enabled"]:
            return None
        return dict(settings, number=identity, provider=self.provider)

    def from_snapshot(self, number):
        if number is not None and number["number"] not in self.client.did_rows:
            # A snapshot record is made from a get_dids row (the DID adapter keeps it in did_rows).
            row = self.client.dids().get(nanp_national(number["number"]))
            if row is not None:
                self.client.did_rows[number["number"]] = row
        return sms_record(number, self.provider)

    # -- the settings a write makes -----------------------------------------------------------------

    def target(self, number, desired):
        """What the number's SMS settings will be: where they live (``profile``: a name or "") and
        every target. Also checks the result (a callback retry needs a URL) before any write."""
        current = self.view(self.row(number))
        name = desired.get("profile", current["profile"])
        base = current
        if name and name != current["profile"]:
            existing = self.profile_named(name)
            if existing is not None:
                base = dict(targets_of(existing, IN_PROFILE, PROFILE_RETRY), profile=name)
        result = dict(base, profile=name)
        for key in TARGETS + ("url_retry",):
            if key in desired:
                result[key] = desired[key]
        if not result["url"] and result["url_retry"]:
            if desired.get("url_retry"):
                raise ValidationError("url_retry", "retries a URL callback, and %s would have none; set url"
                                      % number)
            result["url_retry"] = False  # no callback left to retry
        return result

    def _apply(self, number, desired):
        """Write the settings ``desired`` asks for (and SMS on): the profile first, then the number."""
        name = desired.get("profile", self.view(self.row(number))["profile"])
        if name:
            # One writer per profile at a time (the items of a bulk run that share it): each one
            # reads the profile as the previous one left it, so none undoes another's settings.
            with self.client.memo(("sms_profile_lock", name), threading.Lock):
                target = self.target(number, desired)
                profile_id = self._write_profile(target)
        else:
            target, profile_id = self.target(number, desired), ""
        row = self.row(number)
        options = switched(csv(row.get("options")), SMS_ON, True)
        params = {"client_sms_profile_id": profile_id} if profile_id != bound_id(row) else {}
        if not profile_id:
            for name, (option, field) in ON_NUMBER.items():
                options = switched(options, option, bool(target[name]))
                value = self._wire(name, target[name])
                if target[name] or str(row.get(field) or "") != value:
                    # Sent whenever the option is on, so update_did finds the field its option needs.
                    params[field] = value
            options = switched(options, NUMBER_RETRY, target["url_retry"])
        update_number(self.client, number, row, options, params)

    @staticmethod
    def _wire(name, value):
        return nanp_national(value) if name == "forward_to" and value else (value or "")

    def _write_profile(self, target):
        """The id of the profile named ``target["profile"]`` holding the target's settings: created,
        or updated with every one of its fields, when it does not hold them yet."""
        name = target["profile"]
        existing = self.profile_named(name)
        if existing is None:
            existing = self.profiles()[self._send_profile(None, name, target)]
        wire = self._profile_wire(existing, name, target)
        if any(str(existing.get(field) or "") != str(value) for field, value in wire.items()):
            self._send_profile(existing, name, target)
        return str(existing["client_sms_profile_id"])

    @staticmethod
    def _profile_wire(profile, name, target):
        """Every field of the profile as read (or a new one's), the targets applied."""
        wire = {field: str((profile or {}).get(field) or "") for field in PROFILE_FIELDS}
        wire["friendly_name"] = wire["friendly_name"] or name
        wire["status"] = wire["status"] or "enabled"
        options = csv(wire["options"])
        for key, (option, field) in IN_PROFILE.items():
            value = target[key]
            options = switched(options, option, bool(value))
            if value or wire[field]:
                wire[field] = nanp_national(value) if key == "forward_to" and value else value
        if target["email"] and not wire["notify_name"]:
            # Required with the e-mail notification: the profile's name unless it has one.
            wire["notify_name"] = wire["friendly_name"]
        wire["options"] = ",".join(switched(options, PROFILE_RETRY, target["url_retry"]))
        return wire

    def _send_profile(self, profile, name, target):
        """update_sms_profile (create when ``profile`` is None); the profile's id."""
        wire = self._profile_wire(profile, name, target)
        params = {field: value for field, value in wire.items() if value != "" or field == "options"}
        if profile is None:
            params["mode"] = "create"
        else:
            params.update(mode="update", client_sms_profile_id=profile["client_sms_profile_id"])
        body = self.client.call("update_sms_profile", params, write=True)
        store = self.profiles()
        echoed = self.client.records(body, "sms_profiles", "sms_profile")
        if echoed:
            record = echoed[0]
        else:
            # No echo: the profile as VoiceMeUp now lists it.
            rows = self.client.records(self.client.call("get_sms_profiles"), "sms_profiles", "sms_profile")
            store.clear()
            store.update({str(row.get("client_sms_profile_id")): row for row in rows if row.get("status") != "deleted"})
            record = self.profile_named(name)
            if record is None:
                raise ValidationError("profile", "voicemeup accepted the SMS profile %r but does not list it" % name)
        store[str(record["client_sms_profile_id"])] = record
        return str(record["client_sms_profile_id"])

    # -- the engine's calls -------------------------------------------------------------------------

    def create(self, desired):
        self._apply(desired["number"], desired)
        return self.read(desired["number"])

    def update(self, identity, changes, current, desired):
        self._apply(identity, desired)
        return self.read(identity) if self.confirm_writes else None

    def delete(self, identity, current):
        row = self.row(identity)
        options = [option for option in csv(row.get("options")) if option not in NUMBER_SMS_OPTIONS]
        params = {"client_sms_profile_id": ""} if bound_id(row) else {}
        update_number(self.client, identity, row, options, params)
        name = (self.desired.get("profile") or "").strip()
        if name:
            self._delete_unused_profile(name)

    def _delete_unused_profile(self, name):
        """delete_sms_profile of the profile called ``name`` once no number of the account is
        bound to it (get_dids of the whole account, read once per run)."""
        profile = self.profile_named(name)
        if profile is None:
            return
        profile_id = str(profile["client_sms_profile_id"])
        if any(bound_id(row) == profile_id for row in self.client.dids().values()):
            return
        self.client.call("delete_sms_profile", {"client_sms_profile_id": profile_id}, write=True)
        self.profiles().pop(profile_id, None)
