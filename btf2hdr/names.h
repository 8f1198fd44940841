/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_NAMES_H
#define BTF2HDR_NAMES_H

#include <stdbool.h>
#include <stddef.h>

/*
 * C has separate name spaces. A BTF name is renamed (RENAME_SUFFIX appended)
 * when, in its space, it is a C keyword or something wasi-libc's headers
 * declare; an object-like macro of wasi-libc renames it anywhere. Type names
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
bool name_is_identifier(const char *name);
bool name_is_cxx_keyword(const char *name);

/*
 * name as it may appear in a one-line message: at most NAME_MSG_CHARS bytes, any
 * byte that is not printable ASCII written as \xNN.
 */
#define NAME_MSG_CHARS 40
#define NAME_MSG_BUF (NAME_MSG_CHARS * 4 + 1)	/* every byte may become \xNN */
const char *name_for_message(const char *name, char *buf, size_t sz);

#endif
