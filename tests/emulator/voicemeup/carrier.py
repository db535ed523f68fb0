"""The VoiceMeUp carrier: the v1.1 routes, the request pipeline of digest §6.2 (request type, auth,
rate limit, global parameters, handler) and the envelope of digest §2.3 (HTTP 200 for every API outcome).

Routes (relative to the mount ``/voicemeup``): ``GET|POST /api/v1.1/{json|xml}/{request_type}``. Any
other format is HTTP 404 (digest §6.1 PROJECT DECISION); the deprecated v1.0 ``xml_engine.php`` is
not emulated (404).

A handler is ``def handler(ctx) -> dict | None`` returning ``{container: (item, [records])}``; it
raises ``ApiError(code)`` / ``ApiError.many([...])`` and adds success notices with ``ctx.notice``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from emulator.carrier import Carrier
from emulator.messages import Request, Response
from emulator.voicemeup import dids, envelope, general, ratelimit, seed, wire
from emulator.voicemeup import e911
from emulator.voicemeup import fax, sms
from emulator.voicemeup import peers
from emulator.voicemeup import ports
from emulator.voicemeup.errors import ApiError
from emulator.voicemeup.model import Account, State

ROUTE = re.compile(r"^/api/v1\.1/([^/]*)/([^/]*)/?$")
FORMATS = ("json", "xml")

# The 97 request types of the seed (digest §3.1, in doc order). A name outside this list answers
# request_type_invalid; a listed one that is not in REQUEST_TYPES answers request_type_not_implemented.
DOCUMENTED = (
    "get_request_types", "get_calls", "get_calls_stats", "get_recordings", "delete_recordings", "get_voicemails",
    "delete_voicemails", "get_faxes", "delete_faxes", "get_fax_profiles", "update_fax_profile", "delete_fax_profile",
    "queue_fax", "get_dids", "update_did", "delete_did", "get_new_dids", "activate_new_did", "order_new_dids",
    "get_port_requests", "update_port_request", "lookup_did", "get_did_areacodes", "get_did_exchanges",
    "get_ratecenters", "get_sms", "delete_sms", "get_sms_stats", "queue_sms", "get_sms_profiles", "update_sms_profile",
    "delete_sms_profile", "get_peers", "update_peer", "delete_peer", "get_mailboxes", "update_mailbox",
    "delete_mailbox", "get_tts_voice_name", "update_mailbox_greeting", "get_extensions", "update_extension",
    "get_account_details", "get_account_preferences", "get_subaccounts", "update_subaccount",
    "update_subaccount_associations", "update_subaccount_address", "get_funding_details", "get_billing_activity",
    "get_call_director_profiles", "update_call_director_profile", "delete_call_director_profile", "get_countries",
    "get_states", "get_issues_types", "get_rates", "get_plans", "get_proxies", "get_e911", "check_e911",
    "associate_e911", "disassociate_e911", "update_e911", "delete_e911", "get_whitepages", "update_whitepages",
    "delete_whitepages", "report_call_issue", "get_call_issues", "get_network_status", "get_channels",
    "update_channel", "delete_channel", "dispatch_call", "voicemail_broadcast", "get_resellers_transactions",
    "get_resellers_invoices", "get_queues", "update_queue", "get_queue_agents", "update_queue_agent",
    "get_callerid_profiles", "update_callerid_profile", "get_ivr_profiles", "update_ivr_profile", "get_schedules",
    "update_schedule", "get_storage_stats", "get_media_files", "get_devices", "get_device_endpoints",
    "update_device_endpoint", "delete_device_endpoint", "get_3cx_servers", "update_3cx_server", "delete_3cx_server",
)
DOCUMENTED_SET = frozenset(DOCUMENTED)

# The emulated request types. Slice helpers add their lines in their own block.
REQUEST_TYPES = {
    "get_request_types": general.get_request_types,
    # DIDs (dids.py)
    "get_dids": dids.get_dids,
    "update_did": dids.update_did,
    "delete_did": dids.delete_did,
    "get_new_dids": dids.get_new_dids,
    "activate_new_did": dids.activate_new_did,
    "order_new_dids": dids.order_new_dids,
    # peers, proxies and channels (peers.py)
    "get_peers": peers.get_peers,
    "update_peer": peers.update_peer,
    "delete_peer": peers.delete_peer,
    "get_proxies": peers.get_proxies,
    "get_channels": peers.get_channels,
    "update_channel": peers.update_channel,
    "delete_channel": peers.delete_channel,
    # SMS profiles (sms.py)
    "get_sms_profiles": sms.get_sms_profiles,
    "update_sms_profile": sms.update_sms_profile,
    "delete_sms_profile": sms.delete_sms_profile,
    # fax profiles (fax.py)
    "get_fax_profiles": fax.get_fax_profiles,
    "update_fax_profile": fax.update_fax_profile,
    "delete_fax_profile": fax.delete_fax_profile,
    # E911 (e911.py)
    "get_e911": e911.get_e911,
    "check_e911": e911.check_e911,
    "update_e911": e911.update_e911,
    "delete_e911": e911.delete_e911,
    "associate_e911": e911.associate_e911,
    "disassociate_e911": e911.disassociate_e911,
    # port requests (ports.py)
    "get_port_requests": ports.get_port_requests,
    "update_port_request": ports.update_port_request,
    "lookup_did": ports.lookup_did,
    "get_states": ports.get_states,
}

# Time-driven work, run before every request and after every clock advance: ``hook(state, now)``.
ADVANCE_HOOKS = [
    dids.advance,       # order_new_dids back-orders
    ports.advance,      # the port workflow
]

# Request-log ``write``: a POST, or a request type that changes state whatever the HTTP method.
WRITE_PREFIXES = ("update_", "delete_", "activate_", "order_", "associate_", "disassociate_", "queue_")
LANGUAGES = ("en", "fr")
CURRENCIES = ("CAD", "USD", "EUR")
USERNAME = re.compile(r"^[A-Za-z0-9._@+-]{1,64}$")   # PROJECT DECISION: the seed gives no format


@dataclass
class Context:
    """What a handler gets."""

    state: State
    account: Account
    params: wire.Params
    now: float
    request_type: str
    http_method: str
    fmt: str
    notices: list = field(default_factory=list)
    #: texts of notices that carry data instead of the code's text (queue_sms' queued_sms_hash)
    texts: dict = field(default_factory=dict)

    def notice(self, code: str, text: str | None = None) -> None:
        if code not in self.notices:
            self.notices.append(code)
        if text is not None:
            self.texts[code] = text


def _route(path: str) -> tuple[str, str] | None:
    match = ROUTE.match(path)
    if match is None or match.group(1) not in FORMATS:
        return None
    return match.group(1), match.group(2)


class VoiceMeUp(Carrier):
    name = "voicemeup"
    mount = "/voicemeup"

    def build_state(self):
        return seed.build_state(self.clock.now())

    def apply_seed(self, state, payload: dict, now: float) -> dict:
        return seed.apply_seed(state, payload, now)

    def advance(self, now: float) -> None:
        for hook in ADVANCE_HOOKS:
            hook(self.state, now)

    def is_write(self, request: Request) -> bool:
        route = _route(request.path)
        if route is None:
            return False
        return request.method == "POST" or route[1].startswith(WRITE_PREFIXES)

    def function_of(self, request: Request) -> str | None:
        """The request type, so fault rules with ``function`` aim at one of them."""
        route = _route(request.path)
        return route[1] or None if route else None

    def account_of(self, request: Request) -> str | None:
        """The ``username`` (else ``client_user_id``) parameter, unchecked: lockout rules count per account."""
        if _route(request.path) is None:
            return None
        params = wire.collect(request)
        return params.get("username") or params.get("client_user_id") or None

    def handle(self, request: Request) -> Response:
        route = _route(request.path)
        if route is None:
            return Response.json(404, {"error": "Unknown path"})
        if request.method not in ("GET", "POST"):
            return Response.json(405, {"error": "Method not allowed"}, {"Allow": "GET, POST"})
        fmt, request_type = route
        self.advance(self.clock.now())
        params = wire.collect(request)
        ctx = None
        try:
            ctx = self._context(request, params, request_type, fmt)
            payload = REQUEST_TYPES[request_type](ctx)
            body = envelope.tree("success", ctx.notices, request_type, payload, ctx.texts)
        except ApiError as exc:
            # A notice earned before the failure (the soft limit) is still reported, after the errors.
            notices = [code for code in (ctx.notices if ctx else []) if code not in exc.codes]
            body = envelope.tree("error", exc.codes + notices, request_type, exc.payload, ctx.texts if ctx else None)
        return Response(200, envelope.render(fmt, body), {"Content-Type": envelope.CONTENT_TYPES[fmt]})

    def _context(self, request: Request, params: wire.Params, request_type: str, fmt: str) -> Context:
        # 1. request type
        if not request_type:
            raise ApiError("request_type_required")
        if request_type not in DOCUMENTED_SET:
            raise ApiError("request_type_invalid")
        if request_type not in REQUEST_TYPES:
            raise ApiError("request_type_not_implemented")
        # 2. auth
        account = self._authenticate(params)
        now = self.clock.now()
        ctx = Context(self.state, account, params, now, request_type, request.method, fmt)
        # 3. rate limit (counts every authenticated request, valid or not)
        for code in ratelimit.admit(account, request_type, now, self.state.settings):
            ctx.notice(code)
        # 4. global parameters
        errors = []
        if params.has("language") and params.get("language") not in LANGUAGES:
            errors.append("language_invalid")
        if params.has("currency") and params.get("currency") not in CURRENCIES:
            errors.append("currency_invalid")
        if errors:
            raise ApiError.many(errors)
        return ctx

    def _authenticate(self, params: wire.Params) -> Account:
        """Digest §6.2 step 2: every missing/malformed credential is reported, then the match."""
        errors = []
        token = params.get("auth_token")
        if not token:
            errors.append("authentication_token_required")
        username, user_id = params.get("username"), params.get("client_user_id")
        if not username and not user_id:
            errors.append("username_required")
        elif username and not USERNAME.match(username):
            errors.append("username_invalid")
        elif not username and not (user_id.isascii() and user_id.isdigit() and 4 <= len(user_id) <= 8):
            errors.append("username_invalid")
        if errors:
            raise ApiError.many(errors)
        account = self.state.find_account(username=username, client_user_id="" if username else user_id)
        # The token must be lowercase hex (digest §5 #2): an uppercase copy of the right one fails too.
        if account is None or account.auth_token != token:
            raise ApiError("authentication_failed")
        return account
