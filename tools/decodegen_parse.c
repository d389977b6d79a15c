/*
 * decodegen_parse.c - read .decode files into the objects of decodegen.h.
 *
 * The language is line based: comments ("#" to end of line) are removed,
 * a line ending in "\" is joined with the next, and the result is split
 * into whitespace-separated tokens.  Lines holding only "{", "}", "[" or
 * "]" open and close groups.  Names are only recorded here; they are
 * resolved in decodegen_check.c, so definitions may come in any order and
 * in any of the input files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "decodegen.h"

#define MAX_TOKENS 256
#define MAX_DEPTH 64

struct parser {
    struct spec *sp;
    const char *file;
    struct node *stack[MAX_DEPTH];  /* open groups; [0] is the root */
    int depth;
};

/* -- Small token helpers -- */

static bool parse_uint(const char *s, int *out)
{
    char *end;
    long v;

    if (*s < '0' || *s > '9')
        return false;
    v = strtol(s, &end, 10);
    if (*end || v > 1000)
        return false;
    *out = (int)v;
    return true;
}

/* "pos:len" or "pos:slen" (a field segment) */
static bool parse_segment(const char *t, struct segment *seg)
{
    const char *colon = strchr(t, ':');
    char *pos;

    if (!colon)
        return false;
    pos = xstrndup(t, (size_t)(colon - t));
    seg->sign = colon[1] == 's';
    bool ok = parse_uint(pos, &seg->pos) &&
              parse_uint(colon + 1 + seg->sign, &seg->len);
    free(pos);
    return ok;
}

static bool is_bits_token(const char *t)
{
    return strspn(t, "01.-") == strlen(t);
}

/* Checks a segment against the instruction width; returns its mask. */
static bool check_segment(struct loc loc, const char *name,
                          const struct segment *seg, uint32_t *mask)
{
    if (seg->len < 1 || seg->pos + seg->len > INSN_BITS) {
        error_at(loc, "field %s: segment %d:%d does not fit in %d bits",
                 name, seg->pos, seg->len, INSN_BITS);
        return false;
    }
    *mask |= (uint32_t)((((uint64_t)1 << seg->len) - 1) << seg->pos);
    return true;
}

static void add_node(struct parser *p, struct node *n)
{
    struct node *g = p->stack[p->depth];

    vec_reserve(&g->kids, &g->cap, g->nkids, sizeof(*g->kids));
    g->kids[g->nkids++] = n;
}

/* -- %field -- */

static void parse_field_def(struct parser *p, char **tok, int ntok,
                            struct loc loc)
{
    struct field *f = xcalloc(1, sizeof(*f));
    int total = 0;

    f->name = xstrdup(tok[0] + 1);
    f->loc = loc;
    f->named = true;
    if (!is_ident(f->name)) {
        error_at(loc, "invalid field name '%s'", tok[0]);
        return;
    }
    for (int i = 1; i < ntok; i++) {
        if (!strncmp(tok[i], "!function=", 10)) {
            if (f->func || !is_ident(tok[i] + 10)) {
                error_at(loc, "field %%%s: bad or repeated '%s'", f->name,
                         tok[i]);
                return;
            }
            f->func = xstrdup(tok[i] + 10);
            continue;
        }
        if (f->func) {
            error_at(loc, "field %%%s: '%s' after !function", f->name,
                     tok[i]);
            return;
        }
        struct segment seg;
        if (!parse_segment(tok[i], &seg)) {
            error_at(loc, "field %%%s: expected pos:len, got '%s'", f->name,
                     tok[i]);
            return;
        }
        if (f->nseg == MAX_SEGMENTS) {
            error_at(loc, "field %%%s: more than %d segments", f->name,
                     MAX_SEGMENTS);
            return;
        }
        if (seg.sign && f->nseg > 0) {
            error_at(loc, "field %%%s: only the first (most significant) "
                     "segment may be signed", f->name);
            return;
        }
        if (!check_segment(loc, f->name, &seg, &f->mask))
            return;
        total += seg.len;
        f->seg[f->nseg++] = seg;
    }
    if (f->nseg == 0) {
        error_at(loc, "field %%%s has no segments", f->name);
        return;
    }
    if (total > INSN_BITS) {
        error_at(loc, "field %%%s is %d bits wide, more than %d", f->name,
                 total, INSN_BITS);
        return;
    }
    if (find_field(p->sp, f->name)) {
        struct loc first = find_field(p->sp, f->name)->loc;
        error_at(loc, "duplicate field %%%s (first defined at %s:%d)",
                 f->name, first.file, first.line);
        return;
    }
    vec_reserve(&p->sp->fields, &p->sp->cap_fields, p->sp->nfields,
                sizeof(f));
    p->sp->fields[p->sp->nfields++] = f;
}

