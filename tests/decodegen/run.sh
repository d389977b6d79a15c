#!/bin/sh
# run.sh - tests of tools/decodegen, printing TAP.
#
#   accept/NAME.decode (+ accept/NAME.more.decode if present) with driver
#       accept/NAME.c: generate, compile with -Werror, run the driver's
#       table of encodings -> expected trans_ calls.
#   reject/NAME.decode (+ reject/NAME.more.decode): must fail, write no
#       output, and print every substring given on its "# expect: " lines.
#   stress: random specs from stress_gen.c checked against an in-order
#       reference scan (stress_drv.c), for a few fixed seeds.
#   plus: identical output on a second run, usage errors.
#
# Run from the top build directory (automake does): the generator is
# ./tools/decodegen (override with DECODEGEN=path), sources are found
# under ${srcdir:-.}; CC and CFLAGS are taken from the environment.

srcdir=${srcdir:-.}
here=$srcdir/tests/decodegen
gen=${DECODEGEN:-./tools/decodegen}
cc=${CC:-cc}
seeds="1 2"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/decodegen-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT INT TERM

if [ ! -x "$gen" ]; then
    echo "Bail out! $gen not built"
    exit 99
fi

n=0
failed=0
ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
# Prefix a file's lines with "# " (TAP diagnostics).
diag() { sed 's/^\(# \)*/# /' "$1"; }

naccept=$(ls "$here"/accept/*.c | wc -l)
nreject=$(ls "$here"/reject/*.decode | grep -v '\.more\.decode$' | wc -l)
nseeds=$(echo $seeds | wc -w)
echo "1..$((naccept + nreject + nseeds + 3))"

# all_found EXPECT LOG: every line of EXPECT occurs in LOG.
all_found() {
    while IFS= read -r line; do
        grep -F -e "$line" "$2" >/dev/null || return 1
    done <"$1"
}

compile() {
    # compile OUT SOURCES... : the generated code must build warning-free
    $cc -std=gnu11 -Wall -Wextra -Werror ${CFLAGS:--O2} -I"$here" -I"$tmp" \
        -o "$@" >"$tmp/cc.log" 2>&1
}

# -- Specs that must be accepted --
for drv in "$here"/accept/*.c; do
    name=$(basename "$drv" .c)
    specs="$here/accept/$name.decode"
    [ -f "$here/accept/$name.more.decode" ] &&
        specs="$specs $here/accept/$name.more.decode"
    if ! $gen -o "$tmp/${name}_dec.c" -H "$tmp/${name}_dec.h" \
            --decoder "decode_$name" --include test_ctx.h $specs \
            >"$tmp/gen.log" 2>&1; then
        diag "$tmp/gen.log"
        not_ok "accept: $name.decode generates"
    elif ! compile "$tmp/$name" "$drv" "$tmp/${name}_dec.c"; then
        diag "$tmp/cc.log"
        not_ok "accept: $name.decode compiles"
    elif ! "$tmp/$name" >"$tmp/run.log" 2>&1; then
        diag "$tmp/run.log"
        not_ok "accept: $name.decode decodes its table"
    else
        diag "$tmp/run.log"
        ok "accept: $name.decode decodes its table"
    fi
done

# -- Specs that must be rejected --
for spec in "$here"/reject/*.decode; do
    case $spec in *.more.decode) continue ;; esac
    name=$(basename "$spec" .decode)
    specs=$spec
    [ -f "$here/reject/$name.more.decode" ] &&
        specs="$specs $here/reject/$name.more.decode"
    sed -n 's/^# expect: //p' "$spec" >"$tmp/expect"
    expect=$(head -n 1 "$tmp/expect")
    rm -f "$tmp/rej.c" "$tmp/rej.h"
    if [ -z "$expect" ]; then
        not_ok "reject: $name.decode has no '# expect:' line"
    elif $gen -o "$tmp/rej.c" -H "$tmp/rej.h" $specs >"$tmp/err.log" 2>&1
    then
        not_ok "reject: $name.decode was accepted"
    elif [ -e "$tmp/rej.c" ] || [ -e "$tmp/rej.h" ]; then
        not_ok "reject: $name.decode left output files behind"
    elif ! all_found "$tmp/expect" "$tmp/err.log" ||
         ! grep -E -e '\.decode:[0-9]+: error: ' "$tmp/err.log" >/dev/null
    then
        diag "$tmp/expect"
        diag "$tmp/err.log"
        not_ok "reject: $name.decode reports the expected error"
    else
        ok "reject: $name.decode: $expect"
    fi
done

# -- Random specs against a reference scan --
if compile "$tmp/stress_gen" "$here/stress_gen.c"; then
    gen_ok=yes
else
    diag "$tmp/cc.log"
    gen_ok=no
fi
for seed in $seeds; do
    what="stress: random spec (seed $seed) decodes like an in-order scan"
    if [ $gen_ok != yes ] || ! "$tmp/stress_gen" "$seed" "$tmp"; then
        not_ok "$what (generating the spec failed)"
    elif ! $gen -o "$tmp/stress_dec.c" -H "$tmp/stress_dec.h" \
            --decoder stress_decode --include test_ctx.h \
            "$tmp/stress.decode" >"$tmp/gen.log" 2>&1; then
        diag "$tmp/gen.log"
        not_ok "$what"
    elif ! compile "$tmp/stress" "$here/stress_drv.c" "$tmp/stress_tab.c" \
            "$tmp/stress_dec.c"; then
        diag "$tmp/cc.log"
        not_ok "$what"
    elif ! "$tmp/stress" >"$tmp/run.log" 2>&1; then
        diag "$tmp/run.log"
        not_ok "$what"
    else
        diag "$tmp/run.log"
        ok "$what"
    fi
done

# -- Miscellaneous --
spec="$here/accept/fields.decode"
$gen -o "$tmp/a.c" -H "$tmp/a.h" --include test_ctx.h "$spec" &&
    $gen -o "$tmp/b.c" -H "$tmp/b.h" --include test_ctx.h "$spec" &&
    sed 's/"b\.h"/"a.h"/; s/B_H/A_H/g' "$tmp/b.c" >"$tmp/b2.c" &&
    sed 's/B_H/A_H/g' "$tmp/b.h" >"$tmp/b2.h"
if cmp -s "$tmp/a.c" "$tmp/b2.c" && cmp -s "$tmp/a.h" "$tmp/b2.h"; then
    ok "misc: output is the same on a second run"
else
    not_ok "misc: output is the same on a second run"
fi

if $gen >/dev/null 2>&1 || $gen -o "$tmp/x.c" "$spec" >/dev/null 2>&1; then
    not_ok "misc: missing inputs or -H are usage errors"
else
    ok "misc: missing inputs or -H are usage errors"
fi

if $gen "$spec" && [ ! -e "$here/accept/fields.c.tmp" ]; then
    ok "misc: without -o and -H the specs are only checked"
else
    not_ok "misc: without -o and -H the specs are only checked"
fi

[ $failed -eq 0 ]
