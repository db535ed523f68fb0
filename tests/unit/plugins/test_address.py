"""The shared E911 address checks (plugins/module_utils/address.py): ISO 3166-2 region codes,
ZIP codes that exist and lie in the region's state, Canadian postal codes, unit types."""

import sys

import pytest

from ansible_collections.voip.carrier.plugins.module_utils import address
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError

RALEIGH = {"region": "NC", "postal_code": "27601"}


def refused(values, **kwargs):
    with pytest.raises(ValidationError) as info:
        address.check(address.normalise(values), **kwargs)
    return info.value


@pytest.mark.parametrize("values", [
    RALEIGH,
    {"region": "nc", "postal_code": "27601-1234"},
    {"region": "DC", "postal_code": "20001"},
    {"region": "PR", "postal_code": "00601"},           # territories have ZIP codes and 911 service
    {"region": "GU", "postal_code": "96910"},
    {"region": "MA", "postal_code": "02134"},           # a leading zero stays
    {"country": "CA", "region": "QC", "postal_code": "h3b2y5"},
    {"country": "ca", "region": "on", "postal_code": "K1A 0B1"},
])
def test_real_addresses_pass(values):
    address.check(address.normalise(values))


@pytest.mark.parametrize("values, field, words", [
    ({"region": "XX", "postal_code": "27601"}, "region", "'XX' is not a US state or territory code"),
    ({"region": "North Carolina", "postal_code": "27601"}, "region", "did you mean NC?"),
    ({"region": "AA", "postal_code": "09001"}, "region", "'AA' is not a US state"),
    ({"region": "ON", "postal_code": "27601"}, "region", "set country: CA"),
    ({"country": "CA", "region": "NC", "postal_code": "K1A 0B1"}, "region", "set country: US"),
    ({"region": "CA", "postal_code": "27601"}, "postal_code", "ZIP code 27601 is in Raleigh, NC, not in CA (region)"),
    ({"region": "NC", "postal_code": "00000"}, "postal_code", "ZIP code 00000 is not a known ZIP code"),
    ({"region": "NC", "postal_code": "99999"}, "postal_code", "upgrade zipcodes"),
    ({"region": "NC", "postal_code": "2760"}, "postal_code", "'2760' is not a US ZIP code; write 12345 or 12345-6789"),
    ({"region": "NC", "postal_code": "27601-12"}, "postal_code", "is not a US ZIP code"),
    ({"country": "CA", "region": "ON", "postal_code": "27601"}, "postal_code", "is not a Canadian postal code"),
    ({"country": "CA", "region": "ON", "postal_code": "D1A 0B1"}, "postal_code", "A1A 1A1"),  # no D in postal codes
    ({"country": "MX", "region": "NL"}, "country", "'MX' is not supported; use US or CA"),
])
def test_wrong_places_are_refused_naming_the_option(values, field, words):
    error = refused(values)
    assert error.field == field and words in error.message, error.message


def test_a_carrier_limited_to_the_us_says_so():
    error = refused({"region": "ON", "postal_code": "K1A 0B1"}, countries=("US",), provider="questblue")
    assert error.field == "region" and "E911 addresses at questblue must be in US" in error.message
    error = refused({"country": "CA", "region": "ON"}, countries=("US",), provider="questblue")
    assert error.message == "country: 'CA' is not supported at questblue; use US"


def test_a_retired_zip_code_is_refused(monkeypatch):
    monkeypatch.setattr(address, "zip_states", lambda zipcodes: {RALEIGH["postal_code"]: []})
    assert "no longer in use" in refused(RALEIGH).message


def test_the_zip_index_is_derived_once_per_zipcodes_version(monkeypatch, tmp_path):
    zipcodes = pytest.importorskip("zipcodes")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calls = []

    class Library:
        __version__ = "9.9.9"

        @staticmethod
        def list_all():
            calls.append(1)
            return [{"zip_code": "27601", "state": "NC", "active": True},
                    {"zip_code": "00001", "state": "NY", "active": False}]
    assert address.zip_states(Library) == {"27601": ["NC"], "00001": []}
    assert address.zip_states(Library) == {"27601": ["NC"], "00001": []}
    assert len(calls) == 1
    assert (tmp_path / "voip.carrier" / "zipcodes" / "zip-states-9.9.9.json").exists()
    # the real data agrees with the library's own look-up
    assert address.zip_states(zipcodes)["27601"] == ["NC"]


def test_missing_parts_are_left_to_the_required_check():
    address.check({})
    address.check({"region": "NC"})


def test_normalise_only_spells():
    assert address.normalise({"region": " nc ", "postal_code": " h3b  2y5 ", "country": "ca", "city": "x"}) == \
        {"region": "NC", "postal_code": "H3B 2Y5", "country": "CA", "city": "x"}
    assert address.normalise({"postal_code": "27601"}) == {"postal_code": "27601"}
    assert address.normalise({"region": None}) == {"region": None}


VOIPMS_LIKE = ("Apartment", "Suite", "Floor", "Hanger")


@pytest.mark.parametrize("typed, sent", [
    ("Suite", "Suite"), ("suite", "Suite"), ("STE", "Suite"), ("ste.", "Suite"), ("APT", "Apartment"),
    ("Fl", "Floor"), ("HNGR", "Hanger"), ("hangar", "Hanger"), ("Castle", None), ("BSMT", None), ("", None),
])
def test_unit_types_map_to_the_carriers_words(typed, sent):
    assert address.unit_type(typed, VOIPMS_LIKE, {"hangar": "Hanger"}) == sent


def test_usps_designators_are_the_24_of_publication_28():
    assert len(address.USPS_UNIT_DESIGNATORS) == 24 and address.USPS_UNIT_DESIGNATORS["STE"] == "Suite"


@pytest.mark.parametrize("library", ["pycountry", "zipcodes"])
def test_a_missing_library_is_reported_not_a_traceback(monkeypatch, library):
    monkeypatch.setitem(sys.modules, library, None)  # import fails with ImportError
    with pytest.raises(VoipCarrierError) as info:
        address.check({"region": "NC", "postal_code": "27601"})
    assert "Failed to import the required Python library (%s)" % library in info.value.message
    assert "to check emergency (E911) addresses" in info.value.message
