/* probe.c - prints one fact the guest sees, chosen by argv[1]; used by
 * tests/cli/run.sh to check that ferry's options take effect. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <unistd.h>

static int print_env(int argc, char **argv)
{
    for (int i = 2; i < argc; i++) {
        const char *v = getenv(argv[i]);
        printf("%s%s", i > 2 ? " " : "", v ? v : "-");
    }
    printf("\n");
    return 0;
}

int main(int argc, char **argv)
{
    struct utsname u;
    const char *what = argc > 1 ? argv[1] : "";
    if (!strcmp(what, "argv0"))
        printf("%s\n", argv[0]);
    else if (!strcmp(what, "env"))
        return print_env(argc, argv);
    else if (!strcmp(what, "random")) {
        unsigned char b[8];
        if (getrandom(b, sizeof b, 0) != sizeof b)
            return 1;
        for (int i = 0; i < 8; i++)
            printf("%02x", b[i]);
        printf("\n");
    } else if (!strcmp(what, "stack")) {
        /* the size of the mapping holding a local variable */
        int local;
        FILE *f = fopen("/proc/self/maps", "r");
        char line[256];
        unsigned long lo, hi, size = 0, at = (unsigned long)&local;
        while (f && fgets(line, sizeof line, f))
            if (sscanf(line, "%lx-%lx", &lo, &hi) == 2 && at >= lo && at < hi)
                size = hi - lo;
        printf("%lu\n", size);
    } else if (!strcmp(what, "release") || !strcmp(what, "machine")) {
        uname(&u);
        printf("%s\n", what[0] == 'r' ? u.release : u.machine);
    } else if (!strcmp(what, "nosys")) {
        long r = syscall(9999);
        printf("%d\n", r == -1 ? errno : 0);
    } else {
        return 2;
    }
    return 0;
}
