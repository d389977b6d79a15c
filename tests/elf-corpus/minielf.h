/*
 * minielf.h - a minimal valid static AArch64 ELF built in memory, and the
 * table of ways to break it.  Shared by tests/unit/test_loader.c (which
 * loads each case) and elf-corpus-gen (which writes them out for run.sh).
 *
 * The valid image (0x1010 bytes, ET_EXEC, exits with status 42):
 *     0x000  Elf64_Ehdr
 *     0x040  3 x Elf64_Phdr: text PT_LOAD (R+X, off 0, vaddr 0x400000),
 *            data PT_LOAD (RW, off 0x1000, vaddr 0x411000, filesz 0x10,
 *            memsz 0x2000: bss over a partial and a whole page),
 *            PT_GNU_STACK (the slot the PT_INTERP cases reuse;
 *            room is left for 5 headers)
 *     0x180  code: movz x0,#42; movz x8,#93 (exit); svc #0
 *     0x190  "/lib/ld-linux-aarch64.so.1\0" (used only by PT_INTERP cases)
 *     0x1000 16 data bytes 0x01..0x10
 *
 *     struct minielf m;
 *     minielf_valid(&m);
 *     minielf_cases[i].mutate(&m);     // e.g. "x86_64"
 *     minielf_write(&m, path);
 */
#ifndef FERRY_MINIELF_H
#define FERRY_MINIELF_H

#include <elf.h>
#include <stddef.h>
#include <stdint.h>

#define MINIELF_TEXT_VADDR 0x400000ull
#define MINIELF_DATA_VADDR 0x411000ull
#define MINIELF_DATA_OFF 0x1000u
#define MINIELF_DATA_FILESZ 0x10u
#define MINIELF_DATA_MEMSZ 0x2000u
#define MINIELF_CODE_OFF 0x180u
#define MINIELF_INTERP_OFF 0x190u
#define MINIELF_INTERP "/lib/ld-linux-aarch64.so.1"
#define MINIELF_SIZE 0x1010u
#define MINIELF_MAX 0x3000u

struct minielf {
    unsigned char buf[MINIELF_MAX];
    size_t len;
};

static inline Elf64_Ehdr *minielf_ehdr(struct minielf *m)
{
    return (Elf64_Ehdr *)m->buf;
}

static inline Elf64_Phdr *minielf_phdr(struct minielf *m, unsigned i)
{
    return (Elf64_Phdr *)(m->buf + sizeof(Elf64_Ehdr)) + i;
}

/* X(name, errno the loader returns, substring of its message after
 * "path: ").  Every case but interp_valid is a malformed file. */
