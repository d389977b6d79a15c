-- sqlite_std.sql - SQLite 3.40: tables, indexes, joins, aggregates, window
-- functions, CTEs, printf of floats, math and JSON functions.  Every
-- query has an ORDER BY or a single row, so the output is deterministic.
-- SQLite formats floats in long double, which is 80-bit on x86-64 and
-- 128-bit on arm64: digits beyond a double's 17 (%!.20g, %f of 2^53+1)
-- really differ between the two native builds, so none are printed.
.headers on
.mode list
CREATE TABLE dept(id INTEGER PRIMARY KEY, name TEXT NOT NULL, budget REAL);
CREATE TABLE emp(id INTEGER PRIMARY KEY, name TEXT, dept INTEGER REFERENCES dept(id), salary REAL, hired TEXT);
INSERT INTO dept VALUES (1, 'eng', 1.5e6), (2, 'ops', 250000.75), (3, 'sales', NULL), (4, 'empty', 0.1);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO emp SELECT i, 'emp' || printf('%04d', i), 1 + (i * 7) % 3, 30000 + (i * 7919) % 90000 + (i % 7) / 8.0,
	date('2000-01-01', '+' || ((i * 13) % 8000) || ' days') FROM n;
CREATE INDEX emp_dept ON emp(dept, salary);
SELECT count(*), sum(salary), avg(salary), min(hired), max(hired), total(salary) / count(*) FROM emp;
SELECT d.name, count(e.id) AS n, printf('%.3f', avg(e.salary)) AS avg, printf('%.2e', sum(e.salary)) AS sum,
	max(e.salary) - min(e.salary) AS spread
	FROM dept d LEFT JOIN emp e ON e.dept = d.id GROUP BY d.id ORDER BY d.name;
SELECT e.name, d.name, e.salary FROM emp e JOIN dept d ON d.id = e.dept
	WHERE e.salary > 119000 ORDER BY e.salary DESC, e.name LIMIT 8;
SELECT dept, name, salary, rank() OVER w AS r, printf('%.4f', percent_rank() OVER w) AS pr,
	sum(salary) OVER (PARTITION BY dept ORDER BY salary ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS run
	FROM emp WHERE id % 97 = 0 WINDOW w AS (PARTITION BY dept ORDER BY salary) ORDER BY dept, salary;
SELECT strftime('%Y', hired) AS y, count(*) AS n, printf('%10.4f|%-12.6e|%g', avg(salary), stddev, stddev / 3)
	FROM (SELECT hired, salary, (salary - 75000) * (salary - 75000) / 1e6 AS stddev FROM emp)
	GROUP BY y HAVING n > 85 ORDER BY y LIMIT 10;
SELECT printf('%.17g|%f|%e|%g|%.0f|%5.1f|%.15g', x, x, x, x, x, x, x) FROM
	(SELECT 0.1 AS x UNION ALL SELECT 1.0 / 3 UNION ALL SELECT -2.5 UNION ALL SELECT 1e-10 UNION ALL SELECT 123456789.125
	 UNION ALL SELECT 12345678901234.5 UNION ALL SELECT 1e308 * 10 UNION ALL SELECT 4.9e-324 UNION ALL SELECT 0.5 UNION ALL SELECT 2.5)
	ORDER BY x;
SELECT 0.1 + 0.2, 1e300 * 1e10, 7 / 2, 7 / 2.0, 7 % 3, -7 % 3, cast('12.5abc' AS REAL), cast(3.99 AS INTEGER),
	round(2.5), round(-2.5), round(1.23456, 3), abs(-9223372036854775807), 9223372036854775807 + 1;
SELECT sqrt(2), exp(1), ln(10), log10(1000), log(2, 1024), pow(2, 0.5), sin(1), cos(1), atan2(1, 2), floor(-2.5), ceil(-2.5), pi();
SELECT hex(zeroblob(4)), hex('é'), length('héllo'), upper('abc'), substr('ferry', 2, 3), instr('ferry', 'rr'),
	replace('a-b-c', '-', '+'), trim('  x  '), quote('it''s'), unicode('€'), char(72, 105), ltrim('xxyz', 'x');
SELECT json_object('a', 1, 'b', 2.5, 'c', json_array(1, 'two', NULL, 1e100), 'd', json('{"x":[true,false]}'));
SELECT json_extract('{"a":{"b":[10,20,{"c":"deep"}]}}', '$.a.b[2].c'), json_array_length('[1,2,3,[4]]'),
	json_type('{"a":1.5}', '$.a'), json_valid('{bad'), json_insert('{"a":1}', '$.b', 0.25), json_set('[1,2]', '$[5]', 9),
	json_remove('{"a":1,"b":2}', '$.a'), json_patch('{"a":1,"b":{"c":2}}', '{"b":{"c":null,"d":3}}');
SELECT key, value, type, fullkey FROM json_each('{"x":1,"y":[2,3.5],"z":{"w":"s"}}') ORDER BY key;
SELECT fullkey, atom FROM json_tree('[1,[2,[3.25e-3,"q"]],{"k":null}]') WHERE atom IS NOT NULL ORDER BY fullkey;
SELECT d.name, json_group_array(e.id) FROM dept d JOIN emp e ON e.dept = d.id WHERE e.id <= 12 GROUP BY d.name ORDER BY d.name;
SELECT json_group_object(name, printf('%.1f', budget)) FROM (SELECT * FROM dept ORDER BY id);
WITH RECURSIVE fib(i, a, b) AS (SELECT 1, 0, 1 UNION ALL SELECT i + 1, b, a + b FROM fib WHERE i < 90)
	SELECT group_concat(a, ' ') FROM (SELECT a FROM fib WHERE i % 10 = 0 ORDER BY i);
SELECT group_concat(name, ',') FROM (SELECT name FROM emp ORDER BY salary, id LIMIT 5);
SELECT date('2024-02-29', '+1 year'), datetime(1700000000, 'unixepoch'), julianday('2000-01-01 12:00:00'),
	strftime('%j %w %s', '2023-12-31 23:59:59'), date('2024-01-31', '+1 month'), time('12:34:56.789', '+90 minutes');
UPDATE emp SET salary = salary * 1.05 WHERE dept = 2;
DELETE FROM emp WHERE id % 5 = 0;
SELECT count(*), printf('%.6f', sum(salary)), printf('%.6f', avg(salary)) FROM emp;
SELECT typeof(1), typeof(1.0), typeof('1'), typeof(x'01'), typeof(NULL), 1 = 1.0, '1' = 1, NULL IS NULL, coalesce(NULL, 'z');
SELECT CASE WHEN salary > 100000 THEN 'high' WHEN salary > 60000 THEN 'mid' ELSE 'low' END AS band, count(*)
	FROM emp GROUP BY band ORDER BY band;
SELECT e1.id, e2.id FROM emp e1 JOIN emp e2 ON e1.salary = e2.salary AND e1.id < e2.id ORDER BY 1, 2 LIMIT 5;
PRAGMA integrity_check;
