#!/bin/sh
# run.sh - ferry's command line end to end (TAP): qemu-compatible options
# and variables change what the guest sees, bad input gives the promised
# exit status, and the ferry-aarch64 link behaves like ferry.
#
# Needs $FERRY and $AARCH64_CC (the guest probe is compiled at test time).
FERRY=${FERRY:-./ferry}
bld=${abs_top_builddir:-$(pwd)}
src=${abs_top_srcdir:-${top_srcdir:-.}}/tests/cli
if [ -z "${AARCH64_CC:-}" ]; then
	echo "1..0 # SKIP no aarch64 cross compiler"
	exit 0
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/ferry-cli.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
probe=$work/probe
$AARCH64_CC -static -O2 -o "$probe" "$src/probe.c" || exit 99

n=0
check() {	# check NAME COMMAND... : the command must succeed
	name=$1; shift
	n=$((n + 1))
	if "$@" >"$work/out" 2>&1; then echo "ok $n - $name"
	else echo "not ok $n - $name"; sed 's/^/# /' "$work/out"; fi
}
run() { "$FERRY" "$@" 2>&1; }
status() { "$FERRY" "$@" >/dev/null 2>&1; echo $?; }

check "-0 sets argv[0]" sh -c "[ \"\$($FERRY -0 myname $probe argv0)\" = myname ]"
check "-E sets and -U removes guest variables" sh -c \
	"[ \"\$(FERRYX_GONE=1 $FERRY -E FERRYX_A=1,FERRYX_B=2 -U FERRYX_GONE $probe env FERRYX_A FERRYX_B FERRYX_GONE)\" = '1 2 -' ]"
check "QEMU_SET_ENV works like -E" sh -c \
	"[ \"\$(QEMU_SET_ENV=FERRYX_Q=7 $FERRY $probe env FERRYX_Q)\" = 7 ]"
check "-seed makes guest random bytes repeatable" sh -c \
	"a=\$($FERRY -seed 9 $probe random); b=\$($FERRY -seed 9 $probe random); c=\$($FERRY -seed 10 $probe random); [ \"\$a\" = \"\$b\" ] && [ \"\$a\" != \"\$c\" ]"
check "without -seed guest random bytes differ" sh -c \
	"[ \"\$($FERRY $probe random)\" != \"\$($FERRY $probe random)\" ]"
check "-s sets the guest stack size" sh -c \
	"[ \"\$($FERRY -s 256k $probe stack)\" = 262144 ]"
check "-one-insn-per-tb runs the guest correctly" sh -c \
	"[ \"\$($FERRY -one-insn-per-tb $probe argv0)\" = \"$probe\" ]"
check "-r sets the uname release" sh -c \
	"[ \"\$($FERRY -r 9.9.9-test $probe release)\" = 9.9.9-test ]"
check "uname machine is aarch64" sh -c "[ \"\$($FERRY $probe machine)\" = aarch64 ]"
check "ferry-aarch64 runs guests too" sh -c \
	"[ \"\$($bld/ferry-aarch64 $probe machine)\" = aarch64 ]"
check "an unknown option exits 1 and names it" sh -c \
	"$FERRY -bogus $probe; [ \$? -eq 1 ] && $FERRY -bogus $probe 2>&1 | grep -q -- -bogus"
check "a missing program exits 127 and names it" sh -c \
	"$FERRY $work/nothing-here; [ \$? -eq 127 ] && $FERRY $work/nothing-here 2>&1 | grep -q nothing-here"
check "a host program is refused with 126" sh -c "$FERRY /bin/true; [ \$? -eq 126 ]"
check "-d unimp names an unknown syscall" sh -c \
	"$FERRY -d unimp $probe nosys 2>&1 | grep -q 'unimplemented syscall'"
check "an unknown syscall returns ENOSYS" sh -c \
	"[ \"\$($FERRY $probe nosys 2>/dev/null)\" = 38 ]"
check "-strace shows the guest's system calls" sh -c \
	"$FERRY -strace $probe machine 2>&1 | grep -q '^[0-9]* uname('"
check "-D sends the log to a file" sh -c \
	"$FERRY -strace -D $work/log $probe machine >/dev/null && grep -q 'uname(' $work/log"
check "-d help lists the log items" sh -c "$FERRY -d help | grep -q in_asm"
check "--version prints a version" sh -c "$FERRY --version | grep -qi ferry"
# -- CPU models (-cpu, QEMU_CPU): targets/aarch64/cpu_models.def --
cpu_probe=$work/cpu_probe
$AARCH64_CC -static -O2 -o "$cpu_probe" "$src/cpu_probe.c" || exit 99
check "-cpu help lists the models, one line each" sh -c \
	"$FERRY -cpu help | grep -q '^  max ' && $FERRY -cpu help | grep -q '^  cortex-a53 ' && $FERRY -cpu help | grep -q '^  neoverse-n1 '"
check "an unknown CPU model exits 1 and names it" sh -c \
	"$FERRY -cpu cortex-x9 $cpu_probe hwcap; [ \$? -eq 1 ] && $FERRY -cpu cortex-x9 $cpu_probe hwcap 2>&1 | grep -q \"unknown CPU model 'cortex-x9'\""
check "-cpu cortex-a53: AT_HWCAP lacks ATOMICS and FPHP" sh -c \
	"h=\$($FERRY -cpu cortex-a53 $cpu_probe hwcap | cut -d' ' -f1); [ \$(( 0x\$h & 0x100 )) -eq 0 ] && [ \$(( 0x\$h & 0x200 )) -eq 0 ] && [ \$(( 0x\$h & 0x8 )) -ne 0 ]"
check "-cpu cortex-a53: LDADD is SIGILL (exit 132)" sh -c \
	"$FERRY -cpu cortex-a53 $cpu_probe ldadd; [ \$? -eq 132 ]"
check "-cpu cortex-a53: FP16 FADD is SIGILL (exit 132)" sh -c \
	"$FERRY -cpu cortex-a53 $cpu_probe fp16; [ \$? -eq 132 ]"
check "QEMU_CPU=cortex-a72 works like -cpu (MIDR, LSE refused)" sh -c \
	"[ \"\$(QEMU_CPU=cortex-a72 $FERRY $cpu_probe midr | cut -d' ' -f1)\" = 410fd083 ] && QEMU_CPU=cortex-a72 $FERRY $cpu_probe ldadd; [ \$? -eq 132 ]"
check "the default model (max) has LSE and FP16" sh -c \
	"[ \"\$($FERRY $cpu_probe ldadd)\" = 2 ] && [ \"\$($FERRY $cpu_probe fp16)\" = fp16 ]"
check "-cpu neoverse-n1: MIDR 413fd0c1, LSE atomics in ISAR0" sh -c \
	"[ \"\$($FERRY -cpu neoverse-n1 $cpu_probe midr)\" = '413fd0c1 100010211120' ] || { $FERRY -cpu neoverse-n1 $cpu_probe midr; false; }"
check "-cpu neoverse-n1: /proc/cpuinfo Features match AT_HWCAP" sh -c \
	"[ \"\$($FERRY -cpu neoverse-n1 $cpu_probe cpuinfo)\" = match ]"
check "-cpu cortex-a53: /proc/cpuinfo Features match AT_HWCAP" sh -c \
	"[ \"\$($FERRY -cpu cortex-a53 $cpu_probe cpuinfo)\" = match ]"
echo "1..$n"