/* -- &argset -- */

static void parse_argset_def(struct parser *p, char **tok, int ntok,
                             struct loc loc)
{
    struct argset *a = xcalloc(1, sizeof(*a));

    a->name = xstrdup(tok[0] + 1);
    a->loc = loc;
    if (!is_ident(a->name)) {
        error_at(loc, "invalid argument set name '%s'", tok[0]);
        return;
    }
    a->members = xcalloc((size_t)ntok, sizeof(char *));
    for (int i = 1; i < ntok; i++) {
        if (!is_ident(tok[i])) {
            error_at(loc, "argument set &%s: invalid member name '%s'",
                     a->name, tok[i]);
            return;
        }
        for (int j = 0; j < a->nmembers; j++) {
            if (!strcmp(a->members[j], tok[i])) {
                error_at(loc, "argument set &%s: duplicate member %s",
                         a->name, tok[i]);
                return;
            }
        }
        a->members[a->nmembers++] = xstrdup(tok[i]);
    }
    struct argset *old = find_argset(p->sp, a->name);
    if (old) {
        error_at(loc, "duplicate argument set &%s (first defined at %s:%d)",
                 a->name, old->loc.file, old->loc.line);
        return;
    }
    vec_reserve(&p->sp->argsets, &p->sp->cap_argsets, p->sp->nargsets,
                sizeof(a));
    p->sp->argsets[p->sp->nargsets++] = a;
}

/* -- Patterns and formats -- */

static void add_assign(struct pattern *pt, struct assign as)
{
    pt->assigns[pt->nassigns++] = as;
}

/* An inline field name:len or name:slen, starting at bit offset `at`
 * counted from the most significant end; fixed up in finish_bits(). */
static bool parse_inline_field(struct pattern *pt, const char *t,
                               struct loc loc)
{
    const char *colon = strchr(t, ':');
    struct field *f;
    int len;
    bool sign;

    if (!colon)
        return false;
    sign = colon[1] == 's';
    if (!parse_uint(colon + 1 + sign, &len))
        return false;
    f = xcalloc(1, sizeof(*f));
    f->name = xstrndup(t, (size_t)(colon - t));
    f->loc = loc;
    if (!is_ident(f->name))
        return false;
    if (len < 1 || len > INSN_BITS) {
        error_at(loc, "inline field %s: bad length %d", f->name, len);
        return true;
    }
    f->nseg = 1;
    f->seg[0].pos = pt->width;        /* provisional: offset from the top */
    f->seg[0].len = len;
    f->seg[0].sign = sign;
    pt->width += len;
    add_assign(pt, (struct assign){ .member = f->name, .loc = loc,
                                    .kind = ASSIGN_FIELD, .field = f });
    return true;
}

static void parse_bits(struct pattern *pt, const char *t, uint64_t *fm,
                       uint64_t *fb, uint64_t *um)
{
    for (; *t; t++) {
        *fm <<= 1;
        *fb <<= 1;
        *um <<= 1;
        if (*t == '0' || *t == '1')
            *fm |= 1;
        if (*t == '1')
            *fb |= 1;
        if (*t == '-')
            *um |= 1;
        pt->width++;
    }
}

static bool parse_const(const char *s, long long *out)
{
    char *end;

    if (!*s)
        return false;
    *out = strtoll(s, &end, 0);
    return !*end && *out >= -2147483648LL && *out <= 2147483647LL;
}

/* member=%field or member=const */
static bool parse_assignment(struct pattern *pt, const char *t,
                             struct loc loc)
{
    const char *eq = strchr(t, '=');
    struct assign as = { .loc = loc };

    as.member = xstrndup(t, (size_t)(eq - t));
    if (!is_ident(as.member))
        return false;
    if (eq[1] == '%') {
        if (!is_ident(eq + 2))
            return false;
        as.kind = ASSIGN_FIELD;
        as.field_name = xstrdup(eq + 2);
    } else {
        as.kind = ASSIGN_CONST;
        if (!parse_const(eq + 1, &as.value))
            return false;
    }
    add_assign(pt, as);
    return true;
}

static bool set_ref(char **slot, const char *t, const char *what,
                    struct loc loc)
{
    if (*slot) {
        error_at(loc, "more than one %s given", what);
        return true;
    }
    if (!is_ident(t + 1))
        return false;
    *slot = xstrdup(t + 1);
    return true;
}

