-- lua_std.lua - Lua 5.4 exercising strings, tables, closures, coroutines,
-- integer and float math and string.format of floats.  Output is
-- deterministic (no os.time, no unseeded random, no table addresses).

local out = {}
local function say(...) print(...) end

-- strings
local s = "The quick brown fox jumps over the lazy dog"
say(#s, s:upper(), s:lower():reverse())
say(s:find("fox"), s:match("(%a+) dog"), s:gsub("o", "0"))
for w in s:gmatch("%a+") do out[#out + 1] = w:sub(1, 2) end
say(table.concat(out, "-"))
say(("x"):rep(5, ","), string.byte("ABC", 1, 3), string.char(72, 105))
say(string.format("%q", "tab\tquote\"nl\n\0end"))
say(("%5s|%-5s|%05d|%x|%X|%o|%c"):format("ab", "cd", 42, 255, 48879, 8, 65))

-- string.format of floats
local fl = {0.1, 1/3, -2.5, 1e-10, 123456789.125, 2^53, math.pi, -0.0, 1e300 * 1e10, 5e-324, 2^-1074 * 3, 1.7976931348623157e308}
for _, x in ipairs(fl) do
	say(string.format("%.17g %e %.3f %g %a", x, x, x, x, x), tostring(x))
end
say(string.format("%10.4f|%-12.6e|%+g", math.pi, math.exp(1), 1e20))

-- integers and floats
say(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, 2^10, 10 / 4, 3 | 5, 6 & 3, 1 << 62, ~0)
say(math.maxinteger, math.mininteger, math.maxinteger + 1 == math.mininteger)
say(math.sqrt(2), math.sin(1), math.cos(1), math.tan(0.5), math.log(10), math.log(8, 2), math.exp(2))
say(math.floor(-3.5), math.ceil(-3.5), math.fmod(7, 3), math.fmod(-7.5, 2), math.abs(-4), math.huge, -math.huge)
say(math.tointeger(3.0), math.type(1), math.type(1.0), math.type("1"), 0x10, 1e2, tonumber("0x1p4"), tonumber("  12  "))
say(math.ult(1, -1), 3 == 3.0, math.max(3, 7.5, -1), math.min(2, -2.5))
local acc = 0.0
for i = 1, 20000 do acc = acc + math.sin(i) * math.sqrt(i) / (1 + i % 7) end
say(string.format("%.12f", acc))

-- tables and sorting
local t = {}
for i = 1, 200 do t[i] = (i * 7919) % 211 end
table.sort(t, function(a, b) return a > b end)
say(t[1], t[2], t[100], t[200], #t)
local words = {}
for w in ("pear apple fig banana cherry date elderberry grape"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words)
say(table.concat(words, " "))
table.insert(words, 1, "zzz"); table.remove(words, 3)
say(table.concat(words, ","), select("#", table.unpack(words)))
local m = {}
for i = 1, 50 do m["k" .. i] = i * i end
local keys = {}
for k in pairs(m) do keys[#keys + 1] = k end
table.sort(keys)
local sum = 0
for _, k in ipairs(keys) do sum = sum + m[k] end
say(#keys, keys[1], keys[50], sum)
local mt = setmetatable({}, {__index = function(_, k) return k * 2 end,
	__add = function(a, b) return "added" end, __tostring = function() return "MT" end})
say(mt[21], mt + mt, tostring(mt))

-- closures
local function counter(start)
	local n = start
	return function(d) n = n + (d or 1); return n end
end
local c1, c2 = counter(10), counter(100)
c1(); c1(5); c2(-1)
say(c1(), c2())
local fns = {}
for i = 1, 5 do fns[i] = function() return i * i end end
say(fns[1](), fns[3](), fns[5]())

-- coroutines
local function gen(n)
	return coroutine.wrap(function()
		local a, b = 0, 1
		for _ = 1, n do coroutine.yield(a); a, b = b, a + b end
	end)
end
local fib = {}
for v in gen(30) do fib[#fib + 1] = v end
say(table.concat(fib, " "))
local co = coroutine.create(function(a, b)
	local c = coroutine.yield(a + b)
	local d, e = coroutine.yield(c * 2)
	return d + e, "done"
end)
say(coroutine.resume(co, 1, 2))
say(coroutine.resume(co, 10))
say(coroutine.resume(co, 3, 4))
say(coroutine.resume(co), coroutine.status(co))

-- errors
do local ok, e = pcall(function() error({code = 7}) end); say(ok, type(e), e.code) end
say(select(2, pcall(function() error("boom", 0) end)))
say(pcall(function() return nil + 1 end))

-- utf8 and string.pack
say(utf8.char(72, 228, 8364, 128512), utf8.len("häß€"))
local packed = string.pack("<i4d s1", -2, 1.5, "hi")
say(#packed, string.unpack("<i4d s1", packed))
say((string.pack(">I2 f", 513, 0.25)):byte(1, -1))
