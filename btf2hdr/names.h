/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_NAMES_H
#define BTF2HDR_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/*
 * C has separate name spaces. A BTF name is renamed (RENAME_SUFFIX appended)
 * when, in its space, it is a C keyword or something wasi-libc's or the
 * SDK's headers declare; an object-like macro of theirs renames it anywhere
 * (the SDK's __u8 ... __s64 are the exception: see name_shared_typedef). Type names
 * that are C++ keywords are renamed too; member names that are C++ keywords,
 * or typedef names, are renamed only when compiled as C++.
 */
enum name_space {
	NS_TAG,		/* struct, union and enum tags */
	NS_ORDINARY,	/* typedefs and enumerators */
	NS_MEMBER,	/* struct and union members, data-section variables */
};

#define RENAME_SUFFIX "__bpf"

bool name_is_reserved(enum name_space ns, const char *name);

/*
 * For one of the SDK's fixed-width typedefs (__u8 ... __s64), the C type it
 * names ("unsigned long long"), else NULL. A BTF typedef of that name keeps
 * it only if it names the same type; name_is_reserved leaves the decision
 * to the engine, which knows the type.
 */
const char *name_shared_typedef(const char *name);
bool name_is_identifier(const char *name);
bool name_is_cxx_keyword(const char *name);

/*
 * The one place where names from an object become C (btf2hdr and
 * bpftool-wasm both print through these):
 *
 * name_to_identifier: every byte outside [A-Za-z0-9_] becomes '_', and a
 * leading digit gets a '_' in front; "" stays "". malloc'ed, NULL when out
 * of memory. Different names can give the same identifier: callers that
 * print several in one scope refuse collisions.
 */
char *name_to_identifier(const char *name);

/*
 * How a member or variable called name is spelled: its identifier, plus
 * RENAME_SUFFIX when reserved in C (a keyword, a wasi-libc macro), or
 * __W32_CXX_MEMBER(identifier) (the identifier in C, plus RENAME_SUFFIX in
 * C++, a macro the layout prologue defines) when it is a C++ keyword or
 * cxx_clash is set (in C++ it would hide a typedef of that name). Returns
 * the length written to buf, or -1 if buf is too small or out of memory.
 */
int name_member_spelling(const char *name, bool cxx_clash, char *buf, size_t len);

/* Which of those spellings an identifier gets. */
enum member_rename {
	MEMBER_PLAIN,		/* as it is */
	MEMBER_SUFFIX,		/* + RENAME_SUFFIX, in C and C++ */
	MEMBER_CXX_SUFFIX,	/* + RENAME_SUFFIX in C++ only (__W32_CXX_MEMBER) */
};
enum member_rename name_member_rename(const char *ident, bool cxx_clash);

/*
 * name inside a comment: every byte outside [A-Za-z0-9_ .,:+-] becomes '_'
 * (no "*" "/" could end the comment, no "??" trigraph, no line break).
 */
const char *name_for_comment(const char *name, char *buf, size_t sz);

/*
 * Prints name as a C (and C++) string literal, quotes included, that
 * decodes to exactly its bytes: '"', '\\' and '?' (trigraphs) escaped with a
 * backslash, every byte that is not printable ASCII as a three-digit octal
 * escape (so that a following digit is never taken into it).
 */
void name_print_literal(FILE *out, const char *name);

/*
 * name as it may appear in a one-line message: at most NAME_MSG_CHARS bytes, any
 * byte that is not printable ASCII written as \xNN.
 */
#define NAME_MSG_CHARS 40
#define NAME_MSG_BUF (NAME_MSG_CHARS * 4 + 1)	/* every byte may become \xNN */
const char *name_for_message(const char *name, char *buf, size_t sz);

#endif
