# tools/local.mk - build-machine tools (included by the top-level Makefile.am).
#
# decodegen turns *.decode specs into a C decoder; see the top of
# tools/decodegen.c for its language and command line.  A frontend uses it
# with a rule like
#   targets/aarch64/a64_decode.c targets/aarch64/a64_decode.h: \
#           tools/decodegen$(EXEEXT) $(A64_DECODE_SPECS)
#   	$(MKDIR_P) targets/aarch64
#   	tools/decodegen$(EXEEXT) -o targets/aarch64/a64_decode.c \
#   	    -H targets/aarch64/a64_decode.h --decoder a64_decode \
#   	    --ctx DisasContext --include translate.h $(A64_DECODE_SPECS)
# Its tests (tests/decodegen/run.sh, TAP) need a C compiler at test time:
# they use $CC from the environment, else cc.

noinst_PROGRAMS += tools/decodegen
tools_decodegen_SOURCES = tools/decodegen.c tools/decodegen.h \
	tools/decodegen_parse.c tools/decodegen_check.c tools/decodegen_emit.c
tools_decodegen_LDADD =

TESTS += tests/decodegen/run.sh
EXTRA_DIST += tests/decodegen/run.sh \
	tests/decodegen/driver.h \
	tests/decodegen/test_ctx.h \
	tests/decodegen/stress.h \
	tests/decodegen/stress_gen.c \
	tests/decodegen/stress_drv.c \
	tests/decodegen/accept/fields.c \
	tests/decodegen/accept/fields.decode \
	tests/decodegen/accept/groups.c \
	tests/decodegen/accept/groups.decode \
	tests/decodegen/accept/groups.more.decode \
	tests/decodegen/reject/assigned_twice.decode \
	tests/decodegen/reject/assigned_twice_format.decode \
	tests/decodegen/reject/bad_bits_char.decode \
	tests/decodegen/reject/const_range.decode \
	tests/decodegen/reject/dup_across.decode \
	tests/decodegen/reject/dup_across.more.decode \
	tests/decodegen/reject/dup_argset.decode \
	tests/decodegen/reject/dup_field.decode \
	tests/decodegen/reject/dup_format.decode \
	tests/decodegen/reject/dup_member.decode \
	tests/decodegen/reject/empty_group.decode \
	tests/decodegen/reject/field_no_segments.decode \
	tests/decodegen/reject/fixed_and_ignored.decode \
	tests/decodegen/reject/fixed_vs_field.decode \
	tests/decodegen/reject/fixed_vs_format.decode \
	tests/decodegen/reject/fixed_vs_format_field.decode \
	tests/decodegen/reject/format_other_set.decode \
	tests/decodegen/reject/format_width.decode \
	tests/decodegen/reject/member_unassigned.decode \
	tests/decodegen/reject/mismatched_bracket.decode \
	tests/decodegen/reject/not_member.decode \
	tests/decodegen/reject/overlap_disjoint_group.decode \
	tests/decodegen/reject/overlap_group_member.decode \
	tests/decodegen/reject/overlap_top.decode \
	tests/decodegen/reject/same_name_other_set.decode \
	tests/decodegen/reject/segment_range.decode \
	tests/decodegen/reject/signed_second.decode \
	tests/decodegen/reject/stray_close.decode \
	tests/decodegen/reject/syntax_token.decode \
	tests/decodegen/reject/type_clash.decode \
	tests/decodegen/reject/unclosed_group.decode \
	tests/decodegen/reject/unknown_argset.decode \
	tests/decodegen/reject/unknown_field.decode \
	tests/decodegen/reject/unknown_format.decode \
	tests/decodegen/reject/unspecified_bits.decode \
	tests/decodegen/reject/width_long.decode \
	tests/decodegen/reject/width_short.decode
