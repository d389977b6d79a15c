/*
 * test_loader.c - loader/elf.c on valid and malformed guest ELF files.
 *
 * Files are built at test time in a temporary directory from the minimal
 * AArch64 ELF of tests/elf-corpus/minielf.h; every malformed case of its
 * table must be refused with its errno and a message naming the file and
 * the reason.  When aarch64-linux-gnu-gcc is installed, real static,
 * static-pie and dynamic programs from it are loaded too.  Check runs
 * every test in its own process, so each may map the guest image afresh.
 *
 * Dynamically linked programs: the interpreter comes from a sysroot
 * (loader/sysroot.c, also tested here) built in the temporary directory;
 * each broken interpreter of MINIELF_INTERP_CASES is refused with a
 * message naming the program, then the interpreter's file.
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "loader.h"
#include "hwcap.h"
#include "minielf.h"
#include "sysroot.h"

/* -- A guest table for the loader, unless the real one is linked -- */

static const struct guest_arch test_arch = {
    .name = "aarch64", .e_machine = EM_AARCH64, .platform = "aarch64",
    .hwcap = a64_hwcap, .hwcap2 = a64_hwcap2, .min_page_size = 4096,
};

__attribute__((weak)) const struct guest_arch *guest_arch_for_elf(uint16_t m)
{
    return m == EM_AARCH64 ? &test_arch : NULL;
}

/* -- Helpers -- */

static char tmpdir[] = "/tmp/ferry-test-loader-XXXXXX";

static const char *tmp_path(const char *name)
{
    static char path[512];
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return path;
}

static const char *write_elf(const struct minielf *m, const char *name)
{
    const char *path = tmp_path(name);
    ck_assert_int_eq(minielf_write(m, path), 0);
    return path;
}

/* err is "<path>: ...<reason>..." */
static void assert_message(const char *err, const char *path, const char *reason)
{
    size_t n = strlen(path);
    ck_assert_msg(strncmp(err, path, n) == 0 && strncmp(err + n, ": ", 2) == 0,
                  "message does not start with the file name: '%s'", err);
    ck_assert_msg(strstr(err + n + 2, reason) != NULL,
                  "message '%s' lacks '%s'", err, reason);
}

/* The permissions column of the /proc/self/maps line holding addr, or "". */
static const char *maps_perms(uint64_t addr)
{
    static char perms[8];
    char line[512];
    unsigned long lo, hi;
    FILE *f = fopen("/proc/self/maps", "r");
    perms[0] = '\0';
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 && addr >= lo && addr < hi)
            break;
        else
            perms[0] = '\0';
    if (f)
        fclose(f);
    return perms;
}

/* -- Malformed files -- */

START_TEST(test_each_malformed_case_is_refused_with_its_reason)
{
    const struct minielf_case *c = &minielf_cases[_i];
    struct minielf m;
    struct load_info li;
    char err[512];
    minielf_valid(&m);
    c->mutate(&m);
    const char *path = write_elf(&m, c->name);
    int r = loader_load(path, &li, err, sizeof err);
    ck_assert_msg(r == -c->err, "%s: got %d (%s), want -%d", c->name, r, err, c->err);
    assert_message(err, path, c->reason);
    ck_assert_ptr_null(li.arch);
}
END_TEST

START_TEST(test_a_file_truncated_anywhere_is_refused)
{
    struct minielf m;
    struct load_info li;
    char err[512];
    for (size_t len = 0; len < MINIELF_SIZE; len++) {
        minielf_valid(&m);
        m.len = len;
        const char *path = write_elf(&m, "truncated");
        int r = loader_load(path, &li, err, sizeof err);
        ck_assert_msg(r == -ENOEXEC, "cut at %zu: got %d (%s)", len, r, err);
        assert_message(err, path, "");
    }
}
END_TEST

START_TEST(test_a_missing_file_is_enoent)
{
    struct load_info li;
    char err[512];
    const char *path = tmp_path("does-not-exist");
    ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -ENOENT);
    assert_message(err, path, "No such file or directory");
}
END_TEST

