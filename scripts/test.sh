#!/bin/sh
# test.sh - install everything, build ferry with warnings as errors, run
# the whole test suite and count the results.
#
#   scripts/test.sh
#
# The last line of output is "N passed, N failed" (", N skipped" when some
# tests skipped), counted by scripts/count-results.sh.  Exit status 0 only
# when the build succeeded and no test failed.
set -u
cd "$(dirname "$0")/.."

fail_build() {
  echo "test.sh: $1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

scripts/install-deps.sh --all || fail_build "installing dependencies failed"
scripts/build.sh --enable-werror || fail_build "the build failed"

# Results of tests that no longer exist must not be counted.
find . -name .git -prune -o \( -name '*.trs' -o -name test-suite.log \) -print |
  xargs rm -f

check_status=0
make -j"${JOBS:-2}" check || check_status=$?
if [ "$check_status" -ne 0 ] && [ -f test-suite.log ]; then
  echo "test.sh: make check failed; the logs of the failed tests:"
  head -n 300 test-suite.log
fi
scripts/count-results.sh . "$check_status"
