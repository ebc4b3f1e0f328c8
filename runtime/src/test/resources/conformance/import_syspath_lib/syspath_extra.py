# Imported by import_sys_path.py after it puts this directory on sys.path.
GREETING = "found through sys.path"
