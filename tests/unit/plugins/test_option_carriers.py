"""The modules' docs say which carriers support each option, as the drivers declare it
(tests/tools/option_carriers.py writes it), and their EXAMPLES show every carrier."""

import ast
import importlib.util
import os
import shutil

import pytest
import yaml

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue import QuestBlueClient
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms import VoipmsClient

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CONNECTION = {"provider": None, "api_username": "user", "api_password": "Secret123", "api_key": "key",
              "api_url": "http://127.0.0.1:9", "timeout": 5}


def _load_tool():
    spec = importlib.util.spec_from_file_location("option_carriers", os.path.join(REPO, "tests", "tools",
                                                                                  "option_carriers.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _load_tool()
DRIVERS = TOOL.drivers()


def _doc_string(path, name):
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) == name for target in node.targets):
            return node.value.value
    raise AssertionError("%s has no %s" % (path, name))


def _module_path(name):
    return os.path.join(TOOL.MODULES, name + ".py")


def _marker(text, option):
    doc = yaml.safe_load(TOOL.documentation(text).group(2))
    return doc["options"][option]["description"][-1]


# ---- the docs are up to date -----------------------------------------------------------------------

def test_committed_module_docs_match_the_drivers():
    stale = TOOL.run(check=True)
    assert not stale, ("the carrier markers of %s are stale: regenerate them with "
                       "python tests/tools/option_carriers.py" % ", ".join(stale))


def test_every_option_of_every_module_names_its_carriers():
    for path in TOOL.module_paths() + [TOOL.FRAGMENT]:
        doc = yaml.safe_load(_doc_string(path, "DOCUMENTATION")) if path != TOOL.FRAGMENT else \
            yaml.safe_load(TOOL.documentation(open(path, encoding="utf-8").read()).group(2))
        for option, spec in doc["options"].items():
            assert spec["description"][-1].startswith("Supported by: "), (path, option)


def test_every_module_notes_its_carrier_support_and_the_matrix_page():
    for path in TOOL.module_paths():
        notes = yaml.safe_load(_doc_string(path, "DOCUMENTATION"))["notes"]
        assert notes[-2].startswith("Carrier support: ") and notes[-1] == TOOL.MATRIX_NOTE, path


# ---- the check finds a wrong marker, and the rewrite fixes only that -------------------------------

def test_a_wrong_marker_is_flagged_and_rewritten(tmp_path, monkeypatch):
    modules = tmp_path / "modules"
    shutil.copytree(TOOL.MODULES, modules)
    monkeypatch.setattr(TOOL, "MODULES", str(modules))
    did = modules / "did.py"
    right = did.read_text(encoding="utf-8")
    wrong_marker = "Supported by: all carriers (QuestBlue, VoIP.ms)."
    assert _marker(right, "routing") != wrong_marker
    wrong = right.replace('"%s"' % _marker(right, "routing"), '"%s"' % wrong_marker, 1)
    assert wrong != right
    did.write_text(wrong, encoding="utf-8")

    assert TOOL.run(check=True) == [os.path.relpath(str(did), TOOL.REPO)]
    assert did.read_text(encoding="utf-8") == wrong, "--check must not write"
    TOOL.run(check=False)
    assert did.read_text(encoding="utf-8") == right
    assert TOOL.run(check=True) == []


def test_a_missing_marker_or_note_is_added_back():
    path = _module_path("sms_config")
    right = open(path, encoding="utf-8").read()
    marker = _marker(right, "forward_to")
    without = right.replace('\n      - "%s"' % marker, "", 1)
    without = without.replace('  - "%s"\n' % TOOL.MATRIX_NOTE, "", 1)
    assert without != right
    assert TOOL.expected(path, without, DRIVERS) == right


