# targets/aarch64/local.mk - the AArch64 guest: decode specs, the
# generated decoder, trans_ functions, helpers and ABI facts.
# (hwcap.c is listed by loader/local.mk.)

A64_DECODE_SPECS = \
	targets/aarch64/a64_dp.decode \
	targets/aarch64/a64_ldst.decode \
	targets/aarch64/a64_simd.decode \
	targets/aarch64/a64_simd_int2.decode

EXTRA_DIST += $(A64_DECODE_SPECS)

# One run makes both files: a stamp keeps make -j from running it twice.
targets/aarch64/a64_decode.stamp: $(A64_DECODE_SPECS) tools/decodegen$(BUILD_EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) targets/aarch64 && \
	tools/decodegen$(BUILD_EXEEXT) -o targets/aarch64/a64_decode.c \
	    -H targets/aarch64/a64_decode.h --decoder a64_decode \
	    --ctx DisasContext --include translate.h \
	    $(addprefix $(srcdir)/,$(A64_DECODE_SPECS)) && touch $@
targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h: targets/aarch64/a64_decode.stamp
	@test -f $@ || { rm -f $<; $(MAKE) $(AM_MAKEFLAGS) $<; }

CLEANFILES += targets/aarch64/a64_decode.stamp
# Objects include a64_decode.h: make it first even for `make ferry`
# (BUILT_SOURCES only covers `make all` and `make check`).
$(libferry_a_OBJECTS): targets/aarch64/a64_decode.h
BUILT_SOURCES += targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h
CLEANFILES += targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h
nodist_libferry_a_SOURCES = targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h

libferry_a_SOURCES += \
	targets/aarch64/translate.c \
	targets/aarch64/arch.c \
	targets/aarch64/disas.c \
	targets/aarch64/helper_fp_fast.c

noinst_HEADERS += \
	targets/aarch64/cpu.h \
	targets/aarch64/translate.h \
	targets/aarch64/helper_fp_fast.h

# -- files of the frontend helpers (appended below) --

# -- integer frontend: a64_dp.decode (data processing, branches, system) --
libferry_a_SOURCES += \
	targets/aarch64/dp_fields.c \
	targets/aarch64/trans_dp_imm.c \
	targets/aarch64/trans_dp_reg.c \
	targets/aarch64/trans_branch.c \
	targets/aarch64/trans_system.c \
	targets/aarch64/helper_int.c \
	targets/aarch64/sysregs.c
noinst_HEADERS += \
	targets/aarch64/dp_fields.h \
	targets/aarch64/trans_dp.h \
	targets/aarch64/helper_int.h \
	targets/aarch64/sysregs.h
EXTRA_DIST += \
	targets/aarch64/sysregs.def \
	tests/unit/gen_decode_stubs.sh \
	tests/unit/gen_decode_table.sh \
	tests/unit/decode_table_lib.sh

if HAVE_CHECK
# The generated decoder against assembler-made encodings: links the real
# decoder from libferry.a with --wrap=trans_NAME for every pattern, so
# each trans_ call reaches a recording stand-in (gen_decode_stubs.sh).
check_PROGRAMS += tests/unit/test_decode_a64
TESTS += tests/unit/test_decode_a64
tests_unit_test_decode_a64_SOURCES = \
	tests/unit/test_decode_a64.c tests/unit/test_decode_a64_table.h \
	tests/unit/decode_test.c tests/unit/decode_test.h
nodist_tests_unit_test_decode_a64_SOURCES = tests/unit/test_decode_a64_stubs.c
tests_unit_test_decode_a64_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_decode_a64_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_unit_test_decode_a64_LDFLAGS = -Wl,@tests/unit/test_decode_a64.wrap
EXTRA_tests_unit_test_decode_a64_DEPENDENCIES = tests/unit/test_decode_a64.wrap
endif
tests/unit/test_decode_a64_stubs.c: targets/aarch64/a64_decode.h \
		$(srcdir)/tests/unit/gen_decode_stubs.sh $(srcdir)/targets/aarch64/a64_dp.decode
	$(AM_V_GEN)$(MKDIR_P) tests/unit && \
	$(SHELL) $(srcdir)/tests/unit/gen_decode_stubs.sh c targets/aarch64/a64_decode.h \
	    $(srcdir)/targets/aarch64/a64_dp.decode > $@.tmp && mv $@.tmp $@
