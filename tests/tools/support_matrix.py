"""Print (or check) the support matrix, generated from the drivers' own declarations: which
resources each provider supports, and per field whether it is compared, write-only or fixed at
creation. Two renderings of the same data:

    python tests/tools/support_matrix.py > docs/support-matrix.md
    python tests/tools/support_matrix.py --format rst > docs/docsite/rst/support-matrix.rst

The RST page is part of the collection's docs site (docs/docsite/extra-docs.yml); its options link
to the module documentation. tests/unit/plugins/test_support_matrix.py fails when either committed
file is stale."""

from __future__ import annotations

import argparse
import importlib
import os
import re
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COLLECTION = "voip.carrier"
# Extra docs labels must start with this prefix (antsibull-docs lint-collection-docs checks it).
RST_LABEL = "ansible_collections.voip.carrier.docsite.support_matrix"

# (cell value, what it means); in Markdown syntax, converted for RST.
LEGEND = (("yes", "compared and updated in place"),
          ("create", "chosen at creation only"),
          ("compared, no update", "a difference fails (the carrier cannot change it)"),
          ("write-only", "sent but never returned by the carrier (see each module's "
                         "`update_write_only`/`update_password`)"),
          ("read only", "the info module reads it; the module that changes it fails before any request"),
          ("-", "not supported (the module fails before any request)"))

# Modules that converge several resources at once: module -> ((resource, where its options are), ...).
# voip.carrier.did_bulk takes, in every item of ``numbers``, the options of did, its ``sms`` those of
# sms_config and its ``e911`` those of e911: the same declarations, so the same cells as their tables.
COMBINED = {"did_bulk": (("did", "numbers"), ("sms_config", "numbers[].sms"), ("e911", "numbers[].e911"))}


def _import_collection():
    try:
        import ansible_collections.voip.carrier  # noqa: F401  pylint: disable=unused-import
    except ImportError:
        root = tempfile.mkdtemp(prefix="voip-carrier-matrix-")
        os.makedirs(os.path.join(root, "ansible_collections", "voip"))
        os.symlink(REPO, os.path.join(root, "ansible_collections", "voip", "carrier"))
        sys.path.insert(0, root)


def _field_cell(driver, resource, name, field, model):
    adapter = driver.adapters.get(resource)
    if adapter is None or name not in adapter.fields:
        return "-"
    if name == model.identity:
        return "identity"
    if adapter.is_write_only(name):
        return "write-only"
    if field.create_only:
        return "create"
    if not adapter.updatable:
        return "compared, no update"
    return "yes"


def _states_cell(resource, adapter):
    if adapter is None:
        return "-"
    if not adapter.states:
        # Read only at this carrier (VoIP Innovations' port-ins): its info module reads them.
        return "read only (%s_info)" % resource
    return "states: " + ", ".join(adapter.states)


def matrix():
    """The matrix as data: (providers, state rows, field tables). A state row is (resource,
    cells); a field table is (resource, [(field name, cells)]), fields in the model's order."""
    _import_collection()
    from ansible_collections.voip.carrier.plugins.module_utils.connection import PROVIDERS
    from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class

    drivers = {provider: driver_class(provider) for provider in PROVIDERS}
    resources = sorted({name for driver in drivers.values() for name in driver.adapters})
    state_rows = []
    for resource in resources:
        adapters = [driver.adapters.get(resource) for driver in drivers.values()]
        state_rows.append((resource, [_states_cell(resource, a) for a in adapters]))
    field_tables = []
    for resource in resources:
        model = next(d.adapters[resource].model for d in drivers.values() if resource in d.adapters)
        rows = [(name, [_field_cell(driver, resource, name, field, model) for driver in drivers.values()])
                for name, field in model.fields.items()]
        field_tables.append((resource, rows))
    return list(drivers), state_rows, field_tables


def combined_rows():
    """(module, parts, cells) per module of COMBINED: at each carrier the states of its first
    resource when the carrier has every resource of the module, "-" otherwise."""
    _import_collection()
    from ansible_collections.voip.carrier.plugins.module_utils.connection import PROVIDERS
    from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class

    drivers = [driver_class(provider) for provider in PROVIDERS]
    rows = []
    for module, parts in sorted(COMBINED.items()):
        resources = [resource for resource, _where in parts]
        cells = ["states: " + ", ".join(driver.adapters[resources[0]].states)
                 if all(resource in driver.adapters for resource in resources) else "-" for driver in drivers]
        rows.append((module, parts, cells))
    return rows


def _combined_text(parts, resource_name, option_name):
    """every item of ``numbers`` takes the options of ``did``, ``numbers[].sms`` those of ..."""
    pieces = [("every item of %s takes the options of %s" if i == 0 else "%s those of %s")
              % (option_name(where), resource_name(resource)) for i, (resource, where) in enumerate(parts)]
    return ", ".join(pieces[:-1]) + " and " + pieces[-1]


