#!/usr/bin/env bash
# git_lists_galaxy.sh DIR: exit 0 when git in DIR lists galaxy.yml among its files (tracked or
# untracked, not ignored); otherwise say so and exit 1.
#
# The listing is captured before it is searched. `git ls-files | grep -q` under pipefail is
# flaky: grep exits at its first match, git is still writing, dies of SIGPIPE (141), and the
# pipeline fails although the file is there (12 runs in 50 on a fresh clone).
set -euo pipefail
dir=${1:?usage: git_lists_galaxy.sh DIR}
listed=$(git -C "$dir" ls-files --cached --others --exclude-standard)
if ! grep -qxF 'galaxy.yml' <<<"$listed"; then
  echo "sanity: git in $dir does not list galaxy.yml; ansible-test would test nothing" >&2
  exit 1
fi
