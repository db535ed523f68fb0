"""``python -m emulator`` (run from tests/): serve every emulated carrier until stopped."""

from __future__ import annotations

import argparse
import os
import signal
import sys

from emulator.httpserver import EmulatorServer


def _write_port_file(path: str, port: int) -> None:
    # Write then rename, so a harness polling for the file never reads a half-written port.
    tmp = f"{path}.tmp{os.getpid()}"
    with open(tmp, "w", encoding="ascii") as handle:
        handle.write(f"{port}\n")
    os.replace(tmp, path)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port; 0 picks a free one (default 8765)")
    parser.add_argument("--port-file", help="write the bound port here once listening")
    parser.add_argument("--quiet", action="store_true", help="no per-request log lines on stderr")
    args = parser.parse_args(argv)

    server = EmulatorServer(args.host, args.port, quiet=args.quiet)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: server.stop())
    # The socket is bound and listening once EmulatorServer() returns, so the port is usable now.
    if args.port_file:
        _write_port_file(args.port_file, server.port)
    mounts = ", ".join(f"{c.mount}" for c in server.emulator.carriers)
    sys.stderr.write(f"emulator: listening on {server.url} (carriers: {mounts}; control: /_emulator)\n")
    try:
        server.serve_forever()
    finally:
        if args.port_file:
            try:
                os.remove(args.port_file)
            except OSError:
                pass
    sys.stderr.write("emulator: stopped\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