def test_the_rewrite_leaves_examples_and_return_alone():
    path = _module_path("e911")
    text = open(path, encoding="utf-8").read()
    changed = text.replace("Supported by: VoIP.ms only", "Supported by: QuestBlue only", 1)
    fixed = TOOL.expected(path, changed, DRIVERS)
    assert fixed == text
    assert fixed[fixed.index('EXAMPLES = r"""'):] == changed[changed.index('EXAMPLES = r"""'):]


def test_markers_follow_the_declarations(monkeypatch):
    """A field a driver declares is said to be supported there; one it drops is said to fail."""
    did = TOOL.ModuleSource(_module_path("did"))
    qb_did = DRIVERS["questblue"].adapters["did"]
    monkeypatch.setattr(qb_did, "fields", qb_did.fields | {"routing"})
    assert TOOL.Support(did, DRIVERS).marker("routing", ["routing"]) == \
        "Supported by: QuestBlue, VoIP.ms (VoiceMeUp and VoIP Innovations fail before any request)."
    vmu_did = DRIVERS["voicemeup"].adapters["did"]
    monkeypatch.setattr(vmu_did, "fields", vmu_did.fields | {"routing"})
    assert TOOL.Support(did, DRIVERS).marker("routing", ["routing"]) == \
        "Supported by: QuestBlue, VoiceMeUp, VoIP.ms (VoIP Innovations fails before any request)."
    vi_did = DRIVERS["voipinnovations"].adapters["did"]
    monkeypatch.setattr(vi_did, "fields", vi_did.fields | {"routing"})
    assert TOOL.Support(did, DRIVERS).marker("routing", ["routing"]) == \
        "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    monkeypatch.setattr(qb_did, "fields", qb_did.fields - {"cnam"})
    monkeypatch.setattr(vi_did, "fields", vi_did.fields - {"cnam"})
    assert TOOL.Support(did, DRIVERS).marker("cnam", ["cnam"]) == \
        "Supported by: VoIP.ms only (QuestBlue, VoiceMeUp and VoIP Innovations fail before any request)."
    # The three carriers whose lnp_request adapters this assertion was written for.
    three = {provider: driver for provider, driver in DRIVERS.items() if provider != "voipinnovations"}
    lnp = TOOL.Support(TOOL.ModuleSource(_module_path("lnp_request")), three)
    assert lnp.marker("state", ["state"]) == ("Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP.ms); V(absent) at "
                                              "QuestBlue only (VoiceMeUp and VoIP.ms fail before any request).")
    search = TOOL.Support(TOOL.ModuleSource(_module_path("available_did_info")), DRIVERS)
    monkeypatch.setattr(DRIVERS["voipms"].adapters["did"], "search_criteria", frozenset(("type", "region")))
    assert search.marker("npa", ["npa"]) == \
        "Supported by: QuestBlue, VoiceMeUp, VoIP Innovations (VoIP.ms fails before any request)."
    assert search.marker("region", ["region"]) == \
        "Supported by: QuestBlue, VoIP Innovations, VoIP.ms (VoiceMeUp fails before any request)."


def test_an_option_nothing_declares_is_refused():
    support = TOOL.Support(TOOL.ModuleSource(_module_path("did")), DRIVERS)
    with pytest.raises(ValueError, match="classify it in NOT_FIELDS"):
        support.marker("brand_new_option", ["brand_new_option"])
    with pytest.raises(ValueError, match="classify it in CONNECTION"):
        TOOL.connection_marker("brand_new_connection_option", DRIVERS)


# ---- the search criteria declaration is what the drivers enforce ----------------------------------

