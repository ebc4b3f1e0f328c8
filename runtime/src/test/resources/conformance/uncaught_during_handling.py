# Checks an uncaught exception raised while handling another (implicit chaining).
def cleanup(resource):
    print("cleaning up", resource)
    return resource["handle"]


def attempt(resource):
    try:
        print("working on", resource["name"])
        raise RuntimeError("work failed")
    except RuntimeError as e:
        print("handling:", e)
        return cleanup(resource)


print("result:", attempt({"name": "cache", "handle": 7}))
try:
    attempt({"name": "tmp"})
except KeyError as e:
    print("caught:", repr(e), "context:", repr(e.__context__))
attempt({"name": "db"})
print("not reached")
