// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * A reader for the sections of a WebAssembly binary the driver checks
 * (wasm_module.h). It trusts nothing: every read is against the bytes that
 * remain in the current section, LEB128 numbers longer or larger than 32
 * bits are refused, and a count is refused before anything is allocated
 * for it when fewer bytes remain than its entries need (one byte each at
 * least), so memory use stays proportional to the input. Elements are read
 * only for the functions they name; the sections it does not need
 * (globals, code) are skipped by their size; wasm2c validates them
 * afterwards.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "wasm_module.h"

struct reader {
	const uint8_t *p, *end;
	char *err;
	size_t err_sz;
	bool failed;
};

static bool fail(struct reader *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static bool fail(struct reader *r, const char *fmt, ...)
{
	va_list ap;

	if (!r->failed) {
		va_start(ap, fmt);
		vsnprintf(r->err, r->err_sz, fmt, ap);
		va_end(ap);
	}
	r->failed = true;
	return false;
}

static bool byte(struct reader *r, uint8_t *v, const char *what)
{
	*v = 0;
	if (r->p >= r->end)
		return fail(r, "%s: unexpected end", what);
	*v = *r->p++;
	return true;
}

static bool u32_leb(struct reader *r, uint32_t *v, const char *what)
{
	uint32_t x = 0;

	*v = 0;
	for (int shift = 0; shift < 35; shift += 7) {
		uint8_t b;

		if (!byte(r, &b, what))
			return false;
		/* the fifth byte may carry only the top 4 bits */
		if (shift == 28 && (b & 0xf0))
			return fail(r, "%s: number too large for 32 bits", what);
		x |= (uint32_t)(b & 0x7f) << shift;
		if (!(b & 0x80)) {
			*v = x;
			return true;
		}
	}
	return fail(r, "%s: number too large for 32 bits", what);
}

static bool s32_leb(struct reader *r, int32_t *v, const char *what)
{
	uint32_t x = 0;

	*v = 0;
	for (int shift = 0; shift < 35; shift += 7) {
		uint8_t b;

		if (!byte(r, &b, what))
			return false;
		x |= (uint32_t)(b & 0x7f) << shift;
		if (!(b & 0x80)) {
			/* the fifth byte's unused bits must copy the sign bit */
			if (shift == 28 && (b & 0x70) != ((b & 0x08) ? 0x70 : 0))
				break;
			if (shift < 25 && (b & 0x40))
				x |= ~0u << (shift + 7);	/* sign-extend */
			*v = (int32_t)x;
			return true;
		}
	}
	return fail(r, "%s: number too large for 32 bits", what);
}

/* A count of entries of at least min_size bytes each that must fit. */
static bool count(struct reader *r, uint32_t *n, size_t min_size, const char *what)
{
	if (!u32_leb(r, n, what))
		return false;
	if ((uint64_t)*n * min_size > (uint64_t)(r->end - r->p))
		return fail(r, "%s: %u entries do not fit in the %zu bytes left", what, *n,
			    (size_t)(r->end - r->p));
	return true;
}

static bool bytes(struct reader *r, const uint8_t **s, uint32_t len, const char *what)
{
	if (len > (size_t)(r->end - r->p))
		return fail(r, "%s: %u bytes do not fit in the %zu left", what, len,
			    (size_t)(r->end - r->p));
	*s = r->p;
	r->p += len;
	return true;
}

static bool name(struct reader *r, struct wasm_name *n, const char *what)
{
	return u32_leb(r, &n->len, what) && bytes(r, &n->s, n->len, what);
}

/* Callers check n entries fit first, so n * size is bounded by the input. */
static void *alloc(struct reader *r, uint32_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);

	if (!p)
		fail(r, "out of memory");
	return p;
}

static bool is_valtype(uint8_t t)
{
	return t == 0x7f || t == 0x7e || t == 0x7d || t == 0x7c || t == 0x7b || t == 0x70 ||
	       t == 0x6f;
}

