/*
 * log.c - the -d logging categories, the -D log file, and user messages.
 *
 * Diagnostics that a user asked for with -d go through log_msg() to the
 * log file (stderr unless -D names one).  Problems the user must act on go
 * through ferry_error() to stderr, prefixed with the program name; an
 * impossible host state goes through fatal(), which exits with status 125
 * (the status ferry uses for its own failures, see man/ferry.1).
 * The log file is opened close-on-exec: a guest execve must not inherit it.
 *
 *   unsigned mask;
 *   const char *bad;
 *   if (!log_parse_mask("in_asm,exec", &mask, &bad))
 *       ferry_error("unknown -d item '%s'", bad);
 *   log_mask = mask;
 *   if (log_enabled(LOG_EXEC))
 *       log_msg("enter %#lx\n", pc);
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ferry.h"
#include "log.h"

#define FERRY_EXIT_INTERNAL 125 /* ferry's own failure, see man/ferry.1 */

unsigned log_mask;
const char *ferry_progname = "ferry";

static FILE *log_file; /* NULL: stderr */

static const struct log_category_info {
    const char *name;
    const char *help;
} log_categories[] = {
#define LOG_CATEGORY(id, name, help) [id] = { name, help },
#include "log_categories.def"
#undef LOG_CATEGORY
};

_Static_assert(LOG_NR_CATEGORIES <= 32, "log_mask is an unsigned of 32 bits");

FILE *log_stream(void)
{
    return log_file ? log_file : stderr;
}

/* The category named by the first len bytes of word, or -1. */
static int log_find(const char *word, size_t len)
{
    for (int i = 0; i < LOG_NR_CATEGORIES; i++) {
        const char *name = log_categories[i].name;
        if (strlen(name) == len && memcmp(name, word, len) == 0)
            return i;
    }
    return -1;
}

/*
 * "in_asm,op" -> bits.  "all" enables every category; empty words (as in
 * "a,,b") are ignored like qemu does.  On failure *bad points to a static
 * copy of the offending word.
 */
bool log_parse_mask(const char *spec, unsigned *mask, const char **bad)
{
    static char badword[64];
    unsigned m = 0;
    const char *p = spec;

    while (*p) {
        size_t len = strcspn(p, ",");
        int c = log_find(p, len);
        if (len == 3 && memcmp(p, "all", 3) == 0)
            m |= (1u << LOG_NR_CATEGORIES) - 1;
        else if (c >= 0)
            m |= 1u << c;
        else if (len > 0) {
            snprintf(badword, sizeof(badword), "%.*s", (int)len, p);
            if (bad)
                *bad = badword;
            return false;
        }
        p += len;
        if (*p == ',')
            p++;
    }
    *mask = m;
    return true;
}

void log_print_help(void)
{
    printf("Log items (comma separated, for -d or QEMU_LOG / FERRY_LOG):\n");
    for (int i = 0; i < LOG_NR_CATEGORIES; i++)
        printf("%-10s %s\n", log_categories[i].name, log_categories[i].help);
    printf("%-10s %s\n", "all", "enable every item above");
}

/* path with each "%d" replaced by the pid, into buf. */
static bool log_expand_path(const char *path, char *buf, size_t size)
{
    size_t n = 0;
    for (const char *p = path; *p; p++) {
        int w;
        if (p[0] == '%' && p[1] == 'd') {
            w = snprintf(buf + n, size - n, "%d", (int)getpid());
            p++;
        } else {
            w = snprintf(buf + n, size - n, "%c", *p);
        }
        if (w < 0 || (size_t)w >= size - n)
            return false;
        n += (size_t)w;
    }
    buf[n] = '\0';
    return true;
}

bool log_open(const char *path, bool append)
{
    char name[PATH_MAX];
    FILE *f;

    if (!log_expand_path(path, name, sizeof(name))) {
        ferry_error("log file name too long: '%s'", path);
        return false;
    }
    f = fopen(name, append ? "ae" : "we");
    if (!f) {
        ferry_error("cannot open log file '%s': %s", name, strerror(errno));
        return false;
    }
    setvbuf(f, NULL, _IOLBF, 0);
    if (log_file)
        fclose(log_file);
    log_file = f;
    return true;
}

bool log_set_file(const char *path)
{
    return log_open(path, false);
}

void log_mask_to_string(unsigned mask, char *buf, size_t size)
{
    size_t n = 0;

    if (size == 0)
        return;
    buf[0] = '\0';
    for (int i = 0; i < LOG_NR_CATEGORIES; i++) {
        if (!(mask & (1u << i)))
            continue;
        int w = snprintf(buf + n, size - n, "%s%s", n ? "," : "",
                         log_categories[i].name);
        if (w < 0 || (size_t)w >= size - n)
            return;
        n += (size_t)w;
    }
}

void log_vmsg(const char *fmt, va_list ap)
{
    vfprintf(log_stream(), fmt, ap);
}

void log_msg(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    log_vmsg(fmt, ap);
    va_end(ap);
}

void log_flush(void)
{
    fflush(log_stream());
}

static void vmessage(const char *fmt, va_list ap)
{
    fprintf(stderr, "%s: ", ferry_progname);
    vfprintf(stderr, fmt, ap);
    if (*fmt && fmt[strlen(fmt) - 1] != '\n')
        fputc('\n', stderr);
}

void ferry_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmessage(fmt, ap);
    va_end(ap);
}

void fatal(const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    if (log_file)
        fflush(log_file);
    va_start(ap, fmt);
    vmessage(fmt, ap);
    va_end(ap);
    exit(FERRY_EXIT_INTERNAL);
}
