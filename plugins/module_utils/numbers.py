# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Phone-number normalisation: what users type in, E.164 out.

Parsing is done by ``phonenumbers`` (imported on first use, so a module that never touches a
number does not pay for it). North American numbers are accepted as 10 digits, 11 digits starting
with 1, with any punctuation, or as E.164; other countries only as E.164 (with the ``+``).
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError

_FORMATS_HINT = ("give 10 digits (9195550123), 11 digits starting with 1 (19195550123) "
                 "or E.164 (+19195550123)")
# NANP: area code and exchange both start with 2-9 (N11 service codes are not assignable).
_NANP_NATIONAL = re.compile(r"^[2-9]\d{2}[2-9]\d{6}$")


def to_e164(value, field="number"):
    """Return ``value`` as an E.164 string (``+19195550123``) or raise ValidationError."""
    if value is None:
        raise ValidationError(field, "a phone number is required; " + _FORMATS_HINT)
    text = str(value).strip()
    digits = re.sub(r"\D", "", text)
    if not digits:
        raise ValidationError(field, "%r is not a phone number; %s" % (text, _FORMATS_HINT))
    if not text.startswith("+"):
        # Bare digits are read as North American, the numbering plan of every carrier here.
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if len(digits) != 10:
            raise ValidationError(field, "%r has %d digits; %s" % (text, len(digits), _FORMATS_HINT))
        text = "+1" + digits
    import phonenumbers  # pylint: disable=import-outside-toplevel  # start-up cost, see docstring
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, "%r is not a phone number (%s); %s" % (str(value), exc, _FORMATS_HINT))
    if not phonenumbers.is_possible_number(parsed):
        raise ValidationError(field, "%r is not a possible phone number; %s" % (str(value), _FORMATS_HINT))
    national = str(parsed.national_number)
    if parsed.country_code == 1 and not _NANP_NATIONAL.match(national):
        raise ValidationError(field, "%r is not a valid North American number: the area code and the "
                                     "exchange must each start with 2-9" % str(value))
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def nanp_national(e164, field="number", provider=None):
    """The 10-digit national form of a North American E.164 number (what most carriers want)."""
    if not e164.startswith("+1") or len(e164) != 12:
        where = " at %s" % provider if provider else ""
        raise ValidationError(field, "%s is not a North American number; only US/Canada numbers "
                                     "are supported%s" % (e164, where))
    return e164[2:]


def from_carrier(digits):
    """E.164 from a carrier's 10-digit (or 11-digit, leading 1) NANP number, int or string."""
    text = re.sub(r"\D", "", str(digits))
    if len(text) == 11 and text.startswith("1"):
        text = text[1:]
    if len(text) == 10:
        return "+1" + text
    return "+" + text


def nanp_country(e164):
    """The ISO country of a North American E.164 number by its area code (US, CA, PR, JM ...), or
    None for an area code the phonenumbers data does not place (a new overlay, say)."""
    import phonenumbers  # pylint: disable=import-outside-toplevel  # start-up cost, see docstring
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))


def is_toll_free(e164):
    """True for NANP toll-free numbers (8XX with XX repeated digits: 800, 833, 844 ... 888)."""
    return bool(re.match(r"^\+18(00|33|44|55|66|77|88)\d{7}$", e164))
