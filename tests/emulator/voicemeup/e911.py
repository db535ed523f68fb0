"""VoiceMeUp E911 endpoints (digest §3.2.6, §4.5, §6.2 step 8): get_e911, check_e911, update_e911,
delete_e911, associate_e911, disassociate_e911, and the exact-match address database behind them.

An endpoint is the provisioned emergency address of one DID of the account (``update_e911`` creates
or replaces it). Street and city "must be an exact match" of VoiceMeUp's address database (seed
L1433-1434, L1479-1480); the seed lost the database and the "alternate addresses" sample, so what
follows is PROJECT-DEFINED (docs/emulator.md, VoiceMeUp "E911"):

* The database is ``ADDRESSES`` (a few streets in Canada and the US, each with a range of civic
  numbers and its postal code), copied into the demo account; ``{"e911_addresses": [...]}`` seeds
  more into an account (an account without any uses ``ADDRESSES``).
* An address matches exactly when street and city are the database's words ignoring case and
  repeated spaces, the civic number is in the street's range and the postal code is the street's
  (a US ZIP+4 matches on its five digits). The endpoint then stores the database's spelling of
  street and city, the rest as sent.
* A near match (the same words once accents, punctuation and the usual abbreviations are set aside:
  "Main Street" for "Main St", "Montreal" for "Montréal", "St-Laurent" for "Saint-Laurent"), or
  the right street with another postal code, is refused with ``alternate_address_provided`` and the
  database's versions of the address in ``alternate_addresses`` / ``address``.
* Otherwise every part that has no match is reported: ``civic_number_not_found``,
  ``street_not_found``, ``city_not_found``, ``postal_code_not_found`` (a postal code of no street
  of the state or province); a country other than Canada and the US is ``country_not_found``, a
  state that is not one of the country's ``state_not_found``.
* The account's default endpoint (``entry_is_default_endpoint`` on delete) is one the seed marks
  ``"default": true``: no request type sets it (the portal does), and no endpoint becomes the
  default by itself, so deleting the account's last endpoint can succeed, with the
  ``last_endpoint_was_deleted`` fee notice.
* Synthesized codes (not in the seed): ``civic_number_invalid``, ``street_invalid``,
  ``city_invalid``, ``state_code_invalid``, ``country_code_invalid``, ``postal_code_invalid``,
  ``address_type_invalid``, ``address_type_number_invalid``, ``full_name_invalid``,
  ``e911_language_invalid``, ``rate_provider_id_invalid``, ``client_endpoint_id_invalid``.
"""

from __future__ import annotations

import copy
import re
import unicodedata

from emulator import regions
from emulator.carrier import SeedError
from emulator.voicemeup import refdata
from emulator.voicemeup.check import Validator, is_digits, is_int
from emulator.voicemeup.errors import ApiError

CONTAINER = ("e911_endpoints", "e911_endpoint")
ALTERNATES = ("alternate_addresses", "address")
# address_type (seed L1442, L1493).
ADDRESS_TYPES = ("apartment", "basement", "building", "department", "floor", "front", "hanger", "key", "lobby", "lot",
                 "lower", "office", "penthouse", "pier", "rear", "room", "side", "slip", "space", "stop", "suite",
                 "trailer", "unit", "upper")
ENDPOINT_FIELDS = ("client_endpoint_id", "client_did_id", "phone_number", "full_name", "civic_number", "street", "city",
                   "state_code", "state_id", "country_code", "country_id", "postal_code", "address_type",
                   "address_type_number", "e911_language", "client_peer_ids")
ADDRESS_FIELDS = ("civic_number", "street", "city", "state_code", "state_id", "country_code", "country_id",
                  "postal_code", "address_type", "address_type_number")
# The order of the address parameters in the seed's tables: codes are reported in it.
NOT_FOUND_ORDER = ("civic_number_not_found", "street_not_found", "city_not_found", "state_not_found",
                   "country_not_found", "postal_code_not_found")

COUNTRIES = {"CA": refdata.CANADA, "US": refdata.USA}
_REGIONS = {"CA": regions.CA_REGIONS, "US": regions.US_REGIONS}
# Canada's provinces and territories in the usual order (AB=1 ... YT=13, as refdata's), the US
# states and territories from 300 in code order where refdata.STATES has no id for them.
_CA_ORDER = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")


