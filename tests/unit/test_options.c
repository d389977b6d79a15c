/*
 * test_options.c - ferry's command line, QEMU_* / FERRY_* variables and
 * the logging helpers of core/log.c.
 *
 * Successful parses are checked field by field.  Parses that must exit
 * (help, version, errors) run in a child whose exit status, stdout and
 * stderr are captured, so the exact messages a user sees are tested.
 */
#define _GNU_SOURCE
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ferry.h"
#include "log.h"
#include "options.h"

extern char **environ;

#define ARGV(...) ((char *[]){ "ferry", __VA_ARGS__, NULL })
#define ARGC(v) ((int)(sizeof(v) / sizeof((v)[0])) - 1)

/* Parse a literal argument list in this process. */
#define PARSE(o, ...)                                                        \
    options_parse(ARGC(ARGV(__VA_ARGS__)), ARGV(__VA_ARGS__), (o))

/* Remove every QEMU_x / FERRY_x variable so the tests see a clean slate. */
static void clear_ferry_env(void)
{
    for (size_t i = 0; environ[i];) {
        char name[256];
        const char *e = environ[i];
        size_t n = strcspn(e, "=");
        if ((strncmp(e, "QEMU_", 5) == 0 || strncmp(e, "FERRY_", 6) == 0) &&
            n < sizeof(name)) {
            memcpy(name, e, n);
            name[n] = '\0';
            unsetenv(name);
            continue; /* environ shifted down */
        }
        i++;
    }
}

/* -- Running a parse that exits ---------------------------------------------- */

struct exit_result {
    int status; /* exit status, or -1 if the child did not exit */
    char out[8192];
    char err[4096];
};

static void slurp(FILE *f, char *buf, size_t size)
{
    size_t n;
    rewind(f);
    n = fread(buf, 1, size - 1, f);
    buf[n] = '\0';
    fclose(f);
}

static void run_exiting(struct exit_result *r, int argc, char **argv)
{
    FILE *out = tmpfile(), *err = tmpfile();
    int status;
    pid_t pid;

    ck_assert(out && err);
    fflush(NULL);
    pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        struct ferry_options o;
        dup2(fileno(out), 1);
        dup2(fileno(err), 2);
        options_parse(argc, argv, &o);
        _exit(200); /* options_parse returned: the test expects an exit */
    }
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    r->status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    slurp(out, r->out, sizeof(r->out));
    slurp(err, r->err, sizeof(r->err));
}

#define RUN_EXITING(r, ...) run_exiting((r), ARGC(ARGV(__VA_ARGS__)), ARGV(__VA_ARGS__))

#define ck_assert_contains(hay, needle)                                       \
    ck_assert_msg(strstr((hay), (needle)) != NULL,                            \
                  "expected \"%s\" in output:\n%s", (needle), (hay))

/* -- The command line --------------------------------------------------------- */

START_TEST(test_program_alone_gets_defaults)
{
    struct ferry_options o;
    ck_assert_int_eq(PARSE(&o, "prog", "a", "b"), 1);
    ck_assert_int_eq(o.prog_index, 1);
    ck_assert_ptr_null(o.sysroot);
    ck_assert_ptr_null(o.argv0);
    ck_assert_ptr_null(o.log_file);
    ck_assert_str_eq(o.cpu_model, "max");
    ck_assert(!o.strace);
    ck_assert_uint_eq(o.log_mask, 0);
    ck_assert_uint_eq(o.stack_size, 0);
    ck_assert_uint_eq(o.n_env_edits, 0);
}
END_TEST

