#!/bin/sh
# install-deps.sh - install what building and testing ferry needs (Debian 12).
#
#   scripts/install-deps.sh           everything: build, cross compiler, test tools
#   scripts/install-deps.sh --build   only what building ferry and the demo needs
#
# Idempotent: installs only the packages that are missing, and runs
# apt-get update only when something is.  Uses sudo when not root.
set -eu

build_pkgs="build-essential autoconf automake pkg-config
libelf-dev zlib1g-dev libseccomp-dev check libcapstone-dev
gcc-aarch64-linux-gnu libc6-dev-arm64-cross binutils-aarch64-linux-gnu"
# qemu-user-static: the reference for differential tests;
# busybox-static: an x86 busybox for the host side of tests;
# arch-test: checks which foreign architectures a machine can run;
# the native side of tests/programs (their arm64 builds are fetched into
# a sysroot; the versions must be the same, so keep these up to date).
program_pkgs="coreutils lua5.4 luajit python3.11 perl sqlite3 xz-utils gzip bzip2 zstd openssl"
test_pkgs="qemu-user-static busybox-static arch-test file $program_pkgs"

case "${1:-}" in
  --build) pkgs=$build_pkgs ;;
  ""|--all) pkgs="$build_pkgs $test_pkgs" ;;
  -h|--help) sed -n '2,9s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "install-deps.sh: unknown option '$1'" >&2; exit 1 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-deps.sh: this script needs Debian or Ubuntu (apt-get)." >&2
  echo "Install the equivalents of: $pkgs" >&2
  exit 1
fi

missing=
for p in $pkgs; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing="$missing $p"
  fi
done
# The real-program tests compare arm64 packages with the host's builds of
# the same version: bring installed ones up to the archive's version too.
stale=
if [ "$pkgs" != "$build_pkgs" ] && [ -z "${FERRY_NO_UPGRADE:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then apt-get update -qq </dev/null || true; fi
  for p in $program_pkgs; do
    inst=$(dpkg-query -W -f='${Version}' "$p" 2>/dev/null) || continue
    cand=$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: //p')
    [ -n "$cand" ] && [ "$cand" != "(none)" ] && [ "$inst" != "$cand" ] && stale="$stale $p"
  done
fi
if [ -z "$missing" ] && [ -z "$stale" ]; then
  echo "install-deps.sh: all packages already installed"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "install-deps.sh: need root or sudo to install:$missing" >&2
  exit 1
fi

echo "install-deps.sh: installing$missing$stale"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq </dev/null
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing $stale </dev/null >/dev/null
echo "install-deps.sh: done"
