# Two threads read a class attribute while a third keeps assigning it, so the writer drops each
# old value while readers may be taking it: a reader must take its reference safely. A thread that
# died of a broken count would not reach the end of its loop, and the summary would differ.
import threading

class P:
    k = 0

finished = []

def reader():
    for _ in range(300000):
        x = P.k
    finished.append("reader")

def writer():
    for i in range(300000):
        P.k = i * 1000
    finished.append("writer")

threads = [threading.Thread(target=reader), threading.Thread(target=reader),
           threading.Thread(target=writer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(finished), P.k)
