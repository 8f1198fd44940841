// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <stdlib.h>
#include <string.h>

#include "name_set.h"

static size_t hash(const char *s)
{
	size_t h = 14695981039346656037ULL;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static size_t find(const struct name_set *s, const char *name)
{
	size_t i = hash(name) & (s->cap - 1);

	while (s->slots[i] && strcmp(s->slots[i], name) != 0)
		i = (i + 1) & (s->cap - 1);
	return i;
}

static int grow(struct name_set *s)
{
	size_t cap = s->cap ? s->cap * 2 : 16, i;
	struct name_set bigger = { calloc(cap, sizeof(char *)), calloc(cap, sizeof(unsigned)),
				   cap, s->cnt };

	if (!bigger.slots || !bigger.values) {
		free(bigger.slots);
		free(bigger.values);
		return -1;
	}
	for (i = 0; i < s->cap; i++) {
		if (s->slots[i]) {
			size_t j = find(&bigger, s->slots[i]);

			bigger.slots[j] = s->slots[i];
			bigger.values[j] = s->values[i];
		}
	}
	free(s->slots);
	free(s->values);
	*s = bigger;
	return 0;
}

/* The slot of name, added if absent; (size_t)-1 when out of memory. */
static size_t slot(struct name_set *s, const char *name, int *added)
{
	size_t i;

	*added = 0;
	if ((s->cnt + 1) * 2 > s->cap && grow(s))
		return (size_t)-1;
	i = find(s, name);
	if (s->slots[i])
		return i;
	s->slots[i] = strdup(name);
	if (!s->slots[i])
		return (size_t)-1;
	s->cnt++;
	*added = 1;
	return i;
}

int name_set_add(struct name_set *s, const char *name)
{
	int added;

	return slot(s, name, &added) == (size_t)-1 ? -1 : added;
}

unsigned *name_set_value(struct name_set *s, const char *name)
{
	int added;
	size_t i = slot(s, name, &added);

	return i == (size_t)-1 ? NULL : &s->values[i];
}

bool name_set_has(const struct name_set *s, const char *name)
{
	return s->cap && s->slots[find(s, name)] != NULL;
}

void name_set_free(struct name_set *s)
{
	size_t i;

	for (i = 0; i < s->cap; i++)
		free(s->slots[i]);
	free(s->slots);
	free(s->values);
	s->slots = NULL;
	s->values = NULL;
	s->cap = s->cnt = 0;
}
