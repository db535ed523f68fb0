"""Parameter validation helpers. Each raises ApiError with the code the digest assigns (§6.4)."""

from __future__ import annotations

import base64
import binascii
import ipaddress
import re
from datetime import date

from emulator.voipms.errors import ApiError

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_DID = re.compile(r"^[2-9][0-9]{9}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TRUE = ("1", "true", "yes")


def required(params, pairs) -> None:
    """Missing checks, in the documented order: ``pairs`` are (name, missing code)."""
    for name, code in pairs:
        if not params.has(name):
            raise ApiError(code)


def flag(value: str, code: str) -> str:
    """A flag the seed documents as "Boolean: 1/0" (or "Values: 1 = ..., 0 = ...") and that has an
    invalid_* code of its own: exactly 1 or 0; true/false, yes/no are refused with that code."""
    if value not in ("1", "0"):
        raise ApiError(code)
    return value


def opt_flag(params, name: str, code: str, default: str = "0") -> str:
    return flag(params.get(name), code) if params.has(name) else default


def int_flag(value: str) -> str:
    """A 1/0 flag the seed gives no invalid_* code for (send_bye, transcribe, allow225, LNP's
    isPartial/locationType/isMobile ...): read
    as PHP's (int) cast would, so 1 is on and anything else, true and yes included, is off
    (project-defined: the seed does not say what the carrier answers)."""
    number = re.match(r"\s*[+-]?[0-9]+", value)
    return "1" if number and int(number.group()) != 0 else "0"


def is_true(value: str) -> bool:
    """The ``test`` parameter (digest §6.6)."""
    return value.strip().lower() in TRUE


def int_in(value: str, low: int, high: int | None, code: str) -> str:
    if not re.fullmatch(r"[0-9]+", value.strip()):
        raise ApiError(code)
    number = int(value)
    if number < low or (high is not None and number > high):
        raise ApiError(code)
    return str(number)


def decimal(value: str, code: str) -> float:
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", value.strip()):
        raise ApiError(code)
    return float(value)


def is_email(value: str) -> bool:
    return bool(_EMAIL.match(value)) and len(value) <= 254


def email(value: str, code: str = "invalid_email") -> str:
    if not is_email(value):
        raise ApiError(code)
    return value


def is_did(value: str) -> bool:
    return bool(_DID.match(value))


def did(value: str, code: str = "invalid_did") -> str:
    if not is_did(value):
        raise ApiError(code)
    return value


def url(value: str, schemes, code: str) -> str:
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*)://[^\s/]+", value)
    if not match or match.group(1).lower() not in schemes:
        raise ApiError(code)
    return value


def ipv4(value: str) -> ipaddress.IPv4Address | None:
    try:
        return ipaddress.IPv4Address(value.strip())
    except ValueError:
        return None


def network(value: str) -> bool:
    """An IPv4 address or IPv4 network (``10.255.12.0/22``, host bits allowed)."""
    try:
        ipaddress.IPv4Network(value.strip(), strict=False)
    except ValueError:
        return False
    return True


def iso_date(value: str, code: str) -> date:
    if not _DATE.match(value):
        raise ApiError(code)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(code) from None


def base64_bytes(value: str, code: str = "no_base64file") -> bytes:
    text = re.sub(r"\s+", "", value)
    if text.startswith("data:") and "," in text:
        text = text.split(",", 1)[1]  # a data: URL prefix is tolerated (project-defined)
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(code) from None
    if not data:
        raise ApiError(code)
    return data


def in_table(value: str, table, code: str) -> str:
    if value not in table:
        raise ApiError(code)
    return value
