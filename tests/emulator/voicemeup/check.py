"""Parameter validation for VoiceMeUp handlers (digest §1.6 types, §6.2 order and codes).

VoiceMeUp reports every validation error it finds at once (digest §2.3 rule 4), so checks do not
raise: a ``Validator`` collects the codes in the order the handler checks the parameters (the
documented parameter order) and ``done()`` raises them all as one ApiError. Every method returns the
normalised value when the parameter is given and valid, ``None`` when it is absent or invalid.

    v = Validator(ctx.params)
    name = v.text("friendly_name", 2, 32)
    v.one_of("client_did_id", "phone_number")
    v.done()
"""

from __future__ import annotations

import re
from datetime import date

from emulator.voicemeup.errors import ApiError

EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
HEX32 = re.compile(r"^[0-9a-f]{32}$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
BOOL = ("1", "0")
# ``boolean`` parameters (preserve_missing_data, is_time_format24h, is_connection_allowed) also take
# true/false (digest §1.6); ``bool`` ones only 1/0.
LOOSE_BOOL = {"1": "1", "0": "0", "true": "1", "false": "0"}


# -- predicates -----------------------------------------------------------------------------------

def is_digits(value: str, low: int, high: int | None = None) -> bool:
    """ASCII digits, length ``low`` (or ``low``..``high``): no +, space or dash (digest §1.6)."""
    high = low if high is None else high
    return value.isascii() and value.isdigit() and low <= len(value) <= high


def is_int(value: str, low: int | None = None, high: int | None = None) -> bool:
    if not re.fullmatch(r"[0-9]+", value):
        return False
    number = int(value)
    return (low is None or number >= low) and (high is None or number <= high)


def is_length(value: str, low: int, high: int) -> bool:
    """Length only: "alphanumeric" is used loosely by the seed (digest §1.6)."""
    return low <= len(value) <= high


def is_email(value: str) -> bool:
    return bool(EMAIL.match(value))


def is_url(value: str) -> bool:
    return bool(URL.match(value)) and len(value) <= 2048


def is_date(value: str) -> bool:
    if not DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def bool_value(value: str, loose: bool = False) -> str | None:
    """ "1"/"0" for a valid flag, None otherwise."""
    if loose:
        return LOOSE_BOOL.get(value.strip().lower())
    return value if value in BOOL else None


# -- the collector --------------------------------------------------------------------------------

class Validator:
    def __init__(self, params, account=None) -> None:
        self.params = params
        #: the caller's account, for checks that look objects up (peer ids, profiles)
        self.account = account
        self.codes: list[str] = []

    # bookkeeping
    def fail(self, code: str) -> None:
        if code not in self.codes:
            self.codes.append(code)

    def failed(self, name: str) -> bool:
        """Whether a code about ``name`` was recorded (to skip dependent checks)."""
        return any(code.startswith(name + "_") for code in self.codes)

    def ok(self) -> bool:
        return not self.codes

    def done(self) -> None:
        if self.codes:
            raise ApiError.many(self.codes)

    def _value(self, name: str) -> str | None:
        return self.params.get(name).strip() if self.params.has(name) else None

    # presence
    def require(self, name: str, code: str | None = None) -> str | None:
        value = self._value(name)
        if value is None:
            self.fail(code or f"{name}_required")
        return value

    def one_of(self, *names: str, code: str = "required_parameter_not_found") -> bool:
        """A "C" group of the seed: at least one of ``names`` (digest §6.2 step 6)."""
        if any(self.params.has(name) for name in names):
            return True
        self.fail(code)
        return False

    # typed values
    def text(self, name: str, low: int = 0, high: int = 65535, code: str | None = None) -> str | None:
        value = self._value(name)
        if value is not None and not is_length(value, low, high):
            self.fail(code or f"{name}_invalid")
            return None
        return value

    def digits(self, name: str, low: int, high: int | None = None, code: str | None = None) -> str | None:
        value = self._value(name)
        if value is not None and not is_digits(value, low, high):
            self.fail(code or f"{name}_invalid")
            return None
        return value

    def integer(self, name: str, low: int | None = None, high: int | None = None,
                code: str | None = None) -> str | None:
        value = self._value(name)
        if value is not None and not is_int(value, low, high):
            self.fail(code or f"{name}_invalid")
            return None
        return str(int(value)) if value is not None else None

    def enum(self, name: str, choices, code: str | None = None) -> str | None:
        value = self._value(name)
        if value is not None and value not in choices:
            self.fail(code or f"{name}_invalid")
            return None
        return value

    def enum_list(self, name: str, choices, code: str | None = None, max_items: int | None = None,
                  too_many: str | None = None) -> list[str] | None:
        """A CSV / array of values from ``choices``, duplicates dropped; None when absent."""
        if not self.params.has(name):
            return None
        items = list(dict.fromkeys(self.params.get_list(name)))
        if any(item not in choices for item in items):
            self.fail(code or f"{name}_invalid")
            return None
        if max_items is not None and len(items) > max_items:
            self.fail(too_many or code or f"{name}_invalid")
            return None
        return items

    def id_list(self, name: str, code: str | None = None) -> list[str] | None:
        """A CSV / array of numeric ids; None when absent."""
        if not self.params.has(name):
            return None
        items = list(dict.fromkeys(self.params.get_list(name)))
        if any(not is_int(item) for item in items):
            self.fail(code or f"{name}_invalid")
            return None
        return [str(int(item)) for item in items]

    def flag(self, name: str, code: str | None = None, loose: bool = False) -> str | None:
        """``bool`` ("1"/"0"); ``loose`` for ``boolean`` params (also true/false, any case)."""
        value = self._value(name)
        if value is None:
            return None
        result = bool_value(value, loose)
        if result is None:
            self.fail(code or f"{name}_invalid")
        return result

    def email(self, name: str, code: str = "email_invalid") -> str | None:
        value = self._value(name)
        if value is not None and not is_email(value):
            self.fail(code)
            return None
        return value

    def url(self, name: str, code: str | None = None) -> str | None:
        value = self._value(name)
        if value is not None and not is_url(value):
            self.fail(code or f"{name}_invalid")
            return None
        return value

    def date(self, name: str, code: str | None = None) -> str | None:
        value = self._value(name)
        if value is not None and not is_date(value):
            self.fail(code or f"{name}_invalid")
            return None
        return value

    def result_window(self, default_limit: int = 25) -> tuple[int, int]:
        """``result_limit`` 1-1000 and ``result_offset`` >= 0 (digest §2.5)."""
        limit = self.integer("result_limit", 1, 1000, "result_limit_invalid")
        offset = self.integer("result_offset", 0, None, "result_offset_invalid")
        return int(limit or default_limit), int(offset or 0)
