# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The VoIP.ms connection: one RPC call with its ``status`` envelope."""

from __future__ import annotations

import json

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import LazyAdapters, ProviderClient, per_request
from ansible_collections.voip.carrier.plugins.module_utils.transport import HttpTransport

REST_PATH = "/api/v1/rest.php"
AUTH_CODES = ("missing_credentials", "invalid_credentials", "api_not_enabled", "ip_not_enabled")
# Transient codes: safe to retry for any method (the call was refused before it did anything).
RETRY_CODES = ("api_limit_exceeded", "method_maintenance", "provider_outofservice", "unavailable_info")
AUTH_HINTS = {
    "missing_credentials": "set api_username (the portal e-mail) and api_password (the API password)",
    "invalid_credentials": "check api_username (the portal e-mail) and api_password (the API password, not the "
                           "portal password)",
    "api_not_enabled": "enable API access in the VoIP.ms portal (Main Menu > SOAP and REST/JSON API)",
    "ip_not_enabled": "add this host's IP address to the API allow-list in the VoIP.ms portal",
}
_REGION = "the state or province of the address (or of the search) is not valid; use the two-letter code"
_FAILOVERS = "failover_busy, failover_unreachable or failover_noanswer"
# One map for every function: a VoIP.ms status code -> (the module option it is about, what it means).
# The option is None where no option is at fault (funds, a number still in use ...), or a dict
# {method: option, None: default} where the same code means different options in different calls.
# The region codes name the address option ``region``, never the module's ``state``.
CODE_TEXT = {
    # numbers (orderDID, orderTollFree, setDIDInfo, getDIDsInfo, cancelDID, searches)
    "missing_did": ("number", "is required"),
    "invalid_did": ("number", "the number is not valid, not on offer, or not in this account"),
    "did_in_use": ("number", "the number is already taken"),
    "Unable_to_purchase": ("number", "VoIP.ms could not sell this number; search for another one"),
    "order_failed": ("number", "VoIP.ms did not complete the order; search for another number"),
    "non_sufficient_funds": (None, "the account balance is too low"),
    "missing_routing": ("routing", "is required"),
    "invalid_routing_header": ("routing", "the routing target (routing, or the sub-account of trunk) does not exist "
                                          "or is malformed"),
    "invalid_failover_header": (_FAILOVERS, "the failover routing target does not exist or is malformed"),
    "invalid_mailbox": ("voicemail", "is not a mailbox of this account (see getVoicemails)"),
    "missing_serverpop": ("pop", "is required"),
    "invalid_serverpop": ("pop", "is not a VoIP.ms server POP (see getServersInfo)"),
    "missing_dialtime": ("dial_time", "is required"),
    "invalid_dialtime": ("dial_time", "must be a positive number of seconds"),
    "missing_cnam": ("cnam", "is required"),
    "invalid_cnam": ("cnam", "must be 1 or 0"),
    "invalid_calleridprefix": ("caller_id_prefix", "must be shorter than 20 characters"),
    "invalid_note": ("description", "must be shorter than 50 characters"),
    "invalid_pin": ("port_out_pin", "VoIP.ms refused the PIN: 4 to 10 digits, and only on selected US numbers "
                                    "(has_port_out_pin in getDIDsUSA)"),
    "invalid_record_calls": ("record_calls", "must be 1 or 0"),
    "missing_billingtype": ("billing_type", "is required"),
    "invalid_billingtype": ("billing_type", "must be per_minute or flat"),
    "same_did_billingtype": ("billing_type", "is already this billing type"),
    "no_change_billingtype": ("billing_type", "VoIP.ms cannot change the billing type of this number"),
    "invalid_type": ({"e911Validate": "unit_type", "e911Provision": "unit_type", "e911ProvisionManually": "unit_type",
                      "e911Update": "unit_type", None: "type"}, "is not one of the values VoIP.ms accepts"),
    "invalid_query": ("npa", "is not a search VoIP.ms accepts"),
    # sub-accounts (createSubAccount, setSubAccount, delSubAccount)
    "missing_username": ("name", "is required"),
    "invalid_username": ("name", "letters and digits only"),
    "used_username": ("name", "another sub-account already has this username"),
    "missing_protocol": ("protocol", "is required"),
    "invalid_protocol": ("protocol", "is not a VoIP.ms protocol (see getProtocols)"),
    "missing_authtype": ("auth_type", "is required"),
    "invalid_authtype": ("auth_type", "is not a VoIP.ms authentication type (see getAuthTypes)"),
    "invalid_authtype_h323": ("auth_type", "H.323 sub-accounts authenticate by IP address"),
    "invalid_authtype_iax2": ("auth_type", "IAX2 sub-accounts authenticate with credentials"),
    "missing_password": ("password", "is required for a credentials sub-account"),
    "invalid_password": ("password", "is not a valid password"),
    "invalid_password_auth": ("password", "an IP-authenticated sub-account takes no password"),
    "invalid_password_ilegal_characters": ("password", "letters, digits and !#$%&/()=?*[]_:.,{}+- only"),
    "invalid_password_lessthan_8characters_long": ("password", "needs at least 8 characters"),
    "invalid_password_missing_lowercase": ("password", "needs a lower-case letter"),
    "invalid_password_missing_uppercase": ("password", "needs an upper-case letter"),
    "invalid_password_missing_number": ("password", "needs a digit"),
    "weak_password": ("password", "is too weak or too common"),
    "used_password": ("password", "was used before on this account"),
    "missing_ip": ("ip_address", "is required for an IP-authenticated sub-account"),
    "missing_ip_h323": ("ip_address", "is required for an H.323 sub-account"),
    "invalid_ip": ("ip_address", "is not a valid IPv4 address"),
    "invalid_ip_auth": ("ip_address", "a credentials sub-account takes no IP address"),
    "invalid_ip_iax2": ("ip_address", "an IAX2 sub-account takes no IP address"),
    "reserved_ip": ("ip_address", "is a reserved address VoIP.ms refuses (private, special-use, or used by VoIP.ms "
                                  "or another company); give your PBX's public address"),
    "used_ip": ("ip_address", "another VoIP.ms customer uses this address"),
    "repeated_ip": ("ip_address", "another sub-account of this account uses this address and protocol"),
    "missing_devicetype": ("device_type", "is required"),
    "invalid_devicetype": ("device_type", "is not a VoIP.ms device type (see getDeviceTypes)"),
    "invalid_callerid": ("caller_id_number", "is not a valid caller ID number (10 digits)"),
    "missing_lockinternational": ("international_calls", "is required"),
    "invalid_lockinternational": ("international_calls", "is not a valid setting"),
    "missing_internationalroute": ("international_route", "is required"),
    "invalid_internationalroute": ("international_route", "must be value or premium"),
    "missing_musiconhold": ("music_on_hold", "is required"),
    "invalid_musiconhold": ("music_on_hold", "is not a music-on-hold class of this account (see getMusicOnHold)"),
    "missing_allowedcodecs": ("codecs", "needs at least one codec"),
    "invalid_allowedcodecs": ("codecs", "one of them is not a VoIP.ms codec (ulaw, g729, gsm, all)"),
    "invalid_codec": ("codecs", "one of them is not a VoIP.ms codec (ulaw, g729, gsm, all)"),
    "missing_dtmfmode": ("dtmf_mode", "is required"),
    "invalid_dtmfmode": ("dtmf_mode", "is not a VoIP.ms DTMF mode (see getDTMFModes)"),
    "missing_nat": ("nat", "is required"),
    "invalid_nat": ("nat", "is not a VoIP.ms NAT mode (see getNAT)"),
    "invalid_description": ("description", "is not a valid description"),
    "account_with_dids": (None, "numbers still route to this sub-account; route them elsewhere with "
                                "voip.carrier.did first"),
    # SMS (setSMS)
    "invalid_sms": ("number", "SMS is not available on this number"),
    "invalid_email": ({"setEmailToFax": "login", None: "email"}, "is not a valid e-mail address"),
    "invalid_email_enable": ("email", "VoIP.ms refused the e-mail setting"),
    "invalid_forward_enable": ("forward_to", "VoIP.ms refused the forwarding setting"),
    "invalid_sms_forward": ("forward_to", "is not a valid 10-digit number"),
    "invalid_forwarding_did": ("forward_to", "cannot be the number itself"),
    "invalid_callback": ("url", "is not a valid http:// or https:// URL"),
    "invalid_callback_enable": ("url", "VoIP.ms refused the URL callback setting"),
    "invalid_callback_retry": ("url", "VoIP.ms refused the URL callback retry setting"),
    # e911 (e911Validate, e911Provision, e911Update)
    "missing_fullname": ("name", "is required"),
    "invalid_fullname": ("name", "is not a valid name"),
    "missing_street_number": ("street_number", "is required"),
    "invalid_street_number": ("street_number", "is not a valid street number"),
    "missing_street_name": ("street_name", "is required"),
    "invalid_street_name": ("street_name", "is not a valid street name"),
    "missing_city": ("city", "is required"),
    "invalid_city": ("city", "is missing or not valid"),
    "missing_state": ("region", "is required: " + _REGION),
    "invalid_state": ("region", _REGION),
    "missing_province": ("region", "is required: " + _REGION),
    "invalid_province": ("region", _REGION),
    "missing_country": ("country", "is required"),
    "invalid_country": ("country", "must be a two-letter country code VoIP.ms serves (US or CA)"),
    "missing_zip": ("postal_code", "is required"),
    "invalid_zip": ("postal_code", "is not a valid ZIP or postal code"),
    "missing_language": ("language", "is required"),
    "invalid_language": ("language", "is not a language VoIP.ms offers"),
    # e-mail-to-fax (setEmailToFax)
    "used_email": ("login", "another e-mail-to-fax sender already uses this address"),
    "invalid_from_number": ("from_number", "is not a fax number of this account"),
    "invalid_security_code": ("password", "the security code takes letters and digits only"),
    # port-ins (addLNPPort, addLNPFile)
    "missing_numbers": ("numbers", "none of the numbers is valid"),
    "invalid_number": ("numbers", "one of the numbers is not valid"),
    "invalid_mixed_numbers": ("numbers", "toll-free and local numbers cannot be ported together"),
    "invalid_number_exist": ("numbers", "one of the numbers is already on VoIP.ms"),
    "invalid_number_fax": ("numbers", "one of the fax numbers cannot be ported"),
    "invalid_number_us": ("numbers", "a US number cannot be in a Canadian port"),
    "invalid_number_canadian": ("numbers", "a Canadian number cannot be in a US port"),
    "invalid_snn": ("ssn_last4", "must be the last 4 digits of the SSN"),
    "invalid_pin_number": ("wireless_pin", "the account PIN of the mobile numbers is required"),
    "invalid_statement_name": ("company", "is required for a business port"),
    "invalid_firstname": ("authorized_contact", "the first name is missing or not valid"),
    "invalid_lastname": ("authorized_contact", "the last name is missing or not valid"),
    "invalid_address": ("street_name", "the address is missing or not valid"),
    "invalid_provider_name": ("losing_carrier", "is required"),
    "invalid_provider_account": ("account_number", "is required (your account number at the losing carrier)"),
    "missing_file": ("bill_file", "is required"),
    "no_base64file": ("bill_file", "could not be sent as base64"),
    "invalid_attach_file": ("bill_file", "must be a PDF, MS Word, BMP or JPG file"),
    "exceeds_file_size": ("bill_file", "is too large"),
}


