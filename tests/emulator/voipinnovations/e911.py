"""E911: validate911, insert911, update911, query911, remove911, audit911, getProvisioningHistory and the
911 alerts (Add911Alert, Remove911Alert, Query911Alert). Seed L74-140, L262-316; digest 3C, 4.2
(DID911, VILocation, Status911), 5.2 (9xx codes), 6.4, 7 (Q35, Q36, Q41).

Locations live in ``Account.e911`` (model.py): ``locations`` {tn: location}, ``history`` {tn: [VILocation]}
and ``alerts`` {tn: [email]}. A location is a VILocation record with Python values plus ``_added``,
``_updated``, ``_activated`` (emulator clock, None until provisioned) and ``_provision_at``.

PROJECT DECISIONS where the seed is silent (docs/emulator.md "VoIP Innovations: E911"):
* the geocoder is a small address database of the emulator's own (ADDRESSES): an address is valid when
  its street (house number within the entry's range), city, state and 5-digit ZIP match an entry; case,
  punctuation, extra spaces, street suffixes (STREET/ST, AVENUE/AVE ...), directions (SOUTH/S ...),
  ordinals (FIFTH/5TH) and, in city names, SAINT/ST, FORT/FT and MOUNT/MT do not matter; plusFour is
  empty or 4 digits (not compared); address2 and callerName are not checked;
* validate911 answers 100 for a valid address and 101 "No Records Found" otherwise (seed L277);
* insert911 / update911 store the address upper-cased with single spaces (address1, address2, city,
  state), callerName as sent (trimmed), and complete an empty plusFour from the database entry, as the
  real service does (its fixtures show ZIP+4 for addresses sent without one);
* asynchronous geocoding: a stored valid address is GEOCODED and becomes PROVISIONED GEOCODE_SECONDS
  (60 s) later on the emulator clock; the DID's has911 is true only while its location is PROVISIONED;
* insert911 of an address the database does not know stores the location as INVALID ("Unable to
  geocoded address"); update911 of such an address REMOVES the provisioned location (seed L126, Q35);
  both answer top-level 100 with a Status911 whose code is INVALID, as the seed gives no error code;
* query911 / insert911 / update911 / getProvisioningHistory / the alerts on a number the account does not
  own (or not 10 digits) answer 909; query911 of an owned number without a location answers 100 with a
  VILocation stub (statusCode 206200, "A location could not be found for <tn>", as the real
  getLocations fixture); update911 without a location answers 910; insert911 with one answers 911;
* remove911 answers 100 with Status911 205100 "Location successfully removed", or 205200 "Zero records
  deleted/archived" when the owned number has none; it also removes the location of an off-net number;
* releaseDID keeps the number's location (no release hook): audit911 lists it as off-net (seed L83, Q36)
  until remove911;
* DID911.callerName carries two trailing spaces and DID911.zipCode is ZIP+4 (the real fixtures);
* alerts need a location that is not INVALID ("911 is enabled"), else 941; an email is 1-150 characters
  with an @ (940 when longer; 900 "Invalid email" otherwise); 942 for one already there (any case), 943
  beyond 10; Remove911Alert with a blank email removes them all and answers 101 for one not there;
  Query911Alert returns ONE string, the emails joined by "," (seed L316, Q41), or no string when none.
"""

from __future__ import annotations

import copy
import re

from emulator.carrier import SeedError
from emulator.voipinnovations import codes
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.model import is_tn

#: seconds (emulator clock) from GEOCODED to PROVISIONED
GEOCODE_SECONDS = 60
MAX_ALERTS = 10
MAX_EMAIL = 150
FIRST_LOCATION_ID = 17700000

GEOCODED, PROVISIONED, INVALID = "GEOCODED", "PROVISIONED", "INVALID"
# VILocation.statusCode -> statusDescription (digest 4.2, RUBY)
STATUS_TEXT = {
    GEOCODED: "Location is geocoded",
    PROVISIONED: "Location is currently provisioned for URI",
    INVALID: "Unable to geocoded address",
}
NO_LOCATION = "206200"
REMOVED, NOTHING_REMOVED = "205100", "205200"

