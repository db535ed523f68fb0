"""Write, into every module's DOCUMENTATION, which carriers support each option, computed from the
drivers' declarations (the adapters' ``fields``, ``states``, ``write_only``, ``updatable`` and
``search_criteria``, the clients' ``credentials``, ``default_url`` and ``rate_limits``), the way
tests/tools/support_matrix.py computes docs/support-matrix.md.

    python tests/tools/option_carriers.py           rewrite the docs that are stale
    python tests/tools/option_carriers.py --check   list them and exit 1, write nothing

What it owns, and rewrites in place (nothing else in a file is touched):
- the last item of every top-level option's description, ``"Supported by: ..."`` (a description
  written as one string becomes a list the first time);
- two items of the module's ``notes``: ``"Carrier support: ..."`` and ``"The full support matrix ..."``;
- in plugins/doc_fragments/connection.py, the marker of each connection option.

Other helpers edit other parts of the same files (RETURN, EXAMPLES) at the same time, so a file is
read, changed and written back at once, and a rewrite is checked by parsing the new DOCUMENTATION:
it must equal the old one but for the owned items, or nothing is written.

An option that is neither a field of the module's resource nor ``state``/``update_write_only`` must be
classified in NOT_FIELDS: a new option cannot get a marker that nothing computed.

voip.carrier.did_bulk (BulkEngine) takes the options of did, sms_config and e911 in every item of its
``numbers`` (and ``defaults``): its own top-level options are the module's (every carrier of the did
resource), its note lists the item options by their path (O(numbers[].tier)) from the Support of those
three modules, and its item options are copied with their markers from the three modules' docs by
tests/tools/bulk_docs.py, which this tool runs on did_bulk after it has rewritten those three.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import sys
import tempfile
import textwrap

import yaml

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODULES = os.path.join(REPO, "plugins", "modules")
FRAGMENT = os.path.join(REPO, "plugins", "doc_fragments", "connection.py")

# How the docs spell each provider key (the drivers know only the key).
TITLES = {"questblue": "QuestBlue", "voicemeup": "VoiceMeUp", "voipinnovations": "VoIP Innovations", "voipms": "VoIP.ms"}

MARKER = "Supported by: "
NOTE_PREFIXES = ("Carrier support: ", "The full support matrix")
# The docs site page (docs/docsite/rst/support-matrix.rst) by its label: a link there, its title in ansible-doc.
MATRIX_NOTE = ("The full support matrix (every module, option, state and carrier) is the "
               "R(Support matrix,ansible_collections.voip.carrier.docsite.support_matrix) page of the collection's "
               "documentation.")
WIDTH = 120  # the longest line a marker is wrapped to (the files' limit is 160)

# Options that are not fields of the module's resource model: what decides which carriers take them.
#   read     the module looks the record up with the adapter's ``read``
#   list     a parameter of the adapter's ``list`` (did_info's pattern)
#   module   handled by the module or the engine for every carrier that supports the module
#   resend   like update_write_only=always: it has an effect only where something is write-only
#   lookup   the carriers whose adapter has a number lookup (``lookup``: lnp_request_info's charged one)
# Search criteria (available_did_info) are found in the module's ``criteria`` dict and checked
# against each adapter's ``search_criteria``.
NOT_FIELDS = {
    "did_info": {"number": "read", "pattern": "list", "include": "snapshot"},
    "sip_trunk_info": {"name": "read"},
    "lnp_request_info": {"numbers": "read", "lookup": "lookup"},
    "available_did_info": {"limit": "module"},
    "e911": {"resend_address": "resend"},
    "lnp_request": {"wait_for": "module", "wait_timeout": "module", "wait_interval": "module"},
    # The bulk engine converges every item with the adapters of did, sms_config and e911.
    "did_bulk": {"numbers": "module", "defaults": "module", "purge": "module", "max_releases": "module",
                 "workers": "module", "update_write_only": "module"},
}

# did_bulk: the module whose options each part of an item takes, and where the part's options are.
BULK_MODULE = "did_bulk"
BULK_PARTS = (("did", "numbers[]."), ("sms_config", "numbers[].sms."), ("e911", "numbers[].e911."))
# Options of those modules that are not options of an item part (the item key, did_bulk's own).
BULK_NOT_ITEM = ("number", "update_write_only")

# The connection options (doc fragment), all handled by the drivers' common base client but for
# the credentials (each client's ``credentials``) and what each client declares as its defaults.
CONNECTION = {"provider": "all", "api_username": "credential", "api_password": "credential",
              "api_key": "credential", "api_url": "url", "validate_certs": "all", "timeout": "all",
              "rate_limit": "rate_limit", "rate_limit_max_wait": "all"}


def _import_collection():
    try:
        import ansible_collections.voip.carrier  # noqa: F401  pylint: disable=unused-import
    except ImportError:
        root = tempfile.mkdtemp(prefix="voip-carrier-options-")
        os.makedirs(os.path.join(root, "ansible_collections", "voip"))
        os.symlink(REPO, os.path.join(root, "ansible_collections", "voip", "carrier"))
        sys.path.insert(0, root)


def drivers():
    """provider key -> driver client class, in the order of the ``provider`` choices."""
    _import_collection()
    from ansible_collections.voip.carrier.plugins.module_utils.connection import PROVIDERS
    from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class
    missing = [provider for provider in PROVIDERS if provider not in TITLES]
    if missing:
        raise SystemExit("option_carriers.py: add the spelling of %s to TITLES" % ", ".join(missing))
    return {provider: driver_class(provider) for provider in PROVIDERS}


# ---- words -------------------------------------------------------------------------------------

def titles(providers):
    return [TITLES[provider] for provider in providers]


def and_list(words):
    words = list(words)
    return words[0] if len(words) == 1 else "%s and %s" % (", ".join(words[:-1]), words[-1])


def options_list(names, prefix=""):
    return ", ".join("O(%s%s)" % (prefix, name) for name in names)


def supported_by(carriers, every, refusal):
    """``all carriers (A, B)`` / ``A only (B fails before any request)`` / ``A, B (C fails ...)``."""
    if not carriers:
        raise ValueError("no carrier supports it")
    if list(carriers) == list(every):
        return "all carriers (%s)" % ", ".join(titles(carriers))
    others = [provider for provider in every if provider not in carriers]
    verb = refusal if len(others) == 1 else refusal.replace("fails", "fail").replace("ignores", "ignore")
    lead = "%s only" % TITLES[carriers[0]] if len(carriers) == 1 else ", ".join(titles(carriers))
    return "%s (%s %s)" % (lead, and_list(titles(others)), verb)


def by_value(per_carrier):
    """{carrier: value} -> [(value, [carriers])], carriers sharing a value grouped, first seen first."""
    groups = {}
    for provider, value in per_carrier.items():
        groups.setdefault(value, []).append(provider)
    return list(groups.items())


# ---- the modules, read from their source ---------------------------------------------------------

class ModuleSource:
    """What a module's source says about itself: its resource, the adapter methods it calls and,
    for a search, which module option feeds which criterion."""

    def __init__(self, path):
        self.name = os.path.basename(path)[:-3]
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
        self.resource, self.info, self.bulk = None, False, False
        self.adapter_calls, self.criteria = set(), {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                self._call(node)
            elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) \
                    and any(isinstance(target, ast.Name) and target.id == "criteria" for target in node.targets):
                for key, value in zip(node.value.keys, node.value.values):
                    if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Constant):
                        self.criteria[value.slice.value] = key.value
        if self.resource is None:
            raise ValueError("%s: neither ResourceEngine(module, MODEL) nor run_info(module, 'resource', ...)" % path)

    def _call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id == "ResourceEngine" and isinstance(node.args[1], ast.Name):
            from ansible_collections.voip.carrier.plugins.module_utils import models
            self.resource = getattr(models, node.args[1].id).name
        elif isinstance(func, ast.Name) and func.id == "BulkEngine":
            # did_bulk: a number (the did resource) per item, with the sms_config and e911 records.
            self.resource, self.bulk = "did", True
        elif isinstance(func, ast.Name) and func.id == "run_info":
            self.resource, self.info = node.args[1].value, True
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "adapter":
            self.adapter_calls.add(func.attr)
        elif isinstance(func, ast.Name) and func.id == "search_available":
            # The shared search (module_utils/available.py): every option but limit is a criterion of its own name.
            from ansible_collections.voip.carrier.plugins.module_utils.available import SEARCH_OPTIONS
            self.criteria.update((name, name) for name in SEARCH_OPTIONS if name != "limit")


def implements(adapter, method):
    from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
    own = getattr(adapter, method, None)
    return own is not None and own is not getattr(ResourceAdapter, method, None)


class Support:
    """Which carriers support the options of one module, from the drivers' declarations."""

    def __init__(self, source, driver_classes, prefix=""):
        self.source = source
        self.prefix = prefix  # where the options are in the module documented (did_bulk: numbers[].)
        self.every = list(driver_classes)
        self.adapters = {}
        for provider, driver in driver_classes.items():
            adapter = driver.adapters.get(source.resource)
            # An adapter without states only reads (VoIP Innovations' port-ins): it serves the info
            # module, and the module that converges fails before any request there.
            readable_only = adapter is not None and not adapter.states and not source.info
            serves = adapter is not None and all(implements(adapter, method) for method in source.adapter_calls)
            if serves and not readable_only:
                self.adapters[provider] = adapter
        self.model = next(iter(self.adapters.values())).model if self.adapters else None

    def kind(self, option):
        classified = NOT_FIELDS.get(self.source.name, {})
        if option in classified:
            return classified[option]
        if option in self.source.criteria:
            return "criterion"
        if not self.source.info and option in ("state", "update_write_only"):
            return option
        if not self.source.info and option in self.model.fields:
            return "field"
        raise ValueError("%s: option %s is not a field of %s; classify it in NOT_FIELDS of tests/tools/option_carriers.py"
                         % (self.source.name, option, self.source.resource))

    def carriers(self, option):
        kind = self.kind(option)
        if kind == "field":
            return [p for p, adapter in self.adapters.items() if option in adapter.fields]
        if kind == "criterion":
            return [p for p, adapter in self.adapters.items() if self.source.criteria[option] in adapter.search_criteria]
        if kind == "list":
            return [p for p, adapter in self.adapters.items() if option in inspect.signature(adapter.list).parameters]
        if kind == "read":
            return [p for p, adapter in self.adapters.items() if implements(adapter, "read")]
        if kind == "lookup":
            return [p for p, adapter in self.adapters.items() if implements(adapter, "lookup")]
        if kind == "snapshot":
            from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ProviderClient
            return [p for p, client in drivers().items() if p in self.adapters
                    and client.snapshot_numbers is not ProviderClient.snapshot_numbers]
        return list(self.adapters)

    def write_only(self, provider, options):
        adapter = self.adapters[provider]
        return [name for name in options if self.kind(name) == "field" and name in adapter.fields
                and name != self.model.identity and adapter.is_write_only(name)]

    def create_only(self, provider, options):
        adapter = self.adapters[provider]
        return [name for name in options if self.kind(name) == "field" and name in adapter.fields
                and self.model.fields[name].create_only and not adapter.is_write_only(name)]

    def marker(self, option, options):
        """The text of the option's marker (without quotes)."""
        carriers = self.carriers(option)
        text = MARKER + supported_by(carriers, self.every, "fails before any request")
        qualifiers = getattr(self, "_qualify_" + self.kind(option), lambda *args: [])(option, carriers, options)
        return text + "".join("; " + qualifier for qualifier in qualifiers) + "."

    def _qualify_field(self, option, carriers, options):
        if option == self.model.identity:
            return []
        # A field chosen at creation only and one at a carrier that cannot update are alike to a
        # user: a difference from the existing record fails, naming the option.
        groups = {"write-only": [], "fixed once created": []}
        for provider in carriers:
            adapter = self.adapters[provider]
            if adapter.is_write_only(option):
                groups["write-only"].append(provider)
            elif self.model.fields[option].create_only or not adapter.updatable:
                groups["fixed once created"].append(provider)
        return ["%s at %s" % (what, and_list(titles(where))) for what, where in groups.items() if where]

    def _qualify_state(self, option, carriers, options):
        states = [state for state in ("present", "absent") if any(state in self.adapters[p].states for p in carriers)]
        qualifiers = []
        for state in states:
            taking = [p for p in carriers if state in self.adapters[p].states]
            if taking != carriers:
                qualifiers.append("V(%s) at %s" % (state, supported_by(taking, self.every, "fails before any request")))
        return qualifiers

    def _qualify_update_write_only(self, option, carriers, options, listing=True):
        per_carrier = {}
        for provider in carriers:
            # V(always) also sends again what an adapter declares resent_always (VoIP Innovations' address).
            write_only = self.write_only(provider, options)
            resent = getattr(self.adapters[provider], "resent_always", ())
            names = [name for name in options if name in write_only or name in resent]
            per_carrier[provider] = options_list(names) if names else None
        qualifiers = []
        if listing and any(per_carrier.values()):
            qualifiers.append("it applies " + "; ".join(
                "at %s to %s" % (and_list(titles(where)), names) for names, where in by_value(per_carrier) if names))
        idle = [provider for provider, names in per_carrier.items() if not names]
        if idle:
            returns = "it returns" if len(idle) == 1 else "they return"
            qualifiers.append("no effect at %s (%s every option)" % (and_list(titles(idle)), returns))
        frozen = [p for p in carriers if per_carrier[p] and not self.adapters[p].updatable]
        if frozen and listing:
            qualifiers.append("at %s V(always) fails once the record exists (it cannot be changed)"
                              % and_list(titles(frozen)))
        return qualifiers

    def _qualify_resend(self, option, carriers, options):
        return self._qualify_update_write_only(option, carriers, options, listing=False)

    def note(self, options):
        """The module's ``Carrier support:`` note."""
        if self.source.info:
            parts = ["Carrier support: %s." % and_list(titles(self.adapters))]
        else:
            states = {p: and_list("O(state=%s)" % s for s in adapter.states) for p, adapter in self.adapters.items()}
            parts = ["Carrier support: %s." % "; ".join(
                "%s with %s" % (and_list(titles(where)), which) for which, where in by_value(states))]
        specific = by_value({name: tuple(self.carriers(name)) for name in options
                             if self.carriers(name) != self.every})
        for where, names in specific:
            parts.append("Only at %s: %s." % (and_list(titles(where)), options_list(names, self.prefix)))
        if not specific:
            parts.append("Every option works at every carrier.")
        if not self.source.info:
            parts += self._field_notes(options)
        if specific:
            parts.append("An option a carrier does not support fails before any request.")
        return " ".join(parts)

    def _field_notes(self, options):
        parts = []
        for label, pick in (("Write-only (never returned, so not compared; see O(update_write_only))", self.write_only),
                            ("Set at creation only", self.create_only)):
            per_carrier = {p: options_list(pick(p, options), self.prefix) for p in self.adapters}
            listed = ["at %s %s" % (and_list(titles(where)), names) for names, where in by_value(per_carrier) if names]
            if listed:
                parts.append("%s: %s." % (label, "; ".join(listed)))
        frozen = [p for p, adapter in self.adapters.items() if not adapter.updatable]
        if frozen:
            parts.append("%s cannot change a record once created: a difference fails, naming the option."
                         % and_list(titles(frozen)))
        return parts


