"""Voicemail boxes, as far as DIDs need them: getVoicemails (digest §3.9, seed L6033) lists the
account's mailboxes, which ``voicemail`` of orderDID/setDIDInfo/setDIDVoicemail must name. The
mailboxes come from the seed (``mailboxes``); setVoicemail and the messages are not emulated."""

from __future__ import annotations

from emulator.voipms.errors import ApiError

# getVoicemails field order and the values of a seeded mailbox the seed item does not give
# (the seed's example, L6043-6062).
MAILBOX_DEFAULTS = {
    "mailbox": "", "name": "", "password": "1234", "skip_password": "0", "email": "", "attach_message": "no",
    "delete_message": "no", "say_time": "yes", "timezone": "America/Chicago", "say_callerid": "yes",
    "play_instructions": "u", "language": "en", "email_attachment_format": "wav49",
    "unavailable_message_recording": "", "new": "0", "urgent": "0", "transcribe": "0", "transcription_locale": "",
}


def new_mailbox(mailbox: str, fields: dict) -> dict:
    record = dict(MAILBOX_DEFAULTS)
    record.update({k: v for k, v in fields.items() if k in MAILBOX_DEFAULTS})
    record["mailbox"] = mailbox
    return record


def get_voicemails(ctx) -> dict:
    """List-or-one. ``client`` (reseller) is ignored: no reseller clients are emulated. No mailbox
    at all → ``no_mailbox`` (digest §6.3); an unknown ``mailbox`` → ``invalid_mailbox``
    (project-defined)."""
    boxes = ctx.account.mailboxes
    wanted = ctx.params.get("mailbox")
    if wanted:
        if wanted not in boxes:
            raise ApiError("invalid_mailbox")
        return {"voicemails": [dict(boxes[wanted])]}
    if not boxes:
        raise ApiError("no_mailbox")
    return {"voicemails": [dict(boxes[key]) for key in sorted(boxes, key=lambda box: (len(box), box))]}