codes.RESPONSE.update({
    903: "Could not locate Dash Emergency Provisioning Service",
    904: "Dash action resulted in incorrect status",
    905: "LockedException occurred while calling Dash service",
    906: "NotFoundException occurred while calling Dash service",
    907: "API LockedException; The specified DID record is currently in use",
    908: "ParseException occurred while calling Dash service for the specified telephone number",
    910: "Location does not exist",
    911: "Location already exists and is provisioned",
    940: "Email cannot be greater than 150 characters",
    941: "911 is not enabled",
    942: "Email already exists for this DID",
    943: "Can not exceed 10 emails",
})
LOCATION_EXISTS, NO_SUCH_LOCATION = 911, 910
EMAIL_TOO_LONG, NOT_ENABLED, EMAIL_EXISTS, TOO_MANY_EMAILS = 940, 941, 942, 943

# -- the geocoder's address database ----------------------------------------------------------------

# (lowest and highest house number, street, city, state, ZIP, plusFour, latitude, longitude), written
# in the normal form of ``street_key`` / ``city_key``. Real places with real ZIP codes, so the
# collection's offline ZIP checks accept them.
ADDRESSES = [
    (1, 999, "MAIN ST", "RALEIGH", "NC", "27601", "1071", "35.779600", "-78.638200"),
    (1, 99, "OAK AVE", "DURHAM", "NC", "27701", "3305", "35.994000", "-78.898600"),
    (350, 350, "5TH AVE", "NEW YORK", "NY", "10118", "0110", "40.748400", "-73.985700"),
    (1500, 1500, "MARILLA ST", "DALLAS", "TX", "75201", "6318", "32.776700", "-96.797000"),
    (200, 299, "S WACKER DR", "CHICAGO", "IL", "60606", "6306", "41.878900", "-87.635900"),
    (200, 200, "N SPRING ST", "LOS ANGELES", "CA", "90012", "3239", "34.053700", "-118.242800"),
    (3500, 3500, "PAN AMERICAN DR", "MIAMI", "FL", "33133", "5504", "25.727000", "-80.234000"),
    (833, 833, "E TABERNACLE ST", "ST GEORGE", "UT", "84770", "3059", "37.108235", "-113.565547"),
    (1600, 1600, "PENNSYLVANIA AVE NW", "WASHINGTON", "DC", "20500", "0005", "38.897700", "-77.036500"),
]
# Street words a geocoder reads as their USPS abbreviation (Publication 28 C1 and the directions).
STREET_WORDS = {
    "STREET": "ST", "STR": "ST", "AVENUE": "AVE", "AV": "AVE", "AVN": "AVE", "BOULEVARD": "BLVD", "DRIVE": "DR",
    "ROAD": "RD", "LANE": "LN", "COURT": "CT", "PLACE": "PL", "PARKWAY": "PKWY", "HIGHWAY": "HWY", "SQUARE": "SQ",
    "TERRACE": "TER", "CIRCLE": "CIR", "PLAZA": "PLZ", "TRAIL": "TRL", "EXPRESSWAY": "EXPY", "FREEWAY": "FWY",
    "NORTH": "N", "SOUTH": "S", "EAST": "E", "WEST": "W", "NORTHEAST": "NE", "NORTHWEST": "NW", "SOUTHEAST": "SE",
    "SOUTHWEST": "SW", "FIRST": "1ST", "SECOND": "2ND", "THIRD": "3RD", "FOURTH": "4TH", "FIFTH": "5TH",
    "SIXTH": "6TH", "SEVENTH": "7TH", "EIGHTH": "8TH", "NINTH": "9TH", "TENTH": "10TH",
}
CITY_WORDS = {"SAINT": "ST", "FORT": "FT", "MOUNT": "MT"}
HOUSE = re.compile(r"^(\d+)[A-Z]?(?:-\d+[A-Z]?)?$")
ZIP = re.compile(r"^\d{5}$")
PLUS_FOUR = re.compile(r"^(\d{4})?$")


def _words(text: str, table: dict) -> list:
    return [table.get(word, word) for word in re.sub(r"[.,#]", " ", (text or "").upper()).split()]


def street_key(text: str) -> str:
    return " ".join(_words(text, STREET_WORDS))


def city_key(text: str) -> str:
    return " ".join(_words(text, CITY_WORDS))