START_TEST(test_every_option_sets_its_field)
{
    struct ferry_options o;
    int prog = PARSE(&o, "-L", "/srv/arm64", "-strace", "-0", "bash",
                     "-cpu", "max", "-s", "8M", "-d", "in_asm,exec",
                     "-D", "/tmp/log", "-r", "6.1.0", "-seed", "42",
                     "-one-insn-per-tb", "prog", "x");
    ck_assert_int_eq(prog, 19);
    ck_assert_str_eq(o.sysroot, "/srv/arm64");
    ck_assert(o.strace);
    ck_assert_str_eq(o.argv0, "bash");
    ck_assert_uint_eq(o.stack_size, 8u << 20);
    ck_assert_uint_eq(o.log_mask, (1u << LOG_IN_ASM) | (1u << LOG_EXEC));
    ck_assert_str_eq(o.log_file, "/tmp/log");
    ck_assert_str_eq(o.uname_release, "6.1.0");
    ck_assert(o.have_seed);
    ck_assert_uint_eq(o.seed, 42);
    ck_assert(o.one_insn_per_tb);
}
END_TEST

START_TEST(test_double_dash_spelling_is_the_same_option)
{
    struct ferry_options o;
    ck_assert_int_eq(PARSE(&o, "--strace", "--L", "/r", "prog"), 4);
    ck_assert(o.strace);
    ck_assert_str_eq(o.sysroot, "/r");
}
END_TEST

START_TEST(test_double_dash_ends_the_options)
{
    struct ferry_options o;
    ck_assert_int_eq(PARSE(&o, "-strace", "--", "-prog", "-L"), 3);
    ck_assert(o.strace);
    ck_assert_ptr_null(o.sysroot);
}
END_TEST

START_TEST(test_options_after_the_program_belong_to_the_guest)
{
    struct ferry_options o;
    ck_assert_int_eq(PARSE(&o, "prog", "-L", "/x", "-strace"), 1);
    ck_assert_ptr_null(o.sysroot);
    ck_assert(!o.strace);
}
END_TEST

START_TEST(test_stack_size_accepts_suffixes_and_hex)
{
    struct ferry_options o;
    PARSE(&o, "-s", "64k", "p");
    ck_assert_uint_eq(o.stack_size, 65536);
    PARSE(&o, "-s", "0x1000", "p");
    ck_assert_uint_eq(o.stack_size, 4096);
    PARSE(&o, "-s", "1G", "p");
    ck_assert_uint_eq(o.stack_size, 1u << 30);
}
END_TEST

static const char *const bad_sizes[] = { "0", "abc", "1X", "-5", "", "4Mb" };

START_TEST(test_bad_stack_size_is_an_error)
{
    struct exit_result r;
    RUN_EXITING(&r, "-s", (char *)bad_sizes[_i], "prog");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "ferry: -s: bad stack size");
}
END_TEST

START_TEST(test_cpu_properties_after_a_comma_are_accepted)
{
    struct ferry_options o;
    PARSE(&o, "-cpu", "max,pauth-impdef=on", "prog");
    ck_assert_str_eq(o.cpu_model, "max");
}
END_TEST

START_TEST(test_unknown_cpu_is_an_error)
{
    struct exit_result r;
    RUN_EXITING(&r, "-cpu", "cortex-x9", "prog");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "unknown CPU model 'cortex-x9'");
}
END_TEST

START_TEST(test_cpu_help_lists_max_and_exits_0)
{
    struct exit_result r;
    RUN_EXITING(&r, "-cpu", "help");
    ck_assert_int_eq(r.status, 0);
    ck_assert_contains(r.out, "max");
}
END_TEST

/* -- Errors, help and version ---------------------------------------------- */

START_TEST(test_unknown_option_names_it_and_hints_at_help)
{
    struct exit_result r;
    RUN_EXITING(&r, "-x", "prog");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "ferry: unknown option '-x'");
    ck_assert_contains(r.err, "--help");
}
END_TEST

START_TEST(test_missing_option_argument_is_an_error)
{
    struct exit_result r;
    RUN_EXITING(&r, "-L");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "option '-L' needs an argument");
}
END_TEST

START_TEST(test_no_program_is_an_error)
{
    struct exit_result r;
    RUN_EXITING(&r, "-strace");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "no program to run");
}
END_TEST

START_TEST(test_unsupported_qemu_option_is_a_clear_error)
{
    struct exit_result r;
    RUN_EXITING(&r, "-R", "4G", "prog");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "ferry: option -R is not supported");
}
END_TEST