/* One token of a pattern or format body; false on a syntax error. */
static bool parse_body_token(struct pattern *pt, const char *t,
                             struct loc loc, uint64_t *fm, uint64_t *fb,
                             uint64_t *um)
{
    if (t[0] == '@') {
        if (pt->is_format) {
            error_at(loc, "a format cannot refer to a format ('%s')", t);
            return true;
        }
        return set_ref(&pt->format_name, t, "format", loc);
    }
    if (t[0] == '&')
        return set_ref(&pt->argset_name, t, "argument set", loc);
    if (t[0] == '%') {
        if (!is_ident(t + 1))
            return false;
        add_assign(pt, (struct assign){ .member = xstrdup(t + 1),
                                        .loc = loc, .kind = ASSIGN_FIELD,
                                        .field_name = xstrdup(t + 1) });
        return true;
    }
    if (strchr(t, '='))
        return parse_assignment(pt, t, loc);
    if (is_bits_token(t)) {
        parse_bits(pt, t, fm, fb, um);
        return true;
    }
    int before = pt->width;
    if (!parse_inline_field(pt, t, loc))
        return false;
    for (int i = before; i < pt->width && i < 64; i++) {
        *fm <<= 1;      /* an inline field's bits are neither fixed */
        *fb <<= 1;      /* nor ignored */
        *um <<= 1;
    }
    return true;
}

/* Bits were accumulated from the top; place them now the width is known. */
static void finish_bits(struct pattern *pt, uint64_t fm, uint64_t fb,
                        uint64_t um)
{
    const char *what = pt->is_format ? "format @" : "pattern ";

    if (pt->width != INSN_BITS) {
        error_at(pt->loc, "%s%s is %d bits wide, expected %d", what,
                 pt->name, pt->width, INSN_BITS);
        return;
    }
    pt->fixedmask = (uint32_t)fm;
    pt->fixedbits = (uint32_t)fb;
    pt->undefmask = (uint32_t)um;
    for (int i = 0; i < pt->nassigns; i++) {
        struct field *f = pt->assigns[i].field;

        if (!f)
            continue;
        f->seg[0].pos = INSN_BITS - f->seg[0].pos - f->seg[0].len;
        f->mask = (uint32_t)((((uint64_t)1 << f->seg[0].len) - 1)
                             << f->seg[0].pos);
    }
}

static void parse_pattern_def(struct parser *p, char **tok, int ntok,
                              struct loc loc, bool is_format)
{
    struct pattern *pt = xcalloc(1, sizeof(*pt));
    uint64_t fm = 0, fb = 0, um = 0;
    const char *name = tok[0] + is_format;

    pt->name = xstrdup(name);
    pt->loc = loc;
    pt->is_format = is_format;
    pt->assigns = xcalloc((size_t)ntok, sizeof(struct assign));
    if (!is_ident(name)) {
        error_at(loc, "invalid %s name '%s'",
                 is_format ? "format" : "pattern", tok[0]);
        return;
    }
    for (int i = 1; i < ntok; i++) {
        int before = error_count;

        if (!parse_body_token(pt, tok[i], loc, &fm, &fb, &um)) {
            error_at(loc, "%s %s: unrecognised token '%s'",
                     is_format ? "format" : "pattern", name, tok[i]);
            return;
        }
        if (error_count != before)
            return;
        if (pt->width > 64) {
            error_at(loc, "%s is far wider than %d bits", name, INSN_BITS);
            return;
        }
    }
    finish_bits(pt, fm, fb, um);
    if (is_format) {
        struct pattern *old = find_format(p->sp, pt->name);
        if (old) {
            error_at(loc, "duplicate format @%s (first defined at %s:%d)",
                     pt->name, old->loc.file, old->loc.line);
            return;
        }
        vec_reserve(&p->sp->formats, &p->sp->cap_formats, p->sp->nformats,
                    sizeof(pt));
        p->sp->formats[p->sp->nformats++] = pt;
        return;
    }
    vec_reserve(&p->sp->patterns, &p->sp->cap_patterns, p->sp->npatterns,
                sizeof(pt));
    p->sp->patterns[p->sp->npatterns++] = pt;
    struct node *n = xcalloc(1, sizeof(*n));
    n->kind = NODE_PATTERN;
    n->loc = loc;
    n->pat = pt;
    add_node(p, n);
}

/* -- Groups -- */

static void open_group(struct parser *p, enum node_kind kind, struct loc loc)
{
    struct node *g = xcalloc(1, sizeof(*g));

    if (p->depth + 1 >= MAX_DEPTH) {
        error_at(loc, "groups nested more than %d deep", MAX_DEPTH - 1);
        return;
    }
    g->kind = kind;
    g->loc = loc;
    add_node(p, g);
    p->stack[++p->depth] = g;
}

static void close_group(struct parser *p, enum node_kind kind,
                        struct loc loc, char c)
{
    struct node *g = p->stack[p->depth];