def geocode(address: dict) -> tuple | None:
    """The database entry of ``address`` (wire names address1, city, state, zip, plusFour), or None."""
    words = _words(address.get("address1", ""), STREET_WORDS)
    house = HOUSE.match(words[0]) if words else None
    zip_code, plus_four = (address.get("zip") or "").strip(), (address.get("plusFour") or "").strip()
    if house is None or not ZIP.match(zip_code) or not PLUS_FOUR.match(plus_four):
        return None
    number, street = int(house.group(1)), " ".join(words[1:])
    city, state = city_key(address.get("city", "")), (address.get("state") or "").strip().upper()
    for entry in ADDRESSES:
        low, high, entry_street, entry_city, entry_state, entry_zip = entry[:6]
        if low <= number <= high and (street, city, state, zip_code) == (entry_street, entry_city, entry_state, entry_zip):
            return entry
    return None


# -- the account's E911 data ------------------------------------------------------------------------

def data(account) -> dict:
    return account.e911


def location_of(account, tn: str) -> dict | None:
    return data(account)["locations"].get(tn)


def _enabled(location: dict | None) -> bool:
    return location is not None and location["statusCode"] != INVALID


def _sync_has911(account, tn: str) -> None:
    record = account.dids.get(tn)
    if record is not None:
        location = location_of(account, tn)
        record["has911"] = location is not None and location["statusCode"] == PROVISIONED


def _set_status(location: dict, status: str) -> None:
    location.update(statusCode=status, statusDescription=STATUS_TEXT[status])


def _history(account, tn: str, location: dict) -> None:
    data(account)["history"].setdefault(tn, []).append(copy.deepcopy(location))


def _clean(text) -> str:
    return " ".join(str(text or "").split())


def new_location(state, address: dict, now: float) -> dict:
    """A location from the wire parameters: stored normalised, GEOCODED (valid) or INVALID."""
    entry = geocode(address)
    state.counters.setdefault("location", FIRST_LOCATION_ID)
    location = {
        "locationId": str(state.next_id("location")),
        "address1": _clean(address.get("address1")).upper(), "address2": _clean(address.get("address2")).upper(),
        "city": _clean(address.get("city")).upper(), "state": _clean(address.get("state")).upper(),
        "zipCode": _clean(address.get("zip")), "plusFour": _clean(address.get("plusFour")),
        "callerName": (address.get("callerName") or "").strip(), "latitude": "", "longitude": "",
        "orderId": "", "_added": now, "_updated": now, "_activated": None, "_provision_at": None,
    }
    if entry is None:
        _set_status(location, INVALID)
        return location
    location.update(latitude=entry[7], longitude=entry[8], plusFour=location["plusFour"] or entry[6],
                    _provision_at=now + GEOCODE_SECONDS)
    _set_status(location, GEOCODED)
    return location


def advance(state, now: float) -> None:
    """GEOCODED locations whose time has come are PROVISIONED; has911 follows."""
    for account in state.accounts.values():
        for tn, location in data(account)["locations"].items():
            due = location["_provision_at"]
            if location["statusCode"] == GEOCODED and due is not None and due <= now:
                _set_status(location, PROVISIONED)
                location.update(_activated=due, _updated=due, _provision_at=None)
                _history(account, tn, location)
            _sync_has911(account, tn)


# -- wire views -------------------------------------------------------------------------------------

def vi_location(location: dict) -> dict:
    view = {key: value for key, value in location.items() if not key.startswith("_")}
    view.update(activatedTime=location["_activated"], updateTime=location["_updated"])
    return view


def did911(tn: str, location: dict) -> dict:
    zip_code = location["zipCode"] + ("-" + location["plusFour"] if location["plusFour"] else "")
    return {
        "locationId": location["locationId"], "tn": tn, "callerName": location["callerName"] + "  ",
        "address1": location["address1"], "address2": location["address2"] or None, "city": location["city"],
        "state": location["state"], "zipCode": zip_code, "latitude": location["latitude"],
        "longitude": location["longitude"], "statusCode": location["statusCode"],
        "statusDescription": location["statusDescription"], "activatedTime": location["_activated"],
        "dateAdded": location["_added"],
    }


def no_location(tn: str) -> dict:
    """The VILocation stub of a number without a location (the real getLocations fixture)."""
    return {"statusCode": NO_LOCATION, "statusDescription": f"A location could not be found for {tn}",
            "activatedTime": None, "updateTime": None}


