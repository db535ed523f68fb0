# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The VoiceMeUp connection: one URL per request type, the ``response_details`` envelope, the
hourly request pool and its 60-minute lockout."""

from __future__ import annotations

import json
import re
import time

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import (
    LazyAdapters, ProviderClient, code_meaning, with_meaning)
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import E911_FLAG
from ansible_collections.voip.carrier.plugins.module_utils.transport import HttpTransport

API_PATH = "/api/v1.1/json"
PAGE_SIZE = 1000
# VoiceMeUp refuses every request of the account for 60 minutes once it is "exceeded too greatly",
# and each refused request during the lockout extends it: knocking again only makes it longer.
LOCKOUT_SECONDS = 3600
# Request types that change something: sent as form POSTs, never retried after a timeout.
WRITE_PREFIXES = ("update_", "delete_", "activate_", "order_", "associate_", "disassociate_", "queue_")
AUTH_CODES = ("authentication_failed", "authentication_token_required", "client_account_id_invalid",
              "client_account_id_required", "username_invalid", "username_required")
AUTH_HINT = ("check api_username (the VoiceMeUp user name, or the 4-8 digit client user ID) and api_key (the 32 "
             "hexadecimal characters of the API auth_token from the VoiceMeUp portal)")
# Messages a success may carry that are data, not news for the user (queue_sms: the hash of the SMS).
DATA_CODES = ("queued_sms_hash",)
# VoiceMeUp's own words for a problem on its side: a write may or may not have been applied.
INTERNAL_CODES = ("internal_error-database_error", "internal_error-invalid_argument")
_BUG = "a parameter this collection sent is not what VoiceMeUp expects; please report it"
# A peer id names the trunk a number rings (did's trunk), or at the peer calls the trunk itself.
_PEER = {"update_did": "trunk", "update_e911": "trunk", "associate_e911": "trunk", "disassociate_e911": "trunk",
         "get_peers": "name", "update_peer": "name", "delete_peer": "name", None: "trunk"}
# A profile's or a trunk's field the modules have no option for: sent back as VoiceMeUp listed it.
_AS_READ = "a value this collection sends back as VoiceMeUp lists it; correct it in the VoiceMeUp portal"
# What each call's friendly_name is: a DID's description, a trunk's, SMS profile's or fax profile's
# name, a channel group's name; a port request's is never set by the modules (sent back as read).
_FRIENDLY = {"update_did": "description", "update_peer": "name", "update_sms_profile": "profile",
             "update_fax_profile": "login", "update_channel": "channels.name", "update_port_request": None,
             None: "name"}
# One map for every request type: a VoiceMeUp code -> (the module option it is about, what it means).
# The option is None where no option is at fault, or a dict {request_type: option, None: default}
# where the same code means different options in different calls (a meaning may be such a dict too).
# The modules' neutral names, never VoiceMeUp's parameter names (``description`` is a DID's
# ``friendly_name``, ``trunk`` its peers, ``station_id`` a fax profile's ``local_ident``); each
# adapter in providers/voicemeup/ shows which neutral option feeds which parameter.
CODE_TEXT = {
    # numbers (get_dids, update_did, delete_did, activate_new_did, e911)
    "phone_number_invalid": ({"update_port_request": "numbers", "get_port_requests": "numbers", "lookup_did": "numbers",
                              None: "number"},
                             "is not a valid number (10 digits in North America), or not in this account"),
    "phone_number_not_found": ("number", "is not a number of this account"),
    "client_did_id_invalid": ("number", "is not a number of this account"),
    "client_did_id_not_found": ("number", "is not a number of this account"),
    "friendly_name_invalid": (_FRIENDLY, {"update_port_request": "the port request's name (set in the VoiceMeUp "
                                                                 "portal) must be 2 to 60 characters",
                                          None: "must be 2 to 32 characters"}),
    "friendly_name_required": (_FRIENDLY, "is required"),
    "forward_number_invalid": ({"update_sms_profile": "forward_to", None: "forward_to"},
                               "is not a valid phone number"),
    "forward_number_required": ("forward_to", "is required"),
    "forward_number_used_by_did": ("forward_to", "cannot be a number that is itself forwarded (VoiceMeUp: already "
                                                 "in use)"),
    "callerid_name_invalid": ("caller_id_name", "must be 3 to 15 letters or digits"),
    "callerid_name_required": ("caller_id_name", "is required"),
    "callerid_number_invalid": ({"update_fax_profile": "from_number", None: "caller_id_number"},
                                {"update_fax_profile": "must be a North American number (10 digits)",
                                 "update_peer": "must be a North American number (10 digits)",
                                 None: "must be 1 to 20 digits (a leading + allowed)"}),
    "callerid_number_required": ({"update_fax_profile": "from_number", None: "caller_id_number"}, "is required"),
    "callerid_name_rewrite_invalid": ("caller_id_name", "must be 3 to 15 letters or digits"),
    "callerid_number_rewrite_invalid": ("caller_id_number", "must be 1 to 20 digits (a leading + allowed)"),
    "callerid_rejection_notice": ("caller_id_number", "some carriers reject a toll-free caller ID"),
    "client_peer_id_invalid": (_PEER, "names a trunk (VoiceMeUp peer) this account does not have"),
    "client_peer_id_not_found": (_PEER, "names a trunk (VoiceMeUp peer) this account does not have"),
    "peer_required": (_PEER, "is required"),
    "peers_to_ring_limit_reached": ("trunk", "VoiceMeUp rings at most 5 trunks (peers) per number"),
    "mailbox_invalid": ("voicemail", "is not a mailbox of this account"),
    "client_mailbox_id_invalid": ("voicemail", "is not a mailbox of this account"),
    "status_invalid": ({"update_port_request": None, "get_port_requests": None, None: "enabled"},
                       {"update_port_request": "the port request is no longer a draft (not_ready) or rejected by "
                                               "VoiceMeUp's staff, and VoiceMeUp takes no change to it now",
                        "get_port_requests": _BUG,
                        None: "VoiceMeUp refused the status (enabled or disabled)"}),
    "status_required": ("enabled", "is required"),
    "email_invalid": ("email", "is not a valid e-mail address"),
    "email_required": ("email", "is required"),
    "client_sms_profile_id_invalid": ("profile", "names an SMS profile this account does not have (any more)"),
    "client_fax_profile_id_invalid": ("login", "names a fax profile this account does not have (any more)"),
    "client_subaccount_id_invalid": (None, _AS_READ),
    # SMS settings of a number (update_did) and SMS profiles (update_sms_profile): sms_config
    "sms_notify_email_required": ("email", "is required to notify incoming SMS by e-mail"),
    "sms_forward_number_invalid": ("forward_to", "is not a valid North American number (10 digits)"),
    "sms_forward_number_required": ("forward_to", "is required to forward incoming SMS"),
    "sms_callback_url_invalid": ("url", "is not a valid http(s) URL"),
    "sms_callback_url_required": ("url", "is required to post incoming SMS to a URL"),
    "sms_autoreply_message_invalid": ("auto_reply", "must be 1 to 160 characters"),
    "sms_autoreply_message_required": ("auto_reply", "is required for an automatic reply"),
    "notify_email_invalid": ("email", "is not a valid e-mail address"),
    "notify_email_required": ("email", "is required to notify incoming SMS by e-mail"),
    "notify_name_invalid": ("email", "the e-mail notification's name (the SMS profile's name unless it has one) must "
                                     "be 1 to 255 characters"),
    "notify_name_required": ("email", "the e-mail notification needs a name (this collection sends the SMS profile's "
                                      "name); " + _BUG),
    "callback_url_invalid": ("url", "is not a valid http(s) URL"),
    "callback_url_required": ("url", "is required with the callback (webhook) option"),
    "backup_url_invalid": (None, "the profile's backup URL: " + _AS_READ),
    "autoreply_message_invalid": ("auto_reply", "must be 1 to 160 characters"),
    "autoreply_message_required": ("auto_reply", "is required for an automatic reply"),
    "allowed_senders_invalid": ({"update_fax_profile": "allowed_senders", None: None},
                                {"update_fax_profile": "must be e-mail addresses",
                                 None: "the profile's allowed senders: " + _AS_READ}),
    "allowed_senders_required": ({"update_fax_profile": "allowed_senders", None: None},
                                 "is required (an empty list allowed); " + _BUG),
    # fax profiles (update_fax_profile): fax_user
    "local_ident_invalid": ("station_id", "must be 2 to 20 characters"),
    "local_ident_required": ("station_id", "is required"),
    "fax_header_invalid": ("header", "must be 2 to 20 characters"),
    "fax_header_required": ("header", "is required"),
    "contact_name_invalid": ("contact_name", "must be 4 to 60 characters"),
    "retry_limit_invalid": ("retry_limit", "must be 1 to 9"),
    "page_format_invalid": ("page_format", "must be letter, legal or a4"),
    "page_format_required": ("page_format", "is required"),
    "resolution_invalid": ("resolution", "must be standard, fine, super_fine, ultra_fine or color"),
    "resolution_required": ("resolution", "is required"),
    "country_id_invalid": ("country", "is not a country VoiceMeUp serves"),
    "country_id_required": ("country", "is required"),
    "state_id_invalid": ("region", "is not a state or province VoiceMeUp knows"),
    "npa_invalid": ("npa", "must be a 3-digit North American area code"),
    "npa_required": ("npa", "is required"),
    "language_invalid": ({"update_e911": "language", "update_fax_profile": "language", None: None}, "must be en or fr"),
    "language_required": ({"update_fax_profile": "language", None: None}, "is required (en or fr)"),
    # trunks (update_peer, delete_peer, channels)
    "password_invalid": ("password", "VoiceMeUp refused the password"),
    "password_mismatch": ("password", "the password verification did not match"),
    "password_required": ("password", "is required for a trunk that registers"),
    "codecs_invalid": ("codecs", "one of them is not a codec VoiceMeUp offers"),
    "codecs_required": ("codecs", "needs at least one codec"),
    "dtmf_invalid": ("dtmf_mode", "is not a DTMF mode VoiceMeUp offers"),
    "dtmf_mode_invalid": ("dtmf_mode", "is not a DTMF mode VoiceMeUp offers"),
    "dtmf_mode_required": ("dtmf_mode", "is required"),
    # default_ip is no option: the trunk's address is ip_address (host); default_ip goes back as read.
    "default_ip_invalid": (None, "the trunk's default IP address: " + _AS_READ),
    "host_type_invalid": ("auth_type", "must be ip (VoiceMeUp host_type static) or credentials (dynamic)"),
    "host_type_required": ("auth_type", "is required"),
    "host_invalid": ("ip_address", "is not a valid IPv4 or IPv6 address"),
    "port_invalid": ("port", "must be 1 to 65535"),
    "transport_invalid": ("transport", "must be udp, tcp or tls"),
    "transport_required": ("transport", "is required for an IP-authenticated trunk"),
    "enable_nat_invalid": ("nat", "must be yes or no"),
    "simultaneous_calls_limit_invalid": ("max_calls", "must be 0 to 255"),
    "register_timeout_invalid": ("register_timeout", "VoiceMeUp refused the registration timeout"),
    "progress_timeout_invalid": ("progress_timeout", "VoiceMeUp refused the progress timeout"),
    "proxy_id_invalid": ("proxy", "is not a proxy of this account (get_proxies)"),
    "client_channel_id_invalid": ("channels", "names a channel group this account does not have (any more)"),
    "quantity_inbound_invalid": ("channels.inbound", "must be 0 to 999"),
    "quantity_inbound_required": ("channels.inbound", "is required"),
    "quantity_outbound_invalid": ("channels.outbound", "must be 0 to 999"),
    "quantity_outbound_required": ("channels.outbound", "is required"),
    "quantity_bidirectional_invalid": ("channels.bidirectional", "must be 0 to 999"),
    "quantity_bidirectional_required": ("channels.bidirectional", "is required"),
    # the protocol (SIP) is not sent: at update_peer a bug; at get_new_dids the number type searched
    "type_invalid": ({"update_peer": None, None: "type"},
                     {"update_peer": _BUG, None: "is not a type VoiceMeUp offers"}),
    "peer_username_invalid": ("name", "a trunk that registers is named by its user name: 6 to 32 letters or digits"),
    "peer_username_required": ("name", "a trunk that registers needs a user name (its name)"),
    "peer_exist": ("name", "another trunk (peer) already has this user name"),
    "peer_did_dependency": ({"delete_peer": "state", "update_peer": "enabled", None: None},
                            "numbers still ring this trunk; point them elsewhere with voip.carrier.did first"),
    "peers_limit_reached": ("name", "cannot be a new trunk: the account holds as many trunks (peers) as its plan "
                                    "allows; remove one (state: absent) or raise the plan"),
    # callerid_mode follows caller_id_number: custom with one, device without (global only as read)
    "callerid_mode_invalid": ("caller_id_number", "VoiceMeUp refused the caller ID mode it sets (custom with a "
                                                  "number, device without)"),
    "callerid_mode_required": ("caller_id_number", "VoiceMeUp wants a caller ID mode, which it sets; " + _BUG),
    "global_callerid_infos_undefined": ("caller_id_number", "the trunk uses the account's global caller ID settings, "
                                                            "and the account has none: set caller_id_number, or "
                                                            "global settings in the VoiceMeUp portal"),
    "qualify_invalid": (None, "the trunk's qualify time must be 2000 to 60000 ms: " + _AS_READ),
    "qualify_required": (None, "the trunk qualifies its endpoint without a qualify time: " + _AS_READ),
    "auth_username_invalid": (None, "the trunk's authentication user name (3 to 32 characters): " + _AS_READ),
    # e911 (check_e911, update_e911, delete_e911)
    "civic_number_not_found": ("street_number", "is not in the E911 address database"),
    "street_not_found": ("street_name", "is not in the E911 address database"),
    "city_not_found": ("city", "is not in the E911 address database"),
    "state_not_found": ("region", "is not in the E911 address database"),
    "country_not_found": ("country", "is not in the E911 address database"),
    "postal_code_not_found": ("postal_code", "is not in the E911 address database"),
    "first_name_not_found": ("name", "is required (the caller's full name)"),
    "last_name_not_found": ("name", "is required (the caller's full name)"),
    "alternate_address_provided": (None, "the address is not in the E911 database as written; VoiceMeUp proposes "
                                         "the addresses it knows"),
    "entry_is_default_endpoint": (None, "this E911 address is the account's default one; make another one the "
                                        "default in the VoiceMeUp portal before removing it"),
    "no_e911_endpoint_found": ("number", "has no E911 address"),
    "civic_number_invalid": ("street_number", "must be digits only"),
    "street_invalid": ("street_name", "must be 1 to 255 characters"),
    "city_invalid": ("city", "must be 1 to 255 characters"),
    "postal_code_invalid": ("postal_code", "is not a postal code of the country (A1A 1A1 in Canada, 12345 in the US)"),
    "state_code_invalid": ("region", "is not a state or province code VoiceMeUp knows"),
    "country_code_invalid": ("country", "must be CA or US"),
    "address_type_invalid": ("unit_type", "is not an address type VoiceMeUp knows"),
    "address_type_number_invalid": ("unit_number", "VoiceMeUp refused the unit number"),
    "full_name_invalid": ("name", "must be 2 to 32 characters"),
    "e911_language_invalid": ("language", "must be en or fr"),
    # port requests (update_port_request, get_port_requests, lookup_did): lnp_request, lnp_request_info
    "port_request_id_invalid": ("numbers", "the port request of these numbers is gone (VoiceMeUp no longer lists it); "
                                           "run the task again"),
    "phone_numbers_invalid": ("numbers", "are not 10-digit numbers, or one of them is in this account or in another "
                                         "port request already"),
    "phone_number_type_invalid": ("numbers", "VoiceMeUp ports toll-free and local numbers in separate requests"),
    "phone_numbers_to_keep_invalid": (None, _AS_READ),
    "phone_numbers_to_cancel_invalid": (None, _AS_READ),
    "features_invalid": ("features", "must be sms, mms or t38"),
    "capacity_invalid": ({"update_port_request": "capacity", None: None},
                         {"update_port_request": "must be 1-2, 2-5, 5-10, 10-15, 15-25, 25-50 or 50+", None: _BUG}),
    "requested_firm_date_invalid": ("foc_date", "must be 3 to 15 business days ahead (YYYY-MM-DD)"),
    "organization_invalid": ("company", "must be 2 to 60 characters"),
    "organization_type_invalid": ("location", "must be business or residential"),
    "current_provider_invalid": ("losing_carrier", "must be 2 to 60 characters"),
    "current_reseller_invalid": (None, _AS_READ),
    "current_reseller_account_invalid": (None, _AS_READ),
    "unit_number_invalid": ("service_unit", "must be digits only"),
    "state_other_invalid": ("region", "must be 1 to 60 characters"),
    "client_instructions_invalid": ("instructions", "VoiceMeUp refused the instructions"),
    "send_to_staff_invalid": ("submit", _BUG),
    "loa_invalid": ("loa_file", "the letter of authorization must be a non-empty file VoiceMeUp takes"),
    "bill_invalid": ("bill_file", "the bill must be a non-empty file VoiceMeUp takes"),
    "notification_client_user_id_invalid": (None, _AS_READ),
    "is_notify_creation_invalid": (None, _AS_READ),
    "extra_recipients_invalid": (None, _AS_READ),
    # anything: what the collection sent, not what the user gave
    "options_invalid": (None, _BUG),
    "required_parameter_not_found": (None, _BUG),
    "result_limit_invalid": (None, _BUG),
    "result_offset_invalid": (None, _BUG),
    "mode_invalid": (None, _BUG),
    "request_type_invalid": ("api_url", "the API at api_url does not know this request type; is it VoiceMeUp v1.1?"),
    "request_type_not_implemented": (None, "VoiceMeUp does not offer this request type (yet)"),
    "comments_invalid": ({"update_did": "comments", "update_peer": "description", None: None},
                         "VoiceMeUp refused the text"),
    "peer_excluded_from_sync": (None, "VoiceMeUp excludes this trunk from synchronization: its changes do not reach "
                                      "the live configuration yet"),
}
# Fields of peers, profiles and port requests no module option sets: an update sends them back as
# VoiceMeUp listed them, so a refusal is about what VoiceMeUp holds (or a portal setting).
CODE_TEXT.update({code: (None, _AS_READ) for code in (
    "auth_username_required", "box_number_invalid", "client_callerid_profile_id_invalid",
    "client_callerid_profile_id_required", "client_filter_ids_invalid", "notify_callback_triggers_invalid",
    "notify_callback_triggers_required", "notify_callback_url_invalid", "notify_callback_url_required",
    "provisioned_endpoint_id_invalid")})
# Parameters this collection fills in itself (create defaults, flags, filters): a refusal is its bug.
CODE_TEXT.update({code: (None, _BUG) for code in (
    "callerid_format_invalid", "callerid_format_required", "callerid_type_invalid", "callerid_type_required",
    "date_from_invalid", "date_to_invalid", "dnis_format_invalid", "dnis_format_required", "dnis_mode_invalid",
    "dnis_mode_required", "enable_auth_invalid", "enable_notification_invalid", "enable_notify_callback_invalid",
    "enable_qualify_invalid", "enable_recording_invalid", "enable_reinvite_invalid", "force_ring_signal_invalid",
    "ondemand_recording_invalid", "other_invalid")})
# Codes a success may carry that the user should hear about (digest 2.3 rule 5).
NOTICE_TEXT = {
    "requests_soft_limit_reached": "the account passed its limit of 1,200 requests an hour (shared by every "
                                   "task, inventory and lookup of the account); far beyond it VoiceMeUp refuses "
                                   "every request for 60 minutes",
}


# The resources whose adapter module exists. Each one is added here together with its branch in
# adapter_class, in the same commit: Ansible packs into a module's payload every module_utils file
# an import statement names and fails the task when one is missing, so a branch may only name a
# file that exists (and a name listed without its branch would load nothing).
RESOURCES = ("did", "e911", "fax_user", "lnp_request", "sip_trunk", "sms_config")


def adapter_class(resource):
    """The adapter class of one resource, its module imported now (see base.LazyAdapters)."""
    # pylint: disable=import-outside-toplevel
    if resource == "did":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.did import VoiceMeUpDid
        return VoiceMeUpDid
    if resource == "e911":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.e911 import VoiceMeUpE911
        return VoiceMeUpE911
    if resource == "fax_user":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.fax import VoiceMeUpFaxUser
        return VoiceMeUpFaxUser
    if resource == "sip_trunk":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.trunk import VoiceMeUpTrunk
        return VoiceMeUpTrunk
    if resource == "sms_config":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.sms import VoiceMeUpSms
        return VoiceMeUpSms
    if resource == "lnp_request":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.lnp import VoiceMeUpLnp
        return VoiceMeUpLnp
    raise KeyError(resource)


def peer_name(row):
    """The trunk name of a peer, one rule for every module: its peer_username when it registers
    (the name it is known by on the wire), else its friendly_name."""
    if row.get("host_type") == "dynamic" and row.get("peer_username"):
        return str(row["peer_username"])
    return str(row.get("friendly_name") or "")


def is_write(request_type):
    return request_type.startswith(WRITE_PREFIXES)


def wire_value(value):
    """A parameter as VoiceMeUp reads it: flags 1/0, lists comma-separated, the rest as text."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ",".join(str(item) for item in value)
    if isinstance(value, (set, frozenset)):
        return ",".join(sorted(str(item) for item in value))
    return str(value)


