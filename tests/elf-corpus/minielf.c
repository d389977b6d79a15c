/*
 * minielf.c - build the minimal AArch64 ELF of minielf.h and its
 * malformed variants (one mutate function per row of MINIELF_CASES).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "minielf.h"

static const uint32_t code[] = {
    0xd2800540, /* movz x0, #42 */
    0xd2800ba8, /* movz x8, #93  (__NR_exit) */
    0xd4000001, /* svc #0 */
    0xd4200000, /* brk #0: never reached */
};

#define TEXT_FILESZ (MINIELF_INTERP_OFF + sizeof MINIELF_INTERP)

static void set_phdr(Elf64_Phdr *p, uint32_t type, uint32_t flags, uint64_t off,
                     uint64_t vaddr, uint64_t filesz, uint64_t memsz)
{
    *p = (Elf64_Phdr){ .p_type = type, .p_flags = flags, .p_offset = off,
                       .p_vaddr = vaddr, .p_paddr = vaddr, .p_filesz = filesz,
                       .p_memsz = memsz, .p_align = 0x1000 };
}

void minielf_valid(struct minielf *m)
{
    Elf64_Ehdr *e = minielf_ehdr(m);
    memset(m, 0, sizeof *m);
    m->len = MINIELF_SIZE;
    memcpy(e->e_ident, ELFMAG, SELFMAG);
    e->e_ident[EI_CLASS] = ELFCLASS64;
    e->e_ident[EI_DATA] = ELFDATA2LSB;
    e->e_ident[EI_VERSION] = EV_CURRENT;
    e->e_ident[EI_OSABI] = ELFOSABI_NONE;
    e->e_type = ET_EXEC;
    e->e_machine = EM_AARCH64;
    e->e_version = EV_CURRENT;
    e->e_entry = MINIELF_TEXT_VADDR + MINIELF_CODE_OFF;
    e->e_phoff = sizeof(Elf64_Ehdr);
    e->e_ehsize = sizeof(Elf64_Ehdr);
    e->e_phentsize = sizeof(Elf64_Phdr);
    e->e_phnum = 3;
    set_phdr(minielf_phdr(m, 0), PT_LOAD, PF_R | PF_X, 0, MINIELF_TEXT_VADDR,
             TEXT_FILESZ, TEXT_FILESZ);
    set_phdr(minielf_phdr(m, 1), PT_LOAD, PF_R | PF_W, MINIELF_DATA_OFF,
             MINIELF_DATA_VADDR, MINIELF_DATA_FILESZ, MINIELF_DATA_MEMSZ);
    set_phdr(minielf_phdr(m, 2), PT_GNU_STACK, PF_R | PF_W, 0, 0, 0, 0);
    memcpy(m->buf + MINIELF_CODE_OFF, code, sizeof code);
    memcpy(m->buf + MINIELF_INTERP_OFF, MINIELF_INTERP, sizeof MINIELF_INTERP);
    for (unsigned i = 0; i < MINIELF_DATA_FILESZ; i++)
        m->buf[MINIELF_DATA_OFF + i] = i + 1;
}

void minielf_valid_pie(struct minielf *m)
{
    minielf_valid(m);
    minielf_ehdr(m)->e_type = ET_DYN;
    minielf_ehdr(m)->e_entry = MINIELF_CODE_OFF;
    minielf_phdr(m, 0)->p_vaddr = 0;
    minielf_phdr(m, 1)->p_vaddr = MINIELF_DATA_VADDR - MINIELF_TEXT_VADDR;
}

int minielf_write(const struct minielf *m, const char *path)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
    if (fd < 0)
        return -errno;
    ssize_t n = m->len ? write(fd, m->buf, m->len) : 0;
    int r = n == (ssize_t)m->len ? 0 : n < 0 ? -errno : -EIO;
    close(fd);
    return r;
}

/* -- The mutations, in MINIELF_CASES order -- */

#define EH(m) minielf_ehdr(m)
#define TEXT(m) minielf_phdr(m, 0)
#define DATA(m) minielf_phdr(m, 1)
#define SLOT2(m) minielf_phdr(m, 2)

static void mut_empty(struct minielf *m) { m->len = 0; }

static void mut_garbage(struct minielf *m)
{
    uint32_t x = 12345; /* a fixed LCG: the same garbage every run */
    m->len = 777;
    for (size_t i = 0; i < m->len; i++) {
        x = x * 1103515245u + 12345u;
        m->buf[i] = x >> 24;
    }
    m->buf[0] = 'G';
}

static void mut_short_magic(struct minielf *m) { m->len = 3; }
static void mut_ident_only(struct minielf *m) { m->len = EI_NIDENT; }
static void mut_half_ehdr(struct minielf *m) { m->len = 40; }
static void mut_elf32(struct minielf *m) { EH(m)->e_ident[EI_CLASS] = ELFCLASS32; }
static void mut_big_endian(struct minielf *m) { EH(m)->e_ident[EI_DATA] = ELFDATA2MSB; }
static void mut_ident_version(struct minielf *m) { EH(m)->e_ident[EI_VERSION] = 0; }
static void mut_x86_64(struct minielf *m) { EH(m)->e_machine = EM_X86_64; }
static void mut_riscv(struct minielf *m) { EH(m)->e_machine = EM_RISCV; }
static void mut_et_rel(struct minielf *m) { EH(m)->e_type = ET_REL; }
static void mut_et_core(struct minielf *m) { EH(m)->e_type = ET_CORE; }
static void mut_bad_version(struct minielf *m) { EH(m)->e_version = 0; }
static void mut_bad_phentsize(struct minielf *m) { EH(m)->e_phentsize = 32; }
static void mut_zero_phnum(struct minielf *m) { EH(m)->e_phnum = 0; }
static void mut_huge_phnum(struct minielf *m) { EH(m)->e_phnum = 0xffff; }
static void mut_phnum_past_eof(struct minielf *m) { EH(m)->e_phnum = 100; }
static void mut_bad_phoff(struct minielf *m) { EH(m)->e_phoff = MINIELF_SIZE - 8; }
static void mut_phoff_overflow(struct minielf *m) { EH(m)->e_phoff = ~0ull - 15; }
static void mut_phdrs_truncated(struct minielf *m) { m->len = 64 + 56 + 10; }

