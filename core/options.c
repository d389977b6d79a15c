/*
 * options.c - parse ferry's qemu-user compatible options and variables.
 *
 * One table (FERRY_OPTION_TABLE below) lists every option: its word on the
 * command line, the variable suffix of its QEMU_/FERRY_ environment
 * variables, its argument, its handler and its help line.  Parsing, the
 * help text and the environment pass are all driven by that table.
 *
 * Rules, as in qemu's linux-user/main.c: options come before the program;
 * "-foo" and "--foo" are the same; "--" ends the options; an option that
 * takes an argument takes the next word.  Variables are read first
 * (QEMU_x, then its FERRY_x alias), the command line last, so it wins.
 * A variable that names an option ferry does not support is ignored with a
 * warning (it may be set for a whole chroot); the option itself on the
 * command line is an error.
 *
 *   char *argv[] = { "ferry", "-L", "/srv/arm64", "-strace", "ls", NULL };
 *   struct ferry_options o;
 *   int prog = options_parse(5, argv, &o);   // prog == 4
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ferry.h"
#include "guest.h"
#include "log.h"
#include "options.h"

#ifndef FERRY_VERSION
#define FERRY_VERSION "unknown" /* set by configure */
#endif

#define DEFAULT_CPU_MODEL "max"

/* The CPU models come from the guest's table (targets/aarch64/
 * cpu_models.def through guest_arch.cpu_models); "max", every feature
 * ferry implements, is qemu-user's default too.  ferry has one guest. */
static const struct guest_cpu_model *cpu_models(void)
{
    return guest_aarch64.cpu_models;
}

/* Where an option's value came from; decides how problems are reported. */
enum opt_source {
    FROM_ENV,  /* QEMU_x or FERRY_x: unsupported -> warning */
    FROM_ARGV, /* command line: unsupported -> error */
};

struct opt_ctx {
    struct ferry_options *o;
    const char *what;      /* "-L" or "QEMU_LD_PREFIX", for messages */
    enum opt_source source;
};

/* A handler returns false after printing why the value is wrong. */
typedef bool opt_handler(struct opt_ctx *c, const char *arg);

static opt_handler opt_help, opt_version, opt_ld_prefix, opt_stack_size,
    opt_cpu, opt_set_env, opt_unset_env, opt_argv0, opt_uname, opt_log,
    opt_log_filename, opt_log_append, opt_strace, opt_seed, opt_one_insn,
    opt_unsupported;

/*
 * OPTION(word, env suffix or NULL, argument name or NULL, handler, help).
 * A NULL help hides the option from -help (aliases, unsupported options).
 */
