"""QuestBlue authentication (digest §1.2, §6.1 item 2): source IP, then Basic auth, then the
Security-Key header compared verbatim. Messages and status codes are project-defined (§6.4)."""

from __future__ import annotations

import base64
import binascii
import hmac

from emulator.messages import Request
from emulator.questblue.model import Account, State
from emulator.questblue.validate import QBError


def _basic_credentials(request: Request) -> tuple[str, str] | None:
    header = request.header("Authorization") or ""
    scheme, _space, token = header.strip().partition(" ")
    if scheme.lower() != "basic" or not token:
        return None
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    login, sep, password = decoded.partition(":")
    return (login, password) if sep else None


def login_of(request: Request) -> str | None:
    """The login a request claims (unchecked), for the core's per-account fault counting."""
    credentials = _basic_credentials(request)
    return credentials[0] if credentials else None


def authenticate(state: State, request: Request) -> Account:
    credentials = _basic_credentials(request)
    claimed = state.accounts.get(credentials[0]) if credentials else None
    # The IP check comes first. Allowlists are per account: when the login names an account its
    # list decides; otherwise an IP no account allows is refused before credentials are judged.
    allowed = claimed.allowed_ips if claimed else [ip for a in state.accounts.values() for ip in a.allowed_ips]
    if request.client_ip not in allowed:
        raise QBError(f"Access denied for IP {request.client_ip}", 403)  # project-defined
    if claimed is None or not hmac.compare_digest(claimed.password.encode(), credentials[1].encode()):
        raise QBError("Authentication failed", 401)  # project-defined
    key = request.header("Security-Key")
    if key is None or not hmac.compare_digest(claimed.security_key.encode(), key.strip().encode()):
        raise QBError("Invalid Security-Key", 401)  # project-defined
    return claimed
