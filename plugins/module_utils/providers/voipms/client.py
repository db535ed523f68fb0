# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The VoIP.ms connection: one RPC call with its ``status`` envelope."""

from __future__ import annotations

import json

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ProviderClient
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.did import VoipmsDid
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.e911 import VoipmsE911
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.fax import VoipmsFaxUser
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.lnp import VoipmsLnp
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.sms import VoipmsSms
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.trunk import VoipmsTrunk
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
# The few codes whose meaning a user needs spelled out (the others are self-explanatory).
CODE_TEXT = {
    "invalid_did": "the number is not valid, not on offer, or not in this account",
    "did_in_use": "the number is already taken",
    "non_sufficient_funds": "the account balance is too low",
    "invalid_serverpop": "pop is not a VoIP.ms server POP (see getServersInfo)",
    "invalid_routing_header": "the routing target does not exist or is malformed",
    "account_with_dids": "numbers still route to this sub-account",
}


class VoipmsClient(ProviderClient):
    name = "voipms"
    default_url = "https://voip.ms"
    credentials = ("api_username", "api_password")
    adapters = {"did": VoipmsDid, "sip_trunk": VoipmsTrunk, "sms_config": VoipmsSms, "e911": VoipmsE911,
                "fax_user": VoipmsFaxUser, "lnp_request": VoipmsLnp}

    def _transport(self):
        conn = self.connection
        return HttpTransport(self.base_url, timeout=self.timeout,
                             validate_certs=conn.get("validate_certs", True), redactor=self.redact, log=self.log,
                             budget=self.budget)

    def call(self, method, params=None, write=False, empty=()):
        """Call one function; return the decoded body. ``empty`` lists the ``no_*`` codes that mean
        "nothing found" for this call: they return ``None`` instead of raising."""
        form = {"method": method, "api_username": self.connection["api_username"],
                "api_password": self.connection["api_password"], "content_type": "json"}
        for key, value in (params or {}).items():
            if value is None:
                continue
            form[key] = {True: "1", False: "0"}.get(value, value) if isinstance(value, bool) else str(value)
        where = "%s %s" % (method, "(write)" if write else "(read)")
        attempt = 0
        while True:
            # Every VoIP.ms call is a POST (credentials stay out of URLs); reads are idempotent.
            response = self.http.request("POST", REST_PATH, data=form, idempotent=not write, label=method)
            if response.status_code != 200:
                # A 5xx answer to a write says nothing about whether it was applied.
                raise CarrierError(self.name, "HTTP %s" % response.status_code, http_status=response.status_code,
                                   request=method, maybe_applied=write and response.status_code >= 500)
            try:
                body = json.loads(response.text)
            except ValueError:
                raise TransportError("%s: malformed answer to %s (HTTP 200, not JSON: %r)"
                                     % (self.name, method, self.redact(response.text[:80])), request=method,
                                     maybe_applied=write)
            if not isinstance(body, dict):
                # Every VoIP.ms answer is an object with a status: anything else is not understood.
                raise TransportError("%s: answer of an unexpected shape to %s (a JSON %s where an object with a "
                                     "status is expected)" % (self.name, method, type(body).__name__),
                                     request=method, maybe_applied=write)
            status = str(body.get("status", ""))
            if status == "success":
                return body
            if status in empty:
                return None
            if status in RETRY_CODES and attempt < self.http.retries:
                attempt = self.http.wait_before_retry(attempt)
                continue
            message = self.redact(str(body.get("message") or CODE_TEXT.get(status, status.replace("_", " "))))
            if status in AUTH_CODES:
                raise AuthenticationError(self.name, "%s; %s" % (message, AUTH_HINTS[status]), code=status,
                                          request=method)
            raise CarrierError(self.name, message, code=status or "no status", request=where)

    def did_row(self, national):
        """getDIDsInfo of one number: its record, or None if the account does not hold it."""
        body = self.call("getDIDsInfo", {"did": national}, empty=("no_did", "invalid_did")) or {}
        return next((row for row in body.get("dids") or [] if str(row.get("did")) == national), None)