#define FERRY_OPTION_TABLE(OPTION)                                            \
    OPTION("h", NULL, NULL, opt_help, "print this help and exit")            \
    OPTION("help", NULL, NULL, opt_help, NULL)                                \
    OPTION("L", "LD_PREFIX", "path", opt_ld_prefix,                           \
           "look for the guest ELF interpreter and libraries under 'path'")  \
    OPTION("s", "STACK_SIZE", "size", opt_stack_size,                         \
           "set the guest stack size to 'size' bytes (k, M, G suffixes)")    \
    OPTION("cpu", "CPU", "model", opt_cpu, "select the guest CPU (-cpu help)") \
    OPTION("E", "SET_ENV", "var=value", opt_set_env,                          \
           "set a variable in the guest environment (see below)")            \
    OPTION("U", "UNSET_ENV", "var", opt_unset_env,                            \
           "remove a variable from the guest environment (see below)")       \
    OPTION("0", "ARGV0", "argv0", opt_argv0, "run the guest with argv[0] 'argv0'") \
    OPTION("r", "UNAME", "release", opt_uname,                                \
           "report 'release' as the kernel release (uname -r)")              \
    OPTION("d", "LOG", "item[,...]", opt_log,                                 \
           "enable logging of the items (-d help lists them)")               \
    OPTION("D", "LOG_FILENAME", "logfile", opt_log_filename,                  \
           "write the log to 'logfile' (default stderr; %d -> pid)")         \
    OPTION("log-append", NULL, NULL, opt_log_append,                          \
           "append to the -D file instead of truncating it")                 \
    OPTION("strace", "STRACE", NULL, opt_strace, "trace the guest's system calls") \
    OPTION("seed", "RAND_SEED", "number", opt_seed,                           \
           "seed the guest's random numbers (AT_RANDOM, getrandom)")         \
    OPTION("one-insn-per-tb", "ONE_INSN_PER_TB", NULL, opt_one_insn,          \
           "translate one guest instruction per block (debugging)")          \
    OPTION("singlestep", "SINGLESTEP", NULL, opt_one_insn, NULL)              \
    OPTION("version", NULL, NULL, opt_version, "print the version and exit") \
    OPTION("g", "GDB", "port", opt_unsupported, NULL)                         \
    OPTION("B", "GUEST_BASE", "address", opt_unsupported, NULL)               \
    OPTION("R", "RESERVED_VA", "size", opt_unsupported, NULL)                 \
    OPTION("p", "PAGESIZE", "pagesize", opt_unsupported, NULL)                \
    OPTION("dfilter", "DFILTER", "range[,...]", opt_unsupported, NULL)        \
    OPTION("trace", "TRACE", "pattern", opt_unsupported, NULL)                \
    OPTION("plugin", "PLUGIN", "file", opt_unsupported, NULL)                 \
    OPTION("perfmap", "PERFMAP", NULL, opt_unsupported, NULL)                 \
    OPTION("jitdump", "JITDUMP", NULL, opt_unsupported, NULL)

struct opt_info {
    const char *word;
    const char *env;  /* suffix after QEMU_ / FERRY_ */
    const char *arg;  /* NULL: a flag */
    opt_handler *handler;
    const char *help;
};

static const struct opt_info opt_table[] = {
#define OPTION(word, env, arg, handler, help) { word, env, arg, handler, help },
    FERRY_OPTION_TABLE(OPTION)
#undef OPTION
};

static const char *const env_prefixes[] = { "QEMU_", "FERRY_" };

/* -- Small helpers ---------------------------------------------------------- */

static void *xrealloc(void *p, size_t size)
{
    p = realloc(p, size);
    if (!p)
        fatal("out of memory");
    return p;
}

static void usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

static void usage_error(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", ferry_progname);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry '%s --help' for more information.\n", ferry_progname);
    exit(OPTIONS_EXIT_USAGE);
}

/* "8M" -> 8388608.  False for garbage, zero or overflow. */
static bool parse_size(const char *s, uint64_t *out)
{
    char *end;
    unsigned shift = 0;
    uint64_t v;

    errno = 0;
    v = strtoull(s, &end, 0);
    if (errno || end == s || *s == '-')
        return false;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    }
    if (*end || v == 0 || (v << shift) >> shift != v)
        return false;
    *out = v << shift;
    return true;
}

static void add_env_edit(struct ferry_options *o, const char *edit)
{
    o->env_edits = xrealloc(o->env_edits,
                            (o->n_env_edits + 1) * sizeof(*o->env_edits));
    o->env_edits[o->n_env_edits++] = edit;
}

/* Split "a=1,b=2" (getsubopt style, as qemu) and add each word as an edit;
 * want_assign says whether each word must contain '=' (-E) or not (-U). */
static bool add_env_list(struct opt_ctx *c, const char *list, bool want_assign)
{
    char *copy = strdup(list), *save = NULL;

    if (!copy)
        fatal("out of memory");
    for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        bool has_eq = strchr(w, '=') != NULL;
        if (has_eq != want_assign || w[0] == '=') {
            ferry_error("%s: expected %s, got '%s'", c->what,
                        want_assign ? "VAR=value" : "a variable name", w);
            return false;
        }
        add_env_edit(c->o, w); /* the copy lives as long as the options */
    }
    return true;
}

