# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The VoIP Innovations connection: one SOAP endpoint (api_url), the credentials in every body
(``login``, ``secret``), ``responseCode`` 100 for success and per-number ``statusCode``s in batch
replies. zeep builds and parses the envelopes (soap.py, imported lazily); everything else is here."""

from __future__ import annotations

import re
import time

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError, ValidationError, VoipCarrierError)
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import (
    LazyAdapters, ProviderClient, code_meaning, with_meaning)
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import soap
from ansible_collections.voip.carrier.plugins.module_utils.transport import RETRY_STATUSES, HttpTransport

DEFAULT_URL = "https://backoffice.voipinnovations.com/Services/APIService.asmx"
SUCCESS = 100
# Operations that change nothing: retried after a timeout or a 5xx like any read. Everything else
# is a write, never re-sent, and flagged maybe_applied when no usable answer comes back.
READ_PREFIXES = ("audit", "Audit", "query", "Query", "get", "Get")
READ_OPERATIONS = frozenset(("validate911", "isPortable", "CheckSMSCustomerStatus"))
AUTH_CODES = (901, 902)
AUTH_HINT = ("check api_username (the login of a VoIP Innovations API user, Back Office: Add-Ons -> API Users) and "
             "api_password (its secret); VoIP Innovations also refuses an address the API user does not allow")
# Outcomes VoIP Innovations itself does not know: a write that gets one may have been applied.
UNKNOWN_OUTCOME = (900, 103221, 104221)
_BUG = "a parameter this collection sent is not what VoIP Innovations expects; please report it"
_OTHER = "belongs to another VoIP Innovations customer"
_RESERVED_OTHER = "is reserved for another VoIP Innovations customer"
_NO_NUMBER = "VoIP Innovations has no such number"
# A code -> (the module option it is about, what it means); either may be a dict
# {operation: value, None: default} where the same code means different things in different calls.
# Top-level responseCodes (digest 5.1, 5.2) and per-number DID statusCodes (5.3) share the map: they
# never collide (3 against 6 digits). The option names are the modules', never VoIP Innovations'
# (description is a number's refId, trunk its endpoint group, caller_id_name its CNAM display).
CODE_TEXT = {
    101: (None, "no records found"),
    900: (None, "VoIP Innovations reported an exception on its side"),
    901: (None, "the client IP address is not allowed"),
    902: (None, "the login, secret or source IP address is not known"),
    903: ("number", "VoIP Innovations' E911 provisioning service could not be reached"),
    904: ("number", "the E911 provisioning service answered with an unexpected status"),
    905: ("number", "the number's E911 record is locked at the provisioning service; try again later"),
    906: ("number", "the E911 provisioning service does not know the number"),
    907: ("number", "the number's E911 record is in use; try again later"),
    908: ("number", "the E911 provisioning service could not parse the number"),
    909: ("number", "is not a number of this account"),
    910: ("number", "has no E911 location"),
    911: ("number", "already has a provisioned E911 location"),
    933: ("caller_id_name", "VoIP Innovations cannot store an outbound caller ID name for this number "
                            "(cnamStorageAvailability false)"),
    934: ("caller_id_name", "may hold letters, spaces and digits only"),
    940: ("email", "must be at most 150 characters"),
    941: ("number", "E911 is not enabled for this number"),
    942: ("email", "is already notified for this number"),
    943: ("email", "at most 10 addresses can be notified per number"),
    944: ({"SetDIDForward": "forward_to", "UpdateDIDFailover": "failover_number", "ConfigSMSDestination": "forward_to",
          None: "number"},
          "is not a valid number (10 digits)"),
    948: ({"ActivateEndpointGroup": "name", "DeactivateEndpointGroup": "name", "AuditEndpointGroup": "name",
           None: "trunk"}, "is not an endpoint group of this account"),
    # SMS (ConfigSMSDestination, ConfigSMS): no source gives VoIP Innovations' codes; these are the
    # emulator's (docs/emulator.md "VoIP Innovations: SMS").
    950: ("number", "cannot carry SMS at VoIP Innovations; search numbers with SMS (available_did_info) for it"),
    951: ("destination_type", "is not a destination type VoIP Innovations knows"),
    952: ({"ConfigSMS": "email", None: "destination_type"},
          "the destination does not suit the type (email: e-mail addresses, post and get: an http(s) URL)"),
    302490: (None, _BUG + " (no search criteria)"),
    # per-number statusCodes of queryDID, reserveDID, assignDID, configDID and releaseDID
    101200: ("number", "no numbers in this account"),
    102230: ("number", _RESERVED_OTHER),
    102235: ("number", _OTHER),
    102420: ("number", _NO_NUMBER),
    103220: ("number", "is already reserved for you"),
    103221: ("number", "VoIP Innovations reported an unknown error"),
    103225: ("number", "is already assigned to this account"),
    103230: ("number", _RESERVED_OTHER),
    103235: ("number", _OTHER),
    103250: ("number", "toll-free (800) origination is not purchased for this account; add it in the Back Office"),
    103259: ("number", "its tier is not available to this account"),
    103420: ("number", _NO_NUMBER),
    104220: ("number", "is reserved for you"),
    104221: ("number", "VoIP Innovations reported an unknown error"),
    104225: ("number", "is already assigned to this account"),
    104230: ("number", _RESERVED_OTHER),
    104235: ("number", _OTHER),
    104250: ("number", "toll-free (800) origination is not purchased for this account; add it in the Back Office"),
    104251: ("number", "standard origination is not purchased for this account; add it in the Back Office"),
    104258: ("trunk", "is not a valid endpoint group of this account"),
    104259: ("number", "its tier is not available to this account"),
    104420: ("number", _NO_NUMBER),
    105221: ("number", "is not assigned to this account"),
    105225: ("number", "is reserved for you, not assigned yet"),
    105230: ("number", _RESERVED_OTHER),
    105235: ("number", _OTHER),
    105250: ("number", "toll-free (800) origination is not purchased for this account; add it in the Back Office"),
    105251: ("number", "standard origination is not purchased for this account; add it in the Back Office"),
    105258: ("trunk", "is not a valid endpoint group of this account"),
    105420: ("number", _NO_NUMBER),
    106220: ("number", "is still reserved for you"),
    106225: ("number", "is still assigned to this account"),
    106230: ("number", _RESERVED_OTHER),
    106231: ("number", "is not in any account (available)"),
    106235: ("number", _OTHER),
    106241: ("number", "was released before and is not available"),
    106420: ("number", _NO_NUMBER),
}

# The resources whose adapter module exists. Each one is added here together with its branch in
# adapter_class, in the same commit: Ansible packs into a module's payload every module_utils file
# an import statement names and fails the task when one is missing.
RESOURCES = ("did", "sip_trunk", "sms_config", "fax_user", "lnp_request", "e911")


def adapter_class(resource):
    # pylint: disable=import-outside-toplevel
    if resource == "did":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.did import VoipInnovationsDid
        return VoipInnovationsDid
    if resource == "sip_trunk":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.trunk import (
            VoipInnovationsTrunk)
        return VoipInnovationsTrunk
    if resource == "sms_config":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.sms import VoipInnovationsSms
        return VoipInnovationsSms
    if resource == "fax_user":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.fax import (
            VoipInnovationsFaxUser)
        return VoipInnovationsFaxUser
    if resource == "lnp_request":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.lnp import VoipInnovationsLnp
        return VoipInnovationsLnp
    if resource == "e911":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.e911 import (
            VoipInnovationsE911)
        return VoipInnovationsE911
    raise KeyError(resource)


def is_read(operation):
    """Whether ``operation`` only reads (safe to send again)."""
    return operation.startswith(READ_PREFIXES) or operation in READ_OPERATIONS


def code_of(value):
    """A responseCode or statusCode as an int (statusCode is a string on the wire); None if it is
    no number."""
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def describe(code, operation, message=None):
    """``code: VoIP Innovations' text (option: what it means)``."""
    option, meaning = code_meaning(CODE_TEXT, code, operation)
    return with_meaning("%s: %s" % (code, (message or "").strip() or "no message"), option, meaning)