def _state_ids() -> dict:
    ids = {(code, country): state_id for state_id, (code, _name, country) in refdata.STATES.items()}
    for number, code in enumerate(_CA_ORDER, 1):
        ids.setdefault((code, refdata.CANADA), str(number))
    for number, code in enumerate(sorted(regions.US_REGIONS), 300):
        ids.setdefault((code, refdata.USA), str(number))
    return ids


STATE_IDS = _state_ids()                                   # (state_code, country_id) -> state_id
STATES_BY_ID = {state_id: key for key, state_id in STATE_IDS.items()}

# The address database: street, city, state, country, postal code, civic numbers (first, last).
ADDRESSES = [
    {"street": "Boulevard Saint-Laurent", "city": "Montréal", "state_code": "QC", "country_code": "CA",
     "postal_code": "H2X 2T3", "civic_from": "1", "civic_to": "7999"},
    {"street": "Rue Sainte-Catherine Ouest", "city": "Montréal", "state_code": "QC", "country_code": "CA",
     "postal_code": "H3B 1B1", "civic_from": "1", "civic_to": "3999"},
    {"street": "Wellington St", "city": "Ottawa", "state_code": "ON", "country_code": "CA", "postal_code": "K1A 0A9",
     "civic_from": "1", "civic_to": "999"},
    {"street": "Yonge St", "city": "Toronto", "state_code": "ON", "country_code": "CA", "postal_code": "M5B 2H1",
     "civic_from": "1", "civic_to": "9999"},
    {"street": "Main St", "city": "Raleigh", "state_code": "NC", "country_code": "US", "postal_code": "27601",
     "civic_from": "1", "civic_to": "999"},
    {"street": "Fayetteville St", "city": "Raleigh", "state_code": "NC", "country_code": "US", "postal_code": "27601",
     "civic_from": "1", "civic_to": "999"},
    {"street": "Oak Ave", "city": "Durham", "state_code": "NC", "country_code": "US", "postal_code": "27701",
     "civic_from": "1", "civic_to": "999"},
    {"street": "W Broad St", "city": "Richmond", "state_code": "VA", "country_code": "US", "postal_code": "23220",
     "civic_from": "1", "civic_to": "2999"},
    {"street": "Brickell Ave", "city": "Miami", "state_code": "FL", "country_code": "US", "postal_code": "33131",
     "civic_from": "1", "civic_to": "1999"},
    {"street": "Broadway", "city": "New York", "state_code": "NY", "country_code": "US", "postal_code": "10006",
     "civic_from": "1", "civic_to": "299"},
]

# Words that mean the same in a near match: the USPS and Canada Post abbreviations people write.
_SAME_WORD = {"street": "st", "avenue": "ave", "av": "ave", "road": "rd", "boulevard": "blvd", "boul": "blvd",
              "bd": "blvd", "drive": "dr", "lane": "ln", "court": "ct", "place": "pl", "highway": "hwy",
              "saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft", "north": "n", "nord": "n", "south": "s",
              "sud": "s", "east": "e", "est": "e", "west": "w", "ouest": "o", "rue": "rue"}
_PUNCTUATION = re.compile("[.,'\u2019\\-/]+")  # \u2019: the typographic apostrophe
_US_POSTAL = re.compile(r"[0-9]{5}(-[0-9]{4})?")


# -- matching -------------------------------------------------------------------------------------

def _exact(text: str) -> str:
    """What an exact match compares: the words, ignoring case and repeated spaces."""
    return " ".join(text.split()).casefold()


