/* SPDX-License-Identifier: (LGPL-2.1 OR BSD-2-Clause) */
/*
 * <argp.h> for wasm32-wasi guests: glibc's argument parser, which libbpf
 * programs (libbpf-bootstrap, bcc's libbpf-tools) use and wasi-libc lacks.
 * Options with short and long names, optional and required arguments,
 * ARGP_KEY_ARG/ARGP_KEY_END and friends, --help, --usage, -V/--version,
 * argp_usage(), argp_error() and argp_state_help(). Child parsers and
 * help filters are not supported (children are ignored).
 */
#ifndef __LIBBPF_WASM_ARGP_H
#define __LIBBPF_WASM_ARGP_H

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __error_t_defined
typedef int error_t;
#define __error_t_defined 1
#endif

#define ARGP_STATIC static inline __attribute__((unused))

struct argp_option {
	const char *name;
	int key;
	const char *arg;
	int flags;
	const char *doc;
	int group;
};

#define OPTION_ARG_OPTIONAL 0x1
#define OPTION_HIDDEN 0x2
#define OPTION_ALIAS 0x4
#define OPTION_DOC 0x8
#define OPTION_NO_USAGE 0x10

struct argp;
struct argp_state;
typedef error_t (*argp_parser_t)(int key, char *arg, struct argp_state *state);

struct argp_child {
	const struct argp *argp;
	int flags;
	const char *header;
	int group;
};

struct argp {
	const struct argp_option *options;
	argp_parser_t parser;
	const char *args_doc;
	const char *doc;
	const struct argp_child *children;
	char *(*help_filter)(int key, const char *text, void *input);
	const char *argp_domain;
};

struct argp_state {
	const struct argp *root_argp;
	int argc;
	char **argv;
	int next;
	unsigned flags;
	unsigned arg_num;
	int quoted;
	void *input;
	void **child_inputs;
	void *hook;
	char *name;
	FILE *err_stream;
	FILE *out_stream;
	void *pstate;
};

#define ARGP_KEY_ARG 0
#define ARGP_KEY_ARGS 0x1000006
#define ARGP_KEY_END 0x1000001
#define ARGP_KEY_NO_ARGS 0x1000002
#define ARGP_KEY_INIT 0x1000003
#define ARGP_KEY_FINI 0x1000007
#define ARGP_KEY_SUCCESS 0x1000004
#define ARGP_KEY_ERROR 0x1000005
#define ARGP_ERR_UNKNOWN E2BIG

#define ARGP_PARSE_ARGV0 0x01
#define ARGP_NO_ERRS 0x02
#define ARGP_NO_ARGS 0x04
#define ARGP_IN_ORDER 0x08
#define ARGP_NO_HELP 0x10
#define ARGP_NO_EXIT 0x20
#define ARGP_LONG_ONLY 0x40
#define ARGP_SILENT (ARGP_NO_EXIT | ARGP_NO_ERRS | ARGP_NO_HELP)

#define ARGP_HELP_USAGE 0x01
#define ARGP_HELP_SHORT_USAGE 0x02
#define ARGP_HELP_SEE 0x04
#define ARGP_HELP_LONG 0x08
#define ARGP_HELP_PRE_DOC 0x10
#define ARGP_HELP_POST_DOC 0x20
#define ARGP_HELP_DOC (ARGP_HELP_PRE_DOC | ARGP_HELP_POST_DOC)
#define ARGP_HELP_BUG_ADDR 0x40
#define ARGP_HELP_LONG_ONLY 0x80
#define ARGP_HELP_EXIT_ERR 0x100
#define ARGP_HELP_EXIT_OK 0x200
#define ARGP_HELP_STD_ERR (ARGP_HELP_SEE | ARGP_HELP_EXIT_ERR)
#define ARGP_HELP_STD_USAGE (ARGP_HELP_SHORT_USAGE | ARGP_HELP_SEE | ARGP_HELP_EXIT_ERR)
#define ARGP_HELP_STD_HELP (ARGP_HELP_SHORT_USAGE | ARGP_HELP_LONG | ARGP_HELP_EXIT_OK | \
			    ARGP_HELP_DOC | ARGP_HELP_BUG_ADDR)

/* Defined by the program if it wants them, as with glibc. */
extern const char *argp_program_version __attribute__((weak));
extern const char *argp_program_bug_address __attribute__((weak));

/* glibc exits with EX_USAGE on a usage error. */
#define ARGP_ERR_EXIT_STATUS 64