START_TEST(test_a_directory_or_unreadable_file_is_eacces)
{
    struct minielf m;
    struct load_info li;
    char err[512];
    ck_assert_int_eq(loader_load(tmpdir, &li, err, sizeof err), -EACCES);
    assert_message(err, tmpdir, "is a directory");
    if (geteuid() == 0)
        return; /* root reads a mode-000 file */
    minielf_valid(&m);
    const char *path = write_elf(&m, "unreadable");
    chmod(path, 0);
    ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -EACCES);
    assert_message(err, path, "Permission denied");
}
END_TEST

/* Random corruption of the headers: the loader may accept or refuse, but
 * never dies of a signal.  Each try runs in a child; fixed seed. */
START_TEST(test_random_header_corruption_never_kills_the_loader)
{
    srand(20240601);
    for (int i = 0; i < 400; i++) {
        struct minielf m;
        minielf_valid(&m);
        for (int k = rand() % 4; k >= 0; k--)
            m.buf[rand() % (MINIELF_CODE_OFF + 16)] = rand();
        if (rand() % 4 == 0)
            m.len = rand() % MINIELF_SIZE;
        const char *path = write_elf(&m, "fuzz");
        pid_t pid = fork();
        if (pid == 0) {
            struct load_info li;
            char err[512];
            int r = loader_load(path, &li, err, sizeof err);
            _exit(r == 0 || (err[0] && strncmp(err, path, strlen(path)) == 0) ? 0 : 1);
        }
        int st;
        ck_assert_int_eq(waitpid(pid, &st, 0), pid);
        ck_assert_msg(WIFEXITED(st), "try %d: killed by signal %d", i, WTERMSIG(st));
        ck_assert_msg(WEXITSTATUS(st) == 0, "try %d: error without the file name", i);
    }
}
END_TEST

/* -- Valid files -- */

START_TEST(test_valid_exec_is_mapped_at_its_addresses)
{
    struct minielf m;
    struct load_info li;
    char err[512];
    minielf_valid(&m);
    const char *path = write_elf(&m, "valid");
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_ptr_eq(li.arch, guest_arch_for_elf(EM_AARCH64));
    ck_assert_uint_eq(li.load_bias, 0);
    ck_assert_uint_eq(li.entry, MINIELF_TEXT_VADDR + MINIELF_CODE_OFF);
    ck_assert_uint_eq(li.prog_entry, li.entry);
    ck_assert_uint_eq(li.phdr, MINIELF_TEXT_VADDR + sizeof(Elf64_Ehdr));
    ck_assert_uint_eq(li.phnum, 3);
    ck_assert_uint_eq(li.phent, sizeof(Elf64_Phdr));
    ck_assert_uint_eq(li.interp_base, 0);
    ck_assert_str_eq(li.interp, "");
    ck_assert_str_eq(li.execfn, path);
    ck_assert_uint_eq(li.start_brk, MINIELF_DATA_VADDR + MINIELF_DATA_MEMSZ);
    ck_assert_uint_eq(li.brk, li.start_brk);
    ck_assert_uint_eq(loader_initial_brk, li.brk);
    ck_assert_int_eq(memcmp((void *)li.entry, m.buf + MINIELF_CODE_OFF, 12), 0);
    ck_assert_int_eq(memcmp((void *)li.phdr, minielf_phdr(&m, 0), 3 * 56), 0);
    ck_assert_int_eq(memcmp((void *)MINIELF_DATA_VADDR, m.buf + MINIELF_DATA_OFF,
                            MINIELF_DATA_FILESZ), 0);
    for (uint64_t a = MINIELF_DATA_VADDR + MINIELF_DATA_FILESZ; a < li.brk; a++)
        ck_assert_msg(*(unsigned char *)a == 0, "bss byte at 0x%lx", (long)a);
    ck_assert_str_eq(maps_perms(MINIELF_TEXT_VADDR), "r--p"); /* never x */
    ck_assert_str_eq(maps_perms(MINIELF_DATA_VADDR), "rw-p");
    ck_assert_str_eq(maps_perms(MINIELF_DATA_VADDR + 0x1000), "rw-p");
    ck_assert_str_eq(maps_perms(MINIELF_TEXT_VADDR + 0x1000), ""); /* hole */
    ck_assert_str_eq(maps_perms(li.brk), "");
}
END_TEST

