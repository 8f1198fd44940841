/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <net/if.h> for wasm32-wasi guests, which wasi-libc lacks: interface
 * names and indexes, as XDP and tc tools look them up. A guest has no
 * netlink or ioctl, so they are read from /sys/class/net/NAME/ifindex: they
 * work where the runtime grants /sys (the project's runtime: --dir /sys),
 * and otherwise fail with the errno of that open (if_nametoindex: 0).
 */
#ifndef __LIBBPF_WASM_NET_IF_H
#define __LIBBPF_WASM_NET_IF_H

#ifndef __wasi__
#include_next <net/if.h>	/* a native build that shares the include path */
#else
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IF_NAMESIZE 16
#define IFNAMSIZ IF_NAMESIZE

/* The index in /sys/class/net/NAME/ifindex; 0 with errno on failure. */
static inline __attribute__((unused)) unsigned int if_nametoindex(const char *name)
{
	char path[64 + IF_NAMESIZE], line[24], *end = NULL;
	unsigned long index = 0;
	FILE *f;

	if (!name || !*name || strlen(name) >= IF_NAMESIZE || strchr(name, '/') ||
	    !strcmp(name, ".") || !strcmp(name, "..")) {
		errno = ENODEV;
		return 0;
	}
	snprintf(path, sizeof(path), "/sys/class/net/%s/ifindex", name);
	f = fopen(path, "r");
	if (!f)
		return 0;
	/* fgets and strtoul, not fscanf: scanf brings 18 KB of floating-point
	 * parsing (long double in software) into every module that calls this */
	if (fgets(line, sizeof(line), f))
		index = strtoul(line, &end, 10);
	if (!end || end == line || (*end && *end != '\n') || index > 0xffffffffUL) {
		index = 0;
		errno = ENODEV;
	}
	fclose(f);
	return (unsigned int)index;
}

/* The name of interface index into buf (IF_NAMESIZE bytes); NULL, errno ENXIO if none. */
static inline __attribute__((unused)) char *if_indextoname(unsigned int index, char *buf)
{
	DIR *d = opendir("/sys/class/net");
	struct dirent *e;

	if (!d)
		return NULL;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || strlen(e->d_name) >= IF_NAMESIZE)
			continue;
		if (if_nametoindex(e->d_name) == index) {
			strcpy(buf, e->d_name);
			closedir(d);
			return buf;
		}
	}
	closedir(d);
	errno = ENXIO;
	return NULL;
}

#ifdef __cplusplus
}
#endif

#endif /* __wasi__ */

#endif
