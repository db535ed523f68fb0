#!/usr/bin/env bash
# Run playbooks/demo.yml once per carrier (QuestBlue, VoIP.ms, VoiceMeUp, VoIP Innovations) against a running emulator (started by
# with_emulator.sh, which exports VOIP_CARRIER_EMULATOR_URL): the same playbook, only the
# provider and its credentials change. Extra arguments go to ansible-playbook.
set -euo pipefail
: "${VOIP_CARRIER_EMULATOR_URL:?run me through tests/tools/with_emulator.sh}"
root=$(cd "$(dirname "$0")/../.." && pwd)
python=${ANSIBLE_PYTHON:-$(command -v python)}

run() {
  echo "==================== demo at $VOIP_CARRIER_PROVIDER ===================="
  ansible-playbook -i localhost, -c local -e ansible_python_interpreter="$python" "$@" "$root/playbooks/demo.yml"
}

# QuestBlue: the seeded emulator account (docs/emulator.md), exported by with_emulator.sh.
run "$@"

# VoIP.ms: its seeded emulator account.
VOIP_CARRIER_PROVIDER=voipms \
VOIP_CARRIER_API_URL="$VOIP_CARRIER_EMULATOR_URL/voipms" \
VOIP_CARRIER_API_USERNAME=demo@example.com \
VOIP_CARRIER_API_PASSWORD=demo-api-password \
VOIP_CARRIER_API_KEY='' \
  run "$@"

# VoiceMeUp: its seeded emulator account, the user name and the auth_token (no password).
VOIP_CARRIER_PROVIDER=voicemeup \
VOIP_CARRIER_API_URL="$VOIP_CARRIER_EMULATOR_URL/voicemeup" \
VOIP_CARRIER_API_USERNAME=demo-vmu \
VOIP_CARRIER_API_PASSWORD='' \
VOIP_CARRIER_API_KEY=0123456789abcdef0123456789abcdef \
  run "$@"

# VoIP Innovations: its seeded emulator account, login and secret (no api_key); SOAP at the mount.
VOIP_CARRIER_PROVIDER=voipinnovations \
VOIP_CARRIER_API_URL="$VOIP_CARRIER_EMULATOR_URL/voipinnovations" \
VOIP_CARRIER_API_USERNAME=demo-vi \
VOIP_CARRIER_API_PASSWORD=vi-demo-secret-2026 \
VOIP_CARRIER_API_KEY='' \
  run "$@"
