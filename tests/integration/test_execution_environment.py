"""What ansible-builder makes of the collection: an execution environment that includes it must get
version ranges, never exact pins (an exact pin breaks every image that also holds a collection needing
another version).

``ansible-builder create`` only writes the build context; the collections' Python requirements are
collected during the image build, by the context's own ``introspect.py`` run over the installed
collections. The test does both steps the build would, offline: ``create`` on a definition that
installs the built tarball, then the galaxy stage (install from the context's requirements.yml) and
the builder stage (``introspect.py introspect``) on the local machine. No container is built.

meta/execution-environment.yml is read two ways (its header comment says why): as a version 3
definition given to ``ansible-builder create -f`` (paths relative to meta/, so its python file is
meta/requirements.txt) and by the introspection of every installed collection (paths relative to the
collection root: requirements.txt). Both readings are tested on the file as installed from the tarball.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
import yaml
from conftest import COLLECTIONS_PATH, INSTALLED_COLLECTION, REPO_ROOT
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

BIN = Path(sys.executable).parent
DIST = COLLECTIONS_PATH.parent / "dist"
SHIPPED_EXAMPLE = REPO_ROOT / "docs" / "examples" / "execution-environment.yml"
SHIPPED_DEFINITION = INSTALLED_COLLECTION / "meta" / "execution-environment.yml"

# Any attempt to open a connection from the tools fails the step that made it: proof that
# `ansible-builder create` and the local install need no network. (Every TCP/UDP connection goes
# through socket.connect; getaddrinfo is left alone, ansible-core patches and checks it itself.)
NO_NETWORK = '''
import socket
def _refuse(*args, **kwargs):
    raise OSError("network access during an offline test step")
socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
'''


@pytest.fixture(name="tarball")
def _tarball() -> Path:
    found = sorted(DIST.glob("voip-carrier-*.tar.gz"))
    assert len(found) == 1, f"expected the one tarball `make install` built in {DIST}, found {found}"
    return found[0]


@pytest.fixture(name="offline_env")
def _offline_env(tmp_path) -> dict[str, str]:
    site = tmp_path / "no-network"
    site.mkdir()
    (site / "sitecustomize.py").write_text(NO_NETWORK)
    dropped = ("ANSIBLE_", "VOIP_CARRIER_", "PYTHONPATH")
    env = {key: value for key, value in os.environ.items() if not key.startswith(dropped)}
    env.update({"PYTHONPATH": str(site), "ANSIBLE_HOME": str(tmp_path / "ansible-home"),
                "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False", "PATH": f"{BIN}{os.pathsep}{env.get('PATH', '')}"})
    return env


def _run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, f"$ {' '.join(command)}\n{done.stdout}\n{done.stderr}"
    return done


def _create(definition: Path, context: Path, env: dict[str, str]) -> None:
    _run([str(BIN / "ansible-builder"), "create", "--file", str(definition), "--context", str(context),
          "--output-filename", "Containerfile", "-v", "3"], env, definition.parent)


def _tarball_definition(tarball: Path, where: Path) -> Path:
    """The shipped example, with the collection taken from the tarball instead of Galaxy."""
    definition = yaml.safe_load(SHIPPED_EXAMPLE.read_text())
    definition["dependencies"]["galaxy"] = {"collections": [{"name": f"collections/{tarball.name}", "type": "file"}]}
    definition["additional_build_files"] = [{"src": str(tarball), "dest": "collections"}]
    path = where / "execution-environment.yml"
    path.write_text(yaml.safe_dump(definition, sort_keys=False))
    return path


def _build_stages_locally(context: Path, env: dict[str, str], where: Path) -> list[str]:
    """The Containerfile's galaxy and builder stages, run here: the pip requirements the image would get."""
    containerfile = (context / "Containerfile").read_text()
    assert "ansible-galaxy collection install" in containerfile and "introspect.py introspect" in containerfile
    collections = where / "usr-share-ansible-collections"
    _run([str(BIN / "ansible-galaxy"), "collection", "install", "--offline", "-r", "requirements.yml",
          "--collections-path", str(collections)], env, context / "_build")
    return _introspect(context, collections, env, where)


def _introspect(context: Path, collections: Path, env: dict[str, str], where: Path, user_pip: Path | None = None
                ) -> list[str]:
    """The builder stage's ``introspect.py introspect`` (with the definition's own pip file when it has one)."""
    pip_file, bindep_file = where / "requirements.txt", where / "bindep.txt"
    user = [f"--user-pip={user_pip}"] if user_pip else []
    _run([sys.executable, str(context / "_build" / "scripts" / "introspect.py"), "introspect", *user,
          f"--write-pip={pip_file}", f"--write-bindep={bindep_file}", str(collections)], env, where)
    return pip_file.read_text().splitlines() if pip_file.exists() else []


def _from_voip_carrier(lines: list[str], source: str = "voip.carrier") -> list[Requirement]:
    """The requirements introspect.py attributes to ``source`` (a collection, or ``user``: the definition's file)."""
    marker = re.compile(r"\s+#\s*from collection %s\s*$" % re.escape(source))
    return [Requirement(marker.sub("", line)) for line in lines if marker.search(line)]


