// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * Takes a module's active data segments out of what wasm2c compiles
 * (data_segments.h). Every segment stays in the data section, in its
 * place, with its flags and offset but no bytes: segment indices (data
 * count, memory.init, data.drop) keep their meaning, and an active
 * segment is dropped at instantiation anyway, so emptying it changes only
 * when its bytes arrive: after the module's memory is created, before
 * anything of the module runs.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "data_blob.h"
#include "data_segments.h"

/* Whether every active segment can be loaded by the host instead. */
static bool movable(const struct wasm_module *m)
{
	if (m->has_start || !m->data_section)
		return false;
	for (uint32_t i = 0; i < m->ndata; i++) {
		const struct wasm_data *d = &m->data[i];

		if (!d->passive && (!d->const_offset || d->memory != 0))
			return false;
	}
	return true;
}

/* Writes v as unsigned LEB128 at p; the number of bytes (at most 5). */
static size_t put_leb(uint8_t *p, uint32_t v)
{
	size_t n = 0;

	do {
		uint8_t b = v & 0x7f;

		v >>= 7;
		p[n++] = b | (v ? 0x80 : 0);
	} while (v);
	return n;
}

static int copy_unchanged(const uint8_t *mod, size_t len, struct data_split *out)
{
	out->module = malloc(len ? len : 1);
	out->blob = calloc(1, sizeof(uint32_t));
	if (!out->module || !out->blob) {
		data_split_free(out);
		return -ENOMEM;
	}
	memcpy(out->module, mod, len);
	out->module_len = len;
	out->blob_len = sizeof(uint32_t);
	return 0;
}

int data_split(const uint8_t *mod, size_t len, const struct wasm_module *m,
	       struct data_split *out)
{
	const uint8_t *sec = m->data_section, *sec_end = m->data_section_end;
	size_t nbytes = 0, hdr, body_len, n;
	uint32_t nactive = 0;
	uint8_t *body, *seg_at, *bytes_at;

	memset(out, 0, sizeof(*out));
	if (!movable(m))
		return copy_unchanged(mod, len, out);
	for (uint32_t i = 0; i < m->ndata; i++)
		if (!m->data[i].passive) {
			nactive++;
			nbytes += m->data[i].init_len;
		}
	/* the new section's contents are never longer than the old ones */
	body = malloc((size_t)(sec_end - sec));
	hdr = sizeof(uint32_t) + nactive * sizeof(struct data_blob_segment);
	out->blob = malloc(hdr + nbytes);
	out->module = malloc(len + 5);	/* the section size may take 5 bytes */
	if (!body || !out->blob || !out->module) {
		free(body);
		data_split_free(out);
		return -ENOMEM;
	}
	memcpy(out->blob, &nactive, sizeof(nactive));
	seg_at = out->blob + sizeof(uint32_t);
	bytes_at = out->blob + hdr;

	/* the section: the segment count as written, then each segment */
	body_len = (size_t)((m->ndata ? m->data[0].start : sec_end) - sec);
	memcpy(body, sec, body_len);
	for (uint32_t i = 0; i < m->ndata; i++) {
		const struct wasm_data *d = &m->data[i];
		struct data_blob_segment seg = { d->offset, d->init_len };

		if (d->passive) {	/* memory.init reads its bytes: compiled */
			n = (size_t)(d->init + d->init_len - d->start);
			memcpy(body + body_len, d->start, n);
			body_len += n;
			continue;
		}
		/* flags, memory, offset as written; length 0; no bytes */
		n = (size_t)(d->len_at - d->start);
		memcpy(body + body_len, d->start, n);
		body_len += n;
		body[body_len++] = 0;
		memcpy(seg_at, &seg, sizeof(seg));
		seg_at += sizeof(seg);
		memcpy(bytes_at, d->init, d->init_len);
		bytes_at += d->init_len;
	}
	out->blob_len = hdr + nbytes;

	/* the module: what comes before and after the section, unchanged */
	n = (size_t)(m->data_section_id - mod);
	memcpy(out->module, mod, n);
	out->module[n++] = 11;
	n += put_leb(out->module + n, (uint32_t)body_len);
	memcpy(out->module + n, body, body_len);
	n += body_len;
	memcpy(out->module + n, sec_end, (size_t)(mod + len - sec_end));
	out->module_len = n + (size_t)(mod + len - sec_end);
	free(body);
	return 0;
}

void data_split_free(struct data_split *s)
{
	free(s->module);
	free(s->blob);
	memset(s, 0, sizeof(*s));
}
