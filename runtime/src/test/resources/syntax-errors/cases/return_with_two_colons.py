def f():: pass
