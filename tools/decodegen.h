/*
 * decodegen.h - data model shared by the parts of tools/decodegen.
 *
 * The generator runs in four steps, one file each:
 *   decodegen_parse.c   text of the .decode files -> the objects below
 *   decodegen_check.c   resolve names, merge formats into patterns, build
 *                       argument sets, validate bits, check overlaps
 *   decodegen_emit.c    write the header and the decoder (decision tree)
 *   decodegen.c         command line, diagnostics, small utilities
 *
 * Instructions are INSN_BITS (32) wide.  A "mask" has a bit set for every
 * instruction bit a pattern fixes; "bits" holds the fixed values.
 */
#ifndef DECODEGEN_H
#define DECODEGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define INSN_BITS 32
#define MAX_SEGMENTS 8        /* segments of one field */

struct loc {
    const char *file;
    int line;
};

/* One pos:len piece of a field; the first segment is the most significant. */
struct segment {
    int pos;
    int len;
    bool sign;                /* sign-extend (only the first segment) */
};

/* A %field definition, or an inline field name:len of a pattern/format. */
struct field {
    char *name;
    struct loc loc;
    struct segment seg[MAX_SEGMENTS];
    int nseg;
    char *func;               /* !function=fn, or NULL */
    uint32_t mask;            /* instruction bits the field reads */
    bool named;               /* a %field (false: inline) */
    bool used;
};

/* An argument set: the members of one arg_NAME struct. */
struct argset {
    char *name;               /* the C type is arg_<name> */
    struct loc loc;
    char **members;
    int nmembers;
    bool implicit;            /* made for a format or pattern without & */
};

enum assign_kind {
    ASSIGN_FIELD,             /* member = a field (named or inline) */
    ASSIGN_CONST,             /* member = a constant */
};

/* member=%field, member=const, %field, or an inline field. */
struct assign {
    char *member;
    struct loc loc;
    enum assign_kind kind;
    char *field_name;         /* ASSIGN_FIELD by name, before resolution */
    struct field *field;      /* ASSIGN_FIELD after resolution */
    long long value;          /* ASSIGN_CONST */
};

/* A format (@name) or a pattern (NAME): both have the same shape. */
struct pattern {
    char *name;
    struct loc loc;
    bool is_format;
    int width;                /* bits written in the line */
    uint32_t fixedmask, fixedbits, undefmask;
    struct assign *assigns;
    int nassigns;
    char *format_name;        /* @fmt, or NULL */
    char *argset_name;        /* &args, or NULL */
    /* Resolved by decodegen_check.c (for a pattern, merged with format): */
    struct pattern *format;
    struct argset *args;
    uint32_t mask, bits, undef;
    struct assign *all;       /* format assignments, then the pattern's */
    int nall;
    bool first_of_name;       /* first pattern with this name */
};

enum node_kind {
    NODE_PATTERN,
    NODE_OVERLAP,             /* { ... }: tried in order */
    NODE_DISJOINT,            /* [ ... ] and the top level: no overlaps */
};

/* The group structure, used only for the overlap checks. */
struct node {
    enum node_kind kind;
    struct loc loc;
    struct pattern *pat;      /* NODE_PATTERN */
    struct node **kids;
    int nkids;
    int cap;
};

/* Everything read from the input files. */
struct spec {
    struct field **fields;
    int nfields, cap_fields;
    struct argset **argsets;  /* explicit, then implicit, in creation order */
    int nargsets, cap_argsets;
    struct pattern **formats;
    int nformats, cap_formats;
    struct pattern **patterns;  /* textual order: the decode order */
    int npatterns, cap_patterns;
    struct node *root;
};

/* decodegen.c: diagnostics and utilities */
extern int error_count;
void error_at(struct loc loc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* Make room for one more element in *vec (of *cap elements of size sz). */
void vec_reserve(void *vec, int *cap, int n, size_t sz);
bool is_ident(const char *s);
int popcount32(uint32_t x);

/* decodegen_parse.c */
void parse_file(struct spec *sp, const char *path);
void parse_finish(struct spec *sp);

/* decodegen_check.c */
struct field *find_field(struct spec *sp, const char *name);
struct argset *find_argset(struct spec *sp, const char *name);
struct pattern *find_format(struct spec *sp, const char *name);
void check_spec(struct spec *sp);

/* decodegen_emit.c */
struct emit_options {
    const char *decoder;      /* name of the decode function */
    const char *ctx;          /* context type */
    const char **includes;    /* headers to #include */
    int nincludes;
    const char *header_path;  /* -H file (its basename is #included) */
    const char **inputs;      /* input files, for the banner */
    int ninputs;
};
bool emit_header(struct spec *sp, const struct emit_options *o,
                 const char *path);
bool emit_source(struct spec *sp, const struct emit_options *o,
                 const char *path);

#endif /* DECODEGEN_H */
