// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <stdlib.h>
#include <string.h>

#include "errno_helpers.h"

/* asm-generic/errno-base.h and the common part of asm-generic/errno.h */
static const struct {
	int num;
	const char *name;
} names[] = {
	{ 1, "EPERM" }, { 2, "ENOENT" }, { 3, "ESRCH" }, { 4, "EINTR" }, { 5, "EIO" },
	{ 6, "ENXIO" }, { 7, "E2BIG" }, { 8, "ENOEXEC" }, { 9, "EBADF" }, { 10, "ECHILD" },
	{ 11, "EAGAIN" }, { 12, "ENOMEM" }, { 13, "EACCES" }, { 14, "EFAULT" }, { 15, "ENOTBLK" },
	{ 16, "EBUSY" }, { 17, "EEXIST" }, { 18, "EXDEV" }, { 19, "ENODEV" }, { 20, "ENOTDIR" },
	{ 21, "EISDIR" }, { 22, "EINVAL" }, { 23, "ENFILE" }, { 24, "EMFILE" }, { 25, "ENOTTY" },
	{ 26, "ETXTBSY" }, { 27, "EFBIG" }, { 28, "ENOSPC" }, { 29, "ESPIPE" }, { 30, "EROFS" },
	{ 31, "EMLINK" }, { 32, "EPIPE" }, { 33, "EDOM" }, { 34, "ERANGE" }, { 35, "EDEADLK" },
	{ 36, "ENAMETOOLONG" }, { 37, "ENOLCK" }, { 38, "ENOSYS" }, { 39, "ENOTEMPTY" },
	{ 40, "ELOOP" }, { 61, "ENODATA" }, { 62, "ETIME" }, { 75, "EOVERFLOW" },
	{ 95, "EOPNOTSUPP" }, { 98, "EADDRINUSE" }, { 99, "EADDRNOTAVAIL" },
	{ 104, "ECONNRESET" }, { 110, "ETIMEDOUT" }, { 111, "ECONNREFUSED" },
};

const char *errno_name(int err)
{
	int i;

	if (err < 0)
		err = -err;
	for (i = 0; i < (int)(sizeof(names) / sizeof(names[0])); i++)
		if (names[i].num == err)
			return names[i].name;
	return NULL;
}

int errno_by_name(const char *name)
{
	char *end;
	long v;
	int i;

	v = strtol(name, &end, 10);
	if (end != name && !*end)
		return v > 0 && v < 4096 ? (int)v : -1;
	for (i = 0; i < (int)(sizeof(names) / sizeof(names[0])); i++)
		if (strcmp(names[i].name, name) == 0)
			return names[i].num;
	return -1;
}
