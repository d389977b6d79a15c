/*
 * strace.c - `-strace`: one line per guest syscall in strace's format,
 * prefixed with the pid as qemu does:
 *
 *   12345 openat(AT_FDCWD, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3
 *   12345 read(3, "root:x:0:0:root:/root:/bin/bash\n"..., 4096) = 1024
 *   12345 openat(AT_FDCWD, "/nope", O_RDONLY) = -1 ENOENT (No such file or directory)
 *
 * The argument letters come from syscalls.def.  Guest memory is read
 * with process_vm_readv on ourselves, so a bad pointer prints as a hex
 * address instead of faulting ferry.  Lines are printed after the call
 * (so buffers the call fills can be shown), except for calls that do not
 * return (exit_group, execve), printed before with " = ?".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/uio.h>
#include <unistd.h>
#include "guest_signal.h"
#include "internal.h"

#define STR_MAX 32      /* strace's default -s 32 */
#define ARRAY_MAX 32    /* argv entries shown */

struct sbuf {
    char *p;
    size_t len, n;      /* capacity, length wanted so far */
};

static void sb_printf(struct sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
static void sb_printf(struct sbuf *b, const char *fmt, ...)
{
    va_list ap;
    size_t room = b->n < b->len ? b->len - b->n : 0;

    va_start(ap, fmt);
    int k = vsnprintf(room ? b->p + b->n : NULL, room, fmt, ap);
    va_end(ap);
    if (k > 0)
        b->n += (size_t)k;
}

/* Copy guest memory without faulting; returns the bytes copied. */
static size_t peek(void *dst, uint64_t addr, size_t n)
{
    struct iovec local = { dst, n }, remote = { (void *)addr, n };
    long r = host_syscall(SYS_process_vm_readv, host_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0),
                          (long)&local, 1, (long)&remote, 1, 0);

    if (r >= 0)
        return (size_t)r;
    /* A range crossing into an unmapped page: retry the first page only. */
    size_t first = 4096 - (addr & 4095);
    if (first < n)
        return peek(dst, addr, first);
    return 0;
}

static void put_escaped(struct sbuf *b, const unsigned char *s, size_t n)
{
    static const char esc[] = "\t\n\v\f\r";
    static const char name[] = "tnvfr";

    sb_printf(b, "\"");
    for (size_t i = 0; i < n; i++) {
        const char *e = s[i] ? strchr(esc, s[i]) : NULL;
        if (e)
            sb_printf(b, "\\%c", name[e - esc]);
        else if (s[i] == '"' || s[i] == '\\')
            sb_printf(b, "\\%c", s[i]);
        else if (s[i] >= 0x20 && s[i] < 0x7f)
            sb_printf(b, "%c", s[i]);
        else if (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '7')
            sb_printf(b, "\\%03o", s[i]);   /* keep the next digit apart */
        else
            sb_printf(b, "\\%o", s[i]);
    }
    sb_printf(b, "\"");
}

static void put_ptr(struct sbuf *b, uint64_t v)
{
    if (v)
        sb_printf(b, "0x%llx", (unsigned long long)v);
    else
        sb_printf(b, "NULL");
}

static void put_string(struct sbuf *b, uint64_t addr)
{
    unsigned char s[STR_MAX + 1];
    size_t got = addr ? peek(s, addr, sizeof s) : 0;
    size_t len = 0;

    if (!got) {
        put_ptr(b, addr);
        return;
    }
    while (len < got && s[len])
        len++;
    put_escaped(b, s, len < STR_MAX ? len : STR_MAX);
    if (len > STR_MAX)
        sb_printf(b, "...");
}

static void put_buffer(struct sbuf *b, uint64_t addr, long len)
{
    unsigned char s[STR_MAX];
    size_t want = len < STR_MAX ? (size_t)(len > 0 ? len : 0) : STR_MAX;
    size_t got = peek(s, addr, want);

    if (got != want) {
        put_ptr(b, addr);
        return;
    }
    put_escaped(b, s, got);
    if (len > STR_MAX)
        sb_printf(b, "...");
}

static void put_array(struct sbuf *b, uint64_t addr, bool count_only)
{
    uint64_t p;
    int n = 0;

    if (!addr || count_only) {
        put_ptr(b, addr);
        if (addr) {
            while (n < 4096 && peek(&p, addr + 8u * (unsigned)n, 8) == 8 && p)
                n++;
            sb_printf(b, " /* %d var%s */", n, n == 1 ? "" : "s");
        }
        return;
    }
    sb_printf(b, "[");
    for (; peek(&p, addr + 8u * (unsigned)n, 8) == 8 && p; n++) {
        if (n == ARRAY_MAX) {
            sb_printf(b, ", ...");
            break;
        }
        sb_printf(b, n ? ", " : "");
        put_string(b, p);
    }
    sb_printf(b, "]");
}

