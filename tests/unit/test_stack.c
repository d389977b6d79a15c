/*
 * test_stack.c - loader/stack.c: the initial guest stack read back.
 *
 * A stack is built for a fixed load_info, argv and envp, then parsed from
 * sp as a guest's _start would: argc, argv, envp, every auxv entry with
 * its value, the alignment, the strings in the kernel's order, AT_RANDOM
 * and AT_EXECFN inside the stack.  The auxv key order is checked against
 * the arm64 kernel's create_elf_tables; when qemu-aarch64-static and the
 * cross compiler are installed, the key set is compared with qemu's too.
 */
#define _GNU_SOURCE
#include <check.h>
#include <elf.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "loader.h"
#include "hwcap.h"

static const struct guest_arch test_arch = {
    .name = "aarch64", .e_machine = EM_AARCH64, .platform = "aarch64",
    .hwcap = a64_hwcap, .hwcap2 = a64_hwcap2, .min_page_size = 4096,
};

/* The arm64 kernel's order (fs/binfmt_elf.c create_elf_tables with
 * ARCH_DLINFO), less AT_SYSINFO_EHDR: ferry has no vDSO. */
static const uint64_t kernel_order[] = {
    AT_MINSIGSTKSZ, AT_HWCAP, AT_PAGESZ, AT_CLKTCK, AT_PHDR, AT_PHENT,
    AT_PHNUM, AT_BASE, AT_FLAGS, AT_ENTRY, AT_UID, AT_EUID, AT_GID, AT_EGID,
    AT_SECURE, AT_RANDOM, AT_HWCAP2, AT_EXECFN, AT_PLATFORM, AT_NULL,
};

static char *const test_argv[] = { "prog", "", "second arg", NULL };
static char *const test_envp[] = { "HOME=/root", "X=", "PATH=/bin:/usr/bin", NULL };

static struct load_info make_li(void)
{
    struct load_info li = { .arch = &test_arch, .entry = 0x400180,
                            .prog_entry = 0x400180, .phdr = 0x400040,
                            .phnum = 7, .phent = sizeof(Elf64_Phdr),
                            .execfn = "/usr/local/bin/prog" };
    return li;
}

static struct load_info build(void)
{
    struct load_info li = make_li();
    ck_assert_int_eq(loader_build_stack(&li, 3, test_argv, test_envp), 0);
    return li;
}

/* The auxv on the stack: after argc, argv, NULL, envp, NULL. */
static uint64_t *stack_auxv(const struct load_info *li)
{
    uint64_t *p = (uint64_t *)li->sp;
    p += 1 + p[0] + 1;
    while (*p)
        p++;
    return p + 1;
}

static uint64_t auxv_get(const struct load_info *li, uint64_t type)
{
    for (uint64_t *a = stack_auxv(li); ; a += 2) {
        if (a[0] == type)
            return a[1];
        ck_assert_msg(a[0] != AT_NULL, "auxv has no entry %lu", (unsigned long)type);
    }
}

static bool in_stack(const struct load_info *li, uint64_t addr, size_t len)
{
    return addr >= li->stack_base && addr + len <= li->stack_top;
}

START_TEST(test_sp_is_aligned_and_points_at_argc_argv_envp)
{
    struct load_info li = build();
    uint64_t *sp = (uint64_t *)li.sp;
    ck_assert_uint_eq(li.sp % 16, 0);
    ck_assert(in_stack(&li, li.sp, 8));
    ck_assert_uint_eq(li.stack_top - li.stack_base, LOADER_STACK_SIZE);
    ck_assert_uint_le(li.stack_top, LOADER_TASK_SIZE);
    ck_assert_uint_eq(sp[0], 3);
    for (int i = 0; i < 3; i++) {
        ck_assert(in_stack(&li, sp[1 + i], 1));
        ck_assert_str_eq((char *)sp[1 + i], test_argv[i]);
    }
    ck_assert_uint_eq(sp[4], 0);
    for (int i = 0; i < 3; i++)
        ck_assert_str_eq((char *)sp[5 + i], test_envp[i]);
    ck_assert_uint_eq(sp[8], 0);
    ck_assert_ptr_eq(stack_auxv(&li), &sp[9]);
}
END_TEST