@pytest.mark.parametrize("client_class", [QuestBlueClient, VoipmsClient])
def test_undeclared_search_criteria_fail_before_any_request(client_class):
    """Every criterion available_did_info passes that a driver does not declare fails, naming the
    option, before any request: the docs generated from ``search_criteria`` cannot overstate it."""
    source = TOOL.ModuleSource(_module_path("available_did_info"))
    client = client_class(dict(CONNECTION, provider=client_class.name))
    adapter = client.resource("did")
    undeclared = sorted(set(source.criteria.values()) - adapter.search_criteria)
    assert client_class is QuestBlueClient or undeclared == ["tier", "zip"]
    for criterion in undeclared:
        with pytest.raises(ValidationError) as raised:
            adapter.search({"type": "local", "region": "FL", criterion: "1b" if criterion == "tier" else "33101"})
        assert raised.value.field == criterion
    assert client.log.as_dict()["total"] == 0


def test_voipms_refusals_keep_their_reasons():
    adapter = VoipmsClient(dict(CONNECTION, provider="voipms")).resource("did")
    with pytest.raises(ValidationError, match="no service tiers"):
        adapter.search({"type": "local", "tier": "1"})
    with pytest.raises(ValidationError, match="cannot search by ZIP code"):
        adapter.search({"type": "local", "zip": "33101"})


# ---- EXAMPLES: every carrier, module_defaults, and only options that carrier supports ----------------

def _example_tasks(examples):
    """(task, provider) for every task of the EXAMPLES, plays included; and the number of plays
    whose module_defaults name group/voip.carrier.all."""
    tasks, plays = [], 0
    for entry in examples:
        if "hosts" in entry:
            defaults = (entry.get("module_defaults") or {}).get("group/voip.carrier.all")
            plays += defaults is not None
            tasks += [(task, (defaults or {}).get("provider")) for task in entry.get("tasks", [])]
        else:
            tasks.append((entry, None))
    found = []
    for task, default_provider in tasks:
        for key, args in task.items():
            if key.startswith("voip.carrier."):
                args = args or {}
                found.append((key.split(".")[-1], args, args.get("provider", default_provider)))
    return found, plays


def _option_carriers(module, option):
    path = _module_path(module)
    doc = yaml.safe_load(_doc_string(path, "DOCUMENTATION"))
    if option in TOOL.CONNECTION:
        return TOOL.connection_carriers(option, DRIVERS)
    aliases = {alias: name for name, spec in doc["options"].items() for alias in spec.get("aliases", [])}
    option = aliases.get(option, option)
    assert option in doc["options"], "%s has no option %s" % (module, option)
    return TOOL.Support(TOOL.ModuleSource(path), DRIVERS).carriers(option)


def test_examples_show_every_carrier_and_module_defaults():
    counts = {}
    for path in TOOL.module_paths():
        module = os.path.basename(path)[:-3]
        tasks, plays = _example_tasks(yaml.safe_load(_doc_string(path, "EXAMPLES")))
        assert plays >= 1, "%s: no play with module_defaults: group/voip.carrier.all" % module
        own = [provider for name, _args, provider in tasks if name == module]
        # Every carrier the module works at (not VoIP Innovations for lnp_request: read only there).
        serving = TOOL.Support(TOOL.ModuleSource(path), DRIVERS).adapters
        counts[module] = {provider: own.count(provider) for provider in serving}
        assert all(counts[module].values()), "%s: examples per carrier %s" % (module, counts[module])


def test_examples_use_only_options_their_carrier_supports():
    for path in TOOL.module_paths():
        tasks, _plays = _example_tasks(yaml.safe_load(_doc_string(path, "EXAMPLES")))
        for module, args, provider in tasks:
            assert provider in DRIVERS, "%s: a %s example names no provider" % (os.path.basename(path), module)
            for option in args:
                if option == "provider":
                    continue
                assert provider in _option_carriers(module, option), "%s: a %s example sets %s, which %s does not " \
                    "support" % (os.path.basename(path), module, option, provider)
            if "state" in args:
                resource = TOOL.ModuleSource(_module_path(module)).resource
                assert args["state"] in DRIVERS[provider].adapters[resource].states, (path, module, args)


# ---- did_bulk: its item options are did's, sms_config's and e911's, at the same carriers ---------