def _module_options(text):
    return list((yaml.safe_load(documentation(text).group(2)).get("options") or {}))


def bulk_parts(driver_classes, texts):
    """did_bulk's item parts: [(Support of the module whose options the part takes, with the part's
    path as prefix; the part's options)]. ``texts``: {module path: its text}."""
    parts = []
    for module, prefix in BULK_PARTS:
        path = os.path.join(MODULES, module + ".py")
        options = [name for name in _module_options(texts[path]) if name not in BULK_NOT_ITEM]
        parts.append((Support(ModuleSource(path), driver_classes, prefix), options))
    return parts


def bulk_note(driver_classes, texts):
    """did_bulk's ``Carrier support:`` note: the item options by their paths, from the Support of
    did, sms_config and e911 (the adapters that converge each part of an item)."""
    parts = bulk_parts(driver_classes, texts)
    did = parts[0][0]
    states = {p: and_list("O(numbers[].state=%s)" % s for s in adapter.states) for p, adapter in did.adapters.items()}
    text = ["Carrier support: %s." % "; ".join("%s with %s" % (and_list(titles(where)), which)
                                               for which, where in by_value(states)),
            "An item takes the options of M(voip.carrier.did), its O(numbers[].sms) those of "
            "M(voip.carrier.sms_config) and its O(numbers[].e911) those of M(voip.carrier.e911), at the same carriers."]
    specific = {}
    for support, options in parts:
        for name in options:
            carriers = tuple(support.carriers(name))
            if not carriers:
                raise ValueError("%s: no carrier supports %s%s" % (BULK_MODULE, support.prefix, name))
            if list(carriers) != support.every:
                specific.setdefault(carriers, []).append(support.prefix + name)
    for where, paths in specific.items():
        text.append("Only at %s: %s." % (and_list(titles(where)), options_list(paths)))
    for label, pick in (("Write-only (never returned, so not compared; see O(update_write_only))", "write_only"),
                        ("Set at creation only", "create_only")):
        per_carrier = {}
        for provider in did.every:
            paths = [support.prefix + name for support, options in parts if provider in support.adapters
                     for name in getattr(support, pick)(provider, options)]
            per_carrier[provider] = options_list(paths) if paths else None
        listed = ["at %s %s" % (and_list(titles(where)), paths) for paths, where in by_value(per_carrier) if paths]
        if listed:
            text.append("%s: %s." % (label, "; ".join(listed)))
    for support, _options in parts:
        frozen = [p for p, adapter in support.adapters.items() if not adapter.updatable]
        if frozen:
            text.append("%s cannot change a %s record once created: a difference fails, naming the option."
                        % (and_list(titles(frozen)), support.source.resource))
    if specific:
        text.append("An option a carrier does not support fails before any request (every item is checked before "
                    "the first one).")
    return " ".join(text)