def render():
    """docs/support-matrix.md."""
    providers, state_rows, field_tables = matrix()
    legend = "; ".join("**%s** %s" % item for item in LEGEND)
    lines = ["# Support matrix", "",
             "Generated by `tests/tools/support_matrix.py` from the drivers' declarations; do not edit.", "",
             "Legend: %s." % legend, ""]
    lines += ["| resource | " + " | ".join(providers) + " |", "|---|" + "---|" * len(providers)]
    for resource, cells in state_rows:
        lines.append("| `%s` | %s |" % (resource, " | ".join(cells)))
    for module, parts, cells in combined_rows():
        lines += ["", "Modules over several resources (each resource's options as in its table below):", "",
                  "| module | " + " | ".join(providers) + " |", "|---|" + "---|" * len(providers),
                  "| `%s` | %s |" % (module, " | ".join(cells)), "",
                  "`%s`: %s." % (module, _combined_text(parts, lambda name: "`%s`" % name, lambda path: "`%s`" % path))]
    for resource, rows in field_tables:
        lines += ["", "## `%s`" % resource, "", "| option | " + " | ".join(providers) + " |",
                  "|---|" + "---|" * len(providers)]
        for name, cells in rows:
            lines.append("| `%s` | %s |" % (name, " | ".join(cells)))
    return "\n".join(lines) + "\n"


# -- RST -------------------------------------------------------------------------------------------

def _rst_literals(text):
    """Markdown `code` as RST ``code``."""
    return re.sub(r"`([^`]+)`", r"``\1``", text)


def _module_docs(resource):
    """The option names and the returned sub-keys of the module named after ``resource``."""
    import yaml  # pylint: disable=import-outside-toplevel
    module = importlib.import_module("ansible_collections.voip.carrier.plugins.modules." + resource)
    options = yaml.safe_load(module.DOCUMENTATION).get("options") or {}
    returned = (yaml.safe_load(module.RETURN) or {}).get(resource) or {}
    return set(options), set(returned.get("contains") or {})


def _rst_field(resource, name, options, returned):
    """A field as a link to the module's option (or to its return value, for a field that only
    the carrier sets), so the matrix leads to the option's documentation."""
    plugin = "%s.%s#module" % (COLLECTION, resource)
    if name in options:
        return ":ansopt:`%s:%s`" % (plugin, name)
    if name in returned:
        return ":ansretval:`%s:%s.%s`" % (plugin, resource, name)
    return "``%s``" % name


def _rst_cell(text):
    # A lone "-" would start a nested bullet list inside the table cell.
    return "\\-" if text == "-" else text


def _rst_table(header, rows):
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in [header] + rows:
        lines.append("   * - %s" % row[0])
        lines += ["     - %s" % _rst_cell(cell) for cell in row[1:]]
    return lines + [""]


def render_rst():
    """docs/docsite/rst/support-matrix.rst (a page of the docs site)."""
    providers, state_rows, field_tables = matrix()
    title = "Support matrix"
    lines = [".. Generated by tests/tools/support_matrix.py --format rst from the drivers' declarations; do not edit.",
             "", ".. _%s:" % RST_LABEL, "", title, "=" * len(title), "",
             "Which resources and options each carrier supports, generated from the drivers' own declarations "
             "(the same data the modules check before they send anything). The ``provider`` option chooses "
             "the carrier.", ""]
    lines += ["Legend:", ""]
    lines += ["- **%s** %s" % (cell, _rst_literals(text)) for cell, text in LEGEND]
    lines += [""]
    lines += _rst_table(["module"] + providers,
                        [[":ansplugin:`%s.%s#module`" % (COLLECTION, resource)] + cells for resource, cells in state_rows])
    for module, parts, cells in combined_rows():
        plugin = "%s.%s#module" % (COLLECTION, module)
        lines += ["Modules over several resources (each resource's options as in its table below):", ""]
        lines += _rst_table(["module"] + providers, [[":ansplugin:`%s`" % plugin] + cells])
        lines += [":ansplugin:`%s`: %s." % (plugin, _combined_text(
            parts, lambda name: ":ansplugin:`%s.%s#module`" % (COLLECTION, name),
            lambda path, plugin=plugin: ":ansopt:`%s:%s`" % (plugin, path))), ""]
    for resource, rows in field_tables:
        options, returned = _module_docs(resource)
        heading = "%s.%s" % (COLLECTION, resource)
        lines += [heading, "-" * len(heading), "",
                  "Options of :ansplugin:`%s.%s#module` per carrier." % (COLLECTION, resource), ""]
        lines += _rst_table(["option"] + providers,
                            [[_rst_field(resource, name, options, returned)] + cells for name, cells in rows])
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", maxsplit=1)[0])
    parser.add_argument("--format", choices=("md", "rst"), default="md",
                        help="md: docs/support-matrix.md (default); rst: docs/docsite/rst/support-matrix.rst")
    args = parser.parse_args(argv)
    sys.stdout.write(render_rst() if args.format == "rst" else render())


if __name__ == "__main__":
    main()