tests/unit/test_decode_a64.wrap: targets/aarch64/a64_decode.h \
		$(srcdir)/tests/unit/gen_decode_stubs.sh
	$(AM_V_GEN)$(MKDIR_P) tests/unit && \
	$(SHELL) $(srcdir)/tests/unit/gen_decode_stubs.sh wrap \
	    targets/aarch64/a64_decode.h > $@.tmp && mv $@.tmp $@
CLEANFILES += tests/unit/test_decode_a64_stubs.c tests/unit/test_decode_a64.wrap

# -- memory+fp frontend: a64_ldst.decode, a64_simd.decode --
libferry_a_SOURCES += \
	targets/aarch64/trans_ldst.c \
	targets/aarch64/trans_atomic.c \
	targets/aarch64/trans_simd_mem.c \
	targets/aarch64/trans_simd.c \
	targets/aarch64/trans_fp.c \
	targets/aarch64/helper_atomic.c \
	targets/aarch64/helper_simd.c \
	targets/aarch64/helper_fp.c
libferry_a_SOURCES += targets/aarch64/helper_simd_fast.c \
	targets/aarch64/helper_simd_fp.c targets/aarch64/trans_simd_fp.c
noinst_HEADERS += targets/aarch64/helper_simd_fp.h
noinst_HEADERS += \
	targets/aarch64/trans_simd.h \
	targets/aarch64/helper_atomic.h \
	targets/aarch64/helper_simd.h \
	targets/aarch64/helper_fp.h
EXTRA_DIST += tests/unit/gen_decode_table_mem.sh tests/unit/fp_oracle_a64.c

if HAVE_CHECK
# The load/store and SIMD&FP patterns against assembler-made encodings,
# same recording stand-ins and --wrap list as test_decode_a64.
check_PROGRAMS += tests/unit/test_decode_a64_mem tests/unit/test_helper_fp_a64
TESTS += tests/unit/test_decode_a64_mem tests/unit/test_helper_fp_a64
tests_unit_test_decode_a64_mem_SOURCES = \
	tests/unit/test_decode_a64_mem.c tests/unit/test_decode_a64_mem_table.h \
	tests/unit/decode_test.c tests/unit/decode_test.h
nodist_tests_unit_test_decode_a64_mem_SOURCES = tests/unit/test_decode_a64_mem_stubs.c
tests_unit_test_decode_a64_mem_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_decode_a64_mem_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_unit_test_decode_a64_mem_LDFLAGS = -Wl,@tests/unit/test_decode_a64.wrap
EXTRA_tests_unit_test_decode_a64_mem_DEPENDENCIES = tests/unit/test_decode_a64.wrap
# FP helper corner cases (NaNs, saturation, rounding) against recorded
# results of qemu-aarch64 (the values are in the test, with their source).
tests_unit_test_helper_fp_a64_SOURCES = tests/unit/test_helper_fp_a64.c
tests_unit_test_helper_fp_a64_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_helper_fp_a64_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
endif
tests/unit/test_decode_a64_mem_stubs.c: targets/aarch64/a64_decode.h \
		$(srcdir)/tests/unit/gen_decode_stubs.sh \
		$(srcdir)/targets/aarch64/a64_ldst.decode $(srcdir)/targets/aarch64/a64_simd.decode
	$(AM_V_GEN)$(MKDIR_P) tests/unit && \
	$(SHELL) $(srcdir)/tests/unit/gen_decode_stubs.sh c targets/aarch64/a64_decode.h \
	    $(srcdir)/targets/aarch64/a64_ldst.decode \
	    $(srcdir)/targets/aarch64/a64_simd.decode > $@.tmp && mv $@.tmp $@