    if (p->depth == 0) {
        error_at(loc, "'%c' without an open group", c);
        return;
    }
    if (g->kind != kind) {
        error_at(loc, "'%c' closes the '%c' group opened at %s:%d", c,
                 g->kind == NODE_OVERLAP ? '{' : '[', g->loc.file,
                 g->loc.line);
        return;
    }
    if (g->nkids == 0)
        error_at(g->loc, "empty group");
    p->depth--;
}

/* Returns true if the token was a group bracket (and handled it). */
static bool parse_bracket(struct parser *p, const char *t, struct loc loc)
{
    if (t[1])
        return false;
    switch (t[0]) {
    case '{': open_group(p, NODE_OVERLAP, loc); return true;
    case '[': open_group(p, NODE_DISJOINT, loc); return true;
    case '}': close_group(p, NODE_OVERLAP, loc, '}'); return true;
    case ']': close_group(p, NODE_DISJOINT, loc, ']'); return true;
    default: return false;
    }
}

/* -- Lines -- */

static void parse_tokens(struct parser *p, char **tok, int ntok,
                         struct loc loc)
{
    int i = 0;

    while (i < ntok && parse_bracket(p, tok[i], loc))
        i++;
    if (i == ntok)
        return;
    tok += i;
    ntok -= i;
    switch (tok[0][0]) {
    case '%': parse_field_def(p, tok, ntok, loc); break;
    case '&': parse_argset_def(p, tok, ntok, loc); break;
    case '@': parse_pattern_def(p, tok, ntok, loc, true); break;
    default: parse_pattern_def(p, tok, ntok, loc, false); break;
    }
}

static void parse_logical_line(struct parser *p, char *line, struct loc loc)
{
    char *tok[MAX_TOKENS];
    int ntok = 0;

    for (char *t = strtok(line, " \t\r\f\v"); t;
         t = strtok(NULL, " \t\r\f\v")) {
        if (ntok == MAX_TOKENS) {
            error_at(loc, "more than %d tokens on one line", MAX_TOKENS);
            return;
        }
        tok[ntok++] = t;
    }
    if (ntok)
        parse_tokens(p, tok, ntok, loc);
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    size_t cap = 65536, n = 0;
    char *buf;

    if (!f) {
        fprintf(stderr, "decodegen: cannot open %s\n", path);
        exit(1);
    }
    buf = xmalloc(cap);
    for (;;) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1)
            break;
        cap *= 2;
        buf = realloc(buf, cap);
        if (!buf)
            exit(1);
    }
    fclose(f);
    buf[n] = '\0';
    return buf;
}

/* Strips the comment and trailing blanks of one physical line; returns
 * true if it ended with a continuation backslash (which is removed). */
static bool clean_line(char *s)
{
    char *hash = strchr(s, '#');
    size_t n;

    if (hash)
        *hash = '\0';
    n = strlen(s);
    while (n && strchr(" \t\r\f\v", s[n - 1]))
        s[--n] = '\0';
    if (n && s[n - 1] == '\\') {
        s[n - 1] = ' ';
        return true;
    }
    return false;
}

void parse_file(struct spec *sp, const char *path)
{
    struct parser p = { .sp = sp, .file = path };
    char *text = read_file(path), *s = text;
    size_t cap = 256, len = 0;
    char *logical = xmalloc(cap);
    int lineno = 0, start = 0;
    bool cont = false;

    if (!sp->root) {
        sp->root = xcalloc(1, sizeof(*sp->root));
        sp->root->kind = NODE_DISJOINT;
    }
    p.stack[0] = sp->root;
    while (*s) {
        char *nl = strchr(s, '\n');
        char *next = nl ? nl + 1 : s + strlen(s);

        if (nl)
            *nl = '\0';
        lineno++;
        if (!cont) {
            start = lineno;
            len = 0;
        }
        cont = clean_line(s);
        size_t n = strlen(s);
        while (len + n + 2 > cap) {
            cap *= 2;
            logical = realloc(logical, cap);
            if (!logical)
                exit(1);
        }
        memcpy(logical + len, s, n);
        len += n;
        logical[len++] = ' ';
        logical[len] = '\0';
        if (!cont)
            parse_logical_line(&p, logical, (struct loc){ path, start });
        s = next;
    }
    if (cont)
        parse_logical_line(&p, logical, (struct loc){ path, start });
    for (; p.depth > 0; p.depth--)
        error_at(p.stack[p.depth]->loc, "group not closed by end of file");
    free(logical);
}

void parse_finish(struct spec *sp)
{
    if (!sp->root) {
        sp->root = xcalloc(1, sizeof(*sp->root));
        sp->root->kind = NODE_DISJOINT;
    }
}