/* Bytes after p_filesz in the last file page are bss: zeroed, even though
 * the file has data there. */
START_TEST(test_bss_in_the_last_file_page_is_zeroed)
{
    struct minielf m;
    struct load_info li;
    char err[512];
    minielf_valid(&m);
    m.len = MINIELF_SIZE + 0x800;
    memset(m.buf + MINIELF_SIZE, 0xaa, 0x800);
    const char *path = write_elf(&m, "bss-over-file-bytes");
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    for (uint64_t a = MINIELF_DATA_VADDR + MINIELF_DATA_FILESZ;
         a < MINIELF_DATA_VADDR + 0x1000; a++)
        ck_assert_msg(*(unsigned char *)a == 0, "bss byte at 0x%lx", (long)a);
    /* and the mapping is private: the file keeps its bytes */
    FILE *f = fopen(path, "rb");
    unsigned char c = 0;
    fseek(f, MINIELF_SIZE + 1, SEEK_SET);
    ck_assert_int_eq(fread(&c, 1, 1, f), 1);
    fclose(f);
    ck_assert_uint_eq(c, 0xaa);
}
END_TEST

START_TEST(test_static_pie_is_loaded_at_the_et_dyn_base)
{
    struct minielf m;
    struct load_info li;
    char err[512];
    unsetenv("FERRY_ET_DYN_BASE");
    minielf_valid_pie(&m);
    const char *path = write_elf(&m, "pie");
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(li.load_bias, LOADER_ET_DYN_BASE);
    ck_assert_uint_eq(li.entry, LOADER_ET_DYN_BASE + MINIELF_CODE_OFF);
    ck_assert_uint_eq(li.phdr, LOADER_ET_DYN_BASE + sizeof(Elf64_Ehdr));
    ck_assert_uint_eq(li.brk, LOADER_ET_DYN_BASE + MINIELF_DATA_VADDR
                      - MINIELF_TEXT_VADDR + MINIELF_DATA_MEMSZ);
    ck_assert_int_eq(memcmp((void *)li.entry, m.buf + MINIELF_CODE_OFF, 12), 0);
}
END_TEST

START_TEST(test_ferry_et_dyn_base_moves_a_pie)
{
    struct minielf m;
    struct load_info li;
    char err[512];
    minielf_valid_pie(&m);
    const char *path = write_elf(&m, "pie-moved");
    setenv("FERRY_ET_DYN_BASE", "0x7000000000", 1);
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(li.load_bias, 0x7000000000ull);
    setenv("FERRY_ET_DYN_BASE", "0x7000000800", 1);
    ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -EINVAL);
    assert_message(err, path, "FERRY_ET_DYN_BASE=0x7000000800");
    unsetenv("FERRY_ET_DYN_BASE");
}
END_TEST

START_TEST(test_a_clash_with_ferrys_own_memory_is_reported)
{
    struct minielf m;
    struct load_info li;
    char err[512];
    void *mine = mmap((void *)MINIELF_DATA_VADDR + 0x1000, 4096, PROT_READ,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    ck_assert_ptr_eq(mine, (void *)MINIELF_DATA_VADDR + 0x1000);
    minielf_valid(&m);
    const char *path = write_elf(&m, "clash");
    ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -EEXIST);
    assert_message(err, path, "in use by ferry itself");
    ck_assert_str_eq(maps_perms(MINIELF_DATA_VADDR + 0x1000), "r--p"); /* untouched */
    ck_assert_str_eq(maps_perms(MINIELF_TEXT_VADDR), "");
}
END_TEST

/* -- Dynamically linked: the interpreter from the sysroot -- */

/* tmpdir/<name>.root/lib/ld-linux-aarch64.so.1 = interp (if not NULL);
 * the sysroot is set to that root.  Returns the root. */
