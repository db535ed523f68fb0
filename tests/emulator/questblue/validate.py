"""Parameter coercion and validation for QuestBlue, raising QBError with the §6.4 messages.

The seed types parameters as (int) or (string) but the SDK sends JSON and PHP clients send form
strings, so every coercion accepts both ints and numeric strings (digest §6.1 item 4).
"""

from __future__ import annotations

import ipaddress
import re


class QBError(Exception):
    """An error reply: ``{"error": message}`` with ``status`` in the default status mode."""

    def __init__(self, message: str, status: int = 206) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


# project-defined messages (digest §6.4)
def missing(name: str) -> QBError:
    return QBError(f"Parameter {name} is required")  # project-defined


def invalid(name: str) -> QBError:
    return QBError(f"Invalid value for parameter {name}")  # project-defined


def not_found(kind: str, ident: str) -> QBError:
    return QBError(f"{kind} {ident} not found")  # project-defined


def already_exists(kind: str, ident: str) -> QBError:
    return QBError(f"{kind} {ident} already exists")  # project-defined


def given(params: dict, name: str) -> bool:
    """Sent at all (null was already dropped); "" counts as sent, it means "clear"."""
    return name in params


def required(params: dict, name: str):
    value = params.get(name)
    if value is None or value == "" or value == [] or value == {}:
        raise missing(name)
    return value


def to_str(name: str, value) -> str:
    if isinstance(value, bool) or isinstance(value, (list, dict)):
        raise invalid(name)
    if isinstance(value, float):
        if not value.is_integer():
            raise invalid(name)
        value = int(value)
    return str(value)


def to_int(name: str, value, lo: int | None = None, hi: int | None = None, choices=None) -> int:
    if isinstance(value, bool):
        raise invalid(name)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
        value = int(value)
    if not isinstance(value, int):
        raise invalid(name)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise invalid(name)
    if choices is not None and value not in choices:
        raise invalid(name)
    return value


def to_enum(name: str, value, choices) -> str:
    text = to_str(name, value).strip().lower()
    if text not in choices:
        raise invalid(name)
    return text


def to_switch(name: str, value, on: str = "on", off: str = "off") -> str:
    """on/off (or yes/no) flags; JSON booleans are accepted as the obvious value."""
    if value is True:
        return on
    if value is False:
        return off
    return to_enum(name, value, (on, off))


def to_tier(value) -> str:
    # JSON clients may send tier 1 / 2 as ints; "1B" is read as "1b".
    return to_enum("tier", value, ("1", "1b", "2"))


def to_did(name: str, value) -> str:
    """A 10-digit NANP number. Ints and strings are accepted, and so is a +1/1 prefix."""
    text = to_str(name, value).strip()
    if text.startswith("+"):
        text = text[1:]
    if len(text) == 11 and text.startswith("1"):
        text = text[1:]
    if not re.fullmatch(r"\d{10}", text):
        raise invalid(name)
    return text


def to_us_number(name: str, value) -> str:
    """A dialable 10-digit US number: NPA and exchange cannot start with 0 or 1."""
    did = to_did(name, value)
    if did[0] in "01" or did[3] in "01":
        raise invalid(name)
    return did


