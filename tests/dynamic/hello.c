/* hello.c - the smallest dynamic program: libc from the sysroot, argv,
 * and an exit status.  Built as a PIE (hello) and as -no-pie (hello-nopie). */
#include <stdio.h>

int main(int argc, char **argv)
{
    printf("hello, dynamic world: %d argument(s)\n", argc - 1);
    for (int i = 1; i < argc; i++)
        printf("arg %d: %s\n", i, argv[i]);
    return 7;
}
