/*
 * Temporary files to remove if the process is killed: a registry that a
 * signal handler can walk.  The library only registers and forgets
 * files; handlers are installed by the command line (src/cli), which
 * calls cleanup_remove_all from them.
 *
 * The registry is a fixed table of fixed buffers in this process, so
 * that removal allocates nothing and takes no lock.
 */
#ifndef LOA_CORE_CLEANUP_H
#define LOA_CORE_CLEANUP_H

/* Files one process may have open for writing at a time. */
#define CLEANUP_MAX 8

/*
 * Registers path for removal; returns its slot for cleanup_forget, or
 * -1 when the table is full or the path too long (the file then stays
 * if the process is killed, as it would without the registry).
 */
int cleanup_add(const char *path);

/*
 * mkstemp(template), the file registered from before it exists, so that
 * no signal can come between its creation and its registration.
 * Returns the open file (template then holds its name) or -1 with errno
 * set; *slot is for cleanup_forget (-1 when the table was full: the file
 * is created all the same, unregistered).
 */
int cleanup_mkstemp(char *template, int *slot);

/* Forgets a slot once its file is renamed or removed; accepts -1. */
void cleanup_forget(int slot);

/*
 * Removes every registered file.  Calls only unlink(), which is
 * async-signal-safe: meant for SIGINT/SIGTERM handlers.
 */
void cleanup_remove_all(void);

#endif