def _declared() -> list[str]:
    """requirements.txt's requirement lines (comments and blank lines left out)."""
    return [line.strip() for line in (REPO_ROOT / "requirements.txt").read_text().splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


def _assert_ranges(requirements: list[Requirement]) -> None:
    assert sorted(str(r) for r in requirements) == sorted(str(Requirement(line)) for line in _declared())
    for requirement in requirements:
        operators = {spec.operator for spec in requirement.specifier}
        assert not operators & {"==", "==="}, f"{requirement} is an exact pin"
        assert operators & {">=", "~=", ">"}, f"{requirement} has no lower bound"


def test_an_execution_environment_with_the_tarball_gets_ranges(tarball, offline_env, tmp_path):
    context = tmp_path / "context"
    _create(_tarball_definition(tarball, tmp_path), context, offline_env)
    assert (context / "_build" / "collections" / tarball.name).read_bytes() == tarball.read_bytes()

    _assert_ranges(_from_voip_carrier(_build_stages_locally(context, offline_env, tmp_path)))


def test_the_shipped_example_definition_is_valid_offline(tarball, offline_env, tmp_path):
    """docs/examples/execution-environment.yml ships (users start from it) and ansible-builder accepts it."""
    assert SHIPPED_EXAMPLE.relative_to(REPO_ROOT).as_posix() in _tar_names(tarball)
    context = tmp_path / "context"
    _create(SHIPPED_EXAMPLE, context, offline_env)
    galaxy = yaml.safe_load((context / "_build" / "requirements.yml").read_text())
    assert [c["name"] for c in galaxy["collections"]] == ["voip.carrier"]


def test_meta_requirements_is_a_copy_of_requirements_txt(tarball):
    """The definition reading of meta/execution-environment.yml takes meta/requirements.txt, the
    introspection reading requirements.txt: the same bytes in the repository and in the tarball, and a
    regular file (ansible-builder would copy a symlink into the build context as a dangling symlink)."""
    assert (REPO_ROOT / "meta" / "requirements.txt").read_bytes() == (REPO_ROOT / "requirements.txt").read_bytes(), \
        "meta/requirements.txt must be a copy of requirements.txt: cp requirements.txt meta/requirements.txt"
    with tarfile.open(tarball) as archive:
        copies = {name: archive.getmember(name) for name in ("requirements.txt", "meta/requirements.txt")}
        assert all(member.isfile() for member in copies.values())
        contents = {archive.extractfile(member).read() for member in copies.values()}
    assert len(contents) == 1


def test_the_shipped_definition_builds_a_context_with_the_ranges_offline(tarball, offline_env, tmp_path):
    """``ansible-builder create -f <installed collection>/meta/execution-environment.yml`` succeeds offline;
    the context's pip file holds requirements.txt's ranges; the builder stage, over the collection (the
    tarball standing in for Galaxy), gets them from both readings, and pip resolves the combination."""
    definition = yaml.safe_load(SHIPPED_DEFINITION.read_text())
    assert definition["version"] == 3
    context = tmp_path / "context"
    _create(SHIPPED_DEFINITION, context, offline_env)

    user_pip = context / "_build" / "requirements.txt"
    assert [Requirement(line) for line in user_pip.read_text().splitlines()
            if line.strip() and not line.startswith("#")] == [Requirement(line) for line in _declared()]
    galaxy = yaml.safe_load((context / "_build" / "requirements.yml").read_text())
    assert [c["name"] for c in galaxy["collections"]] == ["voip.carrier"]

    # The image's ansible-core is one the collection supports (meta/runtime.yml requires_ansible).
    core = Requirement(definition["dependencies"]["ansible_core"]["package_pip"])
    runtime = yaml.safe_load((REPO_ROOT / "meta" / "runtime.yml").read_text())
    assert core.name == "ansible-core" and core.specifier == SpecifierSet(runtime["requires_ansible"])
    assert f'ARG ANSIBLE_INSTALL_REFS="{core} ' in (context / "Containerfile").read_text()

    collections = tmp_path / "usr-share-ansible-collections"
    _run([str(BIN / "ansible-galaxy"), "collection", "install", "--offline", str(tarball),
          "--collections-path", str(collections)], offline_env, tmp_path)
    lines = _introspect(context, collections, offline_env, tmp_path, user_pip=user_pip)
    _assert_ranges(_from_voip_carrier(lines))            # introspection: the collection root's requirements.txt
    _assert_ranges(_from_voip_carrier(lines, "user"))    # the definition: meta/requirements.txt
    _run([sys.executable, "-m", "pip", "install", "--dry-run", "--no-index", "--quiet", "-r", str(tmp_path / "requirements.txt")],
         offline_env, tmp_path)


def _tar_names(tarball: Path) -> set[str]:
    with tarfile.open(tarball) as archive:
        return set(archive.getnames())
