/*
 * gen.c - elf-corpus-gen: write the malformed ELF corpus for run.sh.
 *
 *     elf-corpus-gen DIR
 *
 * Writes DIR/<case> for every row of MINIELF_CASES, DIR/trunc-<N> for the
 * valid minimal ELF cut to N bytes at many points (inside the ELF header,
 * the program headers, the code, the data), and DIR/MANIFEST with one
 * line per file: "file<TAB>exit status<TAB>reason substring" (an empty
 * reason accepts any message that names the file).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include "minielf.h"

/* Cut points: every byte of e_ident, the header fields' edges, the
 * program header table, the code and the data page. */
static const size_t cuts[] = {
    1, 2, 4, 5, 6, 7, 15, 16, 17, 18, 20, 24, 32, 40, 48, 52, 56, 58, 62, 63,
    64, 65, 100, 119, 120, 176, 200, 231, 232, 0x17f, 0x180, 0x184, 0x18c,
    0x190, 0x1a0, 0x1aa, 0x800, 0xfff, 0x1000, 0x1001, 0x1008, 0x100f,
};

static int emit(FILE *manifest, const char *dir, const char *name,
                const struct minielf *m, int status, const char *reason)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    int r = minielf_write(m, path);
    if (r) {
        fprintf(stderr, "elf-corpus-gen: %s: %s\n", path, strerror(-r));
        return 1;
    }
    fprintf(manifest, "%s\t%d\t%s\n", name, status, reason);
    return 0;
}

int main(int argc, char **argv)
{
    struct minielf m;
    char name[64], path[4096];
    int bad = 0;
    if (argc != 2) {
        fprintf(stderr, "usage: elf-corpus-gen DIR\n");
        return 2;
    }
    mkdir(argv[1], 0755);
    snprintf(path, sizeof path, "%s/MANIFEST", argv[1]);
    FILE *manifest = fopen(path, "w");
    if (!manifest) {
        fprintf(stderr, "elf-corpus-gen: %s: %s\n", path, strerror(errno));
        return 1;
    }
    for (size_t i = 0; i < minielf_ncases; i++) {
        minielf_valid(&m);
        minielf_cases[i].mutate(&m);
        bad |= emit(manifest, argv[1], minielf_cases[i].name, &m, 126,
                    minielf_cases[i].reason);
    }
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        minielf_valid(&m);
        m.len = cuts[i];
        snprintf(name, sizeof name, "trunc-%zu", cuts[i]);
        bad |= emit(manifest, argv[1], name, &m, 126, "");
    }
    return fclose(manifest) || bad;
}