START_TEST(test_auxv_keys_come_in_the_kernels_order)
{
    struct load_info li = build();
    uint64_t *a = stack_auxv(&li);
    for (size_t i = 0; i < ARRAY_SIZE(kernel_order); i++)
        ck_assert_msg(a[2 * i] == kernel_order[i], "auxv[%zu] is %lu, want %lu", i,
                      (unsigned long)a[2 * i], (unsigned long)kernel_order[i]);
}
END_TEST

/* Another CPU model (cpu_models.def) gives another AT_HWCAP. */
START_TEST(test_auxv_hwcap_follows_the_cpu_model)
{
    ck_assert(a64_set_cpu_model("cortex-a53"));
    struct load_info li = build();
    ck_assert_uint_eq(auxv_get(&li, AT_HWCAP), a64_cpu_model()->hwcap);
    ck_assert_uint_eq(auxv_get(&li, AT_HWCAP) & (1u << 8), 0);   /* no LSE */
    ck_assert_uint_ne(auxv_get(&li, AT_HWCAP) & (1u << 3), 0);   /* AES */
    ck_assert(a64_set_cpu_model("max"));
}
END_TEST

START_TEST(test_auxv_values_describe_the_program)
{
    struct load_info li = build();
    ck_assert_uint_eq(auxv_get(&li, AT_MINSIGSTKSZ), 5120);
    ck_assert_uint_eq(auxv_get(&li, AT_HWCAP), a64_hwcap());
    ck_assert_uint_eq(auxv_get(&li, AT_HWCAP2), a64_hwcap2());
    ck_assert_uint_eq(auxv_get(&li, AT_PAGESZ), 4096);
    ck_assert_uint_eq(auxv_get(&li, AT_CLKTCK), 100);
    ck_assert_uint_eq(auxv_get(&li, AT_PHDR), 0x400040);
    ck_assert_uint_eq(auxv_get(&li, AT_PHENT), 56);
    ck_assert_uint_eq(auxv_get(&li, AT_PHNUM), 7);
    ck_assert_uint_eq(auxv_get(&li, AT_BASE), 0);
    ck_assert_uint_eq(auxv_get(&li, AT_FLAGS), 0);
    ck_assert_uint_eq(auxv_get(&li, AT_ENTRY), 0x400180);
    ck_assert_uint_eq(auxv_get(&li, AT_UID), getuid());
    ck_assert_uint_eq(auxv_get(&li, AT_EUID), geteuid());
    ck_assert_uint_eq(auxv_get(&li, AT_GID), getgid());
    ck_assert_uint_eq(auxv_get(&li, AT_EGID), getegid());
    ck_assert_uint_eq(auxv_get(&li, AT_SECURE), 0);
    uint64_t exe = auxv_get(&li, AT_EXECFN), plat = auxv_get(&li, AT_PLATFORM);
    ck_assert(in_stack(&li, exe, 1) && in_stack(&li, plat, 1));
    ck_assert_str_eq((char *)exe, "/usr/local/bin/prog");
    ck_assert_str_eq((char *)plat, "aarch64");
    ck_assert(in_stack(&li, auxv_get(&li, AT_RANDOM), 16));
}
END_TEST

START_TEST(test_strings_sit_above_the_tables_in_the_kernels_order)
{
    struct load_info li = build();
    uint64_t *sp = (uint64_t *)li.sp;
    uint64_t exe = auxv_get(&li, AT_EXECFN);
    uint64_t rnd = auxv_get(&li, AT_RANDOM), plat = auxv_get(&li, AT_PLATFORM);
    /* top: 8 zero bytes, execfn, envp strings, argv strings (contiguous) */
    ck_assert_uint_eq(*(uint64_t *)(li.stack_top - 8), 0);
    ck_assert_uint_eq(exe + strlen((char *)exe) + 1, li.stack_top - 8);
    ck_assert_uint_eq(sp[7] + strlen(test_envp[2]) + 1, exe);
    uint64_t str[6] = { sp[1], sp[2], sp[3], sp[5], sp[6], sp[7] };
    for (int i = 0; i < 5; i++) /* argv[0..2], envp[0..2] back to back */
        ck_assert_uint_eq(str[i] + strlen((char *)str[i]) + 1, str[i + 1]);
    /* then, 16-aligned: platform string, 16 random bytes, the tables */
    ck_assert_uint_eq(plat + 8, ALIGN_DOWN(sp[1], 16));
    ck_assert_uint_eq(rnd + 16, plat);
    size_t n;
    const uint64_t *av = loader_auxv(&n);
    ck_assert_uint_ge(rnd, (uint64_t)(stack_auxv(&li) + n));
    ck_assert_uint_lt(rnd - (uint64_t)(stack_auxv(&li) + n), 16);
    ck_assert_int_eq(memcmp(av, stack_auxv(&li), n * 8), 0);
    ck_assert_uint_eq(n, 2 * ARRAY_SIZE(kernel_order));
    ck_assert_uint_eq(av[n - 2], AT_NULL);
}
END_TEST

