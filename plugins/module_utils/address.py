# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Postal address checks for emergency (E911) addresses, shared by every carrier's driver.

A wrong emergency address sends help to the wrong place, and most carriers store whatever they
are sent (QuestBlue took state ``XX``, state ``CA`` with a North Carolina ZIP, and ZIP ``00000``).
So the region, the postal code and their agreement are checked here, before any request, for
every carrier. Drivers call ``normalise`` from ``prepare`` (one spelling, so comparisons with what
the carrier returns do not report false changes) and ``check`` from ``validate``; the values use
the neutral field names of the ``e911`` model (``region``, ``postal_code``, ``country``,
``unit_type``).

The data comes from maintained libraries, not from tables kept here: ``pycountry`` (ISO 3166-2
subdivisions) and ``zipcodes`` (USPS ZIP codes with their state, bundled, no network). Both are
imported on first use: they cost start-up time (pycountry loads every subdivision, zipcodes its
ZIP data) that only a task checking an address should pay. A missing library fails the task with
Ansible's usual "Failed to import the required Python library" message.

Decisions the carriers' documents do not make (kept in the e911 module's notes too):

- ``region`` is an ISO 3166-2 subdivision of the country: for the US the 50 states, DC and the
  outlying areas (AS, GU, MP, PR, UM, VI); for Canada the 10 provinces and 3 territories. The
  military "states" AA/AE/AP are not places a 911 call is answered and are refused.
- A US ZIP code (12345 or 12345-6789) must be known to ``zipcodes``, still in use, and in the
  region's state. A ZIP the data does not know fails, with no option to skip the check: a typo is
  far more likely than a ZIP newer than the data, a false "ok" is the dangerous outcome, and the
  fix for a genuinely new ZIP (upgrade ``zipcodes``) is given in the message.
- A Canadian postal code must have the A1A 1A1 form with Canada Post's letters; it is upper-cased
  and given one space. No maintained offline library maps postal codes to provinces, so their
  agreement with the province is not checked.
"""

from __future__ import annotations

import json
import os
import re
import traceback

from ansible.module_utils.basic import missing_required_lib

from ansible_collections.voip.carrier.plugins.module_utils.cache import cache_directory, write_atomically
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError

COUNTRIES = ("US", "CA")
COUNTRY_NAMES = {"US": "US state or territory", "CA": "Canadian province or territory"}
# ISO 3166-2:US lists the states as "State", DC as "District" and the territories as "Outlying area".
_US_ZIP = re.compile(r"^(\d{5})(-\d{4})?$")
# Canada Post: D, F, I, O, Q and U are never used; W and Z never as the first letter.
_CA_POSTAL = re.compile(r"^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]) ?(\d[ABCEGHJ-NPRSTV-Z]\d)$")

# USPS Publication 28, appendix C2: the secondary unit designators and their abbreviations.
# Carriers that take a unit type from a fixed list (VoIP.ms' e911AddressTypes is this list) get
# the full word for the abbreviation people write (STE -> Suite).
USPS_UNIT_DESIGNATORS = {
    "APT": "Apartment", "BSMT": "Basement", "BLDG": "Building", "DEPT": "Department", "FL": "Floor",
    "FRNT": "Front", "HNGR": "Hangar", "KEY": "Key", "LBBY": "Lobby", "LOT": "Lot", "LOWR": "Lower",
    "OFC": "Office", "PH": "Penthouse", "PIER": "Pier", "REAR": "Rear", "RM": "Room", "SIDE": "Side",
    "SLIP": "Slip", "SPC": "Space", "STOP": "Stop", "STE": "Suite", "TRLR": "Trailer", "UNIT": "Unit",
    "UPPR": "Upper",
}


def _required_library(name):
    """Import ``name`` on first use; a missing one fails the task naming the library to install."""
    try:
        if name == "pycountry":
            import pycountry as library  # pylint: disable=import-outside-toplevel  # start-up cost
        else:
            import zipcodes as library  # pylint: disable=import-outside-toplevel  # start-up cost
    except ImportError:
        raise VoipCarrierError(missing_required_lib(name, reason="to check emergency (E911) addresses"),
                               exception=traceback.format_exc())
    return library


def _text(value):
    return " ".join(str(value).split()) if value is not None else ""


def normalise(values):
    """A copy of ``values`` with country and region upper-cased and a Canadian postal code
    written A1A 1A1. Never fails: ``check`` says what is wrong."""
    values = dict(values)
    for name in ("country", "region"):
        if values.get(name) is not None:
            values[name] = _text(values[name]).upper()
    if values.get("postal_code") is not None:
        code = _text(values["postal_code"]).upper()
        canadian = _CA_POSTAL.match(code)
        values["postal_code"] = "%s %s" % canadian.groups() if canadian else code
    return values


def require(values, names, provider):
    """Every part of ``names`` must be set: a carrier that replaces the whole address on every write
    needs all of them on every run. Raises ValidationError naming the first one missing."""
    for name in names:
        if not values.get(name):
            raise ValidationError(name, "is required: %s needs %s and %s for an emergency address"
                                  % (provider, ", ".join(names[:-1]), names[-1]))


def check(values, countries=COUNTRIES, provider=None):
    """Check the country, region and postal code of a (normalised) address; the parts that are
    missing are left to the driver's required-field check. Raises ValidationError."""
    where = " at %s" % provider if provider else ""
    country = values.get("country") or "US"
    if country not in countries:
        raise ValidationError("country", "%r is not supported%s; use %s" % (country, where, " or ".join(countries)))
    if values.get("region"):
        check_region(values["region"], country, countries, where)
    if values.get("postal_code"):
        check_postal_code(values["postal_code"], country, values.get("region"))


