"""responseCode values (top level) and DID.statusCode values (per number), digest section 5.

Texts: the seed gives 100/101 (L277, L464) and "no records found" (L21); the rest are the texts of
digest section 5.2/5.3 (RUBY tables), and the per-number texts are written as sentences the way the
real service's fixtures word theirs (project-defined wording, codes as the digest lists them).
Slice helpers add their codes to RESPONSE with ``RESPONSE.update({...})`` in their own module.
"""

from __future__ import annotations

SUCCESS = 100
NO_RECORDS = 101
EXCEPTION = 900
AUTH_FAILED = 902
NOT_YOUR_NUMBER = 909
CNAM_NOT_AVAILABLE = 933
CNAM_INVALID_NAME = 934
INVALID_NUMBER = 944
NOT_YOUR_EPG = 948
NO_CRITERIA = 302490

RESPONSE = {
    100: "Success",
    101: "No Records Found",
    900: "An exception occurred",
    901: "Client IP not found",
    902: "Username/password/IP not found",
    909: "You do not own the specified number",
    933: "Outbound CNAM is not available for the specified DID",
    934: "Invalid name. Valid characters are letters, spaces, and numbers",
    944: "Invalid Number",
    948: "You do not own the specified Endpoint Group",
    302490: "No search criteria defined",
}

# DID.statusCode (a string on the wire) -> status text.
DID_STATUS = {
    "101200": "UNKNOWN",
    # queryDID
    "102230": "Number currently reserved for another company",
    "102235": "Number currently assigned to another company",
    "102420": "no records found",
    # reserveDID
    "103220": "Number already reserved for you",
    "103221": "Unknown error",
    "103225": "Number already assigned to you",
    "103230": "Number currently reserved for another company",
    "103235": "Number currently assigned to another company",
    "103250": "You do not purchase 800 origination",
    "103259": "Tier not available",
    "103420": "Could not find number",
    # assignDID / assignDIDExtended
    "104220": "Number already reserved for you",
    "104221": "Unknown error",
    "104225": "Number already assigned to you",
    "104230": "Number currently reserved for another company",
    "104235": "Number currently assigned to another company",
    "104250": "You do not purchase 800 origination",
    "104251": "You do not purchase standard origination",
    "104258": "Bad endpoint group",
    "104259": "Tier not available",
    "104420": "Could not find number",
    # configDID
    "105221": "Number not currently assigned to you",
    "105225": "Number currently reserved for you",
    "105230": "Number currently reserved for another company",
    "105235": "Number currently assigned to another company",
    "105250": "You do not purchase 800 origination",
    "105251": "You do not purchase standard origination",
    "105258": "Bad endpoint group",
    "105420": "Could not find number",
    # releaseDID
    "106220": "Number still reserved for you",
    "106225": "Number still assigned to you",
    "106230": "Number currently reserved for another company",
    "106235": "Number currently assigned to another company",
    "106231": "Number currently available",
    "106241": "Number previously released, not available",
    "106420": "Could not find number",
}


class ApiError(Exception):
    """A top-level business outcome other than success: HTTP 200, ``responseCode`` ``code``. ``fields``
    are further elements of the result (e.g. the dummy DID of a failed query)."""

    def __init__(self, code: int, message: str | None = None, **fields) -> None:
        if message is None and code not in RESPONSE:
            raise KeyError(f"no text for VoIP Innovations responseCode {code}: add it to codes.RESPONSE")
        self.code = code
        self.message = message if message is not None else RESPONSE[code]
        self.fields = fields
        super().__init__(f"{code}: {self.message}")
