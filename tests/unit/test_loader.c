/*
 * test_loader.c - loader/elf.c on valid and malformed guest ELF files.
 *
 * Files are built at test time in a temporary directory from the minimal
 * AArch64 ELF of tests/elf-corpus/minielf.h; every malformed case of its
 * table must be refused with its errno and a message naming the file and
 * the reason.  When aarch64-linux-gnu-gcc is installed, real static,
 * static-pie and dynamic programs from it are loaded too.  Check runs
 * every test in its own process, so each may map the guest image afresh.
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
    if (c->err == ELIBBAD)
        ck_assert_str_eq(li.interp, MINIELF_INTERP);
    else
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

START_TEST(test_a_dynamic_program_names_its_interpreter)
{
    struct load_info li;
    char err[512];
    const char *path = cross_compile("dynamic", "int main(void) { return 0; }\n", "-O1");
    ck_assert_int_eq(loader_load(path, &li, err, sizeof err), -ELIBBAD);
    ck_assert_str_eq(li.interp, "/lib/ld-linux-aarch64.so.1");
    assert_message(err, path, "dynamically linked programs (interpreter "
                   "/lib/ld-linux-aarch64.so.1) are not supported yet");
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
    if (have_cross_gcc()) {
        TCase *cross = tcase_create("cross-compiled");
        tcase_add_test(cross, test_a_static_program_from_the_cross_compiler_loads);
        tcase_add_test(cross, test_a_static_glibc_program_loads);
        tcase_add_test(cross, test_a_static_pie_from_the_cross_compiler_loads_at_the_base);
        tcase_add_test(cross, test_a_dynamic_program_names_its_interpreter);
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
