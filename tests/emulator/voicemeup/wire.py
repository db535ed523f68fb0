"""How VoiceMeUp parameters travel (digest §1.3, §6.1): the query string and the body
(``application/x-www-form-urlencoded`` or ``multipart/form-data``) merged, the body winning as in
PHP's ``$_REQUEST``; PHP bracket arrays (``x[]=a``, ``x[0]=a``, ``action[0][usage_type]=...``) and
comma-separated lists are both accepted for list parameters. A ``file`` parameter exists only as a
multipart part with a filename (``params.file(name)``)."""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesParser
from email.policy import HTTP

from emulator.messages import Request
from emulator.params import parse_php_pairs, parse_php_query


@dataclass
class Upload:
    """One uploaded file (multipart part with a filename)."""

    filename: str
    content_type: str
    data: bytes


def _multipart(request: Request) -> tuple[list[tuple[str, str]], dict]:
    header = request.header("Content-Type") or ""
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + header.encode("latin-1", "replace")
                                                  + b"\r\n\r\n" + request.body)
    pairs, files = [], {}
    if not message.is_multipart():
        return pairs, files
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        payload = part.get_payload(decode=True) or b""
        filename = part.get_param("filename", header="content-disposition")
        if filename is not None:
            # ``attachments[]`` may carry several files: keep them all under the bare name.
            files.setdefault(name.split("[", 1)[0], []).append(
                Upload(str(filename), part.get_content_type(), payload))
            continue
        pairs.append((name, payload.decode("utf-8", errors="replace")))
    return pairs, files


def _body(request: Request) -> tuple[dict, dict]:
    if not request.body:
        return {}, {}
    if request.content_type == "multipart/form-data":
        pairs, files = _multipart(request)
        return parse_php_pairs(pairs), files
    if request.content_type in ("application/x-www-form-urlencoded", ""):
        return parse_php_query(request.body_text()), {}
    # Other bodies (JSON, XML) carry no parameters, as in PHP's $_POST.
    return {}, {}


class Params:
    """The merged parameters. ``get`` gives "" for a missing parameter; ``present`` tells an empty
    value (``x=``, a reset under preserve_missing_data, digest §4.0) from an omitted one."""

    def __init__(self, query: dict, body: dict, files: dict | None = None) -> None:
        self.merged = {**query, **body}
        self.files = files or {}

    def get(self, name: str) -> str:
        value = self.merged.get(name, "")
        if isinstance(value, str):
            return value
        # A bracket array read as a scalar: the CSV of its items, so a list parameter read with get()
        # still means the same thing.
        return ",".join(self.get_list(name))

    def has(self, name: str) -> bool:
        """Given with a non-empty value."""
        return self.get(name).strip() != ""

    def present(self, name: str) -> bool:
        """Given at all, possibly empty."""
        return name in self.merged

    def raw(self, name: str):
        """The decoded value as is (str, list or dict for nested bracket arrays)."""
        return self.merged.get(name)

    def get_list(self, name: str) -> list[str]:
        """A list parameter: CSV text or a PHP bracket array; items stripped, empty items dropped."""
        value = self.merged.get(name)
        if value is None:
            return []
        if isinstance(value, dict):
            value = [value[k] for k in value]
        if isinstance(value, list):
            items = []
            for item in value:
                if isinstance(item, str):
                    items += item.split(",")
            return [item.strip() for item in items if item.strip()]
        return [item.strip() for item in value.split(",") if item.strip()]

    def file(self, name: str) -> list[Upload]:
        return list(self.files.get(name, []))

    def names(self) -> list[str]:
        return list(self.merged)


def collect(request: Request) -> Params:
    body, files = _body(request)
    return Params(parse_php_query(request.query), body, files)
