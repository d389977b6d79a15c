# tests/programs/cases.sh - the cases of tests/programs/run.sh (sourced).
#
#   case_ NAME "PACKAGES" [nostderr] 'SNIPPET'
#
# NAME is what tests/programs/pending.txt refers to; PACKAGES are the
# Debian packages whose native and arm64 versions must agree; the snippet
# runs in a copy of the input files (data.txt 4000 lines of generated
# text, small.txt, table.csv, nums.txt, sizes.txt, versions.txt,
# months.txt, bytes.bin, mixed.bin, words.txt and the scripts), with
# `p NAME ARGS...` for the program under test.  Keep workloads small: the
# whole suite should take well under three minutes under ferry.

# --- coreutils ----------------------------------------------------------
cu=coreutils
case_ sort-keys $cu 'p sort -t, -k2,2n -k1,1r -s table.csv; p sort -t, -k4,4 -k3,3nr table.csv | head -n 40'
case_ sort-options $cu 'p sort -g nums.txt; echo --; p sort -n -r nums.txt; echo --; p sort -h sizes.txt; echo --
	p sort -V versions.txt; echo --; p sort -M months.txt; echo --; p sort -f -u small.txt | tail -n 20'
case_ sort-big $cu 'p sort --parallel=1 -S 1M -k3 data.txt | md5sum; p sort -u -k2,2 data.txt | p wc -l
	p sort -R --random-source=bytes.bin small.txt | head -n 15; p sort -c small.txt; echo "sorted=$?"
	p sort -m small.txt words.txt | tail -n 3; p sort -z bytes.bin | od -An -tx1 | tail -n 2'
case_ sha512sum $cu 'p sha512sum data.txt small.txt bytes.bin mixed.bin; p sha512sum < data.txt; p sha512sum --tag words.txt
	p sha512sum data.txt > sums; p sha512sum -c sums; echo x >> data.txt; p sha512sum -c sums; echo "rc=$?"'
case_ digests $cu 'p md5sum mixed.bin; p sha1sum mixed.bin; p sha224sum mixed.bin; p sha256sum mixed.bin
	p sha384sum mixed.bin; p b2sum mixed.bin; p b2sum -l 128 words.txt; p cksum mixed.bin data.txt; p sum data.txt'
case_ factor $cu 'p factor 1 2 3 4 65536 999999999989 18446744073709551615 18446744073709551557 \
	18446744073709551617 170141183460469231731687303715884105727 4951760154835678088235319297 10000749015697063819069597 \
	1000000016000000063 4611686014132420609 123456789012345678901234567890 0
	echo 2432902008176640001 1208925819614629174706189 | p factor; p factor -- -5 x; echo "rc=$?"'
case_ numfmt $cu 'p numfmt --to=iec 1024 1536 1048576 123456789 999 1099511627776; p numfmt --to=si --suffix=B 1000 1500 1234567
	p numfmt --from=iec 1K 1.5M 2G; p numfmt --from=auto 3Ki 4M; p numfmt --to=iec-i --format="%.3f" 1000 1025 99999999
	p numfmt --format="%08.2f" --round=down 3.14159 2.71828; p numfmt --padding=10 --to=si 5000000 7
	p numfmt --field=2 --to=iec --header < table.csv 2>&1 | head -n 3; p numfmt --from=si 1.5Q; echo "rc=$?"'
case_ tr $cu 'p tr a-z A-Z < small.txt | head -n 5; p tr -d "0-9 " < small.txt | head -n 3; p tr -s "a-z" < words.txt
	p tr -c "[:alnum:]\n" "_" < small.txt | tail -n 3; p tr "\000-\177" "\200-\377" < bytes.bin | od -An -tx1 | head -n 2'
case_ cut $cu 'p cut -d, -f1,3 table.csv | head -n 10; p cut -c 3-9,15- small.txt | tail -n 5; p cut -d" " -f2- -s words.txt
	p cut -b 1-4 --complement small.txt | head -n 3; p cut -f1 -d, --output-delimiter=: table.csv | tail -n 2'