#define MINIELF_CASES(X) \
    X(empty, ENOEXEC, "empty file") \
    X(garbage, ENOEXEC, "not an ELF executable") \
    X(short_magic, ENOEXEC, "not an ELF executable") \
    X(ident_only, ENOEXEC, "truncated ELF header") \
    X(half_ehdr, ENOEXEC, "truncated ELF header") \
    X(elf32, ENOEXEC, "32-bit ELF") \
    X(big_endian, ENOEXEC, "big-endian ELF") \
    X(ident_version, ENOEXEC, "bad ELF version") \
    X(x86_64, ENOEXEC, "ELF for x86-64, not a guest ferry runs") \
    X(riscv, ENOEXEC, "ELF for RISC-V, not a guest ferry runs") \
    X(et_rel, ENOEXEC, "not an executable") \
    X(et_core, ENOEXEC, "not an executable") \
    X(bad_version, ENOEXEC, "bad e_version") \
    X(bad_phentsize, ENOEXEC, "bad e_phentsize") \
    X(zero_phnum, ENOEXEC, "no program headers") \
    X(huge_phnum, ENOEXEC, "too many program headers") \
    X(phnum_past_eof, ENOEXEC, "program headers lie outside the file") \
    X(bad_phoff, ENOEXEC, "program headers lie outside the file") \
    X(phoff_overflow, ENOEXEC, "program headers lie outside the file") \
    X(phdrs_truncated, ENOEXEC, "program headers lie outside the file") \
    X(no_load, ENOEXEC, "no loadable segments") \
    X(overlap, ENOEXEC, "overlap") \
    X(overlap_unsorted, ENOEXEC, "overlap") \
    X(filesz_gt_memsz, ENOEXEC, "p_filesz 0x10 > p_memsz 0x8") \
    X(offset_beyond_eof, ENOEXEC, "lies beyond the end of the file") \
    X(filesz_beyond_eof, ENOEXEC, "lies beyond the end of the file") \
    X(offset_overflow, ENOEXEC, "lies beyond the end of the file") \
    X(text_truncated, ENOEXEC, "lies beyond the end of the file") \
    X(data_truncated, ENOEXEC, "lies beyond the end of the file") \
    X(vaddr_wrap, ENOEXEC, "outside user space") \
    X(vaddr_kernel_half, ENOEXEC, "outside user space") \
    X(memsz_past_47bit, ENOEXEC, "outside user space") \
    X(not_congruent, ENOEXEC, "not congruent modulo the page size") \
    X(interp_no_nul, ENOEXEC, "PT_INTERP is not NUL-terminated") \
    X(interp_too_long, ENOEXEC, "PT_INTERP of bad length") \
    X(interp_empty, ENOEXEC, "PT_INTERP of bad length") \
    X(interp_beyond_eof, ENOEXEC, "lies beyond the end of the file") \
    X(two_interps, ENOEXEC, "more than one PT_INTERP")

/* The interpreter cases: minielf_dynamic() (the program with PT_INTERP
 * MINIELF_INTERP) and a broken minielf_interp() as the interpreter, found
 * in a sysroot.  X(name, errno, the start of the message after
 * "program: interpreter <file>: "). */
#define MINIELF_INTERP_CASES(X) \
    X(interp_garbage, ENOEXEC, "not an ELF executable") \
    X(interp_empty_file, ENOEXEC, "empty file") \
    X(interp_et_rel, ENOEXEC, "ELF type 1 is not an executable (a relocatable object)") \
    X(interp_et_core, ENOEXEC, "ELF type 4 is not an executable (a core dump)") \
    X(interp_x86_64, ENOEXEC, "ELF for x86-64, not a guest ferry runs") \
    X(interp_elf32, ENOEXEC, "32-bit ELF") \
    X(interp_bad_phentsize, ENOEXEC, "bad e_phentsize") \
    X(interp_no_load, ENOEXEC, "no loadable segments") \
    X(interp_truncated, ENOEXEC, "segment 1: file data (p_offset 0x1000 p_filesz 0x10) lies beyond") \
    X(interp_overlap, ENOEXEC, "segments 0 and 1 overlap")

struct minielf_case {
    const char *name;
    int err;               /* positive errno */
    const char *reason;    /* substring of the message */
    void (*mutate)(struct minielf *m);
};

extern const struct minielf_case minielf_cases[];
extern const size_t minielf_ncases;
extern const struct minielf_case minielf_interp_cases[];
extern const size_t minielf_interp_ncases;

/* The status minielf_interp() exits with (the program itself: 42). */
#define MINIELF_INTERP_STATUS 43

void minielf_valid(struct minielf *m);
/* The same program as ET_DYN (static-pie), linked at 0. */
void minielf_valid_pie(struct minielf *m);
/* The program with a PT_INTERP of MINIELF_INTERP (dynamically linked). */
void minielf_dynamic(struct minielf *m);
/* An interpreter for it: the ET_DYN program exiting with
 * MINIELF_INTERP_STATUS, as an ld.so would run before the program. */
void minielf_interp(struct minielf *m);
/* 0 or -errno. */
int minielf_write(const struct minielf *m, const char *path);

#endif
