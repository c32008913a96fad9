#!/usr/bin/env bash
# Regenerates src/main/resources/org/baogao/analysis/keywords/national-df.tsv (keyword document
# frequencies) from shared/corpus/national-gwr.jsonl. Usage: scripts/regenerate-df.sh [path/to/corpus.jsonl]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
extra=()
if [ $# -gt 0 ]; then extra=("-Dcorpus.path=$(realpath "$1")"); fi
./mvnw -q -pl report-analysis test -Dtest=NationalDocumentFrequencyBuilder -Dregenerate.df=true \
  -Dsurefire.failIfNoSpecifiedTests=false "${extra[@]}"
wc -l report-analysis/src/main/resources/org/baogao/analysis/keywords/national-df.tsv
