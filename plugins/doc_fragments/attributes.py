# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations


class ModuleDocFragment:  # pylint: disable=too-few-public-methods
    """Attributes of the resource modules (check mode and diff mode are always supported)."""

    DOCUMENTATION = r"""
attributes:
  check_mode:
    description: Can run in check mode and return changed status prediction without modifying the carrier account.
    support: full
  diff_mode:
    description: Will return details on what has changed (or possibly needs changing in check mode), with secrets masked.
    support: full
  platform:
    description: "Runs on the host that talks to the carrier API, usually the controller (C(delegate_to: localhost))."
    support: full
    platforms: all
"""

    INFO_MODULE = r"""
attributes:
  check_mode:
    description: Read-only; runs normally in check mode.
    support: full
    details: This module never changes anything.
  diff_mode:
    description: Not applicable; nothing changes.
    support: N/A
  platform:
    description: Runs on the host that talks to the carrier API, usually the controller.
    support: full
    platforms: all
"""