static bool valtypes(struct reader *r, const uint8_t **v, uint32_t *n, const char *what)
{
	if (!count(r, n, 1, what) || !bytes(r, v, *n, what))
		return false;
	for (uint32_t i = 0; i < *n; i++)
		if (!is_valtype((*v)[i]))
			return fail(r, "%s: unknown value type 0x%02x", what, (*v)[i]);
	return true;
}

static bool limits(struct reader *r, struct wasm_limits *l, const char *what)
{
	if (!byte(r, &l->flags, what))
		return false;
	/* 64-bit limits (memory64, table64) are not read: refused by the check */
	if (l->flags > 3)
		return fail(r, "%s: limits flags 0x%02x (64-bit) are not supported", what, l->flags);
	l->has_max = l->flags & 1;
	if (!u32_leb(r, &l->min, what) || (l->has_max && !u32_leb(r, &l->max, what)))
		return false;
	if (l->has_max && l->max < l->min)
		return fail(r, "%s: maximum %u is below the minimum %u", what, l->max, l->min);
	return true;
}

static bool table_type(struct reader *r, struct wasm_table *t, const char *what)
{
	if (!byte(r, &t->reftype, what))
		return false;
	if (t->reftype != 0x70 && t->reftype != 0x6f)
		return fail(r, "%s: unknown reference type 0x%02x", what, t->reftype);
	return limits(r, &t->limits, what);
}

static bool type_section(struct reader *r, struct wasm_module *m)
{
	if (!count(r, &m->ntypes, 3, "type section") ||
	    !(m->types = alloc(r, m->ntypes, sizeof(*m->types))))
		return false;
	for (uint32_t i = 0; i < m->ntypes; i++) {
		struct wasm_functype *t = &m->types[i];
		uint8_t form;

		if (!byte(r, &form, "type section"))
			return false;
		if (form != 0x60)
			return fail(r, "type %u: not a function type (0x%02x)", i, form);
		if (!valtypes(r, &t->params, &t->nparams, "type section") ||
		    !valtypes(r, &t->results, &t->nresults, "type section"))
			return false;
	}
	return true;
}

static bool import_section(struct reader *r, struct wasm_module *m)
{
	/* module name, field name, kind, description: 4 bytes at least */
	if (!count(r, &m->nimports, 4, "import section") ||
	    !(m->imports = alloc(r, m->nimports, sizeof(*m->imports))))
		return false;
	for (uint32_t i = 0; i < m->nimports; i++) {
		struct wasm_import *im = &m->imports[i];
		uint8_t kind, b;

		if (!name(r, &im->module, "import section") || !name(r, &im->name, "import section") ||
		    !byte(r, &kind, "import section"))
			return false;
		im->kind = kind;
		switch (kind) {
		case WASM_FUNC:
			if (!u32_leb(r, &im->type, "import section"))
				return false;
			m->nfunc_imports++;
			break;
		case WASM_TABLE:
			if (!table_type(r, &im->table, "import section"))
				return false;
			m->ntable_imports++;
			break;
		case WASM_MEMORY:
			if (!limits(r, &im->table.limits, "import section"))
				return false;
			m->nmemory_imports++;
			break;
		case WASM_GLOBAL:	/* value type, mutability */
			if (!byte(r, &b, "import section") || !is_valtype(b) ||
			    !byte(r, &b, "import section") || b > 1)
				return fail(r, "import %u: bad global type", i);
			break;
		case WASM_TAG:		/* attribute 0, type index */
			if (!byte(r, &b, "import section") || b != 0 ||
			    !u32_leb(r, &im->type, "import section"))
				return fail(r, "import %u: bad tag type", i);
			break;
		default:
			return fail(r, "import %u: unknown kind 0x%02x", i, kind);
		}
	}
	return true;
}

static bool function_section(struct reader *r, struct wasm_module *m)
{
	if (!count(r, &m->nfuncs, 1, "function section") ||
	    !(m->func_types = alloc(r, m->nfuncs, sizeof(*m->func_types))))
		return false;
	for (uint32_t i = 0; i < m->nfuncs; i++)
		if (!u32_leb(r, &m->func_types[i], "function section"))
			return false;
	return true;
}

