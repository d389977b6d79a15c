# targets/aarch64/local.mk - the AArch64 guest: decode specs, the
# generated decoder, trans_ functions, helpers and ABI facts.
# (hwcap.c is listed by loader/local.mk.)

A64_DECODE_SPECS = \
	targets/aarch64/a64_dp.decode \
	targets/aarch64/a64_ldst.decode \
	targets/aarch64/a64_simd.decode

EXTRA_DIST += $(A64_DECODE_SPECS)

targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h: $(A64_DECODE_SPECS) tools/decodegen$(BUILD_EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) targets/aarch64 && \
	tools/decodegen$(BUILD_EXEEXT) -o targets/aarch64/a64_decode.c \
	    -H targets/aarch64/a64_decode.h --decoder a64_decode \
	    --ctx DisasContext --include translate.h \
	    $(addprefix $(srcdir)/,$(A64_DECODE_SPECS))

BUILT_SOURCES += targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h
CLEANFILES += targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h
nodist_libferry_a_SOURCES = targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h

libferry_a_SOURCES += \
	targets/aarch64/translate.c \
	targets/aarch64/arch.c \
	targets/aarch64/disas.c

noinst_HEADERS += \
	targets/aarch64/cpu.h \
	targets/aarch64/translate.h

# -- files of the frontend helpers (appended below) --
