#ifndef DOCKER_TUTOR_CEDITLINE_SHIM_H
#define DOCKER_TUTOR_CEDITLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <editline/readline.h>

// Swift 6 rejects direct access to libedit's mutable globals, so every one the
// REPL needs is reached through one of these small accessors.

typedef char **(*dt_completion_function)(const char *text, int start, int end);

static inline void dt_set_attempted_completion_function(dt_completion_function f) {
    rl_attempted_completion_function = (rl_completion_func_t *)f;
}
static inline void dt_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void dt_set_attempted_completion_over(int v) { rl_attempted_completion_over = v; }
static inline const char *dt_line_buffer(void) { return rl_line_buffer; }
static inline int dt_point(void) { return rl_point; }
static inline void dt_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void dt_set_basic_word_break_characters(const char *s) { rl_basic_word_break_characters = s; }
static inline void dt_set_catch_signals(int v) { rl_catch_signals = v; }
static inline void dt_set_catch_sigwinch(int v) { rl_catch_sigwinch = v; }
static inline void dt_set_instream(FILE *f) { rl_instream = f; }
static inline void dt_set_outstream(FILE *f) { rl_outstream = f; }
static inline int dt_history_length(void) { return history_length; }

// libedit's rl_bind_key only accepts rl_insert, so Ctrl-C cannot be bound to a function.
// Instead the REPL installs its own getc: SIGINT (installed without SA_RESTART) interrupts
// read(2), and the getc answers with a newline after flagging the interruption, so
// readline() returns and the caller discards the line.
typedef int (*dt_getc_function)(FILE *);
static inline void dt_set_getc_function(dt_getc_function f) { rl_getc_function = f; }

#endif
