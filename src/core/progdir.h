/*
 * Where the running program lives: in a source tree (./loa, build-san/loa,
 * build/tests/test_x), so it uses the tree's catalogues and templates, or
 * installed as PREFIX/bin/loa, so it uses PREFIX/share.
 */
#ifndef LOA_CORE_PROGDIR_H
#define LOA_CORE_PROGDIR_H

#include <stddef.h>

/*
 * Writes the source tree's top folder (*in_tree = 1: it has po/loa.pot)
 * or the install prefix, the folder above the program's bin/ (*in_tree =
 * 0) into out.  Returns 0, or -1 when /proc/self/exe cannot be read or
 * out is too small.
 */
int loa_program_dir(char *out, size_t size, int *in_tree);

#endif
