"""VoIP Innovations back-office SOAP API 3.0 emulation, mounted at /voipinnovations
(digest: shared/providers/voipinnovations.md; wire: notes/vi-plan.md; contract: docs/emulator.md)."""

from emulator.voipinnovations.carrier import VoipInnovations

__all__ = ["VoipInnovations"]
