// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * What a module must be for this host, checked on the module itself before
 * wasm2c translates it: an import of the wrong type would otherwise link
 * against a host function of another C type and read whatever the
 * registers hold, and wasm2c 1.0.32 would silently skip a start function
 * or overflow a 4 GiB memory.
 */
#include <stdio.h>
#include <string.h>

#include "abi_table.h"
#include "libbpf-wasm/ext_abi.h"
#include "guest_memory.h"
#include "module_check.h"
#include "refuse.h"

#define TYPE_STR 160
#define NAME_STR 96


static const char *kind_name(enum wasm_kind k)
{
	switch (k) {
	case WASM_FUNC: return "function";
	case WASM_TABLE: return "table";
	case WASM_MEMORY: return "memory";
	case WASM_GLOBAL: return "global";
	default: return "tag";
	}
}

static int check_import(const struct wasm_module *m, const struct wasm_import *im,
			struct module_uses *uses, char *err, size_t err_sz)
{
	char mod[NAME_STR], name[NAME_STR], have[TYPE_STR];
	const struct abi_func *f;

	wasm_name_str(im->module, mod, sizeof(mod));
	wasm_name_str(im->name, name, sizeof(name));
	if (!abi_module_known((const char *)im->module.s, im->module.len))
		return refuse(err, err_sz, "import %s.%s is from module '%s', which wasm-bpf does not provide",
			      mod, name, mod);
	if (im->kind != WASM_FUNC)
		return refuse(err, err_sz, "import %s.%s is a %s; the host provides only functions",
			      mod, name, kind_name(im->kind));
	f = abi_find((const char *)im->module.s, im->module.len, (const char *)im->name.s,
		     im->name.len);
	if (!f)
		return refuse(err, err_sz, "import %s.%s is not a function the host provides (%s)",
			      mod, name, !strcmp(mod, "wasm_bpf") ? "not in the wasm-bpf ABI" :
			      !strcmp(mod, WASM_BPF_EXT_MODULE) ? "not in version 1 of the extension ABI" :
			      "not a WASI preview1 function");
	wasm_functype_str(&m->types[im->type], have, sizeof(have));
	if (strcmp(have, f->type))
		return refuse(err, err_sz, "import %s.%s has type %s, the ABI says %s",
			      mod, name, have, f->type);
	if (!strcmp(f->module, "wasm_bpf"))
		uses->bpf = true;
	else if (!strcmp(f->module, WASM_BPF_EXT_MODULE))
		uses->ext = true;
	else
		uses->wasi = true;
	return 0;
}

static const struct wasm_export *find_export(const struct wasm_module *m, const char *name)
{
	for (uint32_t i = 0; i < m->nexports; i++)
		if (m->exports[i].name.len == strlen(name) &&
		    !memcmp(m->exports[i].name.s, name, m->exports[i].name.len))
			return &m->exports[i];
	return NULL;
}

/* The export `name` of `kind`, or NULL with the reason in err. */
static const struct wasm_export *need_export(const struct wasm_module *m, const char *name,
					     enum wasm_kind kind, const char *hint, char *err,
					     size_t err_sz)
{
	const struct wasm_export *e = find_export(m, name);

	if (!e)
		refuse(err, err_sz, "the module does not export '%s'%s", name, hint);
	else if (e->kind != kind)
		refuse(err, err_sz, "export '%s' is a %s, not a %s", name, kind_name(e->kind),
		       kind_name(kind));
	return e && e->kind == kind ? e : NULL;
}

/*
 * The SDK's exports the host calls, if the module has them, with the type
 * the host calls them as: wasm_bpf_signal (signals.c) and wasm_bpf_set_pid
 * (host_main.c, before _start).
 */
static const struct { const char *name, *type; } host_called[] = {
	{ "wasm_bpf_signal", "(i32)->i32" },
	{ "wasm_bpf_set_pid", "(i32)->()" },
};

static int check_called_exports(const struct wasm_module *m, char *err, size_t err_sz)
{
	for (size_t i = 0; i < sizeof(host_called) / sizeof(host_called[0]); i++) {
		const char *name = host_called[i].name;
		const struct wasm_export *e = find_export(m, name);
		const struct wasm_functype *t;
		char have[TYPE_STR];

		if (!e)
			continue;
		if (e->kind != WASM_FUNC)
			return refuse(err, err_sz, "export '%s' is a %s, not a function", name,
				      kind_name(e->kind));
		t = wasm_func_type(m, e->index);
		if (!t)
			return refuse(err, err_sz, "export '%s' names function %u, which does not exist",
				      name, e->index);
		wasm_functype_str(t, have, sizeof(have));
		if (strcmp(have, host_called[i].type))
			return refuse(err, err_sz, "export '%s' has type %s, the host calls it as %s",
				      name, have, host_called[i].type);
	}
	return 0;
}

