/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/* What the kernel side saw of the globals, sent back to the guest. */
#ifndef __GLOBALS_H
#define __GLOBALS_H

struct point {
	int x;
	long y;
	char tag[3];
};

struct report {
	long ro_long;
	unsigned long ro_ulong;
	void *ro_ptr;
	bool ro_flag;
	int ro_array[3];
	struct point ro_point;
	long data_long;
	unsigned long data_ulong;
	long bss_long;
	int bss_array[4];
	struct point bss_point;
	long custom_data;
	unsigned int custom_ro;
	unsigned int count;
};

#endif
