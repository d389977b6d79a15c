# gen_data.awk - the suite's input text: N lines (-v n=N) of words,
# numbers and punctuation from a fixed linear congruential generator, so
# the file is the same on every run (and compresses like real text).
function rnd(m) {
	seed = (seed * 1103515245 + 12345) % 2147483648
	return int(seed / 65536) % m
}
BEGIN {
	split("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu " \
	      "nu xi omicron pi rho sigma tau upsilon phi chi psi omega ferry arm " \
	      "x86 register vector lane float double quad byte", w, " ")
	nw = 0; for (k in w) nw++
	seed = 42
	if (n == "") n = 1000
	for (i = 1; i <= n; i++) {
		line = sprintf("%05d", i)
		k = 3 + rnd(9)
		for (j = 0; j < k; j++) {
			r = rnd(10)
			if (r < 6) line = line " " w[1 + rnd(nw)]
			else if (r < 8) line = line " " rnd(100000)
			else if (r < 9) line = line " " rnd(1000) "." rnd(1000)
			else line = line ", " toupper(w[1 + rnd(nw)])
		}
		print line
	}
}
