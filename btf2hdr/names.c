// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Which names the emitted header must not use as they are (see names.h). */
#include <stdlib.h>
#include <string.h>

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

static bool in_list(const char *const *list, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], name) == 0)
			return true;
	return false;
}

bool name_is_cxx_keyword(const char *name)
{
	return in_list(cxx_keywords, sizeof(cxx_keywords) / sizeof(cxx_keywords[0]), name);
}

static int cmp(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

#define IN(arr, name) \
	(bsearch(name, arr, sizeof(arr) / sizeof(arr[0]), sizeof(arr[0]), cmp) != NULL)

bool name_is_reserved(enum name_space ns, const char *name)
{
	if (in_list(c_keywords, sizeof(c_keywords) / sizeof(c_keywords[0]), name) ||
	    IN(reserved_macros, name))
		return true;
	/* a member named like a C++ keyword is renamed for C++ only (layout_emit.c) */
	if (ns != NS_MEMBER && name_is_cxx_keyword(name))
		return true;
	switch (ns) {
	case NS_TAG:
		return IN(reserved_tags, name);
	case NS_ORDINARY:
		return IN(reserved_ordinary, name);
	default:
		return false;
	}
}

bool name_is_identifier(const char *name)
{
	const char *p = name;

	if (!*p || (*p >= '0' && *p <= '9'))
		return false;
	for (; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '_'))
			return false;
	return true;
}