case_ od $cu 'p od -A x -t x1z -v bytes.bin | head -n 6; p od -t d2 -t o4 -N 64 mixed.bin; p od -c words.txt
	p od -t f4 -t f8 -N 64 -j 500 data.txt; p od -t u8 -w32 -N 96 mixed.bin; p od -A d -t a -N 40 bytes.bin'
case_ seq $cu 'p seq 5; p seq -w 8 3 40; p seq -s, -f "%.3f" 0 0.125 2; p seq 10 -3 -5; p seq 1e3 5e2 3e3
	p seq 18446744073709551610 18446744073709551616; p seq -f "%g" 1 0.1 1.5; p seq 0.1 0.2 1.1 | p wc -l'
case_ expr $cu 'p expr 3 + 4 \* 5; p expr 9223372036854775807 + 1; echo rc=$?; p expr length "hello world"
	p expr abcdef : "a\(.*\)e"; p expr 7 / 0; echo rc=$?; p expr 10 % 3 = 1; p expr substr ferry 2 3
	p expr index ferry r; p expr 123456789012345678901234 \* 98765432109876543210'
case_ date $cu 'p date -d @0; p date -u -d @1234567890 "+%Y-%m-%d %H:%M:%S %A %B %j %U %W %s %Z %z"
	p date -d @951782400 "+%a %d %b %y %e %G-W%V-%u"; p date -d "2024-02-29 12:00 +1 year"; p date -R -d @1700000000
	p date -I -d @4102444800; p date --iso-8601=ns -d @1.5; p date -d "1970-01-01 00:00:00 UTC + 86399 seconds" +%T
	p date -d "@-1" "+%F %T"; p date -d nonsense; echo rc=$?'
case_ base64 $cu 'p base64 bytes.bin; p base64 -w 0 words.txt; echo; p base64 mixed.bin | p base64 -d | cmp - mixed.bin && echo same
	p base32 words.txt; p basenc --base16 words.txt; p base64 -d small.txt; echo rc=$?'
case_ wc $cu 'p wc data.txt small.txt words.txt bytes.bin; p wc -l -w -c -m -L data.txt; p wc < mixed.bin'
case_ text-tools $cu 'p head -n 3 data.txt; p tail -c 100 data.txt; p tac words.txt; p nl -ba -w3 words.txt
	p fold -w 17 words.txt; p paste -d: words.txt words.txt; p uniq -c -w 6 small.txt | head -n 3
	p cut -d" " -f2 small.txt | p sort | p uniq -c | p sort -k1,1nr -k2 | head -n 5
	p comm -12 words.txt words.txt; p join -t, -1 1 -2 1 table.csv table.csv | head -n 3
	p shuf --random-source=bytes.bin -n 5 small.txt; p split -l 1000 -d data.txt part; p wc -l part*
	p printf "%s|%5d|%-6s|%x|%o|%.3f|%e\n" str 42 ab 255 8 3.25 1234.5; p echo -e "a\tb\\n"; p pr -2 -t -w 60 words.txt'
case_ file-tools $cu 'p mkdir -p d/e; p cp small.txt d/e/c.txt; p ln -s ../small.txt d/l; p chmod 640 d/e/c.txt
	p ls -l --time-style=+%F d/e; p stat -c "%n %s %a %F" d/e/c.txt d/l d; p readlink d/l; p realpath d/l
	p du -a -b d | p sort -k2; p mv d/e/c.txt d/moved; p ls -R d; p rm -r d; p ls d; echo rc=$?
	p touch -d @86400 t; p stat -c %Y t; p dd if=mixed.bin of=dd.out bs=1000 skip=3 count=5 status=none
	p md5sum dd.out; p truncate -s 12345 dd.out; p wc -c dd.out; p basename /a/b/c.txt .txt; p dirname /a/b/c'

# --- interpreters -------------------------------------------------------
case_ lua5.4 lua5.4 'p lua5.4 lua_std.lua'
case_ lua5.4-eval lua5.4 'p lua5.4 -e "local t = {} for i = 1, 100000 do t[i] = (i * 2654435761) % 4294967296 end
	table.sort(t) local s = 0 for i = 1, #t, 997 do s = s + t[i] end print(s, #t, string.format(\"%.6f\", s / #t))"
	p lua5.4 -e "error(\"bad\")"; echo rc=$?'