/* -- Option handlers -------------------------------------------------------- */

static void print_help(void)
{
    printf("Usage: %s [options] program [arguments...]\n"
           "Run a Linux AArch64 program on this x86-64 host by translating it.\n"
           "\nOptions and their environment variables (FERRY_x is an alias of"
           " QEMU_x):\n\n",
           ferry_progname);
    for (size_t i = 0; i < ARRAY_SIZE(opt_table); i++) {
        const struct opt_info *e = &opt_table[i];
        char left[40], env[40] = "";
        if (!e->help)
            continue;
        snprintf(left, sizeof(left), "-%s %s", e->word, e->arg ? e->arg : "");
        if (e->env)
            snprintf(env, sizeof(env), "QEMU_%s", e->env);
        printf("  %-22s %-20s %s\n", left, env, e->help);
    }
    printf("\n-E and -U may be repeated and take comma-separated lists; the last\n"
           "change to a variable wins:  -E A=1,B=2 -U LD_PRELOAD\n"
           "Defaults: no sysroot, CPU 'max', stack size from the loader (8 MiB).\n"
           "Not supported (qemu-user has them): -g -B -R -p -dfilter -trace\n"
           "-plugin -perfmap -jitdump.\n"
           "Exit status: the guest's; 125 ferry failed; 126 not runnable;\n"
           "127 program or interpreter not found; 1 bad options.\n"
           "See ferry(1).\n");
}

static bool opt_help(struct opt_ctx *c, const char *arg)
{
    (void)arg;
    if (c->source == FROM_ENV)
        return true;
    print_help();
    exit(0);
}

static bool opt_version(struct opt_ctx *c, const char *arg)
{
    (void)c, (void)arg;
    printf("ferry version %s\n"
           "Runs Linux AArch64 programs on x86-64 Linux by binary translation.\n"
           "This is free software under the GNU GPL version 2; there is NO "
           "warranty.\n",
           FERRY_VERSION);
    exit(0);
}

static bool opt_ld_prefix(struct opt_ctx *c, const char *arg)
{
    c->o->sysroot = *arg ? arg : NULL;
    return true;
}

static bool opt_stack_size(struct opt_ctx *c, const char *arg)
{
    if (!parse_size(arg, &c->o->stack_size)) {
        ferry_error("%s: bad stack size '%s' (a number of bytes, "
                    "optionally with k, M or G)", c->what, arg);
        return false;
    }
    return true;
}

static void print_cpu_models(void)
{
    printf("Available CPUs:\n");
    for (const struct guest_cpu_model *m = cpu_models(); m->name; m++)
        printf("  %-12s %s\n", m->name, m->summary);
}

/* "max" or "max,prop=val,...": qemu's CPU properties are accepted for
 * compatibility (binfmt set-ups pass e.g. pauth-impdef=on) and ignored. */
static bool opt_cpu(struct opt_ctx *c, const char *arg)
{
    size_t len = strcspn(arg, ",");

    if (strcmp(arg, "help") == 0 || strcmp(arg, "?") == 0) {
        if (c->source == FROM_ARGV) {
            print_cpu_models();
            exit(0);
        }
    }
    for (const struct guest_cpu_model *m = cpu_models(); m->name; m++) {
        if (strlen(m->name) == len && strncmp(m->name, arg, len) == 0) {
            c->o->cpu_model = m->name;
            return true;
        }
    }
    ferry_error("%s: unknown CPU model '%.*s' (ferry -cpu help lists them)",
                c->what, (int)len, arg);
    return false;
}

static bool opt_set_env(struct opt_ctx *c, const char *arg)
{
    return add_env_list(c, arg, true);
}

static bool opt_unset_env(struct opt_ctx *c, const char *arg)
{
    return add_env_list(c, arg, false);
}

