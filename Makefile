# Loa: campaign scripts to ready-to-air audio for commune loudspeakers.
#
# Targets:
#   make               build the library (build/libloa.a) and ./loa
#   make check         build and run every test, then the same suite under
#                      AddressSanitizer + UndefinedBehaviorSanitizer
#                      (with LOA_SLOW=1: the real-time and browser tests too)
#   make check-fast    the suite once, without sanitizers or real-time tests
#   make sanitize      only the sanitizer run
#   make demo          render every bundled script for every bundled commune
#                      and build the example week into out/
#   make bench         run the benchmarks under bench/ (render, build, floor,
#                      tn-peers, report, tn-review, tn-agree, tn-catch, air,
#                      serve)
#   make install       install ./loa, its library and headers, the bundled
#                      examples (share/loa), man pages, bash completion,
#                      the loa-air, loa-serve and loa-build systemd units
#                      (and loa-build.timer)
#   make update-po     regenerate po/loa.pot from the sources (xgettext) and
#                      merge it into po/*.po (docs/translation.md)
#   make check-layers  no file includes a layer above its own (src/layers.txt),
#                      no normaliser rule uses another (also run by the tests)
#   make toneless      regenerate data/toneless-*.tsv (marks for Vietnamese
#                      written without them, in web addresses; needs Python)
#   make fuzz          build the libFuzzer harnesses (tests/fuzz/) with clang
#                      into build-fuzz/ and run each for FUZZ_TIME seconds
#
# Knobs (on the command line or in config.mak):
#   PREFIX=/usr/local DESTDIR=   install locations
#   CFLAGS=-O2 -g                optimisation and debug flags
#   CPPFLAGS= LDFLAGS=           added as given (distribution hardening)
#   SANITIZE=address,undefined   build with sanitizers (into build-san/)
#   DEVELOPER=1                  turn warnings into errors
#   V=1                          show full commands
#   PKG_CONFIG=pkg-config
#   HOSTCC=$(CC)                 compiler for tools run during the build
#   FUZZ_TIME=60 FUZZ_ONLY=      seconds per harness; harnesses to run
#                                (e.g. FUZZ_ONLY='script plan')
-include config.mak

PREFIX ?= /usr/local
DESTDIR ?=
PKG_CONFIG ?= pkg-config
CFLAGS ?= -O2 -g
PKGS = espeak-ng libavdevice libavformat libavcodec libavfilter libswresample libavutil \
       sqlite3 xlsxwriter \
       sndfile yaml-0.1 libmicrohttpd libcrypt alsa
# The playout daemon (loa-air) links only these: a station PC keeps it in
# memory all day (docs/air.md, "Memory").  A link error naming eSpeak NG,
# libavfilter or another library means air code reached the renderer.
AIR_PKGS = libavformat libavcodec libswresample libavutil sqlite3 sndfile \
	   yaml-0.1 alsa
# The web server (loa-serve) links only these (libsndfile for the length
# of the scripts' audio files in the Week's estimates, libavutil for
# SHA-256); the pages that render or check a script run in a 'loa
# serve-worker' it starts (docs/web.md, "Memory").  A link error naming
# eSpeak NG, libavformat or libavfilter means server code reached the
# renderer.
SERVE_PKGS = libmicrohttpd sqlite3 xlsxwriter yaml-0.1 libcrypt sndfile libavutil

WARNINGS = -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes -Wvla \
	   -Wwrite-strings -Wformat-security -fno-common
ifdef DEVELOPER
WARNINGS += -Werror
endif

ifdef SANITIZE
BUILD ?= build-san
SAN_FLAGS = -fsanitize=$(SANITIZE) -fno-sanitize-recover=all \
	    -fno-omit-frame-pointer
else
BUILD ?= build
SAN_FLAGS =
endif

