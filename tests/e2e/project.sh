# The installed loa works from any folder: 'loa init DIR' makes a commune
# project from the installed templates; the project folder is found from
# the current folder upwards, then $LOA_ROOT, then the configuration
# (/etc/loa/loa.conf, $XDG_CONFIG_HOME/loa/loa.conf), then the installed
# templates.  Run on a staged install (DESTDIR) from an unrelated folder.
. tests/e2e/lib.sh

S=$TMP/stage/opt/loa
make -s install PREFIX=/opt/loa DESTDIR="$TMP/stage" >"$TMP/make.log" 2>&1 ||
	{ not_ok "make install"; sed 's/^/#   /' "$TMP/make.log" | tail -n 5; finish; }
L=$S/bin/loa
W=$TMP/elsewhere
mkdir -p "$W" "$TMP/home"
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config"
unset LOA_ROOT LOA_DB XDG_DATA_HOME
cd "$W"

# Nothing configured: the installed templates are the project.
expect_exit 0 "the installed loa checks an installed script from an unrelated folder" \
	"$L" check "$S/share/loa/scripts/lua-dao-truc-tuyen.yaml"
expect_exit 0 "and renders it without --root" "$L" render \
	"$S/share/loa/scripts/luat-tri-tue-nhan-tao.yaml" \
	--commune "$S/share/loa/schedules/communes/thu-lam.yaml" -o "$W/luat.mp3" -q
[ "$(probe "$W/luat.mp3" stream=codec_name)" = mp3 ] && ok "an MP3" || not_ok "no MP3"
# The installed templates are shared and read-only: the station's state
# goes to the user's data folder, never into share/loa.
expect_exit 1 "no database yet" "$L" approvals
stderr_matches "^loa: $HOME/.local/share/loa/loa.db: no station database" \
	"the default database is in ~/.local/share/loa"
expect_exit 0 "approve with the templates as the project" "$L" approve \
	"$S/share/loa/scripts/luat-tri-tue-nhan-tao.yaml" \
	--commune "$S/share/loa/schedules/communes/thu-lam.yaml" --by "Thử" --examples
[ -f "$HOME/.local/share/loa/loa.db" ] && [ ! -e "$S/share/loa/loa.db" ] &&
	[ ! -e "$S/share/loa/.loa" ] && ok "recorded in ~/.local/share/loa, nothing in share/loa" ||
	not_ok "state written into the templates"

# loa init.
expect_exit 0 "loa init makes a project" "$L" init "$W/thu-moi"
P=$W/thu-moi
for f in audio/chime-in.flac scripts/lua-dao-truc-tuyen.yaml scripts/lexicon.yaml \
	schedules/communes/thu-moi.yaml schedules/thu-moi.yaml; do
	[ -f "$P/$f" ] && ok "init wrote $f" || not_ok "init did not write $f"
done
cmp -s "$S/share/loa/audio/chime-in.flac" "$P/audio/chime-in.flac" &&
	ok "the jingles are the installed ones" || not_ok "jingle differs"
grep -q "^example_contacts: true" "$P/schedules/communes/thu-moi.yaml" &&
	ok "the profile is left to fill in (example numbers marked)" || not_ok "profile not marked"
ls "$W" | grep -q "init-" && not_ok "a temporary folder is left" || ok "no temporary folder left"
before=$(cd "$P" && find . -type f | sort | xargs md5sum)
expect_exit 1 "init refuses a folder that is not empty" "$L" init "$P"
stderr_matches "already exists and is not an empty folder: nothing was changed" "and says so"
[ "$(cd "$P" && find . -type f | sort | xargs md5sum)" = "$before" ] &&
	ok "the existing project is untouched" || not_ok "init changed an existing project"
expect_exit 2 "init without a folder is a usage error" "$L" init
mkdir "$W/empty"
expect_exit 0 "init accepts an empty folder" "$L" init "$W/empty"

