#!/usr/bin/env bash
# Lints the committed contract with Spectral (spectral:oas) and Redocly (recommended); any error
# fails. Rules are switched off only in .spectral.yaml and redocly.yaml, each with its reason.
set -euo pipefail
cd "$(dirname "$0")"
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true SCARF_ANALYTICS=false
npm ci --no-audit --no-fund --loglevel=error
npx spectral lint --fail-severity=error ../../src/main/openapi/openapi.yaml
npx redocly lint ../../src/main/openapi/openapi.yaml
