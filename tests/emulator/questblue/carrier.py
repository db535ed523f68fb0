"""The QuestBlue carrier: authentication, routing table, testmode and the status mapping."""

from __future__ import annotations

from dataclasses import dataclass

from emulator.carrier import Carrier
from emulator.messages import Request, Response
from emulator.questblue import account, catalog, dids, envelope, fax, lnp, seed, sms, trunks, wire
from emulator.questblue import validate as v
from emulator.questblue.auth import authenticate, login_of
from emulator.questblue.model import Account, State

# path -> method -> handler. listDids is GET /did (the seed's POST is a copy-paste, digest Q2).
ROUTES = {
    "/account/getbalance": {"GET": account.get_balance},
    "/did/states": {"GET": catalog.list_states},
    "/did/ratecenters": {"GET": catalog.list_rate_centers},
    "/did/available": {"GET": catalog.list_available},
    "/did": {"GET": dids.list_dids, "POST": dids.order, "PUT": dids.update, "DELETE": dids.delete},
    "/siptrunk": {"GET": trunks.list_trunks, "POST": trunks.create, "PUT": trunks.update,
                  "DELETE": trunks.delete},
    "/sms": {"GET": sms.list_sms, "PUT": sms.update, "POST": sms.send},
    # Fax search; /ratecenters is the seed's path for it (digest Q5): both are served.
    "/fax/states": {"GET": fax.list_states},
    "/fax/ratecenters": {"GET": fax.list_rate_centers},
    "/ratecenters": {"GET": fax.list_rate_centers},
    "/fax/available": {"GET": fax.list_available},
    "/fax": {"GET": fax.list_pro, "POST": fax.order_pro, "PUT": fax.update_pro, "DELETE": fax.delete_pro},
    "/fax2": {"GET": fax.list_fax2, "POST": fax.order_fax2, "PUT": fax.update_fax2, "DELETE": fax.delete_fax2},
    "/fax2/group": {"GET": fax.list_groups, "POST": fax.create_group, "PUT": fax.update_group,
                    "DELETE": fax.delete_group},
    "/fax2/user": {"GET": fax.list_users, "POST": fax.create_user, "PUT": fax.update_user,
                   "DELETE": fax.delete_user},
    "/fax2/permit": {"GET": fax.list_permits, "POST": fax.upsert_permit, "DELETE": fax.delete_permit},
    # The seed's POST=list and GET=delete are corrected to GET=list, DELETE=delete (digest Q3).
    "/fax2/email": {"GET": fax.list_emails, "POST": fax.upsert_email, "DELETE": fax.delete_email},
    "/lnp/check": {"GET": lnp.check},
    "/lnp": {"GET": lnp.list_requests, "POST": lnp.create, "PUT": lnp.update, "DELETE": lnp.delete},
}

# [ext] OpenAPI 2.2.1 status codes for errors that differ from 206 (digest §2.5).
ERROR_STATUS = {("PUT", "/sms"): 400, ("GET", "/lnp/check"): 202}

MUTATING = frozenset({"POST", "PUT", "DELETE"})

# [ext] SDK `testmode` (digest §6.1 item 7): forced outcomes, no state change.
TESTMODE = {
    "success": envelope.empty,
    "warning": lambda: envelope.warning(["Warning Message"]),  # seed wording
    "error": lambda: envelope.error("Error Message"),  # seed wording
}


@dataclass
class Context:
    """What a handler gets: the state, the authenticated account, the merged parameters."""

    state: State
    account: Account
    params: dict
    now: float


class QuestBlue(Carrier):
    name = "questblue"
    mount = "/questblue"

    def build_state(self):
        return seed.build_state()

    def apply_seed(self, state, payload: dict, now: float) -> dict:
        return seed.apply_seed(state, payload, now)

    def advance(self, now: float) -> None:
        lnp.advance(self.state, now)

    def account_of(self, request: Request) -> str | None:
        """The Basic-auth login: lockout fault rules count per account."""
        return login_of(request)

    def handle(self, request: Request) -> Response:
        # Time-driven work first, so a read sees what the clock says has happened.
        self.advance(self.clock.now())
        try:
            outcome = self._outcome(request)
        except v.QBError as exc:
            outcome = envelope.error(exc.message, exc.status)
        if outcome.status == 206 and isinstance(outcome.payload, dict) and "error" in outcome.payload:
            outcome.status = ERROR_STATUS.get((request.method, request.path.rstrip("/") or "/"), 206)
        return self._respond(outcome)

    def _outcome(self, request: Request) -> envelope.Outcome:
        user = authenticate(self.state, request)  # before routing: unauthenticated callers learn nothing
        methods = ROUTES.get(request.path.rstrip("/") or "/")
        if methods is None:
            raise v.QBError("Unknown API method", 404)  # project-defined
        handler = methods.get(request.method)
        if handler is None:
            raise v.QBError("Unknown API method", 405)  # project-defined
        params = wire.collect(request)
        if request.method in MUTATING and params.get("testmode") not in (None, ""):
            # An unknown value is refused rather than ignored: a typo must not turn a test call
            # into a real write.
            return TESTMODE[v.to_enum("testmode", params["testmode"], tuple(TESTMODE))]()
        return handler(Context(self.state, user, params, self.clock.now()))

    def _respond(self, outcome: envelope.Outcome) -> Response:
        # status_mode "seed": the seed documents only HTTP 200, so everything is 200 (§2.5).
        status = 200 if self.state.settings.get("status_mode") == "seed" else outcome.status
        if outcome.payload is None:
            return Response.empty(status)
        return Response.json(status, outcome.payload)