START_TEST(test_at_random_differs_between_stacks)
{
    struct load_info a = build(), b = build();
    ck_assert_int_ne(memcmp((void *)auxv_get(&a, AT_RANDOM),
                            (void *)auxv_get(&b, AT_RANDOM), 16), 0);
    ck_assert_uint_ne(a.stack_base, b.stack_base);
}
END_TEST

START_TEST(test_a_guard_gap_lies_below_the_stack)
{
    struct load_info li = build();
    char line[512], perms[8];
    unsigned long lo, hi;
    bool guard = false;
    FILE *f = fopen("/proc/self/maps", "r");
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "%lx-%lx %7s", &lo, &hi, perms) == 3 && hi == li.stack_base)
            guard = strcmp(perms, "---p") == 0 && hi - lo >= LOADER_STACK_GUARD;
    fclose(f);
    ck_assert_msg(guard, "no PROT_NONE gap of %llu bytes below the stack",
                  LOADER_STACK_GUARD);
}
END_TEST

START_TEST(test_an_empty_argv_gets_an_empty_argv0)
{
    struct load_info li = make_li();
    char *const none[] = { NULL };
    ck_assert_int_eq(loader_build_stack(&li, 0, none, none), 0);
    uint64_t *sp = (uint64_t *)li.sp;
    ck_assert_uint_eq(sp[0], 1);
    ck_assert_str_eq((char *)sp[1], "");
    ck_assert_uint_eq(sp[2], 0);
    ck_assert_uint_eq(sp[3], 0); /* empty envp */
}
END_TEST

START_TEST(test_too_large_arguments_are_e2big)
{
    struct load_info li = make_li();
    size_t big = 200 * 1024; /* over MAX_ARG_STRLEN (128 KiB) */
    char *s = malloc(big);
    memset(s, 'a', big - 1);
    s[big - 1] = '\0';
    char *const argv[] = { "prog", s, NULL };
    ck_assert_int_eq(loader_build_stack(&li, 2, argv, test_envp), -E2BIG);
    free(s);
}
END_TEST

/* The HWCAP table matches the uapi header and advertises only what ferry
 * implements. */
