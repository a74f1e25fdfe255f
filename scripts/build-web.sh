#!/usr/bin/env bash
# Installs the web page's front-end libraries from web/package-lock.json and copies the files the
# page loads into src/materiel/web/static/vendor/ (git-ignored), so that the page works offline.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
web="$root/web"
vendor="$root/src/materiel/web/static/vendor"

if ! command -v npm >/dev/null 2>&1; then
    echo "build-web.sh: npm is not installed (install Node.js 20 and npm)" >&2
    exit 1
fi

# --ignore-scripts: none of these libraries needs an install script, and none should run.
(cd "$web" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)

mkdir -p "$vendor"
modules="$web/node_modules"
cp "$modules/cytoscape/dist/cytoscape.min.js" "$vendor/"
cp "$modules/d3/dist/d3.min.js" "$vendor/"
cp "$modules/topojson-client/dist/topojson-client.min.js" "$vendor/"
cp "$modules/world-atlas/countries-110m.json" "$vendor/"
for package in cytoscape d3 topojson-client world-atlas; do
    cp "$modules/$package/LICENSE" "$vendor/LICENSE.$package"
done
echo "build-web.sh: front-end libraries copied into ${vendor#"$root"/}"
