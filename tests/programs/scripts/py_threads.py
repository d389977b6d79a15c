# py_threads.py - threading: workers with a Lock, a Condition, a Queue,
# a Semaphore, a Barrier, an Event, thread-local data and a ThreadPool
# executor.  Only exact totals are printed (no timing, no interleaving).
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

N = 8
counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


ts = [threading.Thread(target=add, args=(20000,)) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("lock counter", counter)

q = queue.Queue(maxsize=16)
results = queue.Queue()


def producer(base):
    for i in range(2000):
        q.put(base + i)


def consumer():
    total = 0
    while True:
        v = q.get()
        if v is None:
            break
        total += v
    results.put(total)


cons = [threading.Thread(target=consumer) for _ in range(4)]
prods = [threading.Thread(target=producer, args=(k * 100000,)) for k in range(4)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
for _ in cons:
    q.put(None)
for t in cons:
    t.join()
print("queue total", sum(results.get() for _ in cons))

cond = threading.Condition()
items = []


def waiter(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 5)
        out.append(sum(items))


outs = []
ws = [threading.Thread(target=waiter, args=(outs,)) for _ in range(3)]
for t in ws:
    t.start()
for i in range(1, 6):
    with cond:
        items.append(i * i)
        cond.notify_all()
for t in ws:
    t.join()
print("condition", sorted(outs))

sem = threading.Semaphore(3)
inside = 0
most = 0
slock = threading.Lock()


def limited():
    global inside, most
    with sem:
        with slock:
            inside += 1
            most = max(most, inside)
        for _ in range(2000):
            pass
        with slock:
            inside -= 1


ss = [threading.Thread(target=limited) for _ in range(12)]
for t in ss:
    t.start()
for t in ss:
    t.join()
print("semaphore at most", most <= 3, "left", inside)

barrier = threading.Barrier(5)
phases = []
plock = threading.Lock()


def phased(k):
    for p in range(3):
        with plock:
            phases.append((p, k))
        barrier.wait()


bs = [threading.Thread(target=phased, args=(k,)) for k in range(5)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print("barrier ordered", [p for p, _ in phases] == sorted(p for p, _ in phases), len(phases))

ev = threading.Event()
seen = []
es = [threading.Thread(target=lambda: seen.append(ev.wait(30))) for _ in range(4)]
for t in es:
    t.start()
ev.set()
for t in es:
    t.join()
print("event", seen)

local = threading.local()


def use_local(k, out):
    local.v = k
    for _ in range(1000):
        local.v += 1
    out[k] = local.v


lo = {}
ls = [threading.Thread(target=use_local, args=(k, lo)) for k in range(6)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print("local", sorted(lo.items()))


def work(n):
    return sum(i * i for i in range(n))


with ThreadPoolExecutor(max_workers=4) as ex:
    print("executor", sum(ex.map(work, range(100, 400, 7))))
print("threads left", threading.active_count())
