# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Phone-number normalisation: what users type in, E.164 out.

Parsing is done by ``phonenumbers`` (imported on first use, so a module that never touches a
number does not pay for it). North American numbers are accepted as 10 digits, 11 digits starting
with 1, with any punctuation, or as E.164; other countries only as E.164 (with the ``+``).
Which area codes exist and which are toll-free is phonenumbers' knowledge, not ours: a number is
accepted when ``is_valid_number`` says so, so a new area code needs a newer phonenumbers release.
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError

_FORMATS_HINT = ("give 10 digits (9195550123), 11 digits starting with 1 (19195550123) "
                 "or E.164 (+19195550123)")
_UPGRADE_HINT = "if it is a new area code, upgrade the phonenumbers package on the host that runs the module"


def _phonenumbers():
    import phonenumbers  # pylint: disable=import-outside-toplevel  # start-up cost, see docstring
    return phonenumbers


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
    phonenumbers = _phonenumbers()
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, "%r is not a phone number (%s); %s" % (str(value), exc, _FORMATS_HINT))
    if not phonenumbers.is_possible_number(parsed):
        raise ValidationError(field, "%r is not a possible phone number; %s" % (str(value), _FORMATS_HINT))
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(field, "%r is not a valid number: no such area code or exchange in the numbering plan "
                                     "(phonenumbers %s; %s)" % (str(value), phonenumbers.__version__, _UPGRADE_HINT))
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
    phonenumbers = _phonenumbers()
    return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None))


def is_toll_free(e164):
    """True for a toll-free number (NANP 800, 833 ... 888), as phonenumbers classifies it."""
    phonenumbers = _phonenumbers()
    parsed = phonenumbers.parse(e164, None)
    return phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.TOLL_FREE


def area_code_type(npa, field="npa"):
    """``"toll_free"`` or ``"local"`` for a North American area code in service, from phonenumbers'
    data; ValidationError naming ``field`` otherwise. An area code is in service when some number in
    it is valid: most accept any exchange, the Caribbean plans only some, so exchanges are tried in
    turn and the first valid one decides (a failed look-up costs about 0.1 s, on bad input only)."""
    text = str(npa).strip()
    if not re.match(r"^\d{3}$", text):
        raise ValidationError(field, "%r is not an area code: give 3 digits such as 919 (or 800 for toll-free)" % text)
    phonenumbers = _phonenumbers()
    for exchange in range(200, 1000):
        parsed = phonenumbers.parse("+1%s%d0100" % (text, exchange), None)
        if phonenumbers.is_valid_number(parsed):
            return "toll_free" if phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.TOLL_FREE else "local"
    raise ValidationError(field, "%s is not a North American area code in service (phonenumbers %s; %s)"
                          % (text, phonenumbers.__version__, _UPGRADE_HINT))


def search_area_code(npa, toll_free, field="npa"):
    """The area code to search numbers in, as 3 digits: a toll-free prefix when ``toll_free``,
    otherwise a local area code; ValidationError naming ``field`` when it is the other kind or none."""
    kind = area_code_type(npa, field)
    text = str(npa).strip()
    if toll_free and kind != "toll_free":
        raise ValidationError(field, "%s is not a toll-free prefix (such as 800, 833, 844, 855, 866, 877, 888)" % text)
    if not toll_free and kind == "toll_free":
        raise ValidationError(field, "%s is a toll-free prefix; search it with type=toll_free" % text)
    return text