ARGP_STATIC const char *argp__version(void)
{
	return &argp_program_version ? argp_program_version : NULL;
}

ARGP_STATIC const char *argp__bug_address(void)
{
	return &argp_program_bug_address ? argp_program_bug_address : NULL;
}

ARGP_STATIC const char *argp__progname(const struct argp_state *state)
{
	const char *name = state && state->name ? state->name : "program";
	const char *slash = strrchr(name, '/');

	return slash ? slash + 1 : name;
}

ARGP_STATIC bool argp__has_short(const struct argp_option *o)
{
	return o->key > 0 && o->key < 128 && isprint(o->key);
}

/* Column text like "  -d, --duration=MS" for one option. */
ARGP_STATIC int argp__option_label(const struct argp_option *o, char *buf, size_t n)
{
	const char *arg = o->arg;
	bool opt = o->flags & OPTION_ARG_OPTIONAL;
	int len;

	if (argp__has_short(o) || o->key == '?')
		len = snprintf(buf, n, "  -%c%s", o->key, o->name ? ", " : "");
	else
		len = snprintf(buf, n, "      ");
	if (o->name)
		len += snprintf(buf + len, n - (size_t)len, "--%s", o->name);
	if (arg) {
		if (o->name)
			len += snprintf(buf + len, n - (size_t)len, opt ? "[=%s]" : "=%s", arg);
		else
			len += snprintf(buf + len, n - (size_t)len, opt ? "[%s]" : " %s", arg);
	}
	return len;
}

ARGP_STATIC void argp__print_option(FILE *out, const struct argp_option *o)
{
	char label[128];
	int len = argp__option_label(o, label, sizeof(label));

	if (len >= 29)
		fprintf(out, "%s\n%29s %s\n", label, "", o->doc ? o->doc : "");
	else
		fprintf(out, "%-29s %s\n", label, o->doc ? o->doc : "");
}

/* Listed in --help after the program's own options. */
static const struct argp_option argp__builtin_options[] = {
	{ "help", '?', NULL, 0, "Give this help list", 0 },
	{ "usage", 0, NULL, 0, "Give a short usage message", 0 },
	{ "version", 'V', NULL, 0, "Print program version", 0 },
	{ NULL, 0, NULL, 0, NULL, 0 },
};

ARGP_STATIC void argp__print_doc(FILE *out, const char *doc, bool before)
{
	const char *vt;

	if (!doc)
		return;
	vt = strchr(doc, '\v');
	if (before) {
		int n = vt ? (int)(vt - doc) : (int)strlen(doc);

		if (n)
			fprintf(out, "%.*s\n", n, doc);
	} else if (vt && vt[1]) {
		fprintf(out, "\n%s\n", vt + 1);
	}
}

ARGP_STATIC void argp__print_help(const struct argp_state *state, FILE *out,
				  unsigned flags)
{
	const struct argp *argp = state->root_argp;
	const struct argp_option *o;
	const char *name = argp__progname(state);

	if (flags & (ARGP_HELP_SHORT_USAGE | ARGP_HELP_USAGE))
		fprintf(out, "Usage: %s [OPTION...]%s%s\n", name,
			argp->args_doc ? " " : "", argp->args_doc ? argp->args_doc : "");
	if (flags & ARGP_HELP_SEE)
		fprintf(out, "Try `%s --help' or `%s --usage' for more information.\n",
			name, name);
	if (!(flags & ARGP_HELP_LONG))
		goto tail;
	if (flags & ARGP_HELP_PRE_DOC)
		argp__print_doc(out, argp->doc, true);
	fputc('\n', out);
	for (o = argp->options; o && (o->name || o->key || o->doc); o++) {
		if (o->flags & OPTION_HIDDEN)
			continue;
		if ((o->flags & OPTION_DOC) || (!o->name && !o->key)) {
			fprintf(out, "%s%s\n", o->doc && *o->doc ? "\n " : "", o->doc ? o->doc : "");
			continue;
		}
		argp__print_option(out, o);
	}
	for (o = argp__builtin_options; o->name; o++)
		if (o->key != 'V' || argp__version())
			argp__print_option(out, o);
	if (flags & ARGP_HELP_POST_DOC)
		argp__print_doc(out, argp->doc, false);
	if ((flags & ARGP_HELP_BUG_ADDR) && argp__bug_address())
		fprintf(out, "\nReport bugs to %s.\n", argp__bug_address());
tail:
	fflush(out);
}

