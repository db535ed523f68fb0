"""Reference data (digest §6.7) and the seeded stock of numbers. Rows marked *assumed* in the
digest, and everything else not shown in the seed, are project-defined."""

from __future__ import annotations

# getServersInfo. Pops 1 (Houston) and 15 (Atlanta) are the seed's; the others are the pops the
# seed's examples reference (digest §6.7), with project-defined names, hostnames and addresses.
SERVERS = [
    ("1", "Houston, TX", "Houston", "houston.voip.ms", "209.62.1.2", "USA", "Yes"),
    ("3", "Chicago, IL", "Chicago", "chicago.voip.ms", "198.51.100.3", "USA", "No"),
    ("5", "Dallas, TX", "Dallas", "dallas.voip.ms", "198.51.100.5", "USA", "No"),
    ("10", "Los Angeles, CA", "Los Angeles", "losangeles.voip.ms", "198.51.100.10", "USA", "No"),
    ("15", "Atlanta, GA", "Atlanta", "atlanta.voip.ms", "174.34.146.162", "USA", "No"),
    ("16", "Montreal, QC", "Montreal", "montreal.voip.ms", "198.51.100.16", "Canada", "No"),
    ("23", "New York, NY", "New York", "newyork.voip.ms", "198.51.100.23", "USA", "No"),
    ("45", "Seattle, WA", "Seattle", "seattle.voip.ms", "198.51.100.45", "USA", "No"),
    ("65", "Toronto, ON", "Toronto", "toronto.voip.ms", "198.51.100.65", "Canada", "No"),
    ("71", "Denver, CO", "Denver", "denver.voip.ms", "198.51.100.71", "USA", "No"),
    ("73", "Tampa, FL", "Tampa", "tampa.voip.ms", "198.51.100.73", "USA", "No"),
    ("74", "Washington, DC", "Washington", "washington.voip.ms", "198.51.100.74", "USA", "No"),
    ("82", "Vancouver, BC", "Vancouver", "vancouver.voip.ms", "198.51.100.82", "Canada", "No"),
    ("83", "Montreal 2, QC", "Montreal2", "montreal2.voip.ms", "198.51.100.83", "Canada", "No"),
    ("84", "Toronto 2, ON", "Toronto2", "toronto2.voip.ms", "198.51.100.84", "Canada", "No"),
    ("97", "London, UK", "London", "london.voip.ms", "198.51.100.97", "United Kingdom", "No"),
]
SERVER_KEYS = ("server_pop", "server_name", "server_shortname", "server_hostname", "server_ip", "server_country",
               "server_recommended")
POPS = {row[0] for row in SERVERS}
SERVER_IPS = {row[4] for row in SERVERS}
#: pop of a ported-in DID (the recommended server)
DEFAULT_POP = "1"

US_STATES = {
    "AL": "ALABAMA", "AK": "ALASKA", "AZ": "ARIZONA", "AR": "ARKANSAS", "CA": "CALIFORNIA", "CO": "COLORADO",
    "CT": "CONNECTICUT", "DE": "DELAWARE", "DC": "DISTRICT OF COLUMBIA", "FL": "FLORIDA", "GA": "GEORGIA",
    "HI": "HAWAII", "ID": "IDAHO", "IL": "ILLINOIS", "IN": "INDIANA", "IA": "IOWA", "KS": "KANSAS",
    "KY": "KENTUCKY", "LA": "LOUISIANA", "ME": "MAINE", "MD": "MARYLAND", "MA": "MASSACHUSETTS",
    "MI": "MICHIGAN", "MN": "MINNESOTA", "MS": "MISSISSIPPI", "MO": "MISSOURI", "MT": "MONTANA",
    "NE": "NEBRASKA", "NV": "NEVADA", "NH": "NEW HAMPSHIRE", "NJ": "NEW JERSEY", "NM": "NEW MEXICO",
    "NY": "NEW YORK", "NC": "NORTH CAROLINA", "ND": "NORTH DAKOTA", "OH": "OHIO", "OK": "OKLAHOMA",
    "OR": "OREGON", "PA": "PENNSYLVANIA", "RI": "RHODE ISLAND", "SC": "SOUTH CAROLINA", "SD": "SOUTH DAKOTA",
    "TN": "TENNESSEE", "TX": "TEXAS", "UT": "UTAH", "VT": "VERMONT", "VA": "VIRGINIA", "WA": "WASHINGTON",
    "WV": "WEST VIRGINIA", "WI": "WISCONSIN", "WY": "WYOMING",
}
CA_PROVINCES = {
    "AB": "ALBERTA", "BC": "BRITISH COLUMBIA", "MB": "MANITOBA", "NB": "NEW BRUNSWICK",
    "NL": "NEWFOUNDLAND AND LABRADOR", "NS": "NOVA SCOTIA", "NT": "NORTHWEST TERRITORIES", "NU": "NUNAVUT",
    "ON": "ONTARIO", "PE": "PRINCE EDWARD ISLAND", "QC": "QUEBEC", "SK": "SASKATCHEWAN", "YT": "YUKON",
}