static const char *make_sysroot(const char *name, const struct minielf *interp)
{
    static char root[512];
    char path[600];
    snprintf(root, sizeof root, "%s/%s.root", tmpdir, name);
    mkdir(root, 0755);
    snprintf(path, sizeof path, "%s/lib", root);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s%s", root, MINIELF_INTERP);
    if (interp)
        ck_assert_int_eq(minielf_write(interp, path), 0);
    ck_assert_str_eq(sysroot_init(root), root);
    return root;
}

static bool host_has_interp(void)
{
    return access(MINIELF_INTERP, F_OK) == 0;
}

START_TEST(test_each_broken_interpreter_is_refused_naming_program_and_interpreter)
{
    const struct minielf_case *c = &minielf_interp_cases[_i];
    struct minielf prog, interp;
    struct load_info li;
    char err[1024], want[1024];
    minielf_dynamic(&prog);
    minielf_interp(&interp);
    c->mutate(&interp);
    const char *root = make_sysroot(c->name, &interp);
    const char *path = write_elf(&prog, c->name);
    int r = loader_load(path, &li, err, sizeof err);
    ck_assert_msg(r == -c->err, "%s: got %d (%s), want -%d", c->name, r, err, c->err);
    snprintf(want, sizeof want, "interpreter %s%s: %s", root, MINIELF_INTERP, c->reason);
    assert_message(err, path, want);
    ck_assert_str_eq(li.interp, MINIELF_INTERP);
    ck_assert_ptr_null(li.arch);
    ck_assert_str_eq(maps_perms(MINIELF_TEXT_VADDR), ""); /* program unmapped */
    ck_assert_str_eq(maps_perms(LOADER_INTERP_BASE), "");
}
END_TEST

START_TEST(test_the_interpreter_is_loaded_from_the_sysroot)
{
    struct minielf prog, interp;
    struct load_info li;
    char err[512];
    minielf_dynamic(&prog);
    minielf_interp(&interp);
    make_sysroot("good", &interp);
    const char *path = write_elf(&prog, "dynamic-good");
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_str_eq(li.interp, MINIELF_INTERP);
    ck_assert_uint_eq(li.interp_base, LOADER_INTERP_BASE);           /* AT_BASE */
    ck_assert_uint_eq(li.entry, LOADER_INTERP_BASE + MINIELF_CODE_OFF);
    ck_assert_uint_eq(li.prog_entry, MINIELF_TEXT_VADDR + MINIELF_CODE_OFF); /* AT_ENTRY */
    ck_assert_uint_eq(li.phdr, MINIELF_TEXT_VADDR + sizeof(Elf64_Ehdr));
    ck_assert_uint_eq(li.load_bias, 0);
    /* the break follows the program, not the interpreter */
    ck_assert_uint_eq(li.brk, MINIELF_DATA_VADDR + MINIELF_DATA_MEMSZ);
    ck_assert_uint_eq(loader_initial_brk, li.brk);
    ck_assert_uint_eq(*(uint32_t *)li.entry, 0xd2800000u | MINIELF_INTERP_STATUS << 5);
    ck_assert_int_eq(memcmp((void *)li.prog_entry, prog.buf + MINIELF_CODE_OFF, 12), 0);
    ck_assert_str_eq(maps_perms(LOADER_INTERP_BASE), "r--p");
    ck_assert_str_eq(maps_perms(LOADER_INTERP_BASE + MINIELF_DATA_VADDR
                                - MINIELF_TEXT_VADDR), "rw-p");
}
END_TEST

START_TEST(test_a_missing_interpreter_is_enoent_and_suggests_a_sysroot)
{
    struct minielf prog;
    struct load_info li;
    char err[1024], want[1024];
    if (host_has_interp())
        return; /* the host's own arm64 ld.so would be used */
    minielf_dynamic(&prog);
    const char *path = write_elf(&prog, "dynamic-missing");
    sysroot_init(NULL);
    ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -ENOENT);
    assert_message(err, path, "interpreter " MINIELF_INTERP " not found (no sysroot "
                   "given: use -L or QEMU_LD_PREFIX)");
    ck_assert_ptr_null(strchr(err, '\n'));
    const char *root = make_sysroot("empty", NULL);
    ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -ENOENT);
    snprintf(want, sizeof want, "interpreter %s not found in sysroot %s",
             MINIELF_INTERP, root);
    assert_message(err, path, want);
    ck_assert_str_eq(maps_perms(MINIELF_TEXT_VADDR), "");
}
END_TEST