static bool table_section(struct reader *r, struct wasm_module *m)
{
	if (!count(r, &m->ntables, 3, "table section") ||
	    !(m->tables = alloc(r, m->ntables, sizeof(*m->tables))))
		return false;
	for (uint32_t i = 0; i < m->ntables; i++)
		if (!table_type(r, &m->tables[i], "table section"))
			return false;
	return true;
}

static bool memory_section(struct reader *r, struct wasm_module *m)
{
	if (!count(r, &m->nmemories, 2, "memory section") ||
	    !(m->memories = alloc(r, m->nmemories, sizeof(*m->memories))))
		return false;
	for (uint32_t i = 0; i < m->nmemories; i++)
		if (!limits(r, &m->memories[i], "memory section"))
			return false;
	return true;
}

static bool export_section(struct reader *r, struct wasm_module *m)
{
	if (!count(r, &m->nexports, 3, "export section") ||
	    !(m->exports = alloc(r, m->nexports, sizeof(*m->exports))))
		return false;
	for (uint32_t i = 0; i < m->nexports; i++) {
		struct wasm_export *e = &m->exports[i];
		uint8_t kind;

		if (!name(r, &e->name, "export section") || !byte(r, &kind, "export section") ||
		    !u32_leb(r, &e->index, "export section"))
			return false;
		if (kind > WASM_TAG)
			return fail(r, "export %u: unknown kind 0x%02x", i, kind);
		e->kind = kind;
	}
	return true;
}

/*
 * An active segment's offset: i32.const N or global.get G, then end (what
 * a constant expression of type i32 can be in the MVP, and all wasm2c
 * takes).
 */
static bool data_offset(struct reader *r, struct wasm_data *d, uint32_t i)
{
	uint8_t op, end;
	int32_t off;
	uint32_t global;

	if (!byte(r, &op, "data section"))
		return false;
	if (op == 0x41) {
		if (!s32_leb(r, &off, "data section"))
			return false;
		d->const_offset = true;
		d->offset = (uint32_t)off;
	} else if (op == 0x23) {
		if (!u32_leb(r, &global, "data section"))
			return false;
	} else {
		return fail(r, "data segment %u: offset is not i32.const or global.get (0x%02x)", i, op);
	}
	if (!byte(r, &end, "data section"))
		return false;
	if (end != 0x0b)
		return fail(r, "data segment %u: offset expression does not end (0x%02x)", i, end);
	return true;
}

static bool data_section(struct reader *r, struct wasm_module *m)
{
	m->data_section = r->p;
	m->data_section_end = r->end;
	/* flags, offset (or none), length: 3 bytes at least */
	if (!count(r, &m->ndata, 3, "data section") ||
	    !(m->data = alloc(r, m->ndata, sizeof(*m->data))))
		return false;
	for (uint32_t i = 0; i < m->ndata; i++) {
		struct wasm_data *d = &m->data[i];
		uint32_t flags;

		d->start = r->p;
		if (!u32_leb(r, &flags, "data section"))
			return false;
		if (flags > 2)
			return fail(r, "data segment %u: unknown flags %u", i, flags);
		d->passive = flags == 1;
		if (flags == 2 && !u32_leb(r, &d->memory, "data section"))
			return false;
		if (!d->passive && !data_offset(r, d, i))
			return false;
		d->len_at = r->p;
		if (!u32_leb(r, &d->init_len, "data section") ||
		    !bytes(r, &d->init, d->init_len, "data section"))
			return false;
	}
	return true;
}

/* A constant expression: skipped up to its end (0x0b); *func gets ref.func's index. */
static bool const_expr(struct reader *r, uint32_t *func, uint32_t seg)
{
	uint8_t op;
	uint32_t u;
	int32_t s;

	*func = UINT32_MAX;
	for (;;) {
		if (!byte(r, &op, "element section"))
			return false;
		switch (op) {
		case 0x0b: return true;
		case 0x41: if (!s32_leb(r, &s, "element section")) return false; break;
		case 0x23: if (!u32_leb(r, &u, "element section")) return false; break;
		case 0xd0: if (!byte(r, &op, "element section")) return false; break;	/* ref.null t */
		case 0xd2: if (!u32_leb(r, func, "element section")) return false; break;
		default:
			return fail(r, "element segment %u: 0x%02x in a constant expression", seg, op);
		}
	}
}

