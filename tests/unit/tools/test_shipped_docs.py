"""What the built tarball ships, and whether its README (the Galaxy page) serves a user of the installed
collection: links that resolve (an absolute URL or a file in the tarball), `make` only in the section
for a clone of the repository, the requirements as the collection declares them, a first playbook that
parses, and a description naming only the carriers the collection supports.

The tarball is built here from the working tree (tests/tools/tree.py stage, ansible-galaxy collection
build), as `make install` builds it, so the test needs no earlier target.
"""

from __future__ import annotations

import fnmatch
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml

from ansible_collections.voip.carrier.plugins.module_utils.connection import PROVIDERS

REPO = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
GALAXY = yaml.safe_load((REPO / "galaxy.yml").read_text())

# What a user of the installed collection gets at its top level; anything else is repository matter
# (or another tool's output) that build_ignore let through.
ALLOWED_TOP_LEVEL = {"FILES.json", "MANIFEST.json", "LICENSE", "README.md", "SECURITY.md", "requirements.txt",
                     "changelogs", "docs", "extensions", "meta", "playbooks", "plugins", "roles"}
MUST_SHIP = {"README.md", "SECURITY.md", "LICENSE", "requirements.txt", "meta/runtime.yml",
             "meta/execution-environment.yml", "meta/requirements.txt", "docs/examples/execution-environment.yml",
             "extensions/awx/credential_types/questblue.yml", "extensions/awx/credential_types/voipms.yml",
             "extensions/awx/credential_types/voicemeup.yml", "extensions/awx/credential_types/voipinnovations.yml",
             "docs/support-matrix.md", "playbooks/demo.yml"}
# They describe the Makefile, the tests and the emulator, none of which ship (galaxy.yml explains).
MUST_NOT_SHIP = {"Makefile", "CONTRIBUTING.md", "docs/architecture.md", "docs/emulator.md", "tests", ".ci",
                 "extensions/molecule"}

# Display names of the carriers, by provider key; a carrier may be named only once `provider` accepts it.
CARRIER_NAMES = {"questblue": "QuestBlue", "voipms": "VoIP.ms", "voicemeup": "VoiceMeUp",
                 "voipinnovations": "VoIP Innovations"}

FENCE = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.M | re.S)
CODE_SPAN = re.compile(r"`[^`\n]+`")
LINK_PATTERNS = (
    re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"),  # [text](target "title")
    re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M),          # [ref]: target
    re.compile(r"<((?:https?|mailto):[^>\s]+)>"),                           # <https://...>
    re.compile(r"(?:href|src)\s*=\s*[\"']([^\"']+)[\"']"),                  # HTML
)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


# --------------------------------------------------------------------------- the checks


def links(markdown: str) -> list[str]:
    """Link targets of a Markdown text, code blocks and code spans left out (they are not links)."""
    prose = CODE_SPAN.sub("", FENCE.sub("", markdown))
    return [match.group(1) for pattern in LINK_PATTERNS for match in pattern.finditer(prose)]


def unresolved_links(doc: str, markdown: str, shipped: set[str]) -> list[str]:
    """Relative links of ``doc`` (a path in the tarball) to files the tarball does not hold."""
    missing = []
    for target in links(markdown):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I) or target.startswith("#"):
            continue  # absolute URL, mailto: or an anchor on the same page
        path = os.path.normpath(os.path.join(os.path.dirname(doc), target.split("#")[0])).replace(os.sep, "/")
        if path.startswith("..") or (path not in shipped and not any(name.startswith(path + "/") for name in shipped)):
            missing.append(target)
    return missing


def sections(markdown: str) -> list[tuple[str, str]]:
    """(heading, text) per section, code fences kept whole (a '#' comment in a block is no heading)."""
    result, heading, lines, fenced = [], "", [], False
    for line in markdown.splitlines():
        if line.startswith(("```", "~~~")):
            fenced = not fenced
        match = None if fenced else HEADING.match(line)
        if match:
            result.append((heading, "\n".join(lines)))
            heading, lines = match.group(2), []
        else:
            lines.append(line)
    result.append((heading, "\n".join(lines)))
    return result


def make_targets() -> set[str]:
    return set(re.findall(r"^([a-z][a-z-]*):(?!=)", (REPO / "Makefile").read_text(), re.M))


def _code_lines(text: str) -> list[str]:
    chunks = [match.group(0) for match in FENCE.finditer(text)] + CODE_SPAN.findall(text)
    return [line.strip("` ") for chunk in chunks for line in chunk.splitlines()]


def make_outside_clone_section(markdown: str, targets: set[str]) -> list[str]:
    """`make` commands (in code, or a Makefile target named in prose) outside a section about a clone."""
    in_prose = re.compile(rf"\bmake (?:{'|'.join(sorted(map(re.escape, targets)))})\b")
    found = []
    for heading, text in sections(markdown):
        if "clone" in heading.lower():
            continue
        where = heading or "(top)"
        found += [f"{where}: {line}" for line in _code_lines(text) if re.match(r"make(\s|$)", line)]
        found += [f"{where}: {match.group(0)}" for match in in_prose.finditer(CODE_SPAN.sub("", FENCE.sub("", text)))]
    return found


# --------------------------------------------------------------------------- the tarball


