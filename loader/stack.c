/*
 * stack.c - the guest's initial stack: strings, argv, envp and auxv laid
 * out as the arm64 Linux kernel does in fs/exec.c (strings) and
 * fs/binfmt_elf.c create_elf_tables (the rest).
 *
 * From the top of the stack mapping down:
 *
 *     8 zero bytes              fs/exec.c __bprm_mm_init: p = top - 8
 *     execfn string             copy_string_kernel(bprm->filename)
 *     envp strings              copy_strings: envp[0] lowest, in order
 *     argv strings              copy_strings: argv[0] lowest, in order
 *     (align down to 16)        arch_align_stack, without the random offset
 *     platform string           "aarch64\0" (ELF_PLATFORM)
 *     16 random bytes           AT_RANDOM
 *     (padding to 16)           STACK_ROUND
 *     auxv pairs, AT_NULL       higher addresses
 *     NULL, envp[], NULL, argv[], argc      <- sp (16-byte aligned)
 *
 * The auxv order is the kernel's (create_elf_tables, ARCH_DLINFO of
 * arch/arm64/include/asm/elf.h):
 *   AT_MINSIGSTKSZ, AT_HWCAP, AT_PAGESZ, AT_CLKTCK, AT_PHDR, AT_PHENT,
 *   AT_PHNUM, AT_BASE, AT_FLAGS, AT_ENTRY, AT_UID, AT_EUID, AT_GID,
 *   AT_EGID, AT_SECURE, AT_RANDOM, AT_HWCAP2, AT_EXECFN, AT_PLATFORM,
 *   AT_NULL.
 * Left out: AT_SYSINFO_EHDR (ferry has no vDSO yet: the C library falls
 * back to real system calls, as under qemu 7), AT_RSEQ_* (no rseq),
 * AT_HWCAP3/4.  qemu-aarch64 7.2 gives the same set less AT_MINSIGSTKSZ,
 * in a different order.  AT_MINSIGSTKSZ is the uapi MINSIGSTKSZ (5120) of
 * arch/arm64/include/uapi/asm/signal.h, an upper bound of the frame
 * ferry's signal layer writes.
 *
 *     loader_build_stack(&li, argc, argv, environ);
 *     // li.sp -> argc; size_t n; const uint64_t *av = loader_auxv(&n);
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "loader.h"

#define MAX_ARG_STRLEN (32 * 4096)  /* include/uapi/linux/binfmts.h */
#define AUXV_WORDS (2 * 32)         /* room for the pairs below */
#define A64_MINSIGSTKSZ 5120        /* arm64 uapi asm/signal.h */
#define A64_CLKTCK 100              /* USER_HZ */

uint64_t loader_stack_size = LOADER_STACK_SIZE;
static uint64_t saved_auxv[AUXV_WORDS];
static size_t saved_auxv_words;

const uint64_t *loader_auxv(size_t *n)
{
    *n = saved_auxv_words;
    return saved_auxv_words ? saved_auxv : NULL;
}

/* The string area the kernel copies, with its limits: at most a quarter of
 * the stack (fs/exec.c bprm_stack_limits), each string at most 32 pages. */
static int check_strings(int argc, char *const argv[], char *const envp[],
                         const char *execfn)
{
    size_t total = strlen(execfn) + 1 + 8;
    int envc = 0;
    for (int i = 0; i < argc; i++) {
        size_t n = strlen(argv[i]) + 1;
        if (n > MAX_ARG_STRLEN)
            return -E2BIG;
        total += n + sizeof(uint64_t);
    }
    for (; envp && envp[envc]; envc++) {
        size_t n = strlen(envp[envc]) + 1;
        if (n > MAX_ARG_STRLEN)
            return -E2BIG;
        total += n + sizeof(uint64_t);
    }
    return total > loader_stack_size / 4 ? -E2BIG : envc;
}

