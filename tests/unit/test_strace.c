/*
 * test_strace.c - `-strace` lines in strace's own format, built from the
 * argument letters of syscalls.def (strace_format), for calls made up
 * here: the arguments point at real memory, the results are given.
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <seccomp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include "internal.h"
#include "syscall_abi.h"

static char line[2048];

static const char *fmt(const char *name, long ret, uint64_t a0, uint64_t a1, uint64_t a2,
                       uint64_t a3, uint64_t a4, uint64_t a5)
{
    struct sc_call c = { .abi = &a64_syscall_abi };
    int nr = seccomp_syscall_resolve_name_arch(SCMP_ARCH_AARCH64, name);

    ck_assert_int_ge(nr, 0);
    c.nr = nr;
    c.e = syscall_table_lookup(SCMP_ARCH_AARCH64, nr);
    c.a[0] = a0, c.a[1] = a1, c.a[2] = a2, c.a[3] = a3, c.a[4] = a4, c.a[5] = a5;
    strace_format(line, sizeof line, &c, ret, true);
    return line;
}

START_TEST(openat_shows_dirfd_path_and_symbolic_flags)
{
    ck_assert_str_eq(fmt("openat", 3, (uint64_t)AT_FDCWD, (uint64_t)"/etc/passwd",
                         O_RDONLY | O_CLOEXEC, 0, 0, 0),
                     "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3");
    ck_assert_str_eq(fmt("openat", 4, 5, (uint64_t)"out", O_WRONLY | O_CREAT | O_TRUNC, 0644, 0, 0),
                     "openat(5, \"out\", O_WRONLY|O_CREAT|O_TRUNC, 0644) = 4");
    /* arm64's O_DIRECTORY value (040000) is named as such, not O_DIRECT */
    ck_assert_str_eq(fmt("openat", 3, (uint64_t)AT_FDCWD, (uint64_t)"/", A64_O_DIRECTORY, 0, 0, 0),
                     "openat(AT_FDCWD, \"/\", O_RDONLY|O_DIRECTORY) = 3");
}
END_TEST

START_TEST(errors_show_name_and_message)
{
    ck_assert_str_eq(fmt("openat", -ENOENT, (uint64_t)AT_FDCWD, (uint64_t)"/nope", O_RDONLY, 0, 0, 0),
                     "openat(AT_FDCWD, \"/nope\", O_RDONLY) = -1 ENOENT (No such file or directory)");
    ck_assert_str_eq(fmt("close", -EBADF, 99, 0, 0, 0, 0, 0),
                     "close(99) = -1 EBADF (Bad file descriptor)");
}
END_TEST

START_TEST(buffers_are_escaped_and_cut_at_32)
{
    const char *data = "hi\n\001\"x";
    const char *longer = "0123456789abcdef0123456789abcdefXYZ";

    ck_assert_str_eq(fmt("write", 6, 1, (uint64_t)data, 6, 0, 0, 0),
                     "write(1, \"hi\\n\\1\\\"x\", 6) = 6");
    ck_assert_str_eq(fmt("write", 35, 1, (uint64_t)longer, 35, 0, 0, 0),
                     "write(1, \"0123456789abcdef0123456789abcdef\"..., 35) = 35");
    /* read shows what was read (the result), not the buffer size */
    ck_assert_str_eq(fmt("read", 2, 0, (uint64_t)data, 100, 0, 0, 0),
                     "read(0, \"hi\", 100) = 2");
    ck_assert_str_eq(fmt("read", -EAGAIN, 0, (uint64_t)0x1000, 100, 0, 0, 0),
                     "read(0, 0x1000, 100) = -1 EAGAIN (Resource temporarily unavailable)");
}
END_TEST

START_TEST(mmap_shows_prot_flags_and_hex_result)
{
    ck_assert_str_eq(fmt("mmap", 0x7f0000000000, 0, 4096, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, (uint64_t)-1, 0),
                     "mmap(NULL, 4096, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) "
                     "= 0x7f0000000000");
    ck_assert_str_eq(fmt("mprotect", 0, 0x400000, 8192, PROT_NONE, 0, 0, 0),
                     "mprotect(0x400000, 8192, PROT_NONE) = 0");
}
END_TEST

START_TEST(signals_and_arrays)
{
    char *argv[] = { "ls", "-l", NULL };
    char *envp[] = { "A=1", "B=2", "C=3", NULL };
    char want[256];

    ck_assert_str_eq(fmt("kill", 0, 123, SIGTERM, 0, 0, 0, 0), "kill(123, SIGTERM) = 0");
    fmt("execve", -ENOENT, (uint64_t)"/bin/ls", (uint64_t)argv, (uint64_t)envp, 0, 0, 0);
    snprintf(want, sizeof want, "execve(\"/bin/ls\", [\"ls\", \"-l\"], %p /* 3 vars */) = "
             "-1 ENOENT (No such file or directory)", (void *)envp);
    ck_assert_str_eq(line, want);
}
END_TEST

START_TEST(unknown_syscall_shows_raw_arguments)
{
    struct sc_call c = { .abi = &a64_syscall_abi, .nr = 250 };

    c.e = syscall_table_lookup(SCMP_ARCH_AARCH64, 250);
    c.a[0] = 1;
    strace_format(line, sizeof line, &c, -ENOSYS, true);
    ck_assert_str_eq(line, "syscall_0xfa(0x1, 0, 0, 0, 0, 0) = -1 ENOSYS (Function not implemented)");
}
END_TEST

START_TEST(bad_pointers_print_as_addresses)
{
    ck_assert_str_eq(fmt("chdir", -EFAULT, 8, 0, 0, 0, 0, 0),
                     "chdir(0x8) = -1 EFAULT (Bad address)");
}
END_TEST

int main(void)
{
    Suite *s = suite_create("strace");
    TCase *tc = tcase_create("strace");
    SRunner *sr;
    int failed;

    tcase_add_test(tc, openat_shows_dirfd_path_and_symbolic_flags);
    tcase_add_test(tc, errors_show_name_and_message);
    tcase_add_test(tc, buffers_are_escaped_and_cut_at_32);
    tcase_add_test(tc, mmap_shows_prot_flags_and_hex_result);
    tcase_add_test(tc, signals_and_arrays);
    tcase_add_test(tc, unknown_syscall_shows_raw_arguments);
    tcase_add_test(tc, bad_pointers_print_as_addresses);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