# Lookups: value -> description (digest §6.7; *assumed* rows included).
PROTOCOLS = {"1": "SIP", "2": "H.323", "3": "IAX2"}
AUTH_TYPES = {"1": "User/Password Authentication", "2": "Static IP Authentication"}
DEVICE_TYPES = {"1": "Asterisk, IP PBX, Gateway or VoIP Switch", "2": "IP Phone, ATA or Softphone"}
LOCK_INTERNATIONAL = {"0": "International Calls Enabled", "1": "International Calls Disabled"}
ROUTES = {"1": "Value", "2": "Premium"}
CODECS = {"ulaw": "G.711U", "g729": "G.729A", "gsm": "GSM", "all": "All Codecs"}
DTMF_MODES = {"auto": "AUTO", "inband": "INBAND", "info": "INFO", "rfc2833": "RFC2833"}
NAT = {"route": "Route", "yes": "Yes", "no": "No"}
MUSIC_ON_HOLD = {"default": "Default Music", "jazz": "Easy Listening", "away_in_the_tropics": "Away in the Tropics",
                 "guitar_alchemy": "Guitar Alchemy"}
LANGUAGES = {"en": "English", "es": "Spanish", "fr": "French"}
LOCALES = {"en-US": "English (United States)", "ar-EG": "Arabic (Egypt)"}
COUNTRIES = {"CA": "Canada", "US": "United States"}
INTERNATIONAL_TYPES = {"NATIONAL": "National Numbers (Non-Geographical)", "GEOGRAPHIC": "Geographic Numbers",
                       "TOLLFREE": "Toll Free Numbers"}
DID_COUNTRIES = {"205": "SWEDEN (+46)"}
# e911AddressTypes: the seed's sample shows Apartment and Basement, its e911Info example Hanger.
# [ext] The live method returns these 24, the USPS secondary unit designators (Publication 28 C2)
# with VoIP.ms' spelling "Hanger"; nothing else is an address type (not STE, APT ...).
E911_ADDRESS_TYPES = ["Apartment", "Basement", "Building", "Department", "Floor", "Front", "Hanger", "Key", "Lobby",
                      "Lot", "Lower", "Office", "Penthouse", "Pier", "Rear", "Room", "Side", "Slip", "Space", "Stop",
                      "Suite", "Trailer", "Unit", "Upper"]
# getLNPListStatus: the seed shows pending_approval and processing; the rest is digest §5 item 42.
LNP_STATUSES = {
    "pending_approval": "Pending Approval",
    "processing": "Processing",
    "foc_received": "FOC Received",
    "completed": "Completed",
    "rejected": "Rejected",
    "cancelled": "Cancelled",
}
LNP_FINAL = ("completed", "rejected", "cancelled")

TOLL_FREE_NPAS = ("800", "833", "844", "855", "866", "877", "888")
CANADIAN_NPAS = frozenset((
    "204", "226", "236", "249", "250", "263", "289", "306", "343", "354", "365", "367", "368", "382", "387",
    "403", "416", "418", "428", "431", "437", "438", "450", "468", "474", "506", "514", "519", "548", "579",
    "581", "584", "587", "604", "613", "639", "647", "672", "683", "705", "709", "742", "753", "778", "780",
    "782", "807", "819", "825", "867", "873", "879", "902", "905",
))

# Prices (seed examples). Local plans: billing_type 1 = per minute, 2 = flat.
LOCAL_PRICES_US = {"perminute_monthly": "0.99", "perminute_minute": "0.01", "perminute_setup": "0.50",
                   "flat_monthly": "4.95", "flat_minute": "0.00", "flat_setup": "1.00"}
LOCAL_PRICES_CA = {"perminute_monthly": "0.99", "perminute_minute": "0.0100", "perminute_setup": "0.50",
                   "flat_monthly": "4.95", "flat_minute": "0.00", "flat_setup": "1.00"}
