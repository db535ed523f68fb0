"""The sanity guard that git lists galaxy.yml in the staged tree: it must never fail on a tree
that has the file (the old `git ls-files | grep -q` under pipefail failed 12 runs in 50)."""

from __future__ import annotations

import subprocess
from pathlib import Path

GUARD = Path(__file__).resolve().parents[2] / "tools" / "git_lists_galaxy.sh"


def _tree(tmp_path, with_galaxy=True):
    # galaxy.yml sorts early among many files, so a grep that stops at the first match closes
    # the pipe while git still has most of the listing to write: the case that used to fail.
    (tmp_path / "a").mkdir()
    if with_galaxy:
        (tmp_path / "galaxy.yml").write_text("namespace: voip\n")
    for index in range(3000):
        (tmp_path / "z" / str(index % 30)).mkdir(parents=True, exist_ok=True)
        (tmp_path / "z" / str(index % 30) / ("file_%04d.py" % index)).write_text("")
    subprocess.run(["git", "init", "--quiet", str(tmp_path)], check=True)
    return tmp_path


def test_guard_passes_200_times_in_a_row(tmp_path):
    tree = _tree(tmp_path)
    failures = [run for run in range(200)
                if subprocess.run([str(GUARD), str(tree)], capture_output=True, check=False).returncode != 0]
    assert failures == []


def test_guard_fails_loudly_without_galaxy(tmp_path):
    tree = _tree(tmp_path, with_galaxy=False)
    done = subprocess.run([str(GUARD), str(tree)], capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "does not list galaxy.yml" in done.stderr
