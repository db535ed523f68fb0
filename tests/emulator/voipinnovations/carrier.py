"""The VoIP Innovations carrier: one SOAP 1.1 endpoint (vi-plan.md "Wire", digest sections 2 and 8).

Mounted at ``/voipinnovations``; every path below it is the same endpoint (the real one is
``/Services/APIService.asmx``). ``GET ...?wsdl`` serves the collection's WSDL with soap:address set to
the URL asked for; ``POST`` runs the pipeline: envelope (Fault on anything unreadable, see
envelope.py), authentication (``login`` + ``secret`` of an account, else responseCode 902 with HTTP
200), then the operation's handler.

Adding an operation = one handler function ``def op(ctx) -> dict`` in a module of its own slice + one
line in OPERATIONS. The handler returns the elements of the operation's result type as a plain dict
(``responseCode`` 100 / "Success" are filled in; lists for ArrayOfX, dicts for nested types) and raises
``codes.ApiError(code)`` for a top-level failure. It never writes XML: render.py does, from the WSDL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from emulator.carrier import Carrier
from emulator.messages import Request, Response
from emulator.voipinnovations import codes, dids, endpoints, envelope, features, render, schema, seed
from emulator.voipinnovations import sms
from emulator.voipinnovations import fax, ports
from emulator.voipinnovations import e911
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.model import Account, State

# operation (the WSDL's element name) -> handler. Slice helpers add a block of their own.
OPERATIONS = {
    # numbers: search, order, configure, release (dids.py)
    "auditDIDs": dids.audit_dids,
    "queryDID": dids.query_did,
    "getDIDs": dids.get_dids,
    "getDIDCount": dids.get_did_count,
    "getDIDsExtended": dids.get_dids_extended,
    "reserveDID": dids.reserve_did,
    "assignDID": dids.assign_did,
    "assignDIDExtended": dids.assign_did_extended,
    "configDID": dids.config_did,
    "releaseDID": dids.release_did,
    "InventoryDIDs": dids.inventory_dids,
    "GetInventoryTNs": dids.get_inventory_tns,
    "GetUnconfiguredTNs": dids.get_unconfigured_tns,
    # per-number features (features.py)
    "GetCNAMDisplay": features.get_cnam_display,
    "UpdateCNAMDisplay": features.update_cnam_display,
    "RemoveCNAM": features.remove_cnam,
    "UpdateDIDFailover": features.update_did_failover,
    "GetDIDFailover": features.get_did_failover,
    "AuditDIDFailovers": features.audit_did_failovers,
    "GetDIDForward": features.get_did_forward,
    "SetDIDForward": features.set_did_forward,
    "RemoveDIDForward": features.remove_did_forward,
    "AuditDIDForwards": features.audit_did_forwards,
    "CreateDIDGroup": features.create_did_group,
    "SetDIDGroup": features.set_did_group,
    "RemoveDIDGroup": features.remove_did_group,
    "GetDIDGroup": features.get_did_group,
    "GetDIDGroups": features.get_did_groups,
    "AuditDIDGroup": features.audit_did_group,
    "GetConferenceLine": features.get_conference_line,
    "SetConferenceLine": features.set_conference_line,
    "RemoveConferenceLine": features.remove_conference_line,
    "AuditConferenceLines": features.audit_conference_lines,
    # endpoint groups and the account (endpoints.py)
    "AuditEndpointGroups": endpoints.audit_endpoint_groups,
    "AuditEndpointGroup": endpoints.audit_endpoint_group,
    "ActivateEndpointGroup": endpoints.activate_endpoint_group,
    "DeactivateEndpointGroup": endpoints.deactivate_endpoint_group,
    "AuditClients": endpoints.audit_clients,
    "GetPrepaidBalance": endpoints.get_prepaid_balance,
    # SMS settings of a number (sms.py)
    "ConfigSMSDestination": sms.config_sms_destination,
    "ConfigSMS": sms.config_sms,
    "AuditSMS": sms.audit_sms,
    # fax on a number: Fax-to-Email and Email-to-Fax (fax.py)
    "SetFaxToEmail": fax.set_fax_to_email,
    "GetFaxToEmail": fax.get_fax_to_email,
    "RemoveFaxToEmail": fax.remove_fax_to_email,
    "ConfigFaxToEmailNotifications": fax.config_fax_to_email_notifications,
    "AuditFaxToEmails": fax.audit_fax_to_emails,
    "AddEmailToFax": fax.add_email_to_fax,
    "GetEmailToFax": fax.get_email_to_fax,
    "RemoveEmailToFax": fax.remove_email_to_fax,
    # number porting, read-only (ports.py)
    "isPortable": ports.is_portable,
    "getPortDetails": ports.get_port_details,
    "GetPortHistory": ports.get_port_history,
    "getActivePorts": ports.get_active_ports,
    # E911 locations and 911 alerts (e911.py)
    "validate911": e911.validate911,
    "insert911": e911.insert911,
    "update911": e911.update911,
    "query911": e911.query911,
    "remove911": e911.remove911,
    "audit911": e911.audit911,
    "getProvisioningHistory": e911.get_provisioning_history,
    "Add911Alert": e911.add911_alert,
    "Remove911Alert": e911.remove911_alert,
    "Query911Alert": e911.query911_alert,
}

# Time-driven work, run before every request and after every clock advance: ``hook(state, now)``.
ADVANCE_HOOKS = [
    dids.advance,   # reservations expire after 30 minutes
    ports.advance,  # ports move PENDING SIGNATURE -> SUBMITTED -> FOC -> COMPLETE
    e911.advance,   # E911 locations: GEOCODED -> PROVISIONED after 60 s; has911 follows
]

# Reads (request log ``write`` false): the digest's read prefixes, case-insensitive.
READ_PREFIXES = ("audit", "query", "get", "check", "validate", "isportable")
# Defaults of result elements the real service always sends (digest section 4.2 "ConferenceLine").
RESULT_DEFAULTS = {"DIDResponse": {"ConferenceLine": {"Enabled": False}},
                   # the real Response911 fixtures always carry all four arrays, empty ones too
                   "Response911": {"Statuses": [], "DID911s": [], "VILocations": [], "Alerts": []}}
WSDL_QUERY = re.compile(r"(^|&)wsdl(=|&|$)", re.IGNORECASE)


@dataclass
class Context:
    """What a handler gets."""

    state: State
    account: Account
    #: the request's elements after login/secret, decoded (render.decode): absent elements are absent
    params: dict
    now: float
    operation: str

    def text(self, name: str) -> str:
        """A string parameter; absent and xsi:nil read as "" (ASMX passes null, handlers treat it as blank)."""
        value = self.params.get(name)
        return "" if value is None else str(value)

    def did_params(self) -> list:
        """The DIDParam items of ``didParams`` (nil items skipped)."""
        return [item for item in (self.params.get("didParams") or []) if item is not None]


def is_read(operation: str) -> bool:
    return operation.lower().startswith(READ_PREFIXES)


class VoipInnovations(Carrier):
    name = "voipinnovations"
    mount = "/voipinnovations"

    def build_state(self):
        return seed.build_state(self.clock.now())

    def apply_seed(self, state, payload: dict, now: float) -> dict:
        return seed.apply_seed(state, payload, now)

    def advance(self, now: float) -> None:
        for hook in ADVANCE_HOOKS:
            hook(self.state, now)

    # -- what the core asks before handling -------------------------------------------------------

    @staticmethod
    def _peek(request: Request) -> tuple[str | None, str | None]:
        """(operation, login) of a POST, unchecked; cached on the request (the core asks several times)."""
        cached = getattr(request, "_vi_peek", None)
        if cached is None:
            cached = (None, None)
            if request.method == "POST":
                try:
                    element = envelope.body_element(request.body)
                    login = element.find(f"{{{schema.TNS}}}login")
                    cached = (render.local_name(element.tag)[1], login.text if login is not None else None)
                except envelope.SoapFault:
                    pass
            request._vi_peek = cached  # pylint: disable=protected-access
        return cached

    def is_write(self, request: Request) -> bool:
        operation = self._peek(request)[0]
        return request.method == "POST" and not (operation and is_read(operation))

    def function_of(self, request: Request) -> str | None:
        """The operation, so fault rules with ``function`` aim at one of them."""
        return self._peek(request)[0]

    def account_of(self, request: Request) -> str | None:
        """The ``login``, unchecked: lockout rules count per account."""
        return self._peek(request)[1] or None

    # -- the endpoint -----------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        if request.method in ("GET", "HEAD"):
            return self._get(request)
        if request.method != "POST":
            return Response(405, b"Method not allowed", {"Allow": "GET, POST", "Content-Type": "text/plain"})
        wsdl = schema.get()
        self.advance(self.clock.now())
        mark = {"operation": self._peek(request)[0], "fault": None, "unknown_elements": [], "response_code": None}
        try:
            call = envelope.parse(request.body, request.header("SOAPAction"), wsdl)
        except envelope.SoapFault as exc:
            mark.update(operation=exc.operation or mark["operation"], fault=exc.kind)
            return self._fault(exc.faultcode, exc.faultstring, mark)
        mark.update(operation=call.operation, unknown_elements=call.unknown)
        handler = OPERATIONS.get(call.operation)
        if handler is None:
            # project-defined: in the WSDL, not emulated; a Server fault no client can mistake for an answer
            mark["fault"] = "not_emulated"
            return self._fault("soap:Server", f"voip.carrier emulator: {call.operation} is not emulated", mark)
        result = self._result(call, handler)
        mark["response_code"] = result["responseCode"]
        body = envelope.reply(wsdl, call.operation, result)
        return self._response(200, body, mark)

    def _result(self, call: envelope.SoapCall, handler) -> dict:
        params = {k: v for k, v in call.params.items() if k not in ("login", "secret")}
        result_type = schema.get().operations[call.operation][1]
        try:
            account = self._authenticate(call.params)
            ctx = Context(self.state, account, params, self.clock.now(), call.operation)
            result = dict(handler(ctx) or {})
            result.setdefault("responseCode", codes.SUCCESS)
            result.setdefault("responseMessage", codes.RESPONSE.get(result["responseCode"], ""))
        except ApiError as exc:
            result = {"responseCode": exc.code, "responseMessage": exc.message, **exc.fields}
        for key, value in RESULT_DEFAULTS.get(result_type, {}).items():
            result.setdefault(key, value)
        return result

    def _authenticate(self, params: dict) -> Account:
        account = self.state.accounts.get(params.get("login") or "")
        if account is None or not params.get("secret") or account.secret != params.get("secret"):
            raise ApiError(codes.AUTH_FAILED)
        return account

    def _get(self, request: Request) -> Response:
        query = request.query or ""
        if WSDL_QUERY.search(query):
            host = request.header("Host") or "127.0.0.1"
            address = f"http://{host}{request.full_path}"
            return Response(200, schema.get().served(address), {"Content-Type": envelope.CONTENT_TYPE})
        # project-defined: a short stand-in for ASMX's service help page
        names = "".join(f"<li>{name}</li>" for name in sorted(OPERATIONS, key=str.lower))
        page = (f"<html><body><h1>APIService (voip.carrier emulator)</h1><p>WSDL: <a href='?wsdl'>?wsdl</a></p>"
                f"<ul>{names}</ul></body></html>")
        return Response(200, page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})

    @staticmethod
    def _fault(faultcode: str, faultstring: str, mark: dict) -> Response:
        return VoipInnovations._response(500, envelope.fault(faultcode, faultstring), mark)

    @staticmethod
    def _response(status: int, body: bytes, mark: dict) -> Response:
        response = Response(status, body, {"Content-Type": envelope.CONTENT_TYPE})
        response.log = {"soap": mark}
        return response