static void note_elem(struct wasm_module *m, uint32_t func, uint32_t seg)
{
	if (func < m->nfunc_imports && m->elem_import == UINT32_MAX) {
		m->elem_import = func;
		m->elem_import_segment = seg;
	}
}

/* The flags of the element segment formats: 0-7 (the spec's table). */
static bool element_section(struct reader *r, struct wasm_module *m)
{
	uint32_t n, flags, table, k, func;
	uint8_t kind;

	if (!count(r, &n, 2, "element section"))
		return false;
	for (uint32_t i = 0; i < n; i++) {
		if (!u32_leb(r, &flags, "element section"))
			return false;
		if (flags > 7)
			return fail(r, "element segment %u: unknown flags %u", i, flags);
		if (flags == 2 || flags == 6)
			if (!u32_leb(r, &table, "element section"))
				return false;
		if (!(flags & 1) && !const_expr(r, &func, i))		/* active: offset */
			return false;
		if ((flags & 3) && !byte(r, &kind, "element section"))	/* elemkind or reftype */
			return false;
		if (!count(r, &k, 1, "element section"))
			return false;
		for (uint32_t j = 0; j < k; j++) {
			if (flags & 4 ? !const_expr(r, &func, i) : !u32_leb(r, &func, "element section"))
				return false;
			if ((flags & 3) != 3)	/* declarative segments put nothing in a table */
				note_elem(m, func, i);
		}
	}
	return true;
}

/* Indices the sections give each other, once all are read. */
static bool cross_check(struct reader *r, const struct wasm_module *m)
{
	for (uint32_t i = 0; i < m->nimports; i++)
		if ((m->imports[i].kind == WASM_FUNC || m->imports[i].kind == WASM_TAG) &&
		    m->imports[i].type >= m->ntypes)
			return fail(r, "import %u: type index %u out of range (%u types)", i,
				    m->imports[i].type, m->ntypes);
	for (uint32_t i = 0; i < m->nfuncs; i++)
		if (m->func_types[i] >= m->ntypes)
			return fail(r, "function %u: type index %u out of range (%u types)", i,
				    m->func_types[i], m->ntypes);
	return true;
}

int wasm_module_parse(const uint8_t *buf, size_t len, struct wasm_module *m,
		      char *err, size_t err_sz)
{
	struct reader r = { buf, buf + len, err, err_sz, false };
	uint32_t seen = 0;	/* bit per known section id: each once */

	memset(m, 0, sizeof(*m));
	m->elem_import = UINT32_MAX;
	if (len < 8 || memcmp(buf, "\0asm\1\0\0\0", 8))
		return fail(&r, "bad magic or version"), -1;
	r.p += 8;
	while (r.p < r.end) {
		struct reader sec = r;
		const uint8_t *header = r.p;
		uint8_t id;
		uint32_t size;
		bool ok = true;

		if (!byte(&r, &id, "section header") || !u32_leb(&r, &size, "section header"))
			return -1;
		if (size > (size_t)(r.end - r.p))
			return fail(&r, "section %u: %u bytes do not fit in the %zu left", id, size,
				    (size_t)(r.end - r.p)), -1;
		sec.p = r.p;
		sec.end = r.p + size;
		r.p += size;
		if (id > 13)
			return fail(&r, "unknown section id %u", id), -1;
		if (id != 0) {
			if (seen & (1u << id))
				return fail(&r, "section %u appears twice", id), -1;
			seen |= 1u << id;
		}
		switch (id) {
		case 1: ok = type_section(&sec, m); break;
		case 2: ok = import_section(&sec, m); break;
		case 3: ok = function_section(&sec, m); break;
		case 4: ok = table_section(&sec, m); break;
		case 5: ok = memory_section(&sec, m); break;
		case 7: ok = export_section(&sec, m); break;
		case 8: m->has_start = true; continue;
		case 9: ok = element_section(&sec, m); break;
		case 11:
			m->data_section_id = header;
			ok = data_section(&sec, m);
			break;
		default: continue;	/* custom, globals, code...: wasm2c's job */
		}
		if (ok && sec.p != sec.end)
			fail(&sec, "section %u: %zu bytes left over", id, (size_t)(sec.end - sec.p));
		if (sec.failed)
			return -1;
	}
	return cross_check(&r, m) ? 0 : -1;
}

