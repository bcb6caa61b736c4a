/*
 * The project folder and the configuration (loa(1): PROJECT FOLDER,
 * CONFIGURATION).
 *
 * The project folder is the first of: --root; the current folder or the
 * nearest folder above it that has scripts/ and schedules/; $LOA_ROOT;
 * the configuration's 'project'; for an installed program, the bundled
 * templates (PREFIX/share/loa); the current folder.
 *
 * The configuration is /etc/loa/loa.conf, then
 * $XDG_CONFIG_HOME/loa/loa.conf (~/.config/loa/loa.conf), later values
 * winning: lines of 'key = value', '#' comments; keys project, commune,
 * output, database.
 */
#ifndef LOA_CLI_PROJECT_H
#define LOA_CLI_PROJECT_H

/* Reads the configuration files; 0, or 1 after printing
 * file:line:column: what is wrong. */
int cli_config_load(void);

/* The project folder when no --root is given (never NULL). */
const char *cli_project_root(void);

/* The configuration's values, NULL when not set: the default commune
 * profile (a path), output folder and station database. */
const char *cli_config_commune(void);
const char *cli_config_output(void);
const char *cli_config_database(void);

/*
 * Where a command writes the station's state (loa.db, .loa/) when no
 * --db or $LOA_DB says otherwise: the project folder root, or, when root
 * is the installed templates (read-only, shared), the user's
 * $XDG_DATA_HOME/loa (~/.local/share/loa), made when missing.  Never
 * NULL.
 */
const char *cli_state_dir(const char *root);

/* The templates 'loa init' copies: the source tree, or PREFIX/share/loa;
 * NULL when neither is there. */
const char *cli_templates_dir(void);

/* 1 when dir has scripts/ and schedules/ folders. */
int cli_is_project(const char *dir);

#endif
