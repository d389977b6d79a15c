/*
 * decodegen - turn instruction decode specs into a C decoder.
 *
 * ferry's frontends never extract instruction bits by hand (STYLE.md rule
 * 2): the encodings live in *.decode files, and this build-machine tool
 * turns them into a decision tree that calls one trans_NAME() per pattern.
 * The language is a subset of QEMU's decodetree (docs/devel/decodetree.rst)
 * for 32-bit instructions; this implementation is ferry's own.
 *
 * Command line:
 *   decodegen [-o OUT.c] [-H OUT.h] [--decoder NAME] [--ctx TYPE]
 *             [--include HDR]... FILE.decode...
 *     -o OUT.c        write the decoder source
 *     -H OUT.h        write the header (OUT.c #includes its basename, so
 *                     keep both in one directory)
 *     --decoder NAME  name of the decode function (default "decode")
 *     --ctx TYPE      type of the translator context (default DisasContext)
 *     --include HDR   #include "HDR" (defines TYPE) at the top of both
 *                     outputs; may be repeated
 *   All FILEs form one namespace and one decoder.  Without -o and -H the
 *   specs are only checked.  Errors go to stderr as "file:line: error: ..."
 *   and the exit status is 1 (nothing is written then).  Outputs are
 *   written to OUT.tmp and renamed, so a failed run leaves no half file.
 *
 * The language (one definition per line; "\" continues a line; "#" starts
 * a comment):
 *   %name pos:len [pos:slen ...] [!function=fn]    field; segments are
 *         concatenated, the first is the most significant; "s" before len
 *         sign-extends; fn is called as int fn(TYPE *s, int x)
 *   &name member...                                argument set
 *   @name bits... [assignments] [&args]             format
 *   NAME  bits... [@format] [assignments] [&args]   pattern
 *   {  patterns and groups  }     overlap group: tried in order; when a
 *                                 trans_ returns false, later ones that
 *                                 match are tried
 *   [  patterns and groups  ]     disjoint group: no two may overlap
 * bits are tokens of 0 1 . (filled by a field) - (ignored) or inline fields
 * name:len / name:slen.  Assignments: member=%field, member=const (decimal,
 * 0x hex, may be negative), or %field (short for field=%field).
 *
 * Generated names (header):
 *   typedef struct { int m1; int m2; } arg_ARGS;   one per argument set;
 *       every member is an int.  A format without &args gets its own set
 *       arg_FORMAT (members: its fields in order of appearance); a pattern
 *       without &args and without format gets arg_NAME; a pattern with a
 *       format uses the format's set.  For every pattern whose set has
 *       another name, "typedef arg_ARGS arg_NAME;" is emitted too.
 *   bool trans_NAME(TYPE *s, arg_ARGS *a);          one per pattern name
 *       (several patterns may share a name if they share the set)
 *   int fn(TYPE *s, int x);                         one per !function
 *   bool DECODER(TYPE *s, uint32_t insn);           true: a trans_
 *       accepted insn; false: nothing matched, or all matches refused
 *
 * Rules worth knowing: every '.' bit of a pattern must be read by a field
 * (write '-' for bits to ignore); a pattern's fixed bits may fill its
 * format's '.' bits but not bits a field reads; a pattern cannot re-assign
 * a member its format assigns; several patterns may share a name (and one
 * trans_) if they use the same argument set; a spec's patterns are tried
 * in file order among those that can match, so inside { } the first one
 * whose trans_ returns true wins.
 *
 * Checks: syntax, unknown or duplicate names, widths other than 32, fixed
 * bits that conflict with a field or a format, bits left unspecified in a
 * pattern, members assigned twice, set members left unassigned, and
 * overlapping patterns outside { } (reported with an example encoding).
 *
 * Example:
 *   decodegen -o a64_decode.c -H a64_decode.h --decoder a64_decode \
 *             --include translate.h a64.decode a64_simd.decode
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "decodegen.h"

int error_count;

void error_at(struct loc loc, const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "%s:%d: error: ", loc.file, loc.line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    error_count++;
}

static void die(const char *fmt, ...)
{
    va_list ap;

    fputs("decodegen: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);

    if (!p)
        die("out of memory");
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);

    if (!p)
        die("out of memory");
    return p;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);

    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

void vec_reserve(void *vec, int *cap, int n, size_t sz)
{
    void **v = vec;

    if (n < *cap)
        return;
    *cap = *cap ? *cap * 2 : 16;
    *v = realloc(*v, (size_t)*cap * sz);
    if (!*v)
        die("out of memory");
}

bool is_ident(const char *s)
{
    if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
        return false;
    for (s++; *s; s++) {
        if (!(*s == '_' || (*s >= 'a' && *s <= 'z') ||
              (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
            return false;
    }
    return true;
}

int popcount32(uint32_t x)
{
    return __builtin_popcount(x);
}

static void usage(void)
{
    fputs("usage: decodegen [-o OUT.c] [-H OUT.h] [--decoder NAME] "
          "[--ctx TYPE]\n"
          "                 [--include HDR]... FILE.decode...\n", stderr);
    exit(2);
}

struct cmdline {
    struct emit_options emit;
    const char *out_c;
    const char *out_h;
};

static const char *option_arg(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc)
        usage();
    return argv[++*i];
}

static void parse_args(int argc, char **argv, struct cmdline *cl)
{
    struct emit_options *o = &cl->emit;

    o->decoder = "decode";
    o->ctx = "DisasContext";
    o->includes = xcalloc((size_t)argc, sizeof(char *));
    o->inputs = xcalloc((size_t)argc, sizeof(char *));
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];

        if (!strcmp(a, "-o"))
            cl->out_c = option_arg(argc, argv, &i);
        else if (!strcmp(a, "-H"))
            cl->out_h = option_arg(argc, argv, &i);
        else if (!strcmp(a, "--decoder"))
            o->decoder = option_arg(argc, argv, &i);
        else if (!strcmp(a, "--ctx"))
            o->ctx = option_arg(argc, argv, &i);
        else if (!strcmp(a, "--include"))
            o->includes[o->nincludes++] = option_arg(argc, argv, &i);
        else if (a[0] == '-' && a[1])
            usage();
        else
            o->inputs[o->ninputs++] = a;
    }
    if (!o->ninputs || (cl->out_c && !cl->out_h))
        usage();
    if (!is_ident(o->decoder) || !is_ident(o->ctx))
        die("--decoder and --ctx need C identifiers");
    o->header_path = cl->out_h;
}

/* Write through a temporary file so a failure leaves no partial output. */
static void write_output(const char *path, struct spec *sp,
                         const struct emit_options *o,
                         bool (*fn)(struct spec *, const struct emit_options *,
                                    const char *))
{
    size_t n = strlen(path);
    char *tmp = xmalloc(n + 5);

    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp", 5);
    if (!fn(sp, o, tmp)) {
        remove(tmp);
        die("cannot write %s: %s", tmp, strerror(errno));
    }
    if (rename(tmp, path) != 0) {
        remove(tmp);
        die("cannot rename %s to %s: %s", tmp, path, strerror(errno));
    }
    free(tmp);
}

int main(int argc, char **argv)
{
    struct cmdline cl = { 0 };
    struct spec sp = { 0 };

    parse_args(argc, argv, &cl);
    for (int i = 0; i < cl.emit.ninputs; i++)
        parse_file(&sp, cl.emit.inputs[i]);
    parse_finish(&sp);
    if (error_count == 0)
        check_spec(&sp);
    if (error_count) {
        fprintf(stderr, "decodegen: %d error%s\n", error_count,
                error_count == 1 ? "" : "s");
        return 1;
    }
    if (cl.out_h)
        write_output(cl.out_h, &sp, &cl.emit, emit_header);
    if (cl.out_c)
        write_output(cl.out_c, &sp, &cl.emit, emit_source);
    return 0;
}
