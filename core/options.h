/*
 * options.h - ferry's command line and its QEMU_* / FERRY_* variables.
 *
 * ferry takes the options of qemu-user, so scripts and binfmt set-ups
 * written for qemu-aarch64 keep working:
 *
 *   ferry [-L sysroot] [-E VAR=val] [-U VAR] [-0 argv0] [-strace]
 *         [-d item,...] [-D logfile] [-cpu model] [-s size] program [args]
 *
 * Each option has an environment variable of the same meaning (QEMU_LD_PREFIX
 * for -L, ...) and a FERRY_ alias of it (FERRY_LD_PREFIX).  Precedence, from
 * weakest to strongest: QEMU_x, FERRY_x, the command line.  The variables are
 * left in the guest's environment, as qemu does, so a guest that runs
 * another foreign program passes them on.
 *
 *   struct ferry_options o;
 *   int prog = options_parse(argc, argv, &o);  // exits on -h / error
 *   if (!options_apply(&o))                    // log mask, -D file
 *       return 1;
 *   char **genv = options_guest_env(&o, environ);
 *   ... load argv[prog] with guest argv &argv[prog] (argv[0] -> o.argv0) ...
 */
#ifndef FERRY_OPTIONS_H
#define FERRY_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define OPTIONS_EXIT_USAGE 1 /* bad command line, as qemu-user */

struct ferry_options {
    const char *sysroot;      /* -L: prefix for the guest ELF interpreter and
                                 absolute paths; NULL when not given */
    const char *argv0;        /* -0: the guest's argv[0]; NULL: argv[prog] */
    /* -E and -U in the order given (environment variables first): an entry
     * "VAR=value" sets VAR, an entry "VAR" (no '=') unsets it.  The last
     * change to a variable wins, as in qemu. */
    const char **env_edits;
    size_t n_env_edits;
    bool strace;              /* -strace (also sets LOG_STRACE in log_mask) */
    unsigned log_mask;        /* -d, as bits (1u << LOG_x) */
    const char *log_file;     /* -D: NULL for stderr; "%d" becomes the pid */
    bool log_append;          /* --log-append: open log_file for appending */
    const char *cpu_model;    /* -cpu: "max" (the default) */
    uint64_t stack_size;      /* -s: guest stack bytes; 0: loader default */
    const char *uname_release;/* -r: uname release shown to the guest, or NULL */
    bool have_seed;           /* -seed given: */
    uint64_t seed;            /*   seed for AT_RANDOM and getrandom */
    bool one_insn_per_tb;     /* -one-insn-per-tb / -singlestep */
    int prog_index;           /* argv index of the guest program */
};

/*
 * Parse QEMU_x / FERRY_x variables then argv.  Returns the index in argv of
 * the guest program (also stored in o->prog_index).  Prints help or version
 * and exits 0 for -h / -version / -d help / -cpu help; prints a message
 * and exits 1 (OPTIONS_EXIT_USAGE) for a bad option or a missing program.
 */
int options_parse(int argc, char **argv, struct ferry_options *o);

/* Install the log mask (plus LOG_STRACE for -strace) and open the -D
 * file.  False, after a message, when the file cannot be opened. */
bool options_apply(const struct ferry_options *o);

/*
 * The guest's initial environment: a copy of host_env with the -E / -U
 * edits applied.  Returns a malloc'd NULL-terminated array whose strings
 * are shared with host_env and o (free the array only).
 */
char **options_guest_env(const struct ferry_options *o, char *const *host_env);

/*
 * The options to give ferry again when the guest execve's a foreign
 * program, so the new program runs with the same sysroot, tracing, logging
 * and CPU: e.g. { "-L", "/srv/arm64", "-strace", "-d", "unimp", NULL }.
 * Environment edits are not repeated (the guest's envp already holds
 * them), nor is -0.  Returns a malloc'd NULL-terminated array; *count gets
 * its length when count is not NULL.  Free with options_free_argv().
 */
char **options_reexec_argv(const struct ferry_options *o, int *count);
void options_free_argv(char **argv);

/* The CPU models -cpu accepts come from the guest: guest_arch.cpu_models
 * (include/guest.h). */

#endif
