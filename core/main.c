/*
 * main.c - ferry's start: parse the qemu-compatible command line, load the
 * guest program, build its stack, and hand the first guest thread to the
 * exec loop, which never returns (the guest's exit_group ends ferry).
 *
 *     ferry [options] program [args...]       (see man/ferry.1)
 *
 * Exit statuses of ferry itself: 127 program not found, 126 not a program
 * ferry can run, 125 internal error, 1 bad command line; otherwise the
 * guest's own status (or the signal that ended it).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "exec.h"
#include "ferry.h"
#include "guest_signal.h"
#include "hostfd.h"
#include "host_features.h"
#include "loader.h"
#include "options.h"
#include "syscall.h"
#include "sysroot.h"
#include "thread.h"

/* ./configure --with-sysroot=DIR: the sysroot when neither -L nor
 * QEMU_LD_PREFIX / FERRY_LD_PREFIX gives one ("" for none). */
#ifndef FERRY_DEFAULT_SYSROOT
#define FERRY_DEFAULT_SYSROOT ""
#endif

static struct ferry_thread main_thread;

static void check_host(void)
{
    host_features_init();
    const char *missing = host_features_missing_baseline();
    if (missing) {
        ferry_error("this host CPU lacks %s, which ferry needs (x86-64-v2)",
                    missing);
        exit(125);
    }
}

static void load_program(const char *path, struct load_info *li)
{
    char err[512];
    int r = loader_load(path, li, err, sizeof err);
    if (r == 0)
        return;
    ferry_error("%s", err);
    exit(r == -ENOENT ? 127 : 126);
}

static char *self_path(void)
{
    char buf[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        fatal("cannot read /proc/self/exe: %s", strerror(errno));
    buf[n] = 0;
    return strdup(buf);
}

static void *new_cpu(const struct guest_arch *arch)
{
    void *cpu = aligned_alloc(arch->cpu_align, ALIGN_UP(arch->cpu_size, arch->cpu_align));
    if (!cpu)
        fatal("out of memory for the guest CPU state");
    arch->cpu_init(cpu);
    return cpu;
}

static void setup_syscalls(const struct ferry_options *o, const char *path,
                           const struct load_info *li)
{
    char buf[SYSROOT_PATH_MAX];
    /* /proc/self/exe: the guest's name for a program found in the sysroot
     * (syscall/ looks it up there again), else the host's full path. */
    bool in_sysroot = sysroot_path(path, buf, sizeof buf) != path;
    char *abs = in_sysroot ? NULL : realpath(path, NULL);
    syscall_opts.strace = o->strace;
    syscall_opts.exe_path = abs ? abs : path;
    syscall_opts.ferry_path = self_path();
    syscall_opts.ferry_argv = options_reexec_argv(o, NULL);
    syscall_opts.sysroot = o->sysroot;
    syscall_uname_release = o->uname_release;
    syscall_init(li->brk, li->stack_base, li->stack_top);
    if (o->log_file)
        hostfd_reserve(fileno(log_stream()));
}

static void exit_stats(int status)
{
    (void)status;
    exec_print_stats();
    log_flush();
}

int main(int argc, char **argv)
{
    struct ferry_options opts;
    struct load_info li;

    ferry_progname = "ferry";
    int prog = options_parse(argc, argv, &opts);
    if (!options_apply(&opts))
        return 1;
    check_host();
    opts.sysroot = sysroot_init(opts.sysroot ? opts.sysroot : FERRY_DEFAULT_SYSROOT);
    const char *path = argv[prog];
    load_program(path, &li);

    char **guest_argv = &argv[prog];
    if (opts.argv0)
        guest_argv[0] = (char *)opts.argv0;
    char **guest_env = options_guest_env(&opts, environ);
    signal_init();
    exec_init();
    if (opts.one_insn_per_tb)
        exec_set_one_insn_per_tb();
    if (opts.have_seed)
        ferry_random_seed(opts.seed);
    if (opts.stack_size)
        loader_stack_size = ALIGN_UP(opts.stack_size, 4096);

    /* Before the first translation and the auxv's AT_HWCAP. */
    if (li.arch->set_cpu_model && !li.arch->set_cpu_model(opts.cpu_model)) {
        ferry_error("unknown CPU model '%s' (ferry -cpu help lists them)",
                    opts.cpu_model);
        return 1;
    }
    main_thread.arch = li.arch;
    main_thread.cpu = new_cpu(li.arch);
    main_thread.cpu->thread = &main_thread;
    main_thread.tid = (int)gettid();
    current_thread = &main_thread;
    thread_register(&main_thread);
    int r = loader_build_stack(&li, argc - prog, guest_argv, guest_env);
    if (r) {
        ferry_error("%s: cannot build the initial stack: %s", path, strerror(-r));
        return 126;
    }
    li.arch->cpu_set_entry(main_thread.cpu, li.entry, li.sp);
    setup_syscalls(&opts, path, &li);
    syscall_set_cmdline(argc - prog, guest_argv);
    if (log_enabled(LOG_STATS))
        syscall_exit_hook = exit_stats;
    exec_loop(&main_thread);
}