/* -- symbolic flags -- */

struct flag_name {
    uint64_t mask, value;
    const char *name;
};

static void put_flags(struct sbuf *b, uint64_t v, const struct flag_name *t,
                      size_t n, const char *zero)
{
    bool any = false;

    for (size_t i = 0; i < n; i++) {
        if ((v & t[i].mask) == t[i].value && t[i].value) {
            sb_printf(b, "%s%s", any ? "|" : "", t[i].name);
            v &= ~t[i].mask;
            any = true;
        }
    }
    if (v || !any) {
        if (any)
            sb_printf(b, "|0x%llx", (unsigned long long)v);
        else if (v)
            sb_printf(b, "0x%llx", (unsigned long long)v);
        else
            sb_printf(b, "%s", zero);
    }
}

/* Host (x86-64 kernel, asm-generic/fcntl.h) values: guest flags are
 * converted to host ones first, so one table serves every guest. */
static const struct flag_name open_flag_names[] = {
    { O_CREAT, O_CREAT, "O_CREAT" },
    { O_EXCL, O_EXCL, "O_EXCL" },
    { O_NOCTTY, O_NOCTTY, "O_NOCTTY" },
    { O_TRUNC, O_TRUNC, "O_TRUNC" },
    { O_APPEND, O_APPEND, "O_APPEND" },
    { O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK" },
    { 04010000, 04010000, "O_SYNC" },       /* __O_SYNC|O_DSYNC */
    { 010000, 010000, "O_DSYNC" },
    { 020000, 020000, "O_ASYNC" },
    { 040000, 040000, "O_DIRECT" },
    { 0100000, 0100000, "O_LARGEFILE" },    /* glibc hides it as 0 on x86-64 */
    { 020200000, 020200000, "O_TMPFILE" },  /* __O_TMPFILE|O_DIRECTORY */
    { 0200000, 0200000, "O_DIRECTORY" },
    { 0400000, 0400000, "O_NOFOLLOW" },
    { 01000000, 01000000, "O_NOATIME" },
    { 02000000, 02000000, "O_CLOEXEC" },
    { 010000000, 010000000, "O_PATH" },
};

static void put_open_flags(struct sbuf *b, const struct sc_call *c, uint64_t guest)
{
    static const char *const acc[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE" };
    uint32_t h = abi_open_flags_to_host(c->abi, (uint32_t)guest);

    sb_printf(b, "%s", acc[h & O_ACCMODE]);
    if (h & ~(uint32_t)O_ACCMODE) {
        sb_printf(b, "|");
        put_flags(b, h & ~(uint32_t)O_ACCMODE, open_flag_names,
                  ARRAY_SIZE(open_flag_names), "0");
    }
}

static const struct flag_name prot_names[] = {
    { PROT_READ, PROT_READ, "PROT_READ" },
    { PROT_WRITE, PROT_WRITE, "PROT_WRITE" },
    { PROT_EXEC, PROT_EXEC, "PROT_EXEC" },
    { PROT_GROWSDOWN, PROT_GROWSDOWN, "PROT_GROWSDOWN" },
    { PROT_GROWSUP, PROT_GROWSUP, "PROT_GROWSUP" },
};

static const struct flag_name map_names[] = {
    { 3, MAP_SHARED, "MAP_SHARED" },
    { 3, MAP_PRIVATE, "MAP_PRIVATE" },
    { 3, MAP_SHARED_VALIDATE, "MAP_SHARED_VALIDATE" },
    { MAP_FIXED, MAP_FIXED, "MAP_FIXED" },
    { MAP_ANONYMOUS, MAP_ANONYMOUS, "MAP_ANONYMOUS" },
    { MAP_GROWSDOWN, MAP_GROWSDOWN, "MAP_GROWSDOWN" },
    { MAP_DENYWRITE, MAP_DENYWRITE, "MAP_DENYWRITE" },
    { MAP_EXECUTABLE, MAP_EXECUTABLE, "MAP_EXECUTABLE" },
    { MAP_LOCKED, MAP_LOCKED, "MAP_LOCKED" },
    { MAP_NORESERVE, MAP_NORESERVE, "MAP_NORESERVE" },
    { MAP_POPULATE, MAP_POPULATE, "MAP_POPULATE" },
    { MAP_NONBLOCK, MAP_NONBLOCK, "MAP_NONBLOCK" },
    { MAP_STACK, MAP_STACK, "MAP_STACK" },
    { MAP_HUGETLB, MAP_HUGETLB, "MAP_HUGETLB" },
    { MAP_SYNC, MAP_SYNC, "MAP_SYNC" },
    { MAP_FIXED_NOREPLACE, MAP_FIXED_NOREPLACE, "MAP_FIXED_NOREPLACE" },
};

static void put_signal(struct sbuf *b, int sig)
{
    const char *name = signal_name(sig);

    if (name)
        sb_printf(b, "%s", name);
    else if (sig >= 32 && sig <= 64)
        sb_printf(b, "SIGRT_%d", sig - 32);
    else
        sb_printf(b, "%d", sig);
}

/* -- one argument, one result -- */

static void put_arg(struct sbuf *b, const struct sc_call *c, const char *f, int i, long ret)
{
    uint64_t v = c->a[i];

    switch (*f) {
    case 'd': sb_printf(b, "%d", (int)v); break;
    case 'l': sb_printf(b, "%lld", (long long)v); break;
    case 'u': sb_printf(b, "%llu", (unsigned long long)v); break;
    case 'x': sb_printf(b, "%#llx", (unsigned long long)v); break;
    case 'o': case 'O': sb_printf(b, v ? "%#llo" : "0", (unsigned long long)v); break;
    case 's': put_string(b, v); break;
    case 'b': put_buffer(b, v, i < 5 ? (long)c->a[i + 1] : 0); break;
    case 'B':
        if (host_is_error(ret))
            put_ptr(b, v);
        else
            put_buffer(b, v, ret);
        break;
    case 'A':
        if ((int)v == AT_FDCWD)
            sb_printf(b, "AT_FDCWD");
        else
            sb_printf(b, "%d", (int)v);
        break;
    case 'F':
        put_open_flags(b, c, v);
        break;
    case 'P': put_flags(b, v, prot_names, ARRAY_SIZE(prot_names), "PROT_NONE"); break;
    case 'M': put_flags(b, v, map_names, ARRAY_SIZE(map_names), "0"); break;
    case 'S': put_signal(b, (int)v); break;
    case 'v': put_array(b, v, false); break;
    case 'e': put_array(b, v, true); break;
    default: put_ptr(b, v); break;   /* 'p' */
    }
}

/* 'O' is shown only when the open flags before it create a file. */
static bool skip_arg(const struct sc_call *c, const char *fmt, int i)
{
    uint32_t h;

    if (fmt[i] != 'O' || i == 0)
        return false;
    h = abi_open_flags_to_host(c->abi, (uint32_t)c->a[i - 1]);
    return !(h & O_CREAT) && (h & 020000000) == 0;
}

static void put_result(struct sbuf *b, long ret, bool hex)
{
    if (host_is_error(ret)) {
        const char *n = errno_name((int)-ret);
        if (n)
            sb_printf(b, " = -1 %s (%s)", n, strerror((int)-ret));
        else
            sb_printf(b, " = -1 %ld (%s)", -ret, strerror((int)-ret));
    } else if (hex) {
        sb_printf(b, " = %#lx", ret);
    } else {
        sb_printf(b, " = %ld", ret);
    }
}

size_t strace_format(char *buf, size_t len, const struct sc_call *c, long ret,
                     bool with_ret)
{
    struct sbuf b = { buf, len, 0 };
    const struct sc_desc *d = c->e ? c->e->desc : NULL;
    const char *fmt = d ? d->fmt : "xxxxxx";
    const char *eq = strchr(fmt, '=');
    int nargs = eq ? (int)(eq - fmt) : (int)strlen(fmt);

    if (len)
        buf[0] = 0;
    if (c->e && c->e->name)
        sb_printf(&b, "%s(", c->e->name);
    else
        sb_printf(&b, "syscall_%#lx(", c->nr);
    for (int i = 0, shown = 0; i < nargs && i < 6; i++) {
        if (skip_arg(c, fmt, i))
            continue;
        sb_printf(&b, shown++ ? ", " : "");
        put_arg(&b, c, fmt + i, i, ret);
    }
    sb_printf(&b, ")");
    if (with_ret)
        put_result(&b, ret, eq && eq[1] == 'x');
    return b.n;
}

void strace_print(const struct sc_call *c, long ret)
{
    char line[2048];
    long pid = host_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0);

    if (c->e && c->e->desc && strchr(c->e->desc->fmt, '=') &&
        strchr(c->e->desc->fmt, '=')[1] == 'n') {
        /* It returned after all: strace's "resumed" form. */
        struct sbuf b = { line, sizeof line, 0 };
        put_result(&b, ret, false);
        log_msg("%ld <... %s resumed>)%s\n", pid, c->e->name, line);
        return;
    }
    strace_format(line, sizeof line, c, ret, true);
    log_msg("%ld %s\n", pid, line);
}

void strace_print_noreturn(const struct sc_call *c)
{
    char line[2048];

    strace_format(line, sizeof line, c, 0, false);
    log_msg("%ld %s = ?\n", host_syscall(SYS_getpid, 0, 0, 0, 0, 0, 0), line);
    log_flush();
}
