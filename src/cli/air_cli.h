/* Shared by the on-air commands: air, bulletin, log and status. */
#ifndef LOA_AIR_CLI_H
#define LOA_AIR_CLI_H

/*
 * The bulletin spool: spool_opt (--spool DIR), else $LOA_SPOOL, else
 * ROOT/.loa/air (root "." when NULL), into buf.
 */
const char *air_cli_spool(const char *spool_opt, const char *root,
			  char *buf, size_t size);

/* "90", "90s", "10m" or "2h" into seconds (1 .. max); 0, or -1. */
int air_cli_seconds(const char *text, long max, int *out);

/*
 * A local date-time "2026-11-30T05:59:00" (seconds optional, +07:00
 * allowed) into Unix ms; 0, or -1.
 */
int air_cli_time(const char *text, long long *ms);

#endif
