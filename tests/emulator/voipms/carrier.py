"""The VoIP.ms carrier: the single REST endpoint, the request pipeline of digest §6.1, the
``test`` dry run, the method table and the envelope (HTTP 200, ``status`` success or a code)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from emulator.carrier import Carrier
from emulator.messages import Request, Response
from emulator.voipms import check, dids, e911, fax, general, lnp, seed, subaccounts, voicemail, wire
from emulator.voipms.errors import ApiError
from emulator.voipms.model import Account, State

ENDPOINT = "/api/v1/rest.php"

# The emulated functions. Every other name answers invalid_method (project-defined: the rest of the
# 219 documented functions are not emulated).
METHODS = {
    # general and lookups
    "getIP": general.get_ip,
    "getBalance": general.get_balance,
    "getServersInfo": general.get_servers_info,
    "getAllowedCodecs": general.get_allowed_codecs,
    "getAuthTypes": general.get_auth_types,
    "getDeviceTypes": general.get_device_types,
    "getDTMFModes": general.get_dtmf_modes,
    "getLockInternational": general.get_lock_international,
    "getMusicOnHold": general.get_music_on_hold,
    "getNAT": general.get_nat,
    "getProtocols": general.get_protocols,
    "getRoutes": general.get_routes,
    "getLanguages": general.get_languages,
    "getLocales": general.get_locales,
    "getCountries": general.get_countries,
    "getInternationalTypes": general.get_international_types,
    "getDIDCountries": general.get_did_countries,
    "getStates": general.get_states,
    "getProvinces": general.get_provinces,
    "getRateCentersUSA": general.get_rate_centers_usa,
    "getRateCentersCAN": general.get_rate_centers_can,
    # DIDs
    "searchDIDsUSA": dids.search_dids_usa,
    "searchDIDsCAN": dids.search_dids_can,
    "getDIDsUSA": dids.get_dids_usa,
    "getDIDsCAN": dids.get_dids_can,
    "searchTollFreeUSA": dids.search_toll_free_usa,
    "searchTollFreeCanUS": dids.search_toll_free_canus,
    "orderDID": dids.order_did,
    "orderTollFree": dids.order_toll_free,
    "getDIDsInfo": dids.get_dids_info,
    "setDIDInfo": dids.set_did_info,
    "setDIDRouting": dids.set_did_routing,
    "setDIDPOP": dids.set_did_pop,
    "setDIDVoicemail": dids.set_did_voicemail,
    "cancelDID": dids.cancel_did,
    "setSMS": dids.set_sms,
    # voicemail (the mailboxes a DID's voicemail names)
    "getVoicemails": voicemail.get_voicemails,
    # sub-accounts
    "createSubAccount": subaccounts.create_sub_account,
    "getSubAccounts": subaccounts.get_sub_accounts,
    "setSubAccount": subaccounts.set_sub_account,
    "delSubAccount": subaccounts.del_sub_account,
    # e911
    "e911AddressTypes": general.e911_address_types,
    "e911Validate": e911.e911_validate,
    "e911Provision": e911.e911_provision,
    "e911ProvisionManually": e911.e911_provision_manually,
    "e911Update": e911.e911_update,
    "e911Info": e911.e911_info,
    "e911Cancel": e911.e911_cancel,
    # fax
    "getFaxStates": fax.get_fax_states,
    "getFaxProvinces": fax.get_fax_provinces,
    "getFaxRateCentersUSA": fax.get_fax_rate_centers_usa,
    "getFaxRateCentersCAN": fax.get_fax_rate_centers_can,
    "orderFaxNumber": fax.order_fax_number,
    "getFaxNumbersInfo": fax.get_fax_numbers_info,
    "setFaxNumberInfo": fax.set_fax_number_info,
    "setFaxNumberEmail": fax.set_fax_number_email,
    "setFaxNumberURLCallback": fax.set_fax_number_url_callback,
    "cancelFaxNumber": fax.cancel_fax_number,
    "getEmailToFax": fax.get_email_to_fax,
    "setEmailToFax": fax.set_email_to_fax,
    "delEmailToFax": fax.del_email_to_fax,
    # LNP
    "getPortability": lnp.get_portability,
    "addLNPPort": lnp.add_lnp_port,
    "addLNPFile": lnp.add_lnp_file,
    "getLNPStatus": lnp.get_lnp_status,
    "getLNPDetails": lnp.get_lnp_details,
    "getLNPList": lnp.get_lnp_list,
    "getLNPListStatus": lnp.get_lnp_list_status,
    "getLNPNotes": lnp.get_lnp_notes,
    "getLNPAttachList": lnp.get_lnp_attach_list,
    "getLNPAttach": lnp.get_lnp_attach,
}

# Functions documenting a ``test`` parameter (digest §6.6: orders, cancelDID and the fax writes).
# Elsewhere ``test`` is an unknown parameter and, PHP style, ignored: the call is real.
TEST_METHODS = frozenset({
    "orderDID", "orderTollFree", "orderVanity", "orderDIDVirtual", "orderDIDInternationalGeographic",
    "orderDIDInternationalNational", "orderDIDInternationalTollFree", "backOrderDIDUSA", "backOrderDIDCAN",
    "cancelDID", "addCharge", "addPayment", "orderFaxNumber", "setFaxNumberInfo", "setFaxNumberEmail",
    "setFaxNumberURLCallback", "cancelFaxNumber", "setEmailToFax", "delEmailToFax", "setFaxFolder", "delFaxFolder",
    "moveFaxMessage", "deleteFaxMessage", "sendFaxMessage",
})

# Request-log ``write``: functions that change state (by name, whether emulated or not).
WRITE_PREFIXES = ("set", "create", "del", "order", "cancel", "add", "backOrder", "connect", "unconnect", "send",
                  "mark", "move", "assign", "remove", "signup", "mail")
WRITE_METHODS = frozenset({"e911Provision", "e911ProvisionManually", "e911Update", "e911Cancel"})


def is_write_method(method: str) -> bool:
    return method in WRITE_METHODS or method.startswith(WRITE_PREFIXES)


@dataclass
class Context:
    """What a handler gets. Handlers return the success keys (without ``status``) or raise ApiError."""

    state: State
    account: Account
    params: wire.Params
    now: float
    client_ip: str
    http_method: str
    #: the ``test`` dry run is on: validate everything, change nothing
    test: bool


class VoipMs(Carrier):
    name = "voipms"
    mount = "/voipms"

    def build_state(self):
        return seed.build_state()

    def apply_seed(self, state, payload: dict, now: float) -> dict:
        return seed.apply_seed(state, payload, now)

    def advance(self, now: float) -> None:
        e911.advance(self.state, now)
        lnp.advance(self.state, now)

    def is_write(self, request: Request) -> bool:
        if request.path.rstrip("/") != ENDPOINT:
            return False
        params = wire.collect(request)
        method = params.get("method")
        if not is_write_method(method):
            return False
        # A honoured ``test`` call changes nothing.
        return not (method in TEST_METHODS and check.is_true(params.get("test")))

    def function_of(self, request: Request) -> str | None:
        """The ``method`` parameter: every VoIP.ms call shares one path, so fault rules aim by it."""
        if request.path.rstrip("/") != ENDPOINT:
            return None
        return wire.collect(request).get("method") or None

    def account_of(self, request: Request) -> str | None:
        """The ``api_username`` parameter (unchecked): lockout fault rules count per account."""
        if request.path.rstrip("/") != ENDPOINT:
            return None
        return wire.collect(request).get("api_username") or None

    def handle(self, request: Request) -> Response:
        if request.path.rstrip("/") != ENDPOINT:
            # project-defined: only the REST endpoint is emulated (no SOAP server.php)
            return Response.json(404, {"error": "Unknown path"})
        self.advance(self.clock.now())
        params = wire.collect(request)
        try:
            payload = {"status": "success", **self._call(request, params)}
        except ApiError as exc:
            payload = exc.payload()
        content_type = "application/json" if params.get("content_type").lower() == "json" else "text/html; charset=utf-8"
        return Response(200, json.dumps(payload).encode("utf-8"), {"Content-Type": content_type})

    def _call(self, request: Request, params: wire.Params) -> dict:
        state = self.state
        now = self.clock.now()
        method = params.get("method")
        if not method:
            raise ApiError("missing_method")
        handler = METHODS.get(method)
        if handler is None:
            raise ApiError("invalid_method")
        username, password = params.get("api_username"), params.get("api_password")
        if not username or not password:
            raise ApiError("missing_credentials")
        account = state.accounts.get(username)
        if account is None or account.api_password != password:
            raise ApiError("invalid_credentials")
        if not account.api_enabled:
            raise ApiError("api_not_enabled")
        if method != "getIP" and request.client_ip not in account.allowed_ips:
            raise ApiError("ip_not_enabled")
        limit = state.settings["rate_limit"]
        if limit:
            account.calls = [t for t in account.calls if t > now - state.settings["rate_limit_window"]]
            if len(account.calls) >= limit:
                raise ApiError("api_limit_exceeded")
            account.calls.append(now)
        if method in state.settings["maintenance"]:
            raise ApiError("method_maintenance")
        for rule in state.inject:
            if rule["method"] == method:
                rule["times"] -= 1
                if rule["times"] <= 0:
                    state.inject.remove(rule)
                raise ApiError(rule["status"], rule.get("message"))
        test = method in TEST_METHODS and check.is_true(params.get("test"))
        ctx = Context(state, account, params, now, request.client_ip, request.method, test)
        return handler(ctx)
