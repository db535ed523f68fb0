"""did_bulk's item options are documented as the single modules document them
(tests/tools/bulk_docs.py copies them): the committed docs are up to date, a change in did.py's
docs makes them stale, references point into did_bulk, and the copy is the argument spec."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
TOOL_PATH = REPO / "tests" / "tools" / "bulk_docs.py"
_SPEC = importlib.util.spec_from_file_location("bulk_docs", TOOL_PATH)
bulk_docs = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bulk_docs)

MARKERS = {"sms": "Supported by: all carriers (QuestBlue, VoIP.ms).",
           "e911": "Supported by: all carriers (QuestBlue, VoIP.ms)."}


def _text(module):
    return (REPO / "plugins" / "modules" / (module + ".py")).read_text(encoding="utf-8")


def _options(text):
    return yaml.safe_load(bulk_docs.doc_string(text))["options"]


def test_check_passes_on_the_committed_docs():
    run = subprocess.run([sys.executable, str(TOOL_PATH), "--check"], capture_output=True, text=True, check=False)
    assert run.returncode == 0, "did_bulk.py is stale, run python tests/tools/bulk_docs.py:\n" + run.stdout + run.stderr


def test_a_changed_did_description_makes_did_bulk_stale():
    sources = bulk_docs.read_sources()
    sources["did"] = sources["did"].replace("A note on the number", "A short note on the number", 1)
    text = _text("did_bulk")
    new = bulk_docs.expected(text, sources=sources, markers=MARKERS)
    assert new != text
    options = _options(new)
    for block in ("numbers", "defaults"):
        assert options[block]["suboptions"]["description"]["description"][0].startswith("A short note")
    # Nothing outside the two blocks moved.
    assert new[new.index('EXAMPLES = r"""'):] == text[text.index('EXAMPLES = r"""'):]


def test_references_point_into_did_bulk():
    options = _options(_text("did_bulk"))
    numbers, defaults = options["numbers"]["suboptions"], options["defaults"]["suboptions"]
    assert "O(numbers[].trunk)" in " ".join(numbers["routing"]["description"])
    assert "O(defaults.trunk)" in " ".join(defaults["routing"]["description"])
    assert "O(numbers[].failover.minutes)" in numbers["failover"]["suboptions"]["calls"]["description"][0]
    assert "O(numbers[].e911.state=present)" in numbers["e911"]["suboptions"]["city"]["description"][0]
    assert "O(defaults.sms.xmpp_password)" in defaults["sms"]["suboptions"]["xmpp_name"]["description"][0]
    # did_bulk's own update_write_only and return values keep their place.
    assert "O(update_write_only)" in numbers["forward_to"]["description"][1]
    assert "RV(numbers[].not_compared)" in " ".join(numbers["record_calls"]["description"])


def test_an_unknown_reference_is_refused():
    refs = bulk_docs.References(["tier"], "numbers[].", "numbers[].")
    assert refs("see O(tier=1b) and O(update_write_only=always)") == \
        "see O(numbers[].tier=1b) and O(update_write_only=always)"
    with pytest.raises(ValueError, match="not an option of the copied module"):
        refs("see O(brand_new)")
    with pytest.raises(ValueError, match="no return value of did_bulk"):
        refs("see RV(did.status)")


def test_bulk_only_options_have_no_default_and_say_what_applies():
    options = _options(_text("did_bulk"))
    numbers = options["numbers"]["suboptions"]
    for option in (numbers["state"], numbers["sms"]["suboptions"]["state"], numbers["e911"]["suboptions"]["state"],
                   numbers["e911"]["suboptions"]["resend_address"]):
        assert "default" not in option
        assert option["description"][-1].startswith("Supported by: ")
    assert any("present when unset" in item or "V(present) when" in item for item in numbers["state"]["description"])
    resend = " ".join(numbers["e911"]["suboptions"]["resend_address"]["description"])
    assert "O(defaults.e911.resend_address)" in resend and "V(false)" in resend
    assert "number" not in options["defaults"]["suboptions"]


def test_a_copy_that_differs_from_the_argument_spec_is_refused(monkeypatch):
    sources = bulk_docs.read_sources()
    # did.py documenting a choice the shared option spec does not have.
    sources["did"] = sources["did"].replace("choices: [per_minute, flat]", "choices: [per_minute, flat, free]", 1)
    with pytest.raises(ValueError, match="billing_type"):
        bulk_docs.expected(_text("did_bulk"), sources=sources, markers=MARKERS)


def test_markers_are_needed_to_place_a_block():
    text = _text("did_bulk").replace(bulk_docs.END % "defaults", "", 1)
    with pytest.raises(ValueError, match="marker comments for defaults"):
        bulk_docs.expected(text, markers=MARKERS)
