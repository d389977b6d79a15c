# tests/unit/core.mk - tests of the translation core (translate/ and
# backend/x86_64/): Check suites for the IR's meaning and the folder
# (test_fold), the register allocator (test_regalloc), a randomized
# differential test of the backend against ir_eval (test_ir_exec), and
# IR/host-code golden files (tests/golden/run.sh; REGEN=1 rewrites them).
# Included from the top-level Makefile.am.

if HAVE_CHECK
check_PROGRAMS += tests/unit/test_fold tests/unit/test_regalloc tests/unit/test_ir_exec
TESTS += tests/unit/test_fold tests/unit/test_regalloc tests/unit/test_ir_exec

tests_unit_test_fold_SOURCES = tests/unit/test_fold.c tests/unit/core_test.h
tests_unit_test_fold_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_fold_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)

tests_unit_test_regalloc_SOURCES = tests/unit/test_regalloc.c tests/unit/core_test.h
tests_unit_test_regalloc_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_regalloc_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)

# FERRY_IR_EXEC_ITERS=N (default 20000) and FERRY_IR_EXEC_SEED=S at run time.
tests_unit_test_ir_exec_SOURCES = tests/unit/test_ir_exec.c tests/unit/core_test.h
tests_unit_test_ir_exec_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_ir_exec_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
endif

check_PROGRAMS += tests/golden/golden_ir
tests_golden_golden_ir_SOURCES = tests/golden/golden_ir.c tests/unit/core_test.h
tests_golden_golden_ir_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/tests/unit
tests_golden_golden_ir_LDADD = libferry.a $(FERRY_LIBS)
TESTS += tests/golden/run.sh

EXTRA_DIST += \
	tests/golden/run.sh \
	tests/golden/adds_adcs.txt \
	tests/golden/cmp_bne.txt \
	tests/golden/csel_cset.txt \
	tests/golden/dead_code.txt \
	tests/golden/divide.txt \
	tests/golden/flags_across_call.txt \
	tests/golden/fold_constants.txt \
	tests/golden/identities.txt \
	tests/golden/indirect_jump.txt \
	tests/golden/load_store.txt \
	tests/golden/mul_high.txt \
	tests/golden/shifts.txt \
	tests/golden/w32_bitfields.txt

# Rewrite the golden files from the current optimiser and backend.
golden-regen: tests/golden/golden_ir$(EXEEXT)
	@$(AM_TESTS_ENVIRONMENT) REGEN=1; export REGEN; \
	$(SHELL) $(srcdir)/tests/golden/run.sh
.PHONY: golden-regen
