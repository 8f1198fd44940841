// SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause)
#include <stdio.h>
#include <string.h>

#include "syscall_helpers.h"

/* from arch/x86/entry/syscalls/syscall_64.tbl (the calls tools meet most) */
static const struct {
	unsigned int nr;
	const char *name;
} syscalls[] = {
	{ 0, "read" }, { 1, "write" }, { 2, "open" }, { 3, "close" }, { 4, "stat" },
	{ 5, "fstat" }, { 6, "lstat" }, { 7, "poll" }, { 8, "lseek" }, { 9, "mmap" },
	{ 10, "mprotect" }, { 11, "munmap" }, { 12, "brk" }, { 13, "rt_sigaction" },
	{ 14, "rt_sigprocmask" }, { 15, "rt_sigreturn" }, { 16, "ioctl" }, { 17, "pread64" },
	{ 18, "pwrite64" }, { 19, "readv" }, { 20, "writev" }, { 21, "access" }, { 22, "pipe" },
	{ 23, "select" }, { 24, "sched_yield" }, { 25, "mremap" }, { 28, "madvise" },
	{ 32, "dup" }, { 33, "dup2" }, { 35, "nanosleep" }, { 39, "getpid" }, { 41, "socket" },
	{ 42, "connect" }, { 43, "accept" }, { 44, "sendto" }, { 45, "recvfrom" },
	{ 46, "sendmsg" }, { 47, "recvmsg" }, { 49, "bind" }, { 50, "listen" }, { 56, "clone" },
	{ 57, "fork" }, { 58, "vfork" }, { 59, "execve" }, { 60, "exit" }, { 61, "wait4" },
	{ 62, "kill" }, { 63, "uname" }, { 72, "fcntl" }, { 79, "getcwd" }, { 80, "chdir" },
	{ 82, "rename" }, { 83, "mkdir" }, { 84, "rmdir" }, { 87, "unlink" }, { 89, "readlink" },
	{ 95, "umask" }, { 96, "gettimeofday" }, { 102, "getuid" }, { 104, "getgid" },
	{ 107, "geteuid" }, { 108, "getegid" }, { 109, "setpgid" }, { 110, "getppid" },
	{ 111, "getpgrp" }, { 121, "getpgid" }, { 124, "getsid" }, { 186, "gettid" },
	{ 202, "futex" }, { 217, "getdents64" }, { 218, "set_tid_address" },
	{ 228, "clock_gettime" }, { 230, "clock_nanosleep" }, { 231, "exit_group" },
	{ 232, "epoll_wait" }, { 257, "openat" }, { 262, "newfstatat" },
	{ 273, "set_robust_list" }, { 293, "pipe2" }, { 302, "prlimit64" }, { 318, "getrandom" },
	{ 321, "bpf" }, { 334, "rseq" }, { 435, "clone3" },
};

#define N_SYSCALLS ((int)(sizeof(syscalls) / sizeof(syscalls[0])))

void syscall_name(unsigned int nr, char *buf, size_t size)
{
	int i;

	for (i = 0; i < N_SYSCALLS; i++) {
		if (syscalls[i].nr == nr) {
			snprintf(buf, size, "%s", syscalls[i].name);
			return;
		}
	}
	snprintf(buf, size, "[%u]", nr);
}

int syscall_by_name(const char *name)
{
	int i;

	for (i = 0; i < N_SYSCALLS; i++)
		if (strcmp(syscalls[i].name, name) == 0)
			return (int)syscalls[i].nr;
	return -1;
}
