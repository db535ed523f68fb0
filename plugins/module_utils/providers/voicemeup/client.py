# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The VoiceMeUp connection: one URL per request type, the ``response_details`` envelope, the
hourly request pool and its 60-minute lockout."""

from __future__ import annotations

import json
import re
import time

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import LazyAdapters, ProviderClient
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import E911_FLAG
from ansible_collections.voip.carrier.plugins.module_utils.transport import HttpTransport

API_PATH = "/api/v1.1/json"
PAGE_SIZE = 1000
# VoiceMeUp refuses every request of the account for 60 minutes once it is "exceeded too greatly",
# and each refused request during the lockout extends it: knocking again only makes it longer.
LOCKOUT_SECONDS = 3600
# Request types that change something: sent as form POSTs, never retried after a timeout.
WRITE_PREFIXES = ("update_", "delete_", "activate_", "order_", "associate_", "disassociate_", "queue_")
AUTH_CODES = ("authentication_failed", "authentication_token_required", "client_account_id_invalid",
              "client_account_id_required", "username_invalid", "username_required")
AUTH_HINT = ("check api_username (the VoiceMeUp user name, or the 4-8 digit client user ID) and api_key (the 32 "
             "hexadecimal characters of the API auth_token from the VoiceMeUp portal)")
# Messages a success may carry that are data, not news for the user (queue_sms: the hash of the SMS).
DATA_CODES = ("queued_sms_hash",)
# VoiceMeUp's own words for a problem on its side: a write may or may not have been applied.
INTERNAL_CODES = ("internal_error-database_error", "internal_error-invalid_argument")
_BUG = "a parameter this collection sent is not what VoiceMeUp expects; please report it"
_PEER = {"update_did": "trunk", "update_e911": "trunk", "associate_e911": "trunk", "disassociate_e911": "trunk",
         None: "trunk"}
# One map for every request type: a VoiceMeUp code -> (the module option it is about, what it means).
# The option is None where no option is at fault, or a dict {request_type: option, None: default}
# where the same code means different options in different calls. The modules' neutral names, never
# VoiceMeUp's parameter names (``description`` is a DID's ``friendly_name``, ``trunk`` its peers).
CODE_TEXT = {
    # numbers (get_dids, update_did, delete_did, activate_new_did, e911)
    "phone_number_invalid": ({"update_port_request": "numbers", None: "number"},
                             "is not a valid number (10 digits in North America), or not in this account"),
    "phone_number_not_found": ("number", "is not a number of this account"),
    "client_did_id_invalid": ("number", "is not a number of this account"),
    "client_did_id_not_found": ("number", "is not a number of this account"),
    "friendly_name_invalid": ({"update_did": "description", "update_peer": "name", None: "name"},
                              "must be 2 to 32 characters"),
    "friendly_name_required": ({"update_did": "description", "update_peer": "name", None: "name"}, "is required"),
    "forward_number_invalid": ({"update_sms_profile": "forward_to", None: "forward_to"},
                               "is not a valid phone number"),
    "forward_number_required": ("forward_to", "is required"),
    "forward_number_used_by_did": ("forward_to", "cannot be a number that is itself forwarded (VoiceMeUp: already "
                                                 "in use)"),
    "callerid_name_invalid": ("caller_id_name", "must be 3 to 15 letters or digits"),
    "callerid_name_required": ("caller_id_name", "is required"),
    "callerid_number_invalid": ("caller_id_number", "must be 1 to 20 digits (a leading + allowed)"),
    "callerid_number_required": ("caller_id_number", "is required"),
    "callerid_rejection_notice": ("caller_id_number", "some carriers reject a toll-free caller ID"),
    "client_peer_id_invalid": (_PEER, "names a trunk (VoiceMeUp peer) this account does not have"),
    "client_peer_id_not_found": (_PEER, "names a trunk (VoiceMeUp peer) this account does not have"),
    "peer_required": (_PEER, "is required"),
    "peers_to_ring_limit_reached": ("trunk", "VoiceMeUp rings at most 5 trunks (peers) per number"),
    "mailbox_invalid": ("voicemail", "is not a mailbox of this account"),
    "client_mailbox_id_invalid": ("voicemail", "is not a mailbox of this account"),
    "status_invalid": ("enabled", "VoiceMeUp refused the status (enabled or disabled)"),
    "status_required": ("enabled", "is required"),
    "email_invalid": ("email", "is not a valid e-mail address"),
    "email_required": ("email", "is required"),
    "country_id_invalid": ("country", "is not a country VoiceMeUp serves"),
    "country_id_required": ("country", "is required"),
    "state_id_invalid": ("region", "is not a state or province VoiceMeUp knows"),
    "npa_invalid": ("npa", "must be a 3-digit North American area code"),
    "npa_required": ("npa", "is required"),
    "language_invalid": ({"update_e911": "language", None: None}, "must be en or fr"),
    # trunks (update_peer, delete_peer, channels)
    "password_invalid": ("password", "VoiceMeUp refused the password"),
    "password_mismatch": ("password", "the password verification did not match"),
    "password_required": ("password", "is required for a trunk that registers"),
    "codecs_invalid": ("codecs", "one of them is not a codec VoiceMeUp offers"),
    "codecs_required": ("codecs", "needs at least one codec"),
    "dtmf_invalid": ("dtmf_mode", "is not a DTMF mode VoiceMeUp offers"),
    "default_ip_invalid": ("ip_address", "is not a valid IP address"),
    "host_type_invalid": ("auth_type", "must be ip (VoiceMeUp host_type static) or credentials (dynamic)"),
    "host_type_required": ("auth_type", "is required"),
    "type_invalid": ({"update_peer": "protocol", None: None}, "is not a protocol VoiceMeUp offers"),
    "peer_exist": ("name", "another trunk (peer) already has this user name"),
    "peer_did_dependency": (None, "numbers still ring this trunk; point them elsewhere with voip.carrier.did first"),
    "peers_limit_reached": (None, "the account holds as many trunks (peers) as its plan allows"),
    "callerid_mode_invalid": (None, "VoiceMeUp refused the caller ID mode of the trunk"),
    "global_callerid_infos_undefined": (None, "the account has no global caller ID settings (set them in the "
                                              "VoiceMeUp portal) for a trunk that uses them"),
    "qualify_invalid": (None, "the trunk's qualify time must be 2000 to 60000 ms"),
    # e911 (check_e911, update_e911, delete_e911)
    "civic_number_not_found": ("street_number", "is not in the E911 address database"),
    "street_not_found": ("street_name", "is not in the E911 address database"),
    "city_not_found": ("city", "is not in the E911 address database"),
    "state_not_found": ("region", "is not in the E911 address database"),
    "country_not_found": ("country", "is not in the E911 address database"),
    "postal_code_not_found": ("postal_code", "is not in the E911 address database"),
    "first_name_not_found": ("name", "is required (the caller's full name)"),
    "last_name_not_found": ("name", "is required (the caller's full name)"),
    "alternate_address_provided": (None, "the address is not in the E911 database as written; VoiceMeUp proposes "
                                         "the addresses it knows"),
    "entry_is_default_endpoint": (None, "this E911 address is the account's default one; make another one the "
                                        "default in the VoiceMeUp portal before removing it"),
    "no_e911_endpoint_found": ("number", "has no E911 address"),
    # anything: what the collection sent, not what the user gave
    "options_invalid": (None, _BUG),
    "required_parameter_not_found": (None, _BUG),
    "result_limit_invalid": (None, _BUG),
    "result_offset_invalid": (None, _BUG),
    "mode_invalid": (None, _BUG),
    "request_type_invalid": ("api_url", "the API at api_url does not know this request type; is it VoiceMeUp v1.1?"),
    "request_type_not_implemented": (None, "VoiceMeUp does not offer this request type (yet)"),
}
# Codes a success may carry that the user should hear about (digest 2.3 rule 5).
NOTICE_TEXT = {
    "requests_soft_limit_reached": "the account passed its limit of 1,200 requests an hour (shared by every "
                                   "task, inventory and lookup of the account); far beyond it VoiceMeUp refuses "
                                   "every request for 60 minutes",
}


# The resources whose adapter module exists. Each one is added here together with its branch in
# adapter_class, in the same commit: Ansible packs into a module's payload every module_utils file
# an import statement names and fails the task when one is missing, so a branch may only name a
# file that exists (and a name listed without its branch would load nothing).
RESOURCES = ("did", "e911", "fax_user", "lnp_request", "sip_trunk", "sms_config")


def adapter_class(resource):
    """The adapter class of one resource, its module imported now (see base.LazyAdapters)."""
    # pylint: disable=import-outside-toplevel
    if resource == "did":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.did import VoiceMeUpDid
        return VoiceMeUpDid
    if resource == "e911":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.e911 import VoiceMeUpE911
        return VoiceMeUpE911
    if resource == "fax_user":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.fax import VoiceMeUpFaxUser
        return VoiceMeUpFaxUser
    if resource == "sip_trunk":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.trunk import VoiceMeUpTrunk
        return VoiceMeUpTrunk
    if resource == "sms_config":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.sms import VoiceMeUpSms
        return VoiceMeUpSms
    if resource == "lnp_request":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.lnp import VoiceMeUpLnp
        return VoiceMeUpLnp
    raise KeyError(resource)


def peer_name(row):
    """The trunk name of a peer, one rule for every module: its peer_username when it registers
    (the name it is known by on the wire), else its friendly_name."""
    if row.get("host_type") == "dynamic" and row.get("peer_username"):
        return str(row["peer_username"])
    return str(row.get("friendly_name") or "")


def is_write(request_type):
    return request_type.startswith(WRITE_PREFIXES)


def wire_value(value):
    """A parameter as VoiceMeUp reads it: flags 1/0, lists comma-separated, the rest as text."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ",".join(str(item) for item in value)
    if isinstance(value, (set, frozenset)):
        return ",".join(sorted(str(item) for item in value))
    return str(value)