START_TEST(test_the_interpreter_moves_when_its_base_is_taken)
{
    struct minielf prog, interp;
    struct load_info li;
    char err[512];
    void *mine = mmap((void *)LOADER_INTERP_BASE, 4096, PROT_READ,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    ck_assert_ptr_eq(mine, (void *)LOADER_INTERP_BASE);
    minielf_dynamic(&prog);
    minielf_interp(&interp);
    make_sysroot("moved", &interp);
    const char *path = write_elf(&prog, "dynamic-moved");
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_ne(li.interp_base, LOADER_INTERP_BASE);
    ck_assert_uint_eq(li.interp_base % LOADER_PAGE_SIZE, 0);
    ck_assert_uint_eq(li.entry, li.interp_base + MINIELF_CODE_OFF);
    ck_assert_uint_eq(*(uint32_t *)li.entry, 0xd2800000u | MINIELF_INTERP_STATUS << 5);
}
END_TEST

/* fs/binfmt_elf.c: a PIE with an interpreter goes at ELF_ET_DYN_BASE
 * aligned down to its largest p_align. */
START_TEST(test_a_pie_with_an_interpreter_is_aligned_to_its_p_align)
{
    struct minielf prog, interp;
    struct load_info li;
    char err[512];
    unsetenv("FERRY_ET_DYN_BASE");
    minielf_dynamic(&prog);
    minielf_valid_pie(&interp);         /* reuse the PIE layout for the program */
    Elf64_Phdr in = *minielf_phdr(&prog, 2);
    prog = interp;
    *minielf_phdr(&prog, 2) = in;
    minielf_phdr(&prog, 0)->p_align = 0x10000;
    minielf_phdr(&prog, 1)->p_align = 0x10000;
    minielf_interp(&interp);
    make_sysroot("pie", &interp);
    const char *path = write_elf(&prog, "dynamic-pie");
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(li.load_bias, 0x5555550000ull);
    ck_assert_uint_eq(li.prog_entry, 0x5555550000ull + MINIELF_CODE_OFF);
    ck_assert_uint_eq(li.interp_base, LOADER_INTERP_BASE);
    ck_assert_uint_eq(li.brk, 0x5555550000ull + MINIELF_DATA_VADDR
                      - MINIELF_TEXT_VADDR + MINIELF_DATA_MEMSZ);
}
END_TEST

/* An absolute program path is looked up in the sysroot, as the guest's
 * execve of it is; the message names the path as given. */
START_TEST(test_an_absolute_program_path_is_looked_up_in_the_sysroot)
{
    struct minielf m;
    struct load_info li;
    char err[512], path[600];
    minielf_valid(&m);
    const char *root = make_sysroot("progroot", NULL);
    snprintf(path, sizeof path, "%s/lib/prog", root);
    ck_assert_int_eq(minielf_write(&m, path), 0);
    ck_assert_msg(loader_load("/lib/prog", &li, err, sizeof err) == 0, "%s", err);
    ck_assert_str_eq(li.execfn, "/lib/prog");
    ck_assert_uint_eq(li.entry, MINIELF_TEXT_VADDR + MINIELF_CODE_OFF);
}
END_TEST

/* -- The sysroot lookup (loader/sysroot.c) -- */

START_TEST(test_sysroot_path_prefers_the_sysroots_file)
{
    char buf[SYSROOT_PATH_MAX], want[SYSROOT_PATH_MAX];
    struct minielf m;
    minielf_valid(&m);
    const char *root = make_sysroot("lookup", &m);
    snprintf(want, sizeof want, "%s%s", root, MINIELF_INTERP);
    ck_assert_str_eq(sysroot_path(MINIELF_INTERP, buf, sizeof buf), want);
    snprintf(want, sizeof want, "%s/lib", root);
    ck_assert_str_eq(sysroot_path("/lib", buf, sizeof buf), want);
    /* missing in the sysroot, relative, or too long for buf: unchanged */
    const char *missing = "/lib/not-in-the-sysroot.so";
    ck_assert_ptr_eq(sysroot_path(missing, buf, sizeof buf), missing);
    ck_assert_ptr_eq(sysroot_path(missing, buf, sizeof buf), missing); /* cached */
    const char *rel = "lib/ld-linux-aarch64.so.1";
    ck_assert_ptr_eq(sysroot_path(rel, buf, sizeof buf), rel);
    ck_assert_ptr_eq(sysroot_path(MINIELF_INTERP, buf, 8), MINIELF_INTERP);
    ck_assert_ptr_eq(sysroot_path(NULL, buf, sizeof buf), NULL);
}
END_TEST

START_TEST(test_sysroot_path_never_redirects_proc_sys_dev)
{
    char buf[SYSROOT_PATH_MAX], path[600];
    const char *root = make_sysroot("hostonly", NULL);
    static const char *const dirs[] = { "/proc", "/sys", "/dev", "/proc/self" };
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
        snprintf(path, sizeof path, "%s%s", root, dirs[i]);
        mkdir(path, 0755);
    }
    static const char *const names[] = {
        "/proc", "/proc/self", "/sys", "/dev", "//proc/self", "/dev/",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        ck_assert_msg(sysroot_path(names[i], buf, sizeof buf) == names[i],
                      "%s was redirected", names[i]);
    /* but a name that only starts like them is not special */
    snprintf(path, sizeof path, "%s/devices", root);
    mkdir(path, 0755);
    ck_assert_ptr_ne(sysroot_path("/devices", buf, sizeof buf), "/devices");
}
END_TEST

START_TEST(test_a_relative_sysroot_is_made_absolute)
{
    char cwd[1024], want[2048];
    ck_assert_ptr_nonnull(getcwd(cwd, sizeof cwd));
    ck_assert_int_eq(chdir(tmpdir), 0);
    mkdir("rel.root", 0755);
    snprintf(want, sizeof want, "%s/rel.root", tmpdir);
    ck_assert_str_eq(sysroot_init("rel.root//"), want);
    ck_assert_str_eq(sysroot_dir(), want);
    ck_assert_int_eq(chdir(cwd), 0);
    ck_assert_ptr_null(sysroot_init(""));
    ck_assert_ptr_null(sysroot_dir());
    ck_assert(!sysroot_applies("/lib"));
}
END_TEST

/* -- Programs from the cross compiler -- */

/* $AARCH64_CC (set by make check) or aarch64-linux-gnu-gcc. */
static const char *cross_cc(void)
{
    const char *cc = getenv("AARCH64_CC");
    return cc && *cc ? cc : "aarch64-linux-gnu-gcc";
}

static bool have_cross_gcc(void)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s --version >/dev/null 2>&1", cross_cc());
    return system(cmd) == 0;
}