def _iso(timestamp):
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(timestamp))


class VoiceMeUpClient(ProviderClient):
    name = "voicemeup"
    default_url = "https://clients.voicemeup.com"
    credentials = ("api_username", "api_key")
    # Every request type this collection uses draws from the shared pool (queue_sms and queue_fax,
    # never used here, have their own).
    rate_limits = ((1200, 3600),)
    adapters = LazyAdapters(RESOURCES, adapter_class)
    snapshot_cost = {"numbers": "get_dids, every number in one answer; get_e911, %d addresses a page (the E911 "
                                "flag)" % PAGE_SIZE,
                     "sms": "get_dids carries each number's SMS options; get_sms_profiles, once, when a number is "
                            "bound to an SMS profile",
                     "port_in": "get_port_requests, every port request in one answer"}
    # get_dids returns no E911 address (get_e911 only says which numbers have one here).
    snapshot_gaps = ("e911 address",)

    def __init__(self, connection):
        super().__init__(connection)
        username = str(connection["api_username"])
        # The user name identifies the account in every URL of a read: masked like the token.
        self.redact.add(username)
        self.redact.add(str(connection["api_key"]).lower())
        # v1.1 takes the account as ``username`` or as the numeric ``client_user_id`` (4-8 digits).
        self.auth = {"client_user_id" if re.fullmatch(r"\d{4,8}", username) else "username": username,
                     "auth_token": str(connection["api_key"]).strip().lower()}
        # The get_dids row of every number read this run, by E.164 number, whichever adapter read it
        # (update_did replaces list fields whole: an update starts from the row).
        self.did_rows = {}
        # Numbers written with an unknown outcome: asked again, never taken from the account's rows.
        self._stale = set()

    @staticmethod
    def normalise_url(url):
        # The seed names URLs down to the format (https://clients.voicemeup.com/api/v1.1/json/...);
        # users copy either that or the base URL. Both mean the same API: keep the base.
        return url[:-len(API_PATH)] if url.endswith(API_PATH) else url

    def _transport(self):
        conn = self.connection
        return HttpTransport(self.base_url, timeout=self.timeout,
                             validate_certs=conn.get("validate_certs", True), redactor=self.redact, log=self.log,
                             budget=self.budget)

    @staticmethod
    def describe(code, request_type, message=None):
        """``code: VoiceMeUp's text (option: what it means)`` for one message."""
        option, meaning = code_meaning(CODE_TEXT, code, request_type)
        return with_meaning("%s: %s" % (code, message or code.replace("_", " ")), option, meaning)

    def _http_failure(self, response, request_type, write):
        if response.status_code == 404:
            # Nothing answers at this path: almost always api_url pointing at the wrong place.
            where = self.redact("%s%s/%s" % (self.base_url, API_PATH, request_type))
            return CarrierError(self.name, "api_url: %s answered HTTP 404, so there is no VoiceMeUp API v1.1 there; "
                                           "set api_url to the base URL (https://clients.voicemeup.com, or your "
                                           "white-label domain)" % where,
                                code="HTTP 404", http_status=404, request=request_type)
        # A 5xx answer to a write says nothing about whether it was applied.
        return CarrierError(self.name, "HTTP %s" % response.status_code, http_status=response.status_code,
                            request=request_type, maybe_applied=write and response.status_code >= 500)

    def _decode(self, response, request_type, write):
        """The body of an answer as an object with ``response_details``, or TransportError."""
        try:
            body = json.loads(response.text)
        except ValueError:
            raise TransportError("%s: malformed answer to %s (HTTP 200, not JSON: %r)"
                                 % (self.name, request_type, self.redact(response.text[:80])), request=request_type,
                                 maybe_applied=write)
        details = body.get("response_details") if isinstance(body, dict) else None
        if not isinstance(details, dict) or details.get("response_status") not in ("success", "error"):
            shape = "an object without response_details" if isinstance(body, dict) else "a JSON %s" % type(body).__name__
            raise TransportError("%s: answer of an unexpected shape to %s (%s where the response_details envelope is "
                                 "expected)" % (self.name, request_type, shape), request=request_type,
                                 maybe_applied=write)
        return body, details

    @staticmethod
    def messages(details):
        """Every ``(code, text)`` of an envelope, whether ``message`` is one object or a list."""
        found = (details.get("response_messages") or {})
        found = found.get("message") if isinstance(found, dict) else None
        if found in (None, ""):
            return []
        result = []
        for item in found if isinstance(found, list) else [found]:
            if isinstance(item, dict):
                result.append((str(item.get("code") or ""), str(item.get("_content") or "")))
            else:
                result.append(("", str(item)))
        return result

    def call(self, request_type, params=None, write=None, empty=(), files=None):
        """Call one request type; return the decoded body. ``empty`` lists the codes that mean
        "nothing found" for this call (``no_e911_endpoint_found``): they return ``None`` instead of
        raising. ``write`` defaults to what the request type's name says. ``files``
        ({parameter: (filename, bytes, content type)}) sends a write as a multipart POST: the
        ``file`` parameters (update_port_request's loa and bill) travel only so (seed L339, L703)."""
        write = is_write(request_type) if write is None else write
        form = dict(self.auth)
        for key, value in (params or {}).items():
            if value is not None:
                form[key] = wire_value(value)
        path = "%s/%s" % (API_PATH, request_type)
        if write:
            response = self.http.request("POST", path, data=form, idempotent=False, label=request_type,
                                         files=files)
        else:
            response = self.http.request("GET", path, params=form, label=request_type)
        if response.status_code != 200:
            raise self._http_failure(response, request_type, write)
        body, details = self._decode(response, request_type, write)
        messages = self.messages(details)
        if details["response_status"] == "success":
            self._notices(messages, request_type)
            return body
        codes = [code for code, _text in messages]
        if codes and all(code in empty for code in codes):
            return None
        error = self._failure(messages, request_type, write)
        # What came with the error, for the adapter that reads it (check_e911: the alternate addresses).
        error.body = body
        raise error

    def _notices(self, messages, request_type):
        for code, text in messages:
            if code not in DATA_CODES:
                self.warn("%s (%s)" % (NOTICE_TEXT.get(code) or self.describe(code, request_type, text), request_type))

    def _failure(self, messages, request_type, write):
        """The error of an ``error`` answer: every message in it, the first code as its code."""
        codes = [code for code, _text in messages]
        first = codes[0] if codes else "no code"
        text = self.redact("; ".join(self.describe(code, request_type, message) for code, message in messages)
                           or "no message")
        if "requests_hard_limit_exceeded" in codes:
            return self._locked_out(request_type)
        if any(code in AUTH_CODES for code in codes):
            return AuthenticationError(self.name, "%s; %s" % (text, AUTH_HINT), code=first, request=request_type)
        return CarrierError(self.name, text, code=first, request=request_type,
                            maybe_applied=write and any(code in INTERNAL_CODES for code in codes))

    def _locked_out(self, request_type):
        """VoiceMeUp locked the account out: every fork pauses for the lockout (a knock during it
        would extend it), and the task fails now rather than wait an hour."""
        until = self.budget.clock() + LOCKOUT_SECONDS
        reason = "VoiceMeUp refused %s with requests_hard_limit_exceeded (60-minute lockout)" % request_type
        self.budget.hold(LOCKOUT_SECONDS, reason)
        error = CarrierError(self.name, "requests_hard_limit_exceeded: the account is far beyond its 1,200 requests an "
                                        "hour and VoiceMeUp refuses every request for 60 minutes; nothing more will be "
                                        "sent for this account from this controller until %s (any request before then "
                                        "would extend the lockout)" % _iso(until),
                             code="requests_hard_limit_exceeded", request=request_type)
        # The same key as the tasks after it carry (budget.BudgetExhausted): when to run again.
        error.details["budget_refills_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(until))
        return error

    def records(self, body, container, item):
        """The records under ``body[container][item]`` as a list of objects: one object, a list,
        ``""`` or nothing all mean what they say; anything else is not understood."""
        holder = (body or {}).get(container)
        if holder in (None, "", []):
            return []
        rows = holder.get(item) if isinstance(holder, dict) else holder
        if rows in (None, ""):
            return []
        if isinstance(rows, dict):
            rows = [rows]
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise TransportError("%s: answer of an unexpected shape (%s/%s is a JSON %s where records are expected)"
                                 % (self.name, container, item, type(rows).__name__), request=container)
        return rows

    def pages(self, request_type, params, container, item, empty=()):
        """Every record of a paginated list: pages of ``PAGE_SIZE`` until a short one."""
        found, offset = [], 0
        while True:
            page = dict(params or {}, result_limit=PAGE_SIZE, result_offset=offset)
            rows = self.records(self.call(request_type, page, empty=empty), container, item)
            found.extend(rows)
            if len(rows) < PAGE_SIZE:
                return found
            offset += PAGE_SIZE

    def dids(self):
        """The get_dids row of every number of the account, by phone number (deleted rows left out),
        read once per run whichever adapter asks first (update_did replaces list fields whole, so
        every update starts from the row)."""
        def read_all():
            rows = self.records(self.call("get_dids"), "dids", "did")
            return {str(row.get("phone_number")): row for row in rows if row.get("status") != "deleted"}
        return self.memo("get_dids", read_all)

    def _dids_read(self):
        """The account's rows when this run has read them all, else None (no request)."""
        with self._memo_lock:
            return self._memo.get("get_dids")

    def did_row(self, phone_number):
        """The get_dids row of one number (10 to 15 digits): from the account's rows when this run
        has read them, else one get_dids of that number. None when the account does not hold it."""
        known = self._dids_read()
        if known is not None and phone_number not in self._stale:
            return known.get(phone_number)
        rows = self.records(self.call("get_dids", {"phone_number": phone_number}, empty=("phone_number_invalid",)),
                            "dids", "did")
        row = next((row for row in rows if str(row.get("phone_number")) == phone_number
                    and row.get("status") != "deleted"), None)
        self.remember_did(phone_number, row)
        self._stale.discard(phone_number)
        return row

    def forget_did(self, phone_number):
        """A write to this number got no usable answer: its next read asks VoiceMeUp."""
        self._stale.add(phone_number)

    def e911_numbers(self):
        """The numbers (E.164) that have an E911 address: get_e911, a page of 1000 at a time, read
        once per run and shared with the e911 adapter (the bulk module's E911 records)."""
        return set(self.resource("e911").endpoints())

    def snapshot_numbers(self, parts, pattern=None):
        dids = self.resource("did")
        records = list(dids.list(pattern))
        # get_dids has no E911 flag: the get_e911 pages only for a caller that wants it.
        with_e911 = (self.e911_numbers() if records else set()) if E911_FLAG in parts else None
        # The SMS settings are the DID rows' own (enable_sms* options, sms_* fields): the sms_config
        # adapter reads them from the row, no request.
        sms = self.resource("sms_config") if "sms" in parts else None
        for record in records:
            if with_e911 is not None:
                record["e911"] = record["number"] in with_e911
            if sms is not None:
                record["sms"] = sms.settings(dids.wire_row(record["number"]))
            yield record

    def remember_did(self, phone_number, row):
        """Keep what a write made of a number (None: it is gone) for the rest of the run."""
        known = self._dids_read()
        if known is not None:
            if row is None or row.get("status") == "deleted":
                known.pop(phone_number, None)
            else:
                known[phone_number] = row
