import importlib.util
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
GENERATOR = os.path.join(REPO, "tests", "tools", "support_matrix.py")


@pytest.fixture(scope="module")
def support_matrix():
    spec = importlib.util.spec_from_file_location("support_matrix", GENERATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _committed(*path):
    with open(os.path.join(REPO, *path), encoding="utf-8") as handle:
        return handle.read()


def test_committed_support_matrix_matches_the_drivers(support_matrix):
    assert _committed("docs", "support-matrix.md") == support_matrix.render(), (
        "docs/support-matrix.md is stale: regenerate it with "
        "python tests/tools/support_matrix.py > docs/support-matrix.md")


def test_committed_docs_site_support_matrix_matches_the_drivers(support_matrix):
    assert _committed("docs", "docsite", "rst", "support-matrix.rst") == support_matrix.render_rst(), (
        "docs/docsite/rst/support-matrix.rst is stale: regenerate it with "
        "python tests/tools/support_matrix.py --format rst > docs/docsite/rst/support-matrix.rst")


def test_docs_site_matrix_links_every_option_and_marks_unsupported_cells(support_matrix):
    page = support_matrix.render_rst()
    # Options link to the module docs; a field only the carrier sets links to the return value.
    assert ":ansopt:`voip.carrier.did#module:tier`" in page
    assert ":ansretval:`voip.carrier.sms_config#module:sms_config.mode`" in page
    # A bare "-" in a list-table cell would be read as a nested bullet list.
    assert "     - -\n" not in page
    assert "     - \\-\n" in page


def test_rst_page_is_stale_when_a_declaration_changes(support_matrix, monkeypatch):
    """The check compares against the drivers, not against a copy: a changed declaration (here a
    resource's states) makes the committed page differ."""
    providers, state_rows, field_tables = support_matrix.matrix()
    changed = [(resource, ["states: present"] * len(cells)) for resource, cells in state_rows]
    monkeypatch.setattr(support_matrix, "matrix", lambda: (providers, changed, field_tables))
    assert _committed("docs", "docsite", "rst", "support-matrix.rst") != support_matrix.render_rst()


def test_did_bulk_is_in_both_renderings(support_matrix):
    """did_bulk converges did, sms_config and e911 records: the matrix names it and where each
    resource's options are in it, at the carriers that have all three."""
    page, markdown = support_matrix.render_rst(), support_matrix.render()
    assert "| `did_bulk` | states: present, absent | " in markdown
    assert "`numbers[].sms` those of `sms_config`" in markdown
    assert ":ansopt:`voip.carrier.did_bulk#module:numbers[].e911` those of :ansplugin:`voip.carrier.e911#module`" in page


def test_did_bulk_needs_every_resource_it_converges(support_matrix, monkeypatch):
    from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class
    voipms = driver_class("voipms")
    monkeypatch.setattr(voipms, "adapters", {k: v for k, v in voipms.adapters.items() if k != "e911"})
    from ansible_collections.voip.carrier.plugins.module_utils.connection import PROVIDERS
    rows = support_matrix.combined_rows()
    cells = dict(zip(PROVIDERS, rows[0][2]))
    assert rows[0][0] == "did_bulk" and cells["questblue"] == "states: present, absent" and cells["voipms"] == "-"