/* Compile src (C) with flags into tmpdir/name; returns its path. */
static const char *cross_compile(const char *name, const char *src, const char *flags)
{
    char cmd[2048];
    char *out = strdup(tmp_path(name));
    snprintf(cmd, sizeof cmd, "printf '%%s' '%s' > %s.c && %s %s -o %s %s.c",
             src, out, cross_cc(), flags, out, out);
    ck_assert_msg(system(cmd) == 0, "failed: %s", cmd);
    return out;
}

static Elf64_Ehdr read_ehdr(const char *path)
{
    Elf64_Ehdr e;
    FILE *f = fopen(path, "rb");
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(fread(&e, sizeof e, 1, f), 1);
    fclose(f);
    return e;
}

/* AT_PHDR must point at the program header table as the file has it (glibc
 * finds PT_TLS and PT_GNU_RELRO through it). */
static void assert_phdrs_in_memory(const char *path, const struct load_info *li)
{
    Elf64_Ehdr e = read_ehdr(path);
    size_t len = e.e_phnum * sizeof(Elf64_Phdr);
    char *ph = malloc(len);
    FILE *f = fopen(path, "rb");
    fseek(f, e.e_phoff, SEEK_SET);
    ck_assert_int_eq(fread(ph, len, 1, f), 1);
    fclose(f);
    ck_assert_uint_ne(li->phdr, 0);
    ck_assert_int_eq(memcmp((void *)li->phdr, ph, len), 0);
    free(ph);
}