def to_digits(name: str, value, length: int) -> str:
    """Fixed-width numeric codes (zip, npa, code). The seed types them (int), which loses
    leading zeros (ZIP 02134), so ints are zero-padded back to the width (digest Q40)."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10 ** length:
        return str(value).zfill(length)
    text = to_str(name, value).strip()
    if not re.fullmatch(rf"\d{{{length}}}", text):
        raise invalid(name)
    return text


def to_ip(name: str, value) -> str:
    text = to_str(name, value).strip()
    try:
        return str(ipaddress.ip_address(text))
    except ValueError:
        raise invalid(name) from None


_HOSTNAME = re.compile(
    r"(?=.{1,253}\.?$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?"
)


def to_hostname(name: str, value) -> str:
    text = to_str(name, value).strip()
    if not _HOSTNAME.fullmatch(text):
        raise invalid(name)
    return text


# -- compound parameters shared by PUT /did and the /siptrunk calls --------------------------

CLEAR = object()  # returned when a compound parameter is set to "remove"

FAILOVER_TIMES = (2, 3, 5, 7, 10, 15, 20, 30)


def _is_removal(value) -> bool:
    # e911: 'set e911 value to no(empty) to remove' (seed L618); the same is accepted for
    # failover, where the seed is silent (project-defined).
    return value is False or (isinstance(value, str) and value.strip().lower() in ("", "no"))


def to_failover(value):
    """failover = {failover_ip_address, failover_num 1-100, failover_time in FAILOVER_TIMES};
    all three sub-keys are required when it is set (digest §6.2)."""
    if _is_removal(value):
        return CLEAR
    if not isinstance(value, dict):
        raise invalid("failover")
    for key in ("failover_ip_address", "failover_num", "failover_time"):
        if value.get(key) in (None, ""):
            raise missing(key)
    return {
        "failover_ip_address": to_ip("failover_ip_address", value["failover_ip_address"]),
        "failover_num": to_int("failover_num", value["failover_num"], 1, 100),
        "failover_time": to_int("failover_time", value["failover_time"], choices=FAILOVER_TIMES),
    }


E911_REQUIRED = ("e911_name", "e911_city", "e911_state", "e911_zip", "e911_address")


def to_e911(value):
    """e911 = the five required address keys, plus unittype/unitnumber which are kept only when
    both are given (seed L624-625), or "no"/"" to remove."""
    if _is_removal(value):
        return CLEAR
    if not isinstance(value, dict):
        raise invalid("e911")
    address = {}
    for key in E911_REQUIRED:
        if value.get(key) in (None, ""):
            raise missing(key)
        address[key] = to_str(key, value[key]).strip()
        if not address[key]:
            raise missing(key)
    if isinstance(value["e911_zip"], int) and not isinstance(value["e911_zip"], bool):
        address["e911_zip"] = str(value["e911_zip"]).zfill(5)  # same int-zip loss as digest Q40
    address["e911_state"], address["e911_zip"] = _e911_place(address["e911_state"], address["e911_zip"])
    unit_type = value.get("e911_unittype")
    unit_number = value.get("e911_unitnumber")
    if unit_type not in (None, "") and unit_number not in (None, ""):
        address["e911_unittype"] = to_str("e911_unittype", unit_type)
        address["e911_unitnumber"] = to_str("e911_unitnumber", unit_number)
    return address


def _e911_place(state: str, zip_code: str) -> tuple[str, str]:
    """e911_state is a "State" and e911_zip a "Zip code" (seed L623-624), with no list or format
    given. Project-defined reading: a US state/DC/territory code, a Canadian province code, or any
    code of listStates (seed L395, which adds AA and the older NF, PQ, QB); a 5-digit ZIP code or
    ZIP+4, or an A1A 1A1 postal code for a Canadian province. The carrier's stock error otherwise."""
    from emulator import regions  # pylint: disable=import-outside-toplevel
    from emulator.questblue.seed import STATES  # pylint: disable=import-outside-toplevel  # seed imports us

    state = state.upper()
    canadian = regions.CA_REGIONS | {"NF", "PQ", "QB"}
    if state not in regions.US_REGIONS | canadian | set(STATES):
        raise invalid("e911_state")
    pattern = regions.CA_POSTAL if state in canadian else regions.US_ZIP
    if not pattern.fullmatch(zip_code.upper()):
        raise invalid("e911_zip")
    return state, zip_code.upper()


# -- helpers for SMS, fax and LNP ------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")


def to_email(name: str, value) -> str:
    """"Must be a valid email" (seed L1099): one @, a dotted domain, no spaces."""
    text = to_str(name, value).strip()
    if not _EMAIL.fullmatch(text):
        raise invalid(name)
    return text


_URL = re.compile(r"https?://[^\s/?#]+(?:[/?#]\S*)?", re.IGNORECASE)


def to_url(name: str, value) -> str:
    """post2url: the provider POSTs to it, so an absolute http(s) URL.  # project-defined"""
    text = to_str(name, value).strip()
    if not _URL.fullmatch(text):
        raise invalid(name)
    return text


def max_len(name: str, value, limit: int, *, required_: bool = False) -> str:
    """A string of at most ``limit`` characters (surrounding blanks stripped)."""
    text = to_str(name, value).strip()
    if required_ and not text:
        raise missing(name)
    if len(text) > limit:
        raise invalid(name)
    return text


def req_str(params: dict, name: str, limit: int | None = None) -> str:
    text = to_str(name, required(params, name)).strip()
    if not text:
        raise missing(name)
    if limit is not None and len(text) > limit:
        raise invalid(name)
    return text


def to_pin(name: str, value, exact: int | None = 4, minimum: int = 4) -> str:
    """PIN codes: digits only; fax2/fax order "4 digit" (seed L804), fax PUT "min 4 char"."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        text = str(value)
    else:
        text = to_str(name, value).strip()
    pattern = rf"\d{{{exact}}}" if exact else rf"\d{{{minimum},}}"
    if not re.fullmatch(pattern, text):
        raise invalid(name)
    return text


MAX_FILE_BYTES = 5 * 1024 * 1024  # "Size up to 5Mb" (seed L2116, L1457)


def to_base64_file(name: str, value) -> bytes:
    """Base64 file content, non-empty and at most 5 MB once decoded."""
    import base64
    import binascii

    text = to_str(name, value).strip()
    if "," in text and text.startswith("data:"):
        text = text.split(",", 1)[1]  # tolerate a data: URL prefix  # project-defined
    try:
        content = base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise invalid(name) from None
    if not content or len(content) > MAX_FILE_BYTES:
        raise invalid(name)
    return content
