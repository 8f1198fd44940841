// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/* Which names the emitted header must not use as they are (see names.h). */
#include <stdlib.h>
#include <string.h>

#include "names.h"
#include "reserved_names.inc"

/* C11 and C++20 keywords, and the alternative operator spellings. */
static const char *const keywords[] = {
	"_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic",
	"_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "alignas",
	"alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool",
	"break", "case", "catch", "char", "char16_t", "char32_t", "char8_t",
	"class", "co_await", "co_return", "co_yield", "compl", "concept", "const",
	"const_cast", "consteval", "constexpr", "constinit", "continue",
	"decltype", "default", "delete", "do", "double", "dynamic_cast", "else",
	"enum", "explicit", "export", "extern", "false", "float", "for", "friend",
	"goto", "if", "inline", "int", "long", "mutable", "namespace", "new",
	"noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq",
	"private", "protected", "public", "register", "reinterpret_cast",
	"requires", "restrict", "return", "short", "signed", "sizeof", "static",
	"static_assert", "static_cast", "struct", "switch", "template", "this",
	"thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
	"typeof", "union", "unsigned", "using", "virtual", "void", "volatile",
	"wchar_t", "while", "xor", "xor_eq",
};

static int cmp(const void *key, const void *elem)
{
	return strcmp(key, *(const char *const *)elem);
}

#define IN(arr, name) \
	(bsearch(name, arr, sizeof(arr) / sizeof(arr[0]), sizeof(arr[0]), cmp) != NULL)

static bool is_keyword(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
		if (strcmp(keywords[i], name) == 0)
			return true;
	return false;
}

bool name_is_reserved(enum name_space ns, const char *name)
{
	if (is_keyword(name) || IN(reserved_macros, name))
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
