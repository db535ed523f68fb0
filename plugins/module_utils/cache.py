# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Where the collection keeps files between runs on a host (the request budget, derived data),
and how it writes them so that no reader ever sees half a file."""

from __future__ import annotations

import os


def cache_directory(name):
    """``$XDG_CACHE_HOME/voip.carrier/<name>``, else ``~/.cache/voip.carrier/<name>``."""
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(cache, "voip.carrier", name)


def write_atomically(path, text):
    """Write ``text`` to ``path`` through a temporary file and a rename: concurrent readers see
    the old file or the new one, never a part."""
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    temporary = "%s.%d.tmp" % (path, os.getpid())
    with open(temporary, "w") as handle:
        handle.write(text)
    os.replace(temporary, path)
