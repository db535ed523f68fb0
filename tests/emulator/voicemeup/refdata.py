"""Reference data of the emulated VoiceMeUp world (all PROJECT-DEFINED: the seed documents
``country_id`` 38 = Canada and 223 = USA by its defaults, nothing else).

RATECENTERS feed the demo inventory (get_new_dids), order_new_dids' "database" of prefixes and
ratecenter ids, and the DID records' location fields.
"""

from __future__ import annotations

CANADA, USA = "38", "223"

# state_id -> (state_code, name, country_id)
STATES = {
    "1": ("AB", "Alberta", CANADA),
    "2": ("BC", "British Columbia", CANADA),
    "9": ("ON", "Ontario", CANADA),
    "11": ("QC", "Quebec", CANADA),
    "105": ("CA", "California", USA),
    "111": ("FL", "Florida", USA),
    "116": ("IL", "Illinois", USA),
    "135": ("NY", "New York", USA),
    "146": ("TX", "Texas", USA),
}

# ratecenter_id -> (district, state_id, [(npa, nxx), ...])
RATECENTERS = {
    "100101": ("Montreal", "11", [("514", "555"), ("438", "555")]),
    "100102": ("Quebec", "11", [("418", "555")]),
    "100201": ("Toronto", "9", [("416", "555"), ("647", "555")]),
    "100202": ("Ottawa-Hull", "9", [("613", "555")]),
    "100301": ("Vancouver", "2", [("604", "555")]),
    "100401": ("Calgary", "1", [("403", "555")]),
    "200101": ("New York City", "135", [("212", "555"), ("646", "555")]),
    "200201": ("Chicago", "116", [("312", "555")]),
    "200301": ("Miami", "111", [("305", "555")]),
    "200401": ("Los Angeles", "105", [("213", "555")]),
    "200501": ("Dallas", "146", [("214", "555")]),
}

# Toll-free NPAs (type "tollfree"; no ratecenter, country USA/Canada shared: country_id of the seed's US default).
TOLL_FREE_NPAS = ("800", "833", "844", "855", "866", "877", "888")

# International country codes order_new_dids accepts as a ``prefix`` with type=international.
INTERNATIONAL_PREFIXES = ("33", "44", "49", "52", "61", "32", "41", "31")


def state_of(ratecenter_id: str) -> str:
    return RATECENTERS[ratecenter_id][1]


def country_of_state(state_id: str) -> str:
    return STATES[state_id][2] if state_id in STATES else ""


def ratecenter_of(npa: str, nxx: str) -> str | None:
    for ratecenter_id, (_district, _state, prefixes) in RATECENTERS.items():
        if (npa, nxx) in prefixes:
            return ratecenter_id
    return None
