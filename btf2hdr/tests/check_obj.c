// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
/*
 * check_obj FILE...: runs bpf_obj_check (libobjcheck.a) on each file, as the
 * runtime does on a guest's bytes. Prints "FILE: ok" or "FILE: message";
 * exit 0 when every file passed, 1 otherwise, 2 on usage errors.
 */
#include <stdio.h>
#include <stdlib.h>

#include "obj_check.h"

static int check_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL, err[512];
	size_t len = 0, cap = 0, n;
	int ret;

	if (!f) {
		perror(path);
		return 1;
	}
	do {
		if (len == cap) {
			char *bigger = realloc(buf, cap = cap ? cap * 2 : 1 << 16);

			if (!bigger) {
				free(buf);
				fclose(f);
				return 1;
			}
			buf = bigger;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n);
	fclose(f);
	ret = bpf_obj_check(buf, len, err, sizeof(err));
	printf("%s: %s\n", path, ret ? err : "ok");
	free(buf);
	return ret ? 1 : 0;
}

int main(int argc, char **argv)
{
	int i, ret = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: check_obj FILE...\n");
		return 2;
	}
	for (i = 1; i < argc; i++)
		ret |= check_file(argv[i]);
	return ret;
}
