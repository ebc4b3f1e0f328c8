import sys
import threading, queue
# join(timeout), daemon threads and waiting for non-daemon threads at exit.
import time
stop = threading.Event()
slow = threading.Thread(target=lambda: stop.wait(10), name="slow")
slow.start()
t0 = time.monotonic()
slow.join(0.1)
print("join(0.1) returned with thread alive:", slow.is_alive(), time.monotonic() - t0 < 5)
slow.join(timeout=-5)
print("negative timeout ok:", slow.is_alive())
stop.set(); slow.join(); print("alive after join:", slow.is_alive())

# A daemon thread blocked forever does not keep the process alive.
forever = threading.Event()
d = threading.Thread(target=forever.wait, daemon=True, name="daemon")
d.start()
print("daemon:", d.daemon, d.is_alive(), "stopped" not in repr(d), "daemon" in repr(d))

# A non-daemon thread still running when the main code ends is waited for.
def late():
    time.sleep(0.3)
    print("late thread finished")
    def nested():
        time.sleep(0.1)
        print("thread started during shutdown finished")
    threading.Thread(target=nested).start()
threading.Thread(target=late, name="late").start()
names = sorted(t.name for t in threading.enumerate())
print(names, threading.active_count(), len(threading.enumerate()) == threading.active_count())
print("main code done")
