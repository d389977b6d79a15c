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

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000 /* Linux 4.17, uapi asm-generic/mman-common.h */
#endif

#define PAGE LOADER_PAGE_SIZE
/* fs/binfmt_elf.c load_elf_phdrs: the table may be at most 64 KiB. */
#define MAX_PHNUM (65536 / sizeof(Elf64_Phdr))

gaddr_t loader_initial_brk;

/* One file being loaded. */
struct elf_file {
    const char *path;
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
    int n = snprintf(f->err, f->errlen, "%s: ", f->path);
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

/* PT_INTERP: a NUL-terminated path that fits li->interp
 * (fs/binfmt_elf.c: p_filesz in 2..PATH_MAX, last byte NUL). */
static int check_interp(struct elf_file *f, unsigned i, const Elf64_Phdr *p,
                        struct load_info *li)
{
    int r = check_file_range(f, i, p);
    if (r)
        return r;
    if (p->p_filesz < 2 || p->p_filesz > sizeof li->interp)
        return fail(f, -ENOEXEC, "PT_INTERP of bad length %llu",
                    (unsigned long long)p->p_filesz);
    r = read_at(f, li->interp, p->p_filesz, p->p_offset);
    if (r)
        return r;
    if (li->interp[p->p_filesz - 1] != '\0') {
        li->interp[0] = '\0';
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

static int check_phdrs(struct elf_file *f, struct load_info *li)
{
    int r = 0;
    for (unsigned i = 0; i < f->eh.e_phnum && !r; i++) {
        const Elf64_Phdr *p = &f->ph[i];
        if (p->p_type == PT_LOAD) {
            f->load[f->nload++] = i;
            r = check_load(f, i, p);
        } else if (p->p_type == PT_INTERP) {
            if (li->interp[0])
                return fail(f, -ENOEXEC, "more than one PT_INTERP");
            r = check_interp(f, i, p, li);
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

/* ET_EXEC runs where it was linked; ET_DYN at LOADER_ET_DYN_BASE (or
 * $FERRY_ET_DYN_BASE), its lowest page placed there. */
static int choose_bias(struct elf_file *f, uint64_t *bias)
{
    uint64_t base = LOADER_ET_DYN_BASE;
    const char *env = getenv("FERRY_ET_DYN_BASE");
    *bias = 0;
    if (f->eh.e_type != ET_DYN)
        return 0;
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

static int map_image(struct elf_file *f, uint64_t bias)
{
    uint64_t lo = image_lo(f) + bias, hi = image_hi(f) + bias;
    int r = reserve(f, lo, hi);
    if (r)
        return r;
    for (unsigned j = 0; j < f->nload && !r; j++)
        r = map_segment(f, f->load[j], bias);
    if (r) {
        munmap((void *)lo, hi - lo);
        return r;
    }
    unmap_holes(f, bias);
    return 0;
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

/* -- Entry point -- */

static int load_file(struct elf_file *f, struct load_info *li)
{
    uint64_t bias;
    int r = open_file(f);
    if (!r)
        r = read_ehdr(f, &li->arch);
    if (!r)
        r = check_ehdr(f);
    if (!r)
        r = read_phdrs(f);
    if (!r)
        r = check_phdrs(f, li);
    if (!r)
        r = choose_bias(f, &bias);
    if (r)
        return r;
    if (li->interp[0])
        return fail(f, -ELIBBAD, "dynamically linked programs (interpreter %s) "
                    "are not supported yet", li->interp);
    r = map_image(f, bias);
    if (r)
        return r;
    li->load_bias = bias;
    li->entry = li->prog_entry = f->eh.e_entry + bias;
    li->phdr = phdr_addr(f, bias);
    li->phnum = f->eh.e_phnum;
    li->phent = sizeof(Elf64_Phdr);
    li->start_brk = li->brk = image_hi(f) + bias;
    loader_initial_brk = li->brk;
    return 0;
}

int loader_load(const char *path, struct load_info *li, char *err, size_t errlen)
{
    struct elf_file f = { .path = path, .fd = -1, .err = err, .errlen = errlen };
    memset(li, 0, sizeof *li);
    li->execfn = path;
    if (errlen)
        err[0] = '\0';
    if (elf_version(EV_CURRENT) == EV_NONE)
        return fail(&f, -ENOEXEC, "libelf: %s", elf_errmsg(-1));
    int r = load_file(&f, li);
    if (f.fd >= 0)
        close(f.fd);
    free(f.ph);
    free(f.load);
    if (r && r != -ELIBBAD)
        li->arch = NULL;
    return r;
}
