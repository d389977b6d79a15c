/*
 * test_syscall.c - the syscall layer, driven as the exec loop drives it:
 * a struct a64_cpu with the number in x8 and arguments in x0..x5, then
 * syscall_dispatch(), then the result read back from x0.
 *
 * Also checks ferry's transcription of the arm64 ABI (struct stat, O_*
 * values, epoll_event, the layouts assumed identical) against the cross
 * compiler's kernel headers when aarch64-linux-gnu-gcc is installed.
 */
#define _GNU_SOURCE
#include <check.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "cpu.h"
#include "guest_signal.h"
#include "hostfd.h"
#include "internal.h"
#include "mm.h"
#include "syscall_abi.h"

static struct a64_cpu cpu;
static const struct guest_arch test_arch = {
    .name = "aarch64",
    .e_machine = EM_AARCH64,
    .seccomp_arch = SCMP_ARCH_AARCH64,
    .syscall_nr = a64_syscall_nr,
    .syscall_arg = a64_syscall_arg,
    .syscall_ret = a64_syscall_ret,
};
static struct ferry_thread thread = { .cpu = &cpu.common, .arch = &test_arch };

/* The guest's number for a syscall name (from libseccomp, as ferry). */
static long gnr(const char *name)
{
    int nr = seccomp_syscall_resolve_name_arch(SCMP_ARCH_AARCH64, name);
    ck_assert_int_ge(nr, 0);
    return nr;
}

static long gsys(const char *name, uint64_t a0, uint64_t a1, uint64_t a2,
                 uint64_t a3, uint64_t a4, uint64_t a5)
{
    cpu.x[8] = (uint64_t)gnr(name);
    cpu.x[0] = a0, cpu.x[1] = a1, cpu.x[2] = a2;
    cpu.x[3] = a3, cpu.x[4] = a4, cpu.x[5] = a5;
    cpu.common.pc = 0x400004;
    syscall_dispatch(&thread);
    return (long)cpu.x[0];
}

static long gsys_nr(long nr)
{
    cpu.x[8] = (uint64_t)nr;
    cpu.common.pc = 0x400004;
    syscall_dispatch(&thread);
    return (long)cpu.x[0];
}

/* -- number table -- */

START_TEST(guest_openat_56_is_host_openat_257)
{
    const struct sc_entry *e = syscall_table_lookup(SCMP_ARCH_AARCH64, 56);
    ck_assert_ptr_nonnull(e);
    ck_assert_str_eq(e->name, "openat");
    ck_assert_int_eq(e->host_nr, 257);
    ck_assert_ptr_eq(e->desc->fn, sys_openat);
    e = syscall_table_lookup(SCMP_ARCH_AARCH64, 63);    /* read */
    ck_assert_str_eq(e->name, "read");
    ck_assert_int_eq(e->host_nr, 0);
    ck_assert_ptr_eq(e->desc->fn, sc_pass);
}
END_TEST

START_TEST(unassigned_guest_numbers_have_no_name)
{
    ck_assert_ptr_null(syscall_table_lookup(SCMP_ARCH_AARCH64, 1079));
    ck_assert_ptr_null(syscall_table_lookup(SCMP_ARCH_AARCH64, -1));
    ck_assert_ptr_null(syscall_table_lookup(SCMP_ARCH_AARCH64, 250)->name);
}
END_TEST

START_TEST(every_table_name_is_a_guest_syscall_and_pass_ones_a_host_one)
{
    for (size_t i = 0; i < syscall_desc_count(); i++) {
        const struct sc_desc *d = syscall_desc_at(i);
        int g = seccomp_syscall_resolve_name_arch(SCMP_ARCH_AARCH64, d->name);
        int h = seccomp_syscall_resolve_name_arch(SCMP_ARCH_X86_64, d->name);
        ck_assert_msg(g >= 0, "%s is not an arm64 syscall", d->name);
        if (d->fn == sc_pass)
            ck_assert_msg(h >= 0, "PASS(%s) has no host syscall", d->name);
    }
}
END_TEST

START_TEST(unknown_syscall_is_enosys)
{
    ck_assert_int_eq(gsys_nr(250), -ENOSYS);          /* unassigned on arm64 */
    ck_assert_int_eq(gsys_nr(5000), -ENOSYS);         /* out of range */
    ck_assert_int_eq(gsys("mount", 0, 0, 0, 0, 0, 0), -ENOSYS); /* not in the table */
}
END_TEST

/* -- struct stat -- */