static bool opt_argv0(struct opt_ctx *c, const char *arg)
{
    c->o->argv0 = arg;
    return true;
}

static bool opt_uname(struct opt_ctx *c, const char *arg)
{
    c->o->uname_release = *arg ? arg : NULL;
    return true;
}

static bool opt_log(struct opt_ctx *c, const char *arg)
{
    const char *bad = NULL;

    if (strcmp(arg, "help") == 0 && c->source == FROM_ARGV) {
        log_print_help();
        exit(0);
    }
    if (!log_parse_mask(arg, &c->o->log_mask, &bad)) {
        ferry_error("%s: unknown log item '%s' (-d help lists them)",
                    c->what, bad);
        return false;
    }
    return true;
}

static bool opt_log_filename(struct opt_ctx *c, const char *arg)
{
    c->o->log_file = *arg ? arg : NULL;
    return true;
}

static bool opt_log_append(struct opt_ctx *c, const char *arg)
{
    (void)arg;
    c->o->log_append = true;
    return true;
}

static bool opt_strace(struct opt_ctx *c, const char *arg)
{
    (void)arg;
    c->o->strace = true;
    return true;
}

static bool opt_seed(struct opt_ctx *c, const char *arg)
{
    char *end;

    errno = 0;
    c->o->seed = strtoull(arg, &end, 0);
    if (errno || end == arg || *end || *arg == '-') {
        ferry_error("%s: bad seed '%s' (a non-negative number)", c->what, arg);
        return false;
    }
    c->o->have_seed = true;
    return true;
}

static bool opt_one_insn(struct opt_ctx *c, const char *arg)
{
    (void)arg;
    c->o->one_insn_per_tb = true;
    return true;
}

static bool opt_unsupported(struct opt_ctx *c, const char *arg)
{
    (void)arg;
    if (c->source == FROM_ENV) {
        ferry_error("warning: %s is not supported by ferry; ignored", c->what);
        return true;
    }
    ferry_error("option %s is not supported", c->what);
    exit(OPTIONS_EXIT_USAGE);
}

/* -- Parsing ---------------------------------------------------------------- */

static const struct opt_info *find_option(const char *word)
{
    for (size_t i = 0; i < ARRAY_SIZE(opt_table); i++)
        if (strcmp(opt_table[i].word, word) == 0)
            return &opt_table[i];
    return NULL;
}

static void parse_environment(struct ferry_options *o)
{
    for (size_t p = 0; p < ARRAY_SIZE(env_prefixes); p++) {
        for (size_t i = 0; i < ARRAY_SIZE(opt_table); i++) {
            const struct opt_info *e = &opt_table[i];
            char name[64];
            const char *val;

            if (!e->env)
                continue;
            snprintf(name, sizeof(name), "%s%s", env_prefixes[p], e->env);
            val = getenv(name);
            if (!val)
                continue;
            struct opt_ctx c = { o, name, FROM_ENV };
            if (!e->handler(&c, val))
                exit(OPTIONS_EXIT_USAGE);
        }
    }
}

static void options_init(struct ferry_options *o)
{
    memset(o, 0, sizeof(*o));
    o->cpu_model = DEFAULT_CPU_MODEL;
}

int options_parse(int argc, char **argv, struct ferry_options *o)
{
    int i = 1;

    options_init(o);
    parse_environment(o);
    while (i < argc && argv[i][0] == '-') {
        const char *opt = argv[i++];
        const char *word = opt + 1;
        const char *arg = NULL;
        const struct opt_info *e;

        if (strcmp(word, "-") == 0)
            break; /* "--" ends the options */
        if (word[0] == '-')
            word++; /* --foo is -foo */
        e = find_option(word);
        if (!e)
            usage_error("unknown option '%s'", opt);
        if (e->arg) {
            if (i >= argc)
                usage_error("option '%s' needs an argument (%s)", opt, e->arg);
            arg = argv[i++];
        }
        struct opt_ctx c = { o, opt, FROM_ARGV };
        if (!e->handler(&c, arg))
            exit(OPTIONS_EXIT_USAGE);
    }
    if (i >= argc)
        usage_error("no program to run");
    o->prog_index = i;
    return i;
}

