/*
 * fileio.c - file system calls in the current (fresh, empty) directory:
 * open/write/read/pread/pwrite/lseek (SEEK_SET/CUR/END, holes), fstat and
 * stat fields that do not depend on the machine, readdir (sorted),
 * mkdir/rmdir, rename, link/symlink/readlink, unlink, dup2, fcntl, pipe,
 * getcwd relative paths, errno values for failures, and stdio buffering.
 * Portable C; the expected output is the native build's run in an
 * identical directory.
 */
// test-expect: native
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *dir)
{
	DIR *d = opendir(dir);
	char *names[64];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 64)
		names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof *names, cmp);
	printf("%s:", dir);
	for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
	putchar('\n');
}

static void st(const char *path)
{
	struct stat s;
	if (lstat(path, &s)) { printf("lstat %s: %s\n", path, strerror(errno)); return; }
	/* A directory's st_size depends on the file system: not printed. */
	printf("%s: mode %o size %lld nlink %lu type %s blocks>0 %d\n", path, (unsigned)(s.st_mode & 07777),
	       S_ISDIR(s.st_mode) ? -1LL : (long long)s.st_size,
	       (unsigned long)s.st_nlink, S_ISREG(s.st_mode) ? "reg" : S_ISDIR(s.st_mode) ? "dir" : S_ISLNK(s.st_mode) ? "lnk" : "?",
	       s.st_blocks > 0);
}

int main(void)
{
	umask(022);
	int fd = open("data.bin", O_CREAT | O_RDWR | O_TRUNC, 0640);
	char buf[256];
	for (int i = 0; i < 256; i++) buf[i] = (char)i;
	printf("write %zd\n", write(fd, buf, 256));
	/* Every call is its own statement: argument evaluation order is
	 * unspecified, and errno must be read after the call. */
	long long e = lseek(fd, 0, SEEK_END);
	long long c = lseek(fd, -100, SEEK_CUR);
	printf("lseek end %lld cur %lld set %lld\n", e, c, (long long)lseek(fd, 10, SEEK_SET));
	char r[16];
	ssize_t got = read(fd, r, 16);
	printf("read %zd first %d\n", got, r[0]);
	got = pread(fd, r, 4, 200);
	printf("pread %zd byte %d pos %lld\n", got, (unsigned char)r[0], (long long)lseek(fd, 0, SEEK_CUR));
	printf("pwrite %zd\n", pwrite(fd, "XYZ", 3, 1000));	/* leaves a hole */
	struct stat s;
	fstat(fd, &s);
	printf("fstat size %lld\n", (long long)s.st_size);
	lseek(fd, 500, SEEK_SET);
	got = read(fd, r, 2);
	printf("hole read %zd bytes %d%d\n", got, r[0], r[1]);
	lseek(fd, 0, SEEK_END);
	printf("read at eof %zd\n", read(fd, r, 16));
	int fd2 = dup(fd);
	printf("dup shares offset %lld\n", (long long)lseek(fd2, 0, SEEK_CUR));
	printf("cloexec %d -> ", fcntl(fd2, F_GETFD));
	fcntl(fd2, F_SETFD, FD_CLOEXEC);
	printf("%d\n", fcntl(fd2, F_GETFD));
	close(fd2);
	close(fd);
	st("data.bin");

	int r1 = mkdir("sub", 0755);
	int r2 = mkdir("sub/inner", 0700);
	printf("mkdir %d %d\n", r1, r2);
	r1 = mkdir("sub", 0755);
	printf("mkdir again: %d %s\n", r1, strerror(errno));
	FILE *f = fopen("sub/a.txt", "w");
	for (int i = 0; i < 1000; i++) fprintf(f, "line %d\n", i);
	fclose(f);
	st("sub/a.txt");
	printf("rename %d\n", rename("sub/a.txt", "sub/b.txt"));
	r1 = link("sub/b.txt", "hard");
	r2 = symlink("sub/b.txt", "soft");
	printf("link %d symlink %d\n", r1, r2);
	char target[64] = { 0 };
	got = readlink("soft", target, sizeof target - 1);
	printf("readlink %zd %s\n", got, target);
	st("soft"); st("hard"); st("sub"); st("sub/inner");
	list("."); list("sub");
	f = fopen("soft", "r");
	char line[64];
	int n = 0;
	while (fgets(line, sizeof line, f)) n++;
	printf("lines via symlink %d last %s", n, line);
	fclose(f);
	r1 = open("nope/x", O_RDONLY);
	printf("open missing: %d %s\n", r1, strerror(errno));
	r1 = rmdir("sub");
	printf("rmdir nonempty: %d %s\n", r1, strerror(errno));
	r1 = unlink("sub/b.txt");
	r2 = unlink("hard");
	int r3 = unlink("soft");
	printf("unlink %d %d %d %d\n", r1, r2, r3, unlink("data.bin"));
	r1 = rmdir("sub/inner");
	printf("rmdir %d %d\n", r1, rmdir("sub"));
	list(".");
	int p[2];
	pipe(p);
	printf("pipe write %zd ", write(p[1], "through a pipe", 14));
	close(p[1]);
	n = (int)read(p[0], line, sizeof line);
	got = read(p[0], line + n, 1);
	printf("read %d '%.*s' then %zd\n", n, n, line, got);
	return 0;
}
