/*
 * ferry.h - basic types and services shared by every layer.
 *
 * Everything here is host- and guest-independent: the guest address type,
 * the logging categories of `-d`, and the two ways ferry reports a problem
 * (log_msg for diagnostics, fatal for impossible host states).
 *
 *   if (log_enabled(LOG_UNIMP))
 *       log_msg("unimplemented syscall %d\n", nr);
 */
#ifndef FERRY_H
#define FERRY_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef uint64_t gaddr_t; /* a guest virtual address (== host address) */

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define ALIGN_UP(x, a) (((x) + (a) - 1) & ~((__typeof__(x))(a) - 1))
#define ALIGN_DOWN(x, a) ((x) & ~((__typeof__(x))(a) - 1))
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* -d categories: one table, see log_categories.def. */
enum log_category {
#define LOG_CATEGORY(id, name, help) id,
#include "log_categories.def"
#undef LOG_CATEGORY
    LOG_NR_CATEGORIES
};

extern unsigned log_mask; /* bit (1u << LOG_x) set when enabled */
static inline bool log_enabled(enum log_category c)
{
    return unlikely(log_mask & (1u << c));
}

/* Parse "in_asm,op,exec"; returns false and names the bad word in *bad. */
bool log_parse_mask(const char *spec, unsigned *mask, const char **bad);
void log_print_help(void);
/* Send log output to a file (-D); stderr by default. */
bool log_set_file(const char *path);
void log_msg(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_vmsg(const char *fmt, va_list ap);
void log_flush(void);
/* The stream log output goes to (stderr, or the -D file). */
FILE *log_stream(void);

/* Guest random bytes (core/random.c): the host's, or a repeatable stream
 * after ferry_random_seed (-seed).  ferry_random_fill returns 0 or -errno. */
void ferry_random_seed(uint64_t seed);
bool ferry_random_seeded(void);
int ferry_random_fill(void *buf, size_t len);

/* The program name used as a prefix in user-facing messages ("ferry"). */
extern const char *ferry_progname;
/* A message to the user on stderr, prefixed "ferry: ". */
void ferry_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* An impossible host state: message and exit(125). */
void fatal(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

#endif