case_ luajit "luajit libluajit-5.1-2" 'p luajit luajit_std.lua'
case_ luajit-eval "luajit libluajit-5.1-2" 'p luajit -e "local s = 0 for i = 1, 2000000 do s = s + bit.band(i * 31, 1023) end print(s)"
	p luajit -joff -e "local s = 0 for i = 1, 200000 do s = s + i % 9 end print(s)"; p luajit -e "error(\"bad\")" 2>err; echo rc=$?; head -n 3 err' # (the traceback's last line has a host address)
case_ python3.11 "python3.11 python3.11-minimal libpython3.11-stdlib" 'p python3.11 py_std.py'
case_ python3.11-cli "python3.11 python3.11-minimal libpython3.11-stdlib" 'p python3.11 -c "import sys; print(sys.version_info[:3], sys.maxsize, sys.float_info.dig, sys.getrecursionlimit())"
	p python3.11 -c "raise SystemExit(3)"; echo rc=$?; p python3.11 -c "1/0"; echo rc=$?
	echo "print(sum(i * i for i in range(100000)))" | p python3.11 -'
py="python3.11 python3.11-minimal libpython3.11-stdlib"
case_ python3.11-threading "$py" 'p python3.11 py_threads.py'
case_ python3.11-signal "$py" 'p python3.11 py_signal.py'
case_ python3.11-subprocess "$py" 'p python3.11 py_subprocess.py'
case_ python3.11-multiprocessing "$py" 'p python3.11 py_multiproc.py'
case_ perl "perl perl-base libperl5.36 perl-modules-5.36" 'p perl perl_std.pl'
case_ perl-oneliners "perl perl-base libperl5.36" 'p perl -ne "print if /beta.*gamma/" data.txt | head -n 5
	p perl -lane "\$s += \$F[0]; END { printf qq(%.3f\n), \$s / \$. }" data.txt; p perl -e "die qq(oops\n)"; echo rc=$?
	p perl -pe "s/(\d+)/\$1*2/ge" small.txt | tail -n 3'

# --- sqlite3 ------------------------------------------------------------
case_ sqlite3 "sqlite3 libsqlite3-0" 'p sqlite3 < sqlite_std.sql'
case_ sqlite3-db "sqlite3 libsqlite3-0" 'p sqlite3 t.db "CREATE TABLE t(a TEXT, b INT, c TEXT, d TEXT)" ".import --csv table.csv t" \
	"CREATE INDEX ta ON t(a)" "SELECT a, count(*), sum(b), printf(\"%.4f\", avg(b)) FROM t GROUP BY a ORDER BY 3 DESC, 1 LIMIT 8"
	p sqlite3 -json t.db "SELECT a, b FROM t ORDER BY b, a LIMIT 3"; p sqlite3 -csv t.db "SELECT * FROM t WHERE b < 20 ORDER BY b"
	p sqlite3 t.db "PRAGMA integrity_check" "SELECT nosuch FROM t"; echo rc=$?'

# --- compressors ----------------------------------------------------------
# Compressed bytes at fixed levels, single-threaded, then decompression of
# the native program's output, then a round trip inside the arm64 side.
case_ xz-compress "xz-utils liblzma5" 'p xz -T1 -0 -c data.txt | od -An -tx1 | md5sum; p xz -T1 -6 -c mixed.bin | md5sum
	p xz -T1 -9e -c small.txt | md5sum; p xz -T1 --format=lzma -c words.txt | od -An -tx1; p xz -T1 --check=sha256 -c small.txt | md5sum'
case_ xz-decompress "xz-utils liblzma5" '/usr/bin/xz -T1 -6 -c data.txt > d.xz; p xz -dc d.xz | md5sum; p xz -l d.xz
	p xz -t d.xz; echo rc=$?; head -c 3000 d.xz > cut.xz; p xz -dc cut.xz > /dev/null; echo rc=$?
	p xz -T1 -c mixed.bin | p xz -dc | cmp - mixed.bin && echo round trip'
