#!/bin/sh
# The sound-card outputs (make check only: real time, about 4 s).  ALSA's
# "null" device is alsa-lib's own plugin and needs no sound card, so the
# test runs on machines without one (or without ALSA in the kernel).
. "$(dirname "$0")/lib.sh"
if [ "${LOA_SLOW:-}" != 1 ]; then
	echo "# skipped: real-time test, run by make check"
	exit 0
fi
AIR_OUT=${LOA_BUILD:-$ROOT/build}/tools/air-out
CHIME=$ROOT/audio/chime-in.flac

expect_exit 0 "a chime plays to alsa:null in real time" \
	"$AIR_OUT" --input "$CHIME" alsa:null "file:$TMP/copy.wav"
pcm() { ffmpeg -nostdin -v error -i "$1" -f s16le - | cksum; }
if [ "$(pcm "$CHIME")" = "$(pcm "$TMP/copy.wav")" ]; then
	ok "every sample went through (the file: beside it is the chime)"
else
	not_ok "every sample went through (the file: beside it is the chime)"
fi
expect_exit 1 "an unknown ALSA device is refused" "$AIR_OUT" alsa:no-such-card
stderr_matches "sound device 'alsa:no-such-card': cannot open it" \
	"the message names the device and says how to list them"
"$AIR_OUT" --seconds 0.2 pulse: >"$TMP/out" 2>"$TMP/err"
rc=$?
if [ "$rc" -eq 0 ]; then
	ok "pulse: plays (a PulseAudio server is running)"
elif [ "$rc" -eq 1 ] && grep -q "cannot reach the PulseAudio server" "$TMP/err"; then
	ok "pulse: without a server says so plainly"
else
	not_ok "pulse: (exit $rc)"; sed 's/^/#   /' "$TMP/err"
fi
finish
