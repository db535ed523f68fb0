# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The zeep glue of the VoIP Innovations driver: the only file that uses zeep, and only inside its
functions. Importing zeep costs about half a second (lxml, requests): a module start at any other
carrier, and a VoIP Innovations task until its first request, must not pay it.

What zeep does here: it reads the WSDL (wsdl.WSDL, from memory: ``load`` refuses every URL but the
in-memory one, so nothing is ever fetched; parsed once per process), builds the envelope of each
operation from its schema and parses the answer; the account-wide list answers (auditDIDs, AuditSMS,
audit911, Audit*) are read by fastreply instead, into the very same plain Python, a tenth of the time
for a thousand numbers. What it does not do: the HTTP. ``post_xml`` hands the envelope to the shared
transport.HttpTransport, so a SOAP request draws from the account's budget, keeps the task's
timeout, is counted in api_calls, is retried only when it is a read, and never shows a credential
in a message.
"""

from __future__ import annotations

import decimal
import re
import threading

from ansible_collections.voip.carrier.plugins.module_utils import transport as http_transport
from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError, VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import wsdl

NAMESPACE = "http://tempuri.org/"
# The SOAP 1.1 port of the service, bound to api_url (the WSDL's soap:address is never used).
BINDING = "{%s}APIServiceSoap" % NAMESPACE
# What zeep is told the WSDL's location is: a name, never fetched (``load`` serves wsdl.WSDL for it).
# .invalid is reserved (RFC 2606): were it ever fetched, it could not resolve.
WSDL_URL = "http://voipinnovations.voip-carrier.invalid/Services/APIService.asmx?wsdl"
# An ASMX fault whose faultcode is soap:Client: the request itself was refused (unreadable, not the
# schema's), so it was not acted on and sending it again gets the same answer.
_CLIENT_FAULT = re.compile(rb"<(?:\w+:)?faultcode[^>]*>\s*(?:[\w.-]+:)?Client\b")
_FAULT = re.compile(rb"<(?:[\w.-]+:)?Fault\b")

# The SOAP 1.2 binding and its port: the driver binds the SOAP 1.1 port, so zeep need not parse them
# (a fifth of the text, a quarter of the time zeep takes to read it, on every task).
_SOAP12 = re.compile(r'\s*<wsdl:(binding|port) name="APIServiceSoap12"[^>]*>.*?</wsdl:\1>', re.S)

_lock = threading.Lock()
_transport_class = []
_document = []
# Per process: zeep's parsed WSDL (a Document) with its Settings, and the fast readers' plans
# (fastreply) by operation. Parsing the WSDL is most of a client's build (its schema, 98
# operations); the Document is read-only once parsed, so every client of the process (the inventory
# plugin opens one per account, a module may open several) shares it.
_shared = {}


def _zeep():
    """zeep, imported on first use. httpx first, as transport.py imports it (without its command-line
    client): zeep imports httpx too when it is installed, and would otherwise pay for that client."""
    http_transport._httpx()  # pylint: disable=protected-access
    import zeep  # pylint: disable=import-outside-toplevel  # half a second of every module start
    return zeep


def wsdl_document():
    """The WSDL as zeep reads it: wsdl.WSDL without its SOAP 1.2 binding and port, as bytes."""
    with _lock:
        if not _document:
            _document.append(_SOAP12.sub("", wsdl.WSDL).encode("utf-8"))
        return _document[0]


class HttpAnswer(Exception):
    """An HTTP error status whose body is no SOAP Fault (a proxy's page, a 404): zeep would read any
    XML in it as an "Unknown fault"."""

    def __init__(self, status_code, body):
        text = re.sub(rb"<[^>]*>|\s+", b" ", body or b"").decode("utf-8", "replace").strip()
        super().__init__("HTTP %s%s" % (status_code, (": " + text[:120]) if text else ""))
        self.status_code = status_code
        self.message = str(self)


def client_fault(body):
    """Whether an answer's body is a SOAP Fault with faultcode Client (the request was refused
    unread)."""
    return bool(_CLIENT_FAULT.search(body or b""))


def operation_of(headers):
    """The operation a request calls, from its SOAPAction (``"http://tempuri.org/queryDID"``)."""
    action = str((headers or {}).get("SOAPAction") or "").strip().strip('"')
    return action.rsplit("/", 1)[-1] or "SOAP request"


def _soap_transport_class():
    """zeep.Transport's subclass, defined on first use (its base class is zeep's)."""
    with _lock:
        if _transport_class:
            return _transport_class[0]
        zeep = _zeep()
        from zeep.wsdl.utils import etree_to_string  # pylint: disable=import-outside-toplevel

        class SoapTransport(zeep.Transport):
            """zeep's transport, with the WSDL from memory and every POST through HttpTransport.

            ``http`` is the driver's HttpTransport (bound to api_url); ``is_read(operation)`` says
            which operations are safe to send again."""

            def __init__(self, http, is_read):  # pylint: disable=super-init-not-called
                # zeep's own __init__ opens a requests.Session this transport never uses. ``http``
                # None: the shared Document's transport, which only loads the WSDL from memory.
                self.http = http
                self.is_read = is_read
                self.cache = None
                self.load_timeout = getattr(http, "timeout", None)
                self.operation_timeout = getattr(http, "timeout", None)
                self.logger = None
                self.session = None
                self._close_session = False
                # Whether this thread's current call has been sent (an error before it: nothing went out).
                self.sent = threading.local()

            def load(self, url):
                if url == WSDL_URL:
                    return wsdl_document()
                # The WSDL is self-contained: anything else it names would be a fetch from the network.
                raise TransportError("voipinnovations: the WSDL refers to %s, which this driver never fetches" % url)

            def post_xml(self, address, envelope, headers):
                operation = operation_of(headers)
                self.sent.value = True
                response = self.http.request("POST", "", content=etree_to_string(envelope), headers=dict(headers),
                                             idempotent=self.is_read(operation), label=operation)
                if response.status_code != 200 and not _FAULT.search(response.content or b""):
                    raise HttpAnswer(response.status_code, response.content)
                # The answer as it came: whether it carries an element at all, zeep does not say.
                self.sent.reply = response.content
                return response

            def post(self, address, message, headers):
                raise TransportError("voipinnovations: only SOAP 1.1 POSTs go out (post_xml)")

            def get(self, address, params, headers):
                raise TransportError("voipinnovations: only SOAP 1.1 POSTs go out (post_xml)")

        _transport_class.append(SoapTransport)
        return SoapTransport


def shared_document():
    """(zeep's Document of the WSDL, its Settings), parsed once per process."""
    with _lock:
        if "document" in _shared:
            return _shared["document"], _shared["settings"]
    zeep = _zeep()
    from zeep.wsdl import Document  # pylint: disable=import-outside-toplevel  # see the module docstring
    # strict=False: an answer may leave out optional elements, hold an empty array or carry an
    # element this WSDL does not know (a newer service) and still parse.
    settings = zeep.Settings(strict=False, xml_huge_tree=True)
    document = Document(WSDL_URL, _soap_transport_class()(None, None), settings=settings)
    with _lock:
        # Two threads may both have parsed it: the first one kept is everyone's.
        _shared.setdefault("document", document)
        _shared.setdefault("settings", settings)
        return _shared["document"], _shared["settings"]


def build_service(http, api_url, is_read):
    """(zeep client, service proxy bound to ``api_url``) for the driver's HttpTransport ``http``:
    the process's Document (shared_document) with a transport of this connection's own."""
    zeep = _zeep()
    document, settings = shared_document()
    client = zeep.Client(document, transport=_soap_transport_class()(http, is_read), settings=settings)
    return client, client.create_service(BINDING, api_url)


class Plain:  # pylint: disable=too-few-public-methods
    """A result already in plain Python (fastreply's): ``plain`` hands back ``value`` as it is."""
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


def _fast_reader(service, operation):
    """fastreply's (response name, result name, plan) for ``operation``, or None where zeep reads
    the answer (not a list answer, or a type fastreply does not model)."""
    # pylint: disable=import-outside-toplevel  # only for the list answers of this carrier
    from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import fastreply
    if operation not in fastreply.OPERATIONS:
        return None
    with _lock:
        plans = _shared.setdefault("plans", {})
        if operation not in plans:
            try:
                plans[operation] = fastreply.compile_result(service._binding, operation,  # pylint: disable=protected-access
                                                            _shared.setdefault("types", {}))
            except fastreply.Unsupported:
                plans[operation] = None
        return plans[operation]


def _read_fast(client, service, operation, reader, params):
    """``operation`` sent by zeep, its answer read by fastreply; an answer fastreply leaves to zeep
    (a Fault, another status, another shape) is processed by zeep exactly as ``service`` would."""
    # pylint: disable=import-outside-toplevel  # see _fast_reader
    from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import fastreply
    with client.settings(raw_response=True):   # thread-local: zeep hands back the HTTP answer
        response = getattr(service, operation)(**params)
    if response.status_code == 200:
        try:
            return Plain(fastreply.decode(response.content, *reader, huge_tree=client.settings.xml_huge_tree))
        except fastreply.Unsupported:
            pass
    binding = service._binding  # pylint: disable=protected-access
    return binding.process_reply(client, binding.get(operation), response)


def invoke(client, service, operation, params):
    """Call ``operation`` with ``params``; returns (result, None) or (None, failure) where failure is
    ("fault", faultcode, faultstring), ("unsent", message) (zeep refused the parameters: nothing
    went out) or ("reply", message, HTTP status) (no usable answer: not XML, not SOAP, wrong shape).
    The transport's own errors (timeouts, refused connections) are raised as they are."""
    import zeep.exceptions  # pylint: disable=import-outside-toplevel  # see the module docstring
    transport = client.transport
    transport.sent.value = False
    try:
        method = getattr(service, operation)
    except AttributeError:
        return None, ("unsent", "the WSDL has no operation %s" % operation)
    try:
        reader = _fast_reader(service, operation)
        if reader is not None:
            return _read_fast(client, service, operation, reader, params), None
        return method(**params), None
    except VoipCarrierError:
        raise
    except zeep.exceptions.Fault as fault:
        return None, ("fault", _text(fault.code) or "soap:Server", _text(fault.message))
    except Exception as exc:  # pylint: disable=broad-except  # lxml and zeep raise many kinds on a bad answer
        if not getattr(transport.sent, "value", False):
            return None, ("unsent", "%s: %s" % (type(exc).__name__, _text(exc)))
        status = getattr(exc, "status_code", None)
        lines = _text(getattr(exc, "message", None) or exc).strip().splitlines()
        return None, ("reply", lines[0][:300] if lines else type(exc).__name__, status)


def last_reply(client):
    """The body of the last answer this thread's call through ``client`` got (b"" before any)."""
    return getattr(client.transport.sent, "reply", b"") or b""


def has_element(body, name):
    """Whether the XML text ``body`` has an element named ``name`` (any namespace prefix)."""
    return re.search(rb"<(?:[\w.-]+:)?" + re.escape(name.encode()) + rb"[\s/>]", body or b"") is not None


def _text(value):
    return "" if value is None else str(value)


def plain(value):
    """A zeep result as plain Python: dicts and lists, every ArrayOfX wrapper (a complex value
    with one repeated element) replaced by the list it holds, decimals as floats, zeep's bookkeeping
    of unknown elements dropped."""
    if isinstance(value, Plain):
        return value.value
    import zeep.helpers  # pylint: disable=import-outside-toplevel  # see the module docstring
    return _unwrap(zeep.helpers.serialize_object(value, dict))


def _unwrap(value):
    if isinstance(value, dict):
        fields = {key: _unwrap(item) for key, item in value.items() if key != "_raw_elements"}
        if len(fields) == 1 and isinstance(next(iter(fields.values())), list):
            return next(iter(fields.values()))
        return fields
    if isinstance(value, list):
        return [_unwrap(item) for item in value]
    if isinstance(value, decimal.Decimal):
        # xs:decimal (MTDUsage, Amount): Ansible's results are JSON, which has no decimal type.
        return float(value)
    return value