# From inside the project, even a subfolder, the project is found.
cd "$P/scripts"
expect_exit 0 "check from a subfolder of the project" "$L" check ../scripts/*.yaml \
	../schedules/communes/thu-moi.yaml ../schedules/thu-moi.yaml
expect_exit 0 "render from a subfolder finds audio/ in the project" "$L" render \
	lua-dao-truc-tuyen.yaml --commune ../schedules/communes/thu-moi.yaml -o "$W/sub.mp3" -q
expect_exit 1 "the database is the project's" env LOA_ROOT="$W/empty" "$L" approvals
stderr_matches "^loa: $P/loa.db: no station database" "the current folder wins over LOA_ROOT"

# LOA_ROOT, then the configuration.
cd "$W"
expect_exit 1 "LOA_ROOT names the project" env LOA_ROOT="$P" "$L" approvals
stderr_matches "^loa: $P/loa.db: no station database" "LOA_ROOT's database"
mkdir -p "$XDG_CONFIG_HOME/loa"
printf '# the office PC\nproject = %s\ndatabase = ~/station.db\n' "$P" >"$XDG_CONFIG_HOME/loa/loa.conf"
expect_exit 1 "the configuration's database" "$L" approvals
stderr_matches "^loa: $HOME/station.db: no station database" "'~' is the home folder"
printf 'project = %s\ncommune = thu-moi\noutput = %s/ra\n' "$P" "$W" >"$XDG_CONFIG_HOME/loa/loa.conf"
expect_exit 0 "render with the configured commune and output folder" \
	"$L" render "$P/scripts/luat-tri-tue-nhan-tao.yaml" -q
[ -f "$W/ra/thu-moi/luat-tri-tue-nhan-tao.mp3" ] && ok "written to OUTPUT/COMMUNE/SCRIPT.mp3" ||
	not_ok "no $W/ra/thu-moi/luat-tri-tue-nhan-tao.mp3"
expect_exit 1 "LOA_ROOT wins over the configuration" env LOA_ROOT="$W/empty" "$L" approvals
stderr_matches "^loa: $W/empty/loa.db: no station database" "LOA_ROOT's database"
printf 'project = %s\nfolder = x\n' "$P" >"$XDG_CONFIG_HOME/loa/loa.conf"
expect_exit 1 "an unknown key in the configuration" "$L" check "$P/scripts/lexicon.yaml"
stderr_matches "^loa: $XDG_CONFIG_HOME/loa/loa.conf:2:1: unknown key 'folder'" "named at file:line:column"
printf 'project %s\n' "$P" >"$XDG_CONFIG_HOME/loa/loa.conf"
expect_exit 1 "a line without '='" "$L" check "$P/scripts/lexicon.yaml"
stderr_matches "loa.conf:1:1: expected 'key = value'" "named at file:line:column"
expect_exit 0 "help still works with a bad configuration" "$L" --help
rm -f "$XDG_CONFIG_HOME/loa/loa.conf"
# The station's commands find the project as the others do: from a
# subfolder, the project's database and spool folder, not LOA_ROOT's.
cd "$P/scripts"
export LOA_ROOT="$W/empty"
for c in "log --date 2026-12-01" "report --month 2026-11 -o $W/r.csv" \
	"export-log --month 2026-11 -o $W/x.jsonl" \
	"air ../schedules/thu-moi.yaml --output null:"; do
	expect_exit 1 "loa ${c%% *} from a subfolder" "$L" $c
	stderr_matches "^loa: $P/loa.db: no station database" "loa ${c%% *} looks for the project's database"
done
"$L" status >"$TMP/out" 2>&1
grep -q "spool folder '$P/.loa/air'" "$TMP/out" && ok "loa status reads the project's spool folder" ||
	not_ok "status: $(head -n 1 "$TMP/out")"
expect_exit 1 "loa bulletin from a subfolder" "$L" bulletin "$P/audio/chime-in.flac" \
	--priority priority --by "Lê C"
stderr_matches "spool folder '$P/.loa/air'" "loa bulletin looks for the project's daemon"
printf 'matkhau123\n' | "$L" user add an --role admin >"$TMP/out" 2>&1
[ -f "$P/loa.db" ] && [ ! -e "$P/scripts/loa.db" ] && [ ! -e "$W/empty/loa.db" ] &&
	ok "loa user add writes the project's database" || not_ok "user add: $(cat "$TMP/out")"
"$L" serve --listen 127.0.0.1:0 >"$TMP/serve" 2>&1 &
pid=$!
# Up to 2 minutes (sanitizers on a busy machine), while it runs.
i=0
while ! grep -q serving "$TMP/serve" 2>/dev/null && kill -0 "$pid" 2>/dev/null &&
	[ $i -lt 1200 ]; do sleep 0.1; i=$((i + 1)); done
kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
grep -q "^loa: serving $P on http://127.0.0.1:" "$TMP/serve" && ok "loa serve serves the project" ||
	not_ok "serve: $(head -n 1 "$TMP/serve")"
unset LOA_ROOT
finish