def _near(text: str) -> str:
    """What a near match compares: no accents, no punctuation, abbreviations as one word."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    words = _PUNCTUATION.sub(" ", plain.casefold()).split()
    return " ".join(_SAME_WORD.get(word, word) for word in words)


def _postal_key(postal_code: str, country: str) -> str:
    return postal_code[:5] if country == "US" else postal_code


def database(account) -> list:
    return account.e911_addresses or ADDRESSES


def _alternate(entry: dict, address: dict) -> dict:
    """A database version of ``address``: its street, city and postal code, the rest as sent."""
    country = entry["country_code"]
    state_id = STATE_IDS.get((entry["state_code"], COUNTRIES[country]), "")
    return {"civic_number": address["civic_number"], "street": entry["street"], "city": entry["city"],
            "state_code": entry["state_code"], "state_id": state_id, "country_code": country,
            "country_id": COUNTRIES[country], "postal_code": entry["postal_code"],
            "address_type": address.get("address_type", ""), "address_type_number": address.get("address_type_number", "")}


def match(account, address: dict) -> dict:
    """The address with the database's spelling of street and city, or ApiError (not found, or
    alternate_address_provided with the database's versions)."""
    country, state = address["country_code"], address["state_code"]
    if country not in COUNTRIES:
        raise ApiError("country_not_found")
    if state not in _REGIONS[country]:
        raise ApiError("state_not_found")
    in_state = [entry for entry in database(account)
                if entry["country_code"] == country and entry["state_code"] == state]
    codes = []
    by_city = [entry for entry in in_state if _near(entry["city"]) == _near(address["city"])]
    by_street = [entry for entry in by_city if _near(entry["street"]) == _near(address["street"])]
    civic = int(address["civic_number"])
    by_civic = [entry for entry in by_street if int(entry["civic_from"]) <= civic <= int(entry["civic_to"])]
    if not by_city:
        codes.append("city_not_found")
    elif not by_street:
        codes.append("street_not_found")
    elif not by_civic:
        codes.append("civic_number_not_found")
    postal = _postal_key(address["postal_code"], country)
    if all(_postal_key(entry["postal_code"], country) != postal for entry in in_state):
        codes.append("postal_code_not_found")
    if codes:
        raise ApiError.many(sorted(codes, key=NOT_FOUND_ORDER.index))
    for entry in by_civic:
        if (_exact(entry["city"]) == _exact(address["city"]) and _exact(entry["street"]) == _exact(address["street"])
                and _postal_key(entry["postal_code"], country) == postal):
            return dict(address, street=entry["street"], city=entry["city"])
    raise ApiError("alternate_address_provided",
                   {ALTERNATES[0]: (ALTERNATES[1], [_alternate(entry, address) for entry in by_civic])})


# -- parameters -----------------------------------------------------------------------------------

def _place(v: Validator, params, pair: tuple, ids: dict) -> str | None:
    """One of ``state_code``/``state_id`` (or the country pair): the code it names, or None."""
    code_name, id_name = pair
    if not v.one_of(code_name, id_name):
        return None
    if params.has(code_name):
        code = params.get(code_name).strip().upper()
        if not re.fullmatch(r"[A-Z]{2}", code):
            v.fail(f"{code_name}_invalid")
            return None
        return code
    value = params.get(id_name).strip()
    if not is_int(value):
        v.fail(f"{id_name}_invalid")
        return None
    return ids.get(str(int(value)), "?")   # a well-formed id of no place: *_not_found later


def _postal(v: Validator, params, country: str | None) -> str | None:
    value = v.require("postal_code", "required_parameter_not_found")
    if value is None or country not in COUNTRIES:
        return value
    value = value.upper()
    if country == "US":
        ok = _US_POSTAL.fullmatch(value)
    else:
        ok = regions.CA_POSTAL.fullmatch(value)
        value = f"{ok.group(1)} {ok.group(2)}" if ok else value
    if not ok:
        v.fail("postal_code_invalid")
        return None
    return value


def _address(v: Validator, params) -> dict:
    """The address parameters of check_e911 and update_e911, in the seed's order."""
    civic = v.require("civic_number", "required_parameter_not_found")
    if civic is not None and not (is_digits(civic, 1, 6) and int(civic) > 0):
        v.fail("civic_number_invalid")
    street = v.require("street", "required_parameter_not_found")
    v.text("street", 1, 128)
    city = v.require("city", "required_parameter_not_found")
    v.text("city", 1, 64)
    state = _place(v, params, ("state_code", "state_id"), {state_id: code for state_id, (code, _c) in STATES_BY_ID.items()})
    country = _place(v, params, ("country_code", "country_id"), {number: code for code, number in COUNTRIES.items()})
    if state not in (None, "?") and country and not params.has("state_code"):
        # A state_id names its country too: the state of another country is no state of this one.
        if STATES_BY_ID[str(int(params.get("state_id")))][1] != COUNTRIES.get(country):
            state = "?"
    postal = _postal(v, params, country)
    address_type = ""
    if params.has("address_type"):
        # The seed's values are lower case; any case is read as the same value.
        address_type = params.get("address_type").strip().lower()
        if address_type not in ADDRESS_TYPES:
            v.fail("address_type_invalid")
    number = v.text("address_type_number", 1, 32)
    return {"civic_number": str(int(civic)) if civic and civic.isdigit() else civic, "street": street, "city": city,
            "state_code": state, "country_code": country, "postal_code": postal, "address_type": address_type,
            "address_type_number": number or ""}