/* An 8 MiB read-write stack with a PROT_NONE guard gap below it. */
static int map_stack(struct load_info *li)
{
    size_t len = loader_stack_size + LOADER_STACK_GUARD;
    char *m = mmap(NULL, len, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (m == MAP_FAILED)
        return -errno;
    if ((uint64_t)(m + len) > LOADER_TASK_SIZE ||
        mprotect(m + LOADER_STACK_GUARD, loader_stack_size,
                 PROT_READ | PROT_WRITE) < 0) {
        munmap(m, len);
        return -ENOMEM;
    }
    li->stack_base = (gaddr_t)(m + LOADER_STACK_GUARD);
    li->stack_top = li->stack_base + loader_stack_size;
    return 0;
}

/* Copy a string below *p; returns its guest address. */
static gaddr_t push_string(gaddr_t *p, const char *s)
{
    size_t n = strlen(s) + 1;
    *p -= n;
    memcpy((void *)*p, s, n);
    return *p;
}

/* Push strs[0..n) so that strs[0] ends up lowest, as copy_strings does. */
static void push_strings(gaddr_t *p, char *const strs[], int n, gaddr_t *addr)
{
    for (int i = n - 1; i >= 0; i--)
        addr[i] = push_string(p, strs[i]);
}

static void aux(size_t *n, uint64_t type, uint64_t value)
{
    saved_auxv[(*n)++] = type;
    saved_auxv[(*n)++] = value;
}

/* The auxv in create_elf_tables' order (see the top of this file). */
static void build_auxv(const struct load_info *li, gaddr_t random,
                       gaddr_t execfn, gaddr_t platform)
{
    const struct guest_arch *a = li->arch;
    size_t n = 0;
    aux(&n, AT_MINSIGSTKSZ, A64_MINSIGSTKSZ);
    aux(&n, AT_HWCAP, a && a->hwcap ? a->hwcap() : 0);
    aux(&n, AT_PAGESZ, LOADER_PAGE_SIZE);
    aux(&n, AT_CLKTCK, A64_CLKTCK);
    aux(&n, AT_PHDR, li->phdr);
    aux(&n, AT_PHENT, li->phent);
    aux(&n, AT_PHNUM, li->phnum);
    aux(&n, AT_BASE, li->interp_base);
    aux(&n, AT_FLAGS, 0);
    aux(&n, AT_ENTRY, li->prog_entry);
    aux(&n, AT_UID, getuid());
    aux(&n, AT_EUID, geteuid());
    aux(&n, AT_GID, getgid());
    aux(&n, AT_EGID, getegid());
    aux(&n, AT_SECURE, 0);
    aux(&n, AT_RANDOM, random);
    aux(&n, AT_HWCAP2, a && a->hwcap2 ? a->hwcap2() : 0);
    aux(&n, AT_EXECFN, execfn);
    if (platform)
        aux(&n, AT_PLATFORM, platform);
    aux(&n, AT_NULL, 0);
    saved_auxv_words = n;
}

static int push_random(gaddr_t *p)
{
    *p -= 16;
    return ferry_random_fill((void *)(uintptr_t)*p, 16);
}

/* argc, argv[], NULL, envp[], NULL, auxv: STACK_ROUND to 16 below p. */
static void push_tables(struct load_info *li, gaddr_t p, int argc,
                        const gaddr_t *argv, int envc, const gaddr_t *envp)
{
    size_t items = (argc + 1) + (envc + 1) + 1;
    uint64_t *sp = (uint64_t *)ALIGN_DOWN(p - (saved_auxv_words + items) * 8, 16);
    li->sp = (gaddr_t)sp;
    *sp++ = argc;
    for (int i = 0; i < argc; i++)
        *sp++ = argv[i];
    *sp++ = 0;
    for (int i = 0; i < envc; i++)
        *sp++ = envp[i];
    *sp++ = 0;
    memcpy(sp, saved_auxv, saved_auxv_words * 8);
}

static int fill_stack(struct load_info *li, int argc, char *const argv[],
                      int envc, char *const envp[], gaddr_t *addrs)
{
    gaddr_t p = li->stack_top - 8, execfn, platform = 0, random;
    const char *plat = li->arch ? li->arch->platform : NULL;
    *(uint64_t *)p = 0;
    execfn = push_string(&p, li->execfn);
    push_strings(&p, envp, envc, addrs + argc);
    push_strings(&p, argv, argc, addrs);
    p = ALIGN_DOWN(p, 16);
    if (plat)
        platform = push_string(&p, plat);
    int r = push_random(&p);
    if (r)
        return r;
    random = p;
    build_auxv(li, random, execfn, platform);
    push_tables(li, p, argc, addrs, envc, addrs + argc);
    return 0;
}

int loader_build_stack(struct load_info *li, int argc, char *const argv[],
                       char *const envp[])
{
    /* fs/exec.c do_execveat_common: an empty argv gets argv[0] = "". */
    static char *const empty_argv[] = { "", NULL };
    if (argc == 0)
        argc = 1, argv = empty_argv;
    if (!li->execfn)
        li->execfn = argv[0];
    int envc = check_strings(argc, argv, envp, li->execfn);
    if (envc < 0)
        return envc;
    int r = map_stack(li);
    if (r)
        return r;
    gaddr_t *addrs = malloc((argc + envc + 1) * sizeof *addrs);
    r = addrs ? fill_stack(li, argc, argv, envc, envp, addrs) : -ENOMEM;
    free(addrs);
    if (r)
        munmap((void *)(li->stack_base - LOADER_STACK_GUARD),
               loader_stack_size + LOADER_STACK_GUARD);
    return r;
}
