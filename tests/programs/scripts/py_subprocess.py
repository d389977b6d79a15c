# py_subprocess.py - subprocess: run with captured output and return
# codes, pipes between processes, input on stdin, check=True errors,
# Popen with communicate, a child killed by a signal, a missing program
# (FileNotFoundError from the child's failed exec), and os.system /
# os.popen.  The children are the host's sh and the same python.
import os
import signal
import subprocess
import sys

r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print("run", r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run([sys.executable, "-c", "import sys; print(sum(range(1000))); sys.exit(5)"],
                   stdout=subprocess.PIPE)
print("python child", r.returncode, r.stdout)
r = subprocess.run(["sh", "-c", "tr a-z A-Z"], input=b"hello pipes\n", capture_output=True)
print("stdin", r.stdout)
try:
    subprocess.run(["sh", "-c", "exit 7"], check=True)
except subprocess.CalledProcessError as e:
    print("check", e.returncode)
try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("missing", e.errno, e.filename)
p1 = subprocess.Popen(["sh", "-c", "for i in 1 2 3 4 5 6 7 8 9 10; do echo $i; done"], stdout=subprocess.PIPE)
p2 = subprocess.Popen([sys.executable, "-c", "import sys; print(sum(int(l) for l in sys.stdin))"],
                      stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
out, _ = p2.communicate()
print("pipeline", out, p1.wait(), p2.returncode)
p = subprocess.Popen(["sh", "-c", "kill -TERM $$; sleep 5"])
print("killed", p.wait(), -p.returncode == signal.SIGTERM)
p = subprocess.Popen(["sh", "-c", "cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(b"x" * 200000)
print("big communicate", len(out), p.returncode)
print("check_output", subprocess.check_output("echo $((6 * 7))", shell=True))
print("os.system", os.waitstatus_to_exitcode(os.system("exit 4")))
with os.popen("echo popen") as f:
    print("os.popen", f.read().strip())
r = subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": "/usr/bin:/bin"},
                   capture_output=True, text=True)
print("env", r.stdout.strip())
for i in range(20):
    subprocess.run(["true"])
print("twenty runs done")
