/*
 * exec.c - execve and execveat.
 *
 * What the file is decides how it runs (DESIGN.md: execve):
 *   - an ELF for this guest: ferry again, with the same options, even
 *     when binfmt_misc is not set up:
 *       ferry_path <ferry_argv...> -0 <argv[0]> <path> <argv[1]...>
 *   - a "#!" script whose interpreter is a guest ELF: ferry runs the
 *     interpreter as the kernel would (interp [optarg] path argv[1]...)
 *   - anything else (a host ELF, a script for a host interpreter): the
 *     host execve, natively.
 * "/proc/self/exe" means the guest program (busybox re-executes itself
 * that way, keeping argv[0]).
 *
 * An absolute path (the program's, and a script's interpreter) is looked
 * up in the sysroot first (loader/sysroot.h), as open is.  ferry is given
 * the guest's path, not the host's: it looks the path up the same way
 * (the -L option is among ferry_argv), so AT_EXECFN and /proc/self/exe
 * show the name the guest used.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "internal.h"
#include "sysroot.h"

#define HEAD_SIZE 256   /* the kernel's BINPRM_BUF_SIZE */

/* The first bytes of path; 0 or -errno. */
static long read_head(const char *path, char *buf, size_t *len)
{
    long fd = host_syscall(SYS_openat, AT_FDCWD, (long)path, O_RDONLY | O_CLOEXEC, 0, 0, 0);
    long n;

    if (host_is_error(fd))
        return fd;
    n = host_syscall(SYS_read, fd, (long)buf, HEAD_SIZE - 1, 0, 0, 0);
    host_syscall(SYS_close, fd, 0, 0, 0, 0, 0);
    if (host_is_error(n))
        return n;
    buf[n] = 0;
    *len = (size_t)n;
    return 0;
}

static bool is_guest_elf(const struct ferry_thread *t, const char *head, size_t len)
{
    uint16_t machine;

    if (len < 20 || memcmp(head, "\177ELF", 4) != 0)
        return false;
    memcpy(&machine, head + 18, 2);     /* e_machine, little-endian guests */
    return machine == t->arch->e_machine;
}

static size_t count(char *const *v)
{
    size_t n = 0;

    while (v && v[n])
        n++;
    return n;
}

/* The guest's argv/envp pointer array copied out (NULL-terminated, to
 * free()); a NULL array becomes an empty one, as Linux treats it. */
static long copy_vec(uint64_t gaddr, char ***out)
{
    size_t n = 0, cap = 16;
    char **v = malloc(cap * sizeof *v);
    uint64_t p = 0;

    while (v) {
        if (gaddr && sc_get(&p, gaddr + 8 * n, 8)) {
            free(v);
            return -EFAULT;
        }
        v[n] = gaddr ? (char *)p : NULL;
        if (!v[n]) {
            *out = v;
            return 0;
        }
        if (++n == cap) {
            char **bigger = realloc(v, (cap *= 2) * sizeof *v);
            if (!bigger)
                free(v);
            v = bigger;
        }
    }
    return -ENOMEM;
}

/* ferry_path ferry_argv... [-0 argv0] file args... (args NULL-terminated) */
static long exec_ferry(const char *argv0, const char *file, char *const *args,
                       char *const *envp)
{
    size_t nopt = count(syscall_opts.ferry_argv), nargs = count(args), i = 0;
    char **v;
    long r;

    if (!syscall_opts.ferry_path)
        return -ENOEXEC;
    v = calloc(nopt + nargs + 6, sizeof *v);
    if (!v)
        return -ENOMEM;
    v[i++] = (char *)syscall_opts.ferry_path;
    for (size_t k = 0; k < nopt; k++)
        v[i++] = syscall_opts.ferry_argv[k];
    if (argv0) {
        v[i++] = "-0";
        v[i++] = (char *)argv0;
    }
    v[i++] = (char *)file;
    for (size_t k = 0; k < nargs; k++)
        v[i++] = args[k];
    log_flush();
    r = host_syscall(SYS_execve, (long)syscall_opts.ferry_path, (long)v, (long)envp, 0, 0, 0);
    free(v);
    return r;
}