# Read when the Makefile is read: on a fresh machine the packages are not
# there yet, so every target that installs them (deps) builds in a sub-make
# started after the installation, which reads the flags anew.
PKG_CFLAGS := $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null)
AIR_LIBS := $(shell $(PKG_CONFIG) --libs $(AIR_PKGS) 2>/dev/null)
SERVE_LIBS := $(shell $(PKG_CONFIG) --libs $(SERVE_PKGS) 2>/dev/null)
NEED_PKGS = $(if $(PKG_LIBS),,$(error pkg-config found no flags for \
	$(PKGS): run 'make deps' first))
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	     -Iinclude -Isrc -I$(GEN) $(WARNINGS) $(PKG_CFLAGS) $(CPPFLAGS) \
	     $(CFLAGS) $(HOT_CFLAGS) \
	     $(SAN_FLAGS) -MMD -MP
ALL_LDFLAGS = $(LDFLAGS) $(SAN_FLAGS)
# libunistring (NFC path names, src/core/paths.c) has no pkg-config file.
LIBS = $(PKG_LIBS) -lunistring -lm -lpthread

ifndef V
QUIET_CC = @echo '   CC $@';
QUIET_AR = @echo '   AR $@';
QUIET_LINK = @echo ' LINK $@';
QUIET_GEN = @echo '  GEN $@';
endif

# One folder per layer (docs/architecture.md); the CLI is the top one.
CLI_SRC = $(wildcard src/cli/*.c)
LIB_SRC = $(filter-out $(CLI_SRC),$(wildcard src/*/*.c src/*/*/*.c))
LIB_OBJ = $(LIB_SRC:src/%.c=$(BUILD)/%.o)
CLI_OBJ = $(filter-out $(BUILD)/cli/air_main.o $(BUILD)/cli/serve_main.o,\
	  $(CLI_SRC:src/%.c=$(BUILD)/%.o))
# loa-air: the daemon's main and the few CLI files it needs.
AIR_CLI_OBJ = $(addprefix $(BUILD)/cli/,air_main.o cli_base.o cmd_air.o \
	      air_cli.o trust_cli.o project.o)
# loa-serve: the web server's main and the CLI files it needs.
SERVE_CLI_OBJ = $(addprefix $(BUILD)/cli/,serve_main.o cli_base.o \
		cmd_serve.o air_cli.o trust_cli.o project.o)
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
# Each fuzz harness also builds as a replay program that feeds it the
# files of tests/crash_vectors/HARNESS/ (tests/e2e/crash_vectors.sh).
FUZZ_SRC = $(wildcard tests/fuzz/fuzz_*.c)
REPLAY_BIN = $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)
FUZZ_CFLAGS = $(filter-out -MMD -MP,$(ALL_CFLAGS)) -Itests/fuzz \
	      -DLOA_FUZZ_ROOT='"$(CURDIR)"'
