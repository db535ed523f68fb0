# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Phone-number normalisation: what users type in, E.164 out.

Parsing is done by ``phonenumbers`` (imported on first use, so a module that never touches a
number does not pay for it). North American numbers are accepted as 10 digits, 11 digits starting
with 1, with any punctuation, or as E.164; other countries only as E.164 (with the ``+``).
Which area codes exist and which are toll-free is phonenumbers' knowledge, not ours: a number is
accepted when ``is_valid_number`` says so, so a new area code needs a newer phonenumbers release.

Importing phonenumbers costs about 50 ms of a module's start, and most input is a plain North
American number (10 digits, 11 with a leading 1, or ``+1`` and 10 digits). For those,
``_nanp_type`` gives phonenumbers' own verdict without importing it: the first run on a host
copies the part of phonenumbers' metadata that decides a +1 number (each NANP region's leading
digits and number-type patterns, in phonenumbers' region order) to a cache file named by the
phonenumbers version, and later runs apply phonenumbers' algorithm (``_number_type_helper``,
``_region_code_for_number_from_list``) to it. Only a valid number is decided there; anything
else (other input, an invalid number, no cache) goes through phonenumbers itself, so error
messages, and what is accepted or refused, are phonenumbers' as before.
"""

from __future__ import annotations

import json
import os
import re

from ansible_collections.voip.carrier.plugins.module_utils.cache import cache_directory, write_atomically
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError

_FORMATS_HINT = ("give 10 digits (9195550123), 11 digits starting with 1 (19195550123) "
                 "or E.164 (+19195550123)")
_UPGRADE_HINT = "if it is a new area code, upgrade the phonenumbers package on the host that runs the module"


def _phonenumbers():
    import phonenumbers  # pylint: disable=import-outside-toplevel  # start-up cost, see docstring
    return phonenumbers


# phonenumbers' number types in the order _number_type_helper tries them; "fixed_line" and
# "mobile" last, as there. The table keeps [pattern, possible lengths] of each.
_NANP_TYPES = ("premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan", "voicemail",
               "fixed_line", "mobile")
_NANP_LAYOUT = 1      # the cache file's layout: a new layout writes a new file
_nanp_memo = {}       # "table": the table of this process, None where there is none


def _phonenumbers_version():
    """The installed phonenumbers version, read from its __init__.py without importing it; None
    when phonenumbers is not installed."""
    import importlib.util  # pylint: disable=import-outside-toplevel  # only where the table is read
    spec = importlib.util.find_spec("phonenumbers")
    if spec is None or not spec.origin:
        return None
    try:
        with open(spec.origin) as handle:
            found = re.search(r'^__version__ = "([^"]+)"', handle.read(), re.MULTILINE)
    except OSError:
        return None
    return found.group(1) if found else None


def _build_nanp_table():
    """The +1 part of phonenumbers' metadata: the possible lengths of the plan, and per region in
    phonenumbers' order its leading digits, whether fixed-line and mobile patterns are the same,
    and [pattern, possible lengths] of its general description and of each number type."""
    phonenumbers = _phonenumbers()
    from phonenumbers.phonemetadata import PhoneMetadata  # pylint: disable=import-outside-toplevel

    def desc(number_desc):
        if number_desc is None or not number_desc.national_number_pattern:
            return None
        return [number_desc.national_number_pattern, list(number_desc.possible_length)]

    regions = []
    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[1]:
        metadata = PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            continue
        regions.append({"region": region, "leading_digits": metadata.leading_digits,
                        "same_mobile_and_fixed_line_pattern": bool(metadata.same_mobile_and_fixed_line_pattern),
                        "general": desc(metadata.general_desc),
                        "types": [[name, desc(getattr(metadata, name))] for name in _NANP_TYPES]})
    main = PhoneMetadata.metadata_for_region(phonenumbers.region_code_for_country_code(1), None)
    return {"layout": _NANP_LAYOUT, "phonenumbers": phonenumbers.__version__,
            "possible_lengths": list(main.general_desc.possible_length), "regions": regions}


def _nanp_table():
    """The table of _build_nanp_table, from the cache file of this phonenumbers version, built and
    written there on first use; None where phonenumbers is not installed."""
    if "table" in _nanp_memo:
        return _nanp_memo["table"]
    table = None
    version = _phonenumbers_version()
    if version is not None:
        path = os.path.join(cache_directory("phonenumbers"), "nanp-%s-%d.json" % (version, _NANP_LAYOUT))
        try:
            with open(path) as handle:
                table = json.load(handle)
        except (OSError, ValueError):
            table = None
        if not isinstance(table, dict) or table.get("phonenumbers") != version or table.get("layout") != _NANP_LAYOUT:
            table = _build_nanp_table()
            try:
                write_atomically(path, json.dumps(table, separators=(",", ":")))
            except OSError:
                pass  # a read-only home: the next run builds it again
    _nanp_memo["table"] = table
    return table


def _matches(national, desc):
    """phonenumbers' _is_number_matching_desc on a [pattern, possible lengths] pair."""
    if desc is None:
        return False
    if desc[1] and len(national) not in desc[1]:
        return False
    return re.fullmatch(desc[0], national) is not None


def _region_type(national, region):
    """phonenumbers' _number_type_helper against one region: a type name, or None (UNKNOWN)."""
    if not _matches(national, region["general"]):
        return None
    kinds = dict(region["types"])
    for name in _NANP_TYPES[:-2]:
        if _matches(national, kinds[name]):
            return name
    if _matches(national, kinds["fixed_line"]):
        return "fixed_line"
    if not region["same_mobile_and_fixed_line_pattern"] and _matches(national, kinds["mobile"]):
        return "mobile"
    return None


def _nanp_type(national):
    """The verdict of _decide_nanp_type, kept when it decided: a bulk run meets each number at
    least twice (its item and the account's list), and ten thousand numbers each tried against
    every +1 region add up. What the table could not decide is not kept (phonenumbers decides)."""
    kind = _nanp_types.get(national)
    if kind is None:
        kind = _decide_nanp_type(national)
        if kind is not None:
            if len(_nanp_types) >= 100000:
                _nanp_types.clear()
            _nanp_types[national] = kind
    return kind


_nanp_types = {}


def _decide_nanp_type(national):
    """The phonenumbers type name ("toll_free", "fixed_line" ...) of a valid North American
    number given as its 10 national digits, decided from the cached table; None when the number
    is not valid, or the table cannot decide (the caller then asks phonenumbers itself)."""
    if not re.fullmatch(r"[2-9]\d{9}", national):
        return None
    table = _nanp_table()
    if table is None or len(national) not in table["possible_lengths"]:
        return None
    for region in table["regions"]:  # phonenumbers' _region_code_for_number_from_list
        if region["leading_digits"] is not None:
            if re.match(region["leading_digits"], national):
                return _region_type(national, region)
        else:
            kind = _region_type(national, region)
            if kind is not None:
                return kind
    return None


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
    if re.fullmatch(r"\+1\d{10}", text) and _nanp_type(text[2:]) is not None:
        return text  # a valid North American number, as phonenumbers would format it
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
    kind = _nanp_type(e164[2:]) if e164.startswith("+1") else None
    if kind is not None:
        return kind == "toll_free"
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
