import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))


def test_committed_support_matrix_matches_the_drivers():
    spec = importlib.util.spec_from_file_location("support_matrix", os.path.join(REPO, "tests", "tools",
                                                                                 "support_matrix.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with open(os.path.join(REPO, "docs", "support-matrix.md")) as handle:
        committed = handle.read()
    assert committed == module.render(), ("docs/support-matrix.md is stale: regenerate it with "
                                          "python tests/tools/support_matrix.py > docs/support-matrix.md")
