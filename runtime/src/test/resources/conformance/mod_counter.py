# Helper module with module-level state mutated by importers.
print("mod_counter loading")
value = 0
def bump(n=1):
    global value
    value += n
    return value
def get():
    return value