case_ gzip gzip 'p gzip -1 -c data.txt | md5sum; p gzip -6 -n -c mixed.bin | md5sum; p gzip -9 -c small.txt | od -An -tx1 | tail -n 3
	p gzip -k -9 words.txt; od -An -tx1 words.txt.gz; p gzip -l words.txt.gz; /bin/gzip -c data.txt > d.gz
	p gzip -dc d.gz | md5sum; p gzip -t d.gz; echo rc=$?; p gzip -c mixed.bin | p gzip -dc | cmp - mixed.bin && echo round trip
	p gzip -d words.txt; echo rc=$?'
case_ bzip2 "bzip2 libbz2-1.0" 'p bzip2 -1 -c data.txt | md5sum; p bzip2 -9 -c mixed.bin | md5sum; p bzip2 -c words.txt | od -An -tx1
	/bin/bzip2 -c data.txt > d.bz2; p bzip2 -dc d.bz2 | md5sum; p bzip2 -t d.bz2; echo rc=$?
	p bzip2 -c mixed.bin | p bzip2 -dc | cmp - mixed.bin && echo round trip; head -c 500 d.bz2 | p bzip2 -dc > /dev/null; echo rc=$?'
case_ zstd "zstd libzstd1" 'p zstd -q -T1 -1 -c data.txt | md5sum; p zstd -q -T1 -3 -c mixed.bin | md5sum
	p zstd -q -T1 -19 -c small.txt | md5sum; p zstd -q -T1 --ultra -20 -c words.txt | od -An -tx1
	/usr/bin/zstd -q -T1 -c data.txt > d.zst; p zstd -q -dc d.zst | md5sum; p zstd -q -t d.zst; echo rc=$?
	p zstd -q -T1 -c mixed.bin | p zstd -q -dc | cmp - mixed.bin && echo round trip'

# --- openssl ------------------------------------------------------------
case_ openssl-dgst "openssl libssl3" 'for d in -sha256 -sha512 -sha1 -md5 -sha3-256 -sha384 -sha224 -sha512-256 -sha3-512 -blake2b512 -shake128; do
	p openssl dgst $d data.txt mixed.bin; done; p openssl dgst -sha256 -hmac key words.txt; p openssl dgst -sha256 -r < bytes.bin'
case_ openssl-enc "openssl libssl3" 'K=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f; IV=0f0e0d0c0b0a09080706050403020100
	p openssl enc -aes-256-cbc -K $K -iv $IV -nosalt -in mixed.bin -out c.bin; md5sum c.bin; od -An -tx1 c.bin | head -n 2
	p openssl enc -d -aes-256-cbc -K $K -iv $IV -nosalt -in c.bin | cmp - mixed.bin && echo decrypted
	/usr/bin/openssl enc -aes-256-cbc -K $K -iv $IV -nosalt -in data.txt -out n.bin
	p openssl enc -d -aes-256-cbc -K $K -iv $IV -nosalt -in n.bin | md5sum
	p openssl enc -aes-128-ctr -K 00112233445566778899aabbccddeeff -iv $IV -in words.txt | od -An -tx1
	p openssl enc -aes-256-gcm -K $K -iv $IV -in words.txt; echo rc=$?
	# (the id of the thread that starts each OpenSSL error line differs)
	p openssl enc -chacha20 -K $K -iv $IV -in small.txt | md5sum
	p openssl enc -d -aes-256-cbc -K $K -iv $IV -nosalt -in words.txt 2>&1 | sed "s/^[0-9A-F]*:error:/THREAD:error:/"'
case_ openssl-misc "openssl libssl3" 'p openssl version; p openssl base64 -in bytes.bin | head -n 3
	p openssl errstr 1C80006B; p openssl prime 2305843009213693951; p openssl prime -hex 7fffffff
	p openssl kdf -keylen 32 -kdfopt digest:SHA256 -kdfopt pass:pw -kdfopt salt:salt -kdfopt iter:2000 PBKDF2
	p openssl speed -help 2>&1 | head -n 2'
