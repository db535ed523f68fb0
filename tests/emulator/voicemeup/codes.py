"""VoiceMeUp message codes and their texts (digest §2.4, seed L2218-2412).

``SEED_SECTIONS`` is copied verbatim from the seed's "Error types" chapter, typos included ("Foudn",
"occured", "provisionned"), one dict per heading of the seed. A code listed under a request type's own
heading wins for that request type (``type_invalid`` reads differently at update_peer and
order_new_dids; ``call_hash_invalid`` at get_recordings). ``SYNTHESIZED`` holds the codes the seed does
NOT document (digest §6.2 step 5): project-defined, marked as such in every reply by nothing but
their absence from the seed, and listed in docs/emulator.md.
"""

from __future__ import annotations

import re

# -- verbatim from the seed -------------------------------------------------------------------------

SEED_SECTIONS = {
    'Global': {
        'auth_username_invalid': 'Auth username is invalid.',  # L2224
        'auth_username_required': 'Auth username is required.',  # L2225
        # L2226
        'authentication_failed': (
            "Authentication failed. Please verify 'client_account_id' and 'auth_token'."
        ),
        'authentication_token_required': 'Auth token is required.',  # L2227
        # L2228
        'requests_soft_limit_reached': (
            'The limit of requests has been reached. Further requests may be denied'
        ),
        # L2229
        'requests_hard_limit_exceeded': (
            'The limit of requests allowed has been exceeded. Request is denied.'
        ),
        'callerid_name_invalid': 'Caller ID name is invalid.',  # L2230
        'callerid_name_required': 'Caller ID name is required.',  # L2231
        'callerid_number_invalid': 'Caller ID number is invalid.',  # L2232
        'callerid_number_required': 'Caller ID number is required.',  # L2233
        'callerid_rejection_notice': 'Some providers might reject toll free Caller ID.',  # L2234
        'client_account_id_invalid': 'Client account ID is invalid.',  # L2235
        'client_account_id_required': 'Client account ID is required.',  # L2236
        'client_did_id_invalid': 'Client DID ID is invalid.',  # L2237
        'client_extension_id_invalid': 'Client account ID is invalid.',  # L2238
        'client_mailbox_id_invalid': 'Client mailbox ID is invalid.',  # L2239
        'client_peer_id_invalid': 'Client peer ID is invalid.',  # L2240
        'country_id_invalid': 'Country ID is invalid.',  # L2241
        'country_id_required': 'Country ID is required.',  # L2242
        'date_from_invalid': 'Date from is invalid.',  # L2243
        'date_to_invalid': 'Date to is invalid.',  # L2244
        'email_invalid': 'Email address is invalid.',  # L2245
        'email_required': 'Email address is required.',  # L2246
        'forward_number_invalid': 'Forward number is invalid.',  # L2247
        'forward_number_required': 'Forward number is required.',  # L2248
        'forward_timeout_invalid': 'Call forward ring timeout is invalid.',  # L2249
        'forward_timeout_required': 'Call forward ring timeout is required.',  # L2250
        'friendly_name_invalid': 'Friendly name is invalid.',  # L2251
        'friendly_name_required': 'Friendly name is required.',  # L2252
        'internal_error-database_error': 'There was an internal error with our database.',  # L2253
        'internal_error-invalid_argument': 'Invalid argument.',  # L2254
        'language_invalid': 'Language is invalid.',  # L2255
        'mailbox_invalid': 'Mailbox is invalid.',  # L2256
        'mode_invalid': 'Mode is invalid.',  # L2257
        'npa_invalid': 'NPA is invalid.',  # L2258
        'nxx_invalid': 'NXX is invalid.',  # L2259
        'npa_required': 'NPA is required.',  # L2260
        'nxx_required': 'NXX is required.',  # L2261
        'options_invalid': 'Options are invalid.',  # L2262
        'password_invalid': 'Password is invalid.',  # L2263
        'password_mismatch': 'The password verification did not match.',  # L2264
        'password_required': 'Password is required.',  # L2265
        'peer_required': 'Peer is required.',  # L2266
        'peer_timeout_invalid': 'Peer ring timeout is invalid.',  # L2267
        'peer_timeout_required': 'Peer ring timeout is required.',  # L2268
        'peers_to_ring_limit_reached': 'Please choose a maximum of 5 peers.',  # L2269
        'phone_number_invalid': 'Phone number is invalid.',  # L2270
        'request_type_invalid': 'Request type is invalid.',  # L2271
        'request_type_not_implemented': 'Request type is not implemented.',  # L2272
        'request_type_required': 'Request type is required.',  # L2273
        'required_parameter_not_found': 'Required parameters missing.',  # L2274
        'result_limit_invalid': 'Result limit is invalid.',  # L2275
        'result_offset_invalid': 'Result offset is invalid.',  # L2276
        'state_id_invalid': 'State ID is invalid.',  # L2277
        'status_invalid': 'Status is invalid.',  # L2278
        'status_required': 'Status is required.',  # L2279
        'username_invalid': 'Username is invalid.',  # L2280
        'username_required': 'Username is required.',  # L2281
    },
    'Dispatch Call': {
        'destination_invalid': 'Destination is invalid.',  # L2284
        'destination_required': 'Destination is required.',  # L2285
        'destination_type_invalid': 'Destination type is invalid.',  # L2286
        'destination_type_required': 'Destination type is required.',  # L2287
        'enable_recording_invalid': 'Enable recording value is invalid.',  # L2288
        'global_callerid_name_undefined': 'Global caller ID name is not defined.',  # L2289
        'max_retries_invalid': 'Maximum retries is invalid.',  # L2290
        'retry_delay_invalid': 'Retry delay is invalid.',  # L2291
        'socket_error': 'A socket error occured.',  # L2292
        'source_invalid': 'Source is invalid.',  # L2293
        'source_required': 'Source is required.',  # L2294
        'source_type_invalid': 'Source type is invalid.',  # L2295
        'source_type_required': 'Source type is required.',  # L2296
        'wait_time_invalid': 'Wait time is invalid.',  # L2297
    },
    'Get Calls': {
        'direction_invalid': 'Direction is invalid.',  # L2300
        'call_hash_invalid': 'Call Hash is invalid.',  # L2301
    },
    'Get Rates': {
        'code_invalid': 'Code is invalid.',  # L2304
        'search_parameters_required': 'Search parameters are required.',  # L2305
    },
    'Report Call Issue': {
        'call_hash_invalid': 'Call Hash is invalid.',  # L2308
        'call_issue_id_invalid': 'Call Issue ID is invalid.',  # L2309
    },
    'Get Recordings': {
        'call_hash_invalid': 'Call hash is invalid.',  # L2312
        'call_recording_id_invalid': 'Call recording id is invalid.',  # L2313
        'recording_hash_invalid': 'Recording hash is invalid.',  # L2314
    },
    'Process Payment': {
        'amount_invalid': 'Amount is invalid.',  # L2317
        'amount_required': 'Amount is required.',  # L2318
        'bank_account_number_invalid': 'Bank account number is invalid.',  # L2319
        'bank_account_number_required': 'Bank account number is required.',  # L2320
        'bank_account_type_invalid': 'Bank account type is invalid.',  # L2321
        'bank_account_type_required': 'Bank account type is required.',  # L2322
        'bank_name_invalid': 'Bank name is invalid.',  # L2323
        'bank_name_required': 'Bank name is required.',  # L2324
        'bank_routing_number_invalid': 'Bank routing number is invalid.',  # L2325
        'bank_routing_number_required': 'Bank routing number is required.',  # L2326
        'billing_contact_not_found': "Account's billing contact could not be found.",  # L2327
        'credit_card_cvd_invalid': 'The credit card CVD number is invalid.',  # L2328
        'credit_card_cvd_required': 'The credit card CVD number is required.',  # L2329
        'credit_card_expiration_month_invalid': 'The credit card expiration month is invalid.',  # L2330
        'credit_card_expiration_month_required': 'The credit card expiration month is required.',  # L2331
        'credit_card_type_invalid': 'The credit card type is invalid.',  # L2332
        'credit_card_type_required': 'The credit card type is required.',  # L2333
        'credit_card_expiration_year_invalid': 'The credit card expiration year is invalid.',  # L2334
        'credit_card_expiration_year_required': 'The credit card expiration year is required.',  # L2335
        'credit_card_number_invalid': 'The credit card number is invalid.',  # L2336
        'credit_card_number_required': 'The credit card number is required.',  # L2337
        'currency_invalid': 'Currency is invalid.',  # L2338
        'currency_not_supported': 'Currency is not supported for given type of payment.',  # L2339
        'currency_required': 'Currency is required.',  # L2340
        'minimum_amount_required': 'The minimum amount is not met.',  # L2341
        'payment_attempt_failed': 'Payment attempt has failed.',  # L2342
        'payment_denied': 'Payment denied.',  # L2343
        'payment_method_invalid': 'Payment method is invalid.',  # L2344
        'payment_method_required': 'Payment method is required.',  # L2345
    },
    'Update DID': {
        'forward_number_used_by_did': 'Forward number already in use.',  # L2348
    },
    'Update Extension': {
        'extension_already_in_use': 'Extension is already in use.',  # L2351
        'extension_invalid': 'Extension is invalid.',  # L2352
        'extension_required': 'Extension is required.',  # L2353
    },
    'Update Mailbox': {
        'default_mailbox_dependency': 'You cannot disable this mailbox because it is set as default.',  # L2356
        # L2357
        'mailbox_did_dependency': (
            'You cannot disable this mailbox because it is associated to a DID number.'
        ),
        'passcode_invalid': 'Passcode is invalid.',  # L2358
        'passcode_required': 'Passcode is required.',  # L2359
        'voice_mailboxes_limit_reached': 'Voice mailboxes limit is reached.',  # L2360
    },
    'Update Peer': {
        'callerid_mode_invalid': 'Caller ID mode is invalid.',  # L2363
        'callerid_mode_required': 'Caller ID mode is required.',  # L2364
        'codecs_invalid': 'Codecs are invalid.',  # L2365
        'codecs_required': 'Codecs are required.',  # L2366
        'default_ip_invalid': 'Default IP is invalid.',  # L2367
        'dtmf_invalid': 'The dtmf mode is invalid.',  # L2368
        'global_callerid_infos_undefined': 'Global caller ID settings are not defined.',  # L2369
        'host_type_invalid': 'Host type is invalid.',  # L2370
        'host_type_required': 'Host type is required.',  # L2371
        'peer_did_dependency': 'You cannot disable this peer because it is associated to a DID number.',  # L2372
        # L2373
        'peer_excluded_from_sync': (
            'This peer is currently excluded from synchronization and changes will not affect live '
            'configuration.'
        ),
        'peer_exist': 'The username is already in use.',  # L2374
        'peers_limit_reached': 'Peers limit is reached.',  # L2375
        'qualify_invalid': 'Qualify milliseconds are invalid.',  # L2376
        'qualify_required': 'Qualify milliseconds are required.',  # L2377
        'type_invalid': 'The peer protocol is invalid.',  # L2378
    },
    'e911 Errors': {
        'alternate_address_provided': 'Alternate Address is Provided.',  # L2381
        'client_endpoint_id_not_found': 'Client Endpoint ID Not Found.',  # L2382
        'client_peer_id_not_found': 'Client Peer ID Not Found.',  # L2383
        'client_did_id_not_found': 'Client DID ID Not Found.',  # L2384
        'phone_number_not_found': 'Phone Number Not Foudn.',  # L2385
        'no_e911_endpoint_found': 'Number is not provisioned.',  # L2386
        'civic_number_not_found': 'Civic number not found.',  # L2388
        'street_not_found': 'Street not found.',  # L2389
        'city_not_found': 'City not found.',  # L2390
        'state_not_found': 'State not found.',  # L2391
        'country_not_found': 'Country not found.',  # L2392
        'first_name_not_found': 'First name not found.',  # L2393
        'last_name_not_found': 'Last name not found.',  # L2394
        'postal_code_not_found': 'Postal Code not found.',  # L2395
        # L2396
        'last_endpoint_was_deleted': (
            'The last endpoint was deleted. Any calls to 911 after this notice and before another DID '
            'is provisionned will be billed an E911 unprovision fee in your account.'
        ),
        # L2397
        'entry_is_default_endpoint': (
            'The endpoint is currently the default endpoint for the account. Set the default to another'
            ' one before deleting this one.'
        ),
    },
    'Order new dids': {
        'prefix_required': 'No prefix nor ratecenter id was given.',  # L2400
        'prefix_invalid': 'Prefix is not valid.',  # L2401
        'ratecenter_id_invalid': 'Ratecenter id is not valid.',  # L2402
        'type_invalid': 'Type must be either "local" or "international".',  # L2403
        'quantity_required': 'Quantity is required.',  # L2404
        'quantity_invalid': 'Quantity must be a number above 0 and under 1000.',  # L2405
        'prefix_preference_invalid': 'Preference must be either "in_ratecenter" or "prefix_only".',  # L2406
        'sequential_invalid': 'Preference must be either "random" or "sequential".',  # L2407
        't38_support_invalid': 'Preference must be either "optional" or "required".',  # L2408
        'capacity_invalid': 'Preference must be either "1-5", "5-25" or "25+".',  # L2409
        'prefix_not_found': 'Could not find the prefix in our database.',  # L2410
        'ratecenter_id_not_found': 'Could not find the ratecenter id in our database.',  # L2411
        'could_not_send': 'An error occurred while trying to send the request, please contact us.',  # L2412
    },
}