def option_of(code, operation):
    """The module option a code is about, or None."""
    return code_meaning(CODE_TEXT, code, operation)[0]


def wire_number(e164):
    """A North American E.164 number as VoIP Innovations writes it: 10 digits ("" stays "")."""
    return e164[2:] if e164 else ""


def number_from_wire(value):
    return from_carrier(value) if str(value or "").strip() else ""


class SoapHttpTransport(HttpTransport):
    """HttpTransport for ASMX: a fault about the request itself (soap:Client, HTTP 500) is no
    passing failure, so even a read is not sent again."""

    @staticmethod
    def retryable(response):
        return response.status_code in RETRY_STATUSES and not soap.client_fault(response.content)


class VoipInnovationsClient(ProviderClient):
    name = "voipinnovations"
    default_url = DEFAULT_URL
    credentials = ("api_username", "api_password")
    # VoIP Innovations publishes no limit: the collection's conservative default.
    rate_limits = ((60, 60),)
    adapters = LazyAdapters(RESOURCES, adapter_class)
    snapshot_cost = {"numbers": "auditDIDs, every number with its E911 flag, CNAM, forward and failover in one answer; "
                                "AuditEndpointGroups, once, for the names of the endpoint groups; AuditDIDForwards and "
                                "AuditDIDFailovers, once each, only when auditDIDs' answer has no forward or failover "
                                "elements (a service whose DID type lacks them)",
                     "sms": "AuditSMS with a blank tn, every number's SMS settings in one answer",
                     "port_in": "getActivePorts, every active port in one answer"}
    # auditDIDs says whether a number has an E911 location (has911), not where: the snapshot's
    # records carry the flag. (audit911 lists the addresses, off-net numbers too: the bulk module's
    # e911 items read it once.) No call returns an SMS auth_token.
    snapshot_gaps = ("e911 address", "sms auth_token")
    # DIDParams per batch call (reserveDID, assignDID, configDID, releaseDID). VoIP Innovations
    # documents no limit: 100 keeps an envelope near 15 KB, and what a lost answer leaves to re-read small.
    batch_size = 100

    def __init__(self, connection):
        super().__init__(connection)
        # The login travels in every body beside the secret: masked like it.
        self.redact.add(str(connection["api_username"]))
        self.login = str(connection["api_username"])
        self.secret = str(connection["api_password"])

    @staticmethod
    def normalise_url(url):
        # The WSDL's address is what users copy: APIService.asmx?wsdl is the same endpoint.
        return re.sub(r"\?wsdl$", "", url, flags=re.IGNORECASE)

    def _transport(self):
        return SoapHttpTransport(self.base_url, timeout=self.timeout,
                                 validate_certs=self.connection.get("validate_certs", True), redactor=self.redact,
                                 log=self.log, budget=self.budget)

    def _service(self):
        """(zeep client, service) for this connection, built on the first call (zeep loads the
        WSDL from memory: no request)."""
        return self.memo("soap service", lambda: soap.build_service(self.http, self.base_url, is_read))

    def snapshot_numbers(self, parts, pattern=None):
        # pylint: disable=import-outside-toplevel  # the SMS mapping only for a snapshot that wants it
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.sms import account_settings
        records = list(self.resource("did").list(pattern))
        # A number AuditSMS does not list cannot carry SMS (None).
        sms = account_settings(self) if "sms" in parts and records else None
        for record in records:
            if sms is not None:
                record["sms"] = sms.get(record["number"])
            yield record

    def audit_dids(self):
        """{E.164 number: auditDIDs row} of every number of the account, read once per client (the
        bulk module's updates start from these rows, as single updates start from queryDID's). The
        dummy record of an empty account (statusCode 101200, no tn) is left out. Where the answer
        has no forward or failover element at all (the sandbox's DID type has neither), those come
        from AuditDIDForwards / AuditDIDFailovers, one call each."""
        def read_all():
            answer = self.call("auditDIDs", empty=(101,))
            zeep_client, _service = self._service()
            body = soap.last_reply(zeep_client)
            rows = {}
            for row in (answer or {}).get("DIDs") or []:
                if isinstance(row, dict) and str(row.get("tn") or "").strip() and code_of(row.get("statusCode")) == SUCCESS:
                    rows[from_carrier(str(row["tn"]).strip())] = dict(row)
            for element, operation, field, target in (("forward", "AuditDIDForwards", "DIDForward", "ForwardTN"),
                                                      ("failover", "AuditDIDFailovers", "DIDFailover", "FailoverTN")):
                if rows and not soap.has_element(body, element):
                    self._fill_from_audit(rows, element, operation, field, target)
            return rows
        return self.memo("auditDIDs", read_all)

    def _fill_from_audit(self, rows, element, operation, field, target):
        """Each row's ``element`` (forward, failover) from the AuditResponse of ``operation``."""
        for row in rows.values():
            row[element] = ""
        for entry in (self.call(operation, empty=(101,)) or {}).get(field) or []:
            if isinstance(entry, dict) and str(entry.get("TN") or "").strip():
                row = rows.get(from_carrier(str(entry["TN"]).strip()))
                if row is not None:
                    row[element] = str(entry.get(target) or "").strip()

    # -- one call -------------------------------------------------------------------------------

    def call(self, operation, write=False, empty=(), **params):
        """``operation``'s result (the ``<op>Result``) as plain Python, every array a list, once
        its responseCode is 100; None for a code in ``empty`` (101 "no records" where that is an
        answer); otherwise CarrierError with the code, VoIP Innovations' message and the option it
        concerns. A write is an operation outside READ_OPERATIONS (or ``write=True``): sent once,
        maybe_applied when no usable answer comes back. Parameters that are None are left out."""
        write = bool(write) or not is_read(operation)
        client, service = self._service()
        body = dict(login=self.login, secret=self.secret)
        body.update({key: value for key, value in params.items() if value is not None})
        result, failure = soap.invoke(client, service, operation, body)
        if failure is not None:
            raise self._failure(operation, failure, write)
        answer = soap.plain(result)
        code = code_of(answer.get("responseCode")) if isinstance(answer, dict) else None
        if code is None:
            raise self.shape_error(operation, "no responseCode in %sResult" % operation, write)
        if code == SUCCESS:
            return answer
        if code in empty:
            return None
        raise self.error(operation, code, answer.get("responseMessage"), write)

    def shape_error(self, operation, what, write=False):
        """An answer that is not what ``operation`` returns (``what`` says how): never read as
        "absent" or "done"; a write's outcome is unknown."""
        return TransportError("%s: answer of an unexpected shape to %s (%s)" % (self.name, operation, what),
                              request=operation, maybe_applied=write)

    def error(self, operation, code, message, write=False):
        """The error of a refusal ``code`` (a responseCode, or a number's statusCode) to ``operation``."""
        text = self.redact(describe(code, operation, message))
        if code in AUTH_CODES:
            return AuthenticationError(self.name, "%s; %s" % (text, AUTH_HINT), code=code, request=operation)
        return CarrierError(self.name, text, code=code, request=operation,
                            maybe_applied=write and code in UNKNOWN_OUTCOME)

    def _failure(self, operation, failure, write):
        kind = failure[0]
        if kind == "fault":
            _kind, faultcode, faultstring = failure
            # soap:Client: the request was refused unread, nothing was applied. soap:Server: the
            # service failed while acting on it, and a write may have been applied.
            refused = faultcode.rsplit(":", 1)[-1] == "Client"
            return CarrierError(self.name, self.redact("SOAP Fault %s: %s" % (faultcode, faultstring.strip())),
                                code=faultcode, request=operation, http_status=500,
                                hint=None if not refused else _BUG, maybe_applied=write and not refused)
        if kind == "unsent":
            # zeep refused the parameters against the WSDL: nothing was sent.
            return TransportError("%s: %s was not sent: %s; %s" % (self.name, operation, self.redact(failure[1]), _BUG),
                                  request=operation)
        _kind, message, status = failure
        if status == 404:
            return CarrierError(self.name, "api_url: %s answered HTTP 404, so there is no APIService there; set api_url "
                                           "to the SOAP endpoint (%s)" % (self.redact(self.base_url), DEFAULT_URL),
                                code="HTTP 404", http_status=404, request=operation)
        return TransportError("%s: no usable answer to %s (%s)" % (self.name, operation, self.redact(message)),
                              request=operation, maybe_applied=write)

    # -- batch replies --------------------------------------------------------------------------

    def did_results(self, result, ok=()):
        """{tn: (statusCode, status)} of a DIDResponse (10-digit tn, int code); a code in ``ok``
        (the calls' idempotent successes: 103220 already reserved for you, 104225 already assigned
        to you, 106231 / 106420 on a release) is reported as 100."""
        results = {}
        for row in (result or {}).get("DIDs") or []:
            if not isinstance(row, dict):
                continue
            code = code_of(row.get("statusCode"))
            results[str(row.get("tn") or "").strip()] = (SUCCESS if code in ok else code, row.get("status") or "")
        return results

    def batch(self, operation, params, ok=()):
        """One batch call (reserveDID, assignDID, configDID, releaseDID) of ``params`` (DIDParam
        dicts): {tn: (its DID row, None) or (its row or None, the error)}, from each number's own
        statusCode (a reply can say 100 while numbers failed). A failure of the whole call is every
        number's; a number the reply does not name has an error of unknown outcome (a write)."""
        tns = [param["tn"] for param in params]
        try:
            answer = self.call(operation, didParams={"DIDParam": params})
        except VoipCarrierError as exc:
            return dict((tn, (None, exc.copy())) for tn in tns)
        rows = dict((str(row.get("tn") or "").strip(), row) for row in answer.get("DIDs") or [] if isinstance(row, dict))
        results = self.did_results(answer, ok)
        outcomes = {}
        for tn in tns:
            code, status = results.get(tn, (None, None))
            if code is None:
                outcomes[tn] = (None, self.shape_error(operation, "no DID %s in it" % tn, write=not is_read(operation)))
            elif code != SUCCESS:
                outcomes[tn] = (rows.get(tn), self.error(operation, code, status, write=True))
            else:
                outcomes[tn] = (rows[tn], None)
        return outcomes

    def did_outcome(self, operation, result, national, ok=()):
        """The one number ``national`` of a batch reply: its DID row when its statusCode is 100 (or
        in ``ok``); CarrierError with its code otherwise; TransportError (maybe_applied: a write)
        when the reply does not name it."""
        code, status = self.did_results(result, ok).get(national, (None, None))
        if code is None:
            raise self.shape_error(operation, "no DID %s in it" % national, write=not is_read(operation))
        if code != SUCCESS:
            raise self.error(operation, code, status, write=True)
        return next(row for row in result["DIDs"] if str(row.get("tn") or "").strip() == national)

    # -- endpoint groups (trunks) ---------------------------------------------------------------

    def endpoint_groups(self):
        """The account's endpoint groups (AuditEndpointGroups), read once per run."""
        def read_all():
            answer = self.call("AuditEndpointGroups", empty=(101,))
            return [row for row in ((answer or {}).get("EndpointGroup") or []) if isinstance(row, dict)]
        return self.memo("AuditEndpointGroups", read_all)

    def forget_endpoint_groups(self):
        """A write changed a group: the next look-up reads them again."""
        with self._memo_lock:
            self._memo.pop("AuditEndpointGroups", None)

    def endpoint_group(self, wanted, option="trunk"):
        """The group ``wanted`` names: by its Name, or by its decimal ID when no group has that
        name; None when none. ValidationError naming ``option`` when several share the name."""
        wanted = str(wanted).strip()
        groups = self.endpoint_groups()
        named = [row for row in groups if str(row.get("Name") or "").strip() == wanted]
        if len(named) > 1:
            raise ValidationError(option, "%d VoIP Innovations endpoint groups are named %r (IDs %s); name the one you "
                                          "mean by its ID" % (len(named), wanted,
                                                              ", ".join(str(row.get("ID")) for row in named)))
        if named:
            return named[0]
        if wanted.isdigit():
            return next((row for row in groups if str(row.get("ID")) == str(int(wanted))), None)
        return None

    def group_names(self):
        """The account's group names, for messages."""
        return ", ".join(sorted("%s (%s)" % (row.get("Name"), row.get("ID")) for row in self.endpoint_groups())) or "none"


def reserved_until(row, now=None):
    """When a reservation ends, as text: the DID's expireDate when it has one, else 30 minutes from
    now (reserveDID holds a number at most 30 minutes)."""
    expires = row.get("expireDate") if isinstance(row, dict) else None
    if expires is not None and getattr(expires, "year", 1900) > 1900:
        return expires.strftime("%Y-%m-%d %H:%M") + (" UTC" if expires.utcoffset() is not None else "")
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime((time.time() if now is None else now) + 1800))