START_TEST(test_hwcap_bits_match_the_uapi_header)
{
    uint64_t want = 0;
#define A64_IMPL(n, b, impl) if (impl) want |= 1ull << (b);
    A64_HWCAP_BITS(A64_IMPL)
#undef A64_IMPL
    ck_assert_uint_eq(a64_hwcap(), want);  /* exactly the implemented rows */
    ck_assert_uint_ne(want & 3, 0);        /* FP and ASIMD at least */
    want = 0;
#define A64_IMPL(n, b, impl) if (impl) want |= 1ull << (b);
    A64_HWCAP2_BITS(A64_IMPL)
#undef A64_IMPL
    ck_assert_uint_eq(a64_hwcap2(), want);
    FILE *f = fopen("/usr/aarch64-linux-gnu/include/asm/hwcap.h", "r");
    if (!f)
        return; /* no cross headers: the values above still hold */
    char line[256], name[64];
    int bit, checked = 0;
    while (fgets(line, sizeof line, f)) {
        if (sscanf(line, "#define HWCAP_%63s (1 << %d)", name, &bit) != 2 &&
            sscanf(line, "#define HWCAP_%63s (1UL << %d)", name, &bit) != 2)
            continue;
#define A64_CHECK(n, b, impl) \
        if (strcmp(name, #n) == 0) { ck_assert_int_eq(bit, b); checked++; }
        A64_HWCAP_BITS(A64_CHECK)
#undef A64_CHECK
    }
    fclose(f);
    ck_assert_int_eq(checked, 32);
}
END_TEST

/* -- Against qemu-aarch64-static -- */

/* $name (set by make check) or the Debian command. */
static const char *tool(const char *name, const char *fallback)
{
    const char *t = getenv(name);
    return t && *t ? t : fallback;
}
#define CROSS_CC tool("AARCH64_CC", "aarch64-linux-gnu-gcc")
#define QEMU tool("QEMU_AARCH64", "qemu-aarch64-static")

static const char dump_src[] =
    "#include <stdio.h>\n"
    "extern char **environ;\n"
    "int main(void) { char **e = environ; while (*e) e++;\n"
    "  for (unsigned long *a = (unsigned long *)(e + 1); *a; a += 2)\n"
    "    printf(\"%lu\\n\", a[0]);\n"
    "  return 0; }\n";

START_TEST(test_auxv_keys_are_qemus_plus_minsigstksz)
{
    char dir[] = "/tmp/ferry-test-stack-XXXXXX", cmd[1024];
    ck_assert_ptr_nonnull(mkdtemp(dir));
    snprintf(cmd, sizeof cmd, "cat > %s/dump.c && %s -static -O1 -o %s/dump %s/dump.c",
             dir, CROSS_CC, dir, dir);
    FILE *p = popen(cmd, "w");
    fputs(dump_src, p);
    ck_assert_int_eq(pclose(p), 0);
    snprintf(cmd, sizeof cmd, "%s %s/dump; rm -rf %s", QEMU, dir, dir);
    p = popen(cmd, "r");
    unsigned long key;
    bool qemu[64] = { false }, ours[64] = { false };
    while (fscanf(p, "%lu", &key) == 1)
        if (key < 64)
            qemu[key] = true;
    pclose(p);
    for (size_t i = 0; i + 1 < ARRAY_SIZE(kernel_order); i++)
        ours[kernel_order[i]] = true;
    ck_assert(qemu[AT_PHDR]); /* qemu ran and printed */
    for (unsigned k = 1; k < 64; k++)
        ck_assert_msg(qemu[k] == ours[k] || (k == AT_MINSIGSTKSZ && !qemu[k]),
                      "auxv key %u: qemu %d, ferry %d", k, qemu[k], ours[k]);
}
END_TEST

static bool have_qemu_and_cross_gcc(void)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s --version >/dev/null 2>&1 && %s --version "
             ">/dev/null 2>&1", QEMU, CROSS_CC);
    return system(cmd) == 0;
}

int main(void)
{
    Suite *s = suite_create("stack");
    TCase *tc = tcase_create("layout");
    tcase_add_test(tc, test_sp_is_aligned_and_points_at_argc_argv_envp);
    tcase_add_test(tc, test_auxv_keys_come_in_the_kernels_order);
    tcase_add_test(tc, test_auxv_values_describe_the_program);
    tcase_add_test(tc, test_strings_sit_above_the_tables_in_the_kernels_order);
    tcase_add_test(tc, test_at_random_differs_between_stacks);
    tcase_add_test(tc, test_a_guard_gap_lies_below_the_stack);
    tcase_add_test(tc, test_an_empty_argv_gets_an_empty_argv0);
    tcase_add_test(tc, test_too_large_arguments_are_e2big);
    tcase_add_test(tc, test_hwcap_bits_match_the_uapi_header);
    tcase_add_test(tc, test_auxv_hwcap_follows_the_cpu_model);
    suite_add_tcase(s, tc);
    if (have_qemu_and_cross_gcc()) {
        TCase *q = tcase_create("qemu");
        tcase_add_test(q, test_auxv_keys_are_qemus_plus_minsigstksz);
        tcase_set_timeout(q, 60);
        suite_add_tcase(s, q);
    } else {
        printf("test_stack: qemu-aarch64-static or aarch64-linux-gnu-gcc missing: "
               "auxv not compared with qemu\n");
    }
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
