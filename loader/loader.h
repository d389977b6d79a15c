/*
 * loader.h - load a guest ELF executable and build its initial stack.
 *
 *     struct load_info li;
 *     char err[256];
 *     int r = loader_load(path, &li, err, sizeof err);
 *     if (r) { fprintf(stderr, "ferry: %s\n", err); exit(r == -ENOENT ? 127 : 126); }
 *     loader_build_stack(&li, argc, argv, envp);
 *     // start the guest at li.entry with SP = li.sp
 */
#ifndef FERRY_LOADER_H
#define FERRY_LOADER_H

#include <stddef.h>
#include <stdint.h>
#include "ferry.h"
#include "guest.h"

struct load_info {
    const struct guest_arch *arch;
    gaddr_t entry;          /* first guest PC (the interpreter's if any) */
    gaddr_t prog_entry;     /* AT_ENTRY: the program's own entry */
    gaddr_t load_bias;      /* 0 for ET_EXEC */
    gaddr_t phdr;           /* AT_PHDR */
    unsigned phnum, phent;  /* AT_PHNUM, AT_PHENT */
    gaddr_t interp_base;    /* AT_BASE (0 if none) */
    gaddr_t start_brk, brk; /* initial program break (page aligned) */
    gaddr_t stack_base;     /* lowest address of the stack mapping */
    gaddr_t stack_top;      /* one past its highest address */
    gaddr_t sp;             /* initial SP, set by loader_build_stack */
    const char *execfn;     /* AT_EXECFN string (the path run) */
    char interp[4096];      /* PT_INTERP, "" if none */
};

/* Map the ELF at `path`.  Returns 0, or -errno with a message in err that
 * names the file and the reason: -ENOENT/-EACCES (exit 127/126),
 * -ENOEXEC for a file that is not a loadable guest ELF (exit 126). */
int loader_load(const char *path, struct load_info *li, char *err, size_t errlen);

/* Build argv, envp and auxv on a fresh guest stack as the guest kernel
 * would (fs/binfmt_elf.c create_elf_tables).  Returns 0 or -errno. */
int loader_build_stack(struct load_info *li, int argc, char *const argv[],
                       char *const envp[]);

/* The guest program break, owned by syscall/ brk after start-up. */
extern gaddr_t loader_initial_brk;

/* ---- Added by loader/ (elf.c, stack.c): constants and the auxv --------
 * loader_load also returns -EEXIST when the program's addresses clash
 * with ferry's own mappings, -EINVAL for a bad FERRY_ET_DYN_BASE, -ENOMEM
 * when mmap fails.  Every non-zero return comes with a message in err;
 * exit 127 for -ENOENT, 126 otherwise.
 *
 * A program with PT_INTERP gets its interpreter loaded from the sysroot
 * (loader/sysroot.h: set it with sysroot_init before loader_load), or
 * from the host's path when that holds a guest ELF.  A missing one is
 * -ENOENT with "prog: interpreter /lib/ld-linux-aarch64.so.1 not found
 * (no sysroot given: use -L or QEMU_LD_PREFIX)"; a bad one fails as a
 * bad program would, its message after "prog: interpreter <file>: ".
 * li->interp keeps the PT_INTERP string in both cases.  An absolute
 * program path is looked up in the sysroot first, as the guest's execve
 * does. */
#define LOADER_PAGE_SIZE 4096ull              /* guest and host page */
#define LOADER_TASK_SIZE 0x7ffffffff000ull    /* x86-64 47-bit user space end
                                                 (arch/x86 TASK_SIZE_MAX) */
/* Load bias of an ET_DYN (static-pie) program: the arm64 kernel's
 * ELF_ET_DYN_BASE (2 * DEFAULT_MAP_WINDOW_64 / 3) for a 39-bit VA kernel,
 * page aligned.  The 48-bit value (0xaaaaaaaaa000) lies above x86-64's
 * 47-bit user space.  FERRY_ET_DYN_BASE=<addr> in the environment
 * overrides it (there is no randomisation to disable). */
#define LOADER_ET_DYN_BASE 0x5555555000ull
/* Where an ET_DYN interpreter (ld.so) is mapped: a fixed base below the
 * PIE base, so a run is reproducible; the arm64 kernel lets mmap choose
 * (near the stack).  If the range is taken, the host's mmap chooses. */
#define LOADER_INTERP_BASE 0x5500000000ull
#define LOADER_STACK_SIZE (8ull << 20)        /* 8 MiB, RLIMIT_STACK default */
extern uint64_t loader_stack_size;            /* -s; LOADER_STACK_SIZE by default */
#define LOADER_STACK_GUARD (1ull << 20)       /* PROT_NONE gap below it
                                                 (mm/mmap.c stack_guard_gap) */

/* The auxv that loader_build_stack put on the stack: (type, value) pairs
 * ending with the AT_NULL pair; *n counts the 64-bit words including it.
 * These are exactly the bytes of the guest's /proc/self/auxv.  NULL (and
 * *n = 0) before loader_build_stack. */
const uint64_t *loader_auxv(size_t *n);
/* ---- end of loader/ additions ---------------------------------------- */

#endif