START_TEST(test_help_prints_usage_and_exits_0)
{
    struct exit_result r;
    RUN_EXITING(&r, "-h");
    ck_assert_int_eq(r.status, 0);
    ck_assert_contains(r.out, "Usage: ferry [options] program");
    ck_assert_contains(r.out, "QEMU_LD_PREFIX");
    RUN_EXITING(&r, "--help");
    ck_assert_int_eq(r.status, 0);
    RUN_EXITING(&r, "-help", "ignored");
    ck_assert_int_eq(r.status, 0);
}
END_TEST

START_TEST(test_version_prints_version_and_exits_0)
{
    struct exit_result r;
    RUN_EXITING(&r, "--version");
    ck_assert_int_eq(r.status, 0);
    ck_assert_contains(r.out, "ferry version ");
    RUN_EXITING(&r, "-version");
    ck_assert_int_eq(r.status, 0);
}
END_TEST

START_TEST(test_log_help_lists_every_category)
{
    struct exit_result r;
    RUN_EXITING(&r, "-d", "help");
    ck_assert_int_eq(r.status, 0);
#define LOG_CATEGORY(id, name, help) ck_assert_contains(r.out, name);
#include "log_categories.def"
#undef LOG_CATEGORY
}
END_TEST

START_TEST(test_unknown_log_item_is_an_error)
{
    struct exit_result r;
    RUN_EXITING(&r, "-d", "exec,bogus", "prog");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "unknown log item 'bogus'");
}
END_TEST

/* -- Environment variables -------------------------------------------------- */

START_TEST(test_qemu_variables_set_options)
{
    struct ferry_options o;
    setenv("QEMU_LD_PREFIX", "/srv/arm64", 1);
    setenv("QEMU_STRACE", "", 1); /* set at all means on, as in qemu */
    setenv("QEMU_LOG", "unimp", 1);
    setenv("QEMU_LOG_FILENAME", "/tmp/f.log", 1);
    setenv("QEMU_CPU", "max", 1);
    setenv("QEMU_STACK_SIZE", "1M", 1);
    setenv("QEMU_ARGV0", "sh", 1);
    ck_assert_int_eq(PARSE(&o, "prog"), 1);
    ck_assert_str_eq(o.sysroot, "/srv/arm64");
    ck_assert(o.strace);
    ck_assert_uint_eq(o.log_mask, 1u << LOG_UNIMP);
    ck_assert_str_eq(o.log_file, "/tmp/f.log");
    ck_assert_uint_eq(o.stack_size, 1u << 20);
    ck_assert_str_eq(o.argv0, "sh");
}
END_TEST

START_TEST(test_ferry_variable_overrides_qemu_variable)
{
    struct ferry_options o;
    setenv("QEMU_LD_PREFIX", "/qemu", 1);
    setenv("FERRY_LD_PREFIX", "/ferry", 1);
    setenv("FERRY_STRACE", "1", 1);
    PARSE(&o, "prog");
    ck_assert_str_eq(o.sysroot, "/ferry");
    ck_assert(o.strace);
}
END_TEST

START_TEST(test_command_line_overrides_variables)
{
    struct ferry_options o;
    setenv("QEMU_LD_PREFIX", "/qemu", 1);
    setenv("FERRY_LOG", "exec", 1);
    PARSE(&o, "-L", "/cmd", "-d", "op", "prog");
    ck_assert_str_eq(o.sysroot, "/cmd");
    ck_assert_uint_eq(o.log_mask, 1u << LOG_OP);
}
END_TEST

START_TEST(test_bad_value_in_variable_names_the_variable)
{
    struct exit_result r;
    setenv("QEMU_LOG", "nonsense", 1);
    RUN_EXITING(&r, "prog");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "QEMU_LOG: unknown log item 'nonsense'");
}
END_TEST

