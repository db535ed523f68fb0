"""Local emulator of the carriers' APIs (test instrument, not part of the built collection).

The contract lives in ``docs/emulator.md``. The core (this package's top-level modules) knows
nothing about any carrier: it routes by mount prefix, answers the control API, keeps the request
log, injects faults and owns the clock. Each carrier is a sub-package exposing one
:class:`emulator.carrier.Carrier` subclass, registered in :mod:`emulator.registry`.
"""

from emulator.app import Emulator
from emulator.httpserver import EmulatorServer

__all__ = ["Emulator", "EmulatorServer"]
