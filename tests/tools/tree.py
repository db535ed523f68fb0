"""List, fingerprint or copy the collection's working tree (stdlib only).

The working tree is every file git knows about or would add
(``git ls-files --cached --others --exclude-standard``), so uncommitted work is
included and git-ignored output (.venv, .build, tests/output, caches) is not.
Outside a git checkout it falls back to walking the directory with the same
ignores.

    tree.py list                   print the files, one per line
    tree.py hash [--exclude P]     print a sha256 over names, modes and contents
    tree.py stage DEST [--keep P]  make DEST an exact copy of the tree (DEST is
                                   emptied first; --keep carries a path over, e.g.
                                   tests/output with ansible-test's delegation venv)

Used by the Makefile to build the collection from exactly the tracked content
and to lay out ``ansible_collections/voip/carrier`` for ansible-test.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Tool output that never belongs in the tree, even where .gitignore misses it.
PRUNE_DIRS = {".git", ".venv", ".build", "__pycache__", ".pytest_cache", ".ansible",
              ".cache", ".tox", ".mypy_cache"}
PRUNE_PATHS = {"tests/output"}


def _pruned(name: str) -> bool:
    parts = name.split("/")
    if any(part in PRUNE_DIRS for part in parts[:-1]):
        return True
    return any(name.startswith(p + "/") for p in PRUNE_PATHS) or name.endswith((".pyc", ".pyo"))


def list_files(root: Path = ROOT) -> list[str]:
    """Return the tree's files as sorted POSIX paths relative to root."""
    if (root / ".git").exists():
        out = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True, stdout=subprocess.PIPE,
        ).stdout
        names = {n for n in out.decode("utf-8", "surrogateescape").split("\0") if n}
    else:
        names = set()
        for dirpath, dirnames, filenames in os.walk(root):
            rel = Path(dirpath).relative_to(root).as_posix()
            dirnames[:] = [d for d in dirnames
                           if d not in PRUNE_DIRS
                           and (f"{rel}/{d}" if rel != "." else d) not in PRUNE_PATHS]
            names.update(name if rel == "." else f"{rel}/{name}" for name in filenames)
    # deleted-but-still-indexed files are listed by git; skip what is not there
    return sorted(n for n in names if not _pruned(n) and os.path.lexists(root / n))


def tree_hash(files: list[str], root: Path = ROOT) -> str:
    digest = hashlib.sha256()
    for name in files:
        path = root / name
        st = path.lstat()
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(oct(st.st_mode).encode() + b"\0")
        if path.is_symlink():
            digest.update(os.readlink(path).encode("utf-8", "surrogateescape"))
        elif path.is_file():
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        digest.update(b"\0")
    return digest.hexdigest()


def stage(files: list[str], dest: Path, root: Path = ROOT, keep: list[str] = ()) -> None:
    dest = dest.resolve()
    if dest == root or root.is_relative_to(dest):
        sys.exit(f"tree.py: refusing to stage into {dest}: it contains the source tree")
    kept = dest.parent / (dest.name + ".kept")
    if kept.exists():
        shutil.rmtree(kept)
    if dest.exists():
        for rel in keep:
            if (dest / rel).exists():
                (kept / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(dest / rel, kept / rel)
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for rel in keep:
        if (kept / rel).exists():
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            os.replace(kept / rel, dest / rel)
    if kept.exists():
        shutil.rmtree(kept)
    for name in files:
        src = root / name
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if src.is_symlink():
            os.symlink(os.readlink(src), target)
        elif src.is_file():
            shutil.copy2(src, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    p_hash = sub.add_parser("hash")
    p_hash.add_argument("--exclude", action="append", default=[],
                        help="path prefix to leave out of the hash (repeatable)")
    p_stage = sub.add_parser("stage")
    p_stage.add_argument("dest", type=Path)
    p_stage.add_argument("--keep", action="append", default=[],
                         help="path below DEST to carry over from the previous copy (repeatable)")
    args = parser.parse_args(argv)

    files = list_files()
    if args.cmd == "list":
        sys.stdout.write("".join(f"{name}\n" for name in files))
    elif args.cmd == "hash":
        prefixes = [p.rstrip("/") + "/" for p in args.exclude]
        print(tree_hash([f for f in files if not any(f.startswith(p) for p in prefixes)]))
    else:
        stage(files, args.dest, keep=args.keep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