@pytest.fixture(name="built", scope="module")
def _built(tmp_path_factory):
    """Build the tarball from the working tree; returns (tarball, names in it)."""
    work = tmp_path_factory.mktemp("shipped")
    sys.path.insert(0, str(REPO / "tests" / "tools"))
    try:
        import tree  # pylint: disable=import-outside-toplevel
    finally:
        sys.path.pop(0)
    # Only a speed-up: top-level entries build_ignore drops anyway (other tools' venvs are big) are
    # not copied; ansible-galaxy applies build_ignore itself to the rest.
    ignored = GALAXY["build_ignore"]
    files = [name for name in tree.list_files(REPO)
             if not any(fnmatch.fnmatch(name.split("/")[0], pattern) for pattern in ignored)]
    tree.stage(files, work / "src", root=REPO)
    done = subprocess.run([str(BIN / "ansible-galaxy"), "collection", "build", "--force", "--output-path",
                           str(work / "dist"), str(work / "src")], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    (tarball,) = (work / "dist").glob("voip-carrier-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = {member.name for member in archive.getmembers() if member.isfile()}
    return tarball, names


def _read(tarball: Path, name: str) -> str:
    with tarfile.open(tarball) as archive:
        return archive.extractfile(name).read().decode("utf-8")


def test_only_collection_content_ships(built):
    names = built[1]
    assert {name.split("/")[0] for name in names} <= ALLOWED_TOP_LEVEL
    assert MUST_SHIP <= names
    assert not [name for name in names if any(name == bad or name.startswith(bad + "/") for bad in MUST_NOT_SHIP)]


def test_shipped_markdown_links_resolve_in_the_tarball(built):
    tarball, names = built
    broken = {doc: unresolved_links(doc, _read(tarball, doc), names) for doc in sorted(names) if doc.endswith(".md")}
    assert {doc: targets for doc, targets in broken.items() if targets} == {}


def test_galaxy_page_mentions_make_only_for_a_clone(built):
    tarball = built[0]
    readme = _read(tarball, GALAXY["readme"])
    assert make_outside_clone_section(readme, make_targets()) == []
    clone = [text for heading, text in sections(readme) if "clone" in heading.lower()]
    assert len(clone) == 1 and "make demo" in clone[0] and "make test" in clone[0]


def test_galaxy_page_links_into_the_repository_use_its_url(built):
    """Links to the project's own host all start with galaxy.yml's repository (one place to change it)."""
    tarball = built[0]
    host = re.match(r"https?://[^/]+", GALAXY["repository"]).group(0)
    own = [target for target in links(_read(tarball, GALAXY["readme"])) if target.startswith(host)]
    assert own and all(target.startswith(GALAXY["repository"]) for target in own)


def test_galaxy_page_states_the_declared_requirements(built):
    tarball = built[0]
    readme = _read(tarball, GALAXY["readme"])
    runtime = yaml.safe_load(_read(tarball, "meta/runtime.yml"))
    assert f"ansible-core `{runtime['requires_ansible']}`" in readme
    packages = [re.split(r"[<>=!~;\[ ]", line.strip())[0] for line in _read(tarball, "requirements.txt").splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    assert packages and all(f"`{package}`" in readme for package in packages)
    assert "ansible-galaxy collection install voip.carrier" in readme


def test_galaxy_page_first_playbook_covers_both_carriers_and_parses(built, tmp_path):
    tarball = built[0]
    readme = _read(tarball, GALAXY["readme"])
    playbooks = [yaml.safe_load(block) for block in re.findall(r"^```yaml\n(.*?)^```", readme, re.M | re.S)
                 if "hosts:" in block]
    assert len(playbooks) == 1
    blocks = [task for task in playbooks[0][0]["tasks"] if "module_defaults" in task]
    assert sorted(task["module_defaults"]["group/voip.carrier.all"]["provider"] for task in blocks) == sorted(PROVIDERS)

    collections = tmp_path / "collections"
    env = {key: value for key, value in os.environ.items() if not key.startswith(("ANSIBLE_", "VOIP_CARRIER_"))}
    env.update(ANSIBLE_COLLECTIONS_PATH=str(collections), ANSIBLE_HOME=str(tmp_path / "home"),
               ANSIBLE_COLLECTIONS_SCAN_SYS_PATH="False")
    for command in (["ansible-galaxy", "collection", "install", "--offline", "-p", str(collections), str(tarball)],
                    ["ansible-playbook", "--syntax-check", "-i", "localhost,", str(_write(tmp_path, playbooks[0]))]):
        done = subprocess.run([str(BIN / command[0])] + command[1:], env=env, capture_output=True, text=True,
                              check=False)
        assert done.returncode == 0, done.stdout + done.stderr


def _write(where: Path, playbook) -> Path:
    path = where / "first.yml"
    path.write_text(yaml.safe_dump(playbook, sort_keys=False))
    return path


def test_galaxy_description_names_only_the_carriers_provider_accepts():
    description = GALAXY["description"]
    assert {key for key, name in CARRIER_NAMES.items() if name in description} == set(PROVIDERS)


# --------------------------------------------------------------------------- the checks catch the old page


OLD_PAGE = """# voip.carrier

## Two commands

```
make demo    # runs the demo
```

Which options each carrier supports is in [docs/support-matrix.md](docs/support-matrix.md).
See `../shared/ARCHITECTURE.md` and [the emulator](docs/emulator.md); run make test first.

## In a clone of the repository

```
make test
```
"""


def test_checks_find_what_the_old_page_did_wrong():
    shipped = {"README.md", "docs/support-matrix.md"}
    assert unresolved_links("README.md", OLD_PAGE, shipped) == ["docs/emulator.md"]
    assert make_outside_clone_section(OLD_PAGE, {"demo", "test"}) == ["Two commands: make demo    # runs the demo",
                                                                      "Two commands: make test"]
    assert unresolved_links("docs/x.md", "[up](../README.md) [out](../../shared/a.md)", shipped) == ["../../shared/a.md"]
