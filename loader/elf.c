/*
 * elf.c - validate a guest ELF executable and map its PT_LOAD segments.
 *
 * Every header field is checked before anything is mapped, so a malformed
 * or truncated file is refused with a message naming the file and the
 * reason, never by a host signal:
 *
 *   - the ELF and program headers are read with pread and converted with
 *     libelf's elf64_xlatetom (not elf_begin, which also parses the section
 *     headers; the kernel ignores sections and so does ferry);
 *   - no mapped page ever lies past the end of the file (qemu dies of
 *     SIGBUS there): a segment's file bytes must lie inside the file, and
 *     only the pages holding them are mapped from it; the rest of p_memsz
 *     is anonymous.
 *
 * The whole image is first reserved with MAP_FIXED_NOREPLACE, which both
 * places it and detects a clash with ferry's own mappings; the segments
 * are then mapped MAP_FIXED inside the reservation and the holes between
 * them unmapped, as fs/binfmt_elf.c load_elf_binary leaves them.
 *
 * Guest code is never run natively, so no page is mapped PROT_EXEC: an
 * executable segment is mapped readable (ferry reads it to translate).
 *
 * A program with PT_INTERP (dynamically linked) gets its interpreter, the
 * guest's ld.so, loaded too, with the same checks: from <sysroot><interp>
 * (sysroot.c), else from the host's <interp> if that is a guest ELF.  The
 * layout follows the arm64 kernel with a 39-bit VA (arch/arm64 ELF_ET_DYN_BASE,
 * fs/binfmt_elf.c load_elf_binary):
 *
 *     0x400000 (as linked)    a non-PIE program (ET_EXEC)
 *     0x5500000000            the interpreter (LOADER_INTERP_BASE)
 *     0x5555550000            a PIE: ELF_ET_DYN_BASE aligned to p_align
 *     after the program       the break (never after the interpreter)
 *
 * The guest starts at the interpreter's entry; AT_ENTRY is the program's,
 * AT_BASE the interpreter's load address.  The program's own path also
 * goes through the sysroot lookup, so a guest execve of "/bin/sh" and
 * ferry's re-execution of it agree on the file.
 *
 *     struct load_info li;
 *     char err[256];
 *     int r = loader_load("hello", &li, err, sizeof err);
 *     // r == -ENOEXEC, err == "hello: ELF for x86-64, not a guest ferry runs"
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <libelf.h>
#include <gelf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "loader.h"
#include "sysroot.h"

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000 /* Linux 4.17, uapi asm-generic/mman-common.h */
#endif

#define PAGE LOADER_PAGE_SIZE
/* fs/binfmt_elf.c load_elf_phdrs: the table may be at most 64 KiB. */
#define MAX_PHNUM (65536 / sizeof(Elf64_Phdr))

gaddr_t loader_initial_brk;

/* One file being loaded. */
struct elf_file {
    const char *name;       /* in messages: the path as the user gave it */
    const char *path;       /* opened: after the sysroot lookup */
    int fd;
    uint64_t size;
    Elf64_Ehdr eh;
    Elf64_Phdr *ph;
    unsigned nload;         /* PT_LOAD count */
    unsigned *load;         /* PT_LOAD indices in ph[], sorted by p_vaddr */
    char *err;
    size_t errlen;
};

/* -- Errors -- */

/* Write "path: reason" into the caller's buffer and return `code`. */
static int __attribute__((format(printf, 3, 4)))
fail(struct elf_file *f, int code, const char *fmt, ...)
{
    va_list ap;
    int n = snprintf(f->err, f->errlen, "%s: ", f->name);
    if (n >= 0 && (size_t)n < f->errlen) {
        va_start(ap, fmt);
        vsnprintf(f->err + n, f->errlen - n, fmt, ap);
        va_end(ap);
    }
    return code;
}

/* Names of the e_machine values one is likely to meet (uapi linux/elf-em.h),
 * for "ELF for x86-64, not a guest ferry runs". */
static const struct {
    uint16_t machine;
    const char *name;
} machine_names[] = {
    { EM_386, "i386" },       { EM_X86_64, "x86-64" },
    { EM_ARM, "32-bit Arm" }, { EM_AARCH64, "AArch64" },
    { EM_RISCV, "RISC-V" },   { EM_PPC, "PowerPC" },
    { EM_PPC64, "PowerPC64" }, { EM_S390, "s390" },
    { EM_MIPS, "MIPS" },      { EM_SPARCV9, "SPARC64" },
    { EM_LOONGARCH, "LoongArch" }, { EM_ALPHA, "Alpha" },
};