def status(code: str, description: str) -> dict:
    return {"Statuses": [{"code": code, "description": description}]}


# -- handlers ---------------------------------------------------------------------------------------

ADDRESS_PARAMS = ("address1", "address2", "city", "state", "zip", "plusFour", "callerName")


def _address(ctx) -> dict:
    return {name: ctx.text(name) for name in ADDRESS_PARAMS}


def _owned_tn(ctx, name: str = "did") -> str:
    tn = ctx.text(name).strip()
    if not is_tn(tn) or tn not in ctx.account.dids:
        raise ApiError(codes.NOT_YOUR_NUMBER)
    return tn


def validate911(ctx) -> dict:
    if geocode(_address(ctx)) is None:
        raise ApiError(codes.NO_RECORDS)
    return {}


def _store(ctx, tn: str, location: dict) -> dict:
    data(ctx.account)["locations"][tn] = location
    _history(ctx.account, tn, location)
    _sync_has911(ctx.account, tn)
    if location["statusCode"] == INVALID:
        return status(INVALID, STATUS_TEXT[INVALID])
    return status("100", "Location status updated")


def insert911(ctx) -> dict:
    tn = _owned_tn(ctx)
    if location_of(ctx.account, tn) is not None:
        raise ApiError(LOCATION_EXISTS)
    return _store(ctx, tn, new_location(ctx.state, _address(ctx), ctx.now))


def update911(ctx) -> dict:
    tn = _owned_tn(ctx)
    if location_of(ctx.account, tn) is None:
        raise ApiError(NO_SUCH_LOCATION)
    location = new_location(ctx.state, _address(ctx), ctx.now)
    if location["statusCode"] != INVALID:
        return _store(ctx, tn, location)
    # Seed L126: an INVALID location leaves the DID with no provisioned location at all.
    del data(ctx.account)["locations"][tn]
    _history(ctx.account, tn, location)
    _sync_has911(ctx.account, tn)
    return status(INVALID, STATUS_TEXT[INVALID])


def query911(ctx) -> dict:
    tn = _owned_tn(ctx)
    location = location_of(ctx.account, tn)
    if location is None:
        return {"VILocations": [no_location(tn)]}
    return {"DID911s": [did911(tn, location)], "VILocations": [vi_location(location)]}


def remove911(ctx) -> dict:
    tn = ctx.text("did").strip()
    locations = data(ctx.account)["locations"]
    if tn not in locations:
        if not is_tn(tn) or tn not in ctx.account.dids:
            raise ApiError(codes.NOT_YOUR_NUMBER)
        return status(NOTHING_REMOVED, "Zero records deleted/archived")
    del locations[tn]
    _sync_has911(ctx.account, tn)
    return status(REMOVED, "Location successfully removed")


def audit911(ctx) -> dict:
    locations = data(ctx.account)["locations"]
    return {"DID911s": [did911(tn, locations[tn]) for tn in sorted(locations)]}


def get_provisioning_history(ctx) -> dict:
    tn = ctx.text("did").strip()
    history = data(ctx.account)["history"].get(tn)
    if not history:
        _owned_tn(ctx)
        return {"VILocations": [no_location(tn)]}
    return {"VILocations": [vi_location(entry) for entry in history]}


def _alert_tn(ctx) -> str:
    tn = _owned_tn(ctx, "tn")
    if not _enabled(location_of(ctx.account, tn)):
        raise ApiError(NOT_ENABLED)
    return tn


def add911_alert(ctx) -> dict:
    tn = _alert_tn(ctx)
    email = ctx.text("email").strip()
    if len(email) > MAX_EMAIL:
        raise ApiError(EMAIL_TOO_LONG)
    if "@" not in email or " " in email:
        raise ApiError(codes.EXCEPTION, "Invalid email")   # project-defined message
    alerts = data(ctx.account)["alerts"].setdefault(tn, [])
    if email.lower() in (known.lower() for known in alerts):
        raise ApiError(EMAIL_EXISTS)
    if len(alerts) >= MAX_ALERTS:
        raise ApiError(TOO_MANY_EMAILS)
    alerts.append(email)
    return {}


