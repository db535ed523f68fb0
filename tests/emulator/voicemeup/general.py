"""Account-level request types that need no state of their own."""

from __future__ import annotations


def get_request_types(ctx) -> dict:
    """The emulated request types (the seed lost its list and the sample, digest §0): one record
    ``{"request_type": name}`` per request type this emulator answers (PROJECT DECISION)."""
    from emulator.voicemeup.carrier import REQUEST_TYPES  # the table imports this module

    records = [{"request_type": name} for name in REQUEST_TYPES]
    return {"request_types": ("request_type", records)}
