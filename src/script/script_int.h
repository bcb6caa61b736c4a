/* Shared inside the script layer (script.c, template.c). */
#ifndef LOA_SCRIPT_INT_H
#define LOA_SCRIPT_INT_H

#include <stddef.h>

/* Words in text: Vietnamese is written one syllable per word. */
size_t script_words(const char *text);

#endif
