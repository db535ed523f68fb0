"""Start the carrier emulator in the background and stop it again, for tools that cannot hold a
process open themselves (molecule's create and destroy playbooks).

    python emulator_ctl.py start STATE_DIR   start on a free port; write STATE_DIR/emulator.json
                                             ({"url", "pid", "log"}) once /_emulator/health answers
    python emulator_ctl.py stop STATE_DIR    stop the emulator that file names (shutdown request, then
                                             SIGTERM, then SIGKILL); no file, nothing to do

The emulator runs with this script's Python (the venv's: the emulator validates SOAP bodies with lxml,
a development dependency) from tests/, in a session of its own, so that it outlives the playbook
that started it. tests/tools/with_emulator.sh does the same around one command in the foreground.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parents[1]
START_TIMEOUT = 30.0
# Loopback only, and never through a proxy from the environment.
OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def _healthy(url: str) -> bool:
    try:
        with OPENER.open(url + "/_emulator/health", timeout=5) as reply:
            return json.load(reply).get("emulator") == "voip.carrier"
    except (OSError, ValueError):
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def start(state_dir: Path) -> dict:
    state_dir.mkdir(parents=True, exist_ok=True)
    state_file = state_dir / "emulator.json"
    if state_file.exists():
        state = json.loads(state_file.read_text())
        if _alive(state["pid"]) and _healthy(state["url"]):
            return state  # already running: create is idempotent
    port_file = state_dir / "emulator.port"
    port_file.unlink(missing_ok=True)
    log_path = state_dir / "emulator.log"
    with open(log_path, "ab") as log:
        process = subprocess.Popen(  # pylint: disable=consider-using-with  # outlives this script on purpose
            [sys.executable, "-m", "emulator", "--port", "0", "--port-file", str(port_file), "--quiet"],
            cwd=TESTS_DIR, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"), start_new_session=True)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the emulator exited during start-up (status {process.returncode}); see {log_path}")
        text = port_file.read_text().strip() if port_file.exists() else ""
        if text.isdigit():
            url = f"http://127.0.0.1:{text}"
            if _healthy(url):
                state = {"url": url, "pid": process.pid, "log": str(log_path)}
                state_file.write_text(json.dumps(state))
                return state
        time.sleep(0.1)
    process.kill()
    sys.exit(f"the emulator did not answer within {START_TIMEOUT:.0f} s; see {log_path}")


def stop(state_dir: Path) -> dict:
    state_file = state_dir / "emulator.json"
    if not state_file.exists():
        return {"stopped": False}
    state = json.loads(state_file.read_text())
    pid = state["pid"]
    if _alive(pid):
        try:
            OPENER.open(urllib.request.Request(state["url"] + "/_emulator/shutdown", data=b"{}", method="POST"),
                        timeout=5).close()
        except OSError:
            pass  # not answering: the signals below stop it
        for sig in (signal.SIGTERM, signal.SIGKILL):
            deadline = time.monotonic() + 5
            while _alive(pid) and time.monotonic() < deadline:
                _reap(pid)
                time.sleep(0.1)
            if not _alive(pid):
                break
            os.kill(pid, sig)
    state_file.unlink()
    return {"stopped": True, "pid": pid}


def _reap(pid: int) -> None:
    """Collect the exit status when this process is the parent (a start and a stop in one process)."""
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("start", "stop"):
        print(__doc__, file=sys.stderr)
        return 2
    result = (start if argv[0] == "start" else stop)(Path(argv[1]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