void wasm_module_free(struct wasm_module *m)
{
	free(m->types);
	free(m->imports);
	free(m->func_types);
	free(m->tables);
	free(m->memories);
	free(m->exports);
	free(m->data);
	memset(m, 0, sizeof(*m));
}

const struct wasm_import *wasm_func_import(const struct wasm_module *m, uint32_t idx)
{
	for (uint32_t i = 0; idx < m->nfunc_imports && i < m->nimports; i++)
		if (m->imports[i].kind == WASM_FUNC && idx-- == 0)
			return &m->imports[i];
	return NULL;
}

const struct wasm_functype *wasm_func_type(const struct wasm_module *m, uint32_t idx)
{
	const struct wasm_import *im;
	uint32_t type;

	if (idx < m->nfunc_imports) {
		im = wasm_func_import(m, idx);
		return im ? &m->types[im->type] : NULL;
	}
	idx -= m->nfunc_imports;
	if (idx >= m->nfuncs)
		return NULL;
	type = m->func_types[idx];
	return type < m->ntypes ? &m->types[type] : NULL;
}

static const char *valtype_name(uint8_t t)
{
	switch (t) {
	case 0x7f: return "i32";
	case 0x7e: return "i64";
	case 0x7d: return "f32";
	case 0x7c: return "f64";
	case 0x7b: return "v128";
	case 0x70: return "funcref";
	case 0x6f: return "externref";
	default: return "?";
	}
}

/* Appends to buf; once it is full, ends it with "..." and stops. */
static void append(char *buf, size_t buf_sz, size_t *at, const char *s)
{
	size_t n = strlen(s);

	if (*at + n + 4 > buf_sz) {
		if (*at + 4 <= buf_sz)
			memcpy(buf + *at, "...", 4);
		*at = buf_sz;
		return;
	}
	memcpy(buf + *at, s, n + 1);
	*at += n;
}

static void append_vec(char *buf, size_t buf_sz, size_t *at, const uint8_t *v, uint32_t n,
		       bool parens)
{
	if (parens)
		append(buf, buf_sz, at, "(");
	for (uint32_t i = 0; i < n && *at < buf_sz; i++) {
		if (i)
			append(buf, buf_sz, at, ",");
		append(buf, buf_sz, at, valtype_name(v[i]));
	}
	if (parens)
		append(buf, buf_sz, at, ")");
}

const char *wasm_functype_str(const struct wasm_functype *t, char *buf, size_t buf_sz)
{
	size_t at = 0;

	if (buf_sz < 4)
		return "";
	buf[0] = '\0';
	append_vec(buf, buf_sz, &at, t->params, t->nparams, true);
	append(buf, buf_sz, &at, "->");
	append_vec(buf, buf_sz, &at, t->results, t->nresults, t->nresults != 1);
	return buf;
}

const char *wasm_name_str(struct wasm_name n, char *buf, size_t buf_sz)
{
	size_t at = 0;

	if (buf_sz < 8)
		return "";
	for (uint32_t i = 0; i < n.len; i++) {
		uint8_t c = n.s[i];

		if (at + 8 > buf_sz) {
			memcpy(buf + at, "...", 3);
			at += 3;
			break;
		}
		if (c >= 0x20 && c < 0x7f && c != '\\')
			buf[at++] = (char)c;
		else
			at += (size_t)snprintf(buf + at, buf_sz - at, "\\x%02x", c);
	}
	buf[at] = '\0';
	return buf;
}
