// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Which names the emitted header must not use as they are (see names.h). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "name_set.h"
#include "names.h"
#include "reserved_names.inc"

/* C11 keywords, and what <stdbool.h> (included in C) defines. */
static const char *const c_keywords[] = {
	"_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
	"_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "auto",
	"bool", "break", "case", "char", "const", "continue", "default", "do",
	"double", "else", "enum", "extern", "false", "float", "for", "goto", "if",
	"inline", "int", "long", "register", "restrict", "return", "short",
	"signed", "sizeof", "static", "struct", "switch", "true", "typedef",
	"union", "unsigned", "void", "volatile", "while",
};

/* C++20 keywords and alternative tokens that are plain identifiers in C. */
static const char *const cxx_keywords[] = {
	"alignas", "alignof", "and", "and_eq", "asm", "bitand", "bitor", "catch",
	"char16_t", "char32_t", "char8_t", "class", "co_await", "co_return",
	"co_yield", "compl", "concept", "const_cast", "consteval", "constexpr",
	"constinit", "decltype", "delete", "dynamic_cast", "explicit", "export",
	"friend", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
	"nullptr", "operator", "or", "or_eq", "private", "protected", "public",
	"reinterpret_cast", "requires", "static_assert", "static_cast", "template",
	"this", "thread_local", "throw", "try", "typeid", "typename", "typeof",
	"using", "virtual", "wchar_t", "xor", "xor_eq",
};

/*
 * The SDK's fixed-width typedefs, <linux/types.h>'s names, with the type
 * wasi-libc gives them: every BPF object's BTF has these too. C and C++
 * accept a second typedef of a name when it names the same type, so a BTF
 * typedef of one keeps its name when it is that type (layout.c checks).
 */
static const struct {
	const char *name, *type;
} shared_typedefs[] = {
	{ "__u8", "unsigned char" }, { "__u16", "unsigned short" },
	{ "__u32", "unsigned int" }, { "__u64", "unsigned long long" },
	{ "__s8", "signed char" },   { "__s16", "short" },
	{ "__s32", "int" },	     { "__s64", "long long" },
};

const char *name_shared_typedef(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(shared_typedefs) / sizeof(shared_typedefs[0]); i++)
		if (!strcmp(name, shared_typedefs[i].name))
			return shared_typedefs[i].type;
	return NULL;
}

/*
 * Every lookup is a hash probe: names are checked for each member of every
 * type (hundreds of thousands for a kernel's BTF). The sets are built once.
 */
static struct name_set always, tags, ordinary, cxx;

static void add_all(struct name_set *set, const char *const *names, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		name_set_add(set, names[i]);
}

#define ADD_ALL(set, arr) add_all(set, arr, sizeof(arr) / sizeof(arr[0]))

static void init_sets(void)
{
	if (always.cnt)
		return;
	ADD_ALL(&always, c_keywords);
	ADD_ALL(&always, reserved_macros);
	ADD_ALL(&tags, reserved_tags);
	ADD_ALL(&ordinary, reserved_ordinary);
	ADD_ALL(&cxx, cxx_keywords);
}

bool name_is_cxx_keyword(const char *name)
{
	init_sets();
	return name_set_has(&cxx, name);
}

bool name_is_reserved(enum name_space ns, const char *name)
{
	init_sets();
	if (name_set_has(&always, name))
		return true;
	/* a member named like a C++ keyword is renamed for C++ only (layout_emit.c) */
	if (ns != NS_MEMBER && name_set_has(&cxx, name))
		return true;
	switch (ns) {
	case NS_TAG:
		return name_set_has(&tags, name);
	case NS_ORDINARY:
		return name_set_has(&ordinary, name) && !name_shared_typedef(name);
	default:
		return false;
	}
}

static bool is_ident_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool name_is_identifier(const char *name)
{
	const char *p = name;

	if (!*p || (*p >= '0' && *p <= '9'))
		return false;
	for (; *p; p++)
		if (!is_ident_char(*p))
			return false;
	return true;
}

const char *name_for_message(const char *name, char *buf, size_t sz)
{
	size_t n = 0;
	int i;

	for (i = 0; name[i] && i < NAME_MSG_CHARS && n + 5 <= sz; i++) {
		unsigned char c = (unsigned char)name[i];

		if (c >= 0x20 && c < 0x7f)
			buf[n++] = (char)c;
		else
			n += (size_t)snprintf(buf + n, sz - n, "\\x%02x", c);
	}
	if (sz)
		buf[n < sz ? n : sz - 1] = '\0';
	return buf;
}


char *name_to_identifier(const char *name)
{
	size_t n = strlen(name);
	char *id = malloc(n + 2), *p = id;

	if (!id)
		return NULL;
	if (*name >= '0' && *name <= '9')
		*p++ = '_';
	for (; *name; name++)
		*p++ = is_ident_char(*name) ? *name : '_';
	*p = '\0';
	return id;
}

enum member_rename name_member_rename(const char *ident, bool cxx_clash)
{
	if (name_is_reserved(NS_MEMBER, ident))
		return MEMBER_SUFFIX;
	if (cxx_clash || name_is_cxx_keyword(ident))
		return MEMBER_CXX_SUFFIX;
	return MEMBER_PLAIN;
}

int name_member_spelling(const char *name, bool cxx_clash, char *buf, size_t len)
{
	char *id = name_to_identifier(name);
	int n;

	if (!id)
		return -1;
	switch (name_member_rename(id, cxx_clash)) {
	case MEMBER_SUFFIX:
		n = snprintf(buf, len, "%s%s", id, RENAME_SUFFIX);
		break;
	case MEMBER_CXX_SUFFIX:
		n = snprintf(buf, len, "__W32_CXX_MEMBER(%s)", id);
		break;
	default:
		n = snprintf(buf, len, "%s", id);
	}
	free(id);
	return n >= 0 && (size_t)n < len ? n : -1;
}

const char *name_for_comment(const char *name, char *buf, size_t sz)
{
	size_t i;

	if (!sz)
		return "";
	for (i = 0; name[i] && i + 1 < sz; i++) {
		char c = name[i];

		buf[i] = is_ident_char(c) || c == ' ' || c == '.' || c == ',' || c == ':' ||
			 c == '+' || c == '-' ? c : '_';
	}
	buf[i] = '\0';
	return buf;
}

void name_print_literal(FILE *out, const char *name)
{
	const unsigned char *p;

	fputc('"', out);
	for (p = (const unsigned char *)name; *p; p++) {
		if (*p == '"' || *p == '\\' || *p == '?')
			fprintf(out, "\\%c", *p);
		else if (*p >= 0x20 && *p < 0x7f)
			fputc(*p, out);
		else
			fprintf(out, "\\%03o", *p);
	}
	fputc('"', out);
}
