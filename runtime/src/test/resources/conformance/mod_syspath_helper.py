# Helper for import_sys_path.py: adds its own directory's "import_syspath_lib" to sys.path.
VALUE = "from the program's directory"