def _phone(v: Validator, name: str = "phone_number") -> str | None:
    return v.digits(name, 10, code="phone_number_invalid")


def _did_by_number(account, phone_number: str) -> dict:
    did = account.did_by_number(phone_number)
    if did is None:
        raise ApiError("phone_number_not_found")
    return did


def _endpoint_of_did(account, did: dict) -> dict:
    for endpoint in account.e911_endpoints.values():
        if endpoint["client_did_id"] == did["client_did_id"]:
            return endpoint
    raise ApiError("no_e911_endpoint_found")


def _live_did(account, client_did_id: str) -> dict | None:
    did = account.dids.get(client_did_id)
    return did if did is not None and did.get("status") != "deleted" else None


def _find(ctx, v: Validator) -> dict:
    """The endpoint named by client_endpoint_id (which wins), client_did_id or phone_number."""
    params = ctx.params
    endpoint_id = v.integer("client_endpoint_id", 1, code="client_endpoint_id_invalid")
    client_did_id = v.integer("client_did_id", 1, code="client_did_id_invalid")
    phone = _phone(v)
    v.one_of("client_endpoint_id", "client_did_id", "phone_number")
    v.done()
    account = ctx.account
    if params.has("client_endpoint_id"):
        endpoint = account.e911_endpoints.get(endpoint_id)
        if endpoint is None:
            raise ApiError("client_endpoint_id_not_found")
        return endpoint
    if params.has("client_did_id"):
        did = _live_did(account, client_did_id)
        if did is None:
            raise ApiError("client_did_id_not_found")
        return _endpoint_of_did(account, did)
    return _endpoint_of_did(account, _did_by_number(account, phone))


def _record(endpoint: dict) -> dict:
    return {name: endpoint.get(name, "") for name in ENDPOINT_FIELDS}


# -- request types --------------------------------------------------------------------------------

def get_e911(ctx) -> dict:
    params = ctx.params
    v = Validator(params)
    endpoint_id = v.integer("client_endpoint_id", 1, code="client_endpoint_id_invalid")
    client_did_id = v.integer("client_did_id", 1, code="client_did_id_invalid")
    phone = _phone(v)
    subaccount = v.integer("client_subaccount_id", 0, code="client_subaccount_id_invalid")
    limit, offset = v.result_window(default_limit=1000)
    v.done()
    if endpoint_id or client_did_id or phone:
        return {CONTAINER[0]: (CONTAINER[1], [_record(_find(ctx, Validator(params)))])}
    # No argument: every endpoint location of the account (seed L1406).
    endpoints = sorted(ctx.account.e911_endpoints.values(), key=lambda endpoint: int(endpoint["client_endpoint_id"]))
    if subaccount is not None:
        endpoints = [endpoint for endpoint in endpoints
                     if (ctx.account.dids.get(endpoint["client_did_id"]) or {}).get("client_subaccount_id", "0")
                     == subaccount]
    return {CONTAINER[0]: (CONTAINER[1], [_record(endpoint) for endpoint in endpoints[offset:offset + limit]])}


def _checked(ctx, v: Validator) -> dict:
    """The validated address, matched against the database (check_e911 and update_e911)."""
    phone = _phone(v)
    address = _address(v, ctx.params)
    v.done()
    if phone is not None:
        _did_by_number(ctx.account, phone)
    matched = match(ctx.account, address)
    matched["state_id"] = STATE_IDS[(matched["state_code"], COUNTRIES[matched["country_code"]])]
    matched["country_id"] = COUNTRIES[matched["country_code"]]
    return matched


def check_e911(ctx) -> dict:
    """Read-only: success when the address is one of the database's exactly (seed L1425-1444)."""
    _checked(ctx, Validator(ctx.params))
    return {}