TOOL_SRC = $(wildcard tools/*.c)
TOOL_BIN = $(TOOL_SRC:tools/%.c=$(BUILD)/tools/%)
# Language data (data/*.tsv) compiled to C headers (docs/normalisation.md).
GEN = $(BUILD)/gen
GEN_DATA = $(BUILD)/tools/gen-data
HOSTCC ?= $(CC)

# Message catalogues, one per language (po/LANG.po), built where the
# program finds them when it runs from the source tree (src/core/i18n.c).
PO_LANGS = vi en
LOCALE_DIR = build/locale
MO_FILES = $(PO_LANGS:%=$(LOCALE_DIR)/%/LC_MESSAGES/loa.mo)
# The functions that look up their format themselves (src/core/i18n.h).
XGETTEXT_KEYWORDS = -k_ -kN_ -kcli_error:1 -kcli_usage:2 -kcli_operand:4 -kloa_error_at:6 \
	-kloa_error_set:3 -kloa_diag_add:6 -kyd_error:4

ifdef SANITIZE
LOA_BIN = $(BUILD)/loa
LOA_AIR_BIN = $(BUILD)/loa-air
LOA_SERVE_BIN = $(BUILD)/loa-serve
else
LOA_BIN = loa
LOA_AIR_BIN = loa-air
LOA_SERVE_BIN = loa-serve
endif

.PHONY: all deps check check-fast sanitize demo bench install clean toneless \
	unit-tests tools check-headers check-layers fuzz fuzz-harnesses update-po
all: $(LOA_BIN) $(LOA_AIR_BIN) $(LOA_SERVE_BIN) $(MO_FILES)

deps:
	@./tools/deps.sh

$(BUILD)/%.o: src/%.c
	@mkdir -p $(@D)
	$(QUIET_CC)$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The loudness meter's inner loops run over every sample several times per
# render; -O3 lets GCC vectorise them.
$(BUILD)/audio/loudness.o: HOT_CFLAGS = -O3

$(LOCALE_DIR)/%/LC_MESSAGES/loa.mo: po/%.po
	@mkdir -p $(@D)
	$(QUIET_GEN)msgfmt --check -o $@ $<

# The template from the sources; each catalogue merged with it (English
# is the source language: en.po is the template with every msgstr filled).
update-po:
	xgettext --from-code=UTF-8 -L C $(XGETTEXT_KEYWORDS) --package-name=loa \
		--package-version=$(VERSION) --no-location --sort-output \
		-o po/loa.pot $(sort $(wildcard src/*/*.c src/*/*/*.c))
	msgmerge --quiet --update --backup=none --no-location --sort-output \
		po/vi.po po/loa.pot
	msgen po/loa.pot | sed -e '/^"Language: /s/.*/"Language: en\\n"/' \
		-e 's/charset=CHARSET/charset=UTF-8/' \
		-e 's/YEAR-MO-DA HO:MI+ZONE/2026-12-03 12:00+0700/' \
		-e 's/FULL NAME <EMAIL@ADDRESS>/Loa <loa@localhost>/' \
		-e 's/LANGUAGE <LL@li.org>/English/' > po/en.po

$(BUILD)/libloa.a: $(LIB_OBJ)
	$(QUIET_AR)rm -f $@ && $(AR) rcs $@ $^

$(LOA_BIN): $(CLI_OBJ) $(BUILD)/libloa.a
	$(NEED_PKGS)$(QUIET_LINK)$(CC) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libloa.a $(LIBS)

$(LOA_AIR_BIN): $(AIR_CLI_OBJ) $(BUILD)/libloa.a
	$(NEED_PKGS)$(QUIET_LINK)$(CC) $(ALL_LDFLAGS) -o $@ $(AIR_CLI_OBJ) \
		$(BUILD)/libloa.a $(AIR_LIBS) -lunistring -lm -lpthread

$(LOA_SERVE_BIN): $(SERVE_CLI_OBJ) $(BUILD)/libloa.a
	$(NEED_PKGS)$(QUIET_LINK)$(CC) $(ALL_LDFLAGS) -o $@ $(SERVE_CLI_OBJ) \
		$(BUILD)/libloa.a $(SERVE_LIBS) -lunistring -lm -lpthread

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libloa.a
	@mkdir -p $(@D)
	$(QUIET_LINK)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< \
		$(BUILD)/libloa.a $(LIBS) -lcmocka

# The data generator runs during the build: it needs only the C library.
$(GEN_DATA): tools/gen-data.c
	@mkdir -p $(@D)
	$(QUIET_LINK)$(HOSTCC) -std=c11 -D_POSIX_C_SOURCE=200809L $(WARNINGS) \
		$(CFLAGS) $(SAN_FLAGS) -o $@ $<

# data/x.tsv -> $(GEN)/x.tsv.h, rows for a C table (tools/gen-data.c).
$(GEN)/%.tsv.h: data/%.tsv $(GEN_DATA)
	@mkdir -p $(@D)
	$(QUIET_GEN)$(GEN_DATA) $(GEN_VALUES) $< $@

