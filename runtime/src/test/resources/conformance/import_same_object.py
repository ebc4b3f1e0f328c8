# Checks that a module imported several ways is one object whose state changes are visible everywhere.
import mod_counter
import mod_counter as alias
from mod_counter import bump
import sys
print(mod_counter is alias, sys.modules["mod_counter"] is mod_counter)
bump(3)
alias.bump(4)
print(mod_counter.value, alias.get())
def late_import():
    import mod_counter as inside
    return inside is mod_counter, inside.bump(100)
print(late_import())
print(mod_counter.value)
mod_counter.new_attr = "set from importer"
import mod_greeting
print(mod_greeting.mod_counter.new_attr)
print(__import__("mod_counter") is alias)
def reads_module_state():
    return mod_counter.value
alias.value = 0
print(reads_module_state(), bump(), reads_module_state())
