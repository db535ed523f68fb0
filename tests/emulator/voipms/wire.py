"""How VoIP.ms parameters travel (digest §1.2, §6.1): the query string and the body
(``application/x-www-form-urlencoded`` or ``multipart/form-data``), merged; the body wins, as PHP's
``$_REQUEST`` with the default ``request_order`` "GP". Decoding is PHP-style (``a[]=1``)."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP

from emulator.messages import Request
from emulator.params import parse_php_pairs, parse_php_query


def _multipart(request: Request) -> list[tuple[str, str]]:
    header = request.header("Content-Type") or ""
    message = BytesParser(policy=HTTP).parsebytes(b"Content-Type: " + header.encode("latin-1", "replace")
                                                  + b"\r\n\r\n" + request.body)
    pairs = []
    if not message.is_multipart():
        return pairs
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not name:
            continue
        if part.get_param("filename", header="content-disposition") is not None:
            # project-defined: a file upload goes to PHP's $_FILES, not to the parameters; the API
            # takes files as base64 text fields.
            continue
        payload = part.get_payload(decode=True) or b""
        pairs.append((name, payload.decode("utf-8", errors="replace")))
    return pairs


def body_params(request: Request) -> dict:
    if not request.body:
        return {}
    if request.content_type == "multipart/form-data":
        return parse_php_pairs(_multipart(request))
    if request.content_type in ("application/x-www-form-urlencoded", ""):
        return parse_php_query(request.body_text())
    # project-defined: other bodies (JSON, XML, ...) carry no parameters, as in PHP's $_POST.
    return {}


class Params:
    """The merged parameters. An empty string counts as "not provided" (digest §6.1)."""

    def __init__(self, query: dict, body: dict) -> None:
        self.body = body
        self.merged = {**query, **body}

    @staticmethod
    def _text(value) -> str:
        # PHP casts an array to the string "Array"; validation then rejects it as invalid.
        return value if isinstance(value, str) else "Array"

    def get(self, name: str) -> str:
        return self._text(self.merged[name]) if name in self.merged else ""

    def has(self, name: str) -> bool:
        return self.get(name) != ""

    def body_get(self, name: str) -> str:
        return self._text(self.body[name]) if name in self.body else ""


def collect(request: Request) -> Params:
    return Params(parse_php_query(request.query), body_params(request))
