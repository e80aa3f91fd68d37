#!/usr/bin/env bash
# Installs the Debian 12 packages sangati builds and tests with, when missing.
# Uses sudo when not run as root. Safe to run again: it installs nothing when
# everything is present.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev libre2-dev libabsl-dev nlohmann-json3-dev libyaml-cpp-dev
  libgumbo-dev libcli11-dev libgtest-dev libgmock-dev libbenchmark-dev
  chromium fonts-lohit-beng-bengali
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "sangati: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
