/* auxv.c - what a dynamic program sees of its start: AT_BASE (the
 * interpreter) non-zero and the same in /proc/self/auxv, AT_ENTRY the
 * program's _start, not ld.so's, AT_PHDR inside the program, AT_EXECFN
 * the path it was run as, /proc/self/exe the program's full path. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>

extern char _start[];

/* The value of `type` in /proc/self/auxv, or -1. */
static long file_auxv(unsigned long type)
{
    unsigned long pair[2];
    long v = -1;
    int fd = open("/proc/self/auxv", O_RDONLY);

    while (fd >= 0 && read(fd, pair, sizeof pair) == sizeof pair && pair[0] != AT_NULL)
        if (pair[0] == type)
            v = (long)pair[1];
    if (fd >= 0)
        close(fd);
    return v;
}

/* dl_iterate_phdr: is addr the load address of the object named like ld? */
static int find_ld(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    if (strstr(info->dlpi_name, "ld-linux") && info->dlpi_addr == *(unsigned long *)data)
        *(unsigned long *)data = 1;
    return 0;
}

int main(int argc, char **argv)
{
    unsigned long base = getauxval(AT_BASE), probe = base;
    char exe[PATH_MAX], *want = realpath(argv[0], NULL);
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

    (void)argc;
    exe[n > 0 ? n : 0] = '\0';
    dl_iterate_phdr(find_ld, &probe);
    printf("AT_BASE non-zero: %s\n", base ? "yes" : "no");
    printf("AT_BASE is ld.so's load address: %s\n", probe == 1 ? "yes" : "no");
    printf("/proc/self/auxv has the same AT_BASE: %s\n",
           file_auxv(AT_BASE) == (long)base ? "yes" : "no");
    printf("AT_ENTRY is the program's _start: %s\n",
           getauxval(AT_ENTRY) == (unsigned long)_start ? "yes" : "no");
    printf("AT_EXECFN is argv[0]: %s\n",
           strcmp((char *)getauxval(AT_EXECFN), argv[0]) == 0 ? "yes" : "no");
    printf("/proc/self/exe is the program: %s\n",
           want && strcmp(exe, want) == 0 ? "yes" : "no");
    printf("AT_PHDR below _start: %s\n",
           getauxval(AT_PHDR) && getauxval(AT_PHDR) < (unsigned long)_start ? "yes" : "no");
    return 0;
}