def _full_name(v: Validator, params) -> str | None:
    """``full_name`` (2-32), or the deprecated first_name and last_name when it is missing."""
    if params.has("full_name"):
        return v.text("full_name", 2, 32, "full_name_invalid")
    joined = " ".join(params.get(name).strip() for name in ("first_name", "last_name") if params.has(name))
    if not joined:
        v.fail("required_parameter_not_found")
        return None
    if not 2 <= len(joined) <= 32:
        v.fail("full_name_invalid")
        return None
    return joined


def update_e911(ctx) -> dict:
    """Create or replace the endpoint of a DID (seed L1468-1496)."""
    params = ctx.params
    v = Validator(params)
    v.require("phone_number", "required_parameter_not_found")
    full_name = _full_name(v, params)
    language = v.enum("e911_language", ("en", "fr"), "e911_language_invalid")
    if language is None and params.has("language"):
        language = params.get("language").strip()      # deprecated; the core checked en/fr
    v.integer("rate_provider_id", 0, code="rate_provider_id_invalid")
    address = _checked(ctx, v)
    account = ctx.account
    did = _did_by_number(account, params.get("phone_number").strip())
    try:
        endpoint = _endpoint_of_did(account, did)
    except ApiError:
        endpoint = {"client_endpoint_id": account.next_id("client_endpoint_id"), "client_peer_ids": ""}
        account.e911_endpoints[endpoint["client_endpoint_id"]] = endpoint
    # "Ignored outside of Canada"; the default is the account's language (English here).
    language = (language or "en") if address["country_code"] == "CA" else ""
    endpoint.update({name: address[name] for name in ADDRESS_FIELDS})
    endpoint.update(client_did_id=did["client_did_id"], phone_number=did["phone_number"], full_name=full_name,
                    e911_language=language)
    return {CONTAINER[0]: (CONTAINER[1], [_record(endpoint)])}


def _unlink_peer(account, peer_id: str) -> None:
    for endpoint in account.e911_endpoints.values():
        peers = [p for p in endpoint["client_peer_ids"].split(",") if p and p != peer_id]
        endpoint["client_peer_ids"] = ",".join(peers)
    peer = account.peers.get(peer_id)
    if peer is not None and "provisioned_endpoint_id" in peer:
        peer["provisioned_endpoint_id"] = "0"    # the account default again (update_peer's value list)


def delete_e911(ctx) -> dict:
    """Delete the endpoint and its peer associations (seed L1497-1510)."""
    account = ctx.account
    endpoint = _find(ctx, Validator(ctx.params))
    if endpoint.get("_default") == "1":
        raise ApiError("entry_is_default_endpoint")
    for peer_id in [p for p in endpoint["client_peer_ids"].split(",") if p]:
        _unlink_peer(account, peer_id)
    del account.e911_endpoints[endpoint["client_endpoint_id"]]
    if not account.e911_endpoints:
        ctx.notice("last_endpoint_was_deleted")
    return {}


def _peer(v: Validator) -> str | None:
    peer_id = v.require("client_peer_id", "required_parameter_not_found")
    if peer_id is not None and not is_int(peer_id):
        v.fail("client_peer_id_invalid")
        return None
    return str(int(peer_id)) if peer_id is not None else None


def associate_e911(ctx) -> dict:
    """Give a peer (trunk) the address of an endpoint (seed L1445-1459); a peer has one address."""
    v = Validator(ctx.params)
    peer_id = _peer(v)
    endpoint = _find(ctx, v)
    account = ctx.account
    if peer_id not in account.peers:
        raise ApiError("client_peer_id_not_found")
    _unlink_peer(account, peer_id)
    endpoint["client_peer_ids"] = ",".join([p for p in endpoint["client_peer_ids"].split(",") if p] + [peer_id])
    peer = account.peers[peer_id]
    if "provisioned_endpoint_id" in peer:
        peer["provisioned_endpoint_id"] = endpoint["client_endpoint_id"]
    return {CONTAINER[0]: (CONTAINER[1], [_record(endpoint)])}