/* "#!interp [arg]" -> interp and arg (in place in head); false if not a script. */
static bool parse_shebang(char *head, char **interp, char **arg)
{
    char *p = head + 2, *end;

    if (head[0] != '#' || head[1] != '!')
        return false;
    end = strchr(p, '\n');
    if (!end)
        return false;
    *end = 0;
    while (*p == ' ' || *p == '\t')
        p++;
    *interp = p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    *arg = NULL;
    if (*p) {
        *p++ = 0;
        while (*p == ' ' || *p == '\t')
            p++;
        /* The kernel keeps the rest as one argument, minus trailing blanks. */
        for (char *q = p + strlen(p); q > p && (q[-1] == ' ' || q[-1] == '\t'); )
            *--q = 0;
        *arg = *p ? p : NULL;
    }
    return **interp != 0;
}

/* path: the script as the guest named it; host: its file on the host. */
static long exec_script(struct sc_call *c, const char *path, const char *host,
                        char *head, char *const *argv, char *const *envp)
{
    char ihead[HEAD_SIZE], ibuf[SC_PATH_MAX], *interp, *arg, **args;
    size_t ilen, nargv = count(argv), i = 0;
    long r;

    if (!parse_shebang(head, &interp, &arg) ||
        read_head(sysroot_path(interp, ibuf, sizeof ibuf), ihead, &ilen) != 0 ||
        !is_guest_elf(c->t, ihead, ilen))
        return host_syscall(SYS_execve, (long)host, (long)argv, (long)envp, 0, 0, 0);
    args = calloc(nargv + 3, sizeof *args);
    if (!args)
        return -ENOMEM;
    if (arg)
        args[i++] = arg;
    args[i++] = (char *)path;
    for (size_t k = 1; k < nargv; k++)
        args[i++] = argv[k];
    r = exec_ferry(NULL, interp, args, envp);
    free(args);
    return r;
}

static long do_exec(struct sc_call *c, const char *path, char *const *argv,
                    char *const *envp)
{
    const char *exe = proc_exe_path(AT_FDCWD, path);
    char head[HEAD_SIZE], hbuf[SC_PATH_MAX];
    const char *host;
    struct stat st;
    size_t len;

    if (exe)
        path = exe;
    host = sysroot_path(path, hbuf, sizeof hbuf);
    /* Unreadable or odd files: let the host give the kernel's answer. */
    if (read_head(host, head, &len) != 0 || len < 4)
        return host_syscall(SYS_execve, (long)host, (long)argv, (long)envp, 0, 0, 0);
    if (is_guest_elf(c->t, head, len)) {
        if (stat(host, &st) != 0 || !S_ISREG(st.st_mode))
            return -EACCES;
        if (host_syscall(SYS_faccessat, AT_FDCWD, (long)host, X_OK, 0, 0, 0) != 0)
            return -EACCES;
        return exec_ferry(argv && argv[0] ? argv[0] : "", path,
                          argv && argv[0] ? argv + 1 : argv, envp);
    }
    if (head[0] == '#' && head[1] == '!')
        return exec_script(c, path, host, head, argv, envp);
    return host_syscall(SYS_execve, (long)host, (long)argv, (long)envp, 0, 0, 0);
}

/* Copies the guest's vectors so that a bad pointer is -EFAULT; the
 * strings they point to are checked by the host's execve. */
static long exec_copied(struct sc_call *c, const char *path, uint64_t gargv, uint64_t genvp)
{
    char **argv = NULL, **envp = NULL;
    long r = copy_vec(gargv, &argv) ?: copy_vec(genvp, &envp);

    if (r == 0)
        r = do_exec(c, path, argv, envp);
    free(argv);
    free(envp);
    return r;
}

long sys_execve(struct sc_call *c)
{
    char buf[SC_PATH_MAX];
    const char *path = sc_path(c->a[0], buf);

    if (!path)
        return -EFAULT;    /* NULL, unmapped or longer than PATH_MAX */
    return exec_copied(c, path, c->a[1], c->a[2]);
}

long sys_execveat(struct sc_call *c)
{
    int dirfd = (int)c->a[0];
    char pbuf[SC_PATH_MAX], buf[SC_PATH_MAX + 32];
    const char *path = sc_path(c->a[1], pbuf);

    if (c->a[4] & ~(uint64_t)(AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW))
        return -EINVAL;
    if (!path)
        return -EFAULT;
    if (path[0] == 0 && (c->a[4] & AT_EMPTY_PATH))
        snprintf(buf, sizeof buf, "/proc/self/fd/%d", dirfd);   /* fexecve */
    else if (path[0] != '/' && dirfd != AT_FDCWD)
        snprintf(buf, sizeof buf, "/proc/self/fd/%d/%s", dirfd, path);
    else
        snprintf(buf, sizeof buf, "%s", path);
    return exec_copied(c, buf, c->a[2], c->a[3]);
}