START_TEST(test_unsupported_variable_only_warns)
{
    struct ferry_options o;
    setenv("QEMU_GUEST_BASE", "0x10000", 1);
    ck_assert_int_eq(PARSE(&o, "prog"), 1);
}
END_TEST

/* -- The guest environment -------------------------------------------------- */

static void check_env(char **env, const char *const *want)
{
    size_t i = 0;
    for (; want[i]; i++) {
        ck_assert_ptr_nonnull(env[i]);
        ck_assert_str_eq(env[i], want[i]);
    }
    ck_assert_ptr_null(env[i]);
}

START_TEST(test_guest_env_applies_set_and_unset_in_order)
{
    struct ferry_options o;
    char *host[] = { "A=1", "B=2", "C=3", NULL };
    PARSE(&o, "-E", "B=20,D=4", "-U", "A", "-E", "D=5", "prog");
    char **env = options_guest_env(&o, host);
    check_env(env, (const char *const[]){ "B=20", "C=3", "D=5", NULL });
    free(env);
}
END_TEST

START_TEST(test_guest_env_last_change_wins)
{
    struct ferry_options o;
    char *host[] = { "A=1", NULL };
    PARSE(&o, "-U", "A", "-E", "A=2", "-E", "B=1", "-U", "B", "prog");
    char **env = options_guest_env(&o, host);
    check_env(env, (const char *const[]){ "A=2", NULL });
    free(env);
}
END_TEST

START_TEST(test_guest_env_keeps_qemu_variables_like_qemu)
{
    struct ferry_options o;
    char *host[] = { "QEMU_LD_PREFIX=/r", "PATH=/bin", NULL };
    PARSE(&o, "prog");
    char **env = options_guest_env(&o, host);
    check_env(env, (const char *const[]){ "QEMU_LD_PREFIX=/r", "PATH=/bin", NULL });
    free(env);
}
END_TEST

START_TEST(test_set_env_variable_applies_before_command_line)
{
    struct ferry_options o;
    char *host[] = { NULL };
    setenv("QEMU_SET_ENV", "X=env,Y=env", 1);
    setenv("QEMU_UNSET_ENV", "Z", 1);
    PARSE(&o, "-E", "X=cmd", "prog");
    char **env = options_guest_env(&o, host);
    check_env(env, (const char *const[]){ "X=cmd", "Y=env", NULL });
    free(env);
}
END_TEST

START_TEST(test_set_env_without_equals_is_an_error)
{
    struct exit_result r;
    RUN_EXITING(&r, "-E", "NOVALUE", "prog");
    ck_assert_int_eq(r.status, 1);
    ck_assert_contains(r.err, "-E: expected VAR=value, got 'NOVALUE'");
    RUN_EXITING(&r, "-U", "A=1", "prog");
    ck_assert_int_eq(r.status, 1);
}
END_TEST

/* -- Re-executing ferry ------------------------------------------------------ */

START_TEST(test_reexec_argv_repeats_the_options_that_matter)
{
    struct ferry_options o;
    int n;
    PARSE(&o, "-L", "/r", "-strace", "-d", "exec,unimp", "-D", "/tmp/l",
          "-s", "1M", "-E", "A=1", "-0", "name", "prog");
    char **v = options_reexec_argv(&o, &n);
    const char *const want[] = { "-L", "/r", "-strace", "-d", "exec,unimp",
                                 "-D", "/tmp/l", "-log-append", "-s",
                                 "1048576", NULL };
    ck_assert_int_eq(n, 10);
    check_env(v, want);
    options_free_argv(v);
}
END_TEST

START_TEST(test_reexec_argv_is_empty_for_defaults)
{
    struct ferry_options o;
    int n = -1;
    PARSE(&o, "prog");
    char **v = options_reexec_argv(&o, &n);
    ck_assert_int_eq(n, 0);
    ck_assert_ptr_null(v[0]);
    options_free_argv(v);
}
END_TEST