def _iso(timestamp):
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(timestamp))


class VoiceMeUpClient(ProviderClient):
    name = "voicemeup"
    default_url = "https://clients.voicemeup.com"
    credentials = ("api_username", "api_key")
    # Every request type this collection uses draws from the shared pool (queue_sms and queue_fax,
    # never used here, have their own).
    rate_limits = ((1200, 3600),)
    adapters = LazyAdapters(RESOURCES, adapter_class)
    snapshot_cost = {"numbers": "get_dids, every number in one answer; get_e911, %d addresses a page (the E911 "
                                "flag)" % PAGE_SIZE,
                     "sms": "get_dids carries each number's SMS options; get_sms_profiles, once, when a number is "
                            "bound to an SMS profile",
                     "port_in": "get_port_requests, every port request in one answer"}
    # get_dids returns no E911 address (get_e911 only says which numbers have one here).
    snapshot_gaps = ("e911 address",)

    def __init__(self, connection):
        super().__init__(connection)
        username = str(connection["api_username"])
        # The user name identifies the account in every URL of a read: masked like the token.
        self.redact.add(username)
        self.redact.add(str(connection["api_key"]).lower())
        # v1.1 takes the account as ``username`` or as the numeric ``client_user_id`` (4-8 digits).
        self.auth = {"client_user_id" if re.fullmatch(r"\d{4,8}", username) else "username": username,
                     "auth_token": str(connection["api_key"]).strip().lower()}
        # The get_dids row of every number read this run, by E.164 number, whichever adapter read it
        # (update_did replaces list fields whole: an update starts from the row).
        self.did_rows = {}
        # Numbers written with an unknown outcome: asked again, never taken from the account's rows.
        self._stale = set()

    @staticmethod
    def normalise_url(url):
        # The seed names URLs down to the format (https://clients.voicemeup.com/api/v1.1/json/...);
        # users copy either that or the base URL. Both mean the same API: keep the base.
        return url[:-len(API_PATH)] if url.endswith(API_PATH) else url

    def _transport(self):
        conn = self.connection
        return HttpTransport(self.base_url, timeout=self.timeout,
                             validate_certs=conn.get("validate_certs", True), redactor=self.redact, log=self.log,
                             budget=self.budget)

    @staticmethod
    def describe(code, request_type, message=None):
        """``code: VoiceMeUp's text (option: what it means)`` for one message."""
        option, meaning = CODE_TEXT.get(code, (None, None))
        if isinstance(option, dict):
            option = option.get(request_type, option[None])
        text = "%s: %s" % (code, message or code.replace("_", " "))
        if meaning:
            text += " (%s)" % ("%s: %s" % (option, meaning) if option else meaning)
        return text

    def _http_failure(self, response, request_type, write):
        if response.status_code == 404:
            # Nothing answers at this path: almost always api_url pointing at the wrong place.
            where = self.redact("%s%s/%s" % (self.base_url, API_PATH, request_type))
            return CarrierError(self.name, "api_url: %s answered HTTP 404, so there is no VoiceMeUp API v1.1 there; "
                                           "set api_url to the base URL (https://clients.voicemeup.com, or your "
                                           "white-label domain)" % where,
                                code="HTTP 404", http_status=404, request=request_type)
        # A 5xx answer to a write says nothing about whether it was applied.
        return CarrierError(self.name, "HTTP %s" % response.status_code, http_status=response.status_code,
                            request=request_type, maybe_applied=write and response.status_code >= 500)

    def _decode(self, response, request_type, write):
        """The body of an answer as an object with ``response_details``, or TransportError."""
        try:
            body = json.loads(response.text)
        except ValueError:
            raise TransportError("%s: malformed answer to %s (HTTP 200, not JSON: %r)"
                                 % (self.name, request_type, self.redact(response.text[:80])), request=request_type,
                                 maybe_applied=write)
        details = body.get("response_details") if isinstance(body, dict) else None
        if not isinstance(details, dict) or details.get("response_status") not in ("success", "error"):
            shape = "an object without response_details" if isinstance(body, dict) else "a JSON %s" % type(body).__name__
            raise TransportError("%s: answer of an unexpected shape to %s (%s where the response_details envelope is "
                                 "expected)" % (self.name, request_type, shape), request=request_type,
                                 maybe_applied=write)
        return body, details

    @staticmethod
    def messages(details):
        """Every ``(code, text)`` of an envelope, whether ``message`` is one object or a list."""
        found = (details.get("response_messages") or {})
        found = found.get("message") if isinstance(found, dict) else None
        if found in (None, ""):
            return []
        result = []
        for item in found if isinstance(found, list) else [found]:
            if isinstance(item, dict):
                result.append((str(item.get("code") or ""), str(item.get("_content") or "")))
            else:
                result.append(("", str(item)))
        return result

    def call(self, request_type, params=None, write=None, empty=(), files=None):
        """Call one request type; return the decoded body. ``empty`` lists the codes that mean
        "nothing found" for this call (``no_e911_endpoint_found``): they return ``None`` instead of
        raising. ``write`` defaults to what the request type's name says. ``files``
        ({parameter: (filename, bytes, content type)}) sends a write as a multipart POST: the
        ``file`` parameters (update_port_request's loa and bill) travel only so (seed L339, L703)."""
        write = is_write(request_type) if write is None else write
        form = dict(self.auth)
        for key, value in (params or {}).items():
            if value is not None:
                form[key] = wire_value(value)
        path = "%s/%s" % (API_PATH, request_type)
        if write:
            response = self.http.request("POST", path, data=form, idempotent=False, label=request_type,
                                         files=files)
        else:
            response = self.http.request("GET", path, params=form, label=request_type)
        if response.status_code != 200:
            raise self._http_failure(response, request_type, write)
        body, details = self._decode(response, request_type, write)
        messages = self.messages(details)
        if details["response_status"] == "success":
            self._notices(messages, request_type)
            return body
        codes = [code for code, _text in messages]
        if codes and all(code in empty for code in codes):
            return None
        error = self._failure(messages, request_type, write)
        # What came with the error, for the adapter that reads it (check_e911: the alternate addresses).
        error.body = body
        raise error

    def _notices(self, messages, request_type):
        for code, text in messages:
            if code not in DATA_CODES:
                self.warn("%s (%s)" % (NOTICE_TEXT.get(code) or self.describe(code, request_type, text), request_type))

    def _failure(self, messages, request_type, write):
        """The error of an ``error`` answer: every message in it, the first code as its code."""
        codes = [code for code, _text in messages]
        first = codes[0] if codes else "no code"
        text = self.redact("; ".join(self.describe(code, request_type, message) for code, message in messages)
                           or "no message")
        if "requests_hard_limit_exceeded" in codes:
            return self._locked_out(request_type)
        if any(code in AUTH_CODES for code in codes):
            return AuthenticationError(self.name, "%s; %s" % (text, AUTH_HINT), code=first, request=request_type)
        return CarrierError(self.name, text, code=first, request=request_type,
                            maybe_applied=write and any(code in INTERNAL_CODES for code in codes))

    def _locked_out(self, request_type):
        """VoiceMeUp locked the account out: every fork pauses for the lockout (a knock during it
        would extend it), and the task fails now rather than wait an hour."""
        until = self.budget.clock() + LOCKOUT_SECONDS
        reason = "VoiceMeUp refused %s with requests_hard_limit_exceeded (60-minute lockout)" % request_type
        self.budget.hold(LOCKOUT_SECONDS, reason)
        error = CarrierError(self.name, "requests_hard_limit_exceeded: the account is far beyond its 1,200 requests an "
                                        "hour and VoiceMeUp refuses every request for 60 minutes; nothing more will be "
                                        "sent for this account from this controller until %s (any request before then "
                                        "would extend the lockout)" % _iso(until),
                             code="requests_hard_limit_exceeded", request=request_type)
        # The same key as the tasks after it carry (budget.BudgetExhausted): when to run again.
        error.details["budget_refills_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(until))
        return error

    def records(self, body, container, item):
        """The records under ``body[container][item]`` as a list of objects: one object, a list,
        ``""`` or nothing all mean what they say; anything else is not understood."""
        holder = (body or {}).get(container)
        if holder in (None, "", []):
            return []
        rows = holder.get(item) if isinstance(holder, dict) else holder
        if rows in (None, ""):
            return []
        if isinstance(rows, dict):
            rows = [rows]
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise TransportError("%s: answer of an unexpected shape (%s/%s is a JSON %s where records are expected)"
                                 % (self.name, container, item, type(rows).__name__), request=container)
        return rows

    def pages(self, request_type, params, container, item, empty=()):
        """Every record of a paginated list: pages of ``PAGE_SIZE`` until a short one."""
        found, offset = [], 0
        while True:
            page = dict(params or {}, result_limit=PAGE_SIZE, result_offset=offset)
            rows = self.records(self.call(request_type, page, empty=empty), container, item)
            found.extend(rows)
            if len(rows) < PAGE_SIZE:
                return found
            offset += PAGE_SIZE

    def dids(self):
        """The get_dids row of every number of the account, by phone number (deleted rows left out),
        read once per run whichever adapter asks first (update_did replaces list fields whole, so
        every update starts from the row)."""
        def read_all():
            rows = self.records(self.call("get_dids"), "dids", "did")
            return {str(row.get("phone_number")): row for row in rows if row.get("status") != "deleted"}
        return self.memo("get_dids", read_all)

    def _dids_read(self):
        """The account's rows when this run has read them all, else None (no request)."""
        with self._memo_lock:
            return self._memo.get("get_dids")

    def did_row(self, phone_number):
        """The get_dids row of one number (10 to 15 digits): from the account's rows when this run
        has read them, else one get_dids of that number. None when the account does not hold it."""
        known = self._dids_read()
        if known is not None and phone_number not in self._stale:
            return known.get(phone_number)
        rows = self.records(self.call("get_dids", {"phone_number": phone_number}, empty=("phone_number_invalid",)),
                            "dids", "did")
        row = next((row for row in rows if str(row.get("phone_number")) == phone_number
                    and row.get("status") != "deleted"), None)
        self.remember_did(phone_number, row)
        self._stale.discard(phone_number)
        return row

    def forget_did(self, phone_number):
        """A write to this number got no usable answer: its next read asks VoiceMeUp."""
        self._stale.add(phone_number)

    def e911_numbers(self):
        """The numbers (E.164) that have an E911 address: get_e911, a page of 1000 at a time, read
        once per run and shared with the e911 adapter (the bulk module's E911 records)."""
        return set(self.resource("e911").endpoints())

    def snapshot_numbers(self, parts, pattern=None):
        dids = self.resource("did")
        records = list(dids.list(pattern))
        # get_dids has no E911 flag: the get_e911 pages only for a caller that wants it.
        with_e911 = (self.e911_numbers() if records else set()) if E911_FLAG in parts else None
        # The SMS settings are the DID rows' own (enable_sms* options, sms_* fields): the sms_config
        # adapter reads them from the row, no request.
        sms = self.resource("sms_config") if "sms" in parts else None
        for record in records:
            if with_e911 is not None:
                record["e911"] = record["number"] in with_e911
            if sms is not None:
                record["sms"] = sms.settings(dids.wire_row(record["number"]))
            yield record

    def remember_did(self, phone_number, row):
        """Keep what a write made of a number (None: it is gone) for the rest of the run."""
        known = self._dids_read()
        if known is not None:
            if row is None or row.get("status") == "deleted":
                known.pop(phone_number, None)
            else:
                known[phone_number] = row
