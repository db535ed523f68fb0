"""voip.carrier.e911 against the emulated VoIP Innovations SOAP API (query911, validate911, insert911,
update911, remove911), through real ansible-playbook runs; several tasks per playbook. The emulator's
request log is the witness for "validate911 before every write", "no write", "no request" and "no schema
failure"; its clock moves a new location from GEOCODED to PROVISIONED (60 s)."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

import pytest

from conftest import REPO_ROOT
from helpers import play, task

sys.path.insert(0, str(REPO_ROOT / "tests" / "tools"))
from return_keys import return_doc, undocumented  # noqa: E402  pylint: disable=wrong-import-position

CARRIER = "voipinnovations"
FREE = "+12125550101"                   # a demo DID without a location
DALLAS, CHICAGO, MIAMI = "+12145550120", "+13125550110", "+13055550140"   # seeded: PROVISIONED, PROVISIONED, INVALID
SECRET = "vi-demo-secret-2026"
RALEIGH = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "unit_type": "Suite",
           "unit_number": "200", "city": "Raleigh", "region": "NC", "postal_code": "27601"}
DURHAM = {"name": "ACME Corp", "street_number": "5", "street_name": "Oak Avenue", "city": "Durham", "region": "NC",
          "postal_code": "27701"}
NOWHERE = {**RALEIGH, "street_number": "999", "street_name": "Nowhere Rd"}
MIAMI_AS_SEEDED = {"name": "ACME Miami", "street_number": "1", "street_name": "Nowhere Blvd", "city": "Miami",
                   "region": "FL", "postal_code": "33133"}
E911_RETURN = return_doc(REPO_ROOT / "plugins" / "modules" / "e911.py")


@pytest.fixture
def vi(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vi_creds(vi):
    return vi.credentials(CARRIER)


def calls(emulator, since, writes_only=False):
    """The operations since ``since``; asserts every request was schema-valid SOAP."""
    found = []
    for entry in emulator.requests(CARRIER, since=since):
        mark = entry["soap"]
        assert mark["fault"] is None and mark["unknown_elements"] == [], mark
        if entry["write"] or not writes_only:
            found.append(mark["operation"])
    return found


def location(emulator, e164):
    return emulator.state(CARRIER)["accounts"]["demo-vi"]["e911"]["locations"].get(e164[2:])


def body_of(emulator, since, operation):
    """{element: text} of the first ``operation`` request since ``since`` (login and secret left out)."""
    entry = next(e for e in emulator.requests(CARRIER, since=since) if e["soap"]["operation"] == operation)
    element = ET.fromstring(entry["body"]).find("{http://schemas.xmlsoap.org/soap/envelope/}Body")[0]
    params = {child.tag.split("}")[1]: child.text or "" for child in element}
    return {k: v for k, v in params.items() if k not in ("login", "secret")}


def failing(title, **options):
    return dict(task("e911", title, **options), ignore_errors=True)


def test_create_idempotence_update_invalid_and_absent_then_geocoding(vi, vi_creds, run_playbook):
    plays = play(
        task("e911", "create", number=FREE, **RALEIGH),
        task("e911", "again", number=FREE, **{**RALEIGH, "street_name": "MAIN ST", "city": "raleigh", "unit_type": "ste"}),
        task("e911", "move", number=FREE, unit_type="", **DURHAM),
        failing("unknown address", number=FREE, **NOWHERE),
        task("e911", "remove", number=DALLAS, state="absent"),
        task("e911", "remove again", number=DALLAS, state="absent"),
        creds=vi_creds, name=CARRIER)
    mark = vi.last_seq()
    res = run_playbook(plays, diff=True, verbosity=4)
    created = res.task("create")["result"]
    assert created["changed"] is True and created["e911"] == {
        "number": FREE, "name": "ACME Corp", "street_number": "100", "street_name": "MAIN ST", "unit_type": "STE",
        "unit_number": "200", "city": "RALEIGH", "region": "NC", "postal_code": "27601", "country": "US",
        "status": "GEOCODED", "provider": CARRIER}
    assert body_of(vi, mark, "insert911") == {"did": "2125550101", "address1": "100 Main St", "address2": "STE 200",
                                              "city": "Raleigh", "state": "NC", "zip": "27601", "plusFour": "",
                                              "callerName": "ACME Corp"}
    assert res.task("again")["result"]["changed"] is False
    moved = res.task("move")["result"]
    assert moved["changed"] is True and moved["e911"]["street_name"] == "OAK AVENUE"
    assert moved["diff"]["before"]["city"] == "RALEIGH"
    assert (moved["e911"]["unit_type"], moved["e911"]["unit_number"]) == ("", "")     # unit_type "" removes the unit
    refused = res.task("unknown address")
    assert refused["failed"] and refused["result"]["carrier_code"] == 101
    assert refused["result"]["request"] == "validate911" and "999 Nowhere Rd, STE 200, Raleigh NC 27601" in refused["msg"]
    assert "street_number, street_name" in refused["msg"] and "keeps the location it has" in refused["msg"]
    assert res.task("remove")["result"]["changed"] is True and res.task("remove again")["result"]["changed"] is False
    # validate911 before each write; the repeats and the refused address wrote nothing
    assert calls(vi, mark) == ["query911", "validate911", "insert911", "query911",     # create
                               "query911",                                             # again
                               "query911", "validate911", "update911", "query911",     # move
                               "query911", "validate911",                              # unknown address
                               "query911", "remove911", "query911"]                    # remove, remove again
    stored = location(vi, FREE)
    assert (stored["address1"], stored["city"], stored["statusCode"]) == ("5 OAK AVENUE", "DURHAM", "GEOCODED")
    assert location(vi, DALLAS) is None
    for record in res.results:
        assert undocumented(E911_RETURN, record["result"]) == [], record["name"]
    res.assert_no_secrets(SECRET)

    vi.advance_clock(60)
    later = play(task("e911", "after geocoding", number=FREE, **DURHAM),
                 task("e911", "resend", number=FREE, resend_address=True, **DURHAM),
                 creds=vi_creds, name=CARRIER)
    mark = vi.last_seq()
    res = run_playbook(later).assert_ok(changed=True)
    geocoded = res.task("after geocoding")["result"]
    assert geocoded["changed"] is False and geocoded["e911"]["status"] == "PROVISIONED"
    resent = res.task("resend")["result"]
    assert resent["changed"] is True and resent["e911"]["status"] == "GEOCODED"
    assert calls(vi, mark) == ["query911", "query911", "validate911", "update911", "query911"]


def test_check_mode_only_validates(vi, vi_creds, run_playbook):
    plays = play(task("e911", "create", number=FREE, **RALEIGH),
                 task("e911", "change", number=DALLAS, **DURHAM),
                 task("e911", "remove", number=CHICAGO, state="absent"),
                 task("e911", "invalid as it is", number=MIAMI, **MIAMI_AS_SEEDED),
                 creds=vi_creds, name=CARRIER)
    mark = vi.last_seq()
    res = run_playbook(plays, check=True).assert_ok(changed=True)
    assert all(res.task(name)["result"]["changed"] for name in ("create", "change", "remove"))
    invalid = res.task("invalid as it is")["result"]
    assert invalid["changed"] is False and invalid["e911"]["status"] == "INVALID"
    assert any("INVALID" in warning for warning in invalid.get("warnings", [])), invalid
    assert calls(vi, mark) == ["query911", "validate911", "query911", "validate911", "query911", "query911"]
    assert location(vi, FREE) is None and location(vi, DALLAS)["address1"] == "1500 MARILLA ST"
    assert location(vi, CHICAGO) is not None


def test_bad_input_fails_before_any_request(vi, vi_creds, run_playbook):
    cases = {
        "canadian": ({"country": "CA", "region": "ON", "postal_code": "M5V 2T6"}, "country", "use US"),
        "unit type": ({"unit_type": "Cabin"}, "unit_type", "USPS unit designator"),
        "house number in two words": ({"street_number": "100 1/2"}, "street_number", "one word"),
        "zip in another state": ({"postal_code": "75201"}, "postal_code", "not in NC"),
        "language": ({"language": "EN"}, "language", "voipinnovations does not support"),
    }
    tasks = [failing(name, number=FREE, **dict(RALEIGH, **options)) for name, (options, _f, _w) in cases.items()]
    mark = vi.last_seq()
    res = run_playbook(play(*tasks, creds=vi_creds, name=CARRIER), check=True)
    for name, (_options, field, words) in cases.items():
        record = res.task(name)
        assert record["failed"] and record["result"]["field"] == field and words in record["msg"], record
    assert vi.requests(CARRIER, since=mark) == []
