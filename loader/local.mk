# loader/local.mk - the guest ELF loader and initial stack (loader/loader.h),
# and the AArch64 HWCAP bits the stack's auxv advertises (written with the
# loader: targets/aarch64/local.mk must not list hwcap.c again).
# libelf comes through $(FERRY_LIBS).

libferry_a_SOURCES += \
	loader/elf.c \
	loader/stack.c \
	loader/sysroot.c \
	targets/aarch64/hwcap.c

noinst_HEADERS += \
	loader/loader.h \
	loader/sysroot.h \
	targets/aarch64/hwcap.h \
	tests/elf-corpus/minielf.h

# The minimal AArch64 ELF and its malformed variants (one table), shared by
# the unit test and the corpus generator.
MINIELF_SOURCES = tests/elf-corpus/minielf.c

if HAVE_CHECK
check_PROGRAMS += tests/unit/test_loader tests/unit/test_stack
TESTS += tests/unit/test_loader tests/unit/test_stack
tests_unit_test_loader_SOURCES = tests/unit/test_loader.c $(MINIELF_SOURCES)
tests_unit_test_loader_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/tests/elf-corpus
tests_unit_test_loader_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_loader_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
tests_unit_test_stack_SOURCES = tests/unit/test_stack.c
tests_unit_test_stack_LDADD = libferry.a $(FERRY_LIBS) $(CHECK_LIBS)
tests_unit_test_stack_CFLAGS = $(AM_CFLAGS) $(CHECK_CFLAGS)
endif

# The malformed-ELF corpus run through ./ferry (TAP; skips until ferry is built).
check_PROGRAMS += tests/elf-corpus/elf-corpus-gen
tests_elf_corpus_elf_corpus_gen_SOURCES = tests/elf-corpus/gen.c $(MINIELF_SOURCES)
tests_elf_corpus_elf_corpus_gen_CPPFLAGS = $(AM_CPPFLAGS) -I$(srcdir)/tests/elf-corpus
TESTS += tests/elf-corpus/run.sh
EXTRA_DIST += tests/elf-corpus/run.sh