START_TEST(test_reexec_argv_parses_back_to_the_same_options)
{
    struct ferry_options a, b;
    int n;
    PARSE(&a, "-L", "/r", "-d", "op_opt", "-s", "2M", "-r", "5.10",
          "-seed", "7", "-singlestep", "prog");
    char **v = options_reexec_argv(&a, &n);
    char *argv[32] = { "ferry" };
    memcpy(argv + 1, v, n * sizeof(*v));
    argv[n + 1] = "prog";
    ck_assert_int_eq(options_parse(n + 2, argv, &b), n + 1);
    ck_assert_str_eq(b.sysroot, a.sysroot);
    ck_assert_uint_eq(b.log_mask, a.log_mask);
    ck_assert_uint_eq(b.stack_size, a.stack_size);
    ck_assert_str_eq(b.uname_release, a.uname_release);
    ck_assert_uint_eq(b.seed, a.seed);
    ck_assert(b.one_insn_per_tb);
    options_free_argv(v);
}
END_TEST

/* -- Logging ---------------------------------------------------------------- */

START_TEST(test_log_mask_parses_all_and_skips_empty_words)
{
    unsigned m = 0;
    const char *bad = NULL;
    ck_assert(log_parse_mask("all", &m, &bad));
    ck_assert_uint_eq(m, (1u << LOG_NR_CATEGORIES) - 1);
    ck_assert(log_parse_mask(",in_asm,,op,", &m, &bad));
    ck_assert_uint_eq(m, (1u << LOG_IN_ASM) | (1u << LOG_OP));
    ck_assert(!log_parse_mask("op,in_as", &m, &bad));
    ck_assert_str_eq(bad, "in_as");
}
END_TEST

START_TEST(test_log_mask_to_string_round_trips)
{
    char buf[128];
    unsigned m = 0;
    log_mask_to_string((1u << LOG_OUT_ASM) | (1u << LOG_STATS), buf, sizeof(buf));
    ck_assert_str_eq(buf, "out_asm,stats");
    ck_assert(log_parse_mask(buf, &m, NULL));
    ck_assert_uint_eq(m, (1u << LOG_OUT_ASM) | (1u << LOG_STATS));
    log_mask_to_string(0, buf, sizeof(buf));
    ck_assert_str_eq(buf, "");
}
END_TEST

START_TEST(test_apply_turns_strace_into_a_log_category)
{
    struct ferry_options o;
    PARSE(&o, "-strace", "-d", "exec", "prog");
    ck_assert(options_apply(&o));
    ck_assert(log_enabled(LOG_STRACE));
    ck_assert(log_enabled(LOG_EXEC));
    ck_assert(!log_enabled(LOG_OP));
}
END_TEST

START_TEST(test_log_file_name_expands_pid_and_receives_messages)
{
    char dir[] = "/tmp/ferry-test-XXXXXX", path[256], want[256], line[64];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/log-%%d", dir);
    snprintf(want, sizeof(want), "%s/log-%d", dir, (int)getpid());
    ck_assert(log_open(path, false));
    log_msg("hello %d\n", 42);
    log_flush();
    FILE *f = fopen(want, "r");
    ck_assert_ptr_nonnull(f);
    ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
    ck_assert_str_eq(line, "hello 42\n");
    fclose(f);
    ck_assert(log_open(want, true)); /* append keeps the first line */
    log_msg("again\n");
    log_flush();
    f = fopen(want, "r");
    ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
    ck_assert_ptr_nonnull(fgets(line, sizeof(line), f));
    ck_assert_str_eq(line, "again\n");
    fclose(f);
    unlink(want);
    rmdir(dir);
}
END_TEST

START_TEST(test_unwritable_log_file_is_reported)
{
    struct ferry_options o;
    PARSE(&o, "-D", "/nonexistent-dir/x.log", "prog");
    ck_assert(!options_apply(&o));
}
END_TEST

START_TEST(test_fatal_exits_125)
{
    fclose(stderr); /* keep the harness log clean */
    fatal("test %d", 1);
}
END_TEST

/* -- Documentation ---------------------------------------------------------- */

