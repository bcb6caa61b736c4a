/*
 * Named numbers (named.c): short codes that name a day or a thing by its
 * number.
 */
#ifndef LOA_NORM_RULES_NAMED_H
#define LOA_NORM_RULES_NAMED_H

#include "text/norm_ctx.h"

/* Weekdays in timetables: "T2-T6", "sáng T7", "CN ngày 15/3". */
norm_rule_fn norm_rule_weekday;
/* Roads, flood alarms, dust, chainages, acting officials: "ĐT.391",
 * "BĐ2", "PM2.5", "Km12+500", "Q. CHỦ TỊCH". */
norm_rule_fn norm_rule_numbered;
/* Flats and rooms: "P.1205", "căn hộ 2306" (floor and number). */
norm_rule_fn norm_rule_flat;
/* Boats "QN-90123-TS", coordinates "20°15'N", tours "3N2Đ". */
norm_rule_fn norm_rule_sea;
/* A storm's name in capitals after "bão": "Bão WIPHA" reads as a word. */
norm_rule_fn norm_rule_storm;

#endif