static int check_exports(const struct wasm_module *m, char *err, size_t err_sz)
{
	const struct wasm_export *start, *mem, *table;
	const struct wasm_functype *t;
	char have[TYPE_STR];

	if (!(start = need_export(m, "_start", WASM_FUNC, " (a WASI command's entry)", err, err_sz)) ||
	    !(mem = need_export(m, "memory", WASM_MEMORY, "", err, err_sz)) ||
	    !(table = need_export(m, "__indirect_function_table", WASM_TABLE,
				  " (link guests with -Wl,--export-table)", err, err_sz)))
		return -1;
	t = wasm_func_type(m, start->index);
	if (!t)
		return refuse(err, err_sz, "export '_start' names function %u, which does not exist",
			      start->index);
	if (t->nparams || t->nresults)
		return refuse(err, err_sz, "export '_start' has type %s, a WASI command's is ()->()",
			      wasm_functype_str(t, have, sizeof(have)));
	/* imported memories and tables are refused with the imports */
	if (mem->index >= m->nmemories)
		return refuse(err, err_sz, "export 'memory' names memory %u, which does not exist",
			      mem->index);
	if (table->index >= m->ntables)
		return refuse(err, err_sz, "export '__indirect_function_table' names table %u, which does not exist",
			      table->index);
	if (m->tables[table->index].reftype != 0x70)
		return refuse(err, err_sz, "export '__indirect_function_table' is not a table of functions");
	return check_called_exports(m, err, err_sz);
}

static int check_limits(const struct wasm_module *m, char *err, size_t err_sz)
{
	if (m->nmemories > 1)
		return refuse(err, err_sz, "the module defines %u memories; wasm-bpf guests have one",
			      m->nmemories);
	for (uint32_t i = 0; i < m->nmemories; i++) {
		const struct wasm_limits *l = &m->memories[i];

		if (l->flags & 2)
			return refuse(err, err_sz, "its memory is shared (threads), which the host does not support");
		if (l->min > GUEST_MAX_PAGES)
			return refuse(err, err_sz, "its memory is at least %u pages (%llu bytes); the host supports %u pages (4 GiB - 64 KiB)",
				      l->min, (unsigned long long)l->min * 65536, GUEST_MAX_PAGES);
		if (l->has_max && l->max > 65536)
			return refuse(err, err_sz, "its memory's maximum of %u pages is more than wasm32 addresses (65536)",
				      l->max);
	}
	for (uint32_t i = 0; i < m->ntables; i++)
		if (m->tables[i].limits.min > GUEST_MAX_TABLE)
			return refuse(err, err_sz, "table %u has at least %u entries; the host allows %u",
				      i, m->tables[i].limits.min, GUEST_MAX_TABLE);
	return 0;
}

/*
 * wasm2c 1.0.32 fills a table from an element segment with an imported
 * function's entry pointing at the field that holds the import's instance,
 * not at the instance: the host would take guest-chosen bytes for its own
 * state. Such modules are refused (ref.func in code is translated right).
 */
static int check_elements(const struct wasm_module *m, char *err, size_t err_sz)
{
	const struct wasm_import *im = wasm_func_import(m, m->elem_import);
	char mod[NAME_STR], name[NAME_STR];

	if (!im)
		return 0;	/* none (UINT32_MAX) */
	wasm_name_str(im->module, mod, sizeof(mod));
	wasm_name_str(im->name, name, sizeof(name));
	return refuse(err, err_sz, "element segment %u puts the import %s.%s in a table, which wasm2c 1.0.32 translates wrongly (call it directly, or through a function of the module)",
		      m->elem_import_segment, mod, name);
}

int module_check(const struct wasm_module *m, struct module_uses *uses, char *err, size_t err_sz)
{
	memset(uses, 0, sizeof(*uses));
	if (m->has_start)
		return refuse(err, err_sz, "the module has a start function, which wasm2c 1.0.32 would not run");
	for (uint32_t i = 0; i < m->nimports; i++)
		if (check_import(m, &m->imports[i], uses, err, err_sz))
			return -1;
	if (check_exports(m, err, err_sz) || check_limits(m, err, err_sz) ||
	    check_elements(m, err, err_sz))
		return -1;
	return 0;
}
