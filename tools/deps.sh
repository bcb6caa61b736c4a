#!/bin/sh
# Installs the Debian packages Loa needs when any is missing.
# As root it runs apt-get itself; otherwise it prints the one line to run.
set -u
PACKAGES="build-essential pkg-config libespeak-ng-dev espeak-ng-data \
libavdevice-dev libavformat-dev libavcodec-dev libavfilter-dev libswresample-dev libavutil-dev \
libsndfile1-dev libyaml-dev libcmocka-dev libsqlite3-dev sqlite3 ffmpeg espeak-ng \
python3 python3-icalendar python3-mutagen time debhelper dpkg-dev fakeroot lintian man-db \
icecast2 libxlsxwriter-dev python3-openpyxl libreoffice-calc-nogui libmicrohttpd-dev \
libcrypt-dev libasound2-dev chromium chromium-driver python3-selenium gettext locales openssl curl \
libunistring-dev"

missing=""
# 'deps.sh fuzz': also what make fuzz needs (clang with libFuzzer).
if [ "${1:-}" = fuzz ]; then
	PACKAGES="$PACKAGES clang libclang-rt-14-dev"
	command -v clang >/dev/null 2>&1 || missing="$missing clang"
	ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a \
		>/dev/null 2>&1 || [ "$(uname -m)" != x86_64 ] ||
		missing="$missing libclang-rt-14-dev"
fi
for pc in espeak-ng libavdevice libavformat libavcodec libavfilter libswresample \
	libavutil sndfile yaml-0.1 sqlite3 xlsxwriter cmocka libmicrohttpd libcrypt alsa; do
	pkg-config --exists "$pc" 2>/dev/null || missing="$missing $pc"
done
for cmd in cc make ffmpeg ffprobe espeak-ng sqlite3 /usr/bin/python3 /usr/bin/time \
	dpkg-buildpackage dh lintian fakeroot man icecast2 soffice chromium chromedriver \
	msgfmt xgettext msgmerge msgen locale-gen openssl curl; do
	command -v "$cmd" >/dev/null 2>&1 || missing="$missing $cmd"
done
# libunistring has no pkg-config file: look for its header.
[ -e /usr/include/uninorm.h ] || missing="$missing libunistring-dev"
if [ -x /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import icalendar' 2>/dev/null; then
	missing="$missing python3-icalendar"
fi
if [ -x /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import mutagen' 2>/dev/null; then
	missing="$missing python3-mutagen"
fi
if [ -x /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import openpyxl' 2>/dev/null; then
	missing="$missing python3-openpyxl"
fi
if [ -x /usr/bin/python3 ] && ! /usr/bin/python3 -c 'import selenium' 2>/dev/null; then
	missing="$missing python3-selenium"
fi
# The Vietnamese messages need the vi_VN.UTF-8 locale (docs/translation.md).
has_vi() { locale -a 2>/dev/null | grep -qix 'vi_VN.utf-\{0,1\}8'; }
gen_vi() { # as root; enabled in /etc/locale.gen, so a later locale-gen keeps it
	sed -i 's/^# *\(vi_VN.UTF-8 UTF-8\)/\1/' /etc/locale.gen 2>/dev/null
	grep -q '^vi_VN.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null ||
		echo 'vi_VN.UTF-8 UTF-8' >>/etc/locale.gen
	locale-gen >/dev/null || { echo "deps: locale-gen failed" >&2; exit 1; }
}
if [ -z "$missing" ]; then
	has_vi && exit 0
	if [ "$(id -u)" -eq 0 ]; then gen_vi; exit 0; fi
	# Not fatal: the tests build the locale in a temporary folder.
	echo "deps: for Vietnamese messages, run as root:" \
		"sed -i 's/^# *vi_VN.UTF-8/vi_VN.UTF-8/' /etc/locale.gen && locale-gen" >&2
	exit 0
fi

echo "deps: missing:$missing" >&2
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq && apt-get install -y -qq $PACKAGES >/dev/null || {
		echo "deps: apt-get install failed" >&2; exit 1; }
	has_vi || gen_vi
	exit 0
fi
echo "deps: run as root: apt-get update && apt-get install -y $PACKAGES" >&2
exit 1