static void mut_no_load(struct minielf *m)
{
    TEXT(m)->p_type = PT_NOTE;
    DATA(m)->p_type = PT_NOTE;
}

static void mut_overlap(struct minielf *m) { TEXT(m)->p_memsz = 0x20000; }

static void mut_overlap_unsorted(struct minielf *m)
{
    Elf64_Phdr t = *TEXT(m);
    *TEXT(m) = *DATA(m);
    *DATA(m) = t;
    DATA(m)->p_memsz = 0x12000; /* text now ends at 0x412000 > 0x411000 */
}

static void mut_filesz_gt_memsz(struct minielf *m) { DATA(m)->p_memsz = 8; }
static void mut_offset_beyond_eof(struct minielf *m) { DATA(m)->p_offset = 0x100000; }
static void mut_filesz_beyond_eof(struct minielf *m) { DATA(m)->p_filesz = 0x100; }
static void mut_offset_overflow(struct minielf *m) { DATA(m)->p_offset = ~0ull - 0xfff; }
static void mut_text_truncated(struct minielf *m) { m->len = MINIELF_CODE_OFF + 4; }
static void mut_data_truncated(struct minielf *m) { m->len = MINIELF_SIZE - 8; }

static void mut_vaddr_wrap(struct minielf *m)
{
    DATA(m)->p_vaddr = 0x7ffffff00000 + MINIELF_DATA_OFF;
    DATA(m)->p_memsz = ~0ull - 0x100;
}

static void mut_vaddr_kernel_half(struct minielf *m)
{
    DATA(m)->p_vaddr = 0xffff800000000000ull + MINIELF_DATA_OFF;
}

static void mut_memsz_past_47bit(struct minielf *m)
{
    DATA(m)->p_vaddr = 0x7ffffffff000ull;
    DATA(m)->p_memsz = 0x2000;
}

static void mut_not_congruent(struct minielf *m) { DATA(m)->p_vaddr += 0x800; }

static void set_interp(struct minielf *m, unsigned slot, uint64_t off, uint64_t len)
{
    set_phdr(minielf_phdr(m, slot), PT_INTERP, PF_R, off, 0, len, len);
    minielf_phdr(m, slot)->p_align = 1;
}

static void mut_interp_no_nul(struct minielf *m)
{
    set_interp(m, 2, MINIELF_INTERP_OFF, sizeof MINIELF_INTERP - 1);
}

static void mut_interp_too_long(struct minielf *m) { set_interp(m, 2, 0, 4097); }
static void mut_interp_empty(struct minielf *m) { set_interp(m, 2, MINIELF_INTERP_OFF, 1); }
static void mut_interp_beyond_eof(struct minielf *m) { set_interp(m, 2, MINIELF_DATA_OFF, 0x100); }

static void mut_two_interps(struct minielf *m)
{
    set_interp(m, 2, MINIELF_INTERP_OFF, sizeof MINIELF_INTERP);
    set_interp(m, 3, MINIELF_INTERP_OFF, sizeof MINIELF_INTERP);
    EH(m)->e_phnum = 4;
}

#define MINIELF_ROW(name, err, reason) { #name, err, reason, mut_##name },
const struct minielf_case minielf_cases[] = { MINIELF_CASES(MINIELF_ROW) };
const size_t minielf_ncases = sizeof minielf_cases / sizeof minielf_cases[0];

/* -- The program with PT_INTERP, its interpreter, and broken ones -- */

void minielf_dynamic(struct minielf *m)
{
    minielf_valid(m);
    set_interp(m, 2, MINIELF_INTERP_OFF, sizeof MINIELF_INTERP);
}

void minielf_interp(struct minielf *m)
{
    minielf_valid_pie(m);
    /* movz x0, #43: imm16 in bits 20:5 */
    uint32_t movz = 0xd2800000u | (MINIELF_INTERP_STATUS << 5);
    memcpy(m->buf + MINIELF_CODE_OFF, &movz, sizeof movz);
}

static void mut_interp_garbage(struct minielf *m) { mut_garbage(m); }
static void mut_interp_empty_file(struct minielf *m) { m->len = 0; }
static void mut_interp_et_rel(struct minielf *m) { EH(m)->e_type = ET_REL; }
static void mut_interp_et_core(struct minielf *m) { EH(m)->e_type = ET_CORE; }
static void mut_interp_x86_64(struct minielf *m) { EH(m)->e_machine = EM_X86_64; }
static void mut_interp_elf32(struct minielf *m) { EH(m)->e_ident[EI_CLASS] = ELFCLASS32; }
static void mut_interp_bad_phentsize(struct minielf *m) { EH(m)->e_phentsize = 32; }
static void mut_interp_no_load(struct minielf *m) { mut_no_load(m); }
static void mut_interp_truncated(struct minielf *m) { m->len = MINIELF_SIZE - 8; }
static void mut_interp_overlap(struct minielf *m) { TEXT(m)->p_memsz = 0x20000; }

const struct minielf_case minielf_interp_cases[] = { MINIELF_INTERP_CASES(MINIELF_ROW) };
const size_t minielf_interp_ncases =
    sizeof minielf_interp_cases / sizeof minielf_interp_cases[0];
