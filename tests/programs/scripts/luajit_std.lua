-- luajit_std.lua - LuaJIT with its trace compiler at work: hot numeric
-- loops, table and string code compiled to traces, side exits, a trace
-- that turns polymorphic, GC pressure, and the FFI (C types, arrays,
-- structs, casts, calls into libc).  Every line printed must equal the
-- native x86-64 luajit's.
local jit = require("jit")
print("jit", jit.status() and "on" or "off", jit.version)

-- hot integer and floating point loops
local s = 0
for i = 1, 3000000 do s = s + (i % 7) * (i % 13) end
print("intloop", s)
local f = 0.0
for i = 1, 1000000 do f = f + 1.0 / (i * i) end
print("floatloop", string.format("%.12f", f))

-- bit operations
local bit = require("bit")
local h = 0x811c9dc5
-- (bit.tobit is exact only below 2^51: multiply by 2^24 + 403 in parts)
for i = 1, 200000 do h = bit.bxor(h, i % 256); h = bit.tobit(bit.lshift(h, 24) + h * 403) end
print("fnv", bit.tohex(h), bit.band(h, 0xffff), bit.rshift(h, 7), bit.arshift(h, 3), bit.rol(h, 5))

-- tables, sorting and closures
local t = {}
for i = 1, 100000 do t[i] = (i * 2654435761) % 1000003 end
table.sort(t)
local acc = 0
for i = 1, #t, 97 do acc = acc + t[i] end
print("sort", acc, t[1], t[#t])
local function counter() local c = 0; return function() c = c + 1; return c end end
local c = counter(); for _ = 1, 100000 do c() end
print("closure", c())

-- strings: concatenation, gsub, find, format, byte/char in hot loops
local parts = {}
for i = 1, 20000 do parts[#parts + 1] = string.format("%05d:%s", i, string.rep("ab", i % 5)) end
local big = table.concat(parts, ",")
print("concat", #big, big:sub(1, 40))
local cnt = select(2, big:gsub("abab", "X"))
print("gsub", cnt)
local sum = 0
for i = 1, #big do sum = (sum + big:byte(i) * i) % 1000000007 end
print("bytes", sum)
local words = 0
for w in ("the quick brown fox jumps over the lazy dog "):rep(2000):gmatch("%a+") do words = words + #w end
print("gmatch", words)
print("upper", ("hello luajit"):upper(), ("%d %5.2f %x %s"):format(42, math.pi, 255, "ok"))

-- a loop whose types change (trace side exits, polymorphism)
local mix = 0
for i = 1, 300000 do
  local v = (i % 3 == 0) and (i * 0.5) or i
  if i % 1000 == 0 then v = tostring(i) end
  if type(v) == "string" then mix = mix + #v else mix = mix + v end
end
print("poly", mix)

-- garbage
local live = {}
for i = 1, 200000 do live[i % 1000 + 1] = { i, tostring(i), { i } } end
collectgarbage()
print("gc", #live, live[1][1], live[1000][2])

-- coroutines
local co = coroutine.wrap(function() for i = 1, 5 do coroutine.yield(i * i) end end)
local cs = {}
for _ = 1, 5 do cs[#cs + 1] = co() end
print("coroutine", table.concat(cs, " "))

-- FFI
local ok, ffi = pcall(require, "ffi")
if ok then
  ffi.cdef[[
    typedef struct { int32_t a; double b; uint8_t c[4]; } rec_t;
    size_t strlen(const char *s);
    int snprintf(char *buf, size_t n, const char *fmt, ...);
    int abs(int x);
  ]]
  local arr = ffi.new("int64_t[?]", 1000)
  for i = 0, 999 do arr[i] = i * i * 1000003 end
  local x = ffi.new("int64_t", 0)
  for i = 0, 999 do x = x + arr[i] % 1000 end
  print("ffi array", tostring(x))
  local r = ffi.new("rec_t", { 7, 2.5, { 1, 2, 3, 4 } })
  for _ = 1, 100000 do r.a = r.a + r.c[r.a % 4]; r.b = r.b * 1.0000001 end
  print("ffi struct", r.a, string.format("%.6f", r.b), ffi.sizeof("rec_t"), ffi.offsetof("rec_t", "b"))
  local buf = ffi.new("char[64]")
  ffi.C.snprintf(buf, 64, "%s-%d-%.3f", "ffi", ffi.new("int", 123), 4.5)
  print("ffi call", ffi.string(buf), tonumber(ffi.C.strlen(buf)), ffi.C.abs(-42))
  local u = ffi.cast("uint32_t", -1)
  print("ffi cast", tonumber(u), tonumber(ffi.cast("int8_t", 200)), ffi.typeof(u) == ffi.typeof("uint32_t"))
  print("ffi arch", ffi.abi("64bit"), ffi.abi("le"))
else
  print("no ffi")
end