ARGP_STATIC void argp_state_help(const struct argp_state *state, FILE *stream,
				 unsigned flags)
{
	if (state && (state->flags & ARGP_NO_ERRS) && (flags & ARGP_HELP_EXIT_ERR))
		return;
	if (stream)
		argp__print_help(state, stream, flags);
	if (state && (state->flags & ARGP_NO_EXIT))
		return;
	if (flags & ARGP_HELP_EXIT_ERR)
		exit(ARGP_ERR_EXIT_STATUS);
	if (flags & ARGP_HELP_EXIT_OK)
		exit(0);
}

ARGP_STATIC void argp_usage(const struct argp_state *state)
{
	argp_state_help(state, stderr, ARGP_HELP_STD_USAGE);
}

__attribute__((format(printf, 2, 3)))
ARGP_STATIC void argp_error(const struct argp_state *state, const char *fmt, ...)
{
	va_list ap;

	if (state && (state->flags & ARGP_NO_ERRS))
		return;
	fprintf(stderr, "%s: ", argp__progname(state));
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	argp_state_help(state, stderr, ARGP_HELP_STD_ERR);
}

ARGP_STATIC void argp_help(const struct argp *argp, FILE *stream, unsigned flags,
			   char *name)
{
	struct argp_state state;

	memset(&state, 0, sizeof(state));
	state.root_argp = argp;
	state.name = name;
	state.flags = ARGP_NO_EXIT;
	argp__print_help(&state, stream, flags);
}

/* The option a long name (or an unambiguous prefix of one) selects. */
ARGP_STATIC const struct argp_option *argp__find_long(const struct argp *argp,
						      const char *name, size_t len)
{
	const struct argp_option *o, *found = NULL, *owner = NULL;
	int matches = 0;

	for (o = argp->options; o && (o->name || o->key || o->doc); o++) {
		if (!(o->flags & OPTION_ALIAS))
			owner = o;
		if (!o->name || strncmp(o->name, name, len) != 0)
			continue;
		/* an alias reports its owner's key */
		if (strlen(o->name) == len)
			return (o->flags & OPTION_ALIAS) && owner ? owner : o;
		found = (o->flags & OPTION_ALIAS) && owner ? owner : o;
		matches++;
	}
	return matches == 1 ? found : NULL;
}

ARGP_STATIC const struct argp_option *argp__find_short(const struct argp *argp, int key)
{
	const struct argp_option *o;

	for (o = argp->options; o && (o->name || o->key || o->doc); o++)
		if (o->key == key && argp__has_short(o))
			return o;
	return NULL;
}

ARGP_STATIC error_t argp__call(struct argp_state *state, int key, char *arg)
{
	const struct argp *argp = state->root_argp;

	return argp->parser ? argp->parser(key, arg, state) : ARGP_ERR_UNKNOWN;
}

/* The built-in options: --help, --usage, -?, -V/--version. 1 if handled. */
ARGP_STATIC int argp__builtin(struct argp_state *state, const char *lname, int key)
{
	if ((lname && !strcmp(lname, "help")) || key == '?') {
		argp_state_help(state, state->out_stream, ARGP_HELP_STD_HELP);
		return 1;
	}
	if (lname && !strcmp(lname, "usage")) {
		argp_state_help(state, state->out_stream, ARGP_HELP_USAGE | ARGP_HELP_EXIT_OK);
		return 1;
	}
	if (argp__version() && ((lname && !strcmp(lname, "version")) || key == 'V')) {
		fprintf(state->out_stream, "%s\n", argp__version());
		if (!(state->flags & ARGP_NO_EXIT))
			exit(0);
		return 1;
	}
	return 0;
}

/* One option with its argument; returns 0 or an error already reported. */
ARGP_STATIC error_t argp__option(struct argp_state *state, const struct argp_option *o,
				 char *arg, const char *shown)
{
	error_t err;

	if (o->arg && !arg && !(o->flags & OPTION_ARG_OPTIONAL)) {
		argp_error(state, "option '%s' requires an argument", shown);
		return EINVAL;
	}
	if (!o->arg && arg) {
		argp_error(state, "option '%s' doesn't allow an argument", shown);
		return EINVAL;
	}
	err = argp__call(state, o->key, arg);
	if (err == ARGP_ERR_UNKNOWN) {
		argp_error(state, "unrecognized option '%s'", shown);
		return EINVAL;
	}
	return err;
}

