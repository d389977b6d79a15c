/*
 * dispatch.c - the entry from the exec loop: read the guest's syscall
 * number and arguments, run the handler, write the result back.
 *
 * This is the single conversion point of DESIGN.md "Syscalls": handlers
 * return a guest value or -errno and never touch guest registers; the
 * value goes to the guest's result register here (unless the handler
 * returns SC_RET_NONE).  Unknown numbers and names without a handler
 * give -ENOSYS and one line under `-d unimp`.
 *
 *     case EXIT_SYSCALL: syscall_dispatch(t); break;
 */
#include <errno.h>
#include <string.h>
#include <sys/prctl.h>
#include "internal.h"
#include "safe_syscall.h"

struct syscall_options syscall_opts;
void (*syscall_exit_hook)(int status);

void syscall_init(gaddr_t brk, gaddr_t stack_base, gaddr_t stack_top)
{
    const char *exe = syscall_opts.exe_path;
    const char *slash = exe ? strrchr(exe, '/') : NULL;

    (void)stack_base;   /* the guest stack is guest memory, not ferry's */
    (void)stack_top;
    mm_init_brk(brk);
    /* The kernel names a process after the file it executed (comm, as
     * ps and /proc/self/status show it), not after ferry. */
    if (exe)
        prctl(PR_SET_NAME, (unsigned long)(slash ? slash + 1 : exe), 0, 0, 0);
}

uint64_t sc_pc(const struct sc_call *c)
{
    return c->t->cpu->pc - c->abi->svc_insn_size;
}

/* Same-ABI syscall: the host call of the same name, same arguments.
 * Calls that may block go through safe_syscall (safe_syscall.h), so a
 * signal that comes just before the call starts still interrupts it. */
long sc_pass(struct sc_call *c)
{
    if (c->host_nr < 0)
        return -ENOSYS;
    if (safe_syscall_blocking(c->host_nr))
        return safe_syscall(c->host_nr, (long)c->a[0], (long)c->a[1], (long)c->a[2],
                            (long)c->a[3], (long)c->a[4], (long)c->a[5]);
    return host_syscall(c->host_nr, (long)c->a[0], (long)c->a[1], (long)c->a[2],
                        (long)c->a[3], (long)c->a[4], (long)c->a[5]);
}

static long unimplemented(struct sc_call *c)
{
    if (log_enabled(LOG_UNIMP))
        log_msg("%s: unimplemented syscall %ld (%s) at pc 0x%llx\n",
                ferry_progname, c->nr, c->e && c->e->name ? c->e->name : "?",
                (unsigned long long)sc_pc(c));
    return -ENOSYS;
}

static bool strace_on(void)
{
    return syscall_opts.strace || log_enabled(LOG_STRACE);
}

static bool is_noreturn(const struct sc_desc *d)
{
    const char *eq = strchr(d->fmt, '=');
    return eq && eq[1] == 'n';
}

long syscall_run(struct sc_call *c)
{
    const struct sc_entry *e = syscall_table_lookup(c->abi->seccomp_arch, c->nr);
    bool noret;
    long r;

    c->e = e;
    c->host_nr = e ? e->host_nr : -1;
    if (!e || !e->desc) {
        r = unimplemented(c);
        if (strace_on())
            strace_print(c, r);
        return r;
    }
    noret = is_noreturn(e->desc);
    if (noret && strace_on())
        strace_print_noreturn(c);
    r = e->desc->fn(c);
    if (strace_on() && !c->strace_done)
        strace_print(c, r);
    return r;
}

void syscall_dispatch(struct ferry_thread *t)
{
    const struct guest_arch *g = t->arch;
    struct sc_call c = { .t = t, .abi = syscall_abi_for(g) };
    long r;

    c.nr = g->syscall_nr(t->cpu);
    for (int i = 0; i < 6; i++)
        c.a[i] = g->syscall_arg(t->cpu, i);
    r = syscall_run(&c);
    if (r != SC_RET_NONE)
        g->syscall_ret(t->cpu, (uint64_t)r);
}