START_TEST(fstat_writes_the_arm64_layout)
{
    char path[] = "/tmp/ferry-test-stat-XXXXXX";
    int fd = mkstemp(path);
    unsigned char buf[160];
    struct stat host;
    uint32_t mode;
    int64_t size;

    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, "12345", 5), 5);
    fstat(fd, &host);
    memset(buf, 0xaa, sizeof buf);
    ck_assert_int_eq(gsys("fstat", (uint64_t)fd, (uint64_t)buf, 0, 0, 0, 0), 0);
    memcpy(&mode, buf + 16, 4);
    memcpy(&size, buf + 48, 8);
    ck_assert_uint_eq(mode, host.st_mode);
    ck_assert_int_eq(size, 5);
    ck_assert_uint_eq(buf[128], 0xaa);      /* 128 bytes, not x86's 144 */
    struct a64_stat g;
    memcpy(&g, buf, sizeof g);
    ck_assert_uint_eq(g.st_ino, host.st_ino);
    ck_assert_uint_eq(g.st_nlink, host.st_nlink);
    ck_assert_int_eq(g.st_blksize, host.st_blksize);
    ck_assert_int_eq(g.st_mtime_sec, host.st_mtim.tv_sec);
    ck_assert_uint_eq(g.st_mtime_nsec, (uint64_t)host.st_mtim.tv_nsec);

    memset(&g, 0, sizeof g);
    ck_assert_int_eq(gsys("newfstatat", (uint64_t)AT_FDCWD, (uint64_t)path,
                          (uint64_t)&g, 0, 0, 0), 0);
    ck_assert_int_eq(g.st_size, 5);
    ck_assert_uint_eq(g.st_ino, host.st_ino);
    close(fd);
    unlink(path);
}
END_TEST

/* -- open flags -- */

START_TEST(open_flags_convert_both_ways)
{
    const struct syscall_abi *abi = &a64_syscall_abi;
    const uint32_t moving[] = { A64_O_DIRECTORY, A64_O_NOFOLLOW, A64_O_DIRECT, A64_O_LARGEFILE };

    ck_assert_uint_eq(abi_open_flags_to_host(abi, A64_O_DIRECTORY), O_DIRECTORY);
    ck_assert_uint_eq(abi_open_flags_to_host(abi, A64_O_NOFOLLOW), O_NOFOLLOW);
    ck_assert_uint_eq(abi_open_flags_to_host(abi, A64_O_DIRECT), O_DIRECT);
    ck_assert_uint_eq(abi_open_flags_to_host(abi, O_CREAT | O_CLOEXEC | O_RDWR),
                      O_CREAT | O_CLOEXEC | O_RDWR);
    ck_assert_uint_eq(abi_open_flags_to_guest(abi, 0100000 /* x86 O_LARGEFILE */),
                      A64_O_LARGEFILE);
    for (unsigned m = 0; m < 16; m++) {
        uint32_t g = O_NONBLOCK;
        for (int i = 0; i < 4; i++)
            if (m & (1u << i))
                g |= moving[i];
        ck_assert_uint_eq(abi_open_flags_to_guest(abi, abi_open_flags_to_host(abi, g)), g);
    }
}
END_TEST

START_TEST(openat_converts_guest_o_directory)
{
    char path[] = "/tmp/ferry-test-open-XXXXXX";
    int fd = mkstemp(path);
    long r;

    close(fd);
    /* arm64 O_DIRECTORY on a regular file: ENOTDIR (unconverted, it
     * would be x86 O_DIRECT and the open would succeed). */
    r = gsys("openat", (uint64_t)AT_FDCWD, (uint64_t)path, A64_O_DIRECTORY, 0, 0, 0);
    ck_assert_int_eq(r, -ENOTDIR);
    r = gsys("openat", (uint64_t)AT_FDCWD, (uint64_t)"/tmp", A64_O_DIRECTORY | O_CLOEXEC, 0, 0, 0);
    ck_assert_int_ge(r, 0);
    close((int)r);
    /* F_GETFL reports the guest's O_LARGEFILE bit, not x86's. */
    r = gsys("openat", (uint64_t)AT_FDCWD, (uint64_t)path, O_RDWR, 0, 0, 0);
    ck_assert_int_ge(r, 0);
    fd = (int)r;
    r = gsys("fcntl", (uint64_t)fd, F_GETFL, 0, 0, 0, 0);
    ck_assert_uint_eq((uint64_t)r & A64_O_LARGEFILE, A64_O_LARGEFILE);
    ck_assert_uint_eq((uint64_t)r & A64_O_NOFOLLOW, 0);
    ck_assert_uint_eq((uint64_t)r & O_ACCMODE, O_RDWR);
    close(fd);
    unlink(path);
}
END_TEST

/* -- ioctl -- */

START_TEST(unknown_ioctl_is_enotty_known_one_passes)
{
    int p[2];
    int n = -1;

    ck_assert_int_eq(pipe(p), 0);
    ck_assert_int_eq(write(p[1], "abc", 3), 3);
    ck_assert_int_eq(gsys("ioctl", (uint64_t)p[0], 0xdeadbeef, 0, 0, 0, 0), -ENOTTY);
    ck_assert_int_eq(gsys("ioctl", (uint64_t)p[0], FIONREAD, (uint64_t)&n, 0, 0, 0), 0);
    ck_assert_int_eq(n, 3);
    close(p[0]);
    close(p[1]);
}
END_TEST

