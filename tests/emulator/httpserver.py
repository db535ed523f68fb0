"""The HTTP layer: a ThreadingHTTPServer that hands every request to the Emulator core."""

from __future__ import annotations

import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from emulator.app import Emulator


def _client_ip(address: str) -> str:
    # An IPv6 socket reports IPv4 clients as ::ffff:a.b.c.d; allowlists hold the plain form.
    return address[7:] if address.startswith("::ffff:") else address


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # A reply goes out in one write (_send_reply). Two small writes (headers, then body) on a
    # socket with Nagle's algorithm hold the second until the client's delayed ACK, ~40 ms a
    # request that no real carrier adds; Nagle stays off as well, for the error replies that
    # http.server writes itself.
    disable_nagle_algorithm = True
    server_version = "voip-carrier-emulator/1"
    sys_version = ""

    def _read_body(self) -> bytes:
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # trailers end with an empty line
                    while self.rfile.readline().strip():
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = 0  # unreadable length: treat as no body rather than hang reading
            self.close_connection = True
        return self.rfile.read(length) if length > 0 else b""

    def _dispatch(self) -> None:
        emulator: Emulator = self.server.emulator
        body = self._read_body()
        reply = emulator.dispatch(self.command, self.path, self.headers, body,
                                  _client_ip(self.client_address[0]))
        emulator.sleep(reply.delay)
        response = reply.response
        if response is None:
            self._drop()
            return
        try:
            self._send_reply(response)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (e.g. its timeout fired during a "timeout" fault): nothing to do.
            self.close_connection = True
        if response.after_send is not None:
            response.after_send()

    def _send_reply(self, response) -> None:
        """Status line, headers and body in one buffer and one ``sendall`` (wfile is unbuffered)."""
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        # end_headers() would flush the headers on their own: take the buffered head instead.
        head = b"".join(getattr(self, "_headers_buffer", [])) + b"\r\n"
        self._headers_buffer = []
        self.wfile.write(head if self.command == "HEAD" else head + response.body)

    def _drop(self) -> None:
        """The "drop" fault: close the connection without a status line. Shutting the socket down
        here sends the FIN at once; the body was read in full, so the close is not a reset."""
        self.close_connection = True
        if not self.server.quiet:
            sys.stderr.write(f"emulator: {self.command} {self.path.split('?', 1)[0]} dropped\n")
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # the client is already gone

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch

    def log_message(self, format: str, *args) -> None:
        if not self.server.quiet:
            sys.stderr.write("emulator: " + (format % args) + "\n")

    def log_request(self, code="-", size="-") -> None:
        if not self.server.quiet:
            # path without the query string: short lines
            sys.stderr.write(f"emulator: {self.command} {self.path.split('?', 1)[0]} {code}\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # the default backlog of 5 drops connections when parallel test workers burst requests
    request_queue_size = 128

    def __init__(self, address, emulator: Emulator, quiet: bool) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.emulator = emulator
        self.quiet = quiet
        super().__init__(address, _Handler)


class EmulatorServer:
    """Owns one emulator and its listening socket. ``port=0`` binds a free port.

    Use ``serve_forever()`` in the foreground (the CLI) or ``start()`` for a background thread
    (tests); ``stop()`` works from any thread, signal handlers included.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, quiet: bool = True,
                 emulator: Emulator | None = None) -> None:
        self.emulator = emulator or Emulator()
        self.httpd = _Server((host, port), self.emulator, quiet)
        self.host = host
        self.port = self.httpd.server_address[1]
        self.emulator.on_shutdown = self.stop
        self._thread: threading.Thread | None = None
        self._stopping = threading.Lock()
        self._stopped = False

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    def serve_forever(self) -> None:
        try:
            self.httpd.serve_forever(poll_interval=0.2)
        finally:
            self.httpd.server_close()

    def start(self) -> "EmulatorServer":
        self._thread = threading.Thread(target=self.serve_forever, name="emulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Ask the server to stop. Returns at once: shutdown() blocks until serve_forever()
        returns, so it runs in its own thread (a signal handler on the serving thread would
        otherwise deadlock)."""
        with self._stopping:
            if self._stopped:
                return
            self._stopped = True
        self.emulator.stop_event.set()
        threading.Thread(target=self.httpd.shutdown, name="emulator-stop", daemon=True).start()

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def __enter__(self) -> "EmulatorServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
        self.join(5)
