# perl_std.pl - Perl 5.36 on fixed inputs: regular expressions, sprintf of
# floats, sort, hashes (printed in sorted order), pack/unpack, Digest::SHA
# and Digest::MD5, integer and float arithmetic.  Deterministic output.
use strict;
use warnings;
use Digest::SHA qw(sha1_hex sha256_hex sha512_hex hmac_sha256_hex);
use Digest::MD5 qw(md5_hex);
use List::Util qw(sum max min reduce shuffle first);
use POSIX qw(floor ceil fmod strtod);

my @lines = map { sprintf("%04d %s %d.%03d", $_, ("ab", "cd", "efg", "h")[$_ % 4] x (1 + $_ % 3), $_ * 37 % 101, $_ * 7 % 1000) } 1 .. 3000;
my $text = join("\n", @lines) . "\n";

print "== regex\n";
my @m = $text =~ /^(\d+) ((?:efg)+) (\d+)\.(\d+)$/mg;
print scalar(@m), " @m[0..11]\n";
(my $t = "The quick brown fox jumps over the lazy dog") =~ s/(\w+)/\u\L$1/g;
print "$t\n";
my $s = "2024-02-29 12:34:56";
if ($s =~ /^(?<y>\d{4})-(?<mo>\d\d)-(?<d>\d\d) (\d+):(\d+):(\d+)$/) { print "$+{y}/$+{mo}/$+{d} $4h$5m$6s\n" }
my $count = () = $text =~ /\bcd\b/g;
print "cd count $count\n";
print join("|", split /\s*[,;]\s*/, "a , b;c ;d,,e"), "\n";
(my $u = "hello world") =~ tr/a-y/b-z/;
print "$u ", ("aaa" =~ tr/a//), "\n";
my $r = "x=1, y=22, z=333";
my %kv = $r =~ /(\w)=(\d+)/g;
print join(",", map {"$_:$kv{$_}"} sort keys %kv), "\n";
print "non-greedy: ", join("/", "<a><bb><ccc>" =~ /<(.+?)>/g), "\n";
print "subst count: ", ($text =~ s/efg/EFG/gr) =~ tr/E//, "\n";

print "== sprintf\n";
for my $x (0.1, 1/3, -2.5, 1e-10, 123456789.125, 2**53, 3.141592653589793, -0.0, 1e300*1e10, 5e-324, 0.5, 1.5, 2.5) {
	printf "%.17g %e %.3f %g %s %.0f %10.4f|%-12.6E|\n", $x, $x, $x, $x, $x, $x, $x, $x;
}
printf "%s %s %s %s\n", 9**20, 2**64, -2**63, 0.1 + 0.2;
printf "%d %i %x %X %o %b %e %05.1f %+d %c %s\n", 42, -17, 255, 48879, 8, 10, 1234.5, 3.14159, 7, 65, "str";
printf "%s\n", join(" ", map { sprintf "%.3g", exp($_) } -3 .. 3);
printf "%.15g %.15g %.15g %.15g %.15g\n", sqrt(2), sin(1), cos(1), atan2(1, 2), log(10);
my $acc = 0;
$acc += sin($_) * sqrt($_) / (1 + $_ % 7) for 1 .. 20000;
printf "%.12f\n", $acc;
printf "%s %s %s\n", floor(-2.5), ceil(-2.5), fmod(-7.5, 2);
printf "%s %s %s\n", int(7 / 2), int(-7 / 2), -7 % 3;
{ use integer; printf "%d %d\n", -7 / 2, -7 % 3; }
printf "%s %s\n", (strtod("1.5e3xyz"))[0], (strtod("-0x1p-3"))[0];

print "== sort\n";
my @nums = map { ($_ * 7919) % 1009 - 500 + $_ / 8 } 1 .. 500;
my @sorted = sort { $a <=> $b } @nums;
print "@sorted[0..9] ... @sorted[-5..-1]\n";
my @words = sort { lc($a) cmp lc($b) or $a cmp $b } qw(pear Apple fig banana Cherry date apple Fig);
print "@words\n";
my @byfield = sort { (split ' ', $a)[2] <=> (split ' ', $b)[2] or $b cmp $a } @lines[0..40];
print "$byfield[0] | $byfield[-1]\n";
print join(",", reverse sort { $a <=> $b } 10, 9, 100, 1), "\n";
print sum(@nums), " ", max(@nums), " ", min(@nums), " ", (reduce { $a * $b } 1 .. 20), "\n";

print "== hashes\n";
my %h;
$h{(split ' ', $_)[1]}++ for @lines;
print join(" ", map {"$_=$h{$_}"} sort keys %h), "\n";
my %sq = map { ("k$_" => $_ * $_) } 1 .. 100;
my @top = (sort { $sq{$b} <=> $sq{$a} } keys %sq)[0..4];
print "@top ", scalar(keys %sq), " ", exists $sq{k50} ? "yes" : "no", " ", delete $sq{k50}, " ", scalar(keys %sq), "\n";
my %deep = (a => [1, 2, {x => 'y'}], b => {c => [3, 4]});
print "$deep{a}[2]{x} $deep{b}{c}[1] ", scalar(@{$deep{a}}), "\n";

print "== pack\n";
my $p = pack("c C s S l L q Q f d a4 A4 Z4 n N v V H8 w", -1, 255, -2, 65535, -3, 4294967295, -4, 2**63, 1.1, -2.2e-300, "ab", "cd", "ef", 258, 16909060, 258, 16909060, "deadbeef", 300);
print unpack("H*", $p), " ", length($p), "\n";
print join(",", unpack("c C s S l L q Q f d a4 A4 Z4 n N v V H8 w", $p)), "\n";
print join(",", unpack("(A2)*", "aabbccd")), " ", unpack("%32C*", $text), " ", unpack("b*", "AB"), "\n";
print unpack("H*", pack("d>", 3.141592653589793)), " ", unpack("H*", pack("f<", -0.0)), "\n";

print "== digest\n";
print sha1_hex($text), "\n", sha256_hex($text), "\n", sha512_hex($text), "\n";
print hmac_sha256_hex("data", "key"), "\n", md5_hex($text), "\n";
my $sha = Digest::SHA->new(384);
$sha->add(substr($text, $_ * 1000, 1000)) for 0 .. int(length($text) / 1000);
print $sha->hexdigest, "\n";

print "== misc\n";
print join(",", map { $_ ** 2 } grep { $_ % 3 == 0 } 1 .. 30), "\n";
print ucfirst(lc("HELLO")), " ", lcfirst("ABC"), " ", sprintf("%vd", "1.22.333"), " ", join(":", (1) x 3), "\n";
print "local time: ", join(",", (gmtime(1700000000))[0..7]), "\n";
srand(42); my @rs = map { int(rand(1000)) } 1 .. 5; print "rand len ", scalar(@rs), "\n";
print "index ", index($text, "0100 "), " ", rindex($text, "ab"), " ", substr($text, 100, 20), "\n";
