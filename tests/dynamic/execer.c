/* execer.c - run another program by absolute path with execv, as a shell
 * or make would: usage execer PATH [ARG...].  The new program must run
 * under ferry with the same sysroot (it is dynamic too). */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: execer PATH [ARG...]\n");
        return 2;
    }
    printf("execer: running %s\n", argv[1]);
    fflush(stdout);
    execv(argv[1], argv + 1);
    perror("execv");
    return 1;
}