def remove911_alert(ctx) -> dict:
    tn = _alert_tn(ctx)
    email = ctx.text("email").strip()
    alerts = data(ctx.account)["alerts"].get(tn, [])
    if not email:
        data(ctx.account)["alerts"].pop(tn, None)
        return {}
    kept = [known for known in alerts if known.lower() != email.lower()]
    if len(kept) == len(alerts):
        raise ApiError(codes.NO_RECORDS)
    data(ctx.account)["alerts"][tn] = kept
    return {}


def query911_alert(ctx) -> dict:
    tn = _alert_tn(ctx)
    alerts = data(ctx.account)["alerts"].get(tn)
    return {"Alerts": [",".join(alerts)] if alerts else []}


# -- seed -------------------------------------------------------------------------------------------

# (tn, address, status, alerts): the demo account's locations. 4356569075 is off-net (not owned).
DEMO_LOCATIONS = [
    ("2145550120", {"address1": "1500 Marilla St", "city": "Dallas", "state": "TX", "zip": "75201",
                    "callerName": "ACME Dallas"}, PROVISIONED, ["noc@example.com"]),
    ("3125550110", {"address1": "233 S Wacker Dr", "address2": "STE 4400", "city": "Chicago", "state": "IL",
                    "zip": "60606", "plusFour": "6306", "callerName": "ACME Chicago"}, PROVISIONED, []),
    ("3055550140", {"address1": "1 Nowhere Blvd", "city": "Miami", "state": "FL", "zip": "33133",
                    "callerName": "ACME Miami"}, INVALID, []),
    ("4356569075", {"address1": "833 E Tabernacle St", "city": "Saint George", "state": "UT", "zip": "84770",
                    "callerName": "Campus Villas"}, PROVISIONED, []),
]


def place(state, account, tn: str, address: dict, wanted: str, alerts: list, now: float) -> None:
    """Store a location for ``tn`` in ``wanted`` state (GEOCODED: provisioned GEOCODE_SECONDS from now)."""
    location = new_location(state, address, now)
    if wanted != location["statusCode"]:
        if wanted != INVALID and location["statusCode"] == INVALID:
            raise SeedError(f"e911_locations: {tn}: the emulator's geocoder does not know this address "
                            f"(e911.ADDRESSES); use status INVALID or one of its addresses")
        _set_status(location, wanted)
    if wanted == PROVISIONED:
        location.update(_activated=now, _provision_at=None)
    elif wanted == INVALID:
        location.update(latitude="", longitude="", _provision_at=None)
    data(account)["locations"][tn] = location
    _history(account, tn, location)
    if alerts:
        data(account)["alerts"][tn] = list(alerts)
    _sync_has911(account, tn)


def build_demo(state, demo, now: float) -> None:
    for tn, address, wanted, alerts in DEMO_LOCATIONS:
        place(state, demo, tn, address, wanted, alerts, now)


def seed_locations(state, value, now: float) -> list:
    """``e911_locations``: [{tn, account?, address1, address2?, city, state, zip, plusFour?, callerName?,
    status? (PROVISIONED | GEOCODED | INVALID, default PROVISIONED), alerts? [email]}]."""
    from emulator.voipinnovations.seed import account_of, items  # pylint: disable=import-outside-toplevel

    created = []
    for item in items(value, "e911_locations"):
        account = account_of(state, item, "e911_locations")
        tn = item.get("tn")
        if not is_tn(tn):
            raise SeedError("e911_locations: tn must be a string of 10 digits")
        unknown = set(item) - {"tn", "account", "status", "alerts", *ADDRESS_PARAMS}
        if unknown:
            raise SeedError(f"e911_locations: unknown field(s) {', '.join(sorted(unknown))}")
        wanted = item.get("status", PROVISIONED)
        if wanted not in STATUS_TEXT:
            raise SeedError(f"e911_locations: status must be one of {', '.join(STATUS_TEXT)}")
        alerts = item.get("alerts", [])
        if not isinstance(alerts, list) or not all(isinstance(email, str) for email in alerts):
            raise SeedError("e911_locations: alerts must be a list of strings")
        address = {name: str(item.get(name, "")) for name in ADDRESS_PARAMS}
        place(state, account, tn, address, wanted, alerts, now)
        created.append(tn)
    return created