TOLL_FREE_USA = {"monthly": "0.99", "minute_usa": "0.019", "minute_canada": "0.08", "minute_puertorico": "0.095",
                 "minute_alaska": "0.17", "setup": "0"}
TOLL_FREE_CANUS = {"monthly": "1.49", "minute": "0.0320", "setup": "0.00"}
# project-defined: what a fax number costs (the seed gives no fax price)
FAX_MONTHLY = "1.99"
FAX_SETUP = "0.00"

# Local stock: (country, state/province, rate centre, first number, count, sms, has_port_out_pin).
# The seed's sample numbers are inside the blocks (7862285619, 2264836080/6086, 4502381568).
LOCAL_BLOCKS = [
    ("US", "FL", "MIAMI", "7862285600", 60, "1", "1"),
    ("US", "FL", "APOPKA", "4075550100", 20, "1", "0"),
    ("US", "FL", "ARCADIA", "8635550100", 10, "0", "0"),
    ("US", "NY", "NEW YORK", "2125550100", 120, "1", "1"),
    ("US", "TX", "HOUSTON", "7135550100", 40, "1", "0"),
    ("US", "TX", "DALLAS", "2145550100", 30, "1", "0"),
    ("US", "CA", "LOS ANGELES", "2135550100", 40, "1", "1"),
    ("US", "VA", "RICHMOND", "8045550100", 20, "0", "0"),
    ("CA", "ON", "Stoney Point", "2264836080", 20, "1", "0"),
    ("CA", "ON", "Toronto", "4165550100", 40, "1", "0"),
    ("CA", "QC", "Chomedey", "4502381560", 20, "1", "0"),
    ("CA", "QC", "Montreal", "5145550100", 30, "0", "0"),
    ("CA", "AB", "Calgary", "4035550100", 20, "1", "0"),
    ("CA", "AB", "Edmonton", "7805550100", 20, "1", "0"),
]
# Single seed samples outside the blocks.
LOCAL_SINGLES = [
    ("US", "FL", "MIAMI", "7862285871", "1", "0"),
    ("US", "FL", "MIAMI", "7863643023", "1", "0"),
]
# Rate centres listed with available "no" (no stock): the seed's ALFORD and an assumed Canmore.
EMPTY_RATE_CENTERS = [("US", "FL", "ALFORD"), ("CA", "AB", "Canmore")]
TOLL_FREE_SINGLES = ["8774530644", "8888355579", "8776605646", "8776645646"]
TOLL_FREE_BLOCK = 10  # 8XX-555-0100 ... 0109 for every toll-free NPA

# Fax locations: (location, country, state, rate centre, area code, stock count). Location ids 1196
# (ALABASTER) and 20294 (EDMONTON) are the seed's. Stock numbers are <area code>555-0700 onwards.
FAX_LOCATIONS = [
    ("1196", "US", "AL", "ALABASTER", "205", 5),
    ("1197", "US", "AL", "BIRMINGHAM", "205", 0),
    ("1310", "US", "CA", "HALF MOON BAY", "650", 5),
    ("1402", "US", "FL", "MIAMI", "305", 5),
    ("1555", "US", "NY", "NEW YORK", "212", 5),
    ("20294", "CA", "AB", "EDMONTON", "587", 5),
    ("20295", "CA", "AB", "CALGARY", "403", 5),
    ("20410", "CA", "ON", "TORONTO", "416", 5),
    ("20520", "CA", "QC", "MONTREAL", "514", 5),
]
COUNTRY_NAMES = {"US": "United States", "CA": "Canada"}


def fax_state_rows() -> list[dict]:
    """getFaxStates rows: ids in alphabetical order of the names from 1 (the seed's AL = 1)."""
    return [{"state": code, "state_id": str(index), "state_name": US_STATES[code].title(), "country_code": "USA"}
            for index, code in enumerate(sorted(US_STATES, key=US_STATES.get), start=1)]


def fax_province_rows() -> list[dict]:
    """getFaxProvinces rows: ids in alphabetical order of the names from 60 (the seed's AB = 60)."""
    return [{"province": code, "province_id": str(index), "province_name": CA_PROVINCES[code].title(),
             "country_code": "CAN"}
            for index, code in enumerate(sorted(CA_PROVINCES, key=CA_PROVINCES.get), start=60)]


def npa_country(did: str) -> str:
    """US, CA or TF (toll-free) for a 10-digit number, by its area code."""
    npa = did[:3]
    if npa in TOLL_FREE_NPAS:
        return "TF"
    return "CA" if npa in CANADIAN_NPAS else "US"
