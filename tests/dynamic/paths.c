/* paths.c - the file calls that look absolute paths up in the sysroot:
 * openat, newfstatat (stat, lstat), statx, faccessat, readlinkat; and
 * the ones that must not: /proc, relative paths.  usage: paths DIR where
 * DIR (absolute, only in the sysroot) holds data (text) and link -> data. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void show(const char *what, long r)
{
    printf("%s: %s\n", what, r < 0 ? "error" : "ok");
}

int main(int argc, char **argv)
{
    char path[512], link[512], buf[128] = "";
    struct stat st;
    struct statx sx;
    ssize_t n;
    int fd;

    if (argc != 2)
        return 2;
    snprintf(path, sizeof path, "%s/data", argv[1]);
    snprintf(link, sizeof link, "%s/link", argv[1]);
    fd = open(path, O_RDONLY);
    n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : -1;
    buf[n > 0 ? n : 0] = '\0';
    printf("open+read: %s", fd >= 0 ? buf : "error\n");
    show("stat", stat(path, &st));
    printf("stat size: %lld\n", (long long)st.st_size);
    show("lstat of the link", lstat(link, &st));
    printf("the link is a link: %s\n", S_ISLNK(st.st_mode) ? "yes" : "no");
    n = readlink(link, buf, sizeof buf - 1);
    buf[n > 0 ? n : 0] = '\0';
    printf("readlink: %s\n", n > 0 ? buf : "error");
    show("statx", statx(AT_FDCWD, link, 0, STATX_SIZE, &sx));
    printf("statx size through the link: %llu\n", (unsigned long long)sx.stx_size);
    show("access R_OK", access(path, R_OK));
    show("faccessat missing", faccessat(AT_FDCWD, "/ferry-test-nowhere", F_OK, 0));
    /* /proc is the host's even when the sysroot has a /proc */
    show("open /proc/self/status", open("/proc/self/status", O_RDONLY));
    /* relative paths follow the cwd, never the sysroot */
    show("relative data", access("data", F_OK));
    return 0;
}
