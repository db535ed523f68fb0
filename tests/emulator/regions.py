"""The places an emergency (E911) address can be in, for the carriers' E911 parts.

The seeds name the fields ("State" and "Zip code" at QuestBlue, seed 000 L623-624; "State /
Province" and "Zip / Postal code" at VoIP.ms, seed 002 L5578-5581) but list no values, so which
codes are valid is a project-defined reading: the USPS codes of the US states, DC and the
territories (which have ZIP codes and 911 service), and the Canadian provinces and territories.
The postal code forms are those the VoIP.ms digest gives for ``invalid_zip`` (US 5 digits or
ZIP+4, Canada A1A 1A1).
"""

from __future__ import annotations

import re

from emulator.voipms.refdata import CA_PROVINCES, US_STATES

US_TERRITORIES = frozenset(("AS", "GU", "MP", "PR", "UM", "VI"))
US_REGIONS = frozenset(US_STATES) | US_TERRITORIES
CA_REGIONS = frozenset(CA_PROVINCES)

US_ZIP = re.compile(r"[0-9]{5}(-[0-9]{4})?")
CA_POSTAL = re.compile(r"([A-Z][0-9][A-Z]) ?([0-9][A-Z][0-9])")