START_TEST(test_a_static_program_from_the_cross_compiler_loads)
{
    struct load_info li;
    char err[512];
    const char *path = cross_compile("static-nostdlib",
        "void _start(void) { asm volatile(\"mov x0, 7\\n mov x8, 93\\n svc 0\"); }",
        "-static -nostdlib -O1");
    Elf64_Ehdr e = read_ehdr(path);
    ck_assert_uint_eq(e.e_type, ET_EXEC);
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(li.entry, e.e_entry);
    ck_assert_uint_eq(li.phnum, e.e_phnum);
    assert_phdrs_in_memory(path, &li);
    ck_assert_int_eq(*(uint32_t *)li.entry >> 24, 0xd2); /* movz x0, #7 */
}
END_TEST

START_TEST(test_a_static_glibc_program_loads)
{
    struct load_info li;
    char err[512];
    const char *path = cross_compile("static-glibc",
        "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n", "-static -O1");
    Elf64_Ehdr e = read_ehdr(path);
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(li.entry, e.e_entry);
    assert_phdrs_in_memory(path, &li);
    ck_assert_uint_ge(li.brk, li.entry);
}
END_TEST

START_TEST(test_a_static_pie_from_the_cross_compiler_loads_at_the_base)
{
    struct load_info li;
    char err[512];
    unsetenv("FERRY_ET_DYN_BASE");
    const char *path = cross_compile("static-pie",
        "int main(void) { return 3; }\n", "-static-pie -fPIE -O1");
    Elf64_Ehdr e = read_ehdr(path);
    ck_assert_uint_eq(e.e_type, ET_DYN);
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    ck_assert_uint_eq(li.load_bias, LOADER_ET_DYN_BASE);
    ck_assert_uint_eq(li.entry, e.e_entry + LOADER_ET_DYN_BASE);
    assert_phdrs_in_memory(path, &li);
}
END_TEST

/* The largest p_align of the PT_LOADs of path. */
static uint64_t max_p_align(const char *path)
{
    Elf64_Ehdr e = read_ehdr(path);
    Elf64_Phdr p;
    uint64_t a = LOADER_PAGE_SIZE;
    FILE *f = fopen(path, "rb");
    for (unsigned i = 0; f && i < e.e_phnum; i++) {
        fseek(f, e.e_phoff + i * sizeof p, SEEK_SET);
        ck_assert_int_eq(fread(&p, sizeof p, 1, f), 1);
        if (p.p_type == PT_LOAD && p.p_align > a)
            a = p.p_align;
    }
    if (f)
        fclose(f);
    return a;
}

/* The cross toolchain's own arm64 libc (libc6-dev-arm64-cross). */
#define CROSS_SYSROOT "/usr/aarch64-linux-gnu"

START_TEST(test_a_dynamic_pie_loads_with_the_cross_toolchains_ld_so)
{
    struct load_info li;
    char err[512];
    const char *path = cross_compile("dynamic", "int main(void) { return 0; }\n",
                                     "-O1 -fPIE -pie");
    Elf64_Ehdr e = read_ehdr(path);
    if (!host_has_interp()) {
        sysroot_init(NULL);
        ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -ENOENT);
        ck_assert_str_eq(li.interp, "/lib/ld-linux-aarch64.so.1");
        assert_message(err, path, "interpreter /lib/ld-linux-aarch64.so.1 not found");
    }
    if (access(CROSS_SYSROOT "/lib/ld-linux-aarch64.so.1", R_OK) != 0)
        return;
    sysroot_init(CROSS_SYSROOT);
    unsetenv("FERRY_ET_DYN_BASE");
    ck_assert_msg(loader_load(path, &li, err, sizeof err) == 0, "%s", err);
    Elf64_Ehdr ld = read_ehdr(CROSS_SYSROOT "/lib/ld-linux-aarch64.so.1");
    ck_assert_uint_eq(e.e_type, ET_DYN);
    ck_assert_uint_eq(li.interp_base, LOADER_INTERP_BASE);
    ck_assert_uint_eq(li.entry, LOADER_INTERP_BASE + ld.e_entry);
    ck_assert_uint_eq(li.load_bias, ALIGN_DOWN(LOADER_ET_DYN_BASE, max_p_align(path)));
    ck_assert_uint_eq(li.prog_entry, e.e_entry + li.load_bias);
    assert_phdrs_in_memory(path, &li);
}
END_TEST

