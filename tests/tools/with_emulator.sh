#!/usr/bin/env bash
# Start the carrier emulator on a free port, run a command against it, always stop it.
#
#   with_emulator.sh [--port N] -- COMMAND [ARGS...]
#
# The emulator (tests/emulator, stdlib only) runs as `python -m emulator --port N
# --port-file F` from tests/, with $EMULATOR_PYTHON (default python3); its output goes to
# $EMULATOR_LOG (default: a temporary file, shown if start-up fails). Port 0 (default)
# lets it pick a free port. Once /_emulator/health answers, COMMAND runs with:
#   VOIP_CARRIER_EMULATOR_URL  http://127.0.0.1:PORT
#   VOIP_CARRIER_PROVIDER      questblue
#   VOIP_CARRIER_API_URL       http://127.0.0.1:PORT/questblue
#   VOIP_CARRIER_API_USERNAME  demo
#   VOIP_CARRIER_API_PASSWORD  demo-password
#   VOIP_CARRIER_API_KEY       md5("demo-private-key" + "1001"), hex (the seeded Security-Key)
# The script exits with COMMAND's exit code.
set -euo pipefail

port=0
while (( $# )); do
  case "$1" in
    --port) port=${2:?--port needs a value}; shift 2 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
(( $# )) || { echo "usage: with_emulator.sh [--port N] -- COMMAND [ARGS...]" >&2; exit 2; }

root=$(cd "$(dirname "$0")/../.." && pwd)
py=${EMULATOR_PYTHON:-python3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/voip-emulator.XXXXXX")
log=${EMULATOR_LOG:-$tmp/emulator.log}
mkdir -p "$(dirname "$log")"
emu_pid=

# shellcheck disable=SC2329  # invoked by the EXIT trap
stop_emulator() {
  if [[ -n "$emu_pid" ]] && kill -0 "$emu_pid" 2>/dev/null; then
    kill -TERM "$emu_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$emu_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$emu_pid" 2>/dev/null || true
    wait "$emu_pid" 2>/dev/null || true
  fi
  emu_pid=
  rm -rf "$tmp"
}
trap stop_emulator EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_failed() {
  echo "with_emulator.sh: $1; emulator output ($log):" >&2
  tail -n 50 "$log" >&2 || true
  exit 1
}

(cd "$root/tests" && exec "$py" -m emulator --port "$port" --port-file "$tmp/port") >"$log" 2>&1 &
emu_pid=$!

for _ in $(seq 300); do
  [[ -s "$tmp/port" ]] && grep -qE '^[0-9]+$' "$tmp/port" && break
  kill -0 "$emu_pid" 2>/dev/null || start_failed "the emulator exited during start-up"
  sleep 0.1
done
[[ -s "$tmp/port" ]] || start_failed "no port file after 30 s"
port=$(tr -d '[:space:]' < "$tmp/port")
url="http://127.0.0.1:$port"

"$py" - "$url/_emulator/health" <<'PY' || start_failed "$url/_emulator/health did not answer {\"ok\": true}"
import json, sys, time, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
deadline = time.monotonic() + 30
error = "no {\"ok\": true} reply"
while True:
    try:
        with opener.open(sys.argv[1], timeout=5) as reply:
            if json.load(reply).get("ok") is True:
                sys.exit(0)
    except Exception as exc:  # not up yet
        error = exc
    if time.monotonic() > deadline:
        sys.exit(f"health check failed: {error}")
    time.sleep(0.2)
PY
echo "with_emulator.sh: emulator up at $url (pid $emu_pid, log $log)" >&2

export VOIP_CARRIER_EMULATOR_URL="$url"
export VOIP_CARRIER_PROVIDER=questblue
export VOIP_CARRIER_API_URL="$url/questblue"
export VOIP_CARRIER_API_USERNAME=demo
export VOIP_CARRIER_API_PASSWORD=demo-password
VOIP_CARRIER_API_KEY=$(printf '%s' 'demo-private-key1001' | md5sum | cut -d' ' -f1)
export VOIP_CARRIER_API_KEY
export NO_PROXY="127.0.0.1,localhost,::1${NO_PROXY:+,$NO_PROXY}" no_proxy="127.0.0.1,localhost,::1${no_proxy:+,$no_proxy}"

set +e
"$@"
rc=$?
set -e
exit "$rc"
