#!/bin/sh
# run.sh - run ./ferry on every file of the malformed ELF corpus (TAP).
#
# The corpus is written by ./tests/elf-corpus/elf-corpus-gen into a
# temporary directory.  For each file ferry must exit with the status the
# MANIFEST gives (126; 127 for a missing file), never die of a signal
# (status >= 128, or a timeout), and print a message that names the file
# ("ferry: <file>: <reason>") and contains the expected reason.  A
# dynamically linked case runs with -L <its sysroot>, where its (broken,
# missing or working) interpreter is; reason "-" means no message at all.
# Run from the build directory (as `make check` does; $FERRY and
# $abs_top_builddir, when set, say where).  Prints "1..0 # SKIP" when ferry
# or the generator is not built yet.

ferry=${FERRY:-./ferry}
gen=${abs_top_builddir:-.}/tests/elf-corpus/elf-corpus-gen
if [ ! -x "$ferry" ]; then
    echo "1..0 # SKIP $ferry is not built"
    exit 0
fi
if [ ! -x "$gen" ]; then
    echo "1..0 # SKIP $gen is not built"
    exit 0
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/ferry-elf-corpus.XXXXXX") || exit 1
trap 'rm -rf "$dir"' EXIT
"$gen" "$dir" || { echo "Bail out! $gen failed"; exit 1; }
# the missing file: 127
printf 'missing\t127\tNo such file or directory\t\n' >>"$dir/MANIFEST"

tab=$(printf '\t')
total=$(wc -l <"$dir/MANIFEST")
echo "1..$total"
n=0
failed=0
while IFS="$tab" read -r name want reason root; do
    n=$((n + 1))
    file="$dir/$name"
    if [ -n "$root" ]; then
        out=$(timeout 20 "$ferry" -L "$dir/$root" "$file" 2>&1 </dev/null >/dev/null)
    else
        out=$(timeout 20 "$ferry" "$file" 2>&1 </dev/null >/dev/null)
    fi
    got=$?
    why=""
    if [ "$got" -ge 128 ] || [ "$got" -eq 124 ]; then
        why="died of a signal or hung (status $got)"
    elif [ "$got" -ne "$want" ]; then
        why="exit status $got, want $want"
    elif [ "$reason" = "-" ]; then
        [ -z "$out" ] || why="unexpected message"
    elif ! printf '%s\n' "$out" | grep -qF -- "$file: "; then
        why="message does not name the file"
    elif ! printf '%s\n' "$out" | grep -qF -- "$reason"; then
        why="message lacks '$reason'"
    fi
    if [ -z "$why" ]; then
        echo "ok $n - $name: $want"
    else
        failed=$((failed + 1))
        echo "not ok $n - $name: $why"
        printf '%s\n' "$out" | sed 's/^/# /'
    fi
done <"$dir/MANIFEST"
[ "$failed" -eq 0 ]
