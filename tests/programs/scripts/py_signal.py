# py_signal.py - the signal module: handlers for signals sent with
# os.kill to ourselves, SIG_IGN and SIG_DFL, signal.alarm and
# setitimer(ITIMER_REAL) interrupting a busy loop and a sleep (the
# handler raises), pthread_kill, sigwait/sigtimedwait with a blocked
# signal, and a signal that kills a child, seen in its wait status.
import os
import signal
import time

got = []


def handler(sig, frame):
    got.append(signal.Signals(sig).name)


signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, handler)
for _ in range(3):
    os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)
print("handled", got)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored, still alive", signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)


class Alarm(Exception):
    pass


def on_alarm(sig, frame):
    raise Alarm()


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Alarm:
    print("setitimer interrupted a busy loop", n > 0)

signal.alarm(1)
try:
    time.sleep(30)
    print("sleep not interrupted")
except Alarm:
    print("alarm interrupted a sleep")

ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(1))
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
deadline = time.monotonic() + 30
while len(ticks) < 5 and time.monotonic() < deadline:
    time.sleep(0.001)
signal.setitimer(signal.ITIMER_REAL, 0)
print("periodic timer ticks >= 5", len(ticks) >= 5)

signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGUSR2})
os.kill(os.getpid(), signal.SIGUSR2)
print("pending", signal.SIGUSR2 in signal.sigpending())
print("sigwait", signal.Signals(signal.sigwait({signal.SIGUSR2})).name)
os.kill(os.getpid(), signal.SIGUSR2)
info = signal.sigtimedwait({signal.SIGUSR2}, 5)
print("sigtimedwait", signal.Signals(info.si_signo).name, info.si_pid == os.getpid())
print("sigtimedwait timeout", signal.sigtimedwait({signal.SIGUSR2}, 0.01))
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGUSR2})

got.clear()
signal.signal(signal.SIGUSR1, handler)
import threading
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print("pthread_kill", got)

pid = os.fork()
if pid == 0:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    time.sleep(30)
    os._exit(0)
os.kill(pid, signal.SIGTERM)
_, st = os.waitpid(pid, 0)
print("child killed by", signal.Signals(os.WTERMSIG(st)).name if os.WIFSIGNALED(st) else st)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print("default handler is SIG_DFL", signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
