/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
#ifndef BTF2HDR_NAME_SET_H
#define BTF2HDR_NAME_SET_H

#include <stdbool.h>
#include <stddef.h>

/*
 * A set of strings (open addressing), to find names already in use, each
 * with a number its user keeps (a counter, a type id).
 */
struct name_set {
	char **slots;
	unsigned *values;
	size_t cap, cnt;
};

/* true if added, false if it was there; -1 on allocation failure */
int name_set_add(struct name_set *s, const char *name);
/* name's number (0 when just added); NULL on allocation failure */
unsigned *name_set_value(struct name_set *s, const char *name);
bool name_set_has(const struct name_set *s, const char *name);
void name_set_free(struct name_set *s);

#endif