def _bulk_docs():
    """tests/tools/bulk_docs.py, which copies the item options into did_bulk."""
    import importlib.util  # pylint: disable=import-outside-toplevel
    spec = importlib.util.spec_from_file_location("bulk_docs", os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                            "bulk_docs.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def connection_carriers(option, driver_classes):
    """The carriers that use a connection option (doc fragment)."""
    kind = CONNECTION.get(option)
    if kind is None:
        raise ValueError("connection option %s: classify it in CONNECTION of tests/tools/option_carriers.py" % option)
    if kind == "credential":
        return [p for p, driver in driver_classes.items() if option in driver.credentials]
    return list(driver_classes)


def connection_marker(option, driver_classes):
    """The marker of a connection option (doc fragment)."""
    every = list(driver_classes)
    kind = CONNECTION.get(option)
    carriers, qualifiers = connection_carriers(option, driver_classes), []
    if kind == "credential":
        qualifiers.append("required by %s" % ("every carrier" if carriers == every else and_list(titles(carriers))))
        text = supported_by(carriers, every, "ignores it")
    else:
        text = supported_by(carriers, every, "fails before any request")
    if kind == "url":
        qualifiers.append("default " + ", ".join("C(%s) at %s" % (d.default_url, TITLES[p])
                                                 for p, d in driver_classes.items()))
    if kind == "rate_limit":
        per_carrier = {p: ",".join("%d/%d" % limit for limit in d.rate_limits) for p, d in driver_classes.items()}
        qualifiers.append("default " + ", ".join("C(%s) at %s" % (value, and_list(titles(where)))
                                                 for value, where in by_value(per_carrier)))
    return MARKER + text + "".join("; " + qualifier for qualifier in qualifiers) + "."


# ---- the DOCUMENTATION text ---------------------------------------------------------------------

_DOC = re.compile(r'^([ \t]*DOCUMENTATION = r""")(.*?)(""")', re.M | re.S)


def quoted_item(text, indent):
    """``text`` as a double-quoted YAML list item at ``indent``, wrapped to WIDTH."""
    if '"' in text or "\\" in text:
        raise ValueError("generated text must not need escapes: %r" % text)
    lines = textwrap.wrap(text, WIDTH - indent - 4, break_on_hyphens=False, break_long_words=False)
    lines[0] = " " * indent + '- "' + lines[0]
    lines[1:] = [" " * (indent + 2) + line for line in lines[1:]]
    lines[-1] += '"'
    return lines


def _indent(line):
    return len(line) - len(line.lstrip(" "))


def _block_end(lines, start, indent):
    """The index after the block that starts below ``start`` and is indented deeper than ``indent``
    (blank lines inside it included, trailing ones not)."""
    end = start + 1
    last = start
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
        if lines[end].strip():
            last = end
        end += 1
    return last + 1


def _drop_items(lines, start, end, dash_indent, prefixes):
    """``lines[start:end]`` (a YAML list at ``dash_indent``) without the items that start with one of
    ``prefixes`` (quoted or not)."""
    kept, dropping = [], False
    for line in lines[start:end]:
        if _indent(line) == dash_indent and line.lstrip().startswith("- "):
            item = line.strip()[2:].lstrip('"')
            dropping = item.startswith(prefixes)
        if not dropping:
            kept.append(line)
    return kept


def set_description_marker(doc, option, marker):
    """``doc`` with the marker of top-level ``option`` replaced (or added) as its description's last item."""
    lines = doc.split("\n")
    top = lines.index("options:")
    at = next(i for i in range(top + 1, len(lines)) if lines[i] == "  %s:" % option)
    option_end = _block_end(lines, at, 2)
    desc = next(i for i in range(at + 1, option_end) if lines[i].startswith("    description:"))
    desc_end = _block_end(lines, desc, 4)
    value = lines[desc][len("    description:"):].strip()
    if value:
        if value[0] in "|>":
            raise ValueError("%s: block-scalar description, write it as a list" % option)
        # A one-string description becomes a list: the string is its first item, as written.
        body = ["      - " + value] + ["        " + line.strip() for line in lines[desc + 1:desc_end]]
        dash = 6
    else:
        dash = _indent(lines[desc + 1])
        body = _drop_items(lines, desc + 1, desc_end, dash, (MARKER,))
    new = lines[:desc] + ["    description:"] + body + quoted_item(marker, dash) + lines[desc_end:]
    return "\n".join(new)


def set_notes(doc, items):
    """``doc`` with the generated notes replaced (or added) at the end of its ``notes``."""
    lines = doc.split("\n")
    generated = [line for item in items for line in quoted_item(item, 2)]
    if "notes:" not in lines:
        while lines and not lines[-1].strip():
            lines.pop()
        return "\n".join(lines + ["notes:"] + generated) + "\n"
    at = lines.index("notes:")
    end = _block_end(lines, at, 0)
    body = _drop_items(lines, at + 1, end, 2, NOTE_PREFIXES)
    return "\n".join(lines[:at + 1] + body + generated + lines[end:])


def _as_list(value):
    return list(value) if isinstance(value, list) else [value]


def _without_generated(parsed):
    """The parsed DOCUMENTATION without what this tool owns: what a rewrite must leave as it was."""
    parsed = dict(parsed)
    options = {}
    for name, option in (parsed.get("options") or {}).items():
        option = dict(option)
        option["description"] = [item for item in _as_list(option.get("description"))
                                 if not str(item).startswith(MARKER)]
        options[name] = option
    parsed["options"] = options
    notes = [note for note in parsed.get("notes") or [] if not str(note).startswith(NOTE_PREFIXES)]
    parsed.pop("notes", None)
    if notes:
        parsed["notes"] = notes
    return parsed


def rewrite_doc(doc, markers, notes=None):
    """The DOCUMENTATION text with ``markers`` ({option: text}) and ``notes``; checked by parsing."""
    new = doc
    for option, marker in markers.items():
        new = set_description_marker(new, option, marker)
    if notes is not None:
        new = set_notes(new, notes)
    before, after = yaml.safe_load(doc), yaml.safe_load(new)
    if _without_generated(before) != _without_generated(after):
        raise ValueError("rewriting the markers would change more than the markers; nothing written")
    for option, marker in markers.items():
        if _as_list(after["options"][option]["description"])[-1] != marker:
            raise ValueError("the marker of %s did not come out as generated" % option)
    if notes is not None and [n for n in after.get("notes", []) if str(n).startswith(NOTE_PREFIXES)] != list(notes):
        raise ValueError("the notes did not come out as generated")
    return new


def documentation(text):
    match = _DOC.search(text)
    if match is None:
        raise ValueError("no DOCUMENTATION = r\"\"\"...\"\"\" block")
    return match


def module_paths():
    return sorted(os.path.join(MODULES, name) for name in os.listdir(MODULES)
                  if name.endswith(".py") and not name.startswith("_"))


def expected(path, text, driver_classes, texts=None):
    """The file's text with its DOCUMENTATION markers (and notes) as the declarations say.

    ``texts``: {module path: text} of did, sms_config and e911 as they are to be written (did_bulk
    copies their options); read from disk when not given."""
    match = documentation(text)
    doc = match.group(2)
    options = list((yaml.safe_load(doc).get("options") or {}))
    if path == FRAGMENT:
        markers = {option: connection_marker(option, driver_classes) for option in options}
        new_doc = rewrite_doc(doc, markers)
        return text[:match.start(2)] + new_doc + text[match.end(2):]
    support = Support(ModuleSource(path), driver_classes)
    markers = {option: support.marker(option, options) for option in options}
    if not support.source.bulk:
        new_doc = rewrite_doc(doc, markers, [support.note(options), MATRIX_NOTE])
        return text[:match.start(2)] + new_doc + text[match.end(2):]
    texts = dict(texts or {})
    for module, _prefix in BULK_PARTS:
        part_path = os.path.join(MODULES, module + ".py")
        if part_path not in texts:
            with open(part_path, encoding="utf-8") as handle:
                texts[part_path] = handle.read()
    new_doc = rewrite_doc(doc, markers, [bulk_note(driver_classes, texts), MATRIX_NOTE])
    new = text[:match.start(2)] + new_doc + text[match.end(2):]
    sources = {module: texts[os.path.join(MODULES, module + ".py")] for module, _prefix in BULK_PARTS}
    return _bulk_docs().expected(new, sources=sources)


def run(check):
    driver_classes = drivers()
    stale, texts = [], {}
    bulk = os.path.join(MODULES, BULK_MODULE + ".py")
    # did_bulk last: it copies the options of did, sms_config and e911 as they are written here.
    paths = [path for path in module_paths() if path != bulk] + [path for path in module_paths() if path == bulk]
    for path in paths + [FRAGMENT]:
        # Read, compute and write at once: other helpers edit other parts of these files.
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        new = expected(path, text, driver_classes, texts)
        texts[path] = new
        if new == text:
            continue
        stale.append(os.path.relpath(path, REPO))
        if not check:
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(new)
    return stale


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="list stale files and exit 1; write nothing")
    args = parser.parse_args(argv)
    stale = run(args.check)
    for path in stale:
        print(("stale: " if args.check else "rewrote: ") + path)
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