bool options_apply(const struct ferry_options *o)
{
    log_mask = o->log_mask | (o->strace ? 1u << LOG_STRACE : 0);
    if (o->log_file)
        return log_open(o->log_file, o->log_append);
    return true;
}

/* -- The guest's environment ------------------------------------------------ */

/* Does env entry "NAME=..." have the name of edit ("NAME=v" or "NAME")? */
static bool env_same_name(const char *entry, const char *edit)
{
    size_t n = strcspn(edit, "=");
    return strncmp(entry, edit, n) == 0 && entry[n] == '=';
}

static size_t env_remove(const char **env, size_t n, const char *edit)
{
    size_t out = 0;
    for (size_t i = 0; i < n; i++)
        if (!env_same_name(env[i], edit))
            env[out++] = env[i];
    return out;
}

char **options_guest_env(const struct ferry_options *o, char *const *host_env)
{
    size_t n = 0, cap;
    const char **env;

    while (host_env && host_env[n])
        n++;
    cap = n + o->n_env_edits + 1;
    env = xrealloc(NULL, cap * sizeof(*env));
    for (size_t i = 0; i < n; i++)
        env[i] = host_env[i];
    for (size_t i = 0; i < o->n_env_edits; i++) {
        const char *edit = o->env_edits[i];
        size_t j = 0;
        if (!strchr(edit, '=')) {
            n = env_remove(env, n, edit);
            continue;
        }
        while (j < n && !env_same_name(env[j], edit))
            j++;
        env[j] = edit; /* replace in place, or append at j == n */
        if (j == n)
            n++;
    }
    env[n] = NULL;
    return (char **)env;
}

/* -- Re-executing ferry for a foreign execve -------------------------------- */

struct argv_builder {
    char **v;
    int n;
};

static void argv_push(struct argv_builder *b, const char *s)
{
    char *copy = s ? strdup(s) : NULL;
    if (s && !copy)
        fatal("out of memory");
    b->v = xrealloc(b->v, (b->n + 1) * sizeof(*b->v));
    b->v[b->n++] = copy;
}

char **options_reexec_argv(const struct ferry_options *o, int *count)
{
    struct argv_builder b = { NULL, 0 };
    char buf[256];

    if (o->sysroot)
        argv_push(&b, "-L"), argv_push(&b, o->sysroot);
    if (o->strace)
        argv_push(&b, "-strace");
    if (o->log_mask) {
        log_mask_to_string(o->log_mask, buf, sizeof(buf));
        argv_push(&b, "-d"), argv_push(&b, buf);
    }
    if (o->log_file)
        argv_push(&b, "-D"), argv_push(&b, o->log_file),
            argv_push(&b, "-log-append");
    if (strcmp(o->cpu_model, DEFAULT_CPU_MODEL) != 0)
        argv_push(&b, "-cpu"), argv_push(&b, o->cpu_model);
    if (o->stack_size) {
        snprintf(buf, sizeof(buf), "%llu", (unsigned long long)o->stack_size);
        argv_push(&b, "-s"), argv_push(&b, buf);
    }
    if (o->uname_release)
        argv_push(&b, "-r"), argv_push(&b, o->uname_release);
    if (o->have_seed) {
        snprintf(buf, sizeof(buf), "%llu", (unsigned long long)o->seed);
        argv_push(&b, "-seed"), argv_push(&b, buf);
    }
    if (o->one_insn_per_tb)
        argv_push(&b, "-one-insn-per-tb");
    if (count)
        *count = b.n;
    argv_push(&b, NULL);
    return b.v;
}

void options_free_argv(char **argv)
{
    for (size_t i = 0; argv && argv[i]; i++)
        free(argv[i]);
    free(argv);
}
