#!/usr/bin/env bash
# README command 1: install what is missing, build, and audit the bundled
# fixtures (fixtures/seeds), writing the HTML report to ./report.html.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSANGATI_BUILD_TESTS=OFF -DSANGATI_BUILD_BENCH=OFF >/dev/null
cmake --build build --target sangati
build/cli/sangati audit fixtures/seeds --html report.html --json report.json
echo "sangati: HTML report written to $(pwd)/report.html (JSON: $(pwd)/report.json)" >&2
