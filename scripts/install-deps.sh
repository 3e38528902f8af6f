#!/usr/bin/env bash
# Installs the Debian 12 packages gongkai needs to build and test, only those missing.
# Run as root (or with sudo available). Downloads nothing but Debian packages.
set -euo pipefail

PACKAGES=(cmake make g++ antlr4 libantlr4-runtime-dev libicu-dev libfmt-dev libsqlite3-dev libmimalloc-dev doctest-dev libbenchmark-dev pkg-config libpoppler-cpp-dev libzip-dev libpugixml-dev libfreexl-dev)
PACKAGES+=("$@")

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
echo "gongkai: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
