/* showexe.c - print argv, AT_EXECFN and /proc/self/exe: after an execve
 * of a program found only in the sysroot, the guest sees its own name
 * for it, not the host's. */
#include <stdio.h>
#include <sys/auxv.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);

    exe[n > 0 ? n : 0] = '\0';
    for (int i = 0; i < argc; i++)
        printf("argv[%d] = %s\n", i, argv[i]);
    printf("AT_EXECFN = %s\n", (char *)getauxval(AT_EXECFN));
    printf("/proc/self/exe = %s\n", exe);
    printf("access(/proc/self/exe, X_OK) = %d\n", access("/proc/self/exe", X_OK));
    return 0;
}