def _walk_markers(options, path=""):
    for name, option in options.items():
        yield path + name, option["description"][-1]
        if "suboptions" in option and name not in ("failover",):
            inner = path + name + ("[]." if option.get("type") == "list" else ".")
            yield from _walk_markers(option["suboptions"], inner)


def test_did_bulk_item_markers_are_the_drivers_declarations():
    """Every item option of did_bulk (copied by bulk_docs.py from the single modules' docs) carries
    the marker the adapter of its part computes, so the copy cannot keep a stale marker."""
    text = open(_module_path("did_bulk"), encoding="utf-8").read()
    options = yaml.safe_load(TOOL.documentation(text).group(2))["options"]
    texts = {_module_path(module): open(_module_path(module), encoding="utf-8").read()
             for module, _prefix in TOOL.BULK_PARTS}
    parts = {support.prefix: (support, names) for support, names in TOOL.bulk_parts(DRIVERS, texts)}
    checked = 0
    for path, marker in _walk_markers(options["numbers"]["suboptions"], "numbers[]."):
        prefix, _dot, name = path.rpartition(".")
        if (prefix + ".") not in parts or name in ("sms", "e911", "number"):
            continue
        support, names = parts[prefix + "."]
        assert marker == support.marker(name, names), path
        checked += 1
    assert checked > 30


def test_did_bulk_top_level_options_are_the_modules_own():
    support = TOOL.Support(TOOL.ModuleSource(_module_path("did_bulk")), DRIVERS)
    for option in ("numbers", "defaults", "purge", "max_releases", "workers", "update_write_only"):
        assert support.marker(option, [option]) == \
            "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms).", option
    with pytest.raises(ValueError, match="classify it in NOT_FIELDS"):
        support.marker("brand_new_option", ["brand_new_option"])


def test_did_bulk_note_names_item_options_by_their_path(monkeypatch):
    texts = {_module_path(module): open(_module_path(module), encoding="utf-8").read()
             for module, _prefix in TOOL.BULK_PARTS}
    note = TOOL.bulk_note(DRIVERS, texts)
    assert note.startswith("Carrier support: QuestBlue, VoiceMeUp, VoIP Innovations and VoIP.ms with "
                           "O(numbers[].state=present)")
    assert "O(numbers[].tier)" in note and "O(numbers[].sms.xmpp_name)" in note and "O(numbers[].e911.country)" in note
    assert "O(tier)" not in note
    # A declaration change reaches the note: QuestBlue dropping a number's description.
    qb_did = DRIVERS["questblue"].adapters["did"]
    monkeypatch.setattr(qb_did, "fields", qb_did.fields - {"description"})
    changed = TOOL.bulk_note(DRIVERS, texts)
    assert "O(numbers[].description)" not in note
    assert "Only at VoiceMeUp, VoIP Innovations and VoIP.ms: O(numbers[].description)" in changed


def test_a_stale_did_marker_makes_did_bulk_stale_too(tmp_path, monkeypatch):
    """option_carriers.py rewrites did.py, then did_bulk's copy of it, in one run."""
    modules = tmp_path / "modules"
    shutil.copytree(TOOL.MODULES, modules)
    monkeypatch.setattr(TOOL, "MODULES", str(modules))
    right = {name: (modules / name).read_text(encoding="utf-8") for name in ("did.py", "did_bulk.py")}
    wrong_marker = "Supported by: all carriers (QuestBlue, VoIP.ms)."
    routing = _marker(right["did.py"], "routing")
    for name in right:
        (modules / name).write_text(right[name].replace('"%s"' % routing, '"%s"' % wrong_marker), encoding="utf-8")
    stale = TOOL.run(check=True)
    assert {os.path.basename(path) for path in stale} == {"did.py", "did_bulk.py"}
    TOOL.run(check=False)
    for name, text in right.items():
        assert (modules / name).read_text(encoding="utf-8") == text, name
