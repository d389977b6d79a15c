# tests/local.mk - the guest-program, differential and busybox test suites.
#
# All four are TAP shell tests (SH_LOG_DRIVER in Makefile.am) that find
# ferry, qemu and the cross compiler in AM_TESTS_ENVIRONMENT and skip with
# a reason when a tool is missing:
#   tests/guest/run.sh        AArch64 C/asm programs, built at test time
#   tests/diff/run.sh         random instruction sequences, ferry vs qemu
#   tests/busybox/run.sh      arm64 busybox under ferry vs x86-64 busybox
#   tests/busybox/arch-test.sh  /usr/lib/arch-test/arm64 prints "ok"
# `make check-diff-long` runs the differential test over many more seeds.

TESTS += \
	tests/guest/run.sh \
	tests/guest/run-tier2.sh \
	tests/diff/run.sh \
	tests/diff/run-tier2.sh \
	tests/busybox/run.sh \
	tests/busybox/arch-test.sh \
	tests/cli/run.sh

# The sequence generator is a build-machine program (it runs at test time).
check_PROGRAMS += tests/diff/gen
tests_diff_gen_SOURCES = tests/diff/gen.c tests/diff/gen_common.c tests/diff/gen_common.h
tests_diff_gen_CFLAGS = $(AM_CFLAGS)
tests_diff_gen_CPPFLAGS =

# The runners take every program in these folders: ship them whole.
EXTRA_DIST += tests/guest/aarch64 tests/programs tests/dynamic tests/cli

EXTRA_DIST += \
	tests/cli/run.sh tests/cli/probe.c \
	tests/guest/run.sh \
	tests/guest/run-tier2.sh \
	tests/diff/run-tier2.sh \
	tests/guest/aarch64/guest_test.h \
	tests/guest/aarch64/alu_flags.c tests/guest/aarch64/alu_flags.expected \
	tests/guest/aarch64/atomics.c tests/guest/aarch64/atomics.expected \
	tests/guest/aarch64/bitops.c tests/guest/aarch64/bitops.expected \
	tests/guest/aarch64/branches.c tests/guest/aarch64/branches.expected \
	tests/guest/aarch64/brk.c tests/guest/aarch64/brk.expected \
	tests/guest/aarch64/crc32.c tests/guest/aarch64/crc32.expected \
	tests/guest/aarch64/env_argv.c \
	tests/guest/aarch64/fileio.c \
	tests/guest/aarch64/fork_exec.c \
	tests/guest/aarch64/fp_cvt.c tests/guest/aarch64/fp_cvt.expected \
	tests/guest/aarch64/fp_math.c \
	tests/guest/aarch64/fp_printf.c \
	tests/guest/aarch64/hello.S tests/guest/aarch64/hello.expected \
	tests/guest/aarch64/ldst.c tests/guest/aarch64/ldst.expected \
	tests/guest/aarch64/logic_bitfield.c tests/guest/aarch64/logic_bitfield.expected \
	tests/guest/aarch64/lse.c tests/guest/aarch64/lse.expected \
	tests/guest/aarch64/muldiv.c tests/guest/aarch64/muldiv.expected \
	tests/guest/aarch64/qsort_malloc.c \
	tests/guest/aarch64/segv_handler.c tests/guest/aarch64/segv_handler.expected \
	tests/guest/aarch64/smc_jit.c tests/guest/aarch64/smc_jit.expected \
	tests/guest/aarch64/sigill_handler.c tests/guest/aarch64/sigill_handler.expected \
	tests/guest/aarch64/strings.c \
	tests/guest/aarch64/sysregs.c tests/guest/aarch64/sysregs.expected \
	tests/guest/aarch64/time_rand.c \
	tests/guest/aarch64/udf.c tests/guest/aarch64/udf.expected \
	tests/guest/aarch64/unalloc.c tests/guest/aarch64/unalloc.expected \
	tests/guest/aarch64/uname.c tests/guest/aarch64/uname.expected \
	tests/diff/run.sh \
	tests/diff/diff_lib.sh \
	tests/busybox/run.sh \
	tests/busybox/arch-test.sh \
	scripts/fetch-debs.sh

# Built at test time by the runners (in the build tree).
clean-local: clean-local-tests
clean-local-tests:
	-rm -rf tests/guest/bin tests/guest/bin-tier2 tests/diff/work tests/diff/work-tier2 tests/busybox/work
.PHONY: clean-local-tests

# Many random seeds instead of the fixed list (DIFF_SEEDS=N, default 200).
check-diff-long: tests/diff/gen$(EXEEXT) ferry$(EXEEXT)
	@$(AM_TESTS_ENVIRONMENT) DIFF_LONG=$${DIFF_SEEDS:-200}; export DIFF_LONG; \
	$(SHELL) $(srcdir)/tests/diff/run.sh
.PHONY: check-diff-long

# Dynamically linked programs with the cross toolchain's arm64 sysroot (-L).
TESTS += tests/dynamic/run.sh
EXTRA_DIST += tests/dynamic/run.sh tests/dynamic/hello.c tests/dynamic/mathdl.c \
	tests/dynamic/auxv.c tests/dynamic/execer.c tests/dynamic/showexe.c \
	tests/dynamic/paths.c

# Real Debian bookworm arm64 programs (coreutils, lua5.4, python3.11, perl,
# sqlite3, xz, gzip, bzip2, zstd, openssl) in a sysroot fetched by
# scripts/fetch-sysroot.sh, compared with their x86-64 builds; cases
# ferry does not pass yet are listed in tests/programs/pending.txt.
TESTS += tests/programs/run.sh
EXTRA_DIST += tests/programs/run.sh tests/programs/cases.sh tests/programs/pending.txt \
	tests/programs/scripts/gen_data.awk tests/programs/scripts/lua_std.lua \
	tests/programs/scripts/py_std.py tests/programs/scripts/perl_std.pl \
	tests/programs/scripts/sqlite_std.sql scripts/fetch-sysroot.sh

# An in-tree build keeps the fetched Debian sysroot under tests/programs:
# never ship it.
dist-hook: dist-hook-tests
dist-hook-tests:
	rm -rf $(distdir)/tests/programs/work
.PHONY: dist-hook-tests

# FP and Advanced SIMD differential test (tests/diff/genfp.c): V registers,
# FPCR, FPSR against qemu-aarch64; `make check-diff-fp-long` for many seeds.
TESTS += tests/diff/run-fp.sh
EXTRA_DIST += tests/diff/run-fp.sh
check_PROGRAMS += tests/diff/genfp
tests_diff_genfp_SOURCES = tests/diff/genfp.c tests/diff/gen_common.c tests/diff/gen_common.h
tests_diff_genfp_CFLAGS = $(AM_CFLAGS)
tests_diff_genfp_CPPFLAGS =
check-diff-fp-long: tests/diff/genfp$(EXEEXT) ferry$(EXEEXT)
	@$(AM_TESTS_ENVIRONMENT) DIFF_LONG=$${DIFF_SEEDS:-200}; export DIFF_LONG; \
	$(SHELL) $(srcdir)/tests/diff/run-fp.sh
.PHONY: check-diff-fp-long
clean-local: clean-local-diff-fp
clean-local-diff-fp:
	-rm -rf tests/diff/work-fp
.PHONY: clean-local-diff-fp

# The real-program suite keeps its fetched Debian sysroot across `make
# clean` (it is large and slow to fetch); distclean removes it.
distclean-local: distclean-local-tests
distclean-local-tests:
	-rm -rf tests/programs/work
.PHONY: distclean-local-tests
