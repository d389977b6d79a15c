# backend/x86_64/local.mk - the x86-64 host backend: byte encoder, CPUID
# probe of host features, host code disassembly for -d out_asm.

libferry_a_SOURCES += \
	backend/x86_64/encode.c \
	backend/x86_64/host_features.c \
	backend/x86_64/disas.c \
	backend/x86_64/regalloc.c \
	backend/x86_64/lower.c \
	backend/x86_64/lower_alu.c \
	backend/x86_64/lower_flags.c \
	backend/x86_64/lower_mem.c \
	backend/x86_64/lower_fp.c \
	backend/x86_64/codegen.c

noinst_HEADERS += \
	backend/x86_64/encode.h \
	backend/x86_64/host_features.h \
	backend/x86_64/disas.h \
	backend/x86_64/backend.h \
	backend/x86_64/regalloc.h \
	backend/x86_64/lower.h

if HAVE_CHECK
# Compares every encoder function with the GNU assembler (runs `as` and
# `objcopy` at test time in a temporary directory; AS/OBJCOPY override).
check_PROGRAMS += tests/unit/test_encode
TESTS += tests/unit/test_encode
tests_unit_test_encode_SOURCES = tests/unit/test_encode.c
tests_unit_test_encode_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_encode_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
endif