def disassociate_e911(ctx) -> dict:
    """Take a peer's address away (seed L1460-1467); a peer without one is left as it is."""
    v = Validator(ctx.params)
    peer_id = _peer(v)
    v.done()
    if peer_id not in ctx.account.peers:
        raise ApiError("client_peer_id_not_found")
    _unlink_peer(ctx.account, peer_id)
    return {}


# -- seed -----------------------------------------------------------------------------------------

def demo(state, account, now: float) -> None:
    """The demo account gets the address database (and no endpoint)."""
    account.e911_addresses = copy.deepcopy(ADDRESSES)


def _seed_text(item: dict, name: str, default: str = "") -> str:
    value = item.get(name, default)
    return "" if value is None else str(value)


def seed_addresses(state, value, now: float) -> list:
    """``{"e911_addresses": [{"street", "city", "state_code", "country_code", "postal_code",
    "civic_from", "civic_to", "account"}]}``: more streets in an account's address database."""
    from emulator.voicemeup.seed import account_of, items  # the seed module registers this one

    added = []
    for item in items(value, "e911_addresses"):
        account = account_of(state, item, "e911_addresses")
        names = ("street", "city", "state_code", "country_code", "postal_code")
        entry = {name: _seed_text(item, name) for name in names}
        entry.update(civic_from=_seed_text(item, "civic_from", "1"), civic_to=_seed_text(item, "civic_to", "99999"))
        if not all(entry.values()) or entry["country_code"] not in COUNTRIES \
                or entry["state_code"] not in _REGIONS[entry["country_code"]] \
                or not (entry["civic_from"].isdigit() and entry["civic_to"].isdigit()):
            raise SeedError("e911_addresses: street, city, state_code (of country_code), country_code (CA or US) and "
                            "postal_code are required; civic_from/civic_to are numbers")
        if not account.e911_addresses:
            account.e911_addresses = copy.deepcopy(ADDRESSES)
        account.e911_addresses.append(entry)
        added.append(f"{entry['street']}, {entry['city']}")
    return added


def seed_endpoints(state, value, now: float) -> list:
    """``{"e911_endpoints": [{"phone_number", "full_name", "civic_number", "street", "city", "state_code",
    "country_code", "postal_code", "address_type", "address_type_number", "e911_language", "default",
    "account"}]}``: endpoints of DIDs the account holds, stored as given (no database check);
    ``"default": true`` makes one the account's default endpoint. Returns the client_endpoint_ids."""
    from emulator.voicemeup.seed import account_of, items  # the seed module registers this one

    created = []
    for item in items(value, "e911_endpoints"):
        account = account_of(state, item, "e911_endpoints")
        did = account.did_by_number(_seed_text(item, "phone_number"))
        country = _seed_text(item, "country_code", "CA").upper()
        state_code = _seed_text(item, "state_code", "QC").upper()
        if did is None or country not in COUNTRIES or state_code not in _REGIONS[country]:
            raise SeedError("e911_endpoints: phone_number must be a DID of the account, country_code CA or US and "
                            "state_code one of its states or provinces")
        endpoint = next((e for e in account.e911_endpoints.values() if e["client_did_id"] == did["client_did_id"]),
                        None)
        if endpoint is None:
            endpoint = {"client_endpoint_id": account.next_id("client_endpoint_id"), "client_peer_ids": ""}
            account.e911_endpoints[endpoint["client_endpoint_id"]] = endpoint
        endpoint.update(
            client_did_id=did["client_did_id"], phone_number=did["phone_number"],
            full_name=_seed_text(item, "full_name", "Demo Inc"), civic_number=_seed_text(item, "civic_number", "1"),
            street=_seed_text(item, "street", "Boulevard Saint-Laurent"), city=_seed_text(item, "city", "Montréal"),
            state_code=state_code, state_id=STATE_IDS[(state_code, COUNTRIES[country])], country_code=country,
            country_id=COUNTRIES[country], postal_code=_seed_text(item, "postal_code", "H2X 2T3"),
            address_type=_seed_text(item, "address_type").lower(),
            address_type_number=_seed_text(item, "address_type_number"),
            e911_language=_seed_text(item, "e911_language", "en" if country == "CA" else ""))
        if item.get("default"):
            for other in account.e911_endpoints.values():
                other.pop("_default", None)
            endpoint["_default"] = "1"
        created.append(endpoint["client_endpoint_id"])
    return created
