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
	struct name_set bigger = { calloc(s->cap ? s->cap * 2 : 16, sizeof(char *)),
				   s->cap ? s->cap * 2 : 16, s->cnt };
	size_t i;

	if (!bigger.slots)
		return -1;
	for (i = 0; i < s->cap; i++)
		if (s->slots[i])
			bigger.slots[find(&bigger, s->slots[i])] = s->slots[i];
	free(s->slots);
	*s = bigger;
	return 0;
}

int name_set_add(struct name_set *s, const char *name)
{
	size_t i;

	if ((s->cnt + 1) * 2 > s->cap && grow(s))
		return -1;
	i = find(s, name);
	if (s->slots[i])
		return 0;
	s->slots[i] = strdup(name);
	if (!s->slots[i])
		return -1;
	s->cnt++;
	return 1;
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
	s->slots = NULL;
	s->cap = s->cnt = 0;
}