# The request types each seed heading belongs to ("Process Payment" documents no request type, and the
# "Global" codes can come from any of them).
SECTION_REQUEST_TYPES = {
    "Dispatch Call": ("dispatch_call",),
    "Get Calls": ("get_calls",),
    "Get Rates": ("get_rates",),
    "Report Call Issue": ("report_call_issue",),
    "Get Recordings": ("get_recordings",),
    "Process Payment": (),
    "Update DID": ("update_did",),
    "Update Extension": ("update_extension",),
    "Update Mailbox": ("update_mailbox",),
    "Update Peer": ("update_peer",),
    "e911 Errors": ("get_e911", "check_e911", "associate_e911", "disassociate_e911", "update_e911", "delete_e911"),
    "Order new dids": ("order_new_dids",),
}

# Codes that are notices: they ride on a success reply (digest §2.3 rule 5).
NOTICES = frozenset({"requests_soft_limit_reached", "callerid_rejection_notice", "peer_excluded_from_sync",
                     "last_endpoint_was_deleted"})

# -- PROJECT-DEFINED: not in the seed ----------------------------------------------------------------
# Codes for parameters the seed gives no code of their own (digest §6.2 step 5, §6.3). Their text is
# "<Label> is invalid." / "<Label> is required." built by ``humanize`` unless given here. A code
# documented under another request type's heading (t38_support_invalid, type_invalid) is listed here
# when a different request type needs a neutral text for it. Helpers add their codes to this dict.
SYNTHESIZED = {
    # emulator-core: DIDs (get_dids, update_did, get_new_dids, activate_new_did)
    "client_sms_profile_id_invalid": None,
    "client_fax_profile_id_invalid": None,
    "client_ivr_profile_id_invalid": None,
    "client_director_profile_id_invalid": None,
    "client_conference_profile_id_invalid": None,
    "client_channel_id_invalid": None,
    "client_subaccount_id_invalid": None,
    "client_queue_ids_invalid": None,
    "client_filter_ids_invalid": None,
    "port_request_id_invalid": None,
    "send_dtmf_invalid": None,
    "voice_language_invalid": None,
    "peer_contact_mode_invalid": None,
    "bridge_uri_invalid": None,
    "ondemand_recording_invalid": None,
    "dnis_rewrite_invalid": None,
    "sms_dnis_rewrite_invalid": None,
    "announce_media_file_id_invalid": None,
    "announce_media_file_id_required": None,
    "monitor_media_file_id_invalid": None,
    "confirm_media_file_id_invalid": None,
    "playback_media_file_id_invalid": None,
    "callerid_name_rewrite_invalid": None,
    "callerid_number_rewrite_invalid": None,
    "sms_notify_email_required": None,
    "sms_forward_number_invalid": None,
    "sms_forward_number_required": None,
    "sms_callback_url_invalid": None,
    "sms_callback_url_required": None,
    "sms_autoreply_message_invalid": None,
    "sms_autoreply_message_required": None,
    "notify_callback_triggers_invalid": None,
    "notify_callback_triggers_required": None,
    "notify_callback_url_invalid": None,
    "notify_callback_url_required": None,
    "simultaneous_calls_limit_invalid": None,
    "type_invalid": "Type is invalid.",
    "usage_type_invalid": None,
    "usage_type_required": None,
    "recording_notify_recipient_name_invalid": None,
    "peer_failover_causes_invalid": None,
    "pickup_group_ids_invalid": None,
    "exclude_e411_list_invalid": None,
    "exclude_e911_list_invalid": None,
    "preserve_missing_data_invalid": None,
    "serialized_metadata_invalid": None,
    "client_peer_ids_invalid": None,
    "district_invalid": None,
    "ratecenter_id_invalid": None,
    "t38_support_invalid": None,
    "sms_support_invalid": None,
    "mms_support_invalid": None,
    "enable_voicemail_invalid": None,
    "enable_fax_invalid": None,
    "sip_response_invalid": None,
    "included_patterns_invalid": None,
    "order_invalid": None,
    "did_id_invalid": None,
    "skip_notification_invalid": None,
    "comments_invalid": None,
    # sms+fax slice: SMS and fax profiles (sms.py, fax.py, profiles.py)
    "notify_name_invalid": None,
    "notify_name_required": None,
    "notify_email_required": None,
    "callback_url_invalid": None,
    "callback_url_required": None,
    "backup_url_invalid": None,
    "autoreply_message_invalid": None,
    "autoreply_message_required": None,
    "local_ident_invalid": None,
    "fax_header_invalid": None,
    "contact_name_invalid": None,
    "retry_limit_invalid": None,
    "page_format_invalid": None,
    "resolution_invalid": None,
    # e911 slice (check_e911, update_e911, get_e911): parameters the seed gives no code of their own
    "civic_number_invalid": None,
    "street_invalid": None,
    "city_invalid": None,
    "state_code_invalid": None,
    "country_code_invalid": None,
    "postal_code_invalid": None,
    "address_type_invalid": None,
    "address_type_number_invalid": None,
    "full_name_invalid": None,
    "e911_language_invalid": None,
    "rate_provider_id_invalid": None,
    "client_endpoint_id_invalid": None,
    # lnp slice: port requests (ports.py); civic_number, street, city and postal_code are the e911 slice's
    "phone_number_type_invalid": None,
    "phone_numbers_invalid": None,
    "phone_numbers_to_keep_invalid": None,
    "phone_numbers_to_cancel_invalid": None,
    "features_invalid": "Features are invalid.",
    "requested_firm_date_invalid": None,
    "organization_invalid": None,
    "organization_type_invalid": None,
    "current_provider_invalid": None,
    "current_reseller_invalid": None,
    "current_reseller_account_invalid": None,
    "box_number_invalid": None,
    "unit_number_invalid": None,
    "state_other_invalid": None,
    "client_instructions_invalid": None,
    "is_notify_creation_invalid": None,
    "notification_client_user_id_invalid": None,
    "extra_recipients_invalid": "Extra recipients are invalid.",
    "send_to_staff_invalid": None,
    "loa_invalid": "LOA is invalid.",
    "bill_invalid": None,
    "other_invalid": None,
    "current_owner_invalid": None,
    # trunk slice: peers, proxies and channels (peers.py)
    "proxy_id_invalid": "Proxy ID is invalid.",
    "host_invalid": None,
    "port_invalid": None,
    "peer_username_invalid": None,
    "peer_username_required": None,
    "callerid_type_invalid": "Caller ID type is invalid.",
    "callerid_type_required": "Caller ID type is required.",
    "callerid_format_invalid": "Caller ID format is invalid.",
    "callerid_format_required": "Caller ID format is required.",
    "client_callerid_profile_id_invalid": "Client caller ID profile ID is invalid.",
    "client_callerid_profile_id_required": "Client caller ID profile ID is required.",
    "transport_invalid": None,
    "transport_required": None,
    "dtmf_mode_required": None,
    "dnis_mode_invalid": "DNIS mode is invalid.",
    "dnis_mode_required": "DNIS mode is required.",
    "dnis_format_invalid": "DNIS format is invalid.",
    "dnis_format_required": "DNIS format is required.",
    "force_ring_signal_invalid": None,
    "enable_nat_invalid": "Enable NAT value is invalid.",
    "enable_reinvite_invalid": None,
    "enable_notification_invalid": None,
    "enable_dnis_invalid": "Enable DNIS value is invalid.",
    "enable_auth_invalid": None,
    "enable_qualify_invalid": None,
    "enable_notify_callback_invalid": None,
    "register_timeout_invalid": None,
    "progress_timeout_invalid": None,
    "provisioned_endpoint_id_invalid": None,
    "quantity_inbound_invalid": None,
    "quantity_inbound_required": None,
    "quantity_outbound_invalid": None,
    "quantity_outbound_required": None,
    "quantity_bidirectional_invalid": None,
    "quantity_bidirectional_required": None,
}

