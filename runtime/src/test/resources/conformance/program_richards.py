# Program: a Richards-like operating-system task scheduler with packets, priorities and task states.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
NAMES = ["idle", "worker", "handlerA", "handlerB", "deviceA", "deviceB"]


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * 4

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue, fn, state):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.fn = fn
        self.state = state
        self.packet_pending = queue is not None
        self.waiting = False
        self.held = False
        self.runs = 0

    def runnable(self):
        return not self.held and (self.packet_pending or not self.waiting)

    def take_packet(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        self.packet_pending = self.queue is not None
        return pkt


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.hold_count = 0
        self.queue_count = 0
        self.trace = []

    def add(self, ident, priority, queue, fn, state):
        task = Task(self, ident, priority, queue, fn, state)
        self.tasks[ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.priority)
        return task

    def pick(self):
        for task in self.order:
            if task.runnable():
                return task
        return None

    def run(self, limit):
        steps = 0
        while steps < limit:
            task = self.pick()
            if task is None:
                break
            task.runs += 1
            pkt = None
            if task.packet_pending:
                pkt = task.take_packet()
                task.waiting = False
            outcome = task.fn(task, pkt)
            if len(self.trace) < 30:
                self.trace.append(f"{NAMES[task.ident][0]}{outcome}")
            if outcome == "stop":
                break
            steps += 1
        return steps

    def queue_packet(self, pkt):
        target = self.tasks.get(pkt.ident)
        if target is None:
            raise LookupError(f"no task {pkt.ident}")
        self.queue_count += 1
        pkt.ident = None
        target.queue = pkt.append_to(target.queue)
        target.packet_pending = True
        return "q"

    def hold(self, task):
        self.hold_count += 1
        task.held = True
        return "h"

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return "r"


def idle_fn(task, pkt):
    st = task.state
    st["count"] -= 1
    if st["count"] == 0:
        return "stop"
    if st["control"] & 1 == 0:
        st["control"] >>= 1
        return task.scheduler.release(DEVICE_A)
    st["control"] = (st["control"] >> 1) ^ 0xD008
    return task.scheduler.release(DEVICE_B)


def worker_fn(task, pkt):
    st = task.state
    if pkt is None:
        task.waiting = True
        return "w"
    st["dest"] = HANDLER_B if st["dest"] == HANDLER_A else HANDLER_A
    pkt.ident = st["dest"]
    pkt.datum = 0
    for i in range(4):
        st["count"] += 1
        if st["count"] > 26:
            st["count"] = 1
        pkt.data[i] = ord("A") + st["count"] - 1
    return task.scheduler.queue_packet(pkt)


def handler_fn(device):
    def fn(task, pkt):
        st = task.state
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                st["work"] = pkt.append_to(st["work"])
            else:
                st["device"] = pkt.append_to(st["device"])
        work = st["work"]
        if work is not None:
            count = work.datum
            if count < 4:
                dev = st["device"]
                if dev is not None:
                    st["device"] = dev.link
                    dev.datum = work.data[count]
                    work.datum = count + 1
                    dev.ident = device
                    st["chars"].append(chr(dev.datum))
                    return task.scheduler.queue_packet(dev)
            else:
                st["work"] = work.link
                work.ident = WORKER
                return task.scheduler.queue_packet(work)
        task.waiting = True
        return "w"
    return fn


def device_fn(handler):
    def fn(task, pkt):
        st = task.state
        if pkt is None:
            if st["pending"] is None:
                task.waiting = True
                return "w"
            pkt = st["pending"]
            st["pending"] = None
            pkt.ident = handler
            return task.scheduler.queue_packet(pkt)
        st["pending"] = pkt
        st["handled"] += 1
        return task.scheduler.hold(task)
    return fn


def build(count):
    s = Scheduler()
    s.add(IDLE, 0, None, idle_fn, {"count": count, "control": 1})
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    s.add(WORKER, 1000, wq, worker_fn, {"dest": HANDLER_A, "count": 0})
    for handler, device, base in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        s.add(handler, base, q, handler_fn(device), {"work": None, "device": None, "chars": []})
    s.add(DEVICE_A, 4000, None, device_fn(HANDLER_A), {"pending": None, "handled": 0})
    s.add(DEVICE_B, 5000, None, device_fn(HANDLER_B), {"pending": None, "handled": 0})
    return s


for count in (10, 100, 1000):
    sched = build(count)
    steps = sched.run(100000)
    print(f"count={count} steps={steps} queued={sched.queue_count} held={sched.hold_count}")
    print("  runs:", {NAMES[t.ident]: t.runs for t in sorted(sched.order, key=lambda t: t.ident)})
    print("  chars A:", "".join(sched.tasks[HANDLER_A].state["chars"][:24]))
    print("  chars B:", "".join(sched.tasks[HANDLER_B].state["chars"][:24]))
    print("  handled:", sched.tasks[DEVICE_A].state["handled"], sched.tasks[DEVICE_B].state["handled"])
print("trace:", " ".join(build(50).trace) or "(empty before run)")
s = build(50)
s.run(1000)
print("trace:", " ".join(s.trace))
try:
    s.queue_packet(Packet(None, 99, KIND_WORK))
except LookupError as e:
    print(type(e).__name__, e)