CLEANFILES += tests/unit/test_decode_a64_mem_stubs.c

# -- FP/SIMD completion and crypto: a64_simd_fp2.decode, a64_crypto.decode --
A64_DECODE_SPECS += targets/aarch64/a64_crypto.decode
libferry_a_SOURCES += targets/aarch64/trans_crypto.c targets/aarch64/helper_crypto.c
noinst_HEADERS += targets/aarch64/helper_crypto.h
if HAVE_CHECK
# The host-instruction paths of helper_crypto.c (AES-NI, SHA-NI, PCLMULQDQ)
# against its C versions over random operands, and SHA-1/SHA-256 of "abc"
# through the instruction sequences.  FERRY_CRYPTO_ITERS, FERRY_CRYPTO_SEED.
check_PROGRAMS += tests/unit/test_helper_crypto
TESTS += tests/unit/test_helper_crypto
tests_unit_test_helper_crypto_SOURCES = tests/unit/test_helper_crypto.c
tests_unit_test_helper_crypto_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_helper_crypto_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
endif

# -- Advanced SIMD integer, second part: a64_simd_int2.decode --
libferry_a_SOURCES += \
	targets/aarch64/trans_simd_int.c \
	targets/aarch64/helper_simd_int.c \
	targets/aarch64/helper_simd_int_fast.c
noinst_HEADERS += targets/aarch64/helper_simd_int.h
# element accessors and SSE families shared by the SIMD/FP helpers
noinst_HEADERS += targets/aarch64/simd_elt.h targets/aarch64/simd_sse.h
A64_DECODE_SPECS += targets/aarch64/a64_simd_fp2.decode
libferry_a_SOURCES += targets/aarch64/trans_simd_fp2.c targets/aarch64/helper_simd_fp2.c
noinst_HEADERS += targets/aarch64/helper_simd_fp2.h
EXTRA_DIST += tests/unit/gen_decode_table_simd_int.sh

if HAVE_CHECK
# The a64_simd_int2.decode patterns against assembler-made encodings
# (same recording stand-ins and --wrap list as test_decode_a64).
check_PROGRAMS += tests/unit/test_decode_a64_simd_int
TESTS += tests/unit/test_decode_a64_simd_int
tests_unit_test_decode_a64_simd_int_SOURCES = \
	tests/unit/test_decode_a64_simd_int.c \
	tests/unit/test_decode_a64_simd_int_table.h \
	tests/unit/decode_test.c tests/unit/decode_test.h
nodist_tests_unit_test_decode_a64_simd_int_SOURCES = \
	tests/unit/test_decode_a64_simd_int_stubs.c
tests_unit_test_decode_a64_simd_int_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_decode_a64_simd_int_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_unit_test_decode_a64_simd_int_LDFLAGS = -Wl,@tests/unit/test_decode_a64.wrap
EXTRA_tests_unit_test_decode_a64_simd_int_DEPENDENCIES = tests/unit/test_decode_a64.wrap
endif
tests/unit/test_decode_a64_simd_int_stubs.c: targets/aarch64/a64_decode.h \
		$(srcdir)/tests/unit/gen_decode_stubs.sh \
		$(srcdir)/targets/aarch64/a64_simd_int2.decode
	$(AM_V_GEN)$(MKDIR_P) tests/unit && \
	$(SHELL) $(srcdir)/tests/unit/gen_decode_stubs.sh c targets/aarch64/a64_decode.h \
	    $(srcdir)/targets/aarch64/a64_simd_int2.decode > $@.tmp && mv $@.tmp $@
CLEANFILES += tests/unit/test_decode_a64_simd_int_stubs.c

# -- half precision (FEAT_FP16) and CPU models: a64_fp16.decode --
A64_DECODE_SPECS += targets/aarch64/a64_fp16.decode
libferry_a_SOURCES += targets/aarch64/trans_fp16.c targets/aarch64/helper_fp16.c
noinst_HEADERS += targets/aarch64/helper_fp16.h targets/aarch64/trans_fp16.h
EXTRA_DIST += targets/aarch64/cpu_models.def
