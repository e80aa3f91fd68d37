#!/usr/bin/env bash
# README command 2 (and what .ci/run calls): install what is missing, build and
# run the whole test suite twice: a normal build, then under AddressSanitizer
# + UndefinedBehaviorSanitizer. Also runs `sangati rules lint` and
# `sangati rules test` over the bundled packs (they are ctest tests too).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)

# Tests are asked for explicitly: scripts/audit-seeds.sh configures the
# same build/ without them, and CMake keeps that in its cache. A suite that
# finds no tests fails.
run_suite() {
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DSANGATI_BUILD_TESTS=ON "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
  ctest --test-dir "$dir" --output-on-failure --no-tests=error -j "$jobs"
}

# -g1: line tables only (function names and lines in profiles and sanitizer
# reports); full -g makes the build about a quarter slower and CI needs none
# of it.
run_suite build -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
  -DSANGATI_BUILD_BENCH=ON
# -O1: AddressSanitizer's recommended level (a -O0 build runs the suite
# several times slower); assertions stay on (no NDEBUG).
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  run_suite build-sanitize -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-g1 -O1" \
  -DSANGATI_SANITIZE=ON -DSANGATI_BUILD_BENCH=OFF
echo "sangati: all tests passed (normal and ASan+UBSan builds)"