static Suite *loader_suite(void)
{
    Suite *s = suite_create("loader");
    TCase *bad = tcase_create("malformed");
    tcase_add_loop_test(bad, test_each_malformed_case_is_refused_with_its_reason,
                        0, minielf_ncases);
    tcase_add_test(bad, test_a_file_truncated_anywhere_is_refused);
    tcase_add_test(bad, test_a_missing_file_is_enoent);
    tcase_add_test(bad, test_a_directory_or_unreadable_file_is_eacces);
    tcase_add_test(bad, test_random_header_corruption_never_kills_the_loader);
    tcase_set_timeout(bad, 60);
    suite_add_tcase(s, bad);
    TCase *good = tcase_create("valid");
    tcase_add_test(good, test_valid_exec_is_mapped_at_its_addresses);
    tcase_add_test(good, test_bss_in_the_last_file_page_is_zeroed);
    tcase_add_test(good, test_static_pie_is_loaded_at_the_et_dyn_base);
    tcase_add_test(good, test_ferry_et_dyn_base_moves_a_pie);
    tcase_add_test(good, test_a_clash_with_ferrys_own_memory_is_reported);
    suite_add_tcase(s, good);
    TCase *dyn = tcase_create("interpreter");
    tcase_add_loop_test(dyn, test_each_broken_interpreter_is_refused_naming_program_and_interpreter,
                        0, minielf_interp_ncases);
    tcase_add_test(dyn, test_the_interpreter_is_loaded_from_the_sysroot);
    tcase_add_test(dyn, test_a_missing_interpreter_is_enoent_and_suggests_a_sysroot);
    tcase_add_test(dyn, test_the_interpreter_moves_when_its_base_is_taken);
    tcase_add_test(dyn, test_a_pie_with_an_interpreter_is_aligned_to_its_p_align);
    tcase_add_test(dyn, test_an_absolute_program_path_is_looked_up_in_the_sysroot);
    suite_add_tcase(s, dyn);
    TCase *root = tcase_create("sysroot");
    tcase_add_test(root, test_sysroot_path_prefers_the_sysroots_file);
    tcase_add_test(root, test_sysroot_path_never_redirects_proc_sys_dev);
    tcase_add_test(root, test_a_relative_sysroot_is_made_absolute);
    suite_add_tcase(s, root);
    if (have_cross_gcc()) {
        TCase *cross = tcase_create("cross-compiled");
        tcase_add_test(cross, test_a_static_program_from_the_cross_compiler_loads);
        tcase_add_test(cross, test_a_static_glibc_program_loads);
        tcase_add_test(cross, test_a_static_pie_from_the_cross_compiler_loads_at_the_base);
        tcase_add_test(cross, test_a_dynamic_pie_loads_with_the_cross_toolchains_ld_so);
        tcase_set_timeout(cross, 120);
        suite_add_tcase(s, cross);
    } else {
        printf("test_loader: %s not found: "
               "cross-compiled programs not tested\n", cross_cc());
    }
    return s;
}

int main(void)
{
    if (!mkdtemp(tmpdir)) {
        perror("test_loader: mkdtemp");
        return EXIT_FAILURE;
    }
    SRunner *sr = srunner_create(loader_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    if (system(cmd) != 0)
        fprintf(stderr, "test_loader: could not remove %s\n", tmpdir);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