/* The whole of a file of the source tree ($top_srcdir, set by make check). */
static char *read_source_file(const char *rel)
{
    const char *top = getenv("abs_top_srcdir");
    char path[4096];
    static char buf[1 << 16];
    FILE *f;
    size_t n;

    snprintf(path, sizeof(path), "%s/%s", top ? top : ".", rel);
    f = fopen(path, "r");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    n = fread(buf, 1, sizeof(buf) - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

START_TEST(test_man_page_documents_every_log_item)
{
    const char *man = read_source_file("man/ferry.1");
    char want[64];
#define LOG_CATEGORY(id, name, help)                                          \
    snprintf(want, sizeof(want), "\n.B %s\n", name);                          \
    ck_assert_msg(strstr(man, want), "man/ferry.1 does not document -d %s", name);
#include "log_categories.def"
#undef LOG_CATEGORY
}
END_TEST

static Suite *options_suite(void)
{
    Suite *s = suite_create("options");
    TCase *tc = tcase_create("options");

    tcase_add_checked_fixture(tc, clear_ferry_env, NULL);
    tcase_add_test(tc, test_program_alone_gets_defaults);
    tcase_add_test(tc, test_every_option_sets_its_field);
    tcase_add_test(tc, test_double_dash_spelling_is_the_same_option);
    tcase_add_test(tc, test_double_dash_ends_the_options);
    tcase_add_test(tc, test_options_after_the_program_belong_to_the_guest);
    tcase_add_test(tc, test_stack_size_accepts_suffixes_and_hex);
    tcase_add_loop_test(tc, test_bad_stack_size_is_an_error, 0, ARRAY_SIZE(bad_sizes));
    tcase_add_test(tc, test_cpu_properties_after_a_comma_are_accepted);
    tcase_add_test(tc, test_unknown_cpu_is_an_error);
    tcase_add_test(tc, test_cpu_help_lists_max_and_exits_0);
    tcase_add_test(tc, test_unknown_option_names_it_and_hints_at_help);
    tcase_add_test(tc, test_missing_option_argument_is_an_error);
    tcase_add_test(tc, test_no_program_is_an_error);
    tcase_add_test(tc, test_unsupported_qemu_option_is_a_clear_error);
    tcase_add_test(tc, test_help_prints_usage_and_exits_0);
    tcase_add_test(tc, test_version_prints_version_and_exits_0);
    tcase_add_test(tc, test_log_help_lists_every_category);
    tcase_add_test(tc, test_unknown_log_item_is_an_error);
    tcase_add_test(tc, test_qemu_variables_set_options);
    tcase_add_test(tc, test_ferry_variable_overrides_qemu_variable);
    tcase_add_test(tc, test_command_line_overrides_variables);
    tcase_add_test(tc, test_bad_value_in_variable_names_the_variable);
    tcase_add_test(tc, test_unsupported_variable_only_warns);
    tcase_add_test(tc, test_guest_env_applies_set_and_unset_in_order);
    tcase_add_test(tc, test_guest_env_last_change_wins);
    tcase_add_test(tc, test_guest_env_keeps_qemu_variables_like_qemu);
    tcase_add_test(tc, test_set_env_variable_applies_before_command_line);
    tcase_add_test(tc, test_set_env_without_equals_is_an_error);
    tcase_add_test(tc, test_reexec_argv_repeats_the_options_that_matter);
    tcase_add_test(tc, test_reexec_argv_is_empty_for_defaults);
    tcase_add_test(tc, test_reexec_argv_parses_back_to_the_same_options);
    tcase_add_test(tc, test_log_mask_parses_all_and_skips_empty_words);
    tcase_add_test(tc, test_log_mask_to_string_round_trips);
    tcase_add_test(tc, test_apply_turns_strace_into_a_log_category);
    tcase_add_test(tc, test_log_file_name_expands_pid_and_receives_messages);
    tcase_add_test(tc, test_unwritable_log_file_is_reported);
    tcase_add_exit_test(tc, test_fatal_exits_125, 125);
    tcase_add_test(tc, test_man_page_documents_every_log_item);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(options_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