/* -- epoll -- */

START_TEST(epoll_events_are_16_bytes_for_the_guest)
{
    struct a64_epoll_event in = { .events = EPOLLIN, .data = 0x1122334455667788ull };
    struct a64_epoll_event out[3];
    int ep = epoll_create1(0), ev = eventfd(1, 0);

    memset(out, 0xee, sizeof out);
    ck_assert_int_eq(gsys("epoll_ctl", (uint64_t)ep, EPOLL_CTL_ADD, (uint64_t)ev,
                          (uint64_t)&in, 0, 0), 0);
    ck_assert_int_eq(gsys("epoll_pwait", (uint64_t)ep, (uint64_t)out, 3, 0, 0, 8), 1);
    ck_assert_uint_eq(out[0].events, EPOLLIN);
    ck_assert_uint_eq(out[0].pad, 0);
    ck_assert_uint_eq(out[0].data, 0x1122334455667788ull);
    ck_assert_uint_eq(out[1].events, 0xeeeeeeeeu);  /* nothing past one event */
    close(ep);
    close(ev);
}
END_TEST

/* -- memory -- */

static uint64_t free_area(size_t len)
{
    void *p = mmap(NULL, len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    ck_assert_ptr_ne(p, MAP_FAILED);
    munmap(p, len);
    return (uint64_t)p;
}

START_TEST(brk_grows_shrinks_and_fails_like_linux)
{
    uint64_t start = free_area(1 << 20) + 0x10;     /* unaligned, as a loader may */

    syscall_init(start, 0, 0);
    ck_assert_uint_eq((uint64_t)gsys("brk", 0, 0, 0, 0, 0, 0), start);
    ck_assert_uint_eq((uint64_t)gsys("brk", start + 10000, 0, 0, 0, 0, 0), start + 10000);
    /* mapped and writable (the page of the initial break is the loader's) */
    memset((void *)ALIGN_UP(start, 4096), 1, start + 10000 - ALIGN_UP(start, 4096));
    ck_assert_uint_eq((uint64_t)gsys("brk", start + 100, 0, 0, 0, 0, 0), start + 100);
    ck_assert_uint_eq((uint64_t)gsys("brk", start - 4096, 0, 0, 0, 0, 0), start + 100);
    /* Growing into something already mapped fails: the break stays. */
    void *block = mmap((void *)ALIGN_UP(start + 100, 4096) + 8192, 4096, PROT_READ,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
    ck_assert_ptr_ne(block, MAP_FAILED);
    ck_assert_uint_eq((uint64_t)gsys("brk", start + 65536, 0, 0, 0, 0, 0), start + 100);
    munmap(block, 4096);
    gsys("brk", start, 0, 0, 0, 0, 0);
}
END_TEST

START_TEST(guest_cannot_map_over_ferry_memory)
{
    size_t len = 16 * 4096;
    void *mine = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    uint64_t a = (uint64_t)mine;

    mm_reserve_host(mine, len, "test buffer");
    ck_assert_int_eq(gsys("mmap", a + 4096, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
                          (uint64_t)-1, 0), -ENOMEM);
    ck_assert_int_eq(gsys("mmap", a, 4096, PROT_READ,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, (uint64_t)-1, 0), -EEXIST);
    ck_assert_int_eq(gsys("munmap", a, len, 0, 0, 0, 0), -EINVAL);
    ck_assert_int_eq(gsys("mprotect", a, 4096, PROT_NONE, 0, 0, 0), -ENOMEM);
    ck_assert_int_eq(gsys("mremap", a, 4096, 8192, MREMAP_MAYMOVE, 0, 0), -EINVAL);
    ((char *)mine)[0] = 1;      /* still ours and writable */
    mm_release_host(mine, len);
    ck_assert_int_eq(gsys("munmap", a, len, 0, 0, 0, 0), 0);
}
END_TEST

START_TEST(mmap_drops_arm64_prot_bti_and_hint_above_47_bits)
{
    long r = gsys("mmap", 0, 4096, PROT_READ | A64_PROT_BTI, MAP_PRIVATE | MAP_ANONYMOUS,
                  (uint64_t)-1, 0);
    ck_assert_int_gt(r, 0);
    ck_assert_int_eq(gsys("mprotect", (uint64_t)r, 4096, PROT_READ | PROT_EXEC | A64_PROT_BTI,
                          0, 0, 0), 0);
    ck_assert_int_eq(gsys("munmap", (uint64_t)r, 4096, 0, 0, 0, 0), 0);
    r = gsys("mmap", 1ull << 50, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, (uint64_t)-1, 0);
    ck_assert_int_gt(r, 0);
    ck_assert_uint_lt((uint64_t)r, MM_GUEST_LIMIT);
    ck_assert_int_eq(gsys("mmap", 1ull << 50, 4096, PROT_READ,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, (uint64_t)-1, 0), -ENOMEM);
}
END_TEST

/* -- /proc and identity -- */

START_TEST(proc_self_exe_names_the_guest_program)
{
    char buf[64];
    long n;

    syscall_opts.exe_path = "/opt/guest/bin/prog";
    n = gsys("readlinkat", (uint64_t)AT_FDCWD, (uint64_t)"/proc/self/exe", (uint64_t)buf,
             sizeof buf, 0, 0);
    ck_assert_int_eq(n, (long)strlen("/opt/guest/bin/prog"));
    ck_assert(memcmp(buf, "/opt/guest/bin/prog", (size_t)n) == 0);
    n = gsys("readlinkat", (uint64_t)AT_FDCWD, (uint64_t)"/proc/self/exe", (uint64_t)buf, 4, 0, 0);
    ck_assert_int_eq(n, 4);     /* truncated, as readlink(2) */
    snprintf(buf, sizeof buf, "/proc/%d/exe", getpid());
    char out[64];
    n = gsys("readlinkat", (uint64_t)AT_FDCWD, (uint64_t)buf, (uint64_t)out, sizeof out, 0, 0);
    ck_assert_int_eq(n, (long)strlen("/opt/guest/bin/prog"));
    syscall_opts.exe_path = NULL;
}
END_TEST

static size_t read_all(int fd, char *buf, size_t len)
{
    size_t n = 0;
    ssize_t r;

    while (n + 1 < len && (r = read(fd, buf + n, len - 1 - n)) > 0)
        n += (size_t)r;
    buf[n] = 0;
    return n;
}

START_TEST(proc_cpuinfo_and_cmdline_show_the_guest_view)
{
    static char buf[65536];
    char *const argv[] = { "prog", "-x", "arg two", NULL };
    long fd = gsys("openat", (uint64_t)AT_FDCWD, (uint64_t)"/proc/cpuinfo", O_RDONLY, 0, 0, 0);

    ck_assert_int_ge(fd, 0);
    read_all((int)fd, buf, sizeof buf);
    close((int)fd);
    ck_assert_ptr_nonnull(strstr(buf, "CPU architecture: 8"));
    ck_assert_ptr_nonnull(strstr(buf, "Features\t: fp asimd"));
    ck_assert_ptr_null(strstr(buf, "GenuineIntel"));

    syscall_set_cmdline(3, argv);
    fd = gsys("openat", (uint64_t)AT_FDCWD, (uint64_t)"/proc/self/cmdline", O_RDONLY, 0, 0, 0);
    ck_assert_int_ge(fd, 0);
    ck_assert_uint_eq(read_all((int)fd, buf, sizeof buf), 16);
    ck_assert(memcmp(buf, "prog\0-x\0arg two\0", 16) == 0);
    close((int)fd);
    ck_assert_int_eq(gsys("openat", (uint64_t)AT_FDCWD, (uint64_t)"/proc/self/cmdline",
                          O_WRONLY, 0, 0, 0), -EACCES);
}
END_TEST

START_TEST(uname_says_aarch64)
{
    struct { char f[6][65]; } u;     /* struct new_utsname */
    ck_assert_int_eq(gsys("uname", (uint64_t)&u, 0, 0, 0, 0, 0), 0);
    ck_assert_str_eq(u.f[4], "aarch64");
    ck_assert_str_eq(u.f[0], "Linux");
}
END_TEST

/* -- signals -- */

START_TEST(sigaction_ign_is_mirrored_to_the_host)
{
    struct a64_sigaction act = { .handler = GUEST_SIG_IGN }, old;
    struct sigaction host;

    ck_assert_int_eq(gsys("rt_sigaction", SIGPIPE, (uint64_t)&act, 0, 8, 0, 0), 0);
    sigaction(SIGPIPE, NULL, &host);
    ck_assert_ptr_eq(host.sa_handler, SIG_IGN);
    act.handler = GUEST_SIG_DFL;
    ck_assert_int_eq(gsys("rt_sigaction", SIGPIPE, (uint64_t)&act, (uint64_t)&old, 8, 0, 0), 0);
    ck_assert_uint_eq(old.handler, GUEST_SIG_IGN);
    sigaction(SIGPIPE, NULL, &host);
    ck_assert_ptr_eq(host.sa_handler, SIG_DFL);
    ck_assert_int_eq(gsys("rt_sigaction", SIGKILL, (uint64_t)&act, 0, 8, 0, 0), -EINVAL);
    ck_assert_int_eq(gsys("rt_sigaction", SIGPIPE, (uint64_t)&act, 0, 16, 0, 0), -EINVAL);
}
END_TEST

START_TEST(kill_self_respects_guest_disposition)
{
    struct a64_sigaction act = { .handler = 0x400123 };     /* a guest handler */

    /* The host would die of SIGUSR1 (default): ferry must not send it
     * while the guest expects its handler, which cannot run yet. */
    ck_assert_int_eq(gsys("rt_sigaction", SIGUSR1, (uint64_t)&act, 0, 8, 0, 0), 0);
    ck_assert_int_eq(gsys("kill", (uint64_t)getpid(), SIGUSR1, 0, 0, 0, 0), 0);
    ck_assert_int_eq(gsys("tgkill", (uint64_t)getpid(), (uint64_t)gettid(), SIGUSR1, 0, 0, 0), 0);
    act.handler = GUEST_SIG_DFL;
    gsys("rt_sigaction", SIGUSR1, (uint64_t)&act, 0, 8, 0, 0);
    ck_assert_int_eq(gsys("kill", 999999999, 0, 0, 0, 0, 0), -ESRCH);
}
END_TEST

START_TEST(sigprocmask_records_and_mirrors_except_faults)
{
    uint64_t set = (1ull << (SIGUSR2 - 1)) | (1ull << (SIGSEGV - 1)) | (1ull << (SIGKILL - 1));
    uint64_t old = 0;
    sigset_t host;

    ck_assert_int_eq(gsys("rt_sigprocmask", SIG_SETMASK, (uint64_t)&set, 0, 8, 0, 0), 0);
    ck_assert_int_eq(gsys("rt_sigprocmask", SIG_BLOCK, 0, (uint64_t)&old, 8, 0, 0), 0);
    ck_assert_uint_eq(old, set & ~(1ull << (SIGKILL - 1)));
    sigprocmask(SIG_SETMASK, NULL, &host);
    ck_assert(sigismember(&host, SIGUSR2));
    ck_assert(!sigismember(&host, SIGSEGV));
    set = 0;
    gsys("rt_sigprocmask", SIG_SETMASK, (uint64_t)&set, 0, 8, 0, 0);
}
END_TEST

/* A guest SIGSEGV ends the process by SIGSEGV, without a core file. */
START_TEST(guest_fault_terminates_by_the_signal)
{
    pid_t p = fork();
    int st;

    if (p == 0) {
        signal_init();
        volatile int *bad = (volatile int *)(uintptr_t)strtoul("8", NULL, 0);
        *bad = 1;
        _exit(0);
    }
    waitpid(p, &st, 0);
    ck_assert(WIFSIGNALED(st));
    ck_assert_int_eq(WTERMSIG(st), SIGSEGV);
    ck_assert(!WCOREDUMP(st));
}
END_TEST

/* -- clone -- */

START_TEST(clone_forks_as_glibc_fork_does)
{
    int child_tid = 0;
    int st;
    long pid = gsys("clone", CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID | SIGCHLD, 0, 0, 0,
                    (uint64_t)&child_tid, 0);

    if (pid == 0)
        _exit(child_tid == getpid() ? 42 : 1);
    ck_assert_int_gt(pid, 0);
    ck_assert_int_eq(waitpid((pid_t)pid, &st, 0), pid);
    ck_assert(WIFEXITED(st));
    ck_assert_int_eq(WEXITSTATUS(st), 42);
}
END_TEST

/* vfork (CLONE_VM|CLONE_VFORK) runs the guest in the child on ferry's
 * exec loop (syscall/thread_life.c), which needs a real guest: the
 * parent's wait and the shared memory are checked by
 * tests/guest/aarch64/spawn_vfork.c. */

/* Threads themselves are run by tests/guest (thread_*.c): here, the
 * combinations Linux refuses, and a thread sharing less than a host
 * thread, which ferry cannot make (-EINVAL, not a wrong thread). */
START_TEST(clone_refuses_bad_flags_and_threads_sharing_less)
{
    ck_assert_int_eq(gsys("clone", CLONE_VM | CLONE_THREAD, 0, 0, 0, 0, 0), -EINVAL);
    ck_assert_int_eq(gsys("clone", CLONE_SIGHAND | SIGCHLD, 0, 0, 0, 0, 0), -EINVAL);
    ck_assert_int_eq(gsys("clone", CLONE_VM | CLONE_SIGHAND | CLONE_THREAD, 0, 0, 0, 0, 0),
                     -EINVAL);
    ck_assert_int_eq(gsys("clone3", 0, 32, 0, 0, 0, 0), -EINVAL);      /* size < VER0 */
    ck_assert_int_eq(gsys("clone3", 0, 8192, 0, 0, 0, 0), -E2BIG);     /* > a page */
}
END_TEST

/* -- execve: a stand-in "ferry" (/bin/echo) shows the argv ferry builds -- */

static void write_file(const char *path, const void *data, size_t len, mode_t mode)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
    close(fd);
}

/* A file that starts as an arm64 ELF does (enough for the check). */
static void write_guest_elf(const char *path)
{
    unsigned char h[64] = { 0x7f, 'E', 'L', 'F', 2, 1, 1 };
    h[16] = 2;              /* ET_EXEC */
    h[18] = EM_AARCH64;     /* e_machine, little-endian */
    write_file(path, h, sizeof h, 0755);
}

/* Run execve(path, argv) through ferry in a child; its stdout. */
static void exec_output(const char *path, char *const argv[], char *out, size_t len)
{
    static char *const envp[] = { "X=1", NULL };
    static char *const opts[] = { "-strace", NULL };
    int p[2], st;
    pid_t pid;

    ck_assert_int_eq(pipe(p), 0);
    pid = fork();
    if (pid == 0) {
        dup2(p[1], 1);
        syscall_opts.ferry_path = "/bin/echo";
        syscall_opts.ferry_argv = opts;
        syscall_opts.exe_path = "/tmp/ferry-test-guest";
        long r = gsys("execve", (uint64_t)path, (uint64_t)argv, (uint64_t)envp, 0, 0, 0);
        printf("failed %ld\n", r);
        fflush(stdout);
        _exit(1);
    }
    close(p[1]);
    size_t n = read_all(p[0], out, len);
    close(p[0]);
    waitpid(pid, &st, 0);
    if (n && out[n - 1] == '\n')
        out[n - 1] = 0;
}

START_TEST(execve_of_a_guest_elf_goes_back_through_ferry)
{
    char *const argv[] = { "myname", "a", "b c", NULL };
    char out[512];

    write_guest_elf("/tmp/ferry-test-guest");
    exec_output("/tmp/ferry-test-guest", argv, out, sizeof out);
    ck_assert_str_eq(out, "-strace -0 myname /tmp/ferry-test-guest a b c");
    /* /proc/self/exe is the guest program; argv[0] is kept (busybox) */
    char *const sh[] = { "sh", "-c", "x", NULL };
    exec_output("/proc/self/exe", sh, out, sizeof out);
    ck_assert_str_eq(out, "-strace -0 sh /tmp/ferry-test-guest -c x");
    unlink("/tmp/ferry-test-guest");
}
END_TEST

START_TEST(execve_of_a_script_for_a_guest_interpreter)
{
    const char *script = "#!/tmp/ferry-test-interp  -e  \necho hi\n";
    char *const argv[] = { "script", "arg", NULL };
    char out[512];

    write_guest_elf("/tmp/ferry-test-interp");
    write_file("/tmp/ferry-test-script", script, strlen(script), 0755);
    exec_output("/tmp/ferry-test-script", argv, out, sizeof out);
    ck_assert_str_eq(out, "-strace /tmp/ferry-test-interp -e /tmp/ferry-test-script arg");
    unlink("/tmp/ferry-test-interp");
    unlink("/tmp/ferry-test-script");
}
END_TEST

START_TEST(execve_of_a_host_program_runs_it_natively)
{
    char *const argv[] = { "echo", "native", NULL };
    char out[512];

    exec_output("/bin/echo", argv, out, sizeof out);
    ck_assert_str_eq(out, "native");
    exec_output("/nonexistent/prog", argv, out, sizeof out);
    ck_assert_str_eq(out, "failed -2");     /* -ENOENT from the host */
}
END_TEST

/* -- ferry's own descriptors, and what -d unimp / -strace print -- */

START_TEST(reserved_host_fds_look_closed_to_the_guest)
{
    int mine = open("/dev/null", O_WRONLY), other = open("/dev/null", O_RDONLY);

    ck_assert_int_gt(other, mine);
    hostfd_reserve(mine);
    ck_assert_int_eq(gsys("close", (uint64_t)mine, 0, 0, 0, 0, 0), -EBADF);
    ck_assert_int_eq(gsys("dup3", 0, (uint64_t)mine, 0, 0, 0, 0), -EBADF);
    ck_assert_int_eq(gsys("close_range", (uint64_t)mine, ~0u, 0, 0, 0, 0), 0);
    ck_assert_int_ge(fcntl(mine, F_GETFD), 0);      /* still ferry's */
    ck_assert_int_eq(fcntl(other, F_GETFD), -1);    /* the guest's: closed */
    hostfd_release(mine);
    ck_assert_int_eq(gsys("close", (uint64_t)mine, 0, 0, 0, 0, 0), 0);
}
END_TEST

START_TEST(unimp_and_strace_lines_go_to_the_log)
{
    char path[] = "/tmp/ferry-test-log-XXXXXX", want[128];
    static char buf[4096];
    int fd = mkstemp(path);

    ck_assert(log_set_file(path));
    log_mask = 1u << LOG_UNIMP;
    ck_assert_int_eq(gsys("mount", 0, 0, 0, 0, 0, 0), -ENOSYS);
    ck_assert_int_eq(gsys("ioctl", 0, 0xdeadbeef, 0, 0, 0, 0), -ENOTTY);
    log_mask = 0;
    syscall_opts.strace = true;
    gsys("close", (uint64_t)-1, 0, 0, 0, 0, 0);
    syscall_opts.strace = false;
    log_flush();
    read_all(fd, buf, sizeof buf);
    ck_assert_ptr_nonnull(strstr(buf, "ferry: unimplemented syscall 40 (mount) at pc 0x400000\n"));
    ck_assert_ptr_nonnull(strstr(buf, "ferry: unimplemented ioctl 0xdeadbeef on fd 0 at pc 0x400000\n"));
    snprintf(want, sizeof want, "%d close(-1) = -1 EBADF (Bad file descriptor)\n", getpid());
    ck_assert_ptr_nonnull(strstr(buf, want));
    close(fd);
    unlink(path);
}
END_TEST

START_TEST(bad_guest_pointers_give_efault_not_a_crash)
{
    struct a64_sigaction *unmapped = (struct a64_sigaction *)8;

    signal_init();
    ck_assert_int_eq(gsys("fstat", 0, 8, 0, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(gsys("newfstatat", (uint64_t)AT_FDCWD, (uint64_t)"/", 8, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(gsys("newfstatat", (uint64_t)AT_FDCWD, 8, 16, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(gsys("uname", 8, 0, 0, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(gsys("rt_sigaction", SIGUSR1, (uint64_t)unmapped, 0, 8, 0, 0), -EFAULT);
    ck_assert_int_eq(gsys("openat", (uint64_t)AT_FDCWD, 8, O_RDONLY, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(gsys("execve", 8, 0, 0, 0, 0, 0), -EFAULT);
    ck_assert_int_eq(gsys("execve", (uint64_t)"/bin/true", 8, 0, 0, 0, 0), -EFAULT);
}
END_TEST

/* -- the ABI transcription against the cross compiler's headers -- */

static void probe_line(FILE *f, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void probe_line(FILE *f, const char *fmt, ...)
{
    va_list ap;
    fprintf(f, "_Static_assert(");
    va_start(ap, fmt);
    vfprintf(f, fmt, ap);
    va_end(ap);
    fprintf(f, ", \"mismatch\");\n");
}

#define OFF(field) probe_line(f, "offsetof(struct stat, " #field ") == %zu", \
                              offsetof(struct a64_stat, field))

static void write_probe(FILE *f)
{
    fprintf(f, "#include <stddef.h>\n#include <asm/fcntl.h>\n#include <asm/statfs.h>\n"
               "#include <asm/termbits.h>\n#include <asm/ioctls.h>\n#include <asm/signal.h>\n"
               "#include <asm/errno.h>\n#include <linux/eventpoll.h>\n#include <linux/utsname.h>\n");
    /* The same on both: ferry passes these through. */
    probe_line(f, "sizeof(struct flock) == %zu && offsetof(struct flock, l_pid) == 24", (size_t)32);
    probe_line(f, "sizeof(struct statfs) == 120 && offsetof(struct statfs, f_frsize) == 72");
    probe_line(f, "sizeof(struct termios) == 36 && NCCS == 19");
    probe_line(f, "sizeof(struct new_utsname) == 390");
    probe_line(f, "sizeof(struct sigaction) == 32 && offsetof(struct sigaction, sa_mask) == 24");
    probe_line(f, "SA_RESTORER == 0x04000000 && SA_SIGINFO == 4 && SA_ONSTACK == 0x08000000");
    probe_line(f, "TCGETS == %#x && TIOCGWINSZ == %#x && FIONREAD == %#x && FIONBIO == %#x",
               TCGETS, TIOCGWINSZ, FIONREAD, FIONBIO);
    for (int s = 1; s < 32; s++)
        probe_line(f, "%s == %d", signal_name(s), s);
    for (int e = 1; e < 134; e++)
        if (errno_name(e))
            probe_line(f, "%s == %d", errno_name(e), e);
    fprintf(f, "#ifdef __aarch64__\n#include <asm/stat.h>\n");
    probe_line(f, "sizeof(struct stat) == %zu", sizeof(struct a64_stat));
    OFF(st_ino); OFF(st_mode); OFF(st_nlink); OFF(st_uid); OFF(st_gid); OFF(st_rdev);
    OFF(st_size); OFF(st_blksize); OFF(st_blocks);
    probe_line(f, "offsetof(struct stat, st_atime) == %zu", offsetof(struct a64_stat, st_atime_sec));
    probe_line(f, "offsetof(struct stat, st_mtime_nsec) == %zu", offsetof(struct a64_stat, st_mtime_nsec));
    probe_line(f, "offsetof(struct stat, st_ctime) == %zu", offsetof(struct a64_stat, st_ctime_sec));
    probe_line(f, "sizeof(struct epoll_event) == %zu", sizeof(struct a64_epoll_event));
    probe_line(f, "O_DIRECTORY == %#o && O_NOFOLLOW == %#o && O_DIRECT == %#o && O_LARGEFILE == %#o",
               A64_O_DIRECTORY, A64_O_NOFOLLOW, A64_O_DIRECT, A64_O_LARGEFILE);
    fprintf(f, "#else\n");
    probe_line(f, "sizeof(struct epoll_event) == 12");
    probe_line(f, "O_DIRECTORY == %#o && O_NOFOLLOW == %#o && O_DIRECT == %#o && O_LARGEFILE == %#o",
               abi_open_flags_to_host(&a64_syscall_abi, A64_O_DIRECTORY),
               abi_open_flags_to_host(&a64_syscall_abi, A64_O_NOFOLLOW),
               abi_open_flags_to_host(&a64_syscall_abi, A64_O_DIRECT),
               abi_open_flags_to_host(&a64_syscall_abi, A64_O_LARGEFILE));
    fprintf(f, "#endif\n");
}

static int compile_probe(const char *cc, const char *path)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s -std=gnu11 -fsyntax-only %s", cc, path);
    return system(cmd);
}

START_TEST(abi_matches_the_cross_compilers_kernel_headers)
{
    const char *cc = getenv("AARCH64_CC");
    char path[] = "/tmp/ferry-abi-probe-XXXXXX.c";
    int fd = mkstemps(path, 2);
    FILE *f = fdopen(fd, "w");

    write_probe(f);
    fclose(f);
    ck_assert_msg(compile_probe("cc", path) == 0, "host headers disagree (%s)", path);
    if (!cc || !*cc)
        cc = "aarch64-linux-gnu-gcc";
    if (system("command -v aarch64-linux-gnu-gcc >/dev/null 2>&1") != 0 &&
        strcmp(cc, "aarch64-linux-gnu-gcc") == 0) {
        fprintf(stderr, "test_syscall: no aarch64 cross compiler: arm64 header check skipped\n");
    } else {
        ck_assert_msg(compile_probe(cc, path) == 0, "arm64 headers disagree (%s)", path);
    }
    unlink(path);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("syscall");
    TCase *tc = tcase_create("syscall");
    SRunner *sr;
    int failed;

    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, guest_openat_56_is_host_openat_257);
    tcase_add_test(tc, unassigned_guest_numbers_have_no_name);
    tcase_add_test(tc, every_table_name_is_a_guest_syscall_and_pass_ones_a_host_one);
    tcase_add_test(tc, unknown_syscall_is_enosys);
    tcase_add_test(tc, fstat_writes_the_arm64_layout);
    tcase_add_test(tc, open_flags_convert_both_ways);
    tcase_add_test(tc, openat_converts_guest_o_directory);
    tcase_add_test(tc, unknown_ioctl_is_enotty_known_one_passes);
    tcase_add_test(tc, epoll_events_are_16_bytes_for_the_guest);
    tcase_add_test(tc, brk_grows_shrinks_and_fails_like_linux);
    tcase_add_test(tc, guest_cannot_map_over_ferry_memory);
    tcase_add_test(tc, mmap_drops_arm64_prot_bti_and_hint_above_47_bits);
    tcase_add_test(tc, proc_self_exe_names_the_guest_program);
    tcase_add_test(tc, proc_cpuinfo_and_cmdline_show_the_guest_view);
    tcase_add_test(tc, uname_says_aarch64);
    tcase_add_test(tc, sigaction_ign_is_mirrored_to_the_host);
    tcase_add_test(tc, kill_self_respects_guest_disposition);
    tcase_add_test(tc, sigprocmask_records_and_mirrors_except_faults);
    tcase_add_test(tc, guest_fault_terminates_by_the_signal);
    tcase_add_test(tc, clone_forks_as_glibc_fork_does);
    tcase_add_test(tc, clone_refuses_bad_flags_and_threads_sharing_less);
    tcase_add_test(tc, execve_of_a_guest_elf_goes_back_through_ferry);
    tcase_add_test(tc, execve_of_a_script_for_a_guest_interpreter);
    tcase_add_test(tc, execve_of_a_host_program_runs_it_natively);
    tcase_add_test(tc, reserved_host_fds_look_closed_to_the_guest);
    tcase_add_test(tc, unimp_and_strace_lines_go_to_the_log);
    tcase_add_test(tc, bad_guest_pointers_give_efault_not_a_crash);
    tcase_add_test(tc, abi_matches_the_cross_compilers_kernel_headers);
    suite_add_tcase(s, tc);
    sr = srunner_create(s);
    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
