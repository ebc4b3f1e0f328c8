"""Richards-style operating-system task scheduler simulation.

Exercises classes with inheritance and overridden methods, attribute
reads/writes, linked-list packet queues, dict lookups and many small
method calls.  Six tasks (idle, worker, two handlers, two devices) pass
work and device packets between each other; a priority-ordered scheduler
runs whichever runnable task has the highest priority.
"""

import sys

SIZE = 120000

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1


class Packet:
    def __init__(self, kind, owner=None):
        self.kind = kind
        self.owner = owner
        self.datum = 0
        self.payload = [0, 0, 0, 0]
        self.next = None


class PacketQueue:
    """Singly linked FIFO of packets (packets carry their own link)."""

    def __init__(self):
        self.head = None
        self.tail = None

    def push(self, packet):
        packet.next = None
        if self.tail is None:
            self.head = self.tail = packet
        else:
            self.tail.next = packet
            self.tail = packet

    def pop(self):
        packet = self.head
        self.head = packet.next
        if self.head is None:
            self.tail = None
        packet.next = None
        return packet

    def __bool__(self):
        return self.head is not None


class Task:
    def __init__(self, scheduler, ident, priority, packets=()):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.inbox = PacketQueue()
        for p in packets:
            self.inbox.push(p)
        self.held = False
        self.waiting = bool(packets)
        self.link = None  # next task in priority order

    def runnable(self):
        return not self.held and (not self.waiting or bool(self.inbox))

    def step(self):
        self.waiting = False
        packet = self.inbox.pop() if self.inbox else None
        return self.execute(packet)

    def execute(self, packet):
        raise NotImplementedError

    # -- primitive operations; each returns the task to consider next --
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.held = True
        self.scheduler.hold_count += 1
        return self.link

    def release(self, ident):
        task = self.scheduler.find(ident)
        task.held = False
        return task if task.priority > self.priority else self

    def send(self, packet, ident):
        target = self.scheduler.find(ident)
        packet.owner = self.ident
        target.inbox.push(packet)
        self.scheduler.queue_count += 1
        return target if target.priority > self.priority else self


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority)
        self.count = count
        self.seed = 1

    def execute(self, packet):
        self.count -= 1
        if self.count <= 0:
            return self.hold()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, packets):
        super().__init__(scheduler, ident, priority, packets)
        self.destination = HANDLER_A
        self.letter = 0

    def execute(self, packet):
        if packet is None:
            return self.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.datum = 0
        for i in range(4):
            self.letter = self.letter % 26 + 1
            packet.payload[i] = self.letter
        return self.send(packet, self.destination)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, packets, device):
        super().__init__(scheduler, ident, priority, packets)
        self.device = device
        self.work = PacketQueue()
        self.devices = PacketQueue()

    def execute(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work.push(packet)
            else:
                self.devices.push(packet)
        if self.work:
            work = self.work.head
            index = work.datum
            if index >= len(work.payload):
                return self.send(self.work.pop(), WORKER)
            if self.devices:
                dev = self.devices.pop()
                dev.datum = work.payload[index]
                work.datum = index + 1
                return self.send(dev, self.device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority)
        self.pending = PacketQueue()
        self.output = 0

    def execute(self, packet):
        if packet is None:
            if not self.pending:
                return self.wait()
            done = self.pending.pop()
            return self.send(done, done.owner)
        self.pending.push(packet)
        self.output = (self.output * 7 + packet.datum) % 65521
        return self.hold()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.queue_count = 0
        self.hold_count = 0

    def find(self, ident):
        return self.tasks[ident]

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the task list ordered by descending priority
        if self.head is None or task.priority > self.head.priority:
            task.link = self.head
            self.head = task
            return
        prev = self.head
        while prev.link is not None and prev.link.priority >= task.priority:
            prev = prev.link
        task.link = prev.link
        prev.link = task

    def schedule(self):
        current = self.head
        steps = 0
        while current is not None:
            if current.runnable():
                steps += 1
                current = current.step()
            else:
                current = current.link
        return steps


def build(count):
    s = Scheduler()
    s.add(IdleTask(s, IDLE, 0, count))
    s.add(WorkerTask(s, WORKER, 1000,
                     [Packet(WORK_PACKET), Packet(WORK_PACKET)]))
    s.add(HandlerTask(s, HANDLER_A, 2000,
                      [Packet(DEVICE_PACKET) for _ in range(3)], DEVICE_A))
    s.add(HandlerTask(s, HANDLER_B, 3000,
                      [Packet(DEVICE_PACKET) for _ in range(3)], DEVICE_B))
    s.add(DeviceTask(s, DEVICE_A, 4000))
    s.add(DeviceTask(s, DEVICE_B, 5000))
    return s


def run(n):
    s = build(n)
    steps = s.schedule()
    outputs = (s.find(DEVICE_A).output, s.find(DEVICE_B).output)
    return f"{steps}:{s.queue_count}:{s.hold_count}:{outputs[0]}:{outputs[1]}"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print("checksum:", run(n))