def check_region(region, country="US", countries=COUNTRIES, where=""):
    """``region`` must be the ISO 3166-2 code of a subdivision of ``country`` (NC, DC, PR, ON)."""
    pycountry = _required_library("pycountry")

    def subdivision(of_country):
        return pycountry.subdivisions.get(code="%s-%s" % (of_country, region)) if len(region) == 2 else None

    if subdivision(country) is not None:
        return
    message = "%r is not a %s code" % (region, COUNTRY_NAMES[country])
    other = [name for name in COUNTRIES if name != country and subdivision(name) is not None]
    if other and other[0] in countries:
        raise ValidationError("region", "%s but a %s code; set country: %s" % (message, COUNTRY_NAMES[other[0]], other[0]))
    if other:
        raise ValidationError("region", "%s but a %s code, and E911 addresses%s must be in %s"
                              % (message, COUNTRY_NAMES[other[0]], where, " or ".join(countries)))
    named = [item.code.split("-", 1)[1] for item in pycountry.subdivisions.get(country_code=country) or ()
             if item.name.casefold() == region.casefold()]
    hint = "did you mean %s?" % named[0] if named else "use its two-letter code, such as %s" % (
        "NC" if country == "US" else "ON")
    raise ValidationError("region", "%s; %s" % (message, hint))


def check_postal_code(postal_code, country="US", region=None):
    if country == "CA":
        if not _CA_POSTAL.match(postal_code):
            raise ValidationError("postal_code", "%r is not a Canadian postal code; write it as A1A 1A1 "
                                                 "(letter, digit, letter, space, digit, letter, digit)" % postal_code)
        return
    check_zip(postal_code, region)


def check_zip(postal_code, region=None):
    """A US ZIP code: the right form, known to ``zipcodes``, in use, and in ``region``'s state."""
    form = _US_ZIP.match(postal_code)
    if not form:
        raise ValidationError("postal_code", "%r is not a US ZIP code; write 12345 or 12345-6789" % postal_code)
    zipcodes = _required_library("zipcodes")
    states = zip_states(zipcodes).get(form.group(1))
    if states is None:
        raise ValidationError("postal_code", "ZIP code %s is not a known ZIP code (the USPS data of the zipcodes library "
                                             "%s does not have it); check it. If it is a new ZIP code, upgrade zipcodes "
                                             "on the host that runs this module (pip install -U zipcodes)"
                              % (form.group(1), zipcodes.__version__))
    if not states:
        raise ValidationError("postal_code", "ZIP code %s is no longer in use (USPS retired it); give the ZIP code "
                                             "of the address today" % form.group(1))
    if region and region not in states:
        # The error path only: the city costs a look-up in the full data.
        city = next((record["city"] for record in zipcodes.matching(form.group(1)) if record.get("active", True)), "")
        where = "%s, %s" % (city, "/".join(states)) if city else "/".join(states)
        raise ValidationError("postal_code", "ZIP code %s is in %s, not in %s (region); correct the ZIP code or "
                                             "the region" % (form.group(1), where, region))


def zip_states(zipcodes):
    """ZIP code -> the states it is in use in ([] once USPS retired it), for every ZIP ``zipcodes``
    knows.

    ``zipcodes`` spends about 0.7 s of CPU loading its data on the first look-up of a process, and
    every e911 task is a new process. This index of what the check needs is derived once per
    ``zipcodes`` version into the cache directory and loaded in a few tens of milliseconds after
    that. A cache that cannot be written (read-only home) only costs the time."""
    path = os.path.join(cache_directory("zipcodes"), "zip-states-%s.json" % zipcodes.__version__)
    try:
        with open(path) as handle:
            return json.load(handle)
    except (OSError, ValueError):
        pass
    index = {}
    for record in zipcodes.list_all():
        states = index.setdefault(record["zip_code"], [])
        if record.get("active", True) and record["state"] not in states:
            states.append(record["state"])
    try:
        write_atomically(path, json.dumps(index, separators=(",", ":")))
    except OSError:
        pass
    return index


def unit_type(value, accepted, aliases=None):
    """The value of ``accepted`` that ``value`` names: the same word in any case, its USPS
    abbreviation (STE for Suite), or a carrier-specific alias (lower-case key). None if none does."""
    key = _text(value).rstrip(".").casefold()
    by_word = dict((word.casefold(), word) for word in accepted)
    if key in by_word:
        return by_word[key]
    if aliases and key in aliases:
        return aliases[key]
    word = USPS_UNIT_DESIGNATORS.get(key.upper())
    if word is None:
        return None
    word = word.casefold()
    return by_word.get(word) or (aliases or {}).get(word)
