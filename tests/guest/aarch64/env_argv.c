/*
 * env_argv.c - argc/argv (including empty and spaced arguments) and the
 * environment (the FERRYTEST_* variables the runner sets, sorted), plus
 * getenv/setenv/unsetenv.  Portable; the expected output is native.
 */
// test-expect: native
// test-args: one "two words" "" --flag=3
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;
static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv)
{
	printf("argc=%d\n", argc);
	for (int i = 1; i < argc; i++)
		printf("argv[%d]=[%s]\n", i, argv[i]);
	printf("argv[argc]=%s\n", argv[argc] ? "non-null" : "NULL");
	const char *v[64];
	int n = 0;
	for (char **e = environ; *e && n < 64; e++)
		if (!strncmp(*e, "FERRYTEST_", 10))
			v[n++] = *e;
	qsort(v, n, sizeof *v, cmp);
	for (int i = 0; i < n; i++)
		printf("env %s\n", v[i]);
	printf("getenv FERRYTEST_SPACES=[%s]\n", getenv("FERRYTEST_SPACES"));
	setenv("FERRYTEST_NEW", "x=y", 1);
	unsetenv("FERRYTEST_A");
	printf("after setenv: %s %s\n", getenv("FERRYTEST_NEW"), getenv("FERRYTEST_A") ? "A still set" : "A unset");
	return argc;
}