$(GEN)/lexicon.tsv.h $(GEN)/lexicon-place.tsv.h: GEN_VALUES = -e case=any,exact
$(GEN)/word-lists.tsv.h: GEN_VALUES = -i list -l words
$(GEN)/units.tsv.h: GEN_VALUES = -e kind=measure,money,percent,scale
# Every header exists before the first compile; after that, the objects'
# .d files say which header each one includes.
GEN_H = $(patsubst data/%.tsv,$(GEN)/%.tsv.h,$(wildcard data/*.tsv))
$(LIB_OBJ): | $(GEN_H) $(GEN)/web_static.h

# The web page's style sheet and script, built into the program.
WEB_STATIC = $(sort $(wildcard src/web/static/*))
$(GEN)/web_static.h: $(WEB_STATIC) tools/embed-static.sh
	@mkdir -p $(@D)
	$(QUIET_GEN)tools/embed-static.sh $@ $(WEB_STATIC)

$(BUILD)/tools/%: tools/%.c $(BUILD)/libloa.a
	@mkdir -p $(@D)
	$(QUIET_LINK)$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< \
		$(BUILD)/libloa.a $(LIBS)

$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c \
		tests/fuzz/tempfile.c tests/fuzz/fuzz.h $(BUILD)/libloa.a
	@mkdir -p $(@D)
	$(QUIET_LINK)$(CC) $(FUZZ_CFLAGS) $(ALL_LDFLAGS) -o $@ $(filter %.c,$^) \
		$(BUILD)/libloa.a $(LIBS)

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/tempfile.c \
		tests/fuzz/fuzz.h $(BUILD)/libloa.a
	@mkdir -p $(@D)
	$(QUIET_LINK)$(CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(ALL_LDFLAGS) -o $@ \
		$(filter %.c,$^) $(BUILD)/libloa.a $(LIBS)

unit-tests: $(UNIT_BIN) $(REPLAY_BIN)
fuzz-harnesses: $(FUZZ_SRC:tests/fuzz/fuzz_%.c=$(BUILD)/fuzz/fuzz_%)
tools: $(TOOL_BIN)

# Every public header must compile on its own, in strict C99.
check-headers:
	@for h in include/loa/*.h; do \
		printf "#include \"%s\"\nint loa_header_check;\n" "$${h#include/}" | \
		$(CC) -std=c99 -pedantic -Werror -Wall -Iinclude -x c \
			-fsyntax-only - || exit 1; \
	done

# No file includes a layer above its own (src/layers.txt), and the
# normaliser's rules depend only downward (docs/normalisation.md).
check-layers:
	@tools/check-layers.sh
	@tools/check-text-rules.sh

check: deps
	@$(MAKE) --no-print-directory all unit-tests tools
	@$(MAKE) --no-print-directory SANITIZE=address,undefined CFLAGS='-O1 -g' \
		all unit-tests tools
	@LOA_SLOW=1 tests/run.sh $(BUILD) build-san

check-fast: deps
	@$(MAKE) --no-print-directory all unit-tests tools
	@tests/run.sh $(BUILD)

sanitize: deps
	@$(MAKE) --no-print-directory SANITIZE=address,undefined CFLAGS='-O1 -g' \
		all unit-tests tools
	@tests/run.sh build-san

demo: deps
	@$(MAKE) --no-print-directory all
	@tools/demo.sh

toneless:
	tools/gen-toneless.py data

# The library built with coverage for libFuzzer, ASan and UBSan; the
# harnesses linked with libFuzzer.  Needs clang (tools/deps.sh fuzz).
fuzz:
	@tools/deps.sh fuzz
	@$(MAKE) --no-print-directory CC=clang HOSTCC=clang BUILD=build-fuzz \
		SANITIZE=address,undefined CFLAGS='-O1 -g -fsanitize=fuzzer-no-link' \
		fuzz-harnesses
	@FUZZ_TIME=$(or $(FUZZ_TIME),60) FUZZ_ONLY='$(FUZZ_ONLY)' \
		tests/fuzz/run.sh build-fuzz

bench: deps
	@$(MAKE) --no-print-directory all
	@bench/render.sh
	@bench/build.sh
	@bench/floor.sh
	@bench/tn-peers.sh
	@bench/report.sh
	@bench/tn-review.sh
	@bench/tn-agree.sh
	@$(MAKE) --no-print-directory tools
	@bench/tn-catch.sh
	@bench/air.sh
	@bench/serve.sh

VERSION := $(shell sed -n 's/^\#define LOA_VERSION "\(.*\)"/\1/p' include/loa/version.h)
BINDIR = $(DESTDIR)$(PREFIX)/bin
LIBDIR = $(DESTDIR)$(PREFIX)/lib
SHAREDIR = $(DESTDIR)$(PREFIX)/share
# The program, its library, and what an office needs beside it: the
# bundled jingles, example scripts, profiles and schedules (share/loa),
# man pages, bash completion, the docs and a pkg-config file.
install: all
	install -d $(BINDIR) $(LIBDIR)/pkgconfig $(DESTDIR)$(PREFIX)/include/loa \
		$(SHAREDIR)/man/man1 $(SHAREDIR)/man/man5 \
		$(SHAREDIR)/bash-completion/completions $(SHAREDIR)/doc/loa \
		$(SHAREDIR)/loa/audio $(SHAREDIR)/loa/scripts \
		$(SHAREDIR)/loa/schedules/communes
	install -m 755 loa $(BINDIR)/loa
	install -d $(LIBDIR)/loa
	install -m 755 loa-air $(LIBDIR)/loa/loa-air
	install -m 755 loa-serve $(LIBDIR)/loa/loa-serve
	for l in $(PO_LANGS); do \
		install -d $(SHAREDIR)/locale/$$l/LC_MESSAGES && \
		install -m 644 $(LOCALE_DIR)/$$l/LC_MESSAGES/loa.mo \
			$(SHAREDIR)/locale/$$l/LC_MESSAGES/loa.mo || exit 1; \
	done
	install -m 644 $(BUILD)/libloa.a $(LIBDIR)/libloa.a
	install -m 644 include/loa/*.h $(DESTDIR)$(PREFIX)/include/loa/
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
		tools/loa.pc.in > $(LIBDIR)/pkgconfig/loa.pc
	install -m 644 docs/man/*.1 $(SHAREDIR)/man/man1/
	install -m 644 docs/man/*.5 $(SHAREDIR)/man/man5/
	install -m 644 tools/loa.bash-completion \
		$(SHAREDIR)/bash-completion/completions/loa
	install -m 644 README.md docs/*.md $(SHAREDIR)/doc/loa/
	install -m 644 audio/*.flac audio/README.md $(SHAREDIR)/loa/audio/
	install -m 644 scripts/*.yaml $(SHAREDIR)/loa/scripts/
	install -m 644 schedules/*.yaml $(SHAREDIR)/loa/schedules/
	install -m 644 schedules/communes/*.yaml $(SHAREDIR)/loa/schedules/communes/
	install -d $(LIBDIR)/systemd/system
	sed 's|/usr/lib/loa/loa-air|$(PREFIX)/lib/loa/loa-air|' tools/loa-air.service \
		> $(LIBDIR)/systemd/system/loa-air.service
	sed 's|/usr/lib/loa/loa-serve|$(PREFIX)/lib/loa/loa-serve|' tools/loa-serve.service \
		> $(LIBDIR)/systemd/system/loa-serve.service
	sed 's|/usr/bin/loa|$(PREFIX)/bin/loa|' tools/loa-build.service \
		> $(LIBDIR)/systemd/system/loa-build.service
	install -m 644 tools/loa-build.timer $(LIBDIR)/systemd/system/

clean:
	rm -rf build build-san build-fuzz loa loa-air loa-serve

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(AIR_CLI_OBJ:.o=.d) \
	$(SERVE_CLI_OBJ:.o=.d) $(UNIT_BIN:=.d)

# Regenerates the bundled jingles and music bed (see audio/README.md).
audio: $(BUILD)/tools/gen-audio
	$(BUILD)/tools/gen-audio audio
.PHONY: audio
