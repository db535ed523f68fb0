"""VoiceMeUp API errors: one or several message codes on an ``error`` reply (digest §2.3, §6.2 step 9)."""

from __future__ import annotations

from emulator.voicemeup import codes


class ApiError(Exception):
    """A request failed. ``codes`` are reported in order (every validation error found, digest §2.3
    rule 4); ``payload`` is an optional record tree sent with the error (``alternate_addresses`` of
    check_e911/update_e911), in the handlers' ``{container: (item, [records])}`` form."""

    def __init__(self, code: str, payload: dict | None = None) -> None:
        self.codes = [code]
        self.payload = payload or {}
        self._check()
        super().__init__(code)

    @classmethod
    def many(cls, code_list, payload: dict | None = None) -> "ApiError":
        """All the codes a validation pass found, duplicates dropped, order kept."""
        unique = list(dict.fromkeys(code_list))
        if not unique:
            raise ValueError("ApiError.many needs at least one code")
        error = cls(unique[0], payload)
        error.codes = unique
        error._check()
        return error

    @property
    def code(self) -> str:
        return self.codes[0]

    def _check(self) -> None:
        for code in self.codes:
            if not codes.is_known(code):
                raise KeyError(f"unknown VoiceMeUp message code {code!r}: add it to codes.SYNTHESIZED")
