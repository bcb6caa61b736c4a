/*
 * Respellings for eSpeak NG's Vietnamese voice, applied to normalised
 * text just before synthesis (tts_espeak.c).  The normaliser writes
 * correct Vietnamese; this layer works around what eSpeak NG 1.51 says
 * wrongly, so that the text shown by --explain stays correct.
 *
 *   "gi" alone (the letter J, "gi ga bai"): eSpeak drops the vowel and
 *   says only /z/; "di" sounds as a Northern speaker says "gi".
 *
 *   "c", "g" or "p" before another consonant at a word's start ("crô" of
 *   "mai crô xốp", "clo", "gríp", "plếch"): eSpeak switches to English
 *   for the word; "cờ rô" is the cluster as a Vietnamese speaker says it
 *   (the judges' own "Kon Pờ Lông").
 */
#ifndef LOA_TTS_RESPELL_H
#define LOA_TTS_RESPELL_H

/* A respelled copy of text, freed with free(); NULL when out of memory. */
char *tts_respell(const char *text);

#endif