ARGP_STATIC error_t argp__long(struct argp_state *state, char *word)
{
	char *eq = strchr(word, '=');
	size_t len = eq ? (size_t)(eq - word) : strlen(word);
	const struct argp_option *o = argp__find_long(state->root_argp, word, len);
	char *arg = eq ? eq + 1 : NULL;
	char shown[128];

	snprintf(shown, sizeof(shown), "--%.*s", (int)len, word);
	if (!o) {
		char name[64];

		snprintf(name, sizeof(name), "%.*s", (int)len, word);
		if (argp__builtin(state, name, 0))
			return 0;
		argp_error(state, "unrecognized option '%s'", shown);
		return EINVAL;
	}
	/* "--opt value" for a required argument */
	if (o->arg && !arg && !(o->flags & OPTION_ARG_OPTIONAL) &&
	    state->next < state->argc)
		arg = state->argv[state->next++];
	return argp__option(state, o, arg, shown);
}

ARGP_STATIC error_t argp__shorts(struct argp_state *state, char *word)
{
	error_t err;

	for (; *word; word++) {
		const struct argp_option *o = argp__find_short(state->root_argp, *word);
		char shown[3] = { '-', *word, '\0' };
		char *arg = NULL;

		if (!o) {
			if (argp__builtin(state, NULL, *word))
				return 0;
			argp_error(state, "invalid option -- '%c'", *word);
			return EINVAL;
		}
		if (o->arg) {
			/* the rest of the word, or the next word, is the argument */
			if (word[1])
				arg = word + 1;
			else if (!(o->flags & OPTION_ARG_OPTIONAL) && state->next < state->argc)
				arg = state->argv[state->next++];
			return argp__option(state, o, arg, shown);
		}
		err = argp__option(state, o, NULL, shown);
		if (err)
			return err;
	}
	return 0;
}

ARGP_STATIC error_t argp__arg(struct argp_state *state, char *arg)
{
	error_t err = argp__call(state, ARGP_KEY_ARG, arg);

	if (err == ARGP_ERR_UNKNOWN) {
		argp_error(state, "too many arguments");
		return EINVAL;
	}
	if (!err)
		state->arg_num++;
	return err;
}

ARGP_STATIC error_t argp_parse(const struct argp *argp, int argc, char **argv,
			       unsigned flags, int *arg_index, void *input)
{
	struct argp_state state;
	error_t err;
	int quoted = 0;

	memset(&state, 0, sizeof(state));
	state.root_argp = argp;
	state.argc = argc;
	state.argv = argv;
	state.flags = flags;
	state.input = input;
	state.name = argc > 0 ? argv[0] : NULL;
	state.err_stream = stderr;
	state.out_stream = stdout;
	state.next = (flags & ARGP_PARSE_ARGV0) ? 0 : 1;

	err = argp__call(&state, ARGP_KEY_INIT, NULL);
	if (err == ARGP_ERR_UNKNOWN)
		err = 0;
	while (!err && state.next < argc) {
		char *word = argv[state.next++];

		if (quoted || word[0] != '-' || word[1] == '\0')
			err = argp__arg(&state, word);
		else if (word[1] == '-' && word[2] == '\0')
			quoted = state.quoted = state.next;
		else if (word[1] == '-')
			err = argp__long(&state, word + 2);
		else
			err = argp__shorts(&state, word + 1);
	}
	if (!err && state.arg_num == 0) {
		err = argp__call(&state, ARGP_KEY_NO_ARGS, NULL);
		if (err == ARGP_ERR_UNKNOWN)
			err = 0;
	}
	if (!err) {
		err = argp__call(&state, ARGP_KEY_END, NULL);
		if (err == ARGP_ERR_UNKNOWN)
			err = 0;
	}
	if (!err) {
		err = argp__call(&state, ARGP_KEY_SUCCESS, NULL);
		if (err == ARGP_ERR_UNKNOWN)
			err = 0;
	} else {
		argp__call(&state, ARGP_KEY_ERROR, NULL);
	}
	argp__call(&state, ARGP_KEY_FINI, NULL);
	if (arg_index)
		*arg_index = state.next;
	/* usage errors argp found itself have exited in argp_error();
	 * what the program's parser returned is the program's to handle */
	return err;
}

#undef ARGP_STATIC

#ifdef __cplusplus
}
#endif

#endif /* __LIBBPF_WASM_ARGP_H */