_ACRONYMS = {"id": "ID", "ids": "IDs", "did": "DID", "dids": "DIDs", "sms": "SMS", "url": "URL", "npa": "NPA",
             "nxx": "NXX", "ip": "IP", "dtmf": "DTMF", "sip": "SIP", "pon": "PON", "uri": "URI", "t38": "T38",
             "e411": "E411", "e911": "E911", "mms": "MMS", "ivr": "IVR"}
_PLURAL = re.compile(r"(ids|triggers|causes)$")


def humanize(code: str) -> str:
    """``client_sms_profile_id_invalid`` -> "Client SMS profile ID is invalid." (digest §6.2 step 5)."""
    stem, _sep, kind = code.rpartition("_")
    words = [_ACRONYMS.get(word, word) for word in stem.split("_")]
    words[0] = words[0][:1].upper() + words[0][1:]
    verb = "are" if _PLURAL.search(stem) else "is"
    return f"{' '.join(words)} {verb} {kind}."


def message(code: str, request_type: str = "") -> str:
    """The text of ``code`` as ``request_type`` answers it: its own seed heading, then the Global
    codes, then the synthesized list, then any other heading (currency_invalid, forward_number_used_by_did
    ...). An unknown code is a bug in a handler: KeyError, so tests catch it."""
    for section, request_types in SECTION_REQUEST_TYPES.items():
        if request_type in request_types and code in SEED_SECTIONS[section]:
            return SEED_SECTIONS[section][code]
    if code in SEED_SECTIONS["Global"]:
        return SEED_SECTIONS["Global"][code]
    if code in SYNTHESIZED:
        return SYNTHESIZED[code] or humanize(code)
    for codes in SEED_SECTIONS.values():
        if code in codes:
            return codes[code]
    raise KeyError(f"unknown VoiceMeUp message code {code!r}: add it to SYNTHESIZED in {__name__}")


def is_known(code: str) -> bool:
    return code in SYNTHESIZED or any(code in codes for codes in SEED_SECTIONS.values())