static const char *machine_name(uint16_t machine, char *buf, size_t len)
{
    for (size_t i = 0; i < ARRAY_SIZE(machine_names); i++)
        if (machine_names[i].machine == machine)
            return machine_names[i].name;
    snprintf(buf, len, "machine %u", machine);
    return buf;
}

/* -- Reading -- */

static int open_file(struct elf_file *f)
{
    struct stat st;
    f->fd = open(f->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (f->fd < 0)
        return fail(f, -errno, "%s", strerror(errno));
    if (fstat(f->fd, &st) < 0)
        return fail(f, -errno, "%s", strerror(errno));
    /* fs/exec.c do_open_execat: only regular files run (EACCES). */
    if (S_ISDIR(st.st_mode))
        return fail(f, -EACCES, "is a directory");
    if (!S_ISREG(st.st_mode))
        return fail(f, -EACCES, "not a regular file");
    f->size = st.st_size;
    return 0;
}

/* Read exactly len bytes at off; the caller has checked off+len <= size. */
static int read_at(struct elf_file *f, void *buf, size_t len, uint64_t off)
{
    size_t done = 0;
    while (done < len) {
        ssize_t n = pread(f->fd, (char *)buf + done, len - done, off + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(f, -errno, "read error: %s", strerror(errno));
        if (n == 0)
            return fail(f, -ENOEXEC, "file shrank while being read");
        done += n;
    }
    return 0;
}

/* Convert file bytes to host structs through libelf (a no-op conversion
 * for little-endian guests on x86-64, but the right one by construction). */
static int xlate(struct elf_file *f, void *dst, const void *src, size_t len,
                 Elf_Type type)
{
    Elf_Data d = { .d_buf = dst, .d_type = type, .d_size = len,
                   .d_version = EV_CURRENT };
    Elf_Data s = { .d_buf = (void *)src, .d_type = type, .d_size = len,
                   .d_version = EV_CURRENT };
    if (!elf64_xlatetom(&d, &s, ELFDATA2LSB))
        return fail(f, -ENOEXEC, "libelf: %s", elf_errmsg(-1));
    return 0;
}

/* -- The ELF header -- */

static int check_ident(struct elf_file *f, const unsigned char *id, size_t n)
{
    if (f->size == 0)
        return fail(f, -ENOEXEC, "empty file, not an ELF executable");
    if (n < SELFMAG || memcmp(id, ELFMAG, SELFMAG) != 0)
        return fail(f, -ENOEXEC, "not an ELF executable (no \\177ELF magic)");
    if (n < EI_NIDENT)
        return fail(f, -ENOEXEC, "truncated ELF header (%zu bytes)", n);
    if (id[EI_CLASS] != ELFCLASS64)
        return fail(f, -ENOEXEC, "%s ELF, ferry runs only 64-bit guests",
                    id[EI_CLASS] == ELFCLASS32 ? "32-bit" : "bad-class");
    if (id[EI_DATA] != ELFDATA2LSB)
        return fail(f, -ENOEXEC, "%s ELF, ferry runs only little-endian guests",
                    id[EI_DATA] == ELFDATA2MSB ? "big-endian" : "bad-data-encoding");
    if (id[EI_VERSION] != EV_CURRENT)
        return fail(f, -ENOEXEC, "bad ELF version %u in e_ident", id[EI_VERSION]);
    return 0;
}

static int read_ehdr(struct elf_file *f, const struct guest_arch **arch)
{
    unsigned char raw[sizeof(Elf64_Ehdr)];
    size_t n = f->size < sizeof raw ? f->size : sizeof raw;
    char buf[32];
    int r = read_at(f, raw, n, 0);
    if (!r)
        r = check_ident(f, raw, n);
    if (!r && n < sizeof raw)
        return fail(f, -ENOEXEC, "truncated ELF header (%zu of %zu bytes)",
                    n, sizeof raw);
    if (!r)
        r = xlate(f, &f->eh, raw, sizeof raw, ELF_T_EHDR);
    if (r)
        return r;
    *arch = guest_arch_for_elf(f->eh.e_machine);
    if (!*arch)
        return fail(f, -ENOEXEC, "ELF for %s, not a guest ferry runs",
                    machine_name(f->eh.e_machine, buf, sizeof buf));
    return 0;
}

static int check_ehdr(struct elf_file *f)
{
    const Elf64_Ehdr *e = &f->eh;
    if (e->e_type != ET_EXEC && e->e_type != ET_DYN)
        return fail(f, -ENOEXEC, "ELF type %u is not an executable (%s)",
                    e->e_type, e->e_type == ET_REL ? "a relocatable object"
                    : e->e_type == ET_CORE ? "a core dump" : "unknown type");
    if (e->e_version != EV_CURRENT)
        return fail(f, -ENOEXEC, "bad e_version %u", e->e_version);
    if (e->e_phentsize != sizeof(Elf64_Phdr))
        return fail(f, -ENOEXEC, "bad e_phentsize %u (expected %zu)",
                    e->e_phentsize, sizeof(Elf64_Phdr));
    if (e->e_phnum == 0)
        return fail(f, -ENOEXEC, "no program headers (e_phnum 0)");
    if (e->e_phnum > MAX_PHNUM)
        return fail(f, -ENOEXEC, "too many program headers (e_phnum %u, at most %zu)",
                    e->e_phnum, MAX_PHNUM);
    uint64_t len = (uint64_t)e->e_phnum * sizeof(Elf64_Phdr);
    if (e->e_phoff > f->size || len > f->size - e->e_phoff)
        return fail(f, -ENOEXEC, "program headers lie outside the file "
                    "(e_phoff 0x%llx e_phnum %u, file size %llu)",
                    (unsigned long long)e->e_phoff, e->e_phnum,
                    (unsigned long long)f->size);
    return 0;
}

static int read_phdrs(struct elf_file *f)
{
    size_t len = (size_t)f->eh.e_phnum * sizeof(Elf64_Phdr);
    void *raw = malloc(len);
    f->ph = malloc(len);
    f->load = malloc(f->eh.e_phnum * sizeof *f->load);
    if (!raw || !f->ph || !f->load) {
        free(raw);
        return fail(f, -ENOMEM, "out of memory");
    }
    int r = read_at(f, raw, len, f->eh.e_phoff);
    if (!r)
        r = xlate(f, f->ph, raw, len, ELF_T_PHDR);
    free(raw);
    return r;
}

/* -- Program headers -- */

/* The file bytes of a segment lie inside the file. */
static int check_file_range(struct elf_file *f, unsigned i, const Elf64_Phdr *p)
{
    if (p->p_offset > f->size || p->p_filesz > f->size - p->p_offset)
        return fail(f, -ENOEXEC, "segment %u: file data (p_offset 0x%llx "
                    "p_filesz 0x%llx) lies beyond the end of the file (size %llu)",
                    i, (unsigned long long)p->p_offset,
                    (unsigned long long)p->p_filesz, (unsigned long long)f->size);
    return 0;
}

static int check_load(struct elf_file *f, unsigned i, const Elf64_Phdr *p)
{
    int r = check_file_range(f, i, p);
    if (r)
        return r;
    if (p->p_filesz > p->p_memsz)
        return fail(f, -ENOEXEC, "segment %u: p_filesz 0x%llx > p_memsz 0x%llx", i,
                    (unsigned long long)p->p_filesz, (unsigned long long)p->p_memsz);
    if (p->p_vaddr > LOADER_TASK_SIZE || p->p_memsz > LOADER_TASK_SIZE - p->p_vaddr)
        return fail(f, -ENOEXEC, "segment %u: addresses 0x%llx + 0x%llx lie outside "
                    "user space (end 0x%llx)", i, (unsigned long long)p->p_vaddr,
                    (unsigned long long)p->p_memsz, LOADER_TASK_SIZE);
    /* mmap maps whole pages: the file offset and the address must sit at
     * the same place in a page (the ELF spec's p_offset % p_align rule). */
    if ((p->p_vaddr - p->p_offset) % PAGE)
        return fail(f, -ENOEXEC, "segment %u: p_offset 0x%llx and p_vaddr 0x%llx "
                    "are not congruent modulo the page size", i,
                    (unsigned long long)p->p_offset, (unsigned long long)p->p_vaddr);
    return 0;
}

/* PT_INTERP: a NUL-terminated path that fits interp[INTERP_MAX]
 * (fs/binfmt_elf.c: p_filesz in 2..PATH_MAX, last byte NUL). */
#define INTERP_MAX sizeof(((struct load_info *)0)->interp)

static int check_interp(struct elf_file *f, unsigned i, const Elf64_Phdr *p,
                        char *interp)
{
    int r = check_file_range(f, i, p);
    if (r)
        return r;
    if (p->p_filesz < 2 || p->p_filesz > INTERP_MAX)
        return fail(f, -ENOEXEC, "PT_INTERP of bad length %llu",
                    (unsigned long long)p->p_filesz);
    r = read_at(f, interp, p->p_filesz, p->p_offset);
    if (r)
        return r;
    if (interp[p->p_filesz - 1] != '\0') {
        interp[0] = '\0';
        return fail(f, -ENOEXEC, "PT_INTERP is not NUL-terminated");
    }
    return 0;
}

static void sort_loads(struct elf_file *f)
{
    for (unsigned i = 1; i < f->nload; i++) {
        unsigned k = f->load[i], j = i;
        for (; j > 0 && f->ph[f->load[j - 1]].p_vaddr > f->ph[k].p_vaddr; j--)
            f->load[j] = f->load[j - 1];
        f->load[j] = k;
    }
}

/* interp: where PT_INTERP goes (INTERP_MAX bytes), or NULL to ignore it,
 * as fs/binfmt_elf.c load_elf_interp does for the interpreter's own. */
static int check_phdrs(struct elf_file *f, char *interp)
{
    int r = 0;
    for (unsigned i = 0; i < f->eh.e_phnum && !r; i++) {
        const Elf64_Phdr *p = &f->ph[i];
        if (p->p_type == PT_LOAD) {
            f->load[f->nload++] = i;
            r = check_load(f, i, p);
        } else if (p->p_type == PT_INTERP && interp) {
            if (interp[0])
                return fail(f, -ENOEXEC, "more than one PT_INTERP");
            r = check_interp(f, i, p, interp);
        }
    }
    if (r)
        return r;
    if (f->nload == 0)
        return fail(f, -ENOEXEC, "no loadable segments (PT_LOAD)");
    sort_loads(f);
    for (unsigned j = 1; j < f->nload; j++) {
        const Elf64_Phdr *a = &f->ph[f->load[j - 1]], *b = &f->ph[f->load[j]];
        if (a->p_vaddr + a->p_memsz > b->p_vaddr)
            return fail(f, -ENOEXEC, "segments %u and %u overlap (0x%llx + 0x%llx "
                        "> 0x%llx)", f->load[j - 1], f->load[j],
                        (unsigned long long)a->p_vaddr,
                        (unsigned long long)a->p_memsz,
                        (unsigned long long)b->p_vaddr);
    }
    return 0;
}

/* -- Placement -- */

static uint64_t image_lo(const struct elf_file *f)
{
    return ALIGN_DOWN(f->ph[f->load[0]].p_vaddr, PAGE);
}

static uint64_t image_hi(const struct elf_file *f)
{
    uint64_t hi = 0;
    for (unsigned j = 0; j < f->nload; j++) {
        const Elf64_Phdr *p = &f->ph[f->load[j]];
        if (p->p_vaddr + p->p_memsz > hi)
            hi = p->p_vaddr + p->p_memsz;
    }
    return ALIGN_UP(hi, PAGE);
}

/* The largest power-of-two p_align of the PT_LOADs, at least a page
 * (fs/binfmt_elf.c maximum_alignment). */
static uint64_t max_align(const struct elf_file *f)
{
    uint64_t a = PAGE;
    for (unsigned j = 0; j < f->nload; j++) {
        uint64_t p = f->ph[f->load[j]].p_align;
        if (p > a && (p & (p - 1)) == 0 && p <= LOADER_ET_DYN_BASE)
            a = p;
    }
    return a;
}

/* ET_EXEC runs where it was linked; ET_DYN at LOADER_ET_DYN_BASE (or
 * $FERRY_ET_DYN_BASE), its lowest page placed there.  A PIE with an
 * interpreter gets the base aligned down to its largest p_align, as
 * load_elf_binary does (0x5555550000 for Debian's 64 KiB alignment). */
static int choose_bias(struct elf_file *f, bool has_interp, uint64_t *bias)
{
    uint64_t base = LOADER_ET_DYN_BASE;
    const char *env = getenv("FERRY_ET_DYN_BASE");
    *bias = 0;
    if (f->eh.e_type != ET_DYN)
        return 0;
    if (has_interp)
        base = ALIGN_DOWN(base, max_align(f));
    if (env) {
        char *end;
        errno = 0;
        base = strtoull(env, &end, 0);
        if (errno || *end || !*env || base % PAGE || base >= LOADER_TASK_SIZE)
            return fail(f, -EINVAL, "FERRY_ET_DYN_BASE=%s is not a page-aligned "
                        "user address", env);
    }
    *bias = base - image_lo(f);
    if (image_hi(f) - image_lo(f) > LOADER_TASK_SIZE - base)
        return fail(f, -ENOEXEC, "image of 0x%llx bytes does not fit above load "
                    "base 0x%llx", (unsigned long long)(image_hi(f) - image_lo(f)),
                    (unsigned long long)base);
    return 0;
}

/* -- Mapping -- */

static int seg_prot(uint32_t flags)
{
    int prot = 0;
    if (flags & (PF_R | PF_X))
        prot |= PROT_READ; /* code is read by the translator, never run */
    if (flags & PF_W)
        prot |= PROT_WRITE;
    return prot;
}

static int reserve(struct elf_file *f, uint64_t lo, uint64_t hi)
{
    void *want = (void *)lo;
    void *m = mmap(want, hi - lo, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE,
                   -1, 0);
    if (m == MAP_FAILED && errno == EEXIST)
        return fail(f, -EEXIST, "addresses 0x%llx-0x%llx are in use by ferry "
                    "itself%s", (unsigned long long)lo, (unsigned long long)hi,
                    f->eh.e_type == ET_DYN ? " (set FERRY_ET_DYN_BASE)" : "");
    if (m == MAP_FAILED)
        return fail(f, -ENOMEM, "cannot map 0x%llx-0x%llx: %s",
                    (unsigned long long)lo, (unsigned long long)hi, strerror(errno));
    if (m != want) { /* a kernel older than 4.17 took NOREPLACE as a hint */
        munmap(m, hi - lo);
        return fail(f, -EEXIST, "addresses 0x%llx-0x%llx are in use",
                    (unsigned long long)lo, (unsigned long long)hi);
    }
    return 0;
}

static int map_fail(struct elf_file *f, unsigned i, uint64_t addr)
{
    return fail(f, -ENOMEM, "segment %u: cannot map at 0x%llx: %s", i,
                (unsigned long long)addr, strerror(errno));
}

/* Map the pages holding the segment's file bytes from the file and zero
 * the bss part of the last one.  That page is backed by the file (its
 * start is below p_offset + p_filesz <= file size), so it never SIGBUSes. */
static int map_file_part(struct elf_file *f, unsigned i, uint64_t start, int prot)
{
    const Elf64_Phdr *p = &f->ph[i];
    uint64_t page = ALIGN_DOWN(start, PAGE), fend = start + p->p_filesz;
    uint64_t len = ALIGN_UP(fend, PAGE) - page;
    bool zero_tail = p->p_memsz > p->p_filesz && (fend % PAGE);
    int mprot = zero_tail ? prot | PROT_READ | PROT_WRITE : prot;
    void *m = mmap((void *)page, len, mprot, MAP_PRIVATE | MAP_FIXED, f->fd,
                   p->p_offset - (start - page));
    if (m == MAP_FAILED)
        return map_fail(f, i, page);
    if (zero_tail) {
        memset((void *)fend, 0, ALIGN_UP(fend, PAGE) - fend);
        if (mprot != prot && mprotect((void *)page, len, prot) < 0)
            return map_fail(f, i, page);
    }
    return 0;
}

static int map_segment(struct elf_file *f, unsigned i, uint64_t bias)
{
    const Elf64_Phdr *p = &f->ph[i];
    uint64_t start = p->p_vaddr + bias;
    uint64_t anon = ALIGN_DOWN(start, PAGE);
    uint64_t end = ALIGN_UP(start + p->p_memsz, PAGE);
    int prot = seg_prot(p->p_flags);
    if (p->p_filesz) {
        int r = map_file_part(f, i, start, prot);
        if (r)
            return r;
        anon = ALIGN_UP(start + p->p_filesz, PAGE);
    }
    if (end > anon && mmap((void *)anon, end - anon, prot,
                           MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == MAP_FAILED)
        return map_fail(f, i, anon);
    return 0;
}

/* Unmap the PROT_NONE holes the reservation left between segments. */
static void unmap_holes(struct elf_file *f, uint64_t bias)
{
    for (unsigned j = 1; j < f->nload; j++) {
        const Elf64_Phdr *a = &f->ph[f->load[j - 1]], *b = &f->ph[f->load[j]];
        uint64_t from = ALIGN_UP(a->p_vaddr + a->p_memsz + bias, PAGE);
        uint64_t to = ALIGN_DOWN(b->p_vaddr + bias, PAGE);
        if (to > from)
            munmap((void *)from, to - from);
    }
}

/* Map the segments into the reservation [image_lo, image_hi) + bias;
 * on failure the reservation is gone too. */
static int map_reserved(struct elf_file *f, uint64_t bias)
{
    uint64_t lo = image_lo(f) + bias, hi = image_hi(f) + bias;
    int r = 0;
    for (unsigned j = 0; j < f->nload && !r; j++)
        r = map_segment(f, f->load[j], bias);
    if (r) {
        munmap((void *)lo, hi - lo);
        return r;
    }
    unmap_holes(f, bias);
    return 0;
}

static int map_image(struct elf_file *f, uint64_t bias)
{
    int r = reserve(f, image_lo(f) + bias, image_hi(f) + bias);
    return r ? r : map_reserved(f, bias);
}

static void unmap_image(const struct elf_file *f, uint64_t bias)
{
    munmap((void *)(image_lo(f) + bias), image_hi(f) - image_lo(f));
}

/* AT_PHDR: PT_PHDR if present, else the PT_LOAD whose file bytes hold the
 * program header table (fs/binfmt_elf.c); 0 if it is not in memory. */
static gaddr_t phdr_addr(const struct elf_file *f, uint64_t bias)
{
    uint64_t off = f->eh.e_phoff;
    uint64_t len = (uint64_t)f->eh.e_phnum * sizeof(Elf64_Phdr);
    for (unsigned i = 0; i < f->eh.e_phnum; i++)
        if (f->ph[i].p_type == PT_PHDR)
            return f->ph[i].p_vaddr + bias;
    for (unsigned j = 0; j < f->nload; j++) {
        const Elf64_Phdr *p = &f->ph[f->load[j]];
        if (p->p_offset <= off && off + len <= p->p_offset + p->p_filesz)
            return p->p_vaddr + (off - p->p_offset) + bias;
    }
    return 0;
}


/* -- Whole files -- */

/* Open f->path and check its headers; interp as for check_phdrs. */
static int read_file(struct elf_file *f, const struct guest_arch **arch, char *interp)
{
    int r = open_file(f);
    if (!r)
        r = read_ehdr(f, arch);
    if (!r)
        r = check_ehdr(f);
    if (!r)
        r = read_phdrs(f);
    if (!r)
        r = check_phdrs(f, interp);
    return r;
}

static void close_file(struct elf_file *f)
{
    if (f->fd >= 0)
        close(f->fd);
    free(f->ph);
    free(f->load);
    f->fd = -1;
    f->ph = NULL;
    f->load = NULL;
}

/* -- The interpreter (PT_INTERP) -- */

/* The host has a 64-bit little-endian ELF for `machine` at path. */
static bool host_has_guest_elf(const char *path, uint16_t machine)
{
    unsigned char h[20];
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return false;
    ssize_t n = pread(fd, h, sizeof h, 0);
    close(fd);
    return n == (ssize_t)sizeof h && memcmp(h, ELFMAG, SELFMAG) == 0 &&
           h[EI_CLASS] == ELFCLASS64 && h[EI_DATA] == ELFDATA2LSB &&
           (h[18] | h[19] << 8) == machine;
}

/* The host file of PT_INTERP: <sysroot><interp> when it exists there,
 * else interp itself when the host has a guest ELF of the program's
 * machine at that path (a multiarch host with libc6:arm64).  Otherwise
 * -ENOENT with one line naming it and saying how to give a sysroot. */
static int find_interp(struct elf_file *f, const char *interp, char *buf,
                       size_t len, const char **host)
{
    const char *root = sysroot_dir();
    *host = sysroot_path(interp, buf, len);
    if (*host != interp || host_has_guest_elf(interp, f->eh.e_machine))
        return 0;
    if (root)
        return fail(f, -ENOENT, "interpreter %s not found in sysroot %s (give the "
                    "guest's root file system with -L or QEMU_LD_PREFIX)", interp, root);
    return fail(f, -ENOENT, "interpreter %s not found (no sysroot given: use -L "
                "or QEMU_LD_PREFIX)", interp);
}

/* Reserve the interpreter's image and choose its bias: an ET_DYN at
 * LOADER_INTERP_BASE, or wherever the host's mmap puts it when that range
 * is taken (the arm64 kernel also lets mmap place it: load_elf_interp);
 * an ET_EXEC where it was linked. */
static int place_interp(struct elf_file *g, uint64_t *bias)
{
    uint64_t lo = image_lo(g), size = image_hi(g) - lo;
    *bias = 0;
    if (g->eh.e_type != ET_DYN)
        return reserve(g, lo, lo + size);
    if (size > LOADER_TASK_SIZE - LOADER_INTERP_BASE)
        return fail(g, -ENOEXEC, "image of 0x%llx bytes is too large",
                    (unsigned long long)size);
    *bias = LOADER_INTERP_BASE - lo;
    int r = reserve(g, LOADER_INTERP_BASE, LOADER_INTERP_BASE + size);
    if (r != -EEXIST)
        return r;
    void *m = mmap(NULL, size, PROT_NONE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED)
        return fail(g, -ENOMEM, "cannot map 0x%llx bytes: %s",
                    (unsigned long long)size, strerror(errno));
    *bias = (uint64_t)m - lo;
    return 0;
}

/* Load the program's interpreter (li->interp) as fs/binfmt_elf.c
 * load_elf_interp does: same checks as a program, its own PT_INTERP
 * ignored, the same machine as the program.  Sets the first PC and
 * AT_BASE.  A failure names the program, then the interpreter's file and
 * the reason: "prog: interpreter /sysroot/lib/ld.so: not an ELF ...". */
static int load_interp(struct elf_file *f, struct load_info *li)
{
    char buf[SYSROOT_PATH_MAX], msg[512];
    const struct guest_arch *arch = NULL;
    const char *host;
    uint64_t bias = 0;
    int r = find_interp(f, li->interp, buf, sizeof buf, &host);
    if (r)
        return r;
    struct elf_file g = { .name = host, .path = host, .fd = -1,
                          .err = msg, .errlen = sizeof msg };
    r = read_file(&g, &arch, NULL);
    if (!r && arch != li->arch)
        r = fail(&g, -ENOEXEC, "ELF for %s, but the program is for %s",
                 arch->name, li->arch->name);
    if (!r)
        r = place_interp(&g, &bias);
    if (!r)
        r = map_reserved(&g, bias);
    if (!r) {
        li->interp_base = g.eh.e_type == ET_DYN ? bias : 0; /* load_addr */
        li->entry = g.eh.e_entry + bias;
    }
    close_file(&g);
    return r ? fail(f, r, "interpreter %s", msg) : 0;
}

/* -- Entry point -- */

static int load_file(struct elf_file *f, struct load_info *li)
{
    uint64_t bias = 0;
    int r = read_file(f, &li->arch, li->interp);
    if (!r)
        r = choose_bias(f, li->interp[0] != '\0', &bias);
    if (!r)
        r = map_image(f, bias);
    if (r)
        return r;
    li->load_bias = bias;
    li->entry = li->prog_entry = f->eh.e_entry + bias;
    li->phdr = phdr_addr(f, bias);
    li->phnum = f->eh.e_phnum;
    li->phent = sizeof(Elf64_Phdr);
    /* The break follows the program, never the interpreter. */
    li->start_brk = li->brk = image_hi(f) + bias;
    if (li->interp[0] && (r = load_interp(f, li)) != 0) {
        unmap_image(f, bias);
        return r;
    }
    loader_initial_brk = li->brk;
    return 0;
}

int loader_load(const char *path, struct load_info *li, char *err, size_t errlen)
{
    char buf[SYSROOT_PATH_MAX];
    struct elf_file f = { .name = path, .path = sysroot_path(path, buf, sizeof buf),
                          .fd = -1, .err = err, .errlen = errlen };
    memset(li, 0, sizeof *li);
    li->execfn = path;
    if (errlen)
        err[0] = '\0';
    if (elf_version(EV_CURRENT) == EV_NONE)
        return fail(&f, -ENOEXEC, "libelf: %s", elf_errmsg(-1));
    int r = load_file(&f, li);
    close_file(&f);
    if (r)
        li->arch = NULL;
    return r;
}
