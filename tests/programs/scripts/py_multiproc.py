# py_multiproc.py - multiprocessing with the fork start method: Pool.map
# and imap_unordered, apply_async, a Process with a Queue, a Pipe, a
# shared Value under a Lock, and exit codes.  Exact totals only.
import multiprocessing as mp


def square(x):
    return x * x


def slow_sum(n):
    return sum(i % 7 for i in range(n))


def feeder(q, k):
    for i in range(100):
        q.put(k * 1000 + i)
    q.put(None)


def bump(v, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1


def talk(conn):
    x = conn.recv()
    conn.send(x[::-1])
    conn.close()


def die(code):
    raise SystemExit(code)


if __name__ == "__main__":
    mp.set_start_method("fork")
    with mp.Pool(4) as pool:
        print("map", sum(pool.map(square, range(1000))))
        print("imap_unordered", sorted(pool.imap_unordered(slow_sum, [1000, 2000, 3000, 4000]))[:4])
        print("apply_async", pool.apply_async(square, (12,)).get(timeout=60))
        print("starmap", pool.starmap(pow, [(2, 10), (3, 5)]))
    q = mp.Queue()
    ps = [mp.Process(target=feeder, args=(q, k)) for k in range(3)]
    for p in ps:
        p.start()
    total, ends = 0, 0
    while ends < 3:
        v = q.get(timeout=60)
        if v is None:
            ends += 1
        else:
            total += v
    for p in ps:
        p.join()
    print("queue", total, [p.exitcode for p in ps])
    v = mp.Value("i", 0)
    lock = mp.Lock()
    ps = [mp.Process(target=bump, args=(v, lock, 500)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print("value", v.value)
    a, b = mp.Pipe()
    p = mp.Process(target=talk, args=(b,))
    p.start()
    a.send([1, 2, 3])
    print("pipe", a.recv())
    p.join()
    p = mp.Process(target=die, args=(9,))
    p.start()
    p.join()
    print("exitcode", p.exitcode)
