#!/bin/sh
# count-results.sh - count the results of the last "make check".
#
#   scripts/count-results.sh [builddir] [make-check-exit-status]
#
# Prints one line "N passed, N failed" (", N skipped" appended when any
# skipped) and exits 1 when anything failed.  What counts as one result:
#   - a Check unit-test program: each of its test cases, read from its
#     "NN%: Checks: X, Failures: Y, Errors: Z" line(s) in the .log; if the
#     program failed without such a line (crash, build of it failed), 1 failure;
#   - a TAP test (.sh): each "ok" / "not ok" line (one :test-result: in .trs);
#   - any other test program: 1 (its single :test-result:).
# PASS and XFAIL count as passed; FAIL, XPASS and ERROR as failed; SKIP as
# skipped.  If make check failed but no result failed (e.g. a test program
# did not compile), 1 failure is added for it.
set -u
dir=${1:-.}
check_status=${2:-0}

find "$dir" -name .git -prune -o -name '*.trs' -print | sort | {
  pass=0 fail=0 skip=0
  while IFS= read -r trs; do
    log=${trs%.trs}.log
    counts=
    if [ -f "$log" ]; then
      counts=$(awk '/^[0-9]+%: Checks: [0-9]+, Failures: [0-9]+, Errors: [0-9]+/ {
                      gsub(/,/, ""); c += $3; f += $5 + $7; n++ }
                    END { if (n) print c - f, f }' "$log")
    fi
    if [ -n "$counts" ]; then
      set -- $counts
      pass=$((pass + $1)) fail=$((fail + $2))
      # the program itself failed although every case passed (e.g. exit 1)
      if [ "$2" -eq 0 ] && grep -q '^:test-result: \(FAIL\|ERROR\)' "$trs"; then
        fail=$((fail + 1))
      fi
      continue
    fi
    set -- $(awk '/^:test-result:/ {
                    r = $2
                    if (r == "PASS" || r == "XFAIL") p++
                    else if (r == "SKIP") s++
                    else f++ }
                  END { print p + 0, f + 0, s + 0 }' "$trs")
    pass=$((pass + $1)) fail=$((fail + $2)) skip=$((skip + $3))
  done
  if [ "$check_status" -ne 0 ] && [ "$fail" -eq 0 ]; then
    echo "count-results.sh: make check failed (status $check_status) without a failed test" >&2
    fail=$((fail + 1))
  fi
  if [ "$skip" -gt 0 ]; then
    echo "$pass passed, $fail failed, $skip skipped"
  else
    echo "$pass passed, $fail failed"
  fi
  [ "$fail" -eq 0 ]
}