def adapter_class(resource):
    """The adapter class of one resource, its module imported now (see base.LazyAdapters)."""
    # pylint: disable=import-outside-toplevel
    if resource == "did":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.did import VoipmsDid
        return VoipmsDid
    if resource == "sip_trunk":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.trunk import VoipmsTrunk
        return VoipmsTrunk
    if resource == "sms_config":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.sms import VoipmsSms
        return VoipmsSms
    if resource == "e911":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.e911 import VoipmsE911
        return VoipmsE911
    if resource == "fax_user":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.fax import VoipmsFaxUser
        return VoipmsFaxUser
    if resource == "lnp_request":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.lnp import VoipmsLnp
        return VoipmsLnp
    raise KeyError(resource)


class VoipmsClient(ProviderClient):
    name = "voipms"
    default_url = "https://voip.ms"
    credentials = ("api_username", "api_password")
    # The function of the latest call, which ``rows`` names when that call's answer is not understood.
    last_call = None
    adapters = LazyAdapters(("did", "sip_trunk", "sms_config", "e911", "fax_user", "lnp_request"), adapter_class)
    snapshot_cost = {"numbers": "getDIDsInfo, every number in one answer (SMS settings and E911 flag included)",
                     "sms": "nothing more: getDIDsInfo carries it",
                     "port_in": "getLNPList, every port-in in one answer"}
    # Never returned by getDIDsInfo: call recording (setDIDInfo takes it, no read shows it) and the
    # E911 address (only whether one is on file; e911Info reads it one number at a time).
    snapshot_gaps = ("record_calls", "e911 address")

    def __init__(self, connection):
        super().__init__(connection)
        # The getDIDsInfo row of every number this run read, whichever adapter read it (the
        # account snapshot included): setDIDInfo and setSMS replace whole records, so an update
        # starts from the row.
        self.did_rows = {}

    @staticmethod
    def normalise_url(url):
        # The seed names the full endpoint (https://voip.ms/api/v1/rest.php); users copy either
        # that or the base URL. Both mean the same API: keep the base, the path is added per call.
        return url[:-len(REST_PATH)] if url.endswith(REST_PATH) else url

    def _transport(self):
        conn = self.connection
        return HttpTransport(self.base_url, timeout=self.timeout,
                             validate_certs=conn.get("validate_certs", True), redactor=self.redact, log=self.log,
                             budget=self.budget)

    @staticmethod
    def describe(code, method, message=None):
        """The text of a status code: the module option it is about, then what it means."""
        option, text = CODE_TEXT.get(code, (None, code.replace("_", " ")))
        option = per_request(option, method)
        text = message or text
        return "%s: %s" % (option, text) if option else text

    def _http_failure(self, response, method, write):
        if response.status_code == 404:
            # Nothing answers at this path: almost always api_url pointing at the wrong place.
            where = self.redact(self.base_url + REST_PATH)
            return CarrierError(self.name, "api_url: %s answered HTTP 404, so there is no VoIP.ms API there; set api_url "
                                           "to the base URL (https://voip.ms) or the full endpoint "
                                           "(https://voip.ms/api/v1/rest.php)" % where,
                                code="HTTP 404", http_status=404, request=method)
        # A 5xx answer to a write says nothing about whether it was applied.
        return CarrierError(self.name, "HTTP %s" % response.status_code, http_status=response.status_code,
                            request=method, maybe_applied=write and response.status_code >= 500)

    def call(self, method, params=None, write=False, empty=()):
        """Call one function; return the decoded body. ``empty`` lists the ``no_*`` codes that mean
        "nothing found" for this call: they return ``None`` instead of raising. Booleans travel as
        the 1/0 VoIP.ms documents for its flags."""
        form = {"method": method, "api_username": self.connection["api_username"],
                "api_password": self.connection["api_password"], "content_type": "json"}
        for key, value in (params or {}).items():
            if value is None:
                continue
            form[key] = {True: "1", False: "0"}.get(value, value) if isinstance(value, bool) else str(value)
        self.last_call = method
        attempt = 0
        while True:
            # Every VoIP.ms call is a POST (credentials stay out of URLs); reads are idempotent.
            response = self.http.request("POST", REST_PATH, data=form, idempotent=not write, label=method)
            if response.status_code != 200:
                raise self._http_failure(response, method, write)
            try:
                body = json.loads(response.text)
            except ValueError:
                raise TransportError("%s: malformed answer to %s (HTTP 200, not JSON: %r)"
                                     % (self.name, method, self.redact(response.text[:80])), request=method,
                                     maybe_applied=write)
            if not isinstance(body, dict) or "status" not in body:
                # Every VoIP.ms answer is an object with a status: anything else is not understood
                # (and says nothing about whether a write was applied).
                shape = "an object without a status" if isinstance(body, dict) else "a JSON %s" % type(body).__name__
                raise TransportError("%s: answer of an unexpected shape to %s (%s where an object with a "
                                     "status is expected)" % (self.name, method, shape),
                                     request=method, maybe_applied=write)
            status = str(body.get("status", ""))
            if status == "success":
                return body
            if status in empty:
                return None
            if status == "api_limit_exceeded" and attempt < self.http.retries:
                # "API requests limit per minute has been reached": every fork of the account
                # pauses for a minute (the window), then the call is tried again.
                attempt = self.http.wait_before_retry(attempt, "60", reason="%s answered api_limit_exceeded" % method)
                continue
            if status in RETRY_CODES and attempt < self.http.retries:
                attempt = self.http.wait_before_retry(attempt)
                continue
            if status in AUTH_CODES:
                raise AuthenticationError(self.name, "%s; %s" % (self.describe(status, method), AUTH_HINTS[status]),
                                          code=status, request=method)
            extra = str(body["message"]) if body.get("message") else None
            message = self.redact(self.describe(status, method, extra) if status else "no status")
            raise CarrierError(self.name, message, code=status or "no status", request=method)

    def snapshot_numbers(self, parts, pattern=None):
        dids, sms = self.resource("did"), self.resource("sms_config")
        for record in dids.list(pattern):
            if "sms" in parts:
                record["sms"] = sms.settings(dids.wire_row(record["number"]))
            yield record

    def rows(self, body, key):
        """The list under ``key`` of the last call's answer (``[]`` when absent or empty). Rows that
        are not a list of objects are not understood: an error naming the function, never "none"."""
        rows = (body or {}).get(key)
        if rows in (None, ""):
            return []
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise TransportError("%s: answer of an unexpected shape to %s (%s is a JSON %s where a list of objects is "
                                 "expected)" % (self.name, self.last_call, key, type(rows).__name__),
                                 request=self.last_call)
        return rows

    def did_row(self, national):
        """getDIDsInfo of one number: its record, or None if the account does not hold it."""
        body = self.call("getDIDsInfo", {"did": national}, empty=("no_did", "invalid_did")) or {}
        return next((row for row in self.rows(body, "dids") if str(row.get("did")) == national), None)
