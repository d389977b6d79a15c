/*
 * gen.c - elf-corpus-gen: write the malformed ELF corpus for run.sh.
 *
 *     elf-corpus-gen DIR
 *
 * Writes DIR/<case> for every row of MINIELF_CASES, DIR/trunc-<N> for the
 * valid minimal ELF cut to N bytes at many points (inside the ELF header,
 * the program headers, the code, the data), and DIR/MANIFEST with one
 * line per file: "file<TAB>exit status<TAB>reason substring<TAB>sysroot"
 * (an empty reason accepts any message that names the file; "-" wants no
 * message at all; the sysroot, a directory under DIR, is given with -L).
 *
 * The interpreter cases write the program with PT_INTERP as DIR/<case>
 * and its interpreter as DIR/<case>.root/lib/ld-linux-aarch64.so.1:
 * broken ones (MINIELF_INTERP_CASES), a working one (interp_ok: the
 * interpreter runs and exits 43), a missing one and a directory.
 */
#include <errno.h>
#include <stdbool.h>
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

static int write_file(const char *path, const struct minielf *m)
{
    int r = minielf_write(m, path);
    if (r)
        fprintf(stderr, "elf-corpus-gen: %s: %s\n", path, strerror(-r));
    return r != 0;
}

static int emit(FILE *manifest, const char *dir, const char *name,
                const struct minielf *m, int status, const char *reason)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (write_file(path, m))
        return 1;
    fprintf(manifest, "%s\t%d\t%s\t\n", name, status, reason);
    return 0;
}

/* DIR/name: the dynamic program; DIR/name.root/lib/: its sysroot, with
 * interp as the interpreter (NULL: none; a directory when is_dir). */
static int emit_dynamic(FILE *manifest, const char *dir, const char *name,
                        const struct minielf *interp, bool is_dir,
                        int status, const char *reason)
{
    char path[4096];
    struct minielf prog;
    minielf_dynamic(&prog);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    if (write_file(path, &prog))
        return 1;
    snprintf(path, sizeof path, "%s/%s.root", dir, name);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/%s.root/lib", dir, name);
    mkdir(path, 0755);
    snprintf(path, sizeof path, "%s/%s.root%s", dir, name, MINIELF_INTERP);
    if (is_dir)
        mkdir(path, 0755);
    else if (interp && write_file(path, interp))
        return 1;
    fprintf(manifest, "%s\t%d\t%s\t%s.root\n", name, status, reason, name);
    return 0;
}

static int emit_interp_cases(FILE *manifest, const char *dir)
{
    struct minielf m;
    char reason[256];
    int bad = 0;
    for (size_t i = 0; i < minielf_interp_ncases; i++) {
        minielf_interp(&m);
        minielf_interp_cases[i].mutate(&m);
        snprintf(reason, sizeof reason, "interpreter %s/%s.root%s: %s", dir,
                 minielf_interp_cases[i].name, MINIELF_INTERP,
                 minielf_interp_cases[i].reason);
        bad |= emit_dynamic(manifest, dir, minielf_interp_cases[i].name, &m, false,
                            126, reason);
    }
    minielf_interp(&m);
    bad |= emit_dynamic(manifest, dir, "interp_ok", &m, false, MINIELF_INTERP_STATUS, "-");
    bad |= emit_dynamic(manifest, dir, "interp_missing", NULL, false, 127,
                        "interpreter " MINIELF_INTERP " not found in sysroot");
    bad |= emit_dynamic(manifest, dir, "interp_is_dir", NULL, true, 126,
                        "is a directory");
    return bad;
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
    bad |= emit_interp_cases(manifest, argv[1]);
    for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
        minielf_valid(&m);
        m.len = cuts[i];
        snprintf(name, sizeof name, "trunc-%zu", cuts[i]);
        bad |= emit(manifest, argv[1], name, &m, 126, "");
    }
    return fclose(manifest) || bad;
}
