"""py_std.py - Python 3.11's standard library on fixed inputs: json, re,
decimal, hashlib, zlib, math, struct, datetime (fixed dates, no clock) and
random (seeded).  Prints only values that are the same on every
architecture (no ids, addresses or hash-ordered sets)."""

import datetime
import decimal
import hashlib
import json
import math
import random
import re
import struct
import sys
import zlib

text = "".join("line %d: the quick brown fox %s\n" % (i, "x" * (i % 13)) for i in range(2000))
data = text.encode()

print("== json")
obj = {"name": "ferry", "n": [1, 2.5, -3e-7, 1e300, True, None], "nested": {"a": "\u00e9\u20ac\U0001F600", "b": []},
       "floats": [0.1 + 0.2, 1 / 3, 2 ** 0.5, -0.0, 123456789.123456789]}
s = json.dumps(obj, sort_keys=True)
print(s)
print(json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False))
back = json.loads(s)
print(back == obj, back["floats"][0], repr(back["floats"][1]))
print(json.loads('[1e400, -1e400, 5e-324, "\\ud83d\\ude00", 12345678901234567890]'))

print("== re")
print(re.findall(r"line (\d+): the \w+ brown fox (x{5,})$", text, re.M)[:5])
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "alpha beta gamma delta"))
print(re.split(r"[,;]\s*", "a, b;c,  d;;e"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", "2024-02-29T12:00")
print(m.groupdict(), m.span(), m.group(0))
print(len(re.findall(r"\bfox\b", text)), re.search(r"x{12}\n", text).start())
print(re.sub(r"[aeiou]", lambda mo: mo.group(0).upper(), "the quick brown fox", count=3))
print(re.fullmatch(r"(?i)[a-z]+\d*", "Ferry42") is not None, re.escape("a.b*c"))

print("== decimal")
D = decimal.Decimal
decimal.getcontext().prec = 50
print(D(1) / D(7), D(2).sqrt(), D(10).ln(), D("1.1") + D("2.2"))
print(D("123.456").quantize(D("0.01"), rounding=decimal.ROUND_HALF_EVEN), D("2.5").to_integral_value(), D(0.1))
decimal.getcontext().prec = 28
print(sum(D(i) / D(3) for i in range(1, 100)), D("1e-30").exp(), D(3).__pow__(D("0.5")))
print(D("-0"), D("NaN"), D("Infinity") * -1, D("1.000").normalize(), D(22) // D(7), D(22) % D(-7))

print("== hashlib")
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"):
    print(name, hashlib.new(name, data).hexdigest())
print(hashlib.shake_128(data).hexdigest(32), hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 2000).hex())
h = hashlib.sha256()
for i in range(0, len(data), 777):
    h.update(data[i:i + 777])
print(h.hexdigest() == hashlib.sha256(data).hexdigest())

print("== zlib")
for level in (1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), zlib.crc32(c), zlib.decompress(c) == data)
print(zlib.crc32(data), zlib.adler32(data))
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
raw = co.compress(data) + co.flush()
print(len(raw), hashlib.md5(raw).hexdigest(), zlib.decompress(raw, -15) == data)

print("== math")
xs = [0.5, 1.0, 2.0, 10.0, 1e-5, 123.456, 300.0]
for x in xs:
    print(repr(math.sqrt(x)), repr(math.exp(x / 1e3)), repr(math.log(x)), repr(math.sin(x)), repr(math.atan2(x, 3)),
          repr(math.pow(x, 0.75)), repr(math.erf(x / 4)), repr(math.gamma(x / 3 + 0.5)))
print(math.factorial(50), math.comb(60, 30), math.gcd(2 ** 64 - 1, 3 ** 40 - 1), math.isqrt(10 ** 40 + 12345))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod(range(1, 21)), math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)))
print(math.floor(-2.5), math.ceil(-2.5), round(2.5), round(3.5), round(-0.5), round(1.23456, 3), math.trunc(-7.9))
print(math.copysign(0.0, -1), math.frexp(1e-300), math.ldexp(0.75, 1000), math.fmod(-10, 3), -10 % 3, divmod(-7.5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.inf, -math.inf, math.isnan(math.nan), float("nan") == float("nan"))
print(2 ** 200, 7 ** 77 % 1000000007, (10 ** 30) // 7, -(10 ** 30) // 7, int("f" * 40, 16), pow(3, -1, 1000003))
print(float(2 ** 63), int(1e20), 1e23, 0.1 * 3, 1 / 3, 2 / 3, 1e-310, 4.35, 1e16 + 1.0, 5e-324 / 2)
print("%.20f %.15e %g %r %s" % (math.pi, math.e, 1e-5, 1.1, 1e100), format(1234567.891, ",.2f"), f"{math.tau:+.30g}")
print(float.fromhex("0x1.8p-3"), (0.1).hex(), (1 / 3).as_integer_ratio(), float("1e-320"), float(" -Inf "))
acc = 0.0
for i in range(1, 20000):
    acc += math.sin(i) / i + math.sqrt(i) * 1e-9 - math.log1p(1 / i) * 0.5
print(repr(acc))

print("== struct")
p = struct.pack("<hHiIqQfd?3s", -2, 65535, -2 ** 31, 2 ** 32 - 1, -2 ** 63, 2 ** 64 - 1, 1.1, -2.2e-300, True, b"abc")
print(p.hex(), len(p))
print(struct.unpack("<hHiIqQfd?3s", p))
print(struct.pack(">d", math.pi).hex(), struct.pack("<e", 65504.0).hex(), struct.unpack("<e", b"\x01\x00"))
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.pack("!I", 0xDEADBEEF).hex())
print(list(struct.iter_unpack("<If", bytes(range(16)))))

print("== datetime")
d0 = datetime.datetime(2000, 2, 28, 23, 59, 59, 999999)
print(d0 + datetime.timedelta(microseconds=1), d0 + datetime.timedelta(days=366, hours=25))
print(datetime.date(2024, 2, 29).isocalendar(), datetime.date(1970, 1, 1).toordinal(), datetime.date.fromordinal(738000))
d1 = datetime.datetime(2023, 3, 26, 1, 30, tzinfo=datetime.timezone.utc)
print(d1.isoformat(), d1.timestamp(), datetime.datetime.fromtimestamp(1700000000, datetime.timezone.utc))
print(d1.strftime("%Y-%m-%d %H:%M:%S %j %U %W %a %A %b %B %p %y %Z %z"), d1.weekday(), d1.isoweekday())
print(datetime.datetime.strptime("2021-12-31 18:45:07", "%Y-%m-%d %H:%M:%S") - datetime.datetime(2020, 1, 1))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
print(d1.astimezone(tz), datetime.timedelta(days=-1, seconds=5).total_seconds(), datetime.timedelta(weeks=3) / 7)
print(datetime.date(2100, 3, 1) - datetime.date(2100, 2, 28), datetime.datetime(9999, 12, 31).isoformat())

print("== random")
r = random.Random(12345)
print([r.randint(0, 1000) for _ in range(10)])
print([repr(r.random()) for _ in range(3)], repr(r.uniform(-5, 5)), repr(r.gauss(0, 1)), repr(r.expovariate(2.0)))
lst = list(range(30))
r.shuffle(lst)
print(lst, r.choice("abcdefgh"), r.sample(range(1000), 5), r.choices("xyz", weights=[1, 2, 7], k=10))
print(r.getrandbits(128), repr(r.betavariate(2, 3)), repr(r.triangular(0, 10, 3)), r.randrange(10 ** 30))
random.seed("ferry-string-seed")
print(random.random(), random.randbytes(8).hex())

print("== misc")
print(sorted([3.5, -1, 2 ** 70, 0.0, -0.5, 1e-9]), sorted("Banana apple Cherry".split(), key=str.lower))
print(bytes(range(0, 256, 17)).hex(), "ﬀ".upper(), "straße".casefold(), "é".encode("utf-16-le").hex(), sys.byteorder)
