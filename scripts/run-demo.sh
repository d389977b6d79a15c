#!/bin/sh
# run-demo.sh - from a fresh Debian 12 to an AArch64 program running on ferry.
#
#   scripts/run-demo.sh
#
# Installs the build dependencies and the AArch64 cross compiler (with sudo
# when not root), builds ferry, builds scripts/demo/hello.c as a static
# AArch64 program, and runs it with ./ferry.  When qemu-aarch64-static is
# installed, the same program also runs under it for comparison.
set -eu
cd "$(dirname "$0")/.."

scripts/install-deps.sh --build
scripts/build.sh

echo "run-demo.sh: aarch64-linux-gnu-gcc -static -O2 scripts/demo/hello.c"
aarch64-linux-gnu-gcc -static -O2 -o scripts/demo/hello scripts/demo/hello.c -lm

echo "run-demo.sh: ./ferry scripts/demo/hello one 'two words'"
echo "----------------------------------------------------------------"
status=0
./ferry scripts/demo/hello one 'two words' || status=$?
echo "----------------------------------------------------------------"
echo "run-demo.sh: ferry exited with status $status"

if command -v qemu-aarch64-static >/dev/null 2>&1; then
  echo "run-demo.sh: the same program under qemu-aarch64-static, for comparison:"
  qemu-aarch64-static scripts/demo/hello one 'two words' || true
fi
exit "$status"
